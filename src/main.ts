import * as core from '@actions/core';
import { relative } from 'node:path';
import { errorMessage, isUserError } from './errors.js';
import { createActionReporter } from './report/index.js';
import { getSettings, type Settings } from './settings.js';
import { RULES } from './validate/catalogue.js';
import { validateRepo } from './validate/engine.js';
import type { Finding } from './validate/types.js';
import { VERSION } from './version.js';

/**
 * The action: settings → mode → report. The one place that catches: a user's mistake
 * fails the step with its message; anything else fails it as a bug, with the stack in
 * the debug log.
 */
export async function run(): Promise<void> {
  try {
    const settings = getSettings((name) => core.getInput(name));
    if (settings.github.token) core.setSecret(settings.github.token);
    switch (settings.mode) {
      case 'validate':
        await core.group('Validate the platform repo', () => runValidate(settings));
        break;
      default:
        throw new Error(`mode ${settings.mode} is not wired yet`);
    }
  } catch (err) {
    if (isUserError(err)) {
      core.setFailed(errorMessage(err));
    } else {
      core.debug(err instanceof Error ? (err.stack ?? err.message) : String(err));
      core.setFailed(`gitops-action failed with an internal error (a bug, please report it): ${errorMessage(err)}`);
    }
  }
}

/** Findings are relative to the platform repo; annotations and SARIF want them relative to the checkout root. */
function toWorkspacePaths(findings: Finding[], settings: Settings): Finding[] {
  const prefix = relative(process.env.GITHUB_WORKSPACE || process.cwd(), settings.workspace).split('\\').join('/');
  if (!prefix) return findings;
  return findings.map((f) => ({ ...f, file: `${prefix}/${f.file}` }));
}

async function runValidate(settings: Settings): Promise<void> {
  const result = await validateRepo(settings.workspace, {
    appsDir: settings.appsDir,
    chartsDir: settings.chartsDir,
    repoUrl: settings.repoUrl,
  });
  const findings = toWorkspacePaths(result.findings, settings);
  const reporter = createActionReporter({
    catalogue: RULES,
    toolVersion: VERSION,
    jsonPath: settings.reportFile,
    sarifPath: settings.sarifFile,
  });
  await reporter.report({ ...result, findings });
  const { errors, warnings, notices, applications, charts } = result.summary;
  core.setOutput('errors', errors);
  core.setOutput('warnings', warnings);
  core.setOutput('notices', notices);
  core.setOutput('report-file', settings.reportFile);
  if (settings.sarifFile) core.setOutput('sarif-file', settings.sarifFile);
  core.info(`${applications} applications, ${charts} charts: ${errors} errors, ${warnings} warnings, ${notices} notices.`);
  const failed = settings.failOn === 'never' ? false : settings.failOn === 'warning' ? errors + warnings > 0 : errors > 0;
  if (failed) core.setFailed(`Validation found ${errors} error(s)${settings.failOn === 'warning' ? ` and ${warnings} warning(s)` : ''}.`);
}
