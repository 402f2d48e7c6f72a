import { buildPolicyInput, type PolicyConfig } from '../policy/input.js';
import { evaluateGate, type GateOptions } from '../policy/gate.js';
import { loadWaivers } from '../policy/waivers.js';
import type { Decision } from '../policy/types.js';
import type { RepoModel } from '../repo/types.js';
import { loadRepo } from './model.js';
import type { Finding } from '../validate/types.js';
import { nameDenyingInputs } from './input-causes.js';
import { buildProposal } from './proposal.js';
import type { GenerateRequest, Proposal, ProposalOutcome } from './types.js';
import { escapeTerminal } from '../report/escape.js';

/** Options of the policy gate for a generate run (inputs `packs`, `policy-dir`, `waivers-file`, ...). */
export interface GenerateGateOptions {
  packs: string[];
  protectedNamespaces?: string[];
  productionClusters?: string[];
  /** Repo-relative or absolute; default `.trustacks/waivers.yaml` (missing → no waivers). */
  waiversFile?: string;
  /** Whether a missing waiversFile is the user's error; default: when waiversFile is given. */
  waiversRequired?: boolean;
  /** The platform repo's folder in the repository, when it is one (LoadWaiversOptions.folder). */
  waiversFolder?: string;
  gate?: GateOptions;
}

export interface GenerateResult {
  proposal: Proposal;
  /** The gate's decision; null when it was not asked (halted, or nothing to create). */
  decision: Decision | null;
  outcome: ProposalOutcome;
  /** What validate found in the repo before the proposal, with the repo URL it was read with. */
  baseline?: { findings: Finding[]; repoUrl: string };
}

/**
 * The one place generation meets the policy gate: builds the policy input document from the
 * proposal and the repo model, and evaluates it (fail-closed: a gate that cannot decide denies).
 */
export async function decideProposal(root: string, proposal: Proposal, model: RepoModel, opts: GenerateGateOptions): Promise<Decision> {
  const w = await loadWaivers({ root, ...(opts.waiversFile ? { file: opts.waiversFile, required: opts.waiversRequired ?? true } : {}), ...(opts.waiversFolder ? { folder: opts.waiversFolder } : {}) });
  const config: PolicyConfig = {
    packs: opts.packs,
    repoUrl: proposal.request.repoUrl,
    appsDir: proposal.request.appsDir,
    chartsDir: proposal.request.chartsDir,
    ...(opts.protectedNamespaces ? { protectedNamespaces: opts.protectedNamespaces } : {}),
    ...(opts.productionClusters ? { productionClusters: opts.productionClusters } : {}),
  };
  const input = buildPolicyInput(proposal, { config, repo: model, waivers: w.waivers, event: { name: 'generate' } });
  return nameDenyingInputs(await evaluateGate(input, { root, ...opts.gate }, w.warnings), proposal);
}

export function outcomeOf(proposal: Proposal, decision: Decision | null): ProposalOutcome {
  if (proposal.question) return 'halted';
  if (proposal.files.length === 0) return 'unchanged';
  return decision?.allow ? 'allowed' : 'denied';
}

/** Reads the repo, builds the proposal and asks the gate. Writes nothing. */
export async function runGenerate(root: string, request: GenerateRequest, opts: GenerateGateOptions): Promise<GenerateResult> {
  const existing = await loadRepo(root, { appsDir: request.appsDir, chartsDir: request.chartsDir, repoUrl: request.repoUrl });
  const model = existing.model;
  const proposal = await buildProposal(root, request, existing);
  const decision = proposal.question || proposal.files.length === 0 ? null : await decideProposal(root, proposal, model, opts);
  return { proposal, decision, outcome: outcomeOf(proposal, decision), baseline: { findings: existing.findings, repoUrl: request.repoUrl } };
}

/** The CLI's JSON document (version 1). */
export function resultDocument(r: GenerateResult): Record<string, unknown> {
  return {
    version: 1,
    outcome: r.outcome,
    files: r.proposal.files.map((f) => ({ path: f.path, action: f.action })),
    preservation_notes: r.proposal.preservationNotes,
    kept: r.proposal.kept,
    blast_radius: {
      clusters: r.proposal.blastRadius.clusters,
      namespaces: r.proposal.blastRadius.namespaces,
      applications: r.proposal.blastRadius.applications,
      resource_kinds: r.proposal.blastRadius.resourceKinds,
      prune: r.proposal.blastRadius.prune,
    },
    rollback: r.proposal.rollback,
    // Always the documented object. When the gate was not asked (a halt, or nothing missing),
    // `allow` says whether anything stands in the way: false for a halt, true when nothing is missing.
    decision: r.decision
      ? { allow: r.decision.allow, denials: r.decision.denials, warnings: r.decision.warnings, waived: r.decision.waived }
      : { allow: r.outcome === 'unchanged', denials: [], warnings: [], waived: [] },
    question: r.proposal.question ?? null,
  };
}

/** A plain-text rendering of the result, for terminals and logs. */
export function formatResultText(r: GenerateResult): string {
  const p = r.proposal;
  const out: string[] = [];
  out.push(`gitops-action generate: ${r.outcome.toUpperCase()} — ${p.request.service} (${p.request.application}) on ${p.request.clusters.join(', ')}`);
  if (p.question) {
    out.push('', 'Question:', ...p.question.split('\n').map((l) => `  ${l}`));
  }
  if (p.files.length) {
    out.push('', `Files (${p.files.length}):`, ...p.files.map((f) => `  ${f.action}  ${f.path}`));
  } else if (!p.question) {
    out.push('', 'Nothing is missing: no files to create.');
  }
  if (p.kept.length) out.push('', `Kept as they are (${p.kept.length}):`, ...p.kept.map((k) => `  ${k}`));
  if (p.preservationNotes.length) out.push('', 'Notes:', ...p.preservationNotes.map((n) => `  - ${n}`));
  if (p.files.length) {
    const b = p.blastRadius;
    out.push(
      '',
      'Blast radius:',
      `  clusters: ${b.clusters.join(', ') || '-'}`,
      `  namespaces: ${b.namespaces.join(', ') || '-'}`,
      `  new Applications: ${b.applications.join(', ') || '-'}`,
      `  resource kinds: ${b.resourceKinds.join(', ') || '-'}`,
      `  prune: ${b.prune ? 'yes (automated sync prunes what leaves git)' : 'no'}`,
    );
    out.push('', 'Rollback:', ...p.rollback.map((s, i) => `  ${i + 1}. ${s}`));
  }
  if (r.decision) {
    const d = r.decision;
    out.push('', `Policy decision: ${d.allow ? 'allow' : 'deny'} (${d.denials.length} denial(s), ${d.warnings.length} warning(s), ${d.waived.length} waived)`);
    for (const i of d.denials) out.push(`  DENY ${i.rule_id} ${i.path ? `${i.path}: ` : ''}${i.message}${i.citation ? `\n       see ${i.citation}` : ''}`);
    for (const i of d.warnings) out.push(`  WARN ${i.rule_id} ${i.path ? `${i.path}: ` : ''}${i.message}`);
    for (const i of d.waived) out.push(`  WAIVED ${i.rule_id} ${i.path ? `${i.path}: ` : ''}${i.message}`);
  }
  // Names, paths, URLs and policy messages come from the repo: an escape sequence in one
  // must show, not clear the screen or retitle the terminal (as validate's text does).
  return escapeTerminal(`${out.join('\n')}\n`, true);
}

/**
 * Escapes text for a Markdown table cell or line (names from the repo are not trusted markup).
 * A lone `\r` ends a line for GitHub's markdown as `\n` does: it would end the row.
 */
export function md(s: string): string {
  return s.replace(/[\\`*_{}[\]<>|#!]/g, (c) => `\\${c}`).replace(/\r\n|\r|\n/g, ' ');
}

/** The job summary (Markdown) of a generate run: outcome, question, files, notes, blast radius, rollback, decision. */
export function formatResultMarkdown(r: GenerateResult): string {
  const p = r.proposal;
  const out: string[] = [];
  const icon = { allowed: '✅', unchanged: '➖', denied: '⛔', halted: '✋' }[r.outcome];
  out.push(`## ${icon} gitops-action generate: ${r.outcome}`, '', `**${md(p.request.service)}** (${md(p.request.application)}) on ${p.request.clusters.map(md).join(', ')}`, '');
  if (p.question) {
    out.push('### Question', '', ...p.question.split('\n').map((l) => `> ${md(l)}`), '');
  }
  if (p.files.length) {
    // A pipe splits the row even in a code span unless escaped (GitHub then shows it unescaped).
    out.push('### Files', '', '| Action | Path |', '| --- | --- |', ...p.files.map((f) => `| ${f.action} | \`${f.path.replace(/`/g, "'").replace(/\r\n|\r|\n/g, ' ').replace(/\|/g, '\\|')}\` |`), '');
  } else if (!p.question) {
    out.push('Nothing is missing: no files to create.', '');
  }
  if (p.kept.length) out.push('<details><summary>Kept as they are (' + p.kept.length + ')</summary>', '', ...p.kept.map((k) => `- ${md(k)}`), '', '</details>', '');
  if (p.preservationNotes.length) out.push('### Notes', '', ...p.preservationNotes.map((n) => `- ${md(n)}`), '');
  if (p.files.length) {
    const b = p.blastRadius;
    out.push(
      '### Blast radius',
      '',
      '| | |',
      '| --- | --- |',
      `| Clusters | ${b.clusters.map(md).join(', ') || '–'} |`,
      `| Namespaces | ${b.namespaces.map(md).join(', ') || '–'} |`,
      `| New Applications | ${b.applications.map(md).join(', ') || '–'} |`,
      `| Resource kinds | ${b.resourceKinds.map(md).join(', ') || '–'} |`,
      `| Prune | ${b.prune ? 'yes' : 'no'} |`,
      '',
    );
    // Rolling back is for a pull request that gets made: a denied proposal makes none.
    if (r.outcome !== 'denied') out.push('### Rollback', '', ...p.rollback.map((s, i) => `${i + 1}. ${md(s)}`), '');
  }
  if (r.decision) {
    const d = r.decision;
    out.push(`### Policy decision: ${d.allow ? 'allow' : 'deny'}`, '');
    const rows = [...d.denials.map((i) => ['deny', i] as const), ...d.warnings.map((i) => ['warn', i] as const), ...d.waived.map((i) => ['waived', i] as const)];
    if (rows.length) out.push('| | Rule | Path | Message |', '| --- | --- | --- | --- |', ...rows.map(([k, i]) => `| ${k} | [${md(i.rule_id)}](${i.citation}) | ${md(i.path)} | ${md(i.message)} |`), '');
  }
  return `${out.join('\n')}\n`;
}
