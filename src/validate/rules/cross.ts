import { normalizeRepoUrl } from '../../repo/git-url.js';
import type { ChartInfo } from '../../repo/types.js';
import type { RepoView } from '../repo-view.js';
import type { FindingSink } from '../sink.js';
import type { AppRecord } from './applications.js';
import { isVendoredSubchart } from './charts.js';
import { inflatedCharts } from './kustomize-charts.js';

/**
 * Git sources with a path must be this platform repo. With a URL given, returns it
 * normalised: each file was checked against it already (givenRepoUrlProblem). Otherwise the
 * repo is taken to be the URL most of the Applications use, the sources are checked against
 * it here, and the message says so. Returns the platform repo's normalised URL, when known.
 */
export function checkRepoUrls(apps: AppRecord[], sink: FindingSink, repoUrl: string | undefined): string | undefined {
  // A given URL was checked with each file's other rules (givenRepoUrlProblem): its parse was at hand there.
  if (repoUrl) return expectedRepoUrl(repoUrl);
  const counts = new Map<string, number>();
  let total = 0;
  for (const a of apps)
    a.sources.forEach((s, i) => {
      if (!a.sourceMeta[i]?.gitWithPath || !s.repoURL) return;
      const n = normalizeRepoUrl(s.repoURL);
      if (n) {
        counts.set(n, (counts.get(n) ?? 0) + 1);
        total++;
      }
    });
  const ranked = [...counts].sort((x, y) => y[1] - x[1] || (x[0] < y[0] ? -1 : 1));
  const best = ranked[0];
  if (!best) return undefined;
  const expected = best[0];
  // A tie is said as one: the choice between equals is only alphabetical.
  const tie = ranked.filter((r) => r[1] === best[1]).slice(1).map((r) => r[0]);
  const inferred = tie.length
    ? ` (the platform repo could not be inferred: ${best[0]} and ${tie.join(', ')} are each used by ${best[1]} of ${total} sources, and ${best[0]} was taken; pass --repo-url / the repo-url input to set it)`
    : ` (the platform repo was inferred as ${best[0]}, used by ${best[1]} of ${total} sources; pass --repo-url / the repo-url input to set it)`;
  for (const a of apps)
    a.sources.forEach((s, i) => {
      const meta = a.sourceMeta[i];
      if (!meta?.gitWithPath || !s.repoURL) return;
      if (normalizeRepoUrl(s.repoURL) !== expected) {
        sink.add('source.repo-url', a.file, a.at([...meta.path, 'repoURL'], true), `repoURL '${s.repoURL}' is not the platform repository${inferred}.`);
      }
    });
  return expected;
}

/** The normalised form of a given platform repo URL, which sources are compared with. */
function expectedRepoUrl(repoUrl: string): string {
  return normalizeRepoUrl(repoUrl) ?? repoUrl.trim().toLowerCase();
}

/**
 * source.repo-url against a given platform repo URL: the message when `repoURL` (of a git
 * source with a path) is another repository, else undefined.
 */
export function givenRepoUrlProblem(repoURL: string, repoUrl: string): string | undefined {
  return normalizeRepoUrl(repoURL) === expectedRepoUrl(repoUrl) ? undefined : `repoURL '${repoURL}' is not the platform repository (${repoUrl}).`;
}

const NAME = ['metadata', 'name'];

/** `real`: a path's real directory (a chart reached through a linked directory is one chart, so one target). */
export function checkDuplicates(apps: AppRecord[], sink: FindingSink, real: (p: string) => string = (p) => p): void {
  // The first file's line is looked up once: each copy's message names it, and a lookup reads
  // and parses that file again (the relocator keeps one file's parse).
  const byName = new Map<string, { rec: AppRecord; line?: number }>();
  const byTarget = new Map<string, AppRecord>();
  for (const a of apps) {
    if (a.name) {
      const key = `${a.appNamespace}/${a.name}`;
      const first = byName.get(key);
      if (first) sink.add('app.duplicate-name', a.file, a.at(NAME, true), `Application '${a.name}' is also defined in ${first.rec.file}:${(first.line ??= first.rec.at(NAME, true).line)}.`);
      else byName.set(key, { rec: a });
    }
    const dest = destinationKey(a.destination);
    if (!dest) continue;
    for (const [i, s] of a.sources.entries()) {
      if (!s.path) continue;
      const key = `${s.repoURL ? normalizeRepoUrl(s.repoURL) : ''}|${real(s.path)}|${dest}|${a.destination.namespace ?? ''}|${s.releaseName ?? ''}`;
      const first = byTarget.get(key);
      if (first && first !== a) {
        sink.add('app.duplicate-target', a.file, a.at([...a.sourceMeta[i].path, 'path'], true), `Application '${a.name}' deploys ${s.path} to ${dest} namespace '${a.destination.namespace ?? ''}', like '${first.name}' in ${first.file}.`);
      } else byTarget.set(key, a);
    }
  }
}

/** Argo CD's own cluster: registered as `in-cluster`, reached at this address. */
const IN_CLUSTER = 'https://kubernetes.default.svc';

/**
 * One key per cluster, whichever way the destination names it: `name: in-cluster` and
 * `server: https://kubernetes.default.svc/` are the same place.
 */
function destinationKey(d: AppRecord['destination']): string {
  if (d.server) return d.server.trim().replace(/\/+$/, '').toLowerCase();
  if (d.name) return d.name === 'in-cluster' ? IN_CLUSTER : `name:${d.name}`;
  return '';
}

/**
 * Charts that no Application source points at (subcharts of another chart are not counted),
 * directly or through a kustomize source's `helmCharts` (see kustomize-charts.ts; read only
 * when some chart is otherwise unreferenced, and only with a `view` to read them through).
 */
export async function checkOrphans(
  apps: AppRecord[],
  charts: ChartInfo[],
  sink: FindingSink,
  unread: { cluster?: string; service?: string }[] = [],
  view?: RepoView,
  realDir: (p: string) => string = (p) => p,
  /**
   * Templated Applications (skipped) and ApplicationSets: the source paths they write out, which
   * count as references, and how many name a path of their own that is templated, which may be
   * any chart (the finding then says it is an orphan only if none of them deploys it).
   */
  templates: { paths: string[]; unresolved: number } = { paths: [], unresolved: 0 },
): Promise<void> {
  const unreadKeys = new Set(unread.filter((u) => u.cluster && u.service).map((u) => `${u.cluster}/${u.service}`));
  // Every referenced path and each of its ancestors: a source at `<chart>/overlays/x` uses the chart too.
  // By real path as well: a source through a linked directory uses the chart the link leads to.
  const referenced = new Set<string>();
  const reference = (path: string) => {
    for (let p = path; p && !referenced.has(p); p = p.slice(0, Math.max(0, p.lastIndexOf('/')))) referenced.add(p);
  };
  for (const a of apps)
    for (const s of a.sources) {
      if (s.path === undefined) continue;
      reference(s.path);
      const real = realDir(s.path);
      if (real !== s.path) reference(real);
    }
  for (const p of templates.paths) {
    reference(p);
    const real = realDir(p);
    if (real !== p) reference(real);
  }
  const dirs = new Set(charts.map((c) => c.dir));
  let orphans = charts.filter(
    (c) =>
      // A subchart is rendered with its parent; a chart merely nested in another chart's
      // directory (`<chart>/canary/`) is not loaded by Helm, so it needs an Application too.
      !isVendoredSubchart(c.dir, dirs) &&
      // A library chart is included by other charts, never deployed by an Application of its own.
      c.type !== 'library' &&
      !referenced.has(c.dir) &&
      !(c.cluster && c.service && unreadKeys.has(`${c.cluster}/${c.service}`)),
  );
  if (orphans.length && view) {
    const kustomizeSources = new Set<string>();
    for (const a of apps) for (const s of a.sources) if (s.kind === 'kustomize' && s.path !== undefined) kustomizeSources.add(s.path);
    if (kustomizeSources.size) {
      const inflated = await inflatedCharts(view, kustomizeSources);
      orphans = orphans.filter((c) => !inflated.has(c.dir));
    }
  }
  // A chart that a used chart depends on with `repository: file://...` is rendered as part of it
  // (Argo CD runs helm dependency build, then helm template): used too, and so on down.
  if (orphans.length && charts.some((c) => c.fileDependencies)) {
    const byDir = new Map<string, ChartInfo>();
    for (const c of orphans) {
      byDir.set(c.dir, c);
      byDir.set(realDir(c.dir), c);
    }
    const left = new Set(orphans);
    const queue = charts.filter((c) => !left.has(c));
    while (queue.length) {
      for (const d of queue.pop()!.fileDependencies ?? []) {
        const c = byDir.get(d) ?? byDir.get(realDir(d));
        if (c && left.delete(c)) queue.push(c);
      }
    }
    orphans = orphans.filter((c) => left.has(c));
  }
  const n = templates.unresolved;
  const maybe = n ? `, unless one of the ${n === 1 ? 'templated Application or ApplicationSet' : `${n} templated Applications and ApplicationSets`} whose source path is itself templated (not read here) deploys it` : '';
  for (const c of orphans) sink.add('chart.orphan', `${c.dir}/Chart.yaml`, { line: 1, column: 1 }, `No Application points at the chart ${c.dir}${maybe}.`);
}
