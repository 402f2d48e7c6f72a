/**
 * The files a run's event changes, from the REST API (the checkout has one commit, no
 * history to diff): a pull request's files, or a push's compare. Undefined when the event
 * has no such list or GitHub gives only part of it: the caller then takes every file.
 */
import { errorMessage } from '../errors.js';
import type { GitHubApi } from './client.js';
import type { RunContext } from './index.js';

/** GitHub lists at most 3,000 files of a pull request, 100 a page. */
const MAX_PULL_FILES = 3000;
const NO_COMMIT = /^0+$/;
/** GitHub's compare lists at most 300 files. */
const MAX_COMPARE_FILES = 300;

export async function changedFilesOfRun(api: GitHubApi, context: RunContext, log: { info(m: string): void; warn(m: string): void }): Promise<string[] | undefined> {
  const p = { owner: context.owner, repo: context.repo };
  const what = context.eventName === 'merge_group' ? 'merge group' : 'push';
  try {
    if (context.pullRequestNumber !== undefined) {
      const files: string[] = [];
      for (let page = 1; page <= MAX_PULL_FILES / 100; page++) {
        const batch = (await api.request('GET /repos/{owner}/{repo}/pulls/{pull_number}/files', { ...p, pull_number: context.pullRequestNumber, per_page: 100, page })).data as Array<{ filename: string; previous_filename?: string }>;
        files.push(...namesOf(batch));
        if (batch.length < 100) return files;
      }
      log.info(`The pull request changes ${MAX_PULL_FILES} files or more (GitHub lists no more): every chart is rendered.`);
      return undefined;
    }
    const range = context.pushRange;
    if (range && NO_COMMIT.test(range.before)) {
      // The README promises the log says why every chart is rendered.
      log.info('The push creates the branch (no commit before it to compare with): every chart is rendered.');
      return undefined;
    }
    if (range) {
      const cmp = (await api.request('GET /repos/{owner}/{repo}/compare/{basehead}', { ...p, basehead: `${range.before}...${range.after}` })).data as { files?: Array<{ filename: string; previous_filename?: string }> };
      const files = cmp.files ?? [];
      // The compare lists 300 files at most: a longer push is taken as touching everything.
      if (files.length >= MAX_COMPARE_FILES) {
        log.info(`The ${what} changes ${MAX_COMPARE_FILES} files or more (GitHub's compare lists no more): every chart is rendered.`);
        return undefined;
      }
      return namesOf(files);
    }
  } catch (err) {
    log.warn(`Could not list the files this ${context.pullRequestNumber !== undefined ? 'pull request' : what} changes (${errorMessage(err)}): every chart is rendered.`);
  }
  return undefined;
}

/** Each file's name, and its name before a rename (a chart moved away from a path changes what stood there). */
function namesOf(files: Array<{ filename: string; previous_filename?: string }>): string[] {
  return files.flatMap((f) => (f.previous_filename ? [f.filename, f.previous_filename] : [f.filename]));
}
