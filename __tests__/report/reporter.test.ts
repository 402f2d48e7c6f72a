import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Reporter, writeReportFile } from '../../src/report/reporter.js';
import { catalogue, findings, smallModel, summary } from '../../__fixtures__/report/data.js';
import { FakeAnnotator, FakeSummary } from '../../__fixtures__/report/fake-core.js';

describe('Reporter', () => {
  let dir: string;
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'report-'));
  });
  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  const result = () => ({ findings, summary, model: smallModel() });

  it('writes annotations, the job summary, the JSON and SARIF files (creating parent dirs)', async () => {
    const annotator = new FakeAnnotator();
    const jobSummary = new FakeSummary();
    const infos: string[] = [];
    const jsonPath = join(dir, 'deep/er/report.json');
    const sarifPath = join(dir, 'sarif/out/gitops.sarif');
    const reporter = new Reporter(
      { annotator, summary: jobSummary, log: { info: (m) => infos.push(m), warning: () => undefined } },
      { catalogue, toolVersion: '1.0.0', jsonPath, sarifPath },
    );
    await expect(reporter.report(result())).resolves.toBeUndefined();

    expect(annotator.calls.map((c) => c.level)).toEqual(['error', 'error', 'warning', 'warning', 'notice']);

    const json = JSON.parse(await readFile(jsonPath, 'utf8'));
    expect(json.version).toBe(1);
    expect(json.findings).toHaveLength(5);
    expect(json.summary).toEqual(summary);

    const sarif = JSON.parse(await readFile(sarifPath, 'utf8'));
    expect(sarif.version).toBe('2.1.0');
    expect(sarif.runs[0].results).toHaveLength(5);
    expect(sarif.runs[0].originalUriBaseIds['%SRCROOT%'].uri).toBe('file:///work/platform/');

    expect(jobSummary.written).toHaveLength(1);
    const md = jobSummary.written[0]!;
    expect(md).toContain('## ❌ GitOps validation failed');
    expect(md).toContain('```mermaid');
    expect(infos).toEqual([`JSON report written to ${jsonPath}`, `SARIF report written to ${sarifPath}`]);
  });

  it('names the report files in the "more" line of the summary', async () => {
    const jobSummary = new FakeSummary();
    const jsonPath = join(dir, 'r.json');
    await new Reporter(
      { annotator: new FakeAnnotator(), summary: jobSummary },
      { catalogue, toolVersion: '1', jsonPath, summaryOptions: { maxRows: 1 } },
    ).report(result());
    expect(jobSummary.written[0]).toContain(`_4 more in <code>${jsonPath.replace(/_/g, '\\_')}</code>._`);
  });

  it('writes no files when no paths are given, and can skip annotations and the summary', async () => {
    const annotator = new FakeAnnotator();
    const jobSummary = new FakeSummary();
    await new Reporter(
      { annotator, summary: jobSummary },
      { catalogue, toolVersion: '1', annotations: false, jobSummary: false },
    ).report(result());
    expect(annotator.calls).toEqual([]);
    expect(jobSummary.written).toEqual([]);
  });

  it('warns instead of failing when the job summary cannot be written', async () => {
    const warnings: string[] = [];
    const jsonPath = join(dir, 'r.json');
    await new Reporter(
      {
        annotator: new FakeAnnotator(),
        summary: new FakeSummary(new Error('Unable to find environment variable for $GITHUB_STEP_SUMMARY')),
        log: { info: () => undefined, warning: (m) => warnings.push(m) },
      },
      { catalogue, toolVersion: '1', jsonPath },
    ).report(result());
    expect(warnings).toEqual(['Could not write the job summary: Unable to find environment variable for $GITHUB_STEP_SUMMARY']);
    expect(JSON.parse(await readFile(jsonPath, 'utf8')).findings).toHaveLength(5);
  });

  it('fails when a report file cannot be written', async () => {
    const blocker = join(dir, 'file');
    await writeFile(blocker, 'x');
    const reporter = new Reporter(
      { annotator: new FakeAnnotator() },
      { catalogue, toolVersion: '1', jsonPath: join(blocker, 'sub/report.json') },
    );
    await expect(reporter.report(result())).rejects.toThrow(/ENOTDIR|EEXIST/);
  });

  it('a SARIF path that cannot be written still leaves the JSON report, its output and the job summary, then fails naming sarif-file', async () => {
    const jobSummary = new FakeSummary();
    const written: string[] = [];
    const jsonPath = join(dir, 'report.json');
    const reporter = new Reporter(
      { annotator: new FakeAnnotator(), summary: jobSummary },
      // A directory where the SARIF file should go.
      { catalogue, toolVersion: '1', jsonPath, sarifPath: dir, onWritten: (input, path) => written.push(`${input}=${path}`) },
    );
    await expect(reporter.report(result())).rejects.toThrow(/^Input 'sarif-file': cannot write .*EISDIR/);
    expect(JSON.parse(await readFile(jsonPath, 'utf8')).summary).toEqual(summary);
    expect(written).toEqual([`report-file=${jsonPath}`]);
    expect(jobSummary.written).toHaveLength(1);
  });

  it('anchors file-less findings in SARIF at the model\'s apps dir, made repo-relative', async () => {
    const sarifPath = join(dir, 'x.sarif');
    const model = { ...smallModel(), appsDir: '/work/platform/clusters/apps' };
    const repoWide = { ruleId: 'repo-empty', severity: 'error' as const, file: '', line: 0, column: 0, message: 'no apps', hint: '' };
    await new Reporter({ annotator: new FakeAnnotator() }, { catalogue, toolVersion: '1', sarifPath }).report({
      findings: [repoWide],
      summary,
      model,
    });
    const sarif = JSON.parse(await readFile(sarifPath, 'utf8'));
    expect(sarif.runs[0].results[0].locations[0].physicalLocation.artifactLocation.uri).toBe('clusters/apps');
  });

  it('a folder the kernel will not create (/proc/nope/x.json) is an InputError at once, not an endless loop', async () => {
    const started = Date.now();
    await expect(writeReportFile('/proc/nope-gitops-action/x.json', '{}', 'report-file')).rejects.toThrow(/Input 'report-file': cannot write \/proc\/nope-gitops-action\/x\.json: ENOENT/);
    expect(Date.now() - started).toBeLessThan(5000);
  });

  it('writeReportFile creates missing folders level by level, and names a file in the way', async () => {
    const p = join(dir, 'x/y/z/r.json');
    expect(await writeReportFile(p, 'ok')).toBe(p);
    expect(await readFile(p, 'utf8')).toBe('ok');
    await expect(writeReportFile(join(dir, 'x/y/z/r.json/inner.json'), 'no')).rejects.toThrow(/ENOTDIR|EEXIST/);
  });

  it('writeReportFile overwrites and returns the absolute path', async () => {
    const p = join(dir, 'a/b.txt');
    expect(await writeReportFile(p, 'one')).toBe(p);
    await writeReportFile(p, 'two');
    expect(await readFile(p, 'utf8')).toBe('two');
  });
});
