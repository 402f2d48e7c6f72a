/** Check runs against the local GitHub: batching, the commit-status fallback, the warning. */
import { LocalGitHub, OWNER, REPO, ACTION_TOKEN } from '../../__fixtures__/github/local-github.js';
import { allowDecision, denyDecision, waivedDecision } from '../../__fixtures__/github/proposal.js';
import { createGitHubApi } from '../../src/github/client.js';
import {
  reportCheck,
  validationCheck,
  proposalCheck,
  findingToAnnotation,
  ANNOTATIONS_PER_REQUEST,
  MAX_CHECK_ANNOTATIONS,
} from '../../src/github/checks.js';
import type { Finding } from '../../src/validate/types.js';

let gh: LocalGitHub;
let sha: string;
beforeAll(async () => {
  gh = await LocalGitHub.start();
  sha = (await gh.branchSha('main'))!;
});
afterAll(async () => {
  await gh.close();
});
afterEach(() => {
  expect(gh.problems.splice(0)).toEqual([]);
  expect(gh.pendingFaults()).toEqual([]);
});

const api = () => createGitHubApi({ token: ACTION_TOKEN, baseUrl: gh.url, paceWrites: false, retryAfterBaseValueMs: 10, retries: 1 });
const target = { owner: OWNER, repo: REPO };
const FORBIDDEN = {
  kind: 'status' as const,
  status: 403,
  body: { message: 'Resource not accessible by integration', documentation_url: 'https://docs.github.com/rest/checks/runs#create-a-check-run', status: '403' },
};

function finding(i: number, severity: Finding['severity'] = 'warning'): Finding {
  return {
    ruleId: `GA${String(i % 7).padStart(3, '0')}`,
    severity,
    file: `argo-apps/argo-apps-prod-eu/app-${i}-application.yaml`,
    line: 3 + (i % 5),
    column: 5,
    message: `finding ${i}`,
    hint: 'fix it',
  };
}

describe('findingToAnnotation', () => {
  test('maps severities to annotation levels and keeps the position', () => {
    expect(findingToAnnotation(finding(1, 'error'))).toEqual({
      path: 'argo-apps/argo-apps-prod-eu/app-1-application.yaml',
      start_line: 4,
      end_line: 4,
      start_column: 5,
      end_column: 5,
      annotation_level: 'failure',
      title: 'GA001',
      message: 'finding 1\nfix it',
    });
    expect(findingToAnnotation(finding(1, 'warning')).annotation_level).toBe('warning');
    expect(findingToAnnotation(finding(1, 'notice')).annotation_level).toBe('notice');
  });
  test('drops columns on a multi-line span and clamps line 0 to 1', () => {
    const a = findingToAnnotation({ ...finding(2), line: 0, endLine: 9, column: 3, endColumn: 1 });
    expect(a).toMatchObject({ start_line: 1, end_line: 9 });
    expect(a).not.toHaveProperty('start_column');
  });
});

test(`${2 * ANNOTATIONS_PER_REQUEST + 23} annotations: one create and two updates, each of at most 50, all of them on the run`, async () => {
  gh.clearTraffic();
  const findings = Array.from({ length: 123 }, (_, i) => finding(i, i === 0 ? 'error' : 'warning'));
  const r = await reportCheck(api(), target, validationCheck('gitops / validate', sha, findings));
  expect(r).toMatchObject({ kind: 'check-run', batches: 3 });
  const calls = gh.calls();
  expect(calls.map((c) => c.method)).toEqual(['POST', 'PATCH', 'PATCH']);
  const sizes = calls.map((c) => (c.requestBody as { output: { annotations: unknown[] } }).output.annotations.length);
  expect(sizes).toEqual([50, 50, 23]);
  if (r.kind !== 'check-run') throw new Error('unreachable');
  expect(gh.annotations.get(r.id)).toHaveLength(123);
  const [run] = (await gh.checkRuns(sha)).filter((c) => c.id === r.id);
  expect(run).toMatchObject({ name: 'gitops / validate', status: 'completed', conclusion: 'failure', head_sha: sha });
  expect(run.output.title).toBe('Invalid: 1 errors, 122 warnings, 0 notices');
});

test(`more findings than ${MAX_CHECK_ANNOTATIONS}: that many annotations, errors first, in ${MAX_CHECK_ANNOTATIONS / ANNOTATIONS_PER_REQUEST} requests; the summary says where the rest are`, async () => {
  gh.clearTraffic();
  // 3,000 warnings, then 5 errors last: the errors must not be the ones left out.
  const findings = [...Array.from({ length: 3000 }, (_, i) => finding(i)), ...Array.from({ length: 5 }, (_, i) => finding(3000 + i, 'error'))];
  const report = validationCheck('gitops / validate', sha, findings);
  expect(report.annotations).toHaveLength(MAX_CHECK_ANNOTATIONS);
  expect(report.annotations.slice(0, 5).map((a) => [a.annotation_level, a.message.split('\n')[0]])).toEqual([3000, 3001, 3002, 3003, 3004].map((i) => ['failure', `finding ${i}`]));
  expect(report.title).toBe('Invalid: 5 errors, 3000 warnings, 0 notices');
  expect(report.summary).toContain(`The first ${MAX_CHECK_ANNOTATIONS} findings, errors first, are annotated on this check; all 3005 are in the step's log and its JSON report`);
  expect(report.summary).not.toContain('more findings are in the annotations.');
  const r = await reportCheck(api(), target, report);
  expect(r).toMatchObject({ kind: 'check-run', batches: MAX_CHECK_ANNOTATIONS / ANNOTATIONS_PER_REQUEST });
  expect(gh.calls()).toHaveLength(MAX_CHECK_ANNOTATIONS / ANNOTATIONS_PER_REQUEST);
  // At the cap itself nothing is left out, and nothing is said.
  const exactly = validationCheck('x', sha, findings.slice(0, MAX_CHECK_ANNOTATIONS));
  expect(exactly.annotations).toHaveLength(MAX_CHECK_ANNOTATIONS);
  expect(exactly.summary).not.toContain('are annotated on this check');
});

test('generate mode: a waived denial is one row, with its waiver, and its annotation says it is waived; a waiver warning is annotated on the waiver', () => {
  const report = proposalCheck('gitops / generate', sha, waivedDecision(), []);
  const rows = report.summary.split('\n').filter((l) => l.includes('PROD-002'));
  expect(rows).toEqual([expect.stringMatching(/^\| waived \| .* replicas is 2 — Waived until 2027-01-31 by platform-leads: migration week\. \|$/)]);
  expect(report.annotations.find((a) => a.title?.startsWith('PROD-002'))).toBeUndefined(); // no path: nothing to annotate
  const expired = report.annotations.find((a) => a.title?.startsWith('waiver.expired'))!;
  expect(expired).toMatchObject({ path: '.trustacks/waivers.yaml', start_line: 7, end_line: 7, annotation_level: 'warning' });
  const d = waivedDecision();
  for (const w of [...d.warnings, ...d.waived]) if (w.rule_id === 'PROD-002') w.path = 'gitops/shop/prod-eu/payments/values.yaml';
  const onFile = proposalCheck('gitops / generate', sha, d, []).annotations.filter((a) => a.title?.startsWith('PROD-002'));
  expect(onFile).toHaveLength(1);
  expect(onFile[0].message).toContain('Waived until 2027-01-31 by platform-leads: migration week.');
});

test('generate mode: an org rule id or citation that is not plain Markdown does not break the summary table', () => {
  const d = denyDecision();
  d.denials = [{ ...d.denials[0], rule_id: 'TEAM|1 [x]', citation: 'see the wiki (team page)' }];
  const row = proposalCheck('gitops / generate', sha, d, []).summary.split('\n').find((l) => l.startsWith('| denied'))!;
  expect(row).toBe('| denied | TEAM\\|1 \\[x\\] | <code>argo-apps/root.yaml</code> | the proposal modifies argo-apps/root.yaml |');
});

test('no findings: one call, success, no annotations key', async () => {
  gh.clearTraffic();
  const r = await reportCheck(api(), target, validationCheck('gitops / validate', sha, []));
  expect(r.kind).toBe('check-run');
  expect(gh.calls()).toHaveLength(1);
  expect((gh.calls()[0].requestBody as { conclusion: string; output: object }).conclusion).toBe('success');
  expect((gh.calls()[0].requestBody as { output: object }).output).not.toHaveProperty('annotations');
});

test('generate mode: the gate’s decision and the validation result on the proposal’s commit', async () => {
  const denied = proposalCheck('gitops / generate', sha, denyDecision(), [finding(1, 'notice')]);
  expect(denied.conclusion).toBe('failure');
  expect(denied.annotations[0]).toMatchObject({ path: 'argo-apps/root.yaml', annotation_level: 'failure' });
  expect(denied.summary).toContain('[CON-001](POLICIES.md#con-001-only-creates-files)');
  const allowed = proposalCheck('gitops / generate', sha, allowDecision(), []);
  expect(allowed.conclusion).toBe('success');
  expect(allowed.title).toBe('Policy: allowed · Validation: 0 errors, 0 warnings');
  const r = await reportCheck(api(), target, allowed);
  expect(r.kind).toBe('check-run');
});

test('a token without checks: write (403) falls back to a commit status', async () => {
  gh.inject({ method: 'POST', path: /\/check-runs$/, action: FORBIDDEN });
  const warnings: string[] = [];
  const r = await reportCheck(api(), target, validationCheck('gitops / validate', sha, [finding(1, 'error')]), { warn: (m) => warnings.push(m) });
  expect(r).toEqual({ kind: 'status', state: 'failure' });
  expect(gh.statuses.at(-1)).toMatchObject({ sha, state: 'failure', context: 'gitops / validate' });
  expect(warnings.join('\n')).toMatch(/checks: write/);
});

test('check runs and statuses both refused: a warning, no throw', async () => {
  gh.inject({ method: 'POST', path: /\/check-runs$/, action: FORBIDDEN });
  gh.inject({ method: 'POST', path: /\/statuses\/[0-9a-f]{40}$/, action: { ...FORBIDDEN, body: { ...FORBIDDEN.body } } });
  const warnings: string[] = [];
  const before = gh.statuses.length;
  const r = await reportCheck(api(), target, validationCheck('gitops / validate', sha, []), { warn: (m) => warnings.push(m) });
  expect(r.kind).toBe('warning');
  expect(warnings).toHaveLength(2);
  expect(warnings[1]).toContain('Valid: 0 errors');
  expect(gh.statuses.length).toBe(before);
});

test('a server that keeps failing: a warning, no throw', async () => {
  gh.inject({ method: 'POST', path: /\/check-runs$/, times: 2, action: { kind: 'status', status: 500 } });
  const r = await reportCheck(api(), target, validationCheck('gitops / validate', sha, []));
  expect(r.kind).toBe('warning');
});

test('the generate check’s summary lists the validation findings, errors first', () => {
  const report = proposalCheck('g', sha, allowDecision(), [finding(1, 'notice'), finding(2, 'error')]);
  expect(report.conclusion).toBe('failure');
  const rows = report.summary.split('\n').filter((l) => l.startsWith('| error') || l.startsWith('| notice'));
  expect(rows.map((r) => r.split(' | ')[0])).toEqual(['| error', '| notice']);
  expect(report.summary).toContain('<code>argo-apps/argo-apps-prod-eu/app-2-application.yaml:5</code> | finding 2');
});

test('a file name or message from the repo cannot break the check summary table or render as HTML', () => {
  const hostile: Finding = { ...finding(1, 'error'), file: 'argo-apps/a`b|c-application.yaml', message: "name 'x<img src=https://e.x/t.png>' a\rb | c\nd" };
  const summary = validationCheck('v', sha, [hostile]).summary;
  const rows = summary.split(/\r\n|\r|\n/).filter((l) => l.startsWith('| error'));
  // One row (a lone \r is a line ending in markdown too), with its four cells.
  expect(rows).toHaveLength(1);
  expect(rows[0]!.split(/(?<!\\)\|/).slice(1, -1)).toHaveLength(4);
  expect(summary).not.toContain('<img');
  expect(summary).toContain('&lt;img src=https://e.x/t.png&gt;');
  // In <code>, not a backtick span, which the name's backtick would close.
  expect(rows[0]).toContain(`<code>argo-apps/a\\\`b\\|c-application.yaml:${hostile.line}</code>`);
});

describe('the validate check follows fail-on, as the step does', () => {
  test.each([
    ['error', [], 'success'],
    ['error', ['warning'], 'success'],
    ['error', ['error'], 'failure'],
    ['warning', ['warning'], 'failure'],
    ['warning', ['notice'], 'success'],
    // Advisory: the step passes, and a required check must not block the merge.
    ['never', ['error'], 'neutral'],
    ['never', [], 'success'],
  ] as const)('fail-on %s with %j: %s', (failOn, severities, conclusion) => {
    const r = validationCheck('gitops / validate', 'a'.repeat(40), severities.map((s, i) => finding(i + 1, s)), undefined, failOn);
    expect(r.conclusion).toBe(conclusion);
    if (conclusion === 'neutral') expect(r.summary).toMatch(/advisory: fail-on is never/);
  });
});

describe('the proposal check under a person’s commits', () => {
  const alice = [{ sha: 'b'.repeat(40), author: 'Alice', message: 'Add an extra Application' }];
  test('clean, with a person’s commits it did not validate: neutral, and the summary names them', () => {
    const r = proposalCheck('gitops / proposal', 'a'.repeat(40), allowDecision(), [], undefined, alice);
    expect(r.conclusion).toBe('neutral');
    expect(r.summary).toContain('bbbbbbb by Alice ("Add an extra Application")');
    expect(r.summary).toMatch(/did not validate/);
  });
  test('@mentions in commit messages, authors, rule messages and waivers notify no one from the summary', () => {
    const d = waivedDecision();
    d.waived = [{ ...d.waived[0], waiver: { reason: 'cc @carol', approved_by: '@acme/leads', expires: '2027-01-31' } }];
    d.denials = [{ rule_id: 'TEAM-001', title: 'Team rule', message: 'ask @dave', path: 'gitops/x.yaml', citation: 'https://example.com/team' }];
    const people = [{ sha: 'b'.repeat(40), author: '@erin', message: 'fix for @frank' }];
    const summary = proposalCheck('gitops / proposal', 'a'.repeat(40), d, [{ ...finding(1, 'error'), message: 'see @gina' }], undefined, people).summary;
    expect(summary).not.toMatch(/(^|[^A-Za-z0-9_])@[A-Za-z0-9]/m);
    const shown = summary.replace(/\u200d/g, '');
    for (const t of ['by @erin ("fix for @frank")', 'ask @dave', 'by @acme/leads: cc @carol', 'see @gina']) expect(shown).toContain(t);
  });
  test('without them: success; with an error or a denial: failure either way', () => {
    expect(proposalCheck('gitops / proposal', 'a'.repeat(40), allowDecision(), []).conclusion).toBe('success');
    expect(proposalCheck('gitops / proposal', 'a'.repeat(40), denyDecision(), [], undefined, alice).conclusion).toBe('failure');
    expect(proposalCheck('gitops / proposal', 'a'.repeat(40), allowDecision(), [finding(1, 'error')], undefined, alice).conclusion).toBe('failure');
  });
});
