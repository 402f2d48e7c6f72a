/**
 * The security-baseline gate judges a kept chart's templated securityContext from the values
 * path its directive prints (`toYaml .Values.hardening`), not from the `helm create` key
 * (`securityContext`) that sits in values.yaml unused. Each case is checked against what the
 * pinned helm renders, so that the gate's verdict is the verdict on the rendered Deployment.
 */
import { cp, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parseAllDocuments } from 'yaml';
import { runGenerateCli } from '../../src/cli/generate.js';
import { bufferIO, copyFixture, helm, helmBinary, policyWasm, removeDir } from '../../__fixtures__/generate/helpers.js';

const CHART = 'gitops/shop/staging/payments';
const ARGS = ['--service', 'payments', '--application', 'shop', '--clusters', 'staging', '--ci-workflow', 'skip', '--image', 'ghcr.io/a/p:1.0.0', '--packs', 'security-baseline', '--dry-run', '--format', 'json'];
const COMPLIANT = 'allowPrivilegeEscalation: false\n  readOnlyRootFilesystem: true\n  capabilities:\n    drop: ["ALL"]\n';
const PRIVILEGED = 'privileged: true\n  allowPrivilegeEscalation: true\n';

const dirs: string[] = [];
afterAll(async () => {
  for (const d of dirs) await removeDir(d);
});
beforeAll(() => {
  helmBinary(); // fails the suite with build instructions when the pinned helm is missing
});

/**
 * The example repo with a kept chart `payments` (staging, no Application yet), a copy of cart
 * whose Deployment prints the container securityContext with `directive` (in place of
 * `{{- toYaml .Values.securityContext | nindent 12 }}`), and `extraValues` appended to values.yaml.
 */
async function keptChart(directive: string, extraValues: string, valuesEdit: (s: string) => string = (s) => s): Promise<string> {
  const dir = await copyFixture('example');
  dirs.push(dir);
  const chart = join(dir, CHART);
  await cp(join(dir, 'gitops/shop/staging/cart'), chart, { recursive: true });
  const chartYaml = join(chart, 'Chart.yaml');
  await writeFile(chartYaml, (await readFile(chartYaml, 'utf8')).replace(/cart/g, 'payments'));
  const deploy = join(chart, 'templates/deployment.yaml');
  const before = await readFile(deploy, 'utf8');
  const after = before.replace('{{- toYaml .Values.securityContext | nindent 12 }}', directive);
  expect(after).not.toBe(before);
  await writeFile(deploy, after);
  const values = join(chart, 'values.yaml');
  await writeFile(values, valuesEdit(await readFile(values, 'utf8')) + extraValues);
  return dir;
}

/** The container securityContext of the Deployment helm renders from the chart. */
function rendered(dir: string): Record<string, unknown> {
  const r = helm(['template', 'payments', join(dir, CHART)]);
  expect(r.stderr).toBe('');
  expect(r.status).toBe(0);
  const deployment = parseAllDocuments(r.stdout).map((d) => d.toJS()).find((d) => d?.kind === 'Deployment');
  return deployment.spec.template.spec.containers[0].securityContext;
}

async function gate(dir: string) {
  const b = bufferIO();
  const code = await runGenerateCli([dir, ...ARGS], b.io, { gate: { wasmPath: policyWasm() } });
  expect(b.err()).toBe('');
  const doc = JSON.parse(b.out());
  return { code, outcome: doc.outcome as string, denials: doc.decision.denials as { rule_id: string; path: string; message: string }[] };
}

test('toYaml .Values.hardening with privileged values: helm renders privileged, and the gate denies it, though values.yaml keeps a compliant securityContext', async () => {
  const dir = await keptChart('{{- toYaml .Values.hardening | nindent 12 }}', `hardening:\n  ${PRIVILEGED}`);
  expect(rendered(dir)).toEqual({ privileged: true, allowPrivilegeEscalation: true });
  const g = await gate(dir);
  expect(g.outcome).toBe('denied');
  expect(g.code).not.toBe(0);
  const deploy = `${CHART}/templates/deployment.yaml`;
  expect(g.denials.filter((d) => d.path === deploy).map((d) => d.message)).toEqual(
    expect.arrayContaining([expect.stringMatching(/the container is privileged \(from values\.yaml hardening\)$/), expect.stringMatching(/allowPrivilegeEscalation is not false/)]),
  );
  expect(new Set(g.denials.map((d) => d.rule_id))).toEqual(new Set(['SEC-002', 'SEC-003', 'SEC-004']));
});

test('the other way round: a compliant .Values.hardening beside a privileged securityContext no template uses renders compliant, and the gate allows it', async () => {
  const dir = await keptChart('{{- toYaml .Values.hardening | nindent 12 }}', `hardening:\n  ${COMPLIANT}`, (s) => s.replace('allowPrivilegeEscalation: false', 'allowPrivilegeEscalation: true\n  privileged: true'));
  expect(rendered(dir)).toEqual({ allowPrivilegeEscalation: false, readOnlyRootFilesystem: true, capabilities: { drop: ['ALL'] } });
  const g = await gate(dir);
  expect(g.denials).toEqual([]);
  expect(g.outcome).toBe('allowed');
});

test('{{- with .Values.hardening }} and toYaml . is read at hardening too', async () => {
  const dir = await keptChart('{{- with .Values.hardening }}{{ toYaml . | nindent 12 }}{{ end }}', `hardening:\n  ${PRIVILEGED}`);
  expect(rendered(dir)).toEqual({ privileged: true, allowPrivilegeEscalation: true });
  const g = await gate(dir);
  expect(g.outcome).toBe('denied');
  expect(g.denials.map((d) => d.message)).toEqual(expect.arrayContaining([expect.stringMatching(/the container is privileged \(from values\.yaml hardening\)$/)]));
});

test('a values path values.yaml does not set renders no securityContext: denied as unset', async () => {
  const dir = await keptChart('{{- toYaml .Values.hardening | nindent 12 }}', '');
  expect(rendered(dir) ?? null).toBeNull();
  const g = await gate(dir);
  expect(g.outcome).toBe('denied');
  expect(new Set(g.denials.map((d) => d.rule_id))).toEqual(new Set(['SEC-002', 'SEC-003', 'SEC-004']));
});

test('a securityContext from a helper cannot be judged without rendering: denied, saying so, though helm renders it compliant', async () => {
  const dir = await keptChart('{{- include "payments.securityContext" . | nindent 12 }}', '');
  await writeFile(join(dir, CHART, 'templates/_sc.tpl'), `{{- define "payments.securityContext" -}}\n${COMPLIANT.replace(/^ {2}/gm, '')}{{- end }}\n`);
  expect(rendered(dir)).toEqual({ allowPrivilegeEscalation: false, readOnlyRootFilesystem: true, capabilities: { drop: ['ALL'] } });
  const g = await gate(dir);
  expect(g.outcome).toBe('denied');
  expect(new Set(g.denials.map((d) => d.rule_id))).toEqual(new Set(['SEC-001', 'SEC-002', 'SEC-003', 'SEC-004']));
  for (const d of g.denials) expect(d.message).toMatch(/securityContext comes from `\{\{- include "payments\.securityContext" \. \| nindent 12 \}\}`.*cannot judge/);
});
