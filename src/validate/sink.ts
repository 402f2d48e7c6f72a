import type { Position } from '../repo/types.js';
import { RULE_BY_ID, type RuleId } from './catalogue.js';
import type { Finding, Severity, ValidationSummary } from './types.js';

/** The longest message or hint a finding carries; see bounded(). */
export const MAX_MESSAGE_CHARS = 2000;

/**
 * A message quotes what it is about (a name, a path, a value), and those are the repo's: a
 * 200,000-character `metadata.name` would make every annotation, log line and report entry
 * that long. The middle is cut, so the start (what) and the end (why) stay.
 */
export function bounded(text: string): string {
  if (text.length <= MAX_MESSAGE_CHARS) return text;
  // Never between the two halves of a surrogate pair.
  let h = 1200;
  if (/[\ud800-\udbff]/.test(text[h - 1])) h--;
  let t = text.length - 600;
  if (/[\udc00-\udfff]/.test(text[t])) t++;
  const head = text.slice(0, h);
  const tail = text.slice(t);
  return `${head}…[${text.length - head.length - tail.length} characters cut]…${tail}`;
}

/** Collects findings; severity and the default hint come from the rule catalogue. */
export class FindingSink {
  readonly findings: Finding[] = [];

  add(ruleId: RuleId, file: string, pos: Position | undefined, message: string, hint?: string): void {
    const rule = RULE_BY_ID.get(ruleId);
    if (!rule) throw new Error(`unknown rule id ${ruleId}`); // a bug, not a user mistake
    this.findings.push({
      ruleId,
      severity: rule.severity,
      file,
      line: pos?.line ?? 1,
      column: pos?.column ?? 1,
      message: bounded(message),
      hint: bounded(hint ?? rule.hint),
    });
  }

  count(severity: Severity): number {
    let n = 0;
    for (const f of this.findings) if (f.severity === severity) n++;
    return n;
  }
}

export function summarize(findings: Finding[], applications: number, charts: number): ValidationSummary {
  const s: ValidationSummary = { applications, charts, errors: 0, warnings: 0, notices: 0 };
  for (const f of findings) {
    if (f.severity === 'error') s.errors++;
    else if (f.severity === 'warning') s.warnings++;
    else s.notices++;
  }
  return s;
}

export function sortFindings(findings: Finding[]): Finding[] {
  return findings.sort(
    (a, b) =>
      (a.file < b.file ? -1 : a.file > b.file ? 1 : 0) ||
      a.line - b.line ||
      a.column - b.column ||
      (a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0) ||
      (a.message < b.message ? -1 : a.message > b.message ? 1 : 0),
  );
}

/** The report's findings and counts with more findings merged in (the policies' over the repo), in report order. */
export function withFindings<R extends { findings: Finding[]; summary: ValidationSummary }>(result: R, extra: Finding[]): R {
  const findings = sortFindings([...result.findings, ...extra]);
  return { ...result, findings, summary: summarize(findings, result.summary.applications, result.summary.charts) };
}
