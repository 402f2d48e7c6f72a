import * as core from '@actions/core';
import { relative, resolve } from 'node:path';
import { runContextFromEnv, validateWithCheck } from '../github/index.js';
import { gateRepo } from '../policy/index.js';
import { createActionReporter } from '../report/index.js';
import { gateSettings, type Settings } from '../settings.js';
import { RULES } from '../validate/catalogue.js';
import { validateRepo, type ValidationResult } from '../validate/engine.js';
import { summarize, sortFindings } from '../validate/sink.js';
import type { Finding } from '../validate/types.js';
import { VERSION } from '../version.js';

/** Findings are relative to the platform repo; annotations, SARIF and checks want them relative to the checkout root. */
export function toWorkspacePaths(findings: Finding[], settings: Settings): Finding[] {
  const prefix = relative(process.env.GITHUB_WORKSPACE || process.cwd(), settings.workspace).split('\\').join('/');
  if (!prefix) return findings;
  return findings.map((f) => ({ ...f, file: `${prefix}/${f.file}` }));
}

/** `policy-on-validate`: the policies over the existing repo, denials as findings beside the rules'. */
async function policyFindings(settings: Settings, result: ValidationResult): Promise<Finding[]> {
  const run = await gateRepo(result.model, gateSettings(settings), { event: { name: process.env.GITHUB_EVENT_NAME || 'validate' } });
  core.info(`Policies: ${run.decision.evaluated.length} rules evaluated, ${run.decision.denials.length} denials, ${run.decision.warnings.length} warnings, ${run.decision.waived.length} waived.`);
  return run.findings;
}

export async function runValidate(settings: Settings): Promise<void> {
  const result = await validateRepo(settings.workspace, {
    appsDir: settings.appsDir,
    chartsDir: settings.chartsDir,
    repoUrl: settings.repoUrl,
    render: settings.render.enabled ? { helm: settings.render.helm } : false,
  });
  if (result.render) core.info(`Rendered ${result.render.rendered} Helm sources with helm ${result.render.helmVersion}${result.render.skipped ? `; ${result.render.skipped} not rendered (their chart or source has errors already, or see the chart.render-skipped notices)` : ''}.`);
  if (settings.policy.onValidate) {
    // Not a group of its own: this runs inside the step's group, and GitHub does not nest them.
    core.info('Policies over the repository:');
    const extra = await policyFindings(settings, result);
    result.findings = sortFindings([...result.findings, ...extra]);
    result.summary = summarize(result.findings, result.summary.applications, result.summary.charts);
  }
  const findings = toWorkspacePaths(result.findings, settings);
  // The counts first: set even when a report file then cannot be written.
  const { errors, warnings, notices, applications, charts } = result.summary;
  core.setOutput('errors', errors);
  core.setOutput('warnings', warnings);
  core.setOutput('notices', notices);
  // Findings name files from the checkout root (toWorkspacePaths): SARIF's %SRCROOT% is that root too.
  const checkoutRoot = process.env.GITHUB_WORKSPACE || process.cwd();
  await createActionReporter({ catalogue: RULES, toolVersion: VERSION, jsonPath: settings.reportFile, sarifPath: settings.sarifFile, sarif: { srcRoot: checkoutRoot, fallbackFile: relative(checkoutRoot, resolve(settings.workspace, settings.appsDir)).split('\\').join('/') || undefined } }).report({ ...result, findings });
  core.setOutput('report-file', settings.reportFile);
  if (settings.sarifFile) core.setOutput('sarif-file', settings.sarifFile);
  core.info(`${applications} applications, ${charts} charts: ${errors} errors, ${warnings} warnings, ${notices} notices.`);

  // On a pull request: a check run on its head (falls back to a commit status, then a warning).
  const context = runContextFromEnv();
  if (context.pullRequestHeadSha && !settings.github.token) {
    core.info('No token: the check run is not reported; the findings are in the annotations and the job summary.');
  }
  if (context.pullRequestHeadSha && settings.github.token && context.owner) {
    await validateWithCheck({ context, token: settings.github.token, checkName: settings.github.checkName, findings, log: { info: core.info, warn: core.warning } });
  }
  const failed = settings.failOn === 'never' ? false : settings.failOn === 'warning' ? errors + warnings > 0 : errors > 0;
  if (failed) core.setFailed(`Validation found ${errors} error(s)${settings.failOn === 'warning' ? ` and ${warnings} warning(s)` : ''}.`);
}
