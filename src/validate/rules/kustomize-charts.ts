import { readTextFile } from '../../repo/files.js';
import { joinRepoPath, staysInside } from '../../repo/paths.js';
import { loadYaml } from '../../repo/yaml.js';
import type { RepoView } from '../repo-view.js';

/**
 * The local charts a kustomize source inflates with `helmCharts` (kustomize's
 * HelmChartInflationGenerator, `kustomize build --enable-helm` in Argo CD): kustomize reads
 * a chart at `<kustomization dir>/<helmGlobals.chartHome>/<name>` (chartHome defaults to
 * `charts`; `<chartHome>/<name>-<version>/<name>` when the entry has both a repo and a
 * version), and pulls it from the repo only when it is not there. The bases and components
 * the kustomization includes inflate their own helmCharts, relative to their own
 * directories (checked with `kubectl kustomize --enable-helm` and the pinned helm).
 *
 * Read only for the orphan rule, and only when some chart has no other reference: a repo
 * without such charts reads no kustomization. Bounded: a path that leaves the repository
 * (absolute, or climbing out with `..`) and remote bases are not followed, each
 * kustomization is read once per run, and one source follows at most
 * MAX_KUSTOMIZATIONS of them.
 */

/** Kustomizations one source may lead to (itself, its bases, theirs...), at most. */
export const MAX_KUSTOMIZATIONS = 100;

/** kustomize's file names, in the order it looks for them (konfig.RecognizedKustomizationFileNames). */
export const KUSTOMIZATION_FILES = ['kustomization.yaml', 'kustomization.yml', 'Kustomization'];

/** Whether a directory's file names include a kustomization file. */
export const holdsKustomization = (names: readonly string[]) => KUSTOMIZATION_FILES.some((n) => names.includes(n));

/** What one kustomization directory says: the chart directories it inflates, the local directories it includes. */
interface KustomizationRefs {
  charts: string[];
  bases: string[];
}

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => v !== null && typeof v === 'object' && !Array.isArray(v);
/** A non-empty string, as written (kustomize does not trim names or paths). */
const str = (v: unknown): string | undefined => (typeof v === 'string' && v !== '' ? v : undefined);

/** A repo path from `dir` and a relative path, or undefined when it is absolute or leaves the repository. */
function inside(dir: string, rel: string): string | undefined {
  if (rel.startsWith('/') || rel.includes('\\')) return undefined;
  const p = joinRepoPath(dir, rel);
  return staysInside(p) ? p : undefined;
}

/** A resource that is fetched rather than read from the repo (a git URL, `github.com/...`, an https file). */
export const REMOTE_RESOURCE = /^(?:[a-z][a-z0-9+.-]*:\/\/|git@|github\.com\/|gitlab\.com\/|bitbucket\.org\/)/i;

async function readKustomization(view: RepoView, dir: string): Promise<KustomizationRefs> {
  const refs: KustomizationRefs = { charts: [], bases: [] };
  const names = await view.list(dir);
  const name = KUSTOMIZATION_FILES.find((n) => names.includes(n));
  if (!name) return refs;
  const file = `${dir}/${name}`;
  // Through the view, which refuses a link out of the repository, before reading.
  if (!(await view.hasFile(file))) return refs;
  const read = await readTextFile(view.root, file);
  if ('issue' in read) return refs;
  const parsed = loadYaml(read.text);
  const k = parsed.errors.length ? undefined : parsed.docs[0]?.value;
  parsed.release();
  if (!isObj(k)) return refs;
  const globals = isObj(k.helmGlobals) ? k.helmGlobals : {};
  const chartHome = str(globals.chartHome) ?? 'charts';
  const home = inside(dir, chartHome);
  if (home !== undefined && Array.isArray(k.helmCharts)) {
    for (const c of k.helmCharts) {
      if (!isObj(c)) continue;
      const chartName = str(c.name);
      if (!chartName) continue;
      const repo = str(c.repo);
      const version = str(c.version);
      const base = repo && version ? inside(home, `${chartName}-${version}`) : home;
      const chartDir = base === undefined ? undefined : inside(base, chartName);
      if (chartDir !== undefined) refs.charts.push(chartDir);
    }
  }
  for (const key of ['resources', 'components', 'bases']) {
    const list = k[key];
    if (!Array.isArray(list)) continue;
    for (const r of list) {
      const rel = str(r);
      if (!rel || REMOTE_RESOURCE.test(rel)) continue;
      const p = inside(dir, rel);
      if (p !== undefined && p !== dir) refs.bases.push(p);
    }
  }
  return refs;
}

/**
 * The chart directories the kustomize sources `paths` inflate, directly or through their
 * local bases. `cache`: each directory's kustomization, read once however many sources
 * share it.
 */
export async function inflatedCharts(view: RepoView, paths: Iterable<string>, cache = new Map<string, Promise<KustomizationRefs>>()): Promise<Set<string>> {
  const out = new Set<string>();
  for (const start of paths) {
    const seen = new Set<string>([start]);
    const queue = [start];
    while (queue.length) {
      const dir = queue.shift()!;
      let refs = cache.get(dir);
      if (!refs) cache.set(dir, (refs = readKustomization(view, dir)));
      const { charts, bases } = await refs;
      for (const c of charts) out.add(c);
      for (const b of bases) {
        // A base that is a file (a manifest) or missing lists no kustomization: it reads as none.
        if (seen.has(b) || seen.size >= MAX_KUSTOMIZATIONS) continue;
        seen.add(b);
        queue.push(b);
      }
    }
  }
  return out;
}
