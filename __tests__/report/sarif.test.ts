import type * as Sarif from 'sarif';
import { FINGERPRINT_KEY, fileUri, formatSarif, positionFree, ruleName, toSarif } from '../../src/report/sarif.js';
import type { Finding } from '../../src/validate/types.js';
import { catalogue, findings } from '../../__fixtures__/report/data.js';

describe('toSarif', () => {
  const log = toSarif(findings, catalogue, '1.2.3');
  const run = log.runs[0]!;
  const rules = run.tool.driver.rules!;
  const results = run.results!;

  it('is a SARIF 2.1.0 log with one run and the gitops-action driver', () => {
    expect(log.version).toBe('2.1.0');
    expect(log.$schema).toMatch(/sarif-2\.1\.0.*\.json$/);
    expect(log.runs).toHaveLength(1);
    expect(run.tool.driver).toMatchObject({
      name: 'gitops-action',
      version: '1.2.3',
      semanticVersion: '1.2.3',
      informationUri: expect.stringMatching(/^https:\/\//),
    });
  });

  it('has one reporting descriptor per rule id: catalogue order, then ids only findings use', () => {
    expect(rules.map((r) => r.id)).toEqual([
      'app-chart-missing',
      'app-prune-disabled',
      'chart-version-missing',
      'app-unused-rule',
      'yaml-duplicate-key',
    ]);
    expect(new Set(rules.map((r) => r.id)).size).toBe(rules.length);
  });

  it('fills each descriptor from the catalogue: name, descriptions, help with the hint, default level', () => {
    expect(rules[0]).toEqual({
      id: 'app-chart-missing',
      name: 'AppChartMissing',
      shortDescription: { text: 'Application points at a missing chart' },
      fullDescription: { text: 'spec.source.path must name a chart directory under gitops/.' },
      help: {
        text: 'spec.source.path must name a chart directory under gitops/.\n\nHow to fix: Create the chart or fix spec.source.path.',
        markdown: 'spec.source.path must name a chart directory under gitops/.\n\n**How to fix:** Create the chart or fix spec.source.path.',
      },
      defaultConfiguration: { level: 'error' },
      properties: { tags: ['gitops'] },
    });
    expect(rules.map((r) => r.defaultConfiguration!.level)).toEqual(['error', 'warning', 'note', 'warning', 'warning']);
    // no hint: help is the description alone
    expect(rules[3]!.help).toEqual({ text: 'Present in the catalogue only.', markdown: 'Present in the catalogue only.' });
    // a rule missing from the catalogue still gets a usable descriptor, from its finding
    expect(rules[4]).toMatchObject({ id: 'yaml-duplicate-key', name: 'YamlDuplicateKey', defaultConfiguration: { level: 'warning' } });
    expect(rules[4]!.help!.text).toContain('Remove one of the keys.');
  });

  it('points every result ruleIndex at the descriptor of its ruleId', () => {
    expect(results).toHaveLength(5);
    for (const r of results) expect(rules[r.ruleIndex!]!.id).toBe(r.ruleId);
    expect(results.map((r) => r.ruleIndex)).toEqual([0, 1, 0, 4, 2]);
  });

  it('maps severities to levels and sorts results by location', () => {
    expect(results.map((r) => `${r.level} ${r.locations![0]!.physicalLocation!.artifactLocation!.uri}`)).toEqual([
      'error argo-apps/argo-apps-prod/cart-application.yaml',
      'warning argo-apps/argo-apps-prod/cart-application.yaml',
      'error argo-apps/argo-apps-prod/orders-application.yaml',
      'warning argo-apps/argo-apps-staging/cart-application.yaml',
      'note gitops/shop/prod/cart/Chart.yaml',
    ]);
  });

  it('locates results repo-relative under %SRCROOT% with 1-based regions', () => {
    const orders = results[2]!;
    expect(orders.message).toEqual({
      text: "spec.source.path 'gitops/shop/prod/orders' is not a chart directory.\nHint: Create gitops/shop/prod/orders/Chart.yaml or fix the path.",
    });
    expect(orders.locations).toEqual([
      {
        physicalLocation: {
          artifactLocation: { uri: 'argo-apps/argo-apps-prod/orders-application.yaml', uriBaseId: '%SRCROOT%' },
          region: { startLine: 12, startColumn: 7, endColumn: 30 },
        },
      },
    ]);
    // multi-line range keeps endLine and endColumn
    expect(results[3]!.locations![0]!.physicalLocation!.region).toEqual({ startLine: 3, startColumn: 3, endLine: 5, endColumn: 9 });
  });

  it('clamps positions to 1 and anchors a finding without a file (GitHub rejects location-less results)', () => {
    const f: Finding = { ruleId: 'r', severity: 'error', file: '', line: 0, column: 0, message: 'repo-wide', hint: '' };
    const [noFile, zero] = toSarif([f, { ...f, file: 'a.yaml' }], [], '1').runs[0]!.results!;
    expect(noFile!.locations).toEqual([
      { physicalLocation: { artifactLocation: { uri: 'argo-apps', uriBaseId: '%SRCROOT%' }, region: { startLine: 1 } } },
    ]);
    expect(noFile!.properties).toEqual({ repositoryLevel: true });
    expect(noFile!.message.text).toBe('repo-wide');
    expect(zero!.locations![0]!.physicalLocation!.region).toEqual({ startLine: 1, startColumn: 1 });
    expect(zero!.properties).toBeUndefined();
    const custom = toSarif([f], [], '1', { fallbackFile: 'apps/root.yaml' }).runs[0]!.results![0]!;
    expect(custom.locations![0]!.physicalLocation!.artifactLocation!.uri).toBe('apps/root.yaml');
  });

  it('gives every result a physical location with a uri', () => {
    for (const r of results) expect(r.locations![0]!.physicalLocation!.artifactLocation!.uri).toBeTruthy();
  });

  it('gives stable fingerprints that survive line moves and tell duplicates apart', () => {
    const fp = (r: Sarif.Result) => r.partialFingerprints![FINGERPRINT_KEY];
    const again = toSarif([...findings].reverse(), catalogue, '9.9.9').runs[0]!.results!;
    expect(again.map(fp)).toEqual(results.map(fp));
    for (const r of results) expect(fp(r)).toMatch(/^[0-9a-f]{64}$/);

    const f = findings[2]!;
    const moved = toSarif([{ ...f, line: 40 }], catalogue, '1').runs[0]!.results![0]!;
    expect(fp(moved)).toBe(fp(results[2]!));

    const twice = toSarif([f, { ...f, line: 30 }], catalogue, '1').runs[0]!.results!;
    expect(fp(twice[0]!)).not.toBe(fp(twice[1]!));
    const otherMessage = toSarif([{ ...f, message: 'other' }], catalogue, '1').runs[0]!.results![0]!;
    expect(fp(otherMessage)).not.toBe(fp(results[2]!));
  });

  it('keeps the fingerprint when only a line or column the message quotes moves', () => {
    const fp = (message: string, line = 3) =>
      toSarif([{ ruleId: 'app.duplicate-name', severity: 'error', file: 'a.yaml', line, column: 3, message, hint: '' }], [], '1').runs[0]!.results![0]!.partialFingerprints![FINGERPRINT_KEY];
    // Lines added above both Applications: the finding, and the place it quotes, move down.
    expect(fp("Application 'cart' is also defined in argo-apps/b-application.yaml:4.")).toBe(fp("Application 'cart' is also defined in argo-apps/b-application.yaml:9.", 8));
    expect(fp('`a` is already set at line 5 in the same mapping.')).toBe(fp('`a` is already set at line 7 in the same mapping.', 9));
    expect(fp('not valid YAML (line 2, column 4 of the value)')).toBe(fp('not valid YAML (line 3, column 1 of the value)'));
    // What is not a position still tells findings apart.
    expect(fp("Application 'cart' is also defined in argo-apps/b-application.yaml:4.")).not.toBe(fp("Application 'cart' is also defined in argo-apps/c-application.yaml:4."));
    expect(fp("image 'nginx:1.25' is not pinned")).not.toBe(fp("image 'nginx:1.26' is not pinned"));
    // A message that quotes no position hashes as before.
    expect(positionFree('path gitops/x does not exist')).toBe('path gitops/x does not exist');
  });

  it('takes options: informationUri, category, srcRoot; omits semanticVersion for non-SemVer versions', () => {
    const r = toSarif([], catalogue, 'main-abc123', {
      informationUri: 'https://example.com/x',
      category: 'gitops/',
      srcRoot: '/home/runner/work/my repo',
    }).runs[0]!;
    expect(r.tool.driver.informationUri).toBe('https://example.com/x');
    expect(r.tool.driver.version).toBe('main-abc123');
    expect(r.tool.driver).not.toHaveProperty('semanticVersion');
    expect(r.automationDetails).toEqual({ id: 'gitops/' });
    expect(r.originalUriBaseIds).toEqual({ '%SRCROOT%': { uri: 'file:///home/runner/work/my%20repo/' } });
    expect(r.results).toEqual([]);
    expect(r.tool.driver.rules).toHaveLength(4);
  });

  it('formats as JSON with a trailing newline', () => {
    const text = formatSarif(findings, catalogue, '1.2.3');
    expect(text.endsWith('}\n')).toBe(true);
    expect(JSON.parse(text)).toEqual(JSON.parse(JSON.stringify(log)));
  });
});

describe('SARIF helpers', () => {
  it('percent-encodes path segments but keeps slashes', () => {
    expect(fileUri('argo-apps/argo-apps-prod/my app#1%-application.yaml')).toBe('argo-apps/argo-apps-prod/my%20app%231%25-application.yaml');
    expect(fileUri('./a\\b.yaml')).toBe('a%5Cb.yaml'); // a backslash is part of a name on Linux
  });

  it('turns rule ids into identifier names', () => {
    expect(ruleName('app-chart-missing')).toBe('AppChartMissing');
    expect(ruleName('policy/deny.replicas')).toBe('PolicyDenyReplicas');
    expect(ruleName('---')).toBe('Rule');
  });
});
