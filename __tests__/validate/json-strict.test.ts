import { describe, expect, test } from '@jest/globals';
import fc from 'fast-check';
import { jsonSyntaxError } from '../../src/repo/json-strict.js';

/**
 * The scanner takes what Go's JSON decoder takes as one value (Argo CD's reading of a
 * `.json` manifest): checked against JSON.parse, which has the same grammar, except that
 * Go's `Decoder.More()` does not look past a stray `]` or `}` after the value.
 */
const parses = (s: string) => {
  try {
    JSON.parse(s);
    return true;
  } catch {
    return false;
  }
};

describe('jsonSyntaxError', () => {
  test('agrees with JSON.parse on JSON values and on text built from JSON tokens and slips', () => {
    fc.assert(fc.property(fc.jsonValue(), fc.constantFrom(0, 2, '\t'), (v, indent) => jsonSyntaxError(JSON.stringify(v, null, indent)) === undefined));
    const token = fc.constantFrom('{', '}', '[', ']', ',', ':', ' ', '\n', '"a"', '"\\u00e9"', '"\\x"', "'a'", '1', '-0.5e3', '01', '1.', 'true', 'nul', 'a', '#', '\t');
    fc.assert(
      fc.property(fc.array(token, { maxLength: 12 }), (parts) => {
        const s = parts.join('');
        const ours = jsonSyntaxError(s) === undefined;
        if (ours === parses(s)) return true;
        // Go's leniency after the value: `{}]x` is taken (More() is false at `]` or `}` and reads no further), JSON.parse refuses it.
        return ours && [...s].some((_, k) => k > 0 && parses(s.slice(0, k)) && /^[ \t\n]*[\]}]/.test(s.slice(k)));
      }),
      { numRuns: 20000 },
    );
  });

  test('points at the character that is not JSON', () => {
    expect(jsonSyntaxError('{"a": 1,}')).toMatchObject({ offset: 8, message: expect.stringMatching(/trailing comma/) });
    expect(jsonSyntaxError('[1, 2,]')).toMatchObject({ offset: 6, message: expect.stringMatching(/trailing comma/) });
    expect(jsonSyntaxError('{"a": "b\tc"}')).toMatchObject({ offset: 8, message: expect.stringMatching(/control character \(U\+0009\)/) });
    expect(jsonSyntaxError('{"a": 0755}')).toMatchObject({ offset: 6, message: expect.stringMatching(/no leading zeros/) });
    expect(jsonSyntaxError('{"a": "b"} {"c": 1}')).toMatchObject({ offset: 11, message: expect.stringMatching(/Found multiple objects/) });
    expect(jsonSyntaxError('{"a": "b')).toMatchObject({ offset: 6, message: expect.stringMatching(/never closed/) });
    expect(jsonSyntaxError('{"a": 1 // no\n}')).toMatchObject({ offset: 8, message: 'a comment: JSON has none' });
    expect(jsonSyntaxError('')).toMatchObject({ offset: 0, message: expect.stringMatching(/no JSON value/) });
  });

  test('deep nesting is scanned without recursion', () => {
    const n = 200_000;
    expect(jsonSyntaxError(`${'['.repeat(n)}${']'.repeat(n)}`)).toBeUndefined();
    expect(jsonSyntaxError(`${'['.repeat(n)}${']'.repeat(n - 1)}`)).toMatchObject({ offset: 2 * n - 1 });
  });
});
