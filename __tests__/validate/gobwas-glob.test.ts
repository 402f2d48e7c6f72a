import { describe, expect, test } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { gobwasMatch } from '../../src/repo/gobwas-glob.js';

/**
 * The port of Argo CD's directory include/exclude glob against gobwas/glob v0.2.3 itself:
 * __fixtures__/validate/gobwas-oracle.json holds, for each pattern, which of the texts
 * `glob.Compile(pattern).Match(text)` matched (a compile error: none), made with
 *
 *   cases := [][2]string{...}   // every pattern × every text
 *   for _, c := range cases { g, err := glob.Compile(c[0]); fmt.Println(err == nil && g.Match(c[1])) }
 *
 * (github.com/gobwas/glob v0.2.3, go 1.26). Its slips are in: `{cm*,deploy}.yaml` does not match
 * `cm-1.yaml` (AnyOf.Len takes `deploy`'s length for the group), `?` matches the empty text,
 * `é?` nothing, `a*a` matches `a`, `{[],a}` is an error. Patterns and texts were added with the
 * same program (patterns x texts as JSON lines in, true/false/ERR out), keeping the earlier answers.
 */
const oracle = JSON.parse(readFileSync(new URL('../../__fixtures__/validate/gobwas-oracle.json', import.meta.url), 'utf8')) as { texts: string[]; matches: Record<string, string[]> };

describe('directory include/exclude globs match as gobwas/glob v0.2.3 (Argo CD util/glob) does', () => {
  test.each(Object.keys(oracle.matches).map((p) => [p]))('%s', (pattern) => {
    expect(oracle.texts.filter((t) => gobwasMatch(pattern, t))).toEqual(oracle.matches[pattern]);
  });

  test('the probe\'s cases: `**/` needs a `/`, a leading `!` and extglobs are literal', () => {
    expect(gobwasMatch('**/*.yaml', 'cm.yaml')).toBe(false);
    expect(gobwasMatch('**/*.yaml', 'sub/cm.yaml')).toBe(true);
    expect(gobwasMatch('*.yaml', 'sub/cm.yaml')).toBe(true);
    expect(gobwasMatch('./*.yaml', 'cm.yaml')).toBe(false);
    expect(gobwasMatch('!x.yaml', 'y.yaml')).toBe(false);
    expect(gobwasMatch('@(a|b).yaml', 'a.yaml')).toBe(false);
    expect(gobwasMatch('{a,b}.yaml', 'a.yaml')).toBe(true);
  });

  test('the second probe\'s cases: a `*` alternative before a shorter or literal one (gobwas\'s AnyOf.Len slip)', () => {
    expect(gobwasMatch('{cm*,deploy}.yaml', 'cm-1.yaml')).toBe(false);
    expect(gobwasMatch('{deploy,cm*}.yaml', 'cm-1.yaml')).toBe(true);
    expect(gobwasMatch('{cm*,deploy}.yaml', 'deploy.yaml')).toBe(true);
    expect(gobwasMatch('{a*,b}.yaml', 'ab.yaml')).toBe(false);
    expect(gobwasMatch('{a*,bc}.yaml', 'a.yaml')).toBe(false);
    expect(gobwasMatch('x{a*,b}.yaml', 'xab.yaml')).toBe(false);
    expect(gobwasMatch('{a*,b?}.yaml', 'a.yaml')).toBe(false);
    expect(gobwasMatch('{a/*,b}.yaml', 'a/c.yaml')).toBe(false);
  });
});
