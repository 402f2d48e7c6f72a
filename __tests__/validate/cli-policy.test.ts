import { afterAll, describe, expect, test } from '@jest/globals';
import { runValidateCli } from '../../src/cli/validate.js';
import { runCli } from '../../src/cli/main.js';
import { app, goodRepo, makeTree, removeTrees, REPO_URL } from '../../__fixtures__/validate/tree.js';
import { policyWasm } from '../../__fixtures__/generate/helpers.js';

/** `gitops-action validate --policy`: the action's policy-on-validate from a terminal. */
async function cli(...argv: string[]) {
  let stdout = '';
  let stderr = '';
  const io = { stdout: (t: string) => void (stdout += t), stderr: (t: string) => void (stderr += t) };
  const code = await runValidateCli(argv, io, { policy: { wasmPath: policyWasm() } });
  return { code, stdout, stderr, report: () => JSON.parse(stdout) as { findings: { ruleId: string; severity: string; file: string; line: number; message: string }[]; summary: { errors: number } } };
}

const APP = 'argo-apps/argo-apps-prod/cart-application.yaml';
afterAll(removeTrees);

describe('validate --policy', () => {
  test('a clean repo: exit 0, the rules evaluated on stderr, the JSON report alone on stdout', async () => {
    const root = await makeTree(goodRepo());
    const r = await cli(root, '--policy', '--format', 'json');
    expect(r.stderr).toMatch(/^Policies: \d+ rules evaluated, 0 denials, 0 warnings, 0 waived\.\n$/);
    expect(r.report().findings.filter((f) => /^CON-/.test(f.ruleId))).toEqual([]);
    expect(r.code).toBe(0);
  });

  test('a denial is an error finding at its file and line, and fails the run; without --policy it is not reported', async () => {
    const root = await makeTree({ ...goodRepo(), [APP]: app({ name: 'cart-prod', path: 'gitops/shop/prod/cart', namespace: 'kube-system' }) });
    const plain = await cli(root, '--format', 'json');
    expect(plain.report().findings.map((f) => f.ruleId)).not.toContain('CON-005');
    const r = await cli(root, '--policy', '--format', 'json');
    expect(r.code).toBe(1);
    const con = r.report().findings.filter((f) => f.ruleId === 'CON-005');
    expect(con).toHaveLength(1);
    expect(con[0]).toMatchObject({ severity: 'error', file: APP });
    expect(con[0].line).toBeGreaterThan(1);
    expect(r.report().summary.errors).toBeGreaterThanOrEqual(1);
  });

  test('--format sarif: a policy rule has its own descriptor, titled and linked to its POLICIES.md section, not its bare id', async () => {
    const root = await makeTree({ ...goodRepo(), [APP]: app({ name: 'cart-prod', path: 'gitops/shop/prod/cart', namespace: 'kube-system' }) });
    const r = await cli(root, '--policy', '--packs', 'nosuch', '--format', 'sarif');
    expect(r.code).toBe(1);
    const run = JSON.parse(r.stdout).runs[0] as { tool: { driver: { rules: { id: string; shortDescription: { text: string }; helpUri?: string }[] } }; results: { ruleId: string; ruleIndex: number }[] };
    const rules = run.tool.driver.rules;
    expect(new Set(rules.map((x) => x.id)).size).toBe(rules.length);
    const con = rules.find((x) => x.id === 'CON-005')!;
    expect(con.shortDescription.text).toBe('No deployment into a protected namespace');
    expect(con.helpUri).toMatch(/POLICIES\.md#con-005-/);
    // A rule of the gate's own, which no pack evaluates, is described by its item.
    const gate = rules.find((x) => x.id === 'gate.unknown-pack')!;
    expect(gate.shortDescription.text).not.toBe('gate.unknown-pack');
    for (const res of run.results) expect(rules[res.ruleIndex].id).toBe(res.ruleId);
    expect(run.results.map((x) => x.ruleId)).toEqual(expect.arrayContaining(['CON-005', 'gate.unknown-pack']));
  });

  test('without --repo-url the platform repo is the one the sources use (no CON-004); another --repo-url denies', async () => {
    const root = await makeTree(goodRepo());
    expect((await cli(root, '--policy', '--format', 'json')).report().findings.map((f) => f.ruleId)).not.toContain('CON-004');
    const other = await cli(root, '--policy', '--repo-url', 'https://github.com/acme/elsewhere.git', '--format', 'json');
    expect(other.code).toBe(1);
    expect(other.report().findings.map((f) => f.ruleId)).toContain('CON-004');
    expect(REPO_URL).not.toContain('elsewhere');
  });

  test('--protected-namespaces adds to the protected ones', async () => {
    const root = await makeTree(goodRepo());
    const r = await cli(root, '--policy', '--protected-namespaces', 'shop', '--format', 'json');
    expect(r.report().findings.filter((f) => f.ruleId === 'CON-005').map((f) => f.file)).toEqual([APP]);
  });

  test('--packs switches a pack on; --production-clusters chooses where the production pack applies', async () => {
    const root = await makeTree(goodRepo());
    const off = await cli(root, '--policy', '--packs', 'production', '--production-clusters', 'nowhere-*', '--format', 'json');
    expect(off.report().findings.filter((f) => /^PRD-/.test(f.ruleId))).toEqual([]);
    const on = await cli(root, '--policy', '--packs', 'production', '--production-clusters', 'prod', '--format', 'json');
    expect(on.report().findings.filter((f) => /^PRD-/.test(f.ruleId)).length).toBeGreaterThan(0);
    expect(on.code).toBe(1);
  });

  test('a waiver in the repo turns a pack denial into a waived warning', async () => {
    const tree = goodRepo();
    const root0 = await makeTree(tree);
    const denied = (await cli(root0, '--policy', '--packs', 'production', '--production-clusters', 'prod', '--format', 'json')).report().findings.filter((f) => f.severity === 'error' && /^PRD-/.test(f.ruleId));
    const ids = [...new Set(denied.map((f) => f.ruleId))];
    expect(ids.length).toBeGreaterThan(0);
    const waivers = `waivers:\n${ids.map((id) => `  - rule_id: ${id}\n    path: "**"\n    reason: a test\n    expires: 2999-01-01\n    approved_by: platform\n`).join('')}`;
    const root = await makeTree({ ...tree, '.trustacks/waivers.yaml': waivers });
    const r = await cli(root, '--policy', '--packs', 'production', '--production-clusters', 'prod', '--format', 'json');
    expect(r.report().findings.filter((f) => f.severity === 'error' && /^PRD-/.test(f.ruleId))).toEqual([]);
    expect(r.stderr).toMatch(new RegExp(`0 denials, \\d+ warnings, ${denied.length} waived`));
  });

  test('--policy-dir / --waivers-file that do not exist are input errors (exit 2) that name the flag', async () => {
    const root = await makeTree(goodRepo());
    for (const args of [['--policy-dir', 'nope'], ['--waivers-file', 'nope.yaml']]) {
      let stderr = '';
      const code = await runCli(['validate', root, '--policy', ...args], { stdout: () => undefined, stderr: (t) => void (stderr += t) });
      expect(code).toBe(2);
      expect(stderr).toMatch(/nope/);
      expect(stderr).not.toMatch(/\n\s+at /);
    }
  });

  test.each([['--packs', 'production'], ['--policy-dir', 'x'], ['--waivers-file', 'w.yaml'], ['--protected-namespaces', 'a'], ['--production-clusters', 'p']])('%s without --policy is a usage error', async (flag, value) => {
    const root = await makeTree(goodRepo());
    let stderr = '';
    const code = await runCli(['validate', root, flag, value], { stdout: () => undefined, stderr: (t) => void (stderr += t) });
    expect(code).toBe(2);
    expect(stderr).toContain(`${flag} configures --policy: give --policy too.`);
  });

  test('a bad --protected-namespaces is refused before anything is read', async () => {
    let stderr = '';
    const code = await runCli(['validate', '/nonexistent/x', '--policy', '--protected-namespaces', 'Bad_NS'], { stdout: () => undefined, stderr: (t) => void (stderr += t) });
    expect(code).toBe(2);
    expect(stderr).toMatch(/--protected-namespaces.*Bad_NS/);
  });

  test('a --production-clusters glob the policy cannot compile is refused (it would match no cluster), naming it', async () => {
    const root = await makeTree(goodRepo());
    let stderr = '';
    const code = await runCli(['validate', root, '--policy', '--packs', 'production', '--production-clusters', 'prod,prod-['], { stdout: () => undefined, stderr: (t) => void (stderr += t) });
    expect(code).toBe(2);
    expect(stderr).toContain(`Input '--production-clusters': "prod-[" is not a glob the policy can match`);
    expect(stderr).not.toMatch(/\n\s+at /);
  });

  test('a finding of the repository as a whole (a pack that does not exist): `(repository)` in text, the apps dir read in SARIF', async () => {
    const tree = Object.fromEntries(Object.entries(goodRepo()).map(([p, c]) => [p.replace(/^argo-apps\//, 'deploy/apps/'), c]));
    const root = await makeTree(tree);
    const text = await cli(root, '--apps-dir', 'deploy/apps', '--policy', '--packs', 'nosuch');
    expect(text.code).toBe(1);
    // No file, so no line and column either: `(repository):1:1` read like a file of that name.
    expect(text.stdout).toMatch(/^\(repository\) error \[gate\.unknown-pack\] /m);
    expect(text.stdout).not.toContain('(repository):');
    const sarif = JSON.parse((await cli(root, '--apps-dir', 'deploy/apps', '--policy', '--packs', 'nosuch', '--format', 'sarif')).stdout);
    const result = sarif.runs[0].results.find((r: { ruleId: string }) => r.ruleId === 'gate.unknown-pack');
    // Code scanning needs a location: the apps dir this run read, not an `argo-apps` the repo does not have.
    expect(result.locations[0].physicalLocation.artifactLocation.uri).toBe('deploy/apps');
    expect(result.properties).toEqual({ repositoryLevel: true });
  });
});
