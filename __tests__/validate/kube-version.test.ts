import { afterAll, describe, expect, test } from '@jest/globals';
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { helm } from '../../__fixtures__/generate/helpers.js';
import { chartKubeVersionProblem, helmSanitize, kubeVersionProblem } from '../../src/validate/rules/kube-version.js';

/**
 * kubeVersion constraints against the pinned Helm (Masterminds semver v3.5.0). To tell "does
 * not parse" from "this cluster is too old", Helm is given `<constraint> || >=0.0.0`: NewConstraint
 * reads each `||` group on its own, so that parses exactly when the constraint does, and then
 * any cluster meets it.
 */
const dir = mkdtempSync(join(tmpdir(), 'gitops-kubeversion-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/**
 * A YAML double-quoted scalar with everything but printable ASCII escaped (`\uXXXX`): written
 * raw, U+0085 and U+2028 are line breaks to Helm's YAML 1.1 parser, and controls are not allowed.
 */
const yamlQuote = (s: string) =>
  `"${[...s].map((c) => {
    const cp = c.codePointAt(0)!;
    if (cp >= 0x20 && cp < 0x7f && c !== '"' && c !== '\\') return c;
    return cp > 0xffff ? `\\U${cp.toString(16).padStart(8, '0')}` : `\\u${cp.toString(16).padStart(4, '0')}`;
  }).join('')}"`;

function writeChart(name: string, kubeVersion: string): void {
  mkdirSync(join(dir, 'templates'), { recursive: true });
  writeFileSync(join(dir, 'Chart.yaml'), `apiVersion: v2\nname: ${yamlQuote(name)}\nversion: 0.1.0\nkubeVersion: ${yamlQuote(kubeVersion)}\n`);
  writeFileSync(join(dir, 'templates', 'cm.yaml'), 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: kv\n');
}

function helmParses(constraint: string): boolean {
  writeChart('kv', `${constraint} || >=0.0.0`);
  const r = helm(['template', dir, '--kube-version', '1.30.0']);
  if (r.status !== 0 && !/incompatible with Kubernetes/.test(r.stderr)) throw new Error(`helm failed otherwise: ${r.stderr}`);
  return r.status === 0;
}

const PARSE = ['>= 1.25', '>=1.25.0-0', '1.25.x', '~1.25', '^1.25', '>= 1.25, < 2.0', '>= 1.25 < 2.0', '1.20 - 1.30', '1.20 - 1.30 || 2', '=> 1.2 =< 2', '!= 1.26.0', 'v1.25', '*', 'x', '1.2.3-alpha.1+build', '>1.2.3-0 || <1', '~> 1.2', '>= 1.2.x', '>=1.2,<2', '  >= 1.25  '];
const REFUSED = ['>= 1.25 and < 2.0', '>= 1.25 && < 2.0', '1.25.0.0', '>=', 'latest', '>= 1.25,, < 2', '1x', '1|2', '>= 1.2.3-01', '1.2.3-', '=== 1', '>= 1.25;< 2', '>= 1.25 - 1.3', 'v 1.2', '1.2 -'];

describe('kubeVersion constraints: the port of Masterminds NewConstraint agrees with the pinned Helm', () => {
  test.each(PARSE.map((c) => [c]))('parses: %s', (c) => {
    expect(helmParses(c)).toBe(true);
    expect(kubeVersionProblem(c)).toBeUndefined();
  });
  test.each(REFUSED.map((c) => [c]))('refused: %s', (c) => {
    expect(helmParses(c)).toBe(false);
    expect(kubeVersionProblem(c)).toEqual(expect.any(String));
  });
});

/*
 * Helm's Metadata.Validate runs sanitizeString on kubeVersion (and name) before anything reads
 * it: Unicode spaces (U+00A0 pasted from a web page, U+2003, \v, U+0085, U+2028) become ' ',
 * non-printable runes (U+200B, U+00AD, controls) are dropped.
 */
const SANITIZED = ['>=\u00a01.25', '>=\u20031.25', '>=\u200b1.25', '>=\v1.25', '>= 1.25,\u00a0< 2.0', '\u00851.25', '1.2\u200b5', '>=\u3000 1.25\u0007', '\u202f~1.25\u2028', '>=1.25\u00ad', '>=\u200d1.25\ufeff'];
const SANITIZED_REFUSED = ['>=\u00a0latest', '>= 1.25\u00a0and < 2', '1.2\u200b.\u200b3.4'];

describe('kubeVersion as Helm reads it from Chart.yaml: sanitised first (Metadata.Validate sanitizeString)', () => {
  test.each(SANITIZED.map((c) => [c]))('parses once sanitised: %j', (c) => {
    expect(kubeVersionProblem(c)).toEqual(expect.any(String));
    expect(helmParses(c)).toBe(true);
    expect(chartKubeVersionProblem(c)).toBeUndefined();
  });
  test.each(SANITIZED_REFUSED.map((c) => [c]))('refused even sanitised: %j', (c) => {
    expect(helmParses(c)).toBe(false);
    expect(chartKubeVersionProblem(c)).toEqual(expect.any(String));
  });
  test('a kubeVersion that sanitising leaves empty is not checked (helm renders on an old cluster)', () => {
    writeChart('kv', '\u200b\u00ad');
    expect(helm(['template', dir, '--kube-version', '1.20.0']).status).toBe(0);
    expect(chartKubeVersionProblem('\u200b\u00ad')).toBeUndefined();
  });
  test('a name of only non-printable runes is no name to Helm ("chart.metadata.name is required")', () => {
    for (const name of ['\u200b', '\u200b\u200c\u0007']) {
      writeChart(name, '>= 1.0');
      const r = helm(['template', dir, '--kube-version', '1.30.0']);
      expect([name, r.status, r.stderr]).toEqual([name, 1, expect.stringContaining('chart.metadata.name is required')]);
      expect(helmSanitize(name)).toBe('');
    }
  });
  test('helmSanitize: Go\'s unicode.IsSpace to a space, what is not unicode.IsPrint dropped', () => {
    expect(helmSanitize('\t\n\v\f\r \u0085\u00a0\u1680\u2000\u200a\u2028\u2029\u202f\u205f\u3000')).toBe(' '.repeat(16));
    expect(helmSanitize('a\u0000\u0007\u007f\u0080\u009f\u00ad\u200b\u200e\u2060\ufeff\ue000b')).toBe('ab');
    // Letters, marks, numbers, punctuation and symbols stay (combining marks, CJK, emoji).
    expect(helmSanitize('caf\u0065\u0301 \u65e5\u672c \u00bd \u2014 \u{1f680}')).toBe('caf\u0065\u0301 \u65e5\u672c \u00bd \u2014 \u{1f680}');
  });
});
