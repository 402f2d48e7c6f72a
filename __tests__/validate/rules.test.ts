import { helmBinary } from '../../__fixtures__/generate/helpers.js';
import { afterAll, describe, expect, test } from '@jest/globals';
import { promises as fs } from 'node:fs';
import { join } from 'node:path';
import { RULES } from '../../src/validate/catalogue.js';
import type { Finding } from '../../src/validate/types.js';
import { app, brief, chart, chartArchive, errors, goodRepo, makeTree, REPO_URL, removeTrees, subchartFiles, validateTree, withRule, type Tree } from '../../__fixtures__/validate/tree.js';
import { validateRepo } from '../../src/validate/engine.js';
import { HELMIGNORE } from '../../src/generate/chart.js';

/**
 * One test (at least) per catalogue rule: it triggers the rule and pins ruleId,
 * severity, file and the exact 1-based line and column. Every rule id asserted here is
 * recorded; the last test fails when a catalogue rule has no triggering test.
 */
const triggered = new Set<string>();

function expectFinding(findings: Finding[], want: { ruleId: string; severity: string; file: string; line: number; column: number; message?: RegExp }): Finding {
  triggered.add(want.ruleId);
  const hits = findings.filter((f) => f.ruleId === want.ruleId && f.file === want.file && f.line === want.line && f.column === want.column);
  if (hits.length !== 1) {
    throw new Error(`expected exactly one ${want.ruleId} at ${want.file}:${want.line}:${want.column}, got ${hits.length}. All findings:\n${brief(findings).join('\n')}`);
  }
  expect(hits[0].severity).toBe(want.severity);
  if (want.message) expect(hits[0].message).toMatch(want.message);
  expect(hits[0].hint.length).toBeGreaterThan(0);
  return hits[0];
}

const APP_FILE = 'argo-apps/argo-apps-prod/cart-application.yaml';
const CHART = 'gitops/shop/prod/cart';

/** goodRepo with the cart Application file replaced. */
const withApp = (text: string, extra: Tree = {}): Tree => ({ ...goodRepo(), [APP_FILE]: text, ...extra });

afterAll(removeTrees);

describe('baseline', () => {
  test('the good repo has no findings at all', async () => {
    const r = await validateTree(goodRepo([['prod', 'cart'], ['staging', 'cart'], ['prod', 'checkout']]));
    expect(brief(r.findings)).toEqual([]);
    expect(r.summary).toEqual({ applications: 3, charts: 3, errors: 0, warnings: 0, notices: 0 });
  });
});

describe('app.* rules', () => {
  test('app.schema: a boolean given as a string, at the value', async () => {
    const text = app({ name: 'cart', path: CHART }) + ['  syncPolicy:', '    automated:', '      prune: "yes"', ''].join('\n');
    const r = await validateTree(withApp(text));
    expectFinding(r.findings, { ruleId: 'app.schema', severity: 'error', file: APP_FILE, line: 17, column: 14, message: /spec\.syncPolicy\.automated\.prune.*boolean/ });
    expect(errors(r.findings)).toHaveLength(1);
  });

  test('app.schema: a required field missing (spec.project, spec.destination) points at its parent key', async () => {
    const text = app({ name: 'cart', path: CHART }).replace('  project: default\n', '');
    const r = await validateTree(withApp(text));
    // `spec:` is line 6 (not `source:` at 7:3, the first key inside it, which is fine).
    expectFinding(r.findings, { ruleId: 'app.schema', severity: 'error', file: APP_FILE, line: 6, column: 1, message: /spec\.project.*required/ });
    const noDest = app({ name: 'cart', path: CHART }).replace(/  destination:\n[\s\S]*$/, '');
    const r2 = await validateTree(withApp(noDest));
    expectFinding(r2.findings, { ruleId: 'app.schema', severity: 'error', file: APP_FILE, line: 6, column: 1, message: /spec\.destination.*required/ });
    // Inside a list item: at the item.
    const noRepo = app({ name: 'cart', path: CHART }).replace(/  source:\n    repoURL: .*\n    path: (.*)\n    targetRevision: main\n/, '  sources:\n    - path: $1\n      targetRevision: main\n');
    const r3 = await validateTree(withApp(noRepo));
    expectFinding(r3.findings, { ruleId: 'app.schema', severity: 'error', file: APP_FILE, line: 9, column: 7, message: /spec\.sources\.0\.repoURL.*required/ });
  });

  test('app.unknown-field: a key the schema does not declare (the API server prunes it) is a warning at the key, with the nearest field', async () => {
    const text = app({ name: 'cart', path: CHART }).replace('    targetRevision: main\n', '    targetRevision: main\n    helm:\n      valuesFiles: [values.yaml]\n      valuesObject: {anything: {goes: here}}\n').replace('  project: default\n', '  projekt: default\n  project: default\n') + 'bogus: 1\n';
    const r = await validateTree(withApp(text));
    expectFinding(r.findings, { ruleId: 'app.unknown-field', severity: 'warning', file: APP_FILE, line: 14, column: 7, message: /`spec\.source\.helm\.valuesFiles` is not a field.*Did you mean `spec\.source\.helm\.valueFiles`\?/ });
    expectFinding(r.findings, { ruleId: 'app.unknown-field', severity: 'warning', file: APP_FILE, line: 7, column: 3, message: /`spec\.projekt`.*Did you mean `spec\.project`/ });
    expectFinding(r.findings, { ruleId: 'app.unknown-field', severity: 'warning', file: APP_FILE, line: 19, column: 1, message: /`bogus` is not a field[^?]*$/ });
    // Free-form values (valuesObject), metadata, status and operation are not checked.
    expect(withRule(r.findings, 'app.unknown-field')).toHaveLength(3);
    expect(errors(r.findings)).toEqual([]);
    const free = app({ name: 'cart', path: CHART }).replace('  name: cart\n', '  name: cart\n  uid: x\n  labels: {a: b}\n') + 'status:\n  sync: {status: Synced}\n  whatever: 1\noperation:\n  sync: {}\n';
    expect(brief((await validateTree(withApp(free))).findings)).toEqual([]);
  });

  test('app.unknown-field: a document with many unknown keys gets a bounded number of findings', async () => {
    const keys = Array.from({ length: 200 }, (_, i) => `  x${i}: 1`).join('\n');
    const r = await validateTree(withApp(app({ name: 'cart', path: CHART }).replace('spec:\n', `spec:\n${keys}\n`)));
    expect(withRule(r.findings, 'app.unknown-field')).toHaveLength(25);
  });

  test('app.schema: a null optional field is pruned as the API server does; a null required field is "required"', async () => {
    const ok = app({ name: 'cart', path: CHART }).replace('    namespace: shop\n', '    namespace: null\n');
    expect(brief((await validateTree(withApp(ok))).findings)).toEqual([]);
    const req = app({ name: 'cart', path: CHART }).replace('  project: default\n', '  project: ~\n');
    const r = await validateTree(withApp(req));
    // Written, but null: at its own key.
    expectFinding(r.findings, { ruleId: 'app.schema', severity: 'error', file: APP_FILE, line: 7, column: 3, message: /spec\.project.*required/ });
  });

  test('app.schema: an argoproj.io kind in the wrong case, and an apiVersion Argo CD does not serve, at the value', async () => {
    const kind = await validateTree(withApp(app({ name: 'cart', path: CHART }).replace('kind: Application', 'kind: application')));
    expectFinding(kind.findings, { ruleId: 'app.schema', severity: 'error', file: APP_FILE, line: 2, column: 7, message: /did you mean `Application`/ });
    const ver = await validateTree(withApp(app({ name: 'cart', path: CHART }).replace('argoproj.io/v1alpha1', 'argoproj.io/v1')));
    expectFinding(ver.findings, { ruleId: 'app.schema', severity: 'error', file: APP_FILE, line: 1, column: 13, message: /argoproj\.io\/v1alpha1/ });
  });

  test('app.schema: object metadata the API server refuses (name, namespace, finalizers), and a destination namespace that is no namespace name', async () => {
    const bad = app({ name: 'Cart_Prod', path: CHART, namespace: 'Shop_NS' })
      .replace('  namespace: argocd\n', '  namespace: no\n  finalizers: resources-finalizer.argocd.argoproj.io\n');
    const r = await validateTree(withApp(bad));
    expectFinding(r.findings, { ruleId: 'app.schema', severity: 'error', file: APP_FILE, line: 4, column: 9, message: /not a Kubernetes object name/ });
    expectFinding(r.findings, { ruleId: 'app.schema', severity: 'error', file: APP_FILE, line: 5, column: 14, message: /metadata\.namespace` must be a string/ });
    expectFinding(r.findings, { ruleId: 'app.schema', severity: 'error', file: APP_FILE, line: 6, column: 15, message: /finalizers` must be a list/ });
    expectFinding(r.findings, { ruleId: 'app.schema', severity: 'error', file: APP_FILE, line: 15, column: 16, message: /destination\.namespace` 'Shop_NS'/ });
  });

  test('yaml.syntax: helm.values that Helm could not read, at the values key', async () => {
    const text = app({ name: 'cart', path: CHART }).replace('    targetRevision: main\n', '    targetRevision: main\n    helm:\n      values: |\n        image: [oops\n');
    const r = await validateTree(withApp(text));
    expectFinding(r.findings, { ruleId: 'yaml.syntax', severity: 'error', file: APP_FILE, line: 13, column: 15, message: /helm\.values` is not valid YAML/ });
  });

  test('a path of the wrong type is one schema error, not also "has no path"', async () => {
    const r = await validateTree(withApp(app({ name: 'cart', path: '{a: 1}' })));
    expect(withRule(r.findings, 'app.schema')).toHaveLength(1);
    expect(withRule(r.findings, 'source.path-missing')).toEqual([]);
  });

  test('app.name-missing: metadata without name (at `metadata:`), and an empty name at its key', async () => {
    const noName = app({ name: 'cart', path: CHART }).replace('  name: cart\n', '');
    const r1 = await validateTree(withApp(noName));
    expectFinding(r1.findings, { ruleId: 'app.name-missing', severity: 'error', file: APP_FILE, line: 3, column: 1 });
    const empty = app({ name: '""', path: CHART });
    const r2 = await validateTree(withApp(empty));
    expectFinding(r2.findings, { ruleId: 'app.name-missing', severity: 'error', file: APP_FILE, line: 4, column: 3 });
  });

  test('app.schema: a metadata.name that is not a string is a type error at the value, not "no name"', async () => {
    for (const bad of ['[cart]', '5', '{a: b}']) {
      const r = await validateTree(withApp(app({ name: bad, path: CHART })));
      expectFinding(r.findings, { ruleId: 'app.schema', severity: 'error', file: APP_FILE, line: 4, column: 9, message: /`metadata.name` must be a string/ });
      expect(withRule(r.findings, 'app.name-missing')).toEqual([]);
    }
  });

  test('summary.applications counts every Application document, one without spec or without metadata too', async () => {
    const noSpec = 'apiVersion: argoproj.io/v1alpha1\nkind: Application\nmetadata:\n  name: a\n';
    const noMeta = 'apiVersion: argoproj.io/v1alpha1\nkind: Application\nspec:\n  project: default\n';
    const r = await validateTree({ ...goodRepo(), 'argo-apps/argo-apps-prod/a-application.yaml': `${noSpec}---\n${noMeta}` });
    expect(r.summary.applications).toBe(3);
    expect(withRule(r.findings, 'app.source-missing')).toHaveLength(1); // the one with a spec but no source; the other's missing spec is the schema's
    expect(withRule(r.findings, 'app.schema').some((f) => f.line === 1 && /`spec` is required/.test(f.message))).toBe(true);
  });

  test('app.source-missing negative: a source hydrator (Argo CD 3.x drySource/syncSource) is the source', async () => {
    const text = app({ name: 'cart', path: CHART }).replace(/  source:\n(    .*\n){3}/, `  sourceHydrator:\n    drySource:\n      repoURL: ${REPO_URL}\n      path: ${CHART}\n      targetRevision: main\n    syncSource:\n      targetBranch: environments/prod\n      path: prod/cart\n`);
    const r = await validateTree(withApp(text));
    expect(brief(r.findings)).toEqual([]); // no error, and its chart is no orphan
    // Its dry source is checked like a source.
    const r2 = await validateTree(withApp(text.replace(`      path: ${CHART}\n`, '      path: gitops/nope\n')));
    expectFinding(r2.findings, { ruleId: 'source.path-missing', severity: 'error', file: APP_FILE, line: 11, column: 13 });
  });

  test('app.destination-missing: destination with only a namespace, at the destination key', async () => {
    const text = app({ name: 'cart', path: CHART }).replace('    server: https://kubernetes.default.svc\n', '');
    const r = await validateTree(withApp(text));
    expectFinding(r.findings, { ruleId: 'app.destination-missing', severity: 'error', file: APP_FILE, line: 12, column: 3 });
  });

  test('app.destination-missing: an empty destination mapping', async () => {
    const text = app({ name: 'cart', path: CHART }).replace(/  destination:\n[\s\S]*$/, '  destination: {}\n');
    const r = await validateTree(withApp(text));
    expectFinding(r.findings, { ruleId: 'app.destination-missing', severity: 'error', file: APP_FILE, line: 12, column: 3 });
  });

  test('app.destination-ambiguous: server and name, at the name key', async () => {
    const text = app({ name: 'cart', path: CHART }) + '    name: in-cluster\n';
    const r = await validateTree(withApp(text));
    expectFinding(r.findings, { ruleId: 'app.destination-ambiguous', severity: 'error', file: APP_FILE, line: 15, column: 5 });
  });

  test('app.source-missing: neither source nor sources, at the spec key', async () => {
    const text = app({ name: 'cart', path: CHART }).replace(/  source:\n(    .*\n){3}/, '');
    const r = await validateTree(withApp(text));
    expectFinding(r.findings, { ruleId: 'app.source-missing', severity: 'error', file: APP_FILE, line: 6, column: 1 });
  });

  test('app.source-missing: an empty sources list, or a null source, at that key', async () => {
    const text = app({ name: 'cart', path: CHART }).replace(/  source:\n(    .*\n){3}/, '  sources: []\n');
    const r = await validateTree(withApp(text));
    expectFinding(r.findings, { ruleId: 'app.source-missing', severity: 'error', file: APP_FILE, line: 8, column: 3 });
    const nul = app({ name: 'cart', path: CHART }).replace(/  source:\n(    .*\n){3}/, '  source: ~\n');
    const r2 = await validateTree(withApp(nul));
    expectFinding(r2.findings, { ruleId: 'app.source-missing', severity: 'error', file: APP_FILE, line: 8, column: 3 });
  });

  test('app.source-and-sources: warning at the source key', async () => {
    const text = app({ name: 'cart', path: CHART }) + ['  sources:', `    - repoURL: ${REPO_URL}`, `      path: ${CHART}`, '      targetRevision: main', ''].join('\n');
    const r = await validateTree(withApp(text));
    expectFinding(r.findings, { ruleId: 'app.source-and-sources', severity: 'warning', file: APP_FILE, line: 8, column: 3 });
    expect(errors(r.findings)).toEqual([]);
  });

  test('app.duplicate-name: the second file is flagged at its name value', async () => {
    const tree = goodRepo([['prod', 'cart'], ['staging', 'cart']]);
    tree['argo-apps/argo-apps-prod/cart-application.yaml'] = app({ name: 'cart', path: 'gitops/shop/prod/cart' });
    tree['argo-apps/argo-apps-staging/cart-application.yaml'] = app({ name: 'cart', path: 'gitops/shop/staging/cart' });
    const r = await validateTree(tree);
    expect(withRule(r.findings, 'app.duplicate-name')).toHaveLength(1);
    expectFinding(r.findings, { ruleId: 'app.duplicate-name', severity: 'error', file: 'argo-apps/argo-apps-staging/cart-application.yaml', line: 4, column: 9, message: /argo-apps-prod\/cart-application\.yaml:4/ });
  });

  test('app.duplicate-name negative: service-cluster names are distinct', async () => {
    const tree = goodRepo([['prod', 'cart'], ['staging', 'cart']]);
    tree['argo-apps/argo-apps-prod/cart-application.yaml'] = app({ name: 'cart-prod', path: 'gitops/shop/prod/cart' });
    tree['argo-apps/argo-apps-staging/cart-application.yaml'] = app({ name: 'cart-staging', path: 'gitops/shop/staging/cart' });
    const r = await validateTree(tree);
    expect(brief(r.findings)).toEqual([]);
  });

  test('app.duplicate-target: two Applications deploy the same chart to the same place', async () => {
    const text = `${app({ name: 'cart', path: CHART })}---\n${app({ name: 'cart-prod', path: CHART })}`;
    const r = await validateTree(withApp(text));
    // Second document: `---` is line 15, so its path line is 15 + 10.
    expectFinding(r.findings, { ruleId: 'app.duplicate-target', severity: 'error', file: APP_FILE, line: 25, column: 11 });
    expect(withRule(r.findings, 'app.duplicate-target')).toHaveLength(1);
  });

  test('app.duplicate-target: `name: in-cluster` and `server: https://kubernetes.default.svc/` are the same cluster', async () => {
    const second = app({ name: 'cart-prod', path: CHART, server: 'https://kubernetes.default.svc/' });
    const text = `${app({ name: 'cart', path: CHART }).replace('    server: https://kubernetes.default.svc\n', '    name: in-cluster\n')}---\n${second}`;
    const r = await validateTree(withApp(text));
    expectFinding(r.findings, { ruleId: 'app.duplicate-target', severity: 'error', file: APP_FILE, line: 25, column: 11 });
  });

  test('app.duplicate-target negative: same chart, different namespace', async () => {
    const text = `${app({ name: 'cart', path: CHART })}---\n${app({ name: 'cart-prod', path: CHART, namespace: 'shop-2' })}`;
    const r = await validateTree(withApp(text));
    expect(brief(r.findings)).toEqual([]);
  });
});

describe('layout.* rules', () => {
  test('layout.app-location: an Application directly under argo-apps/', async () => {
    const tree = { ...goodRepo() };
    delete tree[APP_FILE];
    tree['argo-apps/cart.yaml'] = app({ name: 'cart', path: CHART });
    const r = await validateTree(tree);
    expectFinding(r.findings, { ruleId: 'layout.app-location', severity: 'error', file: 'argo-apps/cart.yaml', line: 1, column: 1 });
  });

  test('layout.app-location: a file without the -application suffix', async () => {
    const tree = { ...goodRepo() };
    delete tree[APP_FILE];
    tree['argo-apps/argo-apps-prod/cart.yaml'] = app({ name: 'cart', path: CHART });
    const r = await validateTree(tree);
    expectFinding(r.findings, { ruleId: 'layout.app-location', severity: 'error', file: 'argo-apps/argo-apps-prod/cart.yaml', line: 1, column: 1 });
  });

  test('layout.app-location names the layout from the apps dir: with apps-dir `.`, no leading slash', async () => {
    const tree = { ...goodRepo() };
    delete tree[APP_FILE];
    tree['cart.yaml'] = app({ name: 'cart', path: CHART });
    const r = await validateTree(tree, { appsDir: '.' });
    expect(withRule(r.findings, 'layout.app-location').map((f) => f.message)).toEqual(['cart.yaml is not at `argo-apps-<cluster>/<service>-application.yaml`, so its cluster and service are unknown.']);
    delete tree['cart.yaml'];
    const nested = await validateTree({ ...tree, 'argo-apps/cart.yaml': app({ name: 'cart', path: CHART }) });
    expect(withRule(nested.findings, 'layout.app-location').map((f) => f.message)).toEqual(['argo-apps/cart.yaml is not at `argo-apps/argo-apps-<cluster>/<service>-application.yaml`, so its cluster and service are unknown.']);
  });

  test('layout.name-mismatch: warning at the name value; service, service-cluster and cluster-service pass', async () => {
    const r = await validateTree(withApp(app({ name: 'basket', path: CHART })));
    expectFinding(r.findings, { ruleId: 'layout.name-mismatch', severity: 'warning', file: APP_FILE, line: 4, column: 9 });
    for (const ok of ['cart', 'cart-prod', 'prod-cart']) {
      const r2 = await validateTree(withApp(app({ name: ok, path: CHART })));
      expect(brief(r2.findings)).toEqual([]);
    }
  });

  test('layout.chart-path: the chart of another cluster, at the path value', async () => {
    const tree = { ...goodRepo([['prod', 'cart'], ['staging', 'cart']]) };
    tree[APP_FILE] = app({ name: 'cart-prod', path: 'gitops/shop/staging/cart' });
    tree['argo-apps/argo-apps-staging/cart-application.yaml'] = app({ name: 'cart-staging', path: 'gitops/shop/staging/cart', namespace: 'other' });
    const r = await validateTree(tree);
    expectFinding(r.findings, { ruleId: 'layout.chart-path', severity: 'error', file: APP_FILE, line: 10, column: 11, message: /cluster 'staging'/ });
  });

  test('layout.chart-path: the chart of another service', async () => {
    const tree = { ...goodRepo([['prod', 'cart'], ['prod', 'checkout']]) };
    tree[APP_FILE] = app({ name: 'cart', path: 'gitops/shop/prod/checkout', namespace: 'x' });
    const r = await validateTree(tree);
    expectFinding(r.findings, { ruleId: 'layout.chart-path', severity: 'error', file: APP_FILE, line: 10, column: 11, message: /service 'checkout'/ });
  });

  test('layout.chart-path: a path too shallow for gitops/<application>/<cluster>/<service>', async () => {
    const tree: Tree = { ...chart('gitops/cart', 'cart'), [APP_FILE]: app({ name: 'cart', path: 'gitops/cart' }) };
    const r = await validateTree(tree);
    expectFinding(r.findings, { ruleId: 'layout.chart-path', severity: 'error', file: APP_FILE, line: 10, column: 11 });
  });

  test('layout.chart-path: a chart below the service directory; a kustomize overlay there is fine', async () => {
    const deep = `${CHART}/deep/er`;
    const r = await validateTree({ ...goodRepo(), ...chart(deep, 'cart'), [APP_FILE]: app({ name: 'cart', path: deep }) });
    expectFinding(r.findings, { ruleId: 'layout.chart-path', severity: 'error', file: APP_FILE, line: 10, column: 11, message: /below the service directory gitops\/shop\/prod\/cart/ });
    const overlay = `${CHART}/overlays/prod`;
    const k = await validateTree({ ...goodRepo(), [`${overlay}/kustomization.yaml`]: 'resources: [../../templates/deployment.yaml]\n', [APP_FILE]: app({ name: 'cart', path: overlay }) });
    expect(withRule(k.findings, 'layout.chart-path')).toEqual([]);
  });
});

describe('source.* rules', () => {
  test('source.path-escape: .. and absolute paths, at the path value', async () => {
    // With Argo CD's own error for each (util/io/path.Path): an absolute path is not a climb.
    const said: Record<string, RegExp> = { '../outside': /"app path outside root"/, '/etc': /is absolute, and Argo CD's repo server refuses it \("app path is absolute"\)/, 'gitops/../../x': /"app path outside root"/ };
    for (const [p, message] of Object.entries(said)) {
      const r = await validateTree(withApp(app({ name: 'cart', path: p })));
      expectFinding(r.findings, { ruleId: 'source.path-escape', severity: 'error', file: APP_FILE, line: 10, column: 11, message });
    }
  });

  test('source.path-escape: a value file climbing out of the repo', async () => {
    const text = app({ name: 'cart', path: CHART }).replace('    targetRevision: main\n', '    targetRevision: main\n    helm:\n      valueFiles:\n        - ../../../../../secret.yaml\n');
    const r = await validateTree(withApp(text));
    expectFinding(r.findings, { ruleId: 'source.path-escape', severity: 'error', file: APP_FILE, line: 14, column: 11 });
  });

  test('source.path-missing: a chart path that is not there', async () => {
    const r = await validateTree(withApp(app({ name: 'cart', path: 'gitops/shop/prod/cart/nothere' })));
    expectFinding(r.findings, { ruleId: 'source.path-missing', severity: 'error', file: APP_FILE, line: 10, column: 11, message: /does not exist/ });
  });

  test('source.path-missing: a path outside the walked directories that is not there', async () => {
    const r = await validateTree(withApp(app({ name: 'cart', path: 'manifests/cart' })));
    expectFinding(r.findings, { ruleId: 'source.path-missing', severity: 'error', file: APP_FILE, line: 10, column: 11 });
  });

  test('source.path-missing: a path with backslashes (a literal character for Argo CD on Linux), even where `/` would resolve', async () => {
    const r = await validateTree(withApp(app({ name: 'cart', path: 'gitops\\shop\\prod\\cart' })));
    expectFinding(r.findings, { ruleId: 'source.path-missing', severity: 'error', file: APP_FILE, line: 10, column: 11, message: /backslash/ });
  });

  test('source.path-missing: an Application in a .json file (the root App-of-Apps applies JSON too), at the path value', async () => {
    const json = JSON.stringify({ apiVersion: 'argoproj.io/v1alpha1', kind: 'Application', metadata: { name: 'cart', namespace: 'argocd' }, spec: { project: 'default', source: { repoURL: REPO_URL, path: 'gitops/shop/prod/missing', targetRevision: 'main' }, destination: { server: 'https://kubernetes.default.svc', namespace: 'shop' } } }, null, 2);
    const tree = goodRepo();
    delete tree[APP_FILE];
    tree['argo-apps/argo-apps-prod/cart-application.json'] = json;
    const r = await validateTree(tree);
    expectFinding(r.findings, { ruleId: 'source.path-missing', severity: 'error', file: 'argo-apps/argo-apps-prod/cart-application.json', line: 12, column: 15 });
    expect(r.summary.applications).toBe(1);
  });

  test('yaml.syntax: a .json Application that only YAML reads (Argo CD decodes .json with a JSON decoder and fails the sync), at the first character that is not JSON', async () => {
    const good = JSON.stringify({ apiVersion: 'argoproj.io/v1alpha1', kind: 'Application', metadata: { name: 'cart', namespace: 'argocd' }, spec: { project: 'default', source: { repoURL: REPO_URL, path: CHART, targetRevision: 'main' }, destination: { server: 'https://kubernetes.default.svc', namespace: 'shop' } } }, null, 2);
    const JSON_FILE = 'argo-apps/argo-apps-prod/cart-application.json';
    // Each variant parses as YAML to the very same Application; [text, line, column, message].
    const cases: [string, number, number, RegExp][] = [
      [good.replace('"namespace": "argocd"', '"namespace": "argocd",'), 7, 3, /a comma before `}`: JSON allows no trailing comma/],
      [good.replace('"spec": {', '# the spec\n  "spec": {'), 8, 3, /a comment: JSON has none/],
      [good.replace('"project": "default"', '"project": \'default\''), 9, 16, /expected a value, found `'` \(JSON strings take double quotes\)/],
      [good.replace('"kind":', 'kind:'), 3, 3, /expected a double-quoted key, found `k`/],
      [`${good}\n---\n${good}`, 21, 1, /more than one JSON value.*Found multiple objects/],
      ['  \n', 2, 1, /holds no JSON value/],
    ];
    for (const [text, line, column, message] of cases) {
      const tree = goodRepo();
      delete tree[APP_FILE];
      tree[JSON_FILE] = text;
      const r = await validateTree(tree);
      const f = expectFinding(r.findings, { ruleId: 'yaml.syntax', severity: 'error', file: JSON_FILE, line, column, message });
      expect(f.message).toMatch(/is not valid JSON: .*Argo CD decodes a `\.json` file as JSON, not YAML/);
      expect(f.hint).toMatch(/Fix the JSON/);
      // The one finding: the file is not read further, and its chart is not called an orphan on top.
      expect(brief(r.findings)).toHaveLength(1);
    }
    // Strict JSON passes, however it is laid out (tabs, no newline at the end, escapes, numbers); so does the same text in a .yaml file.
    const spaced = good.replace(/\n {2}/g, '\n\t').replace('"main"', '"m\\u0061in"').replace('"namespace": "argocd"', '"namespace": "argocd", "labels": {"n": "1e3"}, "annotations": {"x": "-0.5e+2"}');
    for (const [name, text] of [[JSON_FILE, spaced], [JSON_FILE, `${good}\n`], [APP_FILE, good.replace('"namespace": "argocd"', '"namespace": "argocd",')]]) {
      const tree = goodRepo();
      delete tree[APP_FILE];
      tree[name] = text;
      const r = await validateTree(tree);
      expect(brief(r.findings)).toEqual([]);
    }
  });

  test('source.path-missing: a git source with neither path, chart nor ref, at the source key', async () => {
    const text = app({ name: 'cart', path: CHART }).replace(`    path: ${CHART}\n`, '');
    const r = await validateTree(withApp(text));
    expectFinding(r.findings, { ruleId: 'source.path-missing', severity: 'error', file: APP_FILE, line: 8, column: 3 });
  });

  test('source.value-file-missing: at the list item; ignoreMissingValueFiles silences it', async () => {
    const helm = '    helm:\n      valueFiles:\n        - values.yaml\n        - values-prod.yaml\n';
    const text = app({ name: 'cart', path: CHART }).replace('    targetRevision: main\n', `    targetRevision: main\n${helm}`);
    const r = await validateTree(withApp(text));
    expectFinding(r.findings, { ruleId: 'source.value-file-missing', severity: 'error', file: APP_FILE, line: 15, column: 11, message: /values-prod\.yaml/ });
    expect(withRule(r.findings, 'source.value-file-missing')).toHaveLength(1); // values.yaml exists
    const quiet = text.replace('    helm:\n', '    helm:\n      ignoreMissingValueFiles: true\n');
    const r2 = await validateTree(withApp(quiet));
    expect(brief(r2.findings)).toEqual([]);
  });

  test('source.file-parameter-missing: a helm.fileParameters path that is not a file, at the path value (ignoreMissingValueFiles does not apply); existing ones, relative and absolute, are fine', async () => {
    // Line 12 `helm:`, 13 `ignoreMissingValueFiles`, 15 first `- name:`, 16 its path, 18 the second path, 20 the third.
    const helm = `    helm:\n      ignoreMissingValueFiles: true\n      fileParameters:\n        - name: config\n          path: files/config.json\n        - name: ok\n          path: files/present.json\n        - name: abs\n          path: /${CHART}/files/present.json\n`;
    const text = app({ name: 'cart', path: CHART }).replace('    targetRevision: main\n', `    targetRevision: main\n${helm}`);
    const r = await validateTree(withApp(text, { [`${CHART}/files/present.json`]: '{}\n' }));
    expectFinding(r.findings, { ruleId: 'source.file-parameter-missing', severity: 'error', file: APP_FILE, line: 16, column: 17, message: /'config' path 'files\/config\.json' \(gitops\/shop\/prod\/cart\/files\/config\.json\) does not exist: .*--set-file/ });
    expect(brief(r.findings)).toHaveLength(1);
    // `$<ref>/...` resolves into the ref's source (this repository), as for value files.
    const multi = ['apiVersion: argoproj.io/v1alpha1', 'kind: Application', 'metadata:', '  name: cart', 'spec:', '  project: default', '  sources:', `    - repoURL: ${REPO_URL}`, `      path: ${CHART}`, '      targetRevision: main', '      helm:', '        fileParameters:', '          - name: a', '            path: $cfg/files/a.txt', `    - repoURL: ${REPO_URL}`, '      targetRevision: main', '      ref: cfg', '  destination:', '    server: https://kubernetes.default.svc', '    namespace: shop', ''].join('\n');
    const m = await validateTree(withApp(multi));
    expectFinding(m.findings, { ruleId: 'source.file-parameter-missing', severity: 'error', file: APP_FILE, line: 14, column: 19, message: /\(files\/a\.txt\) does not exist/ });
    expect(brief((await validateTree(withApp(multi, { 'files/a.txt': 'x\n' }))).findings)).toEqual([]);
  });

  test('chart.values and yaml.syntax: a listed value file must parse and be a mapping (helm template -f refuses it otherwise); reported once, in the value file', async () => {
    const helm = '    helm:\n      valueFiles:\n        - values.yaml\n        - values-bad.yaml\n        - values-list.yaml\n        - /envs/prod.yaml\n';
    const text = app({ name: 'cart', path: CHART }).replace('    targetRevision: main\n', `    targetRevision: main\n${helm}`);
    const second = text.replace('name: cart', 'name: cart-again').replace('namespace: shop', 'namespace: shop2');
    const r = await validateTree({ ...withApp(text), 'argo-apps/argo-apps-prod/cart-again-application.yaml': second, [`${CHART}/values-bad.yaml`]: 'a: [\n', [`${CHART}/values-list.yaml`]: '- a\n', 'envs/prod.yaml': 'replicaCount: 3\n' });
    expect(withRule(r.findings, 'yaml.syntax').map((f) => f.file)).toEqual([`${CHART}/values-bad.yaml`]);
    expect(withRule(r.findings, 'chart.values').map((f) => [f.file, f.line, f.column])).toEqual([[`${CHART}/values-list.yaml`, 1, 1]]);
    expect(withRule(r.findings, 'source.value-file-missing')).toEqual([]);
    // A directory where a value file is listed says so.
    const dirText = app({ name: 'cart', path: CHART }).replace('    targetRevision: main\n', '    targetRevision: main\n    helm:\n      valueFiles:\n        - templates\n');
    const d = await validateTree(withApp(dirText));
    expectFinding(d.findings, { ruleId: 'source.value-file-missing', severity: 'error', file: APP_FILE, line: 14, column: 11, message: /is a directory, not a file/ });
  });

  test('source.value-file-missing: an absolute value file is resolved against the repository root (as Argo CD does)', async () => {
    const helm = (vf: string) => app({ name: 'cart', path: CHART }).replace('    targetRevision: main\n', `    targetRevision: main\n    helm:\n      valueFiles:\n        - ${vf}\n`);
    expect(brief((await validateTree(withApp(helm(`/${CHART}/values.yaml`)))).findings)).toEqual([]);
    const r = await validateTree(withApp(helm('/environments/prod.yaml')));
    expectFinding(r.findings, { ruleId: 'source.value-file-missing', severity: 'error', file: APP_FILE, line: 14, column: 11, message: /\(environments\/prod\.yaml\)/ });
  });

  test('source.value-file-missing: a Helm-repo chart with a $ref into the platform repo is checked once the repo is inferred; a ref into another repo is not', async () => {
    const helmRepoApp = (refRepo: string) =>
      [
        'apiVersion: argoproj.io/v1alpha1', 'kind: Application', 'metadata:', '  name: redis', 'spec:', '  project: default', '  sources:',
        '    - repoURL: https://charts.bitnami.com/bitnami', '      chart: redis', '      targetRevision: 19.0.0', '      helm:', '        valueFiles:', '          - $values/env/prod/redis.yaml',
        `    - repoURL: ${refRepo}`, '      targetRevision: HEAD', '      ref: values',
        '  destination:', '    server: https://kubernetes.default.svc', '    namespace: redis', '',
      ].join('\n');
    // Without --repo-url the platform repo is the URL the other Applications use (REPO_URL).
    const tree = (refRepo: string): Tree => ({ ...goodRepo(), 'argo-apps/argo-apps-prod/redis-application.yaml': helmRepoApp(refRepo) });
    const other = await validateTree(tree('https://github.com/other/config.git'));
    expect(brief(other.findings)).toEqual([]);
    const mine = await validateTree(tree(REPO_URL.replace('https://github.com/', 'git@github.com:')));
    expectFinding(mine.findings, { ruleId: 'source.value-file-missing', severity: 'error', file: 'argo-apps/argo-apps-prod/redis-application.yaml', line: 13, column: 13 });
  });

  test('source.value-file-missing: a $ref value file that is not in the repo', async () => {
    const text = [
      'apiVersion: argoproj.io/v1alpha1',
      'kind: Application',
      'metadata:',
      '  name: cart',
      'spec:',
      '  project: default',
      '  sources:',
      `    - repoURL: ${REPO_URL}`,
      `      path: ${CHART}`,
      '      targetRevision: main',
      '      helm:',
      '        valueFiles:',
      '          - $values/env/prod/cart.yaml',
      `    - repoURL: ${REPO_URL}`,
      '      targetRevision: main',
      '      ref: values',
      '  destination:',
      '    server: https://kubernetes.default.svc',
      '    namespace: shop',
      '',
    ].join('\n');
    const r = await validateTree(withApp(text));
    expectFinding(r.findings, { ruleId: 'source.value-file-missing', severity: 'error', file: APP_FILE, line: 13, column: 13 });
    const r2 = await validateTree(withApp(text, { 'env/prod/cart.yaml': 'replicaCount: 2\n' }));
    expect(brief(r2.findings)).toEqual([]);
  });

  test('source.value-file-missing: a Helm-repository chart whose $values file is not in the repo', async () => {
    const text = [
      'apiVersion: argoproj.io/v1alpha1',
      'kind: Application',
      'metadata:',
      '  name: cart',
      'spec:',
      '  project: default',
      '  sources:',
      '    - repoURL: https://charts.bitnami.com/bitnami',
      '      chart: redis',
      '      targetRevision: 19.0.1',
      '      helm:',
      '        valueFiles:',
      '          - $values/gitops/shop/prod/cart/values-missing.yaml',
      '          - $nope/x.yaml',
      `    - repoURL: ${REPO_URL}`,
      '      targetRevision: main',
      '      ref: values',
      '  destination:',
      '    server: https://kubernetes.default.svc',
      '    namespace: shop',
      '',
    ].join('\n');
    const r = await validateTree(withApp(text));
    expectFinding(r.findings, { ruleId: 'source.value-file-missing', severity: 'error', file: APP_FILE, line: 13, column: 13 });
    expectFinding(r.findings, { ruleId: 'source.ref-unknown', severity: 'error', file: APP_FILE, line: 14, column: 13 });
  });

  test('source.ref-unknown: $ref with no source declaring it', async () => {
    const text = app({ name: 'cart', path: CHART }).replace('    targetRevision: main\n', '    targetRevision: main\n    helm:\n      valueFiles:\n        - $vals/values.yaml\n');
    const r = await validateTree(withApp(text));
    expectFinding(r.findings, { ruleId: 'source.ref-unknown', severity: 'error', file: APP_FILE, line: 14, column: 11, message: /\$vals/ });
  });

  test('source.directory-empty: manifests there, but directory.include/exclude leave none (Argo CD syncs nothing), at the glob', async () => {
    const withDir = (dirBlock: string) => app({ name: 'cart', path: 'manifests/cart' }).replace('    targetRevision: main\n', `    targetRevision: main\n    directory:\n      recurse: true\n${dirBlock}`);
    const files: Tree = { 'manifests/cart/deploy.yaml': 'kind: Deployment\n', 'manifests/cart/sub/svc.yaml': 'kind: Service\n' };
    const none = await validateTree(withApp(withDir("      include: '*.json'\n"), files));
    expectFinding(none.findings, { ruleId: 'source.directory-empty', severity: 'warning', file: APP_FILE, line: 14, column: 16, message: /none is left after include '\*\.json'/ });
    const all = await validateTree(withApp(withDir("      exclude: '*.yaml'\n"), files));
    expectFinding(all.findings, { ruleId: 'source.directory-empty', severity: 'warning', file: APP_FILE, line: 14, column: 16, message: /exclude '\*\.yaml'/ });
    // `*` crosses `/` as in Argo CD, and {a,b} lists: these keep something.
    for (const block of ["      include: '*.yaml'\n", "      include: '{deploy.yaml,x.json}'\n", "      exclude: 'sub/*'\n"]) {
      expect(withRule((await validateTree(withApp(withDir(block), files))).findings, 'source.directory-empty')).toEqual([]);
    }
  });

  test('source.directory-empty: include/exclude are gobwas globs, as Argo CD matches them (`**/` needs a `/`, `./` and a leading `!` are literal)', async () => {
    const withDir = (dirBlock: string) => app({ name: 'cart', path: 'manifests/cart' }).replace('    targetRevision: main\n', `    targetRevision: main\n    directory:\n      recurse: true\n${dirBlock}`);
    const files: Tree = { 'manifests/cart/cm.yaml': 'kind: ConfigMap\n' };
    for (const include of ['**/*.yaml', './*.yaml', '!x.yaml']) {
      const r = await validateTree(withApp(withDir(`      include: '${include}'\n`), files));
      expectFinding(r.findings, { ruleId: 'source.directory-empty', severity: 'warning', file: APP_FILE, line: 14, column: 16 });
    }
    // Excluding `**/*.yaml` leaves the top-level cm.yaml in: Argo CD syncs it.
    expect(withRule((await validateTree(withApp(withDir("      exclude: '**/*.yaml'\n"), files))).findings, 'source.directory-empty')).toEqual([]);
    // gobwas's slip, as Argo CD has it: `{cm*,deploy}.yaml` keeps no cm-1.yaml (`{deploy,cm*}.yaml` does).
    const cm1: Tree = { 'manifests/cart/cm-1.yaml': 'kind: ConfigMap\n' };
    expectFinding((await validateTree(withApp(withDir("      include: '{cm*,deploy}.yaml'\n"), cm1))).findings, { ruleId: 'source.directory-empty', severity: 'warning', file: APP_FILE, line: 14, column: 16 });
    expect(withRule((await validateTree(withApp(withDir("      include: '{deploy,cm*}.yaml'\n"), cm1))).findings, 'source.directory-empty')).toEqual([]);
  });

  test('source.directory-empty: a directory holding only `CM.YAML`/`x.Json` has no manifest (Argo CD matches extensions case-sensitively)', async () => {
    const text = app({ name: 'cart', path: 'manifests/cart' });
    for (const name of ['CM.YAML', 'x.Json', 'y.YML', 'z.JSONNET']) {
      const r = await validateTree(withApp(text, { [`manifests/cart/${name}`]: 'kind: ConfigMap\n' }));
      expectFinding(r.findings, { ruleId: 'source.directory-empty', severity: 'warning', file: APP_FILE, line: 10, column: 11 });
    }
    for (const name of ['cm.yaml', 'x.json', 'y.yml', 'z.jsonnet']) {
      const r = await validateTree(withApp(text, { [`manifests/cart/${name}`]: 'kind: ConfigMap\n' }));
      expect(withRule(r.findings, 'source.directory-empty')).toEqual([]);
    }
  });

  test('source.directory-empty inside the walked charts dir: a manifest one level down counts only with recurse', async () => {
    const text = app({ name: 'cart', path: 'gitops/shop/prod/cart' }).replace('    targetRevision: main\n', '    targetRevision: main\n    directory:\n      recurse: false\n');
    const tree: Tree = { [APP_FILE]: text, 'gitops/shop/prod/cart/README.md': 'docs\n', 'gitops/shop/prod/cart/base/deploy.yaml': 'kind: Deployment\n' };
    const r = await validateTree(tree);
    expectFinding(r.findings, { ruleId: 'source.directory-empty', severity: 'warning', file: APP_FILE, line: 10, column: 11 });
    const r2 = await validateTree({ ...tree, [APP_FILE]: text.replace('recurse: false', 'recurse: true') });
    expect(r2.findings.filter((f) => f.ruleId === 'source.directory-empty' || f.ruleId === 'chart.missing')).toEqual([]);
  });

  test('source.kustomization-missing: a kustomize block on a directory without kustomization, at the kustomize key', async () => {
    const text = app({ name: 'cart', path: 'gitops/shop/prod/cart' }).replace('    targetRevision: main\n', '    targetRevision: main\n    kustomize:\n      namePrefix: a-\n');
    const tree: Tree = { [APP_FILE]: text, 'gitops/shop/prod/cart/deployment.yaml': 'kind: Deployment\n' };
    const r = await validateTree(tree);
    expectFinding(r.findings, { ruleId: 'source.kustomization-missing', severity: 'error', file: APP_FILE, line: 12, column: 5 });
  });

  test('source.directory-empty: a directory source without manifests (recurse off)', async () => {
    const text = app({ name: 'cart', path: 'manifests/cart' }).replace('    targetRevision: main\n', '    targetRevision: main\n    directory:\n      recurse: false\n');
    const tree: Tree = { [APP_FILE]: text, 'manifests/cart/README.md': 'docs\n', 'manifests/cart/sub/deploy.yaml': 'kind: Deployment\n' };
    const r = await validateTree(tree);
    expectFinding(r.findings, { ruleId: 'source.directory-empty', severity: 'warning', file: APP_FILE, line: 10, column: 11 });
    const r2 = await validateTree({ ...tree, [APP_FILE]: text.replace('recurse: false', 'recurse: true') });
    // No gitops/ in this tree: only that warning remains.
    expect(brief(r2.findings).map((f) => f.split(' ')[0])).toEqual(['repo.charts-dir-missing']);
  });

  test('source.repo-url: another repository, at the repoURL value; https and ssh of the platform repo both match', async () => {
    const r = await validateTree(withApp(app({ name: 'cart', path: CHART, repoURL: 'https://github.com/evil/fork.git' })), { repoUrl: REPO_URL });
    expectFinding(r.findings, { ruleId: 'source.repo-url', severity: 'error', file: APP_FILE, line: 9, column: 14 });
    for (const url of ['git@github.com:acme/platform.git', 'ssh://git@github.com/acme/platform', 'https://github.com/Acme/Platform']) {
      const ok = await validateTree(withApp(app({ name: 'cart', path: CHART, repoURL: url })), { repoUrl: REPO_URL });
      expect(brief(ok.findings)).toEqual([]);
    }
  });

  test('source.repo-url: an empty repoURL (the schema takes "") is an error at its value', async () => {
    const r = await validateTree(withApp(app({ name: 'cart', path: CHART, repoURL: '""' })));
    expectFinding(r.findings, { ruleId: 'source.repo-url', severity: 'error', file: APP_FILE, line: 9, column: 14, message: /repoURL` is empty/ });
  });

  test('source.repo-url: without --repo-url, a tie between two repositories is said as a tie', async () => {
    const other = 'https://github.com/acme/other.git';
    const tree: Tree = { ...goodRepo([['prod', 'cart'], ['staging', 'cart']]), 'argo-apps/argo-apps-staging/cart-application.yaml': app({ name: 'cart-staging', path: 'gitops/shop/staging/cart', repoURL: other }) };
    const r = await validateTree(tree);
    const f = withRule(r.findings, 'source.repo-url');
    expect(f).toHaveLength(1);
    expect(f[0].message).toMatch(/could not be inferred: .* each used by 1 of 2 sources/);
  });

  test('source.repo-url: without --repo-url the majority repository is taken', async () => {
    const tree = goodRepo([['prod', 'cart'], ['prod', 'checkout'], ['prod', 'catalog']]);
    tree['argo-apps/argo-apps-prod/catalog-application.yaml'] = app({ name: 'catalog', path: 'gitops/shop/prod/catalog', repoURL: 'git@gitlab.com:other/repo.git' });
    const r = await validateTree(tree);
    expectFinding(r.findings, { ruleId: 'source.repo-url', severity: 'error', file: 'argo-apps/argo-apps-prod/catalog-application.yaml', line: 9, column: 14, message: /inferred/ });
    expect(errors(r.findings)).toHaveLength(1);
  });

  test('source.target-revision: missing (at the source key) and empty (at the value)', async () => {
    const missing = app({ name: 'cart', path: CHART }).replace('    targetRevision: main\n', '');
    const r = await validateTree(withApp(missing));
    expectFinding(r.findings, { ruleId: 'source.target-revision', severity: 'error', file: APP_FILE, line: 8, column: 3 });
    const empty = app({ name: 'cart', path: CHART }).replace('targetRevision: main', 'targetRevision: ""');
    const r2 = await validateTree(withApp(empty));
    expectFinding(r2.findings, { ruleId: 'source.target-revision', severity: 'error', file: APP_FILE, line: 11, column: 21 });
  });

  test('source.target-revision: null (`targetRevision:`, `~`, `null`) is unset to Kubernetes, at the key', async () => {
    for (const nul of ['', ' ~', ' null']) {
      const r = await validateTree(withApp(app({ name: 'cart', path: CHART }).replace('targetRevision: main', `targetRevision:${nul}`)));
      expectFinding(r.findings, { ruleId: 'source.target-revision', severity: 'error', file: APP_FILE, line: 11, column: 5, message: /is null/ });
      expect(withRule(r.findings, 'app.schema')).toEqual([]);
    }
  });
});

describe('chart.* rules', () => {
  const CHART_FILE = `${CHART}/Chart.yaml`;
  const withChart = (chartYaml: string, extra: Tree = {}): Tree => ({ ...goodRepo(), [CHART_FILE]: chartYaml, ...extra });

  test('chart.missing: a helm source on a directory without Chart.yaml', async () => {
    const text = app({ name: 'cart', path: CHART }).replace('    targetRevision: main\n', '    targetRevision: main\n    helm:\n      releaseName: cart\n');
    const tree = withApp(text);
    delete tree[CHART_FILE];
    const r = await validateTree(tree);
    expectFinding(r.findings, { ruleId: 'chart.missing', severity: 'error', file: APP_FILE, line: 10, column: 11, message: /no Chart\.yaml/ });
  });

  test('chart.missing: a charts-dir path with nothing deployable in it', async () => {
    const tree: Tree = { [APP_FILE]: app({ name: 'cart', path: CHART }), [`${CHART}/README.md`]: 'nothing\n' };
    const r = await validateTree(tree);
    expectFinding(r.findings, { ruleId: 'chart.missing', severity: 'error', file: APP_FILE, line: 10, column: 11 });
  });

  test('chart.missing: a chart that lost its Chart.yaml (or spells it Chart.yml) but kept values.yaml: Argo CD reads a plain directory with no object in it and syncs nothing', async () => {
    // values.yaml and Chart.yml hold no `kind`: Argo CD's directory source skips them; templates/ is not read without recurse.
    const lost = goodRepo();
    delete lost[`${CHART}/Chart.yaml`];
    const r = await validateTree(lost);
    expectFinding(r.findings, { ruleId: 'chart.missing', severity: 'error', file: APP_FILE, line: 10, column: 11, message: /no Chart\.yaml, so Argo CD reads it as a plain directory.*\(values\.yaml\) is a Kubernetes object.*syncs nothing/ });
    expect(brief(r.findings)).toHaveLength(1);
    const renamed = goodRepo();
    renamed[`${CHART}/Chart.yml`] = renamed[`${CHART}/Chart.yaml`];
    delete renamed[`${CHART}/Chart.yaml`];
    const r2 = await validateTree(renamed);
    expectFinding(r2.findings, { ruleId: 'chart.missing', severity: 'error', file: APP_FILE, line: 10, column: 11, message: /it holds `Chart\.yml`, which Helm and Argo CD do not read.*\(Chart\.yml, values\.yaml\)/ });
    // With a helm block the finding was there already; it now names the misspelt file too.
    const helm = { ...renamed, [APP_FILE]: app({ name: 'cart', path: CHART }).replace('    targetRevision: main\n', '    targetRevision: main\n    helm:\n      releaseName: cart\n') };
    expectFinding((await validateTree(helm)).findings, { ruleId: 'chart.missing', severity: 'error', file: APP_FILE, line: 10, column: 11, message: /has a `helm` block but no Chart\.yaml \(it holds `Chart\.yml`/ });
    // A plain directory outside the charts dir with only such files: a warning, as any empty directory source.
    const plain = { ...goodRepo(), [APP_FILE]: app({ name: 'cart', path: 'manifests/cart' }), 'manifests/cart/values.yaml': 'replicaCount: 1\n', 'manifests/cart/notes.yml': '- a\n- b\n' };
    expectFinding((await validateTree(plain)).findings, { ruleId: 'source.directory-empty', severity: 'warning', file: APP_FILE, line: 10, column: 11, message: /holds YAML files \(notes\.yml, values\.yaml\), but none is a Kubernetes object/ });
    // What Argo CD does apply, or fails on, is no empty directory: an object in a later file or document, a JSON file, a broken manifest, a file that does not parse.
    const objects: Tree[] = [
      { 'manifests/cart/z.yaml': 'a: 1\n---\nkind: ConfigMap\n' },
      { 'manifests/cart/z.json': '{}' },
      { 'manifests/cart/z.yaml': 'apiVersion: v1\nkind: [ConfigMap]\nmetadata: {name: x}\n' },
      { 'manifests/cart/z.yaml': 'a: [1\n' },
    ];
    for (const extra of objects) {
      const rr = await validateTree({ ...plain, ...extra });
      expect([extra, withRule(rr.findings, 'source.directory-empty')]).toEqual([extra, []]);
    }
  });

  test('chart.kube-version: a kubeVersion Helm cannot parse (`and` is no operator) is an error at its value; one that parses, a number, or an empty one is not', async () => {
    const r = await validateTree({ ...goodRepo(), [`${CHART}/Chart.yaml`]: 'apiVersion: v2\nname: cart\nversion: 0.1.0\nkubeVersion: ">= 1.25 and < 2.0"\n' });
    expectFinding(r.findings, { ruleId: 'chart.kube-version', severity: 'error', file: `${CHART}/Chart.yaml`, line: 4, column: 14, message: /improper constraint/ });
    for (const ok of ['">= 1.25.0, < 2.0.0"', '">=1.25.0-0 || ~1.24"', '1.25', '""', '"1.20 - 1.30"']) {
      const fine = await validateTree({ ...goodRepo(), [`${CHART}/Chart.yaml`]: `apiVersion: v2\nname: cart\nversion: 0.1.0\nkubeVersion: ${ok}\n` });
      expect([ok, brief(fine.findings)]).toEqual([ok, []]);
    }
  });

  test('chart.metadata: fields Helm cannot decode into its chart.Metadata (helm template: "cannot unmarshal"), at the value or the key', async () => {
    const r = await validateTree(withChart('apiVersion: v2\nname: cart\ntype: application\nversion: 0.3.1\nkeywords: shop\nmaintainers: platform-team\n'));
    expectFinding(r.findings, { ruleId: 'chart.metadata', severity: 'error', file: CHART_FILE, line: 5, column: 11, message: /keywords is the string "shop", but Helm reads it as a list of strings.*cannot unmarshal string into Go struct field \.\.\. of type \[\]string/ });
    expectFinding(r.findings, { ruleId: 'chart.metadata', severity: 'error', file: CHART_FILE, line: 6, column: 14, message: /maintainers is the string "platform-team"/ });
    const d = await validateTree(withChart('apiVersion: v2\nname: cart\nversion: 0.3.1\ndeprecated: "false"\n'));
    expectFinding(d.findings, { ruleId: 'chart.metadata', severity: 'error', file: CHART_FILE, line: 4, column: 13, message: /deprecated is the string "false", but Helm reads it as a boolean/ });
    const m = await validateTree(withChart('apiVersion: v2\nname: cart\nversion: 0.3.1\ndependencies:\n  common:\n    version: 1.0.0\n'));
    expectFinding(m.findings, { ruleId: 'chart.metadata', severity: 'error', file: CHART_FILE, line: 4, column: 1, message: /dependencies is a mapping, but Helm reads it as a list of dependencies/ });
    const deep = await validateTree(withChart('apiVersion: v2\nname: cart\nversion: 0.3.1\nmaintainers:\n  - name: [a]\n  - null\nannotations:\n  a: [1]\nsources: {a: b}\ndependencies:\n  - name: x\n    repository: https://c.example.com\n    enabled: "true"\n    tags: x\n    alias: a b\n  - null\n  - y\n  - name: z\n    repository: https://c.example.com\n  - name: z\n    repository: https://c.example.com\n'));
    const got = withRule(deep.findings, 'chart.metadata').map((f) => `${f.line}:${f.column} ${f.message.split(' ').slice(0, 3).join(' ')}`);
    expect(got).toEqual([
      '5:5 maintainers[0].name is a',
      '6:5 maintainers[1] is empty:',
      '8:3 annotations.a is a',
      '9:1 sources is a',
      '13:14 dependencies[0].enabled is the',
      '14:11 dependencies[0].tags is the',
      '15:12 dependencies[0].alias "a b"',
      '16:5 dependencies[1] is empty:',
      '17:5 dependencies[2] is the',
      '20:11 a second dependency',
    ]);
    triggered.add('chart.metadata');
  });

  test('chart.metadata negative: what Helm takes (scalars for strings, null anywhere, YAML 1.1 booleans, unknown keys, a full Chart.yaml)', async () => {
    const text = 'apiVersion: v2\nname: cart\nversion: 0.3.1\ndescription: 12\nicon: true\nhome: null\nkeywords: [1, null, shop]\nmaintainers:\n  - name: 1\n  - {name: a, email: a@example.com, url: https://example.com, extra: [1]}\nannotations: {a: 1, b: null}\ndeprecated: on\nkubeVersion: ">=1.20.0-0"\nsources: null\nfoo: [bar]\ndependencies:\n  - name: x\n    version: 0.1\n    repository: https://c.example.com\n    enabled: no\n    tags: [a, 1]\n    import-values: [a, {child: b, parent: c}]\n    alias: x_1-b\n    condition: x.enabled\n';
    const r = await validateTree(withChart(text));
    expect(brief(r.findings)).toEqual([]);
  });

  test('chart.app-version: a number (1.10 is 1.1 to YAML) is a warning at the value (helm template renders it, helm lint fails)', async () => {
    const r = await validateTree(withChart('apiVersion: v2\nname: cart\nversion: 0.3.1\nappVersion: 1.10\n'));
    expectFinding(r.findings, { ruleId: 'chart.app-version', severity: 'warning', file: CHART_FILE, line: 4, column: 13, message: /appVersion 1\.10 is a number.*"1\.1".*Quote it \("1\.10"\)/ });
    expect(errors(r.findings)).toEqual([]);
    const q = await validateTree(withChart('apiVersion: v2\nname: cart\nversion: 0.3.1\nappVersion: "1.10"\n'));
    expect(brief(q.findings)).toEqual([]);
  });

  test('chart.dependency-missing: a dependency with no name (Helm: "missing in charts/ directory: "), at the list item', async () => {
    const r = await validateTree(withChart('apiVersion: v2\nname: cart\nversion: 0.3.1\ndependencies:\n  - version: 1.0.0\n    repository: https://charts.example.com\n'));
    expectFinding(r.findings, { ruleId: 'chart.dependency-missing', severity: 'error', file: CHART_FILE, line: 5, column: 5, message: /dependency 1 has no name/ });
  });

  test('chart.dependency-missing in requirements.yaml: a Helm 2 chart keeps its dependencies there, and Helm still fails when they are not vendored', async () => {
    const v1 = 'apiVersion: v1\nname: cart\nversion: 0.1.0\n';
    const r = await validateTree(withChart(v1, { [`${CHART}/requirements.yaml`]: 'dependencies:\n  - name: common\n    version: 0.1.0\n' }));
    expectFinding(r.findings, { ruleId: 'chart.dependency-missing', severity: 'error', file: `${CHART}/requirements.yaml`, line: 2, column: 5, message: /dependency 'common' has no repository and is not vendored/ });
    expectFinding(r.findings, { ruleId: 'chart.api-version-v1', severity: 'warning', file: CHART_FILE, line: 1, column: 13 });
    const typed = await validateTree(withChart(v1, { [`${CHART}/requirements.yaml`]: 'dependencies: common\n' }));
    expectFinding(typed.findings, { ruleId: 'chart.metadata', severity: 'error', file: `${CHART}/requirements.yaml`, line: 1, column: 15, message: /Helm cannot load requirements\.yaml/ });
    const vendored = await validateTree(withChart(v1, { [`${CHART}/requirements.yaml`]: 'dependencies:\n  - name: common\n    version: 0.1.0\n', ...chart(`${CHART}/charts/common`, 'common') }));
    expect(brief(vendored.findings).filter((f) => !f.startsWith('chart.api-version-v1'))).toEqual([]);
  });

  test('chart.api-version: v3 or a number, at the value', async () => {
    const r = await validateTree(withChart('apiVersion: v3\nname: cart\nversion: 0.1.0\n'));
    expectFinding(r.findings, { ruleId: 'chart.api-version', severity: 'error', file: CHART_FILE, line: 1, column: 13 });
    const r2 = await validateTree(withChart('apiVersion: 2\nname: cart\nversion: 0.1.0\n'));
    expectFinding(r2.findings, { ruleId: 'chart.api-version', severity: 'error', file: CHART_FILE, line: 1, column: 13, message: /apiVersion is 2;/ });
  });

  test('chart.api-version-v1: the Helm 2 format is a warning (Helm 3 renders it), not an error', async () => {
    const r = await validateTree(withChart('apiVersion: v1\nname: cart\nversion: 0.1.0\n'));
    expectFinding(r.findings, { ruleId: 'chart.api-version-v1', severity: 'warning', file: CHART_FILE, line: 1, column: 13 });
    expect(errors(r.findings)).toEqual([]);
  });

  test('chart.name: a name Helm refuses (`cart/x`, `..`)', async () => {
    for (const n of ['cart/x', '".."']) {
      const r = await validateTree(withChart(`apiVersion: v2\nname: ${n}\nversion: 0.1.0\n`));
      expectFinding(r.findings, { ruleId: 'chart.name', severity: 'error', file: CHART_FILE, line: 2, column: 7, message: /not a valid chart name/ });
    }
  });

  test('chart.name: missing name', async () => {
    const r = await validateTree(withChart('apiVersion: v2\nversion: 0.1.0\n'));
    // No `name` key: the finding lands at the start of the Chart.yaml mapping.
    expectFinding(r.findings, { ruleId: 'chart.name', severity: 'error', file: CHART_FILE, line: 1, column: 1 });
    const r2 = await validateTree(withChart('apiVersion: v2\nname: ""\nversion: 0.1.0\n'));
    expectFinding(r2.findings, { ruleId: 'chart.name', severity: 'error', file: CHART_FILE, line: 2, column: 7 });
  });

  test('chart.name: a name of only characters Helm\'s sanitizeString drops (U+200B, controls) is no name ("chart.metadata.name is required"); Unicode spaces make it blank', async () => {
    for (const n of ['"\\u200b"', '"\\u200b\\u00ad\\a"']) {
      const r = await validateTree(withChart(`apiVersion: v2\nname: ${n}\nversion: 0.1.0\n`));
      expectFinding(r.findings, { ruleId: 'chart.name', severity: 'error', file: CHART_FILE, line: 2, column: 7, message: /only characters Helm drops.*name is required/ });
    }
    const blank = await validateTree(withChart('apiVersion: v2\nname: "\\u00a0\\u2003"\nversion: 0.1.0\n'));
    expectFinding(blank.findings, { ruleId: 'chart.name', severity: 'error', file: CHART_FILE, line: 2, column: 7, message: /is blank/ });
    // A name with a zero-width space inside is still a name: Helm drops the character.
    const ok = await validateTree(withChart('apiVersion: v2\nname: "ca\\u200brt"\nversion: 0.1.0\n'));
    expect(withRule(ok.findings, 'chart.name')).toEqual([]);
  });

  test('chart.kube-version: Helm sanitises kubeVersion first, so a no-break space, U+2003, U+200B or \\v in it is no error', async () => {
    for (const kv of ['">=\\u00a01.25"', '">=\\u20031.25"', '">=\\u200b1.25"', '">=\\v1.25"', '">= 1.25,\\u00a0< 2.0"', '"\\u200b"']) {
      const r = await validateTree(withChart(`apiVersion: v2\nname: cart\nversion: 0.1.0\nkubeVersion: ${kv}\n`));
      expect([kv, brief(withRule(r.findings, 'chart.kube-version'))]).toEqual([kv, []]);
    }
    const bad = await validateTree(withChart('apiVersion: v2\nname: cart\nversion: 0.1.0\nkubeVersion: ">=\\u00a0latest"\n'));
    expectFinding(bad.findings, { ruleId: 'chart.kube-version', severity: 'error', file: CHART_FILE, line: 4, column: 14 });
  });

  test('chart.name: a blank name is said to be blank; a number or boolean is its text to Helm (helm template renders `name: 2048` as "2048"), no error', async () => {
    const r = await validateTree(withChart('apiVersion: v2\nname: "  "\nversion: 0.1.0\n'));
    expectFinding(r.findings, { ruleId: 'chart.name', severity: 'error', file: CHART_FILE, line: 2, column: 7, message: /^name "  " is blank/ });
    for (const n of ['2048', 'true']) {
      const ok = await validateTree(withChart(`apiVersion: v2\nname: ${n}\nversion: 0.1.0\n`));
      expect([n, brief(ok.findings)]).toEqual([n, []]);
      expect(ok.model.charts[0].name).toBe(n);
    }
    // A list is no name (chart.metadata says Helm cannot decode it; chart.name that there is none).
    const list = await validateTree(withChart('apiVersion: v2\nname: [a]\nversion: 0.1.0\n'));
    expect(withRule(list.findings, 'chart.name').map((f) => f.message)).toEqual([expect.stringMatching(/is not a string/)]);
  });

  test('chart.version: what Helm refuses (four parts, a word, a leading-zero pre-release), at the value', async () => {
    for (const v of ['1.2.3.4', 'latest', '1.0.0-01', '"1.2.3 "']) {
      const r = await validateTree(withChart(`apiVersion: v2\nname: cart\nversion: ${v}\n`));
      expectFinding(r.findings, { ruleId: 'chart.version', severity: 'error', file: CHART_FILE, line: 3, column: 10, message: /not a version Helm takes/ });
    }
  });

  test('chart.version: an unquoted 1.0 is a number to YAML; the message shows it as written', async () => {
    const r = await validateTree(withChart('apiVersion: v2\nname: cart\nversion: 1.0\n'));
    expectFinding(r.findings, { ruleId: 'chart.version', severity: 'error', file: CHART_FILE, line: 3, column: 10, message: /version 1\.0 is a number to YAML/ });
  });

  test('chart.version negative: what Helm 3 takes (Masterminds semver, loose): v1.2.3, 1.2, 01.2.3, pre-release and build', async () => {
    for (const v of ['v1.0.0', '"1.2"', '01.2.3', '1.2.3-rc.1+build.5']) {
      const ok = await validateTree(withChart(`apiVersion: v2\nname: cart\nversion: ${v}\n`));
      expect(brief(ok.findings)).toEqual([]);
    }
  });

  test('chart.type: neither application nor library, at the value', async () => {
    const r = await validateTree(withChart('apiVersion: v2\nname: cart\nversion: 0.1.0\ntype: app\n'));
    expectFinding(r.findings, { ruleId: 'chart.type', severity: 'error', file: CHART_FILE, line: 4, column: 7 });
    // Helm's isValidChartType takes "" (and a null type reads as ""): an application chart.
    for (const t of ['""', "''", '', '~']) {
      const ok = await validateTree(withChart(`apiVersion: v2\nname: cart\nversion: 0.1.0\ntype: ${t}\n`));
      expect(brief(ok.findings)).toEqual([]);
    }
  });

  test('chart.type: library charts need no templates, and are not orphans', async () => {
    const tree: Tree = { ...goodRepo(), ...chart('gitops/shop/lib/common', 'common'), 'gitops/shop/lib/common/Chart.yaml': 'apiVersion: v2\nname: common\nversion: 0.1.0\ntype: library\n' };
    delete tree['gitops/shop/lib/common/templates/deployment.yaml'];
    const r = await validateTree(tree);
    expect(brief(r.findings)).toEqual([]);
  });

  test('source.library-chart: an Application that deploys a library chart (Helm: "library charts are not installable")', async () => {
    const tree = withChart('apiVersion: v2\nname: cart\nversion: 0.1.0\ntype: library\n');
    delete tree[`${CHART}/templates/deployment.yaml`];
    const r = await validateTree(tree);
    expectFinding(r.findings, { ruleId: 'source.library-chart', severity: 'error', file: APP_FILE, line: 10, column: 11, message: /not installable/ });
  });

  test('chart.not-mapping: a list', async () => {
    const r = await validateTree(withChart('# chart\n- apiVersion: v2\n- name: cart\n'));
    expectFinding(r.findings, { ruleId: 'chart.not-mapping', severity: 'error', file: CHART_FILE, line: 2, column: 1 });
  });

  test('chart.values: values.yaml that is a list; an empty values.yaml is fine', async () => {
    const r = await validateTree({ ...goodRepo(), [`${CHART}/values.yaml`]: '\n- a\n- b\n' });
    expectFinding(r.findings, { ruleId: 'chart.values', severity: 'error', file: `${CHART}/values.yaml`, line: 2, column: 1 });
    const ok = await validateTree({ ...goodRepo(), [`${CHART}/values.yaml`]: '# nothing yet\n' });
    expect(brief(ok.findings)).toEqual([]);
  });

  test('chart.templates: only helpers in templates/', async () => {
    const tree = goodRepo();
    delete tree[`${CHART}/templates/deployment.yaml`];
    const r = await validateTree(tree);
    expectFinding(r.findings, { ruleId: 'chart.templates', severity: 'error', file: CHART_FILE, line: 1, column: 1 });
  });

  test('chart.templates: dot-files and dot-directories directly in templates/ are ignored by Helm (templates/.?*), deeper ones are not', async () => {
    const only = (extra: Tree) => {
      const tree: Tree = { ...goodRepo(), ...extra };
      delete tree[`${CHART}/templates/deployment.yaml`];
      return tree;
    };
    const cm = 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: x\n';
    for (const hidden of ['templates/.cm.yaml', 'templates/.hid/cm.yaml']) {
      const r = await validateTree(only({ [`${CHART}/${hidden}`]: cm }));
      expectFinding(r.findings, { ruleId: 'chart.templates', severity: 'error', file: CHART_FILE, line: 1, column: 1 });
    }
    const deeper = await validateTree(only({ [`${CHART}/templates/sub/.cm.yaml`]: cm }));
    expect(withRule(deeper.findings, 'chart.templates')).toEqual([]);
  });

  test('chart.templates negative: an umbrella chart (dependencies only) and a chart of CRDs only render something', async () => {
    const umbrella = withChart('apiVersion: v2\nname: cart\nversion: 0.1.0\ndependencies:\n  - name: sub\n    version: 0.1.0\n    repository: file://./charts/sub\n');
    delete umbrella[`${CHART}/templates/deployment.yaml`];
    Object.assign(umbrella, chart(`${CHART}/charts/sub`, 'sub'));
    expect(brief((await validateTree(umbrella)).findings)).toEqual([]);
    const crds = goodRepo();
    delete crds[`${CHART}/templates/deployment.yaml`];
    crds[`${CHART}/crds/widget.yaml`] = 'apiVersion: apiextensions.k8s.io/v1\nkind: CustomResourceDefinition\nmetadata:\n  name: widgets.acme.io\n';
    expect(brief((await validateTree(crds)).findings)).toEqual([]);
  });

  describe('as Helm loads the chart: its .helmignore applied', () => {
    const IGNORE_FILE = `${CHART}/.helmignore`;
    const withIgnore = (text: string, extra: Tree = {}): Tree => ({ ...goodRepo(), [IGNORE_FILE]: text, ...extra });

    test('chart.templates: every manifest ignored by .helmignore, on the line that ignores it, naming the rule and the files', async () => {
      const r = await validateTree(withIgnore('# build junk\n*.swp\ntemplates/*.yaml\n'));
      expectFinding(r.findings, { ruleId: 'chart.templates', severity: 'error', file: IGNORE_FILE, line: 3, column: 1, message: /^gitops\/shop\/prod\/cart renders nothing as Helm loads it: templates\/deployment\.yaml is ignored by `\.helmignore` line 3 \(`templates\/\*\.yaml`\)\.$/ });
      expect(brief(r.findings)).toHaveLength(1);
      // A directory rule takes the directory's contents along; a `!` rule ignores what it does not match.
      const dir = await validateTree(withIgnore('  templates/\n'));
      expectFinding(dir.findings, { ruleId: 'chart.templates', severity: 'error', file: IGNORE_FILE, line: 1, column: 3, message: /templates\/deployment\.yaml is ignored by `\.helmignore` line 1 \(`templates\/`\)/ });
      const neg = await validateTree(withIgnore('!*.yaml\n'));
      expectFinding(neg.findings, { ruleId: 'chart.templates', severity: 'error', file: IGNORE_FILE, line: 1, column: 1, message: /a `!` rule, which ignores every path it does not match/ });
    });

    test('chart.templates negative: a .helmignore that leaves a manifest in (helm create\'s own, or one file of two) is no finding', async () => {
      expect(brief((await validateTree(withIgnore(HELMIGNORE))).findings)).toEqual([]);
      const some = withIgnore('templates/deployment.yaml\n', { [`${CHART}/templates/service.yaml`]: 'apiVersion: v1\nkind: Service\nmetadata:\n  name: x\n' });
      expect(brief((await validateTree(some)).findings)).toEqual([]);
    });

    test('chart.templates: CRDs and vendored subcharts ignored by .helmignore do not render either', async () => {
      const crds = withIgnore('crds/\n', { [`${CHART}/crds/widget.yaml`]: 'apiVersion: apiextensions.k8s.io/v1\nkind: CustomResourceDefinition\nmetadata:\n  name: widgets.acme.io\n' });
      delete crds[`${CHART}/templates/deployment.yaml`];
      expectFinding((await validateTree(crds)).findings, { ruleId: 'chart.templates', severity: 'error', file: IGNORE_FILE, line: 1, column: 1, message: /crds\/widget\.yaml is ignored by `\.helmignore` line 1 \(`crds\/`\)/ });
      // The built-in rule alone (no .helmignore line to point at): the finding stays on Chart.yaml.
      const dot = goodRepo();
      delete dot[`${CHART}/templates/deployment.yaml`];
      dot[`${CHART}/templates/.cm.yaml`] = 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: x\n';
      expectFinding((await validateTree(dot)).findings, { ruleId: 'chart.templates', severity: 'error', file: CHART_FILE, line: 1, column: 1, message: /templates\/\.cm\.yaml is ignored by Helm's built-in rule `templates\/\.\?\*`/ });
    });

    test('chart.values-ignored: values.yaml ignored by .helmignore is not the chart\'s values (not parsed), a warning on that line', async () => {
      const r = await validateTree(withIgnore('*.swp\n/values.yaml\n', { [`${CHART}/values.yaml`]: '- not\n- a mapping\n' }));
      expectFinding(r.findings, { ruleId: 'chart.values-ignored', severity: 'warning', file: IGNORE_FILE, line: 2, column: 1, message: /`\.helmignore` line 2 \(`\/values\.yaml`\) ignores values\.yaml, so Helm loads gitops\/shop\/prod\/cart without its default values/ });
      expect(withRule(r.findings, 'chart.values')).toEqual([]);
      expect(errors(r.findings)).toEqual([]);
    });

    test('chart.values: a values.yaml ignored by .helmignore that an Application lists in helm.valueFiles is still read (helm template -f)', async () => {
      const text = app({ name: 'cart', path: CHART }).replace('    targetRevision: main\n', '    targetRevision: main\n    helm:\n      valueFiles:\n        - values.yaml\n');
      const r = await validateTree(withIgnore('values.yaml\n', { [APP_FILE]: text, [`${CHART}/values.yaml`]: '\n- a\n' }));
      expectFinding(r.findings, { ruleId: 'chart.values', severity: 'error', file: `${CHART}/values.yaml`, line: 2, column: 1, message: /value file gitops\/shop\/prod\/cart\/values\.yaml holds a list/ });
      expect(withRule(r.findings, 'chart.values-ignored')).toHaveLength(1);
    });

    test('chart.helmignore: a .helmignore Helm refuses (**), at its line and column; the chart is otherwise checked as if it had none', async () => {
      const r = await validateTree(withIgnore('# junk\n  templates/**\n'));
      expectFinding(r.findings, { ruleId: 'chart.helmignore', severity: 'error', file: IGNORE_FILE, line: 2, column: 3, message: /^Helm refuses this \.helmignore, so it cannot load the chart: line 2 \(`templates\/\*\*`\): double-star \(\*\*\) syntax is not supported\.$/ });
      expect(brief(r.findings)).toHaveLength(1);
      const glob = await validateTree(withIgnore('ok.txt\n[\n'));
      expectFinding(glob.findings, { ruleId: 'chart.helmignore', severity: 'error', file: IGNORE_FILE, line: 2, column: 1, message: /line 2 \(`\[`\): syntax error in pattern/ });
    });

    test('chart.helmignore: patterns that ignore Chart.yaml (`*`, `*.yaml`, a lone `!` rule): Helm cannot load the chart; one finding, not one per file', async () => {
      for (const [text, line] of [['*\n', 1], ['# c\n*.yaml\n', 2], ['!templates/deployment.yaml\n', 1]] as const) {
        const r = await validateTree(withIgnore(text));
        expectFinding(r.findings, { ruleId: 'chart.helmignore', severity: 'error', file: IGNORE_FILE, line, column: 1, message: /ignores Chart\.yaml: Helm cannot load the chart \("Chart\.yaml file is missing"\)/ });
        expect(brief(r.findings)).toHaveLength(1);
      }
    });

    test('chart.dependency-missing: a vendored subchart that .helmignore ignores is missing to Helm', async () => {
      const deps = 'apiVersion: v2\nname: cart\nversion: 0.1.0\ndependencies:\n  - name: redis\n    version: 1.0.0\n';
      const tree = withIgnore('charts/\n', { [CHART_FILE]: deps, ...chart(`${CHART}/charts/redis`, 'redis') });
      const r = await validateTree(tree);
      expectFinding(r.findings, { ruleId: 'chart.dependency-missing', severity: 'error', file: CHART_FILE, line: 5, column: 5, message: /dependency 'redis' is vendored in gitops\/shop\/prod\/cart\/charts\/, but `gitops\/shop\/prod\/cart\/\.helmignore` line 1 \(`charts\/`\) ignores it/ });
      delete tree[IGNORE_FILE];
      expect(brief((await validateTree(tree)).findings)).toEqual([]);
    });
  });

  test('chart.dependency-missing: not vendored with no repository, or a file:// path with no chart; vendored, file:// to a chart, or a chart repository are fine', async () => {
    const deps = (...items: string[]) => `apiVersion: v2\nname: cart\nversion: 0.1.0\ndependencies:\n${items.join('')}`;
    const r = await validateTree(withChart(deps('  - name: redis\n    version: 1.0.0\n', '  - name: common\n    version: 0.1.0\n    repository: file://../../lib/nothere\n')));
    expectFinding(r.findings, { ruleId: 'chart.dependency-missing', severity: 'error', file: CHART_FILE, line: 5, column: 5, message: /redis.*not vendored/ });
    expectFinding(r.findings, { ruleId: 'chart.dependency-missing', severity: 'error', file: CHART_FILE, line: 9, column: 17, message: /holds no Chart\.yaml/ });
    const ok = withChart(deps('  - name: redis\n    version: 1.0.0\n', '  - name: common\n    version: 0.1.0\n    repository: file://../../lib/common\n', '  - name: pg\n    version: 12.0.0\n    repository: https://charts.bitnami.com/bitnami\n'));
    Object.assign(ok, { [`${CHART}/charts/redis-1.0.0.tgz`]: chartArchive('redis', subchartFiles('redis', '1.0.0')) }, chart('gitops/shop/lib/common', 'common'), { 'gitops/shop/lib/common/Chart.yaml': 'apiVersion: v2\nname: common\nversion: 0.1.0\ntype: library\n' });
    expect(brief((await validateTree(ok)).findings)).toEqual([]);
  });

  test('chart.subchart: a Git LFS pointer committed as a vendored archive, at the archive (subcharts.test.ts compares every case with helm)', async () => {
    const t = withChart('apiVersion: v2\nname: cart\nversion: 0.1.0\ndependencies:\n  - name: redis\n    version: 1.0.0\n');
    t[`${CHART}/charts/redis-1.0.0.tgz`] = 'version https://git-lfs.github.com/spec/v1\noid sha256:00\nsize 1\n';
    const r = await validateTree(t);
    expectFinding(r.findings, { ruleId: 'chart.subchart', severity: 'error', file: `${CHART}/charts/redis-1.0.0.tgz`, line: 1, column: 1, message: /Git LFS pointer/ });
  });

  test('a vendored subchart under charts/ is part of its parent: a Helm 2 (v1) subchart is not a finding, nor a chart of its own', async () => {
    const tree: Tree = { ...goodRepo(), ...chart(`${CHART}/charts/oldsub`, 'oldsub'), [`${CHART}/charts/oldsub/Chart.yaml`]: 'apiVersion: v1\nname: oldsub\nversion: 1.0.0\n' };
    const r = await validateTree(tree);
    expect(brief(r.findings)).toEqual([]);
    expect(r.summary.charts).toBe(1);
  });

  test('chart.orphan: a chart no Application references (warning only)', async () => {
    const r = await validateTree({ ...goodRepo(), ...chart('gitops/shop/prod/ghost') });
    expectFinding(r.findings, { ruleId: 'chart.orphan', severity: 'warning', file: 'gitops/shop/prod/ghost/Chart.yaml', line: 1, column: 1 });
    expect(errors(r.findings)).toEqual([]);
  });

  test('chart.orphan negative: subcharts of a referenced chart are not orphans', async () => {
    const r = await validateTree({ ...goodRepo(), ...chart(`${CHART}/charts/redis`, 'redis') });
    expect(brief(r.findings)).toEqual([]);
  });
});

describe('repo.* and yaml.* rules', () => {
  test('repo.apps-dir-missing and repo.charts-dir-missing', async () => {
    const r = await validateTree({ 'README.md': 'empty\n' });
    expectFinding(r.findings, { ruleId: 'repo.apps-dir-missing', severity: 'error', file: 'argo-apps', line: 1, column: 1 });
    expectFinding(r.findings, { ruleId: 'repo.charts-dir-missing', severity: 'warning', file: 'gitops', line: 1, column: 1 });
  });

  test('repo.skipped-kind: an AppProject in argo-apps/ is a notice at its document', async () => {
    const r = await validateTree({ ...goodRepo(), 'argo-apps/argo-apps-prod/project.yaml': '# project\napiVersion: argoproj.io/v1alpha1\nkind: AppProject\nmetadata:\n  name: shop\n' });
    expectFinding(r.findings, { ruleId: 'repo.skipped-kind', severity: 'notice', file: 'argo-apps/argo-apps-prod/project.yaml', line: 2, column: 1, message: /AppProject 'shop'/ });
  });

  test('yaml.syntax: line and column of the error', async () => {
    const r = await validateTree(withApp('apiVersion: argoproj.io/v1alpha1\nkind: Application\nmetadata:\n  name: [cart\n'));
    const f = withRule(r.findings, 'yaml.syntax');
    expect(f.length).toBeGreaterThan(0);
    triggered.add('yaml.syntax');
    expect(f[0]).toMatchObject({ severity: 'error', file: APP_FILE });
    expect(f[0].line).toBeGreaterThanOrEqual(4);
  });

  test('yaml.syntax: a tab used as indentation, exact position', async () => {
    const r = await validateTree(withApp('apiVersion: argoproj.io/v1alpha1\nkind: Application\nmetadata:\n\tname: cart\n'));
    expectFinding(r.findings, { ruleId: 'yaml.syntax', severity: 'error', file: APP_FILE, line: 4, column: 1, message: /tab/i });
  });

  test('yaml.syntax: a reserved character starting a value, exact position', async () => {
    const r = await validateTree(withApp('apiVersion: argoproj.io/v1alpha1\nkind: Application\nmetadata:\n  name: @cart\n'));
    expectFinding(r.findings, { ruleId: 'yaml.syntax', severity: 'error', file: APP_FILE, line: 4, column: 9, message: /reserved/ });
  });

  test('yaml.duplicate-key: a key set twice is a warning at the second key, and the last value counts (as in go-yaml v2)', async () => {
    const r = await validateTree(withApp(app({ name: 'cart', path: CHART }) + '  project: other\n'));
    // The message names the key and where it was set first (line 7: `  project: default`).
    expectFinding(r.findings, { ruleId: 'yaml.duplicate-key', severity: 'warning', file: APP_FILE, line: 15, column: 3, message: /^`project` is already set at line 7 in the same mapping; Argo CD and Helm keep only the last value\.$/ });
    expect(withRule(r.findings, 'yaml.syntax')).toEqual([]);
    expect(r.model.applications[0].project).toBe('other');
    // `on` and `y` are both the boolean true to Kubernetes: the same key twice.
    const v = await validateTree({ ...goodRepo(), [`${CHART}/values.yaml`]: 'on: push\ny: 1\n' });
    expectFinding(v.findings, { ruleId: 'yaml.duplicate-key', severity: 'warning', file: `${CHART}/values.yaml`, line: 2, column: 1, message: /^`y` reads as the same key as `on` at line 1 in the same mapping/ });
    // Quoted or not, the same string is the same key (`"a"` after `a`), and a nested mapping counts on its own.
    const q = await validateTree({ ...goodRepo(), [`${CHART}/values.yaml`]: 'a: 1\nb:\n  a: 2\n"a": 3\n' });
    expectFinding(q.findings, { ruleId: 'yaml.duplicate-key', severity: 'warning', file: `${CHART}/values.yaml`, line: 4, column: 1, message: /^`a` is already set at line 1 in the same mapping/ });
    expect(withRule(q.findings, 'yaml.duplicate-key')).toHaveLength(1);
    expect(errors(v.findings)).toEqual([]);
  });

  test('with a key set twice, findings land on the value that takes effect (the last), not the discarded one', async () => {
    // Line 10 is the chart path; a second `path:` on line 11 wins.
    const twice = app({ name: 'cart', path: CHART }).replace(`    path: ${CHART}\n`, `    path: ${CHART}\n    path: gitops/nope\n`);
    const r = await validateTree(withApp(twice));
    expectFinding(r.findings, { ruleId: 'source.path-missing', severity: 'error', file: APP_FILE, line: 11, column: 11, message: /gitops\/nope/ });
    // A second `spec:` replaces the first: its schema error is inside the second.
    const spec2 = `${app({ name: 'cart', path: CHART })}spec:\n  project: 5\n`;
    const r2 = await validateTree(withApp(spec2));
    const schema = withRule(r2.findings, 'app.schema');
    expect(schema.length).toBeGreaterThan(0);
    // Line 15 is the second `spec:` (where its missing keys are reported), 16 its `project: 5`.
    for (const f of schema) expect(f.line).toBeGreaterThanOrEqual(15);
  });

  test('yaml.syntax in Chart.yaml: an unclosed quote is reported at the opening quote, not at the end of the file', async () => {
    const r = await validateTree({ ...goodRepo(), [`${CHART}/Chart.yaml`]: 'apiVersion: v2\nname: "cart\nversion: 0.1.0\n' });
    expectFinding(r.findings, { ruleId: 'yaml.syntax', severity: 'error', file: `${CHART}/Chart.yaml`, line: 2, column: 7, message: /quote/ });
    const r2 = await validateTree(withApp("apiVersion: argoproj.io/v1alpha1\nkind: Application\nmetadata:\n  name: 'cart\n"));
    expectFinding(r2.findings, { ruleId: 'yaml.syntax', severity: 'error', file: APP_FILE, line: 4, column: 9, message: /quote/ });
  });

  test('yaml.alias-bomb: a billion-laughs document', async () => {
    const bomb = ['a: &a ["x","x","x","x","x","x","x","x","x"]', 'b: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]', 'c: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]', 'd: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]', 'e: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d]', 'f: &f [*e,*e,*e,*e,*e,*e,*e,*e,*e]', 'g: &g [*f,*f,*f,*f,*f,*f,*f,*f,*f]', ''].join('\n');
    const r = await validateTree(withApp(bomb));
    expectFinding(r.findings, { ruleId: 'yaml.alias-bomb', severity: 'error', file: APP_FILE, line: 1, column: 1 });
  });

  test('yaml.alias-bomb negative: a values file using one anchor a few hundred times (a shared resources block)', async () => {
    const comps = Array.from({ length: 300 }, (_, i) => `c${i}:\n  resources: *res\n`).join('');
    const r = await validateTree({ ...goodRepo(), [`${CHART}/values.yaml`]: `base: &res {limits: {cpu: 200m, memory: 256Mi}}\n${comps}` });
    expect(brief(r.findings)).toEqual([]);
  });

  test('yaml.empty: an empty file and a comment-only file', async () => {
    const r = await validateTree({ ...goodRepo(), 'argo-apps/argo-apps-prod/empty-application.yaml': '', 'argo-apps/argo-apps-prod/note-application.yaml': '# nothing\n---\n' });
    expectFinding(r.findings, { ruleId: 'yaml.empty', severity: 'warning', file: 'argo-apps/argo-apps-prod/empty-application.yaml', line: 1, column: 1 });
    expectFinding(r.findings, { ruleId: 'yaml.empty', severity: 'warning', file: 'argo-apps/argo-apps-prod/note-application.yaml', line: 1, column: 1 });
  });

  test('yaml.not-resource: what Argo CD fails to sync: a non-object after a resource, a file that looks like a broken manifest, a JSON file', async () => {
    const r = await validateTree({
      ...goodRepo(),
      // The text holds apiVersion:, kind: and metadata: (Argo CD: a manifest gone wrong).
      'argo-apps/argo-apps-prod/a-application.yaml': '- apiVersion: v1\n  kind: ConfigMap\n  metadata: {name: x}\n',
      // Byte-wise, as Argo CD looks: a comment counts.
      'argo-apps/argo-apps-prod/b-application.yaml': '# apiVersion: v1, kind: ConfigMap\n\nmetadata:\n  name: x\n',
      // An object was read from the file before the document that is none.
      'argo-apps/argo-apps-prod/c-application.yaml': 'apiVersion: v1\nkind: ConfigMap\n---\nfoo: bar\n',
      // JSON files are decoded as one object, and fail whatever they hold.
      'argo-apps/argo-apps-prod/d.json': '[1, 2]\n',
    });
    expectFinding(r.findings, { ruleId: 'yaml.not-resource', severity: 'error', file: 'argo-apps/argo-apps-prod/a-application.yaml', line: 1, column: 1 });
    expectFinding(r.findings, { ruleId: 'yaml.not-resource', severity: 'error', file: 'argo-apps/argo-apps-prod/b-application.yaml', line: 3, column: 1 });
    expectFinding(r.findings, { ruleId: 'yaml.not-resource', severity: 'error', file: 'argo-apps/argo-apps-prod/c-application.yaml', line: 4, column: 1 });
    expectFinding(r.findings, { ruleId: 'yaml.not-resource', severity: 'error', file: 'argo-apps/argo-apps-prod/d.json', line: 1, column: 1 });
    expect(withRule(r.findings, 'yaml.ignored')).toEqual([]);
  });

  test('yaml.ignored: YAML files Argo CD\'s directory source ignores (no object, not all of apiVersion:/kind:/metadata:) are a notice, not an error', async () => {
    const r = await validateTree({
      ...goodRepo(),
      'argo-apps/kustomization.yaml': 'resources:\n  - argo-apps-prod/cart-application.yaml\n',
      'argo-apps/argo-apps-prod/OWNERS.yaml': '# owners\nteam: payments\n',
      'argo-apps/argo-apps-prod/a-application.yaml': 'just a string\n',
      // Ignored as a whole: the later document is not read either (it holds no `metadata:`).
      'argo-apps/argo-apps-prod/b-application.yaml': '- 1\n- 2\n---\napiVersion: v1\nkind: Namespace\n',
    });
    expectFinding(r.findings, { ruleId: 'yaml.ignored', severity: 'notice', file: 'argo-apps/kustomization.yaml', line: 1, column: 1, message: /directory source ignores/ });
    expectFinding(r.findings, { ruleId: 'yaml.ignored', severity: 'notice', file: 'argo-apps/argo-apps-prod/OWNERS.yaml', line: 2, column: 1 });
    expectFinding(r.findings, { ruleId: 'yaml.ignored', severity: 'notice', file: 'argo-apps/argo-apps-prod/a-application.yaml', line: 1, column: 1 });
    expectFinding(r.findings, { ruleId: 'yaml.ignored', severity: 'notice', file: 'argo-apps/argo-apps-prod/b-application.yaml', line: 1, column: 1 });
    expect(errors(r.findings)).toEqual([]);
    expect(r.model.skipped).toEqual([]);
  });

  test('yaml.ignored: an apps-dir file with a `.YAML`/`.Yml`/`.JSON` extension is not read (Argo CD matches extensions case-sensitively): not an Application, its chart an orphan', async () => {
    const tree: Tree = { ...goodRepo([['prod', 'cart'], ['prod', 'checkout']]) };
    tree['argo-apps/argo-apps-prod/cart-application.YAML'] = tree[APP_FILE];
    delete tree[APP_FILE];
    tree['argo-apps/argo-apps-prod/x.Yml'] = 'kind: ConfigMap\n';
    tree['argo-apps/argo-apps-prod/y.JSON'] = '[1]\n';
    // A template of a Helm chart inside the apps dir: Helm renders it whatever its name, so no notice.
    tree['argo-apps/root/Chart.yaml'] = 'apiVersion: v2\nname: root\nversion: 0.1.0\n';
    tree['argo-apps/root/templates/APP.YAML'] = 'kind: ConfigMap\n';
    const r = await validateTree(tree);
    expect(r.summary.applications).toBe(1);
    for (const file of ['argo-apps/argo-apps-prod/cart-application.YAML', 'argo-apps/argo-apps-prod/x.Yml', 'argo-apps/argo-apps-prod/y.JSON']) {
      expectFinding(r.findings, { ruleId: 'yaml.ignored', severity: 'notice', file, line: 1, column: 1, message: /lower case .*case-sensitively/ });
    }
    expect(withRule(r.findings, 'yaml.ignored').map((f) => f.file)).not.toContain('argo-apps/root/templates/APP.YAML');
    expect(withRule(r.findings, 'chart.orphan').map((f) => f.file)).toEqual([`${CHART}/Chart.yaml`]);
    expect(errors(r.findings)).toEqual([]);
  });

  test('yaml.unrendered-template: `{{ }}` in a plain apps dir (the root App-of-Apps applies it as written) is an error, parsed or not', async () => {
    const text = app({ name: '{{ .Values.name }}', path: CHART }).replace('name: {{ .Values.name }}', 'name: "{{ .Values.name }}"');
    const r = await validateTree(withApp(text));
    expectFinding(r.findings, { ruleId: 'yaml.unrendered-template', severity: 'error', file: APP_FILE, line: 1, column: 1 });
    expect(withRule(r.findings, 'yaml.templated')).toEqual([]);
    expect(r.summary.errors).toBeGreaterThan(0);
    // Its chart is not called an orphan on top: the Application was not checked.
    expect(withRule(r.findings, 'chart.orphan')).toEqual([]);
    // Unparseable because of placeholders: the parse error is in the message, not a second yaml.syntax.
    const raw = '{{- range .Values.apps }}\napiVersion: argoproj.io/v1alpha1\nkind: Application\nmetadata:\n  name: {{ .name }}\n{{- end }}\n';
    const r2 = await validateTree(withApp(raw));
    expect(withRule(r2.findings, 'yaml.syntax')).toEqual([]);
    expect(withRule(r2.findings, 'yaml.unrendered-template')).toHaveLength(1);
    expect(withRule(r2.findings, 'yaml.unrendered-template')[0].message).toMatch(/does not parse as YAML \(.+\) and holds/);
  });

  test('yaml.templated: the same files in a Helm chart inside the apps dir (a Helm root App-of-Apps renders them) are a notice', async () => {
    const chart = 'apiVersion: v2\nname: apps\nversion: 1.0.0\n';
    const text = app({ name: '{{ .Values.name }}', path: CHART }).replace('name: {{ .Values.name }}', 'name: "{{ .Values.name }}"');
    // Chart.yaml at the apps dir's root, and beside the file.
    for (const at of ['argo-apps/Chart.yaml', 'argo-apps/argo-apps-prod/Chart.yaml']) {
      const r = await validateTree({ ...withApp(text), [at]: chart });
      expectFinding(r.findings, { ruleId: 'yaml.templated', severity: 'notice', file: APP_FILE, line: 1, column: 1 });
      expect(withRule(r.findings, 'yaml.unrendered-template')).toEqual([]);
    }
    const raw = '{{- range .Values.apps }}\napiVersion: argoproj.io/v1alpha1\nkind: Application\nmetadata:\n  name: {{ .name }}\n{{- end }}\n';
    const r2 = await validateTree({ ...withApp(raw), 'argo-apps/Chart.yaml': chart });
    expect(withRule(r2.findings, 'yaml.syntax')).toEqual([]);
    expect(withRule(r2.findings, 'yaml.templated')).toHaveLength(1);
    // A Chart.yaml outside the apps dir renders nothing in it.
    const r3 = await validateTree({ ...withApp(raw), 'Chart.yaml': chart });
    expect(withRule(r3.findings, 'yaml.unrendered-template')).toHaveLength(1);
  });

  test('yaml.templated: a broken file whose only `{{` is in a comment is yaml.syntax, not a template', async () => {
    const r = await validateTree(withApp('# rendered from {{ .Values.x }} once, now plain\napiVersion: argoproj.io/v1alpha1\nkind: [Application\n'));
    expect(withRule(r.findings, 'yaml.templated')).toEqual([]);
    expect(withRule(r.findings, 'yaml.syntax').length).toBeGreaterThan(0);
  });

  test('yaml.templated: `{{ }}` only in helm.values (Helm renders it) does not switch the checks off', async () => {
    const text = app({ name: 'cart', path: 'gitops/shop/prod/nope' }).replace(/(\n(\s+)path: gitops\/shop\/prod\/nope)/, '$1\n$2helm:\n$2  values: |\n$2    host: "{{ .Release.Name }}.example.com"');
    expect(text).toContain('{{ .Release.Name }}');
    const r = await validateTree(withApp(text));
    expect(withRule(r.findings, 'yaml.templated')).toEqual([]);
    expect(withRule(r.findings, 'source.path-missing')).toHaveLength(1);
  });
});

describe('file.* rules', () => {
  test('file.unreadable: a binary file under argo-apps/', async () => {
    const r = await validateTree({ ...goodRepo(), 'argo-apps/argo-apps-prod/blob-application.yaml': Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 1, 2, 3]) });
    expectFinding(r.findings, { ruleId: 'file.unreadable', severity: 'error', file: 'argo-apps/argo-apps-prod/blob-application.yaml', line: 1, column: 1, message: /binary/ });
  });

  test('file.symlink-escape: a link to a file outside the repository', async () => {
    const root = await makeTree(goodRepo());
    const outside = await makeTree({ 'secret.yaml': app({ name: 'x', path: CHART }) });
    await fs.symlink(join(outside, 'secret.yaml'), join(root, 'argo-apps/argo-apps-prod/leak-application.yaml'));
    const r = await validateRepo(root);
    expectFinding(r.findings, { ruleId: 'file.symlink-escape', severity: 'error', file: 'argo-apps/argo-apps-prod/leak-application.yaml', line: 1, column: 1 });
  });

  test('file.symlink-loop: a directory link to its own parent', async () => {
    const root = await makeTree(goodRepo());
    await fs.symlink('..', join(root, 'gitops/shop/loop'));
    const r = await validateRepo(root);
    expectFinding(r.findings, { ruleId: 'file.symlink-loop', severity: 'error', file: 'gitops/shop/loop', line: 1, column: 1 });
  });
});

/** The cart Application with `lines` after `targetRevision: main` (line 11), so they start at line 12. */
const withSourceLines = (...lines: string[]) => app({ name: 'cart', path: CHART }).replace('    targetRevision: main\n', `    targetRevision: main\n${lines.map((l) => `${l}\n`).join('')}`);

describe('apiVersion near misses', () => {
  test('app.schema: kind Application with an API group one slip from argoproj.io, at the apiVersion value', async () => {
    for (const v of ['argoproj/v1alpha1', 'argoproj.com/v1alpha1', 'argocd.io/v1alpha1', 'Argoproj.io/v1alpha1', 'argoprj.io/v1alpha1']) {
      const r = await validateTree(withApp(app({ name: 'cart', path: CHART }).replace('argoproj.io/v1alpha1', v)));
      expectFinding(r.findings, { ruleId: 'app.schema', severity: 'error', file: APP_FILE, line: 1, column: 13, message: /names no API group.*argoproj\.io\/v1alpha1/ });
      expect(withRule(r.findings, 'repo.skipped-kind')).toEqual([]);
    }
  });

  test('negative: another project\'s Application kind (app.k8s.io) is still a skipped-kind notice', async () => {
    const r = await validateTree({ ...goodRepo(), 'argo-apps/argo-apps-prod/sig-application.yaml': 'apiVersion: app.k8s.io/v1beta1\nkind: Application\nmetadata:\n  name: sig\n' });
    expect(brief(r.findings).map((f) => f.split(' ')[0])).toEqual(['repo.skipped-kind']);
  });
});

describe('Helm release names', () => {
  const long = 'payments-reconciliation-worker-with-a-longer-name-prod'; // 54 characters
  test('app.helm-release-name: an Application name over 53 characters on a Helm chart source, at the name value', async () => {
    expect(long).toHaveLength(54);
    const r = await validateTree(withApp(app({ name: long, path: CHART })));
    expectFinding(r.findings, { ruleId: 'app.helm-release-name', severity: 'error', file: APP_FILE, line: 4, column: 9, message: /54 characters long/ });
    // 53 characters pass; so does a long name with a short helm.releaseName.
    expect(withRule((await validateTree(withApp(app({ name: long.slice(1), path: CHART })))).findings, 'app.helm-release-name')).toEqual([]);
    const named = withSourceLines('    helm:', '      releaseName: cart').replace('name: cart\n', `name: ${long}\n`);
    expect(withRule((await validateTree(withApp(named))).findings, 'app.helm-release-name')).toEqual([]);
  });

  test('app.helm-release-name: a helm.releaseName Helm refuses, at its value; on a Helm-repository chart too', async () => {
    const r = await validateTree(withApp(withSourceLines('    helm:', '      releaseName: Cart_Release')));
    expectFinding(r.findings, { ruleId: 'app.helm-release-name', severity: 'error', file: APP_FILE, line: 13, column: 20, message: /'Cart_Release'/ });
    const repoChart = app({ name: long, path: CHART, repoURL: 'https://charts.bitnami.com/bitnami' }).replace(`    path: ${CHART}\n`, '    chart: redis\n');
    const r2 = await validateTree(withApp(repoChart));
    expectFinding(r2.findings, { ruleId: 'app.helm-release-name', severity: 'error', file: APP_FILE, line: 4, column: 9 });
  });

  test('negative: a long name on a plain directory or kustomize source (no Helm), and an invalid name reported once (app.schema)', async () => {
    const dir = await validateTree(withApp(app({ name: long, path: 'manifests/cart' }), { 'manifests/cart/deploy.yaml': 'kind: Deployment\n' }));
    expect(withRule(dir.findings, 'app.helm-release-name')).toEqual([]);
    const k = await validateTree(withApp(app({ name: long, path: 'manifests/cart' }), { 'manifests/cart/kustomization.yaml': 'resources: []\n' }));
    expect(withRule(k.findings, 'app.helm-release-name')).toEqual([]);
    const bad = await validateTree(withApp(app({ name: 'Cart_Prod', path: CHART })));
    expect(withRule(bad.findings, 'app.helm-release-name')).toEqual([]);
    expect(withRule(bad.findings, 'app.schema')).toHaveLength(1);
  });
});

describe('source-type conflicts', () => {
  test('source.chart-conflict: chart and path together, at the chart key (in sources[] too)', async () => {
    const r = await validateTree(withApp(withSourceLines('    chart: cart')));
    expectFinding(r.findings, { ruleId: 'source.chart-conflict', severity: 'error', file: APP_FILE, line: 12, column: 5, message: /both `chart` and `path`/ });
    const multi = app({ name: 'cart', path: CHART }).replace(/  source:\n    repoURL: (.*)\n    path: (.*)\n    targetRevision: main\n/, '  sources:\n    - repoURL: $1\n      path: $2\n      chart: cart\n      targetRevision: main\n');
    const r2 = await validateTree(withApp(multi));
    expectFinding(r2.findings, { ruleId: 'source.chart-conflict', severity: 'error', file: APP_FILE, line: 11, column: 7 });
  });

  test('source.chart-conflict: chart on a source of the platform git repo (given, or inferred), at the chart key', async () => {
    const text = app({ name: 'cart', path: CHART }).replace(`    path: ${CHART}\n`, '    chart: cart\n');
    const given = await validateTree(withApp(text), { repoUrl: REPO_URL });
    expectFinding(given.findings, { ruleId: 'source.chart-conflict', severity: 'error', file: APP_FILE, line: 10, column: 5, message: /platform git repository/ });
    // Inferred from the other Applications' git sources.
    const tree = { ...goodRepo([['prod', 'cart'], ['prod', 'checkout']]), [APP_FILE]: text };
    const inferred = await validateTree(tree);
    expectFinding(inferred.findings, { ruleId: 'source.chart-conflict', severity: 'error', file: APP_FILE, line: 10, column: 5 });
  });

  test('negative: Helm-repository charts (chart, no path, another repoURL) and OCI; no platform repo known means no guess', async () => {
    const redis = app({ name: 'cart', path: CHART, repoURL: 'https://charts.bitnami.com/bitnami' }).replace(`    path: ${CHART}\n`, '    chart: redis\n');
    const r = await validateTree({ ...goodRepo([['prod', 'cart'], ['prod', 'checkout']]), [APP_FILE]: redis });
    expect(withRule(r.findings, 'source.chart-conflict')).toEqual([]);
    expect(errors(r.findings)).toEqual([]);
    // The only Application: no git source with a path, so no platform repo to compare with.
    const alone = app({ name: 'cart', path: CHART }).replace(`    path: ${CHART}\n`, '    chart: cart\n');
    expect(withRule((await validateTree({ [APP_FILE]: alone, 'gitops/.keep': '' })).findings, 'source.chart-conflict')).toEqual([]);
  });

  test('source.multiple-types: two tool blocks in one source, at the second one (in sources[] too)', async () => {
    const text = withSourceLines('    kustomize:', '      namePrefix: x-', '    helm:', '      valueFiles:', '        - values.yaml');
    const r = await validateTree(withApp(text, { [`${CHART}/kustomization.yaml`]: 'resources: []\n' }));
    expectFinding(r.findings, { ruleId: 'source.multiple-types', severity: 'error', file: APP_FILE, line: 14, column: 5, message: /multiple application sources defined: Kustomize,Helm/ });
    const multi = app({ name: 'cart', path: CHART }).replace(/  source:\n    repoURL: (.*)\n    path: (.*)\n    targetRevision: main\n/, '  sources:\n    - repoURL: $1\n      path: $2\n      targetRevision: main\n      helm:\n        releaseName: cart\n      directory:\n        recurse: true\n');
    const r2 = await validateTree(withApp(multi));
    expectFinding(r2.findings, { ruleId: 'source.multiple-types', severity: 'error', file: APP_FILE, line: 14, column: 7, message: /Helm,Directory/ });
  });

  test('negative: an empty block beside another (`helm: {}`, `directory: {recurse: false}`) is not a second tool', async () => {
    const r = await validateTree(withApp(withSourceLines('    helm: {}', '    directory:', '      recurse: false')));
    expect(withRule(r.findings, 'source.multiple-types')).toEqual([]);
    expect(withRule(r.findings, 'source.directory-on-chart')).toEqual([]);
    const k = await validateTree(withApp(withSourceLines('    kustomize:', '      namePrefix: x-', '    helm: {}'), { [`${CHART}/kustomization.yaml`]: 'resources: []\n' }));
    expect(withRule(k.findings, 'source.multiple-types')).toEqual([]);
  });

  test('an empty or null `kustomize`/`helm` block of spec.source does not pick the tool (Argo CD drops it); of spec.sources an empty one does', async () => {
    // On a chart: Argo CD renders it with Helm, as if the block were not there.
    for (const block of ['    kustomize: {}', '    kustomize: null', '    kustomize:\n      namePrefix: ""']) {
      const r = await validateTree(withApp(withSourceLines(block)));
      expect(brief(r.findings)).toEqual([]);
    }
    // On plain manifests: a directory source, not a chart without Chart.yaml.
    const plain = (block: string) => ({ ...goodRepo(), [APP_FILE]: app({ name: 'cart', path: 'manifests/cart' }).replace('    targetRevision: main\n', `    targetRevision: main\n${block}\n`), 'manifests/cart/cm.yaml': 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: cm\n'});
    for (const block of ['    helm: {}', '    helm: null', '    kustomize: {}']) expect(errors((await validateTree(plain(block))).findings)).toEqual([]);
    // An empty helm block does not hide a directory block from the chart: Argo CD applies it as manifests.
    const dir = await validateTree(withApp(withSourceLines('    helm: {}', '    directory:', '      recurse: true')));
    expectFinding(dir.findings, { ruleId: 'source.directory-on-chart', severity: 'error', file: APP_FILE, line: 13, column: 5 });
    // spec.sources are not normalised: `kustomize: {}` there is kustomize, which needs a kustomization.
    const multi = app({ name: 'cart', path: CHART }).replace(/  source:\n    repoURL: (.*)\n    path: (.*)\n    targetRevision: main\n/, '  sources:\n    - repoURL: $1\n      path: $2\n      targetRevision: main\n      kustomize: {}\n');
    expectFinding((await validateTree(withApp(multi))).findings, { ruleId: 'source.kustomization-missing', severity: 'error', file: APP_FILE, line: 12, column: 7 });
  });

  test('source.directory-on-chart: a directory block on a chart directory, at the directory key; on plain manifests it is fine', async () => {
    const r = await validateTree(withApp(withSourceLines('    directory:', '      recurse: true')));
    expectFinding(r.findings, { ruleId: 'source.directory-on-chart', severity: 'error', file: APP_FILE, line: 12, column: 5, message: /plain manifests/ });
    const plain = app({ name: 'cart', path: 'manifests/cart' }).replace('    targetRevision: main\n', '    targetRevision: main\n    directory:\n      recurse: true\n');
    const ok = await validateTree({ ...goodRepo(), [APP_FILE]: plain, 'manifests/cart/deploy.yaml': 'kind: Deployment\n' });
    expect(errors(ok.findings)).toEqual([]);
  });
});

describe('label and annotation syntax', () => {
  const withMeta = (block: string) => app({ name: 'cart', path: CHART }).replace('  namespace: argocd\n', `  namespace: argocd\n${block}`);
  test('app.schema: label keys and values the API server refuses, at the key or the value', async () => {
    const r = await validateTree(withApp(withMeta(`  labels:\n    app.kubernetes.io/version: 1.4.2+build.7\n    owner: "Team Cart"\n    bad key!: x\n    Example.com/x: z\n    long: ${'v'.repeat(64)}\n`)));
    expectFinding(r.findings, { ruleId: 'app.schema', severity: 'error', file: APP_FILE, line: 7, column: 32, message: /'1\.4\.2\+build\.7' is not a label value/ });
    expectFinding(r.findings, { ruleId: 'app.schema', severity: 'error', file: APP_FILE, line: 8, column: 12, message: /'Team Cart' is not a label value/ });
    expectFinding(r.findings, { ruleId: 'app.schema', severity: 'error', file: APP_FILE, line: 9, column: 5, message: /key 'bad key!' is not a qualified name/ });
    expectFinding(r.findings, { ruleId: 'app.schema', severity: 'error', file: APP_FILE, line: 10, column: 5, message: /prefix 'Example\.com' is not a DNS subdomain/ });
    expectFinding(r.findings, { ruleId: 'app.schema', severity: 'error', file: APP_FILE, line: 11, column: 11, message: /64 characters long/ });
    expect(errors(r.findings)).toHaveLength(5);
  });

  test('app.schema: an annotation key that is not a qualified name; annotation values are free text', async () => {
    const r = await validateTree(withApp(withMeta('  annotations:\n    notes/: x\n    Example.com/Owner: "Team Cart, room 5"\n')));
    expectFinding(r.findings, { ruleId: 'app.schema', severity: 'error', file: APP_FILE, line: 7, column: 5, message: /annotations` key 'notes\/'.*name part is empty/ });
    expect(errors(r.findings)).toHaveLength(1); // an upper-case prefix is fine on an annotation (lower-cased first)
  });

  test('negative: valid labels (prefixed keys, empty and 63-character values, dots and underscores)', async () => {
    const r = await validateTree(withApp(withMeta(`  labels:\n    app.kubernetes.io/part-of: shop\n    team_name: Cart.Team_1\n    empty: ""\n    v: ${'v'.repeat(63)}\n    example.com/A-b: x\n`)));
    expect(brief(r.findings)).toEqual([]);
  });
});

describe('positions of missing and mistyped keys', () => {
  test('yaml.not-resource: a kind that is not a string, at the kind value', async () => {
    const r = await validateTree(withApp(app({ name: 'cart', path: CHART }).replace('kind: Application', 'kind: [Application]')));
    expectFinding(r.findings, { ruleId: 'yaml.not-resource', severity: 'error', file: APP_FILE, line: 2, column: 7 });
  });

  test('yaml.syntax: a mapping item out of line is reported at its key, not at column 1', async () => {
    const r = await validateTree(withApp('apiVersion: argoproj.io/v1alpha1\nkind: Application\nmetadata:\n  name: a\n  labels:\n    - x\n    y: z\n'));
    expectFinding(r.findings, { ruleId: 'yaml.syntax', severity: 'error', file: APP_FILE, line: 7, column: 5, message: /same column/ });
  });
});

describe('messages', () => {
  test('source.path-missing: a path naming a file says it is a file', async () => {
    const r = await validateTree(withApp(app({ name: 'cart', path: `${CHART}/values.yaml` })));
    expectFinding(r.findings, { ruleId: 'source.path-missing', severity: 'error', file: APP_FILE, line: 10, column: 11, message: /is a file, not a directory/ });
    expect(r.findings.some((f) => /does not exist/.test(f.message))).toBe(false);
  });

  test('`path: .` is quoted as written', async () => {
    const r = await validateTree(withApp(withSourceLines('    helm:', '      releaseName: cart').replace(`path: ${CHART}`, 'path: .')));
    const f = withRule(r.findings, 'chart.missing');
    expect(f).toHaveLength(1);
    expect(f[0].message).toContain("path '.' (the repository root)");
  });

  test('source.path-missing: `path: ""` is no path to Argo CD (it refuses the Application), not the repository root; at the value', async () => {
    const r = await validateTree(withApp(withSourceLines('    helm:', '      releaseName: cart').replace(`path: ${CHART}`, 'path: ""')));
    expectFinding(r.findings, { ruleId: 'source.path-missing', severity: 'error', file: APP_FILE, line: 10, column: 11, message: /`spec.source.path` is empty .*refuses the Application/ });
    expect(errors(r.findings)).toHaveLength(1);
    // The hydrator's dry source has no such rule: "" stays the repository root there.
    const dry = app({ name: 'cart', path: CHART }).replace(/  source:\n(    .*\n){3}/, `  sourceHydrator:\n    drySource:\n      repoURL: ${REPO_URL}\n      path: ""\n      targetRevision: main\n    syncSource:\n      targetBranch: environments/prod\n      path: prod/cart\n`);
    expect(withRule((await validateTree(withApp(dry))).findings, 'source.path-missing')).toEqual([]);
  });

  test('source.path-missing: a null path (`path: ~`, `path:`) is reported at the path key, saying it is null, not at the source as if it were not written', async () => {
    for (const written of ['    path: ~\n', '    path:\n', '    path: null\n']) {
      const r = await validateTree(withApp(app({ name: 'cart', path: CHART }).replace(`    path: ${CHART}\n`, written)));
      expectFinding(r.findings, { ruleId: 'source.path-missing', severity: 'error', file: APP_FILE, line: 10, column: 5, message: /^`spec\.source\.path` is null, which Kubernetes drops: the source has no `path`/ });
    }
  });

  test('source.path-missing: a single source with only a `ref` (Argo CD refuses it; a ref serves spec.sources), at the source', async () => {
    const r = await validateTree(withApp(app({ name: 'cart', path: CHART }).replace(`    path: ${CHART}\n`, '    ref: values\n')));
    expectFinding(r.findings, { ruleId: 'source.path-missing', severity: 'error', file: APP_FILE, line: 8, column: 3, message: /has a `ref` but no `path` or `chart`/ });
  });

  test('source.path-missing: an OCI source with neither path nor chart (Argo CD refuses it); with `path: .` it is fine', async () => {
    const oci = (extra: string) => app({ name: 'cart', path: CHART }).replace(/    repoURL: .*\n    path: .*\n/, `    repoURL: oci://ghcr.io/acme/charts/cart\n${extra}`);
    const r = await validateTree(withApp(oci('')));
    expectFinding(r.findings, { ruleId: 'source.path-missing', severity: 'error', file: APP_FILE, line: 8, column: 3, message: /has no `path` \(and no `chart` or `ref`\)/ });
    expect(withRule((await validateTree(withApp(oci('    path: .\n')))).findings, 'source.path-missing')).toEqual([]);
  });

  test('a metadata.name of another type is named in plain words (never "not a object"); !!binary is the string it decodes to, as go-yaml reads it', async () => {
    // `abc=` decodes to the bytes 69 B7, not UTF-8: Argo CD gets "i\uFFFD" (encoding/json's replacement), no object name.
    const bin = await validateTree(withApp(app({ name: '!!binary abc=', path: CHART })));
    expect(withRule(bin.findings, 'app.schema').map((f) => f.message)).toEqual(["`metadata.name` 'i\uFFFD' is not a Kubernetes object name (lower-case letters, digits, '-' and '.', at most 253 characters); the API server refuses it."]);
    triggered.add('app.schema');
    const map = await validateTree(withApp(app({ name: '{a: b}', path: CHART })));
    expectFinding(map.findings, { ruleId: 'app.schema', severity: 'error', file: APP_FILE, line: 4, column: 9, message: /must be a string, not a mapping\./ });
  });
});

describe('a List of Applications (`kubectl get applications -o yaml`): each item is applied, so each is checked', () => {
  // app() indented as a list item under `items:`.
  const item = (text: string) => text.trimEnd().split('\n').map((l, k) => (k === 0 ? `  - ${l}` : `    ${l}`)).join('\n');
  test('a good item uses its chart (no orphan, not skipped); a bad item\'s findings land on its own lines', async () => {
    const good = app({ name: 'cart-prod', path: CHART });
    const text = `apiVersion: v1\nkind: List\nitems:\n${item(good)}\n`;
    const ok = await validateTree(withApp(text));
    expect(brief(ok.findings)).toEqual([]);
    expect(ok.summary.applications).toBe(1);
    // The second item points at a path that does not exist: its `path:` is line 4 + 14 + 10 - 1.
    const bad = `apiVersion: v1\nkind: List\nitems:\n${item(good)}\n${item(app({ name: 'cart-other', path: 'gitops/shop/prod/nope' }))}\n`;
    const r = await validateTree(withApp(bad));
    expectFinding(r.findings, { ruleId: 'source.path-missing', severity: 'error', file: APP_FILE, line: 27, column: 15 });
    expect(r.summary.applications).toBe(2);
    expect(withRule(r.findings, 'repo.skipped-kind')).toEqual([]);
  });

  test('source.repo-url on the second item and in a second document: at its own repoURL, whether the platform repo is given or inferred', async () => {
    // The given URL is checked with each file's other rules, the inferred one after every file: the same finding either way.
    const good = app({ name: 'cart-prod', path: CHART });
    const moved = app({ name: 'cart-other', path: CHART, repoURL: 'https://github.com/acme/moved.git', server: 'https://other.example' });
    const second = app({ name: 'cart-third', path: CHART, repoURL: 'https://github.com/acme/moved.git', server: 'https://third.example' });
    const text = `apiVersion: v1\nkind: List\nitems:\n${item(good)}\n${item(moved)}\n---\n${second}`;
    const extra = goodRepo([['prod', 'a'], ['prod', 'b']]);
    const at = (r: { findings: Finding[] }) => withRule(r.findings, 'source.repo-url').map((f) => `${f.file}:${f.line}:${f.column}`);
    const given = await validateTree({ ...extra, ...withApp(text) }, { repoUrl: REPO_URL });
    // The second item's `repoURL:` is line 4 + 14 + 9 - 1, its value after `        repoURL: `; the document after the List starts on line 33.
    expect(at(given)).toEqual([`${APP_FILE}:26:18`, `${APP_FILE}:41:14`]);
    expect(withRule(given.findings, 'source.repo-url')[0].message).toBe(`repoURL 'https://github.com/acme/moved.git' is not the platform repository (${REPO_URL}).`);
    const inferred = await validateTree({ ...extra, ...withApp(text) });
    expect(at(inferred)).toEqual(at(given));
    expect(withRule(inferred.findings, 'source.repo-url')[0].message).toMatch(/inferred as github\.com\/acme\/platform, used by 3 of 5 sources/);
  });

  test('any kind with a top-level `items` list is unpacked as Argo CD does (unstructured IsList): its items are checked, the wrapper is said to be dropped', async () => {
    const text = `apiVersion: argoproj.io/v1alpha1\nkind: AppProject\nmetadata:\n  name: shop\nitems:\n${item(app({ name: 'cart-prod', path: 'gitops/shop/prod/nope' }))}\n`;
    const r = await validateTree(withApp(text));
    expectFinding(r.findings, { ruleId: 'source.path-missing', severity: 'error', file: APP_FILE, line: 15, column: 15 });
    expectFinding(r.findings, { ruleId: 'yaml.ignored', severity: 'notice', file: APP_FILE, line: 5, column: 1, message: /`kind: AppProject`\) has a top-level `items` list: Argo CD's repo server reads any object with one as a List and applies only its items/ });
    expect(r.summary.applications).toBe(1);
  });
});

describe('a directory with both Chart.yaml and a kustomization (Argo CD detects kustomize)', () => {
  const both = (dir: string): Tree => ({
    [`${dir}/Chart.yaml`]: 'apiVersion: v2\nname: cart\nversion: 0.1.0\n',
    [`${dir}/kustomization.yaml`]: 'resources:\n  - cm.yaml\n',
    [`${dir}/cm.yaml`]: 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: cart\n',
    // kustomize's default folder for the charts it inflates, not Helm subcharts here
    [`${dir}/charts/redis/values.yaml`]: 'a: 1\n',
  });
  test('without a tool block it is a kustomize source: no chart rules, no layout.chart-path outside the charts dir, not an orphan', async () => {
    const inside = await validateTree({ ...withApp(app({ name: 'cart-prod', path: CHART })), ...both(CHART) });
    expect(brief(inside.findings)).toEqual([]);
    expect(inside.summary.charts).toBe(0);
    const outside = await validateTree({ ...withApp(app({ name: 'cart-prod', path: 'platform/cart' })), ...both('platform/cart') });
    expect(brief(outside.findings).filter((f) => !f.startsWith('chart.orphan') && !f.startsWith('layout.'))).toEqual([]);
    expect(withRule(outside.findings, 'layout.chart-path')).toEqual([]);
  });

  test('with a helm block it is the chart Argo CD renders, and the chart rules run on it', async () => {
    const text = app({ name: 'cart-prod', path: CHART }).replace('    targetRevision: main\n', '    targetRevision: main\n    helm:\n      releaseName: cart\n');
    const r = await validateTree({ ...withApp(text), ...both(CHART) });
    expectFinding(r.findings, { ruleId: 'chart.subchart', severity: 'error', file: `${CHART}/charts/redis`, line: 1, column: 1 });
    expect(r.summary.charts).toBe(1);
  });
});

describe('chart paths outside the charts dir (layout)', () => {
  test('layout.chart-path: a Helm chart of this repo outside the charts dir, at the path value', async () => {
    const r = await validateTree({ ...goodRepo(), ...chart('charts/cart', 'cart'), [APP_FILE]: app({ name: 'cart', path: 'charts/cart' }) });
    expectFinding(r.findings, { ruleId: 'layout.chart-path', severity: 'error', file: APP_FILE, line: 10, column: 11, message: /outside the charts directory gitops\/.*gitops\/<application>\/prod\/cart/ });
  });

  test('the chart rules run on a chart outside the charts dir that an Application uses (once, however many use it)', async () => {
    const outside: Tree = { 'charts/cart/Chart.yaml': 'apiVersion: v2\nname: cart\nversion: latest\n', 'charts/cart/values.yaml': 'a: 1\n' };
    const tree: Tree = { ...goodRepo(), ...outside, [APP_FILE]: app({ name: 'cart', path: 'charts/cart' }), 'argo-apps/argo-apps-prod/cart2-application.yaml': app({ name: 'cart2-prod', path: 'charts/cart' }) };
    const r = await validateTree(tree);
    expectFinding(r.findings, { ruleId: 'chart.version', severity: 'error', file: 'charts/cart/Chart.yaml', line: 3, column: 10 });
    expectFinding(r.findings, { ruleId: 'chart.templates', severity: 'error', file: 'charts/cart/Chart.yaml', line: 1, column: 1 });
    expect(r.summary.charts).toBe(2);
    expect(r.model.charts.map((c) => c.dir)).toEqual(['gitops/shop/prod/cart', 'charts/cart']);
    // A library chart out there is still one no Application can install.
    const lib = await validateTree({ ...goodRepo(), ...chart('charts/lib'), 'charts/lib/Chart.yaml': 'apiVersion: v2\nname: lib\nversion: 0.1.0\ntype: library\n', [APP_FILE]: app({ name: 'cart', path: 'charts/lib' }) });
    expectFinding(lib.findings, { ruleId: 'source.library-chart', severity: 'error', file: APP_FILE, line: 10, column: 11 });
  });

  test('with --charts-dir naming another directory, the charts the Applications use are still checked', async () => {
    const tree: Tree = { ...goodRepo(), 'deploy/.keep': '', [`${CHART}/Chart.yaml`]: 'apiVersion: v2\nname: cart\nversion: latest\n' };
    const r = await validateTree(tree, { chartsDir: 'deploy' });
    expectFinding(r.findings, { ruleId: 'chart.version', severity: 'error', file: `${CHART}/Chart.yaml`, line: 3, column: 10 });
    expect(r.summary.charts).toBe(1);
    expect(r.model.charts[0]).toEqual({ dir: CHART, name: 'cart', type: 'application' });
  });

  test('negative: kustomize and plain directory sources outside the charts dir', async () => {
    const k = await validateTree({ ...goodRepo(), 'deploy/cart/kustomization.yaml': 'resources: []\n', [APP_FILE]: app({ name: 'cart', path: 'deploy/cart' }) });
    expect(withRule(k.findings, 'layout.chart-path')).toEqual([]);
    const d = await validateTree({ ...goodRepo(), 'deploy/cart/deploy.yaml': 'kind: Deployment\n', [APP_FILE]: app({ name: 'cart', path: 'deploy/cart' }) });
    expect(withRule(d.findings, 'layout.chart-path')).toEqual([]);
  });
});

describe('rendering (render: true, the pinned helm)', () => {
  const render = { render: { helm: helmBinary() } };
  test('chart.render: at the line where the unclosed action starts', async () => {
    const r = await validateTree({ ...goodRepo(), [`${CHART}/templates/deployment.yaml`]: 'apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: {{ .Release.Name\n' }, render);
    expectFinding(r.findings, { ruleId: 'chart.render', severity: 'error', file: `${CHART}/templates/deployment.yaml`, line: 4, column: 1, message: /unclosed action/ });
  });
  test('chart.rendered-object: at the template that renders an object without kind', async () => {
    const r = await validateTree({ ...goodRepo(), [`${CHART}/templates/cm.yaml`]: 'apiVersion: v1\nmetadata:\n  name: x\n' }, render);
    expectFinding(r.findings, { ruleId: 'chart.rendered-object', severity: 'error', file: `${CHART}/templates/cm.yaml`, line: 1, column: 1, message: /without `kind`/ });
  });
  test('chart.rendered-duplicate: the same object from a second template, at that template', async () => {
    const cm = 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: same\n';
    const r = await validateTree({ ...goodRepo(), [`${CHART}/templates/a.yaml`]: cm, [`${CHART}/templates/b.yaml`]: cm }, render);
    expectFinding(r.findings, { ruleId: 'chart.rendered-duplicate', severity: 'warning', file: `${CHART}/templates/b.yaml`, line: 1, column: 1, message: /ConfigMap 'same' a second time \(first in cart\/templates\/a\.yaml\)/ });
  });
  test('chart.render-skipped: dependencies not vendored, at the source path', async () => {
    const r = await validateTree({ ...goodRepo(), [`${CHART}/Chart.yaml`]: 'apiVersion: v2\nname: cart\nversion: 0.1.0\ndependencies:\n  - name: redis\n    version: 19.0.0\n    repository: https://charts.bitnami.com/bitnami\n' }, render);
    expectFinding(r.findings, { ruleId: 'chart.render-skipped', severity: 'notice', file: 'argo-apps/argo-apps-prod/cart-application.yaml', line: 10, column: 11, message: /dependencies are not in charts\// });
  });
});

describe('Flux v2 (alpha): resources of the apps dir whose source is this repository (more in flux.test.ts)', () => {
  const FLUX = 'argo-apps/flux/cart.yaml';
  const release = (chartPath: string, valuesFile: string) =>
    `apiVersion: helm.toolkit.fluxcd.io/v2\nkind: HelmRelease\nmetadata:\n  name: cart\nspec:\n  interval: 5m\n  chart:\n    spec:\n      chart: ${chartPath}\n      sourceRef:\n        kind: GitRepository\n        name: flux-system\n      valuesFiles:\n        - ${valuesFile}\n`;
  test('flux.path-missing: a HelmRelease chart path that is not in the repository, at the value', async () => {
    const r = await validateTree({ ...goodRepo(), [FLUX]: release('./gitops/shop/prod/kart', `${CHART}/values.yaml`) });
    expectFinding(r.findings, { ruleId: 'flux.path-missing', severity: 'error', file: FLUX, line: 9, column: 14, message: /'\.\/gitops\/shop\/prod\/kart' does not exist/ });
  });
  test('flux.values-file-missing: a value file written from the chart, not the repository root', async () => {
    // (A lone `values.yaml` would be the chart's own values, which the source-controller does not read from the root.)
    const r = await validateTree({ ...goodRepo(), [`${CHART}/values-prod.yaml`]: 'replicaCount: 2\n', [FLUX]: release(CHART, 'values-prod.yaml') });
    expectFinding(r.findings, { ruleId: 'flux.values-file-missing', severity: 'error', file: FLUX, line: 14, column: 11, message: /value file 'values-prod\.yaml' does not exist/ });
  });
  test('flux.invalid: a Kustomization without a sourceRef, at its spec', async () => {
    const r = await validateTree({ ...goodRepo(), [FLUX]: 'apiVersion: kustomize.toolkit.fluxcd.io/v1\nkind: Kustomization\nmetadata:\n  name: apps\nspec:\n  interval: 5m\n  prune: true\n  path: ./gitops\n' });
    expectFinding(r.findings, { ruleId: 'flux.invalid', severity: 'error', file: FLUX, line: 5, column: 1, message: /`spec\.sourceRef` is missing/ });
  });
});

test('every rule in the catalogue has a triggering test above', () => {
  const missing = RULES.map((r) => r.id).filter((id) => !triggered.has(id));
  expect(missing).toEqual([]);
});

describe('messages name what was written', () => {
  test('a list or mapping where a string goes is called one (not "a object"), with no advice to quote it', async () => {
    const v = await validateTree({ ...goodRepo(), [`${CHART}/Chart.yaml`]: 'apiVersion: v2\nname: cart\nversion: [0.1.0]\n' });
    const ver = expectFinding(v.findings, { ruleId: 'chart.version', severity: 'error', file: `${CHART}/Chart.yaml`, line: 3, column: 10, message: /version is a list, not a string/ });
    expect(ver.message).not.toMatch(/object|quote/);
    const ns = await validateTree(withApp(app({ name: 'cart', path: CHART }).replace('  namespace: argocd\n', '  namespace: {a: 1}\n')));
    expectFinding(ns.findings, { ruleId: 'app.schema', severity: 'error', file: APP_FILE, line: 5, column: 14, message: /reads a mapping and refuses it/ });
  });

  test('yaml.not-resource names the field at fault: a good apiVersion is not said to be missing', async () => {
    const r = await validateTree(withApp('apiVersion: argoproj.io/v1alpha1\nkind: [Application]\nmetadata:\n  name: cart\n'));
    const f = expectFinding(r.findings, { ruleId: 'yaml.not-resource', severity: 'error', file: APP_FILE, line: 2, column: 7, message: /`kind` is a list, not a string/ });
    expect(f.message).not.toMatch(/apiVersion/);
    const noKind = await validateTree(withApp('apiVersion: v1\nmetadata:\n  name: cart\n---\napiVersion: 3\nkind: ConfigMap\nmetadata:\n  name: x\n'));
    expect(withRule(noKind.findings, 'yaml.not-resource').map((x) => x.message)).toEqual(['Document 1 is not a Kubernetes resource: `kind` is missing.', 'Document 2 is not a Kubernetes resource: `apiVersion` is a number, not a string.']);
  });

  test('a directory source at the repository root is named as written', async () => {
    const r = await validateTree(withApp(app({ name: 'cart', path: '.' })));
    expectFinding(r.findings, { ruleId: 'source.directory-empty', severity: 'warning', file: APP_FILE, line: 10, column: 11, message: /^directory '\.' \(the repository root\) holds no/ });
  });
});

describe('metadata values and orphans after unreadable Applications', () => {
  test('a numeric sync-wave annotation is an app.schema error on its value', async () => {
    const text = app({ name: 'cart', path: CHART }).replace('  namespace: argocd\n', '  namespace: argocd\n  annotations:\n    argocd.argoproj.io/sync-wave: 5\n');
    const { findings } = await validateTree(withApp(text));
    expectFinding(findings, { ruleId: 'app.schema', severity: 'error', file: APP_FILE, line: 7, column: 35, message: /sync-wave.*must be a string/ });
  });

  test('a label value Kubernetes reads as a boolean (`on`, YAML 1.1) is an app.schema error that names what was written', async () => {
    const text = app({ name: 'cart', path: CHART }).replace('  namespace: argocd\n', '  namespace: argocd\n  labels:\n    monitoring: on\n    tier: "on"\n');
    const { findings } = await validateTree(withApp(text));
    expectFinding(findings, { ruleId: 'app.schema', severity: 'error', file: APP_FILE, line: 7, column: 17, message: /metadata\.labels\.monitoring` must be a string \(quote it: "on"\); Kubernetes reads `on` as a boolean/ });
    expect(findings.filter((f) => f.ruleId === 'app.schema')).toHaveLength(1); // the quoted "on" is a string
  });

  test('a string field of the spec written as a number or boolean says what Kubernetes read and how to quote it (`targetRevision: 1.10` is 1.1)', async () => {
    const cases: [string, RegExp][] = [
      ['1.10', /`spec\.source\.targetRevision` must be string: Kubernetes reads `1\.10` as the number 1\.1 .*; quote it: "1\.10"\.$/],
      ['0755', /reads `0755` as the number 493 /],
      ['yes', /reads `yes` as the boolean true /],
    ];
    for (const [written, message] of cases) {
      const text = app({ name: 'cart', path: CHART }).replace('targetRevision: main', `targetRevision: ${written}`);
      expectFinding((await validateTree(withApp(text))).findings, { ruleId: 'app.schema', severity: 'error', file: APP_FILE, line: 11, column: 21, message });
    }
    // A mapping where a string goes keeps the schema's words alone; so does a quoted number (no error at all).
    const map = await validateTree(withApp(app({ name: 'cart', path: CHART }).replace('targetRevision: main', 'targetRevision: {a: 1}')));
    expectFinding(map.findings, { ruleId: 'app.schema', severity: 'error', file: APP_FILE, line: 11, column: 21, message: /^`spec\.source\.targetRevision` must be string\.$/ });
    expect(brief((await validateTree(withApp(app({ name: 'cart', path: CHART }).replace('targetRevision: main', 'targetRevision: "1.10"')))).findings)).toEqual([]);
  });

  test('a quoted sync-wave annotation is fine', async () => {
    const text = app({ name: 'cart', path: CHART }).replace('  namespace: argocd\n', '  namespace: argocd\n  annotations:\n    argocd.argoproj.io/sync-wave: "5"\n');
    const { findings } = await validateTree(withApp(text));
    expect(errors(findings)).toEqual([]);
  });

  test('the chart of an Application file that does not parse is not also called an orphan', async () => {
    const { findings } = await validateTree(withApp('apiVersion: argoproj.io/v1alpha1\nkind: [Application\n'));
    expect(findings.filter((f) => f.ruleId === 'yaml.syntax' && f.file === APP_FILE).length).toBeGreaterThan(0);
    expect(findings.filter((f) => f.ruleId === 'chart.orphan' && f.file === `${CHART}/Chart.yaml`)).toEqual([]);
  });
});
