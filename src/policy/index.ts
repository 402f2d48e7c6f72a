/**
 * The policy gate in two calls, for main.ts and the CLI:
 *   gateProposal(): generate mode, before any branch or pull request exists;
 *   gateRepo():     validate mode with `policy-on-validate`, as findings.
 */
import type { Proposal } from '../generate/types.js';
import type { RepoModel } from '../repo/types.js';
import type { Finding, RuleMeta } from '../validate/types.js';
import { decisionRules, decisionToFindings } from './findings.js';
import { loadGate, type GateOptions } from './gate.js';
import { buildPolicyInput, buildRepoPolicyInput, type PolicyConfig, type PolicyEvent, type PolicyInput } from './input.js';
import type { Decision, PolicyItem } from './types.js';
import { loadWaivers } from './waivers.js';

export * from './types.js';
export { BUILTIN_PACKS, DEFAULT_CONTROLLER_NAMESPACE, DEFAULT_PRODUCTION_CLUSTERS, DEFAULT_PROTECTED_NAMESPACES } from './input.js';
export { DEFAULT_POLICY_DIR } from './gate.js';
export { DEFAULT_WAIVERS_FILE } from './waivers.js';

export interface GateSettings extends PolicyConfig {
  /** Input `policy-dir` (default .trustacks/policies); `policyDirExplicit` when the user set it. */
  policyDir?: string;
  policyDirExplicit?: boolean;
  /** Input `waivers-file` (default .trustacks/waivers.yaml); `waiversFileExplicit` when the user set it. */
  waiversFile?: string;
  waiversFileExplicit?: boolean;
  /** The platform repo's folder in the repository, when it is one: the waivers' path globs are from it (LoadWaiversOptions.folder). */
  waiversFolder?: string;
  /** Overrides for tests and the bench. */
  wasmPath?: string;
  opaPath?: string;
}

export interface GateRun {
  decision: Decision;
  input: PolicyInput;
}

function gateOptions(root: string, s: GateSettings): GateOptions {
  return {
    root,
    ...(s.wasmPath ? { wasmPath: s.wasmPath } : {}),
    ...(s.opaPath ? { opaPath: s.opaPath } : {}),
    ...(s.policyDir ? { policyDir: s.policyDir } : {}),
    policyDirRequired: Boolean(s.policyDirExplicit),
  };
}

/** Evaluates a proposal. Throws UserError for configuration mistakes; otherwise never allows on failure. */
export async function gateProposal(
  proposal: Proposal,
  repo: RepoModel,
  settings: GateSettings,
  context: { event?: PolicyEvent; now?: Date | string } = {},
): Promise<GateRun> {
  const waivers = await loadWaivers({ root: repo.root, file: settings.waiversFile, required: Boolean(settings.waiversFileExplicit), folder: settings.waiversFolder });
  const gate = await loadGate(gateOptions(repo.root, settings));
  const input = buildPolicyInput(proposal, { config: settings, repo, waivers: waivers.waivers, event: context.event, now: context.now });
  return { decision: gate.evaluate(input, waivers.warnings), input };
}

/** Evaluates the existing repo (validate mode) and returns the decision as findings too. */
export async function gateRepo(
  repo: RepoModel,
  settings: GateSettings,
  context: { event?: PolicyEvent; now?: Date | string } = {},
): Promise<GateRun & { findings: Finding[]; rules: RuleMeta[] }> {
  const waivers = await loadWaivers({ root: repo.root, file: settings.waiversFile, required: Boolean(settings.waiversFileExplicit), folder: settings.waiversFolder });
  const gate = await loadGate(gateOptions(repo.root, settings));
  const input = await buildRepoPolicyInput({ config: settings, repo, waivers: waivers.waivers, event: context.event, now: context.now });
  const decision = gate.evaluateBatched(input, waivers.warnings);
  // `rules`: the policy rules' descriptors for a SARIF log, beside the validate catalogue.
  return { decision, input, findings: decisionToFindings(decision, input), rules: decisionRules(decision) };
}

/** The decision's part of `gitops-action generate ... --format json`. */
export function decisionJson(d: Decision): {
  decision: 'allow' | 'deny';
  denials: PolicyItem[];
  warnings: PolicyItem[];
  waived: PolicyItem[];
  evaluated: number;
  packs: string[];
} {
  return { decision: d.allow ? 'allow' : 'deny', denials: d.denials, warnings: d.warnings, waived: d.waived, evaluated: d.evaluated.length, packs: d.packs ?? [] };
}
