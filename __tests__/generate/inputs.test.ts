import { InputError } from '../../src/errors.js';
import { parseGenerateRequest, parseImageReference } from '../../src/generate/inputs.js';
import { runGenerateCli } from '../../src/cli/generate.js';
import { bufferIO, copyFixture, rawInputs, removeDir, snapshotTree } from '../../__fixtures__/generate/helpers.js';

const BAD_NAMES = ['../x', 'a/b', 'Bad_Name', 'UPPER', 'a\nb', 'cart\n', ' cart', 'a"b', "a'b", '${{ github.token }}', 'a b', '-cart', 'cart-', 'a.b', 'x'.repeat(64), '', 'ünïcode'];
const BAD_IMAGES = [
  'ghcr.io/acme/payments', // no tag, no digest
  'ghcr.io/acme/payments:latest',
  'acme/payments:latest',
  'Ghcr.io/Acme/Payments:1.0', // upper-case path
  'ghcr.io/acme/payments:1.0 ',
  'ghcr.io/acme/payments:${{ x }}',
  'ghcr.io/acme/payments@sha256:abc',
  'ghcr.io/acme/payments@sha256:' + 'g'.repeat(64),
  'ghcr.io/acme/payments:' + 'a'.repeat(129),
  'ghcr.io//payments:1.0',
  'ghcr.io/acme/payments:1.0\nrm -rf /',
  'https://ghcr.io/acme/payments:1.0',
  ':1.0',
  '',
  'ghcr.io/acme/payments:1.0@SHA256:' + 'a'.repeat(64), // registries pull by lower-case algorithms only
  'ghcr.io/acme/payments@md5x:' + 'a'.repeat(32), // not an algorithm a registry pulls by
  'ghcr.io/acme/payments:' + 't'.repeat(64), // a valid tag, but not a label value (app.kubernetes.io/version, ≤ 63)
  'ghcr.io/acme/payments:1.0_', // a valid tag ending in '_': not a label value
];
const BAD_PORTS = ['0', '65536', '-1', '80.5', 'http', '1e3', ' 80', '0x50', '9999999'];

function refusal(fn: () => unknown): InputError {
  try {
    fn();
  } catch (e) {
    expect(e).toBeInstanceOf(InputError);
    return e as InputError;
  }
  throw new Error('expected an InputError');
}

describe('parseGenerateRequest', () => {
  test('defaults: port 8080, replicas 2, namespace = application, target-revision main, ci-workflow generate, dry-run false', () => {
    const r = parseGenerateRequest({ service: 'payments', application: 'shop', clusters: 'prod', image: 'ghcr.io/acme/payments:1.0.0' });
    expect(r).toMatchObject({ port: 8080, replicas: 2, namespace: 'shop', targetRevision: 'main', ciWorkflow: 'generate', dryRun: false, appsDir: 'argo-apps', chartsDir: 'gitops', repoUrl: '', clusters: ['prod'] });
  });

  test('clusters: a comma-separated list, spaces around commas allowed', () => {
    expect(parseGenerateRequest(rawInputs({ clusters: 'prod, staging ,qa' })).clusters).toEqual(['prod', 'staging', 'qa']);
  });

  test.each(['service', 'application', 'namespace', 'clusters'])('%s: every bad name form is refused, naming the input', (input) => {
    for (const bad of BAD_NAMES) {
      if (bad === '' && input === 'namespace') continue; // empty namespace means the default
      if (input === 'clusters' && (bad === ' cart' || bad === 'cart\n' || bad === 'a\nb')) continue; // list items are trimmed; a newline separates them
      const e = refusal(() => parseGenerateRequest(rawInputs({ [input]: bad })));
      expect(e.input).toBe(input);
      expect(e.message).toContain(`Input '${input}'`);
    }
  });

  test('clusters: newline-separated too (a workflow input written as a block scalar), as action.yml documents', () => {
    expect(parseGenerateRequest(rawInputs({ clusters: 'prod\nstaging\r\nqa\n' })).clusters).toEqual(['prod', 'staging', 'qa']);
    expect(parseGenerateRequest(rawInputs({ clusters: 'prod,\nstaging' })).clusters).toEqual(['prod', 'staging']);
    expect(parseGenerateRequest(rawInputs({ clusters: 'prod\n\nstaging,\n' })).clusters).toEqual(['prod', 'staging']);
    expect(refusal(() => parseGenerateRequest(rawInputs({ clusters: 'prod,,staging' }))).message).toContain('empty cluster name');
  });

  test('clusters: empty items and duplicates are refused', () => {
    expect(refusal(() => parseGenerateRequest(rawInputs({ clusters: 'prod,,qa' }))).input).toBe('clusters');
    expect(refusal(() => parseGenerateRequest(rawInputs({ clusters: 'prod,prod' }))).input).toBe('clusters');
    expect(refusal(() => parseGenerateRequest(rawInputs({ clusters: 'prod,a/b' }))).input).toBe('clusters');
  });

  test.each([',', ',,', ' , ', ',\n,', '\n,\n'])('clusters %j (separators only) is refused: "one or more", not zero', (bad) => {
    const err = refusal(() => parseGenerateRequest(rawInputs({ clusters: bad })));
    expect(err.input).toBe('clusters');
    expect(err.message).toMatch(/names no cluster|empty cluster name/);
  });

  test.each(BAD_IMAGES)('image %j is refused, naming the input', (bad) => {
    expect(refusal(() => parseGenerateRequest(rawInputs({ image: bad }))).input).toBe('image');
  });

  test('image: sha256 and sha512 digests, and a 63-character tag, are accepted', () => {
    for (const ok of ['ghcr.io/acme/payments@sha256:' + 'a'.repeat(64), 'ghcr.io/acme/payments:1.0@sha512:' + 'b'.repeat(128), 'ghcr.io/acme/payments:' + 't'.repeat(63)]) {
      expect(parseGenerateRequest(rawInputs({ image: ok })).image).toBe(ok);
    }
  });

  test.each(BAD_PORTS)('port %j is refused', (bad) => {
    expect(refusal(() => parseGenerateRequest(rawInputs({ port: bad }))).input).toBe('port');
  });

  test.each([
    ['replicas', '0'],
    ['replicas', '101'],
    ['replicas', 'two'],
    ['target-revision', '../main'],
    ['target-revision', 'main..x'],
    ['target-revision', 'feature/${{ x }}'],
    ['target-revision', 'a b'],
    ['ci-workflow', 'maybe'],
    ['dry-run', 'maybe'],
    ['repo-url', 'not a url'],
    ['repo-url', 'https://user:pw@github.com/acme/platform.git'],
    ['repo-url', 'file:///etc/passwd'],
    ['repo-url', 'https://github.com/acme/platform.git"; echo'],
    ['apps-dir', '../apps'],
    ['apps-dir', '/abs'],
    ['charts-dir', 'argo-apps'],
  ])('%s %j is refused, naming the input', (input, bad) => {
    expect(refusal(() => parseGenerateRequest(rawInputs({ [input]: bad }))).input).toBe(input);
  });

  test('dry-run takes the spellings the other boolean inputs take (yes/no, on/off, 1/0, any case)', () => {
    for (const v of ['true', 'TRUE', 'yes', 'On', '1']) expect(parseGenerateRequest(rawInputs({ 'dry-run': v })).dryRun).toBe(true);
    for (const v of ['false', 'No', 'off', '0']) expect(parseGenerateRequest(rawInputs({ 'dry-run': v })).dryRun).toBe(false);
  });

  test('a token before the host of an https repo-url is refused, and not echoed into the log', () => {
    const token = 'ghp_abcdefghijklmnopqrstuvwxyz0123456789';
    const err = refusal(() => parseGenerateRequest(rawInputs({ 'repo-url': `https://${token}@github.com/acme/platform.git` })));
    expect(err.input).toBe('repo-url');
    expect(err.message).toMatch(/credentials/);
    expect(err.message).not.toContain(token);
    // ssh:// with a user is how ssh remotes are written: fine.
    expect(parseGenerateRequest(rawInputs({ 'repo-url': 'ssh://git@github.com/acme/platform.git' })).repoUrl).toBe('ssh://git@github.com/acme/platform.git');
  });

  test("apps-dir and charts-dir written with a trailing '/' or a leading './' (a shell's completion) are the same directories", () => {
    const r = parseGenerateRequest(rawInputs({ 'apps-dir': 'deploy/apps/', 'charts-dir': './deploy/charts' }));
    expect([r.appsDir, r.chartsDir]).toEqual(['deploy/apps', 'deploy/charts']);
    // Still two directories: the overlap check sees them as written without the slash.
    expect(refusal(() => parseGenerateRequest(rawInputs({ 'apps-dir': 'gitops/', 'charts-dir': 'gitops' }))).input).toBe('charts-dir');
    for (const bad of ['./', '/', './/x', 'a//b', './../x']) expect(refusal(() => parseGenerateRequest(rawInputs({ 'apps-dir': bad }))).input).toBe('apps-dir');
  });

  test("apps-dir '.' (Applications at the repository root, which validate and bootstrap accept) is refused with the reason and what to do, not as a bad name", () => {
    for (const root of ['.', './']) {
      const e = refusal(() => parseGenerateRequest(rawInputs({ 'apps-dir': root })));
      expect(e.input).toBe('apps-dir');
      expect(e.message).toContain('(Applications at the repository root) is read by validate and bootstrap, but generate does not write there');
      expect(e.message).toContain('(CON-001)');
      expect(e.message).toContain('Move the argo-apps-<cluster>/ folders into a folder (e.g. argo-apps/');
      expect(e.message).not.toContain('is not a plain repo-relative directory');
    }
  });

  test('a derived Application name longer than 53 characters is refused', () => {
    expect(refusal(() => parseGenerateRequest(rawInputs({ service: 's'.repeat(40), clusters: 'c'.repeat(20) }))).input).toBe('service');
  });

  test.each([
    ['ghcr.io/acme/payments:1.4.2', { repository: 'ghcr.io/acme/payments', domain: 'ghcr.io', tag: '1.4.2' }],
    ['nginx:1.27', { repository: 'nginx', tag: '1.27' }],
    ['localhost:5000/team/app:v1', { repository: 'localhost:5000/team/app', domain: 'localhost:5000', tag: 'v1' }],
    ['acme/app@sha256:' + 'a'.repeat(64), { repository: 'acme/app', digest: 'sha256:' + 'a'.repeat(64) }],
    ['ghcr.io/acme/app:latest@sha256:' + 'a'.repeat(64), { repository: 'ghcr.io/acme/app', domain: 'ghcr.io', tag: 'latest', digest: 'sha256:' + 'a'.repeat(64) }],
    ['[::1]:5000/app:1', { repository: '[::1]:5000/app', domain: '[::1]:5000', tag: '1' }],
    ['registry.example.com/a__b/c-d.e:1_2', { repository: 'registry.example.com/a__b/c-d.e', domain: 'registry.example.com', tag: '1_2' }],
  ])('valid image %s parses', (ref, expected) => {
    expect(parseImageReference(ref)).toEqual(expected);
  });
});

describe('a refused input writes nothing (CLI)', () => {
  let dir: string;
  let before: Map<string, string>;
  beforeAll(async () => {
    dir = await copyFixture('base');
    before = await snapshotTree(dir);
  });
  afterAll(async () => removeDir(dir));

  const cases: [string, string][] = [
    ...BAD_NAMES.filter((n) => n !== '').map((n) => ['service', n] as [string, string]),
    ...BAD_NAMES.filter((n) => n !== '').map((n) => ['namespace', n] as [string, string]),
    ...['../x', 'a/b', 'Bad_Name', '${{ x }}', ','].map((n) => ['clusters', n] as [string, string]),
    ...['../x', 'Bad_Name'].map((n) => ['application', n] as [string, string]),
    ...BAD_IMAGES.filter((i) => i !== '').map((i) => ['image', i] as [string, string]),
    ...BAD_PORTS.map((p) => ['port', p] as [string, string]),
  ];

  test.each(cases)('--%s %j: exit 2, the input is named, the tree is unchanged', async (input, bad) => {
    const b = bufferIO();
    const args = Object.entries(rawInputs({ [input]: bad, 'repo-url': 'https://github.com/acme/platform.git', clusters: input === 'clusters' ? bad : 'prod' })).map(([k, v]) => `--${k}=${v!}`);
    const code = await runGenerateCli([dir, ...args, '--write'], b.io);
    expect(code).toBe(2);
    expect(b.err()).toContain(`Input '${input}'`);
    expect(b.out()).toBe('');
    expect(await snapshotTree(dir)).toEqual(before);
  });
});
