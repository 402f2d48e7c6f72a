import type { RepoModel } from '../repo/types.js';
import type { Finding, Severity, ValidationSummary } from '../validate/types.js';
import { escapeCell } from './escape.js';
import { DEFAULT_GRAPH_LIMIT, renderMermaid } from './mermaid.js';
import { SEVERITY_RANK, sortBySeverity } from './order.js';

export { renderMermaid } from './mermaid.js';

export const DEFAULT_MAX_ROWS = 200;
const DEFAULT_MAX_CELL = 300;

export const SEVERITY_ICON: Record<Severity, string> = { error: '❌', warning: '⚠️', notice: 'ℹ️' };

export interface SummaryInput {
  findings: readonly Finding[];
  summary: ValidationSummary;
  /** Without a model there is no graph. */
  model?: RepoModel;
}

export interface SummaryOptions {
  /** Heading text after the outcome icon. Default `GitOps validation`. */
  title?: string;
  /** Rows in the findings table before "N more". Default 200. */
  maxRows?: number;
  /** Node cap of the Mermaid graph. Default 40. */
  graphLimit?: number;
  /** Report files named in the "N more" line, e.g. `gitops-report.json`. */
  reportFiles?: string[];
  /** Characters kept per message/hint cell. Default 300. */
  maxCellLength?: number;
  /**
   * The step's `fail-on`, which the heading's verdict follows (as the step's exit and the
   * check run's conclusion do). Default `error`.
   */
  failOn?: 'error' | 'warning' | 'never';
}

/** What `writeSummary` needs from `core.summary`; `core.summary` itself fits. */
export interface SummaryWriter {
  addRaw(text: string, addEOL?: boolean): SummaryWriter;
  write(): Promise<unknown>;
}

function plural(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

/**
 * `## ❌ GitOps validation failed: 2 errors, 1 warning` and friends. The verdict is the step's:
 * with `fail-on: warning` a warning fails it, and with `fail-on: never` errors are reported as
 * advisory, so the summary never says "passed" above a failed step, nor "failed" above a green one.
 */
export function outcomeHeading(summary: ValidationSummary, title = 'GitOps validation', failOn: SummaryOptions['failOn'] = 'error'): string {
  const t = escapeCell(title);
  const counts = [summary.errors ? plural(summary.errors, 'error', 'errors') : '', summary.warnings ? plural(summary.warnings, 'warning', 'warnings') : ''].filter(Boolean).join(', ');
  if (failOn === 'never' && summary.errors > 0) return `## ${SEVERITY_ICON.warning} ${t} found ${counts} (advisory: fail-on is never)`;
  if (summary.errors > 0) return `## ${SEVERITY_ICON.error} ${t} failed: ${counts}`;
  if (failOn === 'warning' && summary.warnings > 0) return `## ${SEVERITY_ICON.error} ${t} failed: ${counts} (fail-on is warning)`;
  if (summary.warnings > 0) return `## ${SEVERITY_ICON.warning} ${t} passed with ${counts}`;
  return `## ✅ ${t} passed`;
}

function countsTable(s: ValidationSummary): string {
  return [
    '| Applications | Charts | Errors | Warnings | Notices |',
    '| ---: | ---: | ---: | ---: | ---: |',
    `| ${s.applications} | ${s.charts} | ${s.errors} | ${s.warnings} | ${s.notices} |`,
  ].join('\n');
}

function locationCell(f: Finding): string {
  if (!f.file) return '(repository)';
  const loc = f.line >= 1 ? `${f.file}:${f.line}` : f.file;
  return `<code>${escapeCell(loc)}</code>`;
}

/** The findings table, errors first, capped at `maxRows` with a "N more" line. */
export function findingsTable(findings: readonly Finding[], options: SummaryOptions = {}): string {
  const maxRows = Math.max(0, options.maxRows ?? DEFAULT_MAX_ROWS);
  const maxCell = options.maxCellLength ?? DEFAULT_MAX_CELL;
  const sorted = sortBySeverity(findings);
  const rows = sorted.slice(0, maxRows).map(
    (f) =>
      `| ${SEVERITY_ICON[f.severity]} | <code>${escapeCell(f.ruleId)}</code> | ${locationCell(f)} | ` +
      `${escapeCell(f.message, maxCell)} | ${escapeCell(f.hint ?? '', maxCell)} |`,
  );
  const out = ['| | Rule | Location | Message | Hint |', '| :-: | --- | --- | --- | --- |', ...rows].join('\n');
  const more = sorted.length - rows.length;
  if (more <= 0) return out;
  const where = options.reportFiles?.length
    ? options.reportFiles.map((p) => `<code>${escapeCell(p)}</code>`).join(' / ')
    : 'the JSON/SARIF report';
  return `${out}\n\n_${more} more in ${where}._`;
}

/**
 * Findings per rule, most severe rule first, then the most frequent: beside a findings table
 * cut at `maxRows`, whose rows (errors first, in file order) may all be one rule's in the first
 * files, it shows what the rest are (40,000 findings: 200 rows of three error rules, and
 * nothing of the 10,000 warnings but their count).
 */
export function ruleCountsTable(findings: readonly Finding[]): string {
  const byRule = new Map<string, { severity: Severity; n: number }>();
  for (const f of findings) {
    const key = `${f.severity}\0${f.ruleId}`;
    const c = byRule.get(key);
    if (c) c.n++;
    else byRule.set(key, { severity: f.severity, n: 1 });
  }
  const rows = [...byRule.entries()]
    .map(([key, c]) => ({ ruleId: key.slice(key.indexOf('\0') + 1), ...c }))
    .sort((a, b) => SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity] || b.n - a.n || (a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0))
    .map((r) => `| ${SEVERITY_ICON[r.severity]} | <code>${escapeCell(r.ruleId, 120)}</code> | ${r.n} |`);
  return ['| | Rule | Findings |', '| :-: | --- | ---: |', ...rows].join('\n');
}

function skippedLine(model: RepoModel): string | undefined {
  if (!model.skipped.length) return undefined;
  const byKind = new Map<string, number>();
  for (const s of model.skipped) byKind.set(s.kind, (byKind.get(s.kind) ?? 0) + 1);
  const parts = [...byKind.entries()]
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    .map(([kind, n]) => `${n} ${escapeCell(kind, 60)}`);
  return `Skipped (not Applications): ${parts.join(', ')}.`;
}

/**
 * GitHub refuses a step's job summary over 1 MiB ("upload aborted") and shows none of it; the
 * summary keeps a margin under that.
 */
export const SUMMARY_MAX_BYTES = 1024 * 1024 - 64 * 1024;

/**
 * The job summary as markdown: outcome heading, counts table, findings table (capped),
 * and a Mermaid graph of root → cluster → Application → chart when a model is given.
 * Everything from the repo is escaped. Over SUMMARY_MAX_BYTES (long names and messages whose
 * escapes grow them), the table keeps fewer rows, its "N more" line naming the reports.
 */
export function buildSummary(input: SummaryInput, options: SummaryOptions = {}): string {
  let rows = Math.max(0, options.maxRows ?? DEFAULT_MAX_ROWS);
  let markdown = renderSummary(input, { ...options, maxRows: rows });
  while (rows > 0 && Buffer.byteLength(markdown) > SUMMARY_MAX_BYTES) {
    rows = Math.floor(rows / 2);
    markdown = renderSummary(input, { ...options, maxRows: rows });
  }
  return markdown;
}

function renderSummary(input: SummaryInput, options: SummaryOptions): string {
  const parts = [outcomeHeading(input.summary, options.title, options.failOn), countsTable(input.summary)];
  if (input.model) {
    const skipped = skippedLine(input.model);
    if (skipped) parts.push(skipped);
  }
  if (input.findings.length > Math.max(0, options.maxRows ?? DEFAULT_MAX_ROWS)) {
    parts.push('### Findings by rule');
    parts.push(ruleCountsTable(input.findings));
  }
  parts.push('### Findings');
  parts.push(input.findings.length ? findingsTable(input.findings, options) : 'No findings.');
  if (input.model) {
    parts.push('### Applications');
    parts.push(`\`\`\`mermaid\n${renderMermaid(input.model, input.findings, options.graphLimit ?? DEFAULT_GRAPH_LIMIT)}\`\`\``);
  }
  return `${parts.join('\n\n')}\n`;
}

/** Append the markdown to the job summary and flush it. */
export async function writeSummary(markdown: string, writer: SummaryWriter): Promise<void> {
  await writer.addRaw(markdown, true).write();
}
