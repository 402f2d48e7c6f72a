/** Org packs (input `policy-dir`): Rego compiled at run time with opa, a .wasm, an opa build bundle. */
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as tar from 'tar';
import { ORG_AGGREGATOR_REGO, ORG_ENTRYPOINT, loadGate, thrownText, type GateOptions } from '../../src/policy/gate.js';
import { buildPolicyInput } from '../../src/policy/input.js';
import { parseWaivers } from '../../src/policy/waivers.js';
import { UserError } from '../../src/errors.js';
import { APP, NOW, PLATFORM, emptyRepo, proposal } from '../../__fixtures__/policy/proposal.js';
import { ROOT, SHIPPED_WASM, opaBin, opaBuild } from '../../__fixtures__/policy/opa.js';

const ORG_REGO = join(ROOT, '__fixtures__/policy/org-pack');
let work: string;
let orgWasm: string;
let orgBundle: string;

beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), 'org-packs-'));
  // Precompile the fixture pack the way POLICIES.md tells an org to.
  writeFileSync(join(work, 'entry.rego'), ORG_AGGREGATOR_REGO);
  orgBundle = opaBuild([join(ORG_REGO, 'team.rego'), join(work, 'entry.rego')], ORG_ENTRYPOINT, work);
  mkdirSync(join(work, 'x'));
  await tar.x({ file: orgBundle, cwd: join(work, 'x') });
  orgWasm = join(work, 'x', 'policy.wasm');
});

function input(labelled = false, waivers = '') {
  const edits: Record<string, (s: string) => string> = labelled ? { [APP]: (s: string) => s.replace('  name: cart-prod\n', '  name: cart-prod\n  labels:\n    team: shop\n') } : {};
  return buildPolicyInput(proposal(edits), {
    config: { packs: [], repoUrl: PLATFORM },
    repo: emptyRepo(),
    now: NOW,
    waivers: parseWaivers(waivers, 'w.yaml').waivers,
  });
}

async function gate(opts: GateOptions) {
  return loadGate({ wasmPath: SHIPPED_WASM, root: work, pathEnv: '', ...opts });
}

function expectTeamPack(g: Awaited<ReturnType<typeof gate>>) {
  const denied = g.evaluate(input(false));
  expect(denied.allow).toBe(false);
  expect(denied.denials).toEqual([
    expect.objectContaining({ rule_id: 'TEAM-001', pack: 'org:team', path: APP, citation: 'https://wiki.acme.example/policies#team-001' }),
  ]);
  expect(denied.warnings.map((w) => w.rule_id)).toContain('TEAM-002');
  expect(denied.packs).toContain('org:team');
  expect(denied.evaluated).toContainEqual(expect.objectContaining({ rule_id: 'TEAM-001', pack: 'org:team' }));
  const allowed = g.evaluate(input(true));
  expect(allowed.denials).toEqual([]);
  expect(allowed.allow).toBe(true);
}

test('a Rego directory is compiled at run time with opa', async () => {
  const g = await gate({ policyDir: ORG_REGO, opaPath: opaBin() });
  expect(g.org?.kind).toBe('rego');
  expectTeamPack(g);
});

test('opa is found on PATH', async () => {
  const bin = join(work, 'bin');
  mkdirSync(bin, { recursive: true });
  copyFileSync(opaBin(), join(bin, 'opa'));
  const g = await gate({ policyDir: ORG_REGO, pathEnv: bin });
  expect(g.org?.kind).toBe('rego');
});

test('a precompiled wasm given by path', async () => {
  const g = await gate({ policyDir: orgWasm });
  expect(g.org?.kind).toBe('wasm');
  expectTeamPack(g);
});

test('an opa build bundle given by path', async () => {
  const g = await gate({ policyDir: orgBundle });
  expect(g.org?.kind).toBe('bundle');
  expectTeamPack(g);
});

test('a directory with Rego and a committed policy.wasm uses the wasm when opa is absent', async () => {
  const dir = join(work, 'with-wasm');
  mkdirSync(dir);
  copyFileSync(join(ORG_REGO, 'team.rego'), join(dir, 'team.rego'));
  copyFileSync(orgWasm, join(dir, 'policy.wasm'));
  const g = await gate({ policyDir: dir });
  expect(g.org?.kind).toBe('wasm');
  expectTeamPack(g);
});

test('Rego with neither opa nor a precompiled policy is a UserError naming both ways', async () => {
  const err = await gate({ policyDir: ORG_REGO }).catch((e: unknown) => e);
  expect(err).toBeInstanceOf(UserError);
  const msg = (err as Error).message;
  expect(msg).toContain("opa on the runner's PATH");
  expect(msg).toContain('open-policy-agent/setup-opa');
  expect(msg).toMatch(/policy\.wasm/);
  expect(msg).toMatch(/bundle\.tar\.gz/);
});

test('org denials can be waived (they are not constitution)', async () => {
  const g = await gate({ policyDir: orgWasm });
  const w = 'waivers:\n  - rule_id: TEAM-001\n    path: argo-apps/**\n    reason: r\n    expires: 2027-01-01\n    approved_by: a\n';
  const d = g.evaluate(input(false, w));
  expect(d.allow).toBe(true);
  expect(d.waived.map((x) => x.rule_id)).toEqual(['TEAM-001']);
});

test('the default .trustacks/policies is optional; an explicit policy-dir must exist', async () => {
  const g = await gate({});
  expect(g.org).toBeUndefined();
  expect(g.evaluate(input(false)).allow).toBe(true);
  await expect(gate({ policyDir: 'nope', policyDirRequired: true })).rejects.toThrow(/policy-dir nope does not exist/);
});

test('the default .trustacks/policies is picked up from the repo root', async () => {
  const root = mkdtempSync(join(tmpdir(), 'org-root-'));
  mkdirSync(join(root, '.trustacks/policies'), { recursive: true });
  copyFileSync(orgWasm, join(root, '.trustacks/policies/policy.wasm'));
  const g = await loadGate({ wasmPath: SHIPPED_WASM, root, pathEnv: '' });
  expect(g.org?.source).toBe('.trustacks/policies/policy.wasm');
  expect(g.evaluate(input(false)).allow).toBe(false);
});

test('org Rego that does not compile is a UserError with opa output', async () => {
  const dir = join(work, 'broken');
  mkdirSync(dir);
  writeFileSync(join(dir, 'bad.rego'), 'package org.packs.bad\n\ndeny contains x if {\n');
  await expect(gate({ policyDir: dir, opaPath: opaBin() })).rejects.toThrow(/do not compile/);
});


test('org Rego is compiled against the wasm runtime builtins: http.send is refused', async () => {
  const dir = join(work, 'net');
  mkdirSync(dir);
  writeFileSync(
    join(dir, 'net.rego'),
    'package org.packs.net\n\ndeny contains {"rule_id": "NET-1", "message": "m", "path": ""} if {\n\thttp.send({"method": "GET", "url": "https://example.com"}).status_code != 200\n}\n',
  );
  await expect(gate({ policyDir: dir, opaPath: opaBin() })).rejects.toThrow(/do not compile[\s\S]*http\.send/);
});

// ---------------------------------------------------------------- malformed packs fail closed

/** A policy dir holding the given Rego files, compiled at run time. */
async function regoGate(name: string, files: Record<string, string>) {
  const dir = join(work, name);
  mkdirSync(dir);
  for (const [f, text] of Object.entries(files)) writeFileSync(join(dir, f), text);
  return gate({ policyDir: dir, opaPath: opaBin() });
}

function expectFailClosed(d: ReturnType<Awaited<ReturnType<typeof gate>>['evaluate']>, reason: RegExp) {
  expect(d.allow).toBe(false);
  expect(d.denials).toEqual([expect.objectContaining({ rule_id: 'gate.fail-closed', pack: 'gate' })]);
  expect(d.denials[0].message).toMatch(reason);
}

test('a string deny item is a denial whose message is the string; a string warn item is a warning', async () => {
  const g = await regoGate('strings', {
    'freeze.rego': 'package org.packs.freeze\n\ndeny contains "nothing may be deployed this week" if true\n\nwarn contains "the freeze ends on Monday" if true\n',
  });
  const d = g.evaluate(input(true));
  expect(d.allow).toBe(false);
  expect(d.denials).toEqual([
    expect.objectContaining({ rule_id: 'org:freeze', pack: 'org:freeze', message: 'nothing may be deployed this week', path: '', citation: expect.stringContaining('POLICIES.md#org-packs') }),
  ]);
  expect(d.warnings).toContainEqual(expect.objectContaining({ rule_id: 'org:freeze', message: 'the freeze ends on Monday' }));
  expect(d.packs).toContain('org:freeze');
});

test.each([
  ['deny := true', /org pack bad \(.*\) is malformed: deny is true, not a set of items/],
  ['deny contains 1 if true', /org pack bad .* is malformed: deny holds 1: each item must be a message/],
  ['deny contains {"rule_id": "BAD-1", "path": ""} if true', /deny holds \{"path":"","rule_id":"BAD-1"\}/],
  ['warn := "soon"', /org pack bad .* is malformed: warn is "soon"/],
  ['rules := {"BAD-1"}', /org pack bad .* is malformed: rules is \["BAD-1"\], not an object/],
])('a malformed pack fails closed naming it: %s', async (body, reason) => {
  const g = await regoGate(`bad-${body.replace(/\W+/g, '-')}`, { 'bad.rego': `package org.packs.bad\n\n${body}\n` });
  expectFailClosed(g.evaluate(input(true)), reason);
});

test('an org pack that fails to evaluate fails closed with what opa-wasm threw (a string, not an Error)', async () => {
  const g = await regoGate('conflict', { 'p.rego': 'package org.packs.x\n\nv := 1 if { count(input.files) > 0 }\nv := 2 if { count(input.files) > 1 }\ndeny contains "boom" if v == 3\n' });
  expectFailClosed(g.evaluate(input(true)), /failed to evaluate: \S*\/conflict\/p\.rego:4:1: var assignment conflict\./);
});

test('thrownText reads whatever was thrown', () => {
  expect(thrownText(new Error('e'))).toBe('e');
  expect(thrownText('p.rego:4:1: var assignment conflict')).toBe('p.rego:4:1: var assignment conflict');
  expect(thrownText({ code: 'eval_conflict_error', message: 'conflicting values' })).toBe('eval_conflict_error: conflicting values');
  expect(thrownText({ other: 1 })).toBe('{"other":1}');
  expect(thrownText(undefined)).toBe('undefined');
});

test('Rego in the policy dir that no pack uses is a warning naming the file and package; a library a pack imports is not', async () => {
  const g = await regoGate('stray', {
    'team.rego': 'package org.packs.team\n\nimport data.acme.labels\n\ndeny contains "no team" if not labels.ok\n',
    'labels.rego': 'package acme.labels\n\nok if count(input.files) > 0\n',
    'typo.rego': '# a pack with a typo in its package line\npackage org.pack.security\n\ndeny contains "never seen" if true\n',
  });
  const d = g.evaluate(input(true));
  expect(d.allow).toBe(true);
  const ignored = d.warnings.filter((w) => w.rule_id === 'gate.org-ignored');
  expect(ignored).toEqual([expect.objectContaining({ path: expect.stringMatching(/stray\/typo\.rego$/), pack: 'gate' })]);
  expect(ignored[0].message).toContain('(package org.pack.security) is not an org pack');
});

test('a policy dir whose Rego holds no org pack fails closed, and the warning names what it found', async () => {
  const g = await regoGate('no-pack', { 'freeze.rego': 'package freeze\n\ndeny contains "nothing may be deployed" if true\n' });
  const d = g.evaluate(input(true));
  expectFailClosed(d, /holds no org pack \(a Rego package org\.packs\.<name>\)/);
  expect(d.warnings).toContainEqual(expect.objectContaining({ rule_id: 'gate.org-ignored', message: expect.stringContaining('(package freeze)') }));
});

test('a pack that defines neither deny nor warn is a warning (it can never deny)', async () => {
  const g = await regoGate('empty-pack', {
    'team.rego': 'package org.packs.team.rules\n\ndeny contains "below the pack: not read" if true\n',
  });
  const d = g.evaluate(input(true));
  expect(d.allow).toBe(true);
  expect(d.warnings).toContainEqual(expect.objectContaining({ rule_id: 'gate.org-ignored', message: expect.stringContaining('org pack team (') }));
});

test('a bundle built with the first aggregator still decides, with a warning to rebuild it', async () => {
  const dir = join(work, 'first-format');
  mkdirSync(dir);
  const first = `package trustacks.org

result := {
	"packs": [name | some name, _ in data.org.packs],
	"denials": [object.union(d, {"pack": name}) | some name, p in data.org.packs; some d in p.deny],
	"warnings": [object.union(w, {"pack": name}) | some name, p in data.org.packs; some w in p.warn],
	"evaluated": [object.union(r, {"rule_id": id, "pack": name}) | some name, p in data.org.packs; some id, r in p.rules],
}
`;
  writeFileSync(join(dir, 'entry.rego'), first);
  const bundle = opaBuild([join(ORG_REGO, 'team.rego'), join(dir, 'entry.rego')], ORG_ENTRYPOINT, dir);
  const g = await gate({ policyDir: bundle });
  const d = g.evaluate(input(false));
  expect(d.denials.map((x) => `${x.rule_id} ${x.pack}`)).toEqual(['TEAM-001 org:team']);
  expect(d.warnings).toContainEqual(expect.objectContaining({ rule_id: 'gate.org-ignored', message: expect.stringContaining('earlier aggregator') }));
});

// ---------------------------------------------------------------- unusable precompiled policies fail closed

test.each([
  ['policy.wasm', Buffer.from('\0asm\x01\0\0\0garbage-garbage'), /org policy \.trustacks\/policies\/policy\.wasm is not a loadable OPA wasm/],
  ['bundle.tar.gz', Buffer.from('not a tarball at all'), /org policy bundle \.trustacks\/policies\/bundle\.tar\.gz /],
])('a corrupt org %s fails closed with a denial naming the file', async (file, bytes, reason) => {
  const root = mkdtempSync(join(tmpdir(), 'org-corrupt-'));
  mkdirSync(join(root, '.trustacks/policies'), { recursive: true });
  writeFileSync(join(root, '.trustacks/policies', file), bytes);
  const g = await loadGate({ wasmPath: SHIPPED_WASM, root, pathEnv: '' });
  expect(g.org?.failure).toMatch(reason);
  expectFailClosed(g.evaluate(input(true)), reason);
  expect(g.evaluateBatched(input(true)).allow).toBe(false);
});

test('a wasm without the org entrypoint fails closed, naming how to build it', async () => {
  const g = await gate({ policyDir: SHIPPED_WASM });
  expectFailClosed(g.evaluate(input(true)), /has no entrypoint trustacks\/org\/result \(it has: gitops\/decision\); compile it with `opa build/);
});

test('POLICIES.md shows the aggregator the gate compiles, verbatim', () => {
  expect(readFileSync(join(ROOT, 'POLICIES.md'), 'utf8')).toContain(ORG_AGGREGATOR_REGO);
});
