/**
 * Which workloads the production rules judge, how SEC-006 reads requests Kubernetes defaults
 * from limits, how autoscaling values are read as Helm prints them, and the literal fields of
 * an ApplicationSet's template: through the shipped dist/policy.wasm, from real YAML files.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadGate, type Gate } from '../../src/policy/gate.js';
import { buildPolicyInput, type PolicyConfig } from '../../src/policy/input.js';
import type { ProposedFile } from '../../src/generate/types.js';
import { CHART, DEPLOY, NOW, PLATFORM, VALUES, emptyRepo, proposal } from '../../__fixtures__/policy/proposal.js';
import { SHIPPED_WASM } from '../../__fixtures__/policy/opa.js';

const config: PolicyConfig = { packs: ['security-baseline', 'production'], repoUrl: PLATFORM };
let gate: Gate;

beforeAll(async () => {
  gate = await loadGate({ wasmPath: SHIPPED_WASM, root: mkdtempSync(join(tmpdir(), 'gate-root-')) });
});

type Edits = Record<string, (s: string) => string>;

function decide(edits: Edits = {}, extra: ProposedFile[] = []) {
  return gate.evaluate(buildPolicyInput(proposal(edits, extra), { config, repo: emptyRepo(), now: NOW }));
}

const file = (path: string, content: string): ProposedFile => ({ path, content, action: 'create' });
const rep = (a: string | RegExp, b: string) => (s: string) => {
  const out = s.replace(a, b);
  if (out === s) throw new Error(`fixture edit did not apply: ${String(a)}`);
  return out;
};
const of = (d: ReturnType<typeof decide>, rule: string) => d.denials.filter((x) => x.rule_id === rule);

/** A workload of `kind` with one container that is compliant but for what `container` leaves out. */
function workload(kind: string, container: string, spec = ''): string {
  const pod = `      securityContext: { runAsNonRoot: true }
      containers:
        - name: main
          image: ghcr.io/acme/agent:1.0.0
          securityContext: { allowPrivilegeEscalation: false, readOnlyRootFilesystem: true, capabilities: { drop: [ALL] } }
${container}`;
  const indent = (s: string, n: number) => s.replace(/^/gm, ' '.repeat(n));
  const body =
    kind === 'CronJob'
      ? `  schedule: "0 * * * *"\n  jobTemplate:\n    spec:\n      template:\n        spec:\n${indent(pod, 4).replace(/^ {10}securityContext: \{ runAsNonRoot/m, '          securityContext: { runAsNonRoot')}`
      : `${spec}  template:\n    spec:\n${pod}`;
  return `apiVersion: apps/v1\nkind: ${kind}\nmetadata:\n  name: agent\nspec:\n${body}`;
}

const PROBES = `          readinessProbe: { tcpSocket: { port: 8080 } }
          livenessProbe: { tcpSocket: { port: 8080 } }
`;
const RESOURCES = `          resources: { requests: { cpu: 10m, memory: 32Mi }, limits: { memory: 64Mi } }
`;
const AGENT = `${CHART}/templates/agent.yaml`;

describe('production pack: which workloads each rule judges', () => {
  test('PRD-003: a DaemonSet (and a ReplicaSet) without probes is denied: its pods serve and must be restarted when they hang', () => {
    for (const kind of ['DaemonSet', 'ReplicaSet']) {
      const d = decide({}, [file(AGENT, workload(kind, RESOURCES, kind === 'ReplicaSet' ? '  replicas: 2\n' : ''))]);
      expect(of(d, 'PRD-003').map((x) => [x.path, x.field, x.message])).toEqual([
        [AGENT, ['spec', 'template', 'spec', 'containers', 0, 'livenessProbe'], `${kind} agent, container main: no livenessProbe`],
        [AGENT, ['spec', 'template', 'spec', 'containers', 0, 'readinessProbe'], `${kind} agent, container main: no readinessProbe`],
      ]);
      expect(of(decide({}, [file(AGENT, workload(kind, RESOURCES + PROBES, kind === 'ReplicaSet' ? '  replicas: 2\n' : ''))]), 'PRD-003')).toEqual([]);
    }
  });

  test('PRD-001 and PRD-002 do not judge a DaemonSet: it runs one pod per node, and a drain leaves DaemonSet pods alone', () => {
    const d = decide({}, [file(AGENT, workload('DaemonSet', RESOURCES + PROBES))]);
    expect(d.denials).toEqual([]);
  });

  test('PRD-001 judges a ReplicaSet like a Deployment', () => {
    const d = decide({}, [file(AGENT, workload('ReplicaSet', RESOURCES + PROBES))]);
    expect(of(d, 'PRD-001').map((x) => x.message)).toEqual(['ReplicaSet agent runs 1 replica(s) on a production cluster; at least 2 are required']);
  });

  test('PRD-003: a bare Pod that restarts (restartPolicy Always, the default) serves and is judged; one that completes is not', () => {
    const pod = (policy: string) =>
      workload('Pod', RESOURCES, '').replace('apps/v1', 'v1').replace('spec:\n  template:\n    spec:\n', `spec:\n${policy ? `      ${policy}` : ''}`).replace(/^ {4}/gm, '');
    expect(pod('')).toContain('\nspec:\n  securityContext');
    expect(of(decide({}, [file(AGENT, pod(''))]), 'PRD-003').map((x) => x.field)).toEqual([
      ['spec', 'containers', 0, 'livenessProbe'],
      ['spec', 'containers', 0, 'readinessProbe'],
    ]);
    expect(of(decide({}, [file(AGENT, pod('restartPolicy: Always\n'))]), 'PRD-003')).toHaveLength(2);
    expect(decide({}, [file(AGENT, pod('restartPolicy: Never\n'))]).denials).toEqual([]);
    expect(decide({}, [file(AGENT, pod('restartPolicy: OnFailure\n'))]).denials).toEqual([]);
  });

  test('a ReplicationController is a workload like a ReplicaSet: its containers and replicas are judged', () => {
    const rc = workload('ReplicationController', RESOURCES + PROBES, '  replicas: 1\n').replace('apps/v1', 'v1').replace('image: ghcr.io/acme/agent:1.0.0', 'image: nginx').replace('allowPrivilegeEscalation: false', 'privileged: true');
    const d = decide({}, [file(AGENT, rc)]);
    expect([...new Set(d.denials.filter((x) => x.path === AGENT).map((x) => x.rule_id))].sort()).toEqual(['CON-008', 'PRD-001', 'SEC-002']);
  });

  test('a Job or a CronJob runs to completion: no probes, replicas or PodDisruptionBudget are required of it', () => {
    for (const kind of ['Job', 'CronJob']) {
      const d = decide({}, [file(AGENT, workload(kind, RESOURCES).replace('apps/v1', 'batch/v1'))]);
      expect(d.denials).toEqual([]);
    }
  });
});

describe('production pack: what an HPA scales, and which cluster an Application runs on', () => {
  const hpa = (target: string) => `apiVersion: autoscaling/v2
kind: HorizontalPodAutoscaler
metadata:
  name: scaler
spec:
  minReplicas: 3
  maxReplicas: 6
  scaleTargetRef: { apiVersion: apps/v1, kind: Deployment, name: ${target} }
`;
  const one = file(AGENT, workload('Deployment', RESOURCES + PROBES, '  replicas: 1\n'));

  test('PRD-001: an HPA of another Deployment keeps no second replica of this one', () => {
    expect(of(decide({}, [one, file(`${CHART}/templates/hpa.yaml`, hpa('worker'))]), 'PRD-001').map((x) => [x.path, x.message])).toEqual([
      [AGENT, 'Deployment agent runs 1 replica(s) on a production cluster; at least 2 are required'],
    ]);
    expect(of(decide({}, [one, file(`${CHART}/templates/hpa.yaml`, hpa('agent'))]), 'PRD-001')).toEqual([]);
    // helm create's HPA names its target by the chart's fullname helper: taken to match
    expect(of(decide({}, [one, file(`${CHART}/templates/hpa.yaml`, hpa('{{ include "cart.fullname" . }}'))]), 'PRD-001')).toEqual([]);
  });

  test('PRD-004: an Application in argo-apps-prod/ runs on prod, however its file is named', () => {
    const app = `apiVersion: argoproj.io/v1alpha1
kind: Application
metadata: { name: cart-extra }
spec:
  project: default
  source: { repoURL: 'https://github.com/acme/platform.git', path: gitops/shop/prod/cart, targetRevision: HEAD }
  destination: { server: 'https://kubernetes.default.svc', namespace: shop }
`;
    const d = decide({}, [file('argo-apps/argo-apps-prod/cart-extra.yaml', app)]);
    expect(of(d, 'PRD-004').map((x) => x.message)).toEqual(["Application cart-extra on production cluster prod: targetRevision 'HEAD' is not pinned (a semver tag or a commit SHA)"]);
  });
});

describe('SEC-006: requests that Kubernetes defaults from limits', () => {
  const res = (block: string): Edits => ({ [VALUES]: rep('resources:\n  requests: { cpu: 100m, memory: 128Mi }\n  limits: { memory: 256Mi }', `resources:\n${block}`) });

  test('limits alone set the requests (Kubernetes copies a limit to its unset request)', () => {
    expect(of(decide(res('  limits: { cpu: 500m, memory: 256Mi }')), 'SEC-006')).toEqual([]);
    expect(of(decide(res('  requests: { cpu: 100m }\n  limits: { memory: 256Mi }')), 'SEC-006')).toEqual([]);
  });

  test('a request that neither it nor its limit sets is still denied, naming both', () => {
    const d = decide(res('  limits: { memory: 256Mi }'));
    expect(of(d, 'SEC-006').map((x) => [x.field, x.message])).toEqual([
      [
        ['spec', 'template', 'spec', 'containers', 0, 'resources', 'requests', 'cpu'],
        'Deployment (templated name, in gitops/shop/prod/cart/templates/deployment.yaml), container (templated name): resources.requests.cpu is not set (nor limits.cpu, which Kubernetes would copy to it) (from values.yaml resources)',
      ],
    ]);
  });

  test('requests and limits printed from values each (`requests:` then `toYaml .Values.x.requests`) are read there', () => {
    const edits: Edits = {
      [DEPLOY]: rep(
        '          resources:\n            {{- toYaml .Values.resources | nindent 12 }}',
        '          resources:\n            requests:\n              {{- toYaml .Values.resources.requests | nindent 14 }}\n            limits:\n              {{- toYaml .Values.resources.limits | nindent 14 }}',
      ),
    };
    expect(of(decide(edits), 'SEC-006')).toEqual([]);
    const noLimit = decide({ ...edits, ...res('  requests: { cpu: 100m, memory: 128Mi }') });
    expect(of(noLimit, 'SEC-006').map((x) => x.field?.slice(-2))).toEqual([['limits', 'memory']]);
  });
});

describe('PRD-001: autoscaling values as Helm prints them', () => {
  // replicaCount 1, which the chart's autoscaling must stand in for
  const withAutoscaling = (enabled: string, min: string): Edits => ({
    [VALUES]: (s) => rep('autoscaling:\n  enabled: false', `autoscaling:\n  enabled: ${enabled}\n  minReplicas: ${min}`)(rep('replicaCount: 2', 'replicaCount: 1')(s)),
  });

  test('minReplicas "1" is 1: autoscaling does not stand in for the replicas', () => {
    expect(of(decide(withAutoscaling('true', '"1"')), 'PRD-001')).toHaveLength(1);
    expect(of(decide(withAutoscaling('true', '1')), 'PRD-001')).toHaveLength(1);
    expect(of(decide(withAutoscaling('true', '"3"')), 'PRD-001')).toEqual([]);
    expect(of(decide(withAutoscaling('true', '3')), 'PRD-001')).toEqual([]);
  });

  test('a minReplicas that is not a number cannot be judged, and is denied naming it', () => {
    const d = of(decide(withAutoscaling('true', 'two')), 'PRD-001');
    expect(d.map((x) => x.message)).toEqual([
      'Deployment (templated name, in gitops/shop/prod/cart/templates/deployment.yaml): autoscaling.minReplicas two in values.yaml is not a number the gate can read without rendering the chart; it cannot judge the replicas, so it denies',
    ]);
  });

  test('autoscaling.enabled as Go templates test it: "true" (a string) is on; false is off', () => {
    expect(of(decide(withAutoscaling('"true"', '3')), 'PRD-001')).toEqual([]);
    expect(of(decide(withAutoscaling('false', '3')), 'PRD-001')).toHaveLength(1);
  });
});

describe('ApplicationSets: the literal fields of the template are judged like an Application', () => {
  const APPSET = 'argo-apps/argo-apps-prod/cart-appset.yaml';
  const appset = (spec: string) => `apiVersion: argoproj.io/v1alpha1
kind: ApplicationSet
metadata:
  name: cart
  namespace: argocd
spec:
  generators:
    - list:
        elements:
          - env: prod
  template:
    metadata:
      name: 'cart-{{env}}'
    spec:
      project: default
${spec}`;
  const source = (repo: string, path: string, ns: string) => `      source:
        repoURL: ${repo}
        path: ${path}
        targetRevision: v1.4.0
      destination:
        server: https://kubernetes.default.svc
        namespace: ${ns}
`;
  const ok = source('https://github.com/acme/platform.git', 'gitops/shop/prod/cart', 'shop');

  const judge = (spec: string) => decide({}, [file(APPSET, appset(spec))]);

  test('a compliant one, and one whose fields are generator parameters, are allowed', () => {
    expect(judge(ok).denials).toEqual([]);
    expect(judge(source("'{{repo}}'", "'gitops/shop/{{env}}/cart'", "'{{namespace}}'")).denials).toEqual([]);
  });

  test.each([
    ['CON-003', source('https://github.com/acme/platform.git', 'gitops/shop/prod/nothing', 'shop'), ['spec', 'template', 'spec', 'source', 'path']],
    ['CON-004', source('https://github.com/someone/else.git', 'gitops/shop/prod/cart', 'shop'), ['spec', 'template', 'spec', 'source', 'repoURL']],
    ['CON-005', source('https://github.com/acme/platform.git', 'gitops/shop/prod/cart', 'kube-system'), ['spec', 'template', 'spec', 'destination', 'namespace']],
    ['CON-006', source('https://github.com/acme/platform.git', 'argo-apps', 'shop'), ['spec', 'template', 'spec', 'source', 'path']],
  ])('%s', (rule, spec, field) => {
    const d = judge(spec);
    const items = of(d, rule);
    expect(items.map((x) => [x.path, x.field])).toEqual([[APPSET, field]]);
    expect(items[0].message).toContain('ApplicationSet cart');
  });

  test('CON-006: a path under the apps root is denied even when a generator fills the rest of it', () => {
    expect(of(judge(source('https://github.com/acme/platform.git', "'argo-apps/argo-apps-{{env}}'", 'shop')), 'CON-006')).toHaveLength(1);
  });

  test('PRD-004: a production ApplicationSet pins its targetRevision like an Application', () => {
    const rev = (r: string) => `      source:
        repoURL: https://github.com/acme/platform.git
        path: gitops/shop/prod/cart
        targetRevision: ${r}
      destination: { name: prod, namespace: shop }
`;
    expect(of(judge(rev('HEAD')), 'PRD-004').map((x) => [x.field, x.message])).toEqual([
      [['spec', 'template', 'spec', 'source', 'targetRevision'], "ApplicationSet cart (its template) on production cluster prod: targetRevision 'HEAD' is not pinned (a semver tag or a commit SHA)"],
    ]);
    expect(judge(rev('v1.4.0')).denials).toEqual([]);
    expect(judge(rev("'{{revision}}'")).denials).toEqual([]);
  });

  test('CON-005 reads helm.namespace of the template, and each of its sources', () => {
    const multi = `      sources:
        - repoURL: https://github.com/acme/platform.git
          path: gitops/shop/prod/cart
          targetRevision: v1.4.0
          helm: { namespace: kube-system }
      destination: { server: https://kubernetes.default.svc, namespace: shop }
`;
    expect(of(judge(multi), 'CON-005').map((x) => x.field)).toEqual([['spec', 'template', 'spec', 'sources', 0, 'helm', 'namespace']]);
  });
});

describe('the decision names the production clusters (for the pull request\'s blast radius)', () => {
  test('prod matches the default globs, with the production pack on or off; not under globs that do not name it', () => {
    expect(decide().production_clusters).toEqual(['prod']);
    const off = gate.evaluate(buildPolicyInput(proposal(), { config: { ...config, packs: [] }, repo: emptyRepo(), now: NOW }));
    expect(off.production_clusters).toEqual(['prod']);
    const other = gate.evaluate(buildPolicyInput(proposal(), { config: { ...config, productionClusters: ['live-*'] }, repo: emptyRepo(), now: NOW }));
    expect(other.production_clusters).toEqual([]);
  });
});
