import fc from 'fast-check';
import { InputError } from '../../src/errors.js';
import { writeProposal } from '../../src/generate/apply.js';
import { parseGenerateRequest } from '../../src/generate/inputs.js';
import { buildProposal } from '../../src/generate/proposal.js';
import { validateRepo } from '../../src/validate/engine.js';
import { removeDir, snapshotTree, tempDir, writeTree } from '../../__fixtures__/generate/helpers.js';

const REPO = 'https://github.com/acme/platform.git';
const SERVICES = ['cart', 'payments', 'ledger'];
const CLUSTERS = ['prod', 'staging', 'qa'];
const APPS = ['shop', 'bank'];

const appYaml = (name: string, path: string) => `apiVersion: argoproj.io/v1alpha1
kind: Application
metadata:
  name: ${name}
  namespace: argocd
spec:
  project: default
  source:
    repoURL: ${REPO}
    targetRevision: main
    path: ${path}
  destination:
    server: https://kubernetes.default.svc
    namespace: shop
`;
const chart = (dir: string, name: string): Record<string, string> => ({
  [`${dir}/Chart.yaml`]: `apiVersion: v2\nname: ${name}\nversion: 1.0.0\n`,
  [`${dir}/values.yaml`]: `replicaCount: 1\n`,
  [`${dir}/templates/cm.yaml`]: `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: {{ .Release.Name }}\n`,
});

type Cell = 'none' | 'both' | 'chart-only' | 'app-only' | 'file-at-app' | 'file-at-chart' | 'partial-dir' | 'other-app-name';
const cellArb = fc.constantFrom<Cell>('none', 'none', 'none', 'both', 'both', 'chart-only', 'app-only', 'file-at-app', 'file-at-chart', 'partial-dir', 'other-app-name');

/** A random existing tree on the default layout, with hand-made files and things in the way. */
const treeArb = fc
  .record({
    cells: fc.array(fc.tuple(fc.constantFrom(...SERVICES), fc.constantFrom(...CLUSTERS), fc.constantFrom(...APPS), cellArb), { maxLength: 6 }),
    workflows: fc.subarray(SERVICES),
  })
  .map(({ cells, workflows }) => {
    const files: Record<string, string> = { 'README.md': '# platform\n' };
    for (const [svc, cl, app, cell] of cells) {
      const appFile = `argo-apps/argo-apps-${cl}/${svc}-application.yaml`;
      const dir = `gitops/${app}/${cl}/${svc}`;
      if (cell === 'both' || cell === 'app-only') files[appFile] = appYaml(`${svc}-${cl}`, dir);
      if (cell === 'both' || cell === 'chart-only') Object.assign(files, chart(dir, svc));
      if (cell === 'file-at-app') files[appFile] = 'kind: ConfigMap\napiVersion: v1\nmetadata:\n  name: placeholder\n';
      if (cell === 'file-at-chart') files[dir] = 'coming soon\n';
      if (cell === 'partial-dir') files[`${dir}/values.yaml`] = 'replicaCount: 3\n';
      if (cell === 'other-app-name') {
        files[`argo-apps/argo-apps-${cl}/other-${svc}-application.yaml`] = appYaml(`${svc}-${cl}`, `gitops/${app}/${cl}/other-${svc}`);
        Object.assign(files, chart(`gitops/${app}/${cl}/other-${svc}`, `other-${svc}`));
      }
    }
    // Conflicting cells can overwrite each other's paths (a file and a folder of the same name): keep the first.
    const clean: Record<string, string> = {};
    for (const p of Object.keys(files).sort()) {
      if (Object.keys(clean).some((q) => p.startsWith(`${q}/`) || q.startsWith(`${p}/`))) continue;
      clean[p] = files[p];
    }
    for (const s of workflows) clean[`.github/workflows/${s}-ci.yaml`] = `name: ${s}\non: push\njobs: {}\n`;
    return clean;
  });

const requestArb = fc.record({
  service: fc.constantFrom(...SERVICES),
  application: fc.constantFrom(...APPS),
  clusters: fc.subarray(CLUSTERS, { minLength: 1 }).map((c) => c.join(',')),
  image: fc.tuple(fc.constantFrom('ghcr.io/acme/svc', 'registry.example.com:5000/team/svc', 'acme/svc'), fc.stringMatching(/^[0-9]{1,2}\.[0-9]{1,2}\.[0-9]{1,2}$/)).map(([r, t]) => `${r}:${t}`),
  port: fc.integer({ min: 1, max: 65535 }).map(String),
  replicas: fc.integer({ min: 1, max: 5 }).map(String),
  namespace: fc.constantFrom(undefined, 'shop', 'payments-ns'),
  'ci-workflow': fc.constantFrom('generate', 'skip'),
});

const errorKeys = (fs: { severity: string; file: string; ruleId: string; message: string }[]) =>
  new Set(fs.filter((f) => f.severity === 'error').map((f) => `${f.ruleId} ${f.file} ${f.message}`));

test('for random valid inputs over random trees: no existing byte changes, output is deterministic, the result validates clean or halts', async () => {
  let halted = 0;
  let proposed = 0;
  await fc.assert(
    fc.asyncProperty(treeArb, requestArb, async (tree, raw) => {
      const dir = await tempDir('gen-prop-');
      try {
        await writeTree(dir, tree);
        const before = await snapshotTree(dir);
        const errorsBefore = errorKeys((await validateRepo(dir, { repoUrl: REPO })).findings);
        const request = parseGenerateRequest({ ...raw, 'repo-url': REPO });
        const p1 = await buildProposal(dir, request);
        const p2 = await buildProposal(dir, request);
        expect(JSON.stringify(p2)).toBe(JSON.stringify(p1));
        expect(await snapshotTree(dir)).toEqual(before);
        if (p1.question) {
          halted++;
          expect(p1.files).toEqual([]);
          return;
        }
        proposed++;
        for (const f of p1.files) {
          expect(f.action).toBe('create');
          expect(before.has(f.path)).toBe(false);
        }
        await writeProposal(dir, p1);
        const after = await snapshotTree(dir);
        for (const [k, v] of before) expect(after.get(k)).toBe(v);
        const errorsAfter = errorKeys((await validateRepo(dir, { repoUrl: REPO })).findings);
        // Generation adds no error: what was wrong before may remain (or be fixed), nothing new.
        for (const e of errorsAfter) expect(errorsBefore).toContain(e);
        if (errorsBefore.size === 0) expect(errorsAfter.size).toBe(0);
      } finally {
        await removeDir(dir);
      }
    }),
    { numRuns: 80, seed: 20261126 },
  );
  // The generators reach both branches (a property that only ever halts would prove little).
  expect(halted).toBeGreaterThan(5);
  expect(proposed).toBeGreaterThan(5);
});

test('service names: accepted exactly when they are DNS-1035 labels of at most 40 characters', () => {
  fc.assert(
    fc.property(fc.oneof(fc.string({ maxLength: 50 }), fc.stringMatching(/^[a-z][-a-z0-9]{0,45}$/), fc.stringMatching(/^[\x20-\x7e\n]{1,12}$/)), (s) => {
      const ok = s.length <= 40 && /^[a-z]([-a-z0-9]*[a-z0-9])?$/.test(s);
      try {
        const r = parseGenerateRequest({ service: s, application: 'shop', clusters: 'prod', image: 'acme/svc:1.0.0' });
        expect(ok).toBe(true);
        expect(r.service).toBe(s);
      } catch (e) {
        expect(e).toBeInstanceOf(InputError);
        if (s !== '') expect(ok).toBe(false);
        expect((e as InputError).input).toBe('service');
      }
    }),
    { numRuns: 500, seed: 7 },
  );
});
