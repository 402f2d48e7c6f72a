import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadGate, type Gate } from '../../src/policy/gate.js';
import { buildPolicyInput } from '../../src/policy/input.js';
import { loadWaivers, normaliseExpiry, parseWaivers } from '../../src/policy/waivers.js';
import { UserError } from '../../src/errors.js';
import { MAX_NESTING } from '../../src/repo/nesting.js';
import { DEPLOY, NOW, PLATFORM, VALUES, emptyRepo, proposal } from '../../__fixtures__/policy/proposal.js';
import { SHIPPED_WASM } from '../../__fixtures__/policy/opa.js';

const FILE = '.trustacks/waivers.yaml';
let gate: Gate;
beforeAll(async () => {
  gate = await loadGate({ wasmPath: SHIPPED_WASM, root: mkdtempSync(join(tmpdir(), 'gate-root-')) });
});

/** A proposal that breaks SEC-003 (waivable) and CON-008 (constitution). */
function decideWith(waiversYaml: string, opts: { latest?: boolean; now?: string } = {}) {
  const edits: Record<string, (s: string) => string> = {
    [VALUES]: (s) => s.replace('readOnlyRootFilesystem: true', 'readOnlyRootFilesystem: false'),
  };
  if (opts.latest) edits[DEPLOY] = (s) => s.replace(/image: .*/, 'image: nginx:latest');
  const parsed = parseWaivers(waiversYaml, FILE);
  const input = buildPolicyInput(proposal(edits), {
    config: { packs: ['security-baseline'], repoUrl: PLATFORM },
    repo: emptyRepo(),
    waivers: parsed.waivers,
    now: opts.now ?? NOW,
  });
  return gate.evaluate(input, parsed.warnings);
}

const waiver = (fields: Record<string, string>) =>
  `waivers:\n  - ${Object.entries({ rule_id: 'SEC-003', path: 'gitops/shop/**', reason: 'cache in /tmp until CART-12', expires: '2027-01-31', approved_by: 'platform-team', ...fields })
    .map(([k, v]) => `${k}: ${JSON.stringify(v)}`)
    .join('\n    ')}\n`;

describe('parseWaivers', () => {
  test('reads valid entries, normalising expiry and recording file:line', () => {
    const text = `# accepted risks\nwaivers:\n  - rule_id: SEC-003\n    path: ./gitops/shop/**\n    reason: r\n    expires: 2027-01-31\n    approved_by: alice\n`;
    const w = parseWaivers(text, FILE);
    expect(w.warnings).toEqual([]);
    expect(w.waivers).toEqual([
      { rule_id: 'SEC-003', path: 'gitops/shop/**', reason: 'r', expires: '2027-01-31T23:59:59Z', approved_by: 'alice', source: `${FILE}:3` },
    ]);
  });

  test('malformed entries are warnings naming file and line; good entries survive', () => {
    const text = [
      'waivers:',
      '  - rule_id: SEC-003', //          2: ok
      '    path: "**"',
      '    reason: r',
      '    expires: 2027-01-31',
      '    approved_by: a',
      '  - rule_id: SEC-004', //          7: no approver
      '    path: "**"',
      '    reason: r',
      '    expires: 2027-01-31',
      '  - just a string', //             11
      '  - rule_id: SEC-001', //          12: bad date, unknown key
      '    path: "**"',
      '    reason: r',
      '    expires: 2027-02-30',
      '    approved_by: a',
      '    approved-by: a',
      '',
    ].join('\n');
    const w = parseWaivers(text, FILE);
    expect(w.waivers.map((x) => x.rule_id)).toEqual(['SEC-003']);
    expect(w.warnings.map((x) => x.message.split(':').slice(0, 2).join(':'))).toEqual([`${FILE}:7`, `${FILE}:11`, `${FILE}:12`]);
    expect(w.warnings[0].message).toContain("'approved_by' is missing");
    expect(w.warnings[2].message).toContain('2027-02-30');
    expect(w.warnings[2].message).toContain("unknown key 'approved-by'");
    expect(w.warnings.every((x) => x.rule_id === 'waiver.malformed' && x.path === FILE)).toBe(true);
  });

  test('a file that is not YAML, or not a waivers list, is one warning and no waiver', () => {
    expect(parseWaivers('waivers: [\n', FILE).warnings[0].message).toMatch(/^\.trustacks\/waivers\.yaml:\d+: not valid YAML/);
    expect(parseWaivers('- a\n', FILE).warnings).toHaveLength(1);
    expect(parseWaivers('waivers: 3\n', FILE).warnings[0].message).toContain("'waivers' must be a list");
    expect(parseWaivers('', FILE)).toEqual({ waivers: [], warnings: [] });
  });

  test('every waiver.malformed warning carries source, <file>:<line>, the line its message names', () => {
    const entry = (extra: string) => `waivers:\n  - rule_id: SEC-003\n    path: "**"\n    reason: r\n${extra}    approved_by: a\n`;
    const cases: [string, string, string, RegExp][] = [
      ['a date that does not exist', entry('    expires: 2027-02-30\n'), `${FILE}:2`, /2027-02-30/],
      ['an unknown key', `waivers:\n  - rule_id: SEC-001\n    path: "**"\n    reason: r\n    expires: 2027-01-31\n    approved_by: a\n  - rule_id: SEC-003\n    path: "**"\n    reason: r\n    expires: 2027-01-31\n    approved_by: a\n    approved-by: a\n`, `${FILE}:7`, /unknown key 'approved-by'/],
      ['a missing key', entry(''), `${FILE}:2`, /'expires' is missing/],
      ['an entry that is not a mapping', 'waivers:\n  - just a string\n', `${FILE}:2`, /not a mapping/],
      ["'waivers' that is not a list", '# risks\nwaivers: 3\n', `${FILE}:2`, /'waivers' must be a list/],
      ['a file that is not a mapping', '- a\n', `${FILE}:1`, /expected a mapping/],
      ['a file that is not YAML', 'waivers: [\n', `${FILE}:1`, /not valid YAML/],
      ['a file that nests too deep', `waivers: ${'['.repeat(MAX_NESTING + 5)}${']'.repeat(MAX_NESTING + 5)}\n`, `${FILE}:1`, /nests more than/],
    ];
    for (const [what, text, source, message] of cases) {
      const w = parseWaivers(text, FILE);
      expect({ what, warnings: w.warnings.map((x) => ({ rule_id: x.rule_id, source: x.source })) }).toEqual({ what, warnings: [{ rule_id: 'waiver.malformed', source }] });
      expect(w.warnings[0].message).toMatch(message);
      expect(w.warnings[0].message.startsWith(`${source}: `)).toBe(true);
    }
  });

  test('expiry forms', () => {
    expect(normaliseExpiry('2027-01-31')).toBe('2027-01-31T23:59:59Z');
    expect(normaliseExpiry('2027-01-31T10:00:00+02:00')).toBe('2027-01-31T08:00:00Z');
    expect(normaliseExpiry('2027-01-31T10:00:00.123Z')).toBe('2027-01-31T10:00:00Z');
    expect(normaliseExpiry('next week')).toBeUndefined();
    expect(normaliseExpiry('2027-13-01')).toBeUndefined();
  });

  test('a time on a day or at an hour that does not exist is not an expiry (Date() would roll it over)', () => {
    expect(normaliseExpiry('2028-02-29T10:00:00Z')).toBe('2028-02-29T10:00:00Z'); // a leap day
    for (const v of ['2027-02-30T10:00:00Z', '2027-02-29T10:00:00Z', '2027-04-31T00:00:00Z', '2027-03-31T24:00:00Z', '2027-03-31T23:60:00Z', '2027-03-31T23:59:60Z', '2027-03-31T10:00:00+24:00', '2027-03-31T10:00:00+01:60']) {
      expect({ v, expires: normaliseExpiry(v) }).toEqual({ v, expires: undefined });
    }
    const w = parseWaivers(waiver({ expires: '2027-02-30T10:00:00Z' }), FILE);
    expect(w.waivers).toEqual([]);
    expect(w.warnings.map((x) => x.message)).toEqual([`${FILE}:2: waiver #1 (SEC-003) ignored: 'expires' "2027-02-30T10:00:00Z" is not a date (YYYY-MM-DD) or an RFC 3339 time`]);
  });

  test('a path that is no glob (OPA refuses it, so it would waive nothing) is malformed, naming the path', () => {
    for (const path of ['gitops/[cart/**', 'gitops/[z-a]/**', 'gitops/[]/**', 'gitops/[!']) {
      const w = parseWaivers(waiver({ path }), FILE);
      expect({ path, waivers: w.waivers }).toEqual({ path, waivers: [] });
      expect(w.warnings.map((x) => x.message)).toEqual([`${FILE}:2: waiver #1 (SEC-003) ignored: 'path' ${JSON.stringify(path)} is not a glob the policy can match (an unclosed '[', an empty or reversed class)`]);
    }
    for (const path of ['gitops/{cart,catalog}/**', 'gitops/[a-c]*/**', 'gitops/shop/*/cart/**', 'gitops/a}']) {
      expect({ path, warnings: parseWaivers(waiver({ path }), FILE).warnings }).toEqual({ path, warnings: [] });
    }
  });

  test('loadWaivers: a missing default file means no waivers; a missing explicit file is a UserError', async () => {
    const root = mkdtempSync(join(tmpdir(), 'waivers-'));
    await expect(loadWaivers({ root })).resolves.toEqual({ waivers: [], warnings: [] });
    await expect(loadWaivers({ root, file: 'w.yaml', required: true })).rejects.toBeInstanceOf(UserError);
    mkdirSync(join(root, '.trustacks'));
    writeFileSync(join(root, FILE), waiver({}));
    expect((await loadWaivers({ root })).waivers).toHaveLength(1);
  });
});

describe('waivers through the shipped policy', () => {
  test('without a waiver SEC-003 denies', () => {
    expect(decideWith('').denials.map((d) => d.rule_id)).toEqual(['SEC-003']);
  });

  test('a valid waiver turns the denial into a waived warning', () => {
    const d = decideWith(waiver({}));
    expect(d.allow).toBe(true);
    expect(d.waived).toHaveLength(1);
    expect(d.waived[0]).toMatchObject({ rule_id: 'SEC-003', path: DEPLOY, waiver: { approved_by: 'platform-team', expires: '2027-01-31T23:59:59Z' } });
    expect(d.warnings.some((w) => w.rule_id === 'SEC-003' && w.waiver)).toBe(true);
  });

  test('the path glob must match the denied file', () => {
    expect(decideWith(waiver({ path: 'gitops/shop/staging/**' })).allow).toBe(false);
    expect(decideWith(waiver({ path: 'gitops/*' })).allow).toBe(false); // * does not cross folders
    expect(decideWith(waiver({ path: 'gitops/shop/*/cart/templates/deployment.yaml' })).allow).toBe(true);
  });

  test('an expired waiver is ignored with a warning', () => {
    const d = decideWith(waiver({ expires: '2026-11-26' }), { now: '2026-11-27T00:00:00Z' });
    expect(d.allow).toBe(false);
    expect(d.warnings.find((w) => w.rule_id === 'waiver.expired')?.message).toContain(`${FILE}:2`);
    // the same waiver the day before expiry still applies
    expect(decideWith(waiver({ expires: '2026-11-26' }), { now: '2026-11-26T23:00:00Z' }).allow).toBe(true);
  });

  test('a waiver naming no rule (a typo) waives nothing and says so, at its line', () => {
    const d = decideWith(waiver({ rule_id: 'sec-003' }));
    expect(d.allow).toBe(false);
    const w = d.warnings.find((x) => x.rule_id === 'waiver.unknown-rule');
    expect(w?.message).toBe(`waiver for sec-003 on gitops/shop/** (${FILE}:2) waives nothing: no rule of the gate has the id sec-003 (did you mean SEC-003?)`);
    expect(w?.source).toBe(`${FILE}:2`);
    // a rule of a pack that is not on in this run is a rule: no warning
    expect(decideWith(waiver({ rule_id: 'PRD-001' })).warnings.some((x) => x.rule_id === 'waiver.unknown-rule')).toBe(false);
  });

  test('a malformed waiver is ignored with a warning naming file and line', () => {
    const d = decideWith(waiver({ expires: 'soon' }));
    expect(d.allow).toBe(false);
    expect(d.warnings.find((w) => w.rule_id === 'waiver.malformed')?.message).toMatch(/^\.trustacks\/waivers\.yaml:2: /);
    expect(d.warnings.find((w) => w.rule_id === 'waiver.malformed')?.source).toBe(`${FILE}:2`);
  });

  test('a constitution rule cannot be waived', () => {
    const d = decideWith(waiver({ rule_id: 'CON-008', path: '**' }), { latest: true });
    expect(d.allow).toBe(false);
    expect(d.denials.map((x) => x.rule_id)).toContain('CON-008');
    expect(d.waived).toEqual([]);
    expect(d.warnings.map((w) => w.rule_id)).toContain('waiver.constitution');
  });

  test('a gate rule cannot be waived either, and the warning says it is the gate\'s, not a constitution rule', () => {
    const parsed = parseWaivers(waiver({ rule_id: 'gate.unknown-pack', path: '**' }), FILE);
    const input = buildPolicyInput(proposal(), { config: { packs: ['nope'], repoUrl: PLATFORM }, repo: emptyRepo(), waivers: parsed.waivers, now: NOW });
    const d = gate.evaluate(input, parsed.warnings);
    expect(d.denials.map((x) => x.message)).toEqual(["pack 'nope' was requested but does not exist (built-in packs: production, security-baseline; org packs: none)"]);
    expect(d.warnings.filter((w) => w.rule_id === 'waiver.constitution').map((w) => w.message)).toEqual([
      `waiver for gate.unknown-pack on ** (${FILE}:2) is ignored: the gate's own rules can never be waived`,
    ]);
  });
});
