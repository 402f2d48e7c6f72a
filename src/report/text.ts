import type { Finding, Severity, ValidationSummary } from '../validate/types.js';
import { escapeTerminal } from './escape.js';
import { sortByLocation } from './order.js';

export interface TextOptions {
  /** ANSI colours for severities (for a TTY). Default false. */
  color?: boolean;
}

const COLORS: Record<Severity, string> = { error: '\u001b[31m', warning: '\u001b[33m', notice: '\u001b[36m' };
const RESET = '\u001b[0m';

function plural(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** `12 applications, 10 charts: 1 error, 2 warnings, 0 notices` */
export function summaryLine(summary: ValidationSummary): string {
  return (
    `${plural(summary.applications, 'application', 'applications')}, ${plural(summary.charts, 'chart', 'charts')}: ` +
    `${plural(summary.errors, 'error', 'errors')}, ${plural(summary.warnings, 'warning', 'warnings')}, ` +
    `${plural(summary.notices, 'notice', 'notices')}`
  );
}

/** Continuation lines of a multi-line text, indented under their first line. */
function indent(text: string, prefix: string): string {
  return text.replace(/\r\n?/g, '\n').split('\n').join(`\n${prefix}`);
}

/**
 * `file:line:col`, or just the file when there is no position, or `(repository)` for a
 * finding about the repository as a whole (no file), whatever line it carries: it names
 * no file that `:1:1` could point into.
 */
export function formatLocation(f: Finding): string {
  if (!f.file) return '(repository)';
  const file = escapeTerminal(f.file);
  if (!(f.line >= 1)) return file;
  return f.column >= 1 ? `${file}:${f.line}:${f.column}` : `${file}:${f.line}`;
}

/**
 * Terminal output for the CLI, one block per finding in location order:
 *
 *     argo-apps/argo-apps-prod/cart-application.yaml:12:7 error [rule-id] message
 *       hint: ...
 *
 * then the summary line. Ends with a newline.
 */
export function formatText(findings: readonly Finding[], summary: ValidationSummary, options: TextOptions = {}): string {
  const lines: string[] = [];
  for (const f of sortByLocation(findings)) {
    const sev = options.color ? `${COLORS[f.severity]}${f.severity}${RESET}` : f.severity;
    lines.push(`${formatLocation(f)} ${sev} [${f.ruleId}] ${indent(escapeTerminal(f.message, true), '  ')}`);
    const hint = (f.hint ?? '').trim();
    // Hints quote paths too (a file name may carry escape sequences).
    if (hint) lines.push(`  hint: ${indent(escapeTerminal(hint, true), '        ')}`);
  }
  if (lines.length) lines.push('');
  lines.push(summaryLine(summary));
  return `${lines.join('\n')}\n`;
}
