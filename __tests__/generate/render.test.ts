import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parse, parseAllDocuments } from 'yaml';
import { Deployment } from 'kubernetes-models/apps/v1/Deployment';
import { Service } from 'kubernetes-models/v1/Service';
import { ServiceAccount } from 'kubernetes-models/v1/ServiceAccount';
import { PodDisruptionBudget } from 'kubernetes-models/policy/v1/PodDisruptionBudget';
import { Application } from '@kubernetes-models/argo-cd/argoproj.io/v1alpha1/Application';
import { validate as validateArgoSchema } from '../../src/validate/schema/application-validator.generated.js';
import { applicationYaml } from '../../src/generate/application.js';
import { renderRootApplication } from '../../src/generate/bootstrap.js';
import { gobwasMatch } from '../../src/repo/gobwas-glob.js';
import { chartFiles, chartResourceKinds } from '../../src/generate/chart.js';
import { parseImageReference } from '../../src/generate/inputs.js';
import { workflowYaml } from '../../src/generate/workflow.js';
import { helm, helmBinary, removeDir, tempDir } from '../../__fixtures__/generate/helpers.js';

const KINDS: Record<string, { validate(): void } & (new (d: any) => { validate(): void })> = {
  Deployment: Deployment as any,
  Service: Service as any,
  ServiceAccount: ServiceAccount as any,
  PodDisruptionBudget: PodDisruptionBudget as any,
};

const CASES = [
  { name: 'tag', image: 'ghcr.io/acme/payments:1.4.2', port: 8080, replicas: 2 },
  { name: 'digest', image: 'registry.example.com:5000/team/ledger@sha256:' + 'b'.repeat(64), port: 9000, replicas: 1 },
  { name: 'tag+digest', image: 'docker.io/library/nginx:1.27.3@sha256:' + 'c'.repeat(64), port: 65535, replicas: 100 },
  { name: 'numeric-looking tag', image: 'acme/api:1.10', port: 1, replicas: 3 },
];

async function writeChart(dir: string, c: (typeof CASES)[number]): Promise<void> {
  for (const f of chartFiles({ service: 'payments', application: 'shop', cluster: 'prod', namespace: 'shop', image: parseImageReference(c.image), port: c.port, replicas: c.replicas })) {
    await mkdir(join(dir, f.path, '..'), { recursive: true });
    await writeFile(join(dir, f.path), f.content);
  }
}

let work: string;
beforeAll(async () => {
  helmBinary(); // fails the suite with build instructions when the pinned helm is missing
  work = await tempDir('gen-render-');
});
afterAll(async () => removeDir(work));

describe.each(CASES)('generated chart ($name)', (c) => {
  let chartDir: string;
  beforeAll(async () => {
    chartDir = join(work, c.name.replace(/\W/g, '-'), 'payments');
    await writeChart(chartDir, c);
  });

  test('passes helm lint --strict', () => {
    const r = helm(['lint', '--strict', chartDir]);
    expect(r.stderr + r.stdout).toContain('1 chart(s) linted, 0 chart(s) failed');
    expect(r.status).toBe(0);
  });

  test('renders with helm template; every manifest validates against the Kubernetes schemas', () => {
    const r = helm(['template', 'payments', chartDir, '--namespace', 'shop']);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    const docs = parseAllDocuments(r.stdout).map((d) => d.toJS()).filter((d) => d);
    expect(docs.map((d) => d.kind).sort()).toEqual(chartResourceKinds(c.replicas));
    expect(docs.some((d) => d.kind === 'PodDisruptionBudget')).toBe(c.replicas >= 2);
    for (const d of docs) {
      const Model = KINDS[d.kind];
      expect(() => new Model(d).validate()).not.toThrow();
      // The rollback steps' check selects by this label (Argo CD's label tracking rewrites app.kubernetes.io/instance).
      expect(d.metadata.labels['app.kubernetes.io/name']).toBe('payments');
    }
    const dep = docs.find((d) => d.kind === 'Deployment');
    const ctr = dep.spec.template.spec.containers[0];
    const ref = parseImageReference(c.image);
    expect(ctr.image).toBe(`${ref.repository}${ref.tag ? `:${ref.tag}` : ''}${ref.digest ? `@${ref.digest}` : ''}`);
    expect(ctr.ports[0].containerPort).toBe(c.port);
    expect(dep.spec.replicas).toBe(c.replicas);
    expect(ctr.securityContext).toMatchObject({ allowPrivilegeEscalation: false, readOnlyRootFilesystem: true, runAsNonRoot: true, capabilities: { drop: ['ALL'] } });
    expect(ctr.resources.limits).toBeDefined();
    expect(ctr.livenessProbe).toBeDefined();
    expect(ctr.readinessProbe).toBeDefined();
    expect(dep.metadata.labels).toMatchObject({ 'app.kubernetes.io/name': 'payments', 'app.kubernetes.io/instance': 'payments', 'app.kubernetes.io/managed-by': 'Helm', 'app.kubernetes.io/part-of': 'shop' });
    expect(dep.spec.selector.matchLabels).toEqual({ 'app.kubernetes.io/name': 'payments', 'app.kubernetes.io/instance': 'payments' });
  });

  test('a model that is not valid is caught (the schema check can fail)', () => {
    expect(() => new Deployment({ metadata: { name: 'x' }, spec: { replicas: 'two' } } as any).validate()).toThrow();
  });
});

describe('Argo CD Applications', () => {
  const params = {
    name: 'payments-prod',
    service: 'payments',
    application: 'shop',
    cluster: 'prod',
    namespace: 'shop',
    repoUrl: 'https://github.com/acme/platform.git',
    targetRevision: 'main',
    path: 'gitops/shop/prod/payments',
    project: 'default',
    destination: { server: 'https://kubernetes.default.svc' },
    sourceKind: 'helm' as const,
  };

  test.each([
    ['generated Application (server)', applicationYaml(params)],
    ['generated Application (name, kustomize)', applicationYaml({ ...params, destination: { name: 'prod' }, sourceKind: 'kustomize' })],
    ['root Application', renderRootApplication({ repoUrl: 'git@github.com:acme/platform.git', revision: 'release/1.x' })],
  ])('%s validates against the Argo CD schema (kubernetes-models and the CRD schema)', (_n, text) => {
    const obj = parse(text);
    expect(() => new Application(obj).validate()).not.toThrow();
    expect(validateArgoSchema(obj)).toBe(true);
    expect(obj.metadata.finalizers).toEqual(['resources-finalizer.argocd.argoproj.io']);
    expect(obj.spec.syncPolicy.automated).toEqual({ prune: true, selfHeal: true });
  });

  test('the Argo CD schema check can fail', () => {
    const bad = parse(applicationYaml(params));
    bad.spec.syncPolicy.automated.prune = 'yes';
    expect(validateArgoSchema(bad)).toBe(false);
    expect(() => new Application(bad).validate()).toThrow();
  });

  test('root Application: path argo-apps, recurse, namespace argocd, the apply line in its header', () => {
    const text = renderRootApplication({ repoUrl: 'https://github.com/acme/platform.git' });
    const obj = parse(text);
    expect(obj.metadata).toEqual({ name: 'root', namespace: 'argocd', finalizers: ['resources-finalizer.argocd.argoproj.io'] });
    expect(obj.spec.source).toEqual({ repoURL: 'https://github.com/acme/platform.git', targetRevision: 'main', path: 'argo-apps', directory: { recurse: true } });
    expect(obj.spec.destination).toEqual({ server: 'https://kubernetes.default.svc', namespace: 'argocd' });
    expect(text).toContain('kubectl apply -n argocd -f root-application.yaml');
    expect(renderRootApplication({ repoUrl: 'https://github.com/acme/platform.git' })).toBe(text);
  });

  test('root Application for Applications at the repo root (apps-dir .): path ., without the charts dir and dot-folders, as validate reads that layout', () => {
    const obj = parse(renderRootApplication({ repoUrl: 'https://github.com/acme/platform.git', appsDir: '.', chartsDir: 'charts' }));
    expect(validateArgoSchema(obj)).toBe(true);
    expect(() => new Application(obj).validate()).not.toThrow();
    expect(obj.spec.source).toMatchObject({ path: '.', directory: { recurse: true, exclude: expect.any(String) } });
    // Argo CD matches exclude against each file's path below the source path, with gobwas globs.
    const excluded = (f: string) => gobwasMatch(obj.spec.source.directory.exclude, f);
    for (const f of ['charts/shop/prod/cart/values.yaml', 'charts/shop/prod/cart/templates/deployment.yaml', '.github/workflows/ci.yaml', '.gitlab-ci.yml']) expect([f, excluded(f)]).toEqual([f, true]);
    for (const f of ['argo-apps-prod/cart-application.yaml', 'cart.yaml', 'prod/charts.yaml', 'team/.hidden/app.yaml']) expect([f, excluded(f)]).toEqual([f, false]);
    // In a folder of its repository (input path): Argo CD reads the path from the repository's root.
    expect(parse(renderRootApplication({ repoUrl: 'https://github.com/acme/platform.git', appsDir: '.', folder: 'plat' })).spec.source).toMatchObject({ path: 'plat', directory: { exclude: '{gitops/*,.*}' } });
    expect(parse(renderRootApplication({ repoUrl: 'https://github.com/acme/platform.git', folder: 'plat' })).spec.source).toEqual({ repoURL: 'https://github.com/acme/platform.git', targetRevision: 'main', path: 'plat/argo-apps', directory: { recurse: true } });
  });

  test('root Application refuses bad inputs, naming them', () => {
    expect(() => renderRootApplication({ repoUrl: 'https://x.example/a b' })).toThrow("Input 'repo-url'");
    expect(() => renderRootApplication({ repoUrl: 'https://github.com/acme/p.git', revision: '../x' })).toThrow("Input 'revision'");
    expect(() => renderRootApplication({ repoUrl: 'https://github.com/acme/p.git', appsDir: '../etc' })).toThrow("Input 'apps-dir'");
    // A trailing '/' (a shell's completion) names the same folder, and Argo CD gets it without.
    expect(parse(renderRootApplication({ repoUrl: 'https://github.com/acme/p.git', appsDir: 'argo-apps/' })).spec.source.path).toBe('argo-apps');
  });
});

describe('CI workflow', () => {
  test('builds and pushes with least-privilege permissions; no anchors; ghcr uses GITHUB_TOKEN', () => {
    const text = workflowYaml({ service: 'payments', image: parseImageReference('ghcr.io/acme/payments:1.0.0'), branch: 'main' });
    expect(text).not.toMatch(/[&*]a\d/);
    const wf = parse(text);
    expect(wf.permissions).toEqual({ contents: 'read' });
    expect(wf.jobs.build.permissions).toEqual({ contents: 'read', packages: 'write' });
    expect(wf.env.IMAGE).toBe('ghcr.io/acme/payments');
    const steps = wf.jobs.build.steps.map((s: { uses?: string }) => s.uses);
    expect(steps).toEqual(['actions/checkout@v5', 'docker/setup-buildx-action@v3', 'docker/login-action@v3', 'docker/build-push-action@v6']);
    expect(wf.jobs.build.steps[3].with.push).toBe(true);
  });

  test('the header says how a build is deployed: bump image.tag, or, for an image pinned by digest (which wins over the tag), set image.digest', () => {
    const byTag = workflowYaml({ service: 'payments', image: parseImageReference('ghcr.io/acme/payments:1.0.0'), branch: 'main' });
    expect(byTag).toContain("To deploy a new build, bump image.tag in the service's values.yaml.");
    const byDigest = workflowYaml({ service: 'payments', image: parseImageReference(`ghcr.io/acme/payments@sha256:${'a'.repeat(64)}`), branch: 'main' });
    expect(byDigest).not.toContain('bump image.tag');
    expect(byDigest).toContain("To deploy a new build, set image.digest in the service's values.yaml to the digest the push prints");
    expect(parse(byDigest).jobs.build.steps[3].with.tags).toBe('${{ env.IMAGE }}:${{ github.sha }}');
  });

  test('builds on pushes to the branch the Applications track, a full ref by its branch name; a tag, a SHA or HEAD build on main', () => {
    const on = (branch: string) => parse(workflowYaml({ service: 'payments', image: parseImageReference('ghcr.io/acme/payments:1.0.0'), branch })).on.push.branches;
    expect(on('release/1.x')).toEqual(['release/1.x']);
    // GitHub matches on.push.branches against the branch's name, not its ref.
    expect(on('refs/heads/release')).toEqual(['release']);
    for (const pinned of ['v1.2.3', 'refs/tags/v1.2.3', 'refs/tags/stable', 'a'.repeat(40), 'HEAD']) expect([pinned, on(pinned)]).toEqual([pinned, ['main']]);
  });

  test('a ghcr.io image under another owner than the repository it runs in: the header says GITHUB_TOKEN cannot push it and what to do; the same owner (any case), an unknown one or another registry: byte-identical to no repository', () => {
    const image = parseImageReference('ghcr.io/other-org/payments:1.0.0');
    const plain = workflowYaml({ service: 'payments', image, branch: 'main' });
    const foreign = workflowYaml({ service: 'payments', image, branch: 'main', repoUrl: 'https://github.com/Acme/platform.git' });
    const header = foreign.slice(0, foreign.indexOf('\nname:'));
    expect(header).toContain('# The push below fails as it is: ghcr.io/other-org/payments belongs to other-org, not to Acme, the owner of Acme/platform');
    expect(header).toContain('write:packages');
    expect(header).toContain('Manage Actions access');
    // The steps are the same: only the comment is added.
    expect(parse(foreign)).toEqual(parse(plain));
    const same = parseImageReference('ghcr.io/acme/payments:1.0.0');
    const base = workflowYaml({ service: 'payments', image: same, branch: 'main' });
    for (const repoUrl of ['https://github.com/acme/platform.git', 'git@github.com:ACME/platform.git', 'https://gitlab.com/other/platform.git']) {
      expect([repoUrl, workflowYaml({ service: 'payments', image: same, branch: 'main', repoUrl })]).toEqual([repoUrl, base]);
    }
    const docker = parseImageReference('registry.example.com/other-org/payments:1.0.0');
    expect(workflowYaml({ service: 'payments', image: docker, branch: 'main', repoUrl: 'https://github.com/acme/platform' })).toBe(workflowYaml({ service: 'payments', image: docker, branch: 'main' }));
  });

  test('another registry: no packages permission, registry secrets', () => {
    const wf = parse(workflowYaml({ service: 'payments', image: parseImageReference('registry.example.com/acme/payments:1.0.0'), branch: 'main' }));
    expect(wf.jobs.build.permissions).toEqual({ contents: 'read' });
    expect(wf.jobs.build.steps[2].with).toEqual({ registry: 'registry.example.com', username: '${{ secrets.REGISTRY_USERNAME }}', password: '${{ secrets.REGISTRY_PASSWORD }}' });
  });
});
