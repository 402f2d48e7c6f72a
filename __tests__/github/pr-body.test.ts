import { makeProposal, allowDecision, denyDecision, waivedDecision } from '../../__fixtures__/github/proposal.js';
import {
  buildPullRequestBody,
  blastRadiusGraph,
  mermaidLabel,
  splitBody,
  applicationNodes,
  BODY_BEGIN,
  BODY_END,
  GITHUB_BODY_LIMIT,
  GITHUB_TITLE_LIMIT,
  pullRequestTitle,
  fitTitle,
} from '../../src/github/pr-body.js';

test('the body has every section, the rule citations and the waivers', () => {
  const body = buildPullRequestBody(makeProposal(), allowDecision());
  expect(body.startsWith(BODY_BEGIN)).toBe(true);
  expect(body.endsWith(BODY_END)).toBe(true);
  for (const h of ['### Files (4)', '### Policy', '### Blast radius', '### Rollback', '### Preserved']) expect(body).toContain(h);
  expect(body).toContain('| [CON-001](POLICIES.md#con-001-only-creates-files) | Only creates files | ✅ passed |');
  expect(body).toContain('| [SEC-004](POLICIES.md#sec-004-images-are-pinned-by-digest) | Images are pinned by digest | ⚠️ warning |');
  expect(body).toMatch(/PROD-002.*waived: migration week; approved by platform-leads; expires 2027-01-31/);
  expect(body).toContain('1. Revert the merge commit of this pull request.');
  expect(body).toContain('`argo-apps/argo-apps-prod-eu/ledger-application.yaml`');
  expect(body).toContain('Automated sync with prune: **yes**');
});

test('a waived denial, which the policy lists in warnings too, is listed once: under Waivers, with its waiver', () => {
  const body = buildPullRequestBody(makeProposal(), waivedDecision());
  expect(body.split('replicas is 2').length - 1).toBe(1);
  expect(body).toMatch(/\*\*Waivers\*\*\n\n- \[PROD-002\].*replicas is 2 — waived: migration week; approved by platform-leads; expires 2027-01-31/);
  const warnings = body.slice(body.indexOf('**Warnings**'), body.indexOf('**Waivers**'));
  expect(warnings).toContain('SEC-004');
  expect(warnings).toContain('waiver.expired');
  expect(warnings).not.toContain('PROD-002');
});

test('the counts above the lists count a waived denial once, as waived, not also as a warning', () => {
  const d = waivedDecision();
  const open = d.warnings.filter((w) => !w.waiver).length;
  expect(d.warnings.length).toBeGreaterThan(open); // the fixture lists the waived denial in warnings too
  const body = buildPullRequestBody(makeProposal(), d);
  expect(body).toContain(`${d.denials.length} denied, ${open} warnings, ${d.waived.length} waived)`);
});

test('a marker inside a file name or a waiver glob is not taken for the section edge: re-runs give the same body', () => {
  const p = makeProposal();
  p.kept = [`gitops/shop/prod-eu/payments/${BODY_END}.yaml`, `gitops/shop/prod-eu/payments/${BODY_BEGIN}.yaml`];
  const d = allowDecision();
  d.warnings[0].path = `gitops/${BODY_BEGIN}/**`;
  const first = buildPullRequestBody(p, d, 'a person’s note');
  expect(first.split(BODY_BEGIN).length - 1).toBe(1);
  expect(first.split(BODY_END).length - 1).toBe(1);
  const third = buildPullRequestBody(p, d, buildPullRequestBody(p, d, first));
  expect(third).toBe(first);
  expect(splitBody(first).after).toBe('\n\na person’s note');
});

test('a file the proposal would change or delete is named in the blast radius', () => {
  const p = makeProposal();
  p.files.push({ path: 'argo-apps/root.yaml', content: '', action: 'modify' });
  expect(buildPullRequestBody(p, denyDecision())).toContain('- Existing files changed or deleted: **1** (`argo-apps/root.yaml` modify)');
});

test('a denied decision shows the denial', () => {
  const body = buildPullRequestBody(makeProposal(), denyDecision());
  expect(body).toContain('❌ denied');
  expect(body).toContain('the proposal modifies argo-apps/root.yaml');
});

test('Mermaid graph: root → cluster → Application → chart, from the Application files', () => {
  const p = makeProposal({ clusters: ['prod-eu', 'prod-us'] });
  expect(applicationNodes(p)).toEqual([
    { cluster: 'prod-eu', name: 'payments-prod-eu', chart: 'gitops/shop/prod-eu/payments' },
    { cluster: 'prod-us', name: 'payments-prod-us', chart: 'gitops/shop/prod-us/payments' },
  ]);
  const g = blastRadiusGraph(p);
  expect(g).toContain('root --> c0');
  expect(g).toContain('root --> c1');
  expect(g).toContain('c1 --> a1');
  expect(g).toContain('a1 --> h1');
  expect(g).toContain('h1[/"chart: gitops/shop/prod-us/payments"/]');
});

test('without Application files the graph falls back to the blast radius and the chart convention', () => {
  const p = makeProposal();
  p.files = p.files.filter((f) => !f.path.startsWith('argo-apps/'));
  expect(applicationNodes(p)).toEqual([{ cluster: 'prod-eu', name: 'payments-prod-eu', chart: 'gitops/shop/prod-eu/payments' }]);
});

test('labels are escaped: quotes, brackets and HTML cannot break out', () => {
  const label = mermaidLabel('a"b]<script>`x`;end');
  expect(label).toBe('"a#34;b#93;#60;script#62;#96;x#96;#59;end"');
  expect(label.slice(1, -1).replace(/#\d+;/g, "")).not.toMatch(/["\]<>`;#]/);
});

test('a person’s text outside the markers is kept; text without markers is kept below', () => {
  const first = buildPullRequestBody(makeProposal(), allowDecision());
  const edited = `Top note\n\n${first}\n\nBottom note`;
  const again = buildPullRequestBody(makeProposal({ revision: '2.0.0' }), allowDecision(), edited);
  expect(again.startsWith('Top note\n\n' + BODY_BEGIN)).toBe(true);
  expect(again.endsWith(BODY_END + '\n\nBottom note')).toBe(true);
  expect(again).toContain('payments:2.0.0');
  expect(again).not.toContain('with image `ghcr.io/acme/payments:1.4.2`');
  const fromPlain = buildPullRequestBody(makeProposal(), allowDecision(), 'Written by hand');
  expect(fromPlain.startsWith(BODY_BEGIN)).toBe(true);
  expect(fromPlain.endsWith('Written by hand')).toBe(true);
  expect(splitBody(fromPlain).after).toBe('\n\nWritten by hand');
});

describe('a marker a person’s edit removed: never a second owned section, their text kept', () => {
  const stale = 'with image `ghcr.io/acme/payments:1.4.2`';
  const first = buildPullRequestBody(makeProposal(), allowDecision());
  const rebuild = (edited: string) => buildPullRequestBody(makeProposal({ revision: '2.0.0' }), allowDecision(), edited);
  const count = (body: string, what: string) => body.split(what).length - 1;
  const oneFreshSection = (body: string) => {
    expect(count(body, BODY_BEGIN)).toBe(1);
    expect(count(body, BODY_END)).toBe(1);
    expect(count(body, '### Files (')).toBe(1);
    expect(body).not.toContain(stale);
    expect(body).toContain('payments:2.0.0');
  };

  test('the end marker removed: the section ends after its closing note; the note below is kept', () => {
    const again = rebuild(`Top note\n\n${first.replace(BODY_END, '')}\n\nreviewer note`);
    oneFreshSection(again);
    expect(again.startsWith(`Top note\n\n${BODY_BEGIN}`)).toBe(true);
    expect(again.endsWith(`${BODY_END}\n\nreviewer note`)).toBe(true);
  });

  test('the end marker and the closing note removed: the section runs to the end of the body', () => {
    const cut = first.slice(0, first.indexOf('<sub>'));
    const again = rebuild(`Top note\n\n${cut}`);
    oneFreshSection(again);
    expect(again.startsWith(`Top note\n\n${BODY_BEGIN}`)).toBe(true);
    expect(again.endsWith(BODY_END)).toBe(true);
  });

  test('the begin marker removed: the section starts at its heading; the note above is kept', () => {
    const again = rebuild(`Top note\n\n${first.replace(BODY_BEGIN, '')}\n\nBottom note`);
    oneFreshSection(again);
    expect(again.startsWith(`Top note\n\n${BODY_BEGIN}`)).toBe(true);
    expect(again.endsWith(`${BODY_END}\n\nBottom note`)).toBe(true);
  });

  test('a body already holding two sections (one without its end marker) is healed to one; the text between stays', () => {
    const twice = `${first.replace(BODY_END, '')}\n\nreviewer note\n\n${first}`;
    const again = rebuild(twice);
    oneFreshSection(again);
    expect(again).toContain('reviewer note');
  });

  test('a hard-cut section that lost its end marker ends after its cut note', () => {
    const d = allowDecision();
    d.warnings = Array.from({ length: 10 }, (_, i) => ({ ...d.warnings[0], message: `${i} ${'x'.repeat(20_000)}` }));
    const cut = buildPullRequestBody(makeProposal(), d);
    expect(cut).toContain('was cut to stay under GitHub');
    const again = rebuild(`${cut.replace(BODY_END, '')}\n\nreviewer note`);
    oneFreshSection(again);
    expect(again.endsWith(`${BODY_END}\n\nreviewer note`)).toBe(true);
  });

  test('a whole body is rebuilt to itself', () => {
    const edited = `Top note\n\n${first}\n\nBottom note`;
    expect(buildPullRequestBody(makeProposal(), allowDecision(), edited)).toBe(edited);
  });
});

test('a proposal of 5000 files stays under GitHub’s limit, cut with a note', () => {
  const p = makeProposal({ extraFiles: 5000 });
  p.preservationNotes = Array.from({ length: 3000 }, (_, i) => `note ${i} `.repeat(5));
  const body = buildPullRequestBody(p, allowDecision());
  expect(body.length).toBeLessThanOrEqual(GITHUB_BODY_LIMIT);
  expect(body).toMatch(/and \d+ more files \(cut to keep this description under GitHub's size limit\)/);
  expect(body.endsWith(BODY_END)).toBe(true);
});

test('what a cut leaves out is said, with where to read it in full: the Files changed tab, the check run, the job summary', () => {
  const p = makeProposal({ extraFiles: 5000 });
  p.kept = Array.from({ length: 300 }, (_, i) => `gitops/shop/prod-eu/kept-${i}.yaml`);
  p.rollback = Array.from({ length: 300 }, (_, i) => `step ${i}`);
  const d = allowDecision();
  // More warnings than a cut budget lists: none may go unmentioned.
  d.warnings = Array.from({ length: 300 }, (_, i) => ({ ...d.warnings[0], message: `warning number ${i}` }));
  const runUrl = 'https://github.com/acme/platform/actions/runs/42';
  const body = buildPullRequestBody(p, d, undefined, { runUrl });
  expect(body.length).toBeLessThanOrEqual(GITHUB_BODY_LIMIT);
  expect(body).toMatch(/and \d+ more files \(cut to keep this description under GitHub's size limit\): every file is on this pull request's Files changed tab\._/);
  const shown = (body.match(/warning number \d+/g) ?? []).length;
  expect(shown).toBeLessThan(300);
  expect(body).toContain(`… and ${300 - shown} more warnings (cut to keep this description under GitHub's size limit): every denial, warning and waiver is in the check run on its commit._`);
  expect(body).toMatch(/more steps \(cut [^)]*\): \[the run's job summary\]\(https:\/\/github\.com\/acme\/platform\/actions\/runs\/42\) has them all/);
  expect(body).toMatch(/kept-\d+\.yaml`, … \d+ more \(\[the run's job summary\]\(https:\/\/github\.com\/acme\/platform\/actions\/runs\/42\) has them all\)/);
  // The hard cut says where everything is, and never that the check run lists the files.
  d.warnings = Array.from({ length: 10 }, (_, i) => ({ ...d.warnings[0], message: `${i} ${'x'.repeat(20_000)}` }));
  const cut = buildPullRequestBody(makeProposal(), d);
  expect(cut).toContain("limit: every file is on this pull request's Files changed tab, every denial, warning and waiver is in the check run on its commit, and the run's job summary has the rest._");
});

test('huge messages force the hard cut; the markers survive, and a person’s long text still fits', () => {
  const d = allowDecision();
  d.warnings = Array.from({ length: 10 }, (_, i) => ({ ...d.warnings[0], message: `${i} ${'x'.repeat(20_000)}` }));
  const personal = 'p'.repeat(30_000);
  const body = buildPullRequestBody(makeProposal(), d, `${BODY_BEGIN}old${BODY_END}\n${personal}`);
  expect(body.length).toBeLessThanOrEqual(GITHUB_BODY_LIMIT);
  expect(body).toContain('was cut to stay under GitHub');
  expect(body.endsWith(personal)).toBe(true);
  expect(splitBody(body).hadMarkers).toBe(true);
});

test('a lower limit is honoured exactly', () => {
  for (const limit of [3000, 1200, 400]) {
    const body = buildPullRequestBody(makeProposal({ extraFiles: 50 }), allowDecision(), undefined, { limit });
    expect(body.length).toBeLessThanOrEqual(limit);
    expect(body.startsWith(BODY_BEGIN)).toBe(true);
    expect(body.endsWith(BODY_END)).toBe(true);
  }
});

describe('the title stays within GitHub’s 256 characters', () => {
  const regions = ['us-east-1', 'us-east-2', 'us-west-1', 'us-west-2', 'eu-west-1', 'eu-west-2', 'eu-west-3', 'eu-central-1', 'eu-north-1', 'ap-south-1', 'ap-southeast-1', 'ap-southeast-2', 'ap-northeast-1', 'ca-central-1', 'sa-east-1'];

  test('a few clusters are listed', () => {
    expect(pullRequestTitle(makeProposal({ clusters: ['staging', 'production'] }))).toBe('gitops: deploy payments (shop) to staging, production');
  });

  test('15 clusters like k8s-eu-central-1-main: counted instead of listed', () => {
    const clusters = regions.map((r) => `k8s-${r}-main`);
    const title = pullRequestTitle(makeProposal({ service: 'payments-api', clusters }));
    expect(title).toBe('gitops: deploy payments-api (shop) to 15 clusters');
    expect(title.length).toBeLessThanOrEqual(GITHUB_TITLE_LIMIT);
  });

  test('the longest names and a thousand clusters still fit; so does the body heading', () => {
    const long = 'a'.repeat(63);
    const clusters = Array.from({ length: 1000 }, (_, i) => `${'c'.repeat(59)}${String(i).padStart(4, '0')}`);
    const proposal = makeProposal({ service: long, application: long, clusters: clusters.slice(0, 3) });
    proposal.request.clusters = clusters;
    expect(pullRequestTitle(proposal).length).toBeLessThanOrEqual(GITHUB_TITLE_LIMIT);
    expect(pullRequestTitle(proposal)).toMatch(/to 1000 clusters$/);
  });

  test('a title given by the caller is cut with an ellipsis', () => {
    expect(fitTitle('t'.repeat(300))).toBe(`${'t'.repeat(255)}…`);
    expect(fitTitle('short')).toBe('short');
  });
});

test('the blast radius names the production clusters as the policy read the production-clusters globs, and whether the pack judged them', () => {
  const p = makeProposal({ clusters: ['prod-eu', 'staging'] });
  const on = buildPullRequestBody(p, { ...allowDecision(), packs: ['constitution', 'production'], production_clusters: ['prod-eu'] });
  expect(on).toContain('- Production clusters (`production-clusters`): **`prod-eu`** (the production pack judged them)');
  const off = buildPullRequestBody(p, { ...allowDecision(), packs: ['constitution'], production_clusters: ['prod-eu'] });
  expect(off).toContain('**`prod-eu`** (the production pack is not on, so its rules did not judge them)');
  const none = buildPullRequestBody(p, { ...allowDecision(), packs: ['constitution'], production_clusters: [] });
  expect(none).toContain('- Production clusters (`production-clusters`): none of these');
  // A decision without the field (an org bundle built before it) says nothing rather than "none".
  expect(buildPullRequestBody(p, allowDecision())).not.toContain('Production clusters');
});

describe('@mentions from the platform repo notify no one when the body is written', () => {
  // A mention GitHub would link: `@` after start or a non-word character, then a login or org/team.
  const MENTION = /(^|[^A-Za-z0-9_])@[A-Za-z0-9]/m;
  const mentioning = () => {
    const d = allowDecision();
    d.waived = [{ ...d.waived[0], waiver: { reason: 'cc @alice: migration week', approved_by: '@acme/platform-leads', expires: '2027-01-31' } }];
    d.warnings = [{ ...d.warnings[0], message: 'ask @bob (bob@example.com) before pinning' }];
    return d;
  };
  test('waiver reasons, approvers and rule messages keep their text, but not as mentions', () => {
    const body = buildPullRequestBody(makeProposal(), mentioning());
    expect(body).not.toMatch(MENTION);
    expect(body.replace(/\u200d/g, '')).toMatch(/waived: cc @alice: migration week; approved by @acme\/platform-leads; expires 2027-01-31/);
    expect(body.replace(/\u200d/g, '')).toContain('ask @bob (bob@example.com) before pinning');
    expect(body).toContain('bob@example.com'); // an e-mail address is no mention: left as it is
  });
  test('a re-run over the escaped body gives the same body (nothing is escaped twice)', () => {
    const first = buildPullRequestBody(makeProposal(), mentioning());
    expect(buildPullRequestBody(makeProposal(), mentioning(), first)).toBe(first);
  });
});
