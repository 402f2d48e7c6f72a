/**
 * Argo CD's glob for a directory source's `include` / `exclude` (util/glob.Match): gobwas/glob
 * v0.2.3 compiled without separators, matched against the whole path of a file below the
 * source path. A port of gobwas itself, not of a glob grammar: its lexer
 * (syntax/lexer/lexer.go), parser (syntax/ast/parser.go), compiler (compiler/compiler.go: the
 * alternatives' common parts taken out, matchers glued into rows and min/max counts, a binary
 * tree around the longest fixed-length one) and matchers (match/*.go), over the UTF-8 bytes of
 * pattern and text as Go's strings are. So what gobwas gets wrong comes out wrong here too:
 *
 * - `*` and `**` match any run of characters, `/` included (there are no separators), so
 *   `**\/*.yaml` needs a `/` and does not match a file at the top (`cm.yaml`);
 * - `?` one character; `[abc]`, `[a-z]`, `[!abc]`, `[!a-z]` one character of (or not of) a class;
 * - `{a,b}` alternatives, nested; `\` escapes the next character;
 * - everything else is literal: a leading `!`, `./`, extglobs `+(a)` / `@(a|b)`, a `}` or `,`
 *   outside braces, a `]` outside a class;
 * - gobwas's own slips: an alternative holding `*` before one of fixed length takes the
 *   latter's length for the whole group (AnyOf.Len), so `{cm*,deploy}.yaml` does not match
 *   `cm-1.yaml` (while `{deploy,cm*}.yaml` does); `?` matches the empty text; a multi-byte
 *   character before `?` is cut; `{,x}` is an empty alternative; `a*a` matches `a`.
 *
 * A pattern gobwas refuses (an unclosed `[`, a range `[z-a]`, `[]`) matches nothing, as Argo CD
 * logs it and returns false; so does a match on which gobwas would panic. Checked against
 * gobwas itself (__tests__/validate/gobwas-glob.test.ts).
 */
const compiled = new Map<string, Matcher | null>();

export function gobwasMatch(pattern: string, text: string): boolean {
  let m = compiled.get(pattern);
  if (m === undefined) compiled.set(pattern, (m = compilePattern(pattern)));
  if (m === null) return false;
  try {
    return m.match(Buffer.from(text, 'utf8'));
  } catch {
    return false; // gobwas slices out of range (a Go panic): no match
  }
}

/** Whether gobwas compiles the pattern (an unclosed `[`, a range `[z-a]` or `[]` it refuses). */
export function gobwasCompiles(pattern: string): boolean {
  let m = compiled.get(pattern);
  if (m === undefined) compiled.set(pattern, (m = compilePattern(pattern)));
  return m !== null;
}

// ---- UTF-8 over bytes, as Go's strings are ----

type Bytes = Buffer;
const EMPTY: Bytes = Buffer.alloc(0);
const RUNE_ERROR = 0xfffd;

const cont = (s: Bytes, i: number) => i < s.length && (s[i] & 0xc0) === 0x80;

/**
 * utf8.DecodeRuneInString(s[i:]): [rune, width]; width 0 at the end, RuneError of width 1 on a
 * byte that starts no whole character (gobwas cuts characters: rune counts used as byte offsets).
 */
function decode(s: Bytes, i: number): [number, number] {
  if (i >= s.length) return [RUNE_ERROR, 0];
  const b = s[i];
  if (b < 0x80) return [b, 1];
  if (b >= 0xc2 && b <= 0xdf && cont(s, i + 1)) return [((b & 0x1f) << 6) | (s[i + 1] & 0x3f), 2];
  if (b >= 0xe0 && b <= 0xef && cont(s, i + 1) && cont(s, i + 2)) return [((b & 0x0f) << 12) | ((s[i + 1] & 0x3f) << 6) | (s[i + 2] & 0x3f), 3];
  if (b >= 0xf0 && b <= 0xf4 && cont(s, i + 1) && cont(s, i + 2) && cont(s, i + 3)) return [((b & 0x07) << 18) | ((s[i + 1] & 0x3f) << 12) | ((s[i + 2] & 0x3f) << 6) | (s[i + 3] & 0x3f), 4];
  return [RUNE_ERROR, 1];
}

/** utf8.RuneLen: the bytes `r` takes encoded (3 for RuneError, whatever width it was read from). */
const runeLen = (r: number) => (r < 0x80 ? 1 : r < 0x800 ? 2 : r < 0x10000 ? 3 : 4);

/** `for i, r := range s`: the byte offset and rune of each character. */
function* runes(s: Bytes): Generator<[number, number, number]> {
  for (let i = 0; i < s.length; ) {
    const [r, w] = decode(s, i);
    yield [i, r, w];
    i += w;
  }
}

function runeCount(s: Bytes): number {
  let n = 0;
  for (let i = 0; i < s.length; n++) i += decode(s, i)[1];
  return n;
}

/** s[lo:hi], panicking as Go does when out of range. */
function slice(s: Bytes, lo: number, hi = s.length): Bytes {
  if (lo < 0 || hi > s.length || lo > hi) throw new RangeError('slice bounds out of range');
  return s.subarray(lo, hi);
}

const indexOf = (s: Bytes, needle: Bytes) => s.indexOf(needle);
const hasPrefix = (s: Bytes, p: Bytes) => s.length >= p.length && s.subarray(0, p.length).equals(p);
const hasSuffix = (s: Bytes, p: Bytes) => s.length >= p.length && s.subarray(s.length - p.length).equals(p);

// ---- matchers (match/*.go) ----

const LEN_NO = -1;

interface Matcher {
  match(s: Bytes): boolean;
  index(s: Bytes): [number, number[]];
  len(): number;
}

class Nothing implements Matcher {
  match(s: Bytes) { return s.length === 0; }
  index(): [number, number[]] { return [0, []]; }
  len() { return 0; }
}

class Super implements Matcher {
  match() { return true; }
  index(s: Bytes): [number, number[]] {
    const seg: number[] = [];
    for (const [i] of runes(s)) seg.push(i);
    seg.push(s.length);
    return [0, seg];
  }
  len() { return LEN_NO; }
}

/** Single, List and Range: one rune, tested by `ok` (Single with no separators takes any). */
class OneRune implements Matcher {
  constructor(readonly ok: (r: number) => boolean, readonly kind: 'single' | 'list' | 'range', readonly not = false, readonly chars: number[] = []) {}
  match(s: Bytes) {
    const [r, w] = decode(s, 0);
    if (s.length > w) return false;
    return this.ok(r); // on the empty text: RuneError, as gobwas decodes it
  }
  index(s: Bytes): [number, number[]] {
    for (const [i, r] of runes(s)) if (this.ok(r)) return [i, [runeLen(r)]];
    return [-1, []];
  }
  len() { return 1; }
}

const single = () => new OneRune(() => true, 'single');
const list = (chars: number[], not: boolean) => new OneRune((r) => chars.includes(r) === !not, 'list', not, chars);
const range = (lo: number, hi: number, not: boolean) => new OneRune((r) => (r >= lo && r <= hi) === !not, 'range', not);

class Text implements Matcher {
  readonly runesLength: number;
  constructor(readonly str: Bytes) {
    this.runesLength = runeCount(str);
  }
  match(s: Bytes) { return s.equals(this.str); }
  index(s: Bytes): [number, number[]] {
    const i = indexOf(s, this.str);
    return i < 0 ? [-1, []] : [i, [this.str.length]];
  }
  len() { return this.runesLength; }
}

class Prefix implements Matcher {
  constructor(readonly prefix: Bytes) {}
  match(s: Bytes) { return hasPrefix(s, this.prefix); }
  index(s: Bytes): [number, number[]] {
    const idx = indexOf(s, this.prefix);
    if (idx < 0) return [-1, []];
    const length = this.prefix.length;
    const sub = s.length > idx + length ? s.subarray(idx + length) : EMPTY;
    const seg = [length];
    for (const [i, r] of runes(sub)) seg.push(length + i + runeLen(r));
    return [idx, seg];
  }
  len() { return LEN_NO; }
}

class Suffix implements Matcher {
  constructor(readonly suffix: Bytes) {}
  match(s: Bytes) { return hasSuffix(s, this.suffix); }
  index(s: Bytes): [number, number[]] {
    const idx = indexOf(s, this.suffix);
    return idx < 0 ? [-1, []] : [0, [idx + this.suffix.length]];
  }
  len() { return LEN_NO; }
}

class PrefixSuffix implements Matcher {
  constructor(readonly prefix: Bytes, readonly suffix: Bytes) {}
  match(s: Bytes) { return hasPrefix(s, this.prefix) && hasSuffix(s, this.suffix); }
  index(s: Bytes): [number, number[]] {
    const prefixIdx = indexOf(s, this.prefix);
    if (prefixIdx < 0) return [-1, []];
    const suffixLen = this.suffix.length;
    if (suffixLen <= 0) return [prefixIdx, [s.length - prefixIdx]];
    if (s.length - prefixIdx <= 0) return [-1, []];
    const seg: number[] = [];
    for (let sub = s.subarray(prefixIdx); ; ) {
      const suffixIdx = sub.lastIndexOf(this.suffix);
      if (suffixIdx < 0) break;
      seg.push(suffixIdx + suffixLen);
      sub = sub.subarray(0, suffixIdx);
    }
    if (!seg.length) return [-1, []];
    return [prefixIdx, seg.reverse()];
  }
  len() { return LEN_NO; }
}

class Contains implements Matcher {
  constructor(readonly needle: Bytes, readonly not: boolean) {}
  match(s: Bytes) { return (indexOf(s, this.needle) >= 0) !== this.not; }
  index(s: Bytes): [number, number[]] {
    let offset = 0;
    const idx = indexOf(s, this.needle);
    if (!this.not) {
      if (idx < 0) return [-1, []];
      offset = idx + this.needle.length;
      if (s.length <= offset) return [0, [offset]];
      s = s.subarray(offset);
    } else if (idx >= 0) s = s.subarray(0, idx);
    const seg: number[] = [];
    for (const [i] of runes(s)) seg.push(offset + i);
    seg.push(offset + s.length);
    return [0, seg];
  }
  len() { return LEN_NO; }
}

class Min implements Matcher {
  constructor(readonly limit: number) {}
  match(s: Bytes) {
    let l = 0;
    for (const _ of runes(s)) if (++l >= this.limit) return true;
    return false;
  }
  index(s: Bytes): [number, number[]] {
    if (s.length - this.limit + 1 <= 0) return [-1, []];
    const seg: number[] = [];
    let count = 0;
    for (const [i, r] of runes(s)) if (++count >= this.limit) seg.push(i + runeLen(r));
    return seg.length ? [0, seg] : [-1, []];
  }
  len() { return LEN_NO; }
}

class Max implements Matcher {
  constructor(readonly limit: number) {}
  match(s: Bytes) {
    let l = 0;
    for (const _ of runes(s)) if (++l > this.limit) return false;
    return true;
  }
  index(s: Bytes): [number, number[]] {
    const seg = [0];
    let count = 0;
    for (const [i, r] of runes(s)) {
      if (++count > this.limit) break;
      seg.push(i + runeLen(r));
    }
    return [0, seg];
  }
  len() { return LEN_NO; }
}

class EveryOf implements Matcher {
  constructor(readonly matchers: Matcher[] = []) {}
  match(s: Bytes) { return this.matchers.every((m) => m.match(s)); }
  index(s: Bytes): [number, number[]] {
    let index = 0;
    let offset = 0;
    let current: number[] = [];
    let sub = s;
    for (let i = 0; i < this.matchers.length; i++) {
      const [idx, seg] = this.matchers[i].index(sub);
      if (idx < 0) return [-1, []];
      if (i === 0) current = [...seg];
      else {
        const next: number[] = [];
        const delta = index - (idx + offset);
        for (const ex of current) for (const n of seg) if (ex + delta === n) next.push(n);
        if (!next.length) return [-1, []];
        current = next;
      }
      index = idx + offset;
      sub = slice(s, index);
      offset += idx;
    }
    return [index, current];
  }
  /** As gobwas computes it: -1 whenever it holds a matcher. */
  len() {
    let l = 0;
    for (const m of this.matchers) {
      const ml = m.len();
      if (l > 0) l += ml;
      else return -1;
    }
    return l;
  }
}

class Row implements Matcher {
  constructor(readonly runesLength: number, readonly matchers: Matcher[]) {}
  private matchAll(s: Bytes): boolean {
    let idx = 0;
    for (const m of this.matchers) {
      const length = m.len();
      let next = 0;
      let i = 0;
      for (const [at] of runes(s.subarray(idx))) {
        next = at;
        if (++i === length) break;
      }
      // gobwas slices up to the first byte of the last rune, plus one (a multi-byte one is cut).
      if (i < length || !m.match(slice(s, idx, idx + next + 1))) return false;
      idx += next + 1;
    }
    return true;
  }
  match(s: Bytes) { return runeCount(s) === this.runesLength && this.matchAll(s); }
  index(s: Bytes): [number, number[]] {
    for (const [i] of runes(s)) {
      if (s.length - i < this.runesLength) break;
      if (this.matchAll(s.subarray(i))) return [i, [this.runesLength]];
    }
    return [-1, []];
  }
  len() { return this.runesLength; }
}

/** appendMerge: two ascending segment lists merged, duplicates once. */
function appendMerge(target: number[], sub: number[]): number[] {
  const out: number[] = [];
  let x = 0;
  let y = 0;
  while (x < target.length || y < sub.length) {
    if (x >= target.length) {
      out.push(...sub.slice(y));
      break;
    }
    if (y >= sub.length) {
      out.push(...target.slice(x));
      break;
    }
    if (target[x] === sub[y]) {
      out.push(target[x++]);
      y++;
    } else if (target[x] < sub[y]) out.push(target[x++]);
    else out.push(sub[y++]);
  }
  return out;
}

class AnyOf implements Matcher {
  constructor(readonly matchers: Matcher[]) {}
  match(s: Bytes) { return this.matchers.some((m) => m.match(s)); }
  index(s: Bytes): [number, number[]] {
    let index = -1;
    let segments: number[] = [];
    for (const m of this.matchers) {
      const [idx, seg] = m.index(s);
      if (idx < 0) continue;
      if (index === -1 || idx < index) {
        index = idx;
        segments = [...seg];
        continue;
      }
      if (idx > index) continue;
      segments = appendMerge(segments, seg);
    }
    return index < 0 ? [-1, []] : [index, segments];
  }
  /**
   * gobwas's own, slip and all: a matcher of no fixed length (-1) first resets the answer, so
   * `{cm*,deploy}` takes the length of `deploy` (6) and `{deploy,cm*}` none (-1).
   */
  len() {
    let l = -1;
    for (const m of this.matchers) {
      const ml = m.len();
      if (l === -1) {
        l = ml;
        continue;
      }
      if (ml === -1 || l !== ml) return -1;
    }
    return l;
  }
}

class BTree implements Matcher {
  readonly valueLength: number;
  readonly leftLength: number = 0;
  readonly rightLength: number = 0;
  readonly length: number;
  constructor(public value: Matcher, public left: Matcher | undefined, public right: Matcher | undefined) {
    let ok = true;
    if ((this.valueLength = value.len()) === -1) ok = false;
    if (left && (this.leftLength = left.len()) === -1) ok = false;
    if (right && (this.rightLength = right.len()) === -1) ok = false;
    this.length = ok ? this.leftLength + this.valueLength + this.rightLength : -1;
  }
  len() { return this.length; }
  index(): [number, number[]] { return [-1, []]; } // gobwas: "todo?"
  match(s: Bytes): boolean {
    const inputLen = s.length;
    // Rune counts compared with byte lengths, as gobwas does.
    if (this.length !== -1 && this.length > inputLen) return false;
    let offset = this.leftLength >= 0 ? this.leftLength : 0;
    const limit = this.rightLength >= 0 ? inputLen - this.rightLength : inputLen;
    while (offset < limit) {
      const [index, segments] = this.value.index(slice(s, offset, limit));
      if (index === -1) return false;
      const l = slice(s, 0, offset + index);
      const left = this.left ? this.left.match(l) : l.length === 0;
      if (left) {
        for (let i = segments.length - 1; i >= 0; i--) {
          const length = segments[i];
          const r = inputLen <= offset + index + length ? EMPTY : s.subarray(offset + index + length);
          if (this.right ? this.right.match(r) : r.length === 0) return true;
        }
      }
      const step = decode(s, offset + index)[1];
      if (step === 0) return false; // gobwas would loop for ever
      offset += index + step;
    }
    return false;
  }
}

// ---- the syntax tree (syntax/ast) ----

type Kind = 'nothing' | 'pattern' | 'list' | 'range' | 'text' | 'any' | 'super' | 'single' | 'anyof';
interface Node {
  kind: Kind;
  /** text: the characters; list: `not` + chars; range: `not` + lo-hi. Compared as a whole (Node.Equal). */
  value?: string;
  text?: string;
  not?: boolean;
  chars?: number[];
  lo?: number;
  hi?: number;
  parent?: Node;
  children: Node[];
}

const node = (kind: Kind, children: Node[] = [], extra: Partial<Node> = {}): Node => {
  const n: Node = { kind, children: [], ...extra };
  for (const c of children) insert(n, c);
  return n;
};
function insert(parent: Node, c: Node): void {
  parent.children.push(c);
  c.parent = parent;
}
const nodeEqual = (a: Node, b: Node): boolean =>
  a.kind === b.kind && a.value === b.value && a.children.length === b.children.length && a.children.every((c, i) => nodeEqual(c, b.children[i]));

/** The lexer (with its read/unread of one rune) and parser of gobwas, into its tree; null where gobwas errs. */
function parse(pattern: string): Node | null {
  const chars = [...pattern].map((c) => c.codePointAt(0)!);
  // A RuneError (U+FFFD, or a lone surrogate, which is U+FFFD in UTF-8) stops gobwas's lexer ("could not read rune").
  if (chars.some((c) => c === RUNE_ERROR || (c >= 0xd800 && c <= 0xdfff))) return null;
  const EOF = -1;
  let pos = 0;
  const read = () => (pos < chars.length ? chars[pos++] : (pos++, EOF));
  const unread = () => pos--;
  const peek = () => (pos < chars.length ? chars[pos] : EOF);
  const C = (s: string) => s.codePointAt(0)!;
  const [ANY, COMMA, SINGLE, ESC, ROPEN, RCLOSE, TOPEN, TCLOSE, NOT, BETWEEN] = ['*', ',', '?', '\\', '[', ']', '{', '}', '!', '-'].map(C);
  const inText = [SINGLE, ANY, ROPEN, TOPEN];
  const inTerms = [...inText, TCLOSE, COMMA];
  let termsLevel = 0;
  const fetchText = (breakers: number[]): string => {
    const data: number[] = [];
    let escaped = false;
    for (;;) {
      const r = read();
      if (r === EOF) {
        pos = Math.min(pos, chars.length);
        break;
      }
      if (!escaped) {
        if (r === ESC) {
          escaped = true;
          continue;
        }
        if (breakers.includes(r)) {
          unread();
          break;
        }
      }
      escaped = false;
      data.push(r);
    }
    return String.fromCodePoint(...data);
  };
  const root = node('pattern');
  let tree = root;
  for (;;) {
    const r = read();
    if (r === EOF) return root;
    if (r === TOPEN) {
      termsLevel++;
      const a = node('anyof');
      insert(tree, a);
      const p = node('pattern');
      insert(a, p);
      tree = p;
    } else if (r === COMMA && termsLevel > 0) {
      const p = node('pattern');
      insert(tree.parent!, p);
      tree = p;
    } else if (r === TCLOSE && termsLevel > 0) {
      termsLevel--;
      tree = tree.parent!.parent!;
    } else if (r === ROPEN) {
      // fetchRange, then parserRange.
      let not = false;
      let lo = 0;
      let hi = 0;
      let text = '';
      let wantHi = false;
      for (;;) {
        const c = read();
        if (c === EOF) return null; // "unexpected end of input"
        if (wantHi) {
          hi = c;
          if (hi < lo) return null; // "hi character should be greater than lo"
          if (read() !== RCLOSE) return null; // "expected close range character" / end of input
          break;
        }
        if (!not && c === NOT) {
          not = true;
          continue;
        }
        if (peek() === BETWEEN) {
          pos++;
          lo = c;
          wantHi = true;
          continue;
        }
        unread();
        text = fetchText([RCLOSE]);
        if (read() !== RCLOSE) return null;
        break;
      }
      const isRange = lo !== 0 && hi !== 0;
      if ((text !== '') === isRange) return null; // "could not parse range"
      if (isRange) insert(tree, node('range', [], { not, lo, hi, value: `${not}:${lo}-${hi}` }));
      else insert(tree, node('list', [], { not, chars: [...text].map(C), value: `${not}:${text}` }));
    } else if (r === SINGLE) insert(tree, node('single'));
    else if (r === ANY) {
      if (read() === ANY) insert(tree, node('super'));
      else {
        unread();
        insert(tree, node('any'));
      }
    } else {
      unread();
      const text = fetchText(termsLevel > 0 ? inTerms : inText);
      if (text) insert(tree, node('text', [], { text, value: text }));
    }
  }
}

// ---- the compiler (compiler/compiler.go), with no separators ----

function optimize(m: Matcher): Matcher {
  if (m instanceof AnyOf) return m.matchers.length === 1 ? m.matchers[0] : m;
  if (m instanceof OneRune && m.kind === 'list') return !m.not && m.chars.length === 1 ? new Text(Buffer.from(String.fromCodePoint(m.chars[0]))) : m;
  if (m instanceof BTree) {
    m.left = m.left && optimize(m.left);
    m.right = m.right && optimize(m.right);
    if (!(m.value instanceof Text)) return m;
    const r = m.value.str;
    const { left, right } = m;
    if (!left && !right) return new Text(r);
    const leftSuper = left instanceof Super;
    const rightSuper = right instanceof Super;
    if (leftSuper && rightSuper) return new Contains(r, false);
    if (leftSuper && !right) return new Suffix(r);
    if (rightSuper && !left) return new Prefix(r);
    if (!left && right instanceof Suffix) return new PrefixSuffix(r, right.suffix);
    if (!right && left instanceof Prefix) return new PrefixSuffix(left.prefix, r);
    return m;
  }
  return m;
}

function compileMatchers(ms: Matcher[]): Matcher {
  if (!ms.length) throw new Error('compile error: need at least one matcher');
  if (ms.length === 1) return ms[0];
  const glued = glue(ms);
  if (glued) return glued;
  let idx = -1;
  let maxLen = -1;
  for (let i = 0; i < ms.length; i++) {
    const l = ms[i].len();
    if (l !== -1 && l >= maxLen) {
      maxLen = l;
      idx = i;
    }
  }
  if (idx === -1) return new BTree(ms[0], undefined, compileMatchers(ms.slice(1)));
  const left = ms.slice(0, idx);
  const right = ms.slice(idx + 1);
  return new BTree(ms[idx], left.length ? compileMatchers(left) : undefined, right.length ? compileMatchers(right) : undefined);
}

const glue = (ms: Matcher[]): Matcher | undefined => glueAsEvery(ms) ?? glueAsRow(ms);

function glueAsRow(ms: Matcher[]): Matcher | undefined {
  if (ms.length <= 1) return undefined;
  let l = 0;
  for (const m of ms) {
    const ml = m.len();
    if (ml === -1) return undefined;
    l += ml;
  }
  return new Row(l, ms);
}

function glueAsEvery(ms: Matcher[]): Matcher | undefined {
  if (ms.length <= 1) return undefined;
  let hasSuper = false;
  let hasSingle = false;
  let min = 0;
  let separator: number[] = [];
  for (let i = 0; i < ms.length; i++) {
    const m = ms[i];
    let sep: number[];
    if (m instanceof Super) {
      sep = [];
      hasSuper = true;
    } else if (m instanceof OneRune && m.kind === 'single') {
      sep = [];
      hasSingle = true;
      min++;
    } else if (m instanceof OneRune && m.kind === 'list') {
      if (!m.not) return undefined;
      sep = m.chars;
      hasSingle = true;
      min++;
    } else return undefined;
    if (i === 0) separator = sep;
    if (sep.length !== separator.length || sep.some((c, j) => c !== separator[j])) return undefined;
  }
  if (hasSuper && !hasSingle) return new Super();
  if (hasSuper && min > 0 && !separator.length) return new Min(min);
  const every = new EveryOf();
  if (min > 0) {
    every.matchers.push(new Min(min));
    if (!hasSuper) every.matchers.push(new Max(min));
  }
  if (separator.length) every.matchers.push(new Contains(Buffer.from(String.fromCodePoint(...separator)), true));
  return every;
}

function minimizeMatchers(ms: Matcher[]): Matcher[] {
  let done: Matcher | undefined;
  let left = 0;
  let right = 0;
  let count = 0;
  for (let l = 0; l < ms.length; l++) {
    for (let r = ms.length; r > l; r--) {
      const glued = glue(ms.slice(l, r));
      if (!glued) continue;
      let swap: boolean;
      if (!done) swap = true;
      else {
        const cl = done.len();
        const gl = glued.len();
        swap = (cl > -1 && gl > -1 && gl > cl) || count < r - l;
      }
      if (swap) {
        done = glued;
        left = l;
        right = r;
        count = r - l;
      }
    }
  }
  if (!done) return ms;
  const next = [...ms.slice(0, left), done, ...ms.slice(right)];
  return next.length === ms.length ? next : minimizeMatchers(next);
}

function commonChildren(nodes: Node[]): [Node[], Node[]] {
  const commonLeft: Node[] = [];
  if (nodes.length <= 1) return [commonLeft, []];
  let idx = -1;
  let min = -1;
  nodes.forEach((n, i) => {
    if (idx === -1 || n.children.length < min) {
      min = n.children.length;
      idx = i;
    }
  });
  const tree = nodes[idx];
  const treeLength = tree.children.length;
  const commonRight: (Node | undefined)[] = new Array(treeLength);
  let lastRight = treeLength;
  let breakLeft = false;
  let breakRight = false;
  let commonTotal = 0;
  for (let i = 0, j = treeLength - 1; commonTotal < treeLength && j >= 0 && !(breakLeft && breakRight); i++, j--) {
    const treeLeft = tree.children[i];
    const treeRight = tree.children[j];
    for (let k = 0; k < nodes.length && !(breakLeft && breakRight); k++) {
      if (k === idx) continue;
      const restLeft = nodes[k].children[i];
      const restRight = nodes[k].children[j + nodes[k].children.length - treeLength];
      breakLeft = breakLeft || !nodeEqual(treeLeft, restLeft);
      breakRight = breakRight || (!breakLeft && j <= i);
      breakRight = breakRight || !nodeEqual(treeRight, restRight);
    }
    if (!breakLeft) {
      commonTotal++;
      commonLeft.push(treeLeft);
    }
    if (!breakRight) {
      commonTotal++;
      lastRight = j;
      commonRight[j] = treeRight;
    }
  }
  return [commonLeft, commonRight.slice(lastRight) as Node[]];
}

/** reflect.DeepEqual of two fresh alternatives (their parents are not set yet): the same tree. */
const deepEqual = (a: Node, b: Node) => nodeEqual(a, b);

function minimizeTreeAnyOf(tree: Node): Node | undefined {
  if (!tree.children.every((c) => c.kind === 'pattern')) return undefined;
  const [commonLeft, commonRight] = commonChildren(tree.children);
  if (!commonLeft.length && !commonRight.length) return undefined;
  const result: Node[] = [];
  if (commonLeft.length) result.push(node('pattern', commonLeft));
  const anyOf: Node[] = [];
  for (const child of tree.children) {
    const reuse = child.children.slice(commonLeft.length, child.children.length - commonRight.length);
    const n = reuse.length ? node('pattern', reuse) : node('nothing');
    if (!anyOf.some((x) => deepEqual(x, n))) anyOf.push(n);
  }
  if (anyOf.length === 1 && anyOf[0].kind !== 'nothing') result.push(anyOf[0]);
  else if (anyOf.length > 1) result.push(node('anyof', anyOf));
  if (commonRight.length) result.push(node('pattern', commonRight));
  return node('pattern', result);
}

const compileChildren = (tree: Node): Matcher[] => tree.children.map((c) => optimize(compileNode(c)));

function compileNode(tree: Node): Matcher {
  switch (tree.kind) {
    case 'anyof': {
      const n = minimizeTreeAnyOf(tree);
      if (n) return compileNode(n);
      return new AnyOf(compileChildren(tree));
    }
    case 'pattern':
      if (!tree.children.length) return new Nothing();
      return optimize(compileMatchers(minimizeMatchers(compileChildren(tree))));
    case 'any':
    case 'super':
      return new Super(); // Any with no separators is optimised into Super
    case 'single':
      return single();
    case 'nothing':
      return new Nothing();
    case 'list':
      return optimize(list(tree.chars!, tree.not!));
    case 'range':
      return range(tree.lo!, tree.hi!, tree.not!);
    case 'text':
      return new Text(Buffer.from(tree.text!, 'utf8'));
  }
}

function compilePattern(pattern: string): Matcher | null {
  const tree = parse(pattern);
  if (!tree) return null;
  try {
    return compileNode(tree);
  } catch {
    return null;
  }
}
