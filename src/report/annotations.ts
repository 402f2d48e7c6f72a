import type { Finding } from '../validate/types.js';
import { countBySeverity, sortBySeverity } from './order.js';

/** The annotation properties of `@actions/core` (same shape, so `core` itself fits `Annotator`). */
export interface AnnotationProps {
  title?: string;
  file?: string;
  startLine?: number;
  endLine?: number;
  startColumn?: number;
  endColumn?: number;
}

/** What annotations need from `@actions/core`; tests hand in a fake. */
export interface Annotator {
  error(message: string, properties?: AnnotationProps): void;
  warning(message: string, properties?: AnnotationProps): void;
  notice(message: string, properties?: AnnotationProps): void;
  /** Optional: a log line when GitHub will not show every annotation. */
  info?(message: string): void;
}

/** GitHub shows at most this many error and this many warning annotations per step. */
export const GITHUB_ANNOTATION_LIMIT = 10;

function valid(n: number | undefined): n is number {
  return n !== undefined && Number.isFinite(n) && n >= 1;
}

/**
 * Annotation properties for a finding. GitHub rejects columns on a multi-line range, so
 * columns are sent only when the range stays on one line.
 */
export function annotationProps(f: Finding): AnnotationProps {
  const props: AnnotationProps = { title: f.ruleId };
  if (!f.file) return props;
  props.file = f.file;
  if (!valid(f.line)) return props;
  props.startLine = f.line;
  const multiLine = valid(f.endLine) && f.endLine > f.line;
  if (multiLine) {
    props.endLine = f.endLine;
    return props;
  }
  if (valid(f.column)) {
    props.startColumn = f.column;
    if (valid(f.endColumn) && f.endColumn > f.column) {
      props.endLine = f.line;
      props.endColumn = f.endColumn;
    }
  }
  return props;
}

/** The annotation text: the message, then the hint on its own line. */
export function annotationMessage(f: Finding): string {
  const hint = (f.hint ?? '').trim();
  return hint ? `${f.message}\nHint: ${hint}` : f.message;
}

/**
 * One annotation per finding, errors first, then warnings, then notices (each group in
 * location order), so the ones GitHub keeps (10 errors, 10 warnings per step) are the
 * most important. All are emitted: the log keeps them even when the UI does not.
 * Returns the number emitted.
 */
export function emitAnnotations(findings: readonly Finding[], annotator: Annotator): number {
  const sorted = sortBySeverity(findings);
  for (const f of sorted) annotator[f.severity](annotationMessage(f), annotationProps(f));
  const counts = countBySeverity(findings);
  if (annotator.info && (counts.error > GITHUB_ANNOTATION_LIMIT || counts.warning > GITHUB_ANNOTATION_LIMIT)) {
    annotator.info(
      `GitHub shows at most ${GITHUB_ANNOTATION_LIMIT} error and ${GITHUB_ANNOTATION_LIMIT} warning annotations per step ` +
        `(${counts.error} errors, ${counts.warning} warnings here): see the job summary and the JSON/SARIF report for all of them.`,
    );
  }
  return sorted.length;
}
