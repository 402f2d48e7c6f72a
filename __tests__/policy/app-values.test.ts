/**
 * policy-on-validate judges a chart with the values its Application gives it (valueFiles,
 * values/valuesObject, parameters merged over values.yaml as Helm merges them), through the
 * shipped wasm, on a copy of the example repo (its templates print securityContext with
 * `toYaml .Values.securityContext`).
 */
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gateRepo } from '../../src/policy/index.js';
import { mergeValues } from '../../src/policy/app-values.js';
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

async function decide(root: string) {
  const result = await validateRepo(root, { repoUrl: 'https://github.com/trustacks/platform-example.git' });
  const run = await gateRepo(result.model, { packs: ['security-baseline'], repoUrl: 'https://github.com/trustacks/platform-example.git', wasmPath: SHIPPED_WASM }, { now: '2026-12-01T00:00:00Z' });
  return run.decision.denials.filter((d) => d.path.startsWith(CHART));
}

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

test('mergeValues merges maps key by key, replaces lists and scalars, and a null removes the key', () => {
  expect(mergeValues({ a: { b: 1, c: [1, 2] }, d: 1 }, { a: { c: [3], e: 2 }, d: null })).toEqual({ a: { b: 1, c: [3], e: 2 } });
});
