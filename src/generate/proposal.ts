import { isInside } from '../repo/paths.js';
import type { AppSource, ApplicationInfo, RepoModel } from '../repo/types.js';
import type { ValidationResult } from '../validate/engine.js';
import { ARGOCD_NAMESPACE, applicationYaml, type ApplicationParams } from './application.js';
import { chartFiles, chartResourceKinds } from './chart.js';
import { parseImageReference } from './inputs.js';
import { loadRepo } from './model.js';
import {
  blockingAncestor,
  caseTwin,
  kindWords,
  chooseDestination,
  chooseProject,
  linkedMarker,
  type Conflict,
  describeExistingSource,
  detectConventions,
  type ExistingSource,
  fill,
  inferRepoUrl,
  listDir,
  normPath,
  pathKind,
  renderedInteger,
  sameImage,
  sameRepo,
  workflowImageRepository,
} from './preserve.js';
import type { GenerateRequest, Proposal, ProposedFile } from './types.js';
import { buildContext, ghcrOwnerAdvice, ghcrOwnerMismatch, workflowYaml } from './workflow.js';

export function workflowPath(service: string): string {
  return `.github/workflows/${service}-ci.yaml`;
}

/** What the proposal does for one cluster. */
export interface ClusterPlan {
  cluster: string;
  appName: string;
  appFile: string;
  chartDir: string;
  /** The Application: created, or kept (an existing one already deploys the chart dir). */
  app: { state: 'create' } | { state: 'kept'; existing: ApplicationInfo };
  chart: { state: 'create' } | { state: 'kept'; existing: ExistingSource };
  /** The destination of a created Application. */
  dest?: ApplicationParams['destination'];
  /** The Argo CD project of a created Application. */
  project?: string;
}

/** Argo CD's parameter override file in a chart folder (an image updater writes it): values.yaml is not all that runs. */
const IMAGE_UPDATER_FILE = /\/\.argocd-source(-[^/]*)?\.ya?ml$/;

/** Findings that mean a file's content could not be read at all. */
const UNREADABLE_RULES = new Set(['yaml.syntax', 'yaml.alias-bomb', 'file.unreadable', 'file.symlink-loop']);

/**
 * Reads the repo at `root` and proposes exactly what is missing for the request. Never writes.
 * A conflict gives a proposal with no files and a `question`. A request without `repoUrl`
 * gets it inferred from the existing Applications (InputError('repo-url') when it cannot be).
 */
export async function buildProposal(root: string, request: GenerateRequest, existing?: ValidationResult): Promise<Proposal> {
  const baseline = existing ?? (await loadRepo(root, { appsDir: request.appsDir, chartsDir: request.chartsDir, repoUrl: request.repoUrl }));
  const m: RepoModel = baseline.model;
  const notes: string[] = [];
  const conflicts: Conflict[] = [];
  const req: GenerateRequest = { ...request, clusters: [...request.clusters] };
  if (!req.repoUrl) {
    const missingDirs = baseline.findings.filter((f) => f.ruleId === 'repo.apps-dir-missing' || f.ruleId === 'repo.charts-dir-missing').map((f) => f.file);
    req.repoUrl = inferRepoUrl(m, req.chartsDir, missingDirs);
    notes.push(`The platform repo URL ${req.repoUrl} was taken from the existing Applications (input repo-url not given).`);
  } else {
    const others = [
      ...new Set(
        m.applications.flatMap((a) =>
          a.sources.filter((s) => s.path !== undefined && s.repoURL && normPath(s.path).startsWith(`${req.chartsDir}/`)).map((s) => s.repoURL!),
        ),
      ),
    ].sort();
    if (others.length > 0 && !others.some((u) => sameRepo(u, req.repoUrl))) {
      // Generating against another URL would give Applications that disagree with every existing one.
      conflicts.push({
        found: `None of the existing Applications deploy ${req.chartsDir}/ from ${req.repoUrl}; they use ${others.join(', ')}.`,
        options: `Run again with repo-url set to the platform repo's URL (or left empty, to take it from the existing Applications), or update the existing Applications in their own pull request first.`,
      });
    }
  }
  // A file under the apps dir that cannot be read may hold an Application of the same name
  // or for the same chart: nothing can be said to be missing until it is fixed.
  const unreadable = baseline.findings.filter((f) => UNREADABLE_RULES.has(f.ruleId) && isInside(f.file, req.appsDir));
  const unreadFiles = [...new Set(unreadable.map((f) => f.file))];
  if (unreadFiles.length) {
    const first = unreadable[0];
    conflicts.push({
      found: `${unreadFiles.length === 1 ? `${unreadFiles[0]} cannot be read` : `${unreadFiles.length} files under ${req.appsDir}/ cannot be read (${unreadFiles.slice(0, 5).join(', ')}${unreadFiles.length > 5 ? ', …' : ''})`} (${first.file}${first.line ? `:${first.line}` : ''}: ${first.message}); ${unreadFiles.length === 1 ? 'it' : 'they'} may already hold an Application for this service.`,
      options: 'Fix or remove the file in its own pull request (gitops-action validate shows where), then run again.',
    });
  }
  const image = parseImageReference(req.image);
  const conv = detectConventions(m, req);
  notes.push(...conv.notes);
  const namingNoteAt = notes.length;
  if (conv.conflict) conflicts.push(conv.conflict);
  const kept = new Set<string>();
  const plans: ClusterPlan[] = [];
  /**
   * Notes about the Applications to be created (their destination and project): left out of a
   * halt, which creates none. Read from the Applications of this repo URL only, they said
   * "cluster prod has no Applications yet" when the halt was that prod's Applications use another.
   */
  const newAppNotes = new Set<string>();
  /** Application names proposed so far in this run, with their cluster. */
  const proposedNames = new Map<string, string>();

  for (const cluster of req.clusters) {
    const vars = { cluster, service: req.service, application: req.application };
    const appFile = `${req.appsDir}/${fill(conv.layout.appFile, vars)}`;
    const chartDir = `${req.chartsDir}/${fill(conv.layout.chart, vars)}`;
    const appName = fill(conv.nameTemplate, vars);
    const isChartSource = (s: AppSource) => s.path !== undefined && s.kind !== 'ref' && sameRepo(s.repoURL, req.repoUrl) && normPath(s.path) === chartDir;
    const deploysChart = (a: ApplicationInfo) => a.sources.some(isChartSource);

    // 1. An Application of that name that deploys something else. Names are unique per Argo CD
    // namespace, whatever folder the file is in (validate's app.duplicate-name says the same).
    const sameName = m.applications.filter((a) => a.name === appName && (a.appNamespace ?? ARGOCD_NAMESPACE) === ARGOCD_NAMESPACE);
    for (const a of sameName) {
      if (deploysChart(a)) continue;
      const what = a.sources.map((s) => (s.path !== undefined ? `${s.path} of ${s.repoURL ?? '?'}` : s.chart !== undefined ? `chart ${s.chart} from ${s.repoURL ?? '?'}` : (s.repoURL ?? '?'))).join(', ') || 'no source';
      conflicts.push({
        cluster,
        found: `An Application named '${appName}' already exists in ${a.file} and deploys ${what}, not ${chartDir}.`,
        options: `Choose another service name, or rename or remove that Application in its own pull request, then run again.`,
      });
    }

    if (sameName.length === 0 && proposedNames.has(appName)) {
      conflicts.push({
        cluster,
        found: `The Applications of this repo are named '${conv.nameTemplate}', so the Application for ${cluster} would be named '${appName}', like the one proposed for ${proposedNames.get(appName)}; Argo CD needs a distinct name for each.`,
        options: `Run once per cluster after choosing distinct names, or rename the existing Applications to the {service}-{cluster} form in their own pull request, then run again.`,
      });
    }

    // 2. An Application (any name) that already deploys the chart dir.
    const deploying = m.applications.filter(deploysChart).sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : a.docIndex - b.docIndex));
    let app: ClusterPlan['app'] = { state: 'create' };
    if (deploying.length > 0) {
      const e = deploying[0];
      app = { state: 'kept', existing: e };
      kept.add(e.file);
      notes.push(`Kept ${e.file} as it is: the Application '${e.name}' already deploys ${chartDir}${e.name !== appName ? ` (under another name than '${appName}')` : ''}.`);
    } else {
      proposedNames.set(appName, cluster);
      const anc = await blockingAncestor(root, appFile);
      const k = await pathKind(root, appFile);
      if (anc) {
        conflicts.push({ cluster, found: `${anc.path} is ${kindWords(anc.kind)}, where the folder for ${appFile} would go.`, options: `Move it out of the way, or choose apps-dir, then run again.` });
      } else if (k !== 'missing') {
        const inFile = m.applications.filter((a) => a.file === appFile);
        const desc =
          k === 'file'
            ? inFile.length
              ? `an Application '${inFile[0].name}' that deploys ${inFile[0].sources.map((s) => s.path ?? s.chart ?? '?').join(', ') || 'nothing'}`
              : 'a file that holds no Argo CD Application'
            : kindWords(k);
        conflicts.push({
          cluster,
          found: `${appFile} already exists and is ${desc}, not an Application for ${chartDir}.`,
          options: `Rename or remove that ${k === 'dir' ? 'directory' : 'file'} in its own pull request, or choose another service name, then run again. It is never overwritten.`,
        });
      }
    }

    // 3. The chart dir.
    let chart: ClusterPlan['chart'] = { state: 'create' };
    const canc = await blockingAncestor(root, chartDir);
    const ck = await pathKind(root, chartDir);
    if (canc) {
      conflicts.push({ cluster, found: `${canc.path} is ${kindWords(canc.kind)}, where the folder for the chart ${chartDir} would go.`, options: `Move it out of the way, or choose charts-dir, then run again.` });
    } else if (ck === 'dir') {
      const listing = await listDir(root, chartDir);
      // A kept Application's source decides the tool (validate read its tool block, or Argo CD's
      // detection); a new one has no tool block for a kept folder, so detection decides.
      const keptKind = app.state === 'kept' ? app.existing.sources.find(isChartSource)?.kind : undefined;
      const tool = keptKind === 'helm' || keptKind === 'kustomize' || keptKind === 'directory' ? keptKind : undefined;
      const existing = await describeExistingSource(root, chartDir, listing, tool);
      const link = linkedMarker(chartDir, listing.symlinks);
      const errors = baseline.findings.filter((f) => f.severity === 'error' && f.file.startsWith(`${chartDir}/`));
      if (existing && app.state === 'create' && (existing.library || errors.length > 0)) {
        // Wiring an Application to it would deploy something that cannot render.
        const what = existing.library ? 'a library chart (Chart.yaml type: library), which Helm cannot install' : `a chart with errors (${errors.slice(0, 3).map((f) => `${f.ruleId} in ${f.file}${f.line ? `:${f.line}` : ''}`).join('; ')}${errors.length > 3 ? '; …' : ''})`;
        conflicts.push({
          cluster,
          found: `${chartDir}/ exists and is ${what}; an Application for it would not sync.`,
          options: `Fix the chart (or deploy an application chart that depends on it) in its own pull request, then run again; gitops-action never rewrites a chart a person made.`,
        });
      } else if (existing) {
        chart = { state: 'kept', existing };
        for (const f of [...listing.files, ...listing.symlinks]) kept.add(f);
        const names = [...listing.files, ...listing.symlinks].map((f) => f.slice(chartDir.length + 1));
        notes.push(
          `Kept the existing ${existing.kind === 'kustomize' ? 'kustomization' : existing.kind === 'helm' ? 'chart' : 'folder'} ${chartDir}/ as it is (${names.join(', ')})` +
            (existing.detected.length ? `; detected: ${existing.detected.join('; ')}.` : '; nothing beyond the standard chart files was detected.') +
            (app.state === 'create' ? ' Only its Application is proposed.' : ''),
        );
        // Asked again for a service that exists, with another image: say plainly that it is not applied.
        // (Not when an image updater writes the image back beside it: values.yaml is not what runs.)
        const updater = listing.files.some((f) => IMAGE_UPDATER_FILE.test(f));
        if (existing.image && req.image && !updater && !sameImage(existing.image, req.image)) {
          notes.push(`The requested image ${req.image} is not applied: ${chartDir}/values.yaml keeps ${existing.image}. gitops-action only adds what is missing and never changes an existing file; change the image in a pull request of your own (or with your image updater).`);
        }
      } else if (link) {
        // The folder is a chart or kustomization through a link (Helm and validate follow it),
        // which is not what "holds no Chart.yaml" would tell the person; nor is adding one the fix.
        conflicts.push({
          cluster,
          found: `${chartDir}/ exists, and its ${link.slice(chartDir.length + 1)} is a symbolic link: gitops-action does not follow links in a folder it would keep, so it cannot tell what the folder holds.`,
          options: `Replace ${link} with the file itself in its own pull request, then run again${app.state === 'create' ? `; or add the Application for ${chartDir} by hand` : ''}.`,
        });
      } else if (listing.files.length + listing.symlinks.length + listing.others.length + listing.dirs.length > 0) {
        const all = [...listing.files, ...listing.symlinks, ...listing.others, ...listing.dirs.map((d) => `${d}/`)].sort();
        conflicts.push({
          cluster,
          found: `${chartDir}/ exists but holds neither a Chart.yaml nor a kustomization: ${all.slice(0, 8).join(', ')}${all.length > 8 ? ', …' : ''}.`,
          options: `Complete it as a chart (add a Chart.yaml) or move those files, then run again; gitops-action never writes into a folder a person started.`,
        });
      }
    } else if (ck !== 'missing') {
      conflicts.push({ cluster, found: `${chartDir} is ${kindWords(ck)}, where the chart folder would go.`, options: `Move it out of the way, then run again.` });
    }
    notes.push(...notFollowed(req, { app, chart, chartDir }, isChartSource, m));
    if (app.state === 'kept' && chart.state === 'create') {
      notes.push(`The Application '${app.existing.name}' (${app.existing.file}) points at ${chartDir}, which does not exist yet: only the chart is proposed.`);
    }
    if (app.state === 'create') {
      const { dest, note } = chooseDestination(conv, cluster);
      const project = chooseProject(conv, req.application, cluster);
      for (const n of [note, project.note]) {
        if (!n) continue;
        notes.push(n);
        newAppNotes.add(n);
      }
      plans.push({ cluster, appName, appFile, chartDir, app, chart, dest, project: project.project });
    } else {
      plans.push({ cluster, appName, appFile, chartDir, app, chart });
    }
  }

  // How the new Applications are named, where the request makes one (a run with nothing missing names none).
  if (conv.namingNote && plans.some((p) => p.app.state === 'create')) notes.splice(namingNoteAt, 0, conv.namingNote);

  // 4. The CI workflow.
  let workflow: 'create' | 'kept' | 'skip' = req.ciWorkflow === 'skip' ? 'skip' : 'create';
  const wfPath = workflowPath(req.service);
  if (workflow === 'create') {
    const anc = await blockingAncestor(root, wfPath);
    const alt = wfPath.replace(/\.yaml$/, '.yml');
    const [k, kAlt] = [await pathKind(root, wfPath), await pathKind(root, alt)];
    if (anc) conflicts.push({ found: `${anc.path} is ${kindWords(anc.kind)}, where the folder for ${wfPath} would go.`, options: `Move it out of the way, or set ci-workflow: skip, then run again.` });
    else if (k === 'file' || (k === 'missing' && kAlt === 'file')) {
      workflow = 'kept';
      const p = k === 'file' ? wfPath : alt;
      kept.add(p);
      notes.push(`Kept the existing CI workflow ${p} as it is.`);
      const pushed = await workflowImageRepository(root, p);
      if (pushed && !sameImage(pushed, image.repository)) notes.push(`The requested image repository ${image.repository} is not applied: ${p} keeps env.IMAGE ${pushed}, the repository it pushes to. ${NOT_CHANGED}`);
    } else if (k !== 'missing') {
      conflicts.push({ found: `${wfPath} is ${kindWords(k)}.`, options: `Move it out of the way, or set ci-workflow: skip, then run again.` });
    } else if (kAlt !== 'missing') {
      // The service's workflow under the other extension, as a link (or a folder): a person's
      // thing of that name, which a second workflow beside it would duplicate, not replace.
      conflicts.push({ found: `${alt} is ${kindWords(kAlt)}, where the service's CI workflow would be.`, options: `Replace it with the workflow file itself or remove it, or set ci-workflow: skip, then run again.` });
    }
  }

  // Paths to be created that an existing entry matches but for case.
  const toCreate = [
    ...plans.flatMap((p) => [...(p.chart.state === 'create' ? [p.chartDir] : []), ...(p.app.state === 'create' ? [p.appFile] : [])]),
    ...(workflow === 'create' ? [wfPath] : []),
  ];
  for (const path of toCreate) {
    const twin = await caseTwin(root, path);
    if (!twin) continue;
    // Only ways that work: the service, application and cluster inputs are lower-case labels, so
    // spelling them as the twin is never one; apps-dir and charts-dir take any case.
    const seg = twin.split('/').length - 1;
    const ways = [`Rename or remove ${twin} in its own pull request`];
    if (path === wfPath) ways.push('set ci-workflow: skip');
    const dirInput = (
      [
        ['apps-dir', req.appsDir],
        ['charts-dir', req.chartsDir],
      ] as const
    ).find(([, d]) => path.startsWith(`${d}/`) && seg < d.split('/').length);
    if (dirInput) ways.push(`set ${dirInput[0]} to the folder as it is spelled there`);
    else {
      // Another name helps only where that name is the path's part that clashes: the service in
      // the last part (its chart folder, its Application or workflow file), the application in
      // its own folder; never a cluster's folder (the cluster is what the request is for).
      const parts = path.split('/');
      const last = seg === parts.length - 1;
      if (last && parts[seg].includes(req.service)) ways.push('choose another service name');
      else if (!last && parts[seg] === req.application) ways.push('choose another application name');
    }
    conflicts.push({ found: `${twin} already exists and differs from ${path} only in case: on a macOS or Windows checkout they are the same path.`, options: `${ways.join(', or ')}, then run again.` });
  }

  const emptyBlast = { clusters: [], namespaces: [], applications: [], resourceKinds: [], prune: false };
  if (conflicts.length > 0) {
    return {
      request: req,
      files: [],
      preservationNotes: notes.filter((n) => !newAppNotes.has(n)),
      kept: [...kept].sort(),
      blastRadius: emptyBlast,
      rollback: [],
      question: formatQuestion(req, conflicts),
    };
  }

  // 5. The files.
  const files: ProposedFile[] = [];
  const newApps: string[] = [];
  const clusters = new Set<string>();
  const namespaces = new Set<string>();
  const kinds = new Set<string>();
  let prune = false;
  for (const p of plans) {
    if (p.chart.state === 'create') {
      for (const f of chartFiles({ service: req.service, application: req.application, cluster: p.cluster, namespace: req.namespace, image, port: req.port, replicas: req.replicas })) {
        files.push({ path: `${p.chartDir}/${f.path}`, content: f.content, action: 'create' });
      }
    }
    if (p.app.state === 'create') {
      const sourceKind = p.chart.state === 'kept' ? p.chart.existing.kind : 'helm';
      files.push({
        path: p.appFile,
        action: 'create',
        content: applicationYaml({
          name: p.appName,
          service: req.service,
          application: req.application,
          cluster: p.cluster,
          namespace: req.namespace,
          repoUrl: req.repoUrl,
          targetRevision: req.targetRevision,
          path: p.chartDir,
          project: p.project!,
          destination: p.dest!,
          sourceKind,
        }),
      });
      newApps.push(p.appName);
      prune = true;
    }
    if (p.chart.state === 'create' || p.app.state === 'create') {
      clusters.add(p.cluster);
      namespaces.add(p.app.state === 'kept' ? (p.app.existing.destination.namespace ?? req.namespace) : req.namespace);
      for (const k of p.chart.state === 'create' ? chartResourceKinds(req.replicas) : p.chart.existing.resourceKinds) kinds.add(k);
      if (p.app.state === 'kept' && p.app.existing.prune) prune = true;
    }
  }
  // A tag or a commit predates this pull request: the chart it adds is not at that revision.
  if (PINNED_REVISION.test(req.targetRevision) && plans.some((p) => p.app.state === 'create' && p.chart.state === 'create')) {
    notes.push(`The new Application(s) track targetRevision ${req.targetRevision}, a tag or commit that does not hold the chart this pull request adds: Argo CD reports the path missing until ${req.targetRevision} is moved, or a new tag that includes the chart is cut and the Application(s) point at it.`);
  }
  if (workflow === 'create') {
    const workflowRepo = req.workflowRepoUrl ?? req.repoUrl;
    files.push({ path: wfPath, action: 'create', content: workflowYaml({ service: req.service, image, branch: req.targetRevision, repoUrl: workflowRepo }) });
    notes.push(`The CI workflow ${wfPath} builds ${buildContext(req.service)}/Dockerfile and pushes ${image.repository}; adjust its context if the service's source lives elsewhere.`);
    const foreign = ghcrOwnerMismatch(image, workflowRepo);
    if (foreign) notes.push(`The CI workflow ${wfPath} cannot push its image with GITHUB_TOKEN as generated: ${ghcrOwnerAdvice(image, foreign)}`);
  } else if (workflow === 'skip') {
    notes.push('No CI workflow proposed (ci-workflow: skip).');
  }
  files.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));

  const blastRadius = { clusters: [...clusters].sort(), namespaces: [...namespaces].sort(), applications: [...new Set(newApps)].sort(), resourceKinds: [...kinds].sort(), prune };
  return {
    request: req,
    files,
    preservationNotes: notes,
    kept: [...kept].sort(),
    blastRadius,
    rollback: files.length ? rollbackSteps(req, plans, blastRadius, workflow === 'create') : [],
    // What generation determined, for the gate (not re-derived from paths by the default layout).
    targets: plans.map((p) => ({
      cluster: p.cluster,
      service: req.service,
      application: req.application,
      appFile: p.appFile,
      chartDir: p.chartDir,
      appName: p.app.state === 'kept' ? p.app.existing.name : p.appName,
    })),
  };
}

const NOT_CHANGED = 'gitops-action only adds what is missing and never changes an existing file; change it in a pull request of your own.';

/**
 * Notes for the request's values that a kept Application or chart does not follow (the image
 * has its own note): a kept Application's destination.namespace and targetRevision, a kept
 * chart's replicaCount, containerPort and service.port (as the generated chart names them),
 * compared as Argo CD and Helm take them (5 and "5" are one replica count). Says nothing where
 * it cannot tell: a value that is absent or not a plain number, or a values.yaml that is not
 * all that runs (other value files or helm parameters in the Application, an image updater's
 * override file, a .helmignore that leaves it out; autoscaling, for the replica count).
 */
function notFollowed(req: GenerateRequest, p: Pick<ClusterPlan, 'app' | 'chart' | 'chartDir'>, isChartSource: (s: AppSource) => boolean, model: RepoModel): string[] {
  const out: string[] = [];
  const asked = (input: string) => !req.given || req.given.includes(input);
  const tell = (input: string, what: string, where: string, kept: string) => {
    // A default nobody asked for is not a request the kept files fail to follow.
    if (asked(input)) out.push(`The requested ${what} is not applied: ${where} keeps ${kept}. ${NOT_CHANGED}`);
  };
  let source: AppSource | undefined;
  if (p.app.state === 'kept') {
    const e = p.app.existing;
    const where = `${e.file} (Application '${e.name}')`;
    const ns = e.destination.namespace;
    if (ns !== undefined && ns !== req.namespace) tell('namespace', `namespace ${req.namespace}`, where, `destination.namespace ${ns}`);
    source = e.sources.find(isChartSource);
    const rev = source?.targetRevision;
    const ref = (r: string) => r.replace(/^refs\/(?:heads|tags)\//, '');
    if (rev !== undefined && ref(rev) !== ref(req.targetRevision)) tell('target-revision', `target revision ${req.targetRevision}`, where, `targetRevision ${rev}`);
  }
  if (p.chart.state !== 'kept') return out;
  const c = p.chart.existing;
  const v = c.values;
  if (c.kind !== 'helm' || !v) return out;
  if (model.charts.some((ch) => ch.dir === p.chartDir && ch.valuesIgnored)) return out;
  if (c.files.some((f) => IMAGE_UPDATER_FILE.test(f))) return out;
  if (source && (source.helmOverrides || source.valueFiles.some((f) => normPath(f) !== 'values.yaml'))) return out;
  const obj = (x: unknown) => (x && typeof x === 'object' && !Array.isArray(x) ? (x as Record<string, unknown>) : {});
  const values = `${p.chartDir}/values.yaml`;
  const replicas = renderedInteger(v.replicaCount);
  if (replicas !== undefined && replicas !== req.replicas && !obj(v.autoscaling).enabled) tell('replicas', `replica count ${req.replicas}`, values, `replicaCount ${replicas}`);
  const ports = (
    [
      ['containerPort', renderedInteger(v.containerPort)],
      ['service.port', renderedInteger(obj(v.service).port)],
    ] as const
  ).filter(([, n]) => n !== undefined && n !== req.port);
  if (ports.length) tell('port', `port ${req.port}`, values, ports.map(([k, n]) => `${k} ${n}`).join(' and '));
  return out;
}

function formatQuestion(req: GenerateRequest, conflicts: Conflict[]): string {
  const lines = [`gitops-action stopped before proposing anything for '${req.service}': it found something in the repo that it cannot work around without overwriting a person's files or guessing.`];
  conflicts.forEach((c, i) => lines.push(`${i + 1}. ${c.cluster ? `[${c.cluster}] ` : ''}${c.found} ${c.options}`));
  lines.push('How do you want to proceed?');
  return lines.join('\n');
}

/** A version tag (v1.2.3, 1.4, also as refs/tags/v1.2.3, or any tag ref) or a full commit SHA, as opposed to a branch or HEAD. */
const PINNED_REVISION = /^(?:(?:refs\/tags\/)?v?\d+(?:\.\d+)+(?:[-+][0-9A-Za-z.-]+)?|refs\/tags\/.+|[0-9a-f]{40})$/;

/** The kinds to list after a rollback, as kubectl takes them (what the chart renders; the standard chart's when unknown). */
function kubectlKinds(kinds: string[]): string {
  return (kinds.length ? kinds : ['Deployment', 'Service', 'ServiceAccount']).map((k) => k.toLowerCase()).join(',');
}

function rollbackSteps(req: GenerateRequest, plans: ClusterPlan[], blast: { applications: string[]; resourceKinds: string[]; namespaces: string[] }, workflow: boolean): string[] {
  // -m 1 is for a merge commit only: git refuses it for the single commit a squash merge makes.
  const steps = [
    `Revert the pull request (GitHub's Revert button, or on the branch it was merged into: git revert -m 1 <merge commit> after a merge commit, git revert <commit> after a squash merge, each of its commits after a rebase merge): the files it created disappear from that branch.`,
  ];
  const created = plans.filter((p) => p.app.state === 'create');
  if (created.length) {
    steps.push(
      `The root App-of-Apps then prunes the Application(s) ${created.map((p) => `'${p.appName}' (${p.cluster})`).join(', ')}; through the resources finalizer, Argo CD deletes what they deployed (${blast.resourceKinds.join(', ')} in namespace(s) ${blast.namespaces.join(', ')}). The namespace itself, created by CreateNamespace=true, is not deleted.`,
    );
  }
  for (const p of plans) {
    if (p.app.state !== 'kept' || p.chart.state !== 'create') continue;
    // The revert leaves the kept Application pointing at a path that is gone: Argo CD cannot render
    // it (a ComparisonError) and so prunes nothing; what the chart deployed keeps running.
    const e = p.app.existing;
    steps.push(
      `The existing Application '${e.name}' (${e.file}) stays: after the revert its chart folder ${p.chartDir} is gone, so Argo CD reports a ComparisonError (the path does not exist) and prunes nothing: what the chart deployed keeps running. ` +
        `To remove it, delete that Application in a pull request of its own (with the resources finalizer, Argo CD then deletes what it deployed; without it, delete those resources by hand), or restore the chart.`,
    );
    steps.push(
      `Check on ${p.cluster}: kubectl -n ${e.appNamespace ?? ARGOCD_NAMESPACE} get application ${e.name} (still there, with the ComparisonError), and kubectl --context ${p.cluster} -n ${e.destination.namespace ?? req.namespace} get ${kubectlKinds(blast.resourceKinds)} -l app.kubernetes.io/name=${req.service} (still running until the Application is removed).`,
    );
  }
  for (const p of plans) {
    if (p.app.state !== 'create') continue;
    const name = p.appName;
    if (p.chart.state === 'create') {
      // By app.kubernetes.io/name, which the generated chart sets on everything it renders:
      // not by app.kubernetes.io/instance, which Argo CD's label tracking (the default before
      // 3.0) rewrites to the Application's name, so a check by the release name would find
      // nothing even while the resources are still there.
      steps.push(
        `Check on ${p.cluster}: kubectl -n argocd get application ${name} (gone after the prune), and kubectl --context ${p.cluster} -n ${req.namespace} get ${kubectlKinds(blast.resourceKinds)} -l app.kubernetes.io/name=${req.service} (no resources left).`,
      );
    } else {
      // A kept chart or kustomization: its labels are its own, so the Application says what it deployed.
      // Asked before the revert (afterwards the Application is gone): the first step.
      steps.unshift(`Before reverting, on ${p.cluster}: note what the Application deploys: kubectl -n argocd get application ${name} -o jsonpath='{range .status.resources[*]}{.kind}/{.namespace}/{.name}{"\\n"}{end}'.`);
      steps.push(`Check on ${p.cluster}: kubectl -n argocd get application ${name} (gone after the prune), and each resource noted before the revert (none left).`);
    }
  }
  if (workflow) steps.push(`The CI workflow ${workflowPath(req.service)} goes with the revert; images it already pushed stay in the registry.`);
  return steps;
}
