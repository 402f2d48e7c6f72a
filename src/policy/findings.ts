import { bounded } from '../validate/sink.js';
/**
 * Validate mode (input `policy-on-validate`): the decision over the existing repo as
 * findings with file and line, like the other validate rules.
 */
import { LineCounter, parseAllDocuments, isNode, type Document, type Node } from 'yaml';
import type { Finding, RuleMeta, Severity } from '../validate/types.js';
import { parseForPolicy, type PolicyInput } from './input.js';
import type { Decision, PolicyItem } from './types.js';
import { tooDeep } from '../repo/nesting.js';

interface Located {
  line: number;
  column: number;
}

function locate(text: string, docIndex: number | null | undefined, field: (string | number)[] | null | undefined): Located {
  const lc = new LineCounter();
  let docs: Document.Parsed[];
  if (tooDeep(text)) return { line: 1, column: 1 }; // never handed to the parser (nesting.ts)
  try {
    const parsed = parseAllDocuments(text, { lineCounter: lc, uniqueKeys: false });
    docs = Array.isArray(parsed) ? parsed : [];
  } catch {
    return { line: 1, column: 1 };
  }
  if (docIndex === null || docIndex === undefined || !docs[docIndex]) return { line: 1, column: 1 };
  const doc = docs[docIndex];
  const pos = (node: unknown): Located | undefined => {
    if (isNode(node) && (node as Node).range) {
      const { line, col } = lc.linePos((node as Node).range![0]);
      return { line, column: col };
    }
    return undefined;
  };
  const path = field ?? [];
  // The deepest part of the path that exists: the key itself, else its nearest parent.
  for (let n = path.length; n > 0; n--) {
    const node = doc.getIn(path.slice(0, n), true);
    const at = pos(node);
    if (at) {
      // Point at the key rather than the value when the key is in a map.
      const parent = n > 1 ? doc.getIn(path.slice(0, n - 1), true) : doc.contents;
      const pair = (parent as { items?: { key?: unknown; value?: unknown }[] } | null)?.items?.find(
        (p) => p.value === node && isNode(p.key),
      );
      return (pair && pos(pair.key)) ?? at;
    }
  }
  return pos(doc.contents) ?? { line: 1, column: 1 };
}

/**
 * Where an item about a waiver (waiver.malformed, waiver.expired, ...) belongs: on the waiver in
 * its file (`source`, `<file>:<line>`), not on the glob it names, which is no file.
 */
export function itemSource(item: PolicyItem): { file: string; line: number } | undefined {
  const source = typeof item.source === 'string' ? /^(.+):(\d+)$/.exec(item.source) : null;
  return source ? { file: source[1], line: Number(source[2]) } : undefined;
}

/** What a waived item's waiver says, in one sentence (empty for an item that is not waived). */
export function waiverSentence(item: PolicyItem): string {
  return item.waiver ? `Waived until ${item.waiver.expires} by ${item.waiver.approved_by}: ${item.waiver.reason}.` : '';
}

function toFinding(item: PolicyItem, severity: Severity, texts: Map<string, string>): Finding {
  const source = itemSource(item);
  if (source) {
    return { ruleId: item.rule_id, severity, file: source.file, line: source.line, column: 1, message: bounded(`${item.title}: ${item.message}`), hint: `See ${item.citation}.` };
  }
  const text = texts.get(item.path);
  const at = text === undefined ? { line: 1, column: 1 } : locate(text, item.document, item.field);
  const waivable = item.pack !== 'constitution' && item.pack !== 'gate' && !item.rule_id.startsWith('CON-');
  const waived = item.waiver ? ` ${waiverSentence(item)}` : '';
  return {
    ruleId: item.rule_id,
    severity,
    file: item.path,
    line: at.line,
    column: at.column,
    message: bounded(`${item.title}: ${item.message}`),
    hint: `See ${item.citation}.${waived}${!item.waiver && severity === 'error' && waivable ? ' A waiver in .trustacks/waivers.yaml can accept this with a reason and an expiry.' : ''}`,
  };
}

/**
 * Turns a decision into findings: denials are errors, warnings (including waived
 * denials) are warnings. `input` supplies the file contents to find lines in.
 */
export function decisionToFindings(decision: Decision, input: Pick<PolicyInput, 'files'>): Finding[] {
  const texts = new Map<string, string>();
  for (const f of input.files) texts.set(f.path, parseForPolicy(f.path, f.content, f.templated).text);
  return [
    ...decision.denials.map((d) => toFinding(d, 'error', texts)),
    ...decision.warnings.map((w) => toFinding(w, 'warning', texts)),
  ];
}

/**
 * The policy rules of a decision as catalogue entries, for SARIF's rule descriptors: each rule
 * evaluated, and any other rule an item names (the gate's own, as `gate.unknown-pack`), with its
 * title and its POLICIES.md section. Without them code scanning titles every policy alert with
 * its bare id ("PRD-004") and links nowhere.
 */
export function decisionRules(decision: Decision): RuleMeta[] {
  const rules = new Map<string, RuleMeta>();
  const add = (id: string, title: string, citation: string, severity: Severity) => {
    if (!id || rules.has(id)) return;
    const t = title.trim() || id;
    rules.set(id, { id, severity, title: t, description: `${t} (policy rule ${id}).`, hint: citation ? `See ${citation}.` : '', ...(/^https?:\/\//.test(citation) ? { helpUri: citation } : {}) });
  };
  for (const r of decision.evaluated) add(r.rule_id, r.title, r.citation, 'error');
  for (const d of decision.denials) add(d.rule_id, d.title, d.citation, 'error');
  for (const w of decision.warnings) add(w.rule_id, w.title, w.citation, 'warning');
  return [...rules.values()];
}
