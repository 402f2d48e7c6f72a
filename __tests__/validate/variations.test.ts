import { afterAll, describe, expect, test } from '@jest/globals';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { validateRepo } from '../../src/validate/engine.js';
import { app, brief, chart, errors, goodRepo, REPO_URL, removeTrees, validateTree, withRule, type Tree } from '../../__fixtures__/validate/tree.js';

/**
 * Legitimate variations of real platform repos: each must validate without an error
 * (and, where nothing is skipped, without any finding at all).
 */
afterAll(removeTrees);

const APP_FILE = 'argo-apps/argo-apps-prod/cart-application.yaml';
const CHART = 'gitops/shop/prod/cart';
const withApp = (text: string, extra: Tree = {}): Tree => ({ ...goodRepo(), [APP_FILE]: text, ...extra });

const HEAD = ['apiVersion: argoproj.io/v1alpha1', 'kind: Application', 'metadata:', '  name: cart-prod', '  namespace: argocd', 'spec:', '  project: default'];
const DEST = ['  destination:', '    server: https://kubernetes.default.svc', '    namespace: shop'];
const doc = (...lines: string[][]) => [...lines.flat(), ''].join('\n');

describe('legitimate variations produce no error', () => {
  test('the example platform repo: no errors, one notice for its AppProject', async () => {
    const root = fileURLToPath(new URL('../../examples/platform-repo', import.meta.url));
    const r = await validateRepo(root);
    expect(errors(r.findings)).toEqual([]);
    expect(r.summary.errors).toBe(0);
    expect(r.summary.applications).toBe(6);
    expect(withRule(r.findings, 'repo.skipped-kind')).toHaveLength(1);
  });

  test('multi-source: chart from this repo + $values ref', async () => {
    const text = doc(HEAD, [
      '  sources:',
      `    - repoURL: ${REPO_URL}`,
      `      path: ${CHART}`,
      '      targetRevision: main',
      '      helm:',
      '        valueFiles:',
      '          - values.yaml',
      '          - $values/environments/prod/cart.yaml',
      `    - repoURL: git@github.com:acme/platform.git`,
      '      targetRevision: main',
      '      ref: values',
    ], DEST);
    const r = await validateTree(withApp(text, { 'environments/prod/cart.yaml': 'replicaCount: 3\n' }));
    expect(brief(r.findings)).toEqual([]);
  });

  test('multi-source: chart from a Helm repository with $values from this repo', async () => {
    const text = doc(HEAD, [
      '  sources:',
      '    - repoURL: https://charts.bitnami.com/bitnami',
      '      chart: redis',
      '      targetRevision: 19.0.1',
      '      helm:',
      '        valueFiles:',
      `          - $values/${CHART}/values.yaml`,
      `    - repoURL: ${REPO_URL}`,
      '      targetRevision: HEAD',
      '      ref: values',
    ], DEST);
    const r = await validateTree(withApp(text));
    expect(errors(r.findings)).toEqual([]);
  });

  test('a chart from a Helm repository (chart:, no path), OCI registry too', async () => {
    for (const repo of ['https://charts.bitnami.com/bitnami', 'registry-1.docker.io/bitnamicharts']) {
      const text = doc(HEAD, ['  source:', `    repoURL: ${repo}`, '    chart: redis', '    targetRevision: 19.0.1', '    helm:', '      releaseName: redis', '      valueFiles:', '        - values-prod.yaml'], DEST);
      const r = await validateTree(withApp(text));
      expect(errors(r.findings)).toEqual([]);
    }
  });

  test('a kustomize source (directory with kustomization.yaml), with and without a kustomize block', async () => {
    const files: Tree = { 'kustomize/cart/overlays/prod/kustomization.yaml': 'resources:\n  - ../../base\n', 'kustomize/cart/base/kustomization.yaml': 'resources: []\n' };
    const plain = doc(HEAD, ['  source:', `    repoURL: ${REPO_URL}`, '    path: kustomize/cart/overlays/prod', '    targetRevision: main'], DEST);
    const r1 = await validateTree(withApp(plain, files));
    expect(errors(r1.findings)).toEqual([]);
    const withBlock = doc(HEAD, ['  source:', `    repoURL: ${REPO_URL}`, '    path: kustomize/cart/overlays/prod', '    targetRevision: main', '    kustomize:', '      namePrefix: prod-'], DEST);
    const r2 = await validateTree(withApp(withBlock, files));
    expect(errors(r2.findings)).toEqual([]);
    for (const name of ['kustomization.yml', 'Kustomization']) {
      const r3 = await validateTree(withApp(withBlock, { [`kustomize/cart/overlays/prod/${name}`]: 'resources: []\n' }));
      expect(errors(r3.findings)).toEqual([]);
    }
  });

  test('a kustomize source inside the charts directory at the layout path', async () => {
    const tree: Tree = {
      [APP_FILE]: app({ name: 'cart', path: CHART }),
      [`${CHART}/kustomization.yaml`]: 'resources:\n  - deployment.yaml\n',
      [`${CHART}/deployment.yaml`]: 'apiVersion: apps/v1\nkind: Deployment\n',
    };
    const r = await validateTree(tree);
    expect(brief(r.findings)).toEqual([]);
  });

  test('a plain directory source, recursive, and a flat one', async () => {
    const flat = doc(HEAD, ['  source:', `    repoURL: ${REPO_URL}`, '    path: manifests/cart', '    targetRevision: main'], DEST);
    const r1 = await validateTree(withApp(flat, { 'manifests/cart/deploy.yaml': 'kind: Deployment\n', 'manifests/cart/svc.json': '{}' }));
    expect(errors(r1.findings)).toEqual([]);
    const rec = doc(HEAD, ['  source:', `    repoURL: ${REPO_URL}`, '    path: manifests/cart', '    targetRevision: main', '    directory:', '      recurse: true', "      include: '*.yaml'"], DEST);
    const r2 = await validateTree(withApp(rec, { 'manifests/cart/a/b/deploy.yaml': 'kind: Deployment\n' }));
    expect(errors(r2.findings)).toEqual([]);
  });

  test('several YAML documents in one file: Application + AppProject + RBAC', async () => {
    const text = [
      app({ name: 'cart', path: CHART }),
      '---',
      'apiVersion: argoproj.io/v1alpha1',
      'kind: AppProject',
      'metadata:',
      '  name: shop',
      '---',
      'apiVersion: rbac.authorization.k8s.io/v1',
      'kind: Role',
      'metadata:',
      '  name: reader',
      '---',
      '',
    ].join('\n');
    const r = await validateTree(withApp(text));
    expect(errors(r.findings)).toEqual([]);
    expect(r.summary.applications).toBe(1);
    const skipped = withRule(r.findings, 'repo.skipped-kind');
    expect(skipped.map((f) => [f.severity, f.line])).toEqual([['notice', 17], ['notice', 22]]);
  });

  test('ApplicationSets, AppProjects and other kinds in argo-apps/: one notice each, no error', async () => {
    const r = await validateTree({
      ...goodRepo(),
      'argo-apps/appsets/shop-appset.yaml': [
        'apiVersion: argoproj.io/v1alpha1',
        'kind: ApplicationSet',
        'metadata:',
        '  name: shop',
        'spec:',
        '  generators:',
        '    - git:',
        `        repoURL: ${REPO_URL}`,
        '        revision: HEAD',
        '        directories:',
        '          - path: gitops/shop/*/*',
        '  template:',
        '    metadata:',
        "      name: '{{path.basename}}'",
        '    spec:',
        '      project: default',
        '      source:',
        `        repoURL: ${REPO_URL}`,
        "        path: '{{path}}'",
        '        targetRevision: HEAD',
        '      destination:',
        '        server: https://kubernetes.default.svc',
        '',
      ].join('\n'),
      'argo-apps/projects/shop.yaml': 'apiVersion: argoproj.io/v1alpha1\nkind: AppProject\nmetadata:\n  name: shop\n',
      'argo-apps/argo-apps-prod/config.yaml': 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: c\n',
      'argo-apps/README.md': '# not YAML, ignored\n',
    });
    expect(errors(r.findings)).toEqual([]);
    const notices = withRule(r.findings, 'repo.skipped-kind');
    expect(notices.map((f) => f.file).sort()).toEqual(['argo-apps/appsets/shop-appset.yaml', 'argo-apps/argo-apps-prod/config.yaml', 'argo-apps/projects/shop.yaml']);
    expect(notices.every((f) => f.severity === 'notice')).toBe(true);
  });

  test('string sync-wave annotations, finalizers, labels, sync options, retry', async () => {
    const text = doc(
      ['apiVersion: argoproj.io/v1alpha1', 'kind: Application', 'metadata:', '  name: cart-prod', '  namespace: argocd', '  annotations:', '    argocd.argoproj.io/sync-wave: "-1"', '  finalizers:', '    - resources-finalizer.argocd.argoproj.io/background', '  labels:', '    team: shop', 'spec:', '  project: default'],
      ['  source:', `    repoURL: ${REPO_URL}`, `    path: ${CHART}`, '    targetRevision: main'],
      DEST,
      ['  syncPolicy:', '    automated:', '      prune: true', '      selfHeal: true', '    syncOptions:', '      - CreateNamespace=true', '      - ServerSideApply=true', '    retry:', '      limit: 5', '      backoff:', '        duration: 5s', '        factor: 2', '        maxDuration: 3m'],
    );
    const r = await validateTree(withApp(text));
    expect(brief(r.findings)).toEqual([]);
  });

  test('YAML 1.1 booleans where Argo CD wants booleans (prune: yes, selfHeal: on), as Kubernetes reads them', async () => {
    const text = doc(HEAD, ['  source:', `    repoURL: ${REPO_URL}`, `    path: ${CHART}`, '    targetRevision: main'], DEST, ['  syncPolicy:', '    automated:', '      prune: yes', '      selfHeal: on', '      allowEmpty: No']);
    const r = await validateTree(withApp(text));
    expect(brief(r.findings)).toEqual([]);
    expect(r.model.applications[0].prune).toBe(true);
  });

  test('YAML merge keys (<<) with anchors, as Argo CD and Helm read them', async () => {
    const text = doc(
      HEAD,
      ['  source:', `    repoURL: ${REPO_URL}`, `    path: ${CHART}`, '    targetRevision: main'],
      ['  destination:', '    <<: &dest {server: https://kubernetes.default.svc}', '    namespace: shop'],
      ['  syncPolicy:', '    automated: &auto', '      prune: true', '    retry: {limit: 2}'],
      ['  info:', '    - {name: a, value: b}'],
    );
    const values = 'defaults: &d\n  cpu: 100m\nworker:\n  <<: *d\n  replicas: 2\n';
    const r = await validateTree(withApp(text, { [`${CHART}/values.yaml`]: values }));
    expect(brief(r.findings)).toEqual([]);
    expect(r.model.applications[0].destination.server).toBe('https://kubernetes.default.svc');
  });

  test('a flow collection whose lines are indented less than the block around it (go-yaml ignores indentation inside brackets): read, findings where they are', async () => {
    // JSON-style: the closing `}` at column 1 (line 12), a key at column 1 inside the braces (line 11), tabs; an anchor makes the document model read it.
    const text = doc(
      HEAD.map((l) => l.replace('  project: default', '  project: &p default')),
      ['  source: {', `    repoURL: "${REPO_URL}",`, '\ttargetRevision: main,', 'path: gitops/shop/prod/nope', '}'],
      ['  destination: {', 'server: "https://kubernetes.default.svc", namespace: shop}'],
    );
    const r = await validateTree(withApp(text));
    expect(withRule(r.findings, 'yaml.syntax')).toEqual([]);
    expect(withRule(r.findings, 'source.path-missing')).toMatchObject([{ file: APP_FILE, line: 11, column: 7, message: expect.stringMatching(/gitops\/shop\/prod\/nope' does not exist/) }]);
    expect(r.model.applications[0].destination.server).toBe('https://kubernetes.default.svc');
    // Without the anchor (the fast parser reads it), the finding is placed as well, not at 1:1.
    const plain = await validateTree(withApp(text.replace('&p ', '')));
    expect(withRule(plain.findings, 'source.path-missing')).toMatchObject([{ line: 11, column: 7 }]);
  });

  test('explicit tags as Argo CD decodes them: !!binary and !!timestamp are strings, !!str keeps a version a string', async () => {
    const text = doc(HEAD, ['  source:', `    repoURL: ${REPO_URL}`, `    path: !!binary ${Buffer.from(CHART).toString('base64')}`, '    targetRevision: !!timestamp 2024-01-01'], DEST);
    const r = await validateTree(withApp(text, { [`${CHART}/Chart.yaml`]: 'apiVersion: v2\nname: cart\nversion: !!str 1.0\n' }));
    expect(brief(r.findings)).toEqual([]);
    expect(r.model.applications[0].sources[0].targetRevision).toBe('2024-01-01');
  });

  test('a finding on a key that comes from a merge key lands where the key is written, not on the mapping that merges it', async () => {
    const text = doc(
      HEAD,
      // Line 8 `  source:`, 10 the merged repoURL (its value at column 16), 12 the path written in place.
      ['  source:', '    <<: &src', '      repoURL: https://github.com/evil/other.git', '      targetRevision: main', `    path: ${CHART}`],
      // Line 14: a list of merge sources, the first holding a namespace of the wrong type (its value at column 22).
      ['  destination:', '    <<: [{namespace: 7}, {server: https://kubernetes.default.svc}]'],
    );
    const r = await validateTree(withApp(text), { repoUrl: REPO_URL });
    expect(withRule(r.findings, 'source.repo-url')).toMatchObject([{ file: APP_FILE, line: 10, column: 16 }]);
    // The first merge source holding the key is the one read (and pointed at).
    expect(withRule(r.findings, 'app.schema')).toMatchObject([{ file: APP_FILE, line: 14, column: 22, message: expect.stringMatching(/destination\.namespace` must be string/) }]);
    // A key written in the mapping wins over a merged one, and is where the finding lands.
    const over = await validateTree(withApp(text.replace(`    path: ${CHART}`, `    path: ${CHART}\n    repoURL: https://github.com/evil/again.git`)), { repoUrl: REPO_URL });
    expect(withRule(over.findings, 'source.repo-url')).toMatchObject([{ line: 13, column: 14, message: expect.stringMatching(/evil\/again/) }]);
  });

  test('OCI sources (Argo CD 3.1+: repoURL oci://, path .), a Helm chart and plain manifests', async () => {
    const oci = (name: string, helm: boolean) =>
      doc(['apiVersion: argoproj.io/v1alpha1', 'kind: Application', 'metadata:', `  name: ${name}`, '  namespace: argocd', 'spec:', '  project: default'], ['  source:', '    repoURL: oci://registry-1.docker.io/bitnamicharts/nginx', '    path: .', '    targetRevision: 15.9.0', ...(helm ? ['    helm:', '      valuesObject: {replicaCount: 2}'] : [])], DEST);
    const r = await validateTree({ ...goodRepo(), 'argo-apps/argo-apps-prod/nginx-application.yaml': oci('nginx', true), 'argo-apps/argo-apps-prod/web-application.yaml': oci('web', false) }, { repoUrl: REPO_URL });
    expect(brief(r.findings)).toEqual([]);
  });

  test('one chart twice on the same cluster and namespace, with different helm.releaseName: not a duplicate target', async () => {
    const rel = (name: string, release: string) => app({ name, path: CHART }).replace('    targetRevision: main\n', `    targetRevision: main\n    helm:\n      releaseName: ${release}\n`);
    const r = await validateTree(withApp(`${rel('cart', 'cart-emails')}---\n${rel('cart-prod', 'cart-reports')}`));
    expect(withRule(r.findings, 'app.duplicate-target')).toEqual([]);
  });

  test('destination.name instead of server', async () => {
    const text = doc(HEAD, ['  source:', `    repoURL: ${REPO_URL}`, `    path: ${CHART}`, '    targetRevision: main'], ['  destination:', '    name: in-cluster', '    namespace: shop']);
    const r = await validateTree(withApp(text));
    expect(brief(r.findings)).toEqual([]);
  });

  test('targetRevision: HEAD, a tag and a commit', async () => {
    for (const rev of ['HEAD', 'v1.2.3', '"0123456789abcdef0123456789abcdef01234567"']) {
      const text = app({ name: 'cart', path: CHART }).replace('targetRevision: main', `targetRevision: ${rev}`);
      const r = await validateTree(withApp(text));
      expect(brief(r.findings)).toEqual([]);
    }
  });

  test('chart path with a trailing slash or a leading ./', async () => {
    for (const p of [`${CHART}/`, `./${CHART}`]) {
      const r = await validateTree(withApp(app({ name: 'cart', path: p })));
      expect(brief(r.findings)).toEqual([]);
    }
  });

  test('.yml Application files and an ssh repoURL', async () => {
    const tree = goodRepo();
    delete tree[APP_FILE];
    tree['argo-apps/argo-apps-prod/cart-application.yml'] = app({ name: 'cart', path: CHART, repoURL: 'git@github.com:acme/platform.git' });
    const r = await validateTree(tree, { repoUrl: REPO_URL });
    expect(brief(r.findings)).toEqual([]);
  });

  test('the same service on several clusters, and several applications in gitops/', async () => {
    const tree = goodRepo([['prod', 'cart'], ['staging', 'cart'], ['prod', 'checkout']]);
    Object.assign(tree, chart('gitops/billing/prod/invoices'), { 'argo-apps/argo-apps-prod/invoices-application.yaml': app({ name: 'invoices', path: 'gitops/billing/prod/invoices', namespace: 'billing' }) });
    const r = await validateTree(tree);
    expect(brief(r.findings)).toEqual([]);
    expect(r.summary).toMatchObject({ applications: 4, charts: 4, errors: 0 });
  });

  test('--apps-dir . (Applications at the repo root): the charts dir and dot-directories are not read as Applications', async () => {
    const tree: Tree = {};
    for (const [rel, content] of Object.entries(goodRepo([['prod', 'cart'], ['staging', 'cart']]))) tree[rel.replace(/^argo-apps\//, '')] = content;
    tree['.github/workflows/ci.yaml'] = 'on: push\njobs: {}\n';
    const r = await validateTree(tree, { appsDir: '.' });
    expect(brief(r.findings)).toEqual([]);
    expect(r.summary).toMatchObject({ applications: 2, charts: 2 });
    expect(r.model.applications.map((a) => a.file).sort()).toEqual(['argo-apps-prod/cart-application.yaml', 'argo-apps-staging/cart-application.yaml']);
  });

  test('a directory source of Jsonnet files only', async () => {
    const text = doc(HEAD, ['  source:', `    repoURL: ${REPO_URL}`, '    path: manifests/cart', '    targetRevision: main'], DEST);
    const r = await validateTree(withApp(text, { 'manifests/cart/main.jsonnet': '{ apiVersion: "v1", kind: "ConfigMap" }\n' }));
    expect(errors(r.findings)).toEqual([]);
    expect(withRule(r.findings, 'source.directory-empty')).toEqual([]);
  });

  test('custom --apps-dir and --charts-dir', async () => {
    const tree: Tree = {
      ...chart('deploy/charts/shop/prod/cart', 'cart'),
      'deploy/apps/argo-apps-prod/cart-application.yaml': app({ name: 'cart', path: 'deploy/charts/shop/prod/cart' }),
    };
    const r = await validateTree(tree, { appsDir: 'deploy/apps', chartsDir: 'deploy/charts' });
    expect(brief(r.findings)).toEqual([]);
    expect(r.summary.applications).toBe(1);
  });

  test('a template of any extension counts (helm template renders deployment.txt, .gotmpl, .tmpl, .j2, none); NOTES.txt and helpers do not', async () => {
    for (const name of ['deployment.txt', 'deployment.gotmpl', 'deployment.yaml.tmpl', 'deployment.j2', 'deployment']) {
      const tree = goodRepo();
      delete tree[`${CHART}/templates/deployment.yaml`];
      tree[`${CHART}/templates/${name}`] = 'apiVersion: apps/v1\nkind: Deployment\n';
      const r = await validateTree(tree);
      expect([name, brief(r.findings)]).toEqual([name, []]);
    }
    const notes = goodRepo();
    delete notes[`${CHART}/templates/deployment.yaml`];
    notes[`${CHART}/templates/NOTES.txt`] = 'Installed.\n';
    notes[`${CHART}/templates/sub/MY-NOTES.txt`] = 'Installed.\n';
    notes[`${CHART}/templates/_lib.txt`] = '{{- define "c" -}}{{- end -}}\n';
    expect(withRule((await validateTree(notes)).findings, 'chart.templates')).toHaveLength(1);
  });

  test('chart templates in subdirectories of templates/ count (Helm renders them)', async () => {
    const tree = goodRepo();
    delete tree[`${CHART}/templates/deployment.yaml`];
    tree[`${CHART}/templates/workloads/deployment.yaml`] = 'apiVersion: apps/v1\nkind: Deployment\n';
    const r = await validateTree(tree);
    expect(brief(r.findings)).toEqual([]);
    // Helpers alone, even in subdirectories, still render nothing.
    const helpers = goodRepo();
    delete helpers[`${CHART}/templates/deployment.yaml`];
    helpers[`${CHART}/templates/lib/_common.tpl`] = '{{- define "c" -}}{{- end -}}\n';
    const r2 = await validateTree(helpers);
    expect(withRule(r2.findings, 'chart.templates')).toHaveLength(1);
  });
});

describe('a Helm root App-of-Apps (argo-apps/ is a chart, as argocd-example-apps/apps)', () => {
  /** The root chart, and a template of the cart Application with unquoted placeholders, as Helm templates write them. */
  const rootChart = (path: string): Tree => ({
    'argo-apps/Chart.yaml': 'apiVersion: v2\nname: applications\nversion: 0.1.0\n',
    'argo-apps/values.yaml': 'spec:\n  destination:\n    server: https://kubernetes.default.svc\n  source:\n    repoURL: https://github.com/acme/platform.git\n    targetRevision: HEAD\n',
    'argo-apps/templates/cart-prod.yaml': [
      'apiVersion: argoproj.io/v1alpha1',
      'kind: Application',
      'metadata:',
      '  name: cart-prod',
      '  namespace: argocd',
      'spec:',
      '  destination:',
      '    namespace: shop',
      '    server: {{ .Values.spec.destination.server }}',
      '  project: default',
      '  source:',
      `    path: ${path}`,
      '    repoURL: {{ .Values.spec.source.repoURL }}',
      '    targetRevision: {{ .Values.spec.source.targetRevision }}',
      '',
    ].join('\n'),
  });
  const tree = (path: string): Tree => {
    const t: Tree = { ...goodRepo(), ...rootChart(path) };
    delete t[APP_FILE]; // the chart is deployed by the template only
    return t;
  };

  test('unquoted `{{ }}` in a template is yaml.templated (not schema errors); Chart.yaml and values.yaml are chart files; the literal path counts as a reference', async () => {
    const r = await validateTree(tree(CHART));
    expect(errors(r.findings)).toEqual([]);
    expect(brief(r.findings).map((f) => f.split(' ').slice(0, 3).join(' '))).toEqual([
      'yaml.ignored notice argo-apps/Chart.yaml:1:1',
      'yaml.templated notice argo-apps/templates/cart-prod.yaml:1:1',
      'yaml.ignored notice argo-apps/values.yaml:1:1',
    ]);
  });

  test('a template whose path is templated: its chart may still be an orphan, and the finding says it may not be', async () => {
    const r = await validateTree(tree('{{ .Values.path }}'));
    expect(errors(r.findings)).toEqual([]);
    const orphan = withRule(r.findings, 'chart.orphan');
    expect(orphan).toHaveLength(1);
    expect(orphan[0].message).toMatch(/unless one of the templated Application or ApplicationSet whose source path is itself templated/);
  });

  test('without a Chart.yaml the same unquoted placeholders are yaml.unrendered-template (the directory source applies them as written), not schema errors', async () => {
    const t = tree(CHART);
    delete t['argo-apps/Chart.yaml'];
    delete t['argo-apps/values.yaml'];
    const r = await validateTree(t);
    expect(brief(r.findings).map((f) => f.split(' ').slice(0, 3).join(' '))).toEqual(['yaml.unrendered-template error argo-apps/templates/cart-prod.yaml:1:1']);
  });
});

describe('ApplicationSets in the apps dir (skipped with a notice)', () => {
  const appSet = (path: string, sources = false) => [
    'apiVersion: argoproj.io/v1alpha1',
    'kind: ApplicationSet',
    'metadata:',
    '  name: cart',
    'spec:',
    '  generators:',
    '    - list:',
    '        elements:',
    '          - cluster: prod',
    '  template:',
    '    metadata:',
    "      name: 'cart-{{cluster}}'",
    '    spec:',
    '      project: default',
    ...(sources ? ['      sources:', `        - repoURL: ${REPO_URL}`, `          path: ${path}`, '          targetRevision: main'] : ['      source:', `        repoURL: ${REPO_URL}`, `        path: ${path}`, '        targetRevision: main']),
    '      destination:',
    '        server: https://kubernetes.default.svc',
    '        namespace: shop',
    '',
  ].join('\n');

  test('a chart that an ApplicationSet template names literally (source or sources) is no orphan', async () => {
    for (const sources of [false, true]) {
      const r = await validateTree({ ...goodRepo(), [APP_FILE]: appSet(CHART, sources) });
      expect(brief(r.findings).map((f) => f.split(' ').slice(0, 3).join(' '))).toEqual([`repo.skipped-kind notice ${APP_FILE}:1:1`]);
    }
  });

  test('a templated template path (a git generator\'s {{.path.path}}) leaves the orphan, said to be one only if the ApplicationSet does not deploy it', async () => {
    const r = await validateTree({ ...goodRepo(), [APP_FILE]: appSet("'{{.path.path}}'") });
    const orphan = withRule(r.findings, 'chart.orphan');
    expect(orphan.map((f) => f.file)).toEqual([`${CHART}/Chart.yaml`]);
    expect(orphan[0].message).toMatch(/unless one of the templated Application or ApplicationSet/);
  });
});
