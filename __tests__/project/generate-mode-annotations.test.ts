/**
 * mode generate, denied: each denial is an error annotation on its file, and on the line of the
 * field it is about when that file is one the proposal would add (as validate's policy findings
 * are placed), so the reviewer lands on `namespace: kube-system`, not on line 1. With input
 * `path`, the file is named from the checkout root.
 */
import { jest } from '@jest/globals';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runGenerateMode } from '../../src/modes/generate.js';
import { parseGenerateRequest } from '../../src/generate/inputs.js';
import { runGenerate } from '../../src/generate/run.js';
import { getSettings } from '../../src/settings.js';
import { actionDefaults, EXAMPLE_REPO, policyWasm } from '../../__fixtures__/generate/helpers.js';

const DEFAULTS = actionDefaults();
const saved = { ...process.env };
const dirs: string[] = [];
afterEach(() => {
  process.env = { ...saved };
  process.exitCode = undefined;
  jest.restoreAllMocks();
});
afterAll(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

const APP = 'argo-apps/argo-apps-staging/denied-application.yaml';

/**
 * A denied dry run (by default namespace kube-system, CON-005): the annotation of `rule` and the
 * line and column of the key `key` (`namespace` under `destination:`) in the proposed `file`.
 */
async function deniedRun(folder: string, over: Record<string, string> = {}, rule = 'CON-005', file = APP, key: { after: RegExp; line: RegExp } = { after: /^\s+destination:$/, line: /^\s+namespace: kube-system$/ }) {
  const ws = mkdtempSync(join(tmpdir(), 'gen-annotations-'));
  dirs.push(ws);
  cpSync(EXAMPLE_REPO, join(ws, 'repo', folder), { recursive: true });
  // In a folder, the Applications' source paths are from the checkout root, as Argo CD reads them.
  if (folder) {
    for (const f of readdirSync(join(ws, 'repo', folder, 'argo-apps'), { recursive: true, withFileTypes: true })) {
      if (!f.isFile()) continue;
      const file = join(f.parentPath, f.name);
      writeFileSync(file, readFileSync(file, 'utf8').replace(/^(\s+path: )gitops\//gm, `$1${folder}/gitops/`));
    }
  }
  writeFileSync(join(ws, 'output'), '');
  Object.assign(process.env, { GITHUB_WORKSPACE: join(ws, 'repo'), GITHUB_OUTPUT: join(ws, 'output'), RUNNER_TEMP: ws });
  delete process.env.GITHUB_STEP_SUMMARY;
  const written: string[] = [];
  jest.spyOn(process.stdout, 'write').mockImplementation((chunk) => (written.push(String(chunk)), true));
  const inputs: Record<string, string> = {
    mode: 'generate',
    service: 'denied',
    application: 'shop',
    clusters: 'staging',
    image: 'ghcr.io/acme/denied:1.0.0',
    namespace: 'kube-system',
    'ci-workflow': 'skip',
    'dry-run': 'true',
    'repo-url': 'https://github.com/trustacks/platform-example.git',
    ...(folder ? { path: folder } : {}),
    ...over,
  };
  const settings = getSettings((name) => inputs[name] ?? DEFAULTS[name] ?? '');
  await runGenerateMode({ ...settings, policy: { ...settings.policy, wasmPath: policyWasm() } });
  jest.restoreAllMocks();
  expect(readFileSync(join(ws, 'output'), 'utf8')).toMatch(/outcome<<(\S+)\ndenied\n/);

  // Where the proposed Application says `namespace: kube-system` under `destination:` (1-based).
  // Read from the checkout root, with the folder in front of the apps and charts dirs, as the mode reads it.
  const at = folder ? { 'apps-dir': `${folder}/argo-apps`, 'charts-dir': `${folder}/gitops` } : {};
  const { proposal } = await runGenerate(join(ws, 'repo'), parseGenerateRequest({ ...inputs, ...at }), { packs: settings.policy.packs, gate: { wasmPath: policyWasm() } });
  const lines = proposal.files.find((f) => f.path === (folder ? `${folder}/${file}` : file))!.content.split('\n');
  const after = lines.findIndex((l) => key.after.test(l));
  const offset = lines.slice(after).findIndex((l) => key.line.test(l));
  expect(after).toBeGreaterThan(0);
  expect(offset).toBeGreaterThan(0);
  const line = after + offset + 1;
  return {
    annotation: written.join('').split('\n').find((l) => l.startsWith(`::error title=${rule}`)),
    line,
    col: lines[line - 1].search(/\S/) + 1,
  };
}

test('a denial about a field of a proposed file is annotated at that field’s line and column', async () => {
  const { annotation, line, col } = await deniedRun('');
  expect(annotation).toContain(`,file=${APP},line=${line},col=${col}::`);
});

test('a platform repo in a folder (input path): the file from the checkout root, at the same line', async () => {
  const { annotation, line, col } = await deniedRun('plat');
  expect(annotation).toContain(`,file=plat/${APP},line=${line},col=${col}::`);
});

test('a denial about a field of a proposed Helm template is annotated at that field’s line in the template', async () => {
  const file = 'gitops/shop/production/denied/templates/deployment.yaml';
  const { annotation, line, col } = await deniedRun('', { namespace: 'denied', clusters: 'production', replicas: '1', packs: 'production' }, 'PRD-001', file, { after: /^spec:$/, line: /^\s+replicas: \{\{/ });
  expect(annotation).toContain(`,file=${file},line=${line},col=${col}::`);
});
