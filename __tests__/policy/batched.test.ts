/** Validate mode evaluates large repos in batches; the result must equal one evaluation. */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { batches, loadGate } from '../../src/policy/gate.js';
import { buildPolicyInput, type PolicyInput } from '../../src/policy/input.js';
import { parseWaivers } from '../../src/policy/waivers.js';
import { NOW, PLATFORM, emptyRepo, proposal } from '../../__fixtures__/policy/proposal.js';
import { SHIPPED_WASM } from '../../__fixtures__/policy/opa.js';

/** n copies of the fixture service (cart0..), every third with a latest image, every fifth without PDB. */
function repoInput(n: number): PolicyInput {
  const files = [];
  for (let i = 0; i < n; i++) {
    const p = proposal({
      [`gitops/shop/prod/cart/values.yaml`]: (s) => (i % 3 === 0 ? s.replace('tag: "1.4.0"', 'tag: latest') : s),
    });
    for (const f of p.files) {
      if (f.path.startsWith('.github/')) continue;
      if (i % 5 === 0 && f.path.endsWith('pdb.yaml')) continue;
      const path = f.path.replace('gitops/shop/prod/cart', `gitops/shop/prod/cart${i}`).replace('cart-application.yaml', `cart${i}-application.yaml`);
      const content = f.content.replace('path: gitops/shop/prod/cart', `path: gitops/shop/prod/cart${i}`);
      files.push({ path, content, action: 'create' as const });
    }
  }
  const waivers = parseWaivers('waivers:\n  - { rule_id: PRD-002, path: "gitops/shop/prod/cart1?/**", reason: r, expires: 2027-01-01, approved_by: a }\n  - { rule_id: SEC-003, path: "**", reason: r, expires: 2020-01-01, approved_by: a }\n', 'w.yaml').waivers;
  const input = buildPolicyInput({ ...proposal(), files }, { config: { packs: ['security-baseline', 'production'], repoUrl: PLATFORM }, repo: emptyRepo(), now: NOW, waivers });
  return { ...input, mode: 'repo', files: input.files.map((f) => ({ ...f, action: 'existing' })) };
}

test('batches keep every chart whole', () => {
  const input = repoInput(7);
  const parts = batches(input.files, 'gitops', 10);
  expect(parts.length).toBeGreaterThan(2);
  for (const part of parts) {
    const charts = new Set(part.filter((f) => f.path.startsWith('gitops/')).map((f) => f.path.split('/').slice(0, 4).join('/')));
    for (const c of charts) expect(input.files.filter((f) => f.path.startsWith(`${c}/`)).every((f) => part.includes(f))).toBe(true);
  }
  expect(parts.flat()).toHaveLength(input.files.length);
});

test('batches keep every chart whole under a nested charts dir too (a platform repo in a folder: plat/gitops)', () => {
  // Each chart's values.yaml and templates/ are in different folders: grouped by folder, a
  // batch boundary could fall between them.
  const files = Array.from({ length: 12 }, (_, i) => [`plat/gitops/shop/prod/svc${i}/values.yaml`, `plat/gitops/shop/prod/svc${i}/templates/deployment.yaml`, `plat/gitops/shop/prod/svc${i}/templates/service.yaml`]).flat().map((path) => ({ path }));
  const parts = batches(files, 'plat/gitops', 4);
  expect(parts.length).toBeGreaterThan(2);
  for (const part of parts) {
    for (const svc of new Set(part.map((f) => f.path.split('/')[4]))) expect(part.filter((f) => f.path.split('/')[4] === svc)).toHaveLength(3);
  }
  expect(parts.flat()).toHaveLength(files.length);
});

test('a batched evaluation decides exactly as one evaluation', async () => {
  const gate = await loadGate({ wasmPath: SHIPPED_WASM, root: mkdtempSync(join(tmpdir(), 'batch-')), pathEnv: '' });
  const input = repoInput(30);
  const whole = gate.evaluate(input);
  const batched = gate.evaluateBatched(input, [], 20);
  expect(whole.denials.length).toBeGreaterThan(10);
  expect(whole.waived.length).toBeGreaterThan(0);
  expect(whole.warnings.some((w) => w.rule_id === 'waiver.expired')).toBe(true);
  expect(batched).toEqual(whole);
});
