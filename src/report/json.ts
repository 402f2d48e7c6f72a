import type { Finding, Severity, ValidationSummary } from '../validate/types.js';
import { sortByLocation } from './order.js';

/** One finding in the JSON report: exactly these keys, in this order. */
export interface JsonFinding {
  ruleId: string;
  severity: Severity;
  file: string;
  line: number;
  column: number;
  message: string;
  hint: string;
}

/** The JSON report, version 1. A contract read from outside: change the version to change the shape. */
export interface JsonReport {
  version: 1;
  findings: JsonFinding[];
  summary: ValidationSummary;
}

/**
 * The machine-readable report: `{ version: 1, findings: [...], summary: {...} }`.
 * Findings are sorted by file, line, column, rule id; only the contract keys are kept
 * (endLine/endColumn and anything else on a Finding are dropped).
 */
export function toJsonReport(findings: readonly Finding[], summary: ValidationSummary): JsonReport {
  return {
    version: 1,
    findings: sortByLocation(findings).map((f) => ({
      ruleId: f.ruleId,
      severity: f.severity,
      file: f.file,
      line: f.line,
      column: f.column,
      message: f.message,
      hint: f.hint ?? '',
    })),
    summary: {
      applications: summary.applications,
      charts: summary.charts,
      errors: summary.errors,
      warnings: summary.warnings,
      notices: summary.notices,
    },
  };
}

/** The JSON report as file content: two-space indent, trailing newline. */
export function formatJsonReport(findings: readonly Finding[], summary: ValidationSummary): string {
  return `${JSON.stringify(toJsonReport(findings, summary), null, 2)}\n`;
}
