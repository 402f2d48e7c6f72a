import type { AppSource, ApplicationInfo, ChartInfo, Position, SourceKind } from '../../repo/types.js';
import { promises as fs } from 'node:fs';
import { join } from 'node:path';
import { gobwasMatch } from '../../repo/gobwas-glob.js';
import { sameRepo } from '../../repo/git-url.js';
import { isHelmReleaseName, isNamespaceName, isObjectName, labelValueProblem, qualifiedNameProblem } from '../../repo/k8s-names.js';
import { fromChart, joinRepoPath, normalizeRepoPath, staysInside } from '../../repo/paths.js';
import { MAX_VALUE_FILE_BYTES, readTextFile, readTextFileSync } from '../../repo/files.js';
import { buildEnvironment, envsubst } from '../../repo/argo-env.js';
import { aType, loadYaml, pointerToPath, type PathSegment, type YamlDoc, type YamlFile } from '../../repo/yaml.js';
import validateApplicationSchema, { closedFields } from '../schema/application-validator.generated.js';
import type { RepoView } from '../repo-view.js';
import type { FindingSink } from '../sink.js';
import { holdsKustomization } from './kustomize-charts.js';
import { parseFileReporting } from './yaml-file.js';
import { CHART_FILE_LIMIT } from './charts.js';
import { fluxKindProblem, isFluxKind, readFluxResource, type FluxRecord } from './flux.js';
import { givenRepoUrlProblem } from './cross.js';
import { nearName, withinEdits } from './near.js';

/** A value file outside any chart: read by `helm template -f` alone, which sets no limit; ours bounds memory. */
const VALUE_FILE_LIMIT = { bytes: MAX_VALUE_FILE_BYTES, why: 'the most validate reads of a value file' };


type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => v !== null && typeof v === 'object' && !Array.isArray(v);
const str = (v: unknown): string | undefined => (typeof v === 'string' && v.trim() !== '' ? v : undefined);

/** `\`kind\` is missing` / `\`kind\` is a list, not a string`, for a resource's type fields. */
function describeField(key: string, v: unknown): string {
  return v === undefined || v === null ? `\`${key}\` is missing` : `\`${key}\` is ${aType(v)}, not a string`;
}


/** An Application plus the positions the cross-file rules need after its document is gone. */
export interface AppRecord extends ApplicationInfo {
  /** Argo CD namespace the Application object lives in (metadata.namespace, default argocd). */
  appNamespace: string;
  /**
   * Where `path` is in the Application's document. Positions are looked up only when a
   * finding needs one (a clean file is never parsed a second time for them).
   */
  at(path: PathSegment[], atValue?: boolean): Position;
  /** Per source: its path in the document, and whether its repo must be this one. */
  sourceMeta: { path: PathSegment[]; gitWithPath: boolean }[];
  /** Where the Application is in its document: [] for the document, `['items', j]` for an item of a List. */
  docPath: PathSegment[];
}

export interface AppCheckContext {
  view: RepoView;
  sink: FindingSink;
  appsDir: string;
  chartsDir: string;
  /** The platform repo's URL when known (an input); else sources are compared with each other later. */
  repoUrl?: string;
  /** The charts under the charts dir, checked before the Applications, by directory. */
  charts?: ReadonlyMap<string, ChartInfo>;
  /**
   * Checks a chart an Application uses that discovery did not cover (outside the charts
   * dir, or a subchart), once per directory: its own rules run as for any other chart.
   */
  checkChart?: (dir: string) => Promise<ChartInfo>;
  /** Checks that wait for the platform repo's URL to be inferred (see checkRepoUrls). */
  deferred?: DeferredRepoCheck[];
  /** Value files already read (each is reported once, however many Applications list it). */
  valueFilesRead?: Set<string>;
  /** Flux resources of the apps dir, checked once every file is read (see flux.ts). */
  flux?: FluxRecord[];
}

/** A check of a file in the repository `repoURL`, run only if that is the platform repo. */
export interface DeferredRepoCheck {
  repoURL: string;
  check: () => Promise<void>;
  /** Run only when the platform repo's URL is known and is `repoURL` (else it also runs when no URL could be inferred). */
  onlyIfKnown?: boolean;
}

const MAX_SCHEMA_ERRORS_PER_DOC = 25;
/** The kinds of argoproj.io that belong in an apps directory. */
const ARGO_KINDS = ['Application', 'ApplicationSet', 'AppProject'];
/** Argo CD's repo server runs on Linux, where `\` is part of a file name: such a path names nothing in the repo. */
const BACKSLASH = 'holds a backslash, which Argo CD (on Linux) reads as part of a file name, not a separator: the path does not exist. Use `/`.';
const LAYOUT = /^argo-apps-([^/]+)\/([^/]+)-application\.(?:ya?ml|json)$/;

/** Reads the cluster and service from `<apps-dir>/argo-apps-<cluster>/<service>-application.yaml`. */
export function appLayout(file: string, appsDir: string): { cluster?: string; service?: string } {
  const rest = appsDir ? file.slice(appsDir.length + 1) : file;
  const m = LAYOUT.exec(rest);
  return m ? { cluster: m[1], service: m[2] } : {};
}

/**
 * Whether `file` lies in a Helm chart inside the apps dir (a Chart.yaml in its directory or
 * one above it, up to the apps dir): then a root App-of-Apps of Helm renders it, and `{{ }}`
 * is a template's. Otherwise the root App-of-Apps is a directory source (what `bootstrap`
 * prints) and applies the file as written: a placeholder reaches the cluster unrendered.
 */
export function renderedByHelm(view: RepoView, appsDir: string, file: string): boolean {
  for (let dir = file.slice(0, Math.max(0, file.lastIndexOf('/'))); ; dir = dir.slice(0, Math.max(0, dir.lastIndexOf('/')))) {
    if (view.listing.children.get(dir)?.includes('Chart.yaml')) return true;
    if (dir === appsDir || !dir) return false;
  }
}

/**
 * Whether a file that does not parse holds `{{ }}` placeholders outside comments: then
 * it is taken for a template rendered elsewhere. A `{{` only in a comment does not make
 * a broken Application a template.
 */
export function hasPlaceholders(text: string): boolean {
  for (let i = text.indexOf('{{'); i >= 0; i = text.indexOf('{{', i + 2)) {
    const lineStart = text.lastIndexOf('\n', i) + 1;
    const before = text.slice(lineStart, i);
    // A comment starts at a `#` at the line's start or after a blank (YAML's rule).
    if (!/(?:^|\s)#/.test(before)) return true;
  }
  return false;
}

/** The documents of one file under the apps directory → Application records, skipped kinds and findings. */
export async function checkApplicationFile(
  ctx: AppCheckContext,
  file: string,
  pf: YamlFile,
  text: string,
): Promise<{ apps: AppRecord[]; skipped: { file: string; kind: string; name?: string }[]; unchecked?: boolean; templateRefs?: string[]; unresolvedTemplates?: number }> {
  const apps: AppRecord[] = [];
  let unchecked = false;
  // Source paths that templated Applications and ApplicationSets name literally (for chart.orphan),
  // and how many of them name one that is itself templated (then an orphan is only maybe one).
  const templateRefs: string[] = [];
  let unresolvedTemplates = 0;
  const noteTemplate = (spec: unknown) => {
    const { paths, complete } = literalSourcePaths(spec);
    templateRefs.push(...paths);
    if (!complete) unresolvedTemplates++;
  };
  const skipped: { file: string; kind: string; name?: string }[] = [];
  const nonEmpty = pf.docs.filter((d) => d.value !== null && d.value !== undefined || d.conversionError);
  if (nonEmpty.length === 0) {
    ctx.sink.add('yaml.empty', file, undefined, `${file} holds no YAML document.`);
    return { apps, skipped };
  }
  /** One resource of the file: document `i`, or an item of a List in it (`prefix`: its path in the document). */
  const checkDocument = async (v: unknown, i: number, pf: Positions, prefix: PathSegment[]): Promise<void> => {
    // Positions are computed only when a finding is added (a clean file is parsed once).
    const where = () => pf.docPosition(i);
    if (!isObj(v)) {
      ctx.sink.add('yaml.not-resource', file, where(), `Document ${i + 1} is ${aType(v)}, not a Kubernetes resource.`);
      return;
    }
    const kind = v.kind;
    const apiVersion = v.apiVersion;
    if (kind !== 'Application' && (typeof kind !== 'string' || typeof apiVersion !== 'string')) {
      // At the value that is not a string when there is one; a missing key is the document's.
      const at = kind !== undefined && typeof kind !== 'string' ? pf.position(i, ['kind'], true) : apiVersion !== undefined && typeof apiVersion !== 'string' ? pf.position(i, ['apiVersion'], true) : where();
      // Name only what is missing or not a string: `kind: [Application]` beside a good apiVersion is the kind's fault.
      const bad = [typeof apiVersion !== 'string' ? describeField('apiVersion', apiVersion) : '', typeof kind !== 'string' ? describeField('kind', kind) : ''].filter(Boolean).join(' and ');
      ctx.sink.add('yaml.not-resource', file, at, `Document ${i + 1} is not a Kubernetes resource: ${bad}.`);
      return;
    }
    const isArgo = typeof apiVersion !== 'string' || apiVersion.startsWith('argoproj.io/');
    // Kinds are case-sensitive: `kind: application` would make the root App-of-Apps fail ("no matches for kind").
    const argoKind = typeof kind === 'string' && isArgo ? ARGO_KINDS.find((k) => k.toLowerCase() === kind.toLowerCase()) : undefined;
    if (argoKind && argoKind !== kind) {
      ctx.sink.add('app.schema', file, pf.position(i, ['kind'], true), `\`kind: ${kind}\` is not a kind Argo CD serves (kinds are case-sensitive): did you mean \`${argoKind}\`?`);
      return;
    }
    if (kind === 'Application' && typeof apiVersion === 'string' && isArgo && apiVersion !== 'argoproj.io/v1alpha1') {
      ctx.sink.add('app.schema', file, pf.position(i, ['apiVersion'], true), `\`apiVersion: ${apiVersion}\` is not served: Argo CD Applications are \`argoproj.io/v1alpha1\`.`);
      return;
    }
    // `argoproj/v1alpha1`, `argoproj.com/...`, `argocd.io/...`: a slip, not another kind's
    // Application (app.k8s.io has one): no such group is served, the root App-of-Apps fails to sync.
    if (kind === 'Application' && typeof apiVersion === 'string' && !isArgo && nearArgoGroup(apiVersion)) {
      ctx.sink.add('app.schema', file, pf.position(i, ['apiVersion'], true), `\`apiVersion: ${apiVersion}\` names no API group the cluster serves: Argo CD Applications are \`argoproj.io/v1alpha1\`, and the root App-of-Apps fails to sync this file ("no matches for kind").`);
      return;
    }
    if (kind !== 'Application' || !isArgo) {
      const flux = isFluxKind(apiVersion, kind);
      // `kind: kustomization` in a Flux group: the cluster serves no such kind ("no matches for kind").
      const kindProblem = flux ? undefined : fluxKindProblem(apiVersion, kind);
      if (kindProblem) {
        ctx.sink.add('flux.invalid', file, pf.position(i, ['kind'], true), kindProblem);
        return;
      }
      const name = isObj(v.metadata) ? str(v.metadata.name) : undefined;
      skipped.push({ file, kind: String(kind), name });
      // The Applications an ApplicationSet generates deploy what its template's sources name.
      if (kind === 'ApplicationSet' && isArgo) noteTemplate(isObj(v.spec) && isObj(v.spec.template) ? v.spec.template.spec : undefined);
      const rec = flux ? readFluxResource(file, v, relocator(ctx.view, file, i, prefix).at) : undefined;
      if (rec) ctx.flux?.push(rec);
      ctx.sink.add('repo.skipped-kind', file, where(), `${apiVersion} ${String(kind)}${name ? ` '${name}'` : ''} is not an Argo CD Application; ${rec ? `a Flux resource: only the paths it reads from this repository are checked (Flux support is alpha), the rest is not validated${rec.unchecked ? `, ${rec.unchecked}` : ''}` : 'not validated'}.`);
      return;
    }
    // Placeholders are looked for in the text: an unquoted `{{ .Values.x }}` (as Helm templates
    // write them) parses as a flow mapping, with no braces left in the parsed value. A file a Helm
    // chart of the apps dir renders is a template as a whole wherever they are.
    if (text.includes('{{') && (isTemplatedDeep(v) || (hasPlaceholders(text) && renderedByHelm(ctx.view, ctx.appsDir, file)))) {
      // Not checked, so its chart is not called an orphan on top (as for a file that does not read).
      unchecked = true;
      noteTemplate(v.spec);
      if (renderedByHelm(ctx.view, ctx.appsDir, file)) ctx.sink.add('yaml.templated', file, where(), `Application in document ${i + 1} holds \`{{ }}\` placeholders in its name, source or destination; a template of the Helm chart it lies in, skipped.`);
      else ctx.sink.add('yaml.unrendered-template', file, where(), `Application in document ${i + 1} holds \`{{ }}\` placeholders in its name, source or destination, but no Helm chart renders it: the root App-of-Apps applies ${ctx.appsDir || 'the apps dir'} as written, and the placeholders reach the cluster as they are.`);
      return;
    }
    const app = await checkApplication(ctx, file, i, pf, v, prefix);
    if (app) apps.push(app);
  };
  // Argo CD's directory source (the root App-of-Apps) decodes a file's documents in turn into
  // unstructured objects, which needs a string `kind` (reposerver getObjsFromYAMLOrJson). At
  // the first that fails it fails the sync only when an object was already read from the file,
  // or the file is JSON, or the text holds `apiVersion:`, `kind:` and `metadata:` (a broken
  // manifest); otherwise it ignores the whole file ("it might be an unrelated YAML file"):
  // a kustomization.yaml or an OWNERS.yaml in the apps dir is no error.
  let decoded = 0;
  for (let i = 0; i < pf.docs.length; i++) {
    const d = pf.docs[i];
    if (d.conversionError || d.value === null || d.value === undefined) continue;
    if (!decodesAsObject(d.value)) {
      if (decoded === 0 && !/\.json$/i.test(file) && !looksLikeManifest(text)) {
        ctx.sink.add('yaml.ignored', file, pf.docPosition(i), `${file} is not a Kubernetes manifest (document ${i + 1} is ${isObj(d.value) ? 'a mapping without a string `kind`' : aType(d.value)}) and does not hold all of \`apiVersion:\`, \`kind:\` and \`metadata:\`: Argo CD's directory source ignores such a file; not validated.`);
        return { apps, skipped, unchecked, templateRefs, unresolvedTemplates };
      }
    } else decoded++;
    // A List (what `kubectl get applications -o yaml` prints): Argo CD applies each item (its
    // repo server unpacks lists), so each is checked as a document of its own. Whatever the
    // kind: the repo server asks the unstructured object's IsList, which is only whether a
    // top-level `items` is a list, so another kind holding one is dropped for its items.
    const v = d.value;
    if (isObj(v) && typeof v.kind === 'string' && Array.isArray(v.items)) {
      if (!v.kind.endsWith('List')) ctx.sink.add('yaml.ignored', file, pf.position(i, ['items']), `Document ${i + 1} (\`kind: ${v.kind}\`) has a top-level \`items\` list: Argo CD's repo server reads any object with one as a List and applies only its items, so this ${v.kind} itself is never applied; its items are checked as resources.`, 'Remove the top-level `items` key if this object is meant to be applied, or write the file as `kind: List`.');
      for (let j = 0; j < v.items.length; j++) await checkDocument(v.items[j], i, itemPositions(pf, j), ['items', j]);
    } else await checkDocument(v, i, pf, []);
  }
  return { apps, skipped, unchecked, templateRefs, unresolvedTemplates };
}

/**
 * The `path` of each source of an Application spec (or an ApplicationSet's template spec)
 * that is written out, normalised; `complete` when no source's path is templated (`{{ }}`,
 * or a flow mapping an unquoted placeholder parsed into) and there is a source.
 */
function literalSourcePaths(spec: unknown): { paths: string[]; complete: boolean } {
  if (!isObj(spec)) return { paths: [], complete: false };
  const sources = [spec.source, ...(Array.isArray(spec.sources) ? spec.sources : [])].filter(isObj);
  let complete = sources.length > 0;
  const paths: string[] = [];
  for (const s of sources) {
    if (s.path === undefined || s.path === null) continue; // a chart from a Helm repository, a ref
    if (typeof s.path !== 'string' || s.path.includes('{{') || s.path.includes('\\') || !staysInside(s.path)) complete = false;
    else paths.push(normalizeRepoPath(s.path));
  }
  return { paths, complete };
}

/** Whether Kubernetes' unstructured decoding takes the document: a mapping with a non-empty string `kind`. */
function decodesAsObject(v: unknown): boolean {
  return isObj(v) && typeof v.kind === 'string' && v.kind !== '';
}

/** Argo CD's test for a file that failed to decode: does it look like a manifest gone wrong (then the sync fails)? */
function looksLikeManifest(text: string): boolean {
  return text.includes('apiVersion:') && text.includes('kind:') && text.includes('metadata:');
}

/** An API group one slip away from argoproj.io: one that names Argo, or is within two edits of it. */
function nearArgoGroup(apiVersion: string): boolean {
  const slash = apiVersion.indexOf('/');
  const group = (slash < 0 ? apiVersion : apiVersion.slice(0, slash)).toLowerCase();
  return group.includes('argo') || withinEdits(group, 'argoproj.io', 2);
}

/** Placeholders in the fields we resolve mean the file is a template rendered elsewhere. */
function isTemplatedDeep(v: Obj): boolean {
  const spec = isObj(v.spec) ? v.spec : {};
  // Only the fields the rules resolve: `{{ }}` in helm.values or parameters is Helm's business
  // at render time and must not switch the Application's checks off.
  const sources = [spec.source, ...(Array.isArray(spec.sources) ? spec.sources : [])].filter(isObj);
  const picks: unknown[] = [isObj(v.metadata) ? v.metadata.name : undefined, spec.destination];
  for (const s of sources) picks.push(s.repoURL, s.path, s.targetRevision, s.chart, s.ref, isObj(s.helm) ? s.helm.valueFiles : undefined);
  // `[object Object]`: the key js-yaml makes of an unquoted `{{ .Values.x }}` (a flow mapping used as a key).
  return picks.some((p) => {
    const json = p === undefined ? undefined : JSON.stringify(p);
    return json !== undefined && (json.includes('{{') || json.includes('"[object Object]"'));
  });
}

/** What the rules ask of a file for positions: a key or value of a document, its text, where the document starts. */
type Positions = Pick<YamlFile, 'position' | 'source' | 'docPosition'>;

/** The positions of item `j` of a List document: its paths are below `items.<j>`, its start is the item's. */
function itemPositions(pf: Positions, j: number): Positions {
  return {
    position: (i, path, atValue) => pf.position(i, ['items', j, ...path], atValue),
    source: (i, path) => pf.source(i, ['items', j, ...path]),
    docPosition: (i) => pf.position(i, ['items', j], true),
  };
}

async function checkApplication(ctx: AppCheckContext, file: string, docIndex: number, pf: Positions, v: Obj, prefix: PathSegment[]): Promise<AppRecord | undefined> {
  const { sink } = ctx;
  const pos = (path: PathSegment[], atValue = false) => pf.position(docIndex, path, atValue);

  // 1. The real Argo CD schema, on the object as the API server sees it: it prunes a null
  // in a field that is not nullable and has no default before validating, so
  // `namespace: null` is no error, while a required field left null is "required".
  // A field the schema does not declare: the API server prunes it, so what it meant to set
  // (a value file under `valuesFiles`) silently never applies. A warning, with the nearest field.
  let unknownFields = 0;
  const unknownField = (e: AjvError, path: PathSegment[]) => {
    if (++unknownFields > MAX_SCHEMA_ERRORS_PER_DOC) return;
    const field = String(e.params.additionalProperty);
    const known = (closedFields as Record<string, string[]>)[e.schemaPath] ?? [];
    const near = nearName(field, known);
    const at = [...path, field].join('.');
    sink.add('app.unknown-field', file, pos([...path, field]), `\`${at}\` is not a field of the Argo CD Application schema: the API server drops it when the Application is applied${near ? `. Did you mean \`${[...path, near].join('.')}\`?` : '.'}`);
  };
  let schemaErrors = schemaErrorsOf(v);
  if (schemaErrors.some((e) => valueAt(v, e.instancePath) === null)) schemaErrors = schemaErrorsOf(withoutNulls(v) as Obj);
  if (schemaErrors.length) {
    const seen = new Set<string>();
    for (const e of schemaErrors) {
      const path = pointerToPath(e.instancePath);
      if (e.keyword === 'additionalProperties') {
        unknownField(e, path);
        continue;
      }
      const missing = e.keyword === 'required' ? String(e.params.missingProperty) : undefined;
      const field = [...path, ...(missing ? [missing] : [])].join('.') || '(document)';
      const msg = missing ? `\`${field}\` is required by the Argo CD Application schema.` : `\`${field}\` ${e.message ?? 'is invalid'}${e.keyword === 'enum' ? ` (${(e.params.allowedValues as unknown[]).join(', ')})` : ''}${e.keyword === 'type' && e.params.type === 'string' ? readAs(valueAt(v, e.instancePath), pf.source(docIndex, path)) : ''}.`;
      if (seen.has(msg)) continue;
      seen.add(msg);
      if (seen.size > MAX_SCHEMA_ERRORS_PER_DOC) break;
      // A missing key is reported where it would go: positionOf puts it at its parent's key.
      sink.add('app.schema', file, missing ? pos([...path, missing]) : pos(path, true), msg);
    }
  }

  // 2. What the schema lets through.
  const metadata = isObj(v.metadata) ? v.metadata : undefined;
  const name = str(metadata?.name);
  const rawName = metadata?.name;
  if (rawName !== undefined && rawName !== null && typeof rawName !== 'string') {
    // The CRD leaves metadata to Kubernetes, which refuses a name that is not a string.
    sink.add('app.schema', file, pos(['metadata', 'name'], true), `\`metadata.name\` must be a string, not ${aType(rawName)}.`);
  } else if (metadata && !name) sink.add('app.name-missing', file, pos(['metadata', 'name']), 'The Application has no `metadata.name`.');
  else if (name && !isObjectName(name)) {
    sink.add('app.schema', file, pos(['metadata', 'name'], true), `\`metadata.name\` '${name}' is not a Kubernetes object name (lower-case letters, digits, '-' and '.', at most 253 characters); the API server refuses it.`);
  }
  checkObjectMeta(metadata, pos, (at, msg) => sink.add('app.schema', file, at, msg));
  // The CRD schema leaves metadata to Kubernetes, which refuses non-string label and
  // annotation values (a common slip: `argocd.argoproj.io/sync-wave: 5` unquoted).
  for (const field of ['labels', 'annotations'] as const) {
    const m = metadata?.[field];
    if (m === undefined || m === null) continue;
    if (!isObj(m)) {
      sink.add('app.schema', file, pos(['metadata', field], true), `\`metadata.${field}\` must be a mapping of strings.`);
      continue;
    }
    for (const [k, val] of Object.entries(m)) {
      // The API server checks every key (annotation keys lower-cased first) and every label value.
      const keyProblem = qualifiedNameProblem(field === 'annotations' ? k.toLowerCase() : k);
      if (keyProblem) sink.add('app.schema', file, pos(['metadata', field, k]), `\`metadata.${field}\` key '${k}' is not a qualified name: ${keyProblem}; the API server refuses it.`);
      if (typeof val === 'string') {
        const valueProblem = field === 'labels' ? labelValueProblem(val) : undefined;
        if (valueProblem) sink.add('app.schema', file, pos(['metadata', field, k], true), `\`metadata.labels.${k}\` value '${val}' is not a label value: ${valueProblem}; the API server refuses it.`);
        continue;
      }
      // As written: `on` reads as the boolean true (YAML 1.1, as Kubernetes reads it), and the fix is to quote `on`.
      const written = val !== null && typeof val === 'object' ? undefined : (pf.source(docIndex, ['metadata', field, k]) ?? String(val));
      const what = aType(val);
      sink.add('app.schema', file, pos(['metadata', field, k], true), `\`metadata.${field}.${k}\` must be a string${written !== undefined ? ` (quote it: "${written}")` : ''}; Kubernetes reads ${written !== undefined ? `\`${written}\` as ${what}` : what} and refuses it.`);
    }
  }
  // Without a spec (the schema already said so) it is still an Application of the repo: counted, named, with no sources.
  const specGiven = isObj(v.spec);
  const spec: Obj = specGiven ? (v.spec as Obj) : {};
  const destination = isObj(spec.destination) ? spec.destination : undefined;
  const destNs = destination?.namespace;
  if (typeof destNs === 'string' && destNs !== '' && !isNamespaceName(destNs)) {
    sink.add('app.schema', file, pos(['spec', 'destination', 'namespace'], true), `\`spec.destination.namespace\` '${destNs}' is not a namespace name (lower-case letters, digits and '-', at most 63 characters); the sync would fail to create or find it.`);
  }
  if (destination) {
    const server = str(destination.server);
    const dname = str(destination.name);
    if (!server && !dname) sink.add('app.destination-missing', file, pos(['spec', 'destination']), '`spec.destination` names neither a `server` nor a cluster `name`.');
    else if (server && dname) sink.add('app.destination-ambiguous', file, pos(['spec', 'destination', 'name']), '`spec.destination` sets both `server` and `name`.');
  }
  const hasSource = spec.source !== undefined && spec.source !== null;
  const hasSources = Array.isArray(spec.sources) && spec.sources.length > 0;
  // Argo CD 3.x's source hydrator (`drySource`, `syncSource`) is a source of its own.
  const hydrated = isObj(spec.sourceHydrator);
  if (!specGiven || hydrated) {
    // nothing to say: the schema said the spec is missing, or the hydrator is the source
  } else if (!hasSource && !hasSources) {
    // At an empty `sources: []` or a null `source:` when written, else at `spec:`.
    const at = spec.sources !== undefined ? ['spec', 'sources'] : spec.source !== undefined ? ['spec', 'source'] : ['spec'];
    sink.add('app.source-missing', file, pos(at), 'The Application has neither `spec.source` nor `spec.sources`.');
  }
  else if (hasSource && hasSources) sink.add('app.source-and-sources', file, pos(['spec', 'source']), 'Both `spec.source` and `spec.sources` are set; Argo CD uses `spec.sources` only.');

  // 3. Layout: the file says which cluster and service this is.
  const { cluster, service } = appLayout(file, ctx.appsDir);
  if (!cluster || !service) {
    // The apps dir is '' when it is the repository root (apps-dir `.`).
    sink.add('layout.app-location', file, pf.docPosition(docIndex), `${file} is not at \`${ctx.appsDir ? `${ctx.appsDir}/` : ''}argo-apps-<cluster>/<service>-application.yaml\`, so its cluster and service are unknown.`);
  } else if (name && name !== service && name !== `${service}-${cluster}` && name !== `${cluster}-${service}`) {
    sink.add('layout.name-mismatch', file, pos(['metadata', 'name'], true), `Application '${name}' is in the file of service '${service}' (cluster '${cluster}'); expected '${service}', '${service}-${cluster}' or '${cluster}-${service}'.`);
  }

  // 4. Sources.
  const rawSources: { raw: Obj; index: number; path: PathSegment[] }[] = [];
  if (hasSources) (spec.sources as unknown[]).forEach((s, i) => isObj(s) && rawSources.push({ raw: s, index: i, path: ['spec', 'sources', i] }));
  else if (isObj(spec.source)) rawSources.push({ raw: spec.source, index: -1, path: ['spec', 'source'] });
  // The hydrator renders its dry source (repoURL, path, targetRevision, like a source) from this repo.
  else if (hydrated && isObj((spec.sourceHydrator as Obj).drySource)) rawSources.push({ raw: (spec.sourceHydrator as Obj).drySource as Obj, index: -1, path: ['spec', 'sourceHydrator', 'drySource'] });
  const refs = new Map<string, Obj>();
  for (const s of rawSources) {
    const ref = str(s.raw.ref);
    if (ref) refs.set(ref, s.raw);
  }

  // Argo CD renders a Helm source with `helm template --name-template <release name>`:
  // `helm.releaseName`, else the Application's name, which Helm refuses past 53 characters.
  let nameAsRelease = false;
  const checkReleaseName = (at: PathSegment[], releaseName: string | undefined): void => {
    if (releaseName !== undefined) {
      if (!isHelmReleaseName(releaseName)) sink.add('app.helm-release-name', file, pos([...at, 'helm', 'releaseName'], true), `\`helm.releaseName\` '${releaseName}' is not a release name Helm takes (lower-case letters, digits, '-' and '.', starting and ending with a letter or digit, at most 53 characters): Argo CD cannot render this source.`);
      return;
    }
    // An invalid object name is app.schema's already: only a valid one too long for Helm is left.
    if (nameAsRelease || !name || !isObjectName(name) || isHelmReleaseName(name)) return;
    nameAsRelease = true;
    sink.add('app.helm-release-name', file, pos(['metadata', 'name'], true), `Application name '${name}' is ${name.length} characters long: Argo CD renders its Helm source with the name as the Helm release name, and Helm refuses one over 53 characters.`);
  };

  const sources: AppSource[] = [];
  const sourceMeta: AppRecord['sourceMeta'] = [];
  for (const s of rawSources) {
    // Argo CD substitutes its build variables in value file paths before it resolves them.
    // (Made on first use: few value files name a variable.)
    let env: Map<string, string> | undefined;
    const substitute = (p: string) => {
      if (/\$\{?ARGOCD_APP_REVISION/.test(p)) return undefined;
      env ??= buildEnvironment({ appName: name ?? '', appNamespace: str(metadata?.namespace) ?? 'argocd', project: str(spec.project), destinationNamespace: str(destination?.namespace), source: s.raw });
      return envsubst(p, env);
    };
    const src = await checkSource(ctx, file, s.raw, s.path, pos, refs, { cluster, service }, checkReleaseName, substitute);
    src.index = s.index;
    sources.push(src);
    sourceMeta.push({
      path: s.path,
      gitWithPath: src.kind !== 'helm-repo' && src.path !== undefined,
    });
  }

  // With the platform repo's URL given, its rule runs here, on the file's parse that the other
  // rules' findings made (checkRepoUrls, after every file, waits only for an inferred one): a
  // wrong repoURL on 10,000 Applications was otherwise a second read and parse of each.
  if (ctx.repoUrl) {
    for (const [i, s] of sources.entries()) {
      const problem = sourceMeta[i].gitWithPath && s.repoURL ? givenRepoUrlProblem(s.repoURL, ctx.repoUrl) : undefined;
      if (problem) sink.add('source.repo-url', file, pos([...sourceMeta[i].path, 'repoURL'], true), problem);
    }
  }

  const loc = relocator(ctx.view, file, docIndex, prefix);
  const automated = isObj(spec.syncPolicy) && isObj(spec.syncPolicy.automated) ? spec.syncPolicy.automated : undefined;
  return {
    file,
    docIndex,
    name: name ?? '',
    cluster,
    service,
    project: str(spec.project),
    destination: {
      server: str(destination?.server),
      name: str(destination?.name),
      namespace: str(destination?.namespace),
    },
    sources,
    prune: automated?.prune === true,
    at: loc.at,
    get position() {
      return loc.docPosition();
    },
    appNamespace: str(metadata?.namespace) ?? 'argocd',
    sourceMeta,
    docPath: prefix,
  };
}

/**
 * A value file Helm reads (`helm template -f`) must parse and be a mapping, as a chart's
 * values.yaml must: Helm fails otherwise ("failed to parse", "cannot unmarshal array").
 * A chart's own values.yaml is left to the chart rules, which read it already, unless the
 * chart's .helmignore leaves it out: Helm still reads it with -f (`.helmignore` applies to
 * the chart's files, not to value files), so it is checked here.
 */
async function checkValueFileContent(ctx: AppCheckContext, target: string, chartDir?: string): Promise<void> {
  const slash = target.lastIndexOf('/');
  if (target.slice(slash + 1) === 'values.yaml') {
    const chart = ctx.charts?.get(target.slice(0, Math.max(slash, 0)));
    if (chart && !chart.valuesIgnored) return;
  }
  const read = (ctx.valueFilesRead ??= new Set());
  if (read.has(target)) return;
  read.add(target);
  // A value file inside the chart is one of its files, loaded by Helm's chart loader too (its limit applies); one outside only by -f.
  const limit = chartDir !== undefined && target.startsWith(`${chartDir}/`) ? CHART_FILE_LIMIT : VALUE_FILE_LIMIT;
  const values = await parseFileReporting(ctx.view.root, target, ctx.sink, undefined, limit);
  const first = values?.docs[0];
  if (!values || !first) return;
  const v = first.value;
  if (v !== null && v !== undefined && (typeof v !== 'object' || Array.isArray(v))) {
    ctx.sink.add('chart.values', target, values.position(0, []), `value file ${target} holds ${Array.isArray(v) ? 'a list' : `a ${typeof v}`}, not a mapping: Helm refuses it.`);
  }
}

interface AjvError {
  instancePath: string;
  schemaPath: string;
  keyword: string;
  message?: string;
  params: Record<string, unknown>;
}

function schemaErrorsOf(v: Obj): AjvError[] {
  return validateApplicationSchema(v) ? [] : ((validateApplicationSchema as unknown as { errors: AjvError[] }).errors ?? []);
}

/**
 * For a string field given a plain number or boolean: what Kubernetes read and how to
 * write it (`targetRevision: 1.10` is the number 1.1, `0755` the octal 493, `yes` true).
 */
function readAs(value: unknown, written: string | undefined): string {
  if (written === undefined || (typeof value !== 'number' && typeof value !== 'boolean')) return '';
  const as = typeof value === 'number' ? `the number ${value}` : `the boolean ${value}`;
  return `: Kubernetes reads \`${written}\` as ${as} (YAML 1.1, as go-yaml does); quote it: "${written}"`;
}

/** The value at a JSON pointer (an Ajv instancePath). */
function valueAt(v: unknown, pointer: string): unknown {
  let cur = v;
  for (const seg of pointerToPath(pointer)) {
    if (cur === null || typeof cur !== 'object') return undefined;
    cur = (cur as Record<string | number, unknown>)[seg];
  }
  return cur;
}

/** A copy without the null-valued properties of its mappings (list items stay). */
function withoutNulls(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(withoutNulls);
  if (!isObj(v)) return v;
  const out: Obj = {};
  for (const [k, x] of Object.entries(v)) if (x !== null) out[k] = withoutNulls(x);
  return out;
}

/**
 * ObjectMeta fields the CRD schema leaves to the API server, which refuses an object whose
 * namespace is not a namespace name, or whose generateName, finalizers or ownerReferences
 * have the wrong type (labels and annotations are checked by the caller).
 */
function checkObjectMeta(metadata: Obj | undefined, pos: (path: PathSegment[], atValue?: boolean) => Position, add: (at: Position, msg: string) => void): void {
  if (!metadata) return;
  const ns = metadata.namespace;
  if (ns !== undefined && ns !== null) {
    if (typeof ns !== 'string') add(pos(['metadata', 'namespace'], true), `\`metadata.namespace\` must be a string; Kubernetes reads ${aType(ns)} and refuses it.`);
    else if (!isNamespaceName(ns)) add(pos(['metadata', 'namespace'], true), `\`metadata.namespace\` '${ns}' is not a namespace name (lower-case letters, digits and '-', at most 63 characters).`);
  }
  const gn = metadata.generateName;
  if (gn !== undefined && gn !== null && typeof gn !== 'string') add(pos(['metadata', 'generateName'], true), '`metadata.generateName` must be a string.');
  const fin = metadata.finalizers;
  if (fin !== undefined && fin !== null && (!Array.isArray(fin) || fin.some((f) => typeof f !== 'string'))) {
    add(pos(['metadata', 'finalizers'], true), '`metadata.finalizers` must be a list of strings (e.g. `- resources-finalizer.argocd.argoproj.io`).');
  }
  const owners = metadata.ownerReferences;
  if (owners !== undefined && owners !== null && (!Array.isArray(owners) || owners.some((o) => !isObj(o)))) add(pos(['metadata', 'ownerReferences'], true), '`metadata.ownerReferences` must be a list of mappings.');
}

async function checkSource(
  ctx: AppCheckContext,
  file: string,
  raw: Obj,
  at: PathSegment[],
  pos: (path: PathSegment[], atValue?: boolean) => Position,
  refs: Map<string, Obj>,
  layout: { cluster?: string; service?: string },
  checkReleaseName: (at: PathSegment[], releaseName: string | undefined) => void,
  /** `$ARGOCD_APP_*` substituted as Argo CD does; undefined when the path depends on the commit (not known here). */
  substitute: (path: string) => string | undefined = (p) => p,
): Promise<AppSource> {
  const { sink, view, chartsDir } = ctx;
  const helm = isObj(raw.helm) ? raw.helm : undefined;
  const valueFiles = Array.isArray(helm?.valueFiles) ? (helm!.valueFiles as unknown[]).filter((x): x is string => typeof x === 'string') : [];
  const src: AppSource = {
    index: -1,
    kind: 'directory',
    repoURL: str(raw.repoURL),
    chart: str(raw.chart),
    targetRevision: str(raw.targetRevision),
    ref: str(raw.ref),
    valueFiles,
    ...(helm && typeof helm.releaseName === 'string' && helm.releaseName ? { releaseName: helm.releaseName } : {}),
    ...(helm && ['parameters', 'values', 'valuesObject', 'fileParameters'].some((k) => helm[k] !== undefined && helm[k] !== null) ? { helmOverrides: true } : {}),
  };
  // Argo CD reads `path: ""` as no path (Go's zero value) and refuses such a source, rather
  // than render the repository root. (The hydrator's dry source is validated apart, without
  // that rule: there "" stays the root.)
  const emptyIsNone = at[1] !== 'sourceHydrator';
  const rawPath = typeof raw.path === 'string' && (raw.path !== '' || !emptyIsNone) ? raw.path : undefined;

  // The schema requires a repoURL string and takes "" (Argo CD then fails to fetch it).
  if (typeof raw.repoURL === 'string' && !raw.repoURL.trim()) {
    sink.add('source.repo-url', file, pos([...at, 'repoURL'], true), `\`${at.join('.')}.repoURL\` is empty.`);
  }

  if (raw.targetRevision !== undefined && typeof raw.targetRevision === 'string' && !raw.targetRevision.trim()) {
    sink.add('source.target-revision', file, pos([...at, 'targetRevision'], true), '`targetRevision` is empty.');
  } else if (raw.targetRevision === null) {
    // The API server drops a null field of a custom resource: it is as good as unset.
    sink.add('source.target-revision', file, pos([...at, 'targetRevision']), `\`${at.join('.')}.targetRevision\` is null, which Kubernetes drops: Argo CD would track HEAD without saying so.`);
  } else if (raw.targetRevision === undefined) {
    sink.add('source.target-revision', file, pos(at), `\`${at.join('.')}.targetRevision\` is not set; Argo CD would track HEAD without saying so.`);
  }

  /**
   * helm.valueFiles: relative to the chart directory (`chartDir`; undefined for a chart
   * from a Helm repository, whose relative files live inside the fetched chart), or
   * `$<ref>/...` into a source declaring that ref, checked for Helm-repository charts too.
   */
  const ignoreMissing = helm?.ignoreMissingValueFiles === true;
  const checkExists = async (vf: string, target: string, vfPos: () => Position, chartDir?: string): Promise<void> => {
    const kind = await view.kind(target);
    if (kind !== 'file') {
      // Argo CD skips only a file that does not exist (os.Stat): a directory is passed to Helm, which fails reading it.
      if (!ignoreMissing || kind === 'dir') sink.add('source.value-file-missing', file, vfPos(), `value file '${vf}' (${target}) ${kind === 'dir' ? `is a directory, not a file${ignoreMissing ? ': Helm fails reading it, and ignoreMissingValueFiles skips only a file that does not exist' : ''}` : 'does not exist'}.`);
      return;
    }
    await checkValueFileContent(ctx, target, chartDir);
  };
  const checkValueFiles = async (chartDir: string | undefined): Promise<void> => {
    for (let i = 0; i < valueFiles.length; i++) {
      const written = valueFiles[i];
      const vfPos = () => pos([...at, 'helm', 'valueFiles', i], true);
      // `$ref/...` is resolved first; any other `$VAR` is Argo CD's build environment.
      // A `$name/...` that is no build variable stays a ref (unknown refs are source.ref-unknown's).
      const envFirst = /^\$\{|^\$ARGOCD_APP_/.test(written);
      const vf = (written.startsWith('$') && !envFirst) || !written.includes('$') ? written : substitute(written);
      if (vf === undefined) continue; // names the commit Argo CD will resolve: not checkable before it
      if (/^[a-z]+:\/\//i.test(vf)) continue; // a remote values URL: nothing local to check
      if (vf.includes('\\')) {
        sink.add('source.value-file-missing', file, vfPos(), `value file '${vf}' ${BACKSLASH}`);
        continue;
      }
      let target: string;
      if (vf.startsWith('$')) {
        const slash = vf.indexOf('/');
        const refName = vf.slice(1, slash < 0 ? undefined : slash);
        if (!refs.has(refName)) {
          sink.add('source.ref-unknown', file, vfPos(), `value file '${vf}' refers to \`$${refName}\`, but no source declares \`ref: ${refName}\`.`);
          continue;
        }
        // A ref into another repository cannot be checked from here. A Helm-repository
        // source's own repoURL is the Helm repo, so it says nothing about this one: without
        // --repo-url its ref is taken to be this repo (the platform-repo convention).
        const refRepo = str(refs.get(refName)!.repoURL);
        const thisRepo = ctx.repoUrl ?? (src.kind === 'helm-repo' ? undefined : src.repoURL);
        if (refRepo && thisRepo && !sameRepo(refRepo, thisRepo)) continue;
        target = slash < 0 ? '' : vf.slice(slash + 1);
        if (!staysInside(target)) {
          sink.add('source.path-escape', file, vfPos(), `value file '${vf}' leaves the repository.`);
          continue;
        }
        target = normalizeRepoPath(target);
        if (refRepo && !thisRepo && ctx.deferred) {
          // Which repository is this one is known only once every Application was read (the
          // URL most sources use): the check waits until then, and is dropped for another repo.
          const t = target;
          ctx.deferred.push({ repoURL: refRepo, check: () => checkExists(vf, t, vfPos) });
          continue;
        }
      } else {
        if (chartDir === undefined) continue; // inside a chart fetched from a Helm repository
        // Argo CD resolves an absolute value file against the repository root, a relative one against the chart.
        const rel = fromChart(chartDir, vf);
        if (!staysInside(rel)) {
          sink.add('source.path-escape', file, vfPos(), `value file '${vf}' leaves the repository.`);
          continue;
        }
        target = normalizeRepoPath(rel);
      }
      await checkExists(vf, target, vfPos, chartDir);
    }
  };

  /**
   * helm.fileParameters: Argo CD resolves each `path` as it resolves a value file (`$<ref>/...`
   * into a source of that ref, else relative to the chart or absolute from the repository root,
   * after its build variables; as render/plan.ts) and passes it to Helm with --set-file, which
   * fails on a missing file; ignoreMissingValueFiles does not apply. Only read when the block is there.
   */
  const checkFileParameters = async (chartDir: string): Promise<void> => {
    const params = helm?.fileParameters;
    if (!Array.isArray(params)) return;
    for (let i = 0; i < params.length; i++) {
      const fp = params[i];
      if (!isObj(fp) || typeof fp.path !== 'string' || !fp.path) continue; // the schema's
      const written = fp.path;
      const fpPos = () => pos([...at, 'helm', 'fileParameters', i, 'path'], true);
      const slash = written.indexOf('/');
      const ref = written.startsWith('$') ? refs.get(written.slice(1, slash < 0 ? undefined : slash)) : undefined;
      let rel: string | undefined;
      if (ref) {
        // Another repository's file (or one not known to be this one's) is not checkable here.
        const refRepo = str(ref.repoURL);
        const thisRepo = ctx.repoUrl ?? src.repoURL;
        if (!refRepo || !thisRepo || !sameRepo(refRepo, thisRepo)) continue;
        rel = substitute(slash < 0 ? '' : written.slice(slash + 1));
      } else {
        const path = written.includes('$') ? substitute(written) : written;
        if (path !== undefined) rel = fromChart(chartDir, path);
      }
      if (rel === undefined || /^[a-z][a-z0-9+.-]*:\/\//i.test(written)) continue; // the commit, or a URL: not checkable here
      if (rel.includes('\\')) {
        sink.add('source.file-parameter-missing', file, fpPos(), `file parameter path '${written}' ${BACKSLASH}`);
        continue;
      }
      if (!staysInside(rel)) {
        sink.add('source.path-escape', file, fpPos(), `file parameter path '${written}' leaves the repository.`);
        continue;
      }
      const target = normalizeRepoPath(rel);
      const kind = await view.kind(target);
      // A path that is there but not readable as a file of the repository (a link out of it) is render's to refuse, as Argo CD does.
      if (kind !== 'file' && (kind === 'dir' || !(await fs.lstat(join(view.root, target)).then(() => true, () => false)))) {
        const name = typeof fp.name === 'string' ? ` '${fp.name}'` : '';
        sink.add('source.file-parameter-missing', file, fpPos(), `file parameter${name} path '${written}' (${target}) ${kind === 'dir' ? 'is a directory, not a file' : 'does not exist'}: Argo CD passes it to Helm with --set-file, which fails.`);
      }
    }
  };

  if (helm && typeof helm.values === 'string' && helm.values.trim()) {
    // Argo CD hands the string to Helm as a values file: it has to parse.
    const e = loadYaml(helm.values).errors[0];
    if (e) sink.add('yaml.syntax', file, pos([...at, 'helm', 'values'], true), `\`${at.join('.')}.helm.values\` is not valid YAML, so Helm cannot read it: ${e.message} (line ${e.line}, column ${e.column} of the values).`);
  }
  checkToolBlocks(ctx, file, raw, at, pos);
  // Argo CD's spec validation: "spec.source.repoURL and either spec.source.path or spec.source.chart are required".
  const noPath = () =>
    raw.path === ''
      ? sink.add('source.path-missing', file, pos([...at, 'path'], true), `\`${at.join('.')}.path\` is empty (and there is no \`chart\`): Argo CD reads that as no path and refuses the Application, rather than render the repository root (write \`path: .\` for the root).`)
      : src.ref
        ? sink.add('source.path-missing', file, pos(at), `\`${at.join('.')}\` has a \`ref\` but no \`path\` or \`chart\`: a ref only serves value files to the other sources of \`spec.sources\`, and Argo CD refuses a single source without a path or chart.`)
        : raw.path === null
          ? // Written but null (`path: ~`, `path:`): the line to fix is the key, not its source.
            sink.add('source.path-missing', file, pos([...at, 'path']), `\`${at.join('.')}.path\` is null, which Kubernetes drops: the source has no \`path\` (and no \`chart\` or \`ref\`).`)
          : sink.add('source.path-missing', file, pos(at), `\`${at.join('.')}\` has no \`path\` (and no \`chart\` or \`ref\`).`);
  // A chart from a Helm repository, or an OCI artifact (`repoURL: oci://...`, `path: .`,
  // Argo CD 3.1+): nothing of it is in this repo but its `$ref` value files.
  if (src.chart || /^oci:\/\//i.test(src.repoURL ?? '')) {
    src.kind = 'helm-repo';
    // An OCI artifact is read at its `path` (`.` for the whole artifact): with neither a path
    // nor a chart, Argo CD refuses the Application as it does a git source without a path.
    if (!src.chart && rawPath === undefined && !src.ref && (raw.path === undefined || raw.path === null || raw.path === '')) noPath();
    if (src.chart) {
      checkChartSource(ctx, file, src, rawPath !== undefined, at, pos);
      checkReleaseName(at, src.releaseName);
    }
    await checkValueFiles(undefined);
    return src;
  }
  if (raw.path !== undefined && raw.path !== null && !(raw.path === '' && emptyIsNone) && rawPath === undefined) return src; // a path of the wrong type: the schema said so
  if (rawPath === undefined) {
    // A ref serves value files to the other sources of spec.sources; a single source needs a path or chart.
    if (src.ref && at[1] === 'sources') {
      src.kind = 'ref';
      return src;
    }
    noPath();
    return src;
  }
  if (rawPath.includes('\\')) {
    sink.add('source.path-missing', file, pos([...at, 'path'], true), `path '${rawPath}' ${BACKSLASH}`);
    return src;
  }
  if (!staysInside(rawPath)) {
    // Argo CD's repo server (util/io/path.Path) refuses both, each with its own error.
    const why = rawPath.startsWith('/') ? 'it is absolute, and Argo CD\'s repo server refuses it ("app path is absolute")' : 'Argo CD\'s repo server refuses it ("app path outside root")';
    sink.add('source.path-escape', file, pos([...at, 'path'], true), `path '${rawPath}' leaves the repository: ${why} and generates no manifests.`);
    return src;
  }
  const p = normalizeRepoPath(rawPath);
  src.path = p;
  // As written (`.`, `""`, `./x/`), with what it resolves to when that differs.
  const said = rawPath === p ? `'${p}'` : `'${rawPath}' (${p || 'the repository root'})`;
  const inChartsDir = !!chartsDir && (p === chartsDir || p.startsWith(`${chartsDir}/`));

  // Layout: a path under the charts dir must be gitops/<application>/<cluster>/<service>[/...]
  // (deeper only for kustomize overlays and plain directories: a chart is checked below).
  let belowService: string[] | undefined;
  if (inChartsDir) {
    const parts = p.slice(chartsDir.length + 1).split('/');
    if (parts.length > 3 && parts[0] !== '') belowService = parts;
    if (parts.length < 3 || parts[0] === '') {
      sink.add('layout.chart-path', file, pos([...at, 'path'], true), `path '${p}' is not at \`${chartsDir}/<application>/<cluster>/<service>\`.`);
    } else if (layout.cluster && layout.service && (parts[1] !== layout.cluster || parts[2] !== layout.service)) {
      const what = parts[1] !== layout.cluster ? `cluster '${parts[1]}'` : `service '${parts[2]}'`;
      sink.add('layout.chart-path', file, pos([...at, 'path'], true), `path '${p}' is the chart of ${what}, but this Application is service '${layout.service}' on cluster '${layout.cluster}'.`, `Point \`path\` at \`${chartsDir}/${parts[0]}/${layout.cluster}/${layout.service}\`.`);
    }
  }

  const notDir = (kind: 'file' | 'dir' | undefined) =>
    kind === 'file' ? `path ${said} is a file, not a directory: Argo CD renders a directory (a chart, a kustomization or manifests).` : `path ${said} does not exist in the repository.`;
  if (raw.plugin !== undefined) {
    src.kind = 'plugin';
    const kind = await view.kind(p);
    if (kind !== 'dir') {
      sink.add('source.path-missing', file, pos([...at, 'path'], true), notDir(kind));
      src.missing = true;
    }
    return src;
  }
  const pathKind = await view.kind(p);
  if (pathKind !== 'dir') {
    sink.add('source.path-missing', file, pos([...at, 'path'], true), notDir(pathKind));
    src.missing = true;
    return src;
  }
  const names = await view.list(p);
  const hasChart = names.includes('Chart.yaml');
  const kustomization = holdsKustomization(names);

  // Without a tool block, Argo CD detects the tool from the files (util/app/discovery): a
  // kustomization wins over a Chart.yaml beside it (it is seen later in the walk).
  if (isToolBlock(raw.kustomize, at) || (kustomization && !isSetBlock(raw.helm) && !isSetBlock(raw.directory))) {
    src.kind = 'kustomize';
    if (!kustomization) sink.add('source.kustomization-missing', file, pos([...at, 'kustomize']), `path ${said} has no kustomization.yaml.`);
    return src;
  }
  if (isToolBlock(raw.helm, at) || hasChart) {
    src.kind = 'helm';
    if (!hasChart) {
      sink.add('chart.missing', file, pos([...at, 'path'], true), `path ${said} has a \`helm\` block but no Chart.yaml${nearChartFile(names)}.`);
      return src;
    }
    // An explicit `directory` block wins over Helm detection: Argo CD would apply Chart.yaml,
    // values.yaml and the unrendered templates as manifests. (With `helm` too it is checkToolBlocks'.)
    if (!isToolBlock(raw.helm, at) && isSetBlock(raw.directory)) {
      sink.add('source.directory-on-chart', file, pos([...at, 'directory']), `path ${said} is a Helm chart, but the \`directory\` block makes Argo CD read it as plain manifests: it would apply Chart.yaml, values.yaml and the templates unrendered (with their \`{{ }}\`), and fail.`);
    }
    if (chartsDir && !inChartsDir) {
      const where = layout.cluster && layout.service ? `${chartsDir}/<application>/${layout.cluster}/${layout.service}` : `${chartsDir}/<application>/<cluster>/<service>`;
      sink.add('layout.chart-path', file, pos([...at, 'path'], true), `path ${said} is a Helm chart outside the charts directory ${chartsDir}/: the chart of an Application is \`${where}\`.`, `Move the chart to ${where}/ and point \`path\` there.`);
    }
    if (belowService) {
      const serviceDir = `${chartsDir}/${belowService.slice(0, 3).join('/')}`;
      sink.add('layout.chart-path', file, pos([...at, 'path'], true), `path '${p}' is a chart below the service directory ${serviceDir}: the chart of a service is the directory \`${chartsDir}/<application>/<cluster>/<service>\` itself.`, `Move the chart to ${serviceDir}/, or point \`path\` there.`);
    }
    const chart = ctx.charts?.get(p) ?? (await ctx.checkChart?.(p));
    if (chart?.type === 'library') {
      sink.add('source.library-chart', file, pos([...at, 'path'], true), `path ${said} is a library chart (\`type: library\`): Helm refuses to install it ("library charts are not installable"), so Argo CD cannot render this Application.`);
    }
    checkReleaseName(at, src.releaseName);
    await checkValueFiles(p);
    await checkFileParameters(p);
    return src;
  }
  src.kind = 'directory';
  const directory = isObj(raw.directory) ? raw.directory : undefined;
  const recurse = directory?.recurse === true;
  const include = str(directory?.include);
  const exclude = str(directory?.exclude);
  const underCharts = chartsDir && p.startsWith(`${chartsDir}/`);
  const all = include || exclude ? await view.manifests(p, recurse) : undefined;
  let kept: string[] | undefined;
  if (all?.length) {
    // Argo CD matches include/exclude against each file's path below the source path with
    // gobwas/glob (no separators: `*` crosses `/`, but `**/` needs one; `!` is literal): gobwas-glob.ts.
    kept = all.filter((f) => (!include || gobwasMatch(include, f)) && !(exclude && gobwasMatch(exclude, f)));
    if (!kept.length) {
      sink.add('source.directory-empty', file, pos([...at, 'directory', include ? 'include' : 'exclude'], true), `directory ${said} holds manifests, but none is left after ${[include ? `include '${include}'` : '', exclude ? `exclude '${exclude}'` : ''].filter(Boolean).join(' and ')}${recurse ? '' : ' (directory.recurse is off)'}: Argo CD would sync nothing.`);
      return src;
    }
  } else if (all ? !all.length : !(await view.hasManifest(p, recurse))) {
    if (underCharts && raw.directory === undefined) sink.add('chart.missing', file, pos([...at, 'path'], true), `path ${said} has no Chart.yaml, kustomization or manifests${nearChartFile(names)}.`);
    else sink.add('source.directory-empty', file, pos([...at, 'path'], true), `directory ${said} holds no YAML, JSON or Jsonnet manifest${recurse ? '' : ' (directory.recurse is off)'}.`);
    return src;
  }
  // Files with a manifest's extension that hold no object (a values.yaml, a Chart.yml) are
  // skipped by Argo CD's directory source: a chart that lost its Chart.yaml syncs nothing.
  const read = kept ?? (await view.manifests(p, recurse));
  if (!(await yieldsObjects(view, p, read))) {
    const which = `${[...read].sort().slice(0, 3).join(', ')}${read.length > 3 ? `, … (${read.length} files)` : ''}`;
    if (underCharts && raw.directory === undefined) {
      sink.add('chart.missing', file, pos([...at, 'path'], true), `path ${said} has no Chart.yaml${nearChartFile(names)}, so Argo CD reads it as a plain directory of manifests, and none of its YAML files (${which}) is a Kubernetes object: Argo CD skips each (no \`kind\`) and the Application syncs nothing.`);
    } else {
      sink.add('source.directory-empty', file, pos([...at, 'path'], true), `directory ${said} holds YAML files (${which}), but none is a Kubernetes object: Argo CD's directory source skips a file without \`kind\`, so it would sync nothing.`);
    }
  }
  return src;
}

/**
 * Whether Argo CD's directory source gets something out of one of `files` (paths below
 * `dir`): an object to apply, or a sync that fails. That is a JSON or Jsonnet file (a
 * JSON file that is no object fails the sync), a YAML document with a string `kind`, a
 * file that looks like a broken manifest (see checkApplicationFile), or one that does not
 * read or parse here (not taken for empty). Reads up to the first such file: one read
 * for a directory of manifests.
 */
async function yieldsObjects(view: RepoView, dir: string, files: readonly string[]): Promise<boolean> {
  for (const f of files) {
    if (!/\.ya?ml$/.test(f)) return true;
    const read = await readTextFile(view.root, dir ? `${dir}/${f}` : f);
    if ('issue' in read) return true;
    const yf = loadYaml(read.text);
    if (yf.errors.length || yf.docs.some((d) => d.conversionError || decodesAsObject(d.value)) || looksLikeManifest(read.text)) return true;
  }
  return false;
}

/** `, and Chart.yml is not read: ...` when a file of the directory is Chart.yaml in another spelling. */
function nearChartFile(names: readonly string[]): string {
  const near = names.find((n) => n !== 'Chart.yaml' && /^chart\.ya?ml$/i.test(n));
  return near ? ` (it holds \`${near}\`, which Helm and Argo CD do not read: the chart file is \`Chart.yaml\`, exactly)` : '';
}

/** The tool blocks of a source, in the order Argo CD names them ("multiple application sources defined: Kustomize,Helm"). */
const TOOL_BLOCKS = [['kustomize', 'Kustomize'], ['helm', 'Helm'], ['directory', 'Directory'], ['plugin', 'Plugin']] as const;

/**
 * A tool block Argo CD counts. `plugin: {}` is one (it asks for plugin discovery); an
 * all-zero `helm`, `kustomize` or `directory` block (`helm: {}`, `directory: {recurse: false}`)
 * is not counted, as Argo CD drops such blocks when it normalises a source: better a
 * conflict missed than a harmless empty block called one.
 */
function isSetBlock(v: unknown, name = ''): boolean {
  if (v === undefined || v === null) return false;
  return name === 'plugin' || !isZero(v);
}

/**
 * Whether a source's `kustomize` or `helm` block makes Argo CD use that tool whatever the
 * directory holds. Kubernetes drops a null block. Of `spec.source`, Argo CD also drops an
 * all-zero block (`kustomize: {}`) before it picks the tool (NormalizeApplicationSpec), so
 * the files decide; it normalises copies of `spec.sources`, so there an empty block stays
 * the explicit tool.
 */
function isToolBlock(v: unknown, at: readonly PathSegment[]): boolean {
  if (!isObj(v)) return false; // null is dropped; another type is the schema's to report
  return at[1] !== 'source' || !isZero(v);
}

function isZero(v: unknown): boolean {
  if (v === null || v === undefined || v === false || v === '' || v === 0) return true;
  if (Array.isArray(v)) return v.length === 0;
  return isObj(v) && Object.values(v).every(isZero);
}

/** Argo CD refuses a source with two tool blocks ("multiple application sources defined"): nothing renders. */
function checkToolBlocks(ctx: AppCheckContext, file: string, raw: Obj, at: PathSegment[], pos: (path: PathSegment[], atValue?: boolean) => Position): void {
  // The cheap test first: almost every source has one block or none.
  let present = 0;
  for (const [key] of TOOL_BLOCKS) if (raw[key] !== undefined && raw[key] !== null) present++;
  if (present < 2) return;
  const set = TOOL_BLOCKS.filter(([key]) => isSetBlock(raw[key], key));
  if (set.length < 2) return;
  // At the second block as written: the first one is the tool the author meant, most likely.
  const written = Object.keys(raw).filter((k) => set.some(([key]) => key === k));
  ctx.sink.add('source.multiple-types', file, pos([...at, written[1]]), `\`${at.join('.')}\` sets ${written.map((k) => `\`${k}\``).join(' and ')}: Argo CD refuses a source with more than one of \`helm\`, \`kustomize\`, \`directory\` and \`plugin\` ("multiple application sources defined: ${set.map(([, n]) => n).join(',')}"), so nothing renders.`);
}

/**
 * A source with `chart` is a chart from a Helm repository to Argo CD (`IsHelm()` is
 * `chart != ""`): `path` is then ignored, and `chart` on this git repository makes Argo CD
 * fetch the chart from it as if it were a Helm repository, which fails.
 */
function checkChartSource(ctx: AppCheckContext, file: string, src: AppSource, hasPath: boolean, at: PathSegment[], pos: (path: PathSegment[], atValue?: boolean) => Position): void {
  const where = () => pos([...at, 'chart']);
  if (hasPath) {
    ctx.sink.add('source.chart-conflict', file, where(), `\`${at.join('.')}\` sets both \`chart\` and \`path\`: Argo CD takes a source with \`chart\` for a chart from a Helm repository and ignores \`path\` (which is only for git sources).`);
    return;
  }
  const repoURL = src.repoURL;
  if (!repoURL || /^oci:\/\//i.test(repoURL)) return;
  const report = async (): Promise<void> => {
    ctx.sink.add('source.chart-conflict', file, where(), `\`chart: ${src.chart}\` on a source of this platform git repository (${repoURL}): Argo CD takes a source with \`chart\` for a chart from a Helm repository and would fetch '${src.chart}' from ${repoURL} as one, which fails.`);
  };
  if (ctx.repoUrl) {
    if (sameRepo(repoURL, ctx.repoUrl)) void report();
  } else if (ctx.deferred) {
    // Which repository is this one is known once every Application was read; an unknown one is not assumed.
    ctx.deferred.push({ repoURL, check: report, onlyIfKnown: true });
  }
}

/**
 * The file the cross-file rules last asked a position in, with its full parse: one slot per
 * validation (its RepoView), not one per record. A record that kept its own held its file's
 * document model for the rest of the run once a rule reported on it: 10,000 Applications
 * with a wrong repoURL kept 10,000 (over 200 MB more at the peak). The rules report a
 * record's findings one after the other, so those still share one read and parse.
 */
const lastRelocated = new WeakMap<RepoView, { file: string; yf: YamlFile }>();

/**
 * Positions for the cross-file rules, which run after every file was read: the file is
 * read and parsed again only when one of them reports on it. A record does not keep its
 * file's text, so 10,000 Applications do not keep 10,000 texts alive.
 */
function relocator(view: RepoView, file: string, docIndex: number, prefix: PathSegment[]): { at: AppRecord['at']; docPosition: () => Position } {
  const load = (): YamlFile => {
    let last = lastRelocated.get(view);
    if (last?.file !== file) {
      const read = readTextFileSync(view.root, file);
      last = { file, yf: loadYaml('text' in read ? read.text : '') };
      lastRelocated.set(view, last);
    }
    return last.yf;
  };
  return {
    at: (path: PathSegment[], atValue?: boolean) => load().position(docIndex, [...prefix, ...path], atValue),
    docPosition: () => (prefix.length ? load().position(docIndex, prefix, true) : load().docPosition(docIndex)),
  };
}
