import * as core from '@actions/core';
import { existsSync } from 'node:fs';
import { dirname, isAbsolute, join, relative, resolve } from 'node:path';
import { changedFilesOfRun, createGitHubApi, runContextFromEnv, validateWithCheck, validationCheckSha } from '../github/index.js';
import { gateRepo } from '../policy/index.js';
import { createActionReporter } from '../report/index.js';
import { gateSettings, type Settings } from '../settings.js';
import { DOCUMENTED_RULES } from '../validate/catalogue.js';
import { validateRepo, type ValidationResult } from '../validate/engine.js';
import { renderLine } from '../render/index.js';
import { checkoutHead } from '../repo/git.js';
import { withFindings } from '../validate/sink.js';
import type { Finding, RuleMeta, ValidationSummary } from '../validate/types.js';
import { summaryLine } from '../report/text.js';
import { VERSION } from '../version.js';

/**
 * The root of the repository the platform repo (input `path`) is checked out in: the nearest
 * folder from `path` up to GITHUB_WORKSPACE that holds a .git, else GITHUB_WORKSPACE. A `path`
 * that is a checkout of its own (actions/checkout with `path:`) is its own root; so is a
 * checkout of its own *above* it (actions/checkout with `path: src`, the platform repo in
 * `src/plat`): Argo CD and GitHub name that repository's files from `src`, not from the workspace.
 */
export function checkoutRoot(workspace: string): string {
  const top = resolve(process.env.GITHUB_WORKSPACE || process.cwd());
  for (let d = resolve(workspace); ; d = dirname(d)) {
    if (existsSync(join(d, '.git'))) return d;
    // `path` is inside the workspace (settings.ts insideWorkspace): the walk ends at its top.
    if (d === top || dirname(d) === d) return top;
  }
}

/** The platform repo's folder in its repository (checkoutRoot), '' at its root. GitHub names files from that root. */
export function checkoutFolder(settings: Settings): string {
  return relative(checkoutRoot(settings.workspace), settings.workspace).split('\\').join('/');
}

/**
 * The settings the engines run with. Argo CD reads an Application's `source.path`, and value
 * files from `/`, from the repository's root, and GitHub names files and runs workflows from
 * there: a platform repo in a folder of the checkout (checkoutFolder) is read at the checkout
 * root with the folder in front of its apps and charts dirs. Validate then resolves paths as
 * Argo CD does, generation writes `source.path: <folder>/<charts-dir>/...` and its CI workflow
 * in the root's .github/workflows/, and every finding, file and decision item is named from the
 * root. policy-dir and waivers-file stay relative to the platform repo (input path), as
 * apps-dir and charts-dir are, and so do the waivers' path globs. Otherwise: as they are.
 */
export function atCheckoutRoot(settings: Settings): Settings {
  const folder = checkoutFolder(settings);
  if (!folder) return settings;
  const inFolder = (p: string) => (isAbsolute(p) ? p : p === '.' ? folder : `${folder}/${p}`);
  return {
    ...settings,
    workspace: checkoutRoot(settings.workspace),
    appsDir: inFolder(settings.appsDir),
    chartsDir: inFolder(settings.chartsDir),
    platformFolder: folder,
    policy: { ...settings.policy, policyDir: inFolder(settings.policy.policyDir), waiversFile: inFolder(settings.policy.waiversFile) },
  };
}

/** `policy-on-validate`: the policies over the existing repo, denials as findings beside the rules'. */
async function policyFindings(settings: Settings, result: ValidationResult): Promise<{ findings: Finding[]; rules: RuleMeta[] }> {
  const run = await gateRepo(result.model, gateSettings(settings), { event: { name: process.env.GITHUB_EVENT_NAME || 'validate' } });
  core.info(`Policies: ${run.decision.evaluated.length} rules evaluated, ${run.decision.denials.length} denials, ${run.decision.warnings.length} warnings, ${run.decision.waived.length} waived.`);
  return { findings: run.findings, rules: run.rules };
}

/**
 * `render: changed`: the files the event changes (from the repository root), or
 * undefined for every chart (no token, not a pull request or push, or too long a list).
 */
async function changedFiles(settings: Settings): Promise<Set<string> | undefined> {
  const context = runContextFromEnv();
  // The event first: on a schedule, a token would list nothing either.
  if (context.pullRequestNumber === undefined && !context.pushRange) {
    core.info(`render: changed on a ${context.eventName || 'run'} with no pull request or push to compare: every chart is rendered.`);
    return undefined;
  }
  if (!settings.github.token || !context.owner) {
    core.info('render: changed needs the token to list what changed: every chart is rendered.');
    return undefined;
  }
  const listed = await changedFilesOfRun(createGitHubApi({ token: settings.github.token }), context, { info: core.info, warn: core.warning });
  if (!listed) return undefined;
  // GitHub names files from the repository root, as validate does (atCheckoutRoot); all are
  // kept (a source may use a chart outside the platform repo's folder), the log counts its own.
  const out = new Set(listed);
  const folder = settings.platformFolder;
  const own = folder ? listed.filter((f) => f.startsWith(`${folder}/`)).length : out.size;
  core.info(`render: changed: ${own} changed file(s) in the platform repo.`);
  return out;
}

/** The log line of a validation: the CLI's summary line (singular and plural as the counts go). */
export function validateLogLine(summary: ValidationSummary): string {
  return `${summaryLine(summary)}.`;
}

/**
 * The policy inputs given to a validate step that does not run the policies: the CLI refuses
 * their flags without --policy; here they may be shared with a generate step, so a warning,
 * rather than a run that looks gated and is not.
 */
export function unusedPolicyInputs(settings: Settings): string[] {
  const p = settings.policy;
  if (p.onValidate) return [];
  return [
    ...(p.packs.length ? ['packs'] : []),
    ...(p.policyDirExplicit ? ['policy-dir'] : []),
    ...(p.waiversFileExplicit ? ['waivers-file'] : []),
    ...(p.protectedNamespaces ? ['protected-namespaces'] : []),
    ...(p.productionClusters ? ['production-clusters'] : []),
  ];
}

export async function runValidate(given: Settings): Promise<void> {
  const settings = atCheckoutRoot(given);
  const unused = unusedPolicyInputs(settings);
  if (unused.length) core.warning(`${unused.map((n) => `'${n}'`).join(', ')} ${unused.length === 1 ? 'is' : 'are'} set, but policy-on-validate is not true: validate mode evaluates no policy. Set policy-on-validate: true to evaluate them over the repository.`);
  const changed = settings.render.enabled && settings.render.changedOnly ? await changedFiles(settings) : undefined;
  let result = await validateRepo(settings.workspace, {
    appsDir: settings.appsDir,
    chartsDir: settings.chartsDir,
    ...(settings.platformFolder ? { platformRoot: settings.platformFolder } : {}),
    repoUrl: settings.repoUrl,
    render: settings.render.enabled ? { helm: settings.render.helm, ...(changed ? { changedFiles: changed } : {}) } : false,
  });
  if (result.render) core.info(renderLine(result.render));
  let policyRules: RuleMeta[] = [];
  if (settings.policy.onValidate) {
    // Not a group of its own: this runs inside the step's group, and GitHub does not nest them.
    core.info('Policies over the repository:');
    const policy = await policyFindings(settings, result);
    result = withFindings(result, policy.findings);
    policyRules = policy.rules;
  }
  const findings = result.findings;
  // The counts first: set even when a report file then cannot be written.
  const { errors, warnings, notices } = result.summary;
  core.setOutput('errors', errors);
  core.setOutput('warnings', warnings);
  core.setOutput('notices', notices);
  // Findings name files from the repository's root (atCheckoutRoot: settings.workspace), and so
  // must SARIF's %SRCROOT%: with a checkout of its own at `path`, GITHUB_WORKSPACE is a folder
  // above it, where `argo-apps/...` names no file.
  const srcRoot = settings.workspace;
  await createActionReporter({ catalogue: [...DOCUMENTED_RULES, ...policyRules], toolVersion: VERSION, jsonPath: settings.reportFile, sarifPath: settings.sarifFile, summaryOptions: { failOn: settings.failOn }, onWritten: (input, path) => core.setOutput(input, path), sarif: { srcRoot, fallbackFile: relative(srcRoot, resolve(settings.workspace, settings.appsDir)).split('\\').join('/') || undefined } }).report({ ...result, findings });
  core.info(validateLogLine(result.summary));

  // On a pull request: a check run on its head; on a merge queue, on its commit (falls back to a
  // commit status, then a warning).
  const context = runContextFromEnv();
  const checkSha = validationCheckSha(context);
  if (checkSha && !settings.github.token) {
    core.info('No token: the check run is not reported; the findings are in the annotations and the job summary.');
  }
  if (checkSha && settings.github.token && context.owner) {
    const checkoutSha = await checkoutHead(settings.workspace);
    await validateWithCheck({ context, token: settings.github.token, checkName: settings.github.checkName, findings, failOn: settings.failOn, checkoutSha, log: { info: core.info, warn: core.warning } });
  }
  const failed = settings.failOn === 'never' ? false : settings.failOn === 'warning' ? errors + warnings > 0 : errors > 0;
  if (failed) core.setFailed(`Validation found ${errors} error(s)${settings.failOn === 'warning' ? ` and ${warnings} warning(s)` : ''}.`);
}
