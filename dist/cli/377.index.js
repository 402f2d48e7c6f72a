export const id = 377;
export const ids = [377];
export const modules = {

/***/ 8377:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  GENERATE_USAGE: () => (/* binding */ GENERATE_USAGE),
  runGenerateCli: () => (/* binding */ runGenerateCli)
});

// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __webpack_require__(7975);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
;// CONCATENATED MODULE: ./src/generate/apply.ts



async function writeProposal(root, proposal, options = {}) {
    if (proposal.question)
        throw new errors/* UserError */.yo('The proposal halted with a question: nothing to write.');
    const realRoot = await (0,promises_.realpath)(root);
    const seen = new Set();
    const problems = [];
    // What the repo holds now where the proposal creates something: it changed since it was read.
    const conflicts = [];
    for (const f of proposal.files) {
        if (f.action !== 'create')
            problems.push(`${f.path}: action '${f.action}' is refused (generation only creates files)`);
        const segs = f.path.split('/');
        if ((0,external_node_path_.isAbsolute)(f.path) || f.path.includes('\\') || f.path.includes('\0') || segs.some((s) => s === '' || s === '.' || s === '..')) {
            problems.push(`${f.path}: not a plain repo-relative path`);
            continue;
        }
        if (seen.has(f.path))
            problems.push(`${f.path}: proposed twice`);
        seen.add(f.path);
        for (let i = 1; i < segs.length; i++) {
            const parent = segs.slice(0, i).join('/');
            if (proposal.files.some((g) => g.path === parent))
                problems.push(`${f.path}: its parent ${parent} is itself a proposed file`);
        }
        for (let i = 1; i <= segs.length; i++) {
            const rel = segs.slice(0, i).join('/');
            let st;
            try {
                st = await (0,promises_.lstat)((0,external_node_path_.join)(realRoot, rel));
            }
            catch (e) {
                if (e.code === 'ENOENT')
                    break;
                if ((0,errors/* isSystemError */.Or)(e))
                    throw new errors/* IoError */.dA(rel, e.code, `Could not check ${rel}${rel !== f.path ? ` (for ${f.path})` : ''}: ${(0,errors/* systemErrorText */.f9)(e)}. Nothing was written.`);
                throw e;
            }
            if (i === segs.length)
                conflicts.push(`${f.path}: already exists (never overwritten)`);
            else if (st.isSymbolicLink())
                conflicts.push(`${f.path}: its parent ${rel} is a symbolic link`);
            else if (!st.isDirectory())
                conflicts.push(`${f.path}: its parent ${rel} is not a directory`);
            if (st.isSymbolicLink() || !st.isDirectory())
                break;
        }
    }
    if (problems.length)
        throw new errors/* UserError */.yo(`Nothing was written:\n${[...problems, ...conflicts].map((p) => `- ${p}`).join('\n')}`);
    if (conflicts.length)
        throw new errors/* WriteConflictError */.Az(conflicts);
    const createdFiles = [];
    const createdDirs = [];
    let current = '';
    // What was being done when a system call failed, for the message: the folder or the file.
    let step = { what: 'create', path: '' };
    try {
        for (const f of [...proposal.files].sort((a, b) => (a.path < b.path ? -1 : 1))) {
            current = f.path;
            const segs = f.path.split('/');
            for (let i = 1; i < segs.length; i++) {
                const abs = (0,external_node_path_.join)(realRoot, ...segs.slice(0, i));
                step = { what: 'create the folder', path: segs.slice(0, i).join('/') };
                try {
                    await (0,promises_.mkdir)(abs);
                    createdDirs.push(abs);
                }
                catch (e) {
                    if (e.code !== 'EEXIST')
                        throw e;
                }
                const st = await (0,promises_.lstat)(abs);
                if (st.isSymbolicLink() || !st.isDirectory())
                    throw new errors/* WriteConflictError */.Az([`${f.path}: its parent ${segs.slice(0, i).join('/')} changed while writing`]);
            }
            const abs = (0,external_node_path_.join)(realRoot, ...segs);
            if (!abs.startsWith(realRoot + external_node_path_.sep))
                throw new errors/* UserError */.yo(`${f.path}: escapes the repo`);
            if (options.beforeCreate)
                await options.beforeCreate(f.path);
            step = { what: 'create', path: f.path };
            const fh = await (0,promises_.open)(abs, 'wx', 0o644);
            createdFiles.push(abs);
            step = { what: 'write', path: f.path };
            try {
                await fh.writeFile(f.content, 'utf8');
            }
            finally {
                await fh.close();
            }
        }
    }
    catch (e) {
        const left = await rollBack(realRoot, createdFiles, createdDirs);
        if (e instanceof errors/* UserError */.yo)
            throw e;
        // EEXIST from O_EXCL: another writer created the file after the checks above.
        if (e.code === 'EEXIST')
            throw new errors/* WriteConflictError */.Az([`${current}: created by someone else while writing (never overwritten)`]);
        if (!(0,errors/* isSystemError */.Or)(e))
            throw e; // not the disk's: a bug
        const what = `${step.what} ${step.path}${step.path !== current ? ` (for ${current})` : ''}`;
        throw new errors/* IoError */.dA(step.path, e.code, `Could not ${what}: ${(0,errors/* systemErrorText */.f9)(e)}. ${left}`);
    }
    return proposal.files.map((f) => f.path).sort();
}
/**
 * Removes what a failed write created (files first, then folders, deepest first) and says
 * what is left: nothing, or what could not be removed. A folder another writer put a file in
 * meanwhile (ENOTEMPTY) is theirs now and kept.
 */
async function rollBack(realRoot, files, dirs) {
    const stuck = [];
    const rel = (abs) => (0,external_node_path_.relative)(realRoot, abs).split(external_node_path_.sep).join('/');
    for (const f of [...files].reverse()) {
        await (0,promises_.unlink)(f).catch((e) => {
            if (e.code !== 'ENOENT')
                stuck.push(`${rel(f)} (${e.code ?? e.message})`);
        });
    }
    for (const d of [...dirs].reverse()) {
        await (0,promises_.rmdir)(d).catch((e) => {
            if (e.code !== 'ENOENT' && e.code !== 'ENOTEMPTY' && e.code !== 'EEXIST')
                stuck.push(`${rel(d)}/ (${e.code ?? e.message})`);
        });
    }
    if (stuck.length)
        return `What it had created could not all be removed; left behind: ${stuck.join(', ')}.`;
    const n = files.length;
    const m = dirs.length;
    return n + m === 0 ? 'Nothing was written.' : `Nothing was left behind: the ${n} file(s) and ${m} folder(s) it had created were removed again.`;
}

// EXTERNAL MODULE: ./src/generate/inputs.ts
var inputs = __webpack_require__(5850);
// EXTERNAL MODULE: ./src/policy/input.ts + 4 modules
var policy_input = __webpack_require__(2741);
// EXTERNAL MODULE: ./src/policy/gate.ts + 2 modules
var gate = __webpack_require__(5042);
// EXTERNAL MODULE: ./src/policy/waivers.ts
var waivers = __webpack_require__(2827);
// EXTERNAL MODULE: ./src/validate/engine.ts + 19 modules
var engine = __webpack_require__(2637);
;// CONCATENATED MODULE: ./src/generate/model.ts

/**
 * Reading the existing tree for generation: the validate engine's model (one walk, one parse
 * per file). Only its Applications are used here; charts and other paths are inspected by
 * preserve.ts with lstat, so that symlinks and files in the way are seen as what they are.
 */
async function loadRepoModel(root, opts) {
    return (await loadRepo(root, opts)).model;
}
/** The whole validation of the existing tree: its model, and its findings (the baseline a proposal is judged against). */
async function loadRepo(root, opts) {
    return (0,engine/* validateRepo */.L)(root, { appsDir: opts.appsDir, chartsDir: opts.chartsDir, ...(opts.repoUrl ? { repoUrl: opts.repoUrl } : {}) });
}

;// CONCATENATED MODULE: ./src/generate/input-causes.ts
/**
 * Names the input behind a denial of a file generation creates. The policies judge files, the
 * same in validate and generate, so their messages speak of `targetRevision`, `spec.replicas`
 * or a PodDisruptionBudget "switched off in values.yaml"; the engineer who ran generate did not
 * write those files and can only change the inputs. An item about a kept file (the engineer's
 * own) is left as it is: no input produced it.
 */
function nameDenyingInputs(decision, proposal) {
    const created = new Set(proposal.files.filter((f) => f.action === 'create').map((f) => f.path));
    const targets = proposal.targets ?? [];
    const apps = new Set(targets.map((t) => t.appFile).filter((p) => created.has(p)));
    const inChart = (path) => created.has(path) && targets.some((t) => path.startsWith(`${t.chartDir}/`));
    const req = proposal.request;
    const given = new Set(req.given ?? ['port', 'replicas', 'namespace', 'target-revision']);
    const last = (i) => (i.field && i.field.length ? i.field[i.field.length - 1] : undefined);
    const cause = (i) => {
        if (i.rule_id === 'PRD-004' && apps.has(i.path) && last(i) === 'targetRevision') {
            return {
                input: 'target-revision',
                hint: `${given.has('target-revision') ? `the input target-revision is '${req.targetRevision}'` : `the input target-revision was not given, so it is '${req.targetRevision}'`}: run again with target-revision set to a semver tag (e.g. v1.2.3) or a commit SHA`,
            };
        }
        if (i.rule_id === 'PRD-001' && inChart(i.path) && last(i) === 'replicas') {
            return { input: 'replicas', hint: `the input replicas is ${req.replicas}: run again with replicas 2 or more, or without the production cluster(s)` };
        }
        // The generated PodDisruptionBudget is on with two replicas or more (chart.ts): with one
        // replica it would block every node drain, so replicas is what switched it off.
        if (i.rule_id === 'PRD-002' && inChart(i.path) && req.replicas < 2) {
            return { input: 'replicas', hint: `the generated PodDisruptionBudget is on only with two replicas or more, and the input replicas is ${req.replicas}: run again with replicas 2 or more` };
        }
        if (i.rule_id === 'CON-005' && apps.has(i.path) && last(i) === 'namespace') {
            return {
                input: 'namespace',
                hint: `${given.has('namespace') ? `the input namespace is '${req.namespace}'` : `the input namespace was not given, so it is the application's name '${req.namespace}'`}: run again with namespace set to one that is not protected`,
            };
        }
        return undefined;
    };
    const name = (i) => {
        const c = cause(i);
        return c ? { ...i, input: c.input, message: `${i.message} (${c.hint})` } : i;
    };
    return { ...decision, denials: decision.denials.map(name), warnings: decision.warnings.map(name), waived: decision.waived.map(name) };
}

// EXTERNAL MODULE: ./src/repo/paths.ts
var paths = __webpack_require__(5092);
// EXTERNAL MODULE: ./src/generate/application.ts
var application = __webpack_require__(6037);
// EXTERNAL MODULE: ./src/generate/yamldoc.ts
var yamldoc = __webpack_require__(2580);
;// CONCATENATED MODULE: ./src/generate/chart.ts

const CHART_VERSION = '0.1.0';
/** Kinds the generated chart renders with its generated values (for the blast radius). */
function chartResourceKinds(replicas) {
    return replicas >= 2 ? ['Deployment', 'PodDisruptionBudget', 'Service', 'ServiceAccount'] : ['Deployment', 'Service', 'ServiceAccount'];
}
function chartYaml(p) {
    const chart = {
        apiVersion: 'v2',
        name: p.service,
        description: `Helm chart for the ${p.service} service of ${p.application} on cluster ${p.cluster}.`,
        type: 'application',
        version: CHART_VERSION,
    };
    if (p.image.tag)
        chart.appVersion = p.image.tag;
    const doc = (0,yamldoc/* newDoc */.Xh)(chart, 'Generated by gitops-action. The platform team owns this chart from here on:\nedit it freely, gitops-action never rewrites an existing file.');
    (0,yamldoc/* commentKey */.Td)(doc, ['version'], 'Chart version (SemVer): bump it when the chart itself changes.');
    if (p.image.tag) {
        (0,yamldoc/* quoteAt */.MO)(doc, ['appVersion']);
        (0,yamldoc/* commentKey */.Td)(doc, ['appVersion'], 'The version of the service the chart deploys by default (image.tag).');
    }
    return (0,yamldoc/* render */.XX)(doc);
}
function valuesYaml(p) {
    const values = {
        replicaCount: p.replicas,
        image: {
            repository: p.image.repository,
            tag: p.image.tag ?? '',
            digest: p.image.digest ?? '',
            pullPolicy: 'IfNotPresent',
        },
        imagePullSecrets: [],
        nameOverride: '',
        fullnameOverride: '',
        partOf: p.application,
        revisionHistoryLimit: 5,
        serviceAccount: { create: true, automount: false, annotations: {}, name: '' },
        podAnnotations: {},
        podLabels: {},
        podSecurityContext: {
            runAsNonRoot: true,
            runAsUser: 10001,
            runAsGroup: 10001,
            fsGroup: 10001,
            seccompProfile: { type: 'RuntimeDefault' },
        },
        securityContext: {
            allowPrivilegeEscalation: false,
            privileged: false,
            readOnlyRootFilesystem: true,
            runAsNonRoot: true,
            runAsUser: 10001,
            capabilities: { drop: ['ALL'] },
            seccompProfile: { type: 'RuntimeDefault' },
        },
        containerPort: p.port,
        service: { type: 'ClusterIP', port: p.port },
        podDisruptionBudget: { enabled: p.replicas >= 2, maxUnavailable: 1 },
        env: [],
        resources: {
            requests: { cpu: '100m', memory: '128Mi' },
            limits: { cpu: '500m', memory: '256Mi' },
        },
        livenessProbe: { tcpSocket: { port: 'http' }, initialDelaySeconds: 10, periodSeconds: 10, timeoutSeconds: 2, failureThreshold: 3 },
        readinessProbe: { tcpSocket: { port: 'http' }, initialDelaySeconds: 5, periodSeconds: 5, timeoutSeconds: 2, failureThreshold: 3 },
        nodeSelector: {},
        tolerations: [],
        affinity: {},
        topologySpreadConstraints: [],
    };
    const doc = (0,yamldoc/* newDoc */.Xh)(values, `Values for ${p.service} (${p.application}) on cluster ${p.cluster}, namespace ${p.namespace}.`);
    (0,yamldoc/* quoteAt */.MO)(doc, ['image', 'tag']);
    (0,yamldoc/* quoteAt */.MO)(doc, ['image', 'digest']);
    (0,yamldoc/* commentKey */.Td)(doc, ['image'], 'The image to deploy. A digest, when set, wins over the tag.');
    (0,yamldoc/* commentKey */.Td)(doc, ['partOf'], 'The app.kubernetes.io/part-of label.');
    (0,yamldoc/* commentKey */.Td)(doc, ['podSecurityContext'], 'Runs as a non-root user with the runtime default seccomp profile (security-baseline).');
    (0,yamldoc/* commentKey */.Td)(doc, ['securityContext'], 'No privilege escalation, a read-only root filesystem (an emptyDir is mounted at /tmp), no capabilities.');
    (0,yamldoc/* commentKey */.Td)(doc, ['containerPort'], 'The port the container listens on; the Service exposes it as the named port "http".');
    (0,yamldoc/* commentKey */.Td)(doc, ['podDisruptionBudget'], 'Keeps all but one replica up during voluntary disruptions (node drains); on with two replicas or more.');
    (0,yamldoc/* commentKey */.Td)(doc, ['resources'], 'Requests and limits: size them from real usage.');
    (0,yamldoc/* commentKey */.Td)(doc, ['livenessProbe'], 'TCP probes on the http port work for any server; switch to httpGet on a health endpoint when there is one.');
    return (0,yamldoc/* render */.XX)(doc);
}
const HELMIGNORE = `# Patterns to ignore when building packages.
# This supports shell glob matching, relative path matching, and
# negation (prefixed with !). Only one pattern per line.
.DS_Store
# Common VCS dirs
.git/
.gitignore
.bzr/
.bzrignore
.hg/
.hgignore
.svn/
# Common backup files
*.swp
*.bak
*.tmp
*.orig
*~
# Various IDEs
.project
.idea/
*.tmproj
.vscode/
`;
const HELPERS_TPL = `{{/*
The chart name, unless overridden by .Values.nameOverride.
*/}}
{{- define "svc.name" -}}
{{- default .Chart.Name .Values.nameOverride | trunc 63 | trimSuffix "-" }}
{{- end }}

{{/*
A fully qualified name for the resources: the release name, or release-chart when the
release name does not contain the chart name. Truncated at 63 characters (DNS-1123).
*/}}
{{- define "svc.fullname" -}}
{{- if .Values.fullnameOverride }}
{{- .Values.fullnameOverride | trunc 63 | trimSuffix "-" }}
{{- else }}
{{- $name := default .Chart.Name .Values.nameOverride }}
{{- if contains $name .Release.Name }}
{{- .Release.Name | trunc 63 | trimSuffix "-" }}
{{- else }}
{{- printf "%s-%s" .Release.Name $name | trunc 63 | trimSuffix "-" }}
{{- end }}
{{- end }}
{{- end }}

{{/*
Chart name and version, for the helm.sh/chart label.
*/}}
{{- define "svc.chart" -}}
{{- printf "%s-%s" .Chart.Name .Chart.Version | replace "+" "_" | trunc 63 | trimSuffix "-" }}
{{- end }}

{{/*
The standard labels (https://kubernetes.io/docs/concepts/overview/working-with-objects/common-labels/).
*/}}
{{- define "svc.labels" -}}
helm.sh/chart: {{ include "svc.chart" . }}
{{ include "svc.selectorLabels" . }}
{{- if .Chart.AppVersion }}
app.kubernetes.io/version: {{ .Chart.AppVersion | quote }}
{{- end }}
app.kubernetes.io/managed-by: {{ .Release.Service }}
{{- with .Values.partOf }}
app.kubernetes.io/part-of: {{ . | quote }}
{{- end }}
{{- end }}

{{/*
Selector labels: stable for the life of the release.
*/}}
{{- define "svc.selectorLabels" -}}
app.kubernetes.io/name: {{ include "svc.name" . }}
app.kubernetes.io/instance: {{ .Release.Name }}
{{- end }}

{{/*
The name of the service account to use.
*/}}
{{- define "svc.serviceAccountName" -}}
{{- if .Values.serviceAccount.create }}
{{- default (include "svc.fullname" .) .Values.serviceAccount.name }}
{{- else }}
{{- default "default" .Values.serviceAccount.name }}
{{- end }}
{{- end }}

{{/*
The image reference: repository[:tag][@digest]; the tag defaults to the chart's appVersion.
*/}}
{{- define "svc.image" -}}
{{- $tag := .Values.image.tag | default .Chart.AppVersion }}
{{- if and .Values.image.digest $tag }}
{{- printf "%s:%s@%s" .Values.image.repository $tag .Values.image.digest }}
{{- else if .Values.image.digest }}
{{- printf "%s@%s" .Values.image.repository .Values.image.digest }}
{{- else }}
{{- required "image.tag or image.digest is required" $tag | printf "%s:%s" .Values.image.repository }}
{{- end }}
{{- end }}
`;
const DEPLOYMENT_YAML = `apiVersion: apps/v1
kind: Deployment
metadata:
  name: {{ include "svc.fullname" . }}
  labels:
    {{- include "svc.labels" . | nindent 4 }}
spec:
  replicas: {{ .Values.replicaCount }}
  revisionHistoryLimit: {{ .Values.revisionHistoryLimit }}
  selector:
    matchLabels:
      {{- include "svc.selectorLabels" . | nindent 6 }}
  template:
    metadata:
      {{- with .Values.podAnnotations }}
      annotations:
        {{- toYaml . | nindent 8 }}
      {{- end }}
      labels:
        {{- include "svc.labels" . | nindent 8 }}
        {{- with .Values.podLabels }}
        {{- toYaml . | nindent 8 }}
        {{- end }}
    spec:
      {{- with .Values.imagePullSecrets }}
      imagePullSecrets:
        {{- toYaml . | nindent 8 }}
      {{- end }}
      serviceAccountName: {{ include "svc.serviceAccountName" . }}
      automountServiceAccountToken: {{ .Values.serviceAccount.automount }}
      securityContext:
        {{- toYaml .Values.podSecurityContext | nindent 8 }}
      containers:
        - name: {{ .Chart.Name }}
          image: {{ include "svc.image" . | quote }}
          imagePullPolicy: {{ .Values.image.pullPolicy }}
          securityContext:
            {{- toYaml .Values.securityContext | nindent 12 }}
          ports:
            - name: http
              containerPort: {{ .Values.containerPort }}
              protocol: TCP
          {{- with .Values.env }}
          env:
            {{- toYaml . | nindent 12 }}
          {{- end }}
          livenessProbe:
            {{- toYaml .Values.livenessProbe | nindent 12 }}
          readinessProbe:
            {{- toYaml .Values.readinessProbe | nindent 12 }}
          resources:
            {{- toYaml .Values.resources | nindent 12 }}
          volumeMounts:
            - name: tmp
              mountPath: /tmp
      volumes:
        - name: tmp
          emptyDir: {}
      {{- with .Values.nodeSelector }}
      nodeSelector:
        {{- toYaml . | nindent 8 }}
      {{- end }}
      {{- with .Values.affinity }}
      affinity:
        {{- toYaml . | nindent 8 }}
      {{- end }}
      {{- with .Values.tolerations }}
      tolerations:
        {{- toYaml . | nindent 8 }}
      {{- end }}
      {{- with .Values.topologySpreadConstraints }}
      topologySpreadConstraints:
        {{- toYaml . | nindent 8 }}
      {{- end }}
`;
const SERVICE_YAML = `apiVersion: v1
kind: Service
metadata:
  name: {{ include "svc.fullname" . }}
  labels:
    {{- include "svc.labels" . | nindent 4 }}
spec:
  type: {{ .Values.service.type }}
  ports:
    - port: {{ .Values.service.port }}
      targetPort: http
      protocol: TCP
      name: http
  selector:
    {{- include "svc.selectorLabels" . | nindent 4 }}
`;
const SERVICEACCOUNT_YAML = `{{- if .Values.serviceAccount.create -}}
apiVersion: v1
kind: ServiceAccount
metadata:
  name: {{ include "svc.serviceAccountName" . }}
  labels:
    {{- include "svc.labels" . | nindent 4 }}
  {{- with .Values.serviceAccount.annotations }}
  annotations:
    {{- toYaml . | nindent 4 }}
  {{- end }}
automountServiceAccountToken: {{ .Values.serviceAccount.automount }}
{{- end }}
`;
const PDB_YAML = `{{- if .Values.podDisruptionBudget.enabled }}
apiVersion: policy/v1
kind: PodDisruptionBudget
metadata:
  name: {{ include "svc.fullname" . }}
  labels:
    {{- include "svc.labels" . | nindent 4 }}
spec:
  maxUnavailable: {{ .Values.podDisruptionBudget.maxUnavailable }}
  selector:
    matchLabels:
      {{- include "svc.selectorLabels" . | nindent 6 }}
{{- end }}
`;
const NOTES_TXT = `{{ include "svc.fullname" . }} is deployed to namespace {{ .Release.Namespace }} (release {{ .Release.Name }}).

Image: {{ include "svc.image" . }}
Replicas: {{ .Values.replicaCount }}

Reach it from inside the cluster at:
  http://{{ include "svc.fullname" . }}.{{ .Release.Namespace }}.svc.cluster.local:{{ .Values.service.port }}

Or from your machine:
  kubectl --namespace {{ .Release.Namespace }} port-forward service/{{ include "svc.fullname" . }} {{ .Values.service.port }}:{{ .Values.service.port }}
`;
/** The chart's files, relative to the chart directory, in a fixed order. */
function chartFiles(p) {
    return [
        { path: '.helmignore', content: HELMIGNORE },
        { path: 'Chart.yaml', content: chartYaml(p) },
        { path: 'templates/NOTES.txt', content: NOTES_TXT },
        { path: 'templates/_helpers.tpl', content: HELPERS_TPL },
        { path: 'templates/deployment.yaml', content: DEPLOYMENT_YAML },
        { path: 'templates/pdb.yaml', content: PDB_YAML },
        { path: 'templates/service.yaml', content: SERVICE_YAML },
        { path: 'templates/serviceaccount.yaml', content: SERVICEACCOUNT_YAML },
        { path: 'values.yaml', content: valuesYaml(p) },
    ];
}

// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(8815);
// EXTERNAL MODULE: ./src/repo/files.ts
var files = __webpack_require__(1163);
// EXTERNAL MODULE: ./src/repo/git-url.ts
var git_url = __webpack_require__(5420);
;// CONCATENATED MODULE: ./src/generate/preserve.ts






/**
 * Read-and-preserve: what already exists for the requested service, which layout the repo
 * follows, and what stands in the way. Reads only; every conflict becomes a `Conflict` that
 * the proposal turns into a halt with a clarifying question.
 */
// ---------- repo URLs ----------
/** Like repo/git-url's sameRepo, for values that may be absent. */
function sameRepo(a, b) {
    return a !== undefined && b !== undefined && (0,git_url/* sameRepo */.Zj)(a, b);
}
function normPath(p) {
    let s = external_node_path_.posix.normalize(p.replace(/\\/g, '/'));
    if (s.startsWith('./'))
        s = s.slice(2);
    if (s.length > 1 && s.endsWith('/'))
        s = s.slice(0, -1);
    return s === '.' ? '' : s;
}
/** The in-repo path sources (not `ref`-only, not Helm repositories) of an Application. */
function pathSources(app) {
    return app.sources.filter((s) => s.path !== undefined && s.kind !== 'ref' && s.kind !== 'helm-repo');
}
/**
 * Infers the platform repo's URL from the Applications that deploy from the charts dir.
 * `missingDirs`: the apps or charts directory that does not exist, named in the refusal (the
 * likelier mistake is apps-dir or charts-dir, not a missing repo-url).
 */
function inferRepoUrl(model, chartsDir, missingDirs = []) {
    const counts = new Map();
    for (const app of model.applications) {
        for (const s of pathSources(app)) {
            if (!s.repoURL || !normPath(s.path).startsWith(`${chartsDir}/`))
                continue;
            const key = (0,git_url/* normalizeRepoUrl */.Hx)(s.repoURL);
            if (!key)
                continue;
            const e = counts.get(key) ?? { raw: new Map(), n: 0 };
            e.n++;
            e.raw.set(s.repoURL, (e.raw.get(s.repoURL) ?? 0) + 1);
            counts.set(key, e);
        }
    }
    if (counts.size === 0) {
        const absent = missingDirs.length
            ? ` (the repo has no ${missingDirs.map((d) => `${d}/`).join(' and no ')} folder: if its Applications and charts are elsewhere, set apps-dir and charts-dir)`
            : '';
        throw new errors/* InputError */.dz('repo-url', `is required: no existing Application deploys from ${chartsDir}/ to infer the platform repo's URL from${absent}`);
    }
    if (counts.size > 1) {
        throw new errors/* InputError */.dz('repo-url', `is required: the existing Applications deploy from ${chartsDir}/ of several repositories (${[...counts.keys()].sort().join(', ')})`);
    }
    const [{ raw }] = [...counts.values()];
    return [...raw.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0][0];
}
const DEFAULT_LAYOUT = { appFile: 'argo-apps-{cluster}/{service}-application.yaml', chart: '{application}/{cluster}/{service}' };
/**
 * Each with `.yaml` and `.yml`: validate (and Argo CD's directory source) read both, so a repo
 * whose Applications all end in `.yml` follows a clear convention, and the new file gets the
 * same extension. `.json`, which validate (and policy-on-validate) also reads, is left out:
 * the new Application is written as YAML, and YAML in a `.json` file is not what such a repo
 * holds; such a repo halts with the layout question instead.
 */
const APP_FILE_TEMPLATES = [
    'argo-apps-{cluster}/{service}-application',
    'argo-apps-{cluster}/{service}',
    'argo-apps-{cluster}/{service}-app',
    // Named after the Application ({service}-{cluster}, the default name).
    'argo-apps-{cluster}/{service}-{cluster}',
    '{cluster}/{service}-application',
    '{cluster}/{service}',
    '{cluster}/{service}-app',
    '{cluster}/{service}-{cluster}',
].flatMap((t) => [`${t}.yaml`, `${t}.yml`]);
const CHART_TEMPLATES = ['{application}/{cluster}/{service}', '{cluster}/{application}/{service}', '{application}/{service}/{cluster}', '{cluster}/{service}', '{service}/{cluster}'];
const DEFAULT_NAME_TEMPLATE = '{service}-{cluster}';
const NAME_TEMPLATES = ['{service}-{cluster}', '{service}', '{cluster}-{service}', '{application}-{service}-{cluster}', '{application}-{service}', '{service}-{application}-{cluster}'];
function fill(template, v) {
    return template.replace(/\{(cluster|service|application)\}/g, (_, k) => v[k]);
}
function escapeRe(s) {
    return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
/**
 * Each template compiled once, every variable captured (one segment each; a variable used
 * twice must repeat). Fixed variables are compared after the match: compiling a regular
 * expression per Application and template took 6.4 s of a 10,000-Application generate run.
 */
const compiled = new Map();
function templateRegExp(template) {
    let re = compiled.get(template);
    if (re)
        return re;
    const names = [];
    let src = '';
    let last = 0;
    for (const m of template.matchAll(/\{(cluster|service|application)\}/g)) {
        src += escapeRe(template.slice(last, m.index));
        const k = m[1];
        if (names.includes(k))
            src += `\\k<${k}>`;
        else {
            src += `(?<${k}>[a-z0-9](?:[-a-z0-9]*[a-z0-9])?)`;
            names.push(k);
        }
        last = m.index + m[0].length;
    }
    src += escapeRe(template.slice(last));
    re = new RegExp(`^${src}$`);
    compiled.set(template, re);
    return re;
}
/** Matches a path against a template; fixed variables must equal, free ones are captured (one segment each). */
function matchTemplate(template, path, fixed = {}) {
    const m = templateRegExp(template).exec(path);
    if (!m)
        return undefined;
    const groups = (m.groups ?? {});
    for (const k of Object.keys(fixed))
        if (fixed[k] !== undefined && k in groups && groups[k] !== fixed[k])
            return undefined;
    return { ...fixed, ...groups };
}
/** The Application file names and chart folders generation can follow, for a question that names them. */
function knownLayouts(req) {
    const files = [...new Set(APP_FILE_TEMPLATES.map((t) => t.replace(/\.ya?ml$/, '.yaml')))];
    return `Application files ${files.map((t) => `${req.appsDir}/${t}`).join(', ')} (or .yml), charts ${CHART_TEMPLATES.map((t) => `${req.chartsDir}/${t}`).join(', ')}`;
}
function describeLayout(l, appsDir, chartsDir) {
    return `${appsDir}/${l.appFile} → ${chartsDir}/${l.chart}`;
}
function detectConventions(model, req) {
    const notes = [];
    const samples = [];
    for (const app of [...model.applications].sort((a, b) => (a.file + a.docIndex < b.file + b.docIndex ? -1 : 1))) {
        const own = pathSources(app).filter((s) => sameRepo(s.repoURL, req.repoUrl));
        if (own.length === 0)
            continue;
        if (own.length > 1) {
            samples.push({ app, matches: [] });
            continue;
        }
        const path = normPath(own[0].path);
        const rel = app.file.startsWith(`${req.appsDir}/`) ? app.file.slice(req.appsDir.length + 1) : app.file;
        const matches = [];
        if (path.startsWith(`${req.chartsDir}/`)) {
            const chartRel = path.slice(req.chartsDir.length + 1);
            for (const at of APP_FILE_TEMPLATES) {
                const v = matchTemplate(at, rel);
                if (!v)
                    continue;
                for (const ct of CHART_TEMPLATES) {
                    const w = matchTemplate(ct, chartRel, { cluster: v.cluster, service: v.service });
                    if (!w)
                        continue;
                    matches.push({ layout: { appFile: at, chart: ct }, vars: { cluster: w.cluster, service: w.service, application: w.application ?? '' } });
                }
            }
        }
        samples.push({ app, path, matches });
    }
    const key = (l) => `${l.appFile}|${l.chart}`;
    let layout = DEFAULT_LAYOUT;
    let conflict;
    if (samples.length > 0) {
        let common;
        for (const s of samples) {
            const ls = s.matches.map((m) => m.layout);
            common = common === undefined ? ls : common.filter((l) => ls.some((x) => key(x) === key(l)));
        }
        common = common ?? [];
        const preferred = common.find((l) => key(l) === key(DEFAULT_LAYOUT)) ?? common[0];
        if (preferred) {
            layout = preferred;
            if (key(layout) !== key(DEFAULT_LAYOUT)) {
                notes.push(`Followed the repo's own layout, used by all ${samples.length} existing Application(s) that deploy from this repo: ${describeLayout(layout, req.appsDir, req.chartsDir)} (instead of the default ${describeLayout(DEFAULT_LAYOUT, req.appsDir, req.chartsDir)}).`);
            }
        }
        else {
            const byLayout = new Map();
            const odd = [];
            for (const s of samples) {
                if (s.matches.length === 0)
                    odd.push(`${s.app.file} (${s.path ? `deploys ${s.path}` : 'several in-repo sources'})`);
                else {
                    const k = describeLayout(s.matches[0].layout, req.appsDir, req.chartsDir);
                    byLayout.set(k, [...(byLayout.get(k) ?? []), s.app.file]);
                }
            }
            const parts = [...byLayout.entries()].sort().map(([k, files]) => `${files.length} follow ${k} (e.g. ${files[0]})`);
            const oddList = `${odd.slice(0, 5).join('; ')}${odd.length > 5 ? '; …' : ''}`;
            if (odd.length)
                parts.push(`${odd.length} ${odd.length === 1 ? 'follows' : 'follow'} no layout gitops-action knows: ${oddList}`);
            // None on a known layout: they may well share one of their own, so "do not follow one
            // layout" would be a false statement about the person's repo.
            const found = byLayout.size === 0
                ? `${samples.length === 1 ? 'The existing Application that deploys from this repo follows' : `The ${samples.length} existing Applications that deploy from this repo follow`} no layout gitops-action knows (${knownLayouts(req)}): ${oddList}`
                : `The ${samples.length} existing Applications that deploy from this repo do not follow one layout: ${parts.join('; ')}`;
            conflict = {
                found: `${found}${found.endsWith('…') ? '' : '.'}`,
                options: `Move them to one layout (the default is ${describeLayout(DEFAULT_LAYOUT, req.appsDir, req.chartsDir)}), or point apps-dir/charts-dir at the part of the repo that follows it, then run again; or add ${req.service} by hand following the layout you want.`,
            };
        }
    }
    // Application names, destination and project: follow what the samples on the chosen layout do.
    const onLayout = samples.flatMap((s) => s.matches.filter((m) => key(m.layout) === key(layout)).map((m) => ({ app: s.app, vars: m.vars })));
    let nameTemplate = DEFAULT_NAME_TEMPLATE;
    let namingNote;
    if (onLayout.length > 0) {
        const ok = NAME_TEMPLATES.filter((t) => onLayout.every(({ app, vars }) => fill(t, vars) === app.name));
        if (ok.includes(DEFAULT_NAME_TEMPLATE))
            nameTemplate = DEFAULT_NAME_TEMPLATE;
        else if (ok.length > 0) {
            nameTemplate = ok[0];
            namingNote = `Named the Application(s) ${nameTemplate}, as the existing Applications are named.`;
        }
        else {
            namingNote = `The existing Applications follow no single naming pattern; named the new one(s) ${DEFAULT_NAME_TEMPLATE}.`;
        }
    }
    return { layout, nameTemplate, notes, samples, ...(namingNote ? { namingNote } : {}), ...(conflict ? { conflict } : {}) };
}
/**
 * The Argo CD project of a new Application, from the existing Applications on the chosen layout
 * closest to it: those of the same application on the same cluster, else of the same
 * application, else on the same cluster, else all. Projects are often per team (application)
 * or per environment (cluster); the repo-wide answer alone put a new `billing` Application in
 * `default` when `shop` and `billing` each had their own project, outside the destinations and
 * sources its project restricts. The closest group that has Applications decides: one project
 * there is followed; several there give `default`, with a note, rather than a guess.
 */
function chooseProject(conv, application, cluster) {
    const onLayout = onChosenLayout(conv);
    const groups = [
        [`of application ${application} on cluster ${cluster}`, onLayout.filter((x) => x.vars.application === application && x.vars.cluster === cluster)],
        [`of application ${application}`, onLayout.filter((x) => x.vars.application === application)],
        [`on cluster ${cluster}`, onLayout.filter((x) => x.vars.cluster === cluster)],
        ['', onLayout],
    ];
    const found = groups.find(([, xs]) => xs.length > 0);
    if (!found)
        return { project: 'default' };
    const [scope, xs] = found;
    const projects = [...new Set(xs.map(({ app }) => app.project ?? 'default'))].sort();
    const those = scope ? `the existing Applications ${scope}` : 'the existing Applications';
    if (projects.length === 1) {
        const project = projects[0];
        if (project === 'default')
            return { project };
        return { project, note: `Used the Argo CD project '${project}' for ${cluster}, as ${scope ? those : 'every existing Application'} ${scope ? 'do' : 'does'}.` };
    }
    return {
        project: 'default',
        note: `Used the Argo CD project 'default' for ${cluster}: ${those} use several (${projects.map((p) => `'${p}'`).join(', ')}). Set spec.project in the new Application if it belongs to one of them.`,
    };
}
/** The existing Applications on the layout generation follows, with the variables their paths give. */
function onChosenLayout(conv) {
    const key = (l) => `${l.appFile}|${l.chart}`;
    return conv.samples.flatMap((s) => s.matches.filter((m) => key(m.layout) === key(conv.layout)).map((m) => ({ app: s.app, vars: m.vars })));
}
/** The destination for a cluster, following the existing Applications of that cluster, then of the repo. */
function chooseDestination(conv, cluster) {
    // With no common layout the run halts on that question, and the Applications of this
    // cluster (if any) are on no layout to read from: "no Applications yet" would be false.
    if (conv.conflict)
        return { dest: { name: cluster } };
    const onLayout = onChosenLayout(conv);
    const same = onLayout.filter((x) => x.vars.cluster === cluster);
    const uniform = (xs) => {
        const names = new Set(xs.map((x) => x.app.destination.name ?? ''));
        const servers = new Set(xs.map((x) => x.app.destination.server ?? ''));
        if (xs.length && names.size === 1 && !names.has(''))
            return { name: [...names][0] };
        if (xs.length && servers.size === 1 && !servers.has(''))
            return { server: [...servers][0] };
        return undefined;
    };
    const inCluster = uniform(same);
    if (inCluster)
        return { dest: inCluster };
    if (onLayout.length > 0 && onLayout.every((x) => x.app.destination.name === x.vars.cluster))
        return { dest: { name: cluster } };
    const all = uniform(onLayout);
    if (all && 'server' in all)
        return { dest: all, note: `Cluster ${cluster} has no Applications yet; used the destination server ${all.server}, as every existing Application does.` };
    return { dest: { name: cluster }, note: `Cluster ${cluster} has no Applications in this repo yet: the destination is the Argo CD cluster named '${cluster}', which must be registered in Argo CD.` };
}
async function pathKind(root, rel) {
    try {
        const st = await (0,promises_.lstat)((0,external_node_path_.join)(root, rel));
        return st.isSymbolicLink() ? 'symlink' : st.isFile() ? 'file' : st.isDirectory() ? 'dir' : 'other';
    }
    catch (e) {
        if (e.code === 'ENOENT' || e.code === 'ENOTDIR')
            return 'missing';
        throw e;
    }
}
/** What is at a path, in words (for questions and notes). */
function kindWords(k) {
    return k === 'symlink' ? 'a symbolic link' : k === 'dir' ? 'a directory' : k === 'file' ? 'a file' : k === 'missing' ? 'missing' : 'a special file (a FIFO, socket or device)';
}
/**
 * The first existing entry that differs from a component of `rel` only in case, where
 * that component does not exist itself (`gitops/shop/staging/Payments` for
 * `.../payments`): on a macOS or Windows checkout the two are one path, so creating the
 * new one would write into the existing one.
 */
async function caseTwin(root, rel) {
    const segs = rel.split('/');
    let dir = '';
    for (const seg of segs) {
        const here = dir ? `${dir}/${seg}` : seg;
        let names;
        try {
            names = await (0,promises_.readdir)((0,external_node_path_.join)(root, dir));
        }
        catch {
            return undefined; // the parent does not exist: nothing below it can collide
        }
        if (!names.includes(seg)) {
            const twin = names.find((n) => n !== seg && n.toLowerCase() === seg.toLowerCase());
            return twin === undefined ? undefined : dir ? `${dir}/${twin}` : twin;
        }
        dir = here;
    }
    return undefined;
}
/** The first ancestor of `rel` (inside the repo) that exists and is not a plain directory. */
async function blockingAncestor(root, rel) {
    const segs = rel.split('/');
    for (let i = 1; i < segs.length; i++) {
        const p = segs.slice(0, i).join('/');
        const k = await pathKind(root, p);
        if (k === 'missing')
            return undefined;
        if (k !== 'dir')
            return { path: p, kind: k };
    }
    return undefined;
}
async function listDir(root, rel) {
    const out = { files: [], dirs: [], symlinks: [], others: [] };
    const walk = async (r, depth) => {
        if (depth > 12)
            return;
        for (const n of (await (0,promises_.readdir)((0,external_node_path_.join)(root, r))).sort()) {
            const p = `${r}/${n}`;
            const k = await pathKind(root, p);
            if (k === 'dir') {
                out.dirs.push(p);
                await walk(p, depth + 1);
            }
            else if (k === 'file')
                out.files.push(p);
            else if (k === 'symlink')
                out.symlinks.push(p);
            else
                out.others.push(p);
        }
    };
    await walk(rel, 0);
    return out;
}
const STANDARD_TEMPLATES = new Set(['deployment.yaml', 'service.yaml', 'serviceaccount.yaml', 'pdb.yaml', '_helpers.tpl', 'NOTES.txt']);
const STANDARD_VALUE_KEYS = new Set([
    'replicaCount', 'image', 'imagePullSecrets', 'nameOverride', 'fullnameOverride', 'partOf', 'revisionHistoryLimit', 'serviceAccount', 'podAnnotations',
    'podLabels', 'podSecurityContext', 'securityContext', 'containerPort', 'service', 'podDisruptionBudget', 'env', 'resources', 'livenessProbe', 'readinessProbe', 'nodeSelector',
    'tolerations', 'affinity', 'topologySpreadConstraints',
]);
/** The files whose presence makes a folder a kustomize source, as Argo CD detects it. */
const KUSTOMIZATION_FILES = ['kustomization.yaml', 'kustomization.yml', 'Kustomization'];
/** A `Chart.yaml` or kustomization file of the folder `dir` that is a symbolic link, from the listing's links. */
function linkedMarker(dir, symlinks) {
    return symlinks.find((l) => ['Chart.yaml', ...KUSTOMIZATION_FILES].some((n) => l === `${dir}/${n}`));
}
/**
 * A Chart.yaml or values.yaml as Helm reads it (validate reads it the same way): UTF-16
 * after a byte-order mark too, so a chart saved by a Windows editor is described by what it
 * says (a library chart stays one). Throws when it cannot be read.
 */
async function readChartFile(root, rel) {
    const read = await (0,files/* readTextFile */.Gu)(root, rel, files/* MAX_CHART_FILE_BYTES */.h0);
    if ('issue' in read)
        throw new Error(read.issue.detail);
    return read.text;
}
/**
 * The tool Argo CD renders a folder with when its Application names none (util/app/discovery):
 * it walks the folder's files in lexical order and the last marker seen wins, and every
 * kustomization name sorts after `Chart.yaml`, so a kustomization beside a Chart.yaml wins.
 */
function detectedTool(hasChart, hasKustomization) {
    return hasKustomization ? 'kustomize' : hasChart ? 'helm' : 'directory';
}
/**
 * Describes an existing chart or kustomization directory; undefined when it is neither.
 * `tool`: how Argo CD renders it, when a kept Application says so (its tool block, or
 * detection, as validate read it); else Argo CD's detection, for a new Application without a
 * tool block. What is read and reported follows that tool: the values.yaml of a folder
 * Kustomize renders is not what runs.
 */
async function describeExistingSource(root, dir, listing, tool) {
    const rel = (f) => f.slice(dir.length + 1);
    const names = new Set(listing.files.map(rel));
    const hasChart = names.has('Chart.yaml');
    const kustomization = KUSTOMIZATION_FILES.find((k) => names.has(k));
    if (!hasChart && !kustomization)
        return undefined;
    const kind = tool ?? detectedTool(hasChart, kustomization !== undefined);
    const helm = hasChart && kind === 'helm';
    const detected = [];
    const kinds = new Set();
    let library = false;
    let image;
    let imageValue;
    let values;
    if (hasChart && kustomization) {
        detected.push(kind === 'helm'
            ? `a kustomization (${kustomization}) beside the Chart.yaml, which Argo CD does not use: the Application's helm block makes it render the folder as a Helm chart`
            : kind === 'kustomize'
                ? `a Chart.yaml beside the kustomization (${kustomization}): Argo CD renders the folder with Kustomize (a kustomization wins over a Chart.yaml unless the Application's source has a helm block), so the chart's templates and values deploy only through what the kustomization includes; to render it as a Helm chart instead, give the Application's source a helm block (and no kustomize block)`
                : `a Chart.yaml and a kustomization (${kustomization}), which Argo CD does not use: the Application's directory block makes it apply the folder's files as plain manifests`);
    }
    if (helm) {
        const templates = [...names].filter((n) => n.startsWith('templates/'));
        const custom = templates.filter((n) => !STANDARD_TEMPLATES.has(n.slice('templates/'.length)));
        if (custom.length)
            detected.push(`custom templates (${custom.join(', ')})`);
        const valueFiles = [...names].filter((n) => /^values[-.].*\.ya?ml$/.test(n) && n !== 'values.yaml');
        if (valueFiles.length)
            detected.push(`extra values files (${valueFiles.join(', ')})`);
        if (names.has('values.yaml')) {
            try {
                const v = (0,dist/* parse */.qg)(await readChartFile(root, `${dir}/values.yaml`), { logLevel: 'error' });
                if (v && typeof v === 'object' && !Array.isArray(v)) {
                    const extra = Object.keys(v).filter((k) => !STANDARD_VALUE_KEYS.has(k)).sort();
                    if (extra.length)
                        detected.push(`extra values (${extra.join(', ')})`);
                    values = v;
                    imageValue = values.image;
                }
            }
            catch {
                detected.push('a values.yaml that does not parse as YAML');
            }
        }
        try {
            const c = (0,dist/* parse */.qg)(await readChartFile(root, `${dir}/Chart.yaml`), { logLevel: 'error' });
            if (c && typeof c === 'object' && c.type === 'library')
                library = true;
            // helm create's templates take an empty tag to mean the chart's appVersion.
            image = imageOf(imageValue, c && typeof c === 'object' && (typeof c.appVersion === 'string' || typeof c.appVersion === 'number') ? String(c.appVersion) : undefined);
            if (c && typeof c === 'object' && Array.isArray(c.dependencies) && c.dependencies.length) {
                detected.push(`chart dependencies (${c.dependencies.map((d) => String(d?.name)).join(', ')})`);
            }
        }
        catch {
            detected.push('a Chart.yaml that does not parse as YAML');
        }
    }
    if (kustomization && !hasChart)
        detected.push(`a kustomization (${kustomization})`);
    if (listing.symlinks.length)
        detected.push(`symbolic links (${listing.symlinks.map(rel).join(', ')})`);
    for (const f of listing.files) {
        if (!/\.(ya?ml|tpl)$/.test(f))
            continue;
        // Helm renders only templates/; Kustomize or a plain directory, the other manifests (a
        // chart's templates are no manifests to them).
        if (hasChart && f.startsWith(`${dir}/templates/`) !== helm)
            continue;
        try {
            const text = await (0,promises_.readFile)((0,external_node_path_.join)(root, f), 'utf8');
            for (const m of text.matchAll(/^kind:\s*["']?([A-Z][A-Za-z0-9]*)["']?\s*$/gm))
                if (m[1] !== 'Kustomization')
                    kinds.add(m[1]);
        }
        catch {
            /* unreadable: nothing to add */
        }
    }
    return {
        dir,
        kind,
        files: listing.files,
        detected,
        resourceKinds: [...kinds].sort(),
        library,
        ...(image ? { image } : {}),
        ...(values ? { values } : {}),
    };
}
/**
 * `image: {registry?, repository, tag, digest}` (helm create's shape, Bitnami's with a
 * registry) or `image: repo:tag` → one reference; an empty tag is `appVersion`, as helm
 * create's templates take it.
 */
function imageOf(v, appVersion) {
    if (typeof v === 'string' && v.trim())
        return v.trim();
    if (!v || typeof v !== 'object' || Array.isArray(v))
        return undefined;
    const o = v;
    const text = (x) => (typeof x === 'string' || typeof x === 'number' ? String(x).trim() : '');
    const repository = text(o.repository);
    if (!repository)
        return undefined;
    const registry = text(o.registry);
    const tag = text(o.tag) || appVersion || '';
    const digest = text(o.digest);
    return `${registry ? `${registry}/` : ''}${repository}${tag ? `:${tag}` : ''}${digest ? `@${digest}` : ''}`;
}
/** The same image to a container runtime: Docker Hub's implied registry and `library/`, and `:latest` for no tag. */
function sameImage(a, b) {
    const norm = (ref) => {
        let r = ref.trim().replace(/^(?:docker\.io|index\.docker\.io|registry-1\.docker\.io)\//, '');
        const slash = r.indexOf('/');
        const first = slash < 0 ? '' : r.slice(0, slash);
        if (slash < 0 || !/[.:]|^localhost$/.test(first))
            r = r.replace(/^library\//, '');
        const at = r.indexOf('@');
        const name = at < 0 ? r : r.slice(0, at);
        const hasTag = /:[^/]+$/.test(name);
        return `${hasTag || at >= 0 ? name : `${name}:latest`}${at < 0 ? '' : r.slice(at)}`;
    };
    return norm(a) === norm(b);
}
/**
 * A values.yaml number as a template renders it into a manifest (`replicas: {{ .Values.replicaCount }}`):
 * 5 and "5" are both the integer 5. Anything else (absent, "http", "05", a mapping) cannot be
 * compared, and gives undefined.
 */
function renderedInteger(v) {
    if (typeof v === 'number')
        return Number.isInteger(v) ? v : undefined;
    if (typeof v === 'string' && /^(?:0|[1-9][0-9]*)$/.test(v.trim()))
        return Number(v.trim());
    return undefined;
}
/**
 * The image repository a kept CI workflow pushes, from its top-level `env.IMAGE` (as the
 * generated workflow names it), when that is a plain repository: undefined when the file
 * cannot be read, has no such value, or it holds an expression, a tag or a digest.
 */
async function workflowImageRepository(root, rel) {
    try {
        const wf = (0,dist/* parse */.qg)(await (0,promises_.readFile)((0,external_node_path_.join)(root, rel), 'utf8'), { logLevel: 'error' });
        const image = wf && typeof wf === 'object' && wf.env && typeof wf.env === 'object' ? wf.env.IMAGE : undefined;
        if (typeof image !== 'string' || !/^[a-z0-9][a-z0-9._/:-]*$/.test(image.trim()))
            return undefined;
        const name = image.trim();
        return name.slice(name.lastIndexOf('/') + 1).includes(':') ? undefined : name; // a tag after the last '/'
    }
    catch {
        return undefined;
    }
}

;// CONCATENATED MODULE: ./src/generate/workflow.ts


/**
 * The workflow's GITHUB_TOKEN can push ghcr.io/<owner>/... only for the owner of the
 * repository it runs in (GitHub Packages: "to publish packages associated with the workflow
 * repository"), unless the package grants that repository write access. Undefined when the
 * image is not on ghcr.io, its owner is the repository's (owners compare without case, as
 * GitHub's do), or the repository is not known to be on github.com (no owner to compare).
 */
function ghcrOwnerMismatch(image, repoUrl) {
    if (image.domain !== 'ghcr.io' || !repoUrl)
        return undefined;
    const [host, owner, name] = ((0,git_url/* normalizeRepoUrl */.Hx)(repoUrl) ?? '').split('/');
    if (host !== 'github.com' || !owner || !name)
        return undefined;
    const imageOwner = image.repository.split('/')[1];
    if (imageOwner.toLowerCase() === owner)
        return undefined;
    // The URL as given keeps the owner's case; normalizeRepoUrl lowers it.
    const written = /github\.com[/:]([^/]+)\/([^/]+?)(?:\.git)?\/*$/i.exec(repoUrl.trim());
    const repository = written ? `${written[1]}/${written[2]}` : `${owner}/${name}`;
    return { imageOwner, repository, repoOwner: repository.split('/')[0] };
}
/** What to do about a ghcr.io image under another owner than the repository's: for the proposal's note and the workflow. */
function ghcrOwnerAdvice(image, m) {
    return (`${image.repository} belongs to ${m.imageOwner}, not to ${m.repoOwner}, the owner of ${m.repository} where the workflow runs: its GITHUB_TOKEN can push only to ghcr.io/${m.repoOwner.toLowerCase()}/..., or to a package that grants ${m.repository} write access. ` +
        `Either give ${m.repository} write access in the package's settings (Manage Actions access, once the package exists), ` +
        `or store a personal access token (classic) with the write:packages scope, of an account that can write ${m.imageOwner}'s packages, as a repository secret and use it as the login step's password instead of GITHUB_TOKEN (GitHub App installation tokens cannot write ghcr.io packages), ` +
        `or push to an image under ghcr.io/${m.repoOwner.toLowerCase()}/.`);
}
/**
 * The branch a target revision names, which the workflow builds on pushes to; `main` for HEAD,
 * a version tag or a commit SHA. A full ref (Argo CD resolves `refs/heads/release` and
 * `refs/tags/v1.0.0` too) is a branch only under refs/heads/, and GitHub matches
 * `on.push.branches` against the branch's name: `refs/heads/release` is `release`, and a
 * `refs/tags/...` "branch" would never match, so the workflow never ran.
 */
function pushBranch(revision) {
    if (revision.startsWith('refs/heads/'))
        return revision.slice('refs/heads/'.length);
    if (revision.startsWith('refs/'))
        return 'main';
    return revision === 'HEAD' || /^v?\d+(\.\d+)*([-+].*)?$/.test(revision) || /^[0-9a-f]{40}$/.test(revision) ? 'main' : revision;
}
/** Where the workflow expects the service's source (its Dockerfile): documented in the proposal's notes. */
function buildContext(service) {
    return `services/${service}`;
}
/**
 * How a new build reaches the cluster. A chart that pins its image by digest keeps running
 * that digest whatever image.tag says (the digest wins, svc.image in chart.ts), so the step is
 * to set the digest, which the push prints, not to bump the tag.
 */
function deployStep(image) {
    return image.digest
        ? "set image.digest in the service's values.yaml to the digest the push prints (build-push-action's digest output): the chart pins the image by digest, which wins over image.tag."
        : "bump image.tag in the service's values.yaml.";
}
function workflowYaml(p) {
    const registry = p.image.domain ?? 'docker.io';
    const ghcr = registry === 'ghcr.io';
    const context = buildContext(p.service);
    const permissions = { contents: 'read' };
    if (ghcr)
        permissions.packages = 'write';
    const login = ghcr
        ? { name: 'Log in to ghcr.io', uses: 'docker/login-action@v3', with: { registry: 'ghcr.io', username: '${{ github.actor }}', password: '${{ secrets.GITHUB_TOKEN }}' } }
        : {
            name: `Log in to ${registry}`,
            uses: 'docker/login-action@v3',
            with: { registry, username: '${{ secrets.REGISTRY_USERNAME }}', password: '${{ secrets.REGISTRY_PASSWORD }}' },
        };
    const wf = {
        name: `${p.service} CI`,
        on: {
            push: { branches: [pushBranch(p.branch)], paths: [`${context}/**`] },
            workflow_dispatch: {},
        },
        permissions: { contents: 'read' },
        concurrency: { group: `${p.service}-ci-\${{ github.ref }}`, 'cancel-in-progress': true },
        env: { IMAGE: p.image.repository },
        jobs: {
            build: {
                name: 'Build and push the image',
                'runs-on': 'ubuntu-latest',
                'timeout-minutes': 30,
                permissions: { ...permissions },
                steps: [
                    { name: 'Check out', uses: 'actions/checkout@v5', with: { 'persist-credentials': false } },
                    { name: 'Set up Docker Buildx', uses: 'docker/setup-buildx-action@v3' },
                    login,
                    {
                        name: 'Build and push',
                        uses: 'docker/build-push-action@v6',
                        with: {
                            context,
                            push: true,
                            tags: '${{ env.IMAGE }}:${{ github.sha }}',
                            labels: 'org.opencontainers.image.source=${{ github.server_url }}/${{ github.repository }}\norg.opencontainers.image.revision=${{ github.sha }}',
                        },
                    },
                ],
            },
        },
    };
    const foreign = ghcrOwnerMismatch(p.image, p.repoUrl);
    const doc = (0,yamldoc/* newDoc */.Xh)(wf, `CI for ${p.service}: builds ${context}/Dockerfile and pushes ${p.image.repository}:<commit sha>.\nGenerated by gitops-action; edit freely. To deploy a new build, ${deployStep(p.image)}` +
        (ghcr ? '' : `\nNeeds the secrets REGISTRY_USERNAME and REGISTRY_PASSWORD for ${registry}.`) +
        (foreign ? `\nThe push below fails as it is: ${ghcrOwnerAdvice(p.image, foreign)}` : ''));
    return (0,yamldoc/* render */.XX)(doc);
}

;// CONCATENATED MODULE: ./src/generate/proposal.ts







function workflowPath(service) {
    return `.github/workflows/${service}-ci.yaml`;
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
async function buildProposal(root, request, existing) {
    const baseline = existing ?? (await loadRepo(root, { appsDir: request.appsDir, chartsDir: request.chartsDir, repoUrl: request.repoUrl }));
    const m = baseline.model;
    const notes = [];
    const conflicts = [];
    const req = { ...request, clusters: [...request.clusters] };
    if (!req.repoUrl) {
        const missingDirs = baseline.findings.filter((f) => f.ruleId === 'repo.apps-dir-missing' || f.ruleId === 'repo.charts-dir-missing').map((f) => f.file);
        req.repoUrl = inferRepoUrl(m, req.chartsDir, missingDirs);
        notes.push(`The platform repo URL ${req.repoUrl} was taken from the existing Applications (input repo-url not given).`);
    }
    else {
        const others = [
            ...new Set(m.applications.flatMap((a) => a.sources.filter((s) => s.path !== undefined && s.repoURL && normPath(s.path).startsWith(`${req.chartsDir}/`)).map((s) => s.repoURL))),
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
    const unreadable = baseline.findings.filter((f) => UNREADABLE_RULES.has(f.ruleId) && (0,paths/* isInside */.FK)(f.file, req.appsDir));
    const unreadFiles = [...new Set(unreadable.map((f) => f.file))];
    if (unreadFiles.length) {
        const first = unreadable[0];
        conflicts.push({
            found: `${unreadFiles.length === 1 ? `${unreadFiles[0]} cannot be read` : `${unreadFiles.length} files under ${req.appsDir}/ cannot be read (${unreadFiles.slice(0, 5).join(', ')}${unreadFiles.length > 5 ? ', …' : ''})`} (${first.file}${first.line ? `:${first.line}` : ''}: ${first.message}); ${unreadFiles.length === 1 ? 'it' : 'they'} may already hold an Application for this service.`,
            options: 'Fix or remove the file in its own pull request (gitops-action validate shows where), then run again.',
        });
    }
    const image = (0,inputs/* parseImageReference */.o_)(req.image);
    const conv = detectConventions(m, req);
    notes.push(...conv.notes);
    const namingNoteAt = notes.length;
    if (conv.conflict)
        conflicts.push(conv.conflict);
    const kept = new Set();
    const plans = [];
    /**
     * Notes about the Applications to be created (their destination and project): left out of a
     * halt, which creates none. Read from the Applications of this repo URL only, they said
     * "cluster prod has no Applications yet" when the halt was that prod's Applications use another.
     */
    const newAppNotes = new Set();
    /** Application names proposed so far in this run, with their cluster. */
    const proposedNames = new Map();
    for (const cluster of req.clusters) {
        const vars = { cluster, service: req.service, application: req.application };
        const appFile = `${req.appsDir}/${fill(conv.layout.appFile, vars)}`;
        const chartDir = `${req.chartsDir}/${fill(conv.layout.chart, vars)}`;
        const appName = fill(conv.nameTemplate, vars);
        const isChartSource = (s) => s.path !== undefined && s.kind !== 'ref' && sameRepo(s.repoURL, req.repoUrl) && normPath(s.path) === chartDir;
        const deploysChart = (a) => a.sources.some(isChartSource);
        // 1. An Application of that name that deploys something else. Names are unique per Argo CD
        // namespace, whatever folder the file is in (validate's app.duplicate-name says the same).
        const sameName = m.applications.filter((a) => a.name === appName && (a.appNamespace ?? application/* ARGOCD_NAMESPACE */.$u) === application/* ARGOCD_NAMESPACE */.$u);
        for (const a of sameName) {
            if (deploysChart(a))
                continue;
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
        let app = { state: 'create' };
        if (deploying.length > 0) {
            const e = deploying[0];
            app = { state: 'kept', existing: e };
            kept.add(e.file);
            notes.push(`Kept ${e.file} as it is: the Application '${e.name}' already deploys ${chartDir}${e.name !== appName ? ` (under another name than '${appName}')` : ''}.`);
        }
        else {
            proposedNames.set(appName, cluster);
            const anc = await blockingAncestor(root, appFile);
            const k = await pathKind(root, appFile);
            if (anc) {
                conflicts.push({ cluster, found: `${anc.path} is ${kindWords(anc.kind)}, where the folder for ${appFile} would go.`, options: `Move it out of the way, or choose apps-dir, then run again.` });
            }
            else if (k !== 'missing') {
                const inFile = m.applications.filter((a) => a.file === appFile);
                const desc = k === 'file'
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
        let chart = { state: 'create' };
        const canc = await blockingAncestor(root, chartDir);
        const ck = await pathKind(root, chartDir);
        if (canc) {
            conflicts.push({ cluster, found: `${canc.path} is ${kindWords(canc.kind)}, where the folder for the chart ${chartDir} would go.`, options: `Move it out of the way, or choose charts-dir, then run again.` });
        }
        else if (ck === 'dir') {
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
            }
            else if (existing) {
                chart = { state: 'kept', existing };
                for (const f of [...listing.files, ...listing.symlinks])
                    kept.add(f);
                const names = [...listing.files, ...listing.symlinks].map((f) => f.slice(chartDir.length + 1));
                notes.push(`Kept the existing ${existing.kind === 'kustomize' ? 'kustomization' : existing.kind === 'helm' ? 'chart' : 'folder'} ${chartDir}/ as it is (${names.join(', ')})` +
                    (existing.detected.length ? `; detected: ${existing.detected.join('; ')}.` : '; nothing beyond the standard chart files was detected.') +
                    (app.state === 'create' ? ' Only its Application is proposed.' : ''));
                // Asked again for a service that exists, with another image: say plainly that it is not applied.
                // (Not when an image updater writes the image back beside it: values.yaml is not what runs.)
                const updater = listing.files.some((f) => IMAGE_UPDATER_FILE.test(f));
                if (existing.image && req.image && !updater && !sameImage(existing.image, req.image)) {
                    notes.push(`The requested image ${req.image} is not applied: ${chartDir}/values.yaml keeps ${existing.image}. gitops-action only adds what is missing and never changes an existing file; change the image in a pull request of your own (or with your image updater).`);
                }
            }
            else if (link) {
                // The folder is a chart or kustomization through a link (Helm and validate follow it),
                // which is not what "holds no Chart.yaml" would tell the person; nor is adding one the fix.
                conflicts.push({
                    cluster,
                    found: `${chartDir}/ exists, and its ${link.slice(chartDir.length + 1)} is a symbolic link: gitops-action does not follow links in a folder it would keep, so it cannot tell what the folder holds.`,
                    options: `Replace ${link} with the file itself in its own pull request, then run again${app.state === 'create' ? `; or add the Application for ${chartDir} by hand` : ''}.`,
                });
            }
            else if (listing.files.length + listing.symlinks.length + listing.others.length + listing.dirs.length > 0) {
                const all = [...listing.files, ...listing.symlinks, ...listing.others, ...listing.dirs.map((d) => `${d}/`)].sort();
                conflicts.push({
                    cluster,
                    found: `${chartDir}/ exists but holds neither a Chart.yaml nor a kustomization: ${all.slice(0, 8).join(', ')}${all.length > 8 ? ', …' : ''}.`,
                    options: `Complete it as a chart (add a Chart.yaml) or move those files, then run again; gitops-action never writes into a folder a person started.`,
                });
            }
        }
        else if (ck !== 'missing') {
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
                if (!n)
                    continue;
                notes.push(n);
                newAppNotes.add(n);
            }
            plans.push({ cluster, appName, appFile, chartDir, app, chart, dest, project: project.project });
        }
        else {
            plans.push({ cluster, appName, appFile, chartDir, app, chart });
        }
    }
    // How the new Applications are named, where the request makes one (a run with nothing missing names none).
    if (conv.namingNote && plans.some((p) => p.app.state === 'create'))
        notes.splice(namingNoteAt, 0, conv.namingNote);
    // 4. The CI workflow.
    let workflow = req.ciWorkflow === 'skip' ? 'skip' : 'create';
    const wfPath = workflowPath(req.service);
    if (workflow === 'create') {
        const anc = await blockingAncestor(root, wfPath);
        const alt = wfPath.replace(/\.yaml$/, '.yml');
        const [k, kAlt] = [await pathKind(root, wfPath), await pathKind(root, alt)];
        if (anc)
            conflicts.push({ found: `${anc.path} is ${kindWords(anc.kind)}, where the folder for ${wfPath} would go.`, options: `Move it out of the way, or set ci-workflow: skip, then run again.` });
        else if (k === 'file' || (k === 'missing' && kAlt === 'file')) {
            workflow = 'kept';
            const p = k === 'file' ? wfPath : alt;
            kept.add(p);
            notes.push(`Kept the existing CI workflow ${p} as it is.`);
            const pushed = await workflowImageRepository(root, p);
            if (pushed && !sameImage(pushed, image.repository))
                notes.push(`The requested image repository ${image.repository} is not applied: ${p} keeps env.IMAGE ${pushed}, the repository it pushes to. ${NOT_CHANGED}`);
        }
        else if (k !== 'missing') {
            conflicts.push({ found: `${wfPath} is ${kindWords(k)}.`, options: `Move it out of the way, or set ci-workflow: skip, then run again.` });
        }
        else if (kAlt !== 'missing') {
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
        if (!twin)
            continue;
        // Only ways that work: the service, application and cluster inputs are lower-case labels, so
        // spelling them as the twin is never one; apps-dir and charts-dir take any case.
        const seg = twin.split('/').length - 1;
        const ways = [`Rename or remove ${twin} in its own pull request`];
        if (path === wfPath)
            ways.push('set ci-workflow: skip');
        const dirInput = [
            ['apps-dir', req.appsDir],
            ['charts-dir', req.chartsDir],
        ].find(([, d]) => path.startsWith(`${d}/`) && seg < d.split('/').length);
        if (dirInput)
            ways.push(`set ${dirInput[0]} to the folder as it is spelled there`);
        else {
            // Another name helps only where that name is the path's part that clashes: the service in
            // the last part (its chart folder, its Application or workflow file), the application in
            // its own folder; never a cluster's folder (the cluster is what the request is for).
            const parts = path.split('/');
            const last = seg === parts.length - 1;
            if (last && parts[seg].includes(req.service))
                ways.push('choose another service name');
            else if (!last && parts[seg] === req.application)
                ways.push('choose another application name');
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
    const files = [];
    const newApps = [];
    const clusters = new Set();
    const namespaces = new Set();
    const kinds = new Set();
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
                content: (0,application/* applicationYaml */.Ye)({
                    name: p.appName,
                    service: req.service,
                    application: req.application,
                    cluster: p.cluster,
                    namespace: req.namespace,
                    repoUrl: req.repoUrl,
                    targetRevision: req.targetRevision,
                    path: p.chartDir,
                    project: p.project,
                    destination: p.dest,
                    sourceKind,
                }),
            });
            newApps.push(p.appName);
            prune = true;
        }
        if (p.chart.state === 'create' || p.app.state === 'create') {
            clusters.add(p.cluster);
            namespaces.add(p.app.state === 'kept' ? (p.app.existing.destination.namespace ?? req.namespace) : req.namespace);
            for (const k of p.chart.state === 'create' ? chartResourceKinds(req.replicas) : p.chart.existing.resourceKinds)
                kinds.add(k);
            if (p.app.state === 'kept' && p.app.existing.prune)
                prune = true;
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
        if (foreign)
            notes.push(`The CI workflow ${wfPath} cannot push its image with GITHUB_TOKEN as generated: ${ghcrOwnerAdvice(image, foreign)}`);
    }
    else if (workflow === 'skip') {
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
function notFollowed(req, p, isChartSource, model) {
    const out = [];
    const asked = (input) => !req.given || req.given.includes(input);
    const tell = (input, what, where, kept) => {
        // A default nobody asked for is not a request the kept files fail to follow.
        if (asked(input))
            out.push(`The requested ${what} is not applied: ${where} keeps ${kept}. ${NOT_CHANGED}`);
    };
    let source;
    if (p.app.state === 'kept') {
        const e = p.app.existing;
        const where = `${e.file} (Application '${e.name}')`;
        const ns = e.destination.namespace;
        if (ns !== undefined && ns !== req.namespace)
            tell('namespace', `namespace ${req.namespace}`, where, `destination.namespace ${ns}`);
        source = e.sources.find(isChartSource);
        const rev = source?.targetRevision;
        const ref = (r) => r.replace(/^refs\/(?:heads|tags)\//, '');
        if (rev !== undefined && ref(rev) !== ref(req.targetRevision))
            tell('target-revision', `target revision ${req.targetRevision}`, where, `targetRevision ${rev}`);
    }
    if (p.chart.state !== 'kept')
        return out;
    const c = p.chart.existing;
    const v = c.values;
    if (c.kind !== 'helm' || !v)
        return out;
    if (model.charts.some((ch) => ch.dir === p.chartDir && ch.valuesIgnored))
        return out;
    if (c.files.some((f) => IMAGE_UPDATER_FILE.test(f)))
        return out;
    if (source && (source.helmOverrides || source.valueFiles.some((f) => normPath(f) !== 'values.yaml')))
        return out;
    const obj = (x) => (x && typeof x === 'object' && !Array.isArray(x) ? x : {});
    const values = `${p.chartDir}/values.yaml`;
    const replicas = renderedInteger(v.replicaCount);
    if (replicas !== undefined && replicas !== req.replicas && !obj(v.autoscaling).enabled)
        tell('replicas', `replica count ${req.replicas}`, values, `replicaCount ${replicas}`);
    const ports = [
        ['containerPort', renderedInteger(v.containerPort)],
        ['service.port', renderedInteger(obj(v.service).port)],
    ].filter(([, n]) => n !== undefined && n !== req.port);
    if (ports.length)
        tell('port', `port ${req.port}`, values, ports.map(([k, n]) => `${k} ${n}`).join(' and '));
    return out;
}
function formatQuestion(req, conflicts) {
    const lines = [`gitops-action stopped before proposing anything for '${req.service}': it found something in the repo that it cannot work around without overwriting a person's files or guessing.`];
    conflicts.forEach((c, i) => lines.push(`${i + 1}. ${c.cluster ? `[${c.cluster}] ` : ''}${c.found} ${c.options}`));
    lines.push('How do you want to proceed?');
    return lines.join('\n');
}
/** A version tag (v1.2.3, 1.4, also as refs/tags/v1.2.3, or any tag ref) or a full commit SHA, as opposed to a branch or HEAD. */
const PINNED_REVISION = /^(?:(?:refs\/tags\/)?v?\d+(?:\.\d+)+(?:[-+][0-9A-Za-z.-]+)?|refs\/tags\/.+|[0-9a-f]{40})$/;
/** The kinds to list after a rollback, as kubectl takes them (what the chart renders; the standard chart's when unknown). */
function kubectlKinds(kinds) {
    return (kinds.length ? kinds : ['Deployment', 'Service', 'ServiceAccount']).map((k) => k.toLowerCase()).join(',');
}
function rollbackSteps(req, plans, blast, workflow) {
    // -m 1 is for a merge commit only: git refuses it for the single commit a squash merge makes.
    const steps = [
        `Revert the pull request (GitHub's Revert button, or on the branch it was merged into: git revert -m 1 <merge commit> after a merge commit, git revert <commit> after a squash merge, each of its commits after a rebase merge): the files it created disappear from that branch.`,
    ];
    const created = plans.filter((p) => p.app.state === 'create');
    if (created.length) {
        steps.push(`The root App-of-Apps then prunes the Application(s) ${created.map((p) => `'${p.appName}' (${p.cluster})`).join(', ')}; through the resources finalizer, Argo CD deletes what they deployed (${blast.resourceKinds.join(', ')} in namespace(s) ${blast.namespaces.join(', ')}). The namespace itself, created by CreateNamespace=true, is not deleted.`);
    }
    for (const p of plans) {
        if (p.app.state !== 'kept' || p.chart.state !== 'create')
            continue;
        // The revert leaves the kept Application pointing at a path that is gone: Argo CD cannot render
        // it (a ComparisonError) and so prunes nothing; what the chart deployed keeps running.
        const e = p.app.existing;
        steps.push(`The existing Application '${e.name}' (${e.file}) stays: after the revert its chart folder ${p.chartDir} is gone, so Argo CD reports a ComparisonError (the path does not exist) and prunes nothing: what the chart deployed keeps running. ` +
            `To remove it, delete that Application in a pull request of its own (with the resources finalizer, Argo CD then deletes what it deployed; without it, delete those resources by hand), or restore the chart.`);
        steps.push(`Check on ${p.cluster}: kubectl -n ${e.appNamespace ?? application/* ARGOCD_NAMESPACE */.$u} get application ${e.name} (still there, with the ComparisonError), and kubectl --context ${p.cluster} -n ${e.destination.namespace ?? req.namespace} get ${kubectlKinds(blast.resourceKinds)} -l app.kubernetes.io/name=${req.service} (still running until the Application is removed).`);
    }
    for (const p of plans) {
        if (p.app.state !== 'create')
            continue;
        const name = p.appName;
        if (p.chart.state === 'create') {
            // By app.kubernetes.io/name, which the generated chart sets on everything it renders:
            // not by app.kubernetes.io/instance, which Argo CD's label tracking (the default before
            // 3.0) rewrites to the Application's name, so a check by the release name would find
            // nothing even while the resources are still there.
            steps.push(`Check on ${p.cluster}: kubectl -n argocd get application ${name} (gone after the prune), and kubectl --context ${p.cluster} -n ${req.namespace} get ${kubectlKinds(blast.resourceKinds)} -l app.kubernetes.io/name=${req.service} (no resources left).`);
        }
        else {
            // A kept chart or kustomization: its labels are its own, so the Application says what it deployed.
            // Asked before the revert (afterwards the Application is gone): the first step.
            steps.unshift(`Before reverting, on ${p.cluster}: note what the Application deploys: kubectl -n argocd get application ${name} -o jsonpath='{range .status.resources[*]}{.kind}/{.namespace}/{.name}{"\\n"}{end}'.`);
            steps.push(`Check on ${p.cluster}: kubectl -n argocd get application ${name} (gone after the prune), and each resource noted before the revert (none left).`);
        }
    }
    if (workflow)
        steps.push(`The CI workflow ${workflowPath(req.service)} goes with the revert; images it already pushed stay in the registry.`);
    return steps;
}

// EXTERNAL MODULE: ./src/report/escape.ts
var report_escape = __webpack_require__(4031);
;// CONCATENATED MODULE: ./src/generate/run.ts







/**
 * The one place generation meets the policy gate: builds the policy input document from the
 * proposal and the repo model, and evaluates it (fail-closed: a gate that cannot decide denies).
 */
async function decideProposal(root, proposal, model, opts) {
    const w = await (0,waivers/* loadWaivers */.Q2)({ root, ...(opts.waiversFile ? { file: opts.waiversFile, required: opts.waiversRequired ?? true } : {}), ...(opts.waiversFolder ? { folder: opts.waiversFolder } : {}) });
    const config = {
        packs: opts.packs,
        repoUrl: proposal.request.repoUrl,
        appsDir: proposal.request.appsDir,
        chartsDir: proposal.request.chartsDir,
        ...(opts.protectedNamespaces ? { protectedNamespaces: opts.protectedNamespaces } : {}),
        ...(opts.productionClusters ? { productionClusters: opts.productionClusters } : {}),
    };
    const input = (0,policy_input/* buildPolicyInput */.P8)(proposal, { config, repo: model, waivers: w.waivers, event: { name: 'generate' } });
    return nameDenyingInputs(await (0,gate/* evaluateGate */.DR)(input, { root, ...opts.gate }, w.warnings), proposal);
}
function outcomeOf(proposal, decision) {
    if (proposal.question)
        return 'halted';
    if (proposal.files.length === 0)
        return 'unchanged';
    return decision?.allow ? 'allowed' : 'denied';
}
/** Reads the repo, builds the proposal and asks the gate. Writes nothing. */
async function runGenerate(root, request, opts) {
    const existing = await loadRepo(root, { appsDir: request.appsDir, chartsDir: request.chartsDir, repoUrl: request.repoUrl });
    const model = existing.model;
    const proposal = await buildProposal(root, request, existing);
    const decision = proposal.question || proposal.files.length === 0 ? null : await decideProposal(root, proposal, model, opts);
    return { proposal, decision, outcome: outcomeOf(proposal, decision), baseline: { findings: existing.findings, repoUrl: request.repoUrl } };
}
/** The CLI's JSON document (version 1). */
function resultDocument(r) {
    return {
        version: 1,
        outcome: r.outcome,
        files: r.proposal.files.map((f) => ({ path: f.path, action: f.action })),
        preservation_notes: r.proposal.preservationNotes,
        kept: r.proposal.kept,
        blast_radius: {
            clusters: r.proposal.blastRadius.clusters,
            namespaces: r.proposal.blastRadius.namespaces,
            applications: r.proposal.blastRadius.applications,
            resource_kinds: r.proposal.blastRadius.resourceKinds,
            prune: r.proposal.blastRadius.prune,
        },
        rollback: r.proposal.rollback,
        // Always the documented object. When the gate was not asked (a halt, or nothing missing),
        // `allow` says whether anything stands in the way: false for a halt, true when nothing is missing.
        decision: r.decision
            ? { allow: r.decision.allow, denials: r.decision.denials, warnings: r.decision.warnings, waived: r.decision.waived }
            : { allow: r.outcome === 'unchanged', denials: [], warnings: [], waived: [] },
        question: r.proposal.question ?? null,
    };
}
/** A plain-text rendering of the result, for terminals and logs. */
function formatResultText(r) {
    const p = r.proposal;
    const out = [];
    out.push(`gitops-action generate: ${r.outcome.toUpperCase()} — ${p.request.service} (${p.request.application}) on ${p.request.clusters.join(', ')}`);
    if (p.question) {
        out.push('', 'Question:', ...p.question.split('\n').map((l) => `  ${l}`));
    }
    if (p.files.length) {
        out.push('', `Files (${p.files.length}):`, ...p.files.map((f) => `  ${f.action}  ${f.path}`));
    }
    else if (!p.question) {
        out.push('', 'Nothing is missing: no files to create.');
    }
    if (p.kept.length)
        out.push('', `Kept as they are (${p.kept.length}):`, ...p.kept.map((k) => `  ${k}`));
    if (p.preservationNotes.length)
        out.push('', 'Notes:', ...p.preservationNotes.map((n) => `  - ${n}`));
    if (p.files.length) {
        const b = p.blastRadius;
        out.push('', 'Blast radius:', `  clusters: ${b.clusters.join(', ') || '-'}`, `  namespaces: ${b.namespaces.join(', ') || '-'}`, `  new Applications: ${b.applications.join(', ') || '-'}`, `  resource kinds: ${b.resourceKinds.join(', ') || '-'}`, `  prune: ${b.prune ? 'yes (automated sync prunes what leaves git)' : 'no'}`);
        out.push('', 'Rollback:', ...p.rollback.map((s, i) => `  ${i + 1}. ${s}`));
    }
    if (r.decision) {
        const d = r.decision;
        out.push('', `Policy decision: ${d.allow ? 'allow' : 'deny'} (${d.denials.length} denial(s), ${d.warnings.length} warning(s), ${d.waived.length} waived)`);
        for (const i of d.denials)
            out.push(`  DENY ${i.rule_id} ${i.path ? `${i.path}: ` : ''}${i.message}${i.citation ? `\n       see ${i.citation}` : ''}`);
        for (const i of d.warnings)
            out.push(`  WARN ${i.rule_id} ${i.path ? `${i.path}: ` : ''}${i.message}`);
        for (const i of d.waived)
            out.push(`  WAIVED ${i.rule_id} ${i.path ? `${i.path}: ` : ''}${i.message}`);
    }
    // Names, paths, URLs and policy messages come from the repo: an escape sequence in one
    // must show, not clear the screen or retitle the terminal (as validate's text does).
    return (0,report_escape/* escapeTerminal */.en)(`${out.join('\n')}\n`, true);
}
/**
 * Escapes text for a Markdown table cell or line (names from the repo are not trusted markup).
 * A lone `\r` ends a line for GitHub's markdown as `\n` does: it would end the row.
 */
function md(s) {
    return s.replace(/[\\`*_{}[\]<>|#!]/g, (c) => `\\${c}`).replace(/\r\n|\r|\n/g, ' ');
}
/** The job summary (Markdown) of a generate run: outcome, question, files, notes, blast radius, rollback, decision. */
function formatResultMarkdown(r) {
    const p = r.proposal;
    const out = [];
    const icon = { allowed: '✅', unchanged: '➖', denied: '⛔', halted: '✋' }[r.outcome];
    out.push(`## ${icon} gitops-action generate: ${r.outcome}`, '', `**${md(p.request.service)}** (${md(p.request.application)}) on ${p.request.clusters.map(md).join(', ')}`, '');
    if (p.question) {
        out.push('### Question', '', ...p.question.split('\n').map((l) => `> ${md(l)}`), '');
    }
    if (p.files.length) {
        // A pipe splits the row even in a code span unless escaped (GitHub then shows it unescaped).
        out.push('### Files', '', '| Action | Path |', '| --- | --- |', ...p.files.map((f) => `| ${f.action} | \`${f.path.replace(/`/g, "'").replace(/\r\n|\r|\n/g, ' ').replace(/\|/g, '\\|')}\` |`), '');
    }
    else if (!p.question) {
        out.push('Nothing is missing: no files to create.', '');
    }
    if (p.kept.length)
        out.push('<details><summary>Kept as they are (' + p.kept.length + ')</summary>', '', ...p.kept.map((k) => `- ${md(k)}`), '', '</details>', '');
    if (p.preservationNotes.length)
        out.push('### Notes', '', ...p.preservationNotes.map((n) => `- ${md(n)}`), '');
    if (p.files.length) {
        const b = p.blastRadius;
        out.push('### Blast radius', '', '| | |', '| --- | --- |', `| Clusters | ${b.clusters.map(md).join(', ') || '–'} |`, `| Namespaces | ${b.namespaces.map(md).join(', ') || '–'} |`, `| New Applications | ${b.applications.map(md).join(', ') || '–'} |`, `| Resource kinds | ${b.resourceKinds.map(md).join(', ') || '–'} |`, `| Prune | ${b.prune ? 'yes' : 'no'} |`, '');
        // Rolling back is for a pull request that gets made: a denied proposal makes none.
        if (r.outcome !== 'denied')
            out.push('### Rollback', '', ...p.rollback.map((s, i) => `${i + 1}. ${md(s)}`), '');
    }
    if (r.decision) {
        const d = r.decision;
        out.push(`### Policy decision: ${d.allow ? 'allow' : 'deny'}`, '');
        const rows = [...d.denials.map((i) => ['deny', i]), ...d.warnings.map((i) => ['warn', i]), ...d.waived.map((i) => ['waived', i])];
        if (rows.length)
            out.push('| | Rule | Path | Message |', '| --- | --- | --- | --- |', ...rows.map(([k, i]) => `| ${k} | [${md(i.rule_id)}](${i.citation}) | ${md(i.path)} | ${md(i.message)} |`), '');
    }
    return `${out.join('\n')}\n`;
}

// EXTERNAL MODULE: ./src/settings.ts + 1 modules
var settings = __webpack_require__(9010);
// EXTERNAL MODULE: ./src/cli/io.ts
var cli_io = __webpack_require__(1604);
;// CONCATENATED MODULE: ./src/cli/generate.ts








const GENERATE_USAGE = `Usage: gitops-action generate [DIR] --service S --application A --clusters c1,c2 --image I
                             [--port P] [--replicas N] [--namespace NS] [--target-revision REV]
                             [--ci-workflow generate|skip] [--repo-url URL] [--apps-dir D] [--charts-dir D]
                             [--packs p1,p2] [--policy-dir D] [--waivers-file F]
                             [--protected-namespaces a,b] [--production-clusters g1,g2]
                             [--dry-run | --write] [--format text|json]

Reads the platform repo in DIR (default .) and proposes what is missing for the service on each
cluster: the Helm chart, the Argo CD Application, the CI workflow. Existing files are never changed.
  --dry-run   print the proposal and the policy decision; touch nothing (the default)
  --write     create the files of an allowed proposal in DIR (nothing is committed)
Exit 0: allowed or unchanged; 1: denied or halted; 2: usage or input error, or a file --write
could not create (nothing is left behind).
`;
/** The action's list parsing (commas or newlines), so a flag reads like the input of the same name. */
const list = (s) => (s === undefined ? undefined : (0,settings/* parseList */.E1)(s));
/** `gitops-action generate`. Returns the exit code; reports its own errors on io.stderr. */
async function runGenerateCli(argv, io, deps = {}) {
    try {
        return await run(argv, io, deps);
    }
    catch (err) {
        if (!(0,cli_io/* isUsageError */.mD)(err))
            throw err;
        return (0,cli_io/* reportUsageError */.gD)(io, 'generate', argv, err, GENERATE_USAGE);
    }
}
async function run(argv, io, deps) {
    const inputFlags = Object.fromEntries(inputs/* GENERATE_INPUTS */.wi.filter((n) => n !== 'dry-run').map((n) => [n, { type: 'string' }]));
    const { values, positionals } = (0,external_node_util_.parseArgs)({
        args: argv,
        allowPositionals: true,
        strict: true,
        options: {
            ...inputFlags,
            packs: { type: 'string' },
            'policy-dir': { type: 'string' },
            'waivers-file': { type: 'string' },
            'protected-namespaces': { type: 'string' },
            'production-clusters': { type: 'string' },
            'dry-run': { type: 'boolean' },
            write: { type: 'boolean' },
            format: { type: 'string', default: 'text' },
            help: { type: 'boolean', short: 'h' },
        },
    });
    const v = values;
    if (v.help) {
        io.stdout(GENERATE_USAGE);
        return cli_io/* EXIT */.dc.ok;
    }
    const dir = (0,cli_io/* dirArgument */.bu)('generate', positionals);
    if (v['dry-run'] && v.write)
        throw new errors/* UserError */.yo('--dry-run and --write exclude each other.');
    const format = v.format;
    if (format !== 'text' && format !== 'json')
        throw new errors/* UserError */.yo(`--format must be text or json, not '${String(format)}'.`);
    // Every input is validated before anything is read.
    const raw = {};
    for (const n of inputs/* GENERATE_INPUTS */.wi)
        if (n !== 'dry-run' && typeof v[n] === 'string')
            raw[n] = v[n];
    raw['dry-run'] = v.write ? 'false' : 'true';
    const request = (0,inputs/* parseGenerateRequest */.gX)(raw);
    const root = (0,external_node_path_.resolve)(dir ?? '.');
    const gateOpts = {
        packs: list(v.packs) ?? ['security-baseline'],
        ...(v['protected-namespaces'] !== undefined ? { protectedNamespaces: (0,settings/* parseNamespaceList */.JT)('--protected-namespaces', v['protected-namespaces']) } : {}),
        ...(v['production-clusters'] !== undefined ? { productionClusters: (0,settings/* parseClusterGlobs */.Hj)('--production-clusters', v['production-clusters']) } : {}),
        ...(v['waivers-file'] ? { waiversFile: v['waivers-file'] } : {}),
        gate: { ...deps.gate, root, ...(v['policy-dir'] ? { policyDir: v['policy-dir'], policyDirRequired: true } : {}) },
    };
    let result = await runGenerate(root, request, gateOpts);
    let written = [];
    if (v.write && result.outcome === 'allowed') {
        try {
            written = await writeProposal(root, result.proposal, deps.write);
        }
        catch (err) {
            if (!(err instanceof errors/* WriteConflictError */.Az))
                throw err;
            // Someone wrote into the repo between the read and the write: a halt with its
            // question (read-and-preserve), reported like any other, not a usage error.
            const question = `The repository changed after it was read, so nothing was written:\n${err.problems.map((p) => `- ${p}`).join('\n')}\nLook at what is there now, then run generate again: it reads the repo afresh and keeps what it finds.`;
            result = { ...result, outcome: 'halted', proposal: { ...result.proposal, question } };
        }
    }
    if (format === 'json') {
        io.stdout(`${JSON.stringify({ ...resultDocument(result), ...(v.write ? { written } : {}) }, null, 2)}\n`);
    }
    else {
        io.stdout(formatResultText(result));
        if (v.write) {
            io.stdout(result.outcome === 'allowed'
                ? `\nWrote ${written.length} file(s) under ${root} (not committed).\n`
                : `\nNothing written: the outcome is ${result.outcome}.\n`);
        }
        else if (result.outcome === 'allowed') {
            io.stdout('\nDry run: nothing was written. Run again with --write to create the files.\n');
        }
    }
    return result.outcome === 'allowed' || result.outcome === 'unchanged' ? cli_io/* EXIT */.dc.ok : cli_io/* EXIT */.dc.findings;
}


/***/ }),

/***/ 6037:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $u: () => (/* binding */ ARGOCD_NAMESPACE),
/* harmony export */   Ye: () => (/* binding */ applicationYaml),
/* harmony export */   nd: () => (/* binding */ RESOURCES_FINALIZER)
/* harmony export */ });
/* unused harmony export applicationObject */
/* harmony import */ var _yamldoc_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2580);

const RESOURCES_FINALIZER = 'resources-finalizer.argocd.argoproj.io';
const ARGOCD_NAMESPACE = 'argocd';
function applicationObject(p) {
    const source = { repoURL: p.repoUrl, targetRevision: p.targetRevision, path: p.path };
    if (p.sourceKind === 'helm')
        source.helm = { releaseName: p.service, valueFiles: ['values.yaml'] };
    return {
        apiVersion: 'argoproj.io/v1alpha1',
        kind: 'Application',
        metadata: {
            name: p.name,
            namespace: ARGOCD_NAMESPACE,
            labels: {
                'app.kubernetes.io/name': p.service,
                'app.kubernetes.io/part-of': p.application,
                'app.kubernetes.io/managed-by': 'gitops-action',
            },
            finalizers: [RESOURCES_FINALIZER],
        },
        spec: {
            project: p.project,
            source,
            destination: { ...p.destination, namespace: p.namespace },
            syncPolicy: {
                automated: { prune: true, selfHeal: true },
                syncOptions: ['CreateNamespace=true'],
            },
        },
    };
}
function applicationYaml(p) {
    const doc = (0,_yamldoc_js__WEBPACK_IMPORTED_MODULE_0__/* .newDoc */ .Xh)(applicationObject(p), `${p.service} (${p.application}) on cluster ${p.cluster}. Generated by gitops-action.\nDeleting this Application deletes what it deployed (resources finalizer).`);
    return (0,_yamldoc_js__WEBPACK_IMPORTED_MODULE_0__/* .render */ .XX)(doc);
}


/***/ }),

/***/ 5850:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   PW: () => (/* binding */ validateLabel),
/* harmony export */   gX: () => (/* binding */ parseGenerateRequest),
/* harmony export */   "if": () => (/* binding */ validateRepoDir),
/* harmony export */   mG: () => (/* binding */ validateRepoUrl),
/* harmony export */   ml: () => (/* binding */ validateRevision),
/* harmony export */   o_: () => (/* binding */ parseImageReference),
/* harmony export */   wi: () => (/* binding */ GENERATE_INPUTS)
/* harmony export */ });
/* unused harmony exports DEFAULTS, MAX_LENGTH, showValue, parseClusters */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3916);
/* harmony import */ var _repo_k8s_names_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(661);


/**
 * Parsing and validating the inputs of `mode: generate` (the same names as the CLI flags).
 * Every check happens here, before anything is read or written; every refusal is an
 * `InputError` that names the input.
 *
 * Decision on `latest`: the image input refuses the tag `latest` (and an image with neither
 * tag nor digest, which means `latest`) here, at input time, because a generated chart must
 * pin what it deploys. The policy gate may also deny mutable tags for hand-written charts;
 * for generation the refusal happens first, with a message that names the input.
 */
const GENERATE_INPUTS = [
    'service',
    'application',
    'clusters',
    'image',
    'port',
    'replicas',
    'namespace',
    'target-revision',
    'ci-workflow',
    'dry-run',
    'repo-url',
    'apps-dir',
    'charts-dir',
];
const DEFAULTS = {
    port: 8080,
    replicas: 2,
    targetRevision: 'main',
    ciWorkflow: 'generate',
    appsDir: 'argo-apps',
    chartsDir: 'gitops',
};
/** Upper bounds chosen so that derived names (`<service>-<cluster>`, Helm release names ≤ 53) stay valid. */
const MAX_LENGTH = { service: 40, application: 40, cluster: 30, namespace: 63 };
/** Shows a refused value safely inside a message (control characters escaped, length capped). */
function showValue(v) {
    const s = JSON.stringify(v.length > 80 ? `${v.slice(0, 80)}…` : v);
    return s;
}
function validateLabel(input, value, max, opts = {}) {
    if (value === '')
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(input, 'is required');
    if (value.length > max)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(input, `${showValue(value)} is ${value.length} characters long; at most ${max} are allowed`);
    const re = opts.startLetter ? _repo_k8s_names_js__WEBPACK_IMPORTED_MODULE_1__/* .DNS1035_LABEL */ .WQ : _repo_k8s_names_js__WEBPACK_IMPORTED_MODULE_1__/* .DNS1123_LABEL */ .a0;
    if (!re.test(value)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(input, `${showValue(value)} is not a valid name: use lower-case letters, digits and '-', ${opts.startLetter ? 'starting with a letter' : 'starting with a letter or digit'} and ending with a letter or digit (a DNS-1123 label)`);
    }
    return value;
}
// distribution/reference grammar (github.com/distribution/reference, regexp.go)
const ALNUM = '[a-z0-9]+';
const SEPARATOR = '(?:[._]|__|[-]+)';
const PATH_COMPONENT = `${ALNUM}(?:${SEPARATOR}${ALNUM})*`;
const DOMAIN_COMPONENT = '(?:[a-zA-Z0-9]|[a-zA-Z0-9][a-zA-Z0-9-]*[a-zA-Z0-9])';
const DOMAIN_NAME = `${DOMAIN_COMPONENT}(?:\\.${DOMAIN_COMPONENT})*`;
const IPV6 = '\\[(?:[a-fA-F0-9:]+)\\]';
const HOST = `(?:${DOMAIN_NAME}|${IPV6})`;
const DOMAIN = `${HOST}(?::[0-9]+)?`;
const TAG = '[\\w][\\w.-]{0,127}';
const DIGEST = '[A-Za-z][A-Za-z0-9]*(?:[-_+.][A-Za-z][A-Za-z0-9]*)*:[0-9a-fA-F]{32,}';
const REFERENCE = new RegExp(`^((?:(${DOMAIN})/)?(${PATH_COMPONENT}(?:/${PATH_COMPONENT})*))(?::(${TAG}))?(?:@(${DIGEST}))?$`);
const NAME_TOTAL_LENGTH_MAX = 255;
const LABEL_VALUE = /^[A-Za-z0-9](?:[-A-Za-z0-9_.]{0,61}[A-Za-z0-9])?$/;
/** Parses an image reference per the distribution reference grammar; requires a tag or a digest, refuses `latest`. */
function parseImageReference(value, input = 'image') {
    if (value === '')
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(input, 'is required (an image repository with a tag or a digest, e.g. ghcr.io/acme/cart:1.4.2)');
    const m = REFERENCE.exec(value);
    if (!m) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(input, `${showValue(value)} is not a valid image reference: expected [registry[:port]/]path[:tag][@algorithm:hex], with a lower-case path`);
    }
    const repository = m[1];
    let domain = m[2];
    const tag = m[4];
    const digest = m[5];
    // The grammar's domain is only a domain when it looks like one; otherwise it is the first path component.
    if (domain !== undefined && !(domain.includes('.') || domain.includes(':') || domain === 'localhost' || /[A-Z]/.test(domain))) {
        domain = undefined;
    }
    if (repository.length > NAME_TOTAL_LENGTH_MAX)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(input, `the repository name is longer than ${NAME_TOTAL_LENGTH_MAX} characters`);
    if (/[A-Z]/.test(repository.slice(domain ? domain.length : 0)))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(input, 'the repository path must be lower case');
    if (digest !== undefined) {
        // The grammar lets any algorithm through; registries pull by the registered, lower-case ones only.
        const [alg, hex] = digest.split(':');
        if (alg !== 'sha256' && alg !== 'sha512')
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(input, `the digest algorithm ${showValue(alg)} is not one a registry pulls by: use sha256 (or sha512), in lower case`);
        if (alg === 'sha256' && !/^[0-9a-f]{64}$/.test(hex))
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(input, 'a sha256 digest is 64 lower-case hex characters');
        if (alg === 'sha512' && !/^[0-9a-f]{128}$/.test(hex))
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(input, 'a sha512 digest is 128 lower-case hex characters');
    }
    // The tag becomes the chart's appVersion and so the app.kubernetes.io/version label, whose
    // values Kubernetes caps at 63 characters, starting and ending with a letter or digit.
    if (tag !== undefined && !LABEL_VALUE.test(tag)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(input, `the tag ${showValue(tag)} cannot be a Kubernetes label value (app.kubernetes.io/version): at most 63 characters, starting and ending with a letter or digit`);
    }
    if (tag === undefined && digest === undefined) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(input, `${showValue(value)} has neither a tag nor a digest (which means 'latest'): pin a version tag or a digest`);
    }
    if (tag === 'latest' && digest === undefined) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(input, "the tag 'latest' is mutable and is refused: pin a version tag or a digest");
    }
    return { repository, ...(domain !== undefined ? { domain } : {}), ...(tag !== undefined ? { tag } : {}), ...(digest !== undefined ? { digest } : {}) };
}
function parseInteger(input, raw, dflt, min, max) {
    if (raw === undefined || raw === '')
        return dflt;
    if (!/^[0-9]{1,6}$/.test(raw))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(input, `${showValue(raw)} is not a whole number between ${min} and ${max}`);
    const n = Number(raw);
    if (n < min || n > max)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(input, `${n} is out of range: expected ${min}–${max}`);
    return n;
}
function parseBoolean(input, raw, dflt) {
    if (raw === undefined || raw === '')
        return dflt;
    // The spellings the action's other boolean inputs take (settings.ts parseBoolean), so that
    // dry-run: yes is not refused where draft: yes is accepted.
    const v = raw.trim().toLowerCase();
    if (['true', 'yes', '1', 'on'].includes(v))
        return true;
    if (['false', 'no', '0', 'off'].includes(v))
        return false;
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(input, `${showValue(raw)} is not a boolean: expected true or false`);
}
/** A git ref name as `git check-ref-format` accepts it (branch, tag, `HEAD`, or a commit SHA). */
function validateRevision(input, value) {
    const bad = value.length > 200 ||
        !/^[A-Za-z0-9._/-]+$/.test(value) ||
        value.startsWith('-') ||
        value.startsWith('/') ||
        value.endsWith('/') ||
        value.endsWith('.') ||
        value.endsWith('.lock') ||
        value.includes('..') ||
        value.includes('//') ||
        value.split('/').some((c) => c.startsWith('.'));
    if (bad)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(input, `${showValue(value)} is not a valid git revision (a branch, tag or commit SHA)`);
    return value;
}
/** A git remote URL: https://, ssh://, or scp-like git@host:org/repo. No spaces, quotes or expressions. */
function validateRepoUrl(input, value) {
    if (value.length > 500 || /[\s"'`$\\{}<>|;&]/.test(value)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(input, `${showValue(value)} is not a valid git repository URL`);
    }
    if (/^(https?|ssh|git):\/\//.test(value)) {
        let u;
        try {
            u = new URL(value);
        }
        catch {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(input, `${showValue(value)} is not a valid git repository URL`);
        }
        // Credentials before the host (`https://ghp_token@github.com/...`) would be committed in the Application's repoURL:
        // refused, and not echoed back into the log.
        if (u.password || (u.username && /^https?:$/.test(u.protocol))) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(input, `${showValue(value.replace(/\/\/[^@/]*@/, '//***@'))} holds credentials before the host; give the repository URL without them (Argo CD takes credentials from its repository secrets).`);
        }
        if (!u.hostname || u.pathname.length <= 1 || u.search || u.hash) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(input, `${showValue(value)} is not a git repository URL (expected e.g. https://github.com/org/platform.git, without credentials)`);
        }
        return value;
    }
    if (/^[A-Za-z0-9._-]+@[A-Za-z0-9.-]+:[A-Za-z0-9._/-]+$/.test(value) && !value.includes('..'))
        return value;
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(input, `${showValue(value)} is not a git repository URL (expected https://host/org/repo.git or git@host:org/repo.git)`);
}
/**
 * A repo-relative directory made of plain segments (no `..`, no absolute path, no hidden
 * segments), returned without a leading `./` or trailing `/`: a shell's completion writes
 * `--apps-dir argo-apps/`, and validate and the action's settings take both forms.
 */
function validateRepoDir(input, value) {
    const plain = value.replace(/^\.\/(?=.)/, '').replace(/(?<=.)\/+$/, '');
    const segs = plain.split('/');
    if (value.length > 200 || segs.some((s) => !/^[A-Za-z0-9_][A-Za-z0-9._-]*$/.test(s) || s === '..')) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(input, `${showValue(value)} is not a plain repo-relative directory (letters, digits, '.', '_', '-', separated by '/')`);
    }
    return plain;
}
/**
 * The apps dir of a proposal. The repository root (`.`), which validate reads and bootstrap
 * points the root Application at, is refused with the reason: the constitution confines what a
 * proposal writes to the apps dir, the charts dir and .github/workflows/ (CON-001), and an apps
 * dir that is the root would let a proposal write anywhere; without it, `.` read as a bad name.
 */
function validateAppsDir(value) {
    if (/^\.\/*$/.test(value)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz('apps-dir', `${showValue(value)} (Applications at the repository root) is read by validate and bootstrap, but generate does not write there: the constitution confines a proposal's files to the apps dir, the charts dir and .github/workflows/ (CON-001), and the root would confine nothing. Move the argo-apps-<cluster>/ folders into a folder (e.g. argo-apps/, then bootstrap with apps-dir argo-apps) and run again with apps-dir set to it, or add the service's Application by hand (validate checks it).`);
    }
    return validateRepoDir('apps-dir', value);
}
function parseClusters(raw) {
    if (raw === undefined || raw.trim() === '')
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz('clusters', 'is required: one or more cluster names, separated by commas or newlines');
    // Comma- or newline-separated (a workflow input may be a YAML block scalar, one cluster a
    // line, with or without a trailing comma; blank lines are skipped). `a,,b` stays a typo.
    const items = raw
        .split(/\r?\n/)
        .map((line) => line.trim().replace(/,$/, ''))
        .filter((line) => line !== '')
        .flatMap((line) => line.split(',').map((s) => s.trim()));
    if (items.some((s) => s === ''))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz('clusters', `${showValue(raw)} has an empty cluster name`);
    // Only separators (`,`, `,\n,`): no cluster at all. Accepted, it proposed nothing but the CI
    // workflow and reported "ALLOWED ... on " as if that were the service.
    if (items.length === 0)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz('clusters', `${showValue(raw)} names no cluster: give one or more cluster names, separated by commas or newlines`);
    const seen = new Set();
    for (const c of items) {
        validateLabel('clusters', c, MAX_LENGTH.cluster, { startLetter: true });
        if (seen.has(c))
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz('clusters', `cluster ${showValue(c)} is listed twice`);
        seen.add(c);
    }
    return items;
}
/**
 * Parses the raw inputs (action inputs or CLI flags, by input name) into a validated request.
 * Throws `InputError` naming the first input that is refused. Reads nothing, writes nothing.
 * Values are taken as given (not trimmed): a name with surrounding whitespace or a newline is refused.
 */
function parseGenerateRequest(raw) {
    const get = (k) => {
        const v = raw[k];
        return v === undefined || v === '' ? undefined : v;
    };
    const service = validateLabel('service', get('service') ?? '', MAX_LENGTH.service, { startLetter: true });
    const application = validateLabel('application', get('application') ?? '', MAX_LENGTH.application, { startLetter: true });
    const clusters = parseClusters(raw['clusters']);
    const imageRef = parseImageReference(get('image') ?? '');
    const port = parseInteger('port', get('port'), DEFAULTS.port, 1, 65535);
    const replicas = parseInteger('replicas', get('replicas'), DEFAULTS.replicas, 1, 100);
    const namespace = validateLabel('namespace', get('namespace') ?? application, MAX_LENGTH.namespace);
    const targetRevision = validateRevision('target-revision', get('target-revision') ?? DEFAULTS.targetRevision);
    const ci = get('ci-workflow') ?? DEFAULTS.ciWorkflow;
    if (ci !== 'generate' && ci !== 'skip')
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz('ci-workflow', `${showValue(ci)} is not one of: generate, skip`);
    const dryRun = parseBoolean('dry-run', get('dry-run'), false);
    const repoUrlRaw = get('repo-url');
    const repoUrl = repoUrlRaw === undefined ? '' : validateRepoUrl('repo-url', repoUrlRaw);
    const appsDir = validateAppsDir(get('apps-dir') ?? DEFAULTS.appsDir);
    const chartsDir = validateRepoDir('charts-dir', get('charts-dir') ?? DEFAULTS.chartsDir);
    if (appsDir === chartsDir || appsDir.startsWith(`${chartsDir}/`) || chartsDir.startsWith(`${appsDir}/`)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz('charts-dir', `${showValue(chartsDir)} overlaps apps-dir ${showValue(appsDir)}`);
    }
    for (const c of clusters) {
        if (`${service}-${c}`.length > 53) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz('service', `the Application name ${showValue(`${service}-${c}`)} would be longer than 53 characters (a Helm release name limit); use a shorter service or cluster name`);
        }
    }
    // What was asked for, as opposed to a default: the action passes action.yml's defaults as values.
    const defaults = { port: String(DEFAULTS.port), replicas: String(DEFAULTS.replicas), 'target-revision': DEFAULTS.targetRevision, namespace: application };
    const given = Object.keys(defaults).filter((k) => get(k) !== undefined && get(k) !== defaults[k]);
    return {
        service,
        application,
        clusters,
        given,
        image: imageRef.repository + (imageRef.tag ? `:${imageRef.tag}` : '') + (imageRef.digest ? `@${imageRef.digest}` : ''),
        imageRef,
        port,
        replicas,
        namespace,
        targetRevision,
        ciWorkflow: ci,
        repoUrl,
        repoUrlInferred: repoUrl === '',
        appsDir,
        chartsDir,
        dryRun,
    };
}


/***/ }),

/***/ 2580:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   MO: () => (/* binding */ quoteAt),
/* harmony export */   Td: () => (/* binding */ commentKey),
/* harmony export */   XX: () => (/* binding */ render),
/* harmony export */   Xh: () => (/* binding */ newDoc)
/* harmony export */ });
/* unused harmony export STRINGIFY_OPTIONS */
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8815);

/**
 * Building YAML through the `yaml` document model: values become nodes, never pasted
 * into text. One set of stringify options everywhere, so output is byte-stable.
 */
const STRINGIFY_OPTIONS = { lineWidth: 0, minContentWidth: 0, indentSeq: true };
function newDoc(value, header) {
    const doc = new yaml__WEBPACK_IMPORTED_MODULE_0__/* .Document */ .yo(value, { aliasDuplicateObjects: false });
    if (header)
        doc.commentBefore = commentText(header);
    return doc;
}
/** Attaches a comment above the key at `path` (a list of map keys). */
function commentKey(doc, path, comment) {
    let node = doc.contents;
    for (let i = 0; i < path.length; i++) {
        if (!(0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isMap */ .jh)(node))
            throw new Error(`commentKey: ${path.slice(0, i).join('.')} is not a map`);
        const pair = node.items.find((p) => (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(p.key) && p.key.value === path[i]);
        if (!pair)
            throw new Error(`commentKey: no key ${path.slice(0, i + 1).join('.')}`);
        if (i === path.length - 1) {
            pair.key.commentBefore = commentText(comment);
            return;
        }
        node = pair.value;
    }
}
/** Forces double quotes on a string scalar at `path` (e.g. a tag like 1.10 that must stay a string). */
function quoteAt(doc, path) {
    const node = doc.getIn(path, true);
    if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(node))
        node.type = 'QUOTE_DOUBLE';
}
function commentText(c) {
    return c
        .split('\n')
        .map((l) => (l === '' ? '' : ` ${l}`))
        .join('\n');
}
function render(doc) {
    quoteYaml11Ambiguous(doc);
    const s = doc.toString(STRINGIFY_OPTIONS);
    return s.endsWith('\n') ? s : `${s}\n`;
}
/**
 * Kubernetes, Helm and Argo CD read YAML as 1.1, where a plain `yes`, `no`, `on`, `off`,
 * `y`, `n`, `0777` or `1:20` is not a string. The stringifier quotes only what YAML 1.2
 * would misread, so string values (a service called `on`, a namespace called `yes`) that
 * 1.1 would misread get double quotes here. Keys are left alone (a workflow's `on:` is a key).
 */
function quoteYaml11Ambiguous(doc) {
    (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .visit */ .YR)(doc, {
        Scalar(key, node) {
            if (key === 'key' || node.type || typeof node.value !== 'string' || node.value === '' || node.value.includes('\n'))
                return;
            let read;
            try {
                read = (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .parse */ .qg)(node.value, { version: '1.1' });
            }
            catch {
                return; // not a plain scalar at all: the stringifier quotes it anyway
            }
            // Only a scalar of another type; a value that reads as a map or list is quoted by the stringifier already.
            if (read === null || ['boolean', 'number', 'bigint'].includes(typeof read) || read instanceof Date)
                node.type = 'QUOTE_DOUBLE';
        },
    });
}


/***/ })

};

//# sourceMappingURL=377.index.js.map