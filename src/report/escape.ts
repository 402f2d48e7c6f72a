/**
 * Escaping for text that comes from the platform repo (file names, service names,
 * messages quoting YAML) on its way into markdown tables and Mermaid labels.
 */

const CELL_MAP: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  '|': '\\|',
  '\\': '\\\\',
  '`': '\\`',
  '*': '\\*',
  _: '\\_',
  '[': '\\[',
  ']': '\\]',
  '~': '\\~',
  $: '\\$',
  '!': '\\!',
};

/** Control characters other than tab and line breaks, plus bidi overrides. */
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f\u202a-\u202e\u2066-\u2069]/g;

/**
 * Text without control characters (tab and line breaks aside) and bidi overrides: a file name
 * with an override in it would show reversed, and name another file than the one it is.
 */
export function dropControl(text: string): string {
  return String(text).replace(CONTROL, '');
}

/** What a terminal must not receive raw: control characters (line breaks too, unless kept) and bidi overrides. */
// eslint-disable-next-line no-control-regex
const TERMINAL = /[\u0000-\u0009\u000b-\u001f\u007f\u202a-\u202e\u2066-\u2069]/g;
// eslint-disable-next-line no-control-regex
const TERMINAL_ONE_LINE = /[\u0000-\u001f\u007f\u202a-\u202e\u2066-\u2069]/g;

/**
 * What a GitHub Actions runner reads in a step's log as a workflow command: `::name::` at the
 * start of a line (leading blanks are trimmed first), and the legacy `##[name]` anywhere in
 * one. The CLI's output runs in workflows too, and a file or Application name from a pull
 * request must not add annotations, mask values or stop command processing there: the
 * second `:` or the `[` shows as `\x3a` / `\x5b`, as other unsafe characters do.
 */
const WORKFLOW_COMMAND = /(##)\[|((?:^|\n)[^\S\n]*:):/g;

/**
 * Text safe for a terminal line: a file name with a newline or an ANSI escape in it can
 * neither split a finding over two lines nor drive the terminal. Such characters show as
 * `\xHH` (`\u202e` for bidi overrides); `keepNewlines` leaves `\n` for multi-line messages.
 * Nor can it read as a workflow command in a CI log (see WORKFLOW_COMMAND).
 */
export function escapeTerminal(text: string, keepNewlines = false): string {
  return text
    .replace(keepNewlines ? TERMINAL : TERMINAL_ONE_LINE, (c) => {
      const code = c.charCodeAt(0);
      return code > 0xff ? `\\u${code.toString(16)}` : `\\x${code.toString(16).padStart(2, '0')}`;
    })
    .replace(WORKFLOW_COMMAND, (_, legacy: string | undefined, lineStart: string | undefined) => (legacy ? '##\\x5b' : `${lineStart}\\x3a`));
}

/** Cut to `max` characters (by code point), ending with an ellipsis when cut. */
export function truncate(text: string, max: number): string {
  const chars = Array.from(text);
  return chars.length <= max ? text : `${chars.slice(0, Math.max(0, max - 1)).join('')}…`;
}

/**
 * Text safe inside one GitHub-flavoured markdown table cell: no pipe can split the
 * cell, no line break can end the row, no HTML can open, no link/emphasis/code/math
 * can start. Line breaks become `<br>`.
 */
export function escapeCell(text: string, max = Infinity): string {
  const clean = truncate(dropControl(text).replace(/\t/g, ' '), max);
  return clean
    .split(/\r\n|\r|\n|\u2028|\u2029/)
    .map((line) => line.replace(/[&<>"|\\`*_[\]~$!]/g, (ch) => CELL_MAP[ch]!))
    .join('<br>');
}

/** Characters left as they are in a Mermaid label; everything else becomes `#<code>;`. */
const MERMAID_SAFE = /[A-Za-z0-9 _.,/+=-]/;

/**
 * Text safe inside a quoted Mermaid label (`id["..."]`): line breaks become spaces,
 * every character outside a small safe set becomes a Mermaid entity code (`#60;`),
 * so quotes, brackets, pipes, backticks, `#`, `;`, `:` and HTML cannot break out of
 * the label, the statement, or the markdown code fence around the graph. `safe` (one
 * character) may widen the set for a label that is always quoted.
 */
export function escapeMermaid(text: string, max = 60, safe: RegExp = MERMAID_SAFE): string {
  const clean = truncate(dropControl(text).replace(/[\r\n\t\u2028\u2029]+/g, ' ').trim(), max);
  let out = '';
  for (const ch of clean) out += safe.test(ch) ? ch : `#${ch.codePointAt(0)};`;
  return out;
}

/**
 * `@name` and `@org/team` in text that comes from the platform repo (a waiver's reason or
 * approver, an org rule's message, a person's commit message) would notify that person or team
 * every time the pull request body or a check run is written: a zero-width joiner after the `@`
 * keeps the text as it reads, but it is no longer a mention. An e-mail address (a word
 * character before the `@`) is no mention and is left alone; so is text in a code span.
 */
export function unmention(text: string): string {
  return text.replace(/(^|[^A-Za-z0-9_])@(?=[A-Za-z0-9])/g, '$1@\u200d');
}

/**
 * `#123`, `owner/repo#123` and `GH-123` in text from the platform repo (a file name, a rule's
 * message) would link an issue or pull request and, in a pull request body, add a reference to
 * it on that timeline. GitHub finds references in the rendered text, where a backslash
 * escape is gone (as it finds mentions, see unmention): a zero-width joiner after the `#` or `-`
 * keeps the text as it reads, but it references nothing.
 */
export function unreference(text: string): string {
  return text.replace(/(#|\bGH-)(?=\d)/gi, '$1\u200d');
}

/**
 * Text from the platform repo in markdown that GitHub renders and that notifies (a pull request
 * body, a check run's summary): one table-cell-safe line (escapeCell: no pipe, line break, a lone
 * `\r` too, nor HTML can end the row, start a list item or render) in which no mention notifies
 * and no issue is referenced.
 */
export function escapeMarkdown(text: string, max = Infinity): string {
  return unreference(unmention(escapeCell(text, max)));
}
