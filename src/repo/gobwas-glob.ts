/**
 * Argo CD's glob for a directory source's `include` / `exclude` (util/glob.Match): gobwas/glob
 * v0.2.3 compiled without separators, matched against the whole path of a file below the
 * source path. A narrow port of its lexer (syntax/lexer/lexer.go), turned into a RegExp:
 *
 * - `*` and `**` match any run of characters, `/` included (there are no separators), so
 *   `**\/*.yaml` needs a `/` and does not match a file at the top (`cm.yaml`);
 * - `?` one character; `[abc]`, `[a-z]`, `[!abc]`, `[!a-z]` one character of (or not of) a class;
 * - `{a,b}` alternatives, nested; `\` escapes the next character;
 * - everything else is literal: a leading `!`, `./`, extglobs `+(a)` / `@(a|b)`, a `}` or `,`
 *   outside braces, a `]` outside a class.
 *
 * A pattern gobwas refuses (an unclosed `[`, a range `[z-a]`) matches nothing, as Argo CD logs
 * it and returns false. Checked against gobwas itself (__tests__/validate/gobwas-glob.test.ts);
 * left out are gobwas's own slips on degenerate patterns: `?` matches the empty text, a
 * multi-byte character before `?`, and empty alternatives (`{,x}`).
 */
const compiled = new Map<string, RegExp | null>();

export function gobwasMatch(pattern: string, text: string): boolean {
  let re = compiled.get(pattern);
  if (re === undefined) compiled.set(pattern, (re = compile(pattern)));
  return re !== null && re.test(text);
}

/** Escapes for the `u` flag, which allows only syntax characters to be escaped (and `-` only in a class). */
const reEscape = (s: string) => s.replace(/[\\^$.*+?()[\]{}|/]/g, '\\$&');
const classEscape = (s: string) => s.replace(/[\\^\]\[-]/g, '\\$&');

function compile(pattern: string): RegExp | null {
  const chars = [...pattern]; // by code point, as gobwas reads runes
  let pos = 0;
  let depth = 0;
  let out = '';
  const textBreakers = ['?', '*', '[', '{'];
  /** fetchText: characters up to a breaker, `\` escaping the next one. */
  const text = (breakers: string[]): string => {
    let data = '';
    let escaped = false;
    while (pos < chars.length) {
      const c = chars[pos];
      if (!escaped) {
        if (c === '\\') {
          escaped = true;
          pos++;
          continue;
        }
        if (breakers.includes(c)) break;
      }
      escaped = false;
      data += c;
      pos++;
    }
    return data;
  };
  while (pos < chars.length) {
    const c = chars[pos++];
    if (c === '{') {
      depth++;
      out += '(?:';
    } else if (c === ',' && depth > 0) out += '|';
    else if (c === '}' && depth > 0) {
      depth--;
      out += ')';
    } else if (c === '?') out += '[^]';
    else if (c === '*') {
      if (chars[pos] === '*') pos++; // `**`, the same as `*` without separators
      out += '[^]*';
    } else if (c === '[') {
      // fetchRange: `!` first negates; `x-y` is a range; else a list of characters up to `]`.
      let not = false;
      if (chars[pos] === '!') {
        not = true;
        pos++;
      }
      if (pos >= chars.length) return null;
      let cls: string;
      if (chars[pos + 1] === '-') {
        const lo = chars[pos];
        const hi = chars[pos + 2];
        if (hi === undefined) return null;
        pos += 3;
        if (lo > hi) return null; // gobwas: "hi character should be greater than lo"
        cls = `${classEscape(lo)}-${classEscape(hi)}`;
      } else {
        cls = classEscape(text([']']));
      }
      if (chars[pos] !== ']') return null; // "expected close range character" / end of input
      pos++;
      out += cls ? `[${not ? '^' : ''}${cls}]` : '[]'; // an empty class, negated or not, matches nothing (as gobwas does)
    } else {
      pos--;
      out += reEscape(text(depth > 0 ? [...textBreakers, '}', ','] : textBreakers));
    }
  }
  out += ')'.repeat(depth); // gobwas closes an unclosed `{` at the end (`{a,b` matches `a`)
  return new RegExp(`^${out}$`, 'u');
}
