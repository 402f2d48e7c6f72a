import * as core from '@actions/core';
import { InputError } from '../errors.js';
import { applyCommand, renderRootApplication, ROOT_APPLICATION_FILE, rootApplicationPath } from '../generate/bootstrap.js';
import type { Settings } from '../settings.js';
import { checkoutFolder } from './validate.js';

/** `mode: bootstrap`: prints the root App-of-Apps Application. It is never committed: a person applies it once. */
export async function runBootstrap(settings: Settings): Promise<void> {
  if (!settings.repoUrl) throw new InputError('repo-url', 'is required for mode bootstrap (no GITHUB_REPOSITORY to default to)');
  // Argo CD reads the path from the repository's root: a platform repo in a folder of it (input
  // path, not a checkout of its own) has its apps dir under that folder.
  const folder = checkoutFolder(settings);
  const manifest = renderRootApplication({
    repoUrl: settings.repoUrl,
    revision: settings.bootstrap.revision,
    revisionInput: 'target-revision',
    appsDir: settings.appsDir,
    chartsDir: settings.chartsDir,
    ...(folder ? { folder } : {}),
  });
  const appsDir = rootApplicationPath(settings.appsDir, folder || undefined);
  const apply = `${applyCommand(ROOT_APPLICATION_FILE)}`;
  core.info(manifest);
  core.info(`Save it as ${ROOT_APPLICATION_FILE} and apply it once: ${apply}`);
  core.setOutput('root-application', manifest);
  if (process.env.GITHUB_STEP_SUMMARY) {
    await core.summary
      .addHeading('Root App-of-Apps Application', 2)
      .addRaw(`It watches \`${appsDir}/\` recursively; every Application merged there becomes its child. It is never committed: apply it once.\n\n`)
      .addCodeBlock(manifest, 'yaml')
      .addCodeBlock(apply, 'sh')
      .write();
  }
}
