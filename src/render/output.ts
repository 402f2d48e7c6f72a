import jsyaml from 'js-yaml';
import { parseAllDocuments } from 'yaml';
import { K8S_JS_SCHEMA } from '../repo/k8s-yaml.js';

/** A place in a chart's file that Helm named: `<chart name>/templates/x.yaml`, line and column when it said. */
export interface HelmPlace {
  /** The path as Helm prints it: the chart's name, then the file inside the chart. */
  template: string;
  line: number;
  /** Go's: a 0-based byte offset in the line (0 also when Helm gave none). */
  column: number;
}

/** Helm's message without its `Error: ` prefix and the advice lines about --debug. */
export function helmMessage(stderr: string): string {
  const lines = stderr
    .split('\n')
    .map((l) => l.trimEnd())
    .filter((l) => l && !/^Use --debug flag to render out invalid YAML$/.test(l));
  // On failure Helm's last words are the error; warnings it printed before it are not.
  const at = lines.findIndex((l) => l.startsWith('Error: '));
  const msg = (at >= 0 ? lines.slice(at) : lines).join(' ').replace(/^Error: /, '').replace(/\s+/g, ' ').trim();
  return msg.length > 1500 ? `${msg.slice(0, 1500)}…` : msg || 'helm template failed and printed nothing';
}

/**
 * Where Helm's message points, when it names a file of the chart:
 * - `parse error at (c/templates/x.yaml:12): ...` (or where an unclosed action started)
 * - `template: c/templates/x.yaml:5:14: executing ...` and `execution error at (c/templates/x.yaml:3:4): ...`
 * - `YAML parse error on c/templates/x.yaml: ...` (the line it gives is of the rendered output, not the template)
 */
export function helmPlace(message: string): HelmPlace | undefined {
  // `parse error at (c/templates/x.yaml:5): unclosed action started at c/templates/x.yaml:4`: the start is the mistake.
  const started = /started at ([^\s():"]+\/(?:templates|crds|charts)\/[^\s():"]+):(\d+)/.exec(message);
  if (started) return { template: started[1], line: Number(started[2]), column: 0 };
  const withLine = /([^\s():"]+\/(?:templates|crds|charts)\/[^\s():"]+):(\d+)(?::(\d+))?/.exec(message);
  if (withLine) return { template: withLine[1], line: Number(withLine[2]), column: withLine[3] ? Number(withLine[3]) : 0 };
  const on = /(?:YAML parse error on|error (?:converting|parsing)[^:]* in|on) ([^\s():"]+\/(?:templates|crds|charts)\/[^\s():"]+?):/.exec(message);
  if (on) return { template: on[1], line: 1, column: 0 };
  return undefined;
}

/** One rendered document that Argo CD cannot apply. */
export interface RenderedProblem {
  /** `# Source:` of the document (`<chart name>/templates/x.yaml`), when Helm wrote one. */
  template?: string;
  message: string;
  /** An object rendered twice: Argo CD keeps the last and warns (not an error). */
  duplicate?: boolean;
}

/**
 * The rendered manifests as Argo CD reads them (kube.SplitYAML into unstructured objects):
 * each document must be a resource with a string `apiVersion` and `kind`, and a name.
 * `helm template` itself lets a document without `kind` through; Argo CD then fails the
 * whole Application ("Object 'Kind' is missing").
 */
export function renderedProblems(stdout: string): RenderedProblem[] {
  const problems: RenderedProblem[] = [];
  // group/kind, namespace, name → the template that rendered it first.
  const seen = new Map<string, string | undefined>();
  // Helm writes each document as `---\n# Source: <chart>/<file>\n...`.
  const chunks = stdout.split(/^---[ \t]*$/m);
  for (const chunk of chunks) {
    const template = /^# Source: (.+)$/m.exec(chunk)?.[1]?.trim();
    // Helm strips only a UTF-8 byte-order mark and renders a template's bytes as they are: a
    // template saved as UTF-16 comes out with NUL bytes, which go-yaml in Argo CD refuses.
    if (chunk.includes('\0')) {
      problems.push({ template, message: 'renders text holding NUL bytes, as a template saved as UTF-16 does: Helm reads templates as UTF-8 (its actions in UTF-16 are not even seen) and Argo CD refuses a manifest that is not UTF-8 text; save the template as UTF-8' });
      continue;
    }
    const docs = decodeLikeArgo(chunk);
    if ('error' in docs) {
      problems.push({ template, message: `renders YAML that does not parse: ${docs.error}` });
      continue;
    }
    for (const d of docs.values) {
      if (d === null || d === undefined) continue;
      // A List with no items (an empty `range`) is nothing to Argo CD (isNullList).
      if (isNullList(d)) continue;
      const items = isList(d) ? (d as { items: unknown[] }).items : [d];
      for (const v of items) {
        const p = objectProblem(v);
        if (p) {
          problems.push({ template, message: p });
          continue;
        }
        const o = v as { apiVersion: string; kind: string; metadata: { name?: string; generateName?: string; namespace?: unknown } };
        if (!o.metadata.name) continue; // generateName: a new object each time
        const group = o.apiVersion.includes('/') ? o.apiVersion.split('/')[0] : '';
        const key = `${group}/${o.kind}/${typeof o.metadata.namespace === 'string' ? o.metadata.namespace : ''}/${o.metadata.name}`;
        if (seen.has(key)) {
          const first = seen.get(key);
          problems.push({ template, duplicate: true, message: `renders ${o.kind} '${o.metadata.name}' a second time${first && first !== template ? ` (first in ${first})` : ''}: Argo CD keeps the last one and flags the Application (RepeatedResourceWarning)` });
        } else seen.set(key, template);
      }
    }
  }
  return problems;
}

/**
 * The documents as Argo CD decodes them (sigs.k8s.io/yaml, go-yaml v2, not strict): a key
 * set twice keeps its last value, and an unknown or `!!binary` tag is no error. js-yaml
 * first (fast, the cluster's scalars); what it refuses is read with the `yaml` library in
 * YAML 1.1 mode, whose verdict stands.
 */
function decodeLikeArgo(chunk: string): { values: unknown[] } | { error: string } {
  try {
    return { values: jsyaml.loadAll(chunk, undefined, { schema: K8S_JS_SCHEMA, json: true } as jsyaml.LoadOptions) };
  } catch {
    /* decided below */
  }
  const docs = parseAllDocuments(chunk, { version: '1.1', uniqueKeys: false, prettyErrors: false });
  const list = Array.isArray(docs) ? docs : [docs];
  const error = list.flatMap((d) => d.errors)[0];
  if (error) return { error: error.message.split('\n')[0] };
  return { values: list.map((d) => d.toJS({ maxAliasCount: 1000 }) as unknown) };
}

function isNullList(d: unknown): boolean {
  if (d === null || typeof d !== 'object' || Array.isArray(d)) return false;
  const o = d as Record<string, unknown>;
  return typeof o.kind === 'string' && o.kind.endsWith('List') && (o.items === null || o.items === undefined);
}

function isList(d: unknown): boolean {
  if (d === null || typeof d !== 'object' || Array.isArray(d)) return false;
  const o = d as Record<string, unknown>;
  return typeof o.kind === 'string' && o.kind.endsWith('List') && Array.isArray(o.items);
}

function objectProblem(v: unknown): string | undefined {
  if (v === null || typeof v !== 'object' || Array.isArray(v)) return `renders a document that is ${Array.isArray(v) ? 'a list' : `a ${typeof v}`}, not a Kubernetes object`;
  const o = v as Record<string, unknown>;
  const missing = ['apiVersion', 'kind'].filter((k) => typeof o[k] !== 'string' || !(o[k] as string).trim());
  if (missing.length) return `renders an object without ${missing.map((k) => `\`${k}\``).join(' and ')}${describe(o)}: Argo CD refuses the whole Application ("Object 'Kind' is missing")`;
  const meta = o.metadata !== null && typeof o.metadata === 'object' ? (o.metadata as Record<string, unknown>) : {};
  const named = (typeof meta.name === 'string' && meta.name.trim()) || (typeof meta.generateName === 'string' && meta.generateName.trim());
  if (!named) return `renders ${o.kind as string} without \`metadata.name\`: the sync fails ("resource name may not be empty")`;
  return undefined;
}

function describe(o: Record<string, unknown>): string {
  const keys = Object.keys(o).slice(0, 4);
  return keys.length ? ` (keys: ${keys.join(', ')})` : ' (an empty mapping)';
}
