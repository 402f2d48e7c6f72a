/**
 * Every rule's allow and deny case through the shipped dist/policy.wasm (not the Rego
 * source), from real YAML files through the input builder. The first test fails when
 * dist/policy.wasm is not what `npm run build:policy` builds from policies/ today.
 */
import { mkdtempSync } from 'node:fs';
import { readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadGate, type Gate } from '../../src/policy/gate.js';
import { buildPolicyInput, type PolicyConfig } from '../../src/policy/input.js';
import type { ProposedFile } from '../../src/generate/types.js';
import { APP, CHART, DEPLOY, NOW, PDB, PLATFORM, RBAC, VALUES, emptyRepo, proposal } from '../../__fixtures__/policy/proposal.js';
import { SHIPPED_WASM, freshPolicySha, sha256 } from '../../__fixtures__/policy/opa.js';

const config: PolicyConfig = { packs: ['security-baseline', 'production'], repoUrl: PLATFORM };
let gate: Gate;

beforeAll(async () => {
  gate = await loadGate({ wasmPath: SHIPPED_WASM, root: mkdtempSync(join(tmpdir(), 'gate-root-')) });
});

type Edits = Record<string, (s: string) => string>;
interface Case {
  edits?: Edits;
  extra?: ProposedFile[];
  repoFiles?: string[];
  config?: Partial<PolicyConfig>;
}

function decide(c: Case = {}) {
  const input = buildPolicyInput(proposal(c.edits, c.extra), {
    config: { ...config, ...c.config },
    repo: emptyRepo(c.repoFiles),
    now: NOW,
  });
  return gate.evaluate(input);
}

const ids = (c: Case) => decide(c).denials.map((d) => d.rule_id);
const file = (path: string, content: string): ProposedFile => ({ path, content, action: 'create' });
const rep = (a: string | RegExp, b: string) => (s: string) => {
  const out = s.replace(a, b);
  if (out === s) throw new Error(`fixture edit did not apply: ${String(a)}`);
  return out;
};

test('dist/policy.wasm is the build of policies/ (run npm run build:policy)', () => {
  expect(sha256(readFileSync(SHIPPED_WASM))).toBe(freshPolicySha());
});

test('the compliant proposal is allowed, with every rule evaluated', () => {
  const d = decide();
  expect(d.denials).toEqual([]);
  expect(d.allow).toBe(true);
  expect(d.evaluated.map((e) => e.rule_id).sort()).toEqual(
    ['CON-001', 'CON-002', 'CON-003', 'CON-004', 'CON-005', 'CON-006', 'CON-007', 'CON-008', 'CON-009', 'PRD-001', 'PRD-002', 'PRD-003', 'PRD-004', 'SEC-001', 'SEC-002', 'SEC-003', 'SEC-004', 'SEC-005', 'SEC-006'].sort(),
  );
});

// [rule, allow case (a variant that must still pass that rule), deny case]
const cases: [string, Case, Case][] = [
  ['CON-001', { extra: [file('.github/workflows/other.yml', 'on: push\n')] }, { extra: [file('infra/cart.yaml', 'a: 1\n')] }],
  ['CON-002', { repoFiles: ['argo-apps/argo-apps-prod/other-application.yaml'] }, { repoFiles: [APP] }],
  [
    'CON-003',
    { edits: { [APP]: rep('path: gitops/shop/prod/cart', 'path: gitops/shop2/prod/cart') }, repoFiles: ['gitops/shop2/prod/cart/Chart.yaml'] },
    { edits: { [APP]: rep('path: gitops/shop/prod/cart', 'path: gitops/shop/staging/cart') }, repoFiles: ['gitops/shop/staging/cart/Chart.yaml'] },
  ],
  [
    'CON-004',
    { edits: { [APP]: rep('repoURL: https://github.com/acme/platform.git', 'repoURL: git@github.com:acme/platform.git') } },
    { edits: { [APP]: rep('repoURL: https://github.com/acme/platform.git', 'repoURL: https://github.com/someone/else.git') } },
  ],
  [
    'CON-005',
    { edits: { [APP]: rep('namespace: shop', 'namespace: payments') } },
    { edits: { [APP]: rep('namespace: shop', 'namespace: kube-system') } },
  ],
  [
    'CON-006',
    { edits: { [APP]: rep('path: gitops/shop/prod/cart', 'path: ./gitops/shop/prod/cart/') } },
    { edits: { [APP]: rep('path: gitops/shop/prod/cart', 'path: argo-apps/argo-apps-prod') } },
  ],
  [
    'CON-007',
    { edits: { [RBAC]: rep('verbs: [get, list]', 'verbs: ["*"]') } },
    { edits: { [RBAC]: rep('kind: RoleBinding', 'kind: ClusterRoleBinding') } },
  ],
  [
    'CON-008',
    { edits: { [VALUES]: rep('tag: "1.4.0"', 'tag: ""') } },
    { edits: { [VALUES]: rep('tag: "1.4.0"', 'tag: latest') } },
  ],
  [
    'CON-009',
    { extra: [file(`${CHART}/templates/notes.yaml`, '{{- if .Values.x }}\na: {{ .Values.a }}\n{{- end }}\n')] },
    { extra: [file(`${CHART}/extra-values.yaml`, 'a: [1, 2\n')] },
  ],
  [
    'SEC-001',
    { edits: { [VALUES]: rep('podSecurityContext:\n  runAsNonRoot: true', 'podSecurityContext:\n  runAsNonRoot: true\n  runAsUser: 10001') } },
    { edits: { [VALUES]: rep('podSecurityContext:\n  runAsNonRoot: true', 'podSecurityContext:\n  runAsUser: 0') } },
  ],
  [
    'SEC-002',
    { edits: { [VALUES]: rep('allowPrivilegeEscalation: false', 'allowPrivilegeEscalation: false\n  privileged: false') } },
    { edits: { [VALUES]: rep('allowPrivilegeEscalation: false', 'allowPrivilegeEscalation: true') } },
  ],
  [
    'SEC-003',
    // written in the template instead of coming from values
    {
      edits: {
        [DEPLOY]: rep(
          '            {{- toYaml .Values.securityContext | nindent 12 }}',
          '              readOnlyRootFilesystem: true\n              allowPrivilegeEscalation: false\n              capabilities: { drop: [ALL] }',
        ),
        [VALUES]: rep('readOnlyRootFilesystem: true', 'readOnlyRootFilesystem: false'),
      },
    },
    { edits: { [VALUES]: rep('readOnlyRootFilesystem: true', 'readOnlyRootFilesystem: false') } },
  ],
  [
    'SEC-004',
    { edits: { [VALUES]: rep('drop: [ALL]', 'drop: [ALL]\n    add: [NET_BIND_SERVICE]') } },
    { edits: { [VALUES]: rep('drop: [ALL]', 'drop: [NET_RAW]') } },
  ],
  [
    'SEC-005',
    { edits: { [DEPLOY]: rep('      containers:', '      hostNetwork: false\n      containers:') } },
    { edits: { [DEPLOY]: rep('      containers:', '      volumes:\n        - name: sock\n          hostPath: { path: /var/run/docker.sock }\n      containers:') } },
  ],
  [
    'SEC-006',
    { edits: { [VALUES]: rep('limits: { memory: 256Mi }', 'limits: { memory: 256Mi, cpu: "1" }') } },
    { edits: { [VALUES]: rep('limits: { memory: 256Mi }', 'limits: {}') } },
  ],
  [
    'PRD-001',
    { edits: { [VALUES]: rep('replicaCount: 2', 'replicaCount: 3') } },
    { edits: { [VALUES]: rep('replicaCount: 2', 'replicaCount: 1') } },
  ],
  [
    'PRD-002',
    { config: { productionClusters: ['live-*'] }, edits: { [PDB]: () => '' } },
    { edits: { [PDB]: () => '' } },
  ],
  [
    'PRD-003',
    { edits: { [VALUES]: rep('livenessProbe:\n  httpGet: { path: /live, port: http }', 'livenessProbe:\n  tcpSocket: { port: http }') } },
    { edits: { [VALUES]: rep('livenessProbe:\n  httpGet: { path: /live, port: http }', 'livenessProbe: {}') } },
  ],
  [
    'PRD-004',
    { edits: { [APP]: rep('targetRevision: v1.4.0', 'targetRevision: 3f1c2a4b5d6e7f8091a2b3c4d5e6f708192a3b4c') } },
    { edits: { [APP]: rep('targetRevision: v1.4.0', 'targetRevision: HEAD') } },
  ],
];

describe.each(cases)('%s', (rule, allowCase, denyCase) => {
  test('allow', () => {
    expect(ids(allowCase)).not.toContain(rule);
  });
  test('deny', () => {
    const d = decide(denyCase);
    expect(d.allow).toBe(false);
    const item = d.denials.find((x) => x.rule_id === rule);
    expect(item).toBeDefined();
    expect(item!.title).not.toBe('');
    expect(item!.message).not.toBe('');
    expect(item!.citation).toMatch(new RegExp(`^https://github\\.com/trustacks/gitops-action/blob/v1/POLICIES\\.md#${rule.toLowerCase()}-`));
  });
});

test('PRD-002: a PodDisruptionBudget that values.yaml switches off is not one (the template is not rendered)', () => {
  const wrapped = (s: string) => `{{- if .Values.pdb.enabled }}\n${s}{{- end }}\n`;
  const flag = (on: string) => (s: string) => `${s}pdb:\n  enabled: ${on}\n`;
  const off = decide({ edits: { [PDB]: wrapped, [VALUES]: flag('false') } });
  expect(off.denials.filter((d) => d.rule_id === 'PRD-002').map((d) => d.message)).toEqual([
    `Deployment (templated name, in ${DEPLOY}) runs on a production cluster but its chart ${CHART} has no PodDisruptionBudget that renders (${PDB}: switched off in values.yaml)`,
  ]);
  expect(ids({ edits: { [PDB]: wrapped, [VALUES]: flag('true') } })).not.toContain('PRD-002');
  // Helm reads values.yaml as go-yaml v2 does: `no` and `off` are false, `yes` and `on` true.
  expect(ids({ edits: { [PDB]: wrapped, [VALUES]: flag('no') } })).toContain('PRD-002');
  expect(ids({ edits: { [PDB]: wrapped, [VALUES]: flag('off') } })).toContain('PRD-002');
  expect(ids({ edits: { [PDB]: wrapped, [VALUES]: flag('yes') } })).not.toContain('PRD-002');
  expect(ids({ edits: { [PDB]: wrapped } })).toContain('PRD-002'); // unset: Helm renders nothing
  // A condition the policy cannot read is taken to render, as before.
  expect(ids({ edits: { [PDB]: (s) => `{{- if eq .Values.pdb.mode "on" }}\n${s}{{- end }}\n`, [VALUES]: flag('false') } })).not.toContain('PRD-002');
});

test('SEC-004: capabilities added back after dropping ALL are denied, but for NET_BIND_SERVICE', () => {
  const add = (caps: string) => ({ edits: { [VALUES]: rep('drop: [ALL]', `drop: [ALL]\n    add: ${caps}`) } });
  expect(ids(add('[NET_BIND_SERVICE]'))).not.toContain('SEC-004');
  const d = decide(add('[NET_BIND_SERVICE, SYS_ADMIN]'));
  const sec004 = d.denials.filter((x) => x.rule_id === 'SEC-004');
  expect(sec004.map((x) => x.message)).toEqual([
    `Deployment (templated name, in ${DEPLOY}), container (templated name): capabilities.add adds SYS_ADMIN; only NET_BIND_SERVICE may be added back (from values.yaml securityContext)`,
  ]);
  expect(ids(add('[ALL]'))).toContain('SEC-004'); // undoes the drop
});

test('SEC-004: capability names are compared exactly, as Pod Security admission (restricted) compares them', () => {
  const sec004 = (c: Case) => decide(c).denials.filter((x) => x.rule_id === 'SEC-004').map((x) => x.message);
  const who = `Deployment (templated name, in ${DEPLOY}), container (templated name)`;
  expect(sec004({ edits: { [VALUES]: rep('drop: [ALL]', 'drop: [all]') } })).toEqual([
    `${who}: capabilities.drop has all but not ALL: Pod Security admission (restricted) compares capability names exactly, so it must be written ALL (from values.yaml securityContext)`,
  ]);
  expect(sec004({ edits: { [VALUES]: rep('drop: [ALL]', 'drop: [ALL]\n    add: [net_bind_service]') } })).toEqual([
    `${who}: capabilities.add adds net_bind_service; only NET_BIND_SERVICE may be added back (written exactly so: Pod Security admission compares capability names case included) (from values.yaml securityContext)`,
  ]);
});

test('CON-005: a namespace the template prints from values, and the helm.namespace the chart is templated with, are judged', () => {
  const cm = (ns: string) => file(`${CHART}/templates/cm.yaml`, `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: cfg\n  namespace: {{ .Values.ns }}\n`);
  const withNs = (ns: string): Case => ({ extra: [cm(ns)], edits: { [VALUES]: (s) => `${s}ns: ${ns}\n` } });
  expect(ids(withNs('shop'))).not.toContain('CON-005');
  const d = decide(withNs('kube-system'));
  expect(d.denials.filter((x) => x.rule_id === 'CON-005').map((x) => [x.path, x.field, x.message])).toEqual([
    [`${CHART}/templates/cm.yaml`, ['metadata', 'namespace'], 'ConfigMap cfg is placed in the protected namespace kube-system (from values.yaml ns)'],
  ]);
  const helmNs = decide({ edits: { [APP]: rep('    path: gitops/shop/prod/cart', '    path: gitops/shop/prod/cart\n    helm:\n      namespace: kube-system') } });
  expect(helmNs.denials.filter((x) => x.rule_id === 'CON-005').map((x) => x.field)).toEqual([['spec', 'source', 'helm', 'namespace']]);
});

test('CON-005: a chart may not create or manage the Namespace object of a protected namespace, written or printed from values', () => {
  const ns = (name: string) => file(`${CHART}/templates/namespace.yaml`, `apiVersion: v1\nkind: Namespace\nmetadata:\n  name: ${name}\n`);
  const con005 = (c: Case) => decide(c).denials.filter((x) => x.rule_id === 'CON-005').map((x) => [x.path, x.field, x.message]);
  expect(con005({ extra: [ns('shop')] })).toEqual([]);
  expect(con005({ extra: [ns('kube-system')] })).toEqual([
    [`${CHART}/templates/namespace.yaml`, ['metadata', 'name'], 'Namespace kube-system is a protected namespace: a chart may not create or manage it (Argo CD would prune or delete it with the Application)'],
  ]);
  expect(con005({ extra: [ns('{{ .Values.ns }}')], edits: { [VALUES]: (s) => `${s}ns: argocd\n` } })).toEqual([
    [
      `${CHART}/templates/namespace.yaml`,
      ['metadata', 'name'],
      'Namespace argocd is a protected namespace: a chart may not create or manage it (Argo CD would prune or delete it with the Application) (from values.yaml ns)',
    ],
  ]);
  expect(con005({ extra: [ns('team-x')], config: { protectedNamespaces: ['team-x'] } })).toHaveLength(1);
});

test('CON-007: a RoleBinding to cluster-admin and a wildcard Role are denied when the template prints them from values, and fail closed when it fills them otherwise', () => {
  const rb = (name: string, kind = 'ClusterRole') =>
    file(`${CHART}/templates/binding.yaml`, `apiVersion: rbac.authorization.k8s.io/v1\nkind: RoleBinding\nmetadata:\n  name: admin\nroleRef:\n  apiGroup: rbac.authorization.k8s.io\n  kind: ${kind}\n  name: ${name}\nsubjects:\n  - kind: ServiceAccount\n    name: cart\n`);
  const con007 = (c: Case) => decide(c).denials.filter((x) => x.rule_id === 'CON-007').map((x) => [x.path, x.field, x.message]);
  const role = (v: string): Case => ({ edits: { [VALUES]: (s) => `${s}rbac:\n  role: ${v}\n` } });
  expect(con007({ ...role('cluster-admin'), extra: [rb('{{ .Values.rbac.role }}')] })).toEqual([
    [`${CHART}/templates/binding.yaml`, ['roleRef', 'name'], 'RoleBinding admin grants cluster-admin (from values.yaml rbac.role)'],
  ]);
  expect(con007({ ...role('view'), extra: [rb('{{ .Values.rbac.role }}')] })).toEqual([]);
  expect(con007({ extra: [rb('view')] })).toEqual([]);
  // quoted, or through a helper: the name is not known without rendering
  for (const name of ['"{{ .Values.rbac.role }}"', '{{ .Values.rbac.role | default "view" }}']) {
    expect(con007({ ...role('view'), extra: [rb(name)] })).toEqual([
      [
        `${CHART}/templates/binding.yaml`,
        ['roleRef', 'name'],
        'RoleBinding admin binds a ClusterRole whose name the template fills: it could be cluster-admin, which the policy cannot judge without rendering the chart; write the name, or print it from one .Values path',
      ],
    ]);
  }
  // the whole roleRef printed from values
  const refBlock = file(`${CHART}/templates/binding.yaml`, 'apiVersion: rbac.authorization.k8s.io/v1\nkind: RoleBinding\nmetadata:\n  name: admin\nroleRef:\n  {{- toYaml .Values.rbac.ref | nindent 2 }}\nsubjects: []\n');
  const ref = (name: string): Case => ({ extra: [refBlock], edits: { [VALUES]: (s) => `${s}rbac:\n  ref:\n    apiGroup: rbac.authorization.k8s.io\n    kind: ClusterRole\n    name: ${name}\n` } });
  expect(con007(ref('cluster-admin'))).toEqual([[`${CHART}/templates/binding.yaml`, ['roleRef', 'name'], 'RoleBinding admin grants cluster-admin (from values.yaml rbac.ref)']]);
  expect(con007(ref('view'))).toEqual([]);
  // the chart's own Role, by its templated name: what it grants is judged on the Role
  expect(con007({ extra: [rb('{{ include "cart.fullname" . }}', 'Role')] })).toEqual([]);

  const rulesFromValues: Case = {
    edits: { [RBAC]: rep('rules:\n  - apiGroups: [""]\n    resources: [configmaps]\n    verbs: [get, list]', 'rules:\n  {{- toYaml .Values.rbac.rules | nindent 2 }}') },
  };
  const withRules = (r: string): Case => ({ ...rulesFromValues, edits: { ...rulesFromValues.edits, [VALUES]: (s) => `${s}rbac:\n  rules:\n${r}` } });
  expect(con007(withRules('    - { apiGroups: [""], resources: [configmaps], verbs: [get] }\n'))).toEqual([]);
  expect(con007(withRules('    - { apiGroups: ["*"], resources: ["*"], verbs: ["*"] }\n'))).toEqual([
    [RBAC, ['rules', 0], 'Role cart grants every verb on every resource (cluster-admin in all but name) (from values.yaml rbac.rules)'],
  ]);
  expect(con007({ edits: { [RBAC]: rep('verbs: [get, list]', 'verbs: ["{{ .Values.verb }}"]\n') } })).toEqual([]); // resources and apiGroups are written
  const filled = { edits: { [RBAC]: rep('rules:\n  - apiGroups: [""]\n    resources: [configmaps]\n    verbs: [get, list]', 'rules:\n  {{- include "cart.rules" . | nindent 2 }}') } };
  expect(con007(filled)).toEqual([
    [
      RBAC,
      ['rules'],
      'Role cart has rules the template fills ({{- include "cart.rules" . | nindent 2 }}): they could grant every verb on every resource, which the policy cannot judge without rendering the chart; write them, or print them from one .Values path',
    ],
  ]);
  const wild = { edits: { [RBAC]: rep('  - apiGroups: [""]\n    resources: [configmaps]\n    verbs: [get, list]', '  - apiGroups: ["*"]\n    resources: ["*"]\n    verbs: [{{ .Values.verb | quote }}]') } };
  expect(con007(wild)).toEqual([
    [
      RBAC,
      ['rules', 0],
      'Role cart could grant every verb on every resource (cluster-admin in all but name): what its rule does not write is filled by the template, which the policy cannot judge without rendering the chart',
    ],
  ]);
});

test('CON-008: an image the template prints from one .Values path is judged there', () => {
  const img = (v: string): Case => ({
    edits: { [DEPLOY]: rep(/image: ".*"/, 'image: {{ .Values.worker.ref }}'), [VALUES]: (s) => `${s}${v}` },
  });
  const con008 = (c: Case) => decide(c).denials.filter((x) => x.rule_id === 'CON-008').map((x) => [x.path, x.field, x.message]);
  const at = ['spec', 'template', 'spec', 'containers', 0, 'image'];
  const who = `Deployment (templated name, in ${DEPLOY})`;
  expect(con008(img('worker:\n  ref: ghcr.io/acme/cart:1.4.0\n'))).toEqual([]);
  expect(con008(img('worker:\n  ref: ghcr.io/acme/cart@sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef\n'))).toEqual([]);
  expect(con008(img('worker:\n  ref: ghcr.io/acme/cart:latest\n'))).toEqual([
    [DEPLOY, at, `${who}: image 'ghcr.io/acme/cart:latest' has no explicit tag or digest, or uses latest (from values.yaml worker.ref)`],
  ]);
  expect(con008(img('worker:\n  ref: nginx\n'))).toEqual([[DEPLOY, at, `${who}: image 'nginx' has no explicit tag or digest, or uses latest (from values.yaml worker.ref)`]]);
  expect(con008(img(''))).toEqual([[DEPLOY, at, `${who}: image (not set) has no explicit tag or digest (from values.yaml worker.ref)`]]);
});

test('CON-008: a digest the kubelet refuses (short, upper case, another algorithm) pins nothing, as generate\'s image input refuses it', () => {
  const con008 = (image: string) =>
    decide({ edits: { [DEPLOY]: rep(/image: ".*"/, `image: ${image}`) } })
      .denials.filter((x) => x.rule_id === 'CON-008')
      .map((x) => x.message);
  const hex = '0123456789abcdef'.repeat(4);
  expect(con008(`ghcr.io/acme/cart@sha256:${hex}`)).toEqual([]);
  expect(con008(`ghcr.io/acme/cart:1.4.0@sha512:${hex}${hex}`)).toEqual([]);
  for (const image of ['ghcr.io/acme/cart@sha256:abc', `ghcr.io/acme/cart@sha256:${hex.toUpperCase()}`, `ghcr.io/acme/cart:1.4.0@md5:${hex}`]) {
    expect(con008(image)).toEqual([
      `Deployment (templated name, in ${DEPLOY}): image '${image}' has a malformed digest (a digest is sha256: and 64 lower-case hex digits, or sha512: and 128)`,
    ]);
  }
});

test('an Argo Rollout runs its pod template as a Deployment does: its images and containers are judged (CON-008, SEC-*)', () => {
  const rollout = (spec: string) =>
    file(`${CHART}/templates/rollout.yaml`, `apiVersion: argoproj.io/v1alpha1\nkind: Rollout\nmetadata:\n  name: cart-canary\nspec:\n${spec}`);
  const pods = '  template:\n    spec:\n      containers:\n        - name: web\n          image: nginx:latest\n';
  const d = decide({ extra: [rollout(pods)] }).denials.filter((x) => x.path === `${CHART}/templates/rollout.yaml`);
  expect(d.find((x) => x.rule_id === 'CON-008')).toMatchObject({
    field: ['spec', 'template', 'spec', 'containers', 0, 'image'],
    message: "Rollout cart-canary: image 'nginx:latest' has no explicit tag or digest, or uses latest",
  });
  expect(new Set(d.map((x) => x.rule_id))).toEqual(new Set(['CON-008', 'SEC-001', 'SEC-002', 'SEC-003', 'SEC-004', 'SEC-006']));
  // workloadRef: the Rollout runs the pods of the Deployment it names, which is judged as such
  expect(decide({ extra: [rollout('  workloadRef:\n    apiVersion: apps/v1\n    kind: Deployment\n    name: cart\n')] }).denials).toEqual([]);
  // another API group's kind named Rollout is no Argo Rollout
  const other = file(`${CHART}/templates/other.yaml`, `apiVersion: example.com/v1\nkind: Rollout\nmetadata:\n  name: x\nspec:\n${pods}`);
  expect(decide({ extra: [other] }).denials).toEqual([]);
});

test('CON-004: the platform repo in its ssh:// form, with user info or the https port, is the platform repo, as validate\'s source.repo-url takes it', () => {
  const repo = (u: string) => ids({ edits: { [APP]: rep('repoURL: https://github.com/acme/platform.git', `repoURL: ${u}`) } });
  for (const u of ['ssh://git@github.com/acme/platform.git', 'https://x-access-token@github.com/acme/platform', 'https://github.com:443/acme/platform/', 'git@github.com:Acme/Platform']) {
    expect(repo(u)).not.toContain('CON-004');
  }
  for (const u of ['https://github.com:8443/acme/platform', 'ssh://git@github.com/acme/platform-x', 'git@gitlab.com:acme/platform.git']) {
    expect(repo(u)).toContain('CON-004');
  }
});

test('CON-006: a source path that reaches the apps root or the repo root through .. is denied, as Argo CD resolves it', () => {
  const con006 = (p: string) =>
    decide({ edits: { [APP]: rep('path: gitops/shop/prod/cart', `path: ${p}`) } })
      .denials.filter((x) => x.rule_id === 'CON-006')
      .map((x) => x.message);
  expect(con006('gitops/../argo-apps/argo-apps-prod')).toEqual(['Application cart-prod targets gitops/../argo-apps/argo-apps-prod, which contains the apps root argo-apps/']);
  expect(con006('./gitops/shop/../..')).toHaveLength(1);
  expect(con006('gitops/shop/../shop/prod/cart')).toEqual([]);
});

test('packs are opt-in: without packs only the constitution applies', () => {
  const denyAll: Case = { edits: { [VALUES]: rep('readOnlyRootFilesystem: true', 'readOnlyRootFilesystem: false'), [PDB]: () => '' } };
  expect(ids(denyAll)).toEqual(expect.arrayContaining(['SEC-003', 'PRD-002']));
  const d = decide({ ...denyAll, config: { packs: [] } });
  expect(d.allow).toBe(true);
  expect(d.packs).toEqual(['constitution']);
});

test('naming the constitution as a pack is fine: it is always on', () => {
  const d = decide({ config: { packs: ['constitution'] } });
  expect(d.denials.map((x) => x.rule_id)).not.toContain('gate.unknown-pack');
  expect(d.packs).toEqual(['constitution']);
});

test('an unknown pack is a denial, not a silent no-op', () => {
  const d = decide({ config: { packs: ['securty-baseline'] } });
  expect(d.allow).toBe(false);
  expect(d.denials.map((x) => x.rule_id)).toEqual(['gate.unknown-pack']);
  expect(d.denials[0].pack).toBe('gate'); // a gate rule (POLICIES.md), like gate.fail-closed
});

test('a templated container name reads "(templated name)" in messages, not the placeholder', () => {
  const d = decide({ edits: { [VALUES]: rep('readOnlyRootFilesystem: true', 'readOnlyRootFilesystem: false') } });
  const msg = d.denials.find((x) => x.rule_id === 'SEC-003')!.message;
  expect(msg).toContain('container (templated name): readOnlyRootFilesystem is not true');
  expect(msg).not.toContain('TEMPLATED');
});

test('the controller namespace is configurable and always protected', () => {
  const c: Case = { edits: { [APP]: rep('namespace: shop', 'namespace: gitops-system') } };
  expect(ids(c)).not.toContain('CON-005');
  expect(ids({ ...c, config: { controllerNamespace: 'gitops-system' } })).toContain('CON-005');
  expect(ids({ edits: { [APP]: rep('namespace: shop', 'namespace: argocd') } })).toContain('CON-005');
});

test('a latest image written literally in a template is denied at its field', () => {
  const d = decide({ edits: { [DEPLOY]: rep(/image: .*/, 'image: nginx:latest') } });
  const item = d.denials.find((x) => x.rule_id === 'CON-008')!;
  expect(item.path).toBe(DEPLOY);
  expect(item.document).toBe(0);
  expect(item.field).toEqual(['spec', 'template', 'spec', 'containers', 0, 'image']);
});

test('PRD-001 compares replicas as a number: a quoted replicaCount "1" (Helm prints it unquoted) is denied; a non-number cannot be judged', () => {
  const count = (v: string) => ({ edits: { [VALUES]: rep('replicaCount: 2', `replicaCount: ${v}`) } });
  expect(ids(count('"1"'))).toContain('PRD-001');
  expect(ids(count('"3"'))).not.toContain('PRD-001');
  const d = decide(count('"two"')).denials.find((x) => x.rule_id === 'PRD-001')!;
  expect(d.message).toContain('replicas two (from values.yaml replicaCount) is not a number the gate can read');
});

test('a nested charts dir (deploy/gitops): the chart is still read as gitops/<application>/<cluster>/<service> below it (PRD-001, PRD-002)', () => {
  const nest = (p: string) => (p.startsWith('gitops/') ? `deploy/${p}` : p);
  const decideNested = (edits: Edits) => {
    const p = proposal(edits);
    const files = p.files.map((f) => ({ ...f, path: nest(f.path), content: f.path === APP ? f.content.replace('path: gitops/', 'path: deploy/gitops/') : f.content }));
    const input = buildPolicyInput({ ...p, files }, { config: { ...config, chartsDir: 'deploy/gitops' }, repo: emptyRepo(), now: NOW });
    return gate.evaluate(input).denials.map((d) => d.rule_id);
  };
  expect(decideNested({})).toEqual([]);
  expect(decideNested({ [VALUES]: rep('replicaCount: 2', 'replicaCount: 1'), [PDB]: () => '' })).toEqual(expect.arrayContaining(['PRD-001', 'PRD-002']));
});

test('PRD-002: a PodDisruptionBudget counts for the workloads its selector selects (literal labels read, templated ones taken to match)', () => {
  const literal = (app: string) => ({
    [DEPLOY]: rep('      labels:\n        {{- include "cart.selectorLabels" . | nindent 8 }}', '      labels:\n        app.kubernetes.io/name: cart\n        app: cart'),
    [PDB]: rep('      {{- include "cart.selectorLabels" . | nindent 6 }}', `      app: ${app}`),
  });
  const prd002 = (c: Case) => decide(c).denials.filter((x) => x.rule_id === 'PRD-002').map((x) => x.message);
  expect(prd002({ edits: literal('cart') })).toEqual([]);
  expect(prd002({ edits: literal('worker') })).toEqual([
    `Deployment (templated name, in ${DEPLOY}) runs on a production cluster but its chart ${CHART} has no PodDisruptionBudget that selects its pods (${PDB}: its selector does not select the pod template's labels {app.kubernetes.io/name: cart, app: cart})`,
  ]);
  // helm create's include on one side only: the gate cannot tell, and takes it to match.
  expect(prd002({ edits: { [PDB]: literal('worker')[PDB] } })).toEqual([]);
  const noSelector = prd002({ edits: { [PDB]: rep(/  selector:\n    matchLabels:\n.*\n/, '') } });
  expect(noSelector).toEqual([expect.stringContaining(`(${PDB}: it has no selector, which in policy/v1 selects no pods)`)]);
});
