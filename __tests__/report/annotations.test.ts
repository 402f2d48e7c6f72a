import { annotationProps, emitAnnotations } from '../../src/report/annotations.js';
import type { Finding } from '../../src/validate/types.js';
import { findings } from '../../__fixtures__/report/data.js';
import { FakeAnnotator } from '../../__fixtures__/report/fake-core.js';

describe('emitAnnotations', () => {
  it('emits every finding, errors first, then warnings, then notices, each in location order', () => {
    const fake = new FakeAnnotator();
    expect(emitAnnotations(findings, fake)).toBe(5);
    expect(fake.calls.map((c) => `${c.level} ${c.props?.file}:${c.props?.startLine}`)).toEqual([
      'error argo-apps/argo-apps-prod/cart-application.yaml:12',
      'error argo-apps/argo-apps-prod/orders-application.yaml:12',
      'warning argo-apps/argo-apps-prod/cart-application.yaml:20',
      'warning argo-apps/argo-apps-staging/cart-application.yaml:3',
      'notice gitops/shop/prod/cart/Chart.yaml:1',
    ]);
    expect(fake.infos).toEqual([]);
  });

  it('titles with the rule id and puts the hint in the message', () => {
    const fake = new FakeAnnotator();
    emitAnnotations(findings, fake);
    expect(fake.calls[1]).toEqual({
      level: 'error',
      message: "spec.source.path 'gitops/shop/prod/orders' is not a chart directory.\nHint: Create gitops/shop/prod/orders/Chart.yaml or fix the path.",
      props: {
        title: 'app-chart-missing',
        file: 'argo-apps/argo-apps-prod/orders-application.yaml',
        startLine: 12,
        startColumn: 7,
        endLine: 12,
        endColumn: 30,
      },
    });
  });

  it('sends no columns for a multi-line range (GitHub rejects them)', () => {
    const f = findings.find((x) => x.ruleId === 'yaml-duplicate-key')!;
    expect(annotationProps(f)).toEqual({
      title: 'yaml-duplicate-key',
      file: 'argo-apps/argo-apps-staging/cart-application.yaml',
      startLine: 3,
      endLine: 5,
    });
  });

  it('omits positions that are missing or invalid', () => {
    const base: Finding = { ruleId: 'r', severity: 'notice', file: '', line: 0, column: 0, message: 'm', hint: '' };
    expect(annotationProps(base)).toEqual({ title: 'r' });
    expect(annotationProps({ ...base, file: 'a.yaml' })).toEqual({ title: 'r', file: 'a.yaml' });
    expect(annotationProps({ ...base, file: 'a.yaml', line: 4 })).toEqual({ title: 'r', file: 'a.yaml', startLine: 4 });
    const fake = new FakeAnnotator();
    emitAnnotations([base], fake);
    expect(fake.calls[0]!.message).toBe('m');
  });

  it('emits all of more than 10 errors, errors before any warning, and says GitHub shows only 10', () => {
    const many: Finding[] = [];
    for (let i = 0; i < 15; i++) {
      many.push({ ruleId: 'w', severity: 'warning', file: `a${i}.yaml`, line: 1, column: 1, message: 'w', hint: '' });
      many.push({ ruleId: 'e', severity: 'error', file: `b${i}.yaml`, line: 1, column: 1, message: 'e', hint: '' });
    }
    const fake = new FakeAnnotator();
    emitAnnotations(many, fake);
    expect(fake.calls).toHaveLength(30);
    expect(fake.calls.slice(0, 15).every((c) => c.level === 'error')).toBe(true);
    expect(fake.calls.slice(15).every((c) => c.level === 'warning')).toBe(true);
    expect(fake.infos).toHaveLength(1);
    expect(fake.infos[0]).toContain('15 errors, 15 warnings');
  });
});
