import { promises as fs } from 'node:fs';
import { resolve } from 'node:path';
import { UserError } from '../errors.js';
import { emptyListing, listingFiles, mapLimit, readTextFile, walkTree } from '../repo/files.js';
import { normalizeRepoUrl } from '../repo/git-url.js';
import { normalizeRepoPath, staysInside } from '../repo/paths.js';
import type { ChartInfo, RepoModel } from '../repo/types.js';
import { loadYaml } from '../repo/yaml.js';
import { RepoView } from './repo-view.js';
import { appLayout, checkApplicationFile, type AppRecord, type DeferredRepoCheck } from './rules/applications.js';
import { checkChart, discoverCharts } from './rules/charts.js';
import { checkDuplicates, checkOrphans, checkRepoUrls } from './rules/cross.js';
import { FindingSink, sortFindings, summarize } from './sink.js';
import type { Finding, ValidationSummary } from './types.js';

export interface ValidateOptions {
  /** Repo-relative directory of Argo CD Applications. Default `argo-apps`. */
  appsDir?: string;
  /** Repo-relative directory of Helm charts. Default `gitops`. */
  chartsDir?: string;
  /** The platform repo's URL (https or ssh). When absent, the URL most sources use is taken. */
  repoUrl?: string;
}

export interface ValidationResult {
  findings: Finding[];
  summary: ValidationSummary;
  model: RepoModel;
}

/** How many files are in flight at once. Reads are synchronous, so more only holds more parsed documents in memory at a time. */
const READ_CONCURRENCY = 4;
/** What the root App-of-Apps (a directory source) applies from the apps dir: YAML and JSON files. */
const YAML_FILE = /\.(?:ya?ml|json)$/i;

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
  const chartsDir = checkDirOption('charts-dir', options.chartsDir ?? 'gitops');
  let realRoot: string;
  try {
    realRoot = await fs.realpath(root);
    if (!(await fs.stat(realRoot)).isDirectory()) throw new Error('not a directory');
  } catch {
    throw new UserError(`The repository directory '${rootDir}' does not exist or is not a directory.`);
  }

  const sink = new FindingSink();
  const listing = emptyListing();
  const [appsKind, chartsKind] = await Promise.all([dirKind(root, appsDir), dirKind(root, chartsDir)]);
  if (appsKind !== 'dir') sink.add('repo.apps-dir-missing', appsDir, undefined, `The apps directory '${appsDir}' ${appsKind === 'missing' ? 'does not exist' : 'is not a directory'} in ${rootDir}.`);
  if (chartsKind !== 'dir') sink.add('repo.charts-dir-missing', chartsDir, undefined, `The charts directory '${chartsDir}' ${chartsKind === 'missing' ? 'does not exist' : 'is not a directory'} in ${rootDir}.`);
  // When one directory holds the other (`--apps-dir .`), the outer walk leaves the inner
  // one to its own walk, and the repo root's dot-directories (.git, .github) are not content.
  const appsSkip = skipper(appsDir, chartsDir);
  const chartsSkip = skipper(chartsDir, appsDir);
  await Promise.all([
    appsKind === 'dir' ? walkTree(root, realRoot, appsDir, listing, appsSkip) : undefined,
    chartsKind === 'dir' && chartsDir !== appsDir ? walkTree(root, realRoot, chartsDir, listing, chartsSkip) : undefined,
  ]);
  for (const issue of listing.issues) {
    const rule = issue.kind === 'symlink-escape' ? 'file.symlink-escape' : issue.kind === 'symlink-loop' ? 'file.symlink-loop' : 'file.unreadable';
    sink.add(rule, issue.file, undefined, `${issue.file}: ${issue.detail}.`);
  }
  const view = new RepoView(root, realRoot, listing, [appsDir, chartsDir]);

  // Charts first: their own rules, and the list the orphan rule needs.
  const chartDirs = chartsKind === 'dir' ? discoverCharts(listing.children, chartsDir) : [];
  const charts: ChartInfo[] = await mapLimit(chartDirs, READ_CONCURRENCY, (dir) => checkChart(view, sink, dir, chartsDir));

  // Applications: one read and one parse per file; the parsed document is dropped once
  // the per-document rules have taken the positions they need.
  const appFiles: string[] = [];
  for (const [dir, names] of listing.children) {
    if (!isInside(dir, appsDir) || appsSkip(dir)) continue;
    for (const n of names) if (YAML_FILE.test(n)) appFiles.push(dir ? `${dir}/${n}` : n);
  }
  appFiles.sort();
  const deferred: DeferredRepoCheck[] = [];
  const ctx = { view, sink, appsDir, chartsDir, repoUrl: options.repoUrl, charts: new Map(charts.map((c) => [c.dir, c])), deferred };
  // Application files we could not read: their charts are not called orphans on top.
  const unreadApps: string[] = [];
  const perFile = await mapLimit(appFiles, READ_CONCURRENCY, async (file) => {
    const read = await readTextFile(root, file);
    if ('issue' in read) {
      sink.add('file.unreadable', file, undefined, `${file}: ${read.issue.detail}.`);
      unreadApps.push(file);
      return undefined;
    }
    const pf = loadYaml(read.text);
    if (pf.errors.length) {
      if (hasPlaceholders(read.text)) {
        sink.add('yaml.templated', file, pf.errors[0], `${file} does not parse as YAML and holds \`{{ }}\` placeholders: taken for a template and skipped (${pf.errors[0].message}).`);
      } else for (const e of pf.errors) sink.add('yaml.syntax', file, e, e.message);
      unreadApps.push(file);
      return undefined;
    }
    pf.docs.forEach((d, i) => {
      // At the document's first content line, not its `---` marker (as docPosition does for every document finding).
      if (d.conversionError) sink.add('yaml.alias-bomb', file, pf.docPosition(i), d.conversionError);
    });
    const checked = await checkApplicationFile(ctx, file, pf, read.text);
    pf.release();
    return checked;
  });
  const apps: AppRecord[] = [];
  const skipped: RepoModel['skipped'] = [];
  for (const r of perFile) {
    if (!r) continue;
    apps.push(...r.apps);
    skipped.push(...r.skipped);
  }

  const platform = checkRepoUrls(apps, sink, options.repoUrl);
  // `$ref` value files of Helm-repository sources whose ref repo is, after all, this one.
  for (const d of deferred) if (!platform || normalizeRepoUrl(d.repoURL) === platform) await d.check();
  checkDuplicates(apps, sink);
  checkOrphans(apps, charts, sink, unreadApps.map((f) => appLayout(f, appsDir)));

  const findings = sortFindings(sink.findings);
  let files: Set<string> | undefined;
  return {
    findings,
    summary: summarize(findings, apps.length, charts.length),
    model: {
      root,
      appsDir,
      chartsDir,
      // Made on first use: validate alone never needs the flat list.
      get files() {
        return (files ??= listingFiles(listing));
      },
      applications: apps,
      charts,
      skipped,
    },
  };
}

/** Whether repo path `p` is `dir` or below it (everything is below the root, ''). */
export function isInside(p: string, dir: string): boolean {
  return dir === '' || p === dir || p.startsWith(`${dir}/`);
}

/** The directories the walk of `dir` leaves out: `other` when it lies inside `dir`, and dot-directories at the repo root. */
function skipper(dir: string, other: string): (rel: string) => boolean {
  const nested = other !== dir && isInside(other, dir);
  return (rel) => (nested && isInside(rel, other)) || (dir === '' && rel.startsWith('.') && !rel.includes('/'));
}

/**
 * Whether a file that does not parse holds `{{ }}` placeholders outside comments: then
 * it is taken for a template rendered elsewhere. A `{{` only in a comment does not make
 * a broken Application a template.
 */
export function hasPlaceholders(text: string): boolean {
  for (let i = text.indexOf('{{'); i >= 0; i = text.indexOf('{{', i + 2)) {
    const lineStart = text.lastIndexOf('\n', i) + 1;
    const before = text.slice(lineStart, i);
    // A comment starts at a `#` at the line's start or after a blank (YAML's rule).
    if (!/(?:^|\s)#/.test(before)) return true;
  }
  return false;
}

async function dirKind(root: string, rel: string): Promise<'dir' | 'file' | 'missing'> {
  try {
    return (await fs.stat(resolve(root, rel))).isDirectory() ? 'dir' : 'file';
  } catch {
    return 'missing';
  }
}
