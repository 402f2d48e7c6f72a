import { Document, LineCounter, Pair, Scalar, isMap, isPair, isScalar, isSeq, parseAllDocuments, visit, type Node } from 'yaml';
import type { Position } from './types.js';

/**
 * YAML with source positions, through the `yaml` library's document model.
 * One parse per file; positions are looked up from the kept nodes on demand.
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
  lineCounter: LineCounter;
}

/** How many alias dereferences a document may make: enough for real anchors, far too few for a billion laughs. */
const MAX_ALIAS_COUNT = 100;

export function parseYaml(text: string): ParsedFile {
  const lineCounter = new LineCounter();
  const all = parseAllDocuments(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const errors: YamlError[] = [];
  const docs: ParsedDoc[] = [];
  // parseAllDocuments returns an EmptyStream (no documents) for empty input.
  const list = Array.isArray(all) ? all : [];
  for (const doc of list) {
    for (const e of doc.errors) {
      const p = lineCounter.linePos(errorOffset(doc, e));
      errors.push({ message: firstLine(e.message), line: p.line, column: p.col });
    }
    if (doc.errors.length) continue;
    try {
      docs.push({ doc, value: doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT }) });
    } catch (err) {
      docs.push({ doc, value: undefined, conversionError: (err as Error).message });
    }
  }
  return { docs, errors, lineCounter };
}

/**
 * Where to report a parse error. The library reports an unclosed quoted string where
 * the input ends (often the last line of the file); the user needs the opening quote,
 * so point at the start of the quoted scalar that runs up to the error. Only called
 * for documents that failed to parse: no cost on the hot path.
 */
function errorOffset(doc: Document.Parsed, e: { code: string; message: string; pos: [number, number] }): number {
  if (e.code !== 'MISSING_CHAR' || !/closing .*quote/i.test(e.message)) return e.pos[0];
  let start = e.pos[0];
  visit(doc, {
    Scalar(_k, n) {
      if ((n.type === 'QUOTE_DOUBLE' || n.type === 'QUOTE_SINGLE') && n.range && n.range[1] === e.pos[0]) {
        start = n.range[0];
        return visit.BREAK;
      }
    },
  });
  return start;
}

function firstLine(s: string): string {
  const i = s.indexOf('\n');
  return i < 0 ? s : s.slice(0, i);
}

export type PathSegment = string | number;

/**
 * The position of the node at `path` in a document: the key of the last segment when
 * it exists (so a finding about `spec.source.path` lands on `path:`), else the nearest
 * ancestor that exists. `atValue` points at the value instead of the key.
 */
export function positionOf(pf: ParsedFile, doc: Document.Parsed, path: PathSegment[], atValue = false): Position {
  let node: unknown = doc.contents;
  let best: Node | Scalar | undefined = (doc.contents as Node | null) ?? undefined;
  for (let i = 0; i < path.length; i++) {
    const seg = path[i];
    let pair: Pair | undefined;
    if (isMap(node)) {
      pair = node.items.find((it) => isPair(it) && String(isScalar(it.key) ? it.key.value : it.key) === String(seg)) as Pair | undefined;
      if (!pair) break;
      const last = i === path.length - 1;
      const keyNode = pair.key as Node | undefined;
      if (last && !atValue && keyNode?.range) best = keyNode;
      else if (pair.value && (pair.value as Node).range) best = pair.value as Node;
      else if (keyNode?.range) best = keyNode;
      node = pair.value;
    } else if (isSeq(node) && typeof seg === 'number') {
      const item = node.items[seg] as Node | undefined;
      if (!item) break;
      if (item.range) best = item;
      node = item;
    } else {
      break;
    }
  }
  const offset = best?.range?.[0] ?? 0;
  const p = pf.lineCounter.linePos(offset);
  return { line: p.line, column: p.col };
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
