import type { AppSource, ApplicationInfo, ChartInfo, Position, SourceKind } from '../../repo/types.js';
import picomatch from 'picomatch';
import { sameRepo } from '../../repo/git-url.js';
import { isNamespaceName, isObjectName } from '../../repo/k8s-names.js';
import { joinRepoPath, normalizeRepoPath, staysInside } from '../../repo/paths.js';
import { readTextFileSync } from '../../repo/files.js';
import { loadYaml, pointerToPath, type PathSegment, type YamlDoc, type YamlFile } from '../../repo/yaml.js';
import validateApplicationSchema from '../schema/application-validator.generated.js';
import type { RepoView } from '../repo-view.js';
import type { FindingSink } from '../sink.js';
import { parseFileReporting } from './yaml-file.js';


type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => v !== null && typeof v === 'object' && !Array.isArray(v);
const str = (v: unknown): string | undefined => (typeof v === 'string' && v.trim() !== '' ? v : undefined);

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
  /** Checks that wait for the platform repo's URL to be inferred (see checkRepoUrls). */
  deferred?: DeferredRepoCheck[];
  /** Value files already read (each is reported once, however many Applications list it). */
  valueFilesRead?: Set<string>;
}

/** A check of a file in the repository `repoURL`, run only if that is the platform repo. */
export interface DeferredRepoCheck {
  repoURL: string;
  check: () => Promise<void>;
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

/** The documents of one file under the apps directory → Application records, skipped kinds and findings. */
export async function checkApplicationFile(
  ctx: AppCheckContext,
  file: string,
  pf: YamlFile,
  text: string,
): Promise<{ apps: AppRecord[]; skipped: { file: string; kind: string; name?: string }[] }> {
  const apps: AppRecord[] = [];
  const skipped: { file: string; kind: string; name?: string }[] = [];
  const nonEmpty = pf.docs.filter((d) => d.value !== null && d.value !== undefined || d.conversionError);
  if (nonEmpty.length === 0) {
    ctx.sink.add('yaml.empty', file, undefined, `${file} holds no YAML document.`);
    return { apps, skipped };
  }
  for (let i = 0; i < pf.docs.length; i++) {
    const d = pf.docs[i];
    if (d.conversionError || d.value === null || d.value === undefined) continue;
    const v = d.value;
    // Positions are computed only when a finding is added (a clean file is parsed once).
    const where = () => pf.docPosition(i);
    if (!isObj(v)) {
      ctx.sink.add('yaml.not-resource', file, where(), `Document ${i + 1} is ${Array.isArray(v) ? 'a list' : `a ${typeof v}`}, not a Kubernetes resource.`);
      continue;
    }
    const kind = v.kind;
    const apiVersion = v.apiVersion;
    if (kind !== 'Application' && (typeof kind !== 'string' || typeof apiVersion !== 'string')) {
      ctx.sink.add('yaml.not-resource', file, where(), `Document ${i + 1} has no string \`apiVersion\` and \`kind\`.`);
      continue;
    }
    const isArgo = typeof apiVersion !== 'string' || apiVersion.startsWith('argoproj.io/');
    // Kinds are case-sensitive: `kind: application` would make the root App-of-Apps fail ("no matches for kind").
    const argoKind = typeof kind === 'string' && isArgo ? ARGO_KINDS.find((k) => k.toLowerCase() === kind.toLowerCase()) : undefined;
    if (argoKind && argoKind !== kind) {
      ctx.sink.add('app.schema', file, pf.position(i, ['kind'], true), `\`kind: ${kind}\` is not a kind Argo CD serves (kinds are case-sensitive): did you mean \`${argoKind}\`?`);
      continue;
    }
    if (kind === 'Application' && typeof apiVersion === 'string' && isArgo && apiVersion !== 'argoproj.io/v1alpha1') {
      ctx.sink.add('app.schema', file, pf.position(i, ['apiVersion'], true), `\`apiVersion: ${apiVersion}\` is not served: Argo CD Applications are \`argoproj.io/v1alpha1\`.`);
      continue;
    }
    if (kind !== 'Application' || !isArgo) {
      const name = isObj(v.metadata) ? str(v.metadata.name) : undefined;
      skipped.push({ file, kind: String(kind), name });
      ctx.sink.add('repo.skipped-kind', file, where(), `${apiVersion} ${String(kind)}${name ? ` '${name}'` : ''} is not an Argo CD Application; not validated.`);
      continue;
    }
    if (text.includes('{{') && isTemplatedDeep(v)) {
      ctx.sink.add('yaml.templated', file, where(), `Application in document ${i + 1} holds \`{{ }}\` placeholders in its name, source or destination; skipped.`);
      continue;
    }
    const app = await checkApplication(ctx, file, i, pf, d, v);
    if (app) apps.push(app);
  }
  return { apps, skipped };
}

/** Placeholders in the fields we resolve mean the file is a template rendered elsewhere. */
function isTemplatedDeep(v: Obj): boolean {
  const spec = isObj(v.spec) ? v.spec : {};
  // Only the fields the rules resolve: `{{ }}` in helm.values or parameters is Helm's business
  // at render time and must not switch the Application's checks off.
  const sources = [spec.source, ...(Array.isArray(spec.sources) ? spec.sources : [])].filter(isObj);
  const picks: unknown[] = [isObj(v.metadata) ? v.metadata.name : undefined, spec.destination];
  for (const s of sources) picks.push(s.repoURL, s.path, s.targetRevision, s.chart, s.ref, isObj(s.helm) ? s.helm.valueFiles : undefined);
  return picks.some((p) => p !== undefined && JSON.stringify(p).includes('{{'));
}

async function checkApplication(ctx: AppCheckContext, file: string, docIndex: number, pf: YamlFile, _d: YamlDoc, v: Obj): Promise<AppRecord | undefined> {
  const { sink } = ctx;
  const pos = (path: PathSegment[], atValue = false) => pf.position(docIndex, path, atValue);

  // 1. The real Argo CD schema, on the object as the API server sees it: it prunes a null
  // in a field that is not nullable and has no default before validating, so
  // `namespace: null` is no error, while a required field left null is "required".
  let schemaErrors = schemaErrorsOf(v);
  if (schemaErrors.some((e) => valueAt(v, e.instancePath) === null)) schemaErrors = schemaErrorsOf(withoutNulls(v) as Obj);
  if (schemaErrors.length) {
    const seen = new Set<string>();
    for (const e of schemaErrors) {
      const path = pointerToPath(e.instancePath);
      const missing = e.keyword === 'required' ? String(e.params.missingProperty) : undefined;
      const field = [...path, ...(missing ? [missing] : [])].join('.') || '(document)';
      const msg = missing ? `\`${field}\` is required by the Argo CD Application schema.` : `\`${field}\` ${e.message ?? 'is invalid'}${e.keyword === 'enum' ? ` (${(e.params.allowedValues as unknown[]).join(', ')})` : ''}.`;
      if (seen.has(msg)) continue;
      seen.add(msg);
      if (seen.size > MAX_SCHEMA_ERRORS_PER_DOC) break;
      sink.add('app.schema', file, pos(path, true), msg);
    }
  }

  // 2. What the schema lets through.
  const metadata = isObj(v.metadata) ? v.metadata : undefined;
  const name = str(metadata?.name);
  const rawName = metadata?.name;
  if (rawName !== undefined && rawName !== null && typeof rawName !== 'string') {
    // The CRD leaves metadata to Kubernetes, which refuses a name that is not a string.
    sink.add('app.schema', file, pos(['metadata', 'name'], true), `\`metadata.name\` must be a string, not a ${Array.isArray(rawName) ? 'list' : typeof rawName}.`);
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
      if (typeof val === 'string') continue;
      // As written: `on` reads as the boolean true (YAML 1.1, as Kubernetes reads it), and the fix is to quote `on`.
      const written = val !== null && typeof val === 'object' ? undefined : (pf.source(docIndex, ['metadata', field, k]) ?? String(val));
      const what = val === null ? 'null' : Array.isArray(val) ? 'list' : typeof val;
      sink.add('app.schema', file, pos(['metadata', field, k], true), `\`metadata.${field}.${k}\` must be a string${written !== undefined ? ` (quote it: "${written}")` : ''}; Kubernetes reads ${written !== undefined ? `\`${written}\` as a ${what}` : `a ${what}`} and refuses it.`);
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
  } else if (!hasSource && !hasSources) sink.add('app.source-missing', file, pos(['spec']), 'The Application has neither `spec.source` nor `spec.sources`.');
  else if (hasSource && hasSources) sink.add('app.source-and-sources', file, pos(['spec', 'source']), 'Both `spec.source` and `spec.sources` are set; Argo CD uses `spec.sources` only.');

  // 3. Layout: the file says which cluster and service this is.
  const { cluster, service } = appLayout(file, ctx.appsDir);
  if (!cluster || !service) {
    sink.add('layout.app-location', file, pf.docPosition(docIndex), `${file} is not at \`${ctx.appsDir}/argo-apps-<cluster>/<service>-application.yaml\`, so its cluster and service are unknown.`);
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

  const sources: AppSource[] = [];
  const sourceMeta: AppRecord['sourceMeta'] = [];
  for (const s of rawSources) {
    const src = await checkSource(ctx, file, s.raw, s.path, pos, refs, { cluster, service });
    src.index = s.index;
    sources.push(src);
    sourceMeta.push({
      path: s.path,
      gitWithPath: src.kind !== 'helm-repo' && src.path !== undefined,
    });
  }

  const loc = relocator(ctx.view.root, file, docIndex);
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
  };
}

/**
 * A value file Helm reads (`helm template -f`) must parse and be a mapping, as a chart's
 * values.yaml must: Helm fails otherwise ("failed to parse", "cannot unmarshal array").
 * A chart's own values.yaml is left to the chart rules, which read it already, unless the
 * chart's .helmignore leaves it out: Helm still reads it with -f (`.helmignore` applies to
 * the chart's files, not to value files), so it is checked here.
 */
async function checkValueFileContent(ctx: AppCheckContext, target: string): Promise<void> {
  const slash = target.lastIndexOf('/');
  if (target.slice(slash + 1) === 'values.yaml') {
    const chart = ctx.charts?.get(target.slice(0, Math.max(slash, 0)));
    if (chart && !chart.valuesIgnored) return;
  }
  const read = (ctx.valueFilesRead ??= new Set());
  if (read.has(target)) return;
  read.add(target);
  const values = await parseFileReporting(ctx.view.root, target, ctx.sink);
  const first = values?.docs[0];
  if (!values || !first) return;
  const v = first.value;
  if (v !== null && v !== undefined && (typeof v !== 'object' || Array.isArray(v))) {
    ctx.sink.add('chart.values', target, values.position(0, []), `value file ${target} holds ${Array.isArray(v) ? 'a list' : `a ${typeof v}`}, not a mapping: Helm refuses it.`);
  }
}

interface AjvError {
  instancePath: string;
  keyword: string;
  message?: string;
  params: Record<string, unknown>;
}

function schemaErrorsOf(v: Obj): AjvError[] {
  return validateApplicationSchema(v) ? [] : ((validateApplicationSchema as unknown as { errors: AjvError[] }).errors ?? []);
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
    if (typeof ns !== 'string') add(pos(['metadata', 'namespace'], true), `\`metadata.namespace\` must be a string; Kubernetes reads a ${typeof ns} and refuses it.`);
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
  };
  const rawPath = typeof raw.path === 'string' ? raw.path : undefined;

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
  const checkExists = async (vf: string, target: string, vfPos: () => Position): Promise<void> => {
    const kind = await view.kind(target);
    if (kind !== 'file') {
      if (!ignoreMissing) sink.add('source.value-file-missing', file, vfPos(), `value file '${vf}' (${target}) ${kind === 'dir' ? 'is a directory, not a file' : 'does not exist'}.`);
      return;
    }
    await checkValueFileContent(ctx, target);
  };
  const checkValueFiles = async (chartDir: string | undefined): Promise<void> => {
    for (let i = 0; i < valueFiles.length; i++) {
      const vf = valueFiles[i];
      const vfPos = () => pos([...at, 'helm', 'valueFiles', i], true);
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
        const rel = vf.startsWith('/') ? vf.replace(/^\/+/, '') : joinRepoPath(chartDir, vf);
        if (!staysInside(rel)) {
          sink.add('source.path-escape', file, vfPos(), `value file '${vf}' leaves the repository.`);
          continue;
        }
        target = normalizeRepoPath(rel);
      }
      await checkExists(vf, target, vfPos);
    }
  };

  if (helm && typeof helm.values === 'string' && helm.values.trim()) {
    // Argo CD hands the string to Helm as a values file: it has to parse.
    const e = loadYaml(helm.values).errors[0];
    if (e) sink.add('yaml.syntax', file, pos([...at, 'helm', 'values'], true), `\`${at.join('.')}.helm.values\` is not valid YAML, so Helm cannot read it: ${e.message} (line ${e.line}, column ${e.column} of the values).`);
  }
  // A chart from a Helm repository, or an OCI artifact (`repoURL: oci://...`, `path: .`,
  // Argo CD 3.1+): nothing of it is in this repo but its `$ref` value files.
  if (src.chart || /^oci:\/\//i.test(src.repoURL ?? '')) {
    src.kind = 'helm-repo';
    await checkValueFiles(undefined);
    return src;
  }
  if (raw.path !== undefined && raw.path !== null && rawPath === undefined) return src; // a path of the wrong type: the schema said so
  if (rawPath === undefined) {
    if (src.ref) {
      src.kind = 'ref';
      return src;
    }
    sink.add('source.path-missing', file, pos(at), `\`${at.join('.')}\` has no \`path\` (and no \`chart\` or \`ref\`).`);
    return src;
  }
  if (rawPath.includes('\\')) {
    sink.add('source.path-missing', file, pos([...at, 'path'], true), `path '${rawPath}' ${BACKSLASH}`);
    return src;
  }
  if (!staysInside(rawPath)) {
    sink.add('source.path-escape', file, pos([...at, 'path'], true), `path '${rawPath}' leaves the repository.`);
    return src;
  }
  const p = normalizeRepoPath(rawPath);
  src.path = p;

  // Layout: a path under the charts dir must be gitops/<application>/<cluster>/<service>[/...]
  // (deeper only for kustomize overlays and plain directories: a chart is checked below).
  let belowService: string[] | undefined;
  if (chartsDir && (p === chartsDir || p.startsWith(`${chartsDir}/`))) {
    const parts = p.slice(chartsDir.length + 1).split('/');
    if (parts.length > 3 && parts[0] !== '') belowService = parts;
    if (parts.length < 3 || parts[0] === '') {
      sink.add('layout.chart-path', file, pos([...at, 'path'], true), `path '${p}' is not at \`${chartsDir}/<application>/<cluster>/<service>\`.`);
    } else if (layout.cluster && layout.service && (parts[1] !== layout.cluster || parts[2] !== layout.service)) {
      const what = parts[1] !== layout.cluster ? `cluster '${parts[1]}'` : `service '${parts[2]}'`;
      sink.add('layout.chart-path', file, pos([...at, 'path'], true), `path '${p}' is the chart of ${what}, but this Application is service '${layout.service}' on cluster '${layout.cluster}'.`, `Point \`path\` at \`${chartsDir}/${parts[0]}/${layout.cluster}/${layout.service}\`.`);
    }
  }

  if (raw.plugin !== undefined) {
    src.kind = 'plugin';
    if ((await view.kind(p)) !== 'dir') sink.add('source.path-missing', file, pos([...at, 'path'], true), `path '${p}' does not exist in the repository.`);
    return src;
  }
  if ((await view.kind(p)) !== 'dir') {
    sink.add('source.path-missing', file, pos([...at, 'path'], true), `path '${p}' does not exist in the repository.`);
    return src;
  }
  const names = await view.list(p);
  const hasChart = names.includes('Chart.yaml');
  const kustomization = names.some((n) => n === 'kustomization.yaml' || n === 'kustomization.yml' || n === 'Kustomization');

  if (raw.kustomize !== undefined || (kustomization && !hasChart && !helm)) {
    src.kind = 'kustomize';
    if (!kustomization) sink.add('source.kustomization-missing', file, pos([...at, 'kustomize']), `${p} has no kustomization.yaml.`);
    return src;
  }
  if (helm || hasChart) {
    src.kind = 'helm';
    if (!hasChart) {
      sink.add('chart.missing', file, pos([...at, 'path'], true), `path '${p}' has a \`helm\` block but no Chart.yaml.`);
      return src;
    }
    if (belowService) {
      const serviceDir = `${chartsDir}/${belowService.slice(0, 3).join('/')}`;
      sink.add('layout.chart-path', file, pos([...at, 'path'], true), `path '${p}' is a chart below the service directory ${serviceDir}: the chart of a service is the directory \`${chartsDir}/<application>/<cluster>/<service>\` itself.`, `Move the chart to ${serviceDir}/, or point \`path\` there.`);
    }
    if (ctx.charts?.get(p)?.type === 'library') {
      sink.add('source.library-chart', file, pos([...at, 'path'], true), `path '${p}' is a library chart (\`type: library\`): Helm refuses to install it ("library charts are not installable"), so Argo CD cannot render this Application.`);
    }
    await checkValueFiles(p);
    return src;
  }
  src.kind = 'directory';
  const directory = isObj(raw.directory) ? raw.directory : undefined;
  const recurse = directory?.recurse === true;
  const include = str(directory?.include);
  const exclude = str(directory?.exclude);
  const all = include || exclude ? await view.manifests(p, recurse) : undefined;
  if (all?.length) {
    // Argo CD matches include/exclude against each file's path below the source path,
    // with a `*` that also crosses `/` (gobwas/glob without separators), and `{a,b}` lists.
    const kept = all.filter((f) => (!include || globMatch(include, f)) && !(exclude && globMatch(exclude, f)));
    if (!kept.length) sink.add('source.directory-empty', file, pos([...at, 'directory', include ? 'include' : 'exclude'], true), `directory '${p}' holds manifests, but none is left after ${[include ? `include '${include}'` : '', exclude ? `exclude '${exclude}'` : ''].filter(Boolean).join(' and ')}${recurse ? '' : ' (directory.recurse is off)'}: Argo CD would sync nothing.`);
    return src;
  }
  if (all ? !all.length : !(await view.hasManifest(p, recurse))) {
    const underCharts = chartsDir && p.startsWith(`${chartsDir}/`);
    if (underCharts && raw.directory === undefined) sink.add('chart.missing', file, pos([...at, 'path'], true), `path '${p}' has no Chart.yaml, kustomization or manifests.`);
    else sink.add('source.directory-empty', file, pos([...at, 'path'], true), `directory '${p}' holds no YAML, JSON or Jsonnet manifest${recurse ? '' : ' (directory.recurse is off)'}.`);
  }
  return src;
}

const globs = new Map<string, (s: string) => boolean>();

/** Argo CD's glob for directory include/exclude: `*` crosses `/`, `{a,b}` alternatives. */
function globMatch(pattern: string, path: string): boolean {
  let m = globs.get(pattern);
  if (!m) globs.set(pattern, (m = picomatch(pattern, { bash: true, dot: true })));
  return m(path);
}

/**
 * Positions for the cross-file rules, which run after every file was read: the file is
 * read and parsed again only when one of them reports on it. A record does not keep its
 * file's text, so 10,000 Applications do not keep 10,000 texts alive.
 */
function relocator(root: string, file: string, docIndex: number): { at: AppRecord['at']; docPosition: () => Position } {
  let yf: YamlFile | undefined;
  const load = (): YamlFile => {
    if (!yf) {
      const read = readTextFileSync(root, file);
      yf = loadYaml('text' in read ? read.text : '');
    }
    return yf;
  };
  return {
    at: (path: PathSegment[], atValue?: boolean) => load().position(docIndex, path, atValue),
    docPosition: () => load().docPosition(docIndex),
  };
}
