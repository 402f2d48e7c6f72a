import { afterAll, describe, expect, test } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { promises as fs } from 'node:fs';
import { join } from 'node:path';
import { validateRepo } from '../../src/validate/engine.js';
import { UserError } from '../../src/errors.js';
import { app, brief, errors, goodRepo, makeTree, removeTrees, validateTree, withRule, type Tree } from '../../__fixtures__/validate/tree.js';

/**
 * Hostile or broken input: each case ends in a finding or a clear UserError, never a
 * crash, a hang or a stack trace. Big and special files are made at test time in
 * os.tmpdir(), never committed.
 */
afterAll(removeTrees);

const APP_FILE = 'argo-apps/argo-apps-prod/cart-application.yaml';
const CHART = 'gitops/shop/prod/cart';

/** The one finding of `ruleId`, and that the rest of the good repo still validated. */
function only(r: { findings: { ruleId: string }[] }, ruleId: string) {
  const hits = withRule(r.findings as never, ruleId);
  if (hits.length !== 1) throw new Error(`expected one ${ruleId}, got:\n${brief(r.findings as never).join('\n')}`);
  return hits[0];
}

describe('invalid YAML', () => {
  test('an unclosed flow sequence: yaml.syntax at its opening bracket, the other files still validated', async () => {
    const tree: Tree = { ...goodRepo([['prod', 'cart'], ['prod', 'checkout']]), [APP_FILE]: 'apiVersion: argoproj.io/v1alpha1\nkind: Application\nmetadata:\n  name: cart\n  labels: [a, b\nspec: {}\n' };
    const r = await validateTree(tree);
    const f = withRule(r.findings, 'yaml.syntax');
    expect(f.length).toBeGreaterThan(0);
    // At the `[` that is never closed, not where the parser gave up (the next line).
    expect(f[0]).toMatchObject({ file: APP_FILE, severity: 'error', line: 5, column: 11 });
    expect(r.summary.applications).toBe(1); // checkout
  });

  test('one yaml.syntax per broken document, at the first error, not the errors the parser made of the lines after it', async () => {
    // A tab indenting `path:` (line 10) in the middle of the file; the parser also reported the next lines.
    const tab = app({ name: 'cart', path: CHART }).replace('    path:', '\tpath:');
    for (const text of [tab, tab.replace(/\n/g, '\r\n')]) {
      const r = await validateTree({ ...goodRepo(), [APP_FILE]: text });
      expect(only(r, 'yaml.syntax')).toMatchObject({ file: APP_FILE, line: 10, column: 1, message: 'Tabs are not allowed as indentation' });
    }
    // A stray `]` (line 2) and a sequence item inside a mapping (line 6, in the second document): one each.
    const values = 'a: 1\nb: [1, 2]]\nc: 3\n---\na: 1\n- b\nc: 2\n';
    const r = await validateTree({ ...goodRepo(), [`${CHART}/values.yaml`]: values });
    expect(withRule(r.findings, 'yaml.syntax').map((f) => `${f.line}:${f.column}`)).toEqual(['2:10', '6:1']);
  });

  test('a key indented further than the key above it: yaml.syntax at that key (the line go-yaml names), not at the value above', async () => {
    // `  source:` (line 8) indented by one more space, after `  project: default` (line 7); in CRLF too.
    const text = app({ name: 'cart', path: CHART }).replace('  source:', '   source:');
    for (const t of [text, text.replace(/\n/g, '\r\n')]) {
      const r = await validateTree({ ...goodRepo(), [APP_FILE]: t });
      expect(only(r, 'yaml.syntax')).toMatchObject({ file: APP_FILE, line: 8, column: 4, message: expect.stringMatching(/^This line is indented further than the key above it, so YAML reads it as more of the value on line 7.*mapping values are not allowed in this context/) });
    }
    // In a list item of a values file: `value:` under `- name: x`.
    const r = await validateTree({ ...goodRepo(), [`${CHART}/values.yaml`]: 'env:\n  - name: x\n     value: y\n' });
    expect(only(r, 'yaml.syntax')).toMatchObject({ line: 3, column: 6 });
  });

  test('a key that is a list, a mapping or null: yaml.syntax at the key (go-yaml or the JSON conversion refuses it), not a label named "a,b"', async () => {
    // Inserted under `  namespace: argocd` (line 5), at the key.
    const cases: [lines: string, line: number, column: number, message: RegExp][] = [
      ['  labels:\n    ? [a, b]\n    : c', 7, 7, /key that is a list: .*"invalid map key"/],
      ['  labels: { {app: cart}: c}', 6, 13, /key that is a mapping: .*"invalid map key"/],
      ['  labels:\n    ~: c', 7, 5, /key that is null \(`~`\): .*"unsupported map key of type: <nil>"/],
      ['  labels:\n    : c', 7, 5, /key that is null \(empty\)/],
    ];
    for (const [lines, line, column, message] of cases) {
      const text = app({ name: 'cart', path: CHART }).replace('  namespace: argocd\n', `  namespace: argocd\n${lines}\n`);
      const r = await validateTree({ ...goodRepo(), [APP_FILE]: text });
      expect(withRule(r.findings, 'app.schema')).toEqual([]);
      expect(only(r, 'yaml.syntax')).toMatchObject({ file: APP_FILE, line, column, message: expect.stringMatching(message) });
    }
    // Quoted, `"~"` and `"null"` are strings, and a `]:` inside a quoted string is no key.
    const ok = await validateTree({ ...goodRepo(), [`${CHART}/values.yaml`]: '"~": 1\n\'null\': 2\nnote: "x]: y"\nlist: [a]\n' });
    expect(brief(ok.findings)).toEqual([]);
  });

  test('CRLF line endings keep positions right', async () => {
    const text = app({ name: 'basket', path: CHART }).replace(/\n/g, '\r\n');
    const r = await validateTree({ ...goodRepo(), [APP_FILE]: text });
    expect(only(r, 'layout.name-mismatch')).toMatchObject({ line: 4, column: 9 });
  });

  test('deeply nested flow collections do not overflow the stack', async () => {
    const deep = `apiVersion: v1\nkind: ConfigMap\ndata: ${'['.repeat(20000)}${']'.repeat(20000)}\n`;
    const r = await validateTree({ ...goodRepo(), 'argo-apps/argo-apps-prod/deep-application.yaml': deep, [`${CHART}/values.yaml`]: `a: ${'{b: '.repeat(5000)}1${'}'.repeat(5000)}\n` });
    expect(r.summary.applications).toBe(1);
    // Whatever the verdict, each file is accounted for by a finding or parsed cleanly.
    expect(r.findings.every((f) => typeof f.line === 'number' && f.line >= 1)).toBe(true);
    // A JavaScript stack overflow is never shown as if it were the file's syntax.
    expect(r.findings.map((f) => f.message).join('\n')).not.toMatch(/Maximum call stack/);
    const deepFindings = withRule(r.findings, 'yaml.syntax').filter((f) => f.file === 'argo-apps/argo-apps-prod/deep-application.yaml');
    expect(deepFindings).toHaveLength(1);
    expect(deepFindings[0].message).toMatch(/nest more than 200 levels deep/);
  }, 20000);

  test('nesting is bounded before the yaml library runs: fast, where js-yaml counts the limit crossed, and never a crash', async () => {
    // 5,000 nested brackets once aborted the process inside the yaml library (V8 ran out of
    // memory compiling a regular expression at the end of the stack).
    const cases: [string, number, number][] = [
      [`a: ${'['.repeat(5000)}`, 1, 204],
      [`x: &a 1\nb: ${'{k: '.repeat(5000)}1\n`, 2, 801], // inside the 200th {, where js-yaml counts level 201
      [`${Array.from({ length: 300 }, (_, i) => `${' '.repeat(i)}k:`).join('\n')}\n`, 201, 201],
      [`${'- '.repeat(300)}x\n`, 1, 403], // where js-yaml crosses the limit (block sequences count one level more)
    ];
    for (const [text, line, column] of cases) {
      const t0 = performance.now();
      const r = await validateTree({ ...goodRepo(), [`${CHART}/values.yaml`]: text });
      expect(performance.now() - t0).toBeLessThan(5000);
      const f = withRule(r.findings, 'yaml.syntax');
      expect(f).toHaveLength(1);
      expect(f[0]).toMatchObject({ file: `${CHART}/values.yaml`, line, column, message: expect.stringMatching(/nest more than 200 levels deep/) });
    }
    // Brackets and indentation that are not nesting do not count: comments, strings, block scalars.
    const text = [
      `# ${'['.repeat(250)}`,
      `s: "${'['.repeat(250)}"`,
      `t: '${'{'.repeat(250)}'`,
      `p: a${'['.repeat(250)}`,
      'block: |',
      ...Array.from({ length: 250 }, (_, i) => `  ${' '.repeat(i)}- a: [`),
      '',
    ].join('\n');
    const fine = await validateTree({ ...goodRepo(), [`${CHART}/values.yaml`]: text });
    expect(brief(fine.findings)).toEqual([]);
    // 150 levels of real nesting is read as usual.
    const ok = await validateTree({ ...goodRepo(), [`${CHART}/values.yaml`]: `a: ${'['.repeat(150)}${']'.repeat(150)}\n` });
    expect(brief(ok.findings)).toEqual([]);
  }, 60000);
});

describe('alias bombs and huge files finish quickly', () => {
  const laughs = (levels: number) => {
    const lines = ['l0: &l0 "lol"'];
    for (let i = 1; i <= levels; i++) lines.push(`l${i}: &l${i} [${Array(10).fill(`*l${i - 1}`).join(', ')}]`);
    return lines.join('\n') + '\n';
  };

  test('a billion-laughs Application, Chart.yaml and values.yaml', async () => {
    const bomb = laughs(9); // 10^9 strings if expanded
    const r = await validateTree({ ...goodRepo(), [APP_FILE]: bomb, [`${CHART}/Chart.yaml`]: bomb, [`${CHART}/values.yaml`]: bomb });
    const files = withRule(r.findings, 'yaml.alias-bomb').map((f) => f.file).sort();
    expect(files).toEqual([APP_FILE, `${CHART}/Chart.yaml`, `${CHART}/values.yaml`]);
    expect(withRule(r.findings, 'yaml.alias-bomb').every((f) => f.severity === 'error')).toBe(true);
  }, 10000);

  test('a bomb in the second document of a file still lets the first Application through', async () => {
    const text = `${app({ name: 'cart', path: CHART })}---\n${laughs(9)}`;
    const r = await validateTree({ ...goodRepo(), [APP_FILE]: text });
    expect(only(r, 'yaml.alias-bomb')).toMatchObject({ file: APP_FILE, line: 16, column: 1 });
    expect(r.summary.applications).toBe(1);
  }, 10000);

  test('150,000 aliases of one anchor: yaml.alias-bomb without the quadratic walk (327 s before the alias count)', async () => {
    const many = `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: x\n  labels: &l {a: b}\ndata:\n  v: [${Array(150000).fill('*l').join(', ')}]\n`;
    const r = await validateTree({ ...goodRepo(), 'argo-apps/argo-apps-prod/many-application.yaml': many, [`${CHART}/values.yaml`]: `common: &l {a: b}\nv: [${Array(150000).fill('*l').join(', ')}]\n` });
    const bombs = withRule(r.findings, 'yaml.alias-bomb');
    expect(bombs.map((f) => f.file).sort()).toEqual(['argo-apps/argo-apps-prod/many-application.yaml', `${CHART}/values.yaml`]);
    expect(bombs[0].message).toMatch(/150000 aliases/);
    expect(r.summary.applications).toBe(1);
  }, 20000);

  test('a wide bomb (one anchor of 20,000 entries, 1,990 aliases: 40 million nodes copied out) is an alias bomb; a block shared 300 times is not', async () => {
    const wide = `p: &p [${Array.from({ length: 20000 }, (_, i) => `{name: p${i}, value: v}`).join(', ')}]\npad: [${Array(1990).fill('*p').join(', ')}]\n`;
    const shared = `common: &c {cpu: 100m, memory: 128Mi, limits: {cpu: 500m, memory: 512Mi}}\n${Array.from({ length: 300 }, (_, i) => `c${i}: {resources: *c}`).join('\n')}\n`;
    const r = await validateTree({ ...goodRepo(), [`${CHART}/values.yaml`]: wide, 'argo-apps/argo-apps-prod/wide-application.yaml': `apiVersion: v1\nkind: ConfigMap\nmetadata: {name: x}\ndata:\n  ${wide.replace('\npad', '\n  pad')}` });
    const bombs = withRule(r.findings, 'yaml.alias-bomb');
    expect(bombs.map((f) => f.file).sort()).toEqual(['argo-apps/argo-apps-prod/wide-application.yaml', `${CHART}/values.yaml`]);
    // An Application file that is a bomb is not read: the chart its layout names is not called an orphan on top.
    const app = await validateTree({ ...goodRepo(), [APP_FILE]: wide });
    expect(withRule(app.findings, 'yaml.alias-bomb')).toHaveLength(1);
    expect(withRule(app.findings, 'chart.orphan')).toEqual([]);
    expect(bombs[0].message).toMatch(/more than 1,000,000 nodes through its 1990 aliases/);
    const ok = await validateTree({ ...goodRepo(), [`${CHART}/values.yaml`]: shared });
    expect(brief(ok.findings)).toEqual([]);
  }, 20000);

  test('an alias with no anchor before it: yaml.syntax at the alias, not an alias bomb at 1:1', async () => {
    const text = app({ name: 'cart', path: CHART }).replace('  namespace: argocd\n', '  namespace: argocd\n  labels: *common\n');
    const r = await validateTree({ ...goodRepo(), [APP_FILE]: text });
    expect(withRule(r.findings, 'yaml.alias-bomb')).toEqual([]);
    expect(only(r, 'yaml.syntax')).toMatchObject({ file: APP_FILE, line: 6, column: 11 });
    expect(only(r, 'yaml.syntax').message).toMatch(/\*common/);
  });

  test('a merge key `<<` on something that is not a mapping: yaml.syntax at that value (go-yaml refuses the file), not an alias bomb at 1:1', async () => {
    // Line 6 is `spec:`, so the inserted `<<` is on line 7, its value at column 7.
    const cases: [value: string, line: number, column: number, what: RegExp][] = [
      ['5', 7, 7, /not a number:/],
      ['~', 7, 7, /not null:/],
      ['', 7, 3, /not null:/], // nothing after the colon: at the key
      ['[{project: default}, shop]', 7, 28, /not a list item that is a string:/],
    ];
    for (const [value, line, column, what] of cases) {
      const text = app({ name: 'cart', path: CHART }).replace('spec:\n', `spec:\n  <<:${value ? ` ${value}` : ''}\n`);
      const r = await validateTree({ ...goodRepo(), [APP_FILE]: text });
      expect(withRule(r.findings, 'yaml.alias-bomb')).toEqual([]);
      expect(only(r, 'yaml.syntax')).toMatchObject({ file: APP_FILE, line, column, message: expect.stringMatching(what) });
      expect(only(r, 'yaml.syntax').message).toMatch(/map merge requires map or sequence of maps/);
    }
    // An alias of a list, in a values file: at the alias.
    const r = await validateTree({ ...goodRepo(), [`${CHART}/values.yaml`]: 'ports: &p [80]\nweb:\n  <<: *p\n' });
    expect(only(r, 'yaml.syntax')).toMatchObject({ file: `${CHART}/values.yaml`, line: 3, column: 7, message: expect.stringMatching(/not an alias of a list:/) });
    // A quoted "<<" is an ordinary key, and merges of mappings stay fine.
    const ok = await validateTree({ ...goodRepo(), [`${CHART}/values.yaml`]: 'a: {"<<": 5}\nd: &d {x: 1}\nb:\n  <<: [*d, {y: 2}]\n' });
    expect(brief(ok.findings)).toEqual([]);
  });

  test('an alias inside the node it names (a cycle): yaml.syntax, no crash on the cyclic value', async () => {
    const text = app({ name: 'cart', path: CHART }).replace('  source:\n', '  source: &s\n    helm: {values: *s}\n');
    const r = await validateTree({ ...goodRepo(), [APP_FILE]: text });
    expect(only(r, 'yaml.syntax')).toMatchObject({ file: APP_FILE, line: 9, column: 20 });
    expect(only(r, 'yaml.syntax').message).toMatch(/contains it/);
  });

  test('a 20 MB Application file, values.yaml and template: file.unreadable (too large), no hang', async () => {
    const big = Buffer.alloc(20 * 1024 * 1024, 'a: b\n');
    const root = await makeTree({ ...goodRepo(), 'argo-apps/argo-apps-prod/huge-application.yaml': big, [`${CHART}/values.yaml`]: big, [`${CHART}/templates/big.yaml`]: big });
    const r = await validateRepo(root);
    const unreadable = withRule(r.findings, 'file.unreadable');
    expect(unreadable.map((f) => f.file).sort()).toEqual(['argo-apps/argo-apps-prod/huge-application.yaml', `${CHART}/values.yaml`]);
    expect(unreadable[0].message).toMatch(/MiB/);
    expect(r.summary.applications).toBe(1);
  }, 20000);

  test('a values.yaml over 2 MiB is read as Helm reads it: up to 5 MiB, Helm\'s limit for a chart file; over it, file.unreadable naming Helm\'s refusal; a value file outside the chart up to 16 MiB', async () => {
    // 2.4 MiB of dashboards: helm template renders it.
    const values = 'dashboards:\n' + Array.from({ length: 22000 }, (_, i) => `  d${i}: "${'x'.repeat(100)}"\n`).join('');
    const text = app({ name: 'cart-prod', path: CHART }).replace('    targetRevision: main\n', '    targetRevision: main\n    helm:\n      valueFiles:\n        - values.yaml\n        - ../shared.yaml\n');
    const ok = await validateTree({ ...goodRepo(), [`${CHART}/values.yaml`]: values, [APP_FILE]: text, 'gitops/shop/prod/shared.yaml': values + 'x'.repeat(0) + `big: "${'y'.repeat(8 * 1024 * 1024)}"\n` });
    expect(withRule(ok.findings, 'file.unreadable')).toEqual([]);
    expect(errors(ok.findings)).toEqual([]);
    // One byte over Helm's 5,242,880: Helm refuses the chart ("chart file ... is larger than the maximum file size").
    const over = `a: "${'x'.repeat(5 * 1024 * 1024 - 6 + 1)}"\n`;
    expect(over.length).toBe(5 * 1024 * 1024 + 1);
    const r = await validateTree({ ...goodRepo(), [`${CHART}/values.yaml`]: over });
    expect(only(r, 'file.unreadable')).toMatchObject({ file: `${CHART}/values.yaml`, message: expect.stringMatching(/more than the 5 MiB .* limit: Helm refuses to load a chart holding a file that large/) });
  }, 20000);

  test('a file just under the limit with many documents is parsed', async () => {
    const many = Array.from({ length: 5000 }, (_, i) => `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: c${i}\n`).join('---\n');
    const r = await validateTree({ ...goodRepo(), 'argo-apps/argo-apps-prod/many.yaml': many });
    expect(withRule(r.findings, 'repo.skipped-kind')).toHaveLength(5000);
    expect(errors(r.findings)).toEqual([]);
  }, 20000);
});

describe('empty, binary and non-UTF-8 files', () => {
  test('an empty Application file is a warning; an empty Chart.yaml an error; an empty values.yaml is fine', async () => {
    const r = await validateTree({ ...goodRepo(), [APP_FILE]: '', [`${CHART}/Chart.yaml`]: '', [`${CHART}/values.yaml`]: '' });
    expect(only(r, 'yaml.empty')).toMatchObject({ file: APP_FILE, severity: 'warning', line: 1, column: 1 });
    expect(only(r, 'chart.not-mapping')).toMatchObject({ file: `${CHART}/Chart.yaml`, severity: 'error' });
    expect(withRule(r.findings, 'chart.values')).toEqual([]);
  });

  test('a binary Chart.yaml and values.yaml', async () => {
    const bin = Buffer.from([0x7f, 0x45, 0x4c, 0x46, 0, 1, 2, 0, 0, 0]);
    const r = await validateTree({ ...goodRepo(), [`${CHART}/Chart.yaml`]: bin, [`${CHART}/values.yaml`]: bin });
    const f = withRule(r.findings, 'file.unreadable');
    expect(f.map((x) => x.file).sort()).toEqual([`${CHART}/Chart.yaml`, `${CHART}/values.yaml`]);
    expect(f.every((x) => /binary/.test(x.message))).toBe(true);
  });

  test('a Latin-1 (non-UTF-8) Application file', async () => {
    const latin1 = Buffer.from('apiVersion: argoproj.io/v1alpha1\nkind: Application\nmetadata:\n  name: caf\xe9\n', 'latin1');
    const r = await validateTree({ ...goodRepo(), [APP_FILE]: latin1 });
    expect(only(r, 'file.unreadable')).toMatchObject({ file: APP_FILE, severity: 'error', line: 1, column: 1 });
    expect(only(r, 'file.unreadable').message).toMatch(/UTF-8/);
  });

  test('a UTF-8 byte-order mark is tolerated', async () => {
    const r = await validateTree({ ...goodRepo(), [APP_FILE]: `\ufeff${app({ name: 'cart', path: CHART })}` });
    expect(brief(r.findings)).toEqual([]);
  });

  /** `text` in UTF-16 of the byte order given, after its byte-order mark unless `bom` is false. */
  const utf16 = (text: string, order: 'le' | 'be', bom = true): Buffer => {
    const le = Buffer.from(`${bom ? '\ufeff' : ''}${text}`, 'utf16le');
    return order === 'le' ? le : le.swap16();
  };

  test('UTF-16 with a byte-order mark (as Windows editors save it) is read as Argo CD and Helm read it, positions counted in characters', async () => {
    // Argo CD decodes a directory source's files after a UTF-16 mark (utfutil); go-yaml, which
    // reads Chart.yaml and value files for Helm, does too: nothing to report on either.
    const good = await validateTree({
      ...goodRepo(),
      [APP_FILE]: utf16(app({ name: 'cart', path: CHART }), 'le'),
      [`${CHART}/Chart.yaml`]: utf16('apiVersion: v2\nname: cart\nversion: 0.1.0\n', 'be'),
      [`${CHART}/values.yaml`]: utf16('replicaCount: 2 # café\n', 'le'),
    });
    expect(brief(good.findings)).toEqual([]);
    expect(good.summary.applications).toBe(1);
    // A finding in such a file is where an editor shows it.
    const r = await validateTree({ ...goodRepo(), [APP_FILE]: utf16(app({ name: 'basket', path: CHART }).replace(/\n/g, '\r\n'), 'be') });
    expect(only(r, 'layout.name-mismatch')).toMatchObject({ file: APP_FILE, line: 4, column: 9 });
  });

  test('UTF-16 without a byte-order mark, UTF-32, and a broken UTF-16 file: file.unreadable saying which encoding and to save it as UTF-8, not "binary"', async () => {
    const text = app({ name: 'cart', path: CHART });
    const cases: [Buffer, RegExp][] = [
      [utf16(text, 'le', false), /^argo-apps\/argo-apps-prod\/cart-application\.yaml: the file looks like UTF-16 \(little-endian\) without a byte-order mark: Argo CD and Helm read a file without one as UTF-8 .*save it as UTF-8/],
      [utf16(text, 'be', false), /looks like UTF-16 \(big-endian\) without a byte-order mark/],
      [Buffer.concat([Buffer.from([0xff, 0xfe, 0, 0]), Buffer.from(text, 'utf16le').swap16().swap32()]), /encoded as UTF-32 \(byte-order mark FF FE 00 00\): Argo CD and Helm read YAML as UTF-8 or UTF-16 only; save it as UTF-8/],
      [Buffer.concat([utf16(text, 'le'), Buffer.from([0x41])]), /starts with the UTF-16LE byte-order mark \(FF FE\) but is not valid UTF-16LE/],
      [Buffer.concat([utf16('kind: Application\n', 'be'), Buffer.from([0xdc, 0x00, 0x00, 0x0a])]), /not valid UTF-16BE \(an odd number of bytes or an unpaired surrogate\)/],
      // Its zero bytes are the encoding's; a NUL character in it is one go-yaml refuses, as in UTF-8.
      [utf16(text.replace('kind: Application', 'kind: Application\n# a\0b'), 'le'), /the file \(UTF-16LE, after its byte-order mark\) holds a NUL character on line 3: go-yaml, which Argo CD and Helm read it with, refuses it/],
    ];
    for (const [bytes, message] of cases) {
      const r = await validateTree({ ...goodRepo(), [APP_FILE]: bytes });
      const f = only(r, 'file.unreadable');
      expect(f).toMatchObject({ file: APP_FILE, severity: 'error', line: 1, column: 1 });
      expect(f.message).toMatch(message);
      expect(f.message).not.toMatch(/it is binary/);
    }
  });
});

describe('symbolic links and special files', () => {
  test('a directory link leaving the repo: reported, not followed', async () => {
    const outside = await makeTree({ 'x/Chart.yaml': 'apiVersion: v2\nname: x\nversion: 0.1.0\n', 'evil-application.yaml': app({ name: 'evil', path: CHART }) });
    const root = await makeTree(goodRepo());
    await fs.symlink(outside, join(root, 'argo-apps/argo-apps-evil'));
    await fs.symlink(join(outside, 'x'), join(root, 'gitops/shop/prod/x'));
    const r = await validateRepo(root);
    const esc = withRule(r.findings, 'file.symlink-escape').map((f) => f.file).sort();
    expect(esc).toEqual(['argo-apps/argo-apps-evil', 'gitops/shop/prod/x']);
    expect(r.summary).toMatchObject({ applications: 1, charts: 1 });
    expect(JSON.stringify(r.findings)).not.toContain('evil-application');
  });

  test('the apps directory itself a link out of the repo', async () => {
    const outside = await makeTree({ 'argo-apps-prod/cart-application.yaml': app({ name: 'cart', path: CHART }) });
    const root = await makeTree(goodRepo());
    await fs.rm(join(root, 'argo-apps'), { recursive: true });
    await fs.symlink(outside, join(root, 'argo-apps'));
    const r = await validateRepo(root);
    expect(only(r, 'file.symlink-escape')).toMatchObject({ file: 'argo-apps', severity: 'error' });
    expect(r.summary.applications).toBe(0);
  });

  test('a link to itself, a link cycle and a broken link', async () => {
    const root = await makeTree(goodRepo());
    const dir = join(root, 'argo-apps/argo-apps-prod');
    await fs.symlink('self-application.yaml', join(dir, 'self-application.yaml'));
    await fs.symlink('b-application.yaml', join(dir, 'a-application.yaml'));
    await fs.symlink('a-application.yaml', join(dir, 'b-application.yaml'));
    await fs.symlink('nowhere.yaml', join(dir, 'broken-application.yaml'));
    const r = await validateRepo(root);
    expect(withRule(r.findings, 'file.symlink-loop').map((f) => f.file).sort()).toEqual([
      'argo-apps/argo-apps-prod/a-application.yaml',
      'argo-apps/argo-apps-prod/b-application.yaml',
      'argo-apps/argo-apps-prod/self-application.yaml',
    ]);
    expect(only(r, 'file.unreadable')).toMatchObject({ file: 'argo-apps/argo-apps-prod/broken-application.yaml' });
    expect(r.summary.applications).toBe(1);
  });

  test('a directory link to an ancestor (loop) terminates', async () => {
    const root = await makeTree(goodRepo());
    await fs.symlink('../..', join(root, 'argo-apps/argo-apps-prod/up'));
    await fs.symlink('../../gitops', join(root, 'gitops/shop/all'));
    const r = await validateRepo(root);
    expect(withRule(r.findings, 'file.symlink-loop').map((f) => f.file).sort()).toEqual(['argo-apps/argo-apps-prod/up', 'gitops/shop/all']);
  }, 10000);

  test('a link inside the repo is followed like the file itself', async () => {
    const root = await makeTree({ ...goodRepo(), 'shared/cart.yaml': app({ name: 'cart', path: CHART }) });
    await fs.rm(join(root, APP_FILE));
    await fs.symlink('../../shared/cart.yaml', join(root, APP_FILE));
    const r = await validateRepo(root);
    expect(brief(r.findings)).toEqual([]);
    expect(r.summary.applications).toBe(1);
  });

  test('a named pipe under argo-apps/ is not read (no hang)', async () => {
    const root = await makeTree(goodRepo());
    try {
      execFileSync('mkfifo', [join(root, 'argo-apps/argo-apps-prod/pipe-application.yaml')]);
    } catch {
      return; // no mkfifo here: nothing to test
    }
    await fs.symlink('pipe-application.yaml', join(root, 'argo-apps/argo-apps-prod/link-application.yaml'));
    const r = await validateRepo(root);
    expect(errors(r.findings)).toEqual([]);
    expect(r.summary.applications).toBe(1);
  }, 10000);
});

describe('missing directories and bad roots', () => {
  test('no argo-apps/: an error (charts become orphans); no gitops/: a warning (paths missing)', async () => {
    const onlyCharts = goodRepo();
    delete onlyCharts[APP_FILE];
    const r2 = await validateTree(onlyCharts);
    expect(only(r2, 'repo.apps-dir-missing')).toMatchObject({ severity: 'error', file: 'argo-apps' });
    expect(only(r2, 'chart.orphan').severity).toBe('warning');
    const onlyApps: Tree = { [APP_FILE]: app({ name: 'cart', path: CHART }) };
    const r3 = await validateTree(onlyApps);
    expect(only(r3, 'repo.charts-dir-missing')).toMatchObject({ severity: 'warning', file: 'gitops' });
    expect(only(r3, 'source.path-missing')).toMatchObject({ file: APP_FILE, line: 10, column: 11 });
  });

  test('argo-apps is a file, not a directory', async () => {
    const r = await validateTree({ 'argo-apps': 'oops\n', ...Object.fromEntries(Object.entries(goodRepo()).filter(([k]) => k.startsWith('gitops/'))) });
    expect(only(r, 'repo.apps-dir-missing').message).toMatch(/not a directory/);
  });

  test('a DIR that does not exist, or is a file: UserError', async () => {
    await expect(validateRepo('/nonexistent/gitops-validate-test')).rejects.toBeInstanceOf(UserError);
    const root = await makeTree({ 'file.txt': 'x' });
    await expect(validateRepo(join(root, 'file.txt'))).rejects.toBeInstanceOf(UserError);
  });

  test('apps/charts dir options that leave the repo: UserError', async () => {
    const root = await makeTree(goodRepo());
    await expect(validateRepo(root, { appsDir: '../elsewhere' })).rejects.toBeInstanceOf(UserError);
    await expect(validateRepo(root, { chartsDir: '/etc' })).rejects.toBeInstanceOf(UserError);
    await expect(validateRepo(root, { appsDir: ' ' })).rejects.toBeInstanceOf(UserError);
  });
});

describe('an Application with the wrong types everywhere', () => {
  const cases: [string, string][] = [
    ['metadata and spec scalars', 'apiVersion: argoproj.io/v1alpha1\nkind: Application\nmetadata: 5\nspec: "nope"\n'],
    ['apiVersion a number', 'apiVersion: 1\nkind: Application\nmetadata:\n  name: cart\nspec: []\n'],
    [
      'every field the wrong type',
      [
        'apiVersion: argoproj.io/v1alpha1',
        'kind: Application',
        'metadata:',
        '  name: [cart]',
        '  namespace: {a: 1}',
        '  annotations: 7',
        'spec:',
        '  project: 12',
        '  source: [a, b]',
        '  sources: {repoURL: x}',
        '  destination: "in-cluster"',
        '  syncPolicy: true',
        '',
      ].join('\n'),
    ],
    [
      'source fields the wrong type',
      [
        'apiVersion: argoproj.io/v1alpha1',
        'kind: Application',
        'metadata:',
        '  name: cart',
        'spec:',
        '  project: default',
        '  source:',
        '    repoURL: 42',
        '    path: [gitops]',
        '    targetRevision: 1.5',
        '    chart: {}',
        '    ref: 3',
        '    helm:',
        '      valueFiles: values.yaml',
        '      ignoreMissingValueFiles: "yes"',
        '    kustomize: 5',
        '    directory: []',
        '  destination:',
        '    server: 8',
        '    name: [x]',
        '    namespace: {}',
        '',
      ].join('\n'),
    ],
    [
      'sources entries of the wrong type',
      [
        'apiVersion: argoproj.io/v1alpha1',
        'kind: Application',
        'metadata:',
        '  name: cart',
        'spec:',
        '  project: default',
        '  sources:',
        '    - 1',
        '    - null',
        '    - [x]',
        '    - repoURL: null',
        '      helm: {valueFiles: [1, {a: b}, null, "$"]}',
        '  destination: {server: https://kubernetes.default.svc}',
        '',
      ].join('\n'),
    ],
    ['kind a mapping', 'apiVersion: argoproj.io/v1alpha1\nkind: {a: b}\nmetadata:\n  name: x\n'],
  ];
  test.each(cases)('%s: schema errors, no crash', async (_name, text) => {
    const r = await validateTree({ ...goodRepo(), [APP_FILE]: text });
    const errs = errors(r.findings);
    expect(errs.length).toBeGreaterThan(0);
    for (const f of errs) {
      expect(f.file).toBe(APP_FILE);
      expect(f.line).toBeGreaterThanOrEqual(1);
      expect(f.column).toBeGreaterThanOrEqual(1);
      expect(f.message).not.toMatch(/\bat .*\.(ts|js):\d+/); // no stack trace in a message
    }
  });

  test('wrong types point at the offending values', async () => {
    const text = cases[3][1];
    const r = await validateTree({ ...goodRepo(), [APP_FILE]: text });
    const schema = withRule(r.findings, 'app.schema');
    const at = (field: string) => schema.find((f) => f.message.includes(`\`${field}\``));
    expect(at('spec.source.repoURL')).toMatchObject({ line: 8, column: 14 });
    expect(at('spec.source.path')).toMatchObject({ line: 9, column: 11 });
    expect(at('spec.source.targetRevision')).toMatchObject({ line: 10, column: 21 });
    expect(at('spec.source.helm.valueFiles')).toMatchObject({ line: 14, column: 19 });
    expect(at('spec.destination.server')).toMatchObject({ line: 19, column: 13 });
  });
});

describe('directory links inside the repo', () => {
  test('a chart directory linked from another cluster is followed, not called a loop', async () => {
    const root = await makeTree({
      ...goodRepo(),
      'argo-apps/argo-apps-staging/cart-application.yaml': app({ name: 'cart-staging', path: 'gitops/shop/staging/cart', namespace: 'shop-staging' }),
    });
    await fs.mkdir(join(root, 'gitops/shop/staging'), { recursive: true });
    await fs.symlink('../prod/cart', join(root, 'gitops/shop/staging/cart'));
    const r = await validateRepo(root);
    expect(withRule(r.findings, 'file.symlink-loop')).toEqual([]);
    expect(errors(r.findings)).toEqual([]);
    expect(r.summary.applications).toBe(2);
  });

  test('a cycle through two links (a/l1 -> b, b/l2 -> a) is a loop and terminates', async () => {
    const root = await makeTree({ ...goodRepo(), 'gitops/x/a/f.yaml': 'a: 1\n', 'gitops/x/b/g.yaml': 'b: 1\n' });
    await fs.symlink('../b', join(root, 'gitops/x/a/l1'));
    await fs.symlink('../a', join(root, 'gitops/x/b/l2'));
    const r = await validateRepo(root);
    expect(withRule(r.findings, 'file.symlink-loop').length).toBeGreaterThan(0);
    expect(errors(r.findings).every((f) => f.ruleId === 'file.symlink-loop')).toBe(true);
  }, 10000);
});

test('links fanning out level after level (2^16 paths) are cut off with a finding, quickly', async () => {
  const root = await makeTree({ ...goodRepo(), 'gitops/fan/d16/leaf.yaml': 'a: 1\n' });
  for (let i = 0; i < 16; i++) {
    await fs.mkdir(join(root, `gitops/fan/d${i}`), { recursive: true });
    await fs.symlink(`../d${i + 1}`, join(root, `gitops/fan/d${i}/l1`));
    await fs.symlink(`../d${i + 1}`, join(root, `gitops/fan/d${i}/l2`));
  }
  const r = await validateRepo(root);
  const cut = withRule(r.findings, 'file.unreadable');
  expect(cut).toHaveLength(1);
  expect(cut[0].message).toMatch(/symbolic links/);
  expect(r.summary.applications).toBe(1);
}, 30000);

describe('the nesting scan of a file that does not parse', () => {
  test('counts too much rather than too little, and only where js-yaml refused the file', async () => {
    const { scanDepth, tooDeep } = await import('../../src/repo/nesting.js');
    // A broken file: js-yaml stops at the error, the scan decides, brackets in quotes included.
    expect(tooDeep(`a: "unclosed\nb: ${'['.repeat(300)}\n`)?.kind).toBe('flow');
    expect(scanDepth(`x: "${'['.repeat(300)}"`)).toBeDefined();
    // A clean file: js-yaml's exact count.
    expect(tooDeep(`x: "${'['.repeat(300)}"\n`)).toBeUndefined();
    expect(tooDeep(`x: ${'['.repeat(200)}${']'.repeat(200)}\n`)).toBeUndefined();
    expect(tooDeep(`x: ${'['.repeat(201)}${']'.repeat(201)}\n`)).toEqual({ offset: 203, kind: 'levels' }); // the 201st [
  });
});

describe('a hostile .helmignore', () => {
  const IGNORE_FILE = `${CHART}/.helmignore`;
  const withIgnore = (content: string | Buffer, extra: Tree = {}): Tree => ({ ...goodRepo(), [IGNORE_FILE]: content, ...extra });

  test('over 2 MiB: file.unreadable naming it, its rules not applied, no other finding, quickly', async () => {
    const t0 = performance.now();
    const r = await validateTree(withIgnore(`templates/\n${'x'.repeat(3 * 1024 * 1024)}\n`));
    expect(performance.now() - t0).toBeLessThan(5000);
    expect(only(r, 'file.unreadable')).toMatchObject({ file: IGNORE_FILE, message: expect.stringMatching(/more than the 2 MiB .* limit; its rules were not applied: the chart was checked as if it had no \.helmignore/) });
    expect(r.findings).toHaveLength(1);
  });

  test('under 2 MiB but too much work to apply (100,000 patterns that all must be tried): file.unreadable, bounded in time', async () => {
    const lines = Array.from({ length: 100_000 }, (_, i) => `z${i}*q*r*s`).join('\n');
    const t0 = performance.now();
    const r = await validateTree(withIgnore(`${lines}\n`));
    expect(performance.now() - t0).toBeLessThan(5000);
    expect(only(r, 'file.unreadable')).toMatchObject({ file: IGNORE_FILE, message: expect.stringMatching(/takes more work than this check allows .* its rules were not applied/) });
    expect(r.findings).toHaveLength(1);
  }, 20000);

  test('binary bytes: read as Helm reads them (patterns of bytes), never a crash; a malformed one is refused at its line, printably', async () => {
    // Deterministic noise without `[`, `\\` or `*`, so Helm takes it: patterns that match nothing.
    let seed = 7;
    const noise = Buffer.from(Array.from({ length: 200_000 }, () => ((seed = (seed * 1103515245 + 12345) & 0x7fffffff) >> 8) & 0xff).map((b) => ([0x5b, 0x5c, 0x2a, 0x21, 0x2f].includes(b) ? 0 : b)));
    const fine = await validateTree(withIgnore(noise));
    expect(brief(fine.findings)).toEqual([]);
    const bad = await validateTree(withIgnore(Buffer.concat([Buffer.from([0x00, 0x01, 0x0a, 0xff, 0x00]), Buffer.from('[\n')])));
    const f = only(bad, 'chart.helmignore');
    expect(f).toMatchObject({ file: IGNORE_FILE, line: 2, column: 1 });
    expect(f.message).toMatch(/line 2 \(`.*\[`\): syntax error in pattern/);
    expect(f.message).not.toMatch(/[\u0000-\u0008]/); // control bytes are escaped in the message
  });

  test('`*`, a lone `!` and `!x` ignore Chart.yaml: chart.helmignore, not a crash or a flood of findings', async () => {
    for (const text of ['*\n', '!\n', '!nothing-matches\n', '!templates/\n']) {
      const r = await validateTree(withIgnore(text));
      expect(only(r, 'chart.helmignore')).toMatchObject({ file: IGNORE_FILE, line: 1, column: 1, message: expect.stringMatching(/ignores Chart\.yaml/) });
      expect(r.findings).toHaveLength(1);
    }
  });

  test('a line of 64 KiB or more (bufio.Scanner\'s limit): chart.helmignore at that line', async () => {
    const r = await validateTree(withIgnore(`*.swp\n${'a'.repeat(100_000)}\n`));
    expect(only(r, 'chart.helmignore')).toMatchObject({ file: IGNORE_FILE, line: 2, column: 1, message: expect.stringMatching(/cannot load the chart: line 2: 100,000 bytes long; Helm reads lines of at most 65,535 bytes/) });
  });

  test('a .helmignore that is a directory: chart.helmignore (Helm: "is a directory")', async () => {
    const r = await validateTree({ ...goodRepo(), [`${IGNORE_FILE}/x`]: 'x\n' });
    expect(only(r, 'chart.helmignore')).toMatchObject({ file: IGNORE_FILE, line: 1, column: 1, message: expect.stringMatching(/is a directory/) });
  });

  test('a template ignored by a rule of its own, fifty times: one chart.templates finding of bounded length', async () => {
    const extra: Tree = {};
    const lines: string[] = [];
    for (let i = 0; i < 50; i++) {
      extra[`${CHART}/templates/t${i}.yaml`] = 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: x\n';
      lines.push(`t${i}.yaml`);
    }
    const r = await validateTree(withIgnore(`deployment.yaml\n${lines.join('\n')}\n`, extra));
    const f = only(r, 'chart.templates');
    expect(f).toMatchObject({ file: IGNORE_FILE, line: 1, column: 1 });
    expect(f.message).toMatch(/templates\/deployment\.yaml is ignored by `\.helmignore` line 1 .*; 48 more by 48 other rules\.$/);
    expect(f.message.length).toBeLessThan(600);
  });

  test('patterns built to backtrack finish quickly', async () => {
    const lines = Array.from({ length: 200 }, () => `${'*a'.repeat(300)}b`).join('\n');
    const t0 = performance.now();
    const r = await validateTree(withIgnore(`${lines}\n`, { [`${CHART}/templates/${'a'.repeat(200)}.yaml`]: 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: x\n' }));
    expect(performance.now() - t0).toBeLessThan(5000);
    expect(r.findings.every((f) => f.file === IGNORE_FILE)).toBe(true);
  });
});

describe('a huge value quoted in a message is cut in the middle (bounded)', () => {
  test('a 200,000-character name: each message at most MAX_MESSAGE_CHARS plus the marker, start and end kept', async () => {
    const { bounded, MAX_MESSAGE_CHARS } = await import('../../src/validate/sink.js');
    const long = `Application name '${'a'.repeat(200_000)}' is 200000 characters long: Helm refuses one over 53 characters.`;
    const cut = bounded(long);
    expect(cut.length).toBeLessThan(MAX_MESSAGE_CHARS + 40);
    expect(cut.startsWith("Application name 'aaa")).toBe(true);
    expect(cut.endsWith('Helm refuses one over 53 characters.')).toBe(true);
    expect(cut).toMatch(/…\[\d+ characters cut\]…/);
    expect(bounded('short')).toBe('short');
    // Never half a surrogate pair.
    const emoji = bounded('😀'.repeat(5000));
    expect(() => encodeURIComponent(emoji)).not.toThrow();
  });
});
