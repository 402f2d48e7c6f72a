/** documentGuards: the Helm blocks around each document of a template, as the policy input carries them. */
import { PDB_YAML } from '../../src/generate/chart.js';
import { documentGuards } from '../../src/policy/guards.js';
import { parseForPolicy } from '../../src/policy/input.js';

/** The guards as parseForPolicy computes them for a template (its own rewrite and document count). */
const guardsOf = (text: string) => parseForPolicy('gitops/shop/prod/cart/templates/x.yaml', text).guards;
const on = (...values: string[]) => ({ values, truthy: true });
const off = (...values: string[]) => ({ values, truthy: false });

test("the generator's own PodDisruptionBudget: one document, guarded by its values flag", () => {
  expect(guardsOf(PDB_YAML)).toEqual([[{ directive: '{{- if .Values.podDisruptionBudget.enabled }}', requires: [on('podDisruptionBudget', 'enabled')] }]]);
});

test('helm create: the HPA wrapped in autoscaling.enabled, comments and blank lines around it', () => {
  const hpa = '{{/* only when autoscaling */}}\n\n{{- if .Values.autoscaling.enabled }}\n# the HPA\napiVersion: autoscaling/v2\nkind: HorizontalPodAutoscaler\nspec:\n  minReplicas: {{ .Values.autoscaling.minReplicas }}\n{{- end }}\n';
  expect(guardsOf(hpa)).toEqual([[{ directive: '{{- if .Values.autoscaling.enabled }}', requires: [on('autoscaling', 'enabled')] }]]);
});

test('per document: a guard around the second document only; both branches of an if/else', () => {
  const two = 'kind: Deployment\n---\n{{- if .Values.pdb.enabled }}\nkind: PodDisruptionBudget\n{{- end }}\n';
  expect(guardsOf(two)).toEqual([[], [{ directive: '{{- if .Values.pdb.enabled }}', requires: [on('pdb', 'enabled')] }]]);
  const branches = '{{- if .Values.a }}\nkind: A\n{{- else }}\n---\nkind: B\n{{- end }}\n';
  expect(guardsOf(branches)).toEqual([
    [{ directive: '{{- if .Values.a }}', requires: [on('a')] }],
    [{ directive: '{{- else }}', requires: [off('a')] }],
  ]);
});

test('conditions: not, and (its readable operands), else if, with, range, $.Values, nesting', () => {
  const doc = (open: string) => `${open}\nkind: X\n{{- end }}\n`;
  expect(guardsOf(doc('{{ if not .Values.pdb.disabled -}}'))).toEqual([[{ directive: '{{ if not .Values.pdb.disabled -}}', requires: [off('pdb', 'disabled')] }]]);
  expect(guardsOf(doc('{{- if and .Values.pdb.enabled (gt (int .Values.replicaCount) 1) (not .Values.x) }}'))![0][0].requires).toEqual([on('pdb', 'enabled'), off('x')]);
  expect(guardsOf(doc('{{- with .Values.pdb }}'))![0][0].requires).toEqual([on('pdb')]);
  expect(guardsOf(doc('{{- range $k, $v := .Values.budgets }}'))![0][0].requires).toEqual([on('budgets')]);
  expect(guardsOf(doc('{{- if $.Values.pdb.enabled }}'))![0][0].requires).toEqual([on('pdb', 'enabled')]);
  const chain = '{{- if .Values.a }}\n{{- else if .Values.b }}\nkind: X\n{{- end }}\n';
  expect(guardsOf(chain)).toEqual([[{ directive: '{{- else if .Values.b }}', requires: [off('a'), on('b')] }]]);
  const nested = '{{- if .Values.a }}\n{{- if .Values.b }}\nkind: X\n{{- end }}\n{{- end }}\n';
  expect(guardsOf(nested)![0].map((g) => g.requires)).toEqual([[on('a')], [on('b')]]);
});

test('what cannot be read carries no test: or, eq, a pipeline, an else of and, a define', () => {
  for (const open of ['{{- if or .Values.a .Values.b }}', '{{- if eq .Values.mode "ha" }}', '{{- if .Values.a | default true }}', '{{- define "x" }}', '{{- if include "x.enabled" . }}']) {
    expect([open, guardsOf(`${open}\nkind: X\n{{- end }}\n`)]).toEqual([open, undefined]);
  }
  expect(guardsOf('{{- if and .Values.a .Values.b }}\n{{- else }}\nkind: X\n{{- end }}\n')).toBeUndefined();
  // A block inside the document (replicas only when not autoscaled) does not guard the document.
  expect(guardsOf('kind: Deployment\nspec:\n  {{- if not .Values.autoscaling.enabled }}\n  replicas: 2\n  {{- end }}\n')).toBeUndefined();
});

test('blocks that cannot be followed line by line: nothing is known', () => {
  expect(guardsOf('{{- if and\n      .Values.a\n      .Values.b }}\nkind: X\n{{- end }}\n')).toBeUndefined(); // a directive over lines
  expect(guardsOf('kind: X\n{{- end }}\n')).toBeUndefined(); // an end with no block
  expect(guardsOf('{{- if .Values.a }}\nkind: X\n')).toBeUndefined(); // a block never closed
  // The documents parsed do not match the markers: nothing is attached to the wrong one.
  expect(documentGuards('{{- if .Values.a }}\nkind: X\n{{- end }}\n', '\nkind: X\n\n', 2)).toBeUndefined();
});

test('only templates carry guards, and only when a document is guarded', () => {
  expect(parseForPolicy('gitops/shop/prod/cart/values.yaml', 'pdb:\n  enabled: false\n').guards).toBeUndefined();
  expect(guardsOf('kind: X\nmetadata:\n  name: {{ .Release.Name }}\n')).toBeUndefined();
});
