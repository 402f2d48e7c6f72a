/**
 * A line that only prints (`{{- include "x.extra" . | nindent 12 }}`, `{{- toYaml .Values.extra | nindent 12 }}`)
 * among the literal keys of a mapping: what it prints is read where the gate can (a `.Values`
 * path), and a rule that a printed key could break denies what it cannot read, rather than
 * judging the literal keys alone. Through the wasm, from real chart YAML.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadGate, type Gate } from '../../src/policy/gate.js';
import { buildPolicyInput, type PolicyConfig } from '../../src/policy/input.js';
import { DEPLOY, NOW, PLATFORM, VALUES, emptyRepo, proposal } from '../../__fixtures__/policy/proposal.js';
import { SHIPPED_WASM } from '../../__fixtures__/policy/opa.js';

const config: PolicyConfig = { packs: ['security-baseline', 'production'], repoUrl: PLATFORM };
let gate: Gate;

beforeAll(async () => {
  gate = await loadGate({ wasmPath: SHIPPED_WASM, root: mkdtempSync(join(tmpdir(), 'gate-root-')) });
});

type Edits = Record<string, (s: string) => string>;
const decide = (edits: Edits) => gate.evaluate(buildPolicyInput(proposal(edits), { config, repo: emptyRepo(), now: NOW }));
const rep = (a: string | RegExp, b: string) => (s: string) => {
  const out = s.replace(a, b);
  if (out === s) throw new Error(`fixture edit did not apply: ${String(a)}`);
  return out;
};
const denials = (edits: Edits, rule: string) => decide(edits).denials.filter((d) => d.rule_id === rule);

/** The container securityContext written literally (compliant), then `line` among its keys. */
const literalContext = (line: string) =>
  rep(
    '          securityContext:\n            {{- toYaml .Values.securityContext | nindent 12 }}\n',
    `          securityContext:\n            runAsNonRoot: true\n            allowPrivilegeEscalation: false\n            readOnlyRootFilesystem: true\n            capabilities:\n              drop: [ALL]\n${line}`,
  );

test('a compliant literal securityContext is allowed (the cases below add one line to it)', () => {
  expect(decide({ [DEPLOY]: literalContext('') }).denials).toEqual([]);
});

test('SEC-002: a toYaml .Values line among literal securityContext keys is read at its values path', () => {
  const line = '            {{- toYaml .Values.extraSecurityContext | nindent 12 }}\n';
  const extra = (v: string) => (s: string) => `${s}extraSecurityContext:\n  privileged: ${v}\n`;
  const d = denials({ [DEPLOY]: literalContext(line), [VALUES]: extra('true') }, 'SEC-002');
  expect(d.map((x) => x.message)).toEqual([expect.stringContaining('the container is privileged (with values.yaml extraSecurityContext)')]);
  expect(denials({ [DEPLOY]: literalContext(line), [VALUES]: extra('false') }, 'SEC-002')).toEqual([]);
  // Unset in values.yaml: Helm prints nothing, and the literal keys are what runs.
  expect(decide({ [DEPLOY]: literalContext(line) }).denials).toEqual([]);
});

test('SEC-001 to SEC-004: an include line among literal securityContext keys cannot be judged, and is denied', () => {
  const d = denials({ [DEPLOY]: literalContext('            {{- include "cart.extraSecurityContext" . | nindent 12 }}\n') }, 'SEC-002');
  expect(d.map((x) => x.message)).toEqual([expect.stringContaining('securityContext has `{{- include "cart.extraSecurityContext" . | nindent 12 }}` among its keys, which names no .Values path the gate can read without rendering the chart and could set any of them; it cannot judge SEC-002')]);
  const ids = decide({ [DEPLOY]: literalContext('            {{- include "cart.extraSecurityContext" . | nindent 12 }}\n') }).denials.map((x) => x.rule_id);
  expect([...new Set(ids)].sort()).toEqual(['SEC-001', 'SEC-002', 'SEC-003', 'SEC-004']);
});

test('SEC-002: `with .Values.x` printing `toYaml .` on one line among literal keys is read at x', () => {
  const line = '            {{- with .Values.extraSecurityContext }}{{ toYaml . | nindent 12 }}{{ end }}\n';
  const d = denials({ [DEPLOY]: literalContext(line), [VALUES]: (s) => `${s}extraSecurityContext:\n  privileged: true\n` }, 'SEC-002');
  expect(d.map((x) => x.message)).toEqual([expect.stringContaining('the container is privileged (with values.yaml extraSecurityContext)')]);
});

test('a printing line before the literal keys of a mapping is read too (it was a YAML error before: CON-009)', () => {
  const first = rep(
    '          securityContext:\n            {{- toYaml .Values.securityContext | nindent 12 }}\n',
    '          securityContext:\n            {{- toYaml .Values.securityContext | nindent 12 }}\n            seccompProfile:\n              type: RuntimeDefault\n',
  );
  expect(decide({ [DEPLOY]: first }).denials).toEqual([]);
  const d = denials({ [DEPLOY]: first, [VALUES]: rep('readOnlyRootFilesystem: true', 'readOnlyRootFilesystem: false') }, 'SEC-003');
  expect(d.map((x) => x.message)).toEqual([expect.stringContaining('readOnlyRootFilesystem is not true (with values.yaml securityContext)')]);
});

test('SEC-001: an include line among the literal keys of the pod securityContext, or of the pod spec, cannot be judged', () => {
  const pod = rep(
    '      securityContext:\n        {{- toYaml .Values.podSecurityContext | nindent 8 }}\n',
    '      securityContext:\n        runAsNonRoot: true\n        {{- include "cart.podSecurityContext" . | nindent 8 }}\n',
  );
  expect(denials({ [DEPLOY]: pod }, 'SEC-001').map((x) => x.message)).toEqual([
    expect.stringContaining('the pod securityContext has `{{- include "cart.podSecurityContext" . | nindent 8 }}` among its keys'),
  ]);
  const spec = rep('      containers:\n', '      {{- include "cart.podExtras" . | nindent 6 }}\n      containers:\n');
  const messages = decide({ [DEPLOY]: spec }).denials.map((x) => `${x.rule_id} ${x.message}`);
  expect(messages).toEqual(
    expect.arrayContaining([
      expect.stringMatching(/^SEC-001 .*: the pod spec has `\{\{- include "cart.podExtras" \. \| nindent 6 \}\}` among its keys, .* could set the pod securityContext; it cannot judge SEC-001/),
      expect.stringMatching(/^SEC-005 .*: the pod spec has `\{\{- include "cart.podExtras" \. \| nindent 6 \}\}` among its keys, .* could set hostNetwork, hostPID, hostIPC or volumes/),
    ]),
  );
});

test('SEC-005: host namespaces a toYaml .Values line prints among the pod spec keys are read at its values path', () => {
  const spec = rep('      containers:\n', '      {{- toYaml .Values.podExtras | nindent 6 }}\n      containers:\n');
  const extras = (v: string) => (s: string) => `${s}podExtras:\n  hostNetwork: ${v}\n`;
  expect(denials({ [DEPLOY]: spec, [VALUES]: extras('true') }, 'SEC-005').map((x) => [x.field, x.message])).toEqual([
    [['spec', 'template', 'spec', 'hostNetwork'], expect.stringContaining('hostNetwork is true')],
  ]);
  expect(decide({ [DEPLOY]: spec, [VALUES]: extras('false') }).denials).toEqual([]);
  expect(decide({ [DEPLOY]: spec }).denials).toEqual([]);
});

test('SEC-005: a hostPort a toYaml .Values line prints among a container\'s keys is read; an include there cannot be judged', () => {
  const at = (line: string) => rep('          ports:\n', `${line}          ports:\n`);
  const printed = at('          {{- toYaml .Values.containerExtras | nindent 10 }}\n');
  const extras = (s: string) => `${s}containerExtras:\n  ports:\n    - containerPort: 9090\n      hostPort: 9090\n`;
  expect(denials({ [DEPLOY]: printed, [VALUES]: extras }, 'SEC-005').map((x) => x.message)).toEqual([expect.stringContaining('port 9090 binds a hostPort')]);
  expect(decide({ [DEPLOY]: printed }).denials).toEqual([]);
  const include = at('          {{- include "cart.containerExtras" . | nindent 10 }}\n');
  expect(denials({ [DEPLOY]: include }, 'SEC-005').map((x) => x.message)).toEqual([
    expect.stringContaining('the container has `{{- include "cart.containerExtras" . | nindent 10 }}` among its keys, which names no .Values path the gate can read without rendering the chart and could set its ports'),
  ]);
});

test('SEC-006 and PRD-003: quantities and probe fields a line prints are read; an include among written ones leaves them judged', () => {
  const res = (line: string) =>
    rep('          resources:\n            {{- toYaml .Values.resources | nindent 12 }}\n', `          resources:\n            requests: { cpu: 100m, memory: 128Mi }\n${line}`);
  const limits = '            {{- toYaml .Values.extraResources | nindent 12 }}\n';
  expect(denials({ [DEPLOY]: res(limits) }, 'SEC-006').map((x) => x.message)).toEqual([expect.stringContaining('resources.limits.memory is not set')]);
  expect(denials({ [DEPLOY]: res(limits), [VALUES]: (s) => `${s}extraResources:\n  limits: { memory: 256Mi }\n` }, 'SEC-006')).toEqual([]);
  // An include may add quantities, not take the written ones away: judged as written.
  expect(denials({ [DEPLOY]: res('            {{- include "cart.limits" . | nindent 12 }}\n') }, 'SEC-006').map((x) => x.message)).toEqual([
    expect.stringContaining('resources.limits.memory is not set'),
  ]);
  const probe = rep('          readinessProbe:\n            {{- toYaml .Values.readinessProbe | nindent 12 }}\n', '          readinessProbe:\n            periodSeconds: 5\n            {{- include "cart.readiness" . | nindent 12 }}\n');
  expect(denials({ [DEPLOY]: probe }, 'PRD-003')).toEqual([]);
});

test('PRD-001: replicas a toYaml .Values line prints among the Deployment spec keys are read at its values path', () => {
  const spec = rep('  selector:\n', '  {{- toYaml .Values.deploymentExtras | nindent 2 }}\n  selector:\n');
  const d = denials({ [DEPLOY]: spec, [VALUES]: (s) => `${s}deploymentExtras:\n  replicas: 1\n` }, 'PRD-001');
  expect(d.map((x) => x.message)).toEqual([expect.stringContaining('runs 1 replica(s) on a production cluster')]);
  expect(decide({ [DEPLOY]: spec }).denials).toEqual([]);
});

test('PRD-001: an include line among the Deployment spec keys could set replicas, and is denied', () => {
  const spec = rep('  selector:\n', '  {{- include "cart.strategy" . | nindent 2 }}\n  selector:\n');
  expect(denials({ [DEPLOY]: spec }, 'PRD-001').map((x) => [x.field, x.message])).toEqual([
    [['spec'], expect.stringContaining('the spec has `{{- include "cart.strategy" . | nindent 2 }}` among its keys, which names no .Values path the gate can read without rendering the chart and could set replicas')],
  ]);
});

test('SEC-002: a literal key between control directives on one line (`{{ if .Values.debug }}privileged: true{{ end }}`) is read', () => {
  const line = (l: string) => decide({ [DEPLOY]: literalContext(`            ${l}\n`) }).denials.map((x) => `${x.rule_id} ${x.message}`);
  expect(line('{{ if .Values.debug }}privileged: true{{ end }}')).toEqual([expect.stringMatching(/^SEC-002 .*: the container is privileged$/)]);
  expect(line('{{- with .Values.debug }}privileged: true{{- end }}')).toEqual([expect.stringMatching(/^SEC-002 .*: the container is privileged$/)]);
  expect(line('{{ if .Values.debug }}privileged: false{{ end }}')).toEqual([]);
});
