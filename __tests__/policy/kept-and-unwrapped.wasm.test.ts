/**
 * What the gate judges beyond plain documents, through the shipped dist/policy.wasm: a kept
 * chart's templates whatever their extension (Helm renders them all), in a proposal and in
 * validate mode; the items of a List (Argo CD applies each one); fields a template prints inline
 * from values (judged there) or from what the gate cannot read (denied).
 */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { loadGate, type Gate } from '../../src/policy/gate.js';
import { buildPolicyInput, buildRepoPolicyInput, isRenderedTemplate, type PolicyConfig } from '../../src/policy/input.js';
import { APP, CHART, DEPLOY, NOW, PLATFORM, VALUES, baseFiles, emptyRepo, proposal } from '../../__fixtures__/policy/proposal.js';
import { decisionToFindings } from '../../src/policy/findings.js';
import { SHIPPED_WASM } from '../../__fixtures__/policy/opa.js';
import type { RepoModel } from '../../src/repo/types.js';

const config: PolicyConfig = { packs: ['security-baseline', 'production'], repoUrl: PLATFORM };
let gate: Gate;

beforeAll(async () => {
  gate = await loadGate({ wasmPath: SHIPPED_WASM, root: mkdtempSync(join(tmpdir(), 'gate-root-')) });
});

const privileged = `apiVersion: apps/v1
kind: Deployment
metadata:
  name: debug
spec:
  replicas: 2
  template:
    spec:
      hostNetwork: true
      containers:
        - name: sh
          image: nginx:latest
          securityContext:
            privileged: true
`;

/** A repo on disk holding the base chart (and `extra` files), for kept files to be read from. */
function repoWith(extra: Record<string, string>): RepoModel {
  const root = mkdtempSync(join(tmpdir(), 'policy-kept-'));
  const files: Record<string, string> = Object.fromEntries(baseFiles().filter((f) => f.path.startsWith(`${CHART}/`)).map((f) => [f.path, f.content]));
  Object.assign(files, extra);
  for (const [p, c] of Object.entries(files)) {
    mkdirSync(dirname(join(root, p)), { recursive: true });
    writeFileSync(join(root, p), c);
  }
  return { root, appsDir: 'argo-apps', chartsDir: 'gitops', files: new Set(Object.keys(files)), applications: [], charts: [{ dir: CHART }] as RepoModel['charts'], skipped: [] };
}

/** A proposal of only the Application, keeping the chart of `repo` (generation's kept chart). */
function keptProposal(repo: RepoModel) {
  const p = proposal();
  return { ...p, files: p.files.filter((f) => f.path === APP), kept: [...repo.files].sort() };
}

const ruleIds = (d: { denials: { rule_id: string }[] }) => [...new Set(d.denials.map((x) => x.rule_id))].sort();

describe('a chart template is judged whatever its extension (Helm renders every file of templates/)', () => {
  test('isRenderedTemplate: all of templates/ but partials, the notes and dot-files', () => {
    const charts = new Set([CHART, `${CHART}/charts/sub`]);
    for (const p of ['templates/deployment.tpl', 'templates/x.json', 'templates/x.txt', 'templates/noext', 'templates/sub/d.yaml', 'charts/sub/templates/a.tpl'])
      expect([p, isRenderedTemplate(`${CHART}/${p}`, charts)]).toEqual([p, true]);
    for (const p of ['templates/_helpers.tpl', 'templates/NOTES.txt', 'templates/.hidden', 'values.yaml', 'README.md', 'charts/sub/values.schema.json'])
      expect([p, isRenderedTemplate(`${CHART}/${p}`, charts)]).toEqual([p, false]);
    expect(isRenderedTemplate('gitops/other/templates/a.tpl', charts)).toBe(false); // not a chart
  });

  test('a kept templates/deployment.tpl is denied as the same file named .yaml is', () => {
    for (const name of ['debug.tpl', 'debug.yaml']) {
      const repo = repoWith({ [`${CHART}/templates/${name}`]: privileged, [`${CHART}/templates/_helpers.tpl`]: '{{- define "x" }}kind: Pod{{- end }}\n' });
      const input = buildPolicyInput(keptProposal(repo), { config, repo, now: NOW });
      const f = input.files.find((x) => x.path === `${CHART}/templates/${name}`)!;
      expect(f).toMatchObject({ action: 'existing', parsed: true, templated: true });
      expect(input.files.map((x) => x.path)).not.toContain(`${CHART}/templates/_helpers.tpl`);
      const d = gate.evaluate(input);
      expect([name, ruleIds({ denials: d.denials.filter((x) => x.path === f.path) })]).toEqual([name, ['CON-008', 'PRD-003', 'SEC-001', 'SEC-002', 'SEC-003', 'SEC-004', 'SEC-005', 'SEC-006']]);
    }
  });

  test('a proposed non-YAML template is read as a template too', () => {
    const input = buildPolicyInput(proposal({}, [{ path: `${CHART}/templates/debug.tpl`, content: privileged, action: 'create' }]), { config, repo: repoWith({}), now: NOW });
    expect(input.files.find((x) => x.path === `${CHART}/templates/debug.tpl`)).toMatchObject({ parsed: true, templated: true });
  });

  test('validate mode (policy-on-validate) judges templates/*.tpl, and only chart templates besides YAML', async () => {
    const repo = repoWith({ [`${CHART}/templates/debug.tpl`]: privileged, [`${CHART}/README.md`]: '# cart\n', [`${CHART}/templates/NOTES.txt`]: 'hello\n' });
    const input = await buildRepoPolicyInput({ config, repo, now: NOW });
    const paths = input.files.map((f) => f.path);
    expect(paths).toContain(`${CHART}/templates/debug.tpl`);
    expect(paths).not.toContain(`${CHART}/README.md`);
    expect(paths).not.toContain(`${CHART}/templates/NOTES.txt`);
    const d = gate.evaluate(input);
    expect(ruleIds({ denials: d.denials.filter((x) => x.path === `${CHART}/templates/debug.tpl`) })).toEqual(['CON-008', 'PRD-003', 'SEC-001', 'SEC-002', 'SEC-003', 'SEC-004', 'SEC-005', 'SEC-006']);
  });

  test('a .tpl template that cannot be read is a CON-009 warning, as a .yaml one is', () => {
    const repo = repoWith({ [`${CHART}/templates/bad.tpl`]: 'a: [1, 2\n' });
    const d = gate.evaluate(buildPolicyInput(keptProposal(repo), { config, repo, now: NOW }));
    expect(d.warnings.filter((w) => w.rule_id === 'CON-009').map((w) => w.path)).toEqual([`${CHART}/templates/bad.tpl`]);
  });
});

describe('the items of a List document are judged as the documents they are (Argo CD applies each item)', () => {
  const list = `apiVersion: v1
kind: List
items:
  - apiVersion: rbac.authorization.k8s.io/v1
    kind: ClusterRoleBinding
    metadata: {name: cart-admin}
    roleRef: {apiGroup: rbac.authorization.k8s.io, kind: ClusterRole, name: cluster-admin}
    subjects: [{kind: ServiceAccount, name: cart, namespace: shop}]
  - apiVersion: v1
    kind: Pod
    metadata: {name: debug, namespace: kube-system}
    spec:
      hostPID: true
      containers:
        - name: sh
          image: busybox:latest
          securityContext: {privileged: true}
`;
  const EXTRA = `${CHART}/templates/extra.yaml`;

  test('a ClusterRoleBinding, a Pod in kube-system, latest, hostPID and privileged in a List are denied', () => {
    const input = buildPolicyInput(proposal({}, [{ path: EXTRA, content: list, action: 'create' }]), { config, repo: repoWith({}), now: NOW });
    const d = gate.evaluate(input);
    const here = d.denials.filter((x) => x.path === EXTRA);
    // PRD-003 too: a bare Pod that restarts (no restartPolicy) serves, and has no probes
    expect(ruleIds({ denials: here })).toEqual(['CON-005', 'CON-007', 'CON-008', 'PRD-003', 'SEC-001', 'SEC-002', 'SEC-003', 'SEC-004', 'SEC-005', 'SEC-006']);
    expect(here.find((x) => x.rule_id === 'CON-007')).toMatchObject({ document: 0, field: ['items', 0, 'kind'] });
    expect(here.find((x) => x.rule_id === 'SEC-005')).toMatchObject({ document: 0, field: ['items', 1, 'spec', 'hostPID'] });
    // validate mode places the finding on the item's line
    const f = decisionToFindings(d, input).find((x) => x.ruleId === 'CON-008' && x.file === EXTRA)!;
    expect(f.line).toBe(list.split('\n').findIndex((l) => l.includes('busybox:latest')) + 1);
  });
});

describe('fields a template prints inline are judged from values.yaml, or denied when the gate cannot read them', () => {
  const rep = (a: string, b: string) => (t: string) => {
    if (!t.includes(a)) throw new Error(`fixture edit did not apply: ${a}`);
    return t.replace(a, b);
  };
  // helm create's volumes idiom, an inline hostNetwork and an inline privileged (the probe's case)
  const deploy = (privileged: string) =>
    rep(
      '          securityContext:\n            {{- toYaml .Values.securityContext | nindent 12 }}\n',
      `          securityContext:\n            allowPrivilegeEscalation: false\n            readOnlyRootFilesystem: true\n            capabilities:\n              drop: [ALL]\n            privileged: ${privileged}\n`,
    );
  const spec = rep('      containers:\n', '      {{- with .Values.volumes }}\n      volumes:\n        {{- toYaml . | nindent 8 }}\n      {{- end }}\n      hostNetwork: {{ .Values.hostNetwork }}\n      containers:\n');
  const decideWith = (privileged: string, values: string) => {
    const input = buildPolicyInput(proposal({ [DEPLOY]: (t) => spec(deploy(privileged)(t)), [VALUES]: (t) => t + values }), { config, repo: emptyRepo(), now: NOW });
    return gate.evaluate(input).denials.filter((d) => d.path === DEPLOY);
  };

  test('hostNetwork, a hostPath volume and privileged from values are denied (SEC-005, SEC-002)', () => {
    const d = decideWith('{{ .Values.privileged }}', 'hostNetwork: true\nprivileged: true\nvolumes:\n  - name: tmp\n    emptyDir: {}\n  - name: sock\n    hostPath:\n      path: /var/run/docker.sock\n');
    expect(d.map((x) => `${x.rule_id} ${x.message}`).sort()).toEqual([
      expect.stringMatching(/^SEC-002 .*the container is privileged$/),
      expect.stringMatching(/^SEC-005 .*hostNetwork is true \(from values.yaml hostNetwork\)$/),
      expect.stringMatching(/^SEC-005 .*volume sock is a hostPath \(from values.yaml volumes\)$/),
    ]);
  });

  test('the same template with safe values is allowed', () => {
    expect(decideWith('{{ .Values.privileged }}', 'hostNetwork: false\nprivileged: false\nvolumes:\n  - name: tmp\n    emptyDir: {}\n')).toEqual([]);
    expect(decideWith('{{ .Values.privileged }}', '')).toEqual([]); // unset: Helm prints nothing
  });

  test('a string printed as bare text is judged as the rendered YAML reads it: "true" is true, "0" is 0', () => {
    // Helm prints `privileged: {{ .Values.privileged }}` with "true" as `privileged: true`.
    const d = decideWith('{{ .Values.privileged }}', 'hostNetwork: "True"\nprivileged: "true"\n');
    expect(d.map((x) => x.rule_id).sort()).toEqual(['SEC-002', 'SEC-005']);
    const uid = decideWith('{{ .Values.privileged }}', 'privileged: "no"\n');
    expect(uid).toEqual([]);
  });

  test('a forbidden field filled without a readable .Values path is denied as cannot judge', () => {
    const d = decideWith('{{ .Values.privileged | default false }}', '');
    expect(d.map((x) => x.rule_id)).toEqual(['SEC-002']);
    expect(d[0].message).toContain('securityContext.privileged is templated without one .Values path');
  });
});
