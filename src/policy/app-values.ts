/**
 * policy-on-validate: the values a chart runs with when its Application overrides some.
 *
 * The policy reads a chart's values.yaml wherever a template prints from values (a
 * `toYaml .Values.securityContext` block, `{{ .Values.hostNetwork }}`, a PDB in
 * `{{- if .Values.pdb.enabled }}`). An Application can change those values: `helm.valueFiles`,
 * `helm.values` / `helm.valuesObject`, `helm.parameters`. Judged at values.yaml alone, an
 * Application that sets `privileged: true` or switches its PDB off would pass. So, as Argo CD
 * hands them to `helm template` (render/plan.ts: value files in order, then the Application's
 * values, then the parameters) and as Helm merges them (maps merged key by key, anything else
 * replaced, a null removing the key), the merged values go beside values.yaml in the input
 * (`effective_values`, with the Applications they come from in `values_from`), and the policy
 * reads those instead.
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
import { joinRepoPath, normalizeRepoPath, staysInside } from '../repo/paths.js';
import type { RepoModel } from '../repo/types.js';

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

export interface ChartValues {
  values: Obj;
  /** The Application files whose overrides went into `values`. */
  from: string[];
}

/** Helm's merge of user values over a chart's (chartutil.CoalesceTables): maps key by key, a null deletes. */
export function mergeValues(base: unknown, over: unknown): unknown {
  if (!isObj(over) || !isObj(base)) return over;
  const out: Obj = { ...base };
  for (const [k, v] of Object.entries(over)) {
    if (v === null) delete out[k];
    else out[k] = mergeValues(out[k], v);
  }
  return out;
}

/**
 * A `--set` value as Helm's strvals types it: true/false, null, a base-10 integer without a
 * leading zero; anything else stays a string. `{a,b}` is a list. With forceString, a string.
 */
function setValue(raw: string, forceString: boolean): unknown {
  if (forceString) return raw;
  if (raw.startsWith('{') && raw.endsWith('}')) return raw.slice(1, -1).split(',').map((x) => setValue(x, false));
  if (raw === 'true') return true;
  if (raw === 'false') return false;
  if (raw === 'null') return null;
  if (/^-?(0|[1-9]\d*)$/.test(raw) && Number.isSafeInteger(Number(raw))) return Number(raw);
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

function assign(target: Obj, path: (string | number)[], value: unknown): void {
  type Node = Record<string | number, unknown>;
  let node: Node = target;
  for (let i = 0; i < path.length; i++) {
    const k = path[i];
    if (i === path.length - 1) {
      node[k] = value;
      return;
    }
    const slot: unknown = node[k];
    const next: Node = typeof path[i + 1] === 'number' ? ((Array.isArray(slot) ? [...slot] : []) as unknown as Node) : isObj(slot) ? { ...slot } : {};
    node[k] = next;
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

/**
 * The override layers of one Helm source, in Helm's order, or undefined when it has none.
 * `chartValues` is the chart's values.yaml, the one value file that changes nothing.
 */
function layers(chartDir: string, source: Obj, sources: Obj[], read: (p: string) => Obj | undefined): Obj[] | undefined {
  const helm = isObj(source.helm) ? source.helm : undefined;
  if (!helm) return undefined;
  const out: Obj[] = [];
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
      } else file = raw.startsWith('/') ? raw.replace(/^\/+/, '') : joinRepoPath(chartDir, raw);
      if (!file || !staysInside(file)) continue;
      file = normalizeRepoPath(file);
      if (file === `${chartDir}/values.yaml`) continue;
      const v = read(file);
      if (v) out.push(v);
    }
  }
  // Argo CD takes valuesObject over values when both are set.
  if (isObj(helm.valuesObject)) out.push(helm.valuesObject);
  else if (typeof helm.values === 'string' && helm.values.trim()) {
    const v = parseValues(helm.values);
    if (v) out.push(v);
  }
  if (Array.isArray(helm.parameters)) {
    const set: Obj = {};
    for (const p of helm.parameters) {
      if (!isObj(p) || typeof p.name !== 'string') continue;
      const path = setPath(p.name);
      if (path) assign(set, path, setValue(String(p.value ?? ''), p.forceString === true));
    }
    if (Object.keys(set).length) out.push(set);
  }
  return out.length ? out : undefined;
}

/**
 * Per chart directory, the values its Applications run it with, where they override any.
 * `documents(path)` gives a file's parsed documents from the policy input (undefined when it
 * is not there or did not parse); other value files are read from disk.
 */
export function applicationValues(model: RepoModel, documents: (path: string) => unknown[] | undefined): Map<string, ChartValues> {
  const charts = new Set(model.charts.map((c) => c.dir));
  const read = (p: string): Obj | undefined => {
    const docs = documents(p);
    if (docs) return isObj(docs[0]) ? docs[0] : undefined;
    const r = readTextFileSync(model.root, p);
    return 'text' in r ? parseValues(r.text) : undefined;
  };
  const byChart = new Map<string, { from: string; values: Obj | undefined }[]>();
  for (const a of model.applications) {
    const doc = documents(a.file)?.[a.docIndex];
    const spec = isObj(doc) && isObj(doc.spec) ? doc.spec : undefined;
    if (!spec) continue;
    const sources = Array.isArray(spec.sources) ? spec.sources.filter(isObj) : isObj(spec.source) ? [spec.source] : [];
    for (const s of sources) {
      if (typeof s.path !== 'string' || s.chart) continue;
      const dir = normalizeRepoPath(s.path);
      if (!charts.has(dir)) continue;
      const ls = layers(dir, s, sources, read);
      const list = byChart.get(dir) ?? [];
      list.push({ from: a.file, values: ls ? (ls.reduce<unknown>((acc, l) => mergeValues(acc, l), read(`${dir}/values.yaml`) ?? {}) as Obj) : undefined });
      byChart.set(dir, list);
    }
  }
  const out = new Map<string, ChartValues>();
  for (const [dir, uses] of byChart) {
    const overriding = uses.filter((u) => u.values);
    if (!overriding.length) continue;
    // An Application without overrides runs values.yaml as it is: one more set of values.
    const sets = new Set(uses.map((u) => JSON.stringify(u.values ?? read(`${dir}/values.yaml`) ?? {})));
    if (sets.size !== 1) continue;
    out.set(dir, { values: overriding[0].values!, from: overriding.map((u) => u.from).sort() });
  }
  return out;
}
