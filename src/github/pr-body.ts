/**
 * The pull request body: a summary, the files, the rule citations, the blast radius
 * (with a Mermaid graph root → cluster → Application → chart), the rollback steps and
 * the preservation notes, between two hidden markers. On update, only what lies
 * between the markers is replaced: whatever a person wrote above or below is kept
 * (and a marker a person's edit removed does not make a second section).
 * The whole body stays under GitHub's limit, cut gracefully with a note.
 */
import { parseAllDocuments } from 'yaml';
import type { Proposal } from '../generate/types.js';
import type { Decision, PolicyItem } from '../policy/types.js';
import { openWarnings } from '../policy/findings.js';
import { tooDeep } from '../repo/nesting.js';
import { dropControl, escapeMarkdown, escapeMermaid } from '../report/escape.js';

export const BODY_BEGIN = '<!-- gitops-action:begin -->';
export const BODY_END = '<!-- gitops-action:end -->';
/** The owned section's last line before BODY_END: where the section ends when a person's edit lost the marker. */
const CLOSING_NOTE =
  '<sub>The part of this description between the hidden gitops-action markers is rewritten on every run; write your notes above or below it and they are kept.</sub>';
/** How the note of a hard-cut owned section begins (it, too, is the section's last line). */
const CUT_NOTE_START = "_This description was cut to stay under GitHub's";
/** How the owned section's heading begins (the line after BODY_BEGIN). */
const HEADING_START = '## gitops: deploy ';
/** GitHub refuses a pull request body longer than this (characters). */
export const GITHUB_BODY_LIMIT = 65_536;

export interface PrBodyOptions {
  /** Where the check run or job can be seen (optional link in the summary). */
  runUrl?: string;
  /** The body limit (tests lower it); default GITHUB_BODY_LIMIT. */
  limit?: number;
}

/** GitHub refuses a pull request title longer than this (characters) with a 422. */
export const GITHUB_TITLE_LIMIT = 256;

/**
 * `gitops: deploy <service> (<application>) to <clusters>`. With many clusters the list would
 * pass GitHub's title limit (refused only after the branch is pushed): it becomes a count,
 * and the body lists them all. Service and application are DNS labels (at most 63
 * characters each), so the counted form always fits.
 */
export function pullRequestTitle(proposal: Proposal): string {
  const r = proposal.request;
  const start = `gitops: deploy ${r.service} (${r.application}) to `;
  const listed = `${start}${r.clusters.join(', ')}`;
  return fitTitle(listed.length <= GITHUB_TITLE_LIMIT ? listed : `${start}${r.clusters.length} clusters`);
}

/** A title cut to GitHub's limit with an ellipsis (for a title given by the caller). */
export function fitTitle(title: string): string {
  const chars = [...title];
  return chars.length <= GITHUB_TITLE_LIMIT ? title : `${chars.slice(0, GITHUB_TITLE_LIMIT - 1).join('')}…`;
}

/** Text from the repo for a table cell or an inline position, escaped as the check run's summary escapes it. */
const md = (text: string): string => escapeMarkdown(text);

/**
 * A marker inside the text (a person's file named so, a waiver's glob) would be taken for the
 * section's edge on the next run, which would then keep the rest of the old section as a person's
 * text: a zero-width space breaks it without changing what is shown.
 */
function unmark(text: string): string {
  return text.replace(/<!--(?=\s*gitops-action:(?:begin|end)\s*-->)/g, '<!\u200b--');
}

/**
 * Text in a code span, whatever backticks it holds. On one line: a lone `\r` ends a line for
 * GitHub's markdown as `\n` does, and the rest of an existing file's name would start a block
 * of its own (`- ...` a list item, `# ...` a heading). Control characters and bidi overrides are
 * dropped, as in the rest of the body (dropControl).
 */
function code(text: string): string {
  const t = unmark(dropControl(text).replace(/\r\n|\r|\n/g, ' '));
  const longest = Math.max(0, ...(t.match(/`+/g) ?? []).map((m) => m.length));
  const fence = '`'.repeat(longest + 1);
  return longest ? `${fence} ${t} ${fence}` : `${fence}${t}${fence}`;
}

/**
 * A code span in a table cell: GitHub splits the row at a pipe even inside the span, unless the
 * pipe is escaped, and takes that backslash out again (the span shows the pipe).
 */
function codeCell(text: string): string {
  return code(text).replace(/\|/g, '\\|');
}

/** What a quoted label of this graph shows as it is: `:` `@` `(` `)` and the cut's ellipsis cannot end the quotes. */
const LABEL_SAFE = /[A-Za-z0-9 ._\-/:@+,()…]/;

/**
 * A Mermaid node label: quoted, escaped as the job summary's graph escapes its labels
 * (escapeMermaid: control characters and bidi overrides dropped, cut by code point, the
 * characters Mermaid or HTML would read turned into entity codes).
 */
export function mermaidLabel(text: string, max = 60): string {
  return `"${escapeMermaid(text, max, LABEL_SAFE)}"`;
}

/** A Markdown link, or the escaped text alone when the URL is not one that stays a link (an org pack's citation is free text). */
export function link(text: string, url: string): string {
  return /^https?:\/\/|^[\w./-]+(#[\w-]*)?$/.test(url) && !/[()\s]/.test(url) ? `[${md(text)}](${url})` : md(text);
}

interface AppNode {
  cluster: string;
  name: string;
  chart: string;
  /** Set when the Application, or the chart, exists already and is kept (only the other part is proposed). */
  existing?: 'application' | 'chart';
}

/**
 * The Applications the proposal adds or gives a chart, each with its cluster and chart path. From
 * what generation wired per cluster (`targets`) where it says so: a chart proposed under a kept
 * Application is part of the blast radius too, and that Application's name is its own.
 */
export function applicationNodes(proposal: Proposal): AppNode[] {
  const r = proposal.request;
  const touched = new Set(proposal.blastRadius.clusters);
  const targets = proposal.targets?.filter((t) => touched.has(t.cluster));
  if (targets?.length && targets.every((t) => t.appName !== undefined)) {
    const created = new Set(proposal.files.filter((f) => f.action === 'create').map((f) => f.path));
    return targets.map((t) => {
      const appKept = !created.has(t.appFile);
      const chartKept = ![...created].some((f) => f.startsWith(`${t.chartDir}/`));
      return { cluster: t.cluster, name: t.appName!, chart: t.chartDir, ...(appKept ? { existing: 'application' as const } : chartKept ? { existing: 'chart' as const } : {}) };
    });
  }
  const nodes: AppNode[] = [];
  for (const f of proposal.files) {
    if (f.action === 'delete' || !/\.ya?ml$/.test(f.path) || !f.path.startsWith(`${r.appsDir}/`)) continue;
    let docs;
    if (tooDeep(f.content)) continue; // our own files never are; never handed to the parser (nesting.ts)
    try {
      docs = parseAllDocuments(f.content);
    } catch {
      continue;
    }
    for (const d of docs) {
      const obj = d.toJS() as Record<string, any> | null;
      if (!obj || obj.kind !== 'Application' || typeof obj.metadata?.name !== 'string') continue;
      const folder = /(?:^|\/)argo-apps-([^/]+)\//.exec(f.path.slice(r.appsDir.length));
      const cluster = folder?.[1] ?? r.clusters.find((c) => f.path.split('/').includes(c)) ?? r.clusters[0] ?? '';
      const chart =
        typeof obj.spec?.source?.path === 'string'
          ? obj.spec.source.path
          : `${r.chartsDir}/${r.application}/${cluster}/${r.service}`;
      nodes.push({ cluster, name: obj.metadata.name, chart });
    }
  }
  if (nodes.length === 0) {
    // No Application file among the proposal's files: draw what the blast radius names.
    r.clusters.forEach((cluster, i) => {
      nodes.push({
        cluster,
        name: proposal.blastRadius.applications[i] ?? `${r.service}-${cluster}`,
        chart: `${r.chartsDir}/${r.application}/${cluster}/${r.service}`,
      });
    });
  }
  return nodes;
}

/** Mermaid flowchart: root → cluster → Application → chart. Node ids are generated, never taken from names. */
export function blastRadiusGraph(proposal: Proposal, maxApps = 40): string {
  const nodes = applicationNodes(proposal);
  const lines = ['```mermaid', 'flowchart LR', `  root[${mermaidLabel(`root: ${proposal.request.appsDir}`)}]`];
  const clusterIds = new Map<string, string>();
  for (const n of nodes) {
    if (!clusterIds.has(n.cluster)) {
      const id = `c${clusterIds.size}`;
      clusterIds.set(n.cluster, id);
      lines.push(`  ${id}[${mermaidLabel(`cluster: ${n.cluster}`)}]`, `  root --> ${id}`);
    }
  }
  // Said after the (possibly shortened) name, so a long path does not cut it off.
  const kept = (text: string, isKept: boolean) => (isKept ? `${mermaidLabel(text).slice(0, -1)} (existing, kept)"` : mermaidLabel(text));
  nodes.slice(0, maxApps).forEach((n, i) => {
    lines.push(
      `  a${i}([${kept(`Application: ${n.name}`, n.existing === 'application')}])`,
      `  ${clusterIds.get(n.cluster)} --> a${i}`,
      `  h${i}[/${kept(`chart: ${n.chart}`, n.existing === 'chart')}/]`,
      `  a${i} --> h${i}`,
    );
  });
  if (nodes.length > maxApps) {
    lines.push(`  more[${mermaidLabel(`… ${nodes.length - maxApps} more Applications`)}]`, '  root -.-> more');
  }
  lines.push('```');
  return lines.join('\n');
}

/**
 * What the summary says is deployed where. A kept chart (only its Application is proposed) runs
 * the image its own values set, which the pull request does not change: the requested image is
 * said only of the clusters whose chart it creates.
 */
function deploysWhat(proposal: Proposal): string {
  const r = proposal.request;
  const clusters = proposal.blastRadius.clusters;
  const keptCharts = new Set(applicationNodes(proposal).filter((n) => n.existing === 'chart').map((n) => n.cluster));
  const list = (cs: string[]) => cs.map(code).join(', ');
  const kept = 'the image set by its existing chart or kustomization, which this pull request does not change';
  const all = `to ${clusters.length} cluster(s): ${list(clusters)}`;
  if (keptCharts.size === 0) return ` with image ${code(r.image)} ${all}`;
  const fresh = clusters.filter((c) => !keptCharts.has(c));
  if (fresh.length === 0) return ` ${all}, with ${kept} (requested: ${code(r.image)}; see Preserved)`;
  return ` ${all}: with image ${code(r.image)} on ${list(fresh)}; on ${list(clusters.filter((c) => keptCharts.has(c)))} with ${kept} (see Preserved)`;
}

/** What the proposal does to files that exist: generation only creates, so normally nothing (the constitution denies the rest). */
function existingChanges(proposal: Proposal): string {
  const touched = proposal.files.filter((f) => f.action !== 'create');
  const kept = proposal.kept.length ? ` (${proposal.kept.length} relied on and kept as they are)` : '';
  if (touched.length === 0) return `- Existing files changed or deleted: none; every file is new${kept}`;
  return `- Existing files changed or deleted: **${touched.length}** (${touched.slice(0, 5).map((f) => `${code(f.path)} ${f.action}`).join(', ')}${touched.length > 5 ? ', …' : ''})`;
}

interface Budget {
  files: number;
  rules: number;
  notes: number;
  graph: boolean;
}

function ruleResult(id: string, decision: Decision): string {
  if (decision.denials.some((d) => d.rule_id === id)) return '❌ denied';
  if (decision.waived.some((d) => d.rule_id === id)) return '🟡 waived';
  if (decision.warnings.some((d) => d.rule_id === id)) return '⚠️ warning';
  return '✅ passed';
}

/** Where what a cut leaves out can be read in full. */
interface Elsewhere {
  files: string;
  policy: string;
  /** The run's job summary, which holds every file, note, rollback step and kept file. */
  summary: string;
}

function elsewhere(options: PrBodyOptions): Elsewhere {
  return {
    files: "every file is on this pull request's Files changed tab",
    policy: 'every denial, warning and waiver is in the check run on its commit',
    summary: options.runUrl ? `[the run's job summary](${options.runUrl})` : "the run's job summary",
  };
}

/**
 * Which of the proposal's clusters are production ones, as the policy reads the
 * `production-clusters` globs (the decision names them; an older policy bundle does not).
 */
function productionLine(clusters: string[], decision: Decision): string[] {
  if (!decision.production_clusters || clusters.length === 0) return [];
  const prod = clusters.filter((c) => decision.production_clusters!.includes(c));
  const packOn = decision.packs?.includes('production');
  const rules = packOn ? 'the production pack judged them' : 'the production pack is not on, so its rules did not judge them';
  return [`- Production clusters (\`production-clusters\`): ${prod.length ? `**${prod.map(code).join(', ')}** (${rules})` : 'none of these'}`];
}

/**
 * The note of a cut list or table, as the lines to add after it: after a blank line, since a line
 * of text straight after a table's rows is one more row of it (GFM), and after a list item, part
 * of that item.
 */
function more(n: number, what: string, where: string): string[] {
  return ['', `_… and ${n} more ${what} (cut to keep this description under GitHub's size limit): ${where}._`];
}

function renderOwned(proposal: Proposal, decision: Decision, options: PrBodyOptions, b: Budget): string {
  const r = proposal.request;
  const br = proposal.blastRadius;
  const where = elsewhere(options);
  const out: string[] = [BODY_BEGIN];
  out.push(
    `## ${md(pullRequestTitle(proposal))}`,
    '',
    `Deploys service ${code(r.service)} of application ${code(r.application)}${deploysWhat(proposal)}. ` +
      `Policy decision: **${decision.allow ? 'allowed' : 'denied'}** ` +
      `(${decision.evaluated.length} rules evaluated, ${decision.denials.length} denied, ${openWarnings(decision).length} warnings, ${decision.waived.length} waived).` +
      (options.runUrl ? ` [Run](${options.runUrl}).` : ''),
  );

  out.push('', `### Files (${proposal.files.length})`, '');
  if (proposal.files.length === 0) out.push('_None._');
  else {
    out.push('| File | Change |', '| --- | --- |');
    for (const f of proposal.files.slice(0, b.files)) out.push(`| ${codeCell(f.path)} | ${f.action} |`);
    if (proposal.files.length > b.files) out.push(...more(proposal.files.length - b.files, 'files', where.files));
  }

  out.push('', '### Policy', '');
  if (decision.evaluated.length === 0) out.push('_No rules were evaluated._');
  else {
    out.push('| Rule | Title | Result |', '| --- | --- | --- |');
    for (const e of decision.evaluated.slice(0, b.rules)) {
      out.push(`| ${link(e.rule_id, e.citation)} | ${md(e.title)} | ${ruleResult(e.rule_id, decision)} |`);
    }
    if (decision.evaluated.length > b.rules) out.push(...more(decision.evaluated.length - b.rules, 'rules', where.policy));
  }
  const itemLine = (i: PolicyItem): string =>
    `- ${link(i.rule_id, i.citation)}${i.path ? ` (${code(i.path)})` : ''}: ${md(i.message)}`;
  const cutItems = (items: PolicyItem[], what: string) => (items.length > b.rules ? more(items.length - b.rules, what, where.policy) : []);
  if (decision.denials.length) out.push('', '**Denials**', '', ...decision.denials.slice(0, b.rules).map(itemLine), ...cutItems(decision.denials, 'denials'));
  // A waived denial is in `warnings` too (POLICIES.md, Decision document): listed once, under Waivers, with its waiver.
  const open = openWarnings(decision);
  if (open.length) out.push('', '**Warnings**', '', ...open.slice(0, b.rules).map(itemLine), ...cutItems(open, 'warnings'));
  if (decision.waived.length) {
    out.push('', '**Waivers**', '');
    for (const w of decision.waived.slice(0, b.rules)) {
      const why = w.waiver
        ? ` — waived: ${md(w.waiver.reason)}; approved by ${md(w.waiver.approved_by)}; expires ${md(w.waiver.expires)}`
        : '';
      out.push(`${itemLine(w)}${why}`);
    }
    out.push(...cutItems(decision.waived, 'waivers'));
  }

  out.push(
    '',
    '### Blast radius',
    '',
    `- Clusters: ${br.clusters.map(code).join(', ') || '_none_'}`,
    ...productionLine(br.clusters, decision),
    `- Namespaces: ${br.namespaces.map(code).join(', ') || '_none_'}`,
    `- Applications: ${br.applications.map(code).join(', ') || '_none_'}`,
    `- Resource kinds: ${br.resourceKinds.map(code).join(', ') || '_none_'}`,
    `- Automated sync with prune: ${br.prune ? '**yes** (removing a resource from Git deletes it from the cluster)' : 'no'}`,
    existingChanges(proposal),
  );
  if (b.graph) out.push('', blastRadiusGraph(proposal));

  out.push('', '### Rollback', '');
  if (proposal.rollback.length === 0) out.push('_No rollback steps were given._');
  else proposal.rollback.slice(0, b.notes).forEach((s, i) => out.push(`${i + 1}. ${md(s)}`));
  if (proposal.rollback.length > b.notes) out.push(...more(proposal.rollback.length - b.notes, 'steps', `${where.summary} has them all`));

  out.push('', '### Preserved', '');
  if (proposal.preservationNotes.length === 0 && proposal.kept.length === 0) out.push('_Nothing existing was touched or relied on._');
  for (const n of proposal.preservationNotes.slice(0, b.notes)) out.push(`- ${md(n)}`);
  if (proposal.preservationNotes.length > b.notes) out.push(...more(proposal.preservationNotes.length - b.notes, 'notes', `${where.summary} has them all`));
  if (proposal.kept.length) {
    out.push(`- Kept unchanged: ${proposal.kept.slice(0, b.files).map(code).join(', ')}${proposal.kept.length > b.files ? `, … ${proposal.kept.length - b.files} more (${where.summary} has them all)` : ''}`);
  }

  out.push(
    '',
    CLOSING_NOTE,
    BODY_END,
  );
  return out.join('\n');
}

interface Span {
  start: number;
  end: number;
}

/**
 * Where the owned section that begins at `start` ends (just past it). Normally at its end
 * marker; when a person's edit lost that marker, just after its closing note, else at the next
 * begin marker or the end of the body (text there cannot be told from the action's, and keeping
 * it would keep a stale copy of the section).
 */
function sectionEnd(body: string, start: number): number {
  const next = body.indexOf(BODY_BEGIN, start + BODY_BEGIN.length);
  const limit = next < 0 ? body.length : next;
  const end = body.indexOf(BODY_END, start + BODY_BEGIN.length);
  if (end >= 0 && end < limit) return end + BODY_END.length;
  const notes = [CLOSING_NOTE, CUT_NOTE_START].map((n) => body.indexOf(n, start)).filter((i) => i >= 0 && i < limit);
  if (notes.length === 0) return limit;
  // With the newline that stood before the lost marker, so the person's text keeps its spacing.
  const lineEnd = body.indexOf('\n', Math.min(...notes));
  return lineEnd < 0 || lineEnd >= limit ? limit : lineEnd + 1;
}

/** Where an owned section whose begin marker was deleted starts: at its heading, between `from` and its end marker at `end`. */
function headingBefore(body: string, from: number, end: number): number | undefined {
  let found: number | undefined;
  for (const m of body.slice(from, end).matchAll(new RegExp(`^${HEADING_START}`, 'gm'))) found = from + m.index;
  // With the newline that followed the lost marker, so the person's text keeps its spacing.
  return found !== undefined && found > from && body[found - 1] === '\n' ? found - 1 : found;
}

/** Every owned section of a body, in order (more than one when an earlier edit duplicated it). */
function ownedSpans(body: string): Span[] {
  const spans: Span[] = [];
  for (let pos = 0; ; ) {
    const begin = body.indexOf(BODY_BEGIN, pos);
    const end = body.indexOf(BODY_END, pos);
    if (begin < 0 && end < 0) return spans;
    if (begin >= 0 && (end < 0 || begin < end)) {
      spans.push({ start: begin, end: sectionEnd(body, begin) });
    } else {
      // An end marker without its begin marker: the section runs from its heading (if that is left) to it.
      spans.push({ start: headingBefore(body, pos, end) ?? end, end: end + BODY_END.length });
    }
    pos = spans[spans.length - 1].end;
  }
}

/**
 * Splits a body into what precedes the owned section and what follows it. No markers: all of it
 * is the person's. A marker a person's edit removed is made up for (see sectionEnd), and further
 * owned sections are dropped, so a run never adds a second one; the person's text between them stays.
 */
export function splitBody(existing: string | null | undefined): { before: string; after: string; hadMarkers: boolean } {
  const body = existing ?? '';
  const spans = ownedSpans(body);
  if (spans.length === 0) return { before: '', after: body.trim() ? `\n\n${body.trim()}` : '', hadMarkers: false };
  const after = spans.map((s, i) => body.slice(s.end, spans[i + 1]?.start ?? body.length)).join('');
  return { before: body.slice(0, spans[0].start), after, hadMarkers: true };
}

/**
 * The body for a proposal. With `existing` (the pull request's current body), the text
 * outside the markers is kept as it is and only the owned section is replaced.
 */
export function buildPullRequestBody(
  proposal: Proposal,
  decision: Decision,
  existing?: string | null,
  options: PrBodyOptions = {},
): string {
  const limit = options.limit ?? GITHUB_BODY_LIMIT;
  const { before, after } = splitBody(existing);
  const room = limit - before.length - after.length;
  const budgets: Budget[] = [
    { files: Infinity, rules: Infinity, notes: Infinity, graph: true },
    { files: 200, rules: 200, notes: 100, graph: true },
    { files: 50, rules: 100, notes: 50, graph: true },
    { files: 50, rules: 100, notes: 50, graph: false },
    { files: 20, rules: 40, notes: 20, graph: false },
    { files: 5, rules: 10, notes: 5, graph: false },
  ];
  for (const b of budgets) {
    const owned = renderOwned(proposal, decision, options, b);
    if (owned.length <= room) return before + owned + after;
  }
  // Still too long (huge messages, or a person's own text fills the body): a hard cut with a note.
  const w = elsewhere(options);
  const note = `\n\n${CUT_NOTE_START} ${limit}-character limit: ${w.files}, ${w.policy}, and ${w.summary} has the rest._\n${BODY_END}`;
  const owned = renderOwned(proposal, decision, options, budgets[budgets.length - 1]);
  const keep = Math.max(0, room - note.length);
  const head = keep > BODY_BEGIN.length + 1 ? owned.slice(0, keep).replace(/\n[^\n]*$/, '') : BODY_BEGIN;
  const body = before + head + note + after;
  return body.length <= limit ? body : body.slice(0, limit);
}
