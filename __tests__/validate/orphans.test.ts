import { afterAll, describe, expect, test } from '@jest/globals';
import { promises as fs } from 'node:fs';
import { join } from 'node:path';
import { app, brief, chart, makeTree, removeTrees, validateTree, withRule, type Tree } from '../../__fixtures__/validate/tree.js';
import { validateRepo } from '../../src/validate/engine.js';
import { MAX_KUSTOMIZATIONS } from '../../src/validate/rules/kustomize-charts.js';

/**
 * chart.orphan and kustomize's `helmCharts`: a local chart that a kustomize source inflates
 * (kustomize build --enable-helm) is deployed by that Application, so it is no orphan. The
 * paths follow kustomize's HelmChartInflationGenerator, checked with
 * `kubectl kustomize --enable-helm` and the pinned helm: `<kustomization dir>/<chartHome,
 * default charts>/<name>`, `<chartHome>/<name>-<version>/<name>` with a repo and a version,
 * and a base's helmCharts relative to the base.
 */
afterAll(removeTrees);

const APP_FILE = 'argo-apps/argo-apps-prod/cart-application.yaml';
const SERVICE = 'gitops/shop/prod/cart';
const orphans = (r: { findings: { ruleId: string; file: string }[] }) => withRule(r.findings as never, 'chart.orphan').map((f: { file: string }) => f.file);

/** The cart Application, a kustomize source at `path`, with `files` (kustomizations, charts). */
function repo(path: string, files: Tree): Tree {
  return { [APP_FILE]: app({ name: 'cart', path }), ...files };
}

describe('charts inflated by a kustomize source are not orphans', () => {
  test('helmCharts with the default chartHome (charts/, relative to the kustomization)', async () => {
    const tree = repo(SERVICE, { [`${SERVICE}/kustomization.yaml`]: 'helmCharts:\n  - name: cart\n    releaseName: cart\n', ...chart(`${SERVICE}/charts/cart`, 'cart') });
    expect(brief((await validateTree(tree)).findings)).toEqual([]);
    // The same chart with no kustomization naming it is an orphan: the rule still works.
    const plain = repo(SERVICE, { [`${SERVICE}/kustomization.yaml`]: 'resources: []\n', ...chart(`${SERVICE}/charts/cart`, 'cart') });
    expect(orphans(await validateTree(plain))).toEqual([`${SERVICE}/charts/cart/Chart.yaml`]);
  });

  test('helmGlobals.chartHome elsewhere in the repository, and <chartHome>/<name>-<version>/<name> with a repo and a version', async () => {
    const shared = repo(SERVICE, { [`${SERVICE}/kustomization.yaml`]: 'helmGlobals:\n  chartHome: ../../../lib\nhelmCharts:\n  - name: cart\n', ...chart('gitops/lib/cart', 'cart') });
    expect(brief((await validateTree(shared)).findings)).toEqual([]);
    const versioned = repo(SERVICE, {
      [`${SERVICE}/kustomization.yaml`]: 'helmCharts:\n  - name: cart\n    repo: https://charts.example.com\n    version: 1.2.3\n',
      ...chart(`${SERVICE}/charts/cart-1.2.3/cart`, 'cart'),
      ...chart(`${SERVICE}/charts/cart`, 'cart'), // not the one kustomize reads when repo and version are set
    });
    expect(orphans(await validateTree(versioned))).toEqual([`${SERVICE}/charts/cart/Chart.yaml`]);
  });

  test('helmCharts of a base the kustomization includes, relative to the base; a cycle of bases terminates', async () => {
    const overlay = `${SERVICE}/overlays/prod`;
    const files: Tree = {
      [`${overlay}/kustomization.yaml`]: 'resources:\n  - ../../base\n  - deployment-patch.yaml\n  - https://github.com/acme/remote//base\n  - github.com/acme/other/base\n',
      [`${overlay}/deployment-patch.yaml`]: 'apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: cart\n',
      [`${SERVICE}/base/kustomization.yaml`]: 'components:\n  - ../overlays/prod\nhelmCharts:\n  - name: cart\n',
      ...chart(`${SERVICE}/base/charts/cart`, 'cart'),
    };
    const r = await validateTree(repo(overlay, files));
    expect(orphans(r)).toEqual([]);
  });
});

describe('bounded and safe: what is not followed leaves the chart an orphan', () => {
  const lone = chart(`${SERVICE}/charts/cart`, 'cart');

  test('a chartHome or a chart name that leaves the repository, or an absolute chartHome', async () => {
    for (const k of ['helmGlobals:\n  chartHome: ../../../../../../..\nhelmCharts:\n  - name: cart\n', 'helmGlobals:\n  chartHome: /etc\nhelmCharts:\n  - name: cart\n', 'helmCharts:\n  - name: ../../../../../../../../etc\n  - name: /etc\n']) {
      const r = await validateTree(repo(SERVICE, { [`${SERVICE}/kustomization.yaml`]: k, ...lone }));
      expect(orphans(r)).toEqual([`${SERVICE}/charts/cart/Chart.yaml`]);
    }
  });

  test('a source path that does not exist reads no kustomization', async () => {
    const r = await validateTree({ [APP_FILE]: app({ name: 'cart', path: `${SERVICE}/nothere` }).replace('    targetRevision: main\n', '    targetRevision: main\n    kustomize: {}\n'), [`${SERVICE}/kustomization.yaml`]: 'helmCharts:\n  - name: cart\n', ...lone });
    expect(withRule(r.findings, 'source.path-missing')).toHaveLength(1);
    expect(orphans(r)).toEqual([`${SERVICE}/charts/cart/Chart.yaml`]);
  });

  test('broken kustomizations (invalid YAML, a list, wrong types, binary, an alias bomb) are no crash', async () => {
    const bomb = `a: &a [x, x, x, x, x, x, x, x, x]\n${Array.from({ length: 8 }, (_, i) => `${String.fromCharCode(98 + i)}: &${String.fromCharCode(98 + i)} [*${String.fromCharCode(97 + i)}, *${String.fromCharCode(97 + i)}, *${String.fromCharCode(97 + i)}, *${String.fromCharCode(97 + i)}, *${String.fromCharCode(97 + i)}, *${String.fromCharCode(97 + i)}, *${String.fromCharCode(97 + i)}, *${String.fromCharCode(97 + i)}, *${String.fromCharCode(97 + i)}]`).join('\n')}\nhelmCharts:\n  - name: cart\n`;
    for (const k of ['helmCharts: [name: cart\n', '- helmCharts\n', 'helmCharts: cart\nhelmGlobals: 5\nresources: {a: 1}\n', 'helmCharts:\n  - 5\n  - name: 7\n  - name: ""\n', Buffer.from([0, 1, 2, 0xff]), bomb]) {
      const r = await validateTree(repo(SERVICE, { [`${SERVICE}/kustomization.yaml`]: k, ...lone }));
      expect(orphans(r)).toEqual([`${SERVICE}/charts/cart/Chart.yaml`]);
    }
  });

  test(`a chain of bases is followed for at most ${MAX_KUSTOMIZATIONS} kustomizations per source`, async () => {
    const files: Tree = { ...lone };
    const n = MAX_KUSTOMIZATIONS + 20;
    for (let i = 0; i < n; i++) files[`kust/k${i}/kustomization.yaml`] = i === n - 1 ? `helmCharts:\n  - name: cart\nhelmGlobals:\n  chartHome: ../../${SERVICE}/charts\n` : `resources:\n  - ../k${i + 1}\n`;
    const near = { ...files, [`kust/k${MAX_KUSTOMIZATIONS - 1}/kustomization.yaml`]: `helmCharts:\n  - name: cart\nhelmGlobals:\n  chartHome: ../../${SERVICE}/charts\n` };
    const t0 = performance.now();
    expect(orphans(await validateTree(repo('kust/k0', files)))).toEqual([`${SERVICE}/charts/cart/Chart.yaml`]);
    expect(orphans(await validateTree(repo('kust/k0', near)))).toEqual([]);
    expect(performance.now() - t0).toBeLessThan(10000);
  });

  test('a kustomization that is a link out of the repository is not read (inside the walked charts dir or not)', async () => {
    const kustomize = (path: string) => app({ name: 'cart', path }).replace('    targetRevision: main\n', '    targetRevision: main\n    kustomize: {}\n');
    for (const [path, chartHome] of [['kust/app', `../../${SERVICE}/charts`], [SERVICE, 'charts']]) {
      const outside = await makeTree({ 'kustomization.yaml': `helmGlobals:\n  chartHome: ${chartHome}\nhelmCharts:\n  - name: cart\n` });
      const root = await makeTree({ [APP_FILE]: kustomize(path), [`${path}/deploy.yaml`]: 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: x\n', ...lone });
      await fs.symlink(join(outside, 'kustomization.yaml'), join(root, path, 'kustomization.yaml'));
      const r = await validateRepo(root);
      expect(orphans(r)).toEqual([`${SERVICE}/charts/cart/Chart.yaml`]);
    }
  });
});

describe('a chart reached through a linked directory is one chart', () => {
  test('gitops/shop/staging -> staging-v2: 2 charts, not 4, and none an orphan; the chart rules run once, at the real path', async () => {
    const t: Tree = {};
    for (const s of ['cart', 'checkout']) {
      Object.assign(t, chart(`gitops/shop/staging-v2/${s}`, s));
      t[`argo-apps/argo-apps-staging/${s}-application.yaml`] = app({ name: `${s}-staging`, path: `gitops/shop/staging/${s}` });
    }
    t['gitops/shop/staging-v2/cart/values.yaml'] = '- a\n';
    const root = await makeTree(t);
    await fs.symlink('staging-v2', join(root, 'gitops/shop/staging'));
    for (const jobs of [1, 2]) {
      const r = await validateRepo(root, { jobs });
      expect(brief(r.findings)).toEqual([expect.stringMatching(/^chart\.values error gitops\/shop\/staging-v2\/cart\/values\.yaml:1:1 /)]);
      expect(r.summary.charts).toBe(2);
      expect(r.model.charts.map((c) => c.dir)).toEqual(['gitops/shop/staging-v2/cart', 'gitops/shop/staging-v2/checkout']);
    }
  });

  test('two Applications deploying the one chart to one place, one through the link, one at the real path: app.duplicate-target', async () => {
    const t: Tree = { ...chart('gitops/shop/staging-v2/cart', 'cart') };
    t['argo-apps/argo-apps-staging/cart-application.yaml'] = app({ name: 'cart-staging', path: 'gitops/shop/staging/cart' });
    t['argo-apps/argo-apps-staging/cart2-application.yaml'] = app({ name: 'cart2-staging', path: 'gitops/shop/staging-v2/cart' });
    const root = await makeTree(t);
    await fs.symlink('staging-v2', join(root, 'gitops/shop/staging'));
    const r = await validateRepo(root, { jobs: 1 });
    expect(brief(r.findings).filter((f) => f.startsWith('app.duplicate-target'))).toEqual([expect.stringMatching(/cart2-application\.yaml:10:11 .*like 'cart-staging'/)]);
  });

  test('a chart only reached through a link (its real directory outside the charts dir) is kept at the link path', async () => {
    const t: Tree = { ...chart('shared/cart', 'cart'), 'argo-apps/argo-apps-prod/cart-application.yaml': app({ name: 'cart-prod', path: 'gitops/shop/prod/cart' }) };
    const root = await makeTree(t);
    await fs.mkdir(join(root, 'gitops/shop/prod'), { recursive: true });
    await fs.symlink('../../../shared/cart', join(root, 'gitops/shop/prod/cart'));
    const r = await validateRepo(root, { jobs: 1 });
    expect(brief(r.findings)).toEqual([]);
    expect(r.model.charts.map((c) => c.dir)).toEqual(['gitops/shop/prod/cart']);
  });
});

describe('charts used as file:// dependencies of a used chart are not orphans', () => {
  const dependsOn = (name: string, repository: string) => `\ndependencies:\n  - name: ${name}\n    version: 0.1.0\n    repository: ${repository}\n`;

  test('Chart.yaml dependencies, relative to the depending chart, and down a chain; a chart only an orphan depends on stays an orphan', async () => {
    const tree: Tree = {
      [APP_FILE]: app({ name: 'cart', path: SERVICE }),
      ...chart(SERVICE, 'cart'),
      ...chart('gitops/common/base-service', 'base-service'),
      ...chart('gitops/common/lib-two', 'lib-two'),
      ...chart('gitops/shop/prod/unused', 'unused'),
      ...chart('gitops/common/only-unused', 'only-unused'),
    };
    tree[`${SERVICE}/Chart.yaml`] += dependsOn('base-service', 'file://../../../common/base-service');
    tree['gitops/common/base-service/Chart.yaml'] += dependsOn('lib-two', 'file://../lib-two');
    tree['gitops/shop/prod/unused/Chart.yaml'] += dependsOn('only-unused', 'file://../../../common/only-unused');
    const r = await validateTree(tree);
    expect(orphans(r)).toEqual(['gitops/common/only-unused/Chart.yaml', 'gitops/shop/prod/unused/Chart.yaml']);
  });

  test('requirements.yaml (Helm 2 format) dependencies too', async () => {
    const tree: Tree = { [APP_FILE]: app({ name: 'cart', path: SERVICE }), ...chart(SERVICE, 'cart'), ...chart('gitops/common/base-service', 'base-service') };
    tree[`${SERVICE}/Chart.yaml`] = tree[`${SERVICE}/Chart.yaml`].toString().replace('apiVersion: v2', 'apiVersion: v1').replace('type: application\n', '');
    tree[`${SERVICE}/requirements.yaml`] = dependsOn('base-service', 'file://../../../common/base-service').trimStart();
    const r = await validateTree(tree);
    expect(orphans(r)).toEqual([]);
  });
});

describe('charts nested in another chart directory', () => {
  test('a chart below a used chart, outside its charts/, is an orphan (Helm does not load it); one under charts/ is a subchart', async () => {
    const tree: Tree = { [APP_FILE]: app({ name: 'cart', path: SERVICE }), ...chart(SERVICE, 'cart'), ...chart(`${SERVICE}/canary`, 'canary'), ...chart(`${SERVICE}/charts/redis`, 'redis') };
    expect(orphans(await validateTree(tree))).toEqual([`${SERVICE}/canary/Chart.yaml`]);
  });

  test('a chart at an application directory does not make the service charts below it subcharts', async () => {
    const tree: Tree = { [APP_FILE]: app({ name: 'cart', path: SERVICE }), ...chart(SERVICE, 'cart'), ...chart('gitops/shop', 'umbrella'), ...chart('gitops/shop/prod/ghost', 'ghost') };
    // (gitops/shop itself counts as used: the cart source lies below it.)
    expect(orphans(await validateTree(tree))).toEqual(['gitops/shop/prod/ghost/Chart.yaml']);
  });
});
