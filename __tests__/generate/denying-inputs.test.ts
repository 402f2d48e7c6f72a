/**
 * A generated proposal that our own packs deny because of what was asked for (one replica on a
 * production cluster, an unpinned target-revision, a protected namespace) is denied with the
 * input to change named: the engineer who ran generate did not write the files the policy
 * messages speak of. A denial of a kept file (the engineer's own) names no input.
 */
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { runGenerateCli } from '../../src/cli/generate.js';
import { bufferIO, copyFixture, policyWasm, removeDir, tempDir } from '../../__fixtures__/generate/helpers.js';

const dirs: string[] = [];
afterAll(async () => {
  for (const d of dirs) await removeDir(d);
});

async function emptyRepo(): Promise<string> {
  const d = await tempDir('gen-denying-');
  dirs.push(d);
  await mkdir(join(d, 'argo-apps'));
  await mkdir(join(d, 'gitops'));
  return d;
}

type Item = { rule_id: string; path: string; message: string; input?: string };

async function gen(dir: string, extra: string[]): Promise<{ code: number; doc: { outcome: string; decision: { denials: Item[] } }; text: string }> {
  const args = [dir, '--service', 'payments', '--application', 'shop', '--image', 'ghcr.io/acme/payments:1.4.2', '--repo-url', 'https://github.com/acme/platform.git', '--ci-workflow', 'skip', '--packs', 'security-baseline,production', '--dry-run', ...extra];
  const j = bufferIO();
  const code = await runGenerateCli([...args, '--format', 'json'], j.io, { gate: { wasmPath: policyWasm() } });
  expect(j.err()).toBe('');
  const t = bufferIO();
  await runGenerateCli(args, t.io, { gate: { wasmPath: policyWasm() } });
  return { code, doc: JSON.parse(j.out()), text: t.out() };
}

test('replicas 1 on a production cluster: both denials (PRD-001, and PRD-002 for the PodDisruptionBudget that one replica switches off) name the input replicas', async () => {
  const r = await gen(await emptyRepo(), ['--clusters', 'staging,prod', '--replicas', '1', '--target-revision', 'v1.4.2']);
  expect(r.code).toBe(1);
  expect(r.doc.outcome).toBe('denied');
  const d = r.doc.decision.denials;
  expect(d.map((i) => `${i.rule_id} ${i.path} ${i.input}`).sort()).toEqual([
    'PRD-001 gitops/shop/prod/payments/templates/deployment.yaml replicas',
    'PRD-002 gitops/shop/prod/payments/templates/deployment.yaml replicas',
  ]);
  for (const i of d) expect(i.message).toMatch(/the input replicas is 1: run again with replicas 2 or more/);
  expect(r.text).toContain('the input replicas is 1: run again with replicas 2 or more');
});

test('the default target-revision main on a production cluster: PRD-004 says the input was not given and what to set it to', async () => {
  const r = await gen(await emptyRepo(), ['--clusters', 'prod-eu']);
  expect(r.code).toBe(1);
  const [i, ...rest] = r.doc.decision.denials;
  expect(rest).toEqual([]);
  expect(i.rule_id).toBe('PRD-004');
  expect(i.input).toBe('target-revision');
  expect(i.message).toContain("targetRevision 'main' is not pinned");
  expect(i.message).toContain("the input target-revision was not given, so it is 'main': run again with target-revision set to a semver tag (e.g. v1.2.3) or a commit SHA");
  const given = await gen(await emptyRepo(), ['--clusters', 'prod-eu', '--target-revision', 'release']);
  expect(given.doc.decision.denials.map((x) => x.message)).toEqual([expect.stringContaining("the input target-revision is 'release': run again")]);
});

test('a protected namespace: CON-005 names the input namespace, or the application it defaulted to', async () => {
  const r = await gen(await emptyRepo(), ['--clusters', 'staging', '--namespace', 'kube-system']);
  expect(r.doc.decision.denials.map((i) => [i.rule_id, i.input])).toEqual([['CON-005', 'namespace']]);
  expect(r.doc.decision.denials[0].message).toContain("the input namespace is 'kube-system'");
  const dflt = bufferIO();
  await runGenerateCli([await emptyRepo(), '--service', 'payments', '--application', 'argocd', '--clusters', 'staging', '--image', 'ghcr.io/acme/payments:1.4.2', '--repo-url', 'https://github.com/acme/platform.git', '--ci-workflow', 'skip', '--dry-run', '--format', 'json'], dflt.io, { gate: { wasmPath: policyWasm() } });
  const doc = JSON.parse(dflt.out());
  expect(doc.decision.denials.map((i: Item) => i.message)).toEqual([expect.stringContaining("the input namespace was not given, so it is the application's name 'argocd'")]);
});

test("a kept chart's own replicaCount 1 is denied without naming an input: no input produced it", async () => {
  // The kept chart gitops/shop/prod/payments (replicaCount 2, no PodDisruptionBudget) gets only
  // its Application: PRD-002 is about the person's file, even with replicas 1 asked for.
  const dir = await copyFixture('existing-chart-no-app');
  dirs.push(dir);
  const b = bufferIO();
  await runGenerateCli([dir, '--service', 'payments', '--application', 'shop', '--clusters', 'prod', '--image', 'ghcr.io/acme/payments:2.0.1', '--repo-url', 'https://github.com/acme/platform.git', '--ci-workflow', 'skip', '--packs', 'production', '--replicas', '1', '--target-revision', 'v1.0.0', '--dry-run', '--format', 'json'], b.io, { gate: { wasmPath: policyWasm() } });
  const doc = JSON.parse(b.out());
  expect(doc.decision.denials.map((i: Item) => `${i.rule_id} ${i.path}`)).toContain('PRD-002 gitops/shop/prod/payments/templates/deployment.yaml');
  for (const i of doc.decision.denials as Item[]) {
    expect(i.input).toBeUndefined();
    expect(i.message).not.toContain('the input');
  }
});
