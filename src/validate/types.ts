export type Severity = 'error' | 'warning' | 'notice';

/** One problem found in the platform repo, pinned to a file position (1-based). */
export interface Finding {
  ruleId: string;
  severity: Severity;
  /** Path relative to the repo root, forward slashes. */
  file: string;
  line: number;
  column: number;
  endLine?: number;
  endColumn?: number;
  message: string;
  hint: string;
}

/** A rule's catalogue entry: stable id, default severity, what it checks and how to fix it. */
export interface RuleMeta {
  id: string;
  severity: Severity;
  title: string;
  description: string;
  hint: string;
  /** Where the rule is documented (SARIF's `helpUri`), e.g. a policy's POLICIES.md section. */
  helpUri?: string;
}

export interface ValidationSummary {
  applications: number;
  charts: number;
  errors: number;
  warnings: number;
  notices: number;
}
