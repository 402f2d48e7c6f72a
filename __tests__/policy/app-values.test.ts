/**
 * policy-on-validate judges a chart with the values its Application gives it (valueFiles,
 * values/valuesObject, parameters merged over values.yaml as Helm merges them), through the
 * shipped wasm, on a copy of the example repo (its templates print securityContext with
 * `toYaml .Values.securityContext`).
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gateRepo } from '../../src/policy/index.js';
import { coalesceValues, helmValues, mergeMaps, setValue } from '../../src/policy/app-values.js';
import { validateRepo } from '../../src/validate/engine.js';
import { SHIPPED_WASM } from '../../__fixtures__/policy/opa.js';

const EXAMPLE = fileURLToPath(new URL('../../examples/platform-repo', import.meta.url));
const APP = 'argo-apps/argo-apps-production/cart-application.yaml';
const APP2 = 'argo-apps/argo-apps-staging/cart-application.yaml';
const CHART = 'gitops/shop/production/cart';

/** The example repo with the production cart Application's `helm:` block replaced by `helm` lines (indented under source). */
function repoWith(helm: string[], extra: Record<string, string> = {}): string {
  const root = mkdtempSync(join(tmpdir(), 'app-values-'));
  cpSync(EXAMPLE, root, { recursive: true });
  const file = join(root, APP);
  const text = readFileSync(file, 'utf8').replace(/    helm:\n      valueFiles:\n        - values.yaml\n/, `    helm:\n${helm.map((l) => `      ${l}`).join('\n')}\n`);
  expect(text).toContain(helm[0]);
  writeFileSync(file, text);
  for (const [p, c] of Object.entries(extra)) writeFileSync(join(root, p), c);
  return root;
}

async function decideAll(root: string) {
  const result = await validateRepo(root, { repoUrl: 'https://github.com/trustacks/platform-example.git' });
  const run = await gateRepo(result.model, { packs: ['security-baseline'], repoUrl: 'https://github.com/trustacks/platform-example.git', wasmPath: SHIPPED_WASM }, { now: '2026-12-01T00:00:00Z' });
  return run.decision.denials;
}

async function decide(root: string) {
  return (await decideAll(root)).filter((d) => d.path.startsWith(CHART));
}

/** The chart's values.yaml with `privileged: true` in its container securityContext. */
const PRIVILEGED_VALUES = () => readFileSync(join(EXAMPLE, CHART, 'values.yaml'), 'utf8').replace('securityContext:\n', 'securityContext:\n  privileged: true\n');

test('the example repo as it is: no denial on the chart', async () => {
  expect(await decide(repoWith(['valueFiles:', '  - values.yaml']))).toEqual([]);
});

test.each([
  ['valuesObject', ['valuesObject:', '  securityContext:', '    privileged: true']],
  ['values (a YAML string)', ['values: |', '  securityContext:', '    privileged: true']],
  ['a parameter', ['parameters:', '  - name: securityContext.privileged', '    value: "true"']],
])('an Application that makes the container privileged through %s is denied, and the message says whose values', async (_how, helm) => {
  const denials = await decide(repoWith(helm));
  const sec = denials.filter((d) => d.rule_id === 'SEC-002');
  expect(sec.length).toBeGreaterThan(0);
  expect(sec[0].message).toContain(`the values of ${APP} (values.yaml with their overrides)`);
});

test('a value file the Application adds (after values.yaml) counts; a parameter with forceString stays a string', async () => {
  const root = repoWith(['valueFiles:', '  - values.yaml', '  - values-prod.yaml'], { [`${CHART}/values-prod.yaml`]: 'securityContext:\n  readOnlyRootFilesystem: false\n' });
  expect((await decide(root)).map((d) => d.rule_id)).toContain('SEC-003');
  const forced = await decide(repoWith(['parameters:', '  - name: securityContext.privileged', '    value: "true"', '    forceString: true']));
  // "true" as a string is not privileged: true (Kubernetes would refuse it; SEC-002 reads the boolean).
  expect(forced.filter((d) => d.rule_id === 'SEC-002' && /privileged/.test(d.message))).toEqual([]);
});

test('an override that removes a block (null) is judged as removed', async () => {
  const denials = await decide(repoWith(['valuesObject:', '  securityContext: null']));
  expect(denials.map((d) => d.rule_id)).toEqual(expect.arrayContaining(['SEC-002', 'SEC-003', 'SEC-004']));
});

test('safe overrides stay allowed', async () => {
  expect(await decide(repoWith(['valuesObject:', '  replicaCount: 4', '  securityContext:', '    readOnlyRootFilesystem: true']))).toEqual([]);
});

test('two Applications of one chart with different values: the chart is judged at its values.yaml', async () => {
  const root = repoWith(['valuesObject:', '  securityContext:', '    privileged: true']);
  // The staging Application pointed at the production chart too, without overrides.
  const staging = readFileSync(join(root, APP2), 'utf8').replace('gitops/shop/staging/cart', CHART);
  writeFileSync(join(root, APP2), staging);
  expect((await decide(root)).filter((d) => d.rule_id === 'SEC-002')).toEqual([]);
});

test('mergeMaps (the user files among themselves) keeps a null, which a later map replaces', () => {
  expect(mergeMaps({ a: { b: 1, c: [1, 2] }, d: 1 }, { a: { c: [3], e: 2 }, d: null })).toEqual({ a: { b: 1, c: [3], e: 2 }, d: null });
  expect(mergeMaps({ a: null }, { a: { b: 1 } })).toEqual({ a: { b: 1 } });
});

test('coalesceValues (user values over the chart): a null deletes the chart key, maps merge, the rest is the user\'s', () => {
  expect(coalesceValues({ a: { b: 1, c: 2 }, d: 1, e: [1] }, { a: { c: null, f: 3 }, d: null, e: 'x', g: null })).toEqual({ a: { b: 1, f: 3 }, e: 'x', g: null });
});

describe('helmValues, as helm template -f ... --set ... computes them', () => {
  const chart = { securityContext: { privileged: true, runAsNonRoot: true }, volumes: [{ name: 'docker', hostPath: { path: '/var/run/docker.sock' } }] };
  test('a null in one file then a map in a later one brings the chart\'s keys back (#4)', () => {
    expect(helmValues(chart, [chart, { securityContext: null }, { securityContext: { readOnlyRootFilesystem: true } }]).securityContext).toEqual({ privileged: true, runAsNonRoot: true, readOnlyRootFilesystem: true });
    // The null as the last word on the key still deletes it.
    expect(helmValues(chart, [chart, { securityContext: null }]).securityContext).toBeUndefined();
  });
  test('values.yaml is a layer where it is listed (#5)', () => {
    const hardened = { securityContext: { privileged: false } };
    expect(helmValues(chart, [hardened, chart]).securityContext).toMatchObject({ privileged: true });
    expect(helmValues(chart, [chart, hardened]).securityContext).toMatchObject({ privileged: false });
  });
  test('a parameter with a list index edits the list the value files built (#7)', () => {
    const v = helmValues(chart, [chart], [{ name: 'volumes[0].name', value: 'sock', forceString: false }]);
    expect(v.volumes).toEqual([{ name: 'sock', hostPath: { path: '/var/run/docker.sock' } }]);
    expect(chart.volumes[0].name).toBe('docker');
    expect(helmValues({}, [], [{ name: 'a[2]', value: '1', forceString: false }]).a).toEqual([null, null, 1]);
  });
  test('--set-string parameters (forceString) come after the others', () => {
    const v = helmValues({}, [], [
      { name: 'a', value: '1', forceString: true },
      { name: 'a', value: '2', forceString: false },
    ]);
    expect(v.a).toBe('1');
  });
});

test('setValue types a parameter as strvals typedVal does (#2)', () => {
  const typed = (v: string) => setValue(v, false);
  expect(['true', 'True', 'TRUE', 'tRuE'].map(typed)).toEqual([true, true, true, true]);
  expect(['false', 'False', 'FALSE'].map(typed)).toEqual([false, false, false]);
  expect(['null', 'NULL', 'Null'].map(typed)).toEqual([null, null, null]);
  expect(['0', '+0', '-0', '+5', '-3', '-03', '42', '9223372036854775807'].map(typed)).toEqual([0, 0, 0, 5, -3, -3, 42, 9223372036854775807]);
  // A leading 0, a number past int64, a float, hex, underscores and yes/no stay strings.
  expect(['01', '00', '9223372036854775808', '1.5', '0x1', '1_000', 'yes', ''].map(typed)).toEqual(['01', '00', '9223372036854775808', '1.5', '0x1', '1_000', 'yes', '']);
  expect(setValue('true', true)).toBe('true');
  expect(setValue('{1,True,x}', false)).toEqual([1, true, 'x']);
  expect(setValue('{1,true}', true)).toEqual(['1', 'true']);
});

test('Helm\'s value order, through the gate: the value file listed last wins, values.yaml included (#5)', async () => {
  const hardened = { [`${CHART}/values.yaml`]: PRIVILEGED_VALUES(), [`${CHART}/values-hardened.yaml`]: 'securityContext:\n  privileged: false\n' };
  const last = await decide(repoWith(['valueFiles:', '  - values-hardened.yaml', '  - values.yaml'], hardened));
  expect(last.map((d) => d.rule_id)).toContain('SEC-002');
  const first = await decide(repoWith(['valueFiles:', '  - values.yaml', '  - values-hardened.yaml'], hardened));
  expect(first.filter((d) => d.rule_id === 'SEC-002')).toEqual([]);
});

test('a null in a value file, then a map in valuesObject: the chart\'s privileged: true comes back (#4)', async () => {
  const root = repoWith(['valueFiles:', '  - values.yaml', '  - values-reset.yaml', 'valuesObject:', '  securityContext:', '    allowPrivilegeEscalation: false'], {
    [`${CHART}/values.yaml`]: PRIVILEGED_VALUES(),
    [`${CHART}/values-reset.yaml`]: 'securityContext: null\n',
  });
  expect((await decide(root)).map((d) => d.rule_id)).toContain('SEC-002');
});

test('a parameter with a list index keeps the hostPath volume values.yaml lists (#7)', async () => {
  const template = readFileSync(join(EXAMPLE, CHART, 'templates/deployment.yaml'), 'utf8').replace('      containers:\n', '      {{- with .Values.volumes }}\n      volumes:\n        {{- toYaml . | nindent 8 }}\n      {{- end }}\n      containers:\n');
  const values = readFileSync(join(EXAMPLE, CHART, 'values.yaml'), 'utf8') + 'volumes:\n  - name: docker\n    hostPath:\n      path: /var/run/docker.sock\n';
  const root = repoWith(['valueFiles:', '  - values.yaml', 'parameters:', '  - name: volumes[0].name', '    value: sock'], { [`${CHART}/templates/deployment.yaml`]: template, [`${CHART}/values.yaml`]: values });
  const sec = (await decide(root)).filter((d) => d.rule_id === 'SEC-005');
  expect(sec.length).toBeGreaterThan(0);
  expect(sec[0].message).toContain('sock');
});

test('parameters typed as Helm types them: True and +0 (#2)', async () => {
  const privileged = await decide(repoWith(['valueFiles:', '  - values.yaml', 'parameters:', '  - name: securityContext.privileged', '    value: "True"']));
  expect(privileged.map((d) => d.rule_id)).toContain('SEC-002');
  const root = await decide(repoWith(['valueFiles:', '  - values.yaml', 'parameters:', '  - name: podSecurityContext.runAsUser', '    value: "+0"']));
  expect(root.filter((d) => d.rule_id === 'SEC-001' && /runAsUser/.test(d.message)).length).toBeGreaterThan(0);
});

describe('a chart without values.yaml is judged with its Application\'s values (#6)', () => {
  const values = readFileSync(join(EXAMPLE, CHART, 'values.yaml'), 'utf8');
  const asObject = (text: string) => ['valuesObject:', ...text.trimEnd().split('\n').map((l) => `  ${l}`)];
  const withoutValues = (helm: string[]) => {
    const root = repoWith(helm);
    rmSync(join(root, CHART, 'values.yaml'));
    return root;
  };
  test('hardened by the Application alone: allowed', async () => {
    expect(await decide(withoutValues(asObject(values)))).toEqual([]);
  });
  test('made privileged by the Application: denied', async () => {
    const denials = await decide(withoutValues(asObject(values.replace('securityContext:\n', 'securityContext:\n  privileged: true\n'))));
    expect(denials.map((d) => d.rule_id)).toEqual(['SEC-002']);
  });
});

describe('CON-008 judges the images an Application sets (#1)', () => {
  const con008 = async (root: string) => (await decideAll(root)).filter((d) => d.rule_id === 'CON-008');
  test('a parameter image.tag=latest: denied at the parameter, naming whose values', async () => {
    const denials = await con008(repoWith(['valueFiles:', '  - values.yaml', 'parameters:', '  - name: image.tag', '    value: latest']));
    expect(denials).toHaveLength(1);
    expect(denials[0]).toMatchObject({ path: APP, field: ['spec', 'source', 'helm', 'parameters', 0, 'value'] });
    expect(denials[0].message).toContain(`the values of ${APP} (values.yaml with their overrides) image: repository ghcr.io/trustacks/cart has tag 'latest'`);
  });
  test('valuesObject, or another value file, with tag latest: denied on the Application', async () => {
    const obj = await con008(repoWith(['valuesObject:', '  image:', '    tag: latest']));
    expect(obj).toHaveLength(1);
    expect(obj[0]).toMatchObject({ path: APP, field: ['spec', 'source', 'helm', 'valuesObject', 'image', 'tag'] });
    const file = await con008(repoWith(['valueFiles:', '  - values.yaml', '  - values-latest.yaml'], { [`${CHART}/values-latest.yaml`]: 'image:\n  tag: latest\n' }));
    expect(file.map((d) => d.path)).toEqual([APP]);
  });
  test('an image the Application leaves as values.yaml has it is not judged twice', async () => {
    expect(await con008(repoWith(['valuesObject:', '  replicaCount: 4']))).toEqual([]);
  });
});