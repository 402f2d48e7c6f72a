/**
 * JSON as Argo CD's repo server reads a `.json` manifest: with Go's encoding/json decoder
 * (reposerver getObjsFromYAMLOrJson: one `Decode`, then `More()` for a second value), not
 * as YAML. The engine parses every file as YAML, which takes far more than JSON does (a
 * comment, a trailing comma, single quotes, unquoted keys, `---` documents), so a `.json`
 * file that the engine reads cleanly may be one the root App-of-Apps fails to sync on
 * ("Failed to unmarshal"). This scanner says where such a file stops being JSON.
 *
 * Iterative (an explicit stack), so a deeply nested file cannot exhaust the call stack.
 */
export interface JsonSyntaxError {
  /** Offset in the text (UTF-16 code units) of the character that is not JSON. */
  offset: number;
  message: string;
}

const isSpace = (c: number) => c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d;
const NUMBER = /-?(?:0|[1-9][0-9]*)(?:\.[0-9]+)?(?:[eE][+-]?[0-9]+)?/y;
const LITERALS = ['true', 'false', 'null'];

/** The character at `i` as a message quotes it: printable as itself, else its code point. */
function found(text: string, i: number): string {
  if (i >= text.length) return 'the end of the file';
  const cp = text.codePointAt(i)!;
  return cp < 0x20 || cp === 0x7f || (cp >= 0x80 && cp < 0xa0) ? `U+${cp.toString(16).toUpperCase().padStart(4, '0')}` : `\`${String.fromCodePoint(cp)}\``;
}

/** Where a string starting at the `"` at `i` ends (the offset past its closing quote), or why it is not JSON. */
function scanString(text: string, i: number): number | JsonSyntaxError {
  for (let j = i + 1; j < text.length; j++) {
    const c = text.charCodeAt(j);
    if (c === 0x22) return j + 1;
    if (c < 0x20) return { offset: j, message: `a control character (${found(text, j)}) inside a string: JSON needs it escaped` };
    if (c === 0x5c) {
      const e = text[j + 1];
      if (e === 'u') {
        if (!/^[0-9a-fA-F]{4}$/.test(text.slice(j + 2, j + 6))) return { offset: j, message: 'a `\\u` escape without four hex digits' };
        j += 5;
      } else if (e !== undefined && '"\\/bfnrt'.includes(e)) j++;
      else return { offset: j, message: `an escape JSON does not have (\`\\${e ?? ''}\`)` };
    }
  }
  return { offset: i, message: 'a string that is never closed' };
}

/**
 * The first place `text` is not what Go's JSON decoder takes as one value (trailing
 * whitespace allowed; like `Decoder.More()`, a stray `]` or `}` after it is not
 * looked at), or undefined when it is.
 */
export function jsonSyntaxError(text: string): JsonSyntaxError | undefined {
  const n = text.length;
  let i = 0;
  const skip = () => {
    while (i < n && isSpace(text.charCodeAt(i))) i++;
  };
  /** The closing character of each open container. */
  const open: string[] = [];
  let expectKey = false;
  let afterComma = false;
  /** What is at `i` instead of `what`: a comment is named as one (JSON has none). */
  const unexpected = (what: string): JsonSyntaxError => ({
    offset: i,
    message: text[i] === '#' || text.startsWith('//', i) || text.startsWith('/*', i) ? 'a comment: JSON has none' : `expected ${what}, found ${found(text, i)}${text[i] === '\'' ? ' (JSON strings take double quotes)' : ''}`,
  });
  skip();
  if (i >= n) return { offset: i, message: 'the file holds no JSON value (Go\'s decoder fails with EOF)' };
  for (;;) {
    skip();
    if (expectKey) {
      if (text[i] !== '"') {
        return afterComma && text[i] === '}' ? { offset: i, message: 'a comma before `}`: JSON allows no trailing comma' } : unexpected('a double-quoted key');
      }
      const end = scanString(text, i);
      if (typeof end !== 'number') return end;
      i = end;
      skip();
      if (text[i] !== ':') return unexpected('`:` after the key');
      i++;
      expectKey = false;
      continue;
    }
    // A value.
    const ch = text[i];
    if (ch === '{' || ch === '[') {
      const close = ch === '{' ? '}' : ']';
      i++;
      skip();
      if (text[i] !== close) {
        open.push(close);
        expectKey = ch === '{';
        afterComma = false;
        continue;
      }
      i++;
    } else if (ch === '"') {
      const end = scanString(text, i);
      if (typeof end !== 'number') return end;
      i = end;
    } else if (ch === '-' || (ch !== undefined && ch >= '0' && ch <= '9')) {
      NUMBER.lastIndex = i;
      const m = NUMBER.exec(text);
      if (!m) return { offset: i, message: `a number JSON does not have, at ${found(text, i)}` };
      i += m[0].length;
      if (i < n && /[0-9A-Za-z_.+-]/.test(text[i])) return { offset: i - m[0].length, message: `a number JSON does not have (${text.slice(i - m[0].length, i + 1)}…: no leading zeros, hex, octal or trailing text)` };
    } else {
      const word = LITERALS.find((w) => text.startsWith(w, i));
      if (!word) {
        return afterComma && ch === ']' ? { offset: i, message: 'a comma before `]`: JSON allows no trailing comma' } : unexpected('a value');
      }
      i += word.length;
    }
    // After a value: a comma, or the end of the containers it closes.
    for (;;) {
      skip();
      const close = open[open.length - 1];
      if (close === undefined) {
        if (i < n && text[i] !== ']' && text[i] !== '}') return { offset: i, message: `more than one JSON value, from ${found(text, i)}: Argo CD takes one object per JSON file ("Found multiple objects")` };
        return undefined;
      }
      if (text[i] === ',') {
        i++;
        expectKey = close === '}';
        afterComma = true;
        break;
      }
      if (text[i] !== close) return unexpected(`\`,\` or \`${close}\``);
      i++;
      open.pop();
    }
  }
}
