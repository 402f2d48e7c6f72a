import { BAD_PATTERN, compileMatcher, goMatch } from './go-match.js';

/**
 * A chart's `.helmignore` as Helm 3 reads it (helm.sh/helm/v3 pkg/ignore, called by the
 * chart loader's LoadDir, which Argo CD's `helm template` goes through). Ported rather
 * than taken from a gitignore library, because Helm's semantics are its own:
 *
 * - one pattern per line, trimmed (Go's unicode spaces), `#` comments, no inline comments;
 *   a line of 64 KiB or more fails the read (bufio.Scanner), a `**` or a malformed glob
 *   fails the parse: either way Helm refuses to load the chart;
 * - a pattern with no `/` is matched against the base name, one with a `/` against the
 *   path from the chart root, `/x` only at the root; a trailing `/` matches directories only;
 * - rules are tried in order and the first that decides wins. A `!` rule decides for
 *   every path it does NOT match: that path is ignored (Helm's code, not gitignore's
 *   re-inclusion), so `!templates/keep.yaml` alone ignores Chart.yaml too;
 * - an ignored directory is skipped whole; Helm's built-in `templates/.?*` comes last.
 */

/** The rule that decides a path is ignored. */
export interface IgnoreRule {
  /** 1-based line in `.helmignore`; 0 for Helm's built-in rule. */
  line: number;
  column: number;
  /** The pattern as written (trimmed; shown in messages). */
  text: string;
  negate: boolean;
}

interface Pattern extends IgnoreRule {
  glob: Uint8Array;
  /** goMatch(glob, name) === true, for names as strings (go-match.ts compileMatcher). */
  match: (name: string) => boolean;
  mustDir: boolean;
  /** `root`: `/x`, matched against the path; `path`: holds a `/`; `base`: matched against the base name. */
  kind: 'root' | 'path' | 'base';
}

/** Why Helm refuses a `.helmignore` (and so the chart), at a line of it. */
export interface IgnoreParseError {
  line: number;
  column: number;
  text: string;
  message: string;
}

/** bufio.Scanner's default limit: a line (with its `\r`) of this many bytes fails the read. */
export const MAX_LINE_BYTES = 64 * 1024;

/** Helm's built-in rule (AddDefaults), applied after the file's. */
export const BUILTIN_RULE: IgnoreRule = { line: 0, column: 0, text: 'templates/.?*', negate: false };

const utf8 = new TextDecoder('utf-8');
const enc = new TextEncoder();

/** Work left for matching, in pattern length times name length (see HelmIgnore.why). */
export interface MatchBudget {
  left: number;
}

export class HelmIgnore {
  private constructor(private readonly patterns: Pattern[]) {}

  /** Whether the file has any rule of its own (comments and blank lines are none). */
  get empty(): boolean {
    return this.patterns.length === 1;
  }

  /**
   * The rule that ignores `path` (relative to the chart, `/`-separated, never empty), or
   * undefined. Ancestors are not looked at: Helm skips an ignored directory's contents,
   * so the caller asks about directories first. Throws OUT_OF_BUDGET when `budget` runs out.
   */
  why(path: string, isDir: boolean, budget: MatchBudget): IgnoreRule | undefined {
    // Helm never ignores the chart's own directory.
    if (path === '' || path === '.' || path === './') return undefined;
    const base = goBase(path);
    for (const p of this.patterns) {
      if (!p.negate && p.mustDir && !isDir) continue;
      if (p.negate && p.mustDir && !isDir) return p;
      const name = p.kind === 'base' ? base : path;
      // Go's match costs at most (pattern length) x (name length): charged up front, so the
      // budget bounds the time whatever the patterns.
      budget.left -= (p.glob.length + 1) * (name.length + 1);
      if (budget.left < 0) throw OUT_OF_BUDGET;
      const m = p.match(name);
      if (p.negate ? !m : m) return p;
    }
    return undefined;
  }

  /** Parses a `.helmignore` as Helm does: its rules and the built-in one, or why Helm refuses it. */
  static parse(bytes: Uint8Array): { rules: HelmIgnore } | { error: IgnoreParseError } {
    // A plain view of the bytes: a Buffer's subarray builds a Buffer, several times slower per pattern.
    const data = new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    const patterns: Pattern[] = [];
    let start = 0;
    for (let line = 1; start < data.length; line++) {
      const nl = data.indexOf(0x0a, start);
      const end = nl < 0 ? data.length : nl;
      if (end - start >= MAX_LINE_BYTES) {
        return { error: { line, column: 1, text: '', message: `${(end - start).toLocaleString('en-US')} bytes long; Helm reads lines of at most ${(MAX_LINE_BYTES - 1).toLocaleString('en-US')} bytes ("bufio.Scanner: token too long")` } };
      }
      let s = start;
      // Go trims a UTF-8 byte order mark from the first line only.
      if (line === 1 && data[s] === 0xef && data[s + 1] === 0xbb && data[s + 2] === 0xbf) s += 3;
      const [a, b] = trimSpace(data, s, end);
      start = nl < 0 ? data.length : nl + 1;
      if (a === b || data[a] === 0x23) continue; // blank, or a comment
      const raw = data.subarray(a, b);
      // In characters, as every finding's column: the blanks before the pattern are bytes unless one is a Unicode space.
      let column = a - s + 1;
      if (data.subarray(s, a).some((c) => c >= 0x80)) column = utf8.decode(data.subarray(s, a)).length + 1;
      const text = utf8.decode(raw);
      if (hasDoubleStar(raw)) return { error: { line, column, text, message: 'double-star (**) syntax is not supported' } };
      // Helm checks the whole line (with its `!` and `/`) against "abc" once, as Go reports errors lazily.
      if (goMatch(raw, ABC) === BAD_PATTERN) return { error: { line, column, text, message: 'syntax error in pattern' } };
      patterns.push(pattern(raw, { line, column, text }));
    }
    patterns.push(pattern(enc.encode(BUILTIN_RULE.text), BUILTIN_RULE));
    return { rules: new HelmIgnore(patterns) };
  }
}

/** Thrown by HelmIgnore.why when its budget is spent. */
export const OUT_OF_BUDGET = Symbol('helmignore budget spent');

const ABC = enc.encode('abc');

/** filepath.Base: the last element, trailing slashes dropped ("/" when nothing else is left). */
function goBase(path: string): string {
  let end = path.length;
  while (end > 0 && path[end - 1] === '/') end--;
  if (end === 0) return '/';
  return path.slice(path.lastIndexOf('/', end - 1) + 1, end);
}

function hasDoubleStar(raw: Uint8Array): boolean {
  for (let i = raw.indexOf(0x2a); i >= 0 && i + 1 < raw.length; i = raw.indexOf(0x2a, i + 1)) if (raw[i + 1] === 0x2a) return true;
  return false;
}

/** A rule as Helm's parseRule makes it: `!` stripped (negate), then one trailing `/` (directories only), then one leading `/` (rooted). */
function pattern(raw: Uint8Array, at: Omit<IgnoreRule, 'negate'>): Pattern {
  let a = 0;
  let b = raw.length;
  const negate = raw[a] === 0x21;
  if (negate) a++;
  const mustDir = b > a && raw[b - 1] === 0x2f;
  if (mustDir) b--;
  let kind: Pattern['kind'] = 'base';
  if (raw[a] === 0x2f) {
    kind = 'root';
    a++;
  } else if (raw.subarray(a, b).includes(0x2f)) kind = 'path';
  const glob = raw.subarray(a, b);
  return { line: at.line, column: at.column, text: at.text, negate, glob, match: compileMatcher(glob), mustDir, kind };
}

/** Go's unicode.IsSpace beyond ASCII, as UTF-8: U+0085, U+00A0, U+1680, U+2000–U+200A, U+2028, U+2029, U+202F, U+205F, U+3000. */
const WIDE_SPACES = [[0xc2, 0x85], [0xc2, 0xa0], [0xe1, 0x9a, 0x80], ...Array.from({ length: 11 }, (_, i) => [0xe2, 0x80, 0x80 + i]), [0xe2, 0x80, 0xa8], [0xe2, 0x80, 0xa9], [0xe2, 0x80, 0xaf], [0xe2, 0x81, 0x9f], [0xe3, 0x80, 0x80]];
const isAsciiSpace = (c: number) => c === 0x20 || (c >= 0x09 && c <= 0x0d);

/** strings.TrimSpace on data[a, b): the bounds of what is left. */
function trimSpace(data: Uint8Array, a: number, b: number): [number, number] {
  const wideAt = (i: number, forward: boolean): number => {
    for (const w of WIDE_SPACES) {
      const s = forward ? i : i - w.length;
      if (s >= a && s + w.length <= b && w.every((x, k) => data[s + k] === x)) return w.length;
    }
    return 0;
  };
  for (;;) {
    if (a < b && isAsciiSpace(data[a])) a++;
    else {
      const n = a < b ? wideAt(a, true) : 0;
      if (!n) break;
      a += n;
    }
  }
  for (;;) {
    if (b > a && isAsciiSpace(data[b - 1])) b--;
    else {
      const n = b > a ? wideAt(b, false) : 0;
      if (!n) break;
      b -= n;
    }
  }
  return [a, b];
}

/** How a rule reads in a message: "`.helmignore` line 3 (`*.yaml`)". */
export function describeRule(r: IgnoreRule, file = '.helmignore'): string {
  if (r.line === 0) return `Helm's built-in rule \`${r.text}\``;
  const shown = r.text.length > 80 ? `${r.text.slice(0, 77)}...` : r.text;
  return `\`${file}\` line ${r.line} (\`${JSON.stringify(shown).slice(1, -1)}\`${r.negate ? ', a `!` rule, which ignores every path it does not match' : ''})`;
}
