import { afterAll, describe, expect, test } from '@jest/globals';
import { REPO_URL, brief, chart, goodRepo, removeTrees, validateTree, withRule } from '../../__fixtures__/validate/tree.js';
import { fluxPath } from '../../src/validate/rules/flux.js';

/**
 * Flux v2 (alpha): Kustomizations and HelmReleases in the apps dir whose source is this
 * repository have their paths checked as Flux reads them (from the repository root, `..`
 * confined to it), and what they use is no orphan.
 */
afterAll(removeTrees);

const FILE = 'argo-apps/argo-apps-prod/cart-helmrelease.yaml';
const CHART = 'gitops/shop/prod/cart';

function helmRelease(o: { chart: string; source?: string; sourceKind?: string; valuesFiles?: string[]; extra?: string }): string {
  return [
    'apiVersion: helm.toolkit.fluxcd.io/v2',
    'kind: HelmRelease',
    'metadata:',
    '  name: cart',
    '  namespace: flux-system',
    'spec:',
    '  interval: 10m',
    '  chart:',
    '    spec:',
    `      chart: ${o.chart}`,
    '      sourceRef:',
    `        kind: ${o.sourceKind ?? 'GitRepository'}`,
    `        name: ${o.source ?? 'flux-system'}`,
    ...(o.valuesFiles ? ['      valuesFiles:', ...o.valuesFiles.map((f) => `        - ${f}`)] : []),
    ...(o.extra ? [o.extra] : []),
    '',
  ].join('\n');
}

function kustomization(path: string | undefined, source = 'flux-system', sourceKind = 'GitRepository'): string {
  return [
    'apiVersion: kustomize.toolkit.fluxcd.io/v1',
    'kind: Kustomization',
    'metadata:',
    '  name: apps',
    '  namespace: flux-system',
    'spec:',
    '  interval: 10m',
    '  prune: true',
    ...(path === undefined ? [] : [`  path: ${path}`]),
    '  sourceRef:',
    `    kind: ${sourceKind}`,
    `    name: ${source}`,
    '',
  ].join('\n');
}

const gitRepository = (name: string, url: string) =>
  `apiVersion: source.toolkit.fluxcd.io/v1\nkind: GitRepository\nmetadata:\n  name: ${name}\n  namespace: flux-system\nspec:\n  interval: 1m\n  url: ${url}\n  ref:\n    branch: main\n`;

const rules = (r: { findings: { ruleId: string }[] }) => r.findings.map((f) => f.ruleId).filter((id) => id.startsWith('flux.') || id === 'chart.orphan');

describe('HelmRelease', () => {
  test('a chart path of this repository (flux-system) resolves: no orphan, a notice says Flux is alpha', async () => {
    const r = await validateTree({ [FILE]: helmRelease({ chart: `./${CHART}`, valuesFiles: [`./${CHART}/values.yaml`] }), ...chart(CHART, 'cart') });
    expect(rules(r)).toEqual([]);
    const notice = withRule(r.findings, 'repo.skipped-kind');
    expect(notice).toHaveLength(1);
    expect(notice[0].message).toMatch(/Flux resource: only the paths it reads from this repository are checked \(Flux support is alpha\)/);
  });

  test('a missing chart path is flux.path-missing at the value, and the unused chart is an orphan', async () => {
    const r = await validateTree({ [FILE]: helmRelease({ chart: './gitops/shop/prod/kart' }), ...chart(CHART, 'cart') });
    expect(brief(withRule(r.findings, 'flux.path-missing'))).toEqual([
      `flux.path-missing error ${FILE}:10:14 HelmRelease 'cart': path './gitops/shop/prod/kart' does not exist in the repository; Flux reports the path as not found and applies nothing.`,
    ]);
    expect(rules(r)).toEqual(['flux.path-missing', 'chart.orphan']);
  });

  test('a directory with no Chart.yaml is not a chart; a chart outside the charts dir gets the chart rules', async () => {
    const notChart = await validateTree({ [FILE]: helmRelease({ chart: 'deploy/cart' }), 'deploy/cart/deployment.yaml': 'kind: Deployment\n' });
    expect(withRule(notChart.findings, 'flux.path-missing')[0].message).toMatch(/'deploy\/cart' holds no Chart.yaml/);
    const bad = await validateTree({ [FILE]: helmRelease({ chart: 'charts/cart' }), 'charts/cart/Chart.yaml': 'apiVersion: v2\nname: cart\nversion: one\n', 'charts/cart/templates/a.yaml': 'kind: ConfigMap\n' });
    expect(withRule(bad.findings, 'chart.version').map((f) => f.file)).toEqual(['charts/cart/Chart.yaml']);
    expect(bad.summary.charts).toBe(1);
  });

  test('valuesFiles are read from the repository root, not the chart', async () => {
    const relChart = await validateTree({ [FILE]: helmRelease({ chart: CHART, valuesFiles: ['values-prod.yaml'] }), ...chart(CHART, 'cart'), [`${CHART}/values-prod.yaml`]: 'replicaCount: 2\n' });
    expect(brief(withRule(relChart.findings, 'flux.values-file-missing'))).toEqual([
      `flux.values-file-missing error ${FILE}:15:11 HelmRelease 'cart': value file 'values-prod.yaml' does not exist in the repository; the source-controller fails to build the chart ("no values file found").`,
    ]);
    const ignored = await validateTree({ [FILE]: helmRelease({ chart: CHART, valuesFiles: ['values-prod.yaml'], extra: '      ignoreMissingValuesFiles: true' }), ...chart(CHART, 'cart') });
    expect(rules(ignored)).toEqual([]);
  });

  test('a lone `values.yaml` is the chart\'s own values (the source-controller merges nothing); with other files it is read from the root', async () => {
    for (const vf of ['values.yaml', './values.yaml']) {
      const alone = await validateTree({ [FILE]: helmRelease({ chart: CHART, valuesFiles: [vf] }), ...chart(CHART, 'cart') });
      expect(rules(alone)).toEqual([]);
    }
    const legacy = await validateTree({ [FILE]: helmRelease({ chart: CHART, extra: '      valuesFile: values.yaml' }), ...chart(CHART, 'cart') });
    expect(rules(legacy)).toEqual([]);
    const merged = await validateTree({ [FILE]: helmRelease({ chart: CHART, valuesFiles: ['values.yaml', `${CHART}/values.yaml`] }), ...chart(CHART, 'cart') });
    expect(withRule(merged.findings, 'flux.values-file-missing').map((f) => f.message)).toEqual([
      `HelmRelease 'cart': value file 'values.yaml' does not exist in the repository; the source-controller fails to build the chart ("no values file found").`,
    ]);
  });

  test('a packaged chart (.tgz) of the repository is a chart path; another file is not', async () => {
    const packaged = await validateTree({ ...goodRepo(), [FILE]: helmRelease({ chart: './charts/cart-1.0.0.tgz' }), 'charts/cart-1.0.0.tgz': Buffer.from([0x1f, 0x8b, 0x08]) });
    expect(rules(packaged)).toEqual([]);
    const file = await validateTree({ ...goodRepo(), [FILE]: helmRelease({ chart: `./${CHART}/Chart.yaml` }) });
    expect(withRule(file.findings, 'flux.path-missing').map((f) => f.message)).toEqual([
      `HelmRelease 'cart': path './${CHART}/Chart.yaml' is a file, neither a chart directory nor a packaged chart (\`.tgz\`): the source-controller fails to load it as a chart; it applies nothing.`,
    ]);
  });

  test('an absolute chart path is refused by the source-controller (a value file from `/` is the root)', async () => {
    const abs = await validateTree({ [FILE]: helmRelease({ chart: `/${CHART}`, valuesFiles: [`/${CHART}/values.yaml`, `${CHART}/values.yaml`] }), ...chart(CHART, 'cart') });
    expect(brief(abs.findings.filter((f) => f.ruleId.startsWith('flux.')))).toEqual([
      `flux.path-missing error ${FILE}:10:14 HelmRelease 'cart': chart path '/${CHART}' is absolute; the source-controller refuses it ("local chart reference path is expected to be relative") and builds no chart. Write it from the repository root without the leading \`/\` (\`./${CHART}\`).`,
    ]);
  });

  test('both `chart` and `chartRef` is flux.invalid (the CRD allows one)', async () => {
    const both = await validateTree({ ...goodRepo(), [FILE]: helmRelease({ chart: `./${CHART}`, extra: '  chartRef:\n    kind: OCIRepository\n    name: cart' }) });
    expect(brief(withRule(both.findings, 'flux.invalid'))).toEqual([
      `flux.invalid error ${FILE}:14:3 A HelmRelease sets either \`spec.chart\` or \`spec.chartRef\`, not both: the Flux API server refuses it ("either chart or chartRef must be set").`,
    ]);
  });

  test('a chart from a HelmRepository is a name, not a path; a GitRepository of another repository is not read', async () => {
    const helmRepo = await validateTree({ ...goodRepo(), [FILE]: helmRelease({ chart: 'podinfo', sourceKind: 'HelmRepository', source: 'podinfo' }) });
    expect(rules(helmRepo)).toEqual([]);
    const other = await validateTree({
      ...goodRepo(),
      [FILE]: helmRelease({ chart: './charts/podinfo', source: 'podinfo' }),
      'argo-apps/flux/sources.yaml': gitRepository('podinfo', 'https://github.com/stefanprodan/podinfo'),
    });
    expect(rules(other)).toEqual([]);
    // The same GitRepository naming the platform repo: its path is checked.
    const mine = await validateTree({
      ...goodRepo(),
      [FILE]: helmRelease({ chart: './charts/podinfo', source: 'platform' }),
      'argo-apps/flux/sources.yaml': gitRepository('platform', REPO_URL.replace('https://github.com/', 'ssh://git@github.com/')),
    });
    expect(rules(mine)).toEqual(['flux.path-missing']);
  });

  test('placeholders (a template of a Helm root) are not paths; fields of the wrong type are flux.invalid', async () => {
    const templated = await validateTree({ [FILE]: helmRelease({ chart: "'{{ .Values.chart }}'" }), ...chart(CHART, 'cart') });
    expect(rules(templated)).toEqual(['chart.orphan']);
    const noRef = await validateTree({ [FILE]: 'apiVersion: helm.toolkit.fluxcd.io/v2\nkind: HelmRelease\nmetadata:\n  name: cart\nspec:\n  interval: 5m\n  chart:\n    spec:\n      chart: x\n' });
    expect(brief(withRule(noRef.findings, 'flux.invalid'))).toEqual([
      `flux.invalid error ${FILE}:8:5 \`spec.chart.spec.sourceRef\` is missing or not a mapping: Flux requires it (kind and name of the source).`,
    ]);
    const noChart = await validateTree({ [FILE]: 'apiVersion: helm.toolkit.fluxcd.io/v2\nkind: HelmRelease\nmetadata:\n  name: cart\nspec:\n  interval: 5m\n' });
    expect(withRule(noChart.findings, 'flux.invalid').map((f) => f.message)).toEqual(['A HelmRelease needs `spec.chart.spec` (chart and sourceRef) or `spec.chartRef`.']);
    const chartRef = await validateTree({ [FILE]: 'apiVersion: helm.toolkit.fluxcd.io/v2\nkind: HelmRelease\nmetadata:\n  name: cart\nspec:\n  interval: 5m\n  chartRef:\n    kind: OCIRepository\n    name: cart\n' });
    expect(rules(chartRef)).toEqual([]);
    // The notice says the chart a chartRef names is not checked (no path of this repository is read).
    expect(withRule(chartRef.findings, 'repo.skipped-kind').map((f) => f.message)).toEqual([
      "helm.toolkit.fluxcd.io/v2 HelmRelease 'cart' is not an Argo CD Application; a Flux resource: only the paths it reads from this repository are checked (Flux support is alpha), the rest is not validated, nor is the chart its `spec.chartRef` names (an OCIRepository or HelmChart: not a path of this repository).",
    ]);
  });
});

describe('sources and paths', () => {
  test('a sourceRef kind Flux does not have is flux.invalid at the kind, with the kinds the resource reads', async () => {
    const kinds = 'one of `GitRepository`, `OCIRepository`, `Bucket`, `ExternalArtifact`';
    const k = (sourceKind: string) => validateTree({ ...goodRepo(), 'argo-apps/flux/apps.yaml': kustomization('./nowhere', 'flux-system', sourceKind) });
    expect(brief(withRule((await k('GitRepo')).findings, 'flux.invalid'))).toEqual([
      `flux.invalid error argo-apps/flux/apps.yaml:11:11 \`spec.sourceRef.kind: GitRepo\` is not a source kind a Kustomization reads: the Flux API server refuses it (kinds are case-sensitive; ${kinds}). Did you mean \`GitRepository\`?`,
    ]);
    expect(withRule((await k('gitrepository')).findings, 'flux.invalid').map((f) => f.message)).toEqual([
      `\`spec.sourceRef.kind: gitrepository\` is not a source kind a Kustomization reads: the Flux API server refuses it (kinds are case-sensitive; ${kinds}). Did you mean \`GitRepository\`?`,
    ]);
    // A Helm repository holds charts, not manifests: no slip of a valid kind, so no guess.
    expect(withRule((await k('HelmRepository')).findings, 'flux.invalid').map((f) => f.message)).toEqual([
      `\`spec.sourceRef.kind: HelmRepository\` is not a source kind a Kustomization reads: the Flux API server refuses it (kinds are case-sensitive; ${kinds}).`,
    ]);
    for (const valid of ['OCIRepository', 'Bucket', 'ExternalArtifact']) expect(rules(await k(valid))).toEqual([]);

    const h = (sourceKind: string) => validateTree({ ...goodRepo(), [FILE]: helmRelease({ chart: './gitops/shop/prod/kart', sourceKind }) });
    expect(brief(withRule((await h('HelmRepo')).findings, 'flux.invalid'))).toEqual([
      `flux.invalid error ${FILE}:12:15 \`spec.chart.spec.sourceRef.kind: HelmRepo\` is not a source kind a HelmRelease reads: the Flux API server refuses it (kinds are case-sensitive; one of \`HelmRepository\`, \`GitRepository\`, \`Bucket\`). Did you mean \`HelmRepository\`?`,
    ]);
    expect(withRule((await h('OCIRepository')).findings, 'flux.invalid').map((f) => f.message)).toEqual([
      '`spec.chart.spec.sourceRef.kind: OCIRepository` is not a source kind a HelmRelease reads: the Flux API server refuses it (kinds are case-sensitive; one of `HelmRepository`, `GitRepository`, `Bucket`). A chart from an OCIRepository is named by `spec.chartRef` (kind and name), not `spec.chart.spec.sourceRef`.',
    ]);
    expect(rules(await h('Bucket'))).toEqual([]);
  });

  test('a GitRepository url that is not http://, https:// or ssh:// (an scp-like git@host:path), or none, is flux.invalid', async () => {
    const src = 'argo-apps/flux/sources.yaml';
    const scp = await validateTree({ ...goodRepo(), [src]: gitRepository('platform', 'git@github.com:acme/platform.git') });
    expect(brief(withRule(scp.findings, 'flux.invalid'))).toEqual([
      `flux.invalid error ${src}:8:8 \`spec.url\` must be an http://, https:// or ssh:// URL: the Flux API server refuses 'git@github.com:acme/platform.git' (the scp-like form is not accepted: write \`ssh://git@github.com/acme/platform.git\`).`,
    ]);
    const none = await validateTree({ ...goodRepo(), [src]: 'apiVersion: source.toolkit.fluxcd.io/v1\nkind: GitRepository\nmetadata:\n  name: platform\nspec:\n  interval: 1m\n' });
    expect(withRule(none.findings, 'flux.invalid').map((f) => `${f.line}:${f.column} ${f.message}`)).toEqual(['5:1 A GitRepository needs `spec.url` (an http://, https:// or ssh:// URL): the Flux API server refuses it without one.']);
    // The URLs Flux takes, and one a parent Kustomization's postBuild fills in.
    for (const url of [REPO_URL, 'ssh://git@github.com/acme/platform.git', 'http://git.internal/platform', '${PLATFORM_URL}']) expect(rules(await validateTree({ ...goodRepo(), [src]: gitRepository('platform', url) }))).toEqual([]);
  });

  test('a GitRepository the apps directory does not define (other than flux-system) is another repository: nothing is checked', async () => {
    const r = await validateTree({ ...goodRepo(), 'argo-apps/flux/apps.yaml': kustomization('./nowhere', 'infra-repo'), [FILE]: helmRelease({ chart: './charts/nowhere', source: 'charts-repo', valuesFiles: ['nowhere.yaml'] }) });
    expect(r.findings.filter((f) => f.severity !== 'notice')).toEqual([]);
  });

  test('without the platform URL, a GitRepository of another repository is not taken for this one', async () => {
    // No Application and no repo-url: the podinfo source is the only one, and still not this repository.
    const other = await validateTree({ [FILE]: helmRelease({ chart: './charts/podinfo', source: 'podinfo' }), 'argo-apps/flux/sources.yaml': gitRepository('podinfo', 'https://github.com/stefanprodan/podinfo') });
    expect(rules(other)).toEqual([]);
    // A flux-system GitRepository (bootstrap's) names this repository: a source with its URL is read.
    const own = await validateTree({
      [FILE]: helmRelease({ chart: './charts/podinfo', source: 'platform' }),
      'argo-apps/flux/sources.yaml': [gitRepository('flux-system', REPO_URL), gitRepository('platform', REPO_URL), gitRepository('podinfo', 'https://github.com/stefanprodan/podinfo')].join('---\n'),
    });
    expect(rules(own)).toEqual(['flux.path-missing']);
  });

  test('`${var}` (a parent Kustomization\'s postBuild substitution) is no path; a backslash is part of a name', async () => {
    const vars = await validateTree({
      ...goodRepo(),
      'argo-apps/flux/apps.yaml': kustomization('./clusters/${CLUSTER_NAME}'),
      [FILE]: helmRelease({ chart: `./${CHART}`, valuesFiles: ['./gitops/shop/${cluster}/cart/values-${cluster}.yaml'] }),
    });
    expect(rules(vars)).toEqual([]);
    const backslash = await validateTree({ ...goodRepo(), 'argo-apps/flux/apps.yaml': kustomization('.\\gitops\\shop') });
    expect(withRule(backslash.findings, 'flux.path-missing').map((f) => f.message)).toEqual([
      "Kustomization 'apps': path '.\\gitops\\shop' does not exist in the repository (it holds a backslash, which Flux (on Linux) reads as part of a file name, not a separator: use `/`); Flux reports the path as not found and applies nothing.",
    ]);
  });
});

describe('Kustomization', () => {
  test('spec.path must be a directory of this repository; the default is the root', async () => {
    const ok = await validateTree({ ...goodRepo(), 'argo-apps/flux/apps.yaml': kustomization('./gitops/shop') });
    expect(rules(ok)).toEqual([]);
    const root = await validateTree({ ...goodRepo(), 'argo-apps/flux/apps.yaml': kustomization(undefined) });
    expect(rules(root)).toEqual([]);
    const missing = await validateTree({ ...goodRepo(), 'argo-apps/flux/apps.yaml': kustomization('./clusters/prod') });
    expect(brief(withRule(missing.findings, 'flux.path-missing'))).toEqual([
      "flux.path-missing error argo-apps/flux/apps.yaml:9:9 Kustomization 'apps': path './clusters/prod' does not exist in the repository; Flux reports the path as not found and applies nothing.",
    ]);
    const file = await validateTree({ ...goodRepo(), 'argo-apps/flux/apps.yaml': kustomization('./gitops/shop/prod/cart/Chart.yaml') });
    expect(withRule(file.findings, 'flux.path-missing')[0].message).toMatch(/is a file, not a directory/);
  });

  test('a Kustomization is what makes a chart used (no orphan warning for a Flux-only chart)', async () => {
    const r = await validateTree({ 'argo-apps/flux/apps.yaml': kustomization(`./${CHART}`), ...chart(CHART, 'cart') });
    expect(rules(r)).toEqual([]);
  });

  test('`..` above the root is confined to it by Flux: said, since it reads another directory', async () => {
    const r = await validateTree({ ...goodRepo(), 'argo-apps/flux/apps.yaml': kustomization('../../gitops/shop') });
    expect(withRule(r.findings, 'flux.path-missing').map((f) => f.message)).toEqual([
      "Kustomization 'apps': path '../../gitops/shop' climbs above the source's root, which Flux does not allow: it builds gitops/shop instead.",
    ]);
    const typed = await validateTree({ ...goodRepo(), 'argo-apps/flux/apps.yaml': kustomization('[a, b]') });
    expect(withRule(typed.findings, 'flux.invalid').map((f) => `${f.line}:${f.column} ${f.message}`)).toEqual(['9:9 `spec.path` must be a string (a directory of the source).']);
  });

  test('a Flux kind spelled wrong (`kustomization`, `Helmrelease`) is flux.invalid at the kind: the cluster serves no such kind', async () => {
    const lower = await validateTree({ ...goodRepo(), 'argo-apps/flux/apps.yaml': kustomization('./nowhere').replace('kind: Kustomization', 'kind: kustomization') });
    expect(brief(lower.findings.filter((f) => f.file === 'argo-apps/flux/apps.yaml'))).toEqual([
      'flux.invalid error argo-apps/flux/apps.yaml:2:7 `kind: kustomization` is not a kind kustomize.toolkit.fluxcd.io serves (kinds are case-sensitive): did you mean `Kustomization`? The API server refuses it ("no matches for kind"), and Flux never reads it.',
    ]);
    const slips = await validateTree({ ...goodRepo(), [FILE]: helmRelease({ chart: `./${CHART}` }).replace('kind: HelmRelease', 'kind: Helmrelease'), 'argo-apps/flux/sources.yaml': gitRepository('platform', REPO_URL).replace('kind: GitRepository', 'kind: GitRepositry') });
    expect(withRule(slips.findings, 'flux.invalid').map((f) => `${f.file}:${f.line} ${f.message.slice(0, f.message.indexOf('?') + 1)}`)).toEqual([
      `${FILE}:2 \`kind: Helmrelease\` is not a kind helm.toolkit.fluxcd.io serves (kinds are case-sensitive): did you mean \`HelmRelease\`?`,
      'argo-apps/flux/sources.yaml:2 `kind: GitRepositry` is not a kind source.toolkit.fluxcd.io serves (kinds are case-sensitive): did you mean `GitRepository`?',
    ]);
    // Kinds of a Flux group that are not read here, and other groups' kinds, keep the notice.
    const others = await validateTree({
      ...goodRepo(),
      'argo-apps/flux/other.yaml': 'apiVersion: source.toolkit.fluxcd.io/v1\nkind: HelmRepository\nmetadata:\n  name: podinfo\nspec:\n  url: https://stefanprodan.github.io/podinfo\n---\napiVersion: notification.toolkit.fluxcd.io/v1beta3\nkind: Alert\nmetadata:\n  name: a\n',
    });
    expect(rules(others)).toEqual([]);
    expect(withRule(others.findings, 'repo.skipped-kind').filter((f) => f.file === 'argo-apps/flux/other.yaml')).toHaveLength(2);
  });

  test('a kustomize.config.k8s.io Kustomization (a kustomization.yaml) is not a Flux resource', async () => {
    const r = await validateTree({ ...goodRepo(), 'argo-apps/kustomization.yaml': 'apiVersion: kustomize.config.k8s.io/v1beta1\nkind: Kustomization\nmetadata:\n  name: x\nresources:\n  - nowhere\n' });
    expect(rules(r)).toEqual([]);
  });
});

test('fluxPath joins as securejoin does: `..` stops at the root, a leading / is the root', () => {
  expect(fluxPath('./a/b/../c')).toEqual({ path: 'a/c', climbed: false });
  expect(fluxPath('../../x')).toEqual({ path: 'x', climbed: true });
  expect(fluxPath('/abs/p')).toEqual({ path: 'abs/p', climbed: false });
  expect(fluxPath('./')).toEqual({ path: '', climbed: false });
});
