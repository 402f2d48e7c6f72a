import jsyaml from 'js-yaml';

/**
 * A bound on how deep YAML nests, checked before the `yaml` library sees a text.
 *
 * Both YAML parsers recurse once per level. The `yaml` library runs out of stack near
 * 1,000 levels on the main thread, later on a worker thread (a bigger stack), and a
 * regular expression compiled that close to the stack's end can abort the whole process
 * (V8's "RegExpCompiler Allocation failed", measured at 5,000 nested `[`). A file nested
 * deeper than MAX_NESTING is refused instead, the same on every thread. Real manifests
 * and values nest a few tens of levels.
 *
 * The depth is js-yaml's own count where js-yaml reads the file (exact: comments, strings
 * and block scalars do not count; js-yaml stops at the limit, so its recursion stays
 * shallow). Only for a file js-yaml refuses for another reason (a syntax error) does a
 * scan without lexing decide, which can only count too much (`scanDepth`).
 */
export const MAX_NESTING = 200;

export interface TooDeep {
  /** Offset where the limit was crossed. */
  offset: number;
  /** How the nesting was counted there. */
  kind: 'flow' | 'block' | 'levels';
}

/** Where `text` nests more than MAX_NESTING levels, or undefined (the last answer is kept: positions ask again for the same text). */
let last: { text: string; result: TooDeep | undefined } | undefined;
export function tooDeep(text: string): TooDeep | undefined {
  if (last?.text === text) return last.result;
  let result: TooDeep | undefined;
  try {
    // Failsafe schema and `json: true` (duplicate keys allowed): only the structure matters here.
    jsyaml.loadAll(text, undefined, { schema: jsyaml.FAILSAFE_SCHEMA, json: true, maxDepth: MAX_NESTING + 1 } as jsyaml.LoadOptions);
  } catch (err) {
    const e = err as { reason?: string; mark?: { position?: number } };
    if (typeof e.reason === 'string' && e.reason.startsWith('nesting exceeded maxDepth')) result = { offset: e.mark?.position ?? 0, kind: 'levels' };
    else result = scanDepth(text);
  }
  last = { text, result };
  return result;
}

/**
 * Where `text` nests more than `max` levels, or undefined. Counted without lexing, so it
 * can only count too much, never too little (a hostile file cannot hide levels in what a
 * scanner took for a quoted string): flow levels are every `[`/`{` not yet closed by a
 * `]`/`}`, quoted or not; block levels are the increasing indentations on the way down
 * plus the `- `, `? ` and `: ` indicators that open a level on the same line.
 */
export function scanDepth(text: string, max = MAX_NESTING): TooDeep | undefined {
  let flow = 0;
  const indents: number[] = [];
  let lineStart = true;
  let col = 0;
  let inlineLevels = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 /* \n */) {
      lineStart = true;
      col = 0;
      inlineLevels = 0;
      continue;
    }
    if (lineStart) {
      if (c === 32 /* space */) {
        col++;
        continue;
      }
      lineStart = false;
      if (c !== 35 /* # */ && c !== 13 /* \r */) {
        while (indents.length && indents[indents.length - 1] >= col) indents.pop();
        indents.push(col);
        if (indents.length > max) return { offset: i, kind: 'block' };
      }
    }
    if ((c === 45 /* - */ || c === 63 /* ? */ || c === 58 /* : */) && text.charCodeAt(i + 1) === 32 && (i === 0 || text.charCodeAt(i - 1) === 32 || text.charCodeAt(i - 1) === 10)) {
      if (indents.length + ++inlineLevels > max) return { offset: i, kind: 'block' };
    } else if (c === 91 /* [ */ || c === 123 /* { */) {
      if (++flow > max) return { offset: i, kind: 'flow' };
    } else if ((c === 93 /* ] */ || c === 125) /* } */ && flow > 0) {
      flow--;
    }
  }
  return undefined;
}

/** The finding's message for a file nested too deep. */
export function tooDeepMessage(d: TooDeep, max = MAX_NESTING): string {
  return `Collections nest more than ${max} levels deep here${d.kind === 'levels' ? '' : ` (${d.kind === 'flow' ? 'brackets and braces' : 'indentation'}, counted in a file that does not parse)`}; this validator reads no deeper, and such nesting is almost certainly a mistake or a hostile file.`;
}
