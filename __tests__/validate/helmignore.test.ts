import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, promises as fs, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { helm, helmBinary, REPO_ROOT } from '../../__fixtures__/generate/helpers.js';
import { makeTree, removeTrees, type Tree } from '../../__fixtures__/validate/tree.js';
import { emptyListing, walkTreeSync } from '../../src/repo/files.js';
import { BAD_PATTERN, goMatch } from '../../src/repo/go-match.js';
import { HelmIgnore, MAX_LINE_BYTES } from '../../src/repo/helmignore.js';
import { RepoView } from '../../src/validate/repo-view.js';
import { BUILTIN_ONLY, loadChartIgnore } from '../../src/validate/rules/helmignore.js';
import { FindingSink } from '../../src/validate/sink.js';

/**
 * `.helmignore` as Helm reads it. The ground truth is the pinned helm itself: for each
 * `.helmignore` below, `helm template` renders a chart whose every template names itself
 * and prints a value from values.yaml, and what the validator predicts (which templates
 * Helm loads, whether values.yaml is loaded, whether Helm refuses the chart) must be
 * exactly what helm did.
 */
afterAll(removeTrees);
beforeAll(() => {
  helmBinary(); // fails with build instructions when the pinned helm is missing
});

const DIR = 'gitops/shop/prod/cart';
const TEMPLATES = ['templates/a.yaml', 'templates/b.yaml', 'templates/keep.yaml', 'templates/sub/c.yaml', 'templates/.dot.yaml', 'templates/sub/.d.yaml', 'templates/.hid/e.yaml'];

function chartTree(helmignore: string | Buffer | undefined): Tree {
  const t: Tree = {
    [`${DIR}/Chart.yaml`]: 'apiVersion: v2\nname: cart\nversion: 0.1.0\n',
    [`${DIR}/values.yaml`]: 'foo: fromvalues\n',
  };
  for (const f of TEMPLATES) {
    const name = f.slice('templates/'.length).replace(/[/.]/g, '-').replace(/^-/, 'x');
    t[`${DIR}/${f}`] = `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: ${name}\ndata:\n  foo: {{ .Values.foo | default "none" | quote }}\n`;
  }
  if (helmignore !== undefined) t[`${DIR}/.helmignore`] = helmignore;
  return t;
}

/** What the validator says about a chart: its ignore rules, as loaded with the chart rules' own code. */
async function predict(root: string) {
  const realRoot = await fs.realpath(root);
  const listing = emptyListing();
  walkTreeSync(root, realRoot, 'gitops', listing);
  const view = new RepoView(root, realRoot, listing, ['gitops']);
  const sink = new FindingSink();
  const ignore = await loadChartIgnore(view, sink, DIR, await view.list(DIR));
  const refused = sink.findings.some((f) => f.ruleId === 'chart.helmignore');
  const rendered = refused ? [] : TEMPLATES.filter((t) => !ignore.dropped(t)).map(configMapName).sort();
  // Whether values.yaml is loaded shows in helm's output only through a rendered template.
  return { refused, rendered, values: rendered.length ? !ignore.dropped('values.yaml') : undefined, findings: sink.findings };
}

const configMapName = (f: string) => f.slice('templates/'.length).replace(/[/.]/g, '-').replace(/^-/, 'x');

/** What helm did with the same chart. */
function actual(root: string) {
  const r = helm(['template', 'x', join(root, DIR)]);
  if (r.status !== 0) return { refused: true, rendered: [] as string[], values: undefined, stderr: r.stderr };
  const rendered = [...r.stdout.matchAll(/^ {2}name: (\S+)$/gm)].map((m) => m[1]).sort();
  const foo = [...r.stdout.matchAll(/^ {2}foo: "(\S+)"$/gm)].map((m) => m[1]);
  return { refused: false, rendered, values: foo.length ? foo[0] === 'fromvalues' : undefined, stderr: '' };
}

const CASES: [string, string | Buffer][] = [
  ['no patterns', '# only a comment\n\n'],
  ['*.yaml (ignores Chart.yaml too)', '*.yaml\n'],
  ['templates/*', 'templates/*\n'],
  ['a lone negation ignores every path it does not match', '!templates/keep.yaml\n'],
  ['a negation after a rule does not re-include', 'templates/a.yaml\n!templates/keep.yaml\n'],
  ['values.yaml', 'values.yaml\n'],
  ['** is refused', 'templates/**\n'],
  ['an unclosed class is refused', 'templates/[\n'],
  ['an empty class is refused', '[]\n'],
  ['a trailing backslash is refused', 'foo\\\n'],
  ['a malformed part Go never reaches is accepted', 'x*[\n'],
  ['a reversed range is accepted', '[z-a]\n'],
  ['a directory rule', 'templates/\n'],
  ['a negated directory rule ignores every file', '!templates/\n'],
  ['*', '*\n'],
  ['a rooted pattern', '/a.yaml\n'],
  ['a base-name pattern matches at any depth', 'c.yaml\n'],
  ['a rooted path', '/templates/a.yaml\n'],
  ['a lone !', '!\n'],
  ['CRLF and surrounding blanks', 'templates/a.yaml\r\n  templates/b.yaml  \r\n'],
  ['Go classes: [ab]', 'templates/[ab].yaml\n'],
  ['Go classes: [^ab]', 'templates/[^ab].yaml\n'],
  ['in Go, [!k] is a class of ! and k', 'templates/[!k]*.yaml\n'],
  ['braces are literal in Go', 'templates/{a,b}.yaml\n'],
  ['!*/ ignores every file', '!*/\n'],
  ['templates (no slash) names the directory', 'templates\n'],
  ['case matters', 'Templates\n'],
  ['a directory-only rule does not match a file', 'templates/a.yaml/\n'],
  ['*/ ignores every directory', '*/\n'],
  ['!*.yaml', '!*.yaml\n'],
  ['!/* ignores everything below the top', '!/*\n'],
  ['a subdirectory', 'sub/\n'],
  ['? matches one character', 'templates/?.yaml\n'],
  ['an escaped letter', 'templates/\\a.yaml\n'],
  ['a byte order mark before the first pattern', '\ufeffa.yaml\n'],
  ['Go trims Unicode spaces (NBSP, NEL, ideographic space)', '\u00a0b.yaml\u0085\n\u3000a.yaml\u3000\n'],
  ['a dot-file pattern', '.*\n'],
  ['binary bytes are patterns to Helm too', Buffer.concat([Buffer.from('b.yaml\n'), Buffer.from([0x00, 0xff, 0xfe, 0x0a, 0x01, 0x02])])],
  ['a line of 65,535 bytes is read', `${'x'.repeat(MAX_LINE_BYTES - 1)}\na.yaml\n`],
  ['a line of 65,536 bytes is refused', `a.yaml\n${'x'.repeat(MAX_LINE_BYTES)}\n`],
  ['a long line counts its \\r', `a.yaml\n${'x'.repeat(MAX_LINE_BYTES - 1)}\r\n`],
  ['a long comment is refused too', `#${'x'.repeat(MAX_LINE_BYTES)}\n`],
];

describe('the validator reads .helmignore as the pinned helm does', () => {
  test.each(CASES)('%s', async (_name, helmignore) => {
    const root = await makeTree(chartTree(helmignore));
    const want = actual(root);
    const got = await predict(root);
    expect({ refused: got.refused, rendered: got.rendered, values: got.values }).toEqual({ refused: want.refused, rendered: want.rendered, values: want.values });
  });

  test('without a .helmignore, only the built-in templates/.?* applies (and nothing is read)', async () => {
    const root = await makeTree(chartTree(undefined));
    const want = actual(root);
    const got = await predict(root);
    expect(got.rendered).toEqual(want.rendered);
    expect(got.findings).toEqual([]);
    expect(TEMPLATES.filter((t) => BUILTIN_ONLY.dropped(t))).toEqual(['templates/.dot.yaml', 'templates/.hid/e.yaml']);
  });
});

describe("Helm's own pkg/ignore agrees, on random .helmignore files and paths", () => {
  /**
   * tools/helmignore-oracle: Helm's pkg/ignore at the pinned version, built here from the
   * module tools/go.mod already holds (Go is needed for the tests anyway: the pinned tools).
   */
  let dir: string;
  let oracle: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'helmignore-oracle-'));
    oracle = join(dir, 'oracle');
    execFileSync('go', ['build', '-o', oracle, './helmignore-oracle'], { cwd: join(REPO_ROOT, 'tools'), env: { ...process.env, GOFLAGS: '-mod=readonly' }, stdio: ['ignore', 'ignore', 'inherit'] });
  }, 300000);
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  test('20,000 cases: the same parse errors, the same paths ignored', () => {
    let seed = 20240601;
    const rnd = () => (seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff;
    const pick = <T>(a: readonly T[]): T => a[Math.floor(rnd() * a.length)];
    // The characters that mean something to Go's globs or to Helm's parser, Unicode spaces and a BOM, and names.
    // Whole shapes too (`*x`, `x*`, `*.yaml`), which the matcher answers without Go's algorithm.
    const atoms = ['*x', 'x*', '*.yaml', '*/x', '*', '?', '[', ']', '^', '!', '-', '\\', '/', 'a', 'b', 'a', 'b', '.', ' ', 'é', '\t', '\r', 'x', 'templates', 'Chart.yaml', '#', '\u00a0', '\u0085', '\u2000', '\u3000', '\ufeff'];
    // An empty name makes paths with a leading, doubled or trailing slash, which Go's Base reads its own way.
    const names = ['', 'a', 'b', 'ab', 'a.b', '.a', 'é', 'x', '!', '[', ']', '-', 'a b', 'templates', 'Chart.yaml', 'charts', 'aé', '\\'];
    const cases = Array.from({ length: 20_000 }, () => {
      const lines = Array.from({ length: 1 + Math.floor(rnd() * 3) }, () => Array.from({ length: Math.floor(rnd() * 7) }, () => pick(atoms)).join(''));
      let buf = Buffer.from(lines.join(rnd() < 0.2 ? '\r\n' : '\n'));
      if (rnd() < 0.05) buf = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), buf]);
      if (rnd() < 0.05) buf = Buffer.concat([buf, Buffer.from([0xff, 0x80, 0xc3])]); // invalid UTF-8
      const paths = Array.from({ length: 6 }, () => Array.from({ length: 1 + Math.floor(rnd() * 3) }, () => pick(names)).join('/'));
      return { buf, paths, dirs: paths.map(() => rnd() < 0.3) };
    });
    const input = cases.map((c) => JSON.stringify({ ignore: c.buf.toString('base64'), paths: c.paths, dirs: c.dirs })).join('\n') + '\n';
    const r = spawnSync(oracle, { input, maxBuffer: 1 << 28 });
    expect(r.status).toBe(0);
    const answers = r.stdout.toString().trim().split('\n').map((l) => JSON.parse(l) as { err?: string; ignored: boolean[] });
    expect(answers).toHaveLength(cases.length);
    const mismatches: string[] = [];
    let refused = 0;
    let ignored = 0;
    cases.forEach((c, i) => {
      const parsed = HelmIgnore.parse(c.buf);
      const mine = 'error' in parsed ? { err: parsed.error.message, ignored: [] } : { ignored: c.paths.map((p, k) => parsed.rules.why(p, c.dirs[k], { left: Infinity }) !== undefined) };
      const theirs = answers[i];
      if (theirs.err) refused++;
      ignored += theirs.ignored.filter(Boolean).length;
      if (JSON.stringify(mine) !== JSON.stringify(theirs) && mismatches.length < 5) mismatches.push(`${JSON.stringify(c.buf.toString('latin1'))} ${JSON.stringify(c.paths)} ${JSON.stringify(c.dirs)}: helm ${JSON.stringify(theirs)}, ours ${JSON.stringify(mine)}`);
    });
    expect(mismatches).toEqual([]);
    // Not vacuous: many refused files, and both answers for paths.
    expect(refused).toBeGreaterThan(1000);
    expect(ignored).toBeGreaterThan(5000);
    expect(ignored).toBeLessThan((cases.length - refused) * 6 - 5000);
  }, 60000);
});

describe('Go filepath.Match, as Helm calls it', () => {
  const m = (p: string, n: string) => goMatch(Buffer.from(p), Buffer.from(n));
  test('stars stay within a path segment; classes, escapes and ? as in Go', () => {
    expect(m('*.yaml', 'a.yaml')).toBe(true);
    expect(m('*.yaml', 'templates/a.yaml')).toBe(false);
    expect(m('templates/*', 'templates/a/b')).toBe(false);
    expect(m('[!k]eep', '!eep')).toBe(true);
    expect(m('[^k]eep', 'keep')).toBe(false);
    expect(m('?', 'é')).toBe(true); // one rune, two bytes
    expect(m('\\*', '*')).toBe(true);
    expect(m('{a,b}', 'a')).toBe(false);
    expect(m('[', 'a')).toBe(BAD_PATTERN);
    expect(m('a\\', 'a')).toBe(BAD_PATTERN);
    expect(m('x*[', 'abc')).toBe(false); // Go never reaches the bad part
  });

  test('no pattern takes exponential time (Go commits to the first fit of each chunk)', () => {
    const t0 = performance.now();
    expect(m(`${'*a'.repeat(2000)}b`, 'a'.repeat(4000))).toBe(false);
    expect(performance.now() - t0).toBeLessThan(2000);
  });
});

describe('HelmIgnore.parse', () => {
  test('refusals name the line and column and say what Helm says', () => {
    const e = (text: string) => {
      const r = HelmIgnore.parse(Buffer.from(text));
      return 'error' in r ? r.error : undefined;
    };
    expect(e('ok\n  bad/**\n')).toEqual({ line: 2, column: 3, text: 'bad/**', message: 'double-star (**) syntax is not supported' });
    expect(e('# c\n\n[a-\n')).toEqual({ line: 3, column: 1, text: '[a-', message: 'syntax error in pattern' });
    expect(e(`a\n${'y'.repeat(70000)}`)?.message).toMatch(/^70,000 bytes long; Helm reads lines of at most 65,535 bytes \("bufio.Scanner: token too long"\)$/);
    expect(e('*.yaml\n!x\n')).toBeUndefined();
  });
});
