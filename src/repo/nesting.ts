/**
 * A bound on how deep YAML nests, checked on the text before any parser sees it.
 *
 * Both YAML parsers recurse once per level. The `yaml` library runs out of stack near
 * 1,000 levels on the main thread, later on a worker thread (a bigger stack), and a
 * regular expression compiled that close to the stack's end can abort the whole process
 * (V8's "RegExpCompiler Allocation failed", measured at 5,000 nested `[`). A file nested
 * that deep is refused here, at a limit far below either parser's, and so the same on
 * every thread. Real manifests and values nest a few tens of levels.
 */
export const MAX_NESTING = 200;

export interface TooDeep {
  /** Offset where the limit was crossed. */
  offset: number;
  /** How the nesting was counted there. */
  kind: 'flow' | 'block';
}

/**
 * Where `text` nests more than `max` levels, or undefined. Counted without lexing, so it
 * can only count too much, never too little (a hostile file cannot hide levels in what a
 * scanner took for a quoted string): flow levels are every `[`/`{` not yet closed by a
 * `]`/`}`, quoted or not; block levels are the increasing indentations on the way down
 * plus the `- `, `? ` and `: ` indicators that open a level on the same line.
 */
export function tooDeep(text: string, max = MAX_NESTING): TooDeep | undefined {
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
  return `Collections nest more than ${max} levels deep here (${d.kind === 'flow' ? 'brackets and braces' : 'indentation'}); this validator reads no deeper, and such nesting is almost certainly a mistake or a hostile file.`;
}
