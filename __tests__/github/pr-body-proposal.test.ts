/** The pull request body of real proposals (read-and-preserve on the fixtures, the shipped policy): every statement true of that proposal. */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parseGenerateRequest } from '../../src/generate/inputs.js';
import { runGenerate } from '../../src/generate/run.js';
import { applicationNodes, blastRadiusGraph, buildPullRequestBody } from '../../src/github/pr-body.js';
import { copyFixture, policyWasm, rawInputs, removeDir } from '../../__fixtures__/generate/helpers.js';

const ACME = 'https://github.com/acme/platform.git';
const dirs: string[] = [];
afterAll(async () => {
  for (const d of dirs) await removeDir(d);
});

async function generate(fixture: string, over: Record<string, string>, packs: string[] = [], prepare?: (dir: string) => Promise<void>) {
  const dir = await copyFixture(fixture);
  dirs.push(dir);
  if (prepare) await prepare(dir);
  const request = parseGenerateRequest(rawInputs({ 'repo-url': ACME, 'ci-workflow': 'skip', ...over }));
  return runGenerate(dir, request, { packs, gate: { wasmPath: policyWasm() } });
}

test('a chart proposed under a kept Application is in the graph, with that Application marked as kept', async () => {
  // prod: the Application exists, its chart does not; staging: neither exists.
  const r = await generate('app-without-chart', { clusters: 'prod,staging' });
  expect(r.outcome).toBe('allowed');
  expect(r.proposal.blastRadius.clusters).toEqual(['prod', 'staging']);
  expect(applicationNodes(r.proposal)).toEqual([
    { cluster: 'prod', name: 'payments-prod', chart: 'gitops/shop/prod/payments', existing: 'application' },
    { cluster: 'staging', name: 'payments-staging', chart: 'gitops/shop/staging/payments' },
  ]);
  const graph = blastRadiusGraph(r.proposal);
  expect(graph).toContain('["cluster: prod"]');
  expect(graph).toContain('"Application: payments-prod (existing, kept)"');
  expect(graph).toContain('"chart: gitops/shop/prod/payments"');
  expect(graph).not.toContain('payments-staging (existing');
});

test('a kept chart is marked in the graph; a kept Application keeps its own name; a cluster with nothing proposed is not drawn', async () => {
  const r = await generate('existing-chart-no-app', { clusters: 'prod' });
  expect(applicationNodes(r.proposal)).toEqual([{ cluster: 'prod', name: 'payments-prod', chart: 'gitops/shop/prod/payments', existing: 'chart' }]);
  expect(blastRadiusGraph(r.proposal)).toContain('"chart: gitops/shop/prod/payments (existing, kept)"');

  // The kept Application is named otherwise than the layout's name; the staging cluster has it all already.
  const named = await generate('app-without-chart', { clusters: 'prod' }, [], async (dir) => {
    const f = join(dir, 'argo-apps/argo-apps-prod/payments-application.yaml');
    await writeFile(f, (await readFile(f, 'utf8')).replace('name: payments-prod', 'name: legacy-payments'));
  });
  expect(applicationNodes(named.proposal)).toEqual([{ cluster: 'prod', name: 'legacy-payments', chart: 'gitops/shop/prod/payments', existing: 'application' }]);

  const cart = await generate('app-without-chart', { service: 'cart', clusters: 'prod,qa' });
  expect(cart.proposal.blastRadius.clusters).toEqual(['qa']);
  expect(applicationNodes(cart.proposal).map((n) => n.cluster)).toEqual(['qa']);
  expect(blastRadiusGraph(cart.proposal)).not.toContain('cluster: prod');
});

test('a waived denial from the shipped policy is listed once in the body, under Waivers with its waiver', async () => {
  const r = await generate('existing-kustomization-no-app', { clusters: 'prod' }, ['security-baseline'], async (dir) => {
    await mkdir(join(dir, '.trustacks'));
    await writeFile(
      join(dir, '.trustacks/waivers.yaml'),
      'waivers:\n  - rule_id: SEC-003\n    path: gitops/shop/prod/payments/**\n    reason: cache in /tmp until CART-12\n    expires: 2099-01-01\n    approved_by: platform-team\n',
    );
  });
  const d = r.decision!;
  expect(d.waived.map((w) => w.rule_id)).toEqual(['SEC-003']);
  expect(d.warnings.map((w) => w.rule_id)).toContain('SEC-003'); // the policy lists it in both
  const body = buildPullRequestBody(r.proposal, d);
  expect(body.split('readOnlyRootFilesystem is not true').length - 1).toBe(1);
  expect(body).toMatch(/readOnlyRootFilesystem is not true — waived: cache in \/tmp until CART-12; approved by platform-team; expires 2099-01-01/);
});

test('the summary names the requested image only where the proposal sets it: a kept chart runs its own', async () => {
  const kept = await generate('existing-chart-no-app', { clusters: 'prod', image: 'ghcr.io/acme/payments:1.0.0' });
  expect(kept.proposal.preservationNotes.join('\n')).toContain('keeps ghcr.io/acme/payments:2.0.1');
  const body = buildPullRequestBody(kept.proposal, kept.decision!);
  expect(body).not.toContain('with image `ghcr.io/acme/payments:1.0.0`');
  expect(body).toContain(
    'Deploys service `payments` of application `shop` to 1 cluster(s): `prod`, with the image set by its existing chart or kustomization, which this pull request does not change (requested: `ghcr.io/acme/payments:1.0.0`; see Preserved).',
  );

  const mixed = await generate('existing-chart-no-app', { clusters: 'prod,staging', image: 'ghcr.io/acme/payments:1.0.0' });
  expect(buildPullRequestBody(mixed.proposal, mixed.decision!)).toContain(
    'to 2 cluster(s): `prod`, `staging`: with image `ghcr.io/acme/payments:1.0.0` on `staging`; on `prod` with the image set by its existing chart or kustomization',
  );

  const fresh = await generate('base', { clusters: 'prod' });
  expect(buildPullRequestBody(fresh.proposal, fresh.decision!)).toContain('of application `shop` with image `ghcr.io/trustacks/payments:1.4.2` to 1 cluster(s): `prod`.');
});

test('the blast radius says what happens to existing files: nothing, with the count of those kept', async () => {
  const kept = await generate('existing-chart-no-app', { clusters: 'prod' });
  expect(buildPullRequestBody(kept.proposal, kept.decision!)).toContain(`- Existing files changed or deleted: none; every file is new (${kept.proposal.kept.length} relied on and kept as they are)`);
  expect(kept.proposal.kept.length).toBe(5);
  const fresh = await generate('base', { clusters: 'prod' });
  expect(buildPullRequestBody(fresh.proposal, fresh.decision!)).toMatch(/- Existing files changed or deleted: none; every file is new\n/);
});
