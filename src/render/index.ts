import { readdirSync, readFileSync, readlinkSync, realpathSync, statSync, type Dirent } from 'node:fs';
import { availableParallelism } from 'node:os';
import { isAbsolute, posix, relative, sep } from 'node:path';
import jsyaml from 'js-yaml';
import { readTextFileSync, repoPath } from '../repo/files.js';
import { normalizeRepoPath, staysInside } from '../repo/paths.js';
import type { AppSource, Position } from '../repo/types.js';
import { loadYaml, type PathSegment, type YamlFile } from '../repo/yaml.js';
import type { AppRecord } from '../validate/rules/applications.js';
import type { FindingSink } from '../validate/sink.js';
import type { Finding } from '../validate/types.js';
import type { HelmCliOptions, HelmRun, HelmRunner } from './helm-cli.js';
import { helmMessage, helmPlace, renderedProblems } from './output.js';
import { cleanSetParameter, instanceName, mergePatch, planHelmTemplate, type HelmTemplatePlan } from './plan.js';
import validateApplicationSchema from '../validate/schema/application-validator.generated.js';

export { openHelm, type HelmRunner } from './helm-cli.js';

export interface RenderOptions extends HelmCliOptions {
  /** `helm template` runs at once (default: the machine's CPUs). */
  jobs?: number;
  /**
   * Render only the sources a change touches (repo-relative paths, as a pull request lists
   * them): the Application's file, anything under its chart directory, its value files and
   * file parameters. Undefined: every source.
   */
  changedFiles?: ReadonlySet<string>;
}

export interface RenderStats {
  helmVersion: string;
  /** Helm sources rendered (each distinct chart and values once). */
  rendered: number;
  /** Helm sources not rendered: their chart or source has errors already, or they need what a checkout lacks. */
  skipped: number;
  /** With `changedFiles`: Helm sources the change does not touch, not rendered. */
  untouched: number;
}

type Obj = Record<string, unknown>;

/** Entries of one chart's tree walked for its links (a chart holds tens; a vendored tree a few thousand). */
const MAX_CHART_ENTRIES = 20_000;
const isObj = (v: unknown): v is Obj => v !== null && typeof v === 'object' && !Array.isArray(v);

/**
 * Errors that already say Argo CD cannot render the source: rendering it too would only
 * repeat them in Helm's words.
 */
const BLOCKING_RULES = new Set([
  'yaml.syntax', 'yaml.alias-bomb', 'app.schema', 'app.helm-release-name', 'source.value-file-missing', 'source.file-parameter-missing', 'source.ref-unknown',
  'source.path-escape', 'source.path-missing', 'source.library-chart', 'source.multiple-types', 'source.chart-conflict', 'chart.missing',
]);

interface Task {
  app: AppRecord;
  source: AppSource;
  sourceAt: PathSegment[];
  plan: HelmTemplatePlan;
  /** Whether the Application pins `helm.kubeVersion` (else a kubeVersion constraint is the cluster's to meet). */
  pinsKubeVersion: boolean;
}

/**
 * Renders every Helm chart of this repo that an Application uses, with that Application's
 * release name, namespace, value files, values and parameters, as Argo CD's repo server
 * runs `helm template`, and reports what would fail there: a template that does not parse
 * or execute, values the chart's schema refuses, output that is not YAML, an object with
 * no kind or name. Runs only when asked (`--render`): a Helm process per chart.
 */
export async function renderHelmSources(
  helm: HelmRunner,
  input: { root: string; apps: readonly AppRecord[]; findings: readonly Finding[]; sink: FindingSink; isPlatformRepo: (url: string) => boolean },
  options: RenderOptions = {},
): Promise<RenderStats> {
  const { root, sink } = input;
  // Every folder above a file with an error: a chart with errors is then one lookup, not a scan of the findings per chart.
  const dirsWithErrors = new Set<string>();
  const appErrors = new Set<string>();
  for (const f of input.findings) {
    if (f.severity !== 'error') continue;
    for (let i = f.file.lastIndexOf('/'); i > 0; i = f.file.lastIndexOf('/', i - 1)) dirsWithErrors.add(f.file.slice(0, i));
    if (BLOCKING_RULES.has(f.ruleId)) appErrors.add(f.file);
  }
  const chartHasErrors = (dir: string) => dirsWithErrors.has(dir);
  // By real path: a link that leads out of the repository is `outside`, never read (Argo CD
  // refuses such files: "resolved to outside repository root").
  const realRoot = realpathSync(root);
  const fileKind = (p: string): 'file' | 'dir' | 'missing' | 'outside' => {
    let real: string;
    try {
      real = realpathSync(repoPath(root, p));
    } catch {
      return 'missing';
    }
    const rel = relative(realRoot, real);
    if (rel === '..' || rel.startsWith(`..${sep}`) || isAbsolute(rel)) return 'outside';
    try {
      const st = statSync(real);
      return st.isFile() ? 'file' : st.isDirectory() ? 'dir' : 'missing';
    } catch {
      return 'missing';
    }
  };
  const isFile = (p: string) => fileKind(p) === 'file';
  /** A repo path by its real path (a chart or value file reached through a link); itself when it is not there. */
  const realRel = (p: string): string => {
    try {
      const rel = relative(realRoot, realpathSync(repoPath(root, p))).split(sep).join('/');
      return rel.startsWith('..') || isAbsolute(rel) ? p : rel;
    } catch {
      return p;
    }
  };
  /**
   * Where the links anywhere in a chart really lead (`values.yaml -> ../../shared/v.yaml`,
   * `charts/common -> ../../../common`, a linked `templates/`), through linked folders too:
   * Helm reads the chart through them, so their targets' files are the chart's. A broken link
   * (its target deleted) counts by where it points. Walked only for `render: changed`.
   */
  const linkedParts = (dir: string): string[] => {
    const out: string[] = [];
    const seen = new Set<string>();
    let budget = MAX_CHART_ENTRIES;
    const walk = (sub: string): void => {
      let real: string;
      try {
        real = realpathSync(repoPath(root, sub));
      } catch {
        return;
      }
      if (seen.has(real)) return; // a link loop, or two links to one folder
      seen.add(real);
      let entries: Dirent[];
      try {
        entries = readdirSync(repoPath(root, sub), { withFileTypes: true });
      } catch {
        return;
      }
      for (const e of entries) {
        if (--budget < 0) return;
        const p = sub ? `${sub}/${e.name}` : e.name;
        if (e.isSymbolicLink()) {
          const target = realRel(p);
          if (target !== p) out.push(target);
          else {
            try {
              out.push(normalizeRepoPath(posix.join(posix.dirname(p), readlinkSync(repoPath(root, p)))));
            } catch {
              /* gone meanwhile */
            }
          }
          if (fileKind(p) === 'dir') walk(p);
        } else if (e.isDirectory() && e.name !== '.git') walk(p);
      }
    };
    walk(dir);
    return out.filter((p) => staysInside(p));
  };
  // The changed files by path and by real path, made once: a change to a linked chart counts for every path to it.
  let changedReal: Set<string> | undefined;
  const realChanged = (): ReadonlySet<string> | undefined => {
    if (!options.changedFiles) return undefined;
    if (!changedReal) {
      changedReal = new Set(options.changedFiles);
      for (const f of options.changedFiles) changedReal.add(realRel(f));
    }
    return changedReal;
  };

  const files = new Map<string, YamlFile | undefined>();
  const load = (file: string): YamlFile | undefined => {
    if (!files.has(file)) {
      const read = readTextFileSync(root, file);
      files.set(file, 'text' in read ? loadYaml(read.text) : undefined);
    }
    return files.get(file);
  };

  const tasks: Task[] = [];
  let skipped = 0;
  let untouched = 0;
  const chartBlocked = new Map<string, boolean>();
  for (const app of input.apps) {
    app.sources.forEach((src, i) => {
      if (src.kind !== 'helm' || src.path === undefined) return;
      const dir = src.path;
      if (!chartBlocked.has(dir)) chartBlocked.set(dir, chartHasErrors(dir) || !isFile(dir ? `${dir}/Chart.yaml` : 'Chart.yaml'));
      if (chartBlocked.get(dir) || appErrors.has(app.file)) return void skipped++;
      const doc = at(load(app.file)?.docs[app.docIndex]?.value, app.docPath);
      const spec = isObj(doc) && isObj(doc.spec) ? doc.spec : undefined;
      const sourceAt = app.sourceMeta[i]?.path;
      const found = sourceAt ? at(doc, sourceAt) : undefined;
      if (!isObj(found) || !spec) return void skipped++;
      let source: Obj = found;
      // Which override file last set each `helm.<field>` (a merge patch replaces a list whole):
      // what the plan refuses in that field is that file's mistake, not the Application's.
      const setBy = new Map<string, { file: string; yaml: YamlFile }>();
      const sources = Array.isArray(spec.sources) ? spec.sources.filter(isObj) : [source];
      // Argo CD merges these into the source before it renders (what Image Updater writes back).
      // The per-Application file is named by its instance name (`<namespace>_<name>` outside argocd).
      for (const name of ['.argocd-source.yaml', `.argocd-source-${instanceName(app.name, app.appNamespace)}.yaml`]) {
        const override = dir ? `${dir}/${name}` : name;
        const kind = fileKind(override);
        if (kind === 'missing' || kind === 'dir') continue;
        const refuse = (why: string, pos?: Position) => {
          sink.add('chart.render', override, pos, `${override} ${why}: Argo CD merges it into the source of Application '${app.name}' (${app.file}) and fails the Application ("error while parsing source parameters").`);
          skipped++;
        };
        if (kind === 'outside') return refuse('is a link that leads outside the repository');
        const read = readTextFileSync(root, override);
        const pf = 'text' in read ? loadYaml(read.text) : undefined;
        const patch = pf?.docs[0]?.value;
        if (!pf) return refuse('cannot be read');
        if (pf.errors.length) return refuse(`does not parse (${pf.errors[0].message})`, pf.errors[0]);
        // An empty file (or only comments) is the JSON `null`, which is no merge patch ("Invalid JSON Patch").
        if (!isObj(patch)) return refuse(patch === null || patch === undefined ? 'is empty (no mapping, only comments): that is no JSON merge patch ("Invalid JSON Patch")' : 'is not a mapping');
        const merged = mergePatch(source, patch) as Obj;
        // Only the tool settings come from the file (mergeSourceParameters).
        const next: Obj = { ...merged, repoURL: source.repoURL, path: source.path, chart: source.chart, targetRevision: source.targetRevision };
        const typeError = sourceTypeError(next);
        if (typeError) return refuse(`leaves the source with ${typeError} (Argo CD cannot decode it)`, pf.position(0, typeError.path));
        source = next;
        if (isObj(patch.helm)) for (const [key, v] of Object.entries(patch.helm)) {
          if (v === null) setBy.delete(key);
          else setBy.set(key, { file: override, yaml: pf });
        }
      }
      const plan = planHelmTemplate({
        appName: app.name,
        appNamespace: app.appNamespace,
        project: app.project,
        destinationNamespace: app.destination.namespace,
        source,
        sourceAt,
        chartDir: dir,
        sources,
        isPlatformRepo: input.isPlatformRepo,
        fileKind,
      });
      if ('skip' in plan) {
        skipped++;
        const helmAt = [...(sourceAt ?? []), 'helm'];
        const field = plan.at.length > helmAt.length && helmAt.every((seg, k) => plan.at[k] === seg) ? setBy.get(String(plan.at[helmAt.length])) : undefined;
        if (plan.refused && field) sink.add('chart.render', field.file, field.yaml.position(0, ['helm', ...plan.at.slice(helmAt.length)], true), `${field.file}, merged into the source of Application '${app.name}' (${app.file}): ${plan.skip}.`);
        else if (plan.refused) sink.add('chart.render', app.file, app.at(plan.at, true), `Application '${app.name}': ${plan.skip}.`);
        else sink.add('chart.render-skipped', app.file, app.at(plan.at, true), `Application '${app.name}': ${dir || 'the repository root'} not rendered: ${plan.skip}.`);
        return;
      }
      const changed = realChanged();
      if (changed && !touches(changed, [app.file, realRel(app.file)], [dir, realRel(dir), ...linkedParts(dir)], [...plan.valueFiles, ...plan.absentValueFiles, ...plan.setFiles.map((f) => f.file)].flatMap((f) => [f, realRel(f)]))) return void untouched++;
      const helmBlock = isObj(source.helm) ? source.helm : {};
      tasks.push({ app, source: src, sourceAt, plan, pinsKubeVersion: typeof helmBlock.kubeVersion === 'string' && !!helmBlock.kubeVersion });
    });
  }

  // One run per distinct chart and arguments: Applications that render a chart alike share it.
  const runs = new Map<string, Promise<HelmRun>>();
  const limit = Math.max(1, options.jobs ?? availableParallelism());
  let active = 0;
  const queue: (() => void)[] = [];
  const slot = async <T>(work: () => Promise<T>): Promise<T> => {
    if (active >= limit) await new Promise<void>((r) => queue.push(r));
    active++;
    try {
      return await work();
    } finally {
      active--;
      queue.shift()?.();
    }
  };
  const runOf = (plan: HelmTemplatePlan): Promise<HelmRun> => {
    const key = JSON.stringify([plan.chartDir, plan.args, plan.valueFiles, plan.setFiles, plan.extraValues ?? null]);
    let r = runs.get(key);
    if (!r) {
      const n = runs.size;
      r = slot(() => {
        const args = [...plan.args];
        for (const f of plan.setFiles) args.push('--set-file', `${f.name}=${cleanSetParameter(repoPath(root, f.file))}`);
        for (const f of plan.valueFiles) args.push('--values', csvField(repoPath(root, f)));
        if (plan.extraValues !== undefined) {
          args.push('--values', csvField(helm.scratchFile(`values-${n}.yaml`, plan.extraValues)));
        }
        return helm.run(args, repoPath(root, plan.chartDir));
      });
      runs.set(key, r);
    }
    return r;
  };

  {
    const results = await Promise.all(tasks.map((t) => runOf(t.plan)));
    const chartFiles = new ChartFiles(root, isFile);
    const seen = new Set<string>();
    const add = (rule: 'chart.render' | 'chart.rendered-object' | 'chart.rendered-duplicate' | 'chart.render-skipped', file: string, pos: Position, message: string) => {
      const key = `${rule}\0${file}\0${pos.line}\0${pos.column}\0${message}`;
      if (seen.has(key)) return;
      seen.add(key);
      sink.add(rule, file, pos, message);
    };
    tasks.forEach((t, i) => {
      const r = results[i];
      const { app, plan } = t;
      const chart = plan.chartDir || 'the repository root';
      const who = `Application '${app.name}' (${app.file})`;
      const sourcePos = () => app.at([...t.sourceAt, 'path'], true);
      if (r.timedOut || r.tooLarge) {
        add('chart.render', app.file, sourcePos(), `\`helm template\` of ${chart} for ${who} ${r.timedOut ? `did not finish within ${Math.round((options.timeoutMs ?? 60_000) / 1000)} s` : 'rendered more output than the limit (64 MiB)'}: Argo CD's repo server would time out or refuse it too.`);
        return;
      }
      if (r.code !== 0) {
        const msg = helmMessage(r.stderr);
        // Argo CD runs `helm dependency build` (network) for dependencies not vendored, and
        // passes the cluster's Kubernetes version: neither can be judged from a checkout.
        if (/found in Chart\.yaml, but missing in charts\/ directory|helm dependency build/.test(msg)) {
          add('chart.render-skipped', app.file, sourcePos(), `${who}: ${chart} not rendered: its dependencies are not in charts/ (Argo CD fetches them with \`helm dependency build\`; this run does not use the network). Helm said: ${msg}`);
          return;
        }
        if (!t.pinsKubeVersion && /chart requires kubeVersion/.test(msg)) {
          add('chart.render-skipped', app.file, sourcePos(), `${who}: ${chart} not rendered: its \`kubeVersion\` constraint is for the destination cluster to meet, whose version Argo CD passes to Helm (set \`helm.kubeVersion\` to render it here). Helm said: ${msg}`);
          return;
        }
        // The version the Application pins is the mistake (unparsable, or outside the chart's constraint): say so there.
        if (t.pinsKubeVersion && /invalid kube version|chart requires kubeVersion/.test(msg)) {
          add('chart.render', app.file, app.at([...t.sourceAt, 'helm', 'kubeVersion'], true), `\`helm template\` of ${chart} fails with this \`helm.kubeVersion\`, so Argo CD cannot render it: ${msg}`);
          return;
        }
        // Helm does not say which parameter it could not parse: the list is the place.
        const setFlag = /failed parsing --set(-string|-file)? data/.exec(msg);
        if (setFlag) {
          const field = setFlag[1] === '-file' ? 'fileParameters' : 'parameters';
          add('chart.render', app.file, app.at([...t.sourceAt, 'helm', field], true), `\`helm template\` of ${chart} fails on a name or value of \`helm.${field}\` (Helm's --set${setFlag[1] ?? ''} syntax: \`a.b\`, \`list[0]\`, \`\\.\` for a dot in a name), so Argo CD cannot render it: ${msg}`);
          return;
        }
        const place = helmPlace(msg);
        const at = place ? chartFiles.locate(plan.chartDir, place) : undefined;
        if (at) add('chart.render', at.file, at, `\`helm template\` of ${chart} for ${who} fails, so Argo CD cannot render it: ${msg}`);
        else add('chart.render', app.file, sourcePos(), `\`helm template\` of ${chart} fails for this Application, so Argo CD cannot render it: ${msg}`);
        return;
      }
      for (const p of renderedProblems(r.stdout)) {
        const rule = p.duplicate ? 'chart.rendered-duplicate' : 'chart.rendered-object';
        const file = p.template ? chartFiles.locate(plan.chartDir, { template: p.template, line: 1, column: 0 })?.file : undefined;
        if (file) add(rule, file, { line: 1, column: 1 }, `${file}, rendered for ${who}, ${p.message}.`);
        else add(rule, app.file, sourcePos(), `${chart}${p.template ? ` (${p.template})` : ''}, rendered for this Application, ${p.message}.`);
      }
    });
  }
  return { helmVersion: helm.version, rendered: runs.size, skipped, untouched };
}

/** One line for the log: what was rendered, and what was not and why. */
export function renderLine(r: RenderStats): string {
  const parts = [`Rendered ${r.rendered} Helm source${r.rendered === 1 ? '' : 's'} with helm ${r.helmVersion}`];
  if (r.untouched) parts.push(`${r.untouched} not touched by the change, not rendered`);
  if (r.skipped) parts.push(`${r.skipped} not rendered (errors already reported, or see the chart.render-skipped notices)`);
  return `${parts.join('; ')}.`;
}

/**
 * Helm's `--values` is a list flag read as one CSV record: a path with a comma would be split
 * (`/work/a,b/v.yaml` opens `/work/a`). Where the checkout lies is not Argo CD's (it clones
 * into a temp dir of its own), so the path is quoted; the plan refuses a value file whose own
 * name holds a comma, as Argo CD fails on it.
 */
function csvField(path: string): string {
  return /[",\r\n]/.test(path) ? `"${path.replace(/"/g, '""')}"` : path;
}

/** Whether a change touches what this source renders from. */
function touches(changed: ReadonlySet<string>, appFiles: string[], chartDirs: string[], files: string[]): boolean {
  for (const f of [...appFiles, ...files]) if (changed.has(f)) return true;
  for (const dir of chartDirs) {
    if (!dir) return changed.size > 0;
    const prefix = `${dir}/`;
    for (const f of changed) if (f === dir || f.startsWith(prefix)) return true;
  }
  return false;
}

/**
 * The file of a chart that Helm names `<chart name>/templates/x.yaml`, or
 * `<chart name>/charts/<subchart name>/templates/x.yaml`: names are Chart.yaml's, not the
 * directories' (a subchart in `charts/redis-7.0/` is `redis` to Helm). Helm's column is Go's:
 * a 0-based byte offset in the line; a finding's is 1-based in UTF-16 units.
 */
class ChartFiles {
  private readonly names = new Map<string, Map<string, string>>();
  constructor(
    private readonly root: string,
    private readonly isFile: (p: string) => boolean,
  ) {}

  locate(chartDir: string, place: { template: string; line: number; column: number }): (Position & { file: string }) | undefined {
    const parts = place.template.split('/');
    let dir = chartDir;
    let k = 1; // parts[0] is the chart's own name
    while (parts[k] === 'charts' && k + 2 < parts.length) {
      const sub = this.subchart(dir, parts[k + 1]);
      if (sub === undefined) return undefined; // an archive, or not there
      dir = sub;
      k += 2;
    }
    const file = [dir, ...parts.slice(k)].filter(Boolean).join('/');
    if (!this.isFile(file)) return undefined;
    let lines: string[];
    try {
      lines = readFileSync(repoPath(this.root, file), 'utf8').split('\n');
    } catch {
      return undefined;
    }
    if (place.line < 1 || place.line > lines.length) return undefined;
    const text = lines[place.line - 1];
    const bytes = Buffer.from(text, 'utf8');
    const column = Buffer.from(bytes.subarray(0, Math.max(0, place.column))).toString('utf8').length + 1;
    return { file, line: place.line, column: place.column > 0 ? Math.min(column, text.length + 1) : 1 };
  }

  /** The directory in `<dir>/charts/` whose Chart.yaml is named `name` (the same-named one first). */
  private subchart(dir: string, name: string): string | undefined {
    const charts = dir ? `${dir}/charts` : 'charts';
    let byName = this.names.get(charts);
    if (!byName) {
      byName = new Map();
      let entries: string[] = [];
      try {
        entries = readdirSync(repoPath(this.root, charts)).sort((a, b) => (a === name ? -1 : b === name ? 1 : a < b ? -1 : 1));
      } catch {
        /* no charts/ */
      }
      for (const e of entries) {
        const chartYaml = `${charts}/${e}/Chart.yaml`;
        if (!this.isFile(chartYaml)) continue;
        try {
          const meta = jsyaml.load(readFileSync(repoPath(this.root, chartYaml), 'utf8')) as { name?: unknown } | null;
          const n = meta && typeof meta.name === 'string' ? meta.name : undefined;
          if (n && !byName.has(n)) byName.set(n, `${charts}/${e}`);
        } catch {
          /* a Chart.yaml Helm could not load either */
        }
      }
      this.names.set(charts, byName);
    }
    return byName.get(name);
  }
}

/**
 * A source after `.argocd-source*.yaml` are merged must still decode into Argo CD's
 * ApplicationSource: a field of the wrong type (`valueFiles: a.yaml`, `skipCrds: "yes"`)
 * fails the Application. Checked with the Application schema (unknown fields pass: Go's
 * decoder ignores them); the first problem, with its path in the override file.
 */
function sourceTypeError(source: Obj): { path: PathSegment[]; toString(): string } | undefined {
  const app = { apiVersion: 'argoproj.io/v1alpha1', kind: 'Application', metadata: { name: 'x' }, spec: { project: 'default', destination: { server: 'https://kubernetes.default.svc' }, source } };
  if (validateApplicationSchema(app)) return undefined;
  const errors = (validateApplicationSchema as unknown as { errors?: Array<{ instancePath: string; keyword: string; message?: string }> }).errors ?? [];
  const e = errors.find((x) => x.keyword !== 'additionalProperties' && x.instancePath.startsWith('/spec/source/'));
  if (!e) return undefined;
  const path = e.instancePath.slice('/spec/source/'.length).split('/').map((seg) => (/^\d+$/.test(seg) ? Number(seg) : seg.replace(/~1/g, '/').replace(/~0/g, '~')));
  const text = `\`${path.join('.')}\` that ${e.message ?? 'is invalid'}`;
  return { path, toString: () => text };
}


function at(v: unknown, path: readonly PathSegment[]): unknown {
  let cur = v;
  for (const seg of path) {
    if (cur === null || typeof cur !== 'object') return undefined;
    cur = (cur as Record<string | number, unknown>)[seg];
  }
  return cur;
}
