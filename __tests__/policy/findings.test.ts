/** decisionToFindings places each item at its file, document and field. */
import { decisionToFindings } from '../../src/policy/findings.js';
import type { PolicyInput, PolicyInputFile } from '../../src/policy/input.js';
import type { Decision, PolicyItem } from '../../src/policy/types.js';

const file = (path: string, content: string, templated = false): PolicyInputFile => ({ path, action: 'existing', content, parsed: true, templated, documents: [] });

const item = (path: string, document: number | null, field: (string | number)[] | null, rule_id = 'SEC-001'): PolicyItem =>
  ({ rule_id, title: 't', message: 'm', path, citation: 'https://x', pack: 'security-baseline', document, field }) as PolicyItem;

test('items on files in any order, documents, templates, unknown paths and waiver sources each land on their line', () => {
  const a = 'kind: A\nspec:\n  replicas: 1\n---\nkind: A2\nspec:\n  template:\n    spec:\n      hostNetwork: true\n';
  const b = 'metadata:\n  name: {{ .Release.Name }}\n{{- if .Values.on }}\nspec:\n  replicas: {{ .Values.n }}\n{{- end }}\n';
  const input = { files: [file('a.yaml', a), file('gitops/x/templates/b.yaml', b, true), file('deep.yaml', `${'['.repeat(300)}${']'.repeat(300)}\n`)] } as Pick<PolicyInput, 'files'>;
  const decision: Decision = {
    allow: false,
    denials: [
      item('a.yaml', 0, ['spec', 'replicas']),
      item('gitops/x/templates/b.yaml', 0, ['spec', 'replicas']),
      item('a.yaml', 1, ['spec', 'template', 'spec', 'hostNetwork']), // a.yaml again, after another file
      item('a.yaml', 1, ['spec', 'nothing', 'here']), // the nearest parent that exists
      item('missing.yaml', 0, ['spec']),
      item('deep.yaml', 0, [0]),
    ],
    warnings: [{ ...item('a.yaml', 0, ['kind'], 'waiver.expired'), source: '.trustacks/waivers.yaml:7' } as PolicyItem, item('a.yaml', 0, ['kind'])],
    waived: [],
    evaluated: [],
  };
  const at = decisionToFindings(decision, input).map((f) => [f.file, f.line, f.column, f.severity]);
  expect(at).toEqual([
    ['a.yaml', 3, 3, 'error'],
    ['gitops/x/templates/b.yaml', 5, 3, 'error'],
    ['a.yaml', 9, 7, 'error'],
    ['a.yaml', 6, 1, 'error'],
    ['missing.yaml', 1, 1, 'error'],
    ['deep.yaml', 1, 1, 'error'],
    ['.trustacks/waivers.yaml', 7, 1, 'warning'],
    ['a.yaml', 1, 1, 'warning'],
  ]);
});
