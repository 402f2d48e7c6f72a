import { afterAll, describe, expect, test } from '@jest/globals';
import { createHash } from 'node:crypto';
import { execFileSync, spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { helm, helmBinary } from '../../__fixtures__/generate/helpers.js';
import { app, brief, errors, goodRepo, makeTree, removeTrees, REPO_URL, validateTree, withRule, type Tree } from '../../__fixtures__/validate/tree.js';
import { runCli } from '../../src/cli/main.js';
import { UserError } from '../../src/errors.js';
import { helmMessage, helmPlace, renderedProblems } from '../../src/render/output.js';
import { cleanSetParameter, DEFAULT_KUBE_VERSION, envsubst, mergePatch, planHelmTemplate, type HelmTemplatePlan } from '../../src/render/plan.js';
import { validateRepo } from '../../src/validate/engine.js';

/**
 * `--render`: every chart an Application uses, rendered with the pinned helm as Argo CD's
 * repo server renders it. The ground truth for each failing case is helm itself, run by
 * hand on the same chart: validate must fail exactly where it does.
 */

afterAll(removeTrees);

const CHART = 'gitops/shop/prod/cart';
const APP = 'argo-apps/argo-apps-prod/cart-application.yaml';
const render = () => ({ render: { helm: helmBinary() } });

/** The good repo with the cart chart's files replaced or added. */
function repo(files: Tree, appText?: string): Tree {
  return { ...goodRepo(), ...files, ...(appText ? { [APP]: appText } : {}) };
}

/** An Application for the cart chart with a `helm:` block (YAML lines, indented under `helm:`). */
function helmApp(helmLines: string[], extra: { name?: string; namespace?: string } = {}): string {
  return [
    'apiVersion: argoproj.io/v1alpha1',
    'kind: Application',
    'metadata:',
    `  name: ${extra.name ?? 'cart-prod'}`,
    '  namespace: argocd',
    'spec:',
    '  project: default',
    '  source:',
    `    repoURL: ${REPO_URL}`,
    `    path: ${CHART}`,
    '    targetRevision: main',
    '    helm:',
    ...helmLines.map((l) => `      ${l}`),
    '  destination:',
    '    server: https://kubernetes.default.svc',
    `    namespace: ${extra.namespace ?? 'shop'}`,
    '',
  ].join('\n');
}

/** helm's own verdict on the chart as the tree holds it. */
async function helmVerdict(tree: Tree, extraArgs: string[] = []) {
  const root = await makeTree(tree);
  const h = helm(['template', join(root, CHART), '--name-template', 'cart-prod', ...extraArgs]);
  return { fails: h.status !== 0, stderr: h.stderr, stdout: h.stdout };
}

const renderFindings = (fs: { ruleId: string }[]) => fs.filter((f) => f.ruleId.startsWith('chart.render'));

describe('render: clean charts stay clean', () => {
  test('the good repo renders with no finding, and says it rendered', async () => {
    const r = await validateTree(goodRepo([['prod', 'cart'], ['dev', 'cart']]), render());
    expect(brief(r.findings)).toEqual([]);
    expect(r.render).toMatchObject({ rendered: 2, skipped: 0, helmVersion: expect.stringMatching(/^v3\./) });
  });

  test('without render, nothing is rendered (the default)', async () => {
    const tree = repo({ [`${CHART}/templates/deployment.yaml`]: 'kind: {{ .Values.x\n' });
    const r = await validateTree(tree);
    expect(r.render).toBeUndefined();
    expect(renderFindings(r.findings)).toEqual([]);
  });

  test('rendering leaves every file of the repo as it was (no Chart.lock, no charts/)', async () => {
    const tree = repo({ [`${CHART}/Chart.yaml`]: 'apiVersion: v2\nname: cart\nversion: 0.1.0\ndependencies:\n  - name: common\n    version: 0.1.0\n    repository: file://../common\n' });
    const root = await makeTree(tree);
    const before = snapshot(root);
    await validateRepo(root, render());
    expect(snapshot(root)).toEqual(before);
  });
});

describe('render: templates that fail as helm template fails', () => {
  test('an unclosed action: chart.render at the template line helm names', async () => {
    const tree = repo({ [`${CHART}/templates/deployment.yaml`]: 'apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: {{ .Release.Name\n' });
    const h = await helmVerdict(tree);
    expect(h.stderr).toMatch(/unclosed action started at cart\/templates\/deployment.yaml:4/);
    const r = await validateTree(tree, render());
    const found = withRule(r.findings, 'chart.render');
    expect(brief(found)).toHaveLength(1);
    expect(found[0]).toMatchObject({ severity: 'error', file: `${CHART}/templates/deployment.yaml`, line: 4 });
    expect(found[0].message).toMatch(/Application 'cart-prod'/);
    expect(found[0].message).toMatch(/unclosed action/);
  });

  test('a missing {{ end }}: chart.render at the file', async () => {
    const tree = repo({ [`${CHART}/templates/deployment.yaml`]: 'apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: x\n{{- if .Values.enabled }}\nspec: {}\n' });
    expect((await helmVerdict(tree)).fails).toBe(true);
    const [f] = withRule((await validateTree(tree, render())).findings, 'chart.render');
    expect(f).toMatchObject({ file: `${CHART}/templates/deployment.yaml` });
    expect(f.message).toMatch(/unexpected EOF/);
  });

  test('a nil value in values.yaml fails; the Application\'s valuesObject supplies it and it renders', async () => {
    const tpl = { [`${CHART}/templates/deployment.yaml`]: 'apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: x\n  labels:\n    tag: {{ .Values.image.tag | quote }}\n' };
    expect((await helmVerdict(repo(tpl))).fails).toBe(true);
    const bad = await validateTree(repo(tpl), render());
    const [f] = withRule(bad.findings, 'chart.render');
    expect(f).toMatchObject({ file: `${CHART}/templates/deployment.yaml`, line: 6 });
    expect(f.message).toMatch(/nil pointer evaluating interface \{\}\.tag/);

    const good = await validateTree(repo(tpl, helmApp(['valuesObject:', '  image:', '    tag: "1.0"'])), render());
    expect(brief(good.findings)).toEqual([]);
    const alsoGood = await validateTree(repo(tpl, helmApp(['values: |', '  image:', '    tag: "1.0"'])), render());
    expect(brief(alsoGood.findings)).toEqual([]);
  });

  test('`required`: parameters, value files and $values refs each supply the value as Argo CD passes them', async () => {
    const tpl = { [`${CHART}/templates/deployment.yaml`]: 'apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: {{ required "tag is required" .Values.tag }}\n' };
    const bad = await validateTree(repo(tpl), render());
    expect(withRule(bad.findings, 'chart.render').map((f) => f.message)).toEqual([expect.stringMatching(/execution error at \(cart\/templates\/deployment.yaml:4:\d+\): tag is required/)]);

    expect(brief((await validateTree(repo(tpl, helmApp(['parameters:', '  - name: tag', '    value: v1'])), render())).findings)).toEqual([]);
    expect(brief((await validateTree(repo({ ...tpl, [`${CHART}/values-prod.yaml`]: 'tag: v2\n' }, helmApp(['valueFiles:', '  - values-prod.yaml'])), render())).findings)).toEqual([]);

    const multi = [
      'apiVersion: argoproj.io/v1alpha1', 'kind: Application', 'metadata:', '  name: cart-prod', '  namespace: argocd', 'spec:', '  project: default', '  sources:',
      `    - repoURL: ${REPO_URL}`, `      path: ${CHART}`, '      targetRevision: main', '      helm:', '        valueFiles:', '          - $values/env/prod/cart.yaml',
      `    - repoURL: ${REPO_URL}`, '      targetRevision: main', '      ref: values',
      '  destination:', '    server: https://kubernetes.default.svc', '    namespace: shop', '',
    ].join('\n');
    expect(brief((await validateTree(repo({ ...tpl, 'env/prod/cart.yaml': 'tag: v3\n' }, multi), render())).findings)).toEqual([]);
  });

  test('a parameter value with commas is one value (Argo CD escapes them), not a --set list', async () => {
    const tpl = { [`${CHART}/templates/deployment.yaml`]: 'apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: x\n  annotations:\n    hosts: {{ required "hosts" .Values.hosts | quote }}\n{{- if ne .Values.hosts "a,b" }}\n{{ fail "hosts was split" }}\n{{- end }}\n' };
    const r = await validateTree(repo(tpl, helmApp(['parameters:', '  - name: hosts', '    value: a,b'])), render());
    expect(brief(r.findings)).toEqual([]);
  });

  test('a checkout whose path holds a comma: value files are still read (Helm splits --values at commas); one whose own name does is refused as Argo CD fails', async () => {
    const tpl = { [`${CHART}/templates/deployment.yaml`]: 'apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: {{ required "tag is required" .Values.tag }}-{{ required "inline is required" .Values.inline }}\n' };
    const tree = repo({ ...tpl, [`${CHART}/values-prod.yaml`]: 'tag: v2\n' }, helmApp(['valueFiles:', '  - values-prod.yaml', 'values: |', '  inline: x']));
    const root = await makeTree(Object.fromEntries(Object.entries(tree).map(([k, v]) => [`my,checkout/${k}`, v])));
    const r = await validateRepo(join(root, 'my,checkout'), render());
    expect(brief(r.findings)).toEqual([]);

    const h = helm(['template', join(root, 'my,checkout', CHART), '--values', join(root, 'my,checkout', CHART, 'values-prod.yaml')]);
    expect(h.stderr).toMatch(/no such file or directory/);
    const named = await validateTree(repo({ ...tpl, [`${CHART}/values,prod.yaml`]: 'tag: v2\n' }, helmApp(['valueFiles:', '  - values,prod.yaml', 'values: |', '  inline: x'])), render());
    expect(withRule(named.findings, 'chart.render').map((f) => [f.line, f.message])).toEqual([[14, expect.stringMatching(/'values,prod.yaml' has a comma in its path/)]]);
  });

  test('a parameter Helm cannot parse (`list[x]`): chart.render at helm.parameters, naming the syntax', async () => {
    const h = await helmVerdict(repo({}), ['--set', 'list[x]=2']);
    expect(h.stderr).toMatch(/failed parsing --set data/);
    const r = await validateTree(repo({}, helmApp(['parameters:', '  - name: ok', '    value: "1"', '  - name: list[x]', '    value: "2"'])), render());
    expect(withRule(r.findings, 'chart.render').map((f) => [f.line, f.message])).toEqual([[14, expect.stringMatching(/of `helm.parameters` .*strconv.Atoi: parsing "x"/)]]);
  });

  test('values the chart\'s values.schema.json refuses: chart.render at the source; skipSchemaValidation passes', async () => {
    const files = { [`${CHART}/values.schema.json`]: JSON.stringify({ type: 'object', properties: { replicaCount: { type: 'integer', minimum: 2 } } }) };
    expect((await helmVerdict(repo(files))).fails).toBe(true);
    const [f] = withRule((await validateTree(repo(files), render())).findings, 'chart.render');
    expect(f).toMatchObject({ file: APP, line: 10 });
    expect(f.message).toMatch(/schema/);
    expect(brief((await validateTree(repo(files, helmApp(['skipSchemaValidation: true'])), render())).findings)).toEqual([]);
  });

  test('a template of a subchart vendored as a directory: the finding lands in the subchart', async () => {
    const files = {
      [`${CHART}/Chart.yaml`]: 'apiVersion: v2\nname: cart\nversion: 0.1.0\ndependencies:\n  - name: common\n    version: 0.1.0\n',
      [`${CHART}/charts/common/Chart.yaml`]: 'apiVersion: v2\nname: common\nversion: 0.1.0\n',
      [`${CHART}/charts/common/templates/cm.yaml`]: 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: {{ .Values.missing.name }}\n',
    };
    expect((await helmVerdict(repo(files))).fails).toBe(true);
    const [f] = withRule((await validateTree(repo(files), render())).findings, 'chart.render');
    expect(f).toMatchObject({ file: `${CHART}/charts/common/templates/cm.yaml`, line: 4 });
  });
});

describe('render: output Argo CD refuses though helm template passes it', () => {
  test('a document with no kind, and one with no name: chart.rendered-object at their templates', async () => {
    const files = {
      [`${CHART}/templates/nokind.yaml`]: 'apiVersion: v1\nmetadata:\n  name: x\n',
      [`${CHART}/templates/noname.yaml`]: 'apiVersion: v1\nkind: ConfigMap\ndata:\n  a: b\n',
      [`${CHART}/templates/empty.yaml`]: '{{- if false }}\napiVersion: v1\n{{- end }}\n',
    };
    expect((await helmVerdict(repo(files))).fails).toBe(false);
    const found = withRule((await validateTree(repo(files), render())).findings, 'chart.rendered-object');
    expect(found.map((f) => [f.file, f.line])).toEqual([[`${CHART}/templates/nokind.yaml`, 1], [`${CHART}/templates/noname.yaml`, 1]]);
    expect(found[0].message).toMatch(/without `kind`/);
    expect(found[1].message).toMatch(/without `metadata.name`/);
  });

  test('a template saved as UTF-16 (helm renders its bytes as they are): chart.rendered-object naming the encoding; UTF-16 values.yaml and Chart.yaml render', async () => {
    const utf16 = (t: string) => Buffer.from(`\ufeff${t}`, 'utf16le');
    const files = {
      [`${CHART}/templates/cm16.yaml`]: utf16('apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: x\n'),
      [`${CHART}/values.yaml`]: utf16('replicaCount: 1\n'),
      [`${CHART}/Chart.yaml`]: utf16('apiVersion: v2\nname: cart\nversion: 0.1.0\n'),
    };
    expect((await helmVerdict(repo(files))).fails).toBe(false);
    const r = await validateTree(repo(files), render());
    const found = withRule(r.findings, 'chart.rendered-object');
    expect(found.map((f) => [f.file, f.line, f.column])).toEqual([[`${CHART}/templates/cm16.yaml`, 1, 1]]);
    expect(found[0].message).toMatch(/renders text holding NUL bytes, as a template saved as UTF-16 does: .*save the template as UTF-8\.$/);
    expect(brief(r.findings).filter((f) => !f.includes('chart.rendered-object'))).toEqual([]);
  });
});

describe('render: what a checkout cannot decide is a notice, never an error', () => {
  test('dependencies not vendored: chart.render-skipped (Argo CD fetches them)', async () => {
    const files = { [`${CHART}/Chart.yaml`]: 'apiVersion: v2\nname: cart\nversion: 0.1.0\ndependencies:\n  - name: redis\n    version: 19.0.0\n    repository: https://charts.bitnami.com/bitnami\n' };
    const r = await validateTree(repo(files), render());
    expect(errors(r.findings)).toEqual([]);
    expect(withRule(r.findings, 'chart.render-skipped').map((f) => f.message)).toEqual([expect.stringMatching(/dependencies are not in charts\//)]);
  });

  test('a kubeVersion constraint: skipped unless the Application pins helm.kubeVersion', async () => {
    const files = { [`${CHART}/Chart.yaml`]: 'apiVersion: v2\nname: cart\nversion: 0.1.0\nkubeVersion: ">=1.99.0-0"\n' };
    const r = await validateTree(repo(files), render());
    expect(errors(r.findings)).toEqual([]);
    expect(withRule(r.findings, 'chart.render-skipped')).toHaveLength(1);
    const pinned = await validateTree(repo(files, helmApp(['kubeVersion: "1.30.0"'])), render());
    // At the pinned version (line 13), not at the source's path.
    expect(withRule(pinned.findings, 'chart.render').map((f) => [f.line, f.message])).toEqual([[13, expect.stringMatching(/kubeVersion/)]]);
    const unparsable = await validateTree(repo({}, helmApp(['kubeVersion: "one.two"'])), render());
    expect(withRule(unparsable.findings, 'chart.render').map((f) => [f.line, f.message])).toEqual([[13, expect.stringMatching(/invalid kube version 'one.two'/)]]);
  });

  test('a value file of another repository or a URL: skipped, naming it', async () => {
    const url = await validateTree(repo({}, helmApp(['valueFiles:', '  - https://example.com/values.yaml'])), render());
    expect(withRule(url.findings, 'chart.render-skipped').map((f) => [f.line, f.message])).toEqual([[14, expect.stringMatching(/is a URL/)]]);
  });

  test('helm.version v2: Argo CD refuses it (an error)', async () => {
    const r = await validateTree(repo({}, helmApp(['version: v2'])), render());
    expect(withRule(r.findings, 'chart.render').map((f) => [f.line, f.message])).toEqual([[13, expect.stringMatching(/not supported/)]]);
  });
});

describe('render: what was reported already is not rendered again', () => {
  test('a value file that is a directory is missing even with ignoreMissingValueFiles (Argo CD skips only what does not exist)', async () => {
    const root = await makeTree(repo({ 'env/prod/cart.yaml': 'a: 1\n' }));
    expect(helm(['template', join(root, CHART), '--values', join(root, 'env/prod')]).stderr).toMatch(/is a directory/);
    const r = await validateTree(repo({ 'env/prod/cart.yaml': 'a: 1\n' }, helmApp(['ignoreMissingValueFiles: true', 'valueFiles:', '  - /env/prod', '  - /env/absent.yaml'])), render());
    expect(withRule(r.findings, 'source.value-file-missing').map((f) => [f.line, f.message])).toEqual([[15, expect.stringMatching(/'\/env\/prod' \(env\/prod\) is a directory.*ignoreMissingValueFiles skips only a file that does not exist/)]]);
    expect(renderFindings(r.findings)).toEqual([]);
  });

  test('a chart with errors of its own, or a missing value file: no chart.render on top', async () => {
    const badVersion = repo({ [`${CHART}/Chart.yaml`]: 'apiVersion: v2\nname: cart\nversion: one\n' });
    expect((await helmVerdict(badVersion)).fails).toBe(true);
    const own = await validateTree(badVersion, render());
    expect(withRule(own.findings, 'chart.version')).toHaveLength(1);
    expect(renderFindings(own.findings)).toEqual([]);
    const missing = await validateTree(repo({}, helmApp(['valueFiles:', '  - nope.yaml'])), render());
    expect(withRule(missing.findings, 'source.value-file-missing')).toHaveLength(1);
    expect(renderFindings(missing.findings)).toEqual([]);
    expect(missing.render?.skipped).toBe(1);
  });
});

describe('render: Argo CD source overrides in the chart directory', () => {
  test('.argocd-source-<app>.yaml (what Image Updater writes) supplies parameters; a broken one is chart.render at that file', async () => {
    const tpl = { [`${CHART}/templates/deployment.yaml`]: 'apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: {{ required "image.tag is required" .Values.image.tag }}\n' };
    const withOverride = { ...tpl, [`${CHART}/.argocd-source-cart-prod.yaml`]: 'helm:\n  parameters:\n    - name: image.tag\n      value: v9\n      forceString: true\n' };
    expect(brief((await validateTree(repo(withOverride), render())).findings)).toEqual([]);
    const broken = { ...tpl, [`${CHART}/.argocd-source.yaml`]: 'helm: [\n' };
    const [f] = withRule((await validateTree(repo(broken), render())).findings, 'chart.render');
    expect(f).toMatchObject({ file: `${CHART}/.argocd-source.yaml` });
  });
});

describe('render: the runs themselves', () => {
  test('a template that never ends is stopped at the timeout and reported', async () => {
    const files = { [`${CHART}/templates/loop.yaml`]: '{{- range until 100000 }}{{- range until 100000 }}{{- end }}{{- end }}\n' };
    const r = await validateTree(repo(files), { render: { helm: helmBinary(), timeoutMs: 400 } });
    expect(withRule(r.findings, 'chart.render').map((f) => f.message)).toEqual([expect.stringMatching(/did not finish within/)]);
  });

  test('a cancelled run (SIGTERM) stops its helm processes and leaves no temp files (the built CLI)', async () => {
    const built = join(fileURLToPath(new URL('../..', import.meta.url)), 'dist/cli.js');
    const root = await makeTree(repo({ [`${CHART}/templates/loop.yaml`]: '{{- range until 100000 }}{{- range until 100000 }}{{- end }}{{- end }}\n' }, helmApp(['values: |', '  inline: secret-ish'])));
    const tmp = mkdtempSync(join(tmpdir(), 'gitops-signal-'));
    const child = spawn(process.execPath, [built, 'validate', root, '--render', '--helm', helmBinary()], { env: { ...process.env, TMPDIR: tmp }, stdio: 'ignore' });
    const exited = new Promise<string | null>((done) => child.on('exit', (_code, signal) => done(signal)));
    // Wait until helm is running (its home is made first, the values file when the run starts).
    for (let i = 0; i < 100 && !readdirSync(tmp).some((d) => d.startsWith('gitops-action-helm-') && readdirSync(join(tmp, d)).some((f) => f.includes('values'))); i++) await new Promise((r) => setTimeout(r, 50));
    child.kill('SIGTERM');
    expect(await exited).toBe('SIGTERM');
    await new Promise((r) => setTimeout(r, 200));
    expect(readdirSync(tmp)).toEqual([]);
    rmSync(tmp, { recursive: true, force: true });
  });

  test('Applications that render a chart alike share one run', async () => {
    const tree = goodRepo([['prod', 'cart']]);
    tree['argo-apps/argo-apps-prod/cart2-application.yaml'] = app({ name: 'cart-prod', path: CHART, server: 'https://other.example:6443' }).replace('  namespace: argocd', '  namespace: team-a');
    const r = await validateTree(tree, render());
    expect(r.render?.rendered).toBe(1);
  });

  test('a relative --helm path is taken from the working directory, not the chart\'s', async () => {
    const root = await makeTree(goodRepo());
    const rel = relative(process.cwd(), helmBinary());
    expect(rel.startsWith('/')).toBe(false);
    const r = await validateRepo(root, { render: { helm: rel } });
    expect(r.render?.rendered).toBe(1);
  });

  test('arguments the OS refuses to pass to helm (a parameter over 128 KiB, a NUL byte): chart.render, not a crash', async () => {
    // spawn throws these at once instead of failing the run; Argo CD's exec of helm fails on them too.
    const big = await validateTree(repo({}, helmApp(['parameters:', `  - name: blob`, `    value: "${'x'.repeat(200 * 1024)}"`])), render());
    expect(withRule(big.findings, 'chart.render')).toEqual([
      expect.objectContaining({ file: APP, line: 10, message: expect.stringMatching(/longer than the operating system allows \(E2BIG/) }),
    ]);
    const nul = await validateTree(repo({}, helmApp(['parameters:', '  - name: blob', '    value: "a\\0b"'])), render());
    expect(withRule(nul.findings, 'chart.render')).toEqual([expect.objectContaining({ file: APP, message: expect.stringMatching(/helm could not be started/) })]);
  });

  test('a --helm path the OS refuses (too long): a UserError naming why, not a crash', async () => {
    const root = await makeTree(goodRepo());
    await expect(validateRepo(root, { render: { helm: `/${'h'.repeat(5000)}` } })).rejects.toThrow(UserError);
    await expect(validateRepo(root, { render: { helm: `/${'h'.repeat(5000)}` } })).rejects.toThrow(/could not be run \(ENAMETOOLONG\)/);
  });

  test('no helm: a UserError naming the binary, before anything is read', async () => {
    const root = await makeTree(goodRepo());
    await expect(validateRepo(root, { render: { helm: '/nonexistent/helm' } })).rejects.toThrow(UserError);
    await expect(validateRepo(root, { render: { helm: '/nonexistent/helm' } })).rejects.toThrow(/'\/nonexistent\/helm' was not found/);
  });

  test('the CLI: --render in the JSON report, exit 1; --helm alone is a usage error (exit 2)', async () => {
    const root = await makeTree(repo({ [`${CHART}/templates/deployment.yaml`]: 'kind: {{ .Values.x\n' }));
    const out: string[] = [];
    const err: string[] = [];
    const io = { stdout: (t: string) => void out.push(t), stderr: (t: string) => void err.push(t) };
    const code = await runCli(['validate', root, '--format', 'json', '--render', '--helm', helmBinary()], io);
    expect(code).toBe(1);
    const report = JSON.parse(out.join(''));
    expect(report.findings.map((f: { ruleId: string }) => f.ruleId)).toContain('chart.render');
    expect(err.join('')).toMatch(/Rendered 1 Helm source with helm v3/);
    const usage = await runCli(['validate', root, '--helm', helmBinary()], { stdout: () => {}, stderr: () => {} });
    expect(usage).toBe(2);
  });
});

describe('render: only what a change touches (changedFiles, --render-since)', () => {
  const two = () => {
    const t = goodRepo([['prod', 'cart'], ['prod', 'orders']]);
    // A broken template in orders: reported only when orders is rendered.
    t['gitops/shop/prod/orders/templates/deployment.yaml'] = 'kind: {{ .Values.x\n';
    return t;
  };

  test('a changed template renders its chart only; an untouched broken chart is not rendered', async () => {
    const r = await validateTree(two(), { render: { helm: helmBinary(), changedFiles: new Set([`${CHART}/templates/deployment.yaml`]) } });
    expect(r.render).toMatchObject({ rendered: 1, untouched: 1 });
    expect(renderFindings(r.findings)).toEqual([]);
  });

  test('the Application file, a value file or a file under the chart counts as a change of that source', async () => {
    const all = await validateTree(two(), { render: { helm: helmBinary(), changedFiles: new Set(['argo-apps/argo-apps-prod/orders-application.yaml']) } });
    expect(all.render).toMatchObject({ rendered: 1, untouched: 1 });
    expect(withRule(all.findings, 'chart.render').map((f) => f.file)).toEqual(['gitops/shop/prod/orders/templates/deployment.yaml']);
    const tree = two();
    tree['env/prod.yaml'] = 'replicaCount: 2\n';
    tree[APP] = helmApp(['valueFiles:', '  - /env/prod.yaml']);
    const byValues = await validateTree(tree, { render: { helm: helmBinary(), changedFiles: new Set(['env/prod.yaml']) } });
    expect(byValues.render).toMatchObject({ rendered: 1, untouched: 1 });
    const none = await validateTree(two(), { render: { helm: helmBinary(), changedFiles: new Set(['README.md']) } });
    expect(none.render).toMatchObject({ rendered: 0, untouched: 2 });
  });

  test('deleting a value file that ignoreMissingValueFiles skips counts as a change of the source (its values are gone)', async () => {
    const tree = two();
    tree[`${CHART}/templates/deployment.yaml`] = 'apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: {{ required "tag is required" .Values.tag }}\n';
    tree[APP] = helmApp(['ignoreMissingValueFiles: true', 'valueFiles:', '  - /env/prod.yaml']);
    // env/prod.yaml, which held `tag`, is what the change deletes: it is not in the tree.
    const r = await validateTree(tree, { render: { helm: helmBinary(), changedFiles: new Set(['env/prod.yaml']) } });
    expect(r.render).toMatchObject({ rendered: 1, untouched: 1 });
    expect(withRule(r.findings, 'chart.render').map((f) => [f.file, f.message])).toEqual([[`${CHART}/templates/deployment.yaml`, expect.stringMatching(/tag is required/)]]);
  });

  test('a change to a chart or value file reached through a link counts for every path to it', async () => {
    const t = goodRepo([['prod', 'cart']]);
    t['shared/cart-values.yaml'] = 'replicaCount: 1\n';
    const root = await makeTree(t);
    // staging/cart is a link to prod/cart; prod/cart's values.yaml is a link to shared/.
    mkdirSync(join(root, 'gitops/shop/staging'), { recursive: true });
    symlinkSync('../prod/cart', join(root, 'gitops/shop/staging/cart'));
    mkdirSync(join(root, 'argo-apps/argo-apps-staging'), { recursive: true });
    writeFileSync(join(root, 'argo-apps/argo-apps-staging/cart-application.yaml'), app({ name: 'cart-staging', path: 'gitops/shop/staging/cart' }));
    rmSync(join(root, `${CHART}/values.yaml`));
    symlinkSync('../../../../shared/cart-values.yaml', join(root, `${CHART}/values.yaml`));
    const viaChart = await validateRepo(root, { render: { helm: helmBinary(), changedFiles: new Set([`${CHART}/templates/deployment.yaml`]) } });
    expect(viaChart.render).toMatchObject({ rendered: 2, untouched: 0 });
    const viaValues = await validateRepo(root, { render: { helm: helmBinary(), changedFiles: new Set(['shared/cart-values.yaml']) } });
    expect(viaValues.render).toMatchObject({ untouched: 0 });
  });

  test('a library vendored in charts/ by a link: a change to its helpers renders the charts that include it, a deletion too', async () => {
    const t = goodRepo([['prod', 'cart'], ['prod', 'orders']]);
    t['gitops/shop/common/Chart.yaml'] = 'apiVersion: v2\nname: common\nversion: 0.1.0\ntype: library\n';
    t['gitops/shop/common/templates/_name.tpl'] = '{{- define "common.name" -}}{{ fail "common.name is broken" }}{{- end -}}\n';
    t[`${CHART}/Chart.yaml`] = 'apiVersion: v2\nname: cart\nversion: 0.1.0\ndependencies:\n  - name: common\n    version: 0.1.0\n    repository: file://../../common\n';
    t[`${CHART}/templates/cm.yaml`] = 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: {{ include "common.name" . }}\n';
    const root = await makeTree(t);
    mkdirSync(join(root, CHART, 'charts'));
    symlinkSync('../../../common', join(root, CHART, 'charts/common'));
    const changed = await validateRepo(root, { render: { helm: helmBinary(), changedFiles: new Set(['gitops/shop/common/templates/_name.tpl']) } });
    expect(changed.render).toMatchObject({ rendered: 1, untouched: 1 });
    expect(withRule(changed.findings, 'chart.render').map((f) => f.message)).toEqual([expect.stringMatching(/common.name is broken/)]);
    // The library deleted: the link is left dangling, and still counts by where it points.
    rmSync(join(root, 'gitops/shop/common'), { recursive: true });
    const deleted = await validateRepo(root, { render: { helm: helmBinary(), changedFiles: new Set(['gitops/shop/common/Chart.yaml']) } });
    expect(deleted.render).toMatchObject({ untouched: 1 });
    expect(deleted.render!.rendered + deleted.render!.skipped).toBe(1);
  });

  test('--render-since REF: what differs from where the tree branched off REF, uncommitted and untracked included', async () => {
    const root = await makeTree(two());
    const git = (...a: string[]) => execFileSync('git', a, { cwd: root, encoding: 'utf8', env: { ...process.env, GIT_AUTHOR_NAME: 't', GIT_AUTHOR_EMAIL: 't@e', GIT_COMMITTER_NAME: 't', GIT_COMMITTER_EMAIL: 't@e' } });
    git('init', '-q', '-b', 'main');
    git('add', '-A');
    git('commit', '-qm', 'base');
    git('checkout', '-qb', 'feature');
    writeFileSync(join(root, CHART, 'templates/extra.yaml'), 'apiVersion: v1\nmetadata:\n  name: x\n'); // untracked, renders no kind
    const run = async (...extra: string[]) => {
      const out: string[] = [];
      const err: string[] = [];
      const code = await runCli(['validate', root, '--format', 'json', '--render', '--helm', helmBinary(), ...extra], { stdout: (t) => void out.push(t), stderr: (t) => void err.push(t) });
      return { code, report: out.length ? JSON.parse(out.join('')) : undefined, err: err.join('') };
    };
    const since = await run('--render-since', 'main');
    expect(since.err).toMatch(/Rendered 1 Helm source .*1 not touched by the change/);
    expect(since.report.findings.map((f: { ruleId: string; file: string }) => `${f.ruleId} ${f.file}`)).toEqual([`chart.rendered-object ${CHART}/templates/extra.yaml`]);
    const bad = await run('--render-since', 'no-such-branch');
    expect(bad.code).toBe(2);
    expect(bad.err).toMatch(/'no-such-branch' is not a commit this checkout knows/);
    expect((await run('--render-since', '--all')).code).toBe(2);
    // No merge base (unrelated history, or a shallow clone): a warning, and every chart is rendered.
    git('checkout', '-q', '--orphan', 'unrelated');
    git('commit', '-qm', 'unrelated', '--allow-empty');
    git('checkout', '-q', '-f', 'feature');
    writeFileSync(join(root, CHART, 'templates/extra.yaml'), 'apiVersion: v1\nmetadata:\n  name: x\n');
    const noBase = await run('--render-since', 'unrelated');
    expect(noBase.err).toMatch(/no merge base in this checkout \(a shallow clone\?\): every chart is rendered/);
    expect(noBase.err).toMatch(/Rendered 2 Helm sources/);
    // An annotated tag is a ref like any other (its commit is what is compared).
    git('tag', '-a', 'v1', '-m', 'v1', 'main');
    expect((await run('--render-since', 'v1')).err).toMatch(/1 not touched by the change/);
  });
});

describe('render: nothing outside the repository is read, nothing of the job reaches helm', () => {
  const cm = (body: string) => ({ [`${CHART}/templates/cm.yaml`]: `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: x\ndata:\n${body}` });

  test('a file parameter through a link out of the repo: refused as Argo CD refuses it, its content never read', async () => {
    const outside = mkdtempSync(join(tmpdir(), 'gitops-outside-'));
    writeFileSync(join(outside, 'secret.txt'), 'TOP-SECRET-OUTSIDE');
    const root = await makeTree(repo(cm('  f: {{ fail .Values.f }}\n'), helmApp(['fileParameters:', '  - name: f', '    path: /shared/f.txt'])));
    mkdirSync(join(root, 'shared'));
    symlinkSync(join(outside, 'secret.txt'), join(root, 'shared/f.txt'));
    const r = await validateRepo(root, render());
    expect(JSON.stringify(r.findings)).not.toContain('TOP-SECRET');
    expect(withRule(r.findings, 'chart.render').map((f) => [f.file, f.line, f.message])).toEqual([[APP, 15, expect.stringMatching(/resolves outside the repository \(through a symbolic link\).*resolved to outside repository root/)]]);
    rmSync(outside, { recursive: true, force: true });
  });

  test('a value file through a link out of the repo with ignoreMissingValueFiles: refused, not read', async () => {
    const outside = mkdtempSync(join(tmpdir(), 'gitops-outside-'));
    writeFileSync(join(outside, 'v.yaml'), 'leak: OUTSIDE-VALUE\n');
    const root = await makeTree(repo(cm('  f: {{ fail (default "none" .Values.leak) }}\n'), helmApp(['ignoreMissingValueFiles: true', 'valueFiles:', '  - /linkroot/v.yaml'])));
    symlinkSync(outside, join(root, 'linkroot'));
    const r = await validateRepo(root, render());
    expect(JSON.stringify(r.findings)).not.toContain('OUTSIDE-VALUE');
    expect(withRule(r.findings, 'chart.render').map((f) => f.message)).toEqual([expect.stringMatching(/resolves outside the repository/)]);
    rmSync(outside, { recursive: true, force: true });
  });

  test('.git/ is never handed to helm (on a runner it holds the checkout\'s credentials)', async () => {
    const root = await makeTree(repo(cm('  f: {{ fail .Values.f }}\n'), helmApp(['fileParameters:', '  - name: f', '    path: /.git/config'])));
    mkdirSync(join(root, '.git'));
    writeFileSync(join(root, '.git/config'), '[http]\n\textraheader = AUTHORIZATION: basic c2VjcmV0\n');
    const r = await validateRepo(root, render());
    expect(JSON.stringify(r.findings)).not.toContain('AUTHORIZATION');
    expect(withRule(r.findings, 'chart.render-skipped').map((f) => f.message)).toEqual([expect.stringMatching(/under \.git\/.*not read/)]);
  });

  test('the job\'s environment does not reach helm: HELM_NAMESPACE and secrets stay out', async () => {
    const saved = { ns: process.env.HELM_NAMESPACE, tok: process.env.INPUT_TOKEN };
    process.env.HELM_NAMESPACE = 'ci';
    process.env.INPUT_TOKEN = 'ghp_FAKE_FOR_TEST';
    try {
      const noNs = helmApp([]).replace('    namespace: shop\n', '');
      const tree = repo(cm('  ns: {{ if ne .Release.Namespace "default" }}{{ fail (printf "namespace %s" .Release.Namespace) }}{{ end }}x\n'), noNs);
      const r = await validateTree(tree, render());
      expect(brief(r.findings)).toEqual([]);
    } finally {
      if (saved.ns === undefined) delete process.env.HELM_NAMESPACE;
      else process.env.HELM_NAMESPACE = saved.ns;
      if (saved.tok === undefined) delete process.env.INPUT_TOKEN;
      else process.env.INPUT_TOKEN = saved.tok;
    }
  });

  test('a file:// value file is refused as Argo CD refuses the scheme', async () => {
    const r = await validateTree(repo({}, helmApp(['valueFiles:', '  - file:///etc/hostname'])), render());
    expect(withRule(r.findings, 'chart.render').map((f) => f.message)).toEqual([expect.stringMatching(/refuses the URL scheme 'file'/)]);
  });
});

describe('render: what Argo CD accepts is accepted (the probe\'s false positives)', () => {
  test('rendered YAML go-yaml reads: a key set twice, !!binary, a local tag, a List with no items', async () => {
    const files = {
      [`${CHART}/templates/dup.yaml`]: 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: dup\n  labels:\n    a: one\n    a: two\n',
      [`${CHART}/templates/bin.yaml`]: 'apiVersion: v1\nkind: Secret\nmetadata:\n  name: bin\ndata:\n  k: !!binary aGVsbG8=\n  l: !local x\n',
      [`${CHART}/templates/list.yaml`]: 'apiVersion: v1\nkind: List\nitems:\n',
    };
    expect((await helmVerdict(repo(files))).fails).toBe(false);
    expect(brief((await validateTree(repo(files), render())).findings)).toEqual([]);
  });

  test('$ARGOCD_APP_PROJECT_NAME and $ARGOCD_APP_REVISION_SHORT_8 are set', async () => {
    const files = { [`${CHART}/templates/cm.yaml`]: 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: {{ required "project" .Values.project }}-{{ len (required "rev" .Values.rev) }}\n' };
    const r = await validateTree(repo(files, helmApp(['parameters:', '  - name: project', '    value: $ARGOCD_APP_PROJECT_NAME', '  - name: rev', '    value: ${ARGOCD_APP_REVISION_SHORT_8}'])), render());
    expect(brief(r.findings)).toEqual([]);
  });

  test('an Application outside argocd reads .argocd-source-<namespace>_<name>.yaml, as Argo CD does', async () => {
    const tpl = { [`${CHART}/templates/cm.yaml`]: 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: {{ required "a is required" .Values.a }}\n' };
    const appText = helmApp([]).replace('  namespace: argocd', '  namespace: team');
    const ok = await validateTree(repo({ ...tpl, [`${CHART}/.argocd-source-team_cart-prod.yaml`]: 'helm:\n  parameters:\n    - name: a\n      value: set\n' }, appText), render());
    expect(brief(ok.findings)).toEqual([]);
    const wrongName = await validateTree(repo({ ...tpl, [`${CHART}/.argocd-source-cart-prod.yaml`]: 'helm:\n  parameters:\n    - name: a\n      value: set\n' }, appText), render());
    expect(withRule(wrongName.findings, 'chart.render').map((f) => f.message)).toEqual([expect.stringMatching(/a is required/)]);
  });

  test('a value file or file parameter an override adds that is not there: chart.render at that line of the override', async () => {
    const root = await makeTree(repo({}));
    const h = helm(['template', join(root, CHART), '--values', join(root, CHART, 'values-nope.yaml')]);
    expect(h.stderr).toMatch(/no such file or directory/);
    for (const [text, line, why] of [
      ['# written back\nhelm:\n  valueFiles:\n    - values.yaml\n    - values-nope.yaml\n', 5, /value file 'values-nope.yaml' \(gitops\/shop\/prod\/cart\/values-nope.yaml\) does not exist/],
      ['helm:\n  ignoreMissingValueFiles: true\n  valueFiles:\n    - templates\n', 4, /is a directory .*ignoreMissingValueFiles skips only a file that does not exist/],
      ['helm:\n  fileParameters:\n    - name: a\n      path: nope.txt\n', 4, /file parameter 'nope.txt'/],
    ] as const) {
      const r = await validateTree(repo({ [`${CHART}/.argocd-source.yaml`]: text }), render());
      expect(withRule(r.findings, 'chart.render').map((f) => [f.file, f.line, f.message])).toEqual([[`${CHART}/.argocd-source.yaml`, line, expect.stringMatching(why)]]);
      expect(withRule(r.findings, 'chart.render-skipped')).toEqual([]);
    }
    // Not a refusal of the override when an Application's own field is the one that fails.
    const own = await validateTree(repo({ [`${CHART}/.argocd-source.yaml`]: 'helm:\n  parameters:\n    - name: a\n      value: b\n' }, helmApp(['version: v2'])), render());
    expect(withRule(own.findings, 'chart.render').map((f) => f.file)).toEqual([APP]);
  });

  test('override files Argo CD cannot merge: empty, only a comment, a field of the wrong type', async () => {
    for (const [text, why] of [['', /is empty/], ['# waiting for image updater\n', /is empty/], ['helm:\n  valueFiles: values-prod.yaml\n', /helm\.valueFiles. that must be array/], ['helm:\n  skipCrds: "yes"\n', /helm\.skipCrds. that must be boolean/]] as const) {
      const r = await validateTree(repo({ [`${CHART}/.argocd-source.yaml`]: text }), render());
      const found = withRule(r.findings, 'chart.render');
      expect(found.map((f) => [f.file, f.message])).toEqual([[`${CHART}/.argocd-source.yaml`, expect.stringMatching(why)]]);
    }
  });

  test('a file parameter from a $ref source of this repo is resolved as a value file is', async () => {
    const files = { [`${CHART}/templates/cm.yaml`]: 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: x\ndata:\n  a: {{ .Values.data | quote }}\n', 'files/a.txt': 'hello\n' };
    const multi = [
      'apiVersion: argoproj.io/v1alpha1', 'kind: Application', 'metadata:', '  name: cart-prod', '  namespace: argocd', 'spec:', '  project: default', '  sources:',
      `    - repoURL: ${REPO_URL}`, `      path: ${CHART}`, '      targetRevision: main', '      helm:', '        fileParameters:', '          - name: data', '            path: $my-values/files/a.txt',
      `    - repoURL: ${REPO_URL}`, '      targetRevision: main', '      ref: my-values',
      '  destination:', '    server: https://kubernetes.default.svc', '    namespace: shop', '',
    ].join('\n');
    expect(brief((await validateTree(repo(files, multi), render())).findings)).toEqual([]);
  });

  test('a .Capabilities gate sees a current Kubernetes, not the v1.20 of a Helm built without release flags', async () => {
    const files = { [`${CHART}/templates/gate.yaml`]: '{{- if semverCompare "<1.23-0" .Capabilities.KubeVersion.Version }}{{ fail "too old" }}{{- end }}\n' };
    expect(brief((await validateTree(repo(files), render())).findings)).toEqual([]);
  });
});

describe('render: positions as Helm gives them', () => {
  test('Helm\'s column is a 0-based byte offset: the finding\'s column is 1-based, in characters', async () => {
    const tpl = 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: x\n  labels: {é: "{{required "req" .Values.nope}}"}\n';
    const tree = repo({ [`${CHART}/templates/cm.yaml`]: tpl });
    const h = await helmVerdict(tree);
    const byte = Number(/cm\.yaml:5:(\d+)/.exec(h.stderr)![1]);
    const [f] = withRule((await validateTree(tree, render())).findings, 'chart.render');
    const line = tpl.split('\n')[4];
    expect(f).toMatchObject({ line: 5, column: Buffer.from(line, 'utf8').subarray(0, byte).toString('utf8').length + 1 });
    // Go points at the node that failed: the function name, after a two-byte é.
    expect(line.slice(f.column - 1).startsWith('required "req"')).toBe(true);
  });

  test('a subchart whose directory is not its name: the finding lands in that directory', async () => {
    const files = {
      [`${CHART}/Chart.yaml`]: 'apiVersion: v2\nname: cart\nversion: 0.1.0\ndependencies:\n  - name: redis\n    version: 7.0.0\n',
      [`${CHART}/charts/redis-7.0/Chart.yaml`]: 'apiVersion: v2\nname: redis\nversion: 7.0.0\n',
      [`${CHART}/charts/redis-7.0/templates/cm.yaml`]: 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: {{ .Values.missing.name }}\n',
    };
    expect((await helmVerdict(repo(files))).stderr).toMatch(/cart\/charts\/redis\/templates\/cm\.yaml:4/);
    const [f] = withRule((await validateTree(repo(files), render())).findings, 'chart.render');
    expect(f).toMatchObject({ file: `${CHART}/charts/redis-7.0/templates/cm.yaml`, line: 4 });
  });
});

describe('render: a value file path with $ARGOCD_APP_* (the value-file rule substitutes as Argo CD does)', () => {
  test('values-$ARGOCD_APP_NAME.yaml that exists is no missing file; one that does not is', async () => {
    const ok = await validateTree(repo({ [`${CHART}/values-cart-prod.yaml`]: 'a: 1\n' }, helmApp(['valueFiles:', '  - values-$ARGOCD_APP_NAME.yaml'])));
    expect(withRule(ok.findings, 'source.value-file-missing')).toEqual([]);
    const missing = await validateTree(repo({}, helmApp(['valueFiles:', '  - values-${ARGOCD_APP_NAME}.yaml'])));
    expect(withRule(missing.findings, 'source.value-file-missing').map((f) => f.message)).toEqual([expect.stringMatching(/values-cart-prod\.yaml/)]);
    const byRevision = await validateTree(repo({}, helmApp(['valueFiles:', '  - values-$ARGOCD_APP_REVISION.yaml'])), render());
    expect(withRule(byRevision.findings, 'source.value-file-missing')).toEqual([]);
    // Rendered, it cannot be found either: a notice that says why, not an error.
    expect(errors(byRevision.findings)).toEqual([]);
    expect(withRule(byRevision.findings, 'chart.render-skipped').map((f) => f.message)).toEqual([expect.stringMatching(/names the revision Argo CD will resolve/)]);
  });
});

describe('render: the pieces, against Go and Argo CD semantics', () => {
  test('envsubst is os.Expand with Argo CD\'s mapping', () => {
    const env = new Map([['ARGOCD_APP_NAME', 'cart'], ['A', 'x']]);
    expect(envsubst('$ARGOCD_APP_NAME-${A}', env)).toBe('cart-x');
    expect(envsubst('$UNKNOWN.', env)).toBe('.');
    expect(envsubst('cost $$5', env)).toBe('cost $5');
    expect(envsubst('a$', env)).toBe('a$');
    expect(envsubst('$/path', env)).toBe('$/path');
    expect(envsubst('${}x', env)).toBe('x');
    expect(envsubst('${A', env)).toBe('A');
    expect(envsubst('no dollars', env)).toBe('no dollars');
  });

  test('cleanSetParameter escapes unescaped commas unless the value is a {list}', () => {
    expect(cleanSetParameter('a,b')).toBe('a\\,b');
    expect(cleanSetParameter('a\\,b')).toBe('a\\,b');
    expect(cleanSetParameter('{a,b}')).toBe('{a,b}');
  });

  test('mergePatch is RFC 7386', () => {
    expect(mergePatch({ a: 1, b: { c: 2, d: 3 } }, { b: { c: null, e: 4 }, f: [1] })).toEqual({ a: 1, b: { d: 3, e: 4 }, f: [1] });
    expect(mergePatch({ a: 1 }, [1])).toEqual([1]);
  });

  test('the plan: release name, namespaces, flags, parameters last-wins, ignoreMissingValueFiles', () => {
    const base = { appName: 'cart-prod', appNamespace: 'argocd', destinationNamespace: 'shop', sourceAt: ['spec', 'source'], chartDir: CHART, sources: [], isPlatformRepo: () => true, fileKind: (p: string) => (p.endsWith('values-prod.yaml') ? ('file' as const) : ('missing' as const)) };
    const plan = planHelmTemplate({
      ...base,
      source: { path: CHART, helm: { releaseName: 'cart', namespace: 'shop-2', skipCrds: true, skipTests: true, apiVersions: ['x/v1'], valueFiles: ['values-prod.yaml', 'gone.yaml'], ignoreMissingValueFiles: true, parameters: [{ name: 'a', value: '1' }, { name: 'a', value: '$ARGOCD_APP_NAME' }, { name: 'b', value: '2', forceString: true }] } },
    }) as HelmTemplatePlan;
    expect(plan.args).toEqual(['template', '.', '--name-template', 'cart', '--namespace', 'shop-2', '--kube-version', DEFAULT_KUBE_VERSION, '--set', 'a=cart-prod', '--set-string', 'b=2', '--api-versions', 'x/v1', '--skip-tests']);
    expect(plan.valueFiles).toEqual([`${CHART}/values-prod.yaml`]);
    const defaults = planHelmTemplate({ ...base, source: { path: CHART } }) as HelmTemplatePlan;
    expect(defaults.args).toEqual(['template', '.', '--name-template', 'cart-prod', '--namespace', 'shop', '--kube-version', DEFAULT_KUBE_VERSION, '--include-crds']);
  });

  test('helm\'s messages: the place it names, the words without the advice', () => {
    expect(helmPlace('parse error at (cart/templates/a.yaml:12): unclosed action')).toEqual({ template: 'cart/templates/a.yaml', line: 12, column: 0 });
    expect(helmPlace('template: cart/templates/a.yaml:5:14: executing "cart/templates/a.yaml" at <.Values.x.y>: nil pointer')).toEqual({ template: 'cart/templates/a.yaml', line: 5, column: 14 });
    expect(helmPlace('YAML parse error on cart/templates/a.yaml: error converting YAML to JSON: yaml: line 7: bad')).toEqual({ template: 'cart/templates/a.yaml', line: 1, column: 0 });
    expect(helmPlace('values don\'t meet the specifications of the schema(s)')).toBeUndefined();
    expect(helmMessage('walk.go:75: found symbolic link\nError: boom\nUse --debug flag to render out invalid YAML\n')).toBe('boom');
    expect(renderedProblems('---\n# Source: c/templates/a.yaml\napiVersion: v1\nkind: List\nitems:\n  - apiVersion: v1\n    metadata: {name: x}\n')).toEqual([{ template: 'c/templates/a.yaml', message: expect.stringMatching(/without `kind`/) }]);
  });
});

function snapshot(root: string): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (dir: string) => {
    for (const n of readdirSync(dir)) {
      const p = join(dir, n);
      if (statSync(p).isDirectory()) walk(p);
      else out[p.slice(root.length)] = createHash('sha256').update(readFileSync(p)).digest('hex');
    }
  };
  walk(root);
  return out;
}

