/**
 * The job summary of `mode: generate` tells what publishing did: the pull request opened, or the
 * halt on a person's commits, or the failure. In process, on the sources, against the local GitHub.
 */
import { jest } from '@jest/globals';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { getSettings } from '../../src/settings.js';
import { runGenerateMode } from '../../src/modes/generate.js';
import { actionDefaults, EXAMPLE_REPO, policyWasm } from '../../__fixtures__/generate/helpers.js';
import { parseFileCommands, withOwnerUrls } from '../../__fixtures__/github/runner.js';
import { ACTION_TOKEN, LocalGitHub, OWNER, REPO, useLocalGitHub } from '../../__fixtures__/github/local-github.js';

const DEFAULTS = actionDefaults();
const REPO_URL = 'https://github.com/trustacks/platform-example.git';

let gh: LocalGitHub;
useLocalGitHub((server) => (gh = server));

const saved = { ...process.env };
let dir: string;
let mainSha: string;
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'generate-summary-'));
  cpSync(EXAMPLE_REPO, join(dir, 'ws'), { recursive: true });
  const files: Record<string, string> = {};
  const walk = (d: string): void => {
    for (const n of readdirSync(d)) {
      const p = join(d, n);
      if (statSync(p).isDirectory()) walk(p);
      else files[relative(join(dir, 'ws'), p)] = readFileSync(p, 'utf8');
    }
  };
  walk(join(dir, 'ws'));
  mainSha = await gh.commitFiles('main', files, 'Platform repo', { name: 'P', email: 'p@acme.test' }, ACTION_TOKEN);
  writeFileSync(join(dir, 'event.json'), JSON.stringify({ inputs: {}, ref: 'refs/heads/main', repository: withOwnerUrls((await gh.direct('GET', `/repos/${OWNER}/${REPO}`)).data) }));
});
afterEach(() => {
  process.env = { ...saved };
  process.exitCode = undefined;
  jest.restoreAllMocks();
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function generate(inputs: Record<string, string>) {
  const run = mkdtempSync(join(dir, 'run-'));
  writeFileSync(join(run, 'output'), '');
  // One summary file for every run: @actions/core keeps the path it first read.
  writeFileSync(join(dir, 'summary.md'), '');
  Object.assign(process.env, {
    GITHUB_WORKSPACE: join(dir, 'ws'),
    GITHUB_OUTPUT: join(run, 'output'),
    GITHUB_STEP_SUMMARY: join(dir, 'summary.md'),
    RUNNER_TEMP: run,
    GITHUB_EVENT_NAME: 'workflow_dispatch',
    GITHUB_EVENT_PATH: join(dir, 'event.json'),
    GITHUB_API_URL: gh.url,
    GITHUB_REPOSITORY: `${OWNER}/${REPO}`,
    GITHUB_SHA: mainSha,
  });
  jest.spyOn(process.stdout, 'write').mockImplementation(() => true);
  const all: Record<string, string> = { mode: 'generate', service: 'summed', application: 'shop', clusters: 'staging', image: 'ghcr.io/acme/summed:1.0.0', 'ci-workflow': 'skip', 'repo-url': REPO_URL, token: ACTION_TOKEN, ...inputs };
  const settings = getSettings((name) => all[name] ?? DEFAULTS[name] ?? '');
  let error: unknown;
  await runGenerateMode({ ...settings, policy: { ...settings.policy, wasmPath: policyWasm() } }).catch((e: unknown) => (error = e));
  jest.restoreAllMocks();
  const failed = process.exitCode === 1 || error !== undefined;
  process.exitCode = undefined;
  return { outputs: parseFileCommands(readFileSync(join(run, 'output'), 'utf8')), summary: readFileSync(join(dir, 'summary.md'), 'utf8'), failed };
}

test('the pull request opened is in the summary, with its link, branch and commit', async () => {
  const r = await generate({});
  expect(r.failed).toBe(false);
  const { 'pull-request-number': n, 'pull-request-url': url, 'commit-sha': sha } = r.outputs;
  expect(r.summary.split('\n')[0]).toBe('## ✅ gitops-action generate: allowed');
  expect(r.summary).toContain(`### Pull request\n\nPull request [#${n}](${url}): created (branch \`gitops/shop/summed\`, commit \`${sha.slice(0, 7)}\`).`);
});

test('a halt on a person’s commits: the summary says halted and why, not allowed', async () => {
  const path = 'gitops/shop/staging/summed/values.yaml';
  const theirs = await gh.commitFiles('gitops/shop/summed', { [path]: `${await gh.fileAt('gitops/shop/summed', path)}# tuned by hand\n` }, 'Tune by hand');
  const r = await generate({ image: 'ghcr.io/acme/summed:2.0.0' });
  expect(r.failed).toBe(true);
  expect(r.outputs.outcome).toBe('halted');
  expect(r.summary.split('\n')[0]).toBe('## ✋ gitops-action generate: halted');
  expect(r.summary).not.toContain('generate: allowed');
  expect(r.summary).toMatch(new RegExp(`### Pull request\\n\\nHalted: the branch gitops/shop/summed has commits pushed by a person .*${theirs.slice(0, 7)}`));
  expect(r.summary).toContain(`Pull request [#${r.outputs['pull-request-number']}](${r.outputs['pull-request-url']}) is left as it was.`);
});

test('publishing refused by GitHub: the summary names the failure', async () => {
  gh.inject({ method: 'POST', path: /\/git\/trees$/, action: { kind: 'status', status: 403, body: { message: 'Resource not accessible by integration', documentation_url: 'https://docs.github.com/rest' } } });
  const r = await generate({ service: 'refused', image: 'ghcr.io/acme/refused:1.0.0' });
  expect(r.failed).toBe(true);
  expect(r.summary).toMatch(/### Pull request\n\nPublishing failed: .*Resource not accessible by integration/);
  expect(r.summary).not.toContain('Left on GitHub');
});
