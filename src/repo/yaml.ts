import { Document, LineCounter, Pair, Scalar, isAlias, isMap, isPair, isScalar, isSeq, parseAllDocuments, visit, type Node } from 'yaml';
import jsyaml from 'js-yaml';
import { K8S_JS_SCHEMA, K8S_YAML_TAGS } from './k8s-yaml.js';
import { MAX_NESTING, tooDeep, tooDeepMessage } from './nesting.js';
import type { Position } from './types.js';

/**
 * YAML for the engine, with two parsers, because almost every file in a platform repo is
 * clean and only a finding needs a position:
 *
 * - `js-yaml` (YAML 1.2 core schema) reads every file: about ten times faster than the
 *   `yaml` library's document model on Applications and charts (measured on 10,000
 *   Applications, see bench/), and it is where validate spends most of its time.
 * - `yaml` (the document model with a LineCounter) re-reads a file only when a rule asks
 *   for a position, and reads outright any file js-yaml refuses (for the exact error line
 *   and column) or that defines anchors (for its alias-count limit against alias bombs).
 *
 * Both resolve plain scalars as Kubernetes does (go-yaml v2: `on` is a boolean; see
 * k8s-yaml.ts) and merge `<<` keys, as Argo CD and Helm do.
 *
 * `loadYaml` is the entry point; `parseYaml` is the full parse with positions.
 */
export interface ParsedDoc {
  doc: Document.Parsed;
  /** The plain value, or undefined when the document could not be converted. */
  value: unknown;
  /** Set when toJS refused the document (alias bomb, ...). */
  conversionError?: string;
}

export interface YamlError {
  message: string;
  line: number;
  column: number;
}

export interface ParsedFile {
  docs: ParsedDoc[];
  errors: YamlError[];
  /** Duplicate keys: go-yaml v2 (Argo CD, Helm) keeps the last value without a word; reported, not refused. */
  duplicates: YamlError[];
  lineCounter: LineCounter;
}

/**
 * How many alias dereferences a document may make (the yaml library's measure: uses of an
 * anchor times the aliases inside it): enough for real values files (a shared `resources`
 * block used by a few hundred components), far too few for a billion laughs (caught at
 * its fifth level).
 */
const MAX_ALIAS_COUNT = 10_000;

/**
 * How many aliases one file may hold. The yaml library scans a document's aliases for each
 * alias it converts, so the cost is quadratic in the aliases of a document (measured with
 * parseYaml on one anchor used n times: 150,000 took 327 s, 10,000 1.3 s, 2,000 0.12-0.21 s):
 * past this many, across all its documents, a file is refused before conversion. Real
 * values files use an anchor tens or hundreds of times.
 */
const MAX_ALIASES_PER_FILE = 2_000;

/**
 * How many nodes a document may expand to through its aliases. The alias counts above do
 * not see a "wide" bomb: one anchor of 20,000 entries used 2,000 times is 2,000 aliases and
 * one dereference each, yet 40 million nodes (1.3 GB as JSON) once Argo CD's and Helm's
 * YAML-to-JSON conversion copies every alias out. Real files that share a block a few
 * hundred times expand to tens of thousands of nodes.
 */
export const MAX_EXPANDED_NODES = 1_000_000;

/** The options both the engine's full parse and its position lookups use. */
// logLevel error: the library's warnings (a collection used as a key, as `{{ .x }}:` reads) go to the console, not into a finding; the engine reports from the document.
const PARSE_OPTIONS = { prettyErrors: false, uniqueKeys: true, schema: 'failsafe', customTags: K8S_YAML_TAGS, merge: true, logLevel: 'error' } as const;

export function parseYaml(text: string): ParsedFile {
  // Refused before parsing: the parser's recursion must stay far from the stack's end (nesting.ts).
  const deep = tooDeep(text);
  if (deep) {
    const lineCounter = new LineCounter();
    return { docs: [], errors: [{ message: tooDeepMessage(deep), ...positionAtOffset(text, deep.offset, lineCounter) }], duplicates: [], lineCounter };
  }
  const first = parseOnce(text, new LineCounter());
  return first.flowIndentAt === undefined ? first.parsed : (reindentedFlow(text, first.flowIndentAt) ?? first.parsed);
}

/** The yaml library's error for a line inside a flow collection indented less than the block around it. */
const FLOW_INDENT = /^Flow (?:map|sequence) in block collection must be sufficiently indented/;

/** How many flow collections of a file may be re-indented (one parse each). */
const MAX_REINDENTED_COLLECTIONS = 20;

/**
 * The yaml library ends a flow collection at a line indented less than the block
 * collection around it (`source: {` ... then `}` at column 1), as YAML 1.2 requires;
 * go-yaml (Argo CD, Helm, kubeconform) ignores indentation inside `[ ]` and `{ }`, and
 * js-yaml too. Such a file is read again with the lines of that collection, from the one
 * the library stopped at to its closing bracket, indented past the bracket that opened it,
 * and positions are mapped back to the text as written (spaces are only added at line
 * starts inside a flow collection, where they change no value). Undefined when that does
 * not give a clean parse.
 */
function reindentedFlow(text: string, firstAt: number): ParsedFile | undefined {
  const pads = new Map<number, number>(); // line (1-based) -> spaces added at its start
  let padded = text;
  let at: number | undefined = firstAt;
  for (let i = 0; i < MAX_REINDENTED_COLLECTIONS && at !== undefined; i++) {
    let lineStart = padded.lastIndexOf('\n', at - 1) + 1;
    const opener = openingBracketColumn(padded, lineStart);
    if (opener === undefined) return undefined;
    // Each line up to the one closing the collection (brackets counted on).
    let line = positionAtOffset(padded, lineStart).line;
    let depth = 1;
    const parts: string[] = [padded.slice(0, lineStart)];
    while (lineStart < padded.length && depth > 0) {
      const end = padded.indexOf('\n', lineStart);
      const text1 = padded.slice(lineStart, end < 0 ? padded.length : end + 1);
      let indent = 0;
      while (text1[indent] === ' ') indent++;
      if (indent <= opener && text1.trim()) {
        if (pads.has(line)) return undefined;
        pads.set(line, opener + 1 - indent);
        parts.push(' '.repeat(opener + 1 - indent));
      }
      parts.push(text1);
      for (const c of text1) {
        if (c === '[' || c === '{') depth++;
        else if ((c === ']' || c === '}') && --depth === 0) break;
      }
      lineStart += text1.length;
      line++;
    }
    parts.push(padded.slice(lineStart));
    padded = parts.join('');
    const lineCounter = new LineCounter();
    const raw = lineCounter.linePos;
    // Positions in the text as written: the same line, less the spaces added to it.
    lineCounter.linePos = (offset: number) => {
      const p = raw(offset);
      return { line: p.line, col: Math.max(1, p.col - (pads.get(p.line) ?? 0)) };
    };
    const next = parseOnce(padded, lineCounter);
    if (next.flowIndentAt === undefined) return next.parsed.errors.length ? undefined : next.parsed;
    at = next.flowIndentAt;
  }
  return undefined;
}

/** The 0-based column of the `[` or `{` left open before `lineStart` (brackets counted backwards, comments and quotes not told apart: a wrong guess only fails the re-read). */
function openingBracketColumn(text: string, lineStart: number): number | undefined {
  let depth = 0;
  for (let i = lineStart - 1; i >= 0; i--) {
    const c = text[i];
    if (c === ']' || c === '}') depth++;
    else if (c === '[' || c === '{') {
      if (depth === 0) return i - (text.lastIndexOf('\n', i - 1) + 1);
      depth--;
    }
  }
  return undefined;
}

/** One parse of `text` with the engine's options and checks; `flowIndentAt`: where the first document's first error is FLOW_INDENT, if it is. */
function parseOnce(text: string, lineCounter: LineCounter): { parsed: ParsedFile; flowIndentAt?: number } {
  const all = parseAllDocuments(text, { ...PARSE_OPTIONS, lineCounter });
  let flowIndentAt: number | undefined;
  const errors: YamlError[] = [];
  const duplicates: YamlError[] = [];
  const docs: ParsedDoc[] = [];
  const at = (offset: number, message: string, into = errors) => {
    const p = lineCounter.linePos(offset);
    into.push({ message, line: p.line, column: p.col });
  };
  // parseAllDocuments returns an EmptyStream (no documents) for empty input.
  const list = Array.isArray(all) ? all : [];
  let fileAliases = 0;
  for (const doc of list) {
    // A duplicate key is no error to Argo CD or Helm (the last one wins): reported apart, the document is still read.
    const dups = doc.errors.filter((e) => e.code === 'DUPLICATE_KEY');
    if (dups.length) {
      const earlier = firstOfDuplicates(doc, new Set(dups.map((e) => e.pos[0])));
      for (const e of dups) {
        const first = earlier.get(e.pos[0]);
        const line = first && lineCounter.linePos(first.offset).line;
        const what = !first ? 'This key is already set above in the same mapping' : first.key === first.firstKey ? `\`${first.key}\` is already set at line ${line} in the same mapping` : `\`${first.key}\` reads as the same key as \`${first.firstKey}\` at line ${line} in the same mapping`;
        at(e.pos[0], `${what}; Argo CD and Helm keep only the last value.`, duplicates);
      }
    }
    // The first syntax error of a document only: the parser goes on past it and reports what
    // the error made of the lines after it (a tab-indented key gives three more errors, on its
    // own line and the next ones), while go-yaml, which Argo CD and Helm read with, stops at
    // the first. Each document is parsed on its own, so each reports its own first error.
    const syntax = doc.errors.find((e) => e.code !== 'DUPLICATE_KEY');
    if (syntax && flowIndentAt === undefined && errors.length === 0 && syntax.code === 'BAD_INDENT' && FLOW_INDENT.test(syntax.message)) flowIndentAt = syntax.pos[0];
    const indented = syntax && overIndentedKey(doc, syntax, text);
    if (indented) at(indented.offset, indented.message);
    else if (syntax) {
      const message = errorMessage(syntax.message);
      // Unreachable below MAX_NESTING, kept as a guard. Where the stack ran out depends on the
      // caller's depth (another thread): reported where the document starts, the same every run.
      at(message === STACK_MESSAGE ? (doc.range?.[0] ?? 0) : errorOffset(doc, syntax, text), message);
    }
    if (doc.errors.length > dups.length) continue;
    const aliases = checkAliases(doc);
    if (aliases.bad) {
      at(aliases.bad.offset, aliases.bad.message);
      continue;
    }
    fileAliases += aliases.count;
    const expanded = aliases.count ? expandedNodes(doc.contents) : 0;
    if (expanded > MAX_EXPANDED_NODES) {
      docs.push({ doc, value: undefined, conversionError: `The document expands to more than ${MAX_EXPANDED_NODES.toLocaleString('en-US')} nodes through its ${aliases.count} aliases (an alias bomb): Argo CD and Helm copy every alias out when they convert it to JSON.` });
      continue;
    }
    if (fileAliases > MAX_ALIASES_PER_FILE) {
      docs.push({ doc, value: undefined, conversionError: `The document holds ${aliases.count} aliases, and the file ${fileAliases} up to it: more than the ${MAX_ALIASES_PER_FILE} a file may hold.` });
      continue;
    }
    try {
      docs.push({ doc, value: doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT }) });
    } catch (err) {
      docs.push({ doc, value: undefined, conversionError: (err as Error).message });
    }
  }
  return { parsed: { docs, errors, duplicates, lineCounter }, flowIndentAt };
}

/**
 * For each duplicate key (at the offsets the parser reported), the key as written, and the
 * first key of that mapping reading the same: as written, and where it is. Keys compare as the parser does
 * (YAML 1.1 booleans alike: `on` and `y`). Only called for documents with duplicates.
 */
function firstOfDuplicates(doc: Document.Parsed, offsets: ReadonlySet<number>): Map<number, { key: string; firstKey: string; offset: number }> {
  const out = new Map<number, { key: string; firstKey: string; offset: number }>();
  const written = (key: Node) => (isScalar(key) && typeof key.source === 'string' ? key.source : String(isScalar(key) ? key.value : key));
  visit(doc, {
    Map(_k, map) {
      const seen = new Map<string, Node>();
      for (const pair of map.items) {
        const key = pair.key as Node | null;
        const start = key?.range?.[0];
        if (!key || start === undefined) continue;
        const id = isScalar(key) ? `${typeof key.value}:${String(key.value)}` : String(key);
        const first = seen.get(id);
        if (!first) seen.set(id, key);
        else if (offsets.has(start)) out.set(start, { key: written(key), firstKey: written(first), offset: first.range![0] });
      }
    },
  });
  return out;
}

/**
 * One linear walk before conversion: counts the aliases, and finds the first alias
 * that names no earlier anchor (go-yaml: "unknown anchor") or one of its own enclosing
 * nodes (go-yaml: "anchor value contains itself"; converted, it would be a cycle), or
 * the first merge key `<<` whose value is not a mapping, an alias of one, or a list of
 * those (go-yaml: "map merge requires map or sequence of maps as the value"; the yaml
 * library would throw while converting, which is no alias bomb and has no position).
 */
function checkAliases(doc: Document.Parsed): { count: number; bad?: { offset: number; message: string } } {
  if (!doc.contents) return { count: 0 };
  // The latest node defined under each anchor so far: what an alias met next refers to (go-yaml's rule).
  const anchors = new Map<string, Node>();
  let count = 0;
  let bad: { offset: number; message: string } | undefined;
  const isMapping = (n: unknown) => isMap(isAlias(n) ? anchors.get(n.source) : n);
  visit(doc, {
    Alias(_k, a, path) {
      count++;
      if (bad) return;
      const offset = a.range?.[0] ?? 0;
      if (!anchors.has(a.source)) bad = { offset, message: `Unknown alias *${a.source}: no anchor &${a.source} comes before it.` };
      else if (path.some((p) => (p as { anchor?: string }).anchor === a.source)) bad = { offset, message: `Alias *${a.source} refers to a node that contains it.` };
    },
    Pair(_k, pair) {
      if (bad) return;
      const key = pair.key as Node | null;
      const keyIssue = keyProblem(key, anchors);
      if (keyIssue) {
        bad = { offset: key?.range?.[0] ?? (pair.value as Node | null)?.range?.[0] ?? 0, message: keyIssue };
        return;
      }
      if (!isMergeKey(key)) return;
      const v = pair.value as Node | null;
      // Aliases are checked by the Alias visitor first: an unknown one is reported as such.
      if (isAlias(v) && !anchors.has(v.source)) return;
      // In a list, the first item that is not a mapping is the one to fix.
      const wrong = isSeq(v) ? (v.items as Node[]).find((it) => !(isAlias(it) && !anchors.has(it.source)) && !isMapping(it)) : isMapping(v) ? undefined : v;
      if (wrong === undefined) return;
      // An empty value (`<<:` and nothing) has no text of its own: the key is what to point at.
      const empty = !wrong || (isScalar(wrong) && wrong.source === '');
      const offset = (empty ? undefined : wrong.range?.[0]) ?? (pair.key as Node).range?.[0] ?? 0;
      const what = `${isSeq(v) ? 'a list item that is ' : ''}${mergeValueType(wrong, anchors)}`;
      bad = { offset, message: `The merge key \`<<\` takes a mapping, an alias of one, or a list of them, not ${what}: go-yaml, which Argo CD and Helm read YAML with, refuses the file ("map merge requires map or sequence of maps as the value").` };
    },
    Node(_k, n) {
      const anchor = (n as { anchor?: string }).anchor;
      if (anchor) anchors.set(anchor, n);
    },
  });
  return { count, bad };
}

/**
 * Why go-yaml or sigs.k8s.io/yaml refuses a mapping key, if it does: a list or a mapping
 * as a key (go-yaml: "invalid map key"), or a null key (`~:`, `null:`, an empty `? `),
 * which go-yaml keeps but the conversion to JSON that Argo CD and Helm make refuses
 * ("unsupported map key of type: <nil>"). js-yaml and the yaml library turn both into
 * strings ("a,b", "[object Object]", "null") without a word.
 */
function keyProblem(key: Node | null, anchors: ReadonlyMap<string, Node>): string | undefined {
  const k = isAlias(key) ? anchors.get(key.source) : key;
  if (isMap(k) || isSeq(k)) return `A mapping key that is ${isMap(k) ? 'a mapping' : 'a list'}: go-yaml, which Argo CD and Helm read YAML with, refuses the file ("invalid map key"); write the key as a string.`;
  if (k === null || (isScalar(k) && k.value === null)) {
    const written = isScalar(key) && key.source ? `\`${key.source}\`` : 'empty';
    return `A mapping key that is null (${written}): sigs.k8s.io/yaml, which Argo CD and Helm convert YAML to JSON with, refuses the file ("unsupported map key of type: <nil>"); quote the key if it is meant as a string.`;
  }
  return undefined;
}

/** A merge key as the yaml library composes it with `merge: true`: a plain `<<` (or `!!merge <<`), its value a symbol. */
function isMergeKey(key: unknown): boolean {
  return isScalar(key) && typeof key.value === 'symbol' && key.value.description === '<<';
}

/** What a merge value that is not a mapping is, for the message: "null", "a string", "an alias of a list". */
function mergeValueType(v: Node | null, anchors: ReadonlyMap<string, Node>): string {
  if (isAlias(v)) return `an alias of ${mergeValueType(anchors.get(v.source) ?? null, anchors)}`;
  if (v === null || (isScalar(v) && v.value === null)) return 'null';
  return aType(isScalar(v) ? v.value : isSeq(v) ? [] : v);
}

/**
 * How many nodes `root` is once every alias is copied out (a scalar or an empty collection
 * counts 1, a pair its key and value), counted without copying: an alias counts what its
 * anchor's node counted, the latest definition before it (go-yaml's rule). Stops counting
 * past MAX_EXPANDED_NODES. Only called on documents with aliases, after checkAliases refused
 * unknown and self-containing ones; nesting is bounded (MAX_NESTING), so recursion is safe.
 */
export function expandedNodes(root: unknown): number {
  const sizes = new Map<string, number>();
  const count = (n: unknown): number => {
    if (!n || typeof n !== 'object') return 1;
    let size = 1;
    if (isAlias(n)) size = sizes.get(n.source) ?? 1;
    else if (isPair(n)) size = count(n.key) + count(n.value);
    else if (isMap(n) || isSeq(n)) {
      for (const item of n.items as unknown[]) {
        size += count(item);
        if (size > MAX_EXPANDED_NODES) break;
      }
    }
    const anchor = (n as { anchor?: string }).anchor;
    if (anchor) sizes.set(anchor, size);
    return Math.min(size, MAX_EXPANDED_NODES + 1);
  };
  return count(root);
}

/**
 * Where to report a parse error. Only called for documents that failed to parse: no
 * cost on the hot path.
 * - The library reports an unclosed quoted string where the input ends (often the last
 *   line of the file); the user needs the opening quote, so point at the start of the
 *   quoted scalar that runs up to the error.
 * - An unclosed flow collection (`{name: cart` with no `}`) is reported where the parser
 *   gave up, often the next key; point at the `{` or `[` that was never closed.
 * - A mapping item out of line ("All mapping items must start at the same column") is
 *   reported at the start of its line; point at the key itself.
 */
function errorOffset(doc: Document.Parsed, e: { code: string; message: string; pos: [number, number] }, text: string): number {
  const pos = e.pos[0];
  let start = pos;
  if (e.code === 'BAD_INDENT' && /same column/.test(e.message)) {
    // The library points at the indentation before a misaligned key: the key is what is misplaced.
    while (text[start] === ' ') start++;
    if (text[start] === '\n' || text[start] === '\r' || start >= text.length) start = pos;
  } else if (e.code === 'MISSING_CHAR' && /closing .*quote/i.test(e.message)) {
    visit(doc, {
      Scalar(_k, n) {
        if ((n.type === 'QUOTE_DOUBLE' || n.type === 'QUOTE_SINGLE') && n.range && n.range[1] === pos) {
          start = n.range[0];
          return visit.BREAK;
        }
      },
    });
  } else if (/^(?:Flow (?:map|sequence)|Expected flow)/i.test(e.message)) {
    visit(doc, {
      Collection(_k, n) {
        if (n.flow && n.range && n.range[1] === pos && n.range[0] < start) start = n.range[0];
      },
    });
  }
  return start;
}

/**
 * A key indented further than the key above it (`project: default` then `   source:`):
 * YAML reads the line as more of the value above, and the `:` after it makes that value
 * a key spanning lines. The parser reports that at the value on the line above ("Nested
 * mappings are not allowed in compact mappings", "Implicit keys need to be on a single
 * line"); go-yaml reports the line of the `:`, which is the line to fix. Only called for
 * a document that failed to parse.
 */
function overIndentedKey(doc: Document.Parsed, first: { code: string; pos: [number, number] }, text: string): { offset: number; message: string } | undefined {
  if (first.code !== 'BLOCK_AS_IMPLICIT_KEY' && first.code !== 'MULTILINE_IMPLICIT_KEY') return undefined;
  // The multi-line key starts where the first error is and ends at its `:`.
  const key = doc.errors.find((e) => e.code === 'MULTILINE_IMPLICIT_KEY' && e.pos[0] === first.pos[0]);
  if (!key) return undefined;
  const colon = key.pos[1];
  const lineStart = text.lastIndexOf('\n', colon - 1) + 1;
  if (lineStart <= first.pos[0]) return undefined;
  let offset = lineStart;
  while (text[offset] === ' ') offset++;
  const above = positionAtOffset(text, first.pos[0]).line;
  return { offset, message: `This line is indented further than the key above it, so YAML reads it as more of the value on line ${above}, and a \`:\` cannot follow a value spanning lines (go-yaml: "mapping values are not allowed in this context"); start the key at the column of the other keys of its mapping.` };
}

/** The parser's message, first line; a stack overflow is this validator's limit, not a syntax error, and says so. */
const STACK_MESSAGE = 'Collections in this document nest deeper than this validator can read (it ran out of stack); Helm and Argo CD may read the file, but such nesting is almost certainly a mistake.';

function errorMessage(s: string): string {
  return /Maximum call stack size exceeded/.test(s) ? STACK_MESSAGE : firstLine(s);
}

function firstLine(s: string): string {
  const i = s.indexOf('\n');
  return i < 0 ? s : s.slice(0, i);
}

/**
 * The 1-based line and column of `offset` in `text` (columns in UTF-16 code units, as the
 * yaml library counts them), for an error found without the parser. Fills `lineCounter`
 * with the line starts up to the offset.
 */
export function positionAtOffset(text: string, offset: number, lineCounter = new LineCounter()): Position {
  lineCounter.addNewLine(0);
  for (let i = text.indexOf('\n'); i >= 0 && i < offset; i = text.indexOf('\n', i + 1)) lineCounter.addNewLine(i + 1);
  const p = lineCounter.linePos(offset);
  return { line: p.line, column: p.col };
}

export type PathSegment = string | number;

/** What a parsed value is, for a message: "a list", "a mapping", "null" (never "a object"). */
export function aType(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'a list';
  if (v instanceof Uint8Array) return 'binary data';
  if (v instanceof Date) return 'a timestamp';
  if (typeof v === 'object') return 'a mapping';
  return `a ${typeof v}`;
}

/** A document's plain value, as a rule sees it. */
export interface YamlDoc {
  value: unknown;
  /** Set when the document could not be converted (alias bomb). */
  conversionError?: string;
}

const isPresent = (v: unknown) => v !== null && v !== undefined;

/** Anchors make aliases possible; only the `yaml` parser limits how far they expand. */
export const ANCHOR = /&[^\s]/;

/**
 * Text that may hold a mapping key go-yaml or sigs.k8s.io/yaml refuses (see keyProblem),
 * which js-yaml would read as a string: an explicit `? ` key, a flow collection before a
 * `:`, a null or empty key. Such a file is read by the yaml library, which checks its
 * keys; a false match only costs that slower parse.
 */
const ODD_KEY = /^[ \t]*(?:-[ \t]+)*[?:](?:[ \t]|$)|[\]}][ \t]*:(?:[ \t\r]|$)|(?:^|[ \t,{[])(?:~|null|Null|NULL)[ \t]*:(?:[ \t\r]|$)|[{,][ \t]*:[ \t]/m;

/** One YAML file: its documents' values, its errors, and positions on demand. */
export class YamlFile {
  private full?: ParsedFile;
  /** Which documents are non-empty, kept after release() for matching the two parsers' documents. */
  private readonly present: boolean[];

  private constructor(
    private readonly text: string,
    public docs: YamlDoc[],
    readonly errors: YamlError[],
    full?: ParsedFile,
    /** Keys set twice in one mapping (the last value is kept, as go-yaml v2 does). */
    readonly duplicates: YamlError[] = [],
  ) {
    this.full = full;
    this.present = docs.map((d) => isPresent(d.value));
  }

  static load(text: string): YamlFile {
    if (!ANCHOR.test(text) && !ODD_KEY.test(text)) {
      try {
        // A file deeper than MAX_NESTING is refused here and reported by parseYaml (nesting.ts).
        const values = jsyaml.loadAll(text, undefined, { schema: K8S_JS_SCHEMA, maxDepth: MAX_NESTING + 1 } as jsyaml.LoadOptions);
        return new YamlFile(text, values.map((value) => ({ value })), []);
      } catch {
        // Refused: the full parse below gives the error with its exact position.
      }
    }
    const full = parseYaml(text);
    return new YamlFile(text, full.docs.map(({ value, conversionError }) => ({ value, conversionError })), full.errors, full, full.duplicates);
  }

  /** The full parse, made on first use, and the document in it that is `docs[docIndex]`. */
  private locate(docIndex: number): { pf: ParsedFile; doc: Document.Parsed } | undefined {
    if (!this.full) this.full = parseYaml(this.text);
    const pf = this.full;
    if (pf.docs.length === this.docs.length && pf.docs[docIndex]) return { pf, doc: pf.docs[docIndex].doc };
    // The two parsers may count empty documents differently: match by the ordinal among non-empty ones.
    let ordinal = 0;
    for (let i = 0; i < docIndex; i++) if (this.present[i]) ordinal++;
    for (const d of pf.docs) {
      if (!isPresent(d.value)) continue;
      if (ordinal-- === 0) return { pf, doc: d.doc };
    }
    return undefined;
  }

  /** Where `path` is in document `docIndex` (see positionOf); line 1 when it cannot be told. */
  position(docIndex: number, path: PathSegment[], atValue = false): Position {
    const at = this.locate(docIndex);
    return at ? positionOf(at.pf, at.doc, path, atValue) : { line: 1, column: 1 };
  }

  /**
   * Drops the documents' values once the per-file rules have read them; positions stay
   * available (from the text). A repo's records then hold a string per file, not a tree.
   */
  release(): void {
    if (this.docs.length) this.docs = this.docs.map(() => ({ value: undefined }));
    if (this.full) this.full = undefined;
  }

  /** The text of the scalar at `path` as written in the file (`on` for a boolean written `on`), when there is one. */
  source(docIndex: number, path: PathSegment[]): string | undefined {
    const at = this.locate(docIndex);
    const node = at ? nodeAt(at.doc, path) : undefined;
    return isScalar(node) && typeof node.source === 'string' ? node.source : undefined;
  }

  /** Where document `docIndex` starts (its first content line). */
  docPosition(docIndex: number): Position {
    const at = this.locate(docIndex);
    return at ? docPosition(at.pf, at.doc) : { line: 1, column: 1 };
  }
}

export function loadYaml(text: string): YamlFile {
  return YamlFile.load(text);
}

/**
 * The position of the node at `path` in a document: the key of the last segment when
 * it exists (so a finding about `spec.source.path` lands on `path:`), else the nearest
 * ancestor that exists. `atValue` points at the value instead of the key.
 *
 * A missing key is reported at its parent's key (`spec:` for a missing `spec.project`),
 * or at its list item, or at the document for a top-level key: the line that is fine but
 * lacks something, not the first sibling key inside it (which is fine and complete).
 */
export function positionOf(pf: ParsedFile, doc: Document.Parsed, path: PathSegment[], atValue = false): Position {
  let node: unknown = doc.contents;
  let best: Node | Scalar | undefined = (doc.contents as Node | null) ?? undefined;
  // Where a missing next segment is reported: the key (or list item) that holds it.
  let holder = best;
  for (let i = 0; i < path.length; i++) {
    const seg = path[i];
    let pair: Pair | undefined;
    if (isMap(node)) {
      pair = lastPair(node.items, seg, doc);
      if (!pair) {
        best = holder;
        break;
      }
      const last = i === path.length - 1;
      const keyNode = pair.key as Node | undefined;
      if (last && !atValue && keyNode?.range) best = keyNode;
      else if (pair.value && (pair.value as Node).range) best = pair.value as Node;
      else if (keyNode?.range) best = keyNode;
      holder = keyNode?.range ? keyNode : best;
      node = pair.value;
    } else if (isSeq(node) && typeof seg === 'number') {
      const item = node.items[seg] as Node | undefined;
      if (!item) {
        best = holder;
        break;
      }
      if (item.range) best = item;
      holder = best;
      node = item;
    } else {
      break;
    }
  }
  const offset = best?.range?.[0] ?? 0;
  const p = pf.lineCounter.linePos(offset);
  return { line: p.line, column: p.col };
}

/**
 * The pair of key `seg` in a mapping's items: the last one, as go-yaml v2 (Argo CD, Helm)
 * keeps the last of duplicate keys, so a finding lands on the value that takes effect.
 * A key the mapping only has through a merge key (`<<: *base`) is found where it is
 * written, in the merged mapping: the first merge source holding it, as the values are
 * read (the yaml library's and js-yaml's rule: keys written in the mapping come first).
 */
function lastPair(items: readonly unknown[], seg: PathSegment, doc: Document.Parsed, depth = 0): Pair | undefined {
  for (let i = items.length - 1; i >= 0; i--) {
    const it = items[i];
    if (isPair(it) && !isMergeKey(it.key) && String(isScalar(it.key) ? it.key.value : it.key) === String(seg)) return it as Pair;
  }
  // Merge sources nest (a merged mapping may merge another); the bound only guards the recursion.
  if (depth >= MAX_NESTING) return undefined;
  for (const it of items) {
    if (!isPair(it) || !isMergeKey(it.key)) continue;
    const v = it.value;
    for (const source of isSeq(v) ? v.items : [v]) {
      const m = isAlias(source) ? source.resolve(doc) : source;
      const found = isMap(m) ? lastPair(m.items, seg, doc, depth + 1) : undefined;
      if (found) return found;
    }
  }
  return undefined;
}

/** The node at `path`, taking the last of duplicate keys (see lastPair). */
function nodeAt(doc: Document.Parsed, path: PathSegment[]): unknown {
  let node: unknown = doc.contents;
  for (const seg of path) {
    if (isMap(node)) node = lastPair(node.items, seg, doc)?.value;
    else if (isSeq(node) && typeof seg === 'number') node = node.items[seg];
    else return undefined;
  }
  return node;
}

/** The start position of a document (its first content line). */
export function docPosition(pf: ParsedFile, doc: Document.Parsed): Position {
  const offset = (doc.contents as Node | null)?.range?.[0] ?? doc.range?.[0] ?? 0;
  const p = pf.lineCounter.linePos(offset);
  return { line: p.line, column: p.col };
}

/** Splits an Ajv/JSON-pointer instancePath into segments (numbers for array indexes). */
export function pointerToPath(pointer: string): PathSegment[] {
  if (!pointer) return [];
  return pointer
    .split('/')
    .slice(1)
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'))
    .map((s) => (/^\d+$/.test(s) ? Number(s) : s));
}
