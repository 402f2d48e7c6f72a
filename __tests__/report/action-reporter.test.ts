import { jest } from '@jest/globals';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { catalogue, findings, smallModel, summary } from '../../__fixtures__/report/data.js';
import { FakeAnnotator, FakeSummary } from '../../__fixtures__/report/fake-core.js';

const annotator = new FakeAnnotator();
const jobSummary = new FakeSummary();
const infos: string[] = [];
const warnings: string[] = [];

jest.unstable_mockModule('@actions/core', () => ({
  error: annotator.error.bind(annotator),
  warning: (m: string, p?: object) => (p ? annotator.warning(m, p) : warnings.push(m)),
  notice: annotator.notice.bind(annotator),
  info: (m: string) => infos.push(m),
  summary: jobSummary,
}));

const { createActionReporter } = await import('../../src/report/index.js');

describe('createActionReporter (wired to @actions/core)', () => {
  const saved = process.env.GITHUB_STEP_SUMMARY;
  let dir: string;
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'report-core-'));
    annotator.calls = [];
    jobSummary.written = [];
    infos.length = 0;
  });
  afterEach(async () => {
    if (saved === undefined) delete process.env.GITHUB_STEP_SUMMARY;
    else process.env.GITHUB_STEP_SUMMARY = saved;
    await rm(dir, { recursive: true, force: true });
  });

  it('annotates through core, writes core.summary when GITHUB_STEP_SUMMARY is set, logs the files', async () => {
    process.env.GITHUB_STEP_SUMMARY = join(dir, 'summary.md');
    const jsonPath = join(dir, 'r.json');
    await createActionReporter({ catalogue, toolVersion: '1', jsonPath }).report({ findings, summary, model: smallModel() });
    expect(annotator.calls).toHaveLength(5);
    expect(annotator.calls[0]!.props?.title).toBe('app-chart-missing');
    expect(jobSummary.written).toHaveLength(1);
    expect(infos).toEqual([`JSON report written to ${jsonPath}`]);
    expect(JSON.parse(await readFile(jsonPath, 'utf8')).version).toBe(1);
  });

  it('skips the job summary outside Actions (no GITHUB_STEP_SUMMARY)', async () => {
    delete process.env.GITHUB_STEP_SUMMARY;
    await createActionReporter({ catalogue, toolVersion: '1' }).report({ findings, summary, model: smallModel() });
    expect(annotator.calls).toHaveLength(5);
    expect(jobSummary.written).toEqual([]);
  });
});
