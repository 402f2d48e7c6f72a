import { escapeCell } from '../../src/report/escape.js';
import { SUMMARY_MAX_BYTES, buildSummary, findingsTable, outcomeHeading, writeSummary } from '../../src/report/summary.js';
import type { Finding } from '../../src/validate/types.js';
import { HOSTILE, findings, hostileModel, largeModel, smallModel, summary } from '../../__fixtures__/report/data.js';
import { FakeSummary } from '../../__fixtures__/report/fake-core.js';

/** Cells of a GFM table row: split on pipes not escaped by a backslash. */
function cells(row: string): string[] {
  const parts = row.split(/(?<!\\)\|/);
  expect(parts[0]).toBe('');
  expect(parts.at(-1)).toBe('');
  return parts.slice(1, -1).map((c) => c.trim());
}

/** What a reader sees in a cell: markdown escapes and entities undone, <br> as newline. */
function unescape(cell: string): string {
  return cell
    .replace(/<\/?code>/g, '')
    .replace(/<br>/g, '\n')
    .replace(/\\([\\`*_[\]~$!|])/g, '$1')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&');
}

function tableRows(md: string): string[] {
  return md.split('\n').filter((l) => l.startsWith('| '));
}

const hostileFindings: Finding[] = HOSTILE.map((name, i) => ({
  ruleId: `rule|${i}`,
  severity: i % 3 === 0 ? 'error' : i % 3 === 1 ? 'warning' : 'notice',
  file: `argo-apps/argo-apps-prod/${name}-application.yaml`,
  line: i + 1,
  column: 1,
  message: `Service ${name} is broken & <b>bad</b>`,
  hint: `Rename ${name}\\|`,
}));

describe('outcomeHeading', () => {
  it('says failed, passed with warnings, or passed', () => {
    expect(outcomeHeading(summary)).toBe('## ❌ GitOps validation failed: 2 errors, 2 warnings');
    expect(outcomeHeading({ ...summary, errors: 1, warnings: 0 })).toBe('## ❌ GitOps validation failed: 1 error');
    expect(outcomeHeading({ ...summary, errors: 0, warnings: 1 })).toBe('## ⚠️ GitOps validation passed with 1 warning');
    expect(outcomeHeading({ ...summary, errors: 0, warnings: 0 }, 'Platform repo')).toBe('## ✅ Platform repo passed');
  });

  it('follows fail-on, as the step does: never "passed" above a failed step, nor "failed" above a passing one', () => {
    // fail-on: warning fails the step on a warning.
    expect(outcomeHeading({ ...summary, errors: 0, warnings: 1 }, undefined, 'warning')).toBe('## ❌ GitOps validation failed: 1 warning (fail-on is warning)');
    expect(outcomeHeading({ ...summary, errors: 0, warnings: 0 }, undefined, 'warning')).toBe('## ✅ GitOps validation passed');
    expect(outcomeHeading({ ...summary, errors: 1, warnings: 2 }, undefined, 'warning')).toBe('## ❌ GitOps validation failed: 1 error, 2 warnings');
    // fail-on: never passes the step with errors: they are reported as advisory.
    expect(outcomeHeading({ ...summary, errors: 2, warnings: 1 }, undefined, 'never')).toBe('## ⚠️ GitOps validation found 2 errors, 1 warning (advisory: fail-on is never)');
    expect(outcomeHeading({ ...summary, errors: 0, warnings: 1 }, undefined, 'never')).toBe('## ⚠️ GitOps validation passed with 1 warning');
    expect(buildSummary({ findings, summary: { ...summary, errors: 0, warnings: 2 } }, { failOn: 'warning' }).split('\n')[0]).toBe('## ❌ GitOps validation failed: 2 warnings (fail-on is warning)');
  });
});

describe('buildSummary', () => {
  const md = buildSummary({ findings, summary, model: smallModel() });

  it('has the heading, the counts table, the skipped kinds, the findings table and the graph, in order', () => {
    expect(md.startsWith('## ❌ GitOps validation failed: 2 errors, 2 warnings\n')).toBe(true);
    expect(md).toContain('| Applications | Charts | Errors | Warnings | Notices |\n| ---: | ---: | ---: | ---: | ---: |\n| 4 | 3 | 2 | 2 | 1 |');
    expect(md).toContain('Skipped (not Applications): 1 AppProject, 1 ApplicationSet.');
    const at = (s: string) => md.indexOf(s);
    expect(at('| Applications')).toBeLessThan(at('### Findings'));
    expect(at('### Findings')).toBeLessThan(at('```mermaid\nflowchart LR\n'));
    expect(md.trimEnd().endsWith('```')).toBe(true);
  });

  it('lists findings errors first with icon, rule, file:line, message and hint', () => {
    const rows = tableRows(md.slice(md.indexOf('### Findings')));
    expect(rows[0]).toBe('| | Rule | Location | Message | Hint |');
    expect(cells(rows[2]!)).toEqual([
      '❌',
      '<code>app-chart-missing</code>',
      '<code>argo-apps/argo-apps-prod/cart-application.yaml:12</code>',
      "spec.source.path 'gitops/shop/prod/kart' is not a chart directory.",
      'Did you mean gitops/shop/prod/cart?',
    ]);
    expect(rows.slice(2).map((r) => cells(r)[0])).toEqual(['❌', '❌', '⚠️', '⚠️', 'ℹ️']);
  });

  it('says "No findings." and omits the graph without a model', () => {
    const clean = buildSummary({ findings: [], summary: { ...summary, errors: 0, warnings: 0, notices: 0 } });
    expect(clean).toContain('## ✅ GitOps validation passed');
    expect(clean).toContain('No findings.');
    expect(clean).not.toContain('mermaid');
  });

  it('cuts the graph down for a large repo', () => {
    const big = buildSummary({ findings: [], summary, model: largeModel(4, 80) });
    const graph = big.slice(big.indexOf('```mermaid'));
    expect(graph).toContain('80 apps');
    expect(graph.split('\n').filter((l) => /^ {2}\w+\[/.test(l)).length).toBeLessThanOrEqual(40);
  });
});

describe('job summary size', () => {
  it('stays under the 1 MiB GitHub accepts for a step, however long the escaped names and messages', () => {
    // Every character escapes to five or six: `&` → `&amp;`, `"` → `&quot;`.
    const long = Array.from({ length: 300 }, (_, i) => ({
      ruleId: 'app.schema',
      severity: 'error' as const,
      file: `argo-apps/argo-apps-x/${'&'.repeat(240)}/`.repeat(16) + `a${i}-application.yaml`,
      line: 1,
      column: 1,
      message: '"'.repeat(400),
      hint: '"'.repeat(400),
    }));
    const md = buildSummary({ findings: long, summary }, { reportFiles: ['report.json'] });
    expect(Buffer.byteLength(md)).toBeLessThanOrEqual(SUMMARY_MAX_BYTES);
    expect(SUMMARY_MAX_BYTES).toBeLessThan(1024 * 1024);
    const shown = tableRows(md.slice(md.indexOf('### Findings\n'))).length - 2;
    expect(shown).toBeGreaterThan(0);
    expect(md).toContain(`_${300 - shown} more in <code>report.json</code>._`);
  });
});

describe('findings table escaping', () => {
  const md = buildSummary({ findings: hostileFindings, summary, model: hostileModel() });
  const rows = tableRows(md.slice(md.indexOf('### Findings'), md.indexOf('### Applications')));

  it('keeps one line and exactly five cells per finding, whatever the names', () => {
    expect(rows).toHaveLength(2 + HOSTILE.length);
    for (const row of rows) expect(cells(row)).toHaveLength(5);
  });

  it('lets no HTML, link, image, code span or math through', () => {
    const body = rows.join('\n');
    expect(body).not.toMatch(/<(?!\/?code>|br>)/);
    expect(body).not.toMatch(/(?<!\\)[`[\]$*]/);
    expect(body).not.toContain('<b>');
  });

  it('shows each hostile value intact once unescaped', () => {
    const shown = rows.slice(2).map((r) => cells(r).map(unescape));
    for (const f of hostileFindings) {
      const row = shown.find((c) => c[1] === f.ruleId);
      expect(row).toBeDefined();
      expect(row![2]).toBe(`${f.file}:${f.line}`);
      expect(row![3]).toBe(f.message);
      expect(row![4]).toBe(f.hint);
    }
  });

  it('escapeCell handles each dangerous character', () => {
    expect(escapeCell('a|b')).toBe('a\\|b');
    expect(escapeCell('a\nb\r\nc')).toBe('a<br>b<br>c');
    expect(escapeCell('<img src=x onerror=alert(1)>')).toBe('&lt;img src=x onerror=alert(1)&gt;');
    expect(escapeCell('`x` [l](u) ![i](u) *b* _i_ ~s~ $m$ \\')).toBe(
      '\\`x\\` \\[l\\](u) \\!\\[i\\](u) \\*b\\* \\_i\\_ \\~s\\~ \\$m\\$ \\\\',
    );
    expect(escapeCell('&lt;')).toBe('&amp;lt;');
    expect(escapeCell('a\u0000b\u202ec')).toBe('abc');
    expect(escapeCell('abcdef', 4)).toBe('abc…');
  });
});

describe('findings table cap', () => {
  const many: Finding[] = Array.from({ length: 250 }, (_, i) => ({
    ruleId: 'r',
    severity: i < 5 ? 'notice' : 'error',
    file: `f${String(i).padStart(3, '0')}.yaml`,
    line: 1,
    column: 1,
    message: 'm',
    hint: '',
  }));

  it('stops at 200 rows, errors first, and says how many more', () => {
    const table = findingsTable(many);
    const rows = tableRows(table);
    expect(rows).toHaveLength(202);
    expect(rows.slice(2).every((r) => r.startsWith('| ❌ '))).toBe(true);
    expect(table.trimEnd().endsWith('_50 more in the JSON/SARIF report._')).toBe(true);
  });

  it('takes the cap and the report file names as options', () => {
    const table = findingsTable(many, { maxRows: 10, reportFiles: ['out/gitops.json', 'out/gitops.sarif'] });
    expect(tableRows(table)).toHaveLength(12);
    expect(table).toContain('_240 more in <code>out/gitops.json</code> / <code>out/gitops.sarif</code>._');
  });

  it('a cut table comes with the findings per rule, so the rules past the cut are seen too', () => {
    // Errors sort first, in file order: the 200 rows hold only the first files' errors.
    const big: Finding[] = Array.from({ length: 3000 }, (_, i) => ({
      ruleId: i % 3 === 0 ? 'chart.orphan' : i % 3 === 1 ? 'source.path-missing' : 'source.repo-url',
      severity: i % 3 === 0 ? 'warning' : 'error',
      file: `argo-apps/f${String(i).padStart(4, '0')}.yaml`,
      line: 1,
      column: 1,
      message: 'm',
      hint: '',
    }));
    big.push({ ...big[1]!, ruleId: 'app.schema', file: 'argo-apps/zzz.yaml' });
    const md = buildSummary({ findings: big, summary: { applications: 1000, charts: 1000, errors: 2001, warnings: 1000, notices: 0 } });
    const findingsTableRows = tableRows(md.slice(md.indexOf('### Findings\n')));
    expect(findingsTableRows.slice(2).some((r) => r.includes('chart.orphan') || r.includes('app.schema'))).toBe(false);
    const byRule = md.slice(md.indexOf('### Findings by rule'), md.indexOf('### Findings\n'));
    expect(tableRows(byRule).slice(2).map((r) => cells(r).map(unescape))).toEqual([
      ['❌', 'source.path-missing', '1000'],
      ['❌', 'source.repo-url', '1000'],
      ['❌', 'app.schema', '1'],
      ['⚠️', 'chart.orphan', '1000'],
    ]);
    // Not when every finding is in the table.
    expect(buildSummary({ findings: big.slice(0, 200), summary: { applications: 1, charts: 1, errors: 133, warnings: 67, notices: 0 } })).not.toContain('Findings by rule');
  });

  it('truncates long messages', () => {
    const table = findingsTable([{ ...many[0]!, message: 'x'.repeat(1000) }], { maxCellLength: 50 });
    expect(table).toContain(`| ${'x'.repeat(49)}… |`);
  });
});

describe('writeSummary', () => {
  it('adds the markdown and writes once', async () => {
    const fake = new FakeSummary();
    await writeSummary('# hi', fake);
    expect(fake.written).toEqual(['# hi\n']);
  });
});
