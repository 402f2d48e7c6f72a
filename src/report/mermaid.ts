import { isAbsolute, relative } from 'node:path';
import type { ApplicationInfo, AppSource, RepoModel } from '../repo/types.js';
import type { Finding, Severity } from '../validate/types.js';
import { SEVERITY_RANK } from './order.js';
import { escapeMermaid } from './escape.js';

/** Default cap on the number of nodes in the graph. */
export const DEFAULT_GRAPH_LIMIT = 40;

type Worst = Severity | undefined;

function worse(a: Worst, b: Worst): Worst {
  if (!a) return b;
  if (!b) return a;
  return SEVERITY_RANK[a] <= SEVERITY_RANK[b] ? a : b;
}

function slash(p: string): string {
  return p.replace(/\\/g, '/');
}

/** A repo-relative directory without `./` or a trailing slash. */
function normDir(p: string): string {
  return slash(p)
    .replace(/^(\.\/)+/, '')
    .replace(/\/+$/, '');
}

function repoRelative(root: string, dir: string): string {
  return normDir(isAbsolute(dir) ? relative(root, dir) : dir);
}

interface Target {
  key: string;
  label: string;
  /** A helm path that matches no chart directory. */
  missing: boolean;
  /** Repo-relative chart directory, for matching findings. */
  dir?: string;
}

function targetOf(src: AppSource, chartDirs: Set<string>): Target | undefined {
  if (src.kind === 'ref') return undefined;
  if (src.kind === 'helm-repo' || (src.chart && !src.path)) {
    const chart = src.chart ?? src.repoURL ?? '?';
    const label = `${chart}${src.targetRevision ? ` ${src.targetRevision}` : ''} (Helm repo)`;
    return { key: `repo:${src.repoURL ?? ''}:${chart}:${src.targetRevision ?? ''}`, label, missing: false };
  }
  if (!src.path) return undefined;
  const dir = normDir(src.path);
  // A path that is not there is drawn dashed, as a chart that is not there is.
  if (src.missing) return { key: `path:${dir}`, label: `${dir} (missing)`, missing: true, dir };
  if (src.kind === 'helm') {
    const found = chartDirs.has(dir);
    return { key: `path:${dir}`, label: found ? dir : `${dir} (no chart)`, missing: !found, dir };
  }
  return { key: `path:${dir}`, label: `${dir} (${src.kind})`, missing: false, dir };
}

interface AppNode {
  app: ApplicationInfo;
  cluster: string;
  targets: Target[];
  worst: Worst;
}

/**
 * What names an Application's node: its name, else its file. A name that shows nothing once
 * escaped (blank, control characters only: both invalid names that get a finding) would make
 * an empty label, which Mermaid refuses, and the whole graph would not render.
 */
function appName(app: ApplicationInfo): string {
  return app.name && escapeMermaid(app.name) ? app.name : app.file;
}

/** Cluster of an Application: its own field, else the `argo-apps-<cluster>` folder, else none. */
function clusterOf(app: ApplicationInfo): string {
  if (app.cluster) return app.cluster;
  const m = /(?:^|\/)argo-apps-([^/]+)\//.exec(slash(app.file));
  return m ? m[1]! : '(no cluster)';
}

class Graph {
  private lines: string[] = [];
  private classes = new Map<string, string[]>();
  private count = 0;

  get size(): number {
    return this.count;
  }

  node(id: string, label: string, shape: 'box' | 'stadium' | 'cyl' = 'box', worst?: Worst, extraClass?: string): void {
    const [open, close] = shape === 'stadium' ? ['(["', '"])'] : shape === 'cyl' ? ['[("', '")]'] : ['["', '"]'];
    // `id[""]` is a Mermaid syntax error that blanks the whole graph: a name of only control
    // characters (a cluster folder can be one) shows as a non-breaking space instead.
    this.lines.push(`  ${id}${open}${label || '#160;'}${close}`);
    this.count++;
    if (worst === 'error') this.addClass('err', id);
    else if (worst === 'warning') this.addClass('warn', id);
    if (extraClass) this.addClass(extraClass, id);
  }

  edge(from: string, to: string, dashed = false): void {
    this.lines.push(`  ${from} ${dashed ? '-.->' : '-->'} ${to}`);
  }

  private addClass(cls: string, id: string): void {
    const ids = this.classes.get(cls) ?? [];
    ids.push(id);
    this.classes.set(cls, ids);
  }

  render(): string {
    const out = ['flowchart LR', ...this.lines];
    if (this.classes.size) {
      out.push(
        '  classDef err fill:#ffebe9,stroke:#cf222e,color:#1f2328',
        '  classDef warn fill:#fff8c5,stroke:#9a6700,color:#1f2328',
        '  classDef missing stroke-dasharray:5 5',
        '  classDef more fill:#f6f8fa,stroke:#8c959f,color:#1f2328',
      );
      for (const [cls, ids] of this.classes) out.push(`  class ${ids.join(',')} ${cls}`);
    }
    return `${out.join('\n')}\n`;
  }
}

function plural(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

/**
 * A Mermaid `flowchart LR` of the repo: root App-of-Apps → cluster → Application →
 * chart (or other source). Nodes with errors are red, with warnings amber; a helm path
 * that matches no chart is dashed.
 *
 * With more than `limit` nodes it collapses to root → clusters labelled with counts
 * ("312 apps, 3 with errors"), plus as many Applications with errors as still fit and a
 * "+N more" node for the rest; with more clusters than fit, clusters with errors come
 * first and the rest fold into one node. Every label is escaped (see `escapeMermaid`);
 * node ids are generated, never taken from names. Returns the graph source without the
 * markdown fence.
 */
export function renderMermaid(model: RepoModel, findings: readonly Finding[], limit = DEFAULT_GRAPH_LIMIT): string {
  limit = Math.max(3, Math.floor(limit));
  const appsDir = repoRelative(model.root, model.appsDir) || 'argo-apps';
  const chartDirs = new Set(model.charts.map((c) => repoRelative(model.root, c.dir)));

  const byFile = new Map<string, Worst>();
  for (const f of findings) byFile.set(slash(f.file), worse(byFile.get(slash(f.file)), f.severity));
  // The worst finding at or below each path, folded up each file's ancestors once: a scan
  // of every file per chart took 11.8 s for 10,000 charts with findings.
  const belowWorst = new Map<string, Worst>();
  for (const [file, sev] of byFile) {
    belowWorst.set(file, worse(belowWorst.get(file), sev));
    for (let i = file.lastIndexOf('/'); i > 0; i = file.lastIndexOf('/', i - 1)) {
      const dir = file.slice(0, i);
      belowWorst.set(dir, worse(belowWorst.get(dir), sev));
    }
  }
  const underDir = (dir: string): Worst => belowWorst.get(dir);
  const targetWorst = new Map<string, Worst>();
  const worstOfTarget = (t: Target): Worst => {
    if (!t.dir) return undefined;
    if (!targetWorst.has(t.key)) targetWorst.set(t.key, underDir(t.dir));
    return targetWorst.get(t.key);
  };

  const apps: AppNode[] = model.applications.map((app) => {
    const targets: Target[] = [];
    for (const src of app.sources) {
      const t = targetOf(src, chartDirs);
      if (t && !targets.some((x) => x.key === t.key)) targets.push(t);
    }
    let worst = byFile.get(slash(app.file));
    for (const t of targets) worst = worse(worst, worstOfTarget(t));
    return { app, cluster: clusterOf(app), targets, worst };
  });
  apps.sort((a, b) => (a.cluster < b.cluster ? -1 : a.cluster > b.cluster ? 1 : 0) || (a.app.file < b.app.file ? -1 : a.app.file > b.app.file ? 1 : 0) || a.app.docIndex - b.app.docIndex);

  const clusters = new Map<string, AppNode[]>();
  for (const a of apps) clusters.set(a.cluster, [...(clusters.get(a.cluster) ?? []), a]);
  const clusterWorst = new Map<string, Worst>();
  for (const [name, list] of clusters) {
    let w: Worst = name === '(no cluster)' ? undefined : underDir(`${appsDir}/argo-apps-${name}`);
    for (const a of list) w = worse(w, a.worst);
    clusterWorst.set(name, w);
  }

  const g = new Graph();
  g.node('root', `App of Apps<br/>${escapeMermaid(`${appsDir}/`)}`, 'stadium');
  if (apps.length === 0) {
    g.node('none', 'no Applications found', 'box', undefined, 'more');
    g.edge('root', 'none');
    return g.render();
  }

  const targetKeys = new Set(apps.flatMap((a) => a.targets.map((t) => t.key)));
  const fullSize = 1 + clusters.size + apps.length + targetKeys.size;

  if (fullSize <= limit) {
    const targetIds = new Map<string, string>();
    let c = 0;
    let n = 0;
    for (const [name, list] of clusters) {
      const cid = `c${c++}`;
      g.node(cid, escapeMermaid(name), 'box', clusterWorst.get(name));
      g.edge('root', cid);
      for (const a of list) {
        const aid = `a${n++}`;
        const name = appName(a.app);
        const label = a.app.service && !name.includes(a.app.service) ? `${name} (${a.app.service})` : name;
        g.node(aid, escapeMermaid(label), 'box', a.worst);
        g.edge(cid, aid);
        for (const t of a.targets) {
          let tid = targetIds.get(t.key);
          if (!tid) {
            tid = `h${targetIds.size}`;
            targetIds.set(t.key, tid);
            g.node(tid, escapeMermaid(t.label, 80), 'cyl', worstOfTarget(t), t.missing ? 'missing' : undefined);
          }
          g.edge(aid, tid, t.missing);
        }
      }
    }
    return g.render();
  }

  // Collapsed: root → clusters (with counts) → Applications with errors, as many as fit.
  const clusterNames = [...clusters.keys()].sort((x, y) => {
    const ex = clusterWorst.get(x) === 'error' ? 0 : 1;
    const ey = clusterWorst.get(y) === 'error' ? 0 : 1;
    return ex - ey || (x < y ? -1 : x > y ? 1 : 0);
  });
  let shown = clusterNames;
  let hidden: string[] = [];
  if (1 + clusterNames.length > limit) {
    shown = clusterNames.slice(0, limit - 2);
    hidden = clusterNames.slice(limit - 2);
  }
  const clusterIds = new Map<string, string>();
  shown.forEach((name, i) => {
    const list = clusters.get(name)!;
    const withErrors = list.filter((a) => a.worst === 'error').length;
    const counts = `${plural(list.length, 'app', 'apps')}${withErrors ? `, ${withErrors} with errors` : ''}`;
    const id = `c${i}`;
    clusterIds.set(name, id);
    g.node(id, `${escapeMermaid(name)}<br/>${counts}`, 'box', clusterWorst.get(name));
    g.edge('root', id);
  });
  if (hidden.length) {
    const appsHidden = hidden.reduce((s, name) => s + clusters.get(name)!.length, 0);
    const errHidden = hidden.filter((name) => clusterWorst.get(name) === 'error').length;
    g.node(
      'cmore',
      `+${plural(hidden.length, 'more cluster', 'more clusters')}<br/>${plural(appsHidden, 'app', 'apps')}${errHidden ? `, ${errHidden} clusters with errors` : ''}`,
      'box',
      errHidden ? 'error' : undefined,
      'more',
    );
    g.edge('root', 'cmore');
    return g.render();
  }
  const failing = apps.filter((a) => a.worst === 'error' && clusterIds.has(a.cluster));
  const room = limit - g.size;
  const fits = failing.length <= room ? failing : failing.slice(0, Math.max(0, room - 1));
  fits.forEach((a, i) => {
    const id = `a${i}`;
    g.node(id, escapeMermaid(appName(a.app)), 'box', 'error');
    g.edge(clusterIds.get(a.cluster)!, id);
  });
  // No room left at all: the cluster labels already count their failing apps.
  if (fits.length < failing.length && room > 0) {
    g.node('amore', `+${failing.length - fits.length} more apps with errors`, 'box', 'error', 'more');
    g.edge('root', 'amore');
  }
  return g.render();
}
