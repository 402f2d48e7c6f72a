/**
 * The input document of the policy gate (documented in POLICIES.md, "Input document").
 * Built from a Proposal (generate) or from the files of the repo (validate), plus the
 * repo model, the configuration, the waivers and the event.
 */
import jsyaml from 'js-yaml';
import { K8S_JS_SCHEMA, K8S_YAML_TAGS } from '../repo/k8s-yaml.js';
import { parseAllDocuments } from 'yaml';
import type { Proposal } from '../generate/types.js';
import { APP_MANIFEST, inAppsDir, readTextFileSync } from '../repo/files.js';
import type { RepoModel } from '../repo/types.js';
import type { Waiver } from './waivers.js';
import { MAX_NESTING, tooDeep, tooDeepMessage } from '../repo/nesting.js';
import { ANCHOR, expandedNodes, MAX_EXPANDED_NODES } from '../repo/yaml.js';
import { documentGuards, type Guard } from './guards.js';
import { applicationValues } from './app-values.js';
import { CONTROL_ACTION, directivesByLine, outputValuesPath, scalarValues, type DirectiveAt } from './values-path.js';
import { followKustomizations, isKustomizationFile, type Unresolved } from './kustomize-refs.js';

export const DEFAULT_PROTECTED_NAMESPACES = ['kube-system', 'kube-public', 'kube-node-lease'];
export const DEFAULT_CONTROLLER_NAMESPACE = 'argocd';
export const DEFAULT_PRODUCTION_CLUSTERS = ['prod', 'prod-*', '*-prod', 'production', 'production-*', '*-production'];
export const BUILTIN_PACKS = ['security-baseline', 'production'] as const;

/** What the inline `{{ ... }}` of a Helm template becomes (must match lib.placeholder in Rego). */
export const TEMPLATE_PLACEHOLDER = 'TEMPLATED';
/** The key written where a whole block comes from a directive (must match lib.templated_key in Rego). */
export const TEMPLATED_KEY = '__templated__';
/** Beside it, the `.Values` path the directive prints, when it can be read (must match lib.templated_values_key). */
export const TEMPLATED_VALUES_KEY = '__values__';
/** Beside them, on a scalar printed as bare text from values (`{{ .Values.x }}`), true (must match lib.templated_inline_key). */
export const TEMPLATED_INLINE_KEY = '__inline__';
/**
 * The key (followed by the 1-based line) written for a line that only prints among the literal
 * keys of a mapping (`runAsNonRoot: true` then `{{- include "x.extra" . | nindent 12 }}`), holding
 * the directive as a block: `"__printed__3": {"__templated__": "<directive>", "__values__": ["x"]}`
 * (must match lib.printed_prefix). What it prints are more keys of that mapping.
 */
export const PRINTED_KEY = '__printed__';

export interface PolicyConfig {
  /** Packs to switch on besides the constitution (input `packs`). */
  packs: string[];
  /** Platform repo URL that every Application source must use. */
  repoUrl: string;
  appsDir?: string;
  chartsDir?: string;
  /** Added to kube-system, kube-public, kube-node-lease (input `protected-namespaces`). */
  protectedNamespaces?: string[];
  /** The GitOps controller's own namespace, always protected (default `argocd`). */
  controllerNamespace?: string;
  /** Globs on cluster names that the production pack applies to (input `production-clusters`). */
  productionClusters?: string[];
}

export interface PolicyEvent {
  name: string;
  actor?: string;
  ref?: string;
  sha?: string;
  [key: string]: unknown;
}

export interface PolicyInputFile {
  path: string;
  action: 'create' | 'modify' | 'delete' | 'existing';
  content: string;
  /** Whether `documents` could be read (for templates: after the template-tolerant rewrite). */
  parsed: boolean;
  /** Whether the file is a Helm template (under a chart's templates/ or containing `{{`). */
  templated: boolean;
  documents: unknown[];
  /**
   * Templates only, when a document is wrapped in Helm blocks whose value tests can be read
   * (`{{- if .Values.pdb.enabled }}`): per document, those blocks (guards.ts).
   */
  guards?: Guard[][];
  /** The parse error, when parsed is false. */
  error?: string;
  /**
   * A chart's Chart.yaml in validate mode, when its Applications override values (app-values.ts):
   * the values the chart runs with, which the policy reads instead of values.yaml, the
   * Application files, and where the first of them sets them (its source's `helm` block).
   */
  effective_values?: Record<string, unknown>;
  values_from?: string[];
  values_at?: { path: string; document: number; field: (string | number)[]; parameters: string[] };
  /**
   * A file a kustomization of the input pulls in (kustomize-refs.ts): that kustomization's path.
   * Read as YAML whatever its name, as kustomize reads it.
   */
  referenced_by?: string;
  /** Kustomization files only: what it references that the input could not carry (the policy denies it, CON-009). */
  unresolved?: Unresolved[];
}

export interface PolicyInput {
  mode: 'proposal' | 'repo';
  now: string;
  event: PolicyEvent;
  packs: string[];
  config: {
    repo_url: string;
    apps_dir: string;
    charts_dir: string;
    protected_namespaces: string[];
    controller_namespace: string;
    production_clusters: string[];
  };
  files: PolicyInputFile[];
  repo: {
    files: string[];
    applications: { file: string; name: string; cluster?: string; service?: string; destination: Record<string, unknown> }[];
    charts: { dir: string; application?: string; cluster?: string; service?: string }[];
  };
  /**
   * Proposal mode: per cluster, the Application file and chart dir generation wired, with the
   * cluster, service and application it determined (Proposal.targets). lib.rego's chart_layout
   * and app_layout read these before parsing a path by the default layout, so that a layout
   * generation follows is judged with the cluster generation gave it (CON-003, the production pack).
   */
  targets?: { app_file: string; chart_dir: string; cluster: string; service: string; application: string }[];
  waivers: Waiver[];
  /** Results of org packs, filled in by the gate before the built-in policy runs. */
  org?: OrgResults;
}

export interface OrgResults {
  packs: string[];
  denials: unknown[];
  warnings: unknown[];
  evaluated: unknown[];
}

/** RFC 3339 UTC, second precision: the only form the Rego compares. */
export function rfc3339(d: Date): string {
  return d.toISOString().replace(/\.\d{3}Z$/, 'Z');
}

const DIRECTIVE_ONLY = /^\s*(\{\{-?[\s\S]*?-?\}\}\s*)+$/;
const INLINE = /\{\{-?[\s\S]*?-?\}\}/g;
/** `key: {{ ... }}` (or `- key: {{ ... }}`): one unquoted directive that is the whole value, nothing after it but a comment. */
const WHOLE_SCALAR = /^(\s*(?:-\s+)?[^\s#'"{-][^#'"{]*?:\s+)(\{\{[^{}]*\}\})(\s*(?:#.*)?)$/;

/** A line of YAML between control directives on the same line (`{{ if .Values.x }}key: v{{ end }}`). */
const WRAPPED_LINE = /^(\s*)(?:\{\{-?\s*(?:if|with|range|else)\b[^{}]*?-?\}\}\s*)+([^\s{#][^{}]*?)\s*(?:\{\{-?\s*end\s*-?\}\}\s*)*$/;

/** True for a file that is a Helm template: under a chart's templates/, or holding `{{`. */
export function isTemplate(path: string, content: string): boolean {
  return /(^|\/)templates\//.test(path) || content.includes('{{');
}

function valueless(line: string): boolean {
  const code = line.replace(/\s+#.*$/, '');
  return /:\s*$/.test(code) || /^\s*-\s*$/.test(code);
}

function indent(line: string): number {
  return line.length - line.trimStart().length;
}

/**
 * The column what a line that only prints starts at once rendered: `nindent N` starts it on a
 * new line at column N whatever the line's own indentation (helm create writes
 * `{{- toYaml . | nindent 8 }}` wherever it likes); otherwise undefined (the line's indentation).
 */
function printedColumn(printing: DirectiveAt[]): number | undefined {
  for (const d of printing) {
    const m = /\|\s*nindent\s+(\d+)\s*$/.exec(d.inner);
    if (m) return Number(m[1]);
  }
  return undefined;
}

/** A block mapping key line (`key:`, `- key: v`, `"a b": v`): the column its key starts at, else undefined. */
const KEY_LINE = /^(\s*(?:-\s+)*)(?:"[^"]*"|'[^']*'|[^\s#"'{}[\],&*!|>%@`-][^#]*?)\s*:(?:\s|$)/;
function keyColumn(line: string): number | undefined {
  const m = KEY_LINE.exec(line);
  return m ? m[1].length : undefined;
}

/**
 * Makes a Helm template readable as YAML without rendering it, keeping line numbers:
 * - a line that is only control directives (`{{- if }}`, `{{- end }}`, `{{- with }}`, ...) becomes empty;
 * - a line that is only directives, one of them printing (`{{- toYaml .Values.x | nindent 8 }}`,
 *   `{{ include ... }}`), under a key with no value becomes `__templated__: "<directive>"`, so the
 *   policy knows that block comes from values; when the directive prints one `.Values` path
 *   (values-path.ts: `toYaml .Values.x`, `toYaml .` inside `with .Values.x`), that path goes
 *   beside it, `{"__templated__": "<directive>", "__values__": ["x"]}` on the same line, and the
 *   policy reads values.yaml there;
 * - such a line among the literal keys of a mapping (or before them), at their column (the one
 *   `nindent N` renders it at, else its own), becomes a key of that mapping of its own,
 *   `"__printed__<line>": {"__templated__": "<directive>", ...}`: it prints more keys of it, which
 *   the policy reads at the `.Values` path, or, where it cannot, knows it cannot see;
 *   elsewhere (the column of a list's items, no mapping) the line becomes empty;
 * - a value that is one unquoted directive printing one `.Values` path (`hostNetwork: {{ .Values.hostNetwork }}`,
 *   values-path.ts scalarValuesPath) becomes `{"__templated__": "<directive>", "__values__": ["hostNetwork"]}`
 *   as a block does, so the policy judges values.yaml there, with `"__inline__": true` when it prints the
 *   value as bare text (not `toYaml`), which the rendered YAML reads again (a string "true" is true);
 * - any other inline `{{ ... }}` becomes the placeholder TEMPLATED (inside the surrounding quotes, if any).
 */
export function detemplate(content: string): string {
  const lines = content.split('\n');
  const directives = directivesByLine(content);
  const printingOn = (n: number) => (directives.get(n) ?? []).filter((d) => !CONTROL_ACTION.test(d.inner));
  let lastKey: { indent: number } | undefined;
  // The key columns of the mappings open at the current line (innermost last), so that a line
  // that only prints at the column of a key is known to add keys to that key's mapping.
  const open: number[] = [];
  const enter = (col: number, key: boolean) => {
    while (open.length > 0 && open[open.length - 1] > col) open.pop();
    if (key && open[open.length - 1] !== col) open.push(col);
  };
  // Whether the next line that is YAML, or prints, is a key (or another printing line) at `col`:
  // then a printing line under a key with no value is one of several parts of its mapping.
  const siblingFollows = (from: number, col: number): boolean => {
    for (let k = from + 1; k < lines.length; k++) {
      const t = lines[k].trim();
      if (t === '' || t.startsWith('#')) continue;
      if (DIRECTIVE_ONLY.test(lines[k])) {
        const printing = printingOn(k);
        if (printing.length === 0) continue;
        return (printedColumn(printing) ?? indent(lines[k])) === col;
      }
      return indent(lines[k]) === col && keyColumn(lines[k]) === col;
    }
    return false;
  };
  const block = (printing: DirectiveAt[], trimmed: string) => {
    const path = printing.length === 1 ? outputValuesPath(printing[0].inner, printing[0].dot) : undefined;
    return path ? `{${JSON.stringify(TEMPLATED_KEY)}: ${JSON.stringify(trimmed)}, ${JSON.stringify(TEMPLATED_VALUES_KEY)}: ${JSON.stringify(path)}}` : undefined;
  };
  const out = lines.map((written, n) => {
    const trimmed = written.trim();
    if (trimmed === '' || trimmed.startsWith('#')) return written;
    // A line without a directive stays as it is (the regexes below all need `{{`); most do. It
    // still opens or closes mappings, as the plain-line path at the end does.
    if (!written.includes('{{')) {
      const kc = keyColumn(written);
      if (/^---(\s|$)/.test(written)) open.length = 0;
      else enter(kc ?? indent(written), kc !== undefined);
      lastKey = valueless(written) ? { indent: indent(written) } : undefined;
      return written;
    }
    // `{{ if .Values.debug }}privileged: true{{ end }}`: the control directives print nothing, and
    // what they wrap is a line of YAML when they render it; read as such, as a block's body is.
    const wrapped = WRAPPED_LINE.exec(written);
    const line = wrapped ? `${wrapped[1]}${wrapped[2]}` : written;
    if (DIRECTIVE_ONLY.test(line)) {
      const printing = printingOn(n);
      const col = printedColumn(printing) ?? indent(line);
      const pad = ' '.repeat(col);
      const under = printing.length > 0 && lastKey !== undefined && col > lastKey.indent;
      // A control line (`{{- if }}`) between a key and the block it prints keeps the key open.
      if (printing.length > 0) lastKey = undefined;
      // Among the literal keys of a mapping (or before them), what the line prints are more keys
      // of it: it is kept as a key of its own, so that the policy reads those keys (at the .Values
      // path printed) or, where it cannot, knows the mapping may hold keys it does not see.
      if (printing.length > 0 && !under) enter(col, false);
      if (printing.length > 0 && (under ? siblingFollows(n, col) : open[open.length - 1] === col)) {
        enter(col, true);
        const b = block(printing, trimmed) ?? `{${JSON.stringify(TEMPLATED_KEY)}: ${JSON.stringify(trimmed)}}`;
        return `${pad}${JSON.stringify(`${PRINTED_KEY}${n + 1}`)}: ${b}`;
      }
      if (under) {
        enter(col, false);
        return `${pad}${block(printing, trimmed) ?? `${TEMPLATED_KEY}: ${JSON.stringify(trimmed)}`}`;
      }
      return '';
    }
    // A value that is one directive printing one .Values path (`hostNetwork: {{ .Values.hostNetwork }}`)
    // is marked as a block is, so that the policy judges values.yaml there rather than "TEMPLATED".
    const whole = WHOLE_SCALAR.exec(line);
    const on = directives.get(n) ?? [];
    const sv = whole && on.length === 1 ? scalarValues(on[0].inner, on[0].dot) : undefined;
    const kc = keyColumn(line);
    if (/^---(\s|$)/.test(line)) open.length = 0;
    else enter(kc ?? indent(line), kc !== undefined);
    if (whole && sv) {
      lastKey = undefined;
      // Printed as bare text (`{{ .Values.x }}`, not toYaml): the policy reads the value as the
      // rendered line does (lib.rego, rendered: `"true"` is true, `"0"` is 0).
      const bare = sv.bare ? `, ${JSON.stringify(TEMPLATED_INLINE_KEY)}: true` : '';
      return `${whole[1]}{${JSON.stringify(TEMPLATED_KEY)}: ${JSON.stringify(whole[2])}, ${JSON.stringify(TEMPLATED_VALUES_KEY)}: ${JSON.stringify(sv.path)}${bare}}${whole[3]}`;
    }
    const replaced = line.replace(INLINE, TEMPLATE_PLACEHOLDER);
    lastKey = valueless(replaced) ? { indent: indent(replaced) } : undefined;
    return replaced;
  });
  return out.join('\n');
}

export interface ParsedContent {
  parsed: boolean;
  templated: boolean;
  documents: unknown[];
  guards?: Guard[][];
  error?: string;
  /** The text that was parsed (the template-tolerant rewrite for templates). */
  text: string;
}

/** The files the policy parses: YAML, and JSON, which is YAML (validate reads `.json` Applications too). */
const PARSED_FILE = /\.(?:ya?ml|json)$/i;
const YAML_FILE = /\.ya?ml$/i;

/**
 * Whether Helm renders `path` as a template of one of the charts in `chartDirs`: a file under
 * the innermost chart's templates/ (or below), whatever its extension (`deployment.tpl`, `.txt`,
 * none: Helm renders them all into manifests), except partials (a base name starting with `_`),
 * the notes (a path ending in NOTES.txt) and dot-files directly in templates/ (Helm's built-in
 * ignore rule `templates/.?*`). As validate's chart.templates reads it (rendersAsTemplate).
 */
export function isRenderedTemplate(path: string, chartDirs: ReadonlySet<string>): boolean {
  const s = path.split('/');
  for (let n = s.length - 1; n >= 1; n--) {
    if (!chartDirs.has(s.slice(0, n).join('/'))) continue;
    const rel = s.slice(n);
    const name = rel[rel.length - 1];
    return rel.length >= 2 && rel[0] === 'templates' && !name.startsWith('_') && !path.endsWith('NOTES.txt') && !(rel.length === 2 && name.startsWith('.'));
  }
  return false;
}

/** The chart directories of a list of paths (those holding a Chart.yaml), subcharts included. */
function chartDirsOf(paths: Iterable<string>): Set<string> {
  const dirs = new Set<string>();
  for (const p of paths) if (p.endsWith('/Chart.yaml')) dirs.add(p.slice(0, p.length - '/Chart.yaml'.length));
  return dirs;
}

/**
 * Parses a file for the policy: YAML and JSON files into documents (template-tolerant, with
 * the same bounds for both), anything else not at all, except a chart template whatever its
 * extension (`template`: isRenderedTemplate), which Helm renders into manifests.
 */
export function parseForPolicy(path: string, content: string, template = false, yaml = false): ParsedContent {
  const yamlFile = template || yaml || PARSED_FILE.test(path);
  const templated = template || (yamlFile && isTemplate(path, content));
  if (!yamlFile) return { parsed: false, templated: false, documents: [], text: content };
  const text = templated ? detemplate(content) : content;
  // What the cluster and Helm read (go-yaml v2: `enabled: no` is false, `0755` octal), except
  // GitHub's workflow files, which GitHub reads as YAML 1.2 (`on:` is a key, not true).
  const k8s = !/^\.github\//.test(path);
  const withGuards = (r: ParsedContent): ParsedContent => {
    const guards = templated ? documentGuards(content, text, r.documents.length) : undefined;
    return guards ? { ...r, guards } : r;
  };
  const fast = quickDocuments(text, templated, k8s);
  if (fast) return withGuards({ parsed: true, templated, documents: fast, text });
  // Too deep for the yaml library (nesting.ts): unparsed, so the policy cannot allow it (CON-009).
  const deep = tooDeep(text);
  if (deep) return { parsed: false, templated, documents: [], error: tooDeepMessage(deep), text };
  try {
    // Templates may repeat a key in if/else branches: the last one wins rather than failing.
    const docs = parseAllDocuments(text, { prettyErrors: false, uniqueKeys: !templated, ...(k8s ? { schema: 'failsafe' as const, customTags: K8S_YAML_TAGS, merge: true } : {}) });
    const list = Array.isArray(docs) ? docs : [docs];
    const errors = list.flatMap((d) => d.errors);
    if (errors.length > 0) {
      return { parsed: false, templated, documents: [], error: errors[0].message.split('\n')[0], text };
    }
    // A wide alias bomb passes the alias count below, and the input's JSON would copy every alias out.
    const bomb = list.findIndex((d) => expandedNodes(d.contents) > MAX_EXPANDED_NODES);
    if (bomb >= 0) return { parsed: false, templated, documents: [], error: `document ${bomb + 1} expands to more than ${MAX_EXPANDED_NODES.toLocaleString('en-US')} nodes through its aliases (an alias bomb)`, text };
    // Empty documents stay (as null) so that indexes match the file's documents.
    const documents = list.map((d) => (d.toJS({ maxAliasCount: 100 }) as unknown) ?? null);
    return withGuards({ parsed: true, templated, documents, text });
  } catch (err) {
    return { parsed: false, templated, documents: [], error: err instanceof Error ? err.message.split('\n')[0] : String(err), text };
  }
}

/**
 * The documents of a clean, plain YAML file with js-yaml (go-yaml v2's scalars with `k8s`,
 * else YAML 1.2's core schema; the `yaml` library is given the same): the same values (checked on 30,000 files of a generated repo
 * and on every fixture, 0 differences), eight times faster, which is most of what
 * policy-on-validate spends on a large repo. Undefined when js-yaml refuses the file (a
 * syntax error, a duplicate key) or the file defines anchors (the `yaml` library bounds
 * their expansion): then the `yaml` library decides, with its message.
 */
export function quickDocuments(text: string, templated = false, k8s = false): unknown[] | undefined {
  if (ANCHOR.test(text)) return undefined;
  try {
    // A template may set a key in both branches of an if/else: `json: true` keeps the last, as the yaml library does for templates.
    // maxDepth: a file nested deeper is refused here, and tooDeep reports it (parseForPolicy).
    const docs = jsyaml.loadAll(text, undefined, { schema: k8s ? K8S_JS_SCHEMA : jsyaml.CORE_SCHEMA, maxDepth: MAX_NESTING + 1, ...(templated ? { json: true } : {}) } as jsyaml.LoadOptions);
    // An empty document (a comment-only file, a trailing `---`) is counted differently by the
    // two parsers, and document indexes must match the yaml library's (positions): it decides.
    return docs.length > 0 && docs.every((d) => d !== null && d !== undefined) ? docs : undefined;
  } catch {
    return undefined;
  }
}


export interface BuildInputOptions {
  config: PolicyConfig;
  repo: RepoModel;
  waivers?: Waiver[];
  event?: PolicyEvent;
  /** The evaluation time; waiver expiry is compared against it (default: now). */
  now?: Date | string;
}

function fileEntry(path: string, action: PolicyInputFile['action'], content: string, template = false, yaml = false): PolicyInputFile {
  const p = parseForPolicy(path, content, template, yaml);
  return { path, action, content, parsed: p.parsed, templated: p.templated, documents: p.documents, ...(p.guards ? { guards: p.guards } : {}), ...(p.error ? { error: p.error } : {}) };
}

/**
 * An existing file of the repo, read with the safe reader (size, binary, UTF-8 checked) and
 * synchronously (a promise per file left the thread idle 16 s of a 10,000-Application run).
 * What the policy cannot read it cannot allow: an unreadable file goes in unparsed (CON-009).
 */
function existingEntry(root: string, path: string, template = false, yaml = false): PolicyInputFile {
  const read = readTextFileSync(root, path);
  if ('issue' in read) return { path, action: 'existing', content: '', parsed: false, templated: template, documents: [], error: read.issue.detail };
  return fileEntry(path, 'existing', read.text, template, yaml);
}

/**
 * Adds to `files` what the kustomization files `starts` among them pull in from elsewhere
 * (bases, components, patch files...: kustomize-refs.ts), with action `existing` and
 * `referenced_by`, and marks on each kustomization what cannot be carried (`unresolved`).
 * Kustomize builds from those files, so the policy judges them where they are written.
 */
function addKustomizeReferences(files: PolicyInputFile[], starts: string[], repo: RepoModel): void {
  if (starts.length === 0) return;
  const byPath = new Map(files.map((f) => [f.path, f]));
  const entry = (p: string) => {
    let f = byPath.get(p);
    if (!f) byPath.set(p, (f = existingEntry(repo.root, p, false, true)));
    return f;
  };
  const { add, unresolved } = followKustomizations(repo.root, starts, (p) => entry(p).documents, new Set(byPath.keys()), repo.files);
  for (const { path, by } of add) {
    const f = entry(path);
    f.referenced_by = by;
    files.push(f);
  }
  for (const [p, u] of unresolved) entry(p).unresolved = u;
}

function base(mode: PolicyInput['mode'], files: PolicyInputFile[], o: BuildInputOptions): PolicyInput {
  const c = o.config;
  const now = o.now === undefined ? rfc3339(new Date()) : typeof o.now === 'string' ? o.now : rfc3339(o.now);
  return {
    mode,
    now,
    event: o.event ?? { name: mode === 'proposal' ? 'generate' : 'validate' },
    packs: [...c.packs],
    config: {
      repo_url: c.repoUrl,
      apps_dir: c.appsDir ?? o.repo.appsDir ?? 'argo-apps',
      charts_dir: c.chartsDir ?? o.repo.chartsDir ?? 'gitops',
      protected_namespaces: [...new Set([...DEFAULT_PROTECTED_NAMESPACES, ...(c.protectedNamespaces ?? [])])],
      controller_namespace: c.controllerNamespace ?? DEFAULT_CONTROLLER_NAMESPACE,
      production_clusters: c.productionClusters ?? DEFAULT_PRODUCTION_CLUSTERS,
    },
    files,
    repo: {
      files: [...o.repo.files].sort(),
      applications: o.repo.applications.map((a) => ({
        file: a.file,
        name: a.name,
        ...(a.cluster ? { cluster: a.cluster } : {}),
        ...(a.service ? { service: a.service } : {}),
        destination: { ...a.destination },
      })),
      charts: o.repo.charts.map((ch) => ({
        dir: ch.dir,
        ...(ch.application ? { application: ch.application } : {}),
        ...(ch.cluster ? { cluster: ch.cluster } : {}),
        ...(ch.service ? { service: ch.service } : {}),
      })),
    },
    waivers: o.waivers ?? [],
  };
}

/**
 * The proposal's own files as the policy reads them (the first entries of buildPolicyInput's
 * `files`): what a decision's `document` and `field` point into, to find an item's line.
 */
export function proposedFiles(proposal: Pick<Proposal, 'files' | 'kept'>): PolicyInputFile[] {
  // A chart template is one whatever its extension (isRenderedTemplate), proposed or kept.
  const charts = chartDirsOf([...proposal.files.map((f) => f.path), ...proposal.kept]);
  return proposal.files.map((f) => fileEntry(f.path, f.action, f.content, isRenderedTemplate(f.path, charts)));
}

/**
 * The input document for a proposal (generate mode): the proposed files, and, with action
 * `existing`, the YAML files of every existing chart or kustomization the proposal keeps.
 * A chart is kept only when its Application is missing, so those are exactly the charts
 * that the proposal's new Applications start to deploy: the policy judges what will run,
 * not only what is new.
 */
export function buildPolicyInput(proposal: Proposal, options: BuildInputOptions): PolicyInput {
  const files = proposedFiles(proposal);
  const charts = chartDirsOf([...proposal.files.map((f) => f.path), ...proposal.kept]);
  const chartsDir = options.config.chartsDir ?? options.repo.chartsDir ?? 'gitops';
  for (const p of proposal.kept) {
    if (!p.startsWith(`${chartsDir}/`)) continue;
    const template = isRenderedTemplate(p, charts);
    if (!template && !YAML_FILE.test(p) && !isKustomizationFile(p)) continue;
    files.push(existingEntry(options.repo.root, p, template, isKustomizationFile(p)));
  }
  // A kept kustomization deploys what it references too (`resources: [../../base]`), wherever it is.
  addKustomizeReferences(files, files.filter((f) => f.action === 'existing' && isKustomizationFile(f.path)).map((f) => f.path), options.repo);
  const input = base('proposal', files, options);
  if (proposal.targets) {
    input.targets = proposal.targets.map((t) => ({ app_file: t.appFile, chart_dir: t.chartDir, cluster: t.cluster, service: t.service, application: t.application }));
  }
  return input;
}

/**
 * The input document for validate mode: every YAML file of the repo model (under the
 * apps and charts roots), every JSON file validate read as an Application (under the
 * apps root: the root App-of-Apps applies those too), and every other file Helm renders as
 * a chart template (`templates/deployment.tpl`, `templates/x.json`: isRenderedTemplate; only
 * files under a chart's templates/, so the cost stays that of the charts' own templates),
 * read from disk, with action `existing`. Other JSON under the charts root stays out, as
 * validate leaves it unread (values.schema.json: Helm's, not the Applications').
 */
export async function buildRepoPolicyInput(options: BuildInputOptions): Promise<PolicyInput> {
  const { appsDir, chartsDir } = options.repo;
  const isAppFile = (p: string) => inAppsDir(p.includes('/') ? p.slice(0, p.lastIndexOf('/')) : '', appsDir, chartsDir, options.repo.platformRoot);
  const charts = chartDirsOf(options.repo.files);
  for (const c of options.repo.charts) charts.add(c.dir);
  const files: PolicyInputFile[] = [];
  for (const p of [...options.repo.files].sort()) {
    const template = isRenderedTemplate(p, charts);
    const kustomization = isKustomizationFile(p);
    if (template || kustomization || YAML_FILE.test(p) || (APP_MANIFEST.test(p) && isAppFile(p))) files.push(existingEntry(options.repo.root, p, template, kustomization));
  }
  // The charts dir's kustomizations build from their bases too, which may lie outside it.
  addKustomizeReferences(files, files.filter((f) => isKustomizationFile(f.path)).map((f) => f.path), options.repo);
  // Values the Applications override are judged as the chart runs with them.
  const byPath = new Map(files.map((f) => [f.path, f]));
  const overrides = applicationValues(options.repo, (p) => {
    const f = byPath.get(p);
    return f?.parsed ? f.documents : undefined;
  });
  // On the chart's Chart.yaml entry: a chart needs no values.yaml, and gate.ts evaluates a
  // large repo in batches of whole chart directories, so what is per chart goes with its files.
  for (const [dir, v] of overrides) {
    const f = byPath.get(`${dir}/Chart.yaml`);
    if (f) Object.assign(f, { effective_values: v.values, values_from: v.from, values_at: v.at });
  }
  return base('repo', files, options);
}
