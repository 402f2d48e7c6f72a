import * as core from '@actions/core';
import { errorMessage, isUserError } from './errors.js';
import { runBootstrap } from './modes/bootstrap.js';
import { runGenerateMode } from './modes/generate.js';
import { runValidate } from './modes/validate.js';
import { getSettings } from './settings.js';

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
      case 'generate':
        await runGenerateMode(settings);
        break;
      case 'bootstrap':
        await runBootstrap(settings);
        break;
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
