import { readBytesSync } from '../../repo/files.js';
import { BUILTIN_RULE, describeRule, HelmIgnore, OUT_OF_BUDGET, type IgnoreRule } from '../../repo/helmignore.js';
import type { Position } from '../../repo/types.js';
import type { RepoView } from '../repo-view.js';
import type { FindingSink } from '../sink.js';

/**
 * Which of a chart's files Helm leaves out when it loads the chart (LoadDir: the chart's
 * `.helmignore`, then the built-in `templates/.?*`), so that the chart rules judge the
 * chart Argo CD renders, not the directory. Value files an Application lists are not
 * affected: Helm reads `-f` files from the file system (checked with `helm template -f`).
 */
export interface ChartIgnore {
  /** The rule that leaves out `rel` (relative to the chart) or a directory above it; undefined when Helm loads it. */
  dropped(rel: string): IgnoreRule | undefined;
  /** The `.helmignore` (repo path) whose rules apply; undefined when only the built-in rule does. */
  file?: string;
}

/**
 * A chart without a `.helmignore`: Helm's built-in `templates/.?*` alone, a dot-entry of
 * two characters or more directly in templates/ (a directory takes its contents along).
 * Answered from the path: nothing read, nothing walked.
 */
export const BUILTIN_ONLY: ChartIgnore = {
  dropped(rel) {
    if (!rel.startsWith('templates/.')) return undefined;
    const end = rel.indexOf('/', 10);
    return (end < 0 ? rel.length : end) - 10 >= 2 ? BUILTIN_RULE : undefined;
  },
};

/**
 * Work one chart's `.helmignore` may take, in pattern length times path length (an upper
 * bound of Go's match): spent whole in about 50 ms (100,000 patterns, measured). A real one
 * (twenty patterns, a few hundred files) takes a few percent of it.
 */
export const IGNORE_BUDGET = 50_000_000;
/** Entries of one chart walked to apply its `.helmignore`, at most. */
export const MAX_IGNORE_ENTRIES = 100_000;

/**
 * Parsed `.helmignore` files by content (HelmIgnore is immutable): a repo whose charts all
 * carry the same one (`helm create`'s, or the one generate writes) parses it once. Parsing
 * it anew for each of 10,000 charts was most of what the files cost (measured).
 */
const parsedByContent = new Map<string, ReturnType<typeof HelmIgnore.parse>>();
const MAX_CACHED = 256;
const MAX_CACHED_BYTES = 16 * 1024;

function parseCached(data: Uint8Array): ReturnType<typeof HelmIgnore.parse> {
  if (data.length > MAX_CACHED_BYTES) return HelmIgnore.parse(data);
  const key = Buffer.from(data.buffer, data.byteOffset, data.byteLength).toString('latin1');
  let parsed = parsedByContent.get(key);
  if (!parsed) {
    if (parsedByContent.size >= MAX_CACHED) parsedByContent.clear();
    parsedByContent.set(key, (parsed = HelmIgnore.parse(data)));
  }
  return parsed;
}

/** Where a rule's finding goes: its line and column in the `.helmignore`. */
export const rulePosition = (r: IgnoreRule): Position => ({ line: r.line, column: r.column });

/**
 * The chart's ignore rules, as Helm would apply them. A `.helmignore` that cannot be read,
 * that Helm refuses, or that leaves out Chart.yaml (Helm then cannot load the chart) is
 * reported, and the chart's other rules read the chart as if it had none. `names`: the
 * files directly in the chart, from the listing (a chart without one costs nothing here).
 */
export async function loadChartIgnore(view: RepoView, sink: FindingSink, dir: string, names: readonly string[]): Promise<ChartIgnore> {
  const file = `${dir}/.helmignore`;
  if (!names.includes('.helmignore')) {
    if ((await view.listDirs(dir)).includes('.helmignore')) sink.add('chart.helmignore', file, undefined, `${file} is a directory: Helm fails reading it ("is a directory") and cannot load the chart.`);
    return BUILTIN_ONLY;
  }
  const notApplied = 'its rules were not applied: the chart was checked as if it had no .helmignore';
  const read = readBytesSync(view.root, file);
  if ('issue' in read) {
    sink.add('file.unreadable', file, undefined, `${file}: ${read.issue.detail}; ${notApplied}.`);
    return BUILTIN_ONLY;
  }
  const parsed = parseCached(read.data);
  if ('error' in parsed) {
    const e = parsed.error;
    const shown = e.text ? ` (\`${JSON.stringify(e.text.length > 80 ? `${e.text.slice(0, 77)}...` : e.text).slice(1, -1)}\`)` : '';
    sink.add('chart.helmignore', file, { line: e.line, column: e.column }, `Helm refuses this .helmignore, so it cannot load the chart: line ${e.line}${shown}: ${e.message}.`);
    return BUILTIN_ONLY;
  }
  const rules = parsed.rules;
  if (rules.empty) return BUILTIN_ONLY;

  // Helm's walk: every entry of the chart, top down, skipping what an ignored directory holds.
  const dropped = new Map<string, IgnoreRule>();
  const budget = { left: IGNORE_BUDGET };
  let entries = 0;
  const walk = async (rel: string): Promise<void> => {
    const at = rel ? `${dir}/${rel}` : dir;
    for (const [isDir, list] of [[false, await view.list(at)], [true, await view.listDirs(at)]] as const) {
      for (const n of list) {
        if (++entries > MAX_IGNORE_ENTRIES) throw OUT_OF_BUDGET;
        const p = rel ? `${rel}/${n}` : n;
        const r = rules.why(p, isDir, budget);
        if (r) dropped.set(p, r);
        else if (isDir) await walk(p);
      }
    }
  };
  try {
    await walk('');
  } catch (e) {
    if (e !== OUT_OF_BUDGET) throw e;
    sink.add('file.unreadable', file, undefined, `${file}: applying its rules to the chart's ${entries > MAX_IGNORE_ENTRIES ? `more than ${MAX_IGNORE_ENTRIES.toLocaleString('en-US')} files and directories` : 'files'} takes more work than this check allows (too many or too long patterns); ${notApplied}.`);
    return BUILTIN_ONLY;
  }
  const ignore: ChartIgnore = {
    file,
    dropped(rel) {
      // The path itself, else the nearest directory above it that Helm skipped.
      for (let p = rel; p; p = p.slice(0, Math.max(0, p.lastIndexOf('/')))) {
        const r = dropped.get(p);
        if (r) return r;
      }
      return undefined;
    },
  };
  const chartYaml = ignore.dropped('Chart.yaml');
  if (chartYaml) {
    sink.add('chart.helmignore', file, rulePosition(chartYaml), `${describeRule(chartYaml)} ignores Chart.yaml: Helm cannot load the chart ("Chart.yaml file is missing"). The chart's other rules read it as if it had no .helmignore.`);
    return BUILTIN_ONLY;
  }
  return ignore;
}
