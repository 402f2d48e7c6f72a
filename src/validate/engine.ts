import { promises as fs } from 'node:fs';
import { resolve } from 'node:path';
import { UserError } from '../errors.js';
import { APP_MANIFEST, MANIFEST_OTHER_CASE, emptyListing, inAppsDir, inRootDotDir, listingFiles, readTextFileSync, realDir, walkTree, type FileIssue } from '../repo/files.js';
import { isRepoUrl, normalizeRepoUrl } from '../repo/git-url.js';
import { isInside, normalizeRepoPath, staysInside } from '../repo/paths.js';
import type { ChartInfo, RepoModel } from '../repo/types.js';
import { jsonSyntaxError } from '../repo/json-strict.js';
import { loadYaml, positionAtOffset, type YamlFile } from '../repo/yaml.js';
import { openHelm, renderHelmSources, type HelmRunner, type RenderOptions, type RenderStats } from '../render/index.js';
import { ChartWorker } from './chart-worker.js';
import { RepoView } from './repo-view.js';
import { appLayout, checkApplicationFile, hasPlaceholders, renderedByHelm, type AppRecord, type DeferredRepoCheck } from './rules/applications.js';

export { hasPlaceholders };
import { checkChart, discoverCharts } from './rules/charts.js';
import { checkDuplicates, checkOrphans, checkRepoUrls } from './rules/cross.js';
import { checkFlux, type FluxRecord } from './rules/flux.js';
import { FindingSink, sortFindings, summarize } from './sink.js';
import type { Finding, ValidationSummary } from './types.js';
import { checkChartBatch } from './units.js';

export interface ValidateOptions {
  /** Repo-relative directory of Argo CD Applications. Default `argo-apps`. */
  appsDir?: string;
  /** Repo-relative directory of Helm charts. Default `gitops`. */
  chartsDir?: string;
  /** The platform repo's URL (https or ssh). When absent, the URL most sources use is taken. */
  repoUrl?: string;
  /**
   * The platform repo's folder when it is a folder of the repository being read (the action's
   * input `path`; appsDir and chartsDir then have it in front). With the apps dir at that
   * folder (apps-dir `.`), its dot-directories are left out, as the root's are at the root.
   * Default '' (the platform repo is the repository).
   */
  platformRoot?: string;
  /**
   * Threads in all (1: everything on this one). Default: 2 on a machine of 2 CPUs or more,
   * once the apps dir holds enough files for the chart worker to pay for its start-up.
   */
  jobs?: number;
  /** The chart worker's bundle (default: dist/validate-worker/index.js beside the running bundle). */
  workerScript?: string;
  /**
   * Render every Helm chart an Application uses with `helm template`, as Argo CD would (see
   * render/). Off by default: it runs a Helm process per chart. A missing Helm is a UserError.
   */
  render?: RenderOptions | false;
}

export interface ValidationResult {
  findings: Finding[];
  summary: ValidationSummary;
  model: RepoModel;
  /** Set when rendering ran. */
  render?: RenderStats;
  /**
   * The platform repo's URL as the rules took it: the repo-url option, else the URL most
   * git sources use, as one of them spells it (the policy gate needs one to compare with).
   */
  platformRepoUrl?: string;
}

function checkDirOption(name: string, value: string): string {
  if (!value.trim() || !staysInside(value)) throw new UserError(`${name} '${value}' must be a relative path inside the repository.`);
  return normalizeRepoPath(value);
}

/**
 * Validates a platform repo: every Application under the apps dir is well formed and
 * resolves to a well-formed chart of the same cluster and service. Reads only; one
 * walk of the two directories, one parse per file.
 */
export async function validateRepo(rootDir: string, options: ValidateOptions = {}): Promise<ValidationResult> {
  if (!rootDir.trim()) throw new UserError('The repository directory is empty: give the platform repo\'s directory.');
  const root = resolve(rootDir);
  const appsDir = checkDirOption('apps-dir', options.appsDir ?? 'argo-apps');
  // A URL that names no repository would turn every source into a repo-url error.
  if (options.repoUrl !== undefined && options.repoUrl.trim() && !isRepoUrl(options.repoUrl)) {
    throw new UserError(`repo-url '${options.repoUrl}' is not a git repository URL (https://host/org/repo, ssh://git@host/org/repo or git@host:org/repo).`);
  }
  if (options.repoUrl !== undefined && !options.repoUrl.trim()) options = { ...options, repoUrl: undefined };
  const chartsDir = checkDirOption('charts-dir', options.chartsDir ?? 'gitops');
  let realRoot: string;
  try {
    realRoot = await fs.realpath(root);
    if (!(await fs.stat(realRoot)).isDirectory()) throw new Error('not a directory');
  } catch {
    throw new UserError(`The repository directory '${rootDir}' does not exist or is not a directory.`);
  }

  // Helm first: a run asked to render fails at once, before the walk, when there is none.
  const helm: HelmRunner | undefined = options.render ? await openHelm(options.render) : undefined;
  try {
    return await validateWith(root, realRoot, rootDir, appsDir, chartsDir, options, helm);
  } finally {
    helm?.dispose();
  }
}

async function validateWith(root: string, realRoot: string, rootDir: string, appsDir: string, chartsDir: string, options: ValidateOptions, helm: HelmRunner | undefined): Promise<ValidationResult> {
  const sink = new FindingSink();
  const listing = emptyListing();
  const [appsKind, chartsKind] = await Promise.all([dirKind(root, appsDir), dirKind(root, chartsDir)]);
  if (appsKind !== 'dir') sink.add('repo.apps-dir-missing', appsDir, undefined, `The apps directory '${appsDir}' ${appsKind === 'missing' ? 'does not exist' : 'is not a directory'} in ${rootDir}.`);
  if (chartsKind !== 'dir') sink.add('repo.charts-dir-missing', chartsDir, undefined, `The charts directory '${chartsDir}' ${chartsKind === 'missing' ? 'does not exist' : 'is not a directory'} in ${rootDir}.`);
  // When one directory holds the other (`--apps-dir .`), the outer walk leaves the inner
  // one to its own walk, and the repo root's dot-directories (.git, .github) are not content.
  const platformRoot = options.platformRoot ? normalizeRepoPath(options.platformRoot) : '';
  const appsSkip = skipper(appsDir, chartsDir, platformRoot);
  const chartsSkip = skipper(chartsDir, appsDir, platformRoot);
  if (appsKind === 'dir') await walkTree(root, realRoot, appsDir, listing, appsSkip);
  const appFiles: string[] = [];
  // Helm charts inside the apps dir (a Helm root App-of-Apps): their Chart.yaml and value files are not manifests.
  const appCharts = new Set<string>();
  // `.YAML`, `.Yml`, `.JSON` files: Argo CD's repo server matches extensions case-sensitively and never applies them.
  const otherCase: string[] = [];
  // What the root App-of-Apps applies (inAppsDir: the folders appsSkip leaves in the walk).
  for (const [dir, names] of listing.children) {
    if (!inAppsDir(dir, appsDir, chartsDir, platformRoot)) continue;
    if (names.includes('Chart.yaml')) appCharts.add(dir);
    for (const n of names) {
      if (APP_MANIFEST.test(n)) appFiles.push(dir ? `${dir}/${n}` : n);
      else if (MANIFEST_OTHER_CASE.test(n)) otherCase.push(dir ? `${dir}/${n}` : n);
    }
  }
  appFiles.sort();

  // On a large repo a worker thread walks and checks the charts while this one reads the
  // Applications (see chart-worker.ts); the findings and the model are the same either way.
  const walkCharts = chartsKind === 'dir' && chartsDir !== appsDir;
  const helper = walkCharts ? ChartWorker.start({ root, realRoot, appsDir, chartsDir, jobs: options.jobs, workerScript: options.workerScript }, listing, appFiles.length) : undefined;
  try {
    if (walkCharts && !helper) await walkTree(root, realRoot, chartsDir, listing, chartsSkip);
    const view = new RepoView(root, realRoot, listing, [appsDir, chartsDir], platformRoot);
    // In a Helm chart inside the apps dir, Helm reads templates of any name: not said to be unread there.
    for (const file of otherCase.sort()) if (!renderedByHelm(view, appsDir, file)) {
      sink.add('yaml.ignored', file, undefined, `${file} is not read: Argo CD's directory source (the root App-of-Apps) applies only files ending in \`.yaml\`, \`.yml\` or \`.json\`, in lower case (its repo server matches extensions case-sensitively), so nothing in this file is applied; not validated.`, 'Give the file a lower-case extension (`.yaml`) if it is meant to be applied; otherwise move it out of the apps directory.');
    }

    // With a worker, this thread first reads and parses every Application while the worker
    // walks and checks the charts (their rules look up chart paths and chart types, so the
    // checks wait), then helps with the chart batches left. Reading them all first measured
    // 0.85x (round by round, 10,000 Applications) against joining the chart batches as soon
    // as the listing is in; peak RSS about 200 MB.
    const waiting: ReadApp[] = [];
    let next = 0;
    if (helper) {
      for (; next < appFiles.length; next++) {
        if ((next & 63) === 0) await helper.poll();
        waiting.push(readApp(root, appFiles[next]));
      }
      // The listing: a worker that failed before sending it leaves the walk to this thread.
      if (!(await helper.takeListing(listing, true))) await walkTree(root, realRoot, chartsDir, listing, chartsSkip);
    }
    for (const issue of listing.issues) {
      const rule = issue.kind === 'symlink-escape' ? 'file.symlink-escape' : issue.kind === 'symlink-loop' ? 'file.symlink-loop' : 'file.unreadable';
      sink.add(rule, issue.file, undefined, `${issue.file}: ${issue.detail}.`);
    }

    // Charts first: their own rules, and the list the orphan rule needs.
    const chartDirs = chartsKind === 'dir' ? discoverCharts(listing.children, chartsDir, listing.links) : [];
    const batches = helper ? await helper.checkCharts(view, chartDirs, chartsDir) : [await checkChartBatch(view, chartDirs, chartsDir)];
    const charts: ChartInfo[] = [];
    for (const b of batches) {
      charts.push(...b.charts);
      sink.findings.push(...b.findings);
    }

    // Applications: one read and one parse per file; the parsed document is dropped once
    // the per-document rules have taken the positions they need.
    const deferred: DeferredRepoCheck[] = [];
    const known = new Map(charts.map((c) => [c.dir, c]));
    // A chart reached through a linked directory too is the same chart under that path.
    if (listing.links.size) for (const [dir, names] of listing.children) if (!known.has(dir) && names.includes('Chart.yaml')) {
      const c = known.get(realDir(listing.links, dir));
      if (c) known.set(dir, c);
    }
    // Charts an Application uses that discovery did not cover (outside the charts dir, or
    // a vendored subchart): checked here, on this thread, in the order the Applications
    // are read, so that the report is the same with or without the chart worker.
    const extraCharts: ChartInfo[] = [];
    const checkExtraChart = async (dir: string): Promise<ChartInfo> => {
      let c = known.get(dir);
      if (!c) {
        c = await checkChart(view, sink, dir, chartsDir);
        known.set(dir, c);
        extraCharts.push(c);
      }
      return c;
    };
    const flux: FluxRecord[] = [];
    const ctx = { view, sink, appsDir, chartsDir, repoUrl: options.repoUrl, charts: known, checkChart: checkExtraChart, deferred, flux };
    // Application files we could not read: their charts are not called orphans on top.
    const unreadApps: string[] = [];
    const apps: AppRecord[] = [];
    const skipped: RepoModel['skipped'] = [];
    // Paths that templated Applications and ApplicationSets name literally (their charts are no
    // orphans), and how many of those named a path that could not be read.
    const templateRefs: string[] = [];
    let unresolvedTemplates = 0;
    const check = async (r: ReadApp) => {
      const { file } = r;
      if ('issue' in r) {
        sink.add('file.unreadable', file, undefined, `${file}: ${r.issue.detail}.`);
        unreadApps.push(file);
        return;
      }
      const { pf, text } = r;
      const chartDir = appCharts.size ? chartFileOf(file, appCharts) : undefined;
      if (chartDir !== undefined && !pf.errors.length) {
        // Argo CD renders the chart (helm template): its Chart.yaml and values are read by Helm, never applied.
        sink.add('yaml.ignored', file, undefined, `${file} is a file of the Helm chart ${chartDir || 'at the repository root'} in the apps dir, which Argo CD renders with Helm: not a manifest; not validated.`);
        return;
      }
      // Argo CD decodes a `.json` manifest as JSON, not YAML (json-strict.ts): what only YAML
      // takes fails the root App-of-Apps' sync. Placeholders are left to the template rules
      // below, and a file a Helm chart of the apps dir renders is Helm's output, not read as JSON.
      if (file.endsWith('.json') && !hasPlaceholders(text) && !renderedByHelm(view, appsDir, file)) {
        const bad = jsonSyntaxError(text);
        if (bad) {
          sink.add('yaml.syntax', file, positionAtOffset(text, bad.offset), `${file} is not valid JSON: ${bad.message}. Argo CD decodes a \`.json\` file as JSON, not YAML, and fails the root App-of-Apps' sync on it ("Failed to unmarshal").`, 'Fix the JSON at the line and column given (`jq . <file>` shows the same error), or rename the file to `.yaml` if it is meant to be YAML.');
          unreadApps.push(file);
          return;
        }
      }
      if (pf.errors.length) {
        if (hasPlaceholders(text) && renderedByHelm(view, appsDir, file)) {
          sink.add('yaml.templated', file, pf.errors[0], `${file} does not parse as YAML and holds \`{{ }}\` placeholders: a template of the Helm chart it lies in, skipped (${pf.errors[0].message}).`);
          unresolvedTemplates++;
        } else if (hasPlaceholders(text)) {
          sink.add('yaml.unrendered-template', file, pf.errors[0], `${file} does not parse as YAML (${pf.errors[0].message}) and holds \`{{ }}\` placeholders, but no Helm chart renders it: the root App-of-Apps applies ${appsDir || 'the apps dir'} as written, and its sync fails on this file.`);
        } else for (const e of pf.errors) sink.add('yaml.syntax', file, e, e.message);
        unreadApps.push(file);
        return;
      }
      for (const d of pf.duplicates) sink.add('yaml.duplicate-key', file, d, d.message);
      let bomb = false;
      pf.docs.forEach((d, i) => {
        // At the document's first content line, not its `---` marker (as docPosition does for every document finding).
        if (d.conversionError) sink.add('yaml.alias-bomb', file, pf.docPosition(i), d.conversionError);
        bomb ||= !!d.conversionError;
      });
      const checked = await checkApplicationFile(ctx, file, pf, text);
      pf.release();
      // A document not read (an alias bomb) or not checked (a template): its chart is not called an orphan on top.
      if (checked.unchecked || bomb) unreadApps.push(file);
      apps.push(...checked.apps);
      skipped.push(...checked.skipped);
      if (checked.templateRefs) templateRefs.push(...checked.templateRefs);
      unresolvedTemplates += checked.unresolvedTemplates ?? 0;
    };
    for (const r of waiting) await check(r);
    waiting.length = 0;
    for (; next < appFiles.length; next++) await check(readApp(root, appFiles[next]));

    const platform = checkRepoUrls(apps, sink, options.repoUrl);
    // `$ref` value files of Helm-repository sources whose ref repo is, after all, this one.
    for (const d of deferred) if (platform ? normalizeRepoUrl(d.repoURL) === platform : !d.onlyIfKnown) await d.check();
    // Flux resources: their sources are known once every file is read; what they use is no orphan.
    if (flux.length) templateRefs.push(...(await checkFlux(flux, view, sink, platform, checkExtraChart)));
    charts.push(...extraCharts.sort((a, b) => (a.dir < b.dir ? -1 : a.dir > b.dir ? 1 : 0)));
    checkDuplicates(apps, sink, (p) => realDir(listing.links, p));
    await checkOrphans(apps, charts, sink, unreadApps.map((f) => appLayout(f, appsDir)), view, (p) => realDir(listing.links, p), { paths: templateRefs, unresolved: unresolvedTemplates });
    const render = helm
      ? await renderHelmSources(helm, { root, apps, findings: sink.findings.slice(), sink, isPlatformRepo: (url) => (platform ? normalizeRepoUrl(url) === platform : true) }, options.render || {})
      : undefined;

    const findings = sortFindings(sink.findings);
    let files: Set<string> | undefined;
    const platformRepoUrl = options.repoUrl ?? (platform ? apps.flatMap((a) => a.sources).find((s) => s.repoURL && normalizeRepoUrl(s.repoURL) === platform)?.repoURL : undefined);
    return {
      findings,
      summary: summarize(findings, apps.length, charts.length),
      ...(render ? { render } : {}),
      ...(platformRepoUrl ? { platformRepoUrl } : {}),
      model: {
        root,
        appsDir,
        chartsDir,
        ...(platformRoot ? { platformRoot } : {}),
        // Made on first use: validate alone never needs the flat list.
        get files() {
          return (files ??= listingFiles(listing));
        },
        applications: apps,
        charts,
        skipped,
      },
    };
  } finally {
    // The worker must not outlive a validation that failed half way.
    helper?.dispose();
  }
}

type ReadApp = { file: string; issue: FileIssue } | { file: string; pf: YamlFile; text: string };

/** Reads and parses one Application file; the findings are the rules' (`check` in validateRepo). */
function readApp(root: string, file: string): ReadApp {
  const read = readTextFileSync(root, file);
  if ('issue' in read) return { file, issue: read.issue };
  return { file, pf: loadYaml(read.text), text: read.text };
}

/** Helm reads these files of a chart as its metadata and values; it renders only templates/ (and crds/). */
const CHART_OWN_FILE = /^(?:Chart\.(?:yaml|lock)|requirements\.(?:yaml|lock)|values[^/]*\.(?:ya?ml|json))$/;

/** The chart directory (of `charts`) whose Chart.yaml, lock file or value file `file` is, if it is one. */
function chartFileOf(file: string, charts: ReadonlySet<string>): string | undefined {
  const slash = file.lastIndexOf('/');
  const dir = slash < 0 ? '' : file.slice(0, slash);
  return charts.has(dir) && CHART_OWN_FILE.test(file.slice(slash + 1)) ? dir : undefined;
}

/** The directories the walk of `dir` leaves out: `other` when it lies inside `dir`, and dot-directories at the repo root. */
function skipper(dir: string, other: string, platformRoot: string): (rel: string) => boolean {
  const nested = other !== dir && isInside(other, dir);
  return (rel) => (nested && isInside(rel, other)) || (dir === platformRoot && inRootDotDir(rel, platformRoot));
}

async function dirKind(root: string, rel: string): Promise<'dir' | 'file' | 'missing'> {
  try {
    return (await fs.stat(resolve(root, rel))).isDirectory() ? 'dir' : 'file';
  } catch {
    return 'missing';
  }
}
