import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { decisionJson, gateProposal, gateRepo } from '../../src/policy/index.js';
import { UserError } from '../../src/errors.js';
import { DEPLOY, NOW, PLATFORM, VALUES, baseFiles, proposal } from '../../__fixtures__/policy/proposal.js';
import { SHIPPED_WASM, opaBin } from '../../__fixtures__/policy/opa.js';
import type { RepoModel } from '../../src/repo/types.js';

function repoAt(files: Record<string, string>): RepoModel {
  const root = mkdtempSync(join(tmpdir(), 'gate-index-'));
  for (const [p, c] of Object.entries(files)) {
    mkdirSync(dirname(join(root, p)), { recursive: true });
    writeFileSync(join(root, p), c);
  }
  const model = Object.keys(files).filter((p) => p.startsWith('argo-apps/') || p.startsWith('gitops/'));
  return { root, appsDir: 'argo-apps', chartsDir: 'gitops', files: new Set(model), applications: [], charts: [], skipped: [] };
}

const settings = { packs: ['security-baseline'], repoUrl: PLATFORM, wasmPath: SHIPPED_WASM };
const waiver = 'waivers:\n  - rule_id: SEC-003\n    path: gitops/**\n    reason: cache\n    expires: 2027-01-01\n    approved_by: platform\n  - rule_id: SEC-004\n';

test('gateProposal reads the waivers file of the repo and decides', async () => {
  const repo = repoAt({ '.trustacks/waivers.yaml': waiver });
  const p = proposal({ [VALUES]: (s) => s.replace('readOnlyRootFilesystem: true', 'readOnlyRootFilesystem: false') });
  const { decision } = await gateProposal(p, repo, settings, { now: NOW });
  expect(decision.allow).toBe(true);
  expect(decision.waived.map((w) => w.rule_id)).toEqual(['SEC-003']);
  expect(decision.warnings[0].message).toMatch(/^\.trustacks\/waivers\.yaml:7: /);
  const json = decisionJson(decision);
  expect(json).toMatchObject({ decision: 'allow', denials: [], packs: ['constitution', 'security-baseline'] });
  expect(json.waived).toHaveLength(1);
});

test('an explicit waivers-file or policy-dir that is missing is a UserError', async () => {
  const repo = repoAt({});
  await expect(gateProposal(proposal(), repo, { ...settings, waiversFile: 'nope.yaml', waiversFileExplicit: true })).rejects.toBeInstanceOf(UserError);
  await expect(gateProposal(proposal(), repo, { ...settings, policyDir: 'nope', policyDirExplicit: true })).rejects.toBeInstanceOf(UserError);
});

test('gateRepo reports denials as findings', async () => {
  const files = Object.fromEntries(baseFiles().map((f) => [f.path, f.path === DEPLOY ? f.content.replace(/image: .*/, 'image: nginx:latest') : f.content]));
  const { decision, findings } = await gateRepo(repoAt(files), settings, { now: NOW });
  expect(decision.allow).toBe(false);
  expect(findings).toEqual([expect.objectContaining({ ruleId: 'CON-008', severity: 'error', file: DEPLOY, line: 23 })]);
});

test('gateRepo (policy-on-validate): an org pack that denies with a plain string is an error finding, not a clean run', async () => {
  const files = Object.fromEntries(baseFiles().map((f) => [f.path, f.content]));
  const repo = repoAt({ ...files, '.trustacks/policies/strict.rego': 'package org.packs.strict\n\ndeny contains "nothing may deploy" if true\n' });
  const { decision, findings } = await gateRepo(repo, { ...settings, opaPath: opaBin() }, { now: NOW });
  expect(decision.allow).toBe(false);
  expect(findings).toEqual([expect.objectContaining({ ruleId: 'org:strict', severity: 'error', file: '', message: 'Org pack strict: nothing may deploy' })]);
});

test('gateRepo: a values.yaml `tag: latest` is reported on the tag line, not at the top of the file', async () => {
  const files = Object.fromEntries(baseFiles().map((f) => [f.path, f.path === VALUES ? f.content.replace('tag: "1.4.0"', 'tag: latest') : f.content]));
  const { findings } = await gateRepo(repoAt(files), settings, { now: NOW });
  const line = files[VALUES].split('\n').indexOf('  tag: latest') + 1;
  expect(line).toBeGreaterThan(1);
  expect(findings).toEqual([expect.objectContaining({ ruleId: 'CON-008', file: VALUES, line, column: 3 })]);
});

test('gateRepo: a finding about a waiver lands on the waiver in its file, not on the glob it names', async () => {
  const files = Object.fromEntries(baseFiles().map((f) => [f.path, f.content]));
  const waivers = 'waivers:\n  - rule_id: CON-005\n    path: "**"\n    reason: none\n    expires: 2099-01-01\n    approved_by: platform\n';
  const { findings } = await gateRepo(repoAt({ ...files, '.trustacks/waivers.yaml': waivers }), settings, { now: NOW });
  const f = findings.find((x) => x.ruleId === 'waiver.constitution');
  expect(f).toMatchObject({ file: '.trustacks/waivers.yaml', line: 2, column: 1, severity: 'warning' });
});

test('a waivers-file that cannot be read names the input', async () => {
  const repo = repoAt({ 'dir.yaml/x': '' });
  for (const [file, why] of [['nope.yaml', /does not exist/], ['dir.yaml', /is a directory/]] as const) {
    const err = await gateProposal(proposal(), repo, { ...settings, waiversFile: file, waiversFileExplicit: true }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(UserError);
    expect((err as Error).message).toMatch(new RegExp(`^Input 'waivers-file': ${file} cannot be read`));
    expect((err as Error).message).toMatch(why);
  }
});
