/**
 * policy-on-validate: the values a chart runs with when its Application overrides some.
 *
 * The policy reads a chart's values.yaml wherever a template prints from values (a
 * `toYaml .Values.securityContext` block, `{{ .Values.hostNetwork }}`, a PDB in
 * `{{- if .Values.pdb.enabled }}`). An Application can change those values: `helm.valueFiles`,
 * `helm.values` / `helm.valuesObject`, `helm.parameters`. Judged at values.yaml alone, an
 * Application that sets `privileged: true` or switches its PDB off would pass. So the values
 * are computed as Helm computes them for the command line Argo CD runs (render/plan.ts: the
 * value files in order, then the Application's values, then the parameters): the user's value
 * files merged among themselves (mergeMaps), the parameters parsed into them (strvals
 * ParseInto), the result coalesced over the chart's values.yaml (CoalesceValues). They go on
 * the chart's Chart.yaml entry in the input (`effective_values`, with the Applications they
 * come from in `values_from`): every chart has one, values.yaml or not, and it travels with the
 * chart's other files when the gate evaluates a large repo in batches. The policy reads those
 * values instead of values.yaml.
 *
 * Only when every Application of the chart that overrides anything ends with the same values:
 * a chart two Applications run with different values is judged at values.yaml (the layout
 * gives each chart one Application). Overrides that cannot be read here (a value file of
 * another repository or a URL, `fileParameters`, `.argocd-source*.yaml`) are left out.
 */
import jsyaml from 'js-yaml';
import { K8S_JS_SCHEMA } from '../repo/k8s-yaml.js';
import { readTextFileSync } from '../repo/files.js';
import { normalizeRepoUrl } from '../repo/git-url.js';
import { fromChart, normalizeRepoPath, staysInside } from '../repo/paths.js';
import type { RepoModel } from '../repo/types.js';

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

export interface ChartValues {
  values: Obj;
  /** The Application files whose overrides went into `values`. */
  from: string[];
  /** Where the first of them sets them: its file, document, the field of the source's `helm` block, and its parameter names (for a finding's line). */
  at: { path: string; document: number; field: (string | number)[]; parameters: string[] };
}

/**
 * Helm's merge of the user's value files among themselves (pkg/cli/values, mergeMaps): a map
 * merges into a map key by key, anything else (a list, a scalar, a null) replaces. A null is
 * kept here: a later file can still set the key again (a map after `securityContext: null`
 * is the last word on the key only if no later file sets it: Helm then deletes the chart's
 * key when coalescing (below), and a later map brings the chart's keys back instead.
 */
export function mergeMaps(base: Obj, over: Obj): Obj {
  const out: Obj = { ...base };
  for (const [k, v] of Object.entries(over)) {
    const prev = out[k];
    out[k] = isObj(v) && isObj(prev) ? mergeMaps(prev, v) : v;
  }
  return out;
}

/**
 * Helm's coalescing of the user's values over the chart's values.yaml (pkg/chartutil,
 * CoalesceValues / coalesceTablesFullKey): a key the user does not set takes the chart's
 * value; a null the user sets deletes the chart's key; two maps coalesce key by key; else the
 * user's value stays (a user null for a key the chart does not have stays null: unset).
 */
export function coalesceValues(chart: Obj, user: Obj): Obj {
  const out: Obj = { ...user };
  for (const [k, cv] of Object.entries(chart)) {
    if (!(k in out)) out[k] = cv;
    else if (out[k] === null) delete out[k];
    else if (isObj(out[k]) && isObj(cv)) out[k] = coalesceValues(cv, out[k] as Obj);
  }
  return out;
}

/**
 * The values a chart runs with: the chart's values.yaml, and over it the user's layers
 * (value files, then values/valuesObject: mergeMaps) with the parameters parsed into them.
 */
export function helmValues(chart: Obj, files: Obj[], parameters: Parameter[] = []): Obj {
  const user = files.reduce<Obj>((acc, l) => mergeMaps(acc, l), {});
  // Argo CD passes parameters as `--set`, and those with forceString as `--set-string`,
  // which Helm applies after every `--set` (pkg/cli/values, MergeValues).
  for (const forced of [false, true]) {
    for (const p of parameters) {
      if (p.forceString !== forced) continue;
      const path = setPath(p.name);
      if (path) parseInto(user, path, setValue(p.value, forced));
    }
  }
  return coalesceValues(chart, user);
}

export interface Parameter {
  name: string;
  value: string;
  forceString: boolean;
}

/** Go's strconv.ParseInt(v, 10, 64): an optional sign and decimal digits, within int64. */
function parseInt64(v: string): number | undefined {
  if (!/^[+-]?\d+$/.test(v)) return undefined;
  const n = BigInt(v);
  return n >= -(2n ** 63n) && n < 2n ** 63n ? Number(n) : undefined;
}

/**
 * A `--set` value as Helm's strvals typedVal types it: true, false and null whatever their case
 * (strings.EqualFold), "0" is 0, an integer ParseInt reads in base 10 when the value does not
 * start with 0 (so "+5", "-3", "+0"), anything else a string. `{a,b}` is a list of such values.
 * With forceString (`--set-string`), strings.
 */
export function setValue(raw: string, forceString: boolean): unknown {
  if (raw.startsWith('{') && raw.endsWith('}')) return raw.slice(1, -1).split(',').map((x) => setValue(x, forceString));
  if (forceString) return raw;
  const lower = raw.toLowerCase();
  if (lower === 'true') return true;
  if (lower === 'false') return false;
  if (lower === 'null') return null;
  if (raw === '0') return 0;
  if (raw !== '' && raw[0] !== '0') {
    const n = parseInt64(raw);
    if (n !== undefined) return n;
  }
  return raw;
}

/** `a.b[1].c` (with `\.` for a dot in a key) as Helm's strvals reads a parameter name; undefined when it cannot. */
function setPath(name: string): (string | number)[] | undefined {
  const out: (string | number)[] = [];
  let key = '';
  for (let i = 0; i < name.length; i++) {
    const c = name[i];
    if (c === '\\' && name[i + 1] === '.') {
      key += '.';
      i++;
    } else if (c === '.') {
      if (key) out.push(key);
      key = '';
    } else if (c === '[') {
      const end = name.indexOf(']', i);
      const n = Number(name.slice(i + 1, end));
      if (end < 0 || !Number.isInteger(n) || n < 0 || n > 1000) return undefined;
      if (key) out.push(key);
      key = '';
      out.push(n);
      i = end;
    } else key += c;
  }
  if (key) out.push(key);
  return out.length && typeof out[0] === 'string' ? out : undefined;
}

/**
 * strvals.ParseInto of one parameter into the user's values: the maps and lists along the path
 * are edited, not replaced (`volumes[0].name=x` renames the first volume the value files
 * listed), a list too short is padded with nulls; what is not a map (or a list) where the path
 * needs one becomes one. The path is copied, never the values files' own objects changed.
 */
function parseInto(target: Obj, path: (string | number)[], value: unknown): void {
  type Node = Record<string | number, unknown>;
  let node: Node = target;
  const put = (n: Node, k: string | number, v: unknown) => {
    if (Array.isArray(n)) while (n.length < (k as number)) n.push(null);
    n[k] = v;
  };
  for (let i = 0; i < path.length; i++) {
    const k = path[i];
    if (i === path.length - 1) {
      put(node, k, value);
      return;
    }
    const slot: unknown = node[k];
    const next: Node = typeof path[i + 1] === 'number' ? ((Array.isArray(slot) ? [...slot] : []) as unknown as Node) : isObj(slot) ? { ...slot } : {};
    put(node, k, next);
    node = next;
  }
}

function parseValues(text: string): Obj | undefined {
  try {
    const v = jsyaml.load(text, { schema: K8S_JS_SCHEMA, maxDepth: 200 } as jsyaml.LoadOptions);
    return isObj(v) ? v : v == null ? {} : undefined;
  } catch {
    return undefined;
  }
}

/** What one Helm source of an Application gives Helm: its user value layers (value files, then values/valuesObject) and parameters. */
interface Overrides {
  files: Obj[];
  parameters: Parameter[];
}

/**
 * The overrides of one Helm source, in Helm's order, or undefined when it has no `helm` block.
 * The chart's own values.yaml, when listed, is a layer like any other, where it is listed:
 * `[values-hardened.yaml, values.yaml]` ends with values.yaml's settings, as in Helm.
 */
function overrides(chartDir: string, source: Obj, sources: Obj[], read: (p: string) => Obj | undefined): Overrides | undefined {
  const helm = isObj(source.helm) ? source.helm : undefined;
  if (!helm) return undefined;
  const files: Obj[] = [];
  if (Array.isArray(helm.valueFiles)) {
    for (const raw of helm.valueFiles) {
      if (typeof raw !== 'string' || /^[a-z][a-z0-9+.-]*:\/\//i.test(raw)) continue;
      let file: string | undefined;
      if (raw.startsWith('$')) {
        // `$ref/...`: a file of the source that declares the ref, when that source is this repo too.
        const slash = raw.indexOf('/');
        const ref = sources.find((s) => s.ref === raw.slice(1, slash < 0 ? undefined : slash));
        if (!ref || slash < 0 || normalizeRepoUrl(String(ref.repoURL ?? '')) !== normalizeRepoUrl(String(source.repoURL ?? ''))) continue;
        file = raw.slice(slash + 1);
      } else file = fromChart(chartDir, raw);
      if (!file || !staysInside(file)) continue;
      const v = read(normalizeRepoPath(file));
      if (v) files.push(v);
    }
  }
  // Argo CD takes valuesObject over values when both are set, and passes it after the value files.
  if (isObj(helm.valuesObject)) files.push(helm.valuesObject);
  else if (typeof helm.values === 'string' && helm.values.trim()) {
    const v = parseValues(helm.values);
    if (v) files.push(v);
  }
  const parameters: Parameter[] = [];
  if (Array.isArray(helm.parameters)) {
    for (const p of helm.parameters) {
      if (isObj(p) && typeof p.name === 'string') parameters.push({ name: p.name, value: String(p.value ?? ''), forceString: p.forceString === true });
    }
  }
  return { files, parameters };
}

/** A value as JSON with its keys sorted and nulls left out: two sets of values that Helm renders alike compare equal. */
function canonical(v: unknown): string {
  if (Array.isArray(v)) return `[${v.map(canonical).join(',')}]`;
  if (isObj(v)) {
    const keys = Object.keys(v).filter((k) => v[k] !== null).sort();
    return `{${keys.map((k) => `${JSON.stringify(k)}:${canonical(v[k])}`).join(',')}}`;
  }
  return JSON.stringify(v) ?? 'null';
}

/**
 * Per chart directory, the values its Applications run it with, where they differ from the
 * chart's own values.yaml. `documents(path)` gives a file's parsed documents from the policy
 * input (undefined when it is not there or did not parse); other value files are read from disk.
 */
export function applicationValues(model: RepoModel, documents: (path: string) => unknown[] | undefined): Map<string, ChartValues> {
  const charts = new Set(model.charts.map((c) => c.dir));
  const read = (p: string): Obj | undefined => {
    const docs = documents(p);
    if (docs) return isObj(docs[0]) ? docs[0] : undefined;
    const r = readTextFileSync(model.root, p);
    return 'text' in r ? parseValues(r.text) : undefined;
  };
  const byChart = new Map<string, { from: string; values: Obj; at: ChartValues['at'] }[]>();
  for (const a of model.applications) {
    const doc = documents(a.file)?.[a.docIndex];
    const spec = isObj(doc) && isObj(doc.spec) ? doc.spec : undefined;
    if (!spec) continue;
    const sources = Array.isArray(spec.sources) ? spec.sources.filter(isObj) : isObj(spec.source) ? [spec.source] : [];
    for (const s of sources) {
      if (typeof s.path !== 'string' || s.chart) continue;
      const dir = normalizeRepoPath(s.path);
      if (!charts.has(dir)) continue;
      const chart = read(`${dir}/values.yaml`) ?? {};
      const o = overrides(dir, s, sources, read);
      const list = byChart.get(dir) ?? [];
      const field = [...(Array.isArray(spec.sources) ? ['spec', 'sources', spec.sources.indexOf(s)] : ['spec', 'source']), 'helm'];
      const at = { path: a.file, document: a.docIndex, field, parameters: o?.parameters.map((p) => p.name) ?? [] };
      list.push({ from: a.file, values: o ? helmValues(chart, o.files, o.parameters) : coalesceValues(chart, {}), at });
      byChart.set(dir, list);
    }
  }
  const out = new Map<string, ChartValues>();
  for (const [dir, uses] of byChart) {
    const own = canonical(coalesceValues(read(`${dir}/values.yaml`) ?? {}, {}));
    const keys = new Map(uses.map((u) => [u, canonical(u.values)])); // each once: it walks the whole values
    const overriding = uses.filter((u) => keys.get(u) !== own);
    if (!overriding.length) continue;
    // Every Application of the chart must run it with the same values (one without overrides runs values.yaml).
    if (new Set(keys.values()).size !== 1) continue;
    out.set(dir, { values: overriding[0].values, from: overriding.map((u) => u.from).sort(), at: overriding[0].at });
  }
  return out;
}
