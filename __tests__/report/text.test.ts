import { formatText, summaryLine } from '../../src/report/text.js';
import { findings, summary } from '../../__fixtures__/report/data.js';

describe('formatText', () => {
  it('prints one line per finding in location order, hints indented, then the summary line', () => {
    const lines = formatText(findings, summary).split('\n');
    expect(lines.slice(0, 4)).toEqual([
      "argo-apps/argo-apps-prod/cart-application.yaml:12:7 error [app-chart-missing] spec.source.path 'gitops/shop/prod/kart' is not a chart directory.",
      '  hint: Did you mean gitops/shop/prod/cart?',
      'argo-apps/argo-apps-prod/cart-application.yaml:20:5 warning [app-prune-disabled] Automated sync without prune.',
      '  hint: Set spec.syncPolicy.automated.prune: true.',
    ]);
    expect(lines.at(-2)).toBe('4 applications, 3 charts: 2 errors, 2 warnings, 1 notice');
    expect(lines.at(-1)).toBe('');
    expect(lines.filter((l) => / (error|warning|notice) \[/.test(l))).toHaveLength(5);
  });

  it('prints only the summary line without findings, singular where it applies', () => {
    expect(formatText([], { applications: 1, charts: 1, errors: 0, warnings: 0, notices: 0 })).toBe(
      '1 application, 1 chart: 0 errors, 0 warnings, 0 notices\n',
    );
  });

  it('indents continuation lines of multi-line messages and omits an empty hint', () => {
    const out = formatText(
      [{ ruleId: 'r', severity: 'error', file: 'a.yaml', line: 2, column: 0, message: 'first\nsecond', hint: '' }],
      summary,
    );
    expect(out.split('\n').slice(0, 3)).toEqual(['a.yaml:2 error [r] first', '  second', '']);
  });

  it('shows control characters in file names and messages as \\xHH: a newline in a name does not split a finding, an ANSI escape does not reach the terminal', () => {
    const out = formatText(
      [{ ruleId: 'r', severity: 'error', file: 'argo-apps/a\nb\u001b[31m.yaml', line: 1, column: 1, message: 'argo-apps/a\nb\u001b[31m.yaml: bad', hint: '' }],
      summary,
    );
    expect(out.split('\n')[0]).toBe('argo-apps/a\\x0ab\\x1b[31m.yaml:1:1 error [r] argo-apps/a');
    expect(out).not.toContain('\u001b');
  });

  it('prints nothing a GitHub Actions runner reads as a workflow command (the CLI runs in workflows too)', () => {
    // The runner reads `::cmd::` at the start of a line once leading blanks are trimmed, and `##[cmd]` anywhere.
    const out = formatText(
      [
        { ruleId: 'r', severity: 'error', file: 'argo-apps/argo-apps-x/##[error]a-application.yaml', line: 1, column: 1, message: "service 'a\n::add-mask::x\n \t::stop-commands::t' ok", hint: '::warning::h' },
        { ruleId: 'r', severity: 'error', file: '::error file=x::y.yaml', line: 2, column: 1, message: 'm', hint: '' },
      ],
      summary,
    );
    for (const line of out.split('\n')) {
      expect(line.trimStart().startsWith('::')).toBe(false);
      expect(line).not.toContain('##[');
    }
    // What was escaped still reads as it was, in the \xHH notation of the other unsafe characters.
    expect(out).toContain('argo-apps/argo-apps-x/##\\x5berror]a-application.yaml:1:1');
    expect(out).toContain(':\\x3aadd-mask::x');
    expect(out).toContain('hint: :\\x3awarning::h');
    expect(out).toContain(':\\x3aerror file=x::y.yaml:2:1 error [r] m');
  });

  it('escapes control characters in the hint too (hints quote paths)', () => {
    const out = formatText([{ ruleId: 'r', severity: 'error', file: 'a.yaml', line: 1, column: 1, message: 'm', hint: 'Point `path` at `gitops/x\u001b]0;pwned\u0007\u001b[2J`.' }], summary);
    expect(out).not.toContain('\u001b');
    expect(out).not.toContain('\u0007');
    expect(out).toContain('hint: Point `path` at `gitops/x\\x1b]0;pwned\\x07\\x1b[2J`.');
  });

  it('colours severities only when asked', () => {
    expect(formatText(findings, summary)).not.toContain('\u001b[');
    expect(formatText(findings, summary, { color: true })).toContain('\u001b[31merror\u001b[0m');
  });

  it('summaryLine pluralises each count', () => {
    expect(summaryLine({ applications: 312, charts: 0, errors: 1, warnings: 1, notices: 2 })).toBe(
      '312 applications, 0 charts: 1 error, 1 warning, 2 notices',
    );
  });
});
