import { afterAll, describe, expect, test } from '@jest/globals';
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { helm } from '../../__fixtures__/generate/helpers.js';
import { kubeVersionProblem } from '../../src/validate/rules/kube-version.js';

/**
 * kubeVersion constraints against the pinned Helm (Masterminds semver v3.5.0). To tell "does
 * not parse" from "this cluster is too old", Helm is given `<constraint> || >=0.0.0`: NewConstraint
 * reads each `||` group on its own, so that parses exactly when the constraint does, and then
 * any cluster meets it.
 */
const dir = mkdtempSync(join(tmpdir(), 'gitops-kubeversion-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function helmParses(constraint: string): boolean {
  mkdirSync(join(dir, 'templates'), { recursive: true });
  writeFileSync(join(dir, 'Chart.yaml'), `apiVersion: v2\nname: kv\nversion: 0.1.0\nkubeVersion: ${JSON.stringify(`${constraint} || >=0.0.0`)}\n`);
  writeFileSync(join(dir, 'templates', 'cm.yaml'), 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: kv\n');
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
