/**
 * A kustomization builds from what it references (`resources: [../../base]`, components, patch
 * files), often outside its own folder: the gate judges those files where they are written, and
 * denies as "cannot judge" (CON-009) what it cannot read (a remote base, a path out of the
 * repository, a missing one), through the shipped dist/policy.wasm, in a proposal (a kept
 * kustomization) and in validate mode.
 */
import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { loadGate, type Gate } from '../../src/policy/gate.js';
import { buildPolicyInput, buildRepoPolicyInput, type PolicyConfig } from '../../src/policy/input.js';
import { kustomizationRefs } from '../../src/policy/kustomize-refs.js';
import { APP, CHART, NOW, PLATFORM, proposal } from '../../__fixtures__/policy/proposal.js';
import { decisionToFindings } from '../../src/policy/findings.js';
import { SHIPPED_WASM } from '../../__fixtures__/policy/opa.js';
import type { RepoModel } from '../../src/repo/types.js';

const config: PolicyConfig = { packs: ['security-baseline'], repoUrl: PLATFORM };
let gate: Gate;

beforeAll(async () => {
  gate = await loadGate({ wasmPath: SHIPPED_WASM, root: mkdtempSync(join(tmpdir(), 'gate-root-')) });
});

const privileged = `apiVersion: apps/v1
kind: Deployment
metadata: {name: cart}
spec:
  selector: {matchLabels: {app: cart}}
  template:
    metadata: {labels: {app: cart}}
    spec:
      containers:
        - name: cart
          image: nginx:latest
          securityContext: {privileged: true}
`;

/** A repo on disk with `files`; the model lists those under the apps and charts dirs (as validate's walk does). */
function repoWith(files: Record<string, string>): RepoModel {
  const root = mkdtempSync(join(tmpdir(), 'policy-kustomize-'));
  for (const [p, c] of Object.entries(files)) {
    mkdirSync(dirname(join(root, p)), { recursive: true });
    writeFileSync(join(root, p), c);
  }
  const listed = Object.keys(files).filter((p) => p.startsWith('gitops/') || p.startsWith('argo-apps/'));
  return { root, appsDir: 'argo-apps', chartsDir: 'gitops', files: new Set(listed), applications: [], charts: [], skipped: [] };
}

/** Generation's proposal for a kept kustomization: only the Application, keeping the files of CHART. */
function keptProposal(repo: RepoModel) {
  const p = proposal();
  return { ...p, files: p.files.filter((f) => f.path === APP), kept: [...repo.files].filter((f) => f.startsWith(`${CHART}/`)).sort() };
}

const denied = (d: { denials: { rule_id: string; path: string }[] }) => [...new Set(d.denials.map((x) => `${x.rule_id} ${x.path}`))].sort();

describe('a kept kustomization is judged with what it references', () => {
  test('a base outside the kept folder, and its own bases outside the charts dir, are judged where they are written', () => {
    const repo = repoWith({
      [`${CHART}/kustomization.yaml`]: 'resources:\n  - ../../base\n',
      'gitops/shop/base/kustomization.yaml': 'resources:\n  - deploy.yaml\n  - ../../../shared/web\n',
      'gitops/shop/base/deploy.yaml': privileged,
      // Outside the charts dir: validate's walk never lists it, the gate reads it from disk.
      'shared/web/kustomization.yaml': 'resources: [pod.yaml]\n',
      'shared/web/pod.yaml': 'apiVersion: v1\nkind: Pod\nmetadata: {name: web, namespace: kube-system}\nspec:\n  hostPID: true\n  containers: [{name: web, image: "busybox:latest"}]\n',
    });
    const input = buildPolicyInput(keptProposal(repo), { config, repo, now: NOW });
    expect(input.files.filter((f) => f.referenced_by).map((f) => [f.path, f.referenced_by])).toEqual([
      ['gitops/shop/base/kustomization.yaml', `${CHART}/kustomization.yaml`],
      ['gitops/shop/base/deploy.yaml', 'gitops/shop/base/kustomization.yaml'],
      ['shared/web/kustomization.yaml', 'gitops/shop/base/kustomization.yaml'],
      ['shared/web/pod.yaml', 'shared/web/kustomization.yaml'],
    ]);
    const d = gate.evaluate(input);
    const ids = denied(d);
    for (const rule of ['CON-008', 'SEC-001', 'SEC-002', 'SEC-006']) expect(ids).toContain(`${rule} gitops/shop/base/deploy.yaml`);
    for (const rule of ['CON-005', 'CON-008', 'SEC-005']) expect(ids).toContain(`${rule} shared/web/pod.yaml`);
    // A kept file is never written: outside the allowed roots is no CON-001 for it.
    expect(ids.filter((x) => x.startsWith('CON-001'))).toEqual([]);
    // Positions are on the referenced file.
    const f = decisionToFindings(d, input).find((x) => x.ruleId === 'CON-008' && x.file === 'gitops/shop/base/deploy.yaml')!;
    expect(f.line).toBe(privileged.split('\n').findIndex((l) => l.includes('nginx:latest')) + 1);
  });

  test('components, patch files and a file named Kustomization are followed; a cycle is read once', () => {
    const repo = repoWith({
      [`${CHART}/Kustomization`]: 'resources: [../../base]\ncomponents: [../../comp]\npatches:\n  - path: ../../patches/priv.yaml\n  - patch: |-\n      kind: Deployment\n',
      'gitops/shop/base/kustomization.yml': `resources: [../prod/cart]\n`, // back to the start: a cycle
      'gitops/shop/comp/kustomization.yaml': 'kind: Component\nresources: [pod.yaml]\n',
      'gitops/shop/comp/pod.yaml': 'apiVersion: v1\nkind: Pod\nmetadata: {name: c}\nspec: {containers: [{name: c, image: "nginx:latest"}]}\n',
      'gitops/shop/patches/priv.yaml': privileged,
    });
    const input = buildPolicyInput(keptProposal(repo), { config, repo, now: NOW });
    expect(input.files.filter((f) => f.referenced_by).map((f) => f.path).sort()).toEqual(['gitops/shop/base/kustomization.yml', 'gitops/shop/comp/kustomization.yaml', 'gitops/shop/comp/pod.yaml', 'gitops/shop/patches/priv.yaml']);
    expect(input.files.find((f) => f.path === `${CHART}/Kustomization`)).toMatchObject({ parsed: true });
    const ids = denied(gate.evaluate(input));
    expect(ids).toContain('CON-008 gitops/shop/comp/pod.yaml');
    expect(ids).toContain('SEC-002 gitops/shop/patches/priv.yaml');
    expect(ids.filter((x) => x.startsWith('CON-009'))).toEqual([]);
  });

  test('what the gate cannot read is denied as "cannot judge", at the reference', () => {
    const outside = mkdtempSync(join(tmpdir(), 'outside-'));
    writeFileSync(join(outside, 'kustomization.yaml'), 'resources: [d.yaml]\n');
    const kust = [
      'resources:',
      '  - github.com/acme/bases//web?ref=v1',
      '  - https://example.com/all.yaml',
      '  - ../../missing',
      '  - ../../../../../../etc',
      '  - ../../escape',
      '  - ../../nokust',
      'helmCharts:',
      '  - {name: redis, repo: https://charts.example.com}',
      '',
    ].join('\n');
    const repo = repoWith({ [`${CHART}/kustomization.yaml`]: kust, 'gitops/shop/nokust/x.yaml': 'a: 1\n' });
    symlinkSync(outside, join(repo.root, 'gitops/shop/escape'));
    const input = buildPolicyInput(keptProposal(repo), { config, repo, now: NOW });
    const d = gate.evaluate(input);
    const con9 = d.denials.filter((x) => x.rule_id === 'CON-009');
    expect(con9.map((x) => x.path)).toEqual(Array(7).fill(`${CHART}/kustomization.yaml`));
    const byField = Object.fromEntries(con9.map((x) => [JSON.stringify(x.field), x.message]));
    expect(byField['["resources",0]']).toMatch(/github\.com\/acme\/bases\/\/web\?ref=v1, which the policy cannot read \(it is fetched from outside the repository/);
    expect(byField['["resources",1]']).toMatch(/fetched from outside the repository/);
    expect(byField['["resources",2]']).toMatch(/\.\.\/\.\.\/missing.*it does not exist/);
    expect(byField['["resources",3]']).toMatch(/it is outside the repository/);
    expect(byField['["resources",4]']).toMatch(/it leads out of the repository/);
    expect(byField['["resources",5]']).toMatch(/a directory without a kustomization file/);
    expect(byField['["helmCharts"]']).toMatch(/does not render/);
    expect(input.files.map((f) => f.path)).not.toContain('gitops/shop/escape/kustomization.yaml');
    // The finding is on the line of the reference.
    const lines = decisionToFindings(d, input).filter((x) => x.ruleId === 'CON-009').map((x) => x.line).sort((a, b) => a! - b!);
    expect(lines).toEqual([2, 3, 4, 5, 6, 7, 8]);
  });

  test('kustomizationRefs: the path references, with their fields; inline patches and configs are not paths', () => {
    expect(
      kustomizationRefs({
        resources: ['a.yaml', '../b', 7],
        bases: ['../old'],
        crds: ['crd.yaml'],
        patchesStrategicMerge: ['p.yaml', 'kind: Deployment\nmetadata: {name: x}\n'],
        patches: [{ path: 'q.yaml' }, { patch: 'x' }],
        patchesJson6902: [{ path: 'j.yaml', target: {} }],
        transformers: ['t.yaml', { apiVersion: 'builtin' }],
      }),
    ).toEqual([
      { field: ['resources', 0], ref: 'a.yaml' },
      { field: ['resources', 1], ref: '../b' },
      { field: ['bases', 0], ref: '../old' },
      { field: ['crds', 0], ref: 'crd.yaml' },
      { field: ['patchesStrategicMerge', 0], ref: 'p.yaml' },
      { field: ['transformers', 0], ref: 't.yaml' },
      { field: ['patches', 0, 'path'], ref: 'q.yaml' },
      { field: ['patchesJson6902', 0, 'path'], ref: 'j.yaml' },
    ]);
  });
});

describe('validate mode follows the kustomizations of the charts dir', () => {
  test('a base outside the charts dir is judged; one already read is not added twice', async () => {
    const repo = repoWith({
      'gitops/shop/prod/cart/kustomization.yaml': 'resources: [../../../../kbase, ../../base]\n',
      'gitops/shop/base/kustomization.yaml': 'resources: [deploy.yaml]\n',
      'gitops/shop/base/deploy.yaml': privileged.replace('nginx:latest', 'nginx:1.27'),
      'kbase/kustomization.yaml': 'resources: [deploy.yaml]\n',
      'kbase/deploy.yaml': privileged,
    });
    const input = await buildRepoPolicyInput({ config, repo, now: NOW });
    const paths = input.files.map((f) => f.path);
    expect(paths.filter((p) => p === 'gitops/shop/base/deploy.yaml')).toHaveLength(1);
    expect(paths).toEqual(expect.arrayContaining(['kbase/kustomization.yaml', 'kbase/deploy.yaml']));
    const ids = denied(gate.evaluate({ ...input, mode: 'repo' }));
    expect(ids).toContain('CON-008 kbase/deploy.yaml');
    expect(ids).toContain('SEC-002 kbase/deploy.yaml');
    expect(ids).not.toContain('CON-008 gitops/shop/base/deploy.yaml');
  });
});
