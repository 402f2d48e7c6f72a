/** One rule's verdict item in the decision document (field names are the Rego output's, snake_case). */
export interface PolicyItem {
  rule_id: string;
  title: string;
  message: string;
  /** Repo-relative path of the file the item is about ('' when it concerns the whole proposal). */
  path: string;
  /** Link to the rule's section in POLICIES.md. */
  citation: string;
  /** For waived items: the waiver's reason, approver and expiry. */
  waiver?: { reason: string; approved_by: string; expires: string };
}

export interface EvaluatedRule {
  rule_id: string;
  title: string;
  citation: string;
  pack: string;
}

export interface Decision {
  allow: boolean;
  denials: PolicyItem[];
  warnings: PolicyItem[];
  waived: PolicyItem[];
  evaluated: EvaluatedRule[];
}
