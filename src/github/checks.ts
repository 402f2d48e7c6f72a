/**
 * Check status: a check run (name from input `check-name`) with a conclusion, a
 * summary and the findings as annotations, sent in batches of at most 50 (a create,
 * then updates, as GitHub requires). A token without `checks: write` falls back to a
 * commit status; when that is refused too, a warning. Never a crash.
 */
import type { Decision } from '../policy/types.js';
import type { Finding, Severity } from '../validate/types.js';
import { errorMessage } from '../errors.js';
import { itemSource, openWarnings, waiverSentence } from '../policy/findings.js';
import { errorStatus, type GitHubApi } from './client.js';
import { link } from './pr-body.js';
import { escapeMarkdown } from '../report/escape.js';
import { SEVERITY_RANK } from '../report/order.js';

/** GitHub accepts at most 50 annotations per create or update request. */
export const ANNOTATIONS_PER_REQUEST = 50;
/**
 * At most this many findings are annotated on a validate check run (20 requests). Each further 50
 * costs a write, which GitHub's integration guidance paces a second apart and its secondary rate
 * limit caps at 80 a minute: the 20,000 denials of a large repo's policy-on-validate would hold
 * the step (and the token) for many minutes, for annotations nobody reads one by one.
 */
export const MAX_CHECK_ANNOTATIONS = 1000;
/** Limits of a check run's output fields (characters). */
export const OUTPUT_TEXT_LIMIT = 65_535;
const TITLE_LIMIT = 255;
const STATUS_DESCRIPTION_LIMIT = 140;

export type CheckConclusion = 'success' | 'failure' | 'neutral' | 'action_required';

export interface CheckAnnotation {
  path: string;
  start_line: number;
  end_line: number;
  start_column?: number;
  end_column?: number;
  annotation_level: 'notice' | 'warning' | 'failure';
  message: string;
  title?: string;
  raw_details?: string;
}

export interface CheckReport {
  name: string;
  headSha: string;
  conclusion: CheckConclusion;
  title: string;
  summary: string;
  text?: string;
  annotations: CheckAnnotation[];
  /** Link to the run (check `details_url`, status `target_url`). */
  detailsUrl?: string;
}

export type CheckResult =
  | { kind: 'check-run'; id: number; url?: string; batches: number }
  | { kind: 'status'; state: 'success' | 'failure' | 'error' | 'pending' }
  | { kind: 'warning'; message: string };

export interface CheckLogger {
  warn(message: string): void;
}

const LEVEL: Record<Severity, CheckAnnotation['annotation_level']> = { error: 'failure', warning: 'warning', notice: 'notice' };

function clip(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}

export function findingToAnnotation(f: Finding): CheckAnnotation {
  const start = Math.max(1, Math.floor(f.line || 1));
  const end = Math.max(start, Math.floor(f.endLine ?? start));
  const a: CheckAnnotation = {
    path: f.file.replace(/^\.?\//, ''),
    start_line: start,
    end_line: end,
    annotation_level: LEVEL[f.severity],
    message: clip(f.hint ? `${f.message}\n${f.hint}` : f.message, 64_000),
    title: clip(f.ruleId, TITLE_LIMIT),
  };
  // Columns only when the annotation stays on one line (GitHub's rule).
  if (start === end && f.column > 0) {
    a.start_column = Math.floor(f.column);
    const endColumn = Math.floor(f.endColumn ?? f.column);
    a.end_column = Math.max(a.start_column, endColumn);
  }
  return a;
}

/** Text from the repo in the summary's markdown (check run output is rendered as GitHub markdown). */
const cell = escapeMarkdown;

/** A file or rule id in a table cell, as code: `<code>`, since in a backtick span a backtick from the name would close it. */
function codeCell(text: string): string {
  return `<code>${cell(text)}</code>`;
}

/** Errors first, then warnings, then notices (a stable sort: each kind in the order given). */
function bySeverity(findings: readonly Finding[]): Finding[] {
  return [...findings].sort((a, b) => SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity]);
}

/** A table of findings (errors first, at most 200 rows) for a check run's summary. */
function findingRows(findings: readonly Finding[], max = 200, rest = 'are in the annotations'): string[] {
  if (findings.length === 0) return [];
  const sorted = bySeverity(findings);
  return [
    '',
    '| Severity | Rule | Where | Message |',
    '| --- | --- | --- | --- |',
    ...sorted.slice(0, max).map((f) => `| ${f.severity} | ${codeCell(f.ruleId)} | ${codeCell(`${f.file}:${f.line}`)} | ${cell(f.message)} |`),
    ...(findings.length > max ? ['', `… ${findings.length - max} more findings ${rest}.`] : []),
  ];
}

function counts(findings: readonly Finding[]): Record<Severity, number> {
  const c: Record<Severity, number> = { error: 0, warning: 0, notice: 0 };
  for (const f of findings) c[f.severity] += 1;
  return c;
}

/**
 * `mode: validate`: the check for a pull request's head. Its conclusion follows `fail-on`, as
 * the step does: `warning` fails on warnings too; `never` (advisory) reports errors as
 * `neutral`, which branch protection takes as passing, so a required check does not block
 * a merge the step let through.
 */
export function validationCheck(name: string, headSha: string, findings: readonly Finding[], detailsUrl?: string, failOn: 'error' | 'warning' | 'never' = 'error'): CheckReport {
  const c = counts(findings);
  const invalid = c.error > 0 || (failOn === 'warning' && c.warning > 0);
  const conclusion: CheckConclusion = !invalid ? 'success' : failOn === 'never' ? 'neutral' : 'failure';
  const verdict = !invalid ? 'passed' : failOn === 'never' ? 'found problems (advisory: fail-on is never)' : 'failed';
  const title = `${invalid ? 'Invalid' : 'Valid'}: ${c.error} errors, ${c.warning} warnings, ${c.notice} notices`;
  const capped = findings.length > MAX_CHECK_ANNOTATIONS;
  const annotated = capped ? bySeverity(findings).slice(0, MAX_CHECK_ANNOTATIONS) : findings;
  const summary = [
    `GitOps validation: **${verdict}** (${c.error} errors, ${c.warning} warnings, ${c.notice} notices).`,
    ...(capped ? ['', `The first ${MAX_CHECK_ANNOTATIONS} findings, errors first, are annotated on this check; all ${findings.length} are in the step's log and its JSON report (output \`report-file\`).`] : []),
    ...findingRows(findings, 200, capped ? "are in the annotations, the step's log and its JSON report" : undefined),
  ].join('\n');
  return { name, headSha, conclusion, title, summary, annotations: annotated.map(findingToAnnotation), detailsUrl };
}

/**
 * `mode: generate`: the check on the proposal's commit, so the action's own pull
 * request has a status even though pull requests opened with GITHUB_TOKEN start no workflows.
 */
export function proposalCheck(
  name: string,
  headSha: string,
  decision: Decision,
  findings: readonly Finding[] = [],
  detailsUrl?: string,
  /**
   * A person's commits on the branch under this sha: the validation was of the checkout with the
   * proposal, not of their files, so a clean result is `neutral` (not a pass it did not check),
   * and the summary says so.
   */
  unvalidated: readonly { sha: string; author: string; message: string }[] = [],
): CheckReport {
  const c = counts(findings);
  const failed = !decision.allow || c.error > 0;
  const title = `Policy: ${decision.allow ? 'allowed' : 'denied'} · Validation: ${c.error} errors, ${c.warning} warnings${unvalidated.length && !failed ? ' · a person’s commits not validated' : ''}`;
  const itemRow = (kind: string) => (i: Decision['denials'][number]) =>
    `| ${kind} | ${link(i.rule_id, i.citation)} | ${i.path ? codeCell(i.path) : ''} | ${cell(i.message)}${i.waiver ? ` — ${cell(waiverSentence(i))}` : ''} |`;
  // A waived denial is in `warnings` too (POLICIES.md, Decision document): listed once, as waived, with its waiver.
  const open = openWarnings(decision);
  const summary = [
    `Policy gate: **${decision.allow ? 'allowed' : 'denied'}** — ${decision.evaluated.length} rules evaluated, ` +
      `${decision.denials.length} denied, ${open.length} warnings, ${decision.waived.length} waived.`,
    `Validation of the repository with the proposal: ${c.error} errors, ${c.warning} warnings, ${c.notice} notices.`,
    ...(unvalidated.length
      ? [
          '',
          `The branch also holds ${unvalidated.length} commit(s) pushed by a person, which this check did not validate (it validates the checkout with the proposal): ` +
            `${unvalidated.slice(0, 10).map((u) => `${u.sha.slice(0, 7)} by ${cell(u.author)} ("${cell(u.message)}")`).join(', ')}${unvalidated.length > 10 ? ', …' : ''}. ` +
            'The validate check of the pull request (mode: validate on pull_request) judges them.',
        ]
      : []),
    ...(decision.denials.length + decision.warnings.length + decision.waived.length
      ? [
          '',
          '| Result | Rule | File | Message |',
          '| --- | --- | --- | --- |',
          ...decision.denials.map(itemRow('denied')),
          ...open.map(itemRow('warning')),
          ...decision.waived.map(itemRow('waived')),
        ]
      : []),
    ...findingRows(findings),
  ].join('\n');
  const policyAnnotations: CheckAnnotation[] = [
    ...decision.denials.map((d) => ({ d, level: 'failure' as const })),
    ...decision.warnings.map((d) => ({ d, level: 'warning' as const })),
  ]
    .filter(({ d }) => d.path || itemSource(d))
    .map(({ d, level }) => {
      // An item about a waiver goes on the waiver's line: its path is the waiver's glob, no file.
      const at = itemSource(d) ?? { file: d.path, line: 1 };
      return {
        path: at.file,
        start_line: at.line,
        end_line: at.line,
        annotation_level: level,
        title: clip(`${d.rule_id}: ${d.title}`, TITLE_LIMIT),
        message: clip(`${d.message}\nSee ${d.citation}${d.waiver ? `\n${waiverSentence(d)}` : ''}`, 64_000),
      };
    });
  return {
    name,
    headSha,
    conclusion: failed ? 'failure' : unvalidated.length ? 'neutral' : 'success',
    title,
    summary,
    annotations: [...policyAnnotations, ...findings.map(findingToAnnotation)],
    detailsUrl,
  };
}

function statusState(conclusion: CheckConclusion): 'success' | 'failure' {
  return conclusion === 'success' || conclusion === 'neutral' ? 'success' : 'failure';
}

/**
 * Reports a check: a check run with every annotation (in batches of 50), else a commit
 * status (token without `checks: write`), else a warning. Never throws.
 */
export async function reportCheck(
  api: GitHubApi,
  target: { owner: string; repo: string },
  report: CheckReport,
  log: CheckLogger = { warn: () => undefined },
  /**
   * Why the token may be read-only whatever the job grants (a pull request from a fork): said
   * instead of advice to grant a permission that cannot be granted there.
   */
  readOnly?: string,
): Promise<CheckResult> {
  const p = { owner: target.owner, repo: target.repo };
  const output = (annotations: CheckAnnotation[]) => ({
    title: clip(report.title, TITLE_LIMIT),
    summary: clip(report.summary, OUTPUT_TEXT_LIMIT),
    ...(report.text ? { text: clip(report.text, OUTPUT_TEXT_LIMIT) } : {}),
    ...(annotations.length ? { annotations } : {}),
  });
  const batches: CheckAnnotation[][] = [];
  for (let i = 0; i < report.annotations.length; i += ANNOTATIONS_PER_REQUEST) {
    batches.push(report.annotations.slice(i, i + ANNOTATIONS_PER_REQUEST));
  }
  let run: { id: number; html_url?: string | null };
  try {
    run = (
      await api.request('POST /repos/{owner}/{repo}/check-runs', {
        ...p,
        name: report.name,
        head_sha: report.headSha,
        status: 'completed',
        conclusion: report.conclusion,
        completed_at: new Date().toISOString(),
        ...(report.detailsUrl ? { details_url: report.detailsUrl } : {}),
        output: output(batches[0] ?? []),
      })
    ).data as { id: number; html_url?: string | null };
  } catch (err) {
    const s = errorStatus(err);
    if (s !== 403 && s !== 404) {
      const message = `Could not create the check run '${report.name}': ${errorMessage(err)}`;
      log.warn(message);
      return { kind: 'warning', message };
    }
    log.warn(
      `The token cannot create check runs (${s}: ${errorMessage(err)}); reporting a commit status instead. ` +
        (readOnly ? `${readOnly}.` : `Grant 'checks: write' to get annotations on the pull request.`),
    );
    return commitStatus(api, p, report, log, readOnly);
  }
  let sent = 1;
  for (const batch of batches.slice(1)) {
    try {
      await api.request('PATCH /repos/{owner}/{repo}/check-runs/{check_run_id}', { ...p, check_run_id: run.id, output: output(batch) });
      sent += 1;
    } catch (err) {
      log.warn(
        `Check run '${report.name}': ${report.annotations.length - Math.min(report.annotations.length, sent * ANNOTATIONS_PER_REQUEST)} annotations were not sent: ${errorMessage(err)}`,
      );
      break;
    }
  }
  return { kind: 'check-run', id: run.id, url: run.html_url ?? undefined, batches: sent };
}

async function commitStatus(
  api: GitHubApi,
  p: { owner: string; repo: string },
  report: CheckReport,
  log: CheckLogger,
  readOnly?: string,
): Promise<CheckResult> {
  const state = statusState(report.conclusion);
  try {
    await api.request('POST /repos/{owner}/{repo}/statuses/{sha}', {
      ...p,
      sha: report.headSha,
      state,
      context: report.name,
      description: clip(report.title, STATUS_DESCRIPTION_LIMIT),
      ...(report.detailsUrl ? { target_url: report.detailsUrl } : {}),
    });
    return { kind: 'status', state };
  } catch (err) {
    const message =
      `Could not report '${report.name}' on ${report.headSha.slice(0, 7)} as a check run or a commit status ` +
      `(${errorMessage(err)}). ${readOnly ? `${readOnly}; the findings are in the job's annotations and summary` : "Grant the token 'checks: write' (or 'statuses: write')"}. Result: ${report.title}`;
    log.warn(message);
    return { kind: 'warning', message };
  }
}
