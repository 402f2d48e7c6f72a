import * as core from '@actions/core';
import { Reporter, type ReporterOptions } from './reporter.js';

export * from './annotations.js';
export * from './escape.js';
export * from './json.js';
export * from './mermaid.js';
export * from './order.js';
export * from './reporter.js';
export * from './sarif.js';
export {
  buildSummary,
  DEFAULT_MAX_ROWS,
  findingsTable,
  outcomeHeading,
  SEVERITY_ICON,
  SUMMARY_MAX_BYTES,
  type SummaryInput,
  type SummaryOptions,
  type SummaryWriter,
  writeSummary,
} from './summary.js';
export * from './text.js';

/**
 * A Reporter wired to `@actions/core`: annotations and log lines through `core`, the job
 * summary through `core.summary` when GITHUB_STEP_SUMMARY is set.
 */
export function createActionReporter(options: ReporterOptions): Reporter {
  return new Reporter(
    {
      annotator: core,
      summary: process.env.GITHUB_STEP_SUMMARY ? core.summary : null,
      log: { info: core.info, warning: (m) => core.warning(m) },
    },
    options,
  );
}
