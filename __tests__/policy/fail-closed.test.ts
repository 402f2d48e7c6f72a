/** The gate never allows when it cannot decide. */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as tar from 'tar';
import { ENTRYPOINT, evaluateGate, loadGate } from '../../src/policy/gate.js';
import { buildPolicyInput } from '../../src/policy/input.js';
import { NOW, PLATFORM, emptyRepo, proposal } from '../../__fixtures__/policy/proposal.js';
import { SHIPPED_WASM, opaBuild } from '../../__fixtures__/policy/opa.js';

const work = mkdtempSync(join(tmpdir(), 'fail-closed-'));
const input = buildPolicyInput(proposal(), { config: { packs: [], repoUrl: PLATFORM }, repo: emptyRepo(), now: NOW });
const opts = { root: work, pathEnv: '' };

/** Compiles a one-file Rego policy to wasm with the given entrypoint. */
async function wasmOf(name: string, rego: string, entrypoint = ENTRYPOINT): Promise<string> {
  const dir = mkdtempSync(join(work, `${name}-`));
  writeFileSync(join(dir, 'p.rego'), rego);
  const bundle = opaBuild([join(dir, 'p.rego')], entrypoint, dir);
  await tar.x({ file: bundle, cwd: dir, filter: (p) => p.endsWith('policy.wasm') });
  return join(dir, 'policy.wasm');
}

function expectFailClosed(d: Awaited<ReturnType<typeof evaluateGate>>, reason: RegExp) {
  expect(d.allow).toBe(false);
  expect(d.denials).toHaveLength(1);
  expect(d.denials[0].rule_id).toBe('gate.fail-closed');
  expect(d.denials[0].message).toMatch(reason);
  expect(d.denials[0].message).toContain('Nothing is allowed');
}

test('the shipped policy allows this proposal (control)', async () => {
  expect((await evaluateGate(input, { ...opts, wasmPath: SHIPPED_WASM })).allow).toBe(true);
});

test('missing wasm', async () => {
  const g = await loadGate({ ...opts, wasmPath: join(work, 'nope.wasm') });
  expect(g.failure).toMatch(/missing/);
  expectFailClosed(g.evaluate(input), /nope\.wasm is missing \(run `npm run build:policy`\)/);
});

test('corrupt wasm', async () => {
  const bad = join(work, 'corrupt.wasm');
  writeFileSync(bad, Buffer.from('\0asm\x01\0\0\0garbage-garbage'));
  expectFailClosed(await evaluateGate(input, { ...opts, wasmPath: bad }), /could not be loaded/);
});

test('undefined decision', async () => {
  const w = await wasmOf('undefined', 'package gitops\n\ndecision := {"allow": true} if input.never_set\n');
  expectFailClosed(await evaluateGate(input, { ...opts, wasmPath: w }), /no decision .*undefined/);
});

test('a wasm without the entrypoint', async () => {
  const w = await wasmOf('other', 'package other\n\nresult := 1\n', 'other/result');
  expectFailClosed(await evaluateGate(input, { ...opts, wasmPath: w }), /no entrypoint gitops\/decision/);
});

test('an evaluation error', async () => {
  // Two complete definitions with different values: a conflict at evaluation time.
  const w = await wasmOf('conflict', 'package gitops\n\ndecision := 1 if count(input.files) > 0\n\ndecision := 2 if count(input.files) > 1\n');
  expectFailClosed(await evaluateGate(input, { ...opts, wasmPath: w }), /failed to evaluate/);
});

test.each([
  ['not an object', 'decision := true'],
  ['allow is not a boolean', 'decision := {"allow": "yes", "denials": [], "warnings": [], "waived": [], "evaluated": []}'],
  ['a list is missing', 'decision := {"allow": true, "denials": [], "warnings": []}'],
  ['allow with denials', 'decision := {"allow": true, "denials": [{"rule_id": "X", "message": "m"}], "warnings": [], "waived": [], "evaluated": []}'],
  ['deny without a reason', 'decision := {"allow": false, "denials": [], "warnings": [], "waived": [], "evaluated": []}'],
])('an unusable decision: %s', async (name, rule) => {
  const w = await wasmOf(name.replace(/\W+/g, '-'), `package gitops\n\n${rule}\n`);
  expectFailClosed(await evaluateGate(input, { ...opts, wasmPath: w }), /unusable decision/);
});

test('extra warnings survive a fail-closed decision', async () => {
  const g = await loadGate({ ...opts, wasmPath: join(work, 'nope.wasm') });
  const warn = { rule_id: 'waiver.malformed', title: 't', message: 'm', path: 'w.yaml', citation: 'c' };
  expect(g.evaluate(input, [warn]).warnings).toEqual([warn]);
});
