import jsyaml from 'js-yaml';
import { K8S_JS_SCHEMA } from '../repo/k8s-yaml.js';

/** A place in a chart's file that Helm named: `<chart name>/templates/x.yaml`, line and column when it said. */
export interface HelmPlace {
  /** The path as Helm prints it: the chart's name, then the file inside the chart. */
  template: string;
  line: number;
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
  if (started) return { template: started[1], line: Number(started[2]), column: 1 };
  const withLine = /([^\s():"]+\/(?:templates|crds|charts)\/[^\s():"]+):(\d+)(?::(\d+))?/.exec(message);
  if (withLine) return { template: withLine[1], line: Number(withLine[2]), column: withLine[3] ? Number(withLine[3]) : 1 };
  const on = /(?:YAML parse error on|error (?:converting|parsing)[^:]* in|on) ([^\s():"]+\/(?:templates|crds|charts)\/[^\s():"]+?):/.exec(message);
  if (on) return { template: on[1], line: 1, column: 1 };
  return undefined;
}

/** One rendered document that Argo CD cannot apply. */
export interface RenderedProblem {
  /** `# Source:` of the document (`<chart name>/templates/x.yaml`), when Helm wrote one. */
  template?: string;
  message: string;
}

/**
 * The rendered manifests as Argo CD reads them (kube.SplitYAML into unstructured objects):
 * each document must be a resource with a string `apiVersion` and `kind`, and a name.
 * `helm template` itself lets a document without `kind` through; Argo CD then fails the
 * whole Application ("Object 'Kind' is missing").
 */
export function renderedProblems(stdout: string): RenderedProblem[] {
  const problems: RenderedProblem[] = [];
  // Helm writes each document as `---\n# Source: <chart>/<file>\n...`.
  const chunks = stdout.split(/^---[ \t]*$/m);
  for (const chunk of chunks) {
    const template = /^# Source: (.+)$/m.exec(chunk)?.[1]?.trim();
    let docs: unknown[];
    try {
      docs = jsyaml.loadAll(chunk, undefined, { schema: K8S_JS_SCHEMA } as jsyaml.LoadOptions);
    } catch (e) {
      problems.push({ template, message: `renders YAML that does not parse: ${(e as Error).message.split('\n')[0]}` });
      continue;
    }
    for (const d of docs) {
      if (d === null || d === undefined) continue;
      const items = isList(d) ? (d as { items: unknown[] }).items : [d];
      for (const v of items) {
        const p = objectProblem(v);
        if (p) problems.push({ template, message: p });
      }
    }
  }
  return problems;
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
