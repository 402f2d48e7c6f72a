import { describe, expect, test } from '@jest/globals';
import { loadYaml, parseYaml } from '../../src/repo/yaml.js';

/**
 * The engine reads files with js-yaml and asks the yaml document model only for
 * positions (see src/repo/yaml.ts). These pin that both agree where it matters.
 */
describe('two parsers, one answer', () => {
  test('values from the fast path equal the document model values', () => {
    const text = [
      'apiVersion: argoproj.io/v1alpha1',
      'kind: Application',
      'metadata: {name: cart, annotations: {argocd.argoproj.io/sync-wave: "10"}}',
      'spec:',
      '  source: {repoURL: "git@github.com:acme/platform.git", path: gitops/a/b/c, targetRevision: HEAD}',
      '  revisionHistoryLimit: 0o17',
      '  destination: {server: https://kubernetes.default.svc, namespace: ~}',
      '  ignore: [2024-01-01, yes, 1.5, .inf, null]',
      '---',
      'kind: AppProject',
    ].join('\n');
    const fast = loadYaml(text).docs.map((d) => d.value);
    const full = parseYaml(text).docs.map((d) => d.value);
    expect(fast).toEqual(full);
  });

  test('a finding in a later document is placed in that document, empty documents in front or not', () => {
    const text = '# a header comment only\n---\n---\napiVersion: v1\nkind: ConfigMap\n---\napiVersion: argoproj.io/v1alpha1\nkind: Application\nmetadata:\n  name: cart\n';
    const f = loadYaml(text);
    const idx = f.docs.findIndex((d) => (d.value as { kind?: string } | null)?.kind === 'Application');
    expect(idx).toBeGreaterThan(0);
    expect(f.position(idx, ['metadata', 'name'], true)).toEqual({ line: 10, column: 9 });
    expect(f.docPosition(idx)).toEqual({ line: 7, column: 1 });
  });

  test('positions stay available after the values are released', () => {
    const f = loadYaml('a: 1\nb:\n  c: 2\n');
    f.release();
    expect(f.docs[0].value).toBeUndefined();
    expect(f.position(0, ['b', 'c'])).toEqual({ line: 3, column: 3 });
  });

  test('a file the fast parser refuses (duplicate key) is read by the document model: the duplicate with its position, the last value kept', () => {
    const f = loadYaml('a: 1\nb: 2\na: 3\n');
    expect(f.errors).toEqual([]);
    expect(f.duplicates[0]).toMatchObject({ line: 3, column: 1 });
    expect(f.docs[0].value).toEqual({ a: 3, b: 2 });
  });

  test('a file the fast parser refuses (a syntax error) gets the document model error with its position', () => {
    const f = loadYaml('a: 1\nb: [2\n');
    expect(f.errors.length).toBeGreaterThan(0);
    expect(f.errors[0]).toMatchObject({ line: 2, column: 4 });
  });

  test('a file with anchors goes through the document model, whose alias limit stops an alias bomb', () => {
    const lines = ['a0: &a0 [x, x, x, x, x, x, x, x, x, x]'];
    for (let i = 1; i < 12; i++) lines.push(`a${i}: &a${i} [${Array(10).fill(`*a${i - 1}`).join(', ')}]`);
    const f = loadYaml(lines.join('\n'));
    expect(f.docs[0].conversionError).toMatch(/alias/i);
    expect(f.docs[0].value).toBeUndefined();
  });

  test('real anchors within the limit still work', () => {
    const f = loadYaml('base: &b {cpu: 100m}\nrequests: *b\n');
    expect(f.docs[0].value).toEqual({ base: { cpu: '100m' }, requests: { cpu: '100m' } });
  });
});
