import { Document, isMap, isScalar, parse, visit, type Scalar } from 'yaml';

/**
 * Building YAML through the `yaml` document model: values become nodes, never pasted
 * into text. One set of stringify options everywhere, so output is byte-stable.
 */
export const STRINGIFY_OPTIONS = { lineWidth: 0, minContentWidth: 0, indentSeq: true } as const;

export function newDoc(value: unknown, header?: string): Document {
  const doc = new Document(value, { aliasDuplicateObjects: false });
  if (header) doc.commentBefore = commentText(header);
  return doc;
}

/** Attaches a comment above the key at `path` (a list of map keys). */
export function commentKey(doc: Document, path: string[], comment: string): void {
  let node: unknown = doc.contents;
  for (let i = 0; i < path.length; i++) {
    if (!isMap(node)) throw new Error(`commentKey: ${path.slice(0, i).join('.')} is not a map`);
    const pair = node.items.find((p) => isScalar(p.key) && (p.key as Scalar).value === path[i]);
    if (!pair) throw new Error(`commentKey: no key ${path.slice(0, i + 1).join('.')}`);
    if (i === path.length - 1) {
      (pair.key as Scalar).commentBefore = commentText(comment);
      return;
    }
    node = pair.value;
  }
}

/** Forces double quotes on a string scalar at `path` (e.g. a tag like 1.10 that must stay a string). */
export function quoteAt(doc: Document, path: string[]): void {
  const node = doc.getIn(path, true);
  if (isScalar(node)) node.type = 'QUOTE_DOUBLE';
}

function commentText(c: string): string {
  return c
    .split('\n')
    .map((l) => (l === '' ? '' : ` ${l}`))
    .join('\n');
}

export function render(doc: Document): string {
  quoteYaml11Ambiguous(doc);
  const s = doc.toString(STRINGIFY_OPTIONS);
  return s.endsWith('\n') ? s : `${s}\n`;
}

/**
 * Kubernetes, Helm and Argo CD read YAML as 1.1, where a plain `yes`, `no`, `on`, `off`,
 * `y`, `n`, `0777` or `1:20` is not a string. The stringifier quotes only what YAML 1.2
 * would misread, so string values (a service called `on`, a namespace called `yes`) that
 * 1.1 would misread get double quotes here. Keys are left alone (a workflow's `on:` is a key).
 */
function quoteYaml11Ambiguous(doc: Document): void {
  visit(doc, {
    Scalar(key, node) {
      if (key === 'key' || node.type || typeof node.value !== 'string' || node.value === '' || node.value.includes('\n')) return;
      let read: unknown;
      try {
        read = parse(node.value, { version: '1.1' });
      } catch {
        return; // not a plain scalar at all: the stringifier quotes it anyway
      }
      // Only a scalar of another type; a value that reads as a map or list is quoted by the stringifier already.
      if (read === null || ['boolean', 'number', 'bigint'].includes(typeof read) || read instanceof Date) node.type = 'QUOTE_DOUBLE';
    },
  });
}
