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
  /** For an item about a waiver: where the waiver is written, `<waivers file>:<line>`. */
  source?: string;
  /** The pack that produced the item: 'constitution', 'security-baseline', 'production', 'org:<name>', 'gate'. */
  pack?: string;
  /** 0-based index of the YAML document in the file, when the item is about one (null otherwise). */
  document?: number | null;
  /** Path of keys / indexes inside that document (e.g. ['spec','destination','namespace']), or null. */
  field?: (string | number)[] | null;
  /** In generate: the input that produced the denied value of a created file (e.g. 'replicas'); the message says how to change it. */
  input?: string;
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
  /** Warnings, including every waived denial (which is also listed in `waived`). */
  warnings: PolicyItem[];
  waived: PolicyItem[];
  evaluated: EvaluatedRule[];
  /** Packs that were active: 'constitution', built-in packs, 'org:<name>'. */
  packs?: string[];
  /** The input's clusters that `production-clusters` names production (whether or not the production pack is on). */
  production_clusters?: string[];
}
