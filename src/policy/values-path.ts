/**
 * Which `.Values` path a Helm output directive prints, for the policy input (input.ts,
 * detemplate): `securityContext:` followed by `{{- toYaml .Values.hardening | nindent 12 }}`
 * is the chart's `hardening` values, whatever the key above it is called. The policy judges
 * such a block from values.yaml at that path (lib.rego, effective), and denies a block whose
 * path cannot be read here (an `include`, a helper, a `range` variable): it cannot judge it.
 *
 * Read without Helm, so only what is certain:
 * - the directive is one value, serialised once: `toYaml X` or `X | toYaml` (or toJson),
 *   with `nindent N` / `indent N` after it, and X is `.Values.a.b`, `$.Values.a.b`, or inside
 *   `{{- with .Values.a }}` the dot (`.`, `.b`);
 * - the dot is followed through `with` (and its `else`), `if`, `range` (the dot becomes
 *   unknown), `define` and `block` (unknown), over the whole template, directives spanning
 *   lines included; an `end` with no block leaves the rest unknown.
 */
import { unwrap } from './guards.js';

/** The dot of a Go template: the root context, a `.Values` path, or unknown (null). */
export type Dot = 'root' | string[] | null;

interface Frame {
  /** The dot inside the block's current branch. */
  dot: Dot;
  /** The dot around the block (what an `else` branch sees, and `else with` resolves against). */
  parent: Dot;
}

/** One directive of a template, with the dot it is evaluated with. */
export interface DirectiveAt {
  /** As written, `{{- ... }}`. */
  text: string;
  /** Its action, trimmed of the delimiters and of the trim markers. */
  inner: string;
  dot: Dot;
}

const DIRECTIVE = /\{\{(-?)([\s\S]*?)(-?)\}\}/g;
const FIELD = /^[A-Za-z_][A-Za-z0-9_]*$/;
const SERIALISERS = new Set(['toYaml', 'toJson']);
/** Directives that print nothing (input.ts blanks a line made only of these). */
export const CONTROL_ACTION = /^(?:\/\*|if\b|else\b|end\b|with\b|range\b|define\b|block\b|\$[\w]+\s*:?=|break\b|continue\b)/;

function fields(chain: string): string[] | undefined {
  const parts = chain.split('.');
  return parts.length > 0 && parts.every((p) => FIELD.test(p)) ? parts : undefined;
}

/** The `.Values` path a term names with the dot `dot`, or undefined (a helper, a variable, a literal, the root). */
export function termPath(term: string, dot: Dot): string[] | undefined {
  const t = unwrap(term);
  const rooted = /^\$\.Values\.(.+)$/.exec(t) ?? (dot === 'root' ? /^\.Values\.(.+)$/.exec(t) : null);
  if (rooted) return fields(rooted[1]);
  if (!Array.isArray(dot)) return undefined;
  if (t === '.') return dot.length > 0 ? [...dot] : undefined;
  const rel = /^\.(.+)$/.exec(t);
  const f = rel ? fields(rel[1]) : undefined;
  return f ? [...dot, ...f] : undefined;
}

/** Splits a pipeline at its top-level `|`; undefined when quotes make that unsure. */
function stages(inner: string): string[] | undefined {
  if (/["'`]/.test(inner)) return undefined;
  const out: string[] = [];
  let depth = 0;
  let cur = '';
  for (const c of inner) {
    if (c === '(') depth++;
    if (c === ')') depth--;
    if (c === '|' && depth === 0) {
      out.push(cur.trim());
      cur = '';
    } else cur += c;
  }
  out.push(cur.trim());
  return depth === 0 ? out : undefined;
}

/**
 * The `.Values` path an output directive prints as YAML (`toYaml .Values.a.b | nindent 12`,
 * `.Values.a | toYaml | indent 4`, `toYaml .` inside `with .Values.a`), or undefined.
 */
export function outputValuesPath(inner: string, dot: Dot): string[] | undefined {
  const parts = stages(inner);
  if (!parts || parts.some((p) => p === '')) return undefined;
  const [first, ...rest] = parts;
  let serialised = 0;
  let term = first;
  const call = /^(\w+)\s+([\s\S]+)$/.exec(first);
  if (call && SERIALISERS.has(call[1])) {
    serialised++;
    term = call[2];
  }
  for (const p of rest) {
    if (SERIALISERS.has(p)) serialised++;
    else if (!/^n?indent\s+\d+$/.test(p)) return undefined;
  }
  return serialised === 1 ? termPath(term, dot) : undefined;
}

/**
 * The `.Values` path a directive that is a whole scalar prints (`hostNetwork: {{ .Values.hostNetwork }}`,
 * `{{ .enabled }}` inside `with .Values.x`, or one serialised as above), or undefined (a helper,
 * `default`, a pipeline, a literal): the policy judges the scalar from values.yaml there.
 */
export function scalarValuesPath(inner: string, dot: Dot): string[] | undefined {
  return scalarValues(inner, dot)?.path;
}

/**
 * scalarValuesPath, and whether the directive prints the value as bare text (`{{ .Values.x }}`:
 * Go's fmt prints a string unquoted, so `"true"` renders `true` and `"0"` renders `0`, which the
 * manifest then reads as YAML) rather than serialised (`toYaml`, which quotes such a string).
 */
export function scalarValues(inner: string, dot: Dot): { path: string[]; bare: boolean } | undefined {
  const parts = stages(inner);
  if (parts && parts.length === 1) {
    const p = termPath(parts[0], dot);
    if (p) return { path: p, bare: true };
  }
  const path = outputValuesPath(inner, dot);
  return path ? { path, bare: false } : undefined;
}

/** Every directive of a template, by line (0-based, the line it starts on), with the dot it sees. */
export function directivesByLine(content: string): Map<number, DirectiveAt[]> {
  const byLine = new Map<number, DirectiveAt[]>();
  const stack: Frame[] = [];
  let lost = false;
  let line = 0;
  let scanned = 0;
  const current = (): Dot => (lost ? null : stack.length > 0 ? stack[stack.length - 1].dot : 'root');
  for (const m of content.matchAll(DIRECTIVE)) {
    for (let i = scanned; i < m.index; i++) if (content.charCodeAt(i) === 10) line++;
    scanned = m.index;
    const inner = m[2].trim();
    const at: DirectiveAt = { text: m[0], inner, dot: current() };
    (byLine.get(line) ?? byLine.set(line, []).get(line)!).push(at);
    const word = /^(\w+)\b\s*([\s\S]*)$/.exec(inner);
    if (!word) continue;
    const [, action, rest] = word;
    const dot = current();
    if (action === 'if') stack.push({ dot, parent: dot });
    else if (action === 'with') stack.push({ dot: termPath(rest, dot) ?? null, parent: dot });
    else if (action === 'range' || action === 'define' || action === 'block') stack.push({ dot: null, parent: dot });
    else if (action === 'else') {
      const top = stack[stack.length - 1];
      if (!top) lost = true;
      else {
        const w = /^with\s+([\s\S]+)$/.exec(rest);
        top.dot = w ? (termPath(w[1], top.parent) ?? null) : top.parent;
      }
    } else if (action === 'end') {
      if (!stack.pop()) lost = true;
    }
  }
  return byLine;
}
