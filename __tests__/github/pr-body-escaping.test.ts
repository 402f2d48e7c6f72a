/**
 * Text from the platform repo in the pull request body (existing file names, which can be
 * anything, preservation notes that quote them, policy messages and paths): it shows as written,
 * and cannot add lines, rows, cells, HTML, math or strikethrough to the body, nor break the
 * Mermaid graph.
 */
import { makeProposal, denyDecision } from '../../__fixtures__/github/proposal.js';
import { buildPullRequestBody, mermaidLabel } from '../../src/github/pr-body.js';

/** The body's lines as GitHub's markdown reads them: `\r\n`, `\n` and a lone `\r` each end one. */
const lines = (body: string) => body.split(/\r\n|\r|\n/);

test('a lone carriage return in a name, a note or a denial adds no line: nothing injected starts a list item or heading', () => {
  const p = makeProposal();
  p.kept = ['gitops/shop/prod-eu/a\r# kept heading/values.yaml'];
  p.preservationNotes = ['gitops/shop/prod-eu/b\r- note item/values.yaml exists and is kept as it is.'];
  p.files.push({ path: 'gitops/shop/prod-eu/payments/c\r## file heading.yaml', action: 'create', content: '' });
  const d = denyDecision();
  d.denials[0].message = 'bad\r- injected denial item';
  d.denials[0].path = 'gitops/x\r### path heading';
  const body = buildPullRequestBody(p, d);
  const injected = lines(body).filter((l) => /kept heading|note item|file heading|injected denial|path heading/.test(l));
  expect(injected).toHaveLength(4); // the denial and its path share a line
  for (const l of injected) expect(l).not.toMatch(/^\s*(#|- (note item|injected)|\|? ?`?## file)/);
  expect(body).not.toContain('\r');
});

test('a pipe in a proposed file’s path stays in its cell: the Files row keeps its two cells', () => {
  const p = makeProposal();
  p.files.push({ path: 'gitops/shop/prod-eu/payments/templates/a|b.yaml', action: 'create', content: '' });
  const row = lines(buildPullRequestBody(p, denyDecision())).find((l) => l.includes('a') && l.includes('b.yaml') && l.startsWith('| '))!;
  // Cell edges are the pipes GitHub does not read as escaped.
  expect(row.match(/(?<!\\)\|/g)).toHaveLength(3);
  expect(row).toBe('| `gitops/shop/prod-eu/payments/templates/a\\|b.yaml` | create |');
});

test('entities, HTML, math and strikethrough in a note or a message show as written', () => {
  const p = makeProposal();
  p.preservationNotes = ['gitops/&lt;b&gt;/$x$/~~old~~/<img src=x onerror=alert(1)>.yaml is kept as it is.'];
  const d = denyDecision();
  d.denials[0].message = 'image <script>x</script> is $1$ ~~not~~ pinned';
  const body = buildPullRequestBody(p, d);
  const note = lines(body).find((l) => l.includes('is kept as it is.') && l.includes('img'))!;
  expect(note).toContain('&amp;lt;b&amp;gt;'); // shows `&lt;b&gt;`, not `<b>`
  expect(note).toContain('\\$x\\$');
  expect(note).toContain('\\~\\~old\\~\\~');
  expect(note).not.toMatch(/<img|\$x\$/);
  const denial = lines(body).find((l) => l.includes('pinned'))!;
  expect(denial).not.toMatch(/<script|(?<!\\)\$1(?<!\\)\$|(?<!\\)~~/);
});

test('a Mermaid label drops bidi overrides and control characters and is cut by code point', () => {
  expect(mermaidLabel('cluster: eu\u202eevil\u0007')).toBe('"cluster: euevil"');
  const cut = mermaidLabel(`chart: ${'x'.repeat(51)}😀😀😀`);
  // A cut between the two halves of a surrogate pair would leave a lone one (#55296; to #57343;).
  expect(cut).not.toMatch(/#5[5-7]\d{3};/);
  expect(cut).toBe(`"chart: ${'x'.repeat(51)}#128512;…"`);
});

test('issue references in a note or a message link nothing and add nothing to that issue’s timeline, but read the same', () => {
  const p = makeProposal();
  p.preservationNotes = ['gitops/shop/prod-eu/fix-#42/values.yaml is kept as it is.'];
  const d = denyDecision();
  d.denials[0].message = 'see #7, acme/platform#9 and GH-12 (not in 2#x or a#b)';
  const body = buildPullRequestBody(p, d);
  const shown = (l: string) => l.replace(/\u200d/g, '').replace(/\\(.)/g, '$1');
  const note = lines(body).find((l) => l.includes('fix-'))!;
  const denial = lines(body).find((l) => l.includes('see '))!;
  // What GitHub reads as a reference: `#` or `GH-` straight before a digit.
  for (const l of [note, denial]) expect(l).not.toMatch(/(#|GH-)\d/);
  expect(shown(note)).toContain('fix-#42/values.yaml');
  expect(shown(denial)).toContain('see #7, acme/platform#9 and GH-12 (not in 2#x or a#b)');
});

test('a bidi override or control character in an existing file’s name is dropped from its code span', () => {
  const p = makeProposal();
  p.kept = ['gitops/shop/prod-eu/payments/values\u202elmay.yaml', 'gitops/shop/prod-eu/payments/\u0007bell.yaml'];
  const line = lines(buildPullRequestBody(p, denyDecision())).find((l) => l.startsWith('- Kept unchanged:'))!;
  expect(line).toBe('- Kept unchanged: `gitops/shop/prod-eu/payments/valueslmay.yaml`, `gitops/shop/prod-eu/payments/bell.yaml`');
});

test('the note of a cut table or list stands apart from it, not as one more row or part of the last item', () => {
  const p = makeProposal({ extraFiles: 5000 });
  p.rollback = Array.from({ length: 300 }, (_, i) => `step ${i}`);
  p.preservationNotes = Array.from({ length: 300 }, (_, i) => `note ${i}`);
  const d = denyDecision();
  d.evaluated = Array.from({ length: 500 }, (_, i) => ({ rule_id: `ORG-${i}`, title: `rule ${i} `.repeat(10), citation: 'POLICIES.md#x', pack: 'org' }));
  d.denials = Array.from({ length: 300 }, (_, i) => ({ ...d.denials[0], message: `denial ${i}` }));
  const all = lines(buildPullRequestBody(p, d));
  for (const [what, last] of [['files', /^\| .* \|$/], ['rules', /^\| .* \|$/], ['denials', /^- .*denial \d+$/], ['steps', /^\d+\. step \d+$/], ['notes', /^- note \d+$/]] as const) {
    const at = all.findIndex((l) => new RegExp(`^_… and \\d+ more ${what} `).test(l));
    expect(at).toBeGreaterThan(0);
    // GFM ends a table or a list item at a blank line; a text line right after it is a row of the table, or part of the item.
    expect(all[at - 1]).toBe('');
    expect(all[at - 2]).toMatch(last);
  }
});
