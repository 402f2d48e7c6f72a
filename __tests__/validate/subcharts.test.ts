import { afterAll, describe, expect, test } from '@jest/globals';
import { join } from 'node:path';
import { helm, helmBinary } from '../../__fixtures__/generate/helpers.js';
import { chart, chartArchive, errors, goodRepo, makeTree, removeTrees, subchartFiles, validateTree, withRule, type Tree } from '../../__fixtures__/validate/tree.js';
import { readArchiveChart } from '../../src/validate/rules/subcharts.js';

/**
 * Vendored subcharts as Helm loads them. The ground truth is the pinned helm: for each
 * charts/ below, the test asserts that validate reports an error exactly when
 * `helm template` refuses the chart, and which rule says why.
 */

afterAll(removeTrees);

const CHART = 'gitops/shop/prod/cart';
const parent = (deps: string) => ({ [`${CHART}/Chart.yaml`]: `apiVersion: v2\nname: cart\nversion: 0.1.0\ntype: application\n${deps}` });
const DEP_COMMON = 'dependencies:\n  - name: common\n    version: 0.1.0\n';
const inDir = (dir: string, files: Record<string, string>): Tree => Object.fromEntries(Object.entries(files).map(([k, v]) => [`${CHART}/charts/${dir}/${k}`, v]));

/** Validates the repo and renders the chart with helm: both verdicts, and the findings. */
async function both(tree: Tree) {
  helmBinary();
  const r = await validateTree({ ...goodRepo(), ...tree });
  const root = await makeTree({ ...goodRepo(), ...tree });
  const h = helm(['template', 'x', join(root, CHART)]);
  return { r, helmFails: h.status !== 0, helmError: h.stderr.trim() };
}

describe('vendored subcharts: validate errs exactly when helm template does', () => {
  test('a .tgz holding the chart, any file name: no finding (helm renders it)', async () => {
    const { r, helmFails } = await both({ ...parent(DEP_COMMON), [`${CHART}/charts/vendored.tgz`]: chartArchive('common', subchartFiles('common')) });
    expect(helmFails).toBe(false);
    expect(errors(r.findings)).toEqual([]);
  });

  test('a Git LFS pointer committed as the .tgz: chart.subchart naming LFS', async () => {
    const pointer = 'version https://git-lfs.github.com/spec/v1\noid sha256:4d7a214614ab2935c943f9e0ff69d22eadbb8f32b1258daaa5e2ca24d17e2393\nsize 12345\n';
    const { r, helmFails, helmError } = await both({ ...parent(DEP_COMMON), [`${CHART}/charts/common-0.1.0.tgz`]: pointer });
    expect(helmFails).toBe(true);
    expect(helmError).toMatch(/gzip: invalid header/);
    const [f] = withRule(r.findings, 'chart.subchart');
    expect(f).toMatchObject({ severity: 'error', file: `${CHART}/charts/common-0.1.0.tgz` });
    expect(f.message).toMatch(/Git LFS pointer/);
  });

  test('an archive that is not gzip, or cut short: chart.subchart', async () => {
    const whole = chartArchive('common', subchartFiles('common'));
    for (const bad of [Buffer.from('not an archive at all\n'), whole.subarray(0, 60)]) {
      const { r, helmFails } = await both({ ...parent(DEP_COMMON), [`${CHART}/charts/common-0.1.0.tgz`]: bad });
      expect(helmFails).toBe(true);
      expect(withRule(r.findings, 'chart.subchart')).toHaveLength(1);
    }
  });

  test('an archive of another chart: the dependency is missing, as Helm matches by the name inside', async () => {
    const { r, helmFails, helmError } = await both({ ...parent(DEP_COMMON), [`${CHART}/charts/common-0.1.0.tgz`]: chartArchive('other', subchartFiles('other')) });
    expect(helmFails).toBe(true);
    expect(helmError).toMatch(/missing in charts\/ directory: common/);
    expect(withRule(r.findings, 'chart.dependency-missing').map((f) => f.message)).toEqual([expect.stringMatching(/dependency 'common'/)]);
  });

  test('a directory named otherwise holding the chart is that dependency; one named like it holding another is not', async () => {
    const ok = await both({ ...parent(DEP_COMMON), ...inDir('lib-common', subchartFiles('common')) });
    expect(ok.helmFails).toBe(false);
    expect(errors(ok.r.findings)).toEqual([]);
    const wrong = await both({ ...parent(DEP_COMMON), ...inDir('common', subchartFiles('other')) });
    expect(wrong.helmFails).toBe(true);
    expect(withRule(wrong.r.findings, 'chart.dependency-missing')).toHaveLength(1);
  });

  test('a subchart Helm refuses, listed as a dependency or not: chart.subchart at its version', async () => {
    for (const deps of [DEP_COMMON, '']) {
      const { r, helmFails } = await both({ ...parent(deps), ...inDir('common', subchartFiles('common', 'nope')) });
      expect(helmFails).toBe(true);
      const [f] = withRule(r.findings, 'chart.subchart');
      expect(f).toMatchObject({ file: `${CHART}/charts/common/Chart.yaml`, line: 3, column: 10 });
      expect(f.message).toMatch(/version "nope"/);
    }
  });

  test('an unquoted numeric subchart version (1.5, 2, 1.0) loads, in a directory or an archive, as helm renders it; 1.2.3.4 does not', async () => {
    for (const v of ['1.5', '2', '1.0']) {
      const files = { ...subchartFiles('common'), 'Chart.yaml': `apiVersion: v2\nname: common\nversion: ${v}\n` };
      for (const tree of [inDir('common', files), { [`${CHART}/charts/common.tgz`]: chartArchive('common', files) }]) {
        const { r, helmFails } = await both({ ...parent(DEP_COMMON), ...tree });
        expect(helmFails).toBe(false);
        expect(errors(r.findings)).toEqual([]);
      }
    }
    const bad = await both({ ...parent(DEP_COMMON), ...inDir('common', { ...subchartFiles('common'), 'Chart.yaml': 'apiVersion: v2\nname: common\nversion: 1.2.3.4\n' }) });
    expect(bad.helmFails).toBe(true);
    expect(withRule(bad.r.findings, 'chart.subchart')).toHaveLength(1);
  });

  test('a subchart named only a zero-width space has no name to Helm (sanitizeString drops it): chart.subchart', async () => {
    const { r, helmFails, helmError } = await both({ ...parent(''), ...inDir('common', { ...subchartFiles('common'), 'Chart.yaml': 'apiVersion: v2\nname: "\\u200b"\nversion: 0.1.0\n' }) });
    expect([helmFails, helmError]).toEqual([true, expect.stringContaining('name is required')]);
    expect(withRule(r.findings, 'chart.subchart').map((f) => f.message)).toEqual([expect.stringMatching(/has no name/)]);
  });

  test('a plain file, a directory without Chart.yaml: chart.subchart; `_*`, `.*` and `*.prov` are not subcharts', async () => {
    const extras: Tree[] = [{ [`${CHART}/charts/README.md`]: '# vendored charts\n' }, { [`${CHART}/charts/notes/a.txt`]: 'x\n' }];
    for (const extra of extras) {
      const { r, helmFails } = await both({ ...parent(''), ...chart(CHART, 'cart'), ...extra });
      expect(helmFails).toBe(true);
      expect(withRule(r.findings, 'chart.subchart')).toHaveLength(1);
    }
    const skipped = await both({ ...parent(''), [`${CHART}/charts/_old/x.txt`]: 'x\n', [`${CHART}/charts/.keep`]: '', [`${CHART}/charts/common-0.1.0.tgz.prov`]: 'signature\n' });
    expect(skipped.helmFails).toBe(false);
    expect(errors(skipped.r.findings)).toEqual([]);
  });
});

test('readArchiveChart: the Chart.yaml of the archive\'s chart directory, or why not', async () => {
  expect(readArchiveChart(chartArchive('common', subchartFiles('common')))).toEqual({ path: 'common/Chart.yaml', text: 'apiVersion: v2\nname: common\nversion: 0.1.0\n' });
  expect(readArchiveChart(chartArchive('common', { 'templates/x.yaml': 'a: b\n' }))).toMatchObject({ problem: expect.stringMatching(/no Chart.yaml/) });
  expect(readArchiveChart(new Uint8Array([0x1f, 0x8b, 0, 0]))).toMatchObject({ problem: expect.stringMatching(/not a readable chart archive/) });
});
