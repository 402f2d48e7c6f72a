import type { Position } from '../repo/types.js';
import { RULE_BY_ID, type RuleId } from './catalogue.js';
import type { Finding, Severity, ValidationSummary } from './types.js';

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
      message,
      hint: hint ?? rule.hint,
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
