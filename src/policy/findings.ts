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

/** A file's documents with their line counter, parsed once however many findings it has. */
interface ParsedText {
  lc: LineCounter;
  docs: Document.Parsed[];
}

function parseText(text: string): ParsedText | undefined {
  const lc = new LineCounter();
  if (tooDeep(text)) return undefined; // never handed to the parser (nesting.ts)
  try {
    const parsed = parseAllDocuments(text, { lineCounter: lc, uniqueKeys: false });
    return { lc, docs: Array.isArray(parsed) ? parsed : [] };
  } catch {
    return undefined;
  }
}

function locate(parsed: ParsedText | undefined, docIndex: number | null | undefined, field: (string | number)[] | null | undefined): Located {
  if (!parsed) return { line: 1, column: 1 };
  const { lc, docs } = parsed;
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

/**
 * The warnings of a decision that are not waived denials: a waived denial is also in
 * `warnings` (POLICIES.md), and a summary lists and counts it once, under the waivers.
 */
export function openWarnings(decision: Pick<Decision, 'warnings'>): PolicyItem[] {
  return decision.warnings.filter((w) => !w.waiver);
}

/** What a waived item's waiver says, in one sentence (empty for an item that is not waived). */
export function waiverSentence(item: PolicyItem): string {
  return item.waiver ? `Waived until ${item.waiver.expires} by ${item.waiver.approved_by}: ${item.waiver.reason}.` : '';
}

function toFinding(item: PolicyItem, severity: Severity, parsedAt: (path: string) => ParsedText | undefined | null): Finding {
  const source = itemSource(item);
  if (source) {
    return { ruleId: item.rule_id, severity, file: source.file, line: source.line, column: 1, message: bounded(`${item.title}: ${item.message}`), hint: `See ${item.citation}.` };
  }
  const parsed = parsedAt(item.path);
  const at = parsed === null ? { line: 1, column: 1 } : locate(parsed, item.document, item.field);
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
  const files = new Map(input.files.map((f) => [f.path, f]));
  // Only the files that have findings are read again: on a 10,000-Application repo, re-reading
  // every file took 6.5 s when nothing was found, and parsing the file again for each finding
  // took 8.5 s of a 1,000-Application run with 6,114 denials. The items come sorted by path
  // (gate.ts), so remembering the last file parses each once without holding them all. The
  // denials and the warnings are two such runs: they are placed in one pass by path (a file
  // with both is parsed once), and the findings keep the decision's order.
  // Null: not a file of the input.
  let last: { path: string; parsed: ParsedText | undefined | null } | undefined;
  const parsedAt = (path: string): ParsedText | undefined | null => {
    if (last?.path !== path) {
      const f = files.get(path);
      last = { path, parsed: f === undefined ? null : parseText(parseForPolicy(f.path, f.content, f.templated).text) };
    }
    return last.parsed;
  };
  const items: [PolicyItem, Severity][] = [
    ...decision.denials.map((d): [PolicyItem, Severity] => [d, 'error']),
    ...decision.warnings.map((w): [PolicyItem, Severity] => [w, 'warning']),
  ];
  const byPath = items.map((_, i) => i).sort((a, b) => (items[a][0].path < items[b][0].path ? -1 : items[a][0].path > items[b][0].path ? 1 : a - b));
  const findings: Finding[] = new Array(items.length);
  for (const i of byPath) findings[i] = toFinding(items[i][0], items[i][1], parsedAt);
  return findings;
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
