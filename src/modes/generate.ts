import * as core from '@actions/core';
import { cp, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { writeProposal } from '../generate/apply.js';
import { parseGenerateRequest } from '../generate/inputs.js';
import { formatResultMarkdown, md, resultDocument, runGenerate, type GenerateResult } from '../generate/run.js';
import type { Proposal } from '../generate/types.js';
import { failureOutputs, publishWithCheck, runContextFromEnv, type RunContext } from '../github/index.js';
import { decisionToFindings, itemSource } from '../policy/findings.js';
import { proposedFiles } from '../policy/input.js';
import { checkoutHead } from '../repo/git.js';
import { annotationProps } from '../report/annotations.js';
import type { Settings } from '../settings.js';
import { validateRepo } from '../validate/engine.js';
import type { Finding } from '../validate/types.js';
import { errorMessage, InputError, IoError, isSystemError, systemErrorText, UserError } from '../errors.js';
import { atCheckoutRoot } from './validate.js';

/**
 * What the proposal adds to validation: the repository as it would be with the proposal
 * merged (the apps and charts directories copied to a temp dir, the proposal written
 * there), validated, minus the findings the repository already had. The proposal's check
 * judges the proposal, not problems that were there before it. The checkout is never written.
 * The copy holds only those two directories, so an Application whose source (or value file)
 * lies elsewhere in the repository reads as broken there: the copy is validated once before
 * the proposal is written too, and what it finds then is not the proposal's either.
 */
async function validateWithProposal(settings: Settings, proposal: Proposal, earlier?: GenerateResult['baseline']): Promise<{ added: Finding[]; before: number }> {
  const options = { appsDir: settings.appsDir, chartsDir: settings.chartsDir, repoUrl: proposal.request.repoUrl };
  // The read of the repo that generation made is the baseline, unless the repo URL was
  // inferred since (the messages of repo-URL findings would then differ).
  const baseline = earlier && earlier.repoUrl === proposal.request.repoUrl ? earlier : await validateRepo(settings.workspace, options);
  const key = (f: Finding) => `${f.ruleId}|${f.file}|${f.line}|${f.column}|${f.message}`;
  const existing = new Set(baseline.findings.map(key));
  let dir: string | undefined;
  try {
    try {
      dir = await mkdtemp(join(tmpdir(), 'gitops-proposal-'));
      for (const d of [settings.appsDir, settings.chartsDir]) {
        await cp(join(settings.workspace, d), join(dir, d), { recursive: true, verbatimSymlinks: true }).catch((err: NodeJS.ErrnoException) => {
          if (err.code !== 'ENOENT') throw err;
        });
      }
    } catch (err) {
      throw tempCopyError(err, dir);
    }
    for (const f of (await validateRepo(dir, options)).findings) existing.add(key(f));
    try {
      await writeProposal(dir, proposal);
    } catch (err) {
      throw tempCopyError(err, dir);
    }
    const result = await validateRepo(dir, options);
    return { added: result.findings.filter((f) => !existing.has(key(f))), before: baseline.findings.length };
  } finally {
    if (dir) await rm(dir, { recursive: true, force: true });
  }
}

/**
 * A disk error while making the temporary copy (a full, missing or read-only temp dir) is
 * the runner's, not the proposal's nor a bug: the step fails naming the copy, the file and
 * the OS error, before any branch exists.
 */
function tempCopyError(err: unknown, dir: string | undefined): unknown {
  if (!(err instanceof IoError) && !isSystemError(err)) return err;
  const where = dir ?? join(tmpdir(), 'gitops-proposal-*');
  const detail = err instanceof IoError ? err.message : `${systemErrorText(err)}${err.path ? ` at ${err.path}` : ''}.`;
  const path = err instanceof IoError ? join(where, err.path) : (err.path ?? where);
  return new IoError(
    path,
    err.code ?? undefined,
    `Could not validate the repository with the proposal, in a temporary copy (${where}): ${detail} No branch or pull request was made, and the checkout is untouched. Check the space and permissions of the temp directory (TMPDIR, else /tmp).`,
  );
}

/** The outputs name files from the checkout root, as the commit and the annotations do (atCheckoutRoot). */
function setResultOutputs(result: GenerateResult): void {
  const doc = resultDocument(result);
  core.setOutput('outcome', result.outcome);
  core.setOutput('decision', JSON.stringify(doc.decision ?? { allow: false, denials: [], warnings: [], waived: [] }));
  core.setOutput('question', result.proposal.question ?? '');
  core.setOutput('files', JSON.stringify(doc.files));
}

/** `mode: generate`: read the repo, propose what is missing, gate it, publish it as one pull request. */
export async function runGenerateMode(given: Settings): Promise<void> {
  // Every input is checked before anything is read or written (as given: the errors name them).
  const parsed = parseGenerateRequest({
    ...given.generateInputs,
    'repo-url': given.repoUrl,
    'apps-dir': given.appsDir,
    'charts-dir': given.chartsDir,
  });
  // What publishing needs is checked with the other inputs: found missing after the read and
  // the gate, the step had already reported an allowed proposal, with rollback steps, for a
  // pull request it then could not make.
  const context = parsed.dryRun ? undefined : runContextFromEnv();
  if (context) {
    if (!given.github.token) throw new InputError('token', 'is empty: mode generate needs a token to push the branch and open the pull request (or set dry-run: true).');
    if (!context.owner || !context.repo) throw new UserError("GITHUB_REPOSITORY is not set: mode generate publishes to the workflow's repository (or set dry-run: true).");
  }
  // A platform repo in a folder of the checkout (input `path`) is read and written at the
  // checkout root, with the folder in front of the apps and charts dirs: the Applications'
  // source.path is the one Argo CD resolves, the commit names files from the root, and the CI
  // workflow goes to the root's .github/workflows/, the one GitHub runs (and preserves what is there).
  const settings = atCheckoutRoot(given);
  // The CI workflow runs where the pull request goes (GITHUB_REPOSITORY): its GITHUB_TOKEN is that repository's.
  const request = { ...parsed, appsDir: settings.appsDir, chartsDir: settings.chartsDir, ...(settings.workflowRepoUrl ? { workflowRepoUrl: settings.workflowRepoUrl } : {}) };
  const result = await core.group('Read the repository, build the proposal, ask the policy gate', () =>
    runGenerate(settings.workspace, request, {
      packs: settings.policy.packs,
      protectedNamespaces: settings.policy.protectedNamespaces,
      productionClusters: settings.policy.productionClusters,
      // The default file counts when it is there (in the platform repo's folder, if it is one).
      waiversFile: settings.policy.waiversFile,
      waiversRequired: settings.policy.waiversFileExplicit,
      ...(settings.platformFolder ? { waiversFolder: settings.platformFolder } : {}),
      gate: { policyDir: settings.policy.policyDir, policyDirRequired: settings.policy.policyDirExplicit, ...(settings.policy.wasmPath ? { wasmPath: settings.policy.wasmPath } : {}) },
    }),
  );
  setResultOutputs(result);
  const publishing = result.outcome === 'allowed' && !request.dryRun;
  // A proposal to publish is summarised once GitHub has answered: a heading of "allowed" above a
  // run that then halted on a person's commits, or failed, would contradict the step.
  if (!publishing) await writeSummary(formatResultMarkdown(result));

  switch (result.outcome) {
    case 'halted':
      core.setFailed(`Halted, nothing was written: ${result.proposal.question}`);
      return;
    case 'unchanged':
      core.info('Nothing is missing for this service: no files, no pull request.');
      // A request the kept files do not follow (another image) is not silently taken for done.
      for (const n of result.proposal.preservationNotes) if (/ is not applied: /.test(n)) core.warning(n);
      // A dry run looks up no pull request: its pull-request outputs stay empty.
      if (!request.dryRun) core.setOutput('pull-request-operation', 'unchanged');
      return;
    case 'denied': {
      const d = result.decision!;
      // Annotations name files from the checkout root (atCheckoutRoot), as GitHub does. An item
      // about a document of a proposed file gets its line, found as validate's policy findings
      // find theirs (the findings come in the order of the denials).
      const at = decisionToFindings({ ...d, warnings: [] }, { files: proposedFiles(result.proposal) });
      const proposed = new Set(result.proposal.files.map((f) => f.path));
      d.denials.forEach((item, i) => {
        const located = proposed.has(item.path) && typeof item.document === 'number' && !itemSource(item);
        const where = located ? annotationProps(at[i]) : item.path ? { file: item.path } : {};
        core.error(`${item.message}\nSee ${item.citation}`, { ...where, title: `${item.rule_id}: ${item.title}` });
      });
      core.setFailed(`The policy gate denied the proposal (${d.denials.map((i) => i.rule_id).join(', ')}): no branch, no pull request.`);
      return;
    }
    case 'allowed':
      break;
  }
  if (request.dryRun) {
    core.info(`dry-run: the proposal is allowed (${result.proposal.files.length} files); no branch or pull request was made.`);
    return;
  }

  try {
    await publish(settings, result, context!);
  } catch (err) {
    // The branch may hold the proposal though the pull request failed: say which, as the error does.
    const known = failureOutputs(err);
    for (const [k, v] of Object.entries(known)) core.setOutput(k, v);
    await writeSummary(formatResultMarkdown(result), publishSection({ failed: errorMessage(err), branch: known.branch, commitSha: known['commit-sha'] }));
    throw err;
  }
}

/** An allowed proposal: validated with the repository, published, and then summarised. */
async function publish(settings: Settings, result: GenerateResult, context: RunContext): Promise<void> {
  const validation = await core.group('Validate the repository with the proposal', () => validateWithProposal(settings, result.proposal, result.baseline));
  core.info(`Validation with the proposal: ${validation.added.length} new finding(s); ${validation.before} finding(s) the repository already had are not counted against it.`);
  const findings = validation.added;
  // The commit the proposal was read from: the checkout's HEAD, else the run's commit.
  const checkoutSha = (await checkoutHead(settings.workspace)) ?? (process.env.GITHUB_SHA || undefined);
  const published = await core.group('Publish the pull request', () =>
    publishWithCheck({
      context,
      checkoutSha,
      settings: { ...settings.github },
      proposal: result.proposal,
      decision: result.decision!,
      findings,
      log: { info: core.info, warn: core.warning },
    }),
  );
  for (const [k, v] of Object.entries(published.outputs)) core.setOutput(k, v);
  const r = published.result;
  await writeSummary(formatResultMarkdown({ ...result, outcome: r.outcome }), publishSection(r));
  if (r.halted) {
    core.setOutput('question', r.halted.message);
    core.setFailed(r.halted.message);
    return;
  }
  core.info(`Pull request ${r.operation}: ${r.url ?? '(none)'}`);
}

async function writeSummary(markdown: string, section?: string): Promise<void> {
  if (process.env.GITHUB_STEP_SUMMARY) await core.summary.addRaw(section ? `${markdown}\n${section}` : markdown).write();
}

/** The job summary's account of what publishing did: the pull request, the halt, or the failure. */
function publishSection(r: { operation?: string; number?: number; url?: string; branch?: string; commitSha?: string; halted?: { message: string }; failed?: string }): string {
  const code = (s: string) => `\`${s.replace(/`/g, "'")}\``;
  const pr = r.number !== undefined ? (r.url ? `[#${r.number}](${r.url})` : `#${r.number}`) : undefined;
  const where = [r.branch ? `branch ${code(r.branch)}` : '', r.commitSha ? `commit ${code(r.commitSha.slice(0, 7))}` : ''].filter(Boolean).join(', ');
  const lines = ['### Pull request', ''];
  if (r.failed !== undefined) lines.push(`Publishing failed: ${md(r.failed)}`, ...(where ? ['', `Left on GitHub: ${where}.`] : []));
  else if (r.halted) lines.push(md(r.halted.message), ...(pr ? ['', `Pull request ${pr} is left as it was.`] : []));
  else lines.push(`${pr ? `Pull request ${pr}` : 'No pull request'}: ${r.operation}${where ? ` (${where})` : ''}.`);
  return `${lines.join('\n')}\n`;
}
