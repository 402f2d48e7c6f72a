/**
 * Go's `path/filepath.Match` on Linux (separator `/`), ported line for line because Helm
 * matches `.helmignore` patterns with it and picomatch's globs are not Go's: `[!a]` is a
 * class of `!` and `a` in Go (a negation in picomatch), `{a,b}`, `+(x)` and `[[:alpha:]]`
 * are literal text in Go, and Go refuses a malformed pattern with ErrBadPattern, which
 * makes Helm refuse the whole chart; picomatch has no such answer. It works on UTF-8
 * bytes, as Go does (`*` skips bytes, `?` and classes decode runes), so a `.helmignore`
 * holding binary or invalid UTF-8 matches exactly as it does in Helm.
 *
 * Go's algorithm is linear per star (each chunk is matched at the first position it
 * fits, with no backtracking into earlier stars): no pattern can make it exponential.
 */

/** Go's ErrBadPattern. */
export const BAD_PATTERN = 'syntax error in pattern';

const SLASH = 0x2f;
const BACKSLASH = 0x5c;
const STAR = 0x2a;
const RUNE_ERROR = 0xfffd;

/**
 * Results of the helpers below, in module variables rather than returned arrays: a
 * `.helmignore` of many patterns makes these the inner loop, and an array per call was
 * most of its time (garbage collection included).
 */
let width = 0;
let chunkStart = 0;
let chunkEnd = 0;
let escEnd = 0;

const cont = (b: Uint8Array, j: number, end: number, lo = 0x80, hi = 0xbf) => j < end && b[j] >= lo && b[j] <= hi;

/** utf8.DecodeRune: the rune at `i` (its width in `width`); RuneError with width 1 for invalid or truncated bytes. */
function decodeRune(b: Uint8Array, i: number, end: number): number {
  const b0 = b[i];
  width = 1;
  if (b0 < 0x80) return b0;
  if (b0 >= 0xc2 && b0 <= 0xdf) {
    if (!cont(b, i + 1, end)) return RUNE_ERROR;
    width = 2;
    return ((b0 & 0x1f) << 6) | (b[i + 1] & 0x3f);
  }
  if (b0 >= 0xe0 && b0 <= 0xef) {
    // No surrogates (ED A0..BF), no overlong forms (E0 80..9F).
    if (!cont(b, i + 1, end, b0 === 0xe0 ? 0xa0 : 0x80, b0 === 0xed ? 0x9f : 0xbf) || !cont(b, i + 2, end)) return RUNE_ERROR;
    width = 3;
    return ((b0 & 0x0f) << 12) | ((b[i + 1] & 0x3f) << 6) | (b[i + 2] & 0x3f);
  }
  if (b0 >= 0xf0 && b0 <= 0xf4) {
    // Nothing above U+10FFFF (F4 90..), no overlong forms (F0 80..8F).
    if (!cont(b, i + 1, end, b0 === 0xf0 ? 0x90 : 0x80, b0 === 0xf4 ? 0x8f : 0xbf) || !cont(b, i + 2, end) || !cont(b, i + 3, end)) return RUNE_ERROR;
    width = 4;
    return ((b0 & 0x07) << 18) | ((b[i + 1] & 0x3f) << 12) | ((b[i + 2] & 0x3f) << 6) | (b[i + 3] & 0x3f);
  }
  return RUNE_ERROR;
}

/** scanChunk: whether a run of stars starts at `start`; the chunk after it, up to the next star outside a class, in [chunkStart, chunkEnd). */
function scanChunk(p: Uint8Array, start: number): boolean {
  let i = start;
  let star = false;
  while (i < p.length && p[i] === STAR) {
    i++;
    star = true;
  }
  chunkStart = i;
  let inrange = false;
  for (; i < p.length; i++) {
    const c = p[i];
    if (c === BACKSLASH) {
      if (i + 1 < p.length) i++;
    } else if (c === 0x5b) inrange = true;
    else if (c === 0x5d) inrange = false;
    else if (c === STAR && !inrange) break;
  }
  chunkEnd = i;
  return star;
}

/** getEsc: a possibly escaped rune of a class at `i` (the index after it in `escEnd`), or throws BAD_PATTERN. */
function getEsc(p: Uint8Array, i: number, end: number): number {
  if (i >= end || p[i] === 0x2d || p[i] === 0x5d) throw BAD_PATTERN;
  if (p[i] === BACKSLASH) {
    i++;
    if (i >= end) throw BAD_PATTERN;
  }
  const r = decodeRune(p, i, end);
  if (r === RUNE_ERROR && width === 1) throw BAD_PATTERN;
  escEnd = i + width;
  if (escEnd >= end) throw BAD_PATTERN; // a class must close after it
  return r;
}

/**
 * matchChunk: whether chunk p[cs, ce) matches the start of s[si..]; the index in s after
 * it, or -1. Throws BAD_PATTERN for a malformed chunk, even after the match has failed
 * (Go goes on checking the chunk's form).
 */
function matchChunk(p: Uint8Array, cs: number, ce: number, s: Uint8Array, si: number): number {
  let failed = false;
  let i = cs;
  while (i < ce) {
    failed = failed || si >= s.length;
    const c = p[i];
    if (c === 0x5b) {
      let r = 0;
      if (!failed) {
        r = decodeRune(s, si, s.length);
        si += width;
      }
      i++;
      let negated = false;
      if (i < ce && p[i] === 0x5e) {
        negated = true;
        i++;
      }
      let match = false;
      let nrange = 0;
      for (;;) {
        if (i < ce && p[i] === 0x5d && nrange > 0) {
          i++;
          break;
        }
        const lo = getEsc(p, i, ce);
        i = escEnd;
        let hi = lo;
        if (p[i] === 0x2d) {
          hi = getEsc(p, i + 1, ce);
          i = escEnd;
        }
        match = match || (lo <= r && r <= hi);
        nrange++;
      }
      failed = failed || match === negated;
    } else if (c === 0x3f) {
      if (!failed) {
        failed = s[si] === SLASH;
        decodeRune(s, si, s.length);
        si += width;
      }
      i++;
    } else {
      if (c === BACKSLASH) {
        i++;
        if (i >= ce) throw BAD_PATTERN;
      }
      if (!failed) {
        failed = p[i] !== s[si];
        si++;
      }
      i++;
    }
  }
  return failed ? -1 : si;
}

/**
 * filepath.Match(pattern, name): true or false, or BAD_PATTERN when Go reports the pattern
 * malformed. As in Go, a malformed part after the point where the match failed may go
 * unnoticed (`x*[` against `abc` is plain false).
 */
export function goMatch(pattern: Uint8Array, name: Uint8Array): boolean | typeof BAD_PATTERN {
  try {
    let pi = 0;
    let ni = 0;
    outer: while (pi < pattern.length) {
      const star = scanChunk(pattern, pi);
      const cs = chunkStart;
      const rest = chunkEnd;
      pi = rest;
      if (star && cs === rest) {
        // A trailing star matches the rest of the name unless it holds a slash.
        return name.indexOf(SLASH, ni) < 0;
      }
      const t = matchChunk(pattern, cs, rest, name, ni);
      if (t >= 0 && (t === name.length || pi < pattern.length)) {
        ni = t;
        continue;
      }
      if (star) {
        // Try again, skipping one byte more each time; a star never crosses a slash.
        for (let i = ni; i < name.length && name[i] !== SLASH; i++) {
          const t2 = matchChunk(pattern, cs, rest, name, i + 1);
          if (t2 >= 0) {
            if (pi === pattern.length && t2 < name.length) continue;
            ni = t2;
            continue outer;
          }
        }
      }
      return false;
    }
    return ni === name.length;
  } catch (e) {
    if (e === BAD_PATTERN) return BAD_PATTERN;
    throw e;
  }
}

const enc = new TextEncoder();
const latin = new TextDecoder('latin1');

/**
 * One pattern as a matcher of names given as strings: the same answer as
 * `goMatch(pattern, UTF-8 of name) === true` (a malformed pattern matches nothing, as in
 * Helm's matchers). The shapes `.helmignore` files are made of, in ASCII (`name`,
 * `*.ext`, `prefix*`, `*`), are answered on the string without encoding it; any other
 * pattern goes through goMatch, once the name begins with the pattern's literal start
 * (which every match must: Go matches the first chunk at the start). A `.helmignore` on
 * every chart of a repo then costs a few microseconds a chart, not tens.
 */
export function compileMatcher(pattern: Uint8Array): (name: string) => boolean {
  const special = (c: number) => c === STAR || c === 0x3f || c === 0x5b || c === BACKSLASH;
  const ascii = pattern.every((c) => c < 0x80);
  const firstSpecial = pattern.findIndex(special);
  if (ascii) {
    const text = latin.decode(pattern);
    if (firstSpecial < 0) return (n) => n === text;
    const rest = pattern.subarray(firstSpecial + 1);
    if (!rest.some(special) && pattern[firstSpecial] === STAR) {
      if (pattern.length === 1) return (n) => !n.includes('/');
      if (firstSpecial === 0) {
        // `*lit`: the name ends with lit, and what the star took holds no slash.
        const lit = text.slice(1);
        return (n) => {
          const took = n.length - lit.length;
          return took >= 0 && n.endsWith(lit) && (took === 0 || n.lastIndexOf('/', took - 1) < 0);
        };
      }
      if (firstSpecial === pattern.length - 1) {
        // `lit*`: the name starts with lit, and what the star takes holds no slash.
        const lit = text.slice(0, -1);
        return (n) => n.startsWith(lit) && n.indexOf('/', lit.length) < 0;
      }
    }
  }
  const prefix = firstSpecial < 0 ? pattern : pattern.subarray(0, firstSpecial);
  const start = ascii || prefix.every((c) => c < 0x80) ? latin.decode(prefix) : '';
  return (n) => n.startsWith(start) && goMatch(pattern, enc.encode(n)) === true;
}
