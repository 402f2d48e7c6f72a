import { formatResultMarkdown, formatResultText, outcomeOf, resultDocument, type GenerateResult } from '../../src/generate/run.js';
import type { Proposal } from '../../src/generate/types.js';

const proposal = (over: Partial<Proposal> = {}): Proposal => ({
  request: { service: 'payments', application: 'shop', clusters: ['prod'], image: 'acme/p:1', port: 8080, replicas: 2, namespace: 'shop', targetRevision: 'main', ciWorkflow: 'generate', repoUrl: 'https://x.example/a.git', appsDir: 'argo-apps', chartsDir: 'gitops' },
  files: [{ path: 'argo-apps/argo-apps-prod/payments-application.yaml', content: 'x', action: 'create' }],
  preservationNotes: ['Kept `evil|name` <script>'],
  kept: ['gitops/x/Chart.yaml'],
  blastRadius: { clusters: ['prod'], namespaces: ['shop'], applications: ['payments-prod'], resourceKinds: ['Deployment'], prune: true },
  rollback: ['Revert the pull request.'],
  ...over,
});
const allow = { allow: true, denials: [], warnings: [], waived: [], evaluated: [] };
const deny = { ...allow, allow: false, denials: [{ rule_id: 'SEC-001', title: 't', message: 'root | user', path: 'a.yaml', citation: 'https://example.com/#sec-001' }] };

test('markdown summary: a lone carriage return ends no row or line, a pipe in a path splits no Files row', () => {
  const files = [{ path: 'gitops/x/a|b\r- c.yaml', content: 'x', action: 'create' as const }];
  const bad = { ...deny, denials: [{ ...deny.denials[0], message: 'root\r| injected | row |', path: 'a\r- b.yaml' }] };
  const m = formatResultMarkdown({ proposal: proposal({ files, preservationNotes: ['kept\r# heading'] }), decision: bad, outcome: 'denied' });
  const lines = m.split(/\r\n|\r|\n/);
  expect(lines.filter((l) => /^(\| injected|- (b|c)\.yaml|# heading)/.test(l))).toEqual([]);
  expect(lines).toContain('| create | `gitops/x/a\\|b - c.yaml` |');
  expect(lines.find((l) => l.startsWith('| deny '))).toBe('| deny | [SEC-001](https://example.com/#sec-001) | a - b.yaml | root \\| injected \\| row \\| |');
});

test('outcomes', () => {
  expect(outcomeOf(proposal(), allow)).toBe('allowed');
  expect(outcomeOf(proposal(), deny)).toBe('denied');
  expect(outcomeOf(proposal(), null)).toBe('denied'); // never allowed without a decision
  expect(outcomeOf(proposal({ files: [] }), null)).toBe('unchanged');
  expect(outcomeOf(proposal({ files: [], question: 'what now?' }), null)).toBe('halted');
});

test('markdown summary escapes names from the repo and shows the question, files and decision', () => {
  const r: GenerateResult = { proposal: proposal(), decision: deny, outcome: 'denied' };
  const m = formatResultMarkdown(r);
  expect(m).toContain('## ⛔ gitops-action generate: denied');
  expect(m).toContain('\\`evil\\|name\\` \\<script\\>');
  expect(m).not.toContain('<script>');
  expect(m).toContain('| deny | [SEC-001](https://example.com/#sec-001) | a.yaml | root \\| user |');
  // No pull request is made for a denied proposal: no rollback steps for one.
  expect(m).not.toContain('### Rollback');
  expect(formatResultMarkdown({ proposal: proposal(), decision: allow, outcome: 'allowed' })).toContain('### Rollback');
  const h = formatResultMarkdown({ proposal: proposal({ files: [], question: 'Found X.\nWhat now?' }), decision: null, outcome: 'halted' });
  expect(h).toContain('### Question');
  expect(h).toContain('> What now?');
  expect(h).not.toContain('### Files');
});

test('text and JSON renderings agree on the outcome', () => {
  const r: GenerateResult = { proposal: proposal(), decision: allow, outcome: 'allowed' };
  expect(formatResultText(r)).toContain('ALLOWED');
  expect(resultDocument(r)).toMatchObject({ version: 1, outcome: 'allowed', files: [{ path: 'argo-apps/argo-apps-prod/payments-application.yaml', action: 'create' }], question: null });
});
