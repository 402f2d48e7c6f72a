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

  // go-yaml v2 decoding into interface{} (decode.go scalar(), resolve.go), what sigs.k8s.io/yaml then converts to JSON.
  const TAGGED: [written: string, value: unknown][] = [
    ['!!binary bWFpbg==', 'main'], // the decoded bytes, as a string
    ['!!binary |\n    bWFp\n    bg==', 'main'], // line breaks in base64 are ignored
    ['!!timestamp 2024-01-01', '2024-01-01'], // a timestamp stays the string written
    ['!!timestamp 2024-01-01T10:00:00Z', '2024-01-01T10:00:00Z'],
    ['!!float 1', 1], // an int read as a float
    ['!!bool "yes"', true],
    ['!!null', null],
    ['!!set {x, y}', { x: null, true: null }], // tags on collections are ignored
    ['!!omap [x: 1]', [{ x: 1 }]],
    ['!!pairs [x: 1]', [{ x: 1 }]],
    ['!foo 5', '5'], // a tag go-yaml does not know: the string
  ];
  test.each(TAGGED)('tagged as go-yaml decodes it: %s', (written, value) => {
    const text = `v: ${written}\n`;
    expect(loadYaml(text).errors).toEqual([]);
    expect((loadYaml(text).docs[0].value as { v: unknown }).v).toEqual(value);
    expect((parseYaml(text).docs[0].value as { v: unknown }).v).toEqual(value);
  });

  const REFUSED: [written: string, message: RegExp][] = [
    ['!!int 1.5', /cannot decode !!float `1\.5` as a !!int/],
    ['!!int x', /cannot decode !!str `x` as a !!int/],
    ['!!bool 1', /cannot decode !!int `1` as a !!bool/],
    ['!!null x', /cannot decode !!str `x` as a !!null/],
    ['!!timestamp soon', /cannot decode !!str `soon` as a !!timestamp/],
    ['!!binary bWFpbg', /!!binary value contains invalid base64 data/],
  ];
  test.each(REFUSED)('a tag its value does not read as is an error, at the tag, as go-yaml refuses the file: %s', (written, message) => {
    const f = loadYaml(`a: 1\nv: ${written}\n`);
    expect(f.errors).toEqual([{ line: 2, column: 4, message: expect.stringMatching(message) }]);
  });
});
