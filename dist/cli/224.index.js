export const id = 224;
export const ids = [224];
export const modules = {

/***/ 4224:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  BOOTSTRAP_USAGE: () => (/* binding */ BOOTSTRAP_USAGE),
  runBootstrapCli: () => (/* binding */ runBootstrapCli)
});

// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __webpack_require__(7975);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
// EXTERNAL MODULE: ./src/generate/application.ts
var application = __webpack_require__(6037);
// EXTERNAL MODULE: ./src/generate/inputs.ts
var inputs = __webpack_require__(5850);
// EXTERNAL MODULE: ./src/generate/yamldoc.ts
var yamldoc = __webpack_require__(2580);
;// CONCATENATED MODULE: ./src/generate/bootstrap.ts



const ROOT_APPLICATION_FILE = 'root-application.yaml';
function applyCommand(file = ROOT_APPLICATION_FILE) {
    return `kubectl apply -n ${application/* ARGOCD_NAMESPACE */.$u} -f ${file}`;
}
/**
 * The root Application's `source.path`: Argo CD reads it from the repository's root, so a
 * platform repo in a folder of its repository (input `path`) has its apps dir under that folder.
 */
function rootApplicationPath(appsDir, folder) {
    if (!folder)
        return appsDir;
    return appsDir === '.' ? folder : `${folder}/${appsDir}`;
}
/** Validates the parameters (InputError naming `repo-url`, `revision`, ...) and renders the root Application. */
function renderRootApplication(params) {
    const repoUrl = (0,inputs/* validateRepoUrl */.mG)('repo-url', params.repoUrl);
    const revision = (0,inputs/* validateRevision */.ml)(params.revisionInput ?? 'revision', params.revision ?? 'main');
    const name = (0,inputs/* validateLabel */.PW)('name', params.name ?? 'root', 63);
    // Applications at the root (`apps-dir: .`, which validate reads): the root Application watches
    // the repo's root, minus what validate does not read as Applications there either, the charts
    // dir and the root's dot-directories (.github's workflows are not manifests). Argo CD matches
    // `exclude` as gobwas globs without separators, so `*` crosses '/' (repo/gobwas-glob.ts).
    const atRoot = params.appsDir === '.' || params.appsDir === './';
    const appsDir = atRoot ? '.' : (0,inputs/* validateRepoDir */["if"])('apps-dir', params.appsDir ?? 'argo-apps');
    const chartsDir = atRoot ? (0,inputs/* validateRepoDir */["if"])('charts-dir', params.chartsDir ?? 'gitops') : undefined;
    const path = rootApplicationPath(appsDir, params.folder);
    const directory = chartsDir ? { recurse: true, exclude: `{${chartsDir}/*,.*}` } : { recurse: true };
    const project = (0,inputs/* validateLabel */.PW)('project', params.project ?? 'default', 63);
    const app = {
        apiVersion: 'argoproj.io/v1alpha1',
        kind: 'Application',
        metadata: { name, namespace: application/* ARGOCD_NAMESPACE */.$u, finalizers: [application/* RESOURCES_FINALIZER */.nd] },
        spec: {
            project,
            source: { repoURL: repoUrl, targetRevision: revision, path, directory },
            destination: { server: 'https://kubernetes.default.svc', namespace: application/* ARGOCD_NAMESPACE */.$u },
            syncPolicy: { automated: { prune: true, selfHeal: true } },
        },
    };
    const doc = (0,yamldoc/* newDoc */.Xh)(app, `App-of-Apps root: syncs every Application under ${path === '.' ? 'the repository root' : `${path}/`} (recursively${chartsDir ? `, except ${chartsDir}/ and dot-folders` : ''}).\nApply it once, by hand (it is not committed):\n  ${applyCommand()}\nDeleting it deletes every Application it created, and with them what they deployed (resources finalizer).`);
    return (0,yamldoc/* render */.XX)(doc);
}

// EXTERNAL MODULE: ./src/cli/io.ts
var cli_io = __webpack_require__(1604);
;// CONCATENATED MODULE: ./src/cli/bootstrap.ts




const BOOTSTRAP_USAGE = `Usage: gitops-action bootstrap --repo-url URL [--revision R] [--apps-dir D] [--charts-dir D] [--name N] [--project P]

Prints the App-of-Apps root Application (path <apps-dir>, recursive, automated prune and
self-heal, the resources finalizer, namespace argocd). With --apps-dir . (Applications at the
repo root) it leaves out <charts-dir> (default gitops) and dot-folders. Save it and apply it once:
  gitops-action bootstrap --repo-url URL > root-application.yaml
  kubectl apply -n argocd -f root-application.yaml
It is never committed.
`;
/** `gitops-action bootstrap`. Returns the exit code; reports its own errors on io.stderr. */
function runBootstrapCli(argv, io) {
    try {
        const { values, positionals } = (0,external_node_util_.parseArgs)({
            args: argv,
            allowPositionals: false,
            strict: true,
            options: {
                'repo-url': { type: 'string' },
                revision: { type: 'string' },
                'apps-dir': { type: 'string' },
                'charts-dir': { type: 'string' },
                name: { type: 'string' },
                project: { type: 'string' },
                help: { type: 'boolean', short: 'h' },
            },
        });
        void positionals;
        if (values.help) {
            io.stdout(BOOTSTRAP_USAGE);
            return cli_io/* EXIT */.dc.ok;
        }
        if (!values['repo-url'])
            throw new errors/* UserError */.yo("Input 'repo-url': is required (the platform repo's git URL).");
        io.stdout(renderRootApplication({
            repoUrl: values['repo-url'],
            ...(values.revision !== undefined ? { revision: values.revision } : {}),
            ...(values['apps-dir'] !== undefined ? { appsDir: values['apps-dir'] } : {}),
            ...(values['charts-dir'] !== undefined ? { chartsDir: values['charts-dir'] } : {}),
            ...(values.name !== undefined ? { name: values.name } : {}),
            ...(values.project !== undefined ? { project: values.project } : {}),
        }));
        return cli_io/* EXIT */.dc.ok;
    }
    catch (err) {
        const code = err?.code;
        if ((0,errors/* isUserError */.iU)(err) || (typeof code === 'string' && code.startsWith('ERR_PARSE_ARGS'))) {
            io.stderr(`gitops-action bootstrap: ${(0,errors/* errorMessage */.gJ)(err)}\n`);
            if (!(0,errors/* isUserError */.iU)(err))
                io.stderr(`\n${BOOTSTRAP_USAGE}`);
            return cli_io/* EXIT */.dc.usage;
        }
        throw err;
    }
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

//# sourceMappingURL=224.index.js.map