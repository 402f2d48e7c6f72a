/**
 * The Helm blocks that wrap each document of a template, for the policy input (`guards`).
 *
 * The policy reads templates without rendering them (input.ts, detemplate): a line that is
 * only `{{- if .Values.pdb.enabled }}` is blanked, so a PodDisruptionBudget that values.yaml
 * switches off (`pdb.enabled: false`) would read as one that renders. Here each document gets
 * the blocks (`if`, `else`, `with`, `range`) that wrap all of it, with the value tests they
 * need to render that can be read without Helm: `.Values.a.b`, `not .Values.a.b`, the
 * `.Values` operands of `and`, and an `else` of one such test. The policy decides with them
 * (lib.rego, disabled_by_values); a block whose condition cannot be read carries no test, and
 * is taken to render, as before.
 */

/** `.Values.<values...>` must be truthy (Go templates: not false, 0, "", nil, or empty), or falsy. */
export interface ValueTest {
  values: string[];
  truthy: boolean;
}

/** A block that wraps a whole document, and what it needs to render. */
export interface Guard {
  /** As written, e.g. `{{- if .Values.pdb.enabled }}`. */
  directive: string;
  /** Value tests that must all hold for the block to render (never empty: blocks without any are left out). */
  requires: ValueTest[];
}

interface Frame {
  directive: string;
  requires: ValueTest[];
  /** For an if/with/range: the negations of its branches so far, which an `else` requires; undefined when one cannot be negated. */
  otherwise: ValueTest[] | undefined;
}

const DIRECTIVE = /\{\{-?\s*([\s\S]*?)\s*-?\}\}/g;
const VALUE_REF = /^\$?\.Values((?:\.[A-Za-z_][A-Za-z0-9_]*)+)$/;
const MARKER = /^---(?:\s|$)/;

/** A term without the parentheses around all of it: `((.Values.a))` → `.Values.a`. Also values-path.ts's. */
export function unwrap(term: string): string {
  let t = term.trim();
  while (t.startsWith('(') && t.endsWith(')') && balanced(t.slice(1, -1))) t = t.slice(1, -1).trim();
  return t;
}

function balanced(s: string): boolean {
  let depth = 0;
  for (const c of s) {
    if (c === '(') depth++;
    else if (c === ')' && --depth < 0) return false;
  }
  return depth === 0;
}

function valueTest(term: string, truthy = true): ValueTest | undefined {
  const t = unwrap(term);
  const not = /^not\s+([\s\S]+)$/.exec(t);
  if (not) return valueTest(not[1], !truthy);
  const m = VALUE_REF.exec(t);
  return m ? { values: m[1].slice(1).split('.'), truthy } : undefined;
}

/** Splits `a (b c) d` into its operands at parenthesis depth 0; undefined when quotes make that unsure. */
function operands(s: string): string[] | undefined {
  if (/["'`]/.test(s)) return undefined;
  const out: string[] = [];
  let depth = 0;
  let cur = '';
  for (const c of s) {
    if (c === '(') depth++;
    if (c === ')') depth--;
    if (/\s/.test(c) && depth === 0) {
      if (cur) out.push(cur);
      cur = '';
    } else cur += c;
  }
  if (cur) out.push(cur);
  return depth === 0 ? out : undefined;
}

/** What a condition needs, and its negation when it is one test (`else` needs that). */
function condition(cond: string): { requires: ValueTest[]; negation: ValueTest | undefined } {
  const single = valueTest(cond);
  if (single) return { requires: [single], negation: { values: single.values, truthy: !single.truthy } };
  const and = /^and\s+([\s\S]+)$/.exec(unwrap(cond));
  const terms = and ? operands(and[1]) : undefined;
  // Every operand of `and` is needed, so the readable ones are; its negation is a disjunction.
  if (terms) return { requires: terms.map((t) => valueTest(t)).filter((t): t is ValueTest => !!t), negation: undefined };
  return { requires: [], negation: undefined };
}

/** `range $i, $v := .Values.x` ranges over `.Values.x`. */
function rangeTarget(s: string): string {
  return s.replace(/^\$\w*(?:\s*,\s*\$\w*)?\s*:?=\s*/, '');
}

/**
 * The guards of each document of a template: `original` as written, `parsed` its
 * template-tolerant rewrite (same lines), `documents` how many documents that parsed into.
 * Undefined when no document is guarded, or the blocks cannot be followed line by line
 * (a directive over several lines, an `end` with no block, a count of documents that does
 * not match the `---` markers): then nothing is known, and nothing is switched off.
 */
export function documentGuards(original: string, parsed: string, documents: number): Guard[][] | undefined {
  if (!original.includes('{{')) return undefined;
  const lines = original.split('\n');
  const rewritten = parsed.split('\n');
  if (lines.length !== rewritten.length) return undefined;
  const stack: Frame[] = [];
  // Per document, the frames open on every content line so far (a common prefix of the stack).
  const docs: (Frame[] | null)[] = [];
  let current: Frame[] | null = null;
  let started = false;
  let sawMarker = false;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    const text = rewritten[i].trim();
    if (MARKER.test(rewritten[i])) {
      if (started || sawMarker) docs.push(current);
      current = null;
      started = true;
      sawMarker = true;
      continue;
    }
    if (text !== '' && !text.startsWith('#')) {
      if (current === null) current = [...stack];
      else {
        let n = 0;
        while (n < current.length && n < stack.length && current[n] === stack[n]) n++;
        current = current.slice(0, n);
      }
      started = true;
    }
    if (!line.includes('{{')) continue; // no directive opens or closes a block here
    // A directive left open at the end of the line (a multi-line `{{- if and ... }}`): give up.
    if (line.replace(DIRECTIVE, '').includes('{{')) return undefined;
    for (const m of line.matchAll(DIRECTIVE)) {
      const inner = m[1].trim();
      const word = /^(\w+)\b\s*([\s\S]*)$/.exec(inner);
      if (!word) continue;
      const [, action, rest] = word;
      if (action === 'if' || action === 'with' || action === 'range') {
        const c = condition(action === 'range' ? rangeTarget(rest) : rest);
        stack.push({ directive: m[0], requires: c.requires, otherwise: c.negation ? [c.negation] : undefined });
      } else if (action === 'define' || action === 'block') {
        stack.push({ directive: m[0], requires: [], otherwise: undefined });
      } else if (action === 'else') {
        const top = stack.pop();
        if (!top) return undefined;
        const elseIf = /^(?:if|with)\s+([\s\S]+)$/.exec(rest);
        if (elseIf) {
          const c = condition(elseIf[1]);
          stack.push({
            directive: m[0],
            requires: [...(top.otherwise ?? []), ...c.requires],
            otherwise: top.otherwise && c.negation ? [...top.otherwise, c.negation] : undefined,
          });
        } else {
          stack.push({ directive: m[0], requires: top.otherwise ?? [], otherwise: undefined });
        }
      } else if (action === 'end') {
        if (!stack.pop()) return undefined;
      }
    }
  }
  if (started || !sawMarker) docs.push(current);
  if (stack.length > 0 || docs.length !== documents) return undefined;
  const guards = docs.map((frames) => (frames ?? []).filter((f) => f.requires.length > 0).map((f) => ({ directive: f.directive, requires: f.requires })));
  return guards.some((g) => g.length > 0) ? guards : undefined;
}
