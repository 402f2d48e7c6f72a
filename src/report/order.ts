import type { Finding, Severity } from '../validate/types.js';

/** Errors first, then warnings, then notices. */
export const SEVERITY_RANK: Record<Severity, number> = { error: 0, warning: 1, notice: 2 };

function cmpStr(a: string, b: string): number {
  // Plain code-unit order: the same on every machine and locale.
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Deterministic location order: file, line, column, rule id, then message. */
export function compareFindings(a: Finding, b: Finding): number {
  return (
    cmpStr(a.file, b.file) ||
    a.line - b.line ||
    a.column - b.column ||
    cmpStr(a.ruleId, b.ruleId) ||
    cmpStr(a.message, b.message)
  );
}

/** A sorted copy by location (file, line, column, rule id). */
export function sortByLocation(findings: readonly Finding[]): Finding[] {
  return [...findings].sort(compareFindings);
}

/** A sorted copy: severity first (errors first), then location. */
export function sortBySeverity(findings: readonly Finding[]): Finding[] {
  return [...findings].sort((a, b) => SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity] || compareFindings(a, b));
}

/** Counts per severity, computed from findings. */
export function countBySeverity(findings: readonly Finding[]): Record<Severity, number> {
  const counts: Record<Severity, number> = { error: 0, warning: 0, notice: 0 };
  for (const f of findings) counts[f.severity]++;
  return counts;
}
