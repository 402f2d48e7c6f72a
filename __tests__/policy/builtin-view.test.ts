import { readFile } from 'node:fs/promises';
import { loadPolicy } from '@open-policy-agent/opa-wasm';
import { parseGenerateRequest } from '../../src/generate/inputs.js';
import { loadRepo } from '../../src/generate/model.js';
import { buildProposal } from '../../src/generate/proposal.js';
import { builtinView, ENTRYPOINT, loadGate } from '../../src/policy/gate.js';
import { buildPolicyInput, buildRepoPolicyInput, type PolicyInput } from '../../src/policy/input.js';
import type { Decision } from '../../src/policy/types.js';
import { copyFixture, rawInputs, removeDir } from '../../__fixtures__/generate/helpers.js';
import { NOW, PLATFORM, proposal as fixtureProposal } from '../../__fixtures__/policy/proposal.js';
import { SHIPPED_WASM } from '../../__fixtures__/policy/opa.js';

/**
 * The gate hands the built-in policy a slim view of `repo` (builtinView): the decision must
 * be the one the whole input gives. Each input here is evaluated both ways with the shipped wasm.
 */
const ACME = 'https://github.com/acme/platform.git';
const FIXTURES = ['all-present', 'app-points-elsewhere', 'app-without-chart', 'base', 'chart-path-is-a-file', 'existing-chart-no-app', 'existing-kustomization-no-app', 'file-in-the-way', 'other-layout-consistent', 'partial-chart-dir'];

let full: (input: PolicyInput) => Decision;
let gate: Awaited<ReturnType<typeof loadGate>>;
const dirs: string[] = [];

beforeAll(async () => {
  const policy = await loadPolicy(await readFile(SHIPPED_WASM));
  full = (input) => (policy.evaluate(input, ENTRYPOINT) as { result: Decision }[])[0].result;
  gate = await loadGate({ wasmPath: SHIPPED_WASM });
});
afterAll(async () => {
  for (const d of dirs) await removeDir(d);
});

/** The parts of a decision the built-in policy computes, order-free. */
function decided(d: Decision) {
  const key = (xs: object[]) => xs.map((x) => JSON.stringify(x)).sort();
  return { allow: d.allow, denials: key(d.denials), warnings: key(d.warnings), waived: key(d.waived), evaluated: key(d.evaluated) };
}

function expectSameDecision(input: PolicyInput): Decision {
  const whole = full(input);
  const slim = gate.evaluate(input);
  expect(decided(slim)).toEqual(decided(whole));
  return slim;
}

const config = { packs: ['security-baseline', 'production'], repoUrl: ACME, productionClusters: ['prod'] };

test.each(FIXTURES)('generate fixture %s: the slim view decides as the whole input', async (fixture) => {
  const dir = await copyFixture(fixture);
  dirs.push(dir);
  for (const clusters of ['prod', 'prod,staging']) {
    const existing = await loadRepo(dir, { appsDir: 'argo-apps', chartsDir: 'gitops', repoUrl: ACME });
    const p = await buildProposal(dir, parseGenerateRequest(rawInputs({ clusters, 'repo-url': ACME })), existing);
    if (p.question || p.files.length === 0) continue;
    const input = buildPolicyInput(p, { config, repo: existing.model, now: NOW });
    expectSameDecision(input);
    // Every proposed path also in the repo: CON-002 must still see it there.
    const clash = { ...input, repo: { ...input.repo, files: [...input.repo.files, ...input.files.map((f) => f.path)].sort() } };
    const d = expectSameDecision(clash);
    expect(d.denials.map((x) => x.rule_id)).toContain('CON-002');
  }
});

test('repo mode over a fixture repo: the slim view decides as the whole input', async () => {
  const dir = await copyFixture('existing-kustomization-no-app');
  dirs.push(dir);
  const { model } = await loadRepo(dir, { appsDir: 'argo-apps', chartsDir: 'gitops', repoUrl: ACME });
  expectSameDecision(await buildRepoPolicyInput({ config, repo: model, now: NOW }));
});

test('a proposal whose chart and kustomization are known only from repo.files and repo.charts', () => {
  const p = fixtureProposal();
  const input = buildPolicyInput(p, { config: { ...config, repoUrl: PLATFORM }, repo: { root: '/nonexistent', appsDir: 'argo-apps', chartsDir: 'gitops', files: new Set(), applications: [], charts: [], skipped: [] }, now: NOW });
  // The Application alone: its chart must come from the repo (CON-003 otherwise).
  const appOnly = { ...input, files: input.files.filter((f) => f.path.startsWith('argo-apps/')) };
  expect(expectSameDecision(appOnly).denials.map((d) => d.rule_id)).toContain('CON-003');
  const chartDir = 'gitops/shop/prod/cart';
  expect(expectSameDecision({ ...appOnly, repo: { ...appOnly.repo, files: [`${chartDir}/Chart.yaml`, `${chartDir}/values.yaml`] } }).denials.map((d) => d.rule_id)).not.toContain('CON-003');
  expect(expectSameDecision({ ...appOnly, repo: { ...appOnly.repo, files: [`${chartDir}/kustomization.yaml`] } }).denials.map((d) => d.rule_id)).not.toContain('CON-003');
  expect(expectSameDecision({ ...appOnly, repo: { ...appOnly.repo, charts: [{ dir: chartDir }] } }).denials.map((d) => d.rule_id)).not.toContain('CON-003');
});

test('builtinView keeps the structural files and the input paths that exist, nothing else', () => {
  const input = {
    files: [{ path: 'gitops/a/p/s/values.yaml', content: 'a: 1\n', documents: [{ a: 1 }] }, { path: 'argo-apps/argo-apps-p/new-application.yaml', content: 'b: 2\n', documents: [{ b: 2 }] }],
    repo: {
      files: ['argo-apps/argo-apps-p/s-application.yaml', 'gitops/a/p/s/Chart.yaml', 'gitops/a/p/s/templates/d.yaml', 'gitops/a/p/s/values.yaml', 'gitops/k/kustomization.yml', 'gitops/k2/Kustomization'],
      applications: [{ file: 'argo-apps/argo-apps-p/s-application.yaml', name: 's', destination: {} }],
      charts: [{ dir: 'gitops/a/p/s' }],
    },
  } as unknown as PolicyInput;
  const v = builtinView(input);
  expect(v.repo).toEqual({ files: ['gitops/a/p/s/Chart.yaml', 'gitops/a/p/s/values.yaml', 'gitops/k/kustomization.yml', 'gitops/k2/Kustomization'], applications: [], charts: [{ dir: 'gitops/a/p/s' }] });
  // The files' documents without their text, which the built-in policy never reads.
  expect(v.files).toEqual([{ path: 'gitops/a/p/s/values.yaml', documents: [{ a: 1 }] }, { path: 'argo-apps/argo-apps-p/new-application.yaml', documents: [{ b: 2 }] }]);
  expect(input.repo.files).toHaveLength(6); // the input itself is untouched
  expect(input.files[0].content).toBe('a: 1\n');
});

test('the built-in policy never reads a file\'s content, which builtinView leaves out', async () => {
  const { readdir } = await import('node:fs/promises');
  const rego = (await readdir('policies', { recursive: true })).filter((f) => f.endsWith('.rego') && !f.endsWith('_test.rego'));
  expect(rego.length).toBeGreaterThan(5);
  for (const f of rego) expect([f, /\bcontent\b/.test(await readFile(`policies/${f}`, 'utf8'))]).toEqual([f, false]);
});
