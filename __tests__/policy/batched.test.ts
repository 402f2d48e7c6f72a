/** Validate mode evaluates large repos in batches; the result must equal one evaluation. */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { batches, batchView, loadGate, repoIndex } from '../../src/policy/gate.js';
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

/** An Application file whose sources have the given paths (a string, or a list for spec.sources). */
function app(name: string, paths: string | string[], kind = 'Application'): string {
  const src = (p: string) => `repoURL: https://github.com/acme/platform.git\n    path: ${JSON.stringify(p)}\n    targetRevision: main`;
  const spec = Array.isArray(paths) ? `  sources:\n${paths.map((p) => `  - ${src(p).replace(/\n    /g, '\n    ')}`).join('\n')}` : `  source:\n    ${src(paths)}`;
  const body = `metadata:\n  name: ${name}\nspec:\n  project: default\n${spec}\n  destination:\n    server: https://kubernetes.default.svc\n    namespace: shop\n`;
  if (kind === 'Application') return `apiVersion: argoproj.io/v1alpha1\nkind: Application\n${body}`;
  return `apiVersion: argoproj.io/v1alpha1\nkind: ApplicationSet\nmetadata:\n  name: ${name}\nspec:\n  generators: [{ list: { elements: [] } }]\n  template:\n${body.replace(/^/gm, '    ').trimEnd()}\n`;
}

test('a batched evaluation finds the charts and kustomizations of other batches and of the repo however a source spells them', async () => {
  const gate = await loadGate({ wasmPath: SHIPPED_WASM, root: mkdtempSync(join(tmpdir(), 'batch-')), pathEnv: '' });
  const input = repoInput(12);
  // Each Application in its own folder, so that the batches of 20 files separate them from the charts they name.
  const apps: [string, string][] = [
    ['argo-apps/x0/dot-application.yaml', app('dot', './gitops/shop/prod/cart7/')], // a chart of another batch
    ['argo-apps/argo-apps-prod/slash-application.yaml', app('slash', '/gitops/k/base')], // a kustomization only in repo.files
    ['argo-apps/x1/multi-application.yaml', app('multi', ['gitops/shop/prod/known', 'gitops/shop/prod/missing'])], // repo.charts, and nothing
    ['argo-apps/x2/set.yaml', app('set', 'gitops/shop/prod/cart3', 'ApplicationSet')],
    ['argo-apps/argo-apps-prod/cross-application.yaml', app('cross', 'gitops/shop/staging/cart9')], // another cluster's chart
    ['argo-apps/x3/nowhere-application.yaml', app('nowhere', 'gitops/shop/prod/nowhere')],
    ['argo-apps/x4/templated-application.yaml', app('templated', '{{ .Values.path }}')], // the placeholder, which a chart dir is named here
    ['argo-apps/x5/nested-application.yaml', app('nested', 'gitops/shop/prod/cart2/charts/sub')], // a subchart only in repo.files
  ];
  const extra = buildPolicyInput({ ...proposal(), files: apps.map(([path, content]) => ({ path, content, action: 'create' as const })) }, { config: { packs: [], repoUrl: PLATFORM }, repo: emptyRepo(), now: NOW });
  const repo = {
    ...input.repo,
    files: [...input.repo.files, 'gitops/k/base/kustomization.yaml', 'gitops/shop/staging/cart9/Chart.yaml', 'TEMPLATED/Chart.yaml', 'gitops/shop/prod/cart2/charts/sub/Chart.yaml', 'gitops/unrelated/Chart.yaml'].sort(),
    charts: [{ dir: './gitops/shop/prod/known/' }, { dir: 'gitops/unrelated2' }],
  };
  const all: PolicyInput = { ...input, repo, files: [...input.files, ...extra.files.map((f) => ({ ...f, action: 'existing' as const }))] };
  const whole = gate.evaluate(all);
  const con003 = whole.denials.filter((d) => d.rule_id === 'CON-003').map((d) => d.path).sort();
  expect(con003).toEqual(['argo-apps/argo-apps-prod/cross-application.yaml', 'argo-apps/x1/multi-application.yaml', 'argo-apps/x3/nowhere-application.yaml']);
  expect(gate.evaluateBatched(all, [], 20)).toEqual(whole);

  // Each batch's view holds the charts its files can name (and the placeholder's), and its own paths, not the whole repo's.
  const index = repoIndex({ ...repo, files: [...new Set([...repo.files, ...all.files.map((f) => f.path)])].sort() });
  const view = batchView({ ...all, files: all.files.filter((f) => f.path.startsWith('argo-apps/x1/')) }, index);
  expect(view.repo).toEqual({ files: ['TEMPLATED/Chart.yaml', 'argo-apps/x1/multi-application.yaml'], applications: [], charts: [{ dir: './gitops/shop/prod/known/' }] });
  const cart = batchView({ ...all, files: all.files.filter((f) => f.path.startsWith('gitops/shop/prod/cart2/')) }, index);
  expect(cart.repo.files.filter((p) => p.endsWith('Chart.yaml'))).toEqual(['TEMPLATED/Chart.yaml', 'gitops/shop/prod/cart2/Chart.yaml']);
  expect(cart.repo.charts).toEqual([]);
});
