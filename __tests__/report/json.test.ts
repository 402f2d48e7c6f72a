import { formatJsonReport, toJsonReport } from '../../src/report/json.js';
import { findings, summary } from '../../__fixtures__/report/data.js';

describe('toJsonReport', () => {
  const report = toJsonReport(findings, summary);

  it('has exactly version, findings, summary at the top, in that order', () => {
    expect(Object.keys(report)).toEqual(['version', 'findings', 'summary']);
    expect(report.version).toBe(1);
  });

  it('keeps exactly the contract keys in each finding, in order, dropping endLine/endColumn', () => {
    for (const f of report.findings) {
      expect(Object.keys(f)).toEqual(['ruleId', 'severity', 'file', 'line', 'column', 'message', 'hint']);
    }
    const orders = report.findings.find((f) => f.file.endsWith('orders-application.yaml'));
    expect(orders).toEqual({
      ruleId: 'app-chart-missing',
      severity: 'error',
      file: 'argo-apps/argo-apps-prod/orders-application.yaml',
      line: 12,
      column: 7,
      message: "spec.source.path 'gitops/shop/prod/orders' is not a chart directory.",
      hint: 'Create gitops/shop/prod/orders/Chart.yaml or fix the path.',
    });
  });

  it('sorts by file, line, column, rule id', () => {
    expect(report.findings.map((f) => `${f.file}:${f.line}:${f.column}:${f.ruleId}`)).toEqual([
      'argo-apps/argo-apps-prod/cart-application.yaml:12:7:app-chart-missing',
      'argo-apps/argo-apps-prod/cart-application.yaml:20:5:app-prune-disabled',
      'argo-apps/argo-apps-prod/orders-application.yaml:12:7:app-chart-missing',
      'argo-apps/argo-apps-staging/cart-application.yaml:3:3:yaml-duplicate-key',
      'gitops/shop/prod/cart/Chart.yaml:1:1:chart-version-missing',
    ]);
  });

  it('orders equal positions by rule id and is independent of input order', () => {
    const base = { severity: 'error' as const, file: 'a.yaml', line: 1, column: 1, message: 'm', hint: 'h' };
    const a = toJsonReport([{ ...base, ruleId: 'z-rule' }, { ...base, ruleId: 'a-rule' }, { ...base, line: 10, ruleId: 'b' }], summary);
    expect(a.findings.map((f) => `${f.line}${f.ruleId}`)).toEqual(['1a-rule', '1z-rule', '10b']);
    expect(formatJsonReport([...findings].reverse(), summary)).toBe(formatJsonReport(findings, summary));
  });

  it('copies the summary with exactly its five counts', () => {
    const extra = { ...summary, skipped: 3 } as typeof summary;
    expect(Object.keys(toJsonReport([], extra).summary)).toEqual(['applications', 'charts', 'errors', 'warnings', 'notices']);
    expect(toJsonReport([], extra).summary).toEqual({ applications: 4, charts: 3, errors: 2, warnings: 2, notices: 1 });
  });

  it('does not mutate the input', () => {
    const copy = structuredClone(findings);
    toJsonReport(findings, summary);
    expect(findings).toEqual(copy);
  });

  it('formats as JSON with a trailing newline that parses back to the same report', () => {
    const text = formatJsonReport(findings, summary);
    expect(text.endsWith('}\n')).toBe(true);
    expect(JSON.parse(text)).toEqual(report);
  });
});
