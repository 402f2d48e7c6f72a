/**
 * Generation follows a repo's own layout (charts at gitops/<cluster>/<application>/<service>,
 * Applications at argo-apps/<cluster>/<service>.yaml); the gate reads the cluster and service
 * generation determined (input targets), not the default layout's parse of the paths: no
 * CON-003 (never waivable) on generation's own matching pair, and the production pack applies
 * to the production cluster (PRD-001, PRD-002, PRD-004). Through the shipped wasm and the CLI,
 * as the probe (report #6) ran it.
 */
import { readFile, readdir, rename, rmdir, mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { runGenerateCli } from '../../src/cli/generate.js';
import { bufferIO, copyFixture, policyWasm, removeDir } from '../../__fixtures__/generate/helpers.js';

const dirs: string[] = [];
afterAll(async () => {
  for (const d of dirs) await removeDir(d);
});

async function gate(dir: string, extra: string[]) {
  const b = bufferIO();
  const args = [dir, '--service', 'payments', '--application', 'shop', '--clusters', 'production', '--image', 'ghcr.io/acme/payments:1.0.0', '--packs', 'production', '--ci-workflow', 'skip', '--dry-run', '--format', 'json', ...extra];
  await runGenerateCli(args, b.io, { gate: { wasmPath: policyWasm() } });
  expect(b.err()).toBe('');
  const doc = JSON.parse(b.out());
  return {
    outcome: doc.outcome as string,
    files: (doc.files as { path: string }[]).map((f) => f.path),
    notes: doc.preservation_notes as string[],
    denials: doc.decision.denials as { rule_id: string; path: string; message: string }[],
  };
}

test('charts at gitops/<cluster>/<application>/<service>: no CON-003 for the generated pair, and PRD-001/PRD-002 on production', async () => {
  const dir = await copyFixture('example');
  dirs.push(dir);
  // Move every chart to gitops/<cluster>/shop/<service> and point the Applications there.
  for (const cluster of ['staging', 'production']) {
    await mkdir(join(dir, 'gitops', cluster), { recursive: true });
    await rename(join(dir, 'gitops/shop', cluster), join(dir, 'gitops', cluster, 'shop'));
    for (const f of await readdir(join(dir, 'argo-apps', `argo-apps-${cluster}`))) {
      const p = join(dir, 'argo-apps', `argo-apps-${cluster}`, f);
      await writeFile(p, (await readFile(p, 'utf8')).replaceAll(`path: gitops/shop/${cluster}/`, `path: gitops/${cluster}/shop/`));
    }
  }
  await rmdir(join(dir, 'gitops/shop'));
  const g = await gate(dir, ['--replicas', '1', '--target-revision', 'v1.0.0']);
  expect(g.notes.some((n) => n.startsWith("Followed the repo's own layout") && n.includes('gitops/{cluster}/{application}/{service}'))).toBe(true);
  expect(g.files).toContain('gitops/production/shop/payments/Chart.yaml');
  expect(g.denials.filter((d) => d.rule_id === 'CON-003')).toEqual([]);
  expect(new Set(g.denials.map((d) => d.rule_id))).toEqual(new Set(['PRD-001', 'PRD-002']));
  expect(g.denials.every((d) => d.path.startsWith('gitops/production/shop/payments/'))).toBe(true);
  expect(g.outcome).toBe('denied');
});

test('Applications at argo-apps/<cluster>/<service>.yaml: PRD-004 on production', async () => {
  const dir = await copyFixture('example');
  dirs.push(dir);
  for (const cluster of ['staging', 'production']) {
    await rename(join(dir, 'argo-apps', `argo-apps-${cluster}`), join(dir, 'argo-apps', cluster));
    for (const f of await readdir(join(dir, 'argo-apps', cluster))) await rename(join(dir, 'argo-apps', cluster, f), join(dir, 'argo-apps', cluster, f.replace(/-application\.yaml$/, '.yaml')));
  }
  const g = await gate(dir, ['--target-revision', 'main']);
  expect(g.files).toContain('argo-apps/production/payments.yaml');
  expect(g.denials.map((d) => [d.rule_id, d.path])).toEqual([['PRD-004', 'argo-apps/production/payments.yaml']]);
  expect(g.denials[0].message).toMatch(/production cluster production: targetRevision 'main' is not pinned/);
  // Pinned, the same proposal is allowed (the generated chart meets the production pack).
  expect((await gate(dir, ['--target-revision', 'v1.0.0'])).outcome).toBe('allowed');
});
