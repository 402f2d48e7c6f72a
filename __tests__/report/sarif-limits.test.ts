import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Ajv } from 'ajv';
import addFormatsModule from 'ajv-formats';
import { runCli } from '../../src/cli/main.js';
import { Reporter } from '../../src/report/reporter.js';
import { gzipSync } from 'node:zlib';
import { SARIF_MAX_GZIP_BYTES, SARIF_MAX_RESULTS, failedSarif, formatSarif, sarifFile, toSarif } from '../../src/report/sarif.js';
import type { Finding, Severity } from '../../src/validate/types.js';
import { catalogue, findings, smallModel, summary } from '../../__fixtures__/report/data.js';
import { FakeAnnotator } from '../../__fixtures__/report/fake-core.js';
import { app, goodRepo, makeTree, removeTrees } from '../../__fixtures__/validate/tree.js';
import { CATALOGUE_URI, RULES } from '../../src/validate/catalogue.js';

// The OASIS SARIF 2.1.0 schema (final, "rtm.5"), as @microsoft/jest-sarif ships it. It is
// draft-04 JSON Schema: Ajv reads it as its default draft once `id` is `$id` (the schema
// uses no draft-04-only keyword), and one of its patterns is not valid under the `u` flag.
const addFormats = (addFormatsModule as unknown as { default?: typeof addFormatsModule }).default ?? addFormatsModule;
const schema = JSON.parse(readFileSync(new URL('../../__fixtures__/report/sarif-schema-2.1.0.json', import.meta.url), 'utf8'));
delete schema.$schema;
schema.$id = schema.id;
delete schema.id;
const ajv = new Ajv({ allErrors: true, strict: false, unicodeRegExp: false });
(addFormats as unknown as (a: Ajv) => void)(ajv);
const validateSarif = ajv.compile(schema);

function expectValid(log: unknown): void {
  const ok = validateSarif(log);
  expect(ok ? [] : validateSarif.errors).toEqual([]);
}

const finding = (i: number, severity: Severity, file = `argo-apps/argo-apps-c/s${i}-application.yaml`): Finding => ({
  ruleId: `r.${severity}`,
  severity,
  file,
  line: 1 + (i % 7),
  column: 1 + (i % 3),
  message: `finding ${i}`,
  hint: '',
});

describe('SARIF logs against the SARIF 2.1.0 schema', () => {
  it('the validate log, with hostile names, file-less findings, every option', () => {
    const hostile: Finding[] = [
      ...findings,
      { ruleId: 'x|y', severity: 'notice', file: 'argo-apps/argo-apps-a"b/x(y) %0A,:-application.yaml', line: 2, column: 3, message: 'a\r\nb `c` <script>', hint: 'h' },
      { ruleId: 'repo.apps-dir-missing', severity: 'error', file: '', line: 0, column: 0, message: 'no file', hint: '' },
    ];
    expectValid(toSarif(hostile, catalogue, '1.0.0', { srcRoot: '/home/runner/work/my repo', category: 'gitops/', fallbackFile: 'apps' }));
    expectValid(toSarif([], [], 'main-abc'));
  });

  it('the log of a run that could not validate', () => {
    expectValid(JSON.parse(failedSarif('1.0.0', "DIR 'x' does not exist", 2)));
  });

  it('a log cut to the result limit', () => {
    expectValid(toSarif([finding(1, 'error'), finding(2, 'warning'), finding(3, 'notice')], catalogue, '1.0.0', { maxResults: 2 }));
  });
});

describe('validate --format sarif', () => {
  afterAll(removeTrees);

  it('is valid against the schema, and each catalogue rule links to its documentation (helpUri)', async () => {
    const dir = await makeTree({ ...goodRepo(), 'argo-apps/argo-apps-prod/cart-application.yaml': app({ name: 'cart', path: 'gitops/shop/prod/nothere' }) });
    let stdout = '';
    const code = await runCli(['validate', dir, '--format', 'sarif'], { stdout: (t) => void (stdout += t), stderr: () => undefined });
    expect(code).toBe(1);
    const log = JSON.parse(stdout);
    expectValid(log);
    expect(log.runs[0].results.length).toBeGreaterThan(0);
    const rules = log.runs[0].tool.driver.rules as { id: string; helpUri?: string }[];
    for (const r of RULES) expect(rules.find((d) => d.id === r.id)?.helpUri).toBe(CATALOGUE_URI);
    // The anchor is the README heading the rule table sits under.
    expect(readFileSync(new URL('../../README.md', import.meta.url), 'utf8')).toMatch(/^## Rule catalogue$/m);
    expect(CATALOGUE_URI.endsWith('README.md#rule-catalogue')).toBe(true);
  });
});

describe('GitHub code scanning result limit', () => {
  it(`keeps at most ${SARIF_MAX_RESULTS.toLocaleString('en-US')} results, the most severe, and says how many were left out`, () => {
    // Errors sort last by location: a cut in location order would drop exactly these.
    const many = [
      ...Array.from({ length: SARIF_MAX_RESULTS }, (_, i) => finding(i, 'notice')),
      ...Array.from({ length: 10 }, (_, i) => finding(i, 'error', `zz/${i}.yaml`)),
    ];
    const run = toSarif(many, catalogue, '1.0.0').runs[0]!;
    expect(run.results).toHaveLength(SARIF_MAX_RESULTS);
    expect(run.results!.filter((r) => r.level === 'error')).toHaveLength(10);
    const note = run.invocations![0]!;
    expect(note.executionSuccessful).toBe(true);
    expect(note.toolExecutionNotifications![0]!.level).toBe('warning');
    expect(note.toolExecutionNotifications![0]!.message.text).toMatch(/^10 of 25010 findings are not in this SARIF log: GitHub code scanning rejects a run of more than 25,000 results/);
  });

  it('keeps location order and each kept result its fingerprint', () => {
    const all = [finding(3, 'notice'), finding(1, 'error'), finding(2, 'warning'), finding(4, 'error')];
    const full = toSarif(all, catalogue, '1').runs[0]!;
    const cut = toSarif(all, catalogue, '1', { maxResults: 3 }).runs[0]!;
    expect(cut.results!.map((r) => r.message.text)).toEqual(['finding 1', 'finding 2', 'finding 4']);
    const fp = new Map(full.results!.map((r) => [r.message.text, r.partialFingerprints]));
    for (const r of cut.results!) expect(r.partialFingerprints).toEqual(fp.get(r.message.text));
    // Under the limit nothing is cut and there is no notification.
    expect(full.results).toHaveLength(4);
    expect(full.invocations).toBeUndefined();
  });

  it('keeps the file under the compressed size code scanning accepts, dropping the least severe results', () => {
    expect(SARIF_MAX_GZIP_BYTES).toBe(10 * 1024 * 1024);
    // Messages that do not compress (as long quoted values can be), against a small cap.
    const noisy = (i: number, severity: Severity): Finding => ({ ...finding(i, severity), message: `v ${i}: ${[0, 1, 2, 3].map((k) => createHash('sha512').update(`${i}/${k}`).digest('base64')).join('')}` });
    const all = [...Array.from({ length: 300 }, (_, i) => noisy(i, 'warning')), ...Array.from({ length: 20 }, (_, i) => noisy(1000 + i, 'error'))];
    const cap = 64 * 1024;
    const whole = formatSarif(all, catalogue, '1.0.0');
    expect(gzipSync(whole).length).toBeGreaterThan(cap);
    const cut = sarifFile(all, catalogue, '1.0.0', {}, cap);
    expect(gzipSync(cut.text).length).toBeLessThanOrEqual(cap);
    expect(cut.findings).toBe(320);
    expect(cut.results).toBeGreaterThan(20);
    expect(cut.results).toBeLessThan(320);
    const run = JSON.parse(cut.text).runs[0];
    expect(run.results).toHaveLength(cut.results);
    expect(run.results.filter((r: { level: string }) => r.level === 'error')).toHaveLength(20);
    expect(run.invocations[0].toolExecutionNotifications[0].message.text).toContain(`${320 - cut.results} of 320 findings are not in this SARIF log`);
    expectValid(JSON.parse(cut.text));
    // Under the cap the file is the whole log.
    expect(sarifFile(all, catalogue, '1.0.0').text).toBe(whole);
  });

  it('the action logs a warning when the SARIF file is cut', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'sarif-limit-'));
    try {
      const warnings: string[] = [];
      const sarifPath = join(dir, 'out.sarif');
      const reporter = new Reporter(
        { annotator: new FakeAnnotator(), log: { info: () => undefined, warning: (m) => warnings.push(m) } },
        { catalogue, toolVersion: '1.0.0', sarifPath, annotations: false, sarif: { maxResults: 2 } },
      );
      await reporter.report({ findings, summary, model: smallModel() });
      expect(JSON.parse(await readFile(sarifPath, 'utf8')).runs[0].results).toHaveLength(2);
      expect(warnings).toEqual([expect.stringMatching(/^3 of 5 findings are not in this SARIF log/)]);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
