import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chmod, mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parse } from 'yaml';
import { runBootstrapCli } from '../../src/cli/bootstrap.js';
import { runGenerateCli } from '../../src/cli/generate.js';
import { validateRepo } from '../../src/validate/engine.js';
import { bufferIO, copyFixture, policyWasm, removeDir, REPO_ROOT, snapshotTree } from '../../__fixtures__/generate/helpers.js';
import { opaBin } from '../../__fixtures__/policy/opa.js';

const EXAMPLE_URL = 'https://github.com/trustacks/platform-example.git';
const BASE = ['--service', 'payments', '--application', 'shop', '--clusters', 'staging,production', '--image', 'ghcr.io/trustacks/payments:1.4.2'];

const dirs: string[] = [];
afterAll(async () => {
  for (const d of dirs) await removeDir(d);
});
async function example(): Promise<string> {
  const d = await copyFixture('example');
  dirs.push(d);
  return d;
}
async function gen(args: string[]) {
  const b = bufferIO();
  const code = await runGenerateCli(args, b.io, { gate: { wasmPath: policyWasm() } });
  return { code, out: b.out(), err: b.err() };
}

describe('gitops-action generate', () => {
  test('--dry-run on the example repo: exit 0, the proposal and the decision printed, DIR untouched', async () => {
    const dir = await example();
    const before = await snapshotTree(dir);
    const r = await gen([dir, ...BASE, '--dry-run']);
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    expect(r.out).toContain('ALLOWED');
    expect(r.out).toContain('create  argo-apps/argo-apps-production/payments-application.yaml');
    expect(r.out).toContain('Policy decision: allow');
    expect(r.out).toContain('Dry run: nothing was written');
    expect(await snapshotTree(dir)).toEqual(before);
  });

  test('an existing kustomization without its Application: only the Application is proposed; the constitution allows it (CON-003 counts kustomizations), and the packs judge the kept manifests it will deploy', async () => {
    const dir = await copyFixture('existing-kustomization-no-app');
    dirs.push(dir);
    const args = [dir, '--service', 'payments', '--application', 'shop', '--clusters', 'prod', '--image', 'ghcr.io/acme/payments:1.0.0', '--repo-url', 'https://github.com/acme/platform.git', '--ci-workflow', 'skip', '--format', 'json'];
    const bare = await gen([...args, '--packs', '']);
    const doc = JSON.parse(bare.out);
    expect(doc.decision.denials).toEqual([]);
    expect(doc.outcome).toBe('allowed');
    expect(bare.code).toBe(0);
    expect(doc.files).toEqual([{ path: 'argo-apps/argo-apps-prod/payments-application.yaml', action: 'create' }]);
    // The kept Deployment has no securityContext: the new Application would run it, so security-baseline denies.
    const judged = JSON.parse((await gen(args)).out);
    expect(judged.outcome).toBe('denied');
    expect(judged.decision.denials.map((d: { rule_id: string; path: string }) => `${d.rule_id} ${d.path}`)).toContain('SEC-001 gitops/shop/prod/payments/deployment.yaml');
  });

  test('--format json: the documented document; the chart passes the security-baseline and production packs', async () => {
    const dir = await example();
    const r = await gen([dir, ...BASE, '--format', 'json', '--packs', 'security-baseline,production', '--target-revision', 'v1.4.0']);
    const doc = JSON.parse(r.out);
    expect(Object.keys(doc).sort()).toEqual(['blast_radius', 'decision', 'files', 'kept', 'outcome', 'preservation_notes', 'question', 'rollback', 'version']);
    expect(doc.version).toBe(1);
    expect(doc.outcome).toBe('allowed');
    expect(r.code).toBe(0);
    expect(doc.files[0]).toEqual({ path: '.github/workflows/payments-ci.yaml', action: 'create' });
    expect(doc.blast_radius).toEqual({ clusters: ['production', 'staging'], namespaces: ['shop'], applications: ['payments-production', 'payments-staging'], resource_kinds: ['Deployment', 'PodDisruptionBudget', 'Service', 'ServiceAccount'], prune: true });
    expect(Object.keys(doc.decision).sort()).toEqual(['allow', 'denials', 'waived', 'warnings']);
    expect(doc.question).toBeNull();
    expect(doc.decision.denials).toEqual([]);
  });

  test('--write: creates the files, keeps every existing byte, and the tree validates with zero errors; a second run is unchanged', async () => {
    const dir = await example();
    const before = await snapshotTree(dir);
    const r = await gen([dir, ...BASE, '--write']);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/Wrote 21 file\(s\)/);
    const after = await snapshotTree(dir);
    for (const [p, v] of before) expect(after.get(p)).toBe(v);
    const app = parse(await readFile(join(dir, 'argo-apps/argo-apps-staging/payments-application.yaml'), 'utf8'));
    expect(app.spec.source.path).toBe('gitops/shop/staging/payments');
    const { findings } = await validateRepo(dir, { repoUrl: EXAMPLE_URL });
    expect(findings.filter((f) => f.severity === 'error')).toEqual([]);

    const again = await gen([dir, ...BASE, '--write', '--format', 'json']);
    const doc = JSON.parse(again.out);
    expect(again.code).toBe(0);
    expect(doc.outcome).toBe('unchanged');
    expect(doc.files).toEqual([]);
    expect(doc.decision).toEqual({ allow: true, denials: [], warnings: [], waived: [] }); // the documented shape, the gate not asked
    expect(await snapshotTree(dir)).toEqual(after);
    // The same inputs: no note that anything was not applied.
    expect(doc.preservation_notes.filter((n: string) => n.includes('is not applied'))).toEqual([]);

    // Asked again with another image: still unchanged (nothing is overwritten), and the notes say it was not applied.
    const imageAt = BASE.indexOf('--image') + 1;
    const other = BASE.map((a, i) => (i === imageAt ? 'ghcr.io/other/payments:9.9.9' : a));
    const changed = JSON.parse((await gen([dir, ...other, '--write', '--format', 'json'])).out);
    expect(changed.outcome).toBe('unchanged');
    expect(changed.preservation_notes.filter((n: string) => n.includes('The requested image ghcr.io/other/payments:9.9.9 is not applied'))).toHaveLength(2);
    expect(await snapshotTree(dir)).toEqual(after);
  });

  test('a re-run with another namespace, target revision, replica count and port: unchanged (exit 0, nothing written), and preservation_notes say each is not applied', async () => {
    const dir = await example();
    await gen([dir, ...BASE, '--write']);
    const after = await snapshotTree(dir);
    const r = await gen([dir, ...BASE, '--namespace', 'payments', '--target-revision', 'v2.0.0', '--replicas', '5', '--port', '9090', '--write', '--format', 'json']);
    const doc = JSON.parse(r.out);
    expect(r.code).toBe(0);
    expect(doc.outcome).toBe('unchanged');
    expect(doc.files).toEqual([]);
    expect(await snapshotTree(dir)).toEqual(after);
    const notes = doc.preservation_notes.filter((n: string) => n.includes(' is not applied: '));
    for (const cluster of ['staging', 'production']) {
      const app = `argo-apps/argo-apps-${cluster}/payments-application.yaml (Application 'payments-${cluster}')`;
      const values = `gitops/shop/${cluster}/payments/values.yaml`;
      expect(notes).toContainEqual(expect.stringContaining(`The requested namespace payments is not applied: ${app} keeps destination.namespace shop.`));
      expect(notes).toContainEqual(expect.stringContaining(`The requested target revision v2.0.0 is not applied: ${app} keeps targetRevision main.`));
      expect(notes).toContainEqual(expect.stringContaining(`The requested replica count 5 is not applied: ${values} keeps replicaCount 2.`));
      expect(notes).toContainEqual(expect.stringContaining(`The requested port 9090 is not applied: ${values} keeps containerPort 8080 and service.port 8080.`));
    }
    expect(notes).toHaveLength(8);
  });

  test('the image note compares images as a runtime does: Docker Hub spellings, a registry key, an empty tag as appVersion', async () => {
    const { sameImage } = await import('../../src/generate/preserve.js');
    expect(sameImage('nginx:1.25', 'docker.io/library/nginx:1.25')).toBe(true);
    expect(sameImage('nginx', 'nginx:latest')).toBe(true);
    expect(sameImage('ghcr.io/a/b:1', 'ghcr.io/a/b:2')).toBe(false);
    expect(sameImage('localhost:5000/library/x:1', 'localhost:5000/x:1')).toBe(false);
    const dir = await example();
    await gen([dir, ...BASE, '--write']);
    // The kept chart as Bitnami writes it (registry + repository) and with an empty tag meaning appVersion.
    for (const cluster of ['staging', 'production']) {
      const values = join(dir, `gitops/shop/${cluster}/payments/values.yaml`);
      const text = await readFile(values, 'utf8');
      await writeFile(values, text.replace(/repository: ghcr\.io\/trustacks\/payments/, 'registry: ghcr.io\n  repository: trustacks/payments').replace(/tag: "?1\.4\.2"?/, 'tag: ""'));
      const chartYaml = join(dir, `gitops/shop/${cluster}/payments/Chart.yaml`);
      await writeFile(chartYaml, (await readFile(chartYaml, 'utf8')).replace(/appVersion: .*/, 'appVersion: "1.4.2"'));
    }
    const again = JSON.parse((await gen([dir, ...BASE, '--format', 'json'])).out);
    expect(again.preservation_notes.filter((n: string) => n.includes('is not applied'))).toEqual([]);
  });

  test('denied by the production pack: targetRevision main is not pinned on a production cluster', async () => {
    const dir = await example();
    const r = await gen([dir, ...BASE, '--format', 'json', '--packs', 'security-baseline,production']);
    const doc = JSON.parse(r.out);
    expect(r.code).toBe(1);
    expect(doc.outcome).toBe('denied');
    expect([...new Set(doc.decision.denials.map((d: { rule_id: string }) => d.rule_id))]).toEqual(['PRD-004']);
  });

  test('denied by the gate (a protected namespace): exit 1, nothing written even with --write', async () => {
    const dir = await example();
    const before = await snapshotTree(dir);
    const r = await gen([dir, ...BASE, '--namespace', 'kube-system', '--write', '--format', 'json']);
    const doc = JSON.parse(r.out);
    expect(doc.outcome).toBe('denied');
    expect(doc.decision.allow).toBe(false);
    expect(doc.decision.denials.length).toBeGreaterThan(0);
    expect(r.code).toBe(1);
    expect(await snapshotTree(dir)).toEqual(before);
    // In text, each denial carries the link to its rule, as in the JSON.
    const text = await gen([dir, ...BASE, '--namespace', 'kube-system', '--dry-run']);
    expect(text.out).toMatch(/DENY CON-005 .*\n\s+see https:\/\/github\.com\/trustacks\/gitops-action\/blob\/v1\/POLICIES\.md#con-005/);
  });

  test('halted: exit 1, the question in the output, nothing written', async () => {
    const dir = await copyFixture('app-points-elsewhere');
    dirs.push(dir);
    const before = await snapshotTree(dir);
    const r = await gen([dir, '--service', 'payments', '--application', 'shop', '--clusters', 'prod', '--image', 'ghcr.io/acme/payments:1.0.0', '--write', '--format', 'json']);
    const doc = JSON.parse(r.out);
    expect(r.code).toBe(1);
    expect(doc.outcome).toBe('halted');
    expect(doc.files).toEqual([]);
    expect(doc.decision).toEqual({ allow: false, denials: [], warnings: [], waived: [] });
    expect(doc.question).toContain("An Application named 'payments-prod' already exists");
    expect(await snapshotTree(dir)).toEqual(before);
    const t = await gen([dir, '--service', 'payments', '--application', 'shop', '--clusters', 'prod', '--image', 'ghcr.io/acme/payments:1.0.0']);
    expect(t.out).toContain('HALTED');
    expect(t.out).toContain('Question:');
  });

  test('text output: names from the repo cannot drive the terminal (escape sequences show as \\x1b), as validate prints them', async () => {
    const dir = await example();
    const cart = await readFile(join(dir, 'argo-apps/argo-apps-staging/cart-application.yaml'), 'utf8');
    // An Application at the proposal's file whose name clears the screen and sets the window title.
    const hostile = cart.replace(/name: cart-staging/, 'name: "payments-staging\\e[2J\\e]0;pwned\\a"');
    expect(hostile).not.toBe(cart);
    await writeFile(join(dir, 'argo-apps/argo-apps-staging/payments-application.yaml'), hostile);
    const r = await gen([dir, ...BASE]);
    expect(r.code).toBe(1);
    expect(r.out).toContain('HALTED');
    expect(r.out).toContain("'payments-staging\\x1b[2J\\x1b]0;pwned\\x07'");
    // eslint-disable-next-line no-control-regex
    expect(r.out).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f]/);
  });

  test.each([
    [['--no-such-flag']],
    [['--dry-run', '--write']],
    [['--format', 'yaml']],
    [['a', 'b']],
    [['--protected-namespaces', 'vault,Kube System']],
    [['--production-clusters', ',']],
    [['--production-clusters', 'prod,[']],
  ])('usage error %j: exit 2', async (extra) => {
    const dir = await example();
    const before = await snapshotTree(dir);
    const r = await gen([dir, ...BASE, ...extra]);
    expect(r.code).toBe(2);
    expect(r.err).not.toBe('');
    expect(await snapshotTree(dir)).toEqual(before);
  });

  test('usage errors under --format json: one JSON error document on stdout, exit 2', async () => {
    const dir = await example();
    for (const extra of [['--no-such-flag'], ['--replicas', 'many'], ['--dry-run', '--write']]) {
      const r = await gen([dir, ...BASE, ...extra, '--format', 'json']);
      expect(r.code).toBe(2);
      expect(r.err).not.toBe('');
      const doc = JSON.parse(r.out);
      expect(doc).toEqual({ version: 1, error: { command: 'generate', kind: 'usage', message: expect.any(String) } });
      expect(r.err).toContain(doc.error.message.split('\n')[0]);
    }
  });

  test('--write that loses a race to another writer halts (exit 1, JSON with the question), and keeps their file', async () => {
    const dir = await example();
    const before = await snapshotTree(dir);
    const theirs = 'argo-apps/argo-apps-staging/payments-application.yaml';
    const b = bufferIO();
    const code = await runGenerateCli([dir, ...BASE, '--repo-url', EXAMPLE_URL, '--write', '--format', 'json'], b.io, {
      gate: { wasmPath: policyWasm() },
      write: { beforeCreate: async (p) => void (p === theirs && (await writeFile(join(dir, p), 'kind: Theirs\n'))) },
    });
    expect(b.err()).toBe('');
    expect(code).toBe(1);
    const doc = JSON.parse(b.out());
    expect(doc.outcome).toBe('halted');
    expect(doc.written).toEqual([]);
    expect(doc.question).toMatch(/changed after it was read/);
    expect(doc.question).toContain(`${theirs}: created by someone else while writing`);
    expect(doc.decision.allow).toBe(true); // the gate allowed it; the write is what stopped
    const after = await snapshotTree(dir);
    expect(await readFile(join(dir, theirs), 'utf8')).toBe('kind: Theirs\n');
    after.delete(theirs);
    expect(after).toEqual(before);
  });

  test('an empty DIR argument is a usage error (exit 2), not the working directory', async () => {
    const r = await gen(['', ...BASE, '--repo-url', EXAMPLE_URL]);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/DIR is empty/);
  });

  test('a DIR that does not exist is a usage error (exit 2)', async () => {
    const r = await gen(['/nonexistent/platform', ...BASE, '--repo-url', EXAMPLE_URL]);
    expect(r.code).toBe(2);
  });

  test('--help prints the usage with every input flag', async () => {
    const r = await gen(['--help']);
    expect(r.code).toBe(0);
    for (const flag of ['--service', '--application', '--clusters', '--image', '--port', '--replicas', '--namespace', '--target-revision', '--ci-workflow', '--repo-url', '--packs', '--dry-run', '--write', '--format']) expect(r.out).toContain(flag);
  });
});

describe('gitops-action generate with org packs under .trustacks/policies', () => {
  async function withOrgPolicy(file: string, content: string | Buffer): Promise<string> {
    const dir = await example();
    await mkdir(join(dir, '.trustacks/policies'), { recursive: true });
    await writeFile(join(dir, '.trustacks/policies', file), content);
    return dir;
  }
  async function genJson(dir: string) {
    const b = bufferIO();
    const code = await runGenerateCli([dir, ...BASE, '--dry-run', '--format', 'json'], b.io, { gate: { wasmPath: policyWasm(), opaPath: opaBin() } });
    return { code, doc: JSON.parse(b.out()) };
  }

  test('a pack that denies with a plain string (deny contains "..." if ...) denies the proposal: exit 1, the string is the message', async () => {
    const dir = await withOrgPolicy('freeze.rego', 'package org.packs.freeze\n\ndeny contains "nothing may be deployed this week" if true\n');
    const { code, doc } = await genJson(dir);
    expect(doc.outcome).toBe('denied');
    expect(doc.decision.denials).toEqual([expect.objectContaining({ rule_id: 'org:freeze', message: 'nothing may be deployed this week', pack: 'org:freeze' })]);
    expect(code).toBe(1);
  });

  test.each([
    ['policy.wasm', '.trustacks/policies/policy.wasm'],
    ['bundle.tar.gz', '.trustacks/policies/bundle.tar.gz'],
  ])('a corrupt org %s: a denied decision in the JSON document, the gate.fail-closed denial naming the file (exit 1)', async (file, shown) => {
    const dir = await withOrgPolicy(file, Buffer.from('\0asm\x01\0\0\0 damaged in transit'));
    const { code, doc } = await genJson(dir);
    expect(doc.outcome).toBe('denied');
    expect(doc.files.length).toBeGreaterThan(0);
    expect(doc.decision.denials).toEqual([expect.objectContaining({ rule_id: 'gate.fail-closed', message: expect.stringContaining(shown) })]);
    expect(code).toBe(1);
  });
});

describe('gitops-action bootstrap', () => {
  test('prints the root Application with the apply line', () => {
    const b = bufferIO();
    expect(runBootstrapCli(['--repo-url', EXAMPLE_URL, '--revision', 'main'], b.io)).toBe(0);
    const obj = parse(b.out());
    expect(obj.kind).toBe('Application');
    expect(obj.spec.source).toMatchObject({ repoURL: EXAMPLE_URL, path: 'argo-apps', directory: { recurse: true } });
    expect(b.out()).toContain('kubectl apply -n argocd -f root-application.yaml');
  });

  test('--apps-dir . (Applications at the repo root, as validate reads them) is taken, leaving out --charts-dir', () => {
    const b = bufferIO();
    expect(runBootstrapCli(['--repo-url', EXAMPLE_URL, '--apps-dir', '.', '--charts-dir', 'charts'], b.io)).toBe(0);
    expect(parse(b.out()).spec.source).toMatchObject({ path: '.', directory: { recurse: true, exclude: '{charts/*,.*}' } });
  });

  test.each([[[]], [['--repo-url', 'x y']], [['--repo-url', EXAMPLE_URL, '--bogus']], [['--repo-url', EXAMPLE_URL, 'extra']]])('%j: exit 2', (args) => {
    const b = bufferIO();
    expect(runBootstrapCli(args, b.io)).toBe(2);
    expect(b.out()).toBe('');
  });
});

/**
 * Real disk errors, so through the built CLI in a child process: a file-size limit
 * (`ulimit -f`: the write fails part way with EFBIG, as on a full disk with ENOSPC) and a
 * folder it may not create files in (EACCES; as root, which may write anywhere, the run is
 * made as nobody).
 */
describe('gitops-action generate --write meets a disk error (the built CLI)', () => {
  const built = join(REPO_ROOT, 'dist/cli.js');
  const NOBODY = 65534;
  beforeAll(() => {
    if (!existsSync(built)) execFileSync('npm', ['run', 'package'], { cwd: REPO_ROOT, stdio: 'ignore' });
  }, 300000);
  const args = (dir: string, ...more: string[]) => [built, 'generate', dir, ...BASE, '--repo-url', EXAMPLE_URL, '--write', ...more];
  const noStack = (s: string) => expect(s).not.toMatch(/\n\s+at |internal error/);

  test('a write that fails part way (EFBIG): exit 2, kind io naming the file and the OS error, no half-written file left', async () => {
    const dir = await example();
    const before = await snapshotTree(dir);
    // 2 KiB per file: the first small files are written, then a larger one fails after its first 2 KiB.
    const q = (s: string) => `'${s.replace(/'/g, "'\\''")}'`;
    const r = spawnSync('bash', ['-c', `ulimit -f 2; exec ${[process.execPath, ...args(dir, '--format', 'json')].map(q).join(' ')}`], { encoding: 'utf8', timeout: 60000 });
    expect(r.status).toBe(2);
    const doc = JSON.parse(r.stdout);
    expect(doc).toEqual({ version: 1, error: { command: 'generate', kind: 'io', message: expect.any(String) } });
    expect(doc.error.message).toMatch(/^Could not write (\S+): file too large \(EFBIG\)\. Nothing was left behind: the [1-9]\d* file\(s\) and [1-9]\d* folder\(s\) it had created were removed again\.$/);
    expect(r.stderr).toBe(`gitops-action generate: ${doc.error.message}\n`);
    noStack(r.stderr);
    expect(await snapshotTree(dir)).toEqual(before);
  });

  test('a folder it must create files in is not writable (EACCES): exit 2, the folder and the OS error named, nothing left behind', async () => {
    const dir = await example();
    const asRoot = process.getuid?.() === 0;
    // As root: the copy (its own folder too, which mkdtemp made 0700) belongs to nobody, who runs the CLI.
    if (asRoot) execFileSync('chown', ['-R', `${NOBODY}:${NOBODY}`, dir]);
    const locked = join(dir, 'gitops/shop/staging');
    await chmod(locked, 0o555);
    try {
      const before = await snapshotTree(dir);
      const r = spawnSync(process.execPath, args(dir), { encoding: 'utf8', timeout: 60000, ...(asRoot ? { uid: NOBODY, gid: NOBODY } : {}) });
      expect(r.status).toBe(2);
      expect(r.stderr).toMatch(/^gitops-action generate: Could not create the folder gitops\/shop\/staging\/payments \(for gitops\/shop\/staging\/payments\/\S+\): permission denied \(EACCES\)\. Nothing was left behind: the [1-9]\d* file\(s\) and \d+ folder\(s\) it had created were removed again\.\n$/);
      noStack(r.stderr);
      expect(await snapshotTree(dir)).toEqual(before);
    } finally {
      await chmod(locked, 0o755);
    }
  });
});
