import { describe, expect, test } from '@jest/globals';
import { plainKind } from '../../src/repo/k8s-yaml.js';
import { loadYaml, parseYaml } from '../../src/repo/yaml.js';

/**
 * Plain scalars resolve as go-yaml v2 resolves them (sigs.k8s.io/yaml: what Argo CD,
 * kubectl and Helm read manifests with), in both of the engine's parsers.
 */
const CASES: [written: string, value: unknown][] = [
  // YAML 1.1 booleans, exactly go-yaml v2's word list (mixed case beyond it stays a string)
  ['on', true], ['On', true], ['ON', true], ['yes', true], ['Yes', true], ['y', true], ['Y', true], ['true', true], ['True', true],
  ['off', false], ['OFF', false], ['no', false], ['No', false], ['n', false], ['N', false], ['false', false], ['FALSE', false],
  ['oN', 'oN'], ['TRue', 'TRue'], ['yES', 'yES'],
  // null
  ['~', null], ['null', null], ['Null', null], ['NULL', null], ['nULL', 'nULL'],
  // Go's ParseInt, base 0, underscores dropped
  ['0', 0], ['42', 42], ['-12', -12], ['+1', 1], ['0755', 493], ['0o17', 15], ['0x1F', 31], ['0b101', 5], ['1_000', 1000],
  // floats: yamlStyleFloat, and `08` (not octal) falls through to it
  ['1.5', 1.5], ['1e3', 1000], ['-2.5E-1', -0.25], ['.5', 0.5], ['08', 8], ['.inf', Infinity], ['-.Inf', -Infinity], ['+.INF', Infinity],
  // strings: timestamps stay strings for interface{} targets, base 60 does not exist, versions and the rest
  ['2024-01-01', '2024-01-01'], ['1:20', '1:20'], ['1.2.3', '1.2.3'], ['0x', '0x'], ['v1', 'v1'], ['-x', '-x'], ['.', '.'], ['12abc', '12abc'], ['+.nan', '+.nan'], ['HEAD', 'HEAD'],
];

describe('go-yaml v2 scalar resolution', () => {
  test.each(CASES)('%s', (written, value) => {
    const text = `v: ${written}\n`;
    const fast = loadYaml(text).docs[0].value as { v: unknown };
    const full = parseYaml(text).docs[0].value as { v: unknown };
    expect(fast.v).toEqual(value);
    expect(full.v).toEqual(value);
    // Quoted, every one is the string it spells.
    expect((loadYaml(`v: "${written}"\n`).docs[0].value as { v: unknown }).v).toBe(written);
  });

  test('.nan is NaN in both parsers', () => {
    expect(Number.isNaN((loadYaml('v: .nan\n').docs[0].value as { v: number }).v)).toBe(true);
    expect(Number.isNaN((parseYaml('v: .NaN\n').docs[0].value as { v: number }).v)).toBe(true);
  });

  test('keys resolve too, as go-yaml v2 gives sigs.k8s.io/yaml a boolean key "true"', () => {
    expect(loadYaml('y: 1\nn: 2\n').docs[0].value).toEqual({ true: 1, false: 2 });
    expect(parseYaml('y: 1\nn: 2\n').docs[0].value).toEqual({ true: 1, false: 2 });
  });

  test('plainKind: only a digit, a sign, `.` or one of yYnNtTfFoO~ can start a non-string', () => {
    expect(['gitops/shop/prod/cart', 'main', 'https://x', '_1', 'Off-peak'].map(plainKind)).toEqual(['str', 'str', 'str', 'str', 'str']);
  });

  test('explicit tags still decide: !!str on, !!int "3"', () => {
    expect(loadYaml('a: !!str on\nb: !!int "3"\n').docs[0].value).toEqual({ a: 'on', b: 3 });
  });
});
