import './sourcemap-register.cjs';import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 6214:
/***/ ((__unused_webpack_module, exports) => {

var __webpack_unused_export__;

__webpack_unused_export__ = ({ value: true });
// https://mathiasbynens.be/notes/javascript-encoding
// https://github.com/bestiejs/punycode.js - punycode.ucs2.decode
function ucs2length(str) {
    const len = str.length;
    let length = 0;
    let pos = 0;
    let value;
    while (pos < len) {
        length++;
        value = str.charCodeAt(pos++);
        if (value >= 0xd800 && value <= 0xdbff && pos < len) {
            // high surrogate, and there is a next character
            value = str.charCodeAt(pos);
            if ((value & 0xfc00) === 0xdc00)
                pos++; // low surrogate
        }
    }
    return length;
}
exports.A = ucs2length;
ucs2length.code = 'require("ajv/dist/runtime/ucs2length").default';
//# sourceMappingURL=ucs2length.js.map

/***/ }),

/***/ 5581:
/***/ ((module, __unused_webpack___webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony import */ var _cli_main_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(9958);

// A reader that goes away (`gitops-action generate … | head`) must not turn into a crash and
// a wrong exit code, nor cut a --write short: later output is dropped, the run finishes.
for (const stream of [process.stdout, process.stderr]) {
    stream.on('error', (err) => {
        if (err.code !== 'EPIPE' && err.code !== 'ERR_STREAM_DESTROYED')
            throw err;
    });
}
// The `gitops-action` command: all logic lives in cli/main.ts so tests can call it.
process.exitCode = await (0,_cli_main_js__WEBPACK_IMPORTED_MODULE_0__/* .runCli */ .a)(process.argv.slice(2));

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 1604:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   W: () => (/* binding */ processIO),
/* harmony export */   d: () => (/* binding */ EXIT)
/* harmony export */ });
const processIO = {
    stdout: (t) => process.stdout.write(t),
    stderr: (t) => process.stderr.write(t),
};
/** Exit codes shared by every subcommand. */
const EXIT = { ok: 0, findings: 1, usage: 2 };


/***/ }),

/***/ 9958:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  a: () => (/* binding */ runCli)
});

// EXTERNAL MODULE: ./src/errors.ts
var errors = __nccwpck_require__(3916);
;// CONCATENATED MODULE: ./src/version.ts
/** The action's version, reported in SARIF and the JSON documents. Kept in step with package.json by a test. */
const VERSION = '1.0.0';

// EXTERNAL MODULE: ./src/cli/io.ts
var cli_io = __nccwpck_require__(1604);
// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __nccwpck_require__(7975);
;// CONCATENATED MODULE: ./src/report/order.ts
/** Errors first, then warnings, then notices. */
const SEVERITY_RANK = { error: 0, warning: 1, notice: 2 };
function cmpStr(a, b) {
    // Plain code-unit order: the same on every machine and locale.
    return a < b ? -1 : a > b ? 1 : 0;
}
/** Deterministic location order: file, line, column, rule id, then message. */
function compareFindings(a, b) {
    return (cmpStr(a.file, b.file) ||
        a.line - b.line ||
        a.column - b.column ||
        cmpStr(a.ruleId, b.ruleId) ||
        cmpStr(a.message, b.message));
}
/** A sorted copy by location (file, line, column, rule id). */
function sortByLocation(findings) {
    return [...findings].sort(compareFindings);
}
/** A sorted copy: severity first (errors first), then location. */
function sortBySeverity(findings) {
    return [...findings].sort((a, b) => SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity] || compareFindings(a, b));
}
/** Counts per severity, computed from findings. */
function countBySeverity(findings) {
    const counts = { error: 0, warning: 0, notice: 0 };
    for (const f of findings)
        counts[f.severity]++;
    return counts;
}

;// CONCATENATED MODULE: ./src/report/json.ts

/**
 * The machine-readable report: `{ version: 1, findings: [...], summary: {...} }`.
 * Findings are sorted by file, line, column, rule id; only the contract keys are kept
 * (endLine/endColumn and anything else on a Finding are dropped).
 */
function toJsonReport(findings, summary) {
    return {
        version: 1,
        findings: sortByLocation(findings).map((f) => ({
            ruleId: f.ruleId,
            severity: f.severity,
            file: f.file,
            line: f.line,
            column: f.column,
            message: f.message,
            hint: f.hint ?? '',
        })),
        summary: {
            applications: summary.applications,
            charts: summary.charts,
            errors: summary.errors,
            warnings: summary.warnings,
            notices: summary.notices,
        },
    };
}
/** The JSON report as file content: two-space indent, trailing newline. */
function formatJsonReport(findings, summary) {
    return `${JSON.stringify(toJsonReport(findings, summary), null, 2)}\n`;
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __nccwpck_require__(7598);
;// CONCATENATED MODULE: ./src/report/sarif.ts


const SARIF_SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json';
const TOOL_NAME = 'gitops-action';
const DEFAULT_INFORMATION_URI = 'https://github.com/trustacks/gitops-action';
/** Key of our own entry in `partialFingerprints`; bump the suffix if the recipe changes. */
const FINGERPRINT_KEY = 'gitopsFindingHash/v1';
function sarifLevel(severity) {
    return severity === 'error' ? 'error' : severity === 'warning' ? 'warning' : 'note';
}
/** `app-missing-chart` → `AppMissingChart` (SARIF's `name` is meant to be an identifier). */
function ruleName(id) {
    const name = id
        .split(/[^A-Za-z0-9]+/)
        .filter(Boolean)
        .map((p) => p[0].toUpperCase() + p.slice(1))
        .join('');
    return name || 'Rule';
}
/** A repo-relative path as a relative URI reference: each segment percent-encoded, forward slashes. */
function fileUri(file) {
    return file
        .replace(/\\/g, '/')
        .replace(/^\.\//, '')
        .split('/')
        .map((segment) => encodeURIComponent(segment))
        .join('/');
}
function descriptor(meta) {
    const hint = meta.hint.trim();
    const description = meta.description.trim() || meta.title;
    return {
        id: meta.id,
        name: ruleName(meta.id),
        shortDescription: { text: meta.title.trim() || meta.id },
        fullDescription: { text: description },
        help: {
            text: hint ? `${description}\n\nHow to fix: ${hint}` : description,
            markdown: hint ? `${description}\n\n**How to fix:** ${hint}` : description,
        },
        defaultConfiguration: { level: sarifLevel(meta.severity) },
        properties: { tags: ['gitops'] },
    };
}
/** A descriptor for a rule id that a finding uses but the catalogue does not list. */
function descriptorFromFinding(f) {
    return descriptor({ id: f.ruleId, severity: f.severity, title: f.ruleId, description: f.ruleId, hint: f.hint ?? '' });
}
/** Clamp to a valid 1-based SARIF position. */
function pos(n) {
    return n === undefined || !Number.isFinite(n) ? undefined : Math.max(1, Math.trunc(n));
}
function region(f) {
    const startLine = pos(f.line) ?? 1;
    const r = { startLine };
    const startColumn = pos(f.column);
    if (startColumn !== undefined)
        r.startColumn = startColumn;
    const endLine = pos(f.endLine);
    if (endLine !== undefined && endLine > startLine)
        r.endLine = endLine;
    const endColumn = pos(f.endColumn);
    // On one line the end column must lie past the start column to mean anything.
    if (endColumn !== undefined && (r.endLine !== undefined || startColumn === undefined || endColumn > startColumn)) {
        r.endColumn = endColumn;
    }
    return r;
}
function messageText(f) {
    const hint = (f.hint ?? '').trim();
    return hint ? `${f.message}\nHint: ${hint}` : f.message;
}
/**
 * Findings as a SARIF 2.1.0 log with one run.
 *
 * Rules: one reporting descriptor per rule id, catalogue order first, then ids that only
 * findings use (sorted). Results are sorted by location; `ruleIndex` points into `rules`.
 * A finding without a file is anchored at `options.fallbackFile` line 1 and flagged
 * `properties.repositoryLevel`: GitHub code scanning rejects a whole upload when any result
 * has no location ("locationFromSarifResult: expected at least one location").
 *
 * `partialFingerprints[FINGERPRINT_KEY]` hashes rule id, file and message plus the
 * occurrence number among identical triples, not the line: moving a block keeps the alert.
 */
function toSarif(findings, catalogue, toolVersion, options = {}) {
    const rules = [];
    const index = new Map();
    for (const meta of catalogue) {
        if (index.has(meta.id))
            continue;
        index.set(meta.id, rules.length);
        rules.push(descriptor(meta));
    }
    const sorted = sortByLocation(findings);
    const extra = new Map();
    for (const f of sorted)
        if (!index.has(f.ruleId) && !extra.has(f.ruleId))
            extra.set(f.ruleId, f);
    for (const id of [...extra.keys()].sort()) {
        index.set(id, rules.length);
        rules.push(descriptorFromFinding(extra.get(id)));
    }
    const seen = new Map();
    const results = sorted.map((f) => {
        const key = `${f.ruleId}\u0000${f.file}\u0000${f.message}`;
        const occurrence = seen.get(key) ?? 0;
        seen.set(key, occurrence + 1);
        const result = {
            ruleId: f.ruleId,
            ruleIndex: index.get(f.ruleId),
            level: sarifLevel(f.severity),
            message: { text: messageText(f) },
            partialFingerprints: {
                [FINGERPRINT_KEY]: (0,external_node_crypto_.createHash)('sha256').update(`${key}\u0000${occurrence}`).digest('hex'),
            },
        };
        const file = f.file || options.fallbackFile || 'argo-apps';
        result.locations = [
            {
                physicalLocation: {
                    artifactLocation: { uri: fileUri(file), uriBaseId: '%SRCROOT%' },
                    region: f.file ? region(f) : { startLine: 1 },
                },
            },
        ];
        if (!f.file)
            result.properties = { repositoryLevel: true };
        return result;
    });
    const run = {
        tool: {
            driver: {
                name: TOOL_NAME,
                informationUri: options.informationUri ?? DEFAULT_INFORMATION_URI,
                version: toolVersion,
                semanticVersion: /^\d+\.\d+\.\d+(?:[-+].*)?$/.test(toolVersion) ? toolVersion : undefined,
                rules,
            },
        },
        columnKind: 'utf16CodeUnits',
        results,
    };
    if (run.tool.driver.semanticVersion === undefined)
        delete run.tool.driver.semanticVersion;
    if (options.srcRoot) {
        const root = options.srcRoot.replace(/\\/g, '/').replace(/\/?$/, '/');
        run.originalUriBaseIds = {
            '%SRCROOT%': { uri: `file://${root.startsWith('/') ? '' : '/'}${root.split('/').map(encodeURIComponent).join('/')}` },
        };
    }
    if (options.category)
        run.automationDetails = { id: options.category };
    return { $schema: SARIF_SCHEMA, version: '2.1.0', runs: [run] };
}
/** The SARIF log as file content: two-space indent, trailing newline. */
function formatSarif(findings, catalogue, toolVersion, options) {
    return `${JSON.stringify(toSarif(findings, catalogue, toolVersion, options), null, 2)}\n`;
}

;// CONCATENATED MODULE: ./src/report/text.ts

const COLORS = { error: '\u001b[31m', warning: '\u001b[33m', notice: '\u001b[36m' };
const RESET = '\u001b[0m';
function plural(n, one, many) {
    return `${n} ${n === 1 ? one : many}`;
}
/** `12 applications, 10 charts: 1 error, 2 warnings, 0 notices` */
function summaryLine(summary) {
    return (`${plural(summary.applications, 'application', 'applications')}, ${plural(summary.charts, 'chart', 'charts')}: ` +
        `${plural(summary.errors, 'error', 'errors')}, ${plural(summary.warnings, 'warning', 'warnings')}, ` +
        `${plural(summary.notices, 'notice', 'notices')}`);
}
/** Continuation lines of a multi-line text, indented under their first line. */
function indent(text, prefix) {
    return text.replace(/\r\n?/g, '\n').split('\n').join(`\n${prefix}`);
}
/**
 * Control characters as `\xHH`: a file name with a newline or an ANSI escape in it must
 * neither split a finding over two lines nor drive the terminal. Messages keep `\n`.
 */
function visible(s, keepNewlines) {
    return s.replace(keepNewlines ? /[\x00-\x09\x0b-\x1f\x7f]/g : /[\x00-\x1f\x7f]/g, (c) => `\\x${c.charCodeAt(0).toString(16).padStart(2, '0')}`);
}
/** `file:line:col`, or just the file (or `(repository)`) when there is no position. */
function formatLocation(f) {
    const file = visible(f.file, false) || '(repository)';
    if (!(f.line >= 1))
        return file;
    return f.column >= 1 ? `${file}:${f.line}:${f.column}` : `${file}:${f.line}`;
}
/**
 * Terminal output for the CLI, one block per finding in location order:
 *
 *     argo-apps/argo-apps-prod/cart-application.yaml:12:7 error [rule-id] message
 *       hint: ...
 *
 * then the summary line. Ends with a newline.
 */
function formatText(findings, summary, options = {}) {
    const lines = [];
    for (const f of sortByLocation(findings)) {
        const sev = options.color ? `${COLORS[f.severity]}${f.severity}${RESET}` : f.severity;
        lines.push(`${formatLocation(f)} ${sev} [${f.ruleId}] ${indent(visible(f.message, true), '  ')}`);
        const hint = (f.hint ?? '').trim();
        if (hint)
            lines.push(`  hint: ${indent(hint, '        ')}`);
    }
    if (lines.length)
        lines.push('');
    lines.push(summaryLine(summary));
    return `${lines.join('\n')}\n`;
}

// EXTERNAL MODULE: ./src/validate/catalogue.ts
var catalogue = __nccwpck_require__(8683);
// EXTERNAL MODULE: ./src/validate/engine.ts + 16 modules
var engine = __nccwpck_require__(8243);
;// CONCATENATED MODULE: ./src/cli/validate.ts









const VALIDATE_USAGE = `Usage: gitops-action validate [DIR] [--apps-dir D] [--charts-dir D] [--repo-url URL]
                             [--format text|json|sarif] [--fail-on error|warning|never] [--jobs N]

Validates the Argo CD Applications under DIR/<apps-dir> against the Helm charts under
DIR/<charts-dir>. Exit 0: no errors; 1: errors (or warnings with --fail-on warning); 2: usage or input error.
--jobs N: threads (1: everything on one thread; 2 or more: a worker thread walks and checks
the Helm charts while the main thread checks the Applications; the report is the same).
Default: 2 on a machine of 2 or more CPUs when the apps dir holds 3,000 or more YAML files, else 1.
`;
/** `gitops-action validate`: the validate engine from a terminal. Returns the exit code. */
async function runValidateCli(argv, io) {
    const { values, positionals } = (0,external_node_util_.parseArgs)({
        args: argv,
        allowPositionals: true,
        strict: true,
        options: {
            'apps-dir': { type: 'string' },
            'charts-dir': { type: 'string' },
            'repo-url': { type: 'string' },
            format: { type: 'string', default: 'text' },
            'fail-on': { type: 'string', default: 'error' },
            jobs: { type: 'string' },
            help: { type: 'boolean', short: 'h' },
        },
    });
    if (values.help) {
        io.stdout(VALIDATE_USAGE);
        return cli_io/* EXIT */.d.ok;
    }
    if (positionals.length > 1)
        throw new errors/* UserError */.yo(`validate takes one directory, got ${positionals.length}: ${positionals.join(' ')}`);
    // An empty argument (an unset variable, `"$DIR"`) must not quietly mean the working directory.
    if (positionals[0] !== undefined && !positionals[0].trim())
        throw new errors/* UserError */.yo('DIR is empty: give the platform repo\'s directory, or leave it out for the working directory.');
    const format = values.format;
    if (format !== 'text' && format !== 'json' && format !== 'sarif')
        throw new errors/* UserError */.yo(`--format must be text, json or sarif, not '${format}'.`);
    const failOn = values['fail-on'];
    if (failOn !== 'error' && failOn !== 'warning' && failOn !== 'never')
        throw new errors/* UserError */.yo(`--fail-on must be error, warning or never, not '${failOn}'.`);
    let jobs;
    if (values.jobs !== undefined) {
        jobs = Number(values.jobs);
        if (!/^\d+$/.test(values.jobs) || jobs < 1 || jobs > 64)
            throw new errors/* UserError */.yo(`--jobs must be a whole number from 1 to 64, not '${values.jobs}'.`);
    }
    const result = await (0,engine/* validateRepo */.Lg)(positionals[0] ?? '.', {
        jobs,
        appsDir: values['apps-dir'],
        chartsDir: values['charts-dir'],
        repoUrl: values['repo-url'],
    });
    if (format === 'json')
        io.stdout(formatJsonReport(result.findings, result.summary));
    else if (format === 'sarif')
        io.stdout(formatSarif(result.findings, catalogue/* RULES */.y, VERSION));
    else
        io.stdout(formatText(result.findings, result.summary, { color: false }));
    const failed = failOn === 'never' ? false : failOn === 'warning' ? result.summary.errors + result.summary.warnings > 0 : result.summary.errors > 0;
    return failed ? cli_io/* EXIT */.d.findings : cli_io/* EXIT */.d.ok;
}

;// CONCATENATED MODULE: ./src/cli/main.ts




const USAGE = `gitops-action ${VERSION}

Usage: gitops-action <command> [options]

Commands:
  validate [DIR]    validate argo-apps/ against gitops/ (see: gitops-action validate --help)
  generate [DIR]    propose a new service's chart, Application and CI workflow, gated by policy
                    (--dry-run prints it, --write creates the files; see: gitops-action generate --help)
  bootstrap         print the root App-of-Apps Application (never committed)

Exit codes: 0 success, 1 findings / denied / halted, 2 usage or input error.
`;
const COMMANDS = {
    validate: runValidateCli,
    // Loaded on use: generation brings the policy runtime, which `validate` never needs
    // (start-up is a measurable part of validating a small repo).
    generate: async (argv, io) => (await Promise.all(/* import() */[__nccwpck_require__.e(128), __nccwpck_require__.e(701)]).then(__nccwpck_require__.bind(__nccwpck_require__, 7701))).runGenerateCli(argv, io),
    bootstrap: async (argv, io) => (await __nccwpck_require__.e(/* import() */ 224).then(__nccwpck_require__.bind(__nccwpck_require__, 4224))).runBootstrapCli(argv, io),
};
/**
 * Runs one CLI invocation and returns its exit code. The one place the CLI reports
 * errors: a user's mistake (a bad flag, a missing directory) is one line on stderr and
 * exit 2; anything else is a bug and prints its stack.
 */
async function runCli(argv, io = cli_io/* processIO */.W) {
    const [command, ...rest] = argv;
    if (!command || command === '--help' || command === '-h' || command === 'help') {
        io.stdout(USAGE);
        return command ? cli_io/* EXIT */.d.ok : cli_io/* EXIT */.d.usage;
    }
    if (command === '--version' || command === '-v') {
        io.stdout(`${VERSION}\n`);
        return cli_io/* EXIT */.d.ok;
    }
    const run = COMMANDS[command];
    if (!run) {
        io.stderr(`gitops-action: unknown command '${command}'.\n\n${USAGE}`);
        return cli_io/* EXIT */.d.usage;
    }
    try {
        return await run(rest, io);
    }
    catch (err) {
        if ((0,errors/* isUserError */.iU)(err) || isArgError(err)) {
            io.stderr(`gitops-action ${command}: ${(0,errors/* errorMessage */.gJ)(err)}\n`);
            if (command === 'validate' && isArgError(err))
                io.stderr(`\n${VALIDATE_USAGE}`);
            return cli_io/* EXIT */.d.usage;
        }
        io.stderr(`gitops-action ${command}: internal error (a bug, please report it): ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
        return 3;
    }
}
/** node:util parseArgs throws TypeErrors with ERR_PARSE_ARGS_* codes for bad flags. */
function isArgError(err) {
    return typeof err?.code === 'string' && err.code.startsWith('ERR_PARSE_ARGS');
}


/***/ }),

/***/ 3916:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   dz: () => (/* binding */ InputError),
/* harmony export */   gJ: () => (/* binding */ errorMessage),
/* harmony export */   iU: () => (/* binding */ isUserError),
/* harmony export */   yo: () => (/* binding */ UserError)
/* harmony export */ });
/* unused harmony export CommandError */
/**
 * Error classes that separate the user's mistake from a bug.
 *
 * - `UserError`: something the person running the action can fix (a bad input, a
 *   malformed file they pointed us at, a missing directory). Reported as a plain
 *   message, exit code 2 from the CLI, no stack trace.
 * - `InputError`: a `UserError` about one named input or flag.
 * - `CommandError`: an external command (opa, helm, git) failed; carries its exit
 *   code and stderr so the report can show them.
 * Anything else that reaches the top level is a bug and is reported with its stack.
 */
class UserError extends Error {
    constructor(message) {
        super(message);
        this.name = 'UserError';
    }
}
class InputError extends UserError {
    input;
    constructor(input, message) {
        super(`Input '${input}': ${message}`);
        this.input = input;
        this.name = 'InputError';
    }
}
class CommandError extends Error {
    command;
    exitCode;
    stderr;
    constructor(command, exitCode, stderr) {
        super(`${command} exited with code ${exitCode}${stderr ? `: ${stderr.trim().slice(0, 2000)}` : ''}`);
        this.command = command;
        this.exitCode = exitCode;
        this.stderr = stderr;
        this.name = 'CommandError';
    }
}
function isUserError(err) {
    return err instanceof UserError;
}
function errorMessage(err) {
    return err instanceof Error ? err.message : String(err);
}


/***/ }),

/***/ 5420:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   H: () => (/* binding */ normalizeRepoUrl),
/* harmony export */   Z: () => (/* binding */ sameRepo)
/* harmony export */ });
/** Normalised forms already computed (bounded: cleared past 1,024 distinct URLs). */
const seen = new Map();
/**
 * Normalises a git remote URL so that the https, ssh and scp-like forms of the same
 * repository compare equal: `https://github.com/Org/Repo.git`, `git@github.com:org/repo`
 * and `ssh://git@github.com/org/repo.git` all become `github.com/org/repo`.
 * Returns undefined for something that is not a git URL (e.g. a Helm repository is
 * still a URL, so callers decide by source kind, not by this function).
 */
function normalizeRepoUrl(url) {
    // Thousands of sources name the same few URLs, and the cross-file rules ask up to three times per source.
    if (seen.has(url))
        return seen.get(url);
    const n = normalize(url);
    if (seen.size >= 1024)
        seen.clear();
    seen.set(url, n);
    return n;
}
function normalize(url) {
    let s = url.trim();
    if (!s)
        return undefined;
    const scp = /^(?:[\w.-]+@)?([\w.-]+):(?!\/\/)(.+)$/.exec(s);
    if (scp && !/^[a-z][a-z0-9+.-]*:\/\//i.test(s)) {
        s = `${scp[1]}/${scp[2]}`;
    }
    else {
        try {
            const u = new URL(s);
            const port = u.port && !['22', '443', '80'].includes(u.port) ? `:${u.port}` : '';
            s = `${u.hostname}${port}${u.pathname}`;
        }
        catch {
            return undefined;
        }
    }
    s = s.replace(/\/+$/, '').replace(/\.git$/i, '').replace(/\/+$/, '');
    return s.toLowerCase();
}
function sameRepo(a, b) {
    const na = normalizeRepoUrl(a);
    return na !== undefined && na === normalizeRepoUrl(b);
}


/***/ }),

/***/ 8683:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   B: () => (/* binding */ RULE_BY_ID),
/* harmony export */   y: () => (/* binding */ RULES)
/* harmony export */ });
/**
 * Every rule validate can report: stable id, default severity, what it checks and how
 * to fix it. The README's rule table and the SARIF rule descriptors come from here.
 */
const RULES = [
    // Reading files
    { id: 'file.unreadable', severity: 'error', title: 'File cannot be read', description: 'A file or directory under the apps or charts directory could not be read (permissions, broken link, too large, binary or not UTF-8).', hint: 'Make the file a readable UTF-8 YAML file under 2 MiB, or remove it.' },
    { id: 'file.symlink-escape', severity: 'error', title: 'Symbolic link leaves the repository', description: 'A symbolic link under the apps or charts directory points outside the repository; Argo CD will not follow it and the action does not read it.', hint: 'Replace the link with the files themselves, or point it at a path inside the repository.' },
    { id: 'file.symlink-loop', severity: 'error', title: 'Symbolic link loops', description: 'A symbolic link points at itself or at a directory that contains it.', hint: 'Remove the looping link.' },
    { id: 'yaml.syntax', severity: 'error', title: 'Invalid YAML', description: 'The file does not parse as YAML (syntax error, bad indentation, an alias with no anchor before it or inside the node it names).', hint: 'Fix the YAML at the line and column given; `yamllint` shows the same error locally.' },
    { id: 'yaml.duplicate-key', severity: 'warning', title: 'Key set twice', description: 'A key appears twice in one mapping (also keys that read alike as YAML 1.1 booleans, such as `on` and `y`). Argo CD and Helm keep the last value without a word, so the first one is silently lost.', hint: 'Remove or merge the earlier one.' },
    { id: 'yaml.alias-bomb', severity: 'error', title: 'Excessive YAML aliases', description: 'The document expands more aliases than any real manifest needs: a resource-exhaustion ("billion laughs") pattern.', hint: 'Write the values out, or use far fewer anchors and aliases.' },
    { id: 'yaml.empty', severity: 'warning', title: 'Empty YAML file', description: 'A YAML file under the apps directory holds no document; Argo CD ignores it.', hint: 'Delete the file, or add the Application it was meant to hold.' },
    { id: 'yaml.not-resource', severity: 'error', title: 'Document is not a Kubernetes resource', description: 'A YAML document under the apps directory has no string `apiVersion` and `kind`; the root App-of-Apps applies every file there and would fail to sync it.', hint: 'Add `apiVersion` and `kind`, or move the file out of the apps directory.' },
    { id: 'yaml.templated', severity: 'notice', title: 'Templated file skipped', description: 'The file holds `{{ }}` placeholders outside comments, in a field the rules resolve or where it keeps the file from parsing (a template rendered elsewhere); it is not validated as an Application.', hint: 'Nothing to fix if the file is a template on purpose.' },
    // The repository layout
    { id: 'repo.apps-dir-missing', severity: 'error', title: 'Apps directory missing', description: 'The directory of Argo CD Applications (default `argo-apps/`) does not exist.', hint: 'Create it, or set the `apps-dir` input / `--apps-dir` flag to where your Applications live.' },
    { id: 'repo.charts-dir-missing', severity: 'warning', title: 'Charts directory missing', description: 'The directory of Helm charts (default `gitops/`) does not exist.', hint: 'Create it, or set the `charts-dir` input / `--charts-dir` flag to where your charts live.' },
    { id: 'repo.skipped-kind', severity: 'notice', title: 'Resource skipped', description: 'A document under the apps directory is not an Argo CD Application (an AppProject, an ApplicationSet, RBAC, ...); it is not validated.', hint: 'Nothing to fix: listed so you know what was not checked.' },
    // Applications
    { id: 'app.schema', severity: 'error', title: 'Application violates the Argo CD schema', description: 'The Application does not validate against the Argo CD v1alpha1 Application CRD schema (wrong type, missing required field).', hint: 'Fix the field named in the message; `kubectl apply --dry-run=server` would refuse it too.' },
    { id: 'app.name-missing', severity: 'error', title: 'Application has no name', description: '`metadata.name` is missing or empty.', hint: 'Set `metadata.name`, conventionally the service name (plus the cluster when several clusters share one Argo CD).' },
    { id: 'app.destination-missing', severity: 'error', title: 'Application has no destination', description: '`spec.destination` names neither a `server` nor a cluster `name`: the schema lets it through, Argo CD cannot sync it.', hint: 'Set `spec.destination.server` (e.g. https://kubernetes.default.svc) or `spec.destination.name`.' },
    { id: 'app.destination-ambiguous', severity: 'error', title: 'Application destination sets both server and name', description: '`spec.destination` sets both `server` and `name`; Argo CD refuses such an Application.', hint: 'Keep only one of `server` and `name`.' },
    { id: 'app.source-missing', severity: 'error', title: 'Application has no source', description: 'The Application has neither `spec.source` nor `spec.sources`.', hint: 'Add `spec.source` with `repoURL`, `path` and `targetRevision`.' },
    { id: 'app.source-and-sources', severity: 'warning', title: 'Application sets both source and sources', description: 'When both are set Argo CD uses `spec.sources` and ignores `spec.source`.', hint: 'Remove `spec.source`, or move it into `spec.sources`.' },
    { id: 'app.duplicate-name', severity: 'error', title: 'Two Applications share a name', description: 'Two Applications in the same Argo CD namespace have the same `metadata.name`; the last one applied replaces the other.', hint: 'Give each Application a unique name, e.g. `<service>-<cluster>`.' },
    { id: 'app.duplicate-target', severity: 'error', title: 'Two Applications deploy the same chart to the same place', description: 'Two Applications point at the same chart path and the same destination and namespace; they fight over the same resources.', hint: 'Delete one of them, or point them at different destinations.' },
    // Layout
    { id: 'layout.app-location', severity: 'error', title: 'Application file outside the layout', description: 'Applications live at `<apps-dir>/argo-apps-<cluster>/<service>-application.yaml`; the cluster and service are read from that path.', hint: 'Move the file to `argo-apps/argo-apps-<cluster>/<service>-application.yaml`.' },
    { id: 'layout.name-mismatch', severity: 'warning', title: 'Application name does not match its service', description: 'The Application name should be the service name from its file name, optionally with the cluster (`<service>`, `<service>-<cluster>` or `<cluster>-<service>`).', hint: 'Rename the Application or its file so they agree.' },
    { id: 'layout.chart-path', severity: 'error', title: 'Chart path of another cluster or service', description: 'A source path under the charts directory must be `gitops/<application>/<cluster>/<service>` of the same cluster and service as the Application file.', hint: 'Point `path` at the chart of this cluster and service, or move the Application file to the right cluster folder.' },
    // Sources
    { id: 'source.path-escape', severity: 'error', title: 'Source path leaves the repository', description: 'A source `path` is absolute or climbs out of the repository with `..`.', hint: 'Use a path relative to the repository root, e.g. `gitops/<application>/<cluster>/<service>`.' },
    { id: 'source.path-missing', severity: 'error', title: 'Source path does not exist', description: 'A source `path` names a directory that is not in the repository (a backslash is part of a name on Linux, not a separator): Argo CD would report `app path does not exist`.', hint: 'Fix the path, or add the chart at that path.' },
    { id: 'source.value-file-missing', severity: 'error', title: 'Helm value file does not exist', description: 'A `helm.valueFiles` entry (relative to the chart, or `$<ref>/...` for a multi-source ref) names a missing file.', hint: 'Fix the value file name, add the file, or set `helm.ignoreMissingValueFiles: true` if it is optional.' },
    { id: 'source.ref-unknown', severity: 'error', title: 'Value file refers to an unknown source ref', description: 'A `$<ref>/...` value file names a ref that no source of the Application declares.', hint: 'Add a source with `ref: <name>`, or fix the `$<ref>` prefix.' },
    { id: 'source.library-chart', severity: 'error', title: 'Source is a library chart', description: 'A source `path` points at a chart with `type: library`: Helm refuses to install it ("library charts are not installable"), so Argo CD cannot render the Application.', hint: 'Point the source at an application chart that includes the library, or set the chart\'s `type: application` if it has templates of its own.' },
    { id: 'source.kustomization-missing', severity: 'error', title: 'Kustomize source without kustomization', description: 'A source with a `kustomize` block points at a directory with no `kustomization.yaml`, `kustomization.yml` or `Kustomization`.', hint: 'Add the kustomization file, or remove the `kustomize` block.' },
    { id: 'source.directory-empty', severity: 'warning', title: 'Directory source without manifests', description: 'A plain directory source holds no YAML, JSON or Jsonnet manifest: Argo CD would sync nothing.', hint: 'Add manifests, or point the source at a chart.' },
    { id: 'source.repo-url', severity: 'error', title: 'Source is not the platform repository', description: 'A git source with a `path` must come from this platform repository (https and ssh forms both match); no source may have an empty `repoURL`.', hint: 'Set `repoURL` to the platform repository, or pass the right URL with the `repo-url` input / `--repo-url`.' },
    { id: 'source.target-revision', severity: 'error', title: 'Source has no targetRevision', description: '`targetRevision` is missing or empty; Argo CD would silently track HEAD.', hint: 'Set `targetRevision` (a branch such as `main`, a tag, a commit, or `HEAD` explicitly).' },
    // Charts
    { id: 'chart.missing', severity: 'error', title: 'Helm source without a chart', description: 'A source with a `helm` block, or a path under the charts directory, points at a directory with no `Chart.yaml` and no kustomization or manifests.', hint: 'Add `Chart.yaml`, or point the source at the chart directory.' },
    { id: 'chart.api-version', severity: 'error', title: 'Chart apiVersion is not v2', description: '`Chart.yaml` must declare `apiVersion: v2` (Helm 3).', hint: 'Set `apiVersion: v2`.' },
    { id: 'chart.api-version-v1', severity: 'warning', title: 'Chart uses the Helm 2 format', description: '`Chart.yaml` declares `apiVersion: v1`: Helm 3 still renders it, but it is the Helm 2 format (dependencies in requirements.yaml, no `type`).', hint: 'Set `apiVersion: v2` (and move requirements.yaml into `dependencies:`).' },
    { id: 'chart.name', severity: 'error', title: 'Chart name missing or invalid', description: '`Chart.yaml` must have a non-empty string `name` that Helm takes (no `/` or `\\`, not `.` or `..`).', hint: 'Set `name`, conventionally the service name.' },
    { id: 'chart.version', severity: 'error', title: 'Chart version is not one Helm takes', description: '`Chart.yaml` `version` must be a string Helm parses as a version (SemVer such as `0.1.0`; Helm also takes `v1.2.3` and `1.2`). An unquoted `1.0` is a number to YAML.', hint: 'Set `version: 0.1.0`.' },
    { id: 'chart.type', severity: 'error', title: 'Chart type is invalid', description: '`Chart.yaml` `type` must be `application` or `library` when set.', hint: 'Set `type: application` or remove the field.' },
    { id: 'chart.dependency-missing', severity: 'error', title: 'Chart dependency missing from the repository', description: 'A `dependencies` entry with no `repository` is not vendored in `charts/`, or one at `file://<path>` has no chart at that path: Helm fails ("missing in charts/ directory").', hint: 'Vendor the dependency (`helm dependency update` and commit `charts/`), fix the `file://` path, or give it its chart repository.' },
    { id: 'chart.not-mapping', severity: 'error', title: 'Chart.yaml is not a mapping', description: '`Chart.yaml` must hold one mapping of chart metadata.', hint: 'Rewrite Chart.yaml as `apiVersion: v2`, `name: ...`, `version: ...`.' },
    { id: 'chart.values', severity: 'error', title: 'values.yaml is not a mapping', description: '`values.yaml` must be a mapping (or empty).', hint: 'Rewrite values.yaml as `key: value` pairs.' },
    { id: 'chart.templates', severity: 'error', title: 'Chart renders nothing', description: 'An application chart renders nothing: no manifest (`.yaml`, `.yml`, `.json` or `.tpl` that is not a helper) under `templates/`, nothing under `crds/`, and no dependencies.', hint: 'Add a template such as `templates/deployment.yaml`; set `type: library` only for a chart that other charts include and no Application deploys.' },
    { id: 'chart.orphan', severity: 'warning', title: 'Chart without an Application', description: 'No Application points at this chart: Argo CD never deploys it.', hint: 'Add its Application under the apps directory, or delete the chart.' },
];
const RULE_BY_ID = new Map(RULES.map((r) => [r.id, r]));


/***/ }),

/***/ 8243:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  Lg: () => (/* binding */ validateRepo)
});

// UNUSED EXPORTS: hasPlaceholders, isInside

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(6760);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __nccwpck_require__(3916);
;// CONCATENATED MODULE: ./src/repo/files.ts


function emptyListing() {
    return { dirs: new Set(), children: new Map(), issues: [] };
}
/** Every file of a listing as repo-relative paths (made on demand: policy and generation want them). */
function listingFiles(listing) {
    const out = new Set();
    for (const [dir, names] of listing.children)
        for (const n of names)
            out.add(dir ? `${dir}/${n}` : n);
    return out;
}
/** Whether `path` is a file of the listing. */
function listingHasFile(listing, path) {
    const i = path.lastIndexOf('/');
    return listing.children.get(i < 0 ? '' : path.slice(0, i))?.includes(path.slice(i + 1)) ?? false;
}
/** How many directories the walk of one tree enters through symbolic links, at most. */
const MAX_LINKED_DIRS = 20000;
/** The largest YAML file we parse. Argo CD Applications and Chart.yaml files are a few KB. */
const MAX_YAML_BYTES = 2 * 1024 * 1024;
const toRel = (root, abs) => (0,external_node_path_.relative)(root, abs).split(external_node_path_.sep).join('/');
/** Anything `path.join` would have to normalise: `.`/`..` segments, doubled or leading slashes, backslashes. */
const NOT_PLAIN = /(?:^|\/)\.\.?(?:\/|$)|\/\/|^\/|\\/;
/**
 * `join(root, rel)` for the repo-relative paths the walk itself produced, without
 * normalising them again: 50,000 joins were 25 ms of a 10,000-Application run.
 */
function repoPath(root, rel) {
    if (!rel)
        return root;
    return NOT_PLAIN.test(rel) || root.endsWith(external_node_path_.sep) ? (0,external_node_path_.join)(root, rel) : `${root}${external_node_path_.sep}${rel}`;
}
/**
 * Lists every file below `relDir` without leaving the repo: a symlink whose target is
 * outside `root` is reported, not followed; a link that loops (ELOOP, or a directory
 * link to one of its own ancestors) is reported, not followed. Directory symlinks inside
 * the repo are followed, so their files are listed under the link's path too (a
 * `staging/cart -> ../prod/cart` chart link is legitimate, not a loop). `skipDir` names
 * directories below `relDir` not to enter (another walk covers them, or they are not
 * the repo's content, like `.git`).
 */
async function walkTree(root, realRoot, relDir, into, skipDir) {
    walkTreeSync(root, realRoot, relDir, into, skipDir);
}
/**
 * Synchronous on purpose: on a warm page cache a readdir is microseconds, and a promise
 * per directory cost more than the call itself (measured on a 10,000-Application repo).
 */
function walkTreeSync(root, realRoot, relDir, into, skipDir) {
    // Directories entered through links are bounded, so that links fanning out level after
    // level (each directory linking twice to the next) cannot make the walk exponential.
    let linkedDirs = 0;
    let linkBudgetReported = false;
    /** `chain`: real paths of the directories on the way down to this one (loop detection). */
    const walk = (rel, real, chain, viaLink) => {
        if (viaLink && ++linkedDirs > MAX_LINKED_DIRS) {
            if (!linkBudgetReported)
                into.issues.push({ file: rel, kind: 'unreadable', detail: `more than ${MAX_LINKED_DIRS} directories reached through symbolic links; the rest were not read` });
            linkBudgetReported = true;
            return;
        }
        const down = [...chain, real];
        into.dirs.add(rel);
        let entries;
        try {
            entries = (0,external_node_fs_.readdirSync)(repoPath(root, rel), { withFileTypes: true });
        }
        catch (err) {
            into.issues.push({ file: rel, kind: 'unreadable', detail: err.code ?? String(err) });
            return;
        }
        const names = [];
        into.children.set(rel, names);
        for (const e of entries) {
            const childRel = rel ? `${rel}/${e.name}` : e.name;
            if (e.isDirectory()) {
                if (!skipDir?.(childRel))
                    walk(childRel, `${real}/${e.name}`, down, viaLink);
            }
            else if (e.isFile()) {
                names.push(e.name);
            }
            else if (e.isSymbolicLink()) {
                if (followLink(childRel, down, viaLink) === 'file')
                    names.push(e.name);
            }
        }
    };
    const followLink = (rel, chain, viaLink) => {
        let target;
        try {
            target = (0,external_node_fs_.realpathSync)((0,external_node_path_.join)(root, rel));
        }
        catch (err) {
            const code = err.code;
            if (code === 'ELOOP')
                into.issues.push({ file: rel, kind: 'symlink-loop', detail: 'the link points at itself through other links' });
            else
                into.issues.push({ file: rel, kind: 'unreadable', detail: `broken symbolic link (${code})` });
            return;
        }
        const inside = toRel(realRoot, target);
        if (inside === '..' || inside.startsWith('../') || inside.startsWith('/')) {
            into.issues.push({ file: rel, kind: 'symlink-escape', detail: `links outside the repository, to ${target}` });
            return;
        }
        // A link to a directory that contains it loops: one on the way down (a/l1 -> b,
        // b/l2 -> a), or one above the walked root (`up -> ../..`).
        const parentReal = chain[chain.length - 1];
        if (chain.includes(target) || parentReal.startsWith(`${target}${external_node_path_.sep}`)) {
            into.issues.push({ file: rel, kind: 'symlink-loop', detail: 'links to a directory that contains it' });
            return;
        }
        const st = (0,external_node_fs_.statSync)(target);
        if (st.isDirectory()) {
            if (!skipDir?.(rel))
                walk(rel, target, chain, true);
            return 'dir';
        }
        if (st.isFile())
            return 'file';
        return undefined;
    };
    let startReal;
    try {
        startReal = (0,external_node_fs_.realpathSync)((0,external_node_path_.join)(root, relDir));
    }
    catch {
        return;
    }
    const inside = toRel(realRoot, startReal);
    if (inside === '..' || inside.startsWith('../')) {
        into.issues.push({ file: relDir, kind: 'symlink-escape', detail: `links outside the repository, to ${startReal}` });
        return;
    }
    walk(relDir, startReal, [], false);
}
const utf8 = new TextDecoder('utf-8', { fatal: true });
/**
 * Reads a file as UTF-8 text, refusing what is too large, binary or not UTF-8.
 * Synchronous with one open/fstat/read/close, like `readFileSync`, but checking the size
 * before reading: async file handles cost more than the read itself on small files.
 */
async function readTextFile(root, rel, maxBytes = MAX_YAML_BYTES) {
    return readTextFileSync(root, rel, maxBytes);
}
/**
 * One buffer for every read, a byte larger than the limit: a read that fills it means the
 * file is too large. open + read + close, no fstat: syscalls are most of what reading a
 * platform repo costs (measured on 10,000 Applications).
 */
let shared;
function readTextFileSync(root, rel, maxBytes = MAX_YAML_BYTES) {
    let fd;
    try {
        fd = (0,external_node_fs_.openSync)(repoPath(root, rel), 'r');
        const cap = maxBytes + 1;
        if (!shared || shared.length < cap)
            shared = Buffer.allocUnsafe(Math.max(cap, MAX_YAML_BYTES + 1));
        // A read of a regular file returns all it asked for unless the file ends first (POSIX
        // allows short reads only for signals and special files), so one read is the file.
        let n = 0;
        for (;;) {
            const want = cap - n;
            const got = (0,external_node_fs_.readSync)(fd, shared, n, want, n);
            n += got;
            if (got === 0 || got < want || n >= cap)
                break;
        }
        if (n > maxBytes) {
            const { size } = (0,external_node_fs_.fstatSync)(fd);
            return { issue: { file: rel, kind: 'too-large', detail: `${size.toLocaleString('en-US')} bytes (${(size / 1048576).toFixed(1)} MiB) is more than the ${maxBytes / 1048576} MiB (${maxBytes.toLocaleString('en-US')} bytes) limit` } };
        }
        const data = shared.subarray(0, n);
        if (data.subarray(0, 8192).includes(0)) {
            return { issue: { file: rel, kind: 'binary', detail: 'the file holds NUL bytes: it is binary, not YAML' } };
        }
        try {
            let text = utf8.decode(data);
            if (text.charCodeAt(0) === 0xfeff)
                text = text.slice(1);
            return { text };
        }
        catch {
            return { issue: { file: rel, kind: 'encoding', detail: 'the file is not valid UTF-8' } };
        }
    }
    catch (err) {
        return { issue: { file: rel, kind: 'unreadable', detail: err.code ?? String(err) } };
    }
    finally {
        if (fd !== undefined)
            (0,external_node_fs_.closeSync)(fd);
    }
}
/** Runs `fn` over `items` with at most `limit` in flight, keeping input order in the result. */
async function mapLimit(items, limit, fn) {
    const out = new Array(items.length);
    let next = 0;
    const worker = async () => {
        while (next < items.length) {
            const i = next++;
            out[i] = await fn(items[i], i);
        }
    };
    await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
    return out;
}

// EXTERNAL MODULE: ./src/repo/git-url.ts
var git_url = __nccwpck_require__(5420);
;// CONCATENATED MODULE: ./src/repo/paths.ts

/** Forward-slash, no leading `./`, no trailing `/`. Keeps `..` segments (callers decide about them). */
function normalizeRepoPath(p) {
    let s = p.replace(/\\/g, '/');
    s = external_node_path_.posix.normalize(s);
    if (s === '.' || s === './')
        return '';
    if (s.startsWith('./'))
        s = s.slice(2);
    if (s.length > 1 && s.endsWith('/'))
        s = s.slice(0, -1);
    return s;
}
/** True when a repo-relative path, once normalised, stays inside the repo. */
function staysInside(p) {
    if (p.startsWith('/') || /^[A-Za-z]:[\\/]/.test(p))
        return false;
    const n = normalizeRepoPath(p);
    return n !== '..' && !n.startsWith('../');
}
function joinRepoPath(...parts) {
    return normalizeRepoPath(external_node_path_.posix.join(...parts.filter((x) => x !== '')));
}

// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __nccwpck_require__(8815);
;// CONCATENATED MODULE: ./node_modules/js-yaml/dist/js-yaml.mjs
function getDefaultExportFromCjs(x) {
  return x && x.__esModule && Object.prototype.hasOwnProperty.call(x, "default") ? x["default"] : x;
}
var jsYaml = {};
var loader = {};
var common = {};
var hasRequiredCommon;
function requireCommon() {
  if (hasRequiredCommon) return common;
  hasRequiredCommon = 1;
  function isNothing(subject) {
    return typeof subject === "undefined" || subject === null;
  }
  function isObject(subject) {
    return typeof subject === "object" && subject !== null;
  }
  function toArray(sequence) {
    if (Array.isArray(sequence)) return sequence;
    else if (isNothing(sequence)) return [];
    return [sequence];
  }
  function extend(target, source) {
    if (source) {
      const sourceKeys = Object.keys(source);
      for (let index = 0, length = sourceKeys.length; index < length; index += 1) {
        const key = sourceKeys[index];
        target[key] = source[key];
      }
    }
    return target;
  }
  function repeat(string, count) {
    let result = "";
    for (let cycle = 0; cycle < count; cycle += 1) {
      result += string;
    }
    return result;
  }
  function isNegativeZero(number) {
    return number === 0 && Number.NEGATIVE_INFINITY === 1 / number;
  }
  common.isNothing = isNothing;
  common.isObject = isObject;
  common.toArray = toArray;
  common.repeat = repeat;
  common.isNegativeZero = isNegativeZero;
  common.extend = extend;
  return common;
}
var exception;
var hasRequiredException;
function requireException() {
  if (hasRequiredException) return exception;
  hasRequiredException = 1;
  function formatError(exception2, compact) {
    let where = "";
    const message = exception2.reason || "(unknown reason)";
    if (!exception2.mark) return message;
    if (exception2.mark.name) {
      where += 'in "' + exception2.mark.name + '" ';
    }
    where += "(" + (exception2.mark.line + 1) + ":" + (exception2.mark.column + 1) + ")";
    if (!compact && exception2.mark.snippet) {
      where += "\n\n" + exception2.mark.snippet;
    }
    return message + " " + where;
  }
  function YAMLException2(reason, mark) {
    Error.call(this);
    this.name = "YAMLException";
    this.reason = reason;
    this.mark = mark;
    this.message = formatError(this, false);
    if (Error.captureStackTrace) {
      Error.captureStackTrace(this, this.constructor);
    } else {
      this.stack = new Error().stack || "";
    }
  }
  YAMLException2.prototype = Object.create(Error.prototype);
  YAMLException2.prototype.constructor = YAMLException2;
  YAMLException2.prototype.toString = function toString(compact) {
    return this.name + ": " + formatError(this, compact);
  };
  exception = YAMLException2;
  return exception;
}
var snippet;
var hasRequiredSnippet;
function requireSnippet() {
  if (hasRequiredSnippet) return snippet;
  hasRequiredSnippet = 1;
  const common2 = requireCommon();
  function getLine(buffer, lineStart, lineEnd, position, maxLineLength) {
    let head = "";
    let tail = "";
    const maxHalfLength = Math.floor(maxLineLength / 2) - 1;
    if (position - lineStart > maxHalfLength) {
      head = " ... ";
      lineStart = position - maxHalfLength + head.length;
    }
    if (lineEnd - position > maxHalfLength) {
      tail = " ...";
      lineEnd = position + maxHalfLength - tail.length;
    }
    return {
      str: head + buffer.slice(lineStart, lineEnd).replace(/\t/g, "→") + tail,
      pos: position - lineStart + head.length
      // relative position
    };
  }
  function padStart(string, max) {
    return common2.repeat(" ", max - string.length) + string;
  }
  function makeSnippet(mark, options) {
    options = Object.create(options || null);
    if (!mark.buffer) return null;
    if (!options.maxLength) options.maxLength = 79;
    if (typeof options.indent !== "number") options.indent = 1;
    if (typeof options.linesBefore !== "number") options.linesBefore = 3;
    if (typeof options.linesAfter !== "number") options.linesAfter = 2;
    const re = /\r?\n|\r|\0/g;
    const lineStarts = [0];
    const lineEnds = [];
    let match;
    let foundLineNo = -1;
    while (match = re.exec(mark.buffer)) {
      lineEnds.push(match.index);
      lineStarts.push(match.index + match[0].length);
      if (mark.position <= match.index && foundLineNo < 0) {
        foundLineNo = lineStarts.length - 2;
      }
    }
    if (foundLineNo < 0) foundLineNo = lineStarts.length - 1;
    let result = "";
    const lineNoLength = Math.min(mark.line + options.linesAfter, lineEnds.length).toString().length;
    const maxLineLength = options.maxLength - (options.indent + lineNoLength + 3);
    for (let i = 1; i <= options.linesBefore; i++) {
      if (foundLineNo - i < 0) break;
      const line2 = getLine(
        mark.buffer,
        lineStarts[foundLineNo - i],
        lineEnds[foundLineNo - i],
        mark.position - (lineStarts[foundLineNo] - lineStarts[foundLineNo - i]),
        maxLineLength
      );
      result = common2.repeat(" ", options.indent) + padStart((mark.line - i + 1).toString(), lineNoLength) + " | " + line2.str + "\n" + result;
    }
    const line = getLine(mark.buffer, lineStarts[foundLineNo], lineEnds[foundLineNo], mark.position, maxLineLength);
    result += common2.repeat(" ", options.indent) + padStart((mark.line + 1).toString(), lineNoLength) + " | " + line.str + "\n";
    result += common2.repeat("-", options.indent + lineNoLength + 3 + line.pos) + "^\n";
    for (let i = 1; i <= options.linesAfter; i++) {
      if (foundLineNo + i >= lineEnds.length) break;
      const line2 = getLine(
        mark.buffer,
        lineStarts[foundLineNo + i],
        lineEnds[foundLineNo + i],
        mark.position - (lineStarts[foundLineNo] - lineStarts[foundLineNo + i]),
        maxLineLength
      );
      result += common2.repeat(" ", options.indent) + padStart((mark.line + i + 1).toString(), lineNoLength) + " | " + line2.str + "\n";
    }
    return result.replace(/\n$/, "");
  }
  snippet = makeSnippet;
  return snippet;
}
var type;
var hasRequiredType;
function requireType() {
  if (hasRequiredType) return type;
  hasRequiredType = 1;
  const YAMLException2 = requireException();
  const TYPE_CONSTRUCTOR_OPTIONS = [
    "kind",
    "multi",
    "resolve",
    "construct",
    "instanceOf",
    "predicate",
    "represent",
    "representName",
    "defaultStyle",
    "styleAliases"
  ];
  const YAML_NODE_KINDS = [
    "scalar",
    "sequence",
    "mapping"
  ];
  function compileStyleAliases(map2) {
    const result = {};
    if (map2 !== null) {
      Object.keys(map2).forEach(function(style) {
        map2[style].forEach(function(alias) {
          result[String(alias)] = style;
        });
      });
    }
    return result;
  }
  function Type2(tag, options) {
    options = options || {};
    Object.keys(options).forEach(function(name) {
      if (TYPE_CONSTRUCTOR_OPTIONS.indexOf(name) === -1) {
        throw new YAMLException2('Unknown option "' + name + '" is met in definition of "' + tag + '" YAML type.');
      }
    });
    this.options = options;
    this.tag = tag;
    this.kind = options["kind"] || null;
    this.resolve = options["resolve"] || function() {
      return true;
    };
    this.construct = options["construct"] || function(data) {
      return data;
    };
    this.instanceOf = options["instanceOf"] || null;
    this.predicate = options["predicate"] || null;
    this.represent = options["represent"] || null;
    this.representName = options["representName"] || null;
    this.defaultStyle = options["defaultStyle"] || null;
    this.multi = options["multi"] || false;
    this.styleAliases = compileStyleAliases(options["styleAliases"] || null);
    if (YAML_NODE_KINDS.indexOf(this.kind) === -1) {
      throw new YAMLException2('Unknown kind "' + this.kind + '" is specified for "' + tag + '" YAML type.');
    }
  }
  type = Type2;
  return type;
}
var schema;
var hasRequiredSchema;
function requireSchema() {
  if (hasRequiredSchema) return schema;
  hasRequiredSchema = 1;
  const YAMLException2 = requireException();
  const Type2 = requireType();
  function compileList(schema2, name) {
    const result = [];
    schema2[name].forEach(function(currentType) {
      let newIndex = result.length;
      result.forEach(function(previousType, previousIndex) {
        if (previousType.tag === currentType.tag && previousType.kind === currentType.kind && previousType.multi === currentType.multi) {
          newIndex = previousIndex;
        }
      });
      result[newIndex] = currentType;
    });
    return result;
  }
  function compileMap() {
    const result = {
      scalar: {},
      sequence: {},
      mapping: {},
      fallback: {},
      multi: {
        scalar: [],
        sequence: [],
        mapping: [],
        fallback: []
      }
    };
    function collectType(type2) {
      if (type2.multi) {
        result.multi[type2.kind].push(type2);
        result.multi["fallback"].push(type2);
      } else {
        result[type2.kind][type2.tag] = result["fallback"][type2.tag] = type2;
      }
    }
    for (let index = 0, length = arguments.length; index < length; index += 1) {
      arguments[index].forEach(collectType);
    }
    return result;
  }
  function Schema2(definition) {
    return this.extend(definition);
  }
  Schema2.prototype.extend = function extend(definition) {
    let implicit = [];
    let explicit = [];
    if (definition instanceof Type2) {
      explicit.push(definition);
    } else if (Array.isArray(definition)) {
      explicit = explicit.concat(definition);
    } else if (definition && (Array.isArray(definition.implicit) || Array.isArray(definition.explicit))) {
      if (definition.implicit) implicit = implicit.concat(definition.implicit);
      if (definition.explicit) explicit = explicit.concat(definition.explicit);
    } else {
      throw new YAMLException2("Schema.extend argument should be a Type, [ Type ], or a schema definition ({ implicit: [...], explicit: [...] })");
    }
    implicit.forEach(function(type2) {
      if (!(type2 instanceof Type2)) {
        throw new YAMLException2("Specified list of YAML types (or a single Type object) contains a non-Type object.");
      }
      if (type2.loadKind && type2.loadKind !== "scalar") {
        throw new YAMLException2("There is a non-scalar type in the implicit list of a schema. Implicit resolving of such types is not supported.");
      }
      if (type2.multi) {
        throw new YAMLException2("There is a multi type in the implicit list of a schema. Multi tags can only be listed as explicit.");
      }
    });
    explicit.forEach(function(type2) {
      if (!(type2 instanceof Type2)) {
        throw new YAMLException2("Specified list of YAML types (or a single Type object) contains a non-Type object.");
      }
    });
    const result = Object.create(Schema2.prototype);
    result.implicit = (this.implicit || []).concat(implicit);
    result.explicit = (this.explicit || []).concat(explicit);
    result.compiledImplicit = compileList(result, "implicit");
    result.compiledExplicit = compileList(result, "explicit");
    result.compiledTypeMap = compileMap(result.compiledImplicit, result.compiledExplicit);
    return result;
  };
  schema = Schema2;
  return schema;
}
var str;
var hasRequiredStr;
function requireStr() {
  if (hasRequiredStr) return str;
  hasRequiredStr = 1;
  const Type2 = requireType();
  str = new Type2("tag:yaml.org,2002:str", {
    kind: "scalar",
    construct: function(data) {
      return data !== null ? data : "";
    }
  });
  return str;
}
var seq;
var hasRequiredSeq;
function requireSeq() {
  if (hasRequiredSeq) return seq;
  hasRequiredSeq = 1;
  const Type2 = requireType();
  seq = new Type2("tag:yaml.org,2002:seq", {
    kind: "sequence",
    construct: function(data) {
      return data !== null ? data : [];
    }
  });
  return seq;
}
var map;
var hasRequiredMap;
function requireMap() {
  if (hasRequiredMap) return map;
  hasRequiredMap = 1;
  const Type2 = requireType();
  map = new Type2("tag:yaml.org,2002:map", {
    kind: "mapping",
    construct: function(data) {
      return data !== null ? data : {};
    }
  });
  return map;
}
var failsafe;
var hasRequiredFailsafe;
function requireFailsafe() {
  if (hasRequiredFailsafe) return failsafe;
  hasRequiredFailsafe = 1;
  const Schema2 = requireSchema();
  failsafe = new Schema2({
    explicit: [
      requireStr(),
      requireSeq(),
      requireMap()
    ]
  });
  return failsafe;
}
var _null;
var hasRequired_null;
function require_null() {
  if (hasRequired_null) return _null;
  hasRequired_null = 1;
  const Type2 = requireType();
  function resolveYamlNull(data) {
    if (data === null) return true;
    const max = data.length;
    return max === 1 && data === "~" || max === 4 && (data === "null" || data === "Null" || data === "NULL");
  }
  function constructYamlNull() {
    return null;
  }
  function isNull(object) {
    return object === null;
  }
  _null = new Type2("tag:yaml.org,2002:null", {
    kind: "scalar",
    resolve: resolveYamlNull,
    construct: constructYamlNull,
    predicate: isNull,
    represent: {
      canonical: function() {
        return "~";
      },
      lowercase: function() {
        return "null";
      },
      uppercase: function() {
        return "NULL";
      },
      camelcase: function() {
        return "Null";
      },
      empty: function() {
        return "";
      }
    },
    defaultStyle: "lowercase"
  });
  return _null;
}
var bool;
var hasRequiredBool;
function requireBool() {
  if (hasRequiredBool) return bool;
  hasRequiredBool = 1;
  const Type2 = requireType();
  function resolveYamlBoolean(data) {
    if (data === null) return false;
    const max = data.length;
    return max === 4 && (data === "true" || data === "True" || data === "TRUE") || max === 5 && (data === "false" || data === "False" || data === "FALSE");
  }
  function constructYamlBoolean(data) {
    return data === "true" || data === "True" || data === "TRUE";
  }
  function isBoolean(object) {
    return Object.prototype.toString.call(object) === "[object Boolean]";
  }
  bool = new Type2("tag:yaml.org,2002:bool", {
    kind: "scalar",
    resolve: resolveYamlBoolean,
    construct: constructYamlBoolean,
    predicate: isBoolean,
    represent: {
      lowercase: function(object) {
        return object ? "true" : "false";
      },
      uppercase: function(object) {
        return object ? "TRUE" : "FALSE";
      },
      camelcase: function(object) {
        return object ? "True" : "False";
      }
    },
    defaultStyle: "lowercase"
  });
  return bool;
}
var js_yaml_int;
var hasRequiredInt;
function requireInt() {
  if (hasRequiredInt) return js_yaml_int;
  hasRequiredInt = 1;
  const common2 = requireCommon();
  const Type2 = requireType();
  function isHexCode(c) {
    return c >= 48 && c <= 57 || c >= 65 && c <= 70 || c >= 97 && c <= 102;
  }
  function isOctCode(c) {
    return c >= 48 && c <= 55;
  }
  function isDecCode(c) {
    return c >= 48 && c <= 57;
  }
  function resolveYamlInteger(data) {
    if (data === null) return false;
    const max = data.length;
    let index = 0;
    let hasDigits = false;
    if (!max) return false;
    let ch = data[index];
    if (ch === "-" || ch === "+") {
      ch = data[++index];
    }
    if (ch === "0") {
      if (index + 1 === max) return true;
      ch = data[++index];
      if (ch === "b") {
        index++;
        for (; index < max; index++) {
          ch = data[index];
          if (ch !== "0" && ch !== "1") return false;
          hasDigits = true;
        }
        return hasDigits && isFinite(parseYamlInteger(data));
      }
      if (ch === "x") {
        index++;
        for (; index < max; index++) {
          if (!isHexCode(data.charCodeAt(index))) return false;
          hasDigits = true;
        }
        return hasDigits && isFinite(parseYamlInteger(data));
      }
      if (ch === "o") {
        index++;
        for (; index < max; index++) {
          if (!isOctCode(data.charCodeAt(index))) return false;
          hasDigits = true;
        }
        return hasDigits && isFinite(parseYamlInteger(data));
      }
    }
    for (; index < max; index++) {
      if (!isDecCode(data.charCodeAt(index))) {
        return false;
      }
      hasDigits = true;
    }
    if (!hasDigits) return false;
    return isFinite(parseYamlInteger(data));
  }
  function parseYamlInteger(data) {
    let value = data;
    let sign = 1;
    let ch = value[0];
    if (ch === "-" || ch === "+") {
      if (ch === "-") sign = -1;
      value = value.slice(1);
      ch = value[0];
    }
    if (value === "0") return 0;
    if (ch === "0") {
      if (value[1] === "b") return sign * parseInt(value.slice(2), 2);
      if (value[1] === "x") return sign * parseInt(value.slice(2), 16);
      if (value[1] === "o") return sign * parseInt(value.slice(2), 8);
    }
    return sign * parseInt(value, 10);
  }
  function constructYamlInteger(data) {
    return parseYamlInteger(data);
  }
  function isInteger(object) {
    return Object.prototype.toString.call(object) === "[object Number]" && (object % 1 === 0 && !common2.isNegativeZero(object));
  }
  js_yaml_int = new Type2("tag:yaml.org,2002:int", {
    kind: "scalar",
    resolve: resolveYamlInteger,
    construct: constructYamlInteger,
    predicate: isInteger,
    represent: {
      binary: function(obj) {
        return obj >= 0 ? "0b" + obj.toString(2) : "-0b" + obj.toString(2).slice(1);
      },
      octal: function(obj) {
        return obj >= 0 ? "0o" + obj.toString(8) : "-0o" + obj.toString(8).slice(1);
      },
      decimal: function(obj) {
        return obj.toString(10);
      },
      hexadecimal: function(obj) {
        return obj >= 0 ? "0x" + obj.toString(16).toUpperCase() : "-0x" + obj.toString(16).toUpperCase().slice(1);
      }
    },
    defaultStyle: "decimal",
    styleAliases: {
      binary: [2, "bin"],
      octal: [8, "oct"],
      decimal: [10, "dec"],
      hexadecimal: [16, "hex"]
    }
  });
  return js_yaml_int;
}
var js_yaml_float;
var hasRequiredFloat;
function requireFloat() {
  if (hasRequiredFloat) return js_yaml_float;
  hasRequiredFloat = 1;
  const common2 = requireCommon();
  const Type2 = requireType();
  const YAML_FLOAT_PATTERN = new RegExp(
    // 2.5e4, 2.5 and integers
    "^(?:[-+]?(?:[0-9]+)(?:\\.[0-9]*)?(?:[eE][-+]?[0-9]+)?|\\.[0-9]+(?:[eE][-+]?[0-9]+)?|[-+]?\\.(?:inf|Inf|INF)|\\.(?:nan|NaN|NAN))$"
  );
  const YAML_FLOAT_SPECIAL_PATTERN = new RegExp(
    "^(?:[-+]?\\.(?:inf|Inf|INF)|\\.(?:nan|NaN|NAN))$"
  );
  function resolveYamlFloat(data) {
    if (data === null) return false;
    if (!YAML_FLOAT_PATTERN.test(data)) {
      return false;
    }
    if (isFinite(parseFloat(data, 10))) {
      return true;
    }
    return YAML_FLOAT_SPECIAL_PATTERN.test(data);
  }
  function constructYamlFloat(data) {
    let value = data.toLowerCase();
    const sign = value[0] === "-" ? -1 : 1;
    if ("+-".indexOf(value[0]) >= 0) {
      value = value.slice(1);
    }
    if (value === ".inf") {
      return sign === 1 ? Number.POSITIVE_INFINITY : Number.NEGATIVE_INFINITY;
    } else if (value === ".nan") {
      return NaN;
    }
    return sign * parseFloat(value, 10);
  }
  const SCIENTIFIC_WITHOUT_DOT = /^[-+]?[0-9]+e/;
  function representYamlFloat(object, style) {
    if (isNaN(object)) {
      switch (style) {
        case "lowercase":
          return ".nan";
        case "uppercase":
          return ".NAN";
        case "camelcase":
          return ".NaN";
      }
    } else if (Number.POSITIVE_INFINITY === object) {
      switch (style) {
        case "lowercase":
          return ".inf";
        case "uppercase":
          return ".INF";
        case "camelcase":
          return ".Inf";
      }
    } else if (Number.NEGATIVE_INFINITY === object) {
      switch (style) {
        case "lowercase":
          return "-.inf";
        case "uppercase":
          return "-.INF";
        case "camelcase":
          return "-.Inf";
      }
    } else if (common2.isNegativeZero(object)) {
      return "-0.0";
    }
    const res = object.toString(10);
    return SCIENTIFIC_WITHOUT_DOT.test(res) ? res.replace("e", ".e") : res;
  }
  function isFloat(object) {
    return Object.prototype.toString.call(object) === "[object Number]" && (object % 1 !== 0 || common2.isNegativeZero(object));
  }
  js_yaml_float = new Type2("tag:yaml.org,2002:float", {
    kind: "scalar",
    resolve: resolveYamlFloat,
    construct: constructYamlFloat,
    predicate: isFloat,
    represent: representYamlFloat,
    defaultStyle: "lowercase"
  });
  return js_yaml_float;
}
var json;
var hasRequiredJson;
function requireJson() {
  if (hasRequiredJson) return json;
  hasRequiredJson = 1;
  json = requireFailsafe().extend({
    implicit: [
      require_null(),
      requireBool(),
      requireInt(),
      requireFloat()
    ]
  });
  return json;
}
var core;
var hasRequiredCore;
function requireCore() {
  if (hasRequiredCore) return core;
  hasRequiredCore = 1;
  core = requireJson();
  return core;
}
var timestamp;
var hasRequiredTimestamp;
function requireTimestamp() {
  if (hasRequiredTimestamp) return timestamp;
  hasRequiredTimestamp = 1;
  const Type2 = requireType();
  const YAML_DATE_REGEXP = new RegExp(
    "^([0-9][0-9][0-9][0-9])-([0-9][0-9])-([0-9][0-9])$"
  );
  const YAML_TIMESTAMP_REGEXP = new RegExp(
    "^([0-9][0-9][0-9][0-9])-([0-9][0-9]?)-([0-9][0-9]?)(?:[Tt]|[ \\t]+)([0-9][0-9]?):([0-9][0-9]):([0-9][0-9])(?:\\.([0-9]*))?(?:[ \\t]*(Z|([-+])([0-9][0-9]?)(?::([0-9][0-9]))?))?$"
  );
  function resolveYamlTimestamp(data) {
    if (data === null) return false;
    if (YAML_DATE_REGEXP.exec(data) !== null) return true;
    if (YAML_TIMESTAMP_REGEXP.exec(data) !== null) return true;
    return false;
  }
  function constructYamlTimestamp(data) {
    let fraction = 0;
    let delta = null;
    let match = YAML_DATE_REGEXP.exec(data);
    if (match === null) match = YAML_TIMESTAMP_REGEXP.exec(data);
    if (match === null) throw new Error("Date resolve error");
    const year = +match[1];
    const month = +match[2] - 1;
    const day = +match[3];
    if (!match[4]) {
      return new Date(Date.UTC(year, month, day));
    }
    const hour = +match[4];
    const minute = +match[5];
    const second = +match[6];
    if (match[7]) {
      fraction = match[7].slice(0, 3);
      while (fraction.length < 3) {
        fraction += "0";
      }
      fraction = +fraction;
    }
    if (match[9]) {
      const tzHour = +match[10];
      const tzMinute = +(match[11] || 0);
      delta = (tzHour * 60 + tzMinute) * 6e4;
      if (match[9] === "-") delta = -delta;
    }
    const date = new Date(Date.UTC(year, month, day, hour, minute, second, fraction));
    if (delta) date.setTime(date.getTime() - delta);
    return date;
  }
  function representYamlTimestamp(object) {
    return object.toISOString();
  }
  timestamp = new Type2("tag:yaml.org,2002:timestamp", {
    kind: "scalar",
    resolve: resolveYamlTimestamp,
    construct: constructYamlTimestamp,
    instanceOf: Date,
    represent: representYamlTimestamp
  });
  return timestamp;
}
var merge;
var hasRequiredMerge;
function requireMerge() {
  if (hasRequiredMerge) return merge;
  hasRequiredMerge = 1;
  const Type2 = requireType();
  function resolveYamlMerge(data) {
    return data === "<<" || data === null;
  }
  merge = new Type2("tag:yaml.org,2002:merge", {
    kind: "scalar",
    resolve: resolveYamlMerge
  });
  return merge;
}
var binary;
var hasRequiredBinary;
function requireBinary() {
  if (hasRequiredBinary) return binary;
  hasRequiredBinary = 1;
  const Type2 = requireType();
  const BASE64_MAP = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/=\n\r";
  function resolveYamlBinary(data) {
    if (data === null) return false;
    let bitlen = 0;
    const max = data.length;
    const map2 = BASE64_MAP;
    for (let idx = 0; idx < max; idx++) {
      const code = map2.indexOf(data.charAt(idx));
      if (code > 64) continue;
      if (code < 0) return false;
      bitlen += 6;
    }
    return bitlen % 8 === 0;
  }
  function constructYamlBinary(data) {
    const input = data.replace(/[\r\n=]/g, "");
    const max = input.length;
    const map2 = BASE64_MAP;
    let bits = 0;
    const result = [];
    for (let idx = 0; idx < max; idx++) {
      if (idx % 4 === 0 && idx) {
        result.push(bits >> 16 & 255);
        result.push(bits >> 8 & 255);
        result.push(bits & 255);
      }
      bits = bits << 6 | map2.indexOf(input.charAt(idx));
    }
    const tailbits = max % 4 * 6;
    if (tailbits === 0) {
      result.push(bits >> 16 & 255);
      result.push(bits >> 8 & 255);
      result.push(bits & 255);
    } else if (tailbits === 18) {
      result.push(bits >> 10 & 255);
      result.push(bits >> 2 & 255);
    } else if (tailbits === 12) {
      result.push(bits >> 4 & 255);
    }
    return new Uint8Array(result);
  }
  function representYamlBinary(object) {
    let result = "";
    let bits = 0;
    const max = object.length;
    const map2 = BASE64_MAP;
    for (let idx = 0; idx < max; idx++) {
      if (idx % 3 === 0 && idx) {
        result += map2[bits >> 18 & 63];
        result += map2[bits >> 12 & 63];
        result += map2[bits >> 6 & 63];
        result += map2[bits & 63];
      }
      bits = (bits << 8) + object[idx];
    }
    const tail = max % 3;
    if (tail === 0) {
      result += map2[bits >> 18 & 63];
      result += map2[bits >> 12 & 63];
      result += map2[bits >> 6 & 63];
      result += map2[bits & 63];
    } else if (tail === 2) {
      result += map2[bits >> 10 & 63];
      result += map2[bits >> 4 & 63];
      result += map2[bits << 2 & 63];
      result += map2[64];
    } else if (tail === 1) {
      result += map2[bits >> 2 & 63];
      result += map2[bits << 4 & 63];
      result += map2[64];
      result += map2[64];
    }
    return result;
  }
  function isBinary(obj) {
    return Object.prototype.toString.call(obj) === "[object Uint8Array]";
  }
  binary = new Type2("tag:yaml.org,2002:binary", {
    kind: "scalar",
    resolve: resolveYamlBinary,
    construct: constructYamlBinary,
    predicate: isBinary,
    represent: representYamlBinary
  });
  return binary;
}
var omap;
var hasRequiredOmap;
function requireOmap() {
  if (hasRequiredOmap) return omap;
  hasRequiredOmap = 1;
  const Type2 = requireType();
  const _hasOwnProperty = Object.prototype.hasOwnProperty;
  const _toString = Object.prototype.toString;
  function resolveYamlOmap(data) {
    if (data === null) return true;
    const objectKeys = {};
    const object = data;
    for (let index = 0, length = object.length; index < length; index += 1) {
      const pair = object[index];
      let pairHasKey = false;
      if (_toString.call(pair) !== "[object Object]") return false;
      let pairKey;
      for (pairKey in pair) {
        if (_hasOwnProperty.call(pair, pairKey)) {
          if (!pairHasKey) pairHasKey = true;
          else return false;
        }
      }
      if (!pairHasKey) return false;
      if (_hasOwnProperty.call(objectKeys, pairKey)) return false;
      Object.defineProperty(objectKeys, pairKey, { value: true });
    }
    return true;
  }
  function constructYamlOmap(data) {
    return data !== null ? data : [];
  }
  omap = new Type2("tag:yaml.org,2002:omap", {
    kind: "sequence",
    resolve: resolveYamlOmap,
    construct: constructYamlOmap
  });
  return omap;
}
var pairs;
var hasRequiredPairs;
function requirePairs() {
  if (hasRequiredPairs) return pairs;
  hasRequiredPairs = 1;
  const Type2 = requireType();
  const _toString = Object.prototype.toString;
  function resolveYamlPairs(data) {
    if (data === null) return true;
    const object = data;
    const result = new Array(object.length);
    for (let index = 0, length = object.length; index < length; index += 1) {
      const pair = object[index];
      if (_toString.call(pair) !== "[object Object]") return false;
      const keys = Object.keys(pair);
      if (keys.length !== 1) return false;
      result[index] = [keys[0], pair[keys[0]]];
    }
    return true;
  }
  function constructYamlPairs(data) {
    if (data === null) return [];
    const object = data;
    const result = new Array(object.length);
    for (let index = 0, length = object.length; index < length; index += 1) {
      const pair = object[index];
      const keys = Object.keys(pair);
      result[index] = [keys[0], pair[keys[0]]];
    }
    return result;
  }
  pairs = new Type2("tag:yaml.org,2002:pairs", {
    kind: "sequence",
    resolve: resolveYamlPairs,
    construct: constructYamlPairs
  });
  return pairs;
}
var set;
var hasRequiredSet;
function requireSet() {
  if (hasRequiredSet) return set;
  hasRequiredSet = 1;
  const Type2 = requireType();
  const _hasOwnProperty = Object.prototype.hasOwnProperty;
  function resolveYamlSet(data) {
    if (data === null) return true;
    const object = data;
    for (const key in object) {
      if (_hasOwnProperty.call(object, key)) {
        if (object[key] !== null) return false;
      }
    }
    return true;
  }
  function constructYamlSet(data) {
    return data !== null ? data : {};
  }
  set = new Type2("tag:yaml.org,2002:set", {
    kind: "mapping",
    resolve: resolveYamlSet,
    construct: constructYamlSet
  });
  return set;
}
var _default;
var hasRequired_default;
function require_default() {
  if (hasRequired_default) return _default;
  hasRequired_default = 1;
  _default = requireCore().extend({
    implicit: [
      requireTimestamp(),
      requireMerge()
    ],
    explicit: [
      requireBinary(),
      requireOmap(),
      requirePairs(),
      requireSet()
    ]
  });
  return _default;
}
var hasRequiredLoader;
function requireLoader() {
  if (hasRequiredLoader) return loader;
  hasRequiredLoader = 1;
  const common2 = requireCommon();
  const YAMLException2 = requireException();
  const makeSnippet = requireSnippet();
  const DEFAULT_SCHEMA2 = require_default();
  const _hasOwnProperty = Object.prototype.hasOwnProperty;
  const CONTEXT_FLOW_IN = 1;
  const CONTEXT_FLOW_OUT = 2;
  const CONTEXT_BLOCK_IN = 3;
  const CONTEXT_BLOCK_OUT = 4;
  const CHOMPING_CLIP = 1;
  const CHOMPING_STRIP = 2;
  const CHOMPING_KEEP = 3;
  const PATTERN_NON_PRINTABLE = /[\x00-\x08\x0B\x0C\x0E-\x1F\x7F-\x84\x86-\x9F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?:[^\uD800-\uDBFF]|^)[\uDC00-\uDFFF]/;
  const PATTERN_NON_ASCII_LINE_BREAKS = /[\x85\u2028\u2029]/;
  const PATTERN_FLOW_INDICATORS = /[,\[\]{}]/;
  const PATTERN_TAG_HANDLE = /^(?:!|!!|![0-9A-Za-z-]+!)$/;
  const PATTERN_TAG_URI = /^(?:!|[^,\[\]{}])(?:%[0-9a-f]{2}|[0-9a-z\-#;/?:@&=+$,_.!~*'()\[\]])*$/i;
  function _class(obj) {
    return Object.prototype.toString.call(obj);
  }
  function isEol(c) {
    return c === 10 || c === 13;
  }
  function isWhiteSpace(c) {
    return c === 9 || c === 32;
  }
  function isWsOrEol(c) {
    return c === 9 || c === 32 || c === 10 || c === 13;
  }
  function isFlowIndicator(c) {
    return c === 44 || c === 91 || c === 93 || c === 123 || c === 125;
  }
  function fromHexCode(c) {
    if (c >= 48 && c <= 57) {
      return c - 48;
    }
    const lc = c | 32;
    if (lc >= 97 && lc <= 102) {
      return lc - 97 + 10;
    }
    return -1;
  }
  function escapedHexLen(c) {
    if (c === 120) {
      return 2;
    }
    if (c === 117) {
      return 4;
    }
    if (c === 85) {
      return 8;
    }
    return 0;
  }
  function fromDecimalCode(c) {
    if (c >= 48 && c <= 57) {
      return c - 48;
    }
    return -1;
  }
  function simpleEscapeSequence(c) {
    switch (c) {
      case 48:
        return "\0";
      case 97:
        return "\x07";
      case 98:
        return "\b";
      case 116:
        return "	";
      case 9:
        return "	";
      case 110:
        return "\n";
      case 118:
        return "\v";
      case 102:
        return "\f";
      case 114:
        return "\r";
      case 101:
        return "\x1B";
      case 32:
        return " ";
      case 34:
        return '"';
      case 47:
        return "/";
      case 92:
        return "\\";
      case 78:
        return "";
      case 95:
        return " ";
      case 76:
        return "\u2028";
      case 80:
        return "\u2029";
      default:
        return "";
    }
  }
  function charFromCodepoint(c) {
    if (c <= 65535) {
      return String.fromCharCode(c);
    }
    return String.fromCharCode(
      (c - 65536 >> 10) + 55296,
      (c - 65536 & 1023) + 56320
    );
  }
  function setProperty(object, key, value) {
    if (key === "__proto__") {
      Object.defineProperty(object, key, {
        configurable: true,
        enumerable: true,
        writable: true,
        value
      });
    } else {
      object[key] = value;
    }
  }
  const simpleEscapeCheck = new Array(256);
  const simpleEscapeMap = new Array(256);
  for (let i = 0; i < 256; i++) {
    simpleEscapeCheck[i] = simpleEscapeSequence(i) ? 1 : 0;
    simpleEscapeMap[i] = simpleEscapeSequence(i);
  }
  function State(input, options) {
    this.input = input;
    this.filename = options["filename"] || null;
    this.schema = options["schema"] || DEFAULT_SCHEMA2;
    this.onWarning = options["onWarning"] || null;
    this.legacy = options["legacy"] || false;
    this.json = options["json"] || false;
    this.listener = options["listener"] || null;
    this.maxDepth = typeof options["maxDepth"] === "number" ? options["maxDepth"] : 100;
    this.maxTotalMergeKeys = typeof options["maxTotalMergeKeys"] === "number" ? options["maxTotalMergeKeys"] : 1e4;
    this.implicitTypes = this.schema.compiledImplicit;
    this.typeMap = this.schema.compiledTypeMap;
    this.length = input.length;
    this.position = 0;
    this.line = 0;
    this.lineStart = 0;
    this.lineIndent = 0;
    this.depth = 0;
    this.totalMergeKeys = 0;
    this.firstTabInLine = -1;
    this.documents = [];
    this.anchorMapTransactions = [];
  }
  function generateError(state, message) {
    const mark = {
      name: state.filename,
      buffer: state.input.slice(0, -1),
      // omit trailing \0
      position: state.position,
      line: state.line,
      column: state.position - state.lineStart
    };
    mark.snippet = makeSnippet(mark);
    return new YAMLException2(message, mark);
  }
  function throwError(state, message) {
    throw generateError(state, message);
  }
  function throwWarning(state, message) {
    if (state.onWarning) {
      state.onWarning.call(null, generateError(state, message));
    }
  }
  function storeAnchor(state, name, value) {
    const transactions = state.anchorMapTransactions;
    if (transactions.length !== 0) {
      const transaction = transactions[transactions.length - 1];
      if (!_hasOwnProperty.call(transaction, name)) {
        transaction[name] = {
          existed: _hasOwnProperty.call(state.anchorMap, name),
          value: state.anchorMap[name]
        };
      }
    }
    state.anchorMap[name] = value;
  }
  function beginAnchorTransaction(state) {
    state.anchorMapTransactions.push(/* @__PURE__ */ Object.create(null));
  }
  function commitAnchorTransaction(state) {
    const transaction = state.anchorMapTransactions.pop();
    const transactions = state.anchorMapTransactions;
    if (transactions.length === 0) return;
    const parent = transactions[transactions.length - 1];
    const names = Object.keys(transaction);
    for (let index = 0, length = names.length; index < length; index += 1) {
      const name = names[index];
      if (!_hasOwnProperty.call(parent, name)) {
        parent[name] = transaction[name];
      }
    }
  }
  function rollbackAnchorTransaction(state) {
    const transaction = state.anchorMapTransactions.pop();
    const names = Object.keys(transaction);
    for (let index = names.length - 1; index >= 0; index -= 1) {
      const entry = transaction[names[index]];
      if (entry.existed) {
        state.anchorMap[names[index]] = entry.value;
      } else {
        delete state.anchorMap[names[index]];
      }
    }
  }
  function snapshotState(state) {
    return {
      position: state.position,
      line: state.line,
      lineStart: state.lineStart,
      lineIndent: state.lineIndent,
      firstTabInLine: state.firstTabInLine,
      tag: state.tag,
      anchor: state.anchor,
      kind: state.kind,
      result: state.result
    };
  }
  function restoreState(state, snapshot) {
    state.position = snapshot.position;
    state.line = snapshot.line;
    state.lineStart = snapshot.lineStart;
    state.lineIndent = snapshot.lineIndent;
    state.firstTabInLine = snapshot.firstTabInLine;
    state.tag = snapshot.tag;
    state.anchor = snapshot.anchor;
    state.kind = snapshot.kind;
    state.result = snapshot.result;
  }
  const directiveHandlers = {
    YAML: function handleYamlDirective(state, name, args) {
      if (state.version !== null) {
        throwError(state, "duplication of %YAML directive");
      }
      if (args.length !== 1) {
        throwError(state, "YAML directive accepts exactly one argument");
      }
      const match = /^([0-9]+)\.([0-9]+)$/.exec(args[0]);
      if (match === null) {
        throwError(state, "ill-formed argument of the YAML directive");
      }
      const major = parseInt(match[1], 10);
      const minor = parseInt(match[2], 10);
      if (major !== 1) {
        throwError(state, "unacceptable YAML version of the document");
      }
      state.version = args[0];
      state.checkLineBreaks = minor < 2;
      if (minor !== 1 && minor !== 2) {
        throwWarning(state, "unsupported YAML version of the document");
      }
    },
    TAG: function handleTagDirective(state, name, args) {
      let prefix;
      if (args.length !== 2) {
        throwError(state, "TAG directive accepts exactly two arguments");
      }
      const handle = args[0];
      prefix = args[1];
      if (!PATTERN_TAG_HANDLE.test(handle)) {
        throwError(state, "ill-formed tag handle (first argument) of the TAG directive");
      }
      if (_hasOwnProperty.call(state.tagMap, handle)) {
        throwError(state, 'there is a previously declared suffix for "' + handle + '" tag handle');
      }
      if (!PATTERN_TAG_URI.test(prefix)) {
        throwError(state, "ill-formed tag prefix (second argument) of the TAG directive");
      }
      try {
        prefix = decodeURIComponent(prefix);
      } catch (err) {
        throwError(state, "tag prefix is malformed: " + prefix);
      }
      state.tagMap[handle] = prefix;
    }
  };
  function captureSegment(state, start, end, checkJson) {
    if (start < end) {
      const _result = state.input.slice(start, end);
      if (checkJson) {
        for (let _position = 0, _length = _result.length; _position < _length; _position += 1) {
          const _character = _result.charCodeAt(_position);
          if (!(_character === 9 || _character >= 32 && _character <= 1114111)) {
            throwError(state, "expected valid JSON character");
          }
        }
      } else if (PATTERN_NON_PRINTABLE.test(_result)) {
        throwError(state, "the stream contains non-printable characters");
      }
      state.result += _result;
    }
  }
  function chargeMergeWork(state) {
    state.totalMergeKeys++;
    if (state.maxTotalMergeKeys !== -1 && state.totalMergeKeys > state.maxTotalMergeKeys) {
      throwError(state, "merge keys exceeded maxTotalMergeKeys (" + state.maxTotalMergeKeys + ")");
    }
  }
  function mergeMappings(state, destination, source, overridableKeys) {
    if (!common2.isObject(source)) {
      throwError(state, "cannot merge mappings; the provided source object is unacceptable");
    }
    chargeMergeWork(state);
    const sourceKeys = Object.keys(source);
    for (let index = 0, quantity = sourceKeys.length; index < quantity; index += 1) {
      const key = sourceKeys[index];
      chargeMergeWork(state);
      if (!_hasOwnProperty.call(destination, key)) {
        setProperty(destination, key, source[key]);
        overridableKeys[key] = true;
      }
    }
  }
  function storeMappingPair(state, _result, overridableKeys, keyTag, keyNode, valueNode, startLine, startLineStart, startPos) {
    if (Array.isArray(keyNode)) {
      keyNode = Array.prototype.slice.call(keyNode);
      for (let index = 0, quantity = keyNode.length; index < quantity; index += 1) {
        if (Array.isArray(keyNode[index])) {
          throwError(state, "nested arrays are not supported inside keys");
        }
        if (typeof keyNode === "object" && _class(keyNode[index]) === "[object Object]") {
          keyNode[index] = "[object Object]";
        }
      }
    }
    if (typeof keyNode === "object" && _class(keyNode) === "[object Object]") {
      keyNode = "[object Object]";
    }
    keyNode = String(keyNode);
    if (_result === null) {
      _result = {};
    }
    if (keyTag === "tag:yaml.org,2002:merge") {
      if (Array.isArray(valueNode)) {
        if (valueNode.length > 100) {
          throwError(state, "abnormal merge sequence size");
        }
        for (let index = 0, quantity = valueNode.length; index < quantity; index += 1) {
          mergeMappings(state, _result, valueNode[index], overridableKeys);
        }
      } else {
        mergeMappings(state, _result, valueNode, overridableKeys);
      }
    } else {
      if (!state.json && !_hasOwnProperty.call(overridableKeys, keyNode) && _hasOwnProperty.call(_result, keyNode)) {
        state.line = startLine || state.line;
        state.lineStart = startLineStart || state.lineStart;
        state.position = startPos || state.position;
        throwError(state, "duplicated mapping key");
      }
      setProperty(_result, keyNode, valueNode);
      delete overridableKeys[keyNode];
    }
    return _result;
  }
  function readLineBreak(state) {
    const ch = state.input.charCodeAt(state.position);
    if (ch === 10) {
      state.position++;
    } else if (ch === 13) {
      state.position++;
      if (state.input.charCodeAt(state.position) === 10) {
        state.position++;
      }
    } else {
      throwError(state, "a line break is expected");
    }
    state.line += 1;
    state.lineStart = state.position;
    state.firstTabInLine = -1;
  }
  function skipSeparationSpace(state, allowComments, checkIndent) {
    let lineBreaks = 0;
    let ch = state.input.charCodeAt(state.position);
    while (ch !== 0) {
      while (isWhiteSpace(ch)) {
        if (ch === 9 && state.firstTabInLine === -1) {
          state.firstTabInLine = state.position;
        }
        ch = state.input.charCodeAt(++state.position);
      }
      if (allowComments && ch === 35) {
        do {
          ch = state.input.charCodeAt(++state.position);
        } while (ch !== 10 && ch !== 13 && ch !== 0);
      }
      if (isEol(ch)) {
        readLineBreak(state);
        ch = state.input.charCodeAt(state.position);
        lineBreaks++;
        state.lineIndent = 0;
        while (ch === 32) {
          state.lineIndent++;
          ch = state.input.charCodeAt(++state.position);
        }
      } else {
        break;
      }
    }
    if (checkIndent !== -1 && lineBreaks !== 0 && state.lineIndent < checkIndent) {
      throwWarning(state, "deficient indentation");
    }
    return lineBreaks;
  }
  function testDocumentSeparator(state) {
    let _position = state.position;
    let ch = state.input.charCodeAt(_position);
    if ((ch === 45 || ch === 46) && ch === state.input.charCodeAt(_position + 1) && ch === state.input.charCodeAt(_position + 2)) {
      _position += 3;
      ch = state.input.charCodeAt(_position);
      if (ch === 0 || isWsOrEol(ch)) {
        return true;
      }
    }
    return false;
  }
  function writeFoldedLines(state, count) {
    if (count === 1) {
      state.result += " ";
    } else if (count > 1) {
      state.result += common2.repeat("\n", count - 1);
    }
  }
  function readPlainScalar(state, nodeIndent, withinFlowCollection) {
    let captureStart;
    let captureEnd;
    let hasPendingContent;
    let _line;
    let _lineStart;
    let _lineIndent;
    const _kind = state.kind;
    const _result = state.result;
    let ch = state.input.charCodeAt(state.position);
    if (isWsOrEol(ch) || isFlowIndicator(ch) || ch === 35 || ch === 38 || ch === 42 || ch === 33 || ch === 124 || ch === 62 || ch === 39 || ch === 34 || ch === 37 || ch === 64 || ch === 96) {
      return false;
    }
    if (ch === 63 || ch === 45) {
      const following = state.input.charCodeAt(state.position + 1);
      if (isWsOrEol(following) || withinFlowCollection && isFlowIndicator(following)) {
        return false;
      }
    }
    state.kind = "scalar";
    state.result = "";
    captureStart = captureEnd = state.position;
    hasPendingContent = false;
    while (ch !== 0) {
      if (ch === 58) {
        const following = state.input.charCodeAt(state.position + 1);
        if (isWsOrEol(following) || withinFlowCollection && isFlowIndicator(following)) {
          break;
        }
      } else if (ch === 35) {
        const preceding = state.input.charCodeAt(state.position - 1);
        if (isWsOrEol(preceding)) {
          break;
        }
      } else if (state.position === state.lineStart && testDocumentSeparator(state) || withinFlowCollection && isFlowIndicator(ch)) {
        break;
      } else if (isEol(ch)) {
        _line = state.line;
        _lineStart = state.lineStart;
        _lineIndent = state.lineIndent;
        skipSeparationSpace(state, false, -1);
        if (state.lineIndent >= nodeIndent) {
          hasPendingContent = true;
          ch = state.input.charCodeAt(state.position);
          continue;
        } else {
          state.position = captureEnd;
          state.line = _line;
          state.lineStart = _lineStart;
          state.lineIndent = _lineIndent;
          break;
        }
      }
      if (hasPendingContent) {
        captureSegment(state, captureStart, captureEnd, false);
        writeFoldedLines(state, state.line - _line);
        captureStart = captureEnd = state.position;
        hasPendingContent = false;
      }
      if (!isWhiteSpace(ch)) {
        captureEnd = state.position + 1;
      }
      ch = state.input.charCodeAt(++state.position);
    }
    captureSegment(state, captureStart, captureEnd, false);
    if (state.result) {
      return true;
    }
    state.kind = _kind;
    state.result = _result;
    return false;
  }
  function readSingleQuotedScalar(state, nodeIndent) {
    let captureStart;
    let captureEnd;
    let ch = state.input.charCodeAt(state.position);
    if (ch !== 39) {
      return false;
    }
    state.kind = "scalar";
    state.result = "";
    state.position++;
    captureStart = captureEnd = state.position;
    while ((ch = state.input.charCodeAt(state.position)) !== 0) {
      if (ch === 39) {
        captureSegment(state, captureStart, state.position, true);
        ch = state.input.charCodeAt(++state.position);
        if (ch === 39) {
          captureStart = state.position;
          state.position++;
          captureEnd = state.position;
        } else {
          return true;
        }
      } else if (isEol(ch)) {
        captureSegment(state, captureStart, captureEnd, true);
        writeFoldedLines(state, skipSeparationSpace(state, false, nodeIndent));
        captureStart = captureEnd = state.position;
      } else if (state.position === state.lineStart && testDocumentSeparator(state)) {
        throwError(state, "unexpected end of the document within a single quoted scalar");
      } else {
        state.position++;
        if (!isWhiteSpace(ch)) {
          captureEnd = state.position;
        }
      }
    }
    throwError(state, "unexpected end of the stream within a single quoted scalar");
  }
  function readDoubleQuotedScalar(state, nodeIndent) {
    let captureStart;
    let captureEnd;
    let tmp;
    let ch = state.input.charCodeAt(state.position);
    if (ch !== 34) {
      return false;
    }
    state.kind = "scalar";
    state.result = "";
    state.position++;
    captureStart = captureEnd = state.position;
    while ((ch = state.input.charCodeAt(state.position)) !== 0) {
      if (ch === 34) {
        captureSegment(state, captureStart, state.position, true);
        state.position++;
        return true;
      } else if (ch === 92) {
        captureSegment(state, captureStart, state.position, true);
        ch = state.input.charCodeAt(++state.position);
        if (isEol(ch)) {
          skipSeparationSpace(state, false, nodeIndent);
        } else if (ch < 256 && simpleEscapeCheck[ch]) {
          state.result += simpleEscapeMap[ch];
          state.position++;
        } else if ((tmp = escapedHexLen(ch)) > 0) {
          let hexLength = tmp;
          let hexResult = 0;
          for (; hexLength > 0; hexLength--) {
            ch = state.input.charCodeAt(++state.position);
            if ((tmp = fromHexCode(ch)) >= 0) {
              hexResult = (hexResult << 4) + tmp;
            } else {
              throwError(state, "expected hexadecimal character");
            }
          }
          state.result += charFromCodepoint(hexResult);
          state.position++;
        } else {
          throwError(state, "unknown escape sequence");
        }
        captureStart = captureEnd = state.position;
      } else if (isEol(ch)) {
        captureSegment(state, captureStart, captureEnd, true);
        writeFoldedLines(state, skipSeparationSpace(state, false, nodeIndent));
        captureStart = captureEnd = state.position;
      } else if (state.position === state.lineStart && testDocumentSeparator(state)) {
        throwError(state, "unexpected end of the document within a double quoted scalar");
      } else {
        state.position++;
        if (!isWhiteSpace(ch)) {
          captureEnd = state.position;
        }
      }
    }
    throwError(state, "unexpected end of the stream within a double quoted scalar");
  }
  function readFlowCollection(state, nodeIndent) {
    let readNext = true;
    let _line;
    let _lineStart;
    let _pos;
    const _tag = state.tag;
    let _result;
    const _anchor = state.anchor;
    let terminator;
    let isPair;
    let isExplicitPair;
    let isMapping;
    const overridableKeys = /* @__PURE__ */ Object.create(null);
    let keyNode;
    let keyTag;
    let valueNode;
    let ch = state.input.charCodeAt(state.position);
    if (ch === 91) {
      terminator = 93;
      isMapping = false;
      _result = [];
    } else if (ch === 123) {
      terminator = 125;
      isMapping = true;
      _result = {};
    } else {
      return false;
    }
    if (state.anchor !== null) {
      storeAnchor(state, state.anchor, _result);
    }
    ch = state.input.charCodeAt(++state.position);
    while (ch !== 0) {
      skipSeparationSpace(state, true, nodeIndent);
      ch = state.input.charCodeAt(state.position);
      if (ch === terminator) {
        state.position++;
        state.tag = _tag;
        state.anchor = _anchor;
        state.kind = isMapping ? "mapping" : "sequence";
        state.result = _result;
        return true;
      } else if (!readNext) {
        throwError(state, "missed comma between flow collection entries");
      } else if (ch === 44) {
        throwError(state, "expected the node content, but found ','");
      }
      keyTag = keyNode = valueNode = null;
      isPair = isExplicitPair = false;
      if (ch === 63) {
        const following = state.input.charCodeAt(state.position + 1);
        if (isWsOrEol(following)) {
          isPair = isExplicitPair = true;
          state.position++;
          skipSeparationSpace(state, true, nodeIndent);
        }
      }
      _line = state.line;
      _lineStart = state.lineStart;
      _pos = state.position;
      composeNode(state, nodeIndent, CONTEXT_FLOW_IN, false, true);
      keyTag = state.tag;
      keyNode = state.result;
      skipSeparationSpace(state, true, nodeIndent);
      ch = state.input.charCodeAt(state.position);
      if ((isExplicitPair || state.line === _line) && ch === 58) {
        isPair = true;
        ch = state.input.charCodeAt(++state.position);
        skipSeparationSpace(state, true, nodeIndent);
        composeNode(state, nodeIndent, CONTEXT_FLOW_IN, false, true);
        valueNode = state.result;
      }
      if (isMapping) {
        storeMappingPair(state, _result, overridableKeys, keyTag, keyNode, valueNode, _line, _lineStart, _pos);
      } else if (isPair) {
        _result.push(storeMappingPair(state, null, overridableKeys, keyTag, keyNode, valueNode, _line, _lineStart, _pos));
      } else {
        _result.push(keyNode);
      }
      skipSeparationSpace(state, true, nodeIndent);
      ch = state.input.charCodeAt(state.position);
      if (ch === 44) {
        readNext = true;
        ch = state.input.charCodeAt(++state.position);
      } else {
        readNext = false;
      }
    }
    throwError(state, "unexpected end of the stream within a flow collection");
  }
  function readBlockScalar(state, nodeIndent) {
    let folding;
    let chomping = CHOMPING_CLIP;
    let didReadContent = false;
    let detectedIndent = false;
    let textIndent = nodeIndent;
    let emptyLines = 0;
    let atMoreIndented = false;
    let tmp;
    let ch = state.input.charCodeAt(state.position);
    if (ch === 124) {
      folding = false;
    } else if (ch === 62) {
      folding = true;
    } else {
      return false;
    }
    state.kind = "scalar";
    state.result = "";
    while (ch !== 0) {
      ch = state.input.charCodeAt(++state.position);
      if (ch === 43 || ch === 45) {
        if (CHOMPING_CLIP === chomping) {
          chomping = ch === 43 ? CHOMPING_KEEP : CHOMPING_STRIP;
        } else {
          throwError(state, "repeat of a chomping mode identifier");
        }
      } else if ((tmp = fromDecimalCode(ch)) >= 0) {
        if (tmp === 0) {
          throwError(state, "bad explicit indentation width of a block scalar; it cannot be less than one");
        } else if (!detectedIndent) {
          textIndent = nodeIndent + tmp - 1;
          detectedIndent = true;
        } else {
          throwError(state, "repeat of an indentation width identifier");
        }
      } else {
        break;
      }
    }
    if (isWhiteSpace(ch)) {
      do {
        ch = state.input.charCodeAt(++state.position);
      } while (isWhiteSpace(ch));
      if (ch === 35) {
        do {
          ch = state.input.charCodeAt(++state.position);
        } while (!isEol(ch) && ch !== 0);
      }
    }
    while (ch !== 0) {
      readLineBreak(state);
      state.lineIndent = 0;
      ch = state.input.charCodeAt(state.position);
      while ((!detectedIndent || state.lineIndent < textIndent) && ch === 32) {
        state.lineIndent++;
        ch = state.input.charCodeAt(++state.position);
      }
      if (!detectedIndent && state.lineIndent > textIndent) {
        textIndent = state.lineIndent;
      }
      if (isEol(ch)) {
        emptyLines++;
        continue;
      }
      if (!detectedIndent && textIndent === 0) {
        throwError(state, "missing indentation for block scalar");
      }
      if (state.lineIndent < textIndent) {
        if (chomping === CHOMPING_KEEP) {
          state.result += common2.repeat("\n", didReadContent ? 1 + emptyLines : emptyLines);
        } else if (chomping === CHOMPING_CLIP) {
          if (didReadContent) {
            state.result += "\n";
          }
        }
        break;
      }
      if (folding) {
        if (isWhiteSpace(ch)) {
          atMoreIndented = true;
          state.result += common2.repeat("\n", didReadContent ? 1 + emptyLines : emptyLines);
        } else if (atMoreIndented) {
          atMoreIndented = false;
          state.result += common2.repeat("\n", emptyLines + 1);
        } else if (emptyLines === 0) {
          if (didReadContent) {
            state.result += " ";
          }
        } else {
          state.result += common2.repeat("\n", emptyLines);
        }
      } else {
        state.result += common2.repeat("\n", didReadContent ? 1 + emptyLines : emptyLines);
      }
      didReadContent = true;
      detectedIndent = true;
      emptyLines = 0;
      const captureStart = state.position;
      while (!isEol(ch) && ch !== 0) {
        ch = state.input.charCodeAt(++state.position);
      }
      captureSegment(state, captureStart, state.position, false);
    }
    return true;
  }
  function readBlockSequence(state, nodeIndent) {
    const _tag = state.tag;
    const _anchor = state.anchor;
    const _result = [];
    let detected = false;
    if (state.firstTabInLine !== -1) return false;
    if (state.anchor !== null) {
      storeAnchor(state, state.anchor, _result);
    }
    let ch = state.input.charCodeAt(state.position);
    while (ch !== 0) {
      if (state.firstTabInLine !== -1) {
        state.position = state.firstTabInLine;
        throwError(state, "tab characters must not be used in indentation");
      }
      if (ch !== 45) {
        break;
      }
      const following = state.input.charCodeAt(state.position + 1);
      if (!isWsOrEol(following)) {
        break;
      }
      detected = true;
      state.position++;
      if (skipSeparationSpace(state, true, -1)) {
        if (state.lineIndent <= nodeIndent) {
          _result.push(null);
          ch = state.input.charCodeAt(state.position);
          continue;
        }
      }
      const _line = state.line;
      composeNode(state, nodeIndent, CONTEXT_BLOCK_IN, false, true);
      _result.push(state.result);
      skipSeparationSpace(state, true, -1);
      ch = state.input.charCodeAt(state.position);
      if ((state.line === _line || state.lineIndent > nodeIndent) && ch !== 0) {
        throwError(state, "bad indentation of a sequence entry");
      } else if (state.lineIndent < nodeIndent) {
        break;
      }
    }
    if (detected) {
      state.tag = _tag;
      state.anchor = _anchor;
      state.kind = "sequence";
      state.result = _result;
      return true;
    }
    return false;
  }
  function readBlockMapping(state, nodeIndent, flowIndent) {
    let allowCompact;
    let _keyLine;
    let _keyLineStart;
    let _keyPos;
    const _tag = state.tag;
    const _anchor = state.anchor;
    const _result = {};
    const overridableKeys = /* @__PURE__ */ Object.create(null);
    let keyTag = null;
    let keyNode = null;
    let valueNode = null;
    let atExplicitKey = false;
    let detected = false;
    if (state.firstTabInLine !== -1) return false;
    if (state.anchor !== null) {
      storeAnchor(state, state.anchor, _result);
    }
    let ch = state.input.charCodeAt(state.position);
    while (ch !== 0) {
      if (!atExplicitKey && state.firstTabInLine !== -1) {
        state.position = state.firstTabInLine;
        throwError(state, "tab characters must not be used in indentation");
      }
      const following = state.input.charCodeAt(state.position + 1);
      const _line = state.line;
      if ((ch === 63 || ch === 58) && isWsOrEol(following)) {
        if (ch === 63) {
          if (atExplicitKey) {
            storeMappingPair(state, _result, overridableKeys, keyTag, keyNode, null, _keyLine, _keyLineStart, _keyPos);
            keyTag = keyNode = valueNode = null;
          }
          detected = true;
          atExplicitKey = true;
          allowCompact = true;
        } else if (atExplicitKey) {
          atExplicitKey = false;
          allowCompact = true;
        } else {
          throwError(state, "incomplete explicit mapping pair; a key node is missed; or followed by a non-tabulated empty line");
        }
        state.position += 1;
        ch = following;
      } else {
        _keyLine = state.line;
        _keyLineStart = state.lineStart;
        _keyPos = state.position;
        if (!composeNode(state, flowIndent, CONTEXT_FLOW_OUT, false, true)) {
          break;
        }
        if (state.line === _line) {
          ch = state.input.charCodeAt(state.position);
          while (isWhiteSpace(ch)) {
            ch = state.input.charCodeAt(++state.position);
          }
          if (ch === 58) {
            ch = state.input.charCodeAt(++state.position);
            if (!isWsOrEol(ch)) {
              throwError(state, "a whitespace character is expected after the key-value separator within a block mapping");
            }
            if (atExplicitKey) {
              storeMappingPair(state, _result, overridableKeys, keyTag, keyNode, null, _keyLine, _keyLineStart, _keyPos);
              keyTag = keyNode = valueNode = null;
            }
            detected = true;
            atExplicitKey = false;
            allowCompact = false;
            keyTag = state.tag;
            keyNode = state.result;
          } else if (detected) {
            throwError(state, "can not read an implicit mapping pair; a colon is missed");
          } else {
            state.tag = _tag;
            state.anchor = _anchor;
            return true;
          }
        } else if (detected) {
          throwError(state, "can not read a block mapping entry; a multiline key may not be an implicit key");
        } else {
          state.tag = _tag;
          state.anchor = _anchor;
          return true;
        }
      }
      if (state.line === _line || state.lineIndent > nodeIndent) {
        if (atExplicitKey) {
          _keyLine = state.line;
          _keyLineStart = state.lineStart;
          _keyPos = state.position;
        }
        if (composeNode(state, nodeIndent, CONTEXT_BLOCK_OUT, true, allowCompact)) {
          if (atExplicitKey) {
            keyNode = state.result;
          } else {
            valueNode = state.result;
          }
        }
        if (!atExplicitKey) {
          storeMappingPair(state, _result, overridableKeys, keyTag, keyNode, valueNode, _keyLine, _keyLineStart, _keyPos);
          keyTag = keyNode = valueNode = null;
        }
        skipSeparationSpace(state, true, -1);
        ch = state.input.charCodeAt(state.position);
      }
      if ((state.line === _line || state.lineIndent > nodeIndent) && ch !== 0) {
        throwError(state, "bad indentation of a mapping entry");
      } else if (state.lineIndent < nodeIndent) {
        break;
      }
    }
    if (atExplicitKey) {
      storeMappingPair(state, _result, overridableKeys, keyTag, keyNode, null, _keyLine, _keyLineStart, _keyPos);
    }
    if (detected) {
      state.tag = _tag;
      state.anchor = _anchor;
      state.kind = "mapping";
      state.result = _result;
    }
    return detected;
  }
  function readTagProperty(state) {
    let isVerbatim = false;
    let isNamed = false;
    let tagHandle;
    let tagName;
    let ch = state.input.charCodeAt(state.position);
    if (ch !== 33) return false;
    if (state.tag !== null) {
      throwError(state, "duplication of a tag property");
    }
    ch = state.input.charCodeAt(++state.position);
    if (ch === 60) {
      isVerbatim = true;
      ch = state.input.charCodeAt(++state.position);
    } else if (ch === 33) {
      isNamed = true;
      tagHandle = "!!";
      ch = state.input.charCodeAt(++state.position);
    } else {
      tagHandle = "!";
    }
    let _position = state.position;
    if (isVerbatim) {
      do {
        ch = state.input.charCodeAt(++state.position);
      } while (ch !== 0 && ch !== 62);
      if (state.position < state.length) {
        tagName = state.input.slice(_position, state.position);
        ch = state.input.charCodeAt(++state.position);
      } else {
        throwError(state, "unexpected end of the stream within a verbatim tag");
      }
    } else {
      while (ch !== 0 && !isWsOrEol(ch)) {
        if (ch === 33) {
          if (!isNamed) {
            tagHandle = state.input.slice(_position - 1, state.position + 1);
            if (!PATTERN_TAG_HANDLE.test(tagHandle)) {
              throwError(state, "named tag handle cannot contain such characters");
            }
            isNamed = true;
            _position = state.position + 1;
          } else {
            throwError(state, "tag suffix cannot contain exclamation marks");
          }
        }
        ch = state.input.charCodeAt(++state.position);
      }
      tagName = state.input.slice(_position, state.position);
      if (PATTERN_FLOW_INDICATORS.test(tagName)) {
        throwError(state, "tag suffix cannot contain flow indicator characters");
      }
    }
    if (tagName && !PATTERN_TAG_URI.test(tagName)) {
      throwError(state, "tag name cannot contain such characters: " + tagName);
    }
    try {
      tagName = decodeURIComponent(tagName);
    } catch (err) {
      throwError(state, "tag name is malformed: " + tagName);
    }
    if (isVerbatim) {
      state.tag = tagName;
    } else if (_hasOwnProperty.call(state.tagMap, tagHandle)) {
      state.tag = state.tagMap[tagHandle] + tagName;
    } else if (tagHandle === "!") {
      state.tag = "!" + tagName;
    } else if (tagHandle === "!!") {
      state.tag = "tag:yaml.org,2002:" + tagName;
    } else {
      throwError(state, 'undeclared tag handle "' + tagHandle + '"');
    }
    return true;
  }
  function readAnchorProperty(state) {
    let ch = state.input.charCodeAt(state.position);
    if (ch !== 38) return false;
    if (state.anchor !== null) {
      throwError(state, "duplication of an anchor property");
    }
    ch = state.input.charCodeAt(++state.position);
    const _position = state.position;
    while (ch !== 0 && !isWsOrEol(ch) && !isFlowIndicator(ch)) {
      ch = state.input.charCodeAt(++state.position);
    }
    if (state.position === _position) {
      throwError(state, "name of an anchor node must contain at least one character");
    }
    state.anchor = state.input.slice(_position, state.position);
    return true;
  }
  function readAlias(state) {
    let ch = state.input.charCodeAt(state.position);
    if (ch !== 42) return false;
    ch = state.input.charCodeAt(++state.position);
    const _position = state.position;
    while (ch !== 0 && !isWsOrEol(ch) && !isFlowIndicator(ch)) {
      ch = state.input.charCodeAt(++state.position);
    }
    if (state.position === _position) {
      throwError(state, "name of an alias node must contain at least one character");
    }
    const alias = state.input.slice(_position, state.position);
    if (!_hasOwnProperty.call(state.anchorMap, alias)) {
      throwError(state, 'unidentified alias "' + alias + '"');
    }
    state.result = state.anchorMap[alias];
    skipSeparationSpace(state, true, -1);
    return true;
  }
  function tryReadBlockMappingFromProperty(state, propertyStart, nodeIndent, flowIndent) {
    const fallbackState = snapshotState(state);
    beginAnchorTransaction(state);
    restoreState(state, propertyStart);
    state.tag = null;
    state.anchor = null;
    state.kind = null;
    state.result = null;
    if (readBlockMapping(state, nodeIndent, flowIndent) && state.kind === "mapping") {
      commitAnchorTransaction(state);
      return true;
    }
    rollbackAnchorTransaction(state);
    restoreState(state, fallbackState);
    return false;
  }
  function composeNode(state, parentIndent, nodeContext, allowToSeek, allowCompact) {
    let allowBlockScalars;
    let allowBlockCollections;
    let indentStatus = 1;
    let atNewLine = false;
    let hasContent = false;
    let propertyStart = null;
    let type2;
    let flowIndent;
    let blockIndent;
    if (state.depth >= state.maxDepth) {
      throwError(state, "nesting exceeded maxDepth (" + state.maxDepth + ")");
    }
    state.depth += 1;
    if (state.listener !== null) {
      state.listener("open", state);
    }
    state.tag = null;
    state.anchor = null;
    state.kind = null;
    state.result = null;
    const allowBlockStyles = allowBlockScalars = allowBlockCollections = CONTEXT_BLOCK_OUT === nodeContext || CONTEXT_BLOCK_IN === nodeContext;
    if (allowToSeek) {
      if (skipSeparationSpace(state, true, -1)) {
        atNewLine = true;
        if (state.lineIndent > parentIndent) {
          indentStatus = 1;
        } else if (state.lineIndent === parentIndent) {
          indentStatus = 0;
        } else if (state.lineIndent < parentIndent) {
          indentStatus = -1;
        }
      }
    }
    if (indentStatus === 1) {
      while (true) {
        const ch = state.input.charCodeAt(state.position);
        const propertyState = snapshotState(state);
        if (atNewLine && (ch === 33 && state.tag !== null || ch === 38 && state.anchor !== null)) {
          break;
        }
        if (!readTagProperty(state) && !readAnchorProperty(state)) {
          break;
        }
        if (propertyStart === null) {
          propertyStart = propertyState;
        }
        if (skipSeparationSpace(state, true, -1)) {
          atNewLine = true;
          allowBlockCollections = allowBlockStyles;
          if (state.lineIndent > parentIndent) {
            indentStatus = 1;
          } else if (state.lineIndent === parentIndent) {
            indentStatus = 0;
          } else if (state.lineIndent < parentIndent) {
            indentStatus = -1;
          }
        } else {
          allowBlockCollections = false;
        }
      }
    }
    if (allowBlockCollections) {
      allowBlockCollections = atNewLine || allowCompact;
    }
    if (indentStatus === 1 || CONTEXT_BLOCK_OUT === nodeContext) {
      if (CONTEXT_FLOW_IN === nodeContext || CONTEXT_FLOW_OUT === nodeContext) {
        flowIndent = parentIndent;
      } else {
        flowIndent = parentIndent + 1;
      }
      blockIndent = state.position - state.lineStart;
      if (indentStatus === 1) {
        if (allowBlockCollections && (readBlockSequence(state, blockIndent) || readBlockMapping(state, blockIndent, flowIndent)) || readFlowCollection(state, flowIndent)) {
          hasContent = true;
        } else {
          const ch = state.input.charCodeAt(state.position);
          if (propertyStart !== null && allowBlockStyles && !allowBlockCollections && ch !== 124 && ch !== 62 && tryReadBlockMappingFromProperty(
            state,
            propertyStart,
            propertyStart.position - propertyStart.lineStart,
            flowIndent
          )) {
            hasContent = true;
          } else if (allowBlockScalars && readBlockScalar(state, flowIndent) || readSingleQuotedScalar(state, flowIndent) || readDoubleQuotedScalar(state, flowIndent)) {
            hasContent = true;
          } else if (readAlias(state)) {
            hasContent = true;
            if (state.tag !== null || state.anchor !== null) {
              throwError(state, "alias node should not have any properties");
            }
          } else if (readPlainScalar(state, flowIndent, CONTEXT_FLOW_IN === nodeContext)) {
            hasContent = true;
            if (state.tag === null) {
              state.tag = "?";
            }
          }
          if (state.anchor !== null) {
            storeAnchor(state, state.anchor, state.result);
          }
        }
      } else if (indentStatus === 0) {
        hasContent = allowBlockCollections && readBlockSequence(state, blockIndent);
      }
    }
    if (state.tag === null) {
      if (state.anchor !== null) {
        storeAnchor(state, state.anchor, state.result);
      }
    } else if (state.tag === "?") {
      if (state.result !== null && state.kind !== "scalar") {
        throwError(state, 'unacceptable node kind for !<?> tag; it should be "scalar", not "' + state.kind + '"');
      }
      for (let typeIndex = 0, typeQuantity = state.implicitTypes.length; typeIndex < typeQuantity; typeIndex += 1) {
        type2 = state.implicitTypes[typeIndex];
        if (type2.resolve(state.result)) {
          state.result = type2.construct(state.result);
          state.tag = type2.tag;
          if (state.anchor !== null) {
            storeAnchor(state, state.anchor, state.result);
          }
          break;
        }
      }
    } else if (state.tag !== "!") {
      if (_hasOwnProperty.call(state.typeMap[state.kind || "fallback"], state.tag)) {
        type2 = state.typeMap[state.kind || "fallback"][state.tag];
      } else {
        type2 = null;
        const typeList = state.typeMap.multi[state.kind || "fallback"];
        for (let typeIndex = 0, typeQuantity = typeList.length; typeIndex < typeQuantity; typeIndex += 1) {
          if (state.tag.slice(0, typeList[typeIndex].tag.length) === typeList[typeIndex].tag) {
            type2 = typeList[typeIndex];
            break;
          }
        }
      }
      if (!type2) {
        throwError(state, "unknown tag !<" + state.tag + ">");
      }
      if (state.result !== null && type2.kind !== state.kind) {
        throwError(state, "unacceptable node kind for !<" + state.tag + '> tag; it should be "' + type2.kind + '", not "' + state.kind + '"');
      }
      if (!type2.resolve(state.result, state.tag)) {
        throwError(state, "cannot resolve a node with !<" + state.tag + "> explicit tag");
      } else {
        state.result = type2.construct(state.result, state.tag);
        if (state.anchor !== null) {
          storeAnchor(state, state.anchor, state.result);
        }
      }
    }
    if (state.listener !== null) {
      state.listener("close", state);
    }
    state.depth -= 1;
    return state.tag !== null || state.anchor !== null || hasContent;
  }
  function readDocument(state) {
    const documentStart = state.position;
    let hasDirectives = false;
    let ch;
    state.version = null;
    state.checkLineBreaks = state.legacy;
    state.tagMap = /* @__PURE__ */ Object.create(null);
    state.anchorMap = /* @__PURE__ */ Object.create(null);
    while ((ch = state.input.charCodeAt(state.position)) !== 0) {
      skipSeparationSpace(state, true, -1);
      ch = state.input.charCodeAt(state.position);
      if (state.lineIndent > 0 || ch !== 37) {
        break;
      }
      hasDirectives = true;
      ch = state.input.charCodeAt(++state.position);
      let _position = state.position;
      while (ch !== 0 && !isWsOrEol(ch)) {
        ch = state.input.charCodeAt(++state.position);
      }
      const directiveName = state.input.slice(_position, state.position);
      const directiveArgs = [];
      if (directiveName.length < 1) {
        throwError(state, "directive name must not be less than one character in length");
      }
      while (ch !== 0) {
        while (isWhiteSpace(ch)) {
          ch = state.input.charCodeAt(++state.position);
        }
        if (ch === 35) {
          do {
            ch = state.input.charCodeAt(++state.position);
          } while (ch !== 0 && !isEol(ch));
          break;
        }
        if (isEol(ch)) break;
        _position = state.position;
        while (ch !== 0 && !isWsOrEol(ch)) {
          ch = state.input.charCodeAt(++state.position);
        }
        directiveArgs.push(state.input.slice(_position, state.position));
      }
      if (ch !== 0) readLineBreak(state);
      if (_hasOwnProperty.call(directiveHandlers, directiveName)) {
        directiveHandlers[directiveName](state, directiveName, directiveArgs);
      } else {
        throwWarning(state, 'unknown document directive "' + directiveName + '"');
      }
    }
    skipSeparationSpace(state, true, -1);
    if (state.lineIndent === 0 && state.input.charCodeAt(state.position) === 45 && state.input.charCodeAt(state.position + 1) === 45 && state.input.charCodeAt(state.position + 2) === 45) {
      state.position += 3;
      skipSeparationSpace(state, true, -1);
    } else if (hasDirectives) {
      throwError(state, "directives end mark is expected");
    }
    composeNode(state, state.lineIndent - 1, CONTEXT_BLOCK_OUT, false, true);
    skipSeparationSpace(state, true, -1);
    if (state.checkLineBreaks && PATTERN_NON_ASCII_LINE_BREAKS.test(state.input.slice(documentStart, state.position))) {
      throwWarning(state, "non-ASCII line breaks are interpreted as content");
    }
    state.documents.push(state.result);
    if (state.position === state.lineStart && testDocumentSeparator(state)) {
      if (state.input.charCodeAt(state.position) === 46) {
        state.position += 3;
        skipSeparationSpace(state, true, -1);
      }
      return;
    }
    if (state.position < state.length - 1) {
      throwError(state, "end of the stream or a document separator is expected");
    }
  }
  function loadDocuments(input, options) {
    input = String(input);
    options = options || {};
    if (input.length !== 0) {
      if (input.charCodeAt(input.length - 1) !== 10 && input.charCodeAt(input.length - 1) !== 13) {
        input += "\n";
      }
      if (input.charCodeAt(0) === 65279) {
        input = input.slice(1);
      }
    }
    const state = new State(input, options);
    const nullpos = input.indexOf("\0");
    if (nullpos !== -1) {
      state.position = nullpos;
      throwError(state, "null byte is not allowed in input");
    }
    state.input += "\0";
    while (state.input.charCodeAt(state.position) === 32) {
      state.lineIndent += 1;
      state.position += 1;
    }
    while (state.position < state.length - 1) {
      readDocument(state);
    }
    return state.documents;
  }
  function loadAll2(input, iterator, options) {
    if (iterator !== null && typeof iterator === "object" && typeof options === "undefined") {
      options = iterator;
      iterator = null;
    }
    const documents = loadDocuments(input, options);
    if (typeof iterator !== "function") {
      return documents;
    }
    for (let index = 0, length = documents.length; index < length; index += 1) {
      iterator(documents[index]);
    }
  }
  function load2(input, options) {
    const documents = loadDocuments(input, options);
    if (documents.length === 0) {
      return void 0;
    } else if (documents.length === 1) {
      return documents[0];
    }
    throw new YAMLException2("expected a single document in the stream, but found more");
  }
  loader.loadAll = loadAll2;
  loader.load = load2;
  return loader;
}
var dumper = {};
var hasRequiredDumper;
function requireDumper() {
  if (hasRequiredDumper) return dumper;
  hasRequiredDumper = 1;
  const common2 = requireCommon();
  const YAMLException2 = requireException();
  const DEFAULT_SCHEMA2 = require_default();
  const _toString = Object.prototype.toString;
  const _hasOwnProperty = Object.prototype.hasOwnProperty;
  const CHAR_BOM = 65279;
  const CHAR_TAB = 9;
  const CHAR_LINE_FEED = 10;
  const CHAR_CARRIAGE_RETURN = 13;
  const CHAR_SPACE = 32;
  const CHAR_EXCLAMATION = 33;
  const CHAR_DOUBLE_QUOTE = 34;
  const CHAR_SHARP = 35;
  const CHAR_PERCENT = 37;
  const CHAR_AMPERSAND = 38;
  const CHAR_SINGLE_QUOTE = 39;
  const CHAR_ASTERISK = 42;
  const CHAR_COMMA = 44;
  const CHAR_MINUS = 45;
  const CHAR_COLON = 58;
  const CHAR_EQUALS = 61;
  const CHAR_GREATER_THAN = 62;
  const CHAR_QUESTION = 63;
  const CHAR_COMMERCIAL_AT = 64;
  const CHAR_LEFT_SQUARE_BRACKET = 91;
  const CHAR_RIGHT_SQUARE_BRACKET = 93;
  const CHAR_GRAVE_ACCENT = 96;
  const CHAR_LEFT_CURLY_BRACKET = 123;
  const CHAR_VERTICAL_LINE = 124;
  const CHAR_RIGHT_CURLY_BRACKET = 125;
  const ESCAPE_SEQUENCES = {};
  ESCAPE_SEQUENCES[0] = "\\0";
  ESCAPE_SEQUENCES[7] = "\\a";
  ESCAPE_SEQUENCES[8] = "\\b";
  ESCAPE_SEQUENCES[9] = "\\t";
  ESCAPE_SEQUENCES[10] = "\\n";
  ESCAPE_SEQUENCES[11] = "\\v";
  ESCAPE_SEQUENCES[12] = "\\f";
  ESCAPE_SEQUENCES[13] = "\\r";
  ESCAPE_SEQUENCES[27] = "\\e";
  ESCAPE_SEQUENCES[34] = '\\"';
  ESCAPE_SEQUENCES[92] = "\\\\";
  ESCAPE_SEQUENCES[133] = "\\N";
  ESCAPE_SEQUENCES[160] = "\\_";
  ESCAPE_SEQUENCES[8232] = "\\L";
  ESCAPE_SEQUENCES[8233] = "\\P";
  const DEPRECATED_BOOLEANS_SYNTAX = [
    "y",
    "Y",
    "yes",
    "Yes",
    "YES",
    "on",
    "On",
    "ON",
    "n",
    "N",
    "no",
    "No",
    "NO",
    "off",
    "Off",
    "OFF"
  ];
  const DEPRECATED_BASE60_SYNTAX = /^[-+]?[0-9_]+(?::[0-9_]+)+(?:\.[0-9_]*)?$/;
  function compileStyleMap(schema2, map2) {
    if (map2 === null) return {};
    const result = {};
    const keys = Object.keys(map2);
    for (let index = 0, length = keys.length; index < length; index += 1) {
      let tag = keys[index];
      let style = String(map2[tag]);
      if (tag.slice(0, 2) === "!!") {
        tag = "tag:yaml.org,2002:" + tag.slice(2);
      }
      const type2 = schema2.compiledTypeMap["fallback"][tag];
      if (type2 && _hasOwnProperty.call(type2.styleAliases, style)) {
        style = type2.styleAliases[style];
      }
      result[tag] = style;
    }
    return result;
  }
  function encodeHex(character) {
    let handle;
    let length;
    const string = character.toString(16).toUpperCase();
    if (character <= 255) {
      handle = "x";
      length = 2;
    } else if (character <= 65535) {
      handle = "u";
      length = 4;
    } else if (character <= 4294967295) {
      handle = "U";
      length = 8;
    } else {
      throw new YAMLException2("code point within a string may not be greater than 0xFFFFFFFF");
    }
    return "\\" + handle + common2.repeat("0", length - string.length) + string;
  }
  const QUOTING_TYPE_SINGLE = 1;
  const QUOTING_TYPE_DOUBLE = 2;
  function State(options) {
    this.schema = options["schema"] || DEFAULT_SCHEMA2;
    this.indent = Math.max(1, options["indent"] || 2);
    this.noArrayIndent = options["noArrayIndent"] || false;
    this.skipInvalid = options["skipInvalid"] || false;
    this.flowLevel = common2.isNothing(options["flowLevel"]) ? -1 : options["flowLevel"];
    this.styleMap = compileStyleMap(this.schema, options["styles"] || null);
    this.sortKeys = options["sortKeys"] || false;
    this.lineWidth = options["lineWidth"] || 80;
    this.noRefs = options["noRefs"] || false;
    this.noCompatMode = options["noCompatMode"] || false;
    this.condenseFlow = options["condenseFlow"] || false;
    this.quotingType = options["quotingType"] === '"' ? QUOTING_TYPE_DOUBLE : QUOTING_TYPE_SINGLE;
    this.forceQuotes = options["forceQuotes"] || false;
    this.replacer = typeof options["replacer"] === "function" ? options["replacer"] : null;
    this.implicitTypes = this.schema.compiledImplicit;
    this.explicitTypes = this.schema.compiledExplicit;
    this.tag = null;
    this.result = "";
    this.duplicates = [];
    this.usedDuplicates = null;
  }
  function indentString(string, spaces) {
    const ind = common2.repeat(" ", spaces);
    let position = 0;
    let result = "";
    const length = string.length;
    while (position < length) {
      let line;
      const next = string.indexOf("\n", position);
      if (next === -1) {
        line = string.slice(position);
        position = length;
      } else {
        line = string.slice(position, next + 1);
        position = next + 1;
      }
      if (line.length && line !== "\n") result += ind;
      result += line;
    }
    return result;
  }
  function generateNextLine(state, level) {
    return "\n" + common2.repeat(" ", state.indent * level);
  }
  function testImplicitResolving(state, str2) {
    for (let index = 0, length = state.implicitTypes.length; index < length; index += 1) {
      const type2 = state.implicitTypes[index];
      if (type2.resolve(str2)) {
        return true;
      }
    }
    return false;
  }
  function isWhitespace(c) {
    return c === CHAR_SPACE || c === CHAR_TAB;
  }
  function isPrintable(c) {
    return c >= 32 && c <= 126 || c >= 161 && c <= 55295 && c !== 8232 && c !== 8233 || c >= 57344 && c <= 65533 && c !== CHAR_BOM || c >= 65536 && c <= 1114111;
  }
  function isNsCharOrWhitespace(c) {
    return isPrintable(c) && c !== CHAR_BOM && // - b-char
    c !== CHAR_CARRIAGE_RETURN && c !== CHAR_LINE_FEED;
  }
  function isPlainSafe(c, prev, inblock) {
    const cIsNsCharOrWhitespace = isNsCharOrWhitespace(c);
    const cIsNsChar = cIsNsCharOrWhitespace && !isWhitespace(c);
    return (
      // ns-plain-safe
      (inblock ? cIsNsCharOrWhitespace : cIsNsCharOrWhitespace && // - c-flow-indicator
      c !== CHAR_COMMA && c !== CHAR_LEFT_SQUARE_BRACKET && c !== CHAR_RIGHT_SQUARE_BRACKET && c !== CHAR_LEFT_CURLY_BRACKET && c !== CHAR_RIGHT_CURLY_BRACKET) && // ns-plain-char
      c !== CHAR_SHARP && // false on '#'
      !(prev === CHAR_COLON && !cIsNsChar) || // false on ': '
      isNsCharOrWhitespace(prev) && !isWhitespace(prev) && c === CHAR_SHARP || // change to true on '[^ ]#'
      prev === CHAR_COLON && cIsNsChar
    );
  }
  function isPlainSafeFirst(c) {
    return isPrintable(c) && c !== CHAR_BOM && !isWhitespace(c) && // - s-white
    // - (c-indicator ::=
    // “-” | “?” | “:” | “,” | “[” | “]” | “{” | “}”
    c !== CHAR_MINUS && c !== CHAR_QUESTION && c !== CHAR_COLON && c !== CHAR_COMMA && c !== CHAR_LEFT_SQUARE_BRACKET && c !== CHAR_RIGHT_SQUARE_BRACKET && c !== CHAR_LEFT_CURLY_BRACKET && c !== CHAR_RIGHT_CURLY_BRACKET && // | “#” | “&” | “*” | “!” | “|” | “=” | “>” | “'” | “"”
    c !== CHAR_SHARP && c !== CHAR_AMPERSAND && c !== CHAR_ASTERISK && c !== CHAR_EXCLAMATION && c !== CHAR_VERTICAL_LINE && c !== CHAR_EQUALS && c !== CHAR_GREATER_THAN && c !== CHAR_SINGLE_QUOTE && c !== CHAR_DOUBLE_QUOTE && // | “%” | “@” | “`”)
    c !== CHAR_PERCENT && c !== CHAR_COMMERCIAL_AT && c !== CHAR_GRAVE_ACCENT;
  }
  function isPlainSafeLast(c) {
    return !isWhitespace(c) && c !== CHAR_COLON;
  }
  function codePointAt(string, pos) {
    const first = string.charCodeAt(pos);
    let second;
    if (first >= 55296 && first <= 56319 && pos + 1 < string.length) {
      second = string.charCodeAt(pos + 1);
      if (second >= 56320 && second <= 57343) {
        return (first - 55296) * 1024 + second - 56320 + 65536;
      }
    }
    return first;
  }
  function needIndentIndicator(string) {
    const leadingSpaceRe = /^\n* /;
    return leadingSpaceRe.test(string);
  }
  const STYLE_PLAIN = 1;
  const STYLE_SINGLE = 2;
  const STYLE_LITERAL = 3;
  const STYLE_FOLDED = 4;
  const STYLE_DOUBLE = 5;
  function chooseScalarStyle(string, singleLineOnly, indentPerLevel, lineWidth, testAmbiguousType, quotingType, forceQuotes, inblock) {
    let i;
    let char = 0;
    let prevChar = null;
    let hasLineBreak = false;
    let hasFoldableLine = false;
    const shouldTrackWidth = lineWidth !== -1;
    let previousLineBreak = -1;
    let plain = isPlainSafeFirst(codePointAt(string, 0)) && isPlainSafeLast(codePointAt(string, string.length - 1));
    if (singleLineOnly || forceQuotes) {
      for (i = 0; i < string.length; char >= 65536 ? i += 2 : i++) {
        char = codePointAt(string, i);
        if (!isPrintable(char)) {
          return STYLE_DOUBLE;
        }
        plain = plain && isPlainSafe(char, prevChar, inblock);
        prevChar = char;
      }
    } else {
      for (i = 0; i < string.length; char >= 65536 ? i += 2 : i++) {
        char = codePointAt(string, i);
        if (char === CHAR_LINE_FEED) {
          hasLineBreak = true;
          if (shouldTrackWidth) {
            hasFoldableLine = hasFoldableLine || // Foldable line = too long, and not more-indented.
            i - previousLineBreak - 1 > lineWidth && string[previousLineBreak + 1] !== " ";
            previousLineBreak = i;
          }
        } else if (!isPrintable(char)) {
          return STYLE_DOUBLE;
        }
        plain = plain && isPlainSafe(char, prevChar, inblock);
        prevChar = char;
      }
      hasFoldableLine = hasFoldableLine || shouldTrackWidth && (i - previousLineBreak - 1 > lineWidth && string[previousLineBreak + 1] !== " ");
    }
    if (!hasLineBreak && !hasFoldableLine) {
      if (plain && !forceQuotes && !testAmbiguousType(string)) {
        return STYLE_PLAIN;
      }
      return quotingType === QUOTING_TYPE_DOUBLE ? STYLE_DOUBLE : STYLE_SINGLE;
    }
    if (indentPerLevel > 9 && needIndentIndicator(string)) {
      return STYLE_DOUBLE;
    }
    if (!forceQuotes) {
      return hasFoldableLine ? STYLE_FOLDED : STYLE_LITERAL;
    }
    return quotingType === QUOTING_TYPE_DOUBLE ? STYLE_DOUBLE : STYLE_SINGLE;
  }
  function writeScalar(state, string, level, iskey, inblock) {
    state.dump = (function() {
      if (string.length === 0) {
        return state.quotingType === QUOTING_TYPE_DOUBLE ? '""' : "''";
      }
      if (!state.noCompatMode) {
        if (DEPRECATED_BOOLEANS_SYNTAX.indexOf(string) !== -1 || DEPRECATED_BASE60_SYNTAX.test(string)) {
          return state.quotingType === QUOTING_TYPE_DOUBLE ? '"' + string + '"' : "'" + string + "'";
        }
      }
      const indent = state.indent * Math.max(1, level);
      const lineWidth = state.lineWidth === -1 ? -1 : Math.max(Math.min(state.lineWidth, 40), state.lineWidth - indent);
      const singleLineOnly = iskey || // No block styles in flow mode.
      state.flowLevel > -1 && level >= state.flowLevel;
      function testAmbiguity(string2) {
        return testImplicitResolving(state, string2);
      }
      switch (chooseScalarStyle(
        string,
        singleLineOnly,
        state.indent,
        lineWidth,
        testAmbiguity,
        state.quotingType,
        state.forceQuotes && !iskey,
        inblock
      )) {
        case STYLE_PLAIN:
          return string;
        case STYLE_SINGLE:
          return "'" + string.replace(/'/g, "''") + "'";
        case STYLE_LITERAL:
          return "|" + blockHeader(string, state.indent) + dropEndingNewline(indentString(string, indent));
        case STYLE_FOLDED:
          return ">" + blockHeader(string, state.indent) + dropEndingNewline(indentString(foldString(string, lineWidth), indent));
        case STYLE_DOUBLE:
          return '"' + escapeString(string) + '"';
        default:
          throw new YAMLException2("impossible error: invalid scalar style");
      }
    })();
  }
  function blockHeader(string, indentPerLevel) {
    const indentIndicator = needIndentIndicator(string) ? String(indentPerLevel) : "";
    const clip = string[string.length - 1] === "\n";
    const keep = clip && (string[string.length - 2] === "\n" || string === "\n");
    const chomp = keep ? "+" : clip ? "" : "-";
    return indentIndicator + chomp + "\n";
  }
  function dropEndingNewline(string) {
    return string[string.length - 1] === "\n" ? string.slice(0, -1) : string;
  }
  function foldString(string, width) {
    const lineRe = /(\n+)([^\n]*)/g;
    let result = (function() {
      let nextLF = string.indexOf("\n");
      nextLF = nextLF !== -1 ? nextLF : string.length;
      lineRe.lastIndex = nextLF;
      return foldLine(string.slice(0, nextLF), width);
    })();
    let prevMoreIndented = string[0] === "\n" || string[0] === " ";
    let moreIndented;
    let match;
    while (match = lineRe.exec(string)) {
      const prefix = match[1];
      const line = match[2];
      moreIndented = line[0] === " ";
      result += prefix + (!prevMoreIndented && !moreIndented && line !== "" ? "\n" : "") + foldLine(line, width);
      prevMoreIndented = moreIndented;
    }
    return result;
  }
  function foldLine(line, width) {
    if (line === "" || line[0] === " ") return line;
    const breakRe = / [^ ]/g;
    let match;
    let start = 0;
    let end;
    let curr = 0;
    let next = 0;
    let result = "";
    while (match = breakRe.exec(line)) {
      next = match.index;
      if (next - start > width) {
        end = curr > start ? curr : next;
        result += "\n" + line.slice(start, end);
        start = end + 1;
      }
      curr = next;
    }
    result += "\n";
    if (line.length - start > width && curr > start) {
      result += line.slice(start, curr) + "\n" + line.slice(curr + 1);
    } else {
      result += line.slice(start);
    }
    return result.slice(1);
  }
  function escapeString(string) {
    let result = "";
    let char = 0;
    for (let i = 0; i < string.length; char >= 65536 ? i += 2 : i++) {
      char = codePointAt(string, i);
      const escapeSeq = ESCAPE_SEQUENCES[char];
      if (!escapeSeq && isPrintable(char)) {
        result += string[i];
        if (char >= 65536) result += string[i + 1];
      } else {
        result += escapeSeq || encodeHex(char);
      }
    }
    return result;
  }
  function writeFlowSequence(state, level, object) {
    let _result = "";
    const _tag = state.tag;
    for (let index = 0, length = object.length; index < length; index += 1) {
      let value = object[index];
      if (state.replacer) {
        value = state.replacer.call(object, String(index), value);
      }
      if (writeNode(state, level, value, false, false) || typeof value === "undefined" && writeNode(state, level, null, false, false)) {
        if (_result !== "") _result += "," + (!state.condenseFlow ? " " : "");
        _result += state.dump;
      }
    }
    state.tag = _tag;
    state.dump = "[" + _result + "]";
  }
  function writeBlockSequence(state, level, object, compact) {
    let _result = "";
    const _tag = state.tag;
    for (let index = 0, length = object.length; index < length; index += 1) {
      let value = object[index];
      if (state.replacer) {
        value = state.replacer.call(object, String(index), value);
      }
      if (writeNode(state, level + 1, value, true, true, false, true) || typeof value === "undefined" && writeNode(state, level + 1, null, true, true, false, true)) {
        if (!compact || _result !== "") {
          _result += generateNextLine(state, level);
        }
        if (state.dump && CHAR_LINE_FEED === state.dump.charCodeAt(0)) {
          _result += "-";
        } else {
          _result += "- ";
        }
        _result += state.dump;
      }
    }
    state.tag = _tag;
    state.dump = _result || "[]";
  }
  function writeFlowMapping(state, level, object) {
    let _result = "";
    const _tag = state.tag;
    const objectKeyList = Object.keys(object);
    for (let index = 0, length = objectKeyList.length; index < length; index += 1) {
      let pairBuffer = "";
      if (_result !== "") pairBuffer += ", ";
      if (state.condenseFlow) pairBuffer += '"';
      const objectKey = objectKeyList[index];
      let objectValue = object[objectKey];
      if (state.replacer) {
        objectValue = state.replacer.call(object, objectKey, objectValue);
      }
      if (!writeNode(state, level, objectKey, false, false)) {
        continue;
      }
      if (state.dump.length > 1024) pairBuffer += "? ";
      pairBuffer += state.dump + (state.condenseFlow ? '"' : "") + ":" + (state.condenseFlow ? "" : " ");
      if (!writeNode(state, level, objectValue, false, false)) {
        continue;
      }
      pairBuffer += state.dump;
      _result += pairBuffer;
    }
    state.tag = _tag;
    state.dump = "{" + _result + "}";
  }
  function writeBlockMapping(state, level, object, compact) {
    let _result = "";
    const _tag = state.tag;
    const objectKeyList = Object.keys(object);
    if (state.sortKeys === true) {
      objectKeyList.sort();
    } else if (typeof state.sortKeys === "function") {
      objectKeyList.sort(state.sortKeys);
    } else if (state.sortKeys) {
      throw new YAMLException2("sortKeys must be a boolean or a function");
    }
    for (let index = 0, length = objectKeyList.length; index < length; index += 1) {
      let pairBuffer = "";
      if (!compact || _result !== "") {
        pairBuffer += generateNextLine(state, level);
      }
      const objectKey = objectKeyList[index];
      let objectValue = object[objectKey];
      if (state.replacer) {
        objectValue = state.replacer.call(object, objectKey, objectValue);
      }
      if (!writeNode(state, level + 1, objectKey, true, true, true)) {
        continue;
      }
      const explicitPair = state.tag !== null && state.tag !== "?" || state.dump && state.dump.length > 1024;
      if (explicitPair) {
        if (state.dump && CHAR_LINE_FEED === state.dump.charCodeAt(0)) {
          pairBuffer += "?";
        } else {
          pairBuffer += "? ";
        }
      }
      pairBuffer += state.dump;
      if (explicitPair) {
        pairBuffer += generateNextLine(state, level);
      }
      if (!writeNode(state, level + 1, objectValue, true, explicitPair)) {
        continue;
      }
      if (state.dump && CHAR_LINE_FEED === state.dump.charCodeAt(0)) {
        pairBuffer += ":";
      } else {
        pairBuffer += ": ";
      }
      pairBuffer += state.dump;
      _result += pairBuffer;
    }
    state.tag = _tag;
    state.dump = _result || "{}";
  }
  function detectType(state, object, explicit) {
    const typeList = explicit ? state.explicitTypes : state.implicitTypes;
    for (let index = 0, length = typeList.length; index < length; index += 1) {
      const type2 = typeList[index];
      if ((type2.instanceOf || type2.predicate) && (!type2.instanceOf || typeof object === "object" && object instanceof type2.instanceOf) && (!type2.predicate || type2.predicate(object))) {
        if (explicit) {
          if (type2.multi && type2.representName) {
            state.tag = type2.representName(object);
          } else {
            state.tag = type2.tag;
          }
        } else {
          state.tag = "?";
        }
        if (type2.represent) {
          const style = state.styleMap[type2.tag] || type2.defaultStyle;
          let _result;
          if (_toString.call(type2.represent) === "[object Function]") {
            _result = type2.represent(object, style);
          } else if (_hasOwnProperty.call(type2.represent, style)) {
            _result = type2.represent[style](object, style);
          } else {
            throw new YAMLException2("!<" + type2.tag + '> tag resolver accepts not "' + style + '" style');
          }
          state.dump = _result;
        }
        return true;
      }
    }
    return false;
  }
  function writeNode(state, level, object, block, compact, iskey, isblockseq) {
    state.tag = null;
    state.dump = object;
    if (!detectType(state, object, false)) {
      detectType(state, object, true);
    }
    const type2 = _toString.call(state.dump);
    const inblock = block;
    if (block) {
      block = state.flowLevel < 0 || state.flowLevel > level;
    }
    const objectOrArray = type2 === "[object Object]" || type2 === "[object Array]";
    let duplicateIndex;
    let duplicate;
    if (objectOrArray) {
      duplicateIndex = state.duplicates.indexOf(object);
      duplicate = duplicateIndex !== -1;
    }
    if (state.tag !== null && state.tag !== "?" || duplicate || state.indent !== 2 && level > 0) {
      compact = false;
    }
    if (duplicate && state.usedDuplicates[duplicateIndex]) {
      state.dump = "*ref_" + duplicateIndex;
    } else {
      if (objectOrArray && duplicate && !state.usedDuplicates[duplicateIndex]) {
        state.usedDuplicates[duplicateIndex] = true;
      }
      if (type2 === "[object Object]") {
        if (block && Object.keys(state.dump).length !== 0) {
          writeBlockMapping(state, level, state.dump, compact);
          if (duplicate) {
            state.dump = "&ref_" + duplicateIndex + state.dump;
          }
        } else {
          writeFlowMapping(state, level, state.dump);
          if (duplicate) {
            state.dump = "&ref_" + duplicateIndex + " " + state.dump;
          }
        }
      } else if (type2 === "[object Array]") {
        if (block && state.dump.length !== 0) {
          if (state.noArrayIndent && !isblockseq && level > 0) {
            writeBlockSequence(state, level - 1, state.dump, compact);
          } else {
            writeBlockSequence(state, level, state.dump, compact);
          }
          if (duplicate) {
            state.dump = "&ref_" + duplicateIndex + state.dump;
          }
        } else {
          writeFlowSequence(state, level, state.dump);
          if (duplicate) {
            state.dump = "&ref_" + duplicateIndex + " " + state.dump;
          }
        }
      } else if (type2 === "[object String]") {
        if (state.tag !== "?") {
          writeScalar(state, state.dump, level, iskey, inblock);
        }
      } else if (type2 === "[object Undefined]") {
        return false;
      } else {
        if (state.skipInvalid) return false;
        throw new YAMLException2("unacceptable kind of an object to dump " + type2);
      }
      if (state.tag !== null && state.tag !== "?") {
        let tagStr = encodeURI(
          state.tag[0] === "!" ? state.tag.slice(1) : state.tag
        ).replace(/!/g, "%21");
        if (state.tag[0] === "!") {
          tagStr = "!" + tagStr;
        } else if (tagStr.slice(0, 18) === "tag:yaml.org,2002:") {
          tagStr = "!!" + tagStr.slice(18);
        } else {
          tagStr = "!<" + tagStr + ">";
        }
        state.dump = tagStr + " " + state.dump;
      }
    }
    return true;
  }
  function getDuplicateReferences(object, state) {
    const objects = [];
    const duplicatesIndexes = [];
    inspectNode(object, objects, duplicatesIndexes);
    const length = duplicatesIndexes.length;
    for (let index = 0; index < length; index += 1) {
      state.duplicates.push(objects[duplicatesIndexes[index]]);
    }
    state.usedDuplicates = new Array(length);
  }
  function inspectNode(object, objects, duplicatesIndexes) {
    if (object !== null && typeof object === "object") {
      const index = objects.indexOf(object);
      if (index !== -1) {
        if (duplicatesIndexes.indexOf(index) === -1) {
          duplicatesIndexes.push(index);
        }
      } else {
        objects.push(object);
        if (Array.isArray(object)) {
          for (let i = 0, length = object.length; i < length; i += 1) {
            inspectNode(object[i], objects, duplicatesIndexes);
          }
        } else {
          const objectKeyList = Object.keys(object);
          for (let i = 0, length = objectKeyList.length; i < length; i += 1) {
            inspectNode(object[objectKeyList[i]], objects, duplicatesIndexes);
          }
        }
      }
    }
  }
  function dump2(input, options) {
    options = options || {};
    const state = new State(options);
    if (!state.noRefs) getDuplicateReferences(input, state);
    let value = input;
    if (state.replacer) {
      value = state.replacer.call({ "": value }, "", value);
    }
    if (writeNode(state, 0, value, true, true)) return state.dump + "\n";
    return "";
  }
  dumper.dump = dump2;
  return dumper;
}
var hasRequiredJsYaml;
function requireJsYaml() {
  if (hasRequiredJsYaml) return jsYaml;
  hasRequiredJsYaml = 1;
  const loader2 = requireLoader();
  const dumper2 = requireDumper();
  function renamed(from, to) {
    return function() {
      throw new Error("Function yaml." + from + " is removed in js-yaml 4. Use yaml." + to + " instead, which is now safe by default.");
    };
  }
  jsYaml.Type = requireType();
  jsYaml.Schema = requireSchema();
  jsYaml.FAILSAFE_SCHEMA = requireFailsafe();
  jsYaml.JSON_SCHEMA = requireJson();
  jsYaml.CORE_SCHEMA = requireCore();
  jsYaml.DEFAULT_SCHEMA = require_default();
  jsYaml.load = loader2.load;
  jsYaml.loadAll = loader2.loadAll;
  jsYaml.dump = dumper2.dump;
  jsYaml.YAMLException = requireException();
  jsYaml.types = {
    binary: requireBinary(),
    float: requireFloat(),
    map: requireMap(),
    null: require_null(),
    pairs: requirePairs(),
    set: requireSet(),
    timestamp: requireTimestamp(),
    bool: requireBool(),
    int: requireInt(),
    merge: requireMerge(),
    omap: requireOmap(),
    seq: requireSeq(),
    str: requireStr()
  };
  jsYaml.safeLoad = renamed("safeLoad", "load");
  jsYaml.safeLoadAll = renamed("safeLoadAll", "loadAll");
  jsYaml.safeDump = renamed("safeDump", "dump");
  return jsYaml;
}
var jsYamlExports = requireJsYaml();
const yaml = /* @__PURE__ */ getDefaultExportFromCjs(jsYamlExports);
const {
  Type,
  Schema,
  FAILSAFE_SCHEMA,
  JSON_SCHEMA,
  CORE_SCHEMA,
  DEFAULT_SCHEMA,
  load,
  loadAll,
  dump,
  YAMLException,
  types,
  safeLoad,
  safeLoadAll,
  safeDump
} = yaml;

//# sourceMappingURL=js-yaml.mjs.map

;// CONCATENATED MODULE: ./src/repo/k8s-yaml.ts

const TRUE = new Set(['y', 'Y', 'yes', 'Yes', 'YES', 'true', 'True', 'TRUE', 'on', 'On', 'ON']);
const FALSE = new Set(['n', 'N', 'no', 'No', 'NO', 'false', 'False', 'FALSE', 'off', 'Off', 'OFF']);
const NULL = new Set(['', '~', 'null', 'Null', 'NULL']);
const SPECIAL_FLOAT = new Map([
    ['.nan', NaN], ['.NaN', NaN], ['.NAN', NaN],
    ['.inf', Infinity], ['.Inf', Infinity], ['.INF', Infinity],
    ['+.inf', Infinity], ['+.Inf', Infinity], ['+.INF', Infinity],
    ['-.inf', -Infinity], ['-.Inf', -Infinity], ['-.INF', -Infinity],
]);
/** Go's strconv.ParseInt(s, 0, 64) syntax: sign, then 0x / 0o / 0b / leading-0 octal / decimal. */
const GO_INT = /^[-+]?(?:0[xX][0-9a-fA-F]+|0[oO][0-7]+|0[bB][01]+|0[0-7]*|[1-9][0-9]*)$/;
/** go-yaml v2's yamlStyleFloat. */
const GO_FLOAT = /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?$/;
/** A float that starts with `.` goes to Go's ParseFloat unchanged (no underscores there). */
const DOT_FLOAT = /^\.[0-9]+(?:[eE][-+]?[0-9]+)?$/;
/** First characters that can start a bool or a null (go-yaml v2's 'M' hint): y Y n N t T f F o O ~. */
const WORD_START = new Set([121, 89, 110, 78, 116, 84, 102, 70, 111, 79, 126]);
// js-yaml asks each implicit type in turn about the same scalar: the last answer is kept,
// so a scalar is classified once, not four times (measured: 0.2 s of a 10,000-Application run).
let lastScalar;
let lastKind = 'str';
/** Which type go-yaml v2 gives a plain (unquoted, untagged) scalar. */
function plainKind(s) {
    if (s === lastScalar)
        return lastKind;
    lastScalar = s;
    return (lastKind = classify(s));
}
function classify(s) {
    if (s === '')
        return 'null';
    const c = s.charCodeAt(0);
    // The hint table: only scalars starting with a digit, a sign, `.`, or one of `yYnNtTfFoO~` can be anything but a string.
    if ((c >= 48 && c <= 57) || c === 43 || c === 45) {
        if (SPECIAL_FLOAT.has(s))
            return 'float';
        const plain = s.includes('_') ? s.replace(/_/g, '') : s;
        if (GO_INT.test(plain))
            return 'int';
        if (GO_FLOAT.test(plain))
            return 'float';
        return 'str';
    }
    if (c === 46)
        return SPECIAL_FLOAT.has(s) || DOT_FLOAT.test(s) ? 'float' : 'str';
    if (!WORD_START.has(c) || s.length > 5)
        return 'str';
    if (TRUE.has(s) || FALSE.has(s))
        return 'bool';
    if (NULL.has(s))
        return 'null';
    return 'str';
}
function toInt(s) {
    let t = s.replace(/_/g, '');
    let sign = 1;
    if (t[0] === '-' || t[0] === '+') {
        if (t[0] === '-')
            sign = -1;
        t = t.slice(1);
    }
    const p = t.slice(0, 2).toLowerCase();
    if (p === '0x')
        return sign * parseInt(t.slice(2), 16);
    if (p === '0o')
        return sign * parseInt(t.slice(2), 8);
    if (p === '0b')
        return sign * parseInt(t.slice(2), 2);
    if (t.length > 1 && t[0] === '0')
        return sign * parseInt(t, 8);
    return sign * Number(t);
}
function toFloat(s) {
    return SPECIAL_FLOAT.get(s) ?? Number(s.replace(/_/g, ''));
}
// ---- js-yaml (the fast path) -------------------------------------------------------
const jsType = (tag, kind, construct, predicate) => new yaml.Type(`tag:yaml.org,2002:${tag}`, {
    kind: 'scalar',
    // js-yaml hands an empty node as null to the null type.
    resolve: (data) => (data === null ? kind === 'null' : plainKind(data) === kind),
    construct: (data) => (data === null ? null : construct(data)),
    predicate,
});
/** js-yaml exports its built-in types at run time; @types/js-yaml does not declare them. */
const mergeType = yaml.types.merge;
/** js-yaml's schema for Kubernetes manifests: failsafe (str, seq, map) plus go-yaml v2's implicit scalars and `<<` merge keys. */
const K8S_JS_SCHEMA = yaml.FAILSAFE_SCHEMA.extend({
    implicit: [
        jsType('null', 'null', () => null, (o) => o === null),
        jsType('bool', 'bool', (s) => TRUE.has(s), (o) => typeof o === 'boolean'),
        jsType('int', 'int', toInt, (o) => Number.isInteger(o)),
        jsType('float', 'float', toFloat, (o) => typeof o === 'number'),
        mergeType,
    ],
});
// ---- yaml (the document model, for positions) ---------------------------------------
/** A `test` for the yaml library's tag lookup (it only calls `.test(value)` on it). */
const matcher = (kind) => Object.assign(/(?:)/, { test: (s) => plainKind(s) === kind });
const yamlTag = (tag, kind, resolve) => ({
    tag: `tag:yaml.org,2002:${tag}`,
    default: true,
    test: matcher(kind),
    resolve,
    identify: () => false, // resolving only: validate never writes with this schema
});
/**
 * Tags for the yaml library with `schema: 'failsafe'`: the same resolution as
 * K8S_JS_SCHEMA, so both parsers give a file the same values (pinned by a test).
 */
const K8S_YAML_TAGS = [
    yamlTag('null', 'null', () => null),
    yamlTag('bool', 'bool', (s) => TRUE.has(s)),
    yamlTag('int', 'int', toInt),
    yamlTag('float', 'float', toFloat),
];

;// CONCATENATED MODULE: ./src/repo/yaml.ts



/**
 * How many alias dereferences a document may make (the yaml library's measure: uses of an
 * anchor times the aliases inside it), and how many aliases it may hold: enough for real
 * values files (a shared `resources` block used by a few hundred components), far too few
 * for a billion laughs (caught at its fifth level). The second bound matters because the
 * yaml library scans the document's aliases for each alias (quadratic: 150,000 aliases of
 * one anchor took 327 s; 10,000 take about 0.3 s), so a document with more aliases than
 * this is refused before it is converted.
 */
const MAX_ALIAS_COUNT = 10_000;
/** The options both the engine's full parse and its position lookups use. */
// logLevel error: the library's warnings (a collection used as a key, as `{{ .x }}:` reads) go to the console, not into a finding; the engine reports from the document.
const PARSE_OPTIONS = { prettyErrors: false, uniqueKeys: true, schema: 'failsafe', customTags: K8S_YAML_TAGS, merge: true, logLevel: 'error' };
function parseYaml(text) {
    const lineCounter = new dist/* LineCounter */.HN();
    const all = (0,dist/* parseAllDocuments */.hR)(text, { ...PARSE_OPTIONS, lineCounter });
    const errors = [];
    const duplicates = [];
    const docs = [];
    const at = (offset, message, into = errors) => {
        const p = lineCounter.linePos(offset);
        into.push({ message, line: p.line, column: p.col });
    };
    // parseAllDocuments returns an EmptyStream (no documents) for empty input.
    const list = Array.isArray(all) ? all : [];
    for (const doc of list) {
        let overflowed = false;
        // A duplicate key is no error to Argo CD or Helm (the last one wins): reported apart, the document is still read.
        const dups = doc.errors.filter((e) => e.code === 'DUPLICATE_KEY');
        for (const e of dups)
            at(e.pos[0], 'This key is already set above in the same mapping; Argo CD and Helm keep only the last value.', duplicates);
        for (const e of doc.errors) {
            if (e.code === 'DUPLICATE_KEY')
                continue;
            const message = errorMessage(e.message);
            // One stack overflow is reported once, not once per level it unwound.
            if (message === STACK_MESSAGE) {
                if (overflowed)
                    continue;
                overflowed = true;
            }
            at(errorOffset(doc, e), message);
        }
        if (doc.errors.length > dups.length)
            continue;
        const aliases = checkAliases(doc);
        if (aliases.bad) {
            at(aliases.bad.offset, aliases.bad.message);
            continue;
        }
        if (aliases.count > MAX_ALIAS_COUNT) {
            docs.push({ doc, value: undefined, conversionError: `The document holds ${aliases.count} aliases, more than the ${MAX_ALIAS_COUNT} allowed.` });
            continue;
        }
        try {
            docs.push({ doc, value: doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT }) });
        }
        catch (err) {
            docs.push({ doc, value: undefined, conversionError: err.message });
        }
    }
    return { docs, errors, duplicates, lineCounter };
}
/**
 * One linear walk before conversion: counts the aliases, and finds the first alias
 * that names no earlier anchor (go-yaml: "unknown anchor") or one of its own enclosing
 * nodes (go-yaml: "anchor value contains itself"; converted, it would be a cycle).
 */
function checkAliases(doc) {
    if (!doc.contents)
        return { count: 0 };
    const anchors = new Set();
    let count = 0;
    let bad;
    (0,dist/* visit */.YR)(doc, {
        Alias(_k, a, path) {
            count++;
            if (bad)
                return;
            const offset = a.range?.[0] ?? 0;
            if (!anchors.has(a.source))
                bad = { offset, message: `Unknown alias *${a.source}: no anchor &${a.source} comes before it.` };
            else if (path.some((p) => p.anchor === a.source))
                bad = { offset, message: `Alias *${a.source} refers to a node that contains it.` };
        },
        Node(_k, n) {
            if (n.anchor)
                anchors.add(n.anchor);
        },
    });
    return { count, bad };
}
/**
 * Where to report a parse error. Only called for documents that failed to parse: no
 * cost on the hot path.
 * - The library reports an unclosed quoted string where the input ends (often the last
 *   line of the file); the user needs the opening quote, so point at the start of the
 *   quoted scalar that runs up to the error.
 * - An unclosed flow collection (`{name: cart` with no `}`) is reported where the parser
 *   gave up, often the next key; point at the `{` or `[` that was never closed.
 */
function errorOffset(doc, e) {
    const pos = e.pos[0];
    let start = pos;
    if (e.code === 'MISSING_CHAR' && /closing .*quote/i.test(e.message)) {
        (0,dist/* visit */.YR)(doc, {
            Scalar(_k, n) {
                if ((n.type === 'QUOTE_DOUBLE' || n.type === 'QUOTE_SINGLE') && n.range && n.range[1] === pos) {
                    start = n.range[0];
                    return dist/* visit */.YR.BREAK;
                }
            },
        });
    }
    else if (/^(?:Flow (?:map|sequence)|Expected flow)/i.test(e.message)) {
        (0,dist/* visit */.YR)(doc, {
            Collection(_k, n) {
                if (n.flow && n.range && n.range[1] === pos && n.range[0] < start)
                    start = n.range[0];
            },
        });
    }
    return start;
}
/** The parser's message, first line; a stack overflow is this validator's limit, not a syntax error, and says so. */
const STACK_MESSAGE = 'Collections nest deeper than this validator can read (it ran out of stack here); Helm and Argo CD may read the file, but such nesting is almost certainly a mistake.';
function errorMessage(s) {
    return /Maximum call stack size exceeded/.test(s) ? STACK_MESSAGE : firstLine(s);
}
function firstLine(s) {
    const i = s.indexOf('\n');
    return i < 0 ? s : s.slice(0, i);
}
const isPresent = (v) => v !== null && v !== undefined;
/** Anchors make aliases possible; only the `yaml` parser limits how far they expand. */
const ANCHOR = /&[^\s]/;
/** One YAML file: its documents' values, its errors, and positions on demand. */
class YamlFile {
    text;
    docs;
    errors;
    duplicates;
    full;
    /** Which documents are non-empty, kept after release() for matching the two parsers' documents. */
    present;
    constructor(text, docs, errors, full, 
    /** Keys set twice in one mapping (the last value is kept, as go-yaml v2 does). */
    duplicates = []) {
        this.text = text;
        this.docs = docs;
        this.errors = errors;
        this.duplicates = duplicates;
        this.full = full;
        this.present = docs.map((d) => isPresent(d.value));
    }
    static load(text) {
        if (!ANCHOR.test(text)) {
            try {
                const values = yaml.loadAll(text, undefined, { schema: K8S_JS_SCHEMA });
                return new YamlFile(text, values.map((value) => ({ value })), []);
            }
            catch {
                // Refused: the full parse below gives the error with its exact position.
            }
        }
        const full = parseYaml(text);
        return new YamlFile(text, full.docs.map(({ value, conversionError }) => ({ value, conversionError })), full.errors, full, full.duplicates);
    }
    /** The full parse, made on first use, and the document in it that is `docs[docIndex]`. */
    locate(docIndex) {
        if (!this.full)
            this.full = parseYaml(this.text);
        const pf = this.full;
        if (pf.docs.length === this.docs.length && pf.docs[docIndex])
            return { pf, doc: pf.docs[docIndex].doc };
        // The two parsers may count empty documents differently: match by the ordinal among non-empty ones.
        let ordinal = 0;
        for (let i = 0; i < docIndex; i++)
            if (this.present[i])
                ordinal++;
        for (const d of pf.docs) {
            if (!isPresent(d.value))
                continue;
            if (ordinal-- === 0)
                return { pf, doc: d.doc };
        }
        return undefined;
    }
    /** Where `path` is in document `docIndex` (see positionOf); line 1 when it cannot be told. */
    position(docIndex, path, atValue = false) {
        const at = this.locate(docIndex);
        return at ? positionOf(at.pf, at.doc, path, atValue) : { line: 1, column: 1 };
    }
    /**
     * Drops the documents' values once the per-file rules have read them; positions stay
     * available (from the text). A repo's records then hold a string per file, not a tree.
     */
    release() {
        if (this.docs.length)
            this.docs = this.docs.map(() => ({ value: undefined }));
        if (this.full)
            this.full = undefined;
    }
    /** The text of the scalar at `path` as written in the file (`on` for a boolean written `on`), when there is one. */
    source(docIndex, path) {
        const at = this.locate(docIndex);
        const node = at?.doc.getIn(path, true);
        return (0,dist/* isScalar */.jn)(node) && typeof node.source === 'string' ? node.source : undefined;
    }
    /** Where document `docIndex` starts (its first content line). */
    docPosition(docIndex) {
        const at = this.locate(docIndex);
        return at ? docPosition(at.pf, at.doc) : { line: 1, column: 1 };
    }
}
function loadYaml(text) {
    return YamlFile.load(text);
}
/**
 * The position of the node at `path` in a document: the key of the last segment when
 * it exists (so a finding about `spec.source.path` lands on `path:`), else the nearest
 * ancestor that exists. `atValue` points at the value instead of the key.
 */
function positionOf(pf, doc, path, atValue = false) {
    let node = doc.contents;
    let best = doc.contents ?? undefined;
    for (let i = 0; i < path.length; i++) {
        const seg = path[i];
        let pair;
        if ((0,dist/* isMap */.jh)(node)) {
            pair = node.items.find((it) => (0,dist/* isPair */.tO)(it) && String((0,dist/* isScalar */.jn)(it.key) ? it.key.value : it.key) === String(seg));
            if (!pair)
                break;
            const last = i === path.length - 1;
            const keyNode = pair.key;
            if (last && !atValue && keyNode?.range)
                best = keyNode;
            else if (pair.value && pair.value.range)
                best = pair.value;
            else if (keyNode?.range)
                best = keyNode;
            node = pair.value;
        }
        else if ((0,dist/* isSeq */.oP)(node) && typeof seg === 'number') {
            const item = node.items[seg];
            if (!item)
                break;
            if (item.range)
                best = item;
            node = item;
        }
        else {
            break;
        }
    }
    const offset = best?.range?.[0] ?? 0;
    const p = pf.lineCounter.linePos(offset);
    return { line: p.line, column: p.col };
}
/** The start position of a document (its first content line). */
function docPosition(pf, doc) {
    const offset = doc.contents?.range?.[0] ?? doc.range?.[0] ?? 0;
    const p = pf.lineCounter.linePos(offset);
    return { line: p.line, column: p.col };
}
/** Splits an Ajv/JSON-pointer instancePath into segments (numbers for array indexes). */
function pointerToPath(pointer) {
    if (!pointer)
        return [];
    return pointer
        .split('/')
        .slice(1)
        .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'))
        .map((s) => (/^\d+$/.test(s) ? Number(s) : s));
}

// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __nccwpck_require__(8161);
;// CONCATENATED MODULE: external "node:worker_threads"
const external_node_worker_threads_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:worker_threads");
// EXTERNAL MODULE: external "node:url"
var external_node_url_ = __nccwpck_require__(3136);
;// CONCATENATED MODULE: ./src/assets.ts



/**
 * A file shipped in dist/: beside the running bundle (the action, dist/index.js) or one
 * level up (the CLI bundle, dist/cli/index.js), so dist/ holds one copy. Undefined when
 * neither exists, as when the sources run unbundled (the tests).
 */
function findBundled(rel) {
    const here = (0,external_node_path_.dirname)((0,external_node_url_.fileURLToPath)(import.meta.url));
    for (const dir of [here, (0,external_node_path_.dirname)(here)]) {
        const p = (0,external_node_path_.join)(dir, rel);
        if ((0,external_node_fs_.existsSync)(p))
            return p;
    }
    return undefined;
}

;// CONCATENATED MODULE: ./src/validate/rules/yaml-file.ts


/** Reads and parses a YAML file, turning every reading or syntax problem into a finding. */
async function parseFileReporting(root, file, sink, text) {
    if (text === undefined) {
        const read = await readTextFile(root, file);
        if ('issue' in read) {
            sink.add('file.unreadable', file, undefined, `${file}: ${read.issue.detail}.`);
            return undefined;
        }
        text = read.text;
    }
    const parsed = loadYaml(text);
    if (parsed.errors.length) {
        for (const e of parsed.errors)
            sink.add('yaml.syntax', file, e, e.message);
        return undefined;
    }
    for (const d of parsed.duplicates)
        sink.add('yaml.duplicate-key', file, d, d.message);
    parsed.docs.forEach((d, i) => {
        // At the document's first content line, not its `---` marker (as docPosition does for every document finding).
        if (d.conversionError)
            sink.add('yaml.alias-bomb', file, parsed.docPosition(i), d.conversionError);
    });
    return parsed;
}

;// CONCATENATED MODULE: ./src/validate/rules/charts.ts


/**
 * The versions Helm 3 takes: Masterminds semver's NewVersion as Helm calls it (the loose
 * form with CoerceNewVersion: `v1.2.3`, `1.2`, `01.2.3` are accepted), at most 256
 * characters, numeric pre-release parts without leading zeros.
 */
const HELM_VERSION = /^v?([0-9]+)(\.[0-9]+)?(\.[0-9]+)?(-([0-9A-Za-z-]+(\.[0-9A-Za-z-]+)*))?(\+([0-9A-Za-z-]+(\.[0-9A-Za-z-]+)*))?$/;
function isHelmVersion(v) {
    const m = v.length <= 256 ? HELM_VERSION.exec(v) : null;
    if (!m)
        return false;
    if (m[5] && m[5].split('.').some((p) => /^\d+$/.test(p) && p.length > 1 && p[0] === '0'))
        return false;
    // Each number must fit Go's uint64 (only a number of 20 digits or more can fail).
    return [m[1], m[2], m[3]].every((n) => !n || n.length < 20 || BigInt(n.replace('.', '')) < 2n ** 64n);
}
const TEMPLATE_MANIFEST = /\.(ya?ml|json|tpl)$/i;
const CRD_MANIFEST = /\.(ya?ml|json)$/i;
/**
 * Finds chart directories: every directory under the charts dir holding a Chart.yaml,
 * except subcharts vendored in another chart's `charts/` (Helm renders those as part of
 * their parent, with its own rules: a Helm 2 `apiVersion: v1` subchart is fine there).
 */
function discoverCharts(children, chartsDir) {
    const prefix = chartsDir ? `${chartsDir}/` : '';
    const all = new Set();
    for (const [dir, names] of children)
        if (dir.startsWith(prefix) && names.includes('Chart.yaml'))
            all.add(dir);
    return [...all].filter((d) => !isVendoredSubchart(d, all)).sort();
}
function isVendoredSubchart(dir, charts) {
    for (let i = dir.indexOf('/charts/'); i >= 0; i = dir.indexOf('/charts/', i + 1))
        if (charts.has(dir.slice(0, i)))
            return true;
    return false;
}
/** Reads the layout parts of `gitops/<application>/<cluster>/<service>`. */
function chartLayout(dir, chartsDir) {
    const rest = chartsDir ? dir.slice(chartsDir.length + 1) : dir;
    const parts = rest.split('/');
    if (parts.length !== 3)
        return {};
    return { application: parts[0], cluster: parts[1], service: parts[2] };
}
/**
 * Whether a templates directory holds a manifest Helm renders: a `.yaml`, `.yml`,
 * `.json` or `.tpl` file not starting with `_` (a partial), directly or in a
 * subdirectory (Helm renders those too). Stops at the first hit; subdirectories are
 * only looked at when the directory itself has none.
 */
async function rendersSomething(view, dir) {
    if ((await view.list(dir)).some((n) => TEMPLATE_MANIFEST.test(n) && !n.startsWith('_')))
        return true;
    for (const sub of await view.listDirs(dir))
        if (await rendersSomething(view, `${dir}/${sub}`))
            return true;
    return false;
}
/** Whether `dir` directly holds a file matching `re`, or a subdirectory (a vendored subchart) when asked. */
async function holds(view, dir, re, orSubdir = false) {
    if ((await view.list(dir)).some((n) => re.test(n)))
        return true;
    return orSubdir && (await view.listDirs(dir)).length > 0;
}
/**
 * Dependencies Helm needs in this repo: one with no repository must be vendored in
 * `charts/` (a directory or a `<name>-<version>.tgz`), one at `file://<path>` must be a
 * chart at that path (or vendored). Helm fails otherwise ("found in Chart.yaml, but
 * missing in charts/ directory"). Dependencies from chart repositories or OCI registries
 * are fetched when Argo CD renders the chart: nothing to check here.
 */
async function checkDependencies(view, sink, dir, deps, at) {
    const chartFile = `${dir}/Chart.yaml`;
    const vendoredDirs = await view.listDirs(`${dir}/charts`);
    const vendoredFiles = await view.list(`${dir}/charts`);
    for (let i = 0; i < deps.length; i++) {
        const d = deps[i];
        if (d === null || typeof d !== 'object' || Array.isArray(d))
            continue;
        const { name, repository } = d;
        if (typeof name !== 'string' || !name)
            continue;
        const repo = typeof repository === 'string' ? repository.trim() : '';
        if (repo && !repo.startsWith('file://'))
            continue;
        // Helm matches an archive by the chart name inside it, which is not read here: any
        // .tgz in charts/ may be this dependency (`helm dependency update` names it <name>-<version>.tgz).
        const vendored = (vendoredDirs.includes(name) && (await view.hasFile(`${dir}/charts/${name}/Chart.yaml`))) || vendoredFiles.some((f) => f.endsWith('.tgz'));
        if (vendored)
            continue;
        if (!repo) {
            sink.add('chart.dependency-missing', chartFile, at(i), `dependency '${name}' has no repository and is not vendored in ${dir}/charts/ (a ${name}/ chart or a ${name}-<version>.tgz): Helm fails with "found in Chart.yaml, but missing in charts/ directory".`);
            continue;
        }
        const rel = repo.slice('file://'.length);
        const target = rel.startsWith('/') ? undefined : joinRepoPath(dir, rel);
        if (target === undefined || !staysInside(target)) {
            sink.add('chart.dependency-missing', chartFile, at(i, 'repository'), `dependency '${name}' is at ${repo}, outside the repository: Argo CD cannot read it.`);
        }
        else if (!(await view.hasFile(`${target}/Chart.yaml`))) {
            sink.add('chart.dependency-missing', chartFile, at(i, 'repository'), `dependency '${name}' is at ${repo}, but ${target}/ holds no Chart.yaml.`);
        }
    }
}
/** Checks one chart: Chart.yaml, values.yaml, templates/. */
async function checkChart(view, sink, dir, chartsDir) {
    const info = { dir, ...chartLayout(dir, chartsDir) };
    const chartFile = `${dir}/Chart.yaml`;
    const chart = await parseFileReporting(view.root, chartFile, sink);
    let isLibrary = false;
    let dependencies = false;
    if (chart) {
        const first = chart.docs[0];
        const meta = first?.value;
        if (!first || meta === null || typeof meta !== 'object' || Array.isArray(meta)) {
            sink.add('chart.not-mapping', chartFile, first ? chart.position(0, []) : undefined, 'Chart.yaml does not hold a mapping of chart metadata.');
        }
        else {
            const m = meta;
            const at = (k, v = false) => chart.position(0, [k], v);
            // As written in the file: `version: 1.0` is the number 1 to YAML, and the user wrote `1.0`.
            const written = (k) => chart.source(0, [k]) ?? JSON.stringify(m[k]);
            if (m.apiVersion === 'v1') {
                sink.add('chart.api-version-v1', chartFile, at('apiVersion', true), 'apiVersion is v1, the Helm 2 chart format: Helm 3 still renders it, but `type` and `dependencies` in Chart.yaml need `apiVersion: v2`.');
            }
            else if (m.apiVersion !== 'v2') {
                sink.add('chart.api-version', chartFile, at('apiVersion', true), m.apiVersion === undefined ? 'Chart.yaml has no apiVersion; Helm 3 charts declare `apiVersion: v2`.' : `apiVersion is ${written('apiVersion')}; Helm 3 charts declare \`apiVersion: v2\`.`);
            }
            if (typeof m.name !== 'string' || !m.name.trim()) {
                sink.add('chart.name', chartFile, at('name', true), m.name === undefined || m.name === null || m.name === '' ? 'Chart.yaml has no name.' : `name ${written('name')} is not a string.`);
            }
            else if (m.name === '.' || m.name === '..' || /[/\\]/.test(m.name)) {
                // Helm: the name must be its own base name (chart.metadata.name "a/b" is invalid).
                sink.add('chart.name', chartFile, at('name', true), `name ${JSON.stringify(m.name)} is not a valid chart name: Helm refuses \`/\`, \`\\\`, \`.\` and \`..\`.`);
            }
            else
                info.name = m.name;
            if (typeof m.version !== 'string' || !isHelmVersion(m.version)) {
                sink.add('chart.version', chartFile, at('version', true), m.version === undefined || m.version === null ? 'Chart.yaml has no version.' : typeof m.version !== 'string' ? `version ${written('version')} is a ${typeof m.version} to YAML, not a string: quote it ("${written('version')}") or write it as SemVer (1.0.0).` : `version ${JSON.stringify(m.version)} is not a version Helm takes (SemVer, e.g. 1.2.3).`);
            }
            else
                info.version = m.version;
            if (m.type !== undefined && m.type !== 'application' && m.type !== 'library') {
                sink.add('chart.type', chartFile, at('type', true), `type ${written('type')} is neither application nor library.`);
            }
            isLibrary = m.type === 'library';
            info.type = isLibrary ? 'library' : 'application';
            dependencies = Array.isArray(m.dependencies) && m.dependencies.length > 0;
            if (dependencies)
                await checkDependencies(view, sink, dir, m.dependencies, (i, k) => chart.position(0, ['dependencies', i, ...(k ? [k] : [])], true));
        }
    }
    const names = await view.list(dir);
    if (names.includes('values.yaml')) {
        const valuesFile = `${dir}/values.yaml`;
        const values = await parseFileReporting(view.root, valuesFile, sink);
        const first = values?.docs[0];
        if (values && first) {
            const v = first.value;
            if (v !== null && v !== undefined && (typeof v !== 'object' || Array.isArray(v))) {
                sink.add('chart.values', valuesFile, values.position(0, []), `values.yaml holds ${Array.isArray(v) ? 'a list' : `a ${typeof v}`}, not a mapping.`);
            }
        }
    }
    // A chart renders its templates, its crds/ and its dependencies (Chart.yaml `dependencies`,
    // requirements.yaml for apiVersion v1, or subcharts vendored in charts/): an umbrella
    // chart with no templates of its own is legitimate.
    if (!isLibrary && !dependencies && !(await rendersSomething(view, `${dir}/templates`))) {
        const others = (await holds(view, `${dir}/crds`, CRD_MANIFEST)) || names.includes('requirements.yaml') || (await holds(view, `${dir}/charts`, /\.tgz$/i, true));
        if (!others)
            sink.add('chart.templates', chartFile, { line: 1, column: 1 }, `${dir}/templates/ holds no manifest (nor does crds/, and the chart has no dependencies), so the chart renders nothing.`);
    }
    return info;
}

// EXTERNAL MODULE: ./src/validate/catalogue.ts
var catalogue = __nccwpck_require__(8683);
;// CONCATENATED MODULE: ./src/validate/sink.ts

/** Collects findings; severity and the default hint come from the rule catalogue. */
class FindingSink {
    findings = [];
    add(ruleId, file, pos, message, hint) {
        const rule = catalogue/* RULE_BY_ID */.B.get(ruleId);
        if (!rule)
            throw new Error(`unknown rule id ${ruleId}`); // a bug, not a user mistake
        this.findings.push({
            ruleId,
            severity: rule.severity,
            file,
            line: pos?.line ?? 1,
            column: pos?.column ?? 1,
            message,
            hint: hint ?? rule.hint,
        });
    }
    count(severity) {
        let n = 0;
        for (const f of this.findings)
            if (f.severity === severity)
                n++;
        return n;
    }
}
function summarize(findings, applications, charts) {
    const s = { applications, charts, errors: 0, warnings: 0, notices: 0 };
    for (const f of findings) {
        if (f.severity === 'error')
            s.errors++;
        else if (f.severity === 'warning')
            s.warnings++;
        else
            s.notices++;
    }
    return s;
}
function sortFindings(findings) {
    return findings.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0) ||
        a.line - b.line ||
        a.column - b.column ||
        (a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0) ||
        (a.message < b.message ? -1 : a.message > b.message ? 1 : 0));
}

;// CONCATENATED MODULE: ./src/validate/units.ts


/**
 * What the main thread and the chart worker (worker.ts) share. Kept apart from the
 * Application rules so that the worker's bundle holds only the chart checks.
 */
/** Charts per batch: small enough that the last batches balance the threads, large enough that claims and messages stay cheap. */
const CHART_BATCH = 32;
/** Checks charts `dirs` one after the other, into a sink of the batch's own. */
async function checkChartBatch(view, dirs, chartsDir) {
    const sink = new FindingSink();
    const charts = [];
    for (const dir of dirs)
        charts.push(await checkChart(view, sink, dir, chartsDir));
    return { charts, findings: sink.findings };
}
/**
 * A listing as JSON text, in the order the walk made it: posted once, as one string
 * (cheaper than cloning a Map of 20,000 arrays).
 */
function encodeListing(listing, skip = 0) {
    const out = [];
    let i = 0;
    // `skip`: the first directories walked (the part the receiver has).
    for (const d of listing.dirs)
        if (i++ >= skip)
            out.push([d, listing.children.get(d) ?? null]);
    return JSON.stringify(out);
}
/** Adds an encoded listing to `into`, after what it holds (as a second walk into it would). */
function mergeListing(json, issues, into) {
    for (const [d, names] of JSON.parse(json)) {
        into.dirs.add(d);
        if (names)
            into.children.set(d, names);
    }
    into.issues.push(...issues);
}

;// CONCATENATED MODULE: ./src/validate/chart-worker.ts




/**
 * The charts on a second thread. On a large repo, reading and parsing the charts dir's
 * 20,000 files is as much work as the Applications, and neither needs the other until
 * the Application rules look up chart paths. So a worker walks the charts dir and posts
 * the listing (the main thread meanwhile walks, reads and parses the Applications), then
 * checks chart batches claimed off a counter it shares with the main thread, which joins
 * in once its Applications are done. Results merge by batch index: the report is the
 * serial one, whatever thread checked what. A worker that cannot start, or fails, costs
 * nothing but time: the main thread walks or checks what the worker did not deliver.
 */
/**
 * Without an explicit job count, the worker starts only from this many Application files.
 * Below, its start-up and the two threads slowing each other down cost more than they
 * save: on 2 vCPUs, jobs 2 over jobs 1 was 1.11x at 1,000 Applications (1,000 charts),
 * 1.00x at 2,500, 0.87x at 5,000 and 0.80x at 10,000 (bench/README.md).
 */
const AUTO_MIN_APP_FILES = 3000;
/** The worker bundle, relative to dist/ (scripts/package.mjs builds it from worker.ts). */
const WORKER_SCRIPT = 'validate-worker/index.js';
/** Whether the two trees are apart: a worker's walk of one then lists nothing of the other. */
function disjoint(a, b) {
    return !!a && !!b && a !== b && !a.startsWith(`${b}/`) && !b.startsWith(`${a}/`);
}
class ChartWorker {
    worker;
    claimed;
    batches = new Map();
    listingMsg;
    finished = false;
    dead = false;
    wake;
    constructor(worker, counter) {
        this.worker = worker;
        this.claimed = new Int32Array(counter);
        worker.on('message', (m) => {
            if (m.type === 'listing')
                this.listingMsg = m;
            else if (m.type === 'batch')
                this.batches.set(m.index, m.result);
            else
                this.finished = true;
            this.wake?.();
        });
        // A worker that dies delivers no more: what it claimed is checked again here.
        const die = () => {
            this.dead = true;
            this.wake?.();
        };
        worker.on('error', die);
        worker.on('exit', die);
    }
    /**
     * A worker for the charts, or undefined when the work stays on this thread. `listing`:
     * the apps dir's, walked; the worker starts from it, so that a chart rule looking outside
     * the charts dir sees what it sees here.
     */
    static start(options, listing, appFiles) {
        const { jobs, workerScript, ...init } = options;
        if (jobs === undefined ? appFiles < AUTO_MIN_APP_FILES || (0,external_node_os_.availableParallelism)() < 2 : jobs < 2)
            return undefined;
        if (!disjoint(init.appsDir, init.chartsDir))
            return undefined;
        const script = workerScript ?? findBundled(WORKER_SCRIPT);
        if (!script)
            return undefined;
        const counter = new SharedArrayBuffer(4);
        try {
            const worker = new external_node_worker_threads_namespaceObject.Worker(script, { workerData: { ...init, counter, appsListing: encodeListing(listing) } });
            return new ChartWorker(worker, counter);
        }
        catch {
            return undefined; // no thread to be had: everything on this one
        }
    }
    /** Waits for the next message or the worker's end. */
    next() {
        return new Promise((resolve) => {
            this.wake = () => {
                this.wake = undefined;
                resolve();
            };
        });
    }
    /** Lets the worker's messages in: call between chunks of synchronous work. */
    poll() {
        return new Promise((resolve) => setImmediate(resolve));
    }
    /** Whether the listing has come in (merged by `takeListing`). */
    get hasListing() {
        return this.listingMsg !== undefined;
    }
    /**
     * Merges the charts dir's listing into `into` once it has come (waiting for it if `wait`).
     * False when the worker failed before sending it: the caller walks the charts dir itself.
     */
    async takeListing(into, wait) {
        while (!this.listingMsg && !this.dead && wait)
            await this.next();
        const m = this.listingMsg;
        if (!m)
            return false;
        mergeListing(m.json, m.issues, into);
        m.json = '';
        return true;
    }
    /**
     * The chart batches of `dirs` (sorted, as discoverCharts gives them): those the worker
     * checked, the rest checked here. In batch order.
     */
    async checkCharts(view, dirs, chartsDir) {
        const total = Math.ceil(dirs.length / CHART_BATCH);
        const out = new Array(total);
        const run = async (i) => (out[i] = await checkChartBatch(view, dirs.slice(i * CHART_BATCH, (i + 1) * CHART_BATCH), chartsDir));
        // The worker counted the same charts in the same listing; if not, nothing of its is used.
        const agreed = this.listingMsg?.charts === dirs.length;
        if (agreed) {
            for (;;) {
                const i = Atomics.add(this.claimed, 0, 1);
                if (i >= total)
                    break;
                await run(i);
            }
            while (!this.finished && !this.dead)
                await this.next();
            for (const [i, r] of this.batches)
                if (i < total)
                    out[i] = r;
        }
        this.dispose();
        // Batches a failed worker had claimed (none when all went well).
        for (let i = 0; i < total; i++)
            if (!out[i])
                await run(i);
        return out;
    }
    /** Stops the worker (when done, or when validation failed half way: it must not keep the process alive). */
    dispose() {
        this.worker.removeAllListeners('message');
        void this.worker.terminate();
    }
}

;// CONCATENATED MODULE: ./src/validate/repo-view.ts



/** What Argo CD's directory source reads as manifests (it renders Jsonnet too). */
const MANIFEST = /\.(ya?ml|json|jsonnet)$/i;
/**
 * Answers "does this path exist, and what is in it" for the rules. Paths inside the
 * walked apps and charts directories are answered from the one listing made at the
 * start (no syscall per rule on the hot path); anything else falls back to the file
 * system, refusing what resolves outside the repository.
 */
class RepoView {
    root;
    realRoot;
    listing;
    walkedRoots;
    childDirs;
    constructor(root, realRoot, listing, walkedRoots) {
        this.root = root;
        this.realRoot = realRoot;
        this.listing = listing;
        this.walkedRoots = walkedRoots;
    }
    walked(p) {
        // The root's walk leaves its dot-directories out: those are answered from the file system.
        return this.walkedRoots.some((r) => (r === '' ? !p.startsWith('.') : p === r || p.startsWith(`${r}/`)));
    }
    /** `p` must already be normalised and inside the repo. */
    async kind(p) {
        if (this.walked(p)) {
            if (this.listing.dirs.has(p))
                return 'dir';
            if (listingHasFile(this.listing, p))
                return 'file';
            return undefined;
        }
        try {
            const real = await external_node_fs_.promises.realpath((0,external_node_path_.join)(this.root, p));
            const rel = (0,external_node_path_.relative)(this.realRoot, real);
            if (rel === '..' || rel.startsWith(`..${external_node_path_.sep}`))
                return undefined;
            const st = await external_node_fs_.promises.stat(real);
            return st.isDirectory() ? 'dir' : st.isFile() ? 'file' : undefined;
        }
        catch {
            return undefined;
        }
    }
    async hasFile(p) {
        return (await this.kind(p)) === 'file';
    }
    /** Files directly in `dir` (names only). */
    async list(dir) {
        if (this.walked(dir))
            return this.listing.children.get(dir) ?? [];
        try {
            const entries = await external_node_fs_.promises.readdir((0,external_node_path_.join)(this.root, dir), { withFileTypes: true });
            return entries.filter((e) => e.isFile()).map((e) => e.name);
        }
        catch {
            return [];
        }
    }
    /** Directories directly in `dir` (names only); walked trees answer from the listing. */
    async listDirs(dir) {
        if (this.walked(dir)) {
            if (!this.childDirs) {
                // Built once, on first use: directory → names of its subdirectories.
                this.childDirs = new Map();
                for (const d of this.listing.dirs) {
                    const i = d.lastIndexOf('/');
                    if (i < 0)
                        continue;
                    const parent = d.slice(0, i);
                    let arr = this.childDirs.get(parent);
                    if (!arr)
                        this.childDirs.set(parent, (arr = []));
                    arr.push(d.slice(i + 1));
                }
            }
            return this.childDirs.get(dir) ?? [];
        }
        try {
            const entries = await external_node_fs_.promises.readdir((0,external_node_path_.join)(this.root, dir), { withFileTypes: true });
            return entries.filter((e) => e.isDirectory()).map((e) => e.name);
        }
        catch {
            return [];
        }
    }
    /** Whether `dir` (recursively when asked) holds a YAML, JSON or Jsonnet manifest. */
    async hasManifest(dir, recurse) {
        if (this.walked(dir)) {
            // From the directory down through the listing: cost in the size of that subtree,
            // not of the repo (a repo of many directory sources must not go quadratic).
            if ((this.listing.children.get(dir) ?? []).some((n) => MANIFEST.test(n)))
                return true;
            if (!recurse)
                return false;
            for (const sub of await this.listDirs(dir))
                if (await this.hasManifest(`${dir}/${sub}`, true))
                    return true;
            return false;
        }
        const walk = async (d) => {
            let entries;
            try {
                entries = await external_node_fs_.promises.readdir((0,external_node_path_.join)(this.root, d), { withFileTypes: true });
            }
            catch {
                return false;
            }
            for (const e of entries)
                if (e.isFile() && MANIFEST.test(e.name))
                    return true;
            if (recurse)
                for (const e of entries)
                    if (e.isDirectory() && (await walk(`${d}/${e.name}`)))
                        return true;
            return false;
        };
        return walk(dir);
    }
}

// EXTERNAL MODULE: ./node_modules/ajv/dist/runtime/ucs2length.js
var ucs2length = __nccwpck_require__(6214);
;// CONCATENATED MODULE: ./src/validate/schema/application-validator.generated.ts
// @ts-nocheck
// Generated by scripts/build-schema.mjs from schemas/argo-cd/application_v1alpha1.json. Do not edit.

"use strict";
const validate = (/* unused pure expression or super */ null && (validate10));
/* harmony default export */ const application_validator_generated = (validate10);
const schema11 = { "properties": { "apiVersion": { "type": "string" }, "kind": { "type": "string" }, "metadata": { "type": "object" }, "spec": { "properties": { "destination": { "properties": { "name": { "type": "string" }, "namespace": { "type": "string" }, "server": { "type": "string" } }, "type": "object" }, "ignoreDifferences": { "items": { "properties": { "group": { "type": "string" }, "jqPathExpressions": { "items": { "type": "string" }, "type": "array" }, "jsonPointers": { "items": { "type": "string" }, "type": "array" }, "kind": { "type": "string" }, "managedFieldsManagers": { "items": { "type": "string" }, "type": "array" }, "name": { "type": "string" }, "namespace": { "type": "string" } }, "required": ["kind"], "type": "object" }, "type": "array" }, "info": { "items": { "properties": { "name": { "type": "string" }, "value": { "type": "string" } }, "required": ["name", "value"], "type": "object" }, "type": "array" }, "project": { "type": "string" }, "revisionHistoryLimit": { "format": "int64", "type": "integer" }, "source": { "properties": { "chart": { "type": "string" }, "directory": { "properties": { "exclude": { "type": "string" }, "include": { "type": "string" }, "jsonnet": { "properties": { "extVars": { "items": { "properties": { "code": { "type": "boolean" }, "name": { "type": "string" }, "value": { "type": "string" } }, "required": ["name", "value"], "type": "object" }, "type": "array" }, "libs": { "items": { "type": "string" }, "type": "array" }, "tlas": { "items": { "properties": { "code": { "type": "boolean" }, "name": { "type": "string" }, "value": { "type": "string" } }, "required": ["name", "value"], "type": "object" }, "type": "array" } }, "type": "object" }, "recurse": { "type": "boolean" } }, "type": "object" }, "helm": { "properties": { "apiVersions": { "items": { "type": "string" }, "type": "array" }, "fileParameters": { "items": { "properties": { "name": { "type": "string" }, "path": { "type": "string" } }, "type": "object" }, "type": "array" }, "ignoreMissingValueFiles": { "type": "boolean" }, "kubeVersion": { "type": "string" }, "namespace": { "type": "string" }, "parameters": { "items": { "properties": { "forceString": { "type": "boolean" }, "name": { "type": "string" }, "value": { "type": "string" } }, "type": "object" }, "type": "array" }, "passCredentials": { "type": "boolean" }, "releaseName": { "type": "string" }, "skipCrds": { "type": "boolean" }, "skipSchemaValidation": { "type": "boolean" }, "skipTests": { "type": "boolean" }, "valueFiles": { "items": { "type": "string" }, "type": "array" }, "values": { "type": "string" }, "valuesObject": { "type": "object", "x-kubernetes-preserve-unknown-fields": true }, "version": { "type": "string" } }, "type": "object" }, "kustomize": { "properties": { "apiVersions": { "items": { "type": "string" }, "type": "array" }, "commonAnnotations": { "additionalProperties": { "type": "string" }, "type": "object" }, "commonAnnotationsEnvsubst": { "type": "boolean" }, "commonLabels": { "additionalProperties": { "type": "string" }, "type": "object" }, "components": { "items": { "type": "string" }, "type": "array" }, "forceCommonAnnotations": { "type": "boolean" }, "forceCommonLabels": { "type": "boolean" }, "ignoreMissingComponents": { "type": "boolean" }, "images": { "items": { "type": "string" }, "type": "array" }, "kubeVersion": { "type": "string" }, "labelIncludeTemplates": { "type": "boolean" }, "labelWithoutSelector": { "type": "boolean" }, "namePrefix": { "type": "string" }, "nameSuffix": { "type": "string" }, "namespace": { "type": "string" }, "patches": { "items": { "properties": { "options": { "additionalProperties": { "type": "boolean" }, "type": "object" }, "patch": { "type": "string" }, "path": { "type": "string" }, "target": { "properties": { "annotationSelector": { "type": "string" }, "group": { "type": "string" }, "kind": { "type": "string" }, "labelSelector": { "type": "string" }, "name": { "type": "string" }, "namespace": { "type": "string" }, "version": { "type": "string" } }, "type": "object" } }, "type": "object" }, "type": "array" }, "replicas": { "items": { "properties": { "count": { "anyOf": [{ "type": "integer" }, { "type": "string" }], "x-kubernetes-int-or-string": true }, "name": { "type": "string" } }, "required": ["count", "name"], "type": "object" }, "type": "array" }, "version": { "type": "string" } }, "type": "object" }, "name": { "type": "string" }, "path": { "type": "string" }, "plugin": { "properties": { "env": { "items": { "properties": { "name": { "type": "string" }, "value": { "type": "string" } }, "required": ["name", "value"], "type": "object" }, "type": "array" }, "name": { "type": "string" }, "parameters": { "items": { "properties": { "array": { "items": { "type": "string" }, "type": "array" }, "map": { "additionalProperties": { "type": "string" }, "type": "object" }, "name": { "type": "string" }, "string": { "type": "string" } }, "type": "object" }, "type": "array" } }, "type": "object" }, "ref": { "type": "string" }, "repoURL": { "type": "string" }, "tagPrefix": { "type": "string" }, "targetRevision": { "type": "string" } }, "required": ["repoURL"], "type": "object" }, "sourceHydrator": { "properties": { "drySource": { "properties": { "directory": { "properties": { "exclude": { "type": "string" }, "include": { "type": "string" }, "jsonnet": { "properties": { "extVars": { "items": { "properties": { "code": { "type": "boolean" }, "name": { "type": "string" }, "value": { "type": "string" } }, "required": ["name", "value"], "type": "object" }, "type": "array" }, "libs": { "items": { "type": "string" }, "type": "array" }, "tlas": { "items": { "properties": { "code": { "type": "boolean" }, "name": { "type": "string" }, "value": { "type": "string" } }, "required": ["name", "value"], "type": "object" }, "type": "array" } }, "type": "object" }, "recurse": { "type": "boolean" } }, "type": "object" }, "helm": { "properties": { "apiVersions": { "items": { "type": "string" }, "type": "array" }, "fileParameters": { "items": { "properties": { "name": { "type": "string" }, "path": { "type": "string" } }, "type": "object" }, "type": "array" }, "ignoreMissingValueFiles": { "type": "boolean" }, "kubeVersion": { "type": "string" }, "namespace": { "type": "string" }, "parameters": { "items": { "properties": { "forceString": { "type": "boolean" }, "name": { "type": "string" }, "value": { "type": "string" } }, "type": "object" }, "type": "array" }, "passCredentials": { "type": "boolean" }, "releaseName": { "type": "string" }, "skipCrds": { "type": "boolean" }, "skipSchemaValidation": { "type": "boolean" }, "skipTests": { "type": "boolean" }, "valueFiles": { "items": { "type": "string" }, "type": "array" }, "values": { "type": "string" }, "valuesObject": { "type": "object", "x-kubernetes-preserve-unknown-fields": true }, "version": { "type": "string" } }, "type": "object" }, "kustomize": { "properties": { "apiVersions": { "items": { "type": "string" }, "type": "array" }, "commonAnnotations": { "additionalProperties": { "type": "string" }, "type": "object" }, "commonAnnotationsEnvsubst": { "type": "boolean" }, "commonLabels": { "additionalProperties": { "type": "string" }, "type": "object" }, "components": { "items": { "type": "string" }, "type": "array" }, "forceCommonAnnotations": { "type": "boolean" }, "forceCommonLabels": { "type": "boolean" }, "ignoreMissingComponents": { "type": "boolean" }, "images": { "items": { "type": "string" }, "type": "array" }, "kubeVersion": { "type": "string" }, "labelIncludeTemplates": { "type": "boolean" }, "labelWithoutSelector": { "type": "boolean" }, "namePrefix": { "type": "string" }, "nameSuffix": { "type": "string" }, "namespace": { "type": "string" }, "patches": { "items": { "properties": { "options": { "additionalProperties": { "type": "boolean" }, "type": "object" }, "patch": { "type": "string" }, "path": { "type": "string" }, "target": { "properties": { "annotationSelector": { "type": "string" }, "group": { "type": "string" }, "kind": { "type": "string" }, "labelSelector": { "type": "string" }, "name": { "type": "string" }, "namespace": { "type": "string" }, "version": { "type": "string" } }, "type": "object" } }, "type": "object" }, "type": "array" }, "replicas": { "items": { "properties": { "count": { "anyOf": [{ "type": "integer" }, { "type": "string" }], "x-kubernetes-int-or-string": true }, "name": { "type": "string" } }, "required": ["count", "name"], "type": "object" }, "type": "array" }, "version": { "type": "string" } }, "type": "object" }, "path": { "type": "string" }, "plugin": { "properties": { "env": { "items": { "properties": { "name": { "type": "string" }, "value": { "type": "string" } }, "required": ["name", "value"], "type": "object" }, "type": "array" }, "name": { "type": "string" }, "parameters": { "items": { "properties": { "array": { "items": { "type": "string" }, "type": "array" }, "map": { "additionalProperties": { "type": "string" }, "type": "object" }, "name": { "type": "string" }, "string": { "type": "string" } }, "type": "object" }, "type": "array" } }, "type": "object" }, "repoURL": { "type": "string" }, "targetRevision": { "type": "string" } }, "required": ["path", "repoURL", "targetRevision"], "type": "object" }, "hydrateTo": { "properties": { "targetBranch": { "type": "string" } }, "required": ["targetBranch"], "type": "object" }, "syncSource": { "properties": { "path": { "minLength": 1, "pattern": "^.{2,}|[^./]$", "type": "string" }, "repoURL": { "type": "string" }, "targetBranch": { "type": "string" } }, "required": ["path", "targetBranch"], "type": "object" } }, "required": ["drySource", "syncSource"], "type": "object" }, "sources": { "items": { "properties": { "chart": { "type": "string" }, "directory": { "properties": { "exclude": { "type": "string" }, "include": { "type": "string" }, "jsonnet": { "properties": { "extVars": { "items": { "properties": { "code": { "type": "boolean" }, "name": { "type": "string" }, "value": { "type": "string" } }, "required": ["name", "value"], "type": "object" }, "type": "array" }, "libs": { "items": { "type": "string" }, "type": "array" }, "tlas": { "items": { "properties": { "code": { "type": "boolean" }, "name": { "type": "string" }, "value": { "type": "string" } }, "required": ["name", "value"], "type": "object" }, "type": "array" } }, "type": "object" }, "recurse": { "type": "boolean" } }, "type": "object" }, "helm": { "properties": { "apiVersions": { "items": { "type": "string" }, "type": "array" }, "fileParameters": { "items": { "properties": { "name": { "type": "string" }, "path": { "type": "string" } }, "type": "object" }, "type": "array" }, "ignoreMissingValueFiles": { "type": "boolean" }, "kubeVersion": { "type": "string" }, "namespace": { "type": "string" }, "parameters": { "items": { "properties": { "forceString": { "type": "boolean" }, "name": { "type": "string" }, "value": { "type": "string" } }, "type": "object" }, "type": "array" }, "passCredentials": { "type": "boolean" }, "releaseName": { "type": "string" }, "skipCrds": { "type": "boolean" }, "skipSchemaValidation": { "type": "boolean" }, "skipTests": { "type": "boolean" }, "valueFiles": { "items": { "type": "string" }, "type": "array" }, "values": { "type": "string" }, "valuesObject": { "type": "object", "x-kubernetes-preserve-unknown-fields": true }, "version": { "type": "string" } }, "type": "object" }, "kustomize": { "properties": { "apiVersions": { "items": { "type": "string" }, "type": "array" }, "commonAnnotations": { "additionalProperties": { "type": "string" }, "type": "object" }, "commonAnnotationsEnvsubst": { "type": "boolean" }, "commonLabels": { "additionalProperties": { "type": "string" }, "type": "object" }, "components": { "items": { "type": "string" }, "type": "array" }, "forceCommonAnnotations": { "type": "boolean" }, "forceCommonLabels": { "type": "boolean" }, "ignoreMissingComponents": { "type": "boolean" }, "images": { "items": { "type": "string" }, "type": "array" }, "kubeVersion": { "type": "string" }, "labelIncludeTemplates": { "type": "boolean" }, "labelWithoutSelector": { "type": "boolean" }, "namePrefix": { "type": "string" }, "nameSuffix": { "type": "string" }, "namespace": { "type": "string" }, "patches": { "items": { "properties": { "options": { "additionalProperties": { "type": "boolean" }, "type": "object" }, "patch": { "type": "string" }, "path": { "type": "string" }, "target": { "properties": { "annotationSelector": { "type": "string" }, "group": { "type": "string" }, "kind": { "type": "string" }, "labelSelector": { "type": "string" }, "name": { "type": "string" }, "namespace": { "type": "string" }, "version": { "type": "string" } }, "type": "object" } }, "type": "object" }, "type": "array" }, "replicas": { "items": { "properties": { "count": { "anyOf": [{ "type": "integer" }, { "type": "string" }], "x-kubernetes-int-or-string": true }, "name": { "type": "string" } }, "required": ["count", "name"], "type": "object" }, "type": "array" }, "version": { "type": "string" } }, "type": "object" }, "name": { "type": "string" }, "path": { "type": "string" }, "plugin": { "properties": { "env": { "items": { "properties": { "name": { "type": "string" }, "value": { "type": "string" } }, "required": ["name", "value"], "type": "object" }, "type": "array" }, "name": { "type": "string" }, "parameters": { "items": { "properties": { "array": { "items": { "type": "string" }, "type": "array" }, "map": { "additionalProperties": { "type": "string" }, "type": "object" }, "name": { "type": "string" }, "string": { "type": "string" } }, "type": "object" }, "type": "array" } }, "type": "object" }, "ref": { "type": "string" }, "repoURL": { "type": "string" }, "tagPrefix": { "type": "string" }, "targetRevision": { "type": "string" } }, "required": ["repoURL"], "type": "object" }, "type": "array" }, "syncPolicy": { "properties": { "automated": { "properties": { "allowEmpty": { "type": "boolean" }, "enabled": { "type": "boolean" }, "prune": { "type": "boolean" }, "selfHeal": { "type": "boolean" } }, "type": "object" }, "managedNamespaceMetadata": { "properties": { "annotations": { "additionalProperties": { "type": "string" }, "type": "object" }, "labels": { "additionalProperties": { "type": "string" }, "type": "object" } }, "type": "object" }, "retry": { "properties": { "backoff": { "properties": { "duration": { "type": "string" }, "factor": { "format": "int64", "type": "integer" }, "maxDuration": { "type": "string" } }, "type": "object" }, "limit": { "format": "int64", "type": "integer" }, "refresh": { "type": "boolean" } }, "type": "object" }, "syncOptions": { "items": { "type": "string" }, "type": "array" } }, "type": "object" } }, "required": ["destination", "project"], "type": "object" } }, "required": ["metadata", "spec"], "type": "object" };
const func2 = (ucs2length/* default.default */.A["default"] ?? ucs2length/* default */.A);
const pattern0 = new RegExp("^.{2,}|[^./]$", "u");
function validate10(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) { let vErrors = null; let errors = 0; if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.metadata === undefined) {
        const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "metadata" }, message: "must have required property '" + "metadata" + "'" };
        if (vErrors === null) {
            vErrors = [err0];
        }
        else {
            vErrors.push(err0);
        }
        errors++;
    }
    if (data.spec === undefined) {
        const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "spec" }, message: "must have required property '" + "spec" + "'" };
        if (vErrors === null) {
            vErrors = [err1];
        }
        else {
            vErrors.push(err1);
        }
        errors++;
    }
    if (data.apiVersion !== undefined) {
        if (typeof data.apiVersion !== "string") {
            const err2 = { instancePath: instancePath + "/apiVersion", schemaPath: "#/properties/apiVersion/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
                vErrors = [err2];
            }
            else {
                vErrors.push(err2);
            }
            errors++;
        }
    }
    if (data.kind !== undefined) {
        if (typeof data.kind !== "string") {
            const err3 = { instancePath: instancePath + "/kind", schemaPath: "#/properties/kind/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
                vErrors = [err3];
            }
            else {
                vErrors.push(err3);
            }
            errors++;
        }
    }
    if (data.metadata !== undefined) {
        let data2 = data.metadata;
        if (!(data2 && typeof data2 == "object" && !Array.isArray(data2))) {
            const err4 = { instancePath: instancePath + "/metadata", schemaPath: "#/properties/metadata/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
                vErrors = [err4];
            }
            else {
                vErrors.push(err4);
            }
            errors++;
        }
    }
    if (data.spec !== undefined) {
        let data3 = data.spec;
        if (data3 && typeof data3 == "object" && !Array.isArray(data3)) {
            if (data3.destination === undefined) {
                const err5 = { instancePath: instancePath + "/spec", schemaPath: "#/properties/spec/required", keyword: "required", params: { missingProperty: "destination" }, message: "must have required property '" + "destination" + "'" };
                if (vErrors === null) {
                    vErrors = [err5];
                }
                else {
                    vErrors.push(err5);
                }
                errors++;
            }
            if (data3.project === undefined) {
                const err6 = { instancePath: instancePath + "/spec", schemaPath: "#/properties/spec/required", keyword: "required", params: { missingProperty: "project" }, message: "must have required property '" + "project" + "'" };
                if (vErrors === null) {
                    vErrors = [err6];
                }
                else {
                    vErrors.push(err6);
                }
                errors++;
            }
            if (data3.destination !== undefined) {
                let data4 = data3.destination;
                if (data4 && typeof data4 == "object" && !Array.isArray(data4)) {
                    if (data4.name !== undefined) {
                        if (typeof data4.name !== "string") {
                            const err7 = { instancePath: instancePath + "/spec/destination/name", schemaPath: "#/properties/spec/properties/destination/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                            if (vErrors === null) {
                                vErrors = [err7];
                            }
                            else {
                                vErrors.push(err7);
                            }
                            errors++;
                        }
                    }
                    if (data4.namespace !== undefined) {
                        if (typeof data4.namespace !== "string") {
                            const err8 = { instancePath: instancePath + "/spec/destination/namespace", schemaPath: "#/properties/spec/properties/destination/properties/namespace/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                            if (vErrors === null) {
                                vErrors = [err8];
                            }
                            else {
                                vErrors.push(err8);
                            }
                            errors++;
                        }
                    }
                    if (data4.server !== undefined) {
                        if (typeof data4.server !== "string") {
                            const err9 = { instancePath: instancePath + "/spec/destination/server", schemaPath: "#/properties/spec/properties/destination/properties/server/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                            if (vErrors === null) {
                                vErrors = [err9];
                            }
                            else {
                                vErrors.push(err9);
                            }
                            errors++;
                        }
                    }
                }
                else {
                    const err10 = { instancePath: instancePath + "/spec/destination", schemaPath: "#/properties/spec/properties/destination/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                    if (vErrors === null) {
                        vErrors = [err10];
                    }
                    else {
                        vErrors.push(err10);
                    }
                    errors++;
                }
            }
            if (data3.ignoreDifferences !== undefined) {
                let data8 = data3.ignoreDifferences;
                if (Array.isArray(data8)) {
                    const len0 = data8.length;
                    for (let i0 = 0; i0 < len0; i0++) {
                        let data9 = data8[i0];
                        if (data9 && typeof data9 == "object" && !Array.isArray(data9)) {
                            if (data9.kind === undefined) {
                                const err11 = { instancePath: instancePath + "/spec/ignoreDifferences/" + i0, schemaPath: "#/properties/spec/properties/ignoreDifferences/items/required", keyword: "required", params: { missingProperty: "kind" }, message: "must have required property '" + "kind" + "'" };
                                if (vErrors === null) {
                                    vErrors = [err11];
                                }
                                else {
                                    vErrors.push(err11);
                                }
                                errors++;
                            }
                            if (data9.group !== undefined) {
                                if (typeof data9.group !== "string") {
                                    const err12 = { instancePath: instancePath + "/spec/ignoreDifferences/" + i0 + "/group", schemaPath: "#/properties/spec/properties/ignoreDifferences/items/properties/group/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                    if (vErrors === null) {
                                        vErrors = [err12];
                                    }
                                    else {
                                        vErrors.push(err12);
                                    }
                                    errors++;
                                }
                            }
                            if (data9.jqPathExpressions !== undefined) {
                                let data11 = data9.jqPathExpressions;
                                if (Array.isArray(data11)) {
                                    const len1 = data11.length;
                                    for (let i1 = 0; i1 < len1; i1++) {
                                        if (typeof data11[i1] !== "string") {
                                            const err13 = { instancePath: instancePath + "/spec/ignoreDifferences/" + i0 + "/jqPathExpressions/" + i1, schemaPath: "#/properties/spec/properties/ignoreDifferences/items/properties/jqPathExpressions/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                            if (vErrors === null) {
                                                vErrors = [err13];
                                            }
                                            else {
                                                vErrors.push(err13);
                                            }
                                            errors++;
                                        }
                                    }
                                }
                                else {
                                    const err14 = { instancePath: instancePath + "/spec/ignoreDifferences/" + i0 + "/jqPathExpressions", schemaPath: "#/properties/spec/properties/ignoreDifferences/items/properties/jqPathExpressions/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                                    if (vErrors === null) {
                                        vErrors = [err14];
                                    }
                                    else {
                                        vErrors.push(err14);
                                    }
                                    errors++;
                                }
                            }
                            if (data9.jsonPointers !== undefined) {
                                let data13 = data9.jsonPointers;
                                if (Array.isArray(data13)) {
                                    const len2 = data13.length;
                                    for (let i2 = 0; i2 < len2; i2++) {
                                        if (typeof data13[i2] !== "string") {
                                            const err15 = { instancePath: instancePath + "/spec/ignoreDifferences/" + i0 + "/jsonPointers/" + i2, schemaPath: "#/properties/spec/properties/ignoreDifferences/items/properties/jsonPointers/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                            if (vErrors === null) {
                                                vErrors = [err15];
                                            }
                                            else {
                                                vErrors.push(err15);
                                            }
                                            errors++;
                                        }
                                    }
                                }
                                else {
                                    const err16 = { instancePath: instancePath + "/spec/ignoreDifferences/" + i0 + "/jsonPointers", schemaPath: "#/properties/spec/properties/ignoreDifferences/items/properties/jsonPointers/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                                    if (vErrors === null) {
                                        vErrors = [err16];
                                    }
                                    else {
                                        vErrors.push(err16);
                                    }
                                    errors++;
                                }
                            }
                            if (data9.kind !== undefined) {
                                if (typeof data9.kind !== "string") {
                                    const err17 = { instancePath: instancePath + "/spec/ignoreDifferences/" + i0 + "/kind", schemaPath: "#/properties/spec/properties/ignoreDifferences/items/properties/kind/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                    if (vErrors === null) {
                                        vErrors = [err17];
                                    }
                                    else {
                                        vErrors.push(err17);
                                    }
                                    errors++;
                                }
                            }
                            if (data9.managedFieldsManagers !== undefined) {
                                let data16 = data9.managedFieldsManagers;
                                if (Array.isArray(data16)) {
                                    const len3 = data16.length;
                                    for (let i3 = 0; i3 < len3; i3++) {
                                        if (typeof data16[i3] !== "string") {
                                            const err18 = { instancePath: instancePath + "/spec/ignoreDifferences/" + i0 + "/managedFieldsManagers/" + i3, schemaPath: "#/properties/spec/properties/ignoreDifferences/items/properties/managedFieldsManagers/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                            if (vErrors === null) {
                                                vErrors = [err18];
                                            }
                                            else {
                                                vErrors.push(err18);
                                            }
                                            errors++;
                                        }
                                    }
                                }
                                else {
                                    const err19 = { instancePath: instancePath + "/spec/ignoreDifferences/" + i0 + "/managedFieldsManagers", schemaPath: "#/properties/spec/properties/ignoreDifferences/items/properties/managedFieldsManagers/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                                    if (vErrors === null) {
                                        vErrors = [err19];
                                    }
                                    else {
                                        vErrors.push(err19);
                                    }
                                    errors++;
                                }
                            }
                            if (data9.name !== undefined) {
                                if (typeof data9.name !== "string") {
                                    const err20 = { instancePath: instancePath + "/spec/ignoreDifferences/" + i0 + "/name", schemaPath: "#/properties/spec/properties/ignoreDifferences/items/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                    if (vErrors === null) {
                                        vErrors = [err20];
                                    }
                                    else {
                                        vErrors.push(err20);
                                    }
                                    errors++;
                                }
                            }
                            if (data9.namespace !== undefined) {
                                if (typeof data9.namespace !== "string") {
                                    const err21 = { instancePath: instancePath + "/spec/ignoreDifferences/" + i0 + "/namespace", schemaPath: "#/properties/spec/properties/ignoreDifferences/items/properties/namespace/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                    if (vErrors === null) {
                                        vErrors = [err21];
                                    }
                                    else {
                                        vErrors.push(err21);
                                    }
                                    errors++;
                                }
                            }
                        }
                        else {
                            const err22 = { instancePath: instancePath + "/spec/ignoreDifferences/" + i0, schemaPath: "#/properties/spec/properties/ignoreDifferences/items/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                            if (vErrors === null) {
                                vErrors = [err22];
                            }
                            else {
                                vErrors.push(err22);
                            }
                            errors++;
                        }
                    }
                }
                else {
                    const err23 = { instancePath: instancePath + "/spec/ignoreDifferences", schemaPath: "#/properties/spec/properties/ignoreDifferences/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                    if (vErrors === null) {
                        vErrors = [err23];
                    }
                    else {
                        vErrors.push(err23);
                    }
                    errors++;
                }
            }
            if (data3.info !== undefined) {
                let data20 = data3.info;
                if (Array.isArray(data20)) {
                    const len4 = data20.length;
                    for (let i4 = 0; i4 < len4; i4++) {
                        let data21 = data20[i4];
                        if (data21 && typeof data21 == "object" && !Array.isArray(data21)) {
                            if (data21.name === undefined) {
                                const err24 = { instancePath: instancePath + "/spec/info/" + i4, schemaPath: "#/properties/spec/properties/info/items/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property '" + "name" + "'" };
                                if (vErrors === null) {
                                    vErrors = [err24];
                                }
                                else {
                                    vErrors.push(err24);
                                }
                                errors++;
                            }
                            if (data21.value === undefined) {
                                const err25 = { instancePath: instancePath + "/spec/info/" + i4, schemaPath: "#/properties/spec/properties/info/items/required", keyword: "required", params: { missingProperty: "value" }, message: "must have required property '" + "value" + "'" };
                                if (vErrors === null) {
                                    vErrors = [err25];
                                }
                                else {
                                    vErrors.push(err25);
                                }
                                errors++;
                            }
                            if (data21.name !== undefined) {
                                if (typeof data21.name !== "string") {
                                    const err26 = { instancePath: instancePath + "/spec/info/" + i4 + "/name", schemaPath: "#/properties/spec/properties/info/items/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                    if (vErrors === null) {
                                        vErrors = [err26];
                                    }
                                    else {
                                        vErrors.push(err26);
                                    }
                                    errors++;
                                }
                            }
                            if (data21.value !== undefined) {
                                if (typeof data21.value !== "string") {
                                    const err27 = { instancePath: instancePath + "/spec/info/" + i4 + "/value", schemaPath: "#/properties/spec/properties/info/items/properties/value/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                    if (vErrors === null) {
                                        vErrors = [err27];
                                    }
                                    else {
                                        vErrors.push(err27);
                                    }
                                    errors++;
                                }
                            }
                        }
                        else {
                            const err28 = { instancePath: instancePath + "/spec/info/" + i4, schemaPath: "#/properties/spec/properties/info/items/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                            if (vErrors === null) {
                                vErrors = [err28];
                            }
                            else {
                                vErrors.push(err28);
                            }
                            errors++;
                        }
                    }
                }
                else {
                    const err29 = { instancePath: instancePath + "/spec/info", schemaPath: "#/properties/spec/properties/info/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                    if (vErrors === null) {
                        vErrors = [err29];
                    }
                    else {
                        vErrors.push(err29);
                    }
                    errors++;
                }
            }
            if (data3.project !== undefined) {
                if (typeof data3.project !== "string") {
                    const err30 = { instancePath: instancePath + "/spec/project", schemaPath: "#/properties/spec/properties/project/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                        vErrors = [err30];
                    }
                    else {
                        vErrors.push(err30);
                    }
                    errors++;
                }
            }
            if (data3.revisionHistoryLimit !== undefined) {
                let data25 = data3.revisionHistoryLimit;
                if (!((typeof data25 == "number") && (!(data25 % 1) && !isNaN(data25)))) {
                    const err31 = { instancePath: instancePath + "/spec/revisionHistoryLimit", schemaPath: "#/properties/spec/properties/revisionHistoryLimit/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                    if (vErrors === null) {
                        vErrors = [err31];
                    }
                    else {
                        vErrors.push(err31);
                    }
                    errors++;
                }
            }
            if (data3.source !== undefined) {
                let data26 = data3.source;
                if (data26 && typeof data26 == "object" && !Array.isArray(data26)) {
                    if (data26.repoURL === undefined) {
                        const err32 = { instancePath: instancePath + "/spec/source", schemaPath: "#/properties/spec/properties/source/required", keyword: "required", params: { missingProperty: "repoURL" }, message: "must have required property '" + "repoURL" + "'" };
                        if (vErrors === null) {
                            vErrors = [err32];
                        }
                        else {
                            vErrors.push(err32);
                        }
                        errors++;
                    }
                    if (data26.chart !== undefined) {
                        if (typeof data26.chart !== "string") {
                            const err33 = { instancePath: instancePath + "/spec/source/chart", schemaPath: "#/properties/spec/properties/source/properties/chart/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                            if (vErrors === null) {
                                vErrors = [err33];
                            }
                            else {
                                vErrors.push(err33);
                            }
                            errors++;
                        }
                    }
                    if (data26.directory !== undefined) {
                        let data28 = data26.directory;
                        if (data28 && typeof data28 == "object" && !Array.isArray(data28)) {
                            if (data28.exclude !== undefined) {
                                if (typeof data28.exclude !== "string") {
                                    const err34 = { instancePath: instancePath + "/spec/source/directory/exclude", schemaPath: "#/properties/spec/properties/source/properties/directory/properties/exclude/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                    if (vErrors === null) {
                                        vErrors = [err34];
                                    }
                                    else {
                                        vErrors.push(err34);
                                    }
                                    errors++;
                                }
                            }
                            if (data28.include !== undefined) {
                                if (typeof data28.include !== "string") {
                                    const err35 = { instancePath: instancePath + "/spec/source/directory/include", schemaPath: "#/properties/spec/properties/source/properties/directory/properties/include/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                    if (vErrors === null) {
                                        vErrors = [err35];
                                    }
                                    else {
                                        vErrors.push(err35);
                                    }
                                    errors++;
                                }
                            }
                            if (data28.jsonnet !== undefined) {
                                let data31 = data28.jsonnet;
                                if (data31 && typeof data31 == "object" && !Array.isArray(data31)) {
                                    if (data31.extVars !== undefined) {
                                        let data32 = data31.extVars;
                                        if (Array.isArray(data32)) {
                                            const len5 = data32.length;
                                            for (let i5 = 0; i5 < len5; i5++) {
                                                let data33 = data32[i5];
                                                if (data33 && typeof data33 == "object" && !Array.isArray(data33)) {
                                                    if (data33.name === undefined) {
                                                        const err36 = { instancePath: instancePath + "/spec/source/directory/jsonnet/extVars/" + i5, schemaPath: "#/properties/spec/properties/source/properties/directory/properties/jsonnet/properties/extVars/items/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property '" + "name" + "'" };
                                                        if (vErrors === null) {
                                                            vErrors = [err36];
                                                        }
                                                        else {
                                                            vErrors.push(err36);
                                                        }
                                                        errors++;
                                                    }
                                                    if (data33.value === undefined) {
                                                        const err37 = { instancePath: instancePath + "/spec/source/directory/jsonnet/extVars/" + i5, schemaPath: "#/properties/spec/properties/source/properties/directory/properties/jsonnet/properties/extVars/items/required", keyword: "required", params: { missingProperty: "value" }, message: "must have required property '" + "value" + "'" };
                                                        if (vErrors === null) {
                                                            vErrors = [err37];
                                                        }
                                                        else {
                                                            vErrors.push(err37);
                                                        }
                                                        errors++;
                                                    }
                                                    if (data33.code !== undefined) {
                                                        if (typeof data33.code !== "boolean") {
                                                            const err38 = { instancePath: instancePath + "/spec/source/directory/jsonnet/extVars/" + i5 + "/code", schemaPath: "#/properties/spec/properties/source/properties/directory/properties/jsonnet/properties/extVars/items/properties/code/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
                                                            if (vErrors === null) {
                                                                vErrors = [err38];
                                                            }
                                                            else {
                                                                vErrors.push(err38);
                                                            }
                                                            errors++;
                                                        }
                                                    }
                                                    if (data33.name !== undefined) {
                                                        if (typeof data33.name !== "string") {
                                                            const err39 = { instancePath: instancePath + "/spec/source/directory/jsonnet/extVars/" + i5 + "/name", schemaPath: "#/properties/spec/properties/source/properties/directory/properties/jsonnet/properties/extVars/items/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                                            if (vErrors === null) {
                                                                vErrors = [err39];
                                                            }
                                                            else {
                                                                vErrors.push(err39);
                                                            }
                                                            errors++;
                                                        }
                                                    }
                                                    if (data33.value !== undefined) {
                                                        if (typeof data33.value !== "string") {
                                                            const err40 = { instancePath: instancePath + "/spec/source/directory/jsonnet/extVars/" + i5 + "/value", schemaPath: "#/properties/spec/properties/source/properties/directory/properties/jsonnet/properties/extVars/items/properties/value/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                                            if (vErrors === null) {
                                                                vErrors = [err40];
                                                            }
                                                            else {
                                                                vErrors.push(err40);
                                                            }
                                                            errors++;
                                                        }
                                                    }
                                                }
                                                else {
                                                    const err41 = { instancePath: instancePath + "/spec/source/directory/jsonnet/extVars/" + i5, schemaPath: "#/properties/spec/properties/source/properties/directory/properties/jsonnet/properties/extVars/items/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                                                    if (vErrors === null) {
                                                        vErrors = [err41];
                                                    }
                                                    else {
                                                        vErrors.push(err41);
                                                    }
                                                    errors++;
                                                }
                                            }
                                        }
                                        else {
                                            const err42 = { instancePath: instancePath + "/spec/source/directory/jsonnet/extVars", schemaPath: "#/properties/spec/properties/source/properties/directory/properties/jsonnet/properties/extVars/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                                            if (vErrors === null) {
                                                vErrors = [err42];
                                            }
                                            else {
                                                vErrors.push(err42);
                                            }
                                            errors++;
                                        }
                                    }
                                    if (data31.libs !== undefined) {
                                        let data37 = data31.libs;
                                        if (Array.isArray(data37)) {
                                            const len6 = data37.length;
                                            for (let i6 = 0; i6 < len6; i6++) {
                                                if (typeof data37[i6] !== "string") {
                                                    const err43 = { instancePath: instancePath + "/spec/source/directory/jsonnet/libs/" + i6, schemaPath: "#/properties/spec/properties/source/properties/directory/properties/jsonnet/properties/libs/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                                    if (vErrors === null) {
                                                        vErrors = [err43];
                                                    }
                                                    else {
                                                        vErrors.push(err43);
                                                    }
                                                    errors++;
                                                }
                                            }
                                        }
                                        else {
                                            const err44 = { instancePath: instancePath + "/spec/source/directory/jsonnet/libs", schemaPath: "#/properties/spec/properties/source/properties/directory/properties/jsonnet/properties/libs/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                                            if (vErrors === null) {
                                                vErrors = [err44];
                                            }
                                            else {
                                                vErrors.push(err44);
                                            }
                                            errors++;
                                        }
                                    }
                                    if (data31.tlas !== undefined) {
                                        let data39 = data31.tlas;
                                        if (Array.isArray(data39)) {
                                            const len7 = data39.length;
                                            for (let i7 = 0; i7 < len7; i7++) {
                                                let data40 = data39[i7];
                                                if (data40 && typeof data40 == "object" && !Array.isArray(data40)) {
                                                    if (data40.name === undefined) {
                                                        const err45 = { instancePath: instancePath + "/spec/source/directory/jsonnet/tlas/" + i7, schemaPath: "#/properties/spec/properties/source/properties/directory/properties/jsonnet/properties/tlas/items/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property '" + "name" + "'" };
                                                        if (vErrors === null) {
                                                            vErrors = [err45];
                                                        }
                                                        else {
                                                            vErrors.push(err45);
                                                        }
                                                        errors++;
                                                    }
                                                    if (data40.value === undefined) {
                                                        const err46 = { instancePath: instancePath + "/spec/source/directory/jsonnet/tlas/" + i7, schemaPath: "#/properties/spec/properties/source/properties/directory/properties/jsonnet/properties/tlas/items/required", keyword: "required", params: { missingProperty: "value" }, message: "must have required property '" + "value" + "'" };
                                                        if (vErrors === null) {
                                                            vErrors = [err46];
                                                        }
                                                        else {
                                                            vErrors.push(err46);
                                                        }
                                                        errors++;
                                                    }
                                                    if (data40.code !== undefined) {
                                                        if (typeof data40.code !== "boolean") {
                                                            const err47 = { instancePath: instancePath + "/spec/source/directory/jsonnet/tlas/" + i7 + "/code", schemaPath: "#/properties/spec/properties/source/properties/directory/properties/jsonnet/properties/tlas/items/properties/code/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
                                                            if (vErrors === null) {
                                                                vErrors = [err47];
                                                            }
                                                            else {
                                                                vErrors.push(err47);
                                                            }
                                                            errors++;
                                                        }
                                                    }
                                                    if (data40.name !== undefined) {
                                                        if (typeof data40.name !== "string") {
                                                            const err48 = { instancePath: instancePath + "/spec/source/directory/jsonnet/tlas/" + i7 + "/name", schemaPath: "#/properties/spec/properties/source/properties/directory/properties/jsonnet/properties/tlas/items/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                                            if (vErrors === null) {
                                                                vErrors = [err48];
                                                            }
                                                            else {
                                                                vErrors.push(err48);
                                                            }
                                                            errors++;
                                                        }
                                                    }
                                                    if (data40.value !== undefined) {
                                                        if (typeof data40.value !== "string") {
                                                            const err49 = { instancePath: instancePath + "/spec/source/directory/jsonnet/tlas/" + i7 + "/value", schemaPath: "#/properties/spec/properties/source/properties/directory/properties/jsonnet/properties/tlas/items/properties/value/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                                            if (vErrors === null) {
                                                                vErrors = [err49];
                                                            }
                                                            else {
                                                                vErrors.push(err49);
                                                            }
                                                            errors++;
                                                        }
                                                    }
                                                }
                                                else {
                                                    const err50 = { instancePath: instancePath + "/spec/source/directory/jsonnet/tlas/" + i7, schemaPath: "#/properties/spec/properties/source/properties/directory/properties/jsonnet/properties/tlas/items/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                                                    if (vErrors === null) {
                                                        vErrors = [err50];
                                                    }
                                                    else {
                                                        vErrors.push(err50);
                                                    }
                                                    errors++;
                                                }
                                            }
                                        }
                                        else {
                                            const err51 = { instancePath: instancePath + "/spec/source/directory/jsonnet/tlas", schemaPath: "#/properties/spec/properties/source/properties/directory/properties/jsonnet/properties/tlas/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                                            if (vErrors === null) {
                                                vErrors = [err51];
                                            }
                                            else {
                                                vErrors.push(err51);
                                            }
                                            errors++;
                                        }
                                    }
                                }
                                else {
                                    const err52 = { instancePath: instancePath + "/spec/source/directory/jsonnet", schemaPath: "#/properties/spec/properties/source/properties/directory/properties/jsonnet/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                                    if (vErrors === null) {
                                        vErrors = [err52];
                                    }
                                    else {
                                        vErrors.push(err52);
                                    }
                                    errors++;
                                }
                            }
                            if (data28.recurse !== undefined) {
                                if (typeof data28.recurse !== "boolean") {
                                    const err53 = { instancePath: instancePath + "/spec/source/directory/recurse", schemaPath: "#/properties/spec/properties/source/properties/directory/properties/recurse/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
                                    if (vErrors === null) {
                                        vErrors = [err53];
                                    }
                                    else {
                                        vErrors.push(err53);
                                    }
                                    errors++;
                                }
                            }
                        }
                        else {
                            const err54 = { instancePath: instancePath + "/spec/source/directory", schemaPath: "#/properties/spec/properties/source/properties/directory/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                            if (vErrors === null) {
                                vErrors = [err54];
                            }
                            else {
                                vErrors.push(err54);
                            }
                            errors++;
                        }
                    }
                    if (data26.helm !== undefined) {
                        let data45 = data26.helm;
                        if (data45 && typeof data45 == "object" && !Array.isArray(data45)) {
                            if (data45.apiVersions !== undefined) {
                                let data46 = data45.apiVersions;
                                if (Array.isArray(data46)) {
                                    const len8 = data46.length;
                                    for (let i8 = 0; i8 < len8; i8++) {
                                        if (typeof data46[i8] !== "string") {
                                            const err55 = { instancePath: instancePath + "/spec/source/helm/apiVersions/" + i8, schemaPath: "#/properties/spec/properties/source/properties/helm/properties/apiVersions/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                            if (vErrors === null) {
                                                vErrors = [err55];
                                            }
                                            else {
                                                vErrors.push(err55);
                                            }
                                            errors++;
                                        }
                                    }
                                }
                                else {
                                    const err56 = { instancePath: instancePath + "/spec/source/helm/apiVersions", schemaPath: "#/properties/spec/properties/source/properties/helm/properties/apiVersions/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                                    if (vErrors === null) {
                                        vErrors = [err56];
                                    }
                                    else {
                                        vErrors.push(err56);
                                    }
                                    errors++;
                                }
                            }
                            if (data45.fileParameters !== undefined) {
                                let data48 = data45.fileParameters;
                                if (Array.isArray(data48)) {
                                    const len9 = data48.length;
                                    for (let i9 = 0; i9 < len9; i9++) {
                                        let data49 = data48[i9];
                                        if (data49 && typeof data49 == "object" && !Array.isArray(data49)) {
                                            if (data49.name !== undefined) {
                                                if (typeof data49.name !== "string") {
                                                    const err57 = { instancePath: instancePath + "/spec/source/helm/fileParameters/" + i9 + "/name", schemaPath: "#/properties/spec/properties/source/properties/helm/properties/fileParameters/items/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                                    if (vErrors === null) {
                                                        vErrors = [err57];
                                                    }
                                                    else {
                                                        vErrors.push(err57);
                                                    }
                                                    errors++;
                                                }
                                            }
                                            if (data49.path !== undefined) {
                                                if (typeof data49.path !== "string") {
                                                    const err58 = { instancePath: instancePath + "/spec/source/helm/fileParameters/" + i9 + "/path", schemaPath: "#/properties/spec/properties/source/properties/helm/properties/fileParameters/items/properties/path/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                                    if (vErrors === null) {
                                                        vErrors = [err58];
                                                    }
                                                    else {
                                                        vErrors.push(err58);
                                                    }
                                                    errors++;
                                                }
                                            }
                                        }
                                        else {
                                            const err59 = { instancePath: instancePath + "/spec/source/helm/fileParameters/" + i9, schemaPath: "#/properties/spec/properties/source/properties/helm/properties/fileParameters/items/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                                            if (vErrors === null) {
                                                vErrors = [err59];
                                            }
                                            else {
                                                vErrors.push(err59);
                                            }
                                            errors++;
                                        }
                                    }
                                }
                                else {
                                    const err60 = { instancePath: instancePath + "/spec/source/helm/fileParameters", schemaPath: "#/properties/spec/properties/source/properties/helm/properties/fileParameters/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                                    if (vErrors === null) {
                                        vErrors = [err60];
                                    }
                                    else {
                                        vErrors.push(err60);
                                    }
                                    errors++;
                                }
                            }
                            if (data45.ignoreMissingValueFiles !== undefined) {
                                if (typeof data45.ignoreMissingValueFiles !== "boolean") {
                                    const err61 = { instancePath: instancePath + "/spec/source/helm/ignoreMissingValueFiles", schemaPath: "#/properties/spec/properties/source/properties/helm/properties/ignoreMissingValueFiles/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
                                    if (vErrors === null) {
                                        vErrors = [err61];
                                    }
                                    else {
                                        vErrors.push(err61);
                                    }
                                    errors++;
                                }
                            }
                            if (data45.kubeVersion !== undefined) {
                                if (typeof data45.kubeVersion !== "string") {
                                    const err62 = { instancePath: instancePath + "/spec/source/helm/kubeVersion", schemaPath: "#/properties/spec/properties/source/properties/helm/properties/kubeVersion/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                    if (vErrors === null) {
                                        vErrors = [err62];
                                    }
                                    else {
                                        vErrors.push(err62);
                                    }
                                    errors++;
                                }
                            }
                            if (data45.namespace !== undefined) {
                                if (typeof data45.namespace !== "string") {
                                    const err63 = { instancePath: instancePath + "/spec/source/helm/namespace", schemaPath: "#/properties/spec/properties/source/properties/helm/properties/namespace/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                    if (vErrors === null) {
                                        vErrors = [err63];
                                    }
                                    else {
                                        vErrors.push(err63);
                                    }
                                    errors++;
                                }
                            }
                            if (data45.parameters !== undefined) {
                                let data55 = data45.parameters;
                                if (Array.isArray(data55)) {
                                    const len10 = data55.length;
                                    for (let i10 = 0; i10 < len10; i10++) {
                                        let data56 = data55[i10];
                                        if (data56 && typeof data56 == "object" && !Array.isArray(data56)) {
                                            if (data56.forceString !== undefined) {
                                                if (typeof data56.forceString !== "boolean") {
                                                    const err64 = { instancePath: instancePath + "/spec/source/helm/parameters/" + i10 + "/forceString", schemaPath: "#/properties/spec/properties/source/properties/helm/properties/parameters/items/properties/forceString/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
                                                    if (vErrors === null) {
                                                        vErrors = [err64];
                                                    }
                                                    else {
                                                        vErrors.push(err64);
                                                    }
                                                    errors++;
                                                }
                                            }
                                            if (data56.name !== undefined) {
                                                if (typeof data56.name !== "string") {
                                                    const err65 = { instancePath: instancePath + "/spec/source/helm/parameters/" + i10 + "/name", schemaPath: "#/properties/spec/properties/source/properties/helm/properties/parameters/items/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                                    if (vErrors === null) {
                                                        vErrors = [err65];
                                                    }
                                                    else {
                                                        vErrors.push(err65);
                                                    }
                                                    errors++;
                                                }
                                            }
                                            if (data56.value !== undefined) {
                                                if (typeof data56.value !== "string") {
                                                    const err66 = { instancePath: instancePath + "/spec/source/helm/parameters/" + i10 + "/value", schemaPath: "#/properties/spec/properties/source/properties/helm/properties/parameters/items/properties/value/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                                    if (vErrors === null) {
                                                        vErrors = [err66];
                                                    }
                                                    else {
                                                        vErrors.push(err66);
                                                    }
                                                    errors++;
                                                }
                                            }
                                        }
                                        else {
                                            const err67 = { instancePath: instancePath + "/spec/source/helm/parameters/" + i10, schemaPath: "#/properties/spec/properties/source/properties/helm/properties/parameters/items/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                                            if (vErrors === null) {
                                                vErrors = [err67];
                                            }
                                            else {
                                                vErrors.push(err67);
                                            }
                                            errors++;
                                        }
                                    }
                                }
                                else {
                                    const err68 = { instancePath: instancePath + "/spec/source/helm/parameters", schemaPath: "#/properties/spec/properties/source/properties/helm/properties/parameters/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                                    if (vErrors === null) {
                                        vErrors = [err68];
                                    }
                                    else {
                                        vErrors.push(err68);
                                    }
                                    errors++;
                                }
                            }
                            if (data45.passCredentials !== undefined) {
                                if (typeof data45.passCredentials !== "boolean") {
                                    const err69 = { instancePath: instancePath + "/spec/source/helm/passCredentials", schemaPath: "#/properties/spec/properties/source/properties/helm/properties/passCredentials/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
                                    if (vErrors === null) {
                                        vErrors = [err69];
                                    }
                                    else {
                                        vErrors.push(err69);
                                    }
                                    errors++;
                                }
                            }
                            if (data45.releaseName !== undefined) {
                                if (typeof data45.releaseName !== "string") {
                                    const err70 = { instancePath: instancePath + "/spec/source/helm/releaseName", schemaPath: "#/properties/spec/properties/source/properties/helm/properties/releaseName/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                    if (vErrors === null) {
                                        vErrors = [err70];
                                    }
                                    else {
                                        vErrors.push(err70);
                                    }
                                    errors++;
                                }
                            }
                            if (data45.skipCrds !== undefined) {
                                if (typeof data45.skipCrds !== "boolean") {
                                    const err71 = { instancePath: instancePath + "/spec/source/helm/skipCrds", schemaPath: "#/properties/spec/properties/source/properties/helm/properties/skipCrds/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
                                    if (vErrors === null) {
                                        vErrors = [err71];
                                    }
                                    else {
                                        vErrors.push(err71);
                                    }
                                    errors++;
                                }
                            }
                            if (data45.skipSchemaValidation !== undefined) {
                                if (typeof data45.skipSchemaValidation !== "boolean") {
                                    const err72 = { instancePath: instancePath + "/spec/source/helm/skipSchemaValidation", schemaPath: "#/properties/spec/properties/source/properties/helm/properties/skipSchemaValidation/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
                                    if (vErrors === null) {
                                        vErrors = [err72];
                                    }
                                    else {
                                        vErrors.push(err72);
                                    }
                                    errors++;
                                }
                            }
                            if (data45.skipTests !== undefined) {
                                if (typeof data45.skipTests !== "boolean") {
                                    const err73 = { instancePath: instancePath + "/spec/source/helm/skipTests", schemaPath: "#/properties/spec/properties/source/properties/helm/properties/skipTests/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
                                    if (vErrors === null) {
                                        vErrors = [err73];
                                    }
                                    else {
                                        vErrors.push(err73);
                                    }
                                    errors++;
                                }
                            }
                            if (data45.valueFiles !== undefined) {
                                let data65 = data45.valueFiles;
                                if (Array.isArray(data65)) {
                                    const len11 = data65.length;
                                    for (let i11 = 0; i11 < len11; i11++) {
                                        if (typeof data65[i11] !== "string") {
                                            const err74 = { instancePath: instancePath + "/spec/source/helm/valueFiles/" + i11, schemaPath: "#/properties/spec/properties/source/properties/helm/properties/valueFiles/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                            if (vErrors === null) {
                                                vErrors = [err74];
                                            }
                                            else {
                                                vErrors.push(err74);
                                            }
                                            errors++;
                                        }
                                    }
                                }
                                else {
                                    const err75 = { instancePath: instancePath + "/spec/source/helm/valueFiles", schemaPath: "#/properties/spec/properties/source/properties/helm/properties/valueFiles/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                                    if (vErrors === null) {
                                        vErrors = [err75];
                                    }
                                    else {
                                        vErrors.push(err75);
                                    }
                                    errors++;
                                }
                            }
                            if (data45.values !== undefined) {
                                if (typeof data45.values !== "string") {
                                    const err76 = { instancePath: instancePath + "/spec/source/helm/values", schemaPath: "#/properties/spec/properties/source/properties/helm/properties/values/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                    if (vErrors === null) {
                                        vErrors = [err76];
                                    }
                                    else {
                                        vErrors.push(err76);
                                    }
                                    errors++;
                                }
                            }
                            if (data45.valuesObject !== undefined) {
                                let data68 = data45.valuesObject;
                                if (!(data68 && typeof data68 == "object" && !Array.isArray(data68))) {
                                    const err77 = { instancePath: instancePath + "/spec/source/helm/valuesObject", schemaPath: "#/properties/spec/properties/source/properties/helm/properties/valuesObject/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                                    if (vErrors === null) {
                                        vErrors = [err77];
                                    }
                                    else {
                                        vErrors.push(err77);
                                    }
                                    errors++;
                                }
                            }
                            if (data45.version !== undefined) {
                                if (typeof data45.version !== "string") {
                                    const err78 = { instancePath: instancePath + "/spec/source/helm/version", schemaPath: "#/properties/spec/properties/source/properties/helm/properties/version/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                    if (vErrors === null) {
                                        vErrors = [err78];
                                    }
                                    else {
                                        vErrors.push(err78);
                                    }
                                    errors++;
                                }
                            }
                        }
                        else {
                            const err79 = { instancePath: instancePath + "/spec/source/helm", schemaPath: "#/properties/spec/properties/source/properties/helm/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                            if (vErrors === null) {
                                vErrors = [err79];
                            }
                            else {
                                vErrors.push(err79);
                            }
                            errors++;
                        }
                    }
                    if (data26.kustomize !== undefined) {
                        let data70 = data26.kustomize;
                        if (data70 && typeof data70 == "object" && !Array.isArray(data70)) {
                            if (data70.apiVersions !== undefined) {
                                let data71 = data70.apiVersions;
                                if (Array.isArray(data71)) {
                                    const len12 = data71.length;
                                    for (let i12 = 0; i12 < len12; i12++) {
                                        if (typeof data71[i12] !== "string") {
                                            const err80 = { instancePath: instancePath + "/spec/source/kustomize/apiVersions/" + i12, schemaPath: "#/properties/spec/properties/source/properties/kustomize/properties/apiVersions/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                            if (vErrors === null) {
                                                vErrors = [err80];
                                            }
                                            else {
                                                vErrors.push(err80);
                                            }
                                            errors++;
                                        }
                                    }
                                }
                                else {
                                    const err81 = { instancePath: instancePath + "/spec/source/kustomize/apiVersions", schemaPath: "#/properties/spec/properties/source/properties/kustomize/properties/apiVersions/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                                    if (vErrors === null) {
                                        vErrors = [err81];
                                    }
                                    else {
                                        vErrors.push(err81);
                                    }
                                    errors++;
                                }
                            }
                            if (data70.commonAnnotations !== undefined) {
                                let data73 = data70.commonAnnotations;
                                if (data73 && typeof data73 == "object" && !Array.isArray(data73)) {
                                    for (const key0 in data73) {
                                        if (typeof data73[key0] !== "string") {
                                            const err82 = { instancePath: instancePath + "/spec/source/kustomize/commonAnnotations/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/spec/properties/source/properties/kustomize/properties/commonAnnotations/additionalProperties/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                            if (vErrors === null) {
                                                vErrors = [err82];
                                            }
                                            else {
                                                vErrors.push(err82);
                                            }
                                            errors++;
                                        }
                                    }
                                }
                                else {
                                    const err83 = { instancePath: instancePath + "/spec/source/kustomize/commonAnnotations", schemaPath: "#/properties/spec/properties/source/properties/kustomize/properties/commonAnnotations/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                                    if (vErrors === null) {
                                        vErrors = [err83];
                                    }
                                    else {
                                        vErrors.push(err83);
                                    }
                                    errors++;
                                }
                            }
                            if (data70.commonAnnotationsEnvsubst !== undefined) {
                                if (typeof data70.commonAnnotationsEnvsubst !== "boolean") {
                                    const err84 = { instancePath: instancePath + "/spec/source/kustomize/commonAnnotationsEnvsubst", schemaPath: "#/properties/spec/properties/source/properties/kustomize/properties/commonAnnotationsEnvsubst/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
                                    if (vErrors === null) {
                                        vErrors = [err84];
                                    }
                                    else {
                                        vErrors.push(err84);
                                    }
                                    errors++;
                                }
                            }
                            if (data70.commonLabels !== undefined) {
                                let data76 = data70.commonLabels;
                                if (data76 && typeof data76 == "object" && !Array.isArray(data76)) {
                                    for (const key1 in data76) {
                                        if (typeof data76[key1] !== "string") {
                                            const err85 = { instancePath: instancePath + "/spec/source/kustomize/commonLabels/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/spec/properties/source/properties/kustomize/properties/commonLabels/additionalProperties/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                            if (vErrors === null) {
                                                vErrors = [err85];
                                            }
                                            else {
                                                vErrors.push(err85);
                                            }
                                            errors++;
                                        }
                                    }
                                }
                                else {
                                    const err86 = { instancePath: instancePath + "/spec/source/kustomize/commonLabels", schemaPath: "#/properties/spec/properties/source/properties/kustomize/properties/commonLabels/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                                    if (vErrors === null) {
                                        vErrors = [err86];
                                    }
                                    else {
                                        vErrors.push(err86);
                                    }
                                    errors++;
                                }
                            }
                            if (data70.components !== undefined) {
                                let data78 = data70.components;
                                if (Array.isArray(data78)) {
                                    const len13 = data78.length;
                                    for (let i13 = 0; i13 < len13; i13++) {
                                        if (typeof data78[i13] !== "string") {
                                            const err87 = { instancePath: instancePath + "/spec/source/kustomize/components/" + i13, schemaPath: "#/properties/spec/properties/source/properties/kustomize/properties/components/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                            if (vErrors === null) {
                                                vErrors = [err87];
                                            }
                                            else {
                                                vErrors.push(err87);
                                            }
                                            errors++;
                                        }
                                    }
                                }
                                else {
                                    const err88 = { instancePath: instancePath + "/spec/source/kustomize/components", schemaPath: "#/properties/spec/properties/source/properties/kustomize/properties/components/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                                    if (vErrors === null) {
                                        vErrors = [err88];
                                    }
                                    else {
                                        vErrors.push(err88);
                                    }
                                    errors++;
                                }
                            }
                            if (data70.forceCommonAnnotations !== undefined) {
                                if (typeof data70.forceCommonAnnotations !== "boolean") {
                                    const err89 = { instancePath: instancePath + "/spec/source/kustomize/forceCommonAnnotations", schemaPath: "#/properties/spec/properties/source/properties/kustomize/properties/forceCommonAnnotations/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
                                    if (vErrors === null) {
                                        vErrors = [err89];
                                    }
                                    else {
                                        vErrors.push(err89);
                                    }
                                    errors++;
                                }
                            }
                            if (data70.forceCommonLabels !== undefined) {
                                if (typeof data70.forceCommonLabels !== "boolean") {
                                    const err90 = { instancePath: instancePath + "/spec/source/kustomize/forceCommonLabels", schemaPath: "#/properties/spec/properties/source/properties/kustomize/properties/forceCommonLabels/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
                                    if (vErrors === null) {
                                        vErrors = [err90];
                                    }
                                    else {
                                        vErrors.push(err90);
                                    }
                                    errors++;
                                }
                            }
                            if (data70.ignoreMissingComponents !== undefined) {
                                if (typeof data70.ignoreMissingComponents !== "boolean") {
                                    const err91 = { instancePath: instancePath + "/spec/source/kustomize/ignoreMissingComponents", schemaPath: "#/properties/spec/properties/source/properties/kustomize/properties/ignoreMissingComponents/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
                                    if (vErrors === null) {
                                        vErrors = [err91];
                                    }
                                    else {
                                        vErrors.push(err91);
                                    }
                                    errors++;
                                }
                            }
                            if (data70.images !== undefined) {
                                let data83 = data70.images;
                                if (Array.isArray(data83)) {
                                    const len14 = data83.length;
                                    for (let i14 = 0; i14 < len14; i14++) {
                                        if (typeof data83[i14] !== "string") {
                                            const err92 = { instancePath: instancePath + "/spec/source/kustomize/images/" + i14, schemaPath: "#/properties/spec/properties/source/properties/kustomize/properties/images/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                            if (vErrors === null) {
                                                vErrors = [err92];
                                            }
                                            else {
                                                vErrors.push(err92);
                                            }
                                            errors++;
                                        }
                                    }
                                }
                                else {
                                    const err93 = { instancePath: instancePath + "/spec/source/kustomize/images", schemaPath: "#/properties/spec/properties/source/properties/kustomize/properties/images/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                                    if (vErrors === null) {
                                        vErrors = [err93];
                                    }
                                    else {
                                        vErrors.push(err93);
                                    }
                                    errors++;
                                }
                            }
                            if (data70.kubeVersion !== undefined) {
                                if (typeof data70.kubeVersion !== "string") {
                                    const err94 = { instancePath: instancePath + "/spec/source/kustomize/kubeVersion", schemaPath: "#/properties/spec/properties/source/properties/kustomize/properties/kubeVersion/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                    if (vErrors === null) {
                                        vErrors = [err94];
                                    }
                                    else {
                                        vErrors.push(err94);
                                    }
                                    errors++;
                                }
                            }
                            if (data70.labelIncludeTemplates !== undefined) {
                                if (typeof data70.labelIncludeTemplates !== "boolean") {
                                    const err95 = { instancePath: instancePath + "/spec/source/kustomize/labelIncludeTemplates", schemaPath: "#/properties/spec/properties/source/properties/kustomize/properties/labelIncludeTemplates/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
                                    if (vErrors === null) {
                                        vErrors = [err95];
                                    }
                                    else {
                                        vErrors.push(err95);
                                    }
                                    errors++;
                                }
                            }
                            if (data70.labelWithoutSelector !== undefined) {
                                if (typeof data70.labelWithoutSelector !== "boolean") {
                                    const err96 = { instancePath: instancePath + "/spec/source/kustomize/labelWithoutSelector", schemaPath: "#/properties/spec/properties/source/properties/kustomize/properties/labelWithoutSelector/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
                                    if (vErrors === null) {
                                        vErrors = [err96];
                                    }
                                    else {
                                        vErrors.push(err96);
                                    }
                                    errors++;
                                }
                            }
                            if (data70.namePrefix !== undefined) {
                                if (typeof data70.namePrefix !== "string") {
                                    const err97 = { instancePath: instancePath + "/spec/source/kustomize/namePrefix", schemaPath: "#/properties/spec/properties/source/properties/kustomize/properties/namePrefix/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                    if (vErrors === null) {
                                        vErrors = [err97];
                                    }
                                    else {
                                        vErrors.push(err97);
                                    }
                                    errors++;
                                }
                            }
                            if (data70.nameSuffix !== undefined) {
                                if (typeof data70.nameSuffix !== "string") {
                                    const err98 = { instancePath: instancePath + "/spec/source/kustomize/nameSuffix", schemaPath: "#/properties/spec/properties/source/properties/kustomize/properties/nameSuffix/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                    if (vErrors === null) {
                                        vErrors = [err98];
                                    }
                                    else {
                                        vErrors.push(err98);
                                    }
                                    errors++;
                                }
                            }
                            if (data70.namespace !== undefined) {
                                if (typeof data70.namespace !== "string") {
                                    const err99 = { instancePath: instancePath + "/spec/source/kustomize/namespace", schemaPath: "#/properties/spec/properties/source/properties/kustomize/properties/namespace/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                    if (vErrors === null) {
                                        vErrors = [err99];
                                    }
                                    else {
                                        vErrors.push(err99);
                                    }
                                    errors++;
                                }
                            }
                            if (data70.patches !== undefined) {
                                let data91 = data70.patches;
                                if (Array.isArray(data91)) {
                                    const len15 = data91.length;
                                    for (let i15 = 0; i15 < len15; i15++) {
                                        let data92 = data91[i15];
                                        if (data92 && typeof data92 == "object" && !Array.isArray(data92)) {
                                            if (data92.options !== undefined) {
                                                let data93 = data92.options;
                                                if (data93 && typeof data93 == "object" && !Array.isArray(data93)) {
                                                    for (const key2 in data93) {
                                                        if (typeof data93[key2] !== "boolean") {
                                                            const err100 = { instancePath: instancePath + "/spec/source/kustomize/patches/" + i15 + "/options/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/spec/properties/source/properties/kustomize/properties/patches/items/properties/options/additionalProperties/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
                                                            if (vErrors === null) {
                                                                vErrors = [err100];
                                                            }
                                                            else {
                                                                vErrors.push(err100);
                                                            }
                                                            errors++;
                                                        }
                                                    }
                                                }
                                                else {
                                                    const err101 = { instancePath: instancePath + "/spec/source/kustomize/patches/" + i15 + "/options", schemaPath: "#/properties/spec/properties/source/properties/kustomize/properties/patches/items/properties/options/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                                                    if (vErrors === null) {
                                                        vErrors = [err101];
                                                    }
                                                    else {
                                                        vErrors.push(err101);
                                                    }
                                                    errors++;
                                                }
                                            }
                                            if (data92.patch !== undefined) {
                                                if (typeof data92.patch !== "string") {
                                                    const err102 = { instancePath: instancePath + "/spec/source/kustomize/patches/" + i15 + "/patch", schemaPath: "#/properties/spec/properties/source/properties/kustomize/properties/patches/items/properties/patch/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                                    if (vErrors === null) {
                                                        vErrors = [err102];
                                                    }
                                                    else {
                                                        vErrors.push(err102);
                                                    }
                                                    errors++;
                                                }
                                            }
                                            if (data92.path !== undefined) {
                                                if (typeof data92.path !== "string") {
                                                    const err103 = { instancePath: instancePath + "/spec/source/kustomize/patches/" + i15 + "/path", schemaPath: "#/properties/spec/properties/source/properties/kustomize/properties/patches/items/properties/path/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                                    if (vErrors === null) {
                                                        vErrors = [err103];
                                                    }
                                                    else {
                                                        vErrors.push(err103);
                                                    }
                                                    errors++;
                                                }
                                            }
                                            if (data92.target !== undefined) {
                                                let data97 = data92.target;
                                                if (data97 && typeof data97 == "object" && !Array.isArray(data97)) {
                                                    if (data97.annotationSelector !== undefined) {
                                                        if (typeof data97.annotationSelector !== "string") {
                                                            const err104 = { instancePath: instancePath + "/spec/source/kustomize/patches/" + i15 + "/target/annotationSelector", schemaPath: "#/properties/spec/properties/source/properties/kustomize/properties/patches/items/properties/target/properties/annotationSelector/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                                            if (vErrors === null) {
                                                                vErrors = [err104];
                                                            }
                                                            else {
                                                                vErrors.push(err104);
                                                            }
                                                            errors++;
                                                        }
                                                    }
                                                    if (data97.group !== undefined) {
                                                        if (typeof data97.group !== "string") {
                                                            const err105 = { instancePath: instancePath + "/spec/source/kustomize/patches/" + i15 + "/target/group", schemaPath: "#/properties/spec/properties/source/properties/kustomize/properties/patches/items/properties/target/properties/group/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                                            if (vErrors === null) {
                                                                vErrors = [err105];
                                                            }
                                                            else {
                                                                vErrors.push(err105);
                                                            }
                                                            errors++;
                                                        }
                                                    }
                                                    if (data97.kind !== undefined) {
                                                        if (typeof data97.kind !== "string") {
                                                            const err106 = { instancePath: instancePath + "/spec/source/kustomize/patches/" + i15 + "/target/kind", schemaPath: "#/properties/spec/properties/source/properties/kustomize/properties/patches/items/properties/target/properties/kind/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                                            if (vErrors === null) {
                                                                vErrors = [err106];
                                                            }
                                                            else {
                                                                vErrors.push(err106);
                                                            }
                                                            errors++;
                                                        }
                                                    }
                                                    if (data97.labelSelector !== undefined) {
                                                        if (typeof data97.labelSelector !== "string") {
                                                            const err107 = { instancePath: instancePath + "/spec/source/kustomize/patches/" + i15 + "/target/labelSelector", schemaPath: "#/properties/spec/properties/source/properties/kustomize/properties/patches/items/properties/target/properties/labelSelector/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                                            if (vErrors === null) {
                                                                vErrors = [err107];
                                                            }
                                                            else {
                                                                vErrors.push(err107);
                                                            }
                                                            errors++;
                                                        }
                                                    }
                                                    if (data97.name !== undefined) {
                                                        if (typeof data97.name !== "string") {
                                                            const err108 = { instancePath: instancePath + "/spec/source/kustomize/patches/" + i15 + "/target/name", schemaPath: "#/properties/spec/properties/source/properties/kustomize/properties/patches/items/properties/target/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                                            if (vErrors === null) {
                                                                vErrors = [err108];
                                                            }
                                                            else {
                                                                vErrors.push(err108);
                                                            }
                                                            errors++;
                                                        }
                                                    }
                                                    if (data97.namespace !== undefined) {
                                                        if (typeof data97.namespace !== "string") {
                                                            const err109 = { instancePath: instancePath + "/spec/source/kustomize/patches/" + i15 + "/target/namespace", schemaPath: "#/properties/spec/properties/source/properties/kustomize/properties/patches/items/properties/target/properties/namespace/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                                            if (vErrors === null) {
                                                                vErrors = [err109];
                                                            }
                                                            else {
                                                                vErrors.push(err109);
                                                            }
                                                            errors++;
                                                        }
                                                    }
                                                    if (data97.version !== undefined) {
                                                        if (typeof data97.version !== "string") {
                                                            const err110 = { instancePath: instancePath + "/spec/source/kustomize/patches/" + i15 + "/target/version", schemaPath: "#/properties/spec/properties/source/properties/kustomize/properties/patches/items/properties/target/properties/version/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                                            if (vErrors === null) {
                                                                vErrors = [err110];
                                                            }
                                                            else {
                                                                vErrors.push(err110);
                                                            }
                                                            errors++;
                                                        }
                                                    }
                                                }
                                                else {
                                                    const err111 = { instancePath: instancePath + "/spec/source/kustomize/patches/" + i15 + "/target", schemaPath: "#/properties/spec/properties/source/properties/kustomize/properties/patches/items/properties/target/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                                                    if (vErrors === null) {
                                                        vErrors = [err111];
                                                    }
                                                    else {
                                                        vErrors.push(err111);
                                                    }
                                                    errors++;
                                                }
                                            }
                                        }
                                        else {
                                            const err112 = { instancePath: instancePath + "/spec/source/kustomize/patches/" + i15, schemaPath: "#/properties/spec/properties/source/properties/kustomize/properties/patches/items/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                                            if (vErrors === null) {
                                                vErrors = [err112];
                                            }
                                            else {
                                                vErrors.push(err112);
                                            }
                                            errors++;
                                        }
                                    }
                                }
                                else {
                                    const err113 = { instancePath: instancePath + "/spec/source/kustomize/patches", schemaPath: "#/properties/spec/properties/source/properties/kustomize/properties/patches/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                                    if (vErrors === null) {
                                        vErrors = [err113];
                                    }
                                    else {
                                        vErrors.push(err113);
                                    }
                                    errors++;
                                }
                            }
                            if (data70.replicas !== undefined) {
                                let data105 = data70.replicas;
                                if (Array.isArray(data105)) {
                                    const len16 = data105.length;
                                    for (let i16 = 0; i16 < len16; i16++) {
                                        let data106 = data105[i16];
                                        if (data106 && typeof data106 == "object" && !Array.isArray(data106)) {
                                            if (data106.count === undefined) {
                                                const err114 = { instancePath: instancePath + "/spec/source/kustomize/replicas/" + i16, schemaPath: "#/properties/spec/properties/source/properties/kustomize/properties/replicas/items/required", keyword: "required", params: { missingProperty: "count" }, message: "must have required property '" + "count" + "'" };
                                                if (vErrors === null) {
                                                    vErrors = [err114];
                                                }
                                                else {
                                                    vErrors.push(err114);
                                                }
                                                errors++;
                                            }
                                            if (data106.name === undefined) {
                                                const err115 = { instancePath: instancePath + "/spec/source/kustomize/replicas/" + i16, schemaPath: "#/properties/spec/properties/source/properties/kustomize/properties/replicas/items/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property '" + "name" + "'" };
                                                if (vErrors === null) {
                                                    vErrors = [err115];
                                                }
                                                else {
                                                    vErrors.push(err115);
                                                }
                                                errors++;
                                            }
                                            if (data106.count !== undefined) {
                                                let data107 = data106.count;
                                                const _errs219 = errors;
                                                let valid54 = false;
                                                const _errs220 = errors;
                                                if (!((typeof data107 == "number") && (!(data107 % 1) && !isNaN(data107)))) {
                                                    const err116 = { instancePath: instancePath + "/spec/source/kustomize/replicas/" + i16 + "/count", schemaPath: "#/properties/spec/properties/source/properties/kustomize/properties/replicas/items/properties/count/anyOf/0/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                                                    if (vErrors === null) {
                                                        vErrors = [err116];
                                                    }
                                                    else {
                                                        vErrors.push(err116);
                                                    }
                                                    errors++;
                                                }
                                                var _valid0 = _errs220 === errors;
                                                valid54 = valid54 || _valid0;
                                                if (!valid54) {
                                                    const _errs222 = errors;
                                                    if (typeof data107 !== "string") {
                                                        const err117 = { instancePath: instancePath + "/spec/source/kustomize/replicas/" + i16 + "/count", schemaPath: "#/properties/spec/properties/source/properties/kustomize/properties/replicas/items/properties/count/anyOf/1/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                                        if (vErrors === null) {
                                                            vErrors = [err117];
                                                        }
                                                        else {
                                                            vErrors.push(err117);
                                                        }
                                                        errors++;
                                                    }
                                                    var _valid0 = _errs222 === errors;
                                                    valid54 = valid54 || _valid0;
                                                }
                                                if (!valid54) {
                                                    const err118 = { instancePath: instancePath + "/spec/source/kustomize/replicas/" + i16 + "/count", schemaPath: "#/properties/spec/properties/source/properties/kustomize/properties/replicas/items/properties/count/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf" };
                                                    if (vErrors === null) {
                                                        vErrors = [err118];
                                                    }
                                                    else {
                                                        vErrors.push(err118);
                                                    }
                                                    errors++;
                                                }
                                                else {
                                                    errors = _errs219;
                                                    if (vErrors !== null) {
                                                        if (_errs219) {
                                                            vErrors.length = _errs219;
                                                        }
                                                        else {
                                                            vErrors = null;
                                                        }
                                                    }
                                                }
                                            }
                                            if (data106.name !== undefined) {
                                                if (typeof data106.name !== "string") {
                                                    const err119 = { instancePath: instancePath + "/spec/source/kustomize/replicas/" + i16 + "/name", schemaPath: "#/properties/spec/properties/source/properties/kustomize/properties/replicas/items/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                                    if (vErrors === null) {
                                                        vErrors = [err119];
                                                    }
                                                    else {
                                                        vErrors.push(err119);
                                                    }
                                                    errors++;
                                                }
                                            }
                                        }
                                        else {
                                            const err120 = { instancePath: instancePath + "/spec/source/kustomize/replicas/" + i16, schemaPath: "#/properties/spec/properties/source/properties/kustomize/properties/replicas/items/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                                            if (vErrors === null) {
                                                vErrors = [err120];
                                            }
                                            else {
                                                vErrors.push(err120);
                                            }
                                            errors++;
                                        }
                                    }
                                }
                                else {
                                    const err121 = { instancePath: instancePath + "/spec/source/kustomize/replicas", schemaPath: "#/properties/spec/properties/source/properties/kustomize/properties/replicas/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                                    if (vErrors === null) {
                                        vErrors = [err121];
                                    }
                                    else {
                                        vErrors.push(err121);
                                    }
                                    errors++;
                                }
                            }
                            if (data70.version !== undefined) {
                                if (typeof data70.version !== "string") {
                                    const err122 = { instancePath: instancePath + "/spec/source/kustomize/version", schemaPath: "#/properties/spec/properties/source/properties/kustomize/properties/version/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                    if (vErrors === null) {
                                        vErrors = [err122];
                                    }
                                    else {
                                        vErrors.push(err122);
                                    }
                                    errors++;
                                }
                            }
                        }
                        else {
                            const err123 = { instancePath: instancePath + "/spec/source/kustomize", schemaPath: "#/properties/spec/properties/source/properties/kustomize/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                            if (vErrors === null) {
                                vErrors = [err123];
                            }
                            else {
                                vErrors.push(err123);
                            }
                            errors++;
                        }
                    }
                    if (data26.name !== undefined) {
                        if (typeof data26.name !== "string") {
                            const err124 = { instancePath: instancePath + "/spec/source/name", schemaPath: "#/properties/spec/properties/source/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                            if (vErrors === null) {
                                vErrors = [err124];
                            }
                            else {
                                vErrors.push(err124);
                            }
                            errors++;
                        }
                    }
                    if (data26.path !== undefined) {
                        if (typeof data26.path !== "string") {
                            const err125 = { instancePath: instancePath + "/spec/source/path", schemaPath: "#/properties/spec/properties/source/properties/path/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                            if (vErrors === null) {
                                vErrors = [err125];
                            }
                            else {
                                vErrors.push(err125);
                            }
                            errors++;
                        }
                    }
                    if (data26.plugin !== undefined) {
                        let data112 = data26.plugin;
                        if (data112 && typeof data112 == "object" && !Array.isArray(data112)) {
                            if (data112.env !== undefined) {
                                let data113 = data112.env;
                                if (Array.isArray(data113)) {
                                    const len17 = data113.length;
                                    for (let i17 = 0; i17 < len17; i17++) {
                                        let data114 = data113[i17];
                                        if (data114 && typeof data114 == "object" && !Array.isArray(data114)) {
                                            if (data114.name === undefined) {
                                                const err126 = { instancePath: instancePath + "/spec/source/plugin/env/" + i17, schemaPath: "#/properties/spec/properties/source/properties/plugin/properties/env/items/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property '" + "name" + "'" };
                                                if (vErrors === null) {
                                                    vErrors = [err126];
                                                }
                                                else {
                                                    vErrors.push(err126);
                                                }
                                                errors++;
                                            }
                                            if (data114.value === undefined) {
                                                const err127 = { instancePath: instancePath + "/spec/source/plugin/env/" + i17, schemaPath: "#/properties/spec/properties/source/properties/plugin/properties/env/items/required", keyword: "required", params: { missingProperty: "value" }, message: "must have required property '" + "value" + "'" };
                                                if (vErrors === null) {
                                                    vErrors = [err127];
                                                }
                                                else {
                                                    vErrors.push(err127);
                                                }
                                                errors++;
                                            }
                                            if (data114.name !== undefined) {
                                                if (typeof data114.name !== "string") {
                                                    const err128 = { instancePath: instancePath + "/spec/source/plugin/env/" + i17 + "/name", schemaPath: "#/properties/spec/properties/source/properties/plugin/properties/env/items/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                                    if (vErrors === null) {
                                                        vErrors = [err128];
                                                    }
                                                    else {
                                                        vErrors.push(err128);
                                                    }
                                                    errors++;
                                                }
                                            }
                                            if (data114.value !== undefined) {
                                                if (typeof data114.value !== "string") {
                                                    const err129 = { instancePath: instancePath + "/spec/source/plugin/env/" + i17 + "/value", schemaPath: "#/properties/spec/properties/source/properties/plugin/properties/env/items/properties/value/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                                    if (vErrors === null) {
                                                        vErrors = [err129];
                                                    }
                                                    else {
                                                        vErrors.push(err129);
                                                    }
                                                    errors++;
                                                }
                                            }
                                        }
                                        else {
                                            const err130 = { instancePath: instancePath + "/spec/source/plugin/env/" + i17, schemaPath: "#/properties/spec/properties/source/properties/plugin/properties/env/items/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                                            if (vErrors === null) {
                                                vErrors = [err130];
                                            }
                                            else {
                                                vErrors.push(err130);
                                            }
                                            errors++;
                                        }
                                    }
                                }
                                else {
                                    const err131 = { instancePath: instancePath + "/spec/source/plugin/env", schemaPath: "#/properties/spec/properties/source/properties/plugin/properties/env/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                                    if (vErrors === null) {
                                        vErrors = [err131];
                                    }
                                    else {
                                        vErrors.push(err131);
                                    }
                                    errors++;
                                }
                            }
                            if (data112.name !== undefined) {
                                if (typeof data112.name !== "string") {
                                    const err132 = { instancePath: instancePath + "/spec/source/plugin/name", schemaPath: "#/properties/spec/properties/source/properties/plugin/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                    if (vErrors === null) {
                                        vErrors = [err132];
                                    }
                                    else {
                                        vErrors.push(err132);
                                    }
                                    errors++;
                                }
                            }
                            if (data112.parameters !== undefined) {
                                let data118 = data112.parameters;
                                if (Array.isArray(data118)) {
                                    const len18 = data118.length;
                                    for (let i18 = 0; i18 < len18; i18++) {
                                        let data119 = data118[i18];
                                        if (data119 && typeof data119 == "object" && !Array.isArray(data119)) {
                                            if (data119.array !== undefined) {
                                                let data120 = data119.array;
                                                if (Array.isArray(data120)) {
                                                    const len19 = data120.length;
                                                    for (let i19 = 0; i19 < len19; i19++) {
                                                        if (typeof data120[i19] !== "string") {
                                                            const err133 = { instancePath: instancePath + "/spec/source/plugin/parameters/" + i18 + "/array/" + i19, schemaPath: "#/properties/spec/properties/source/properties/plugin/properties/parameters/items/properties/array/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                                            if (vErrors === null) {
                                                                vErrors = [err133];
                                                            }
                                                            else {
                                                                vErrors.push(err133);
                                                            }
                                                            errors++;
                                                        }
                                                    }
                                                }
                                                else {
                                                    const err134 = { instancePath: instancePath + "/spec/source/plugin/parameters/" + i18 + "/array", schemaPath: "#/properties/spec/properties/source/properties/plugin/properties/parameters/items/properties/array/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                                                    if (vErrors === null) {
                                                        vErrors = [err134];
                                                    }
                                                    else {
                                                        vErrors.push(err134);
                                                    }
                                                    errors++;
                                                }
                                            }
                                            if (data119.map !== undefined) {
                                                let data122 = data119.map;
                                                if (data122 && typeof data122 == "object" && !Array.isArray(data122)) {
                                                    for (const key3 in data122) {
                                                        if (typeof data122[key3] !== "string") {
                                                            const err135 = { instancePath: instancePath + "/spec/source/plugin/parameters/" + i18 + "/map/" + key3.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/spec/properties/source/properties/plugin/properties/parameters/items/properties/map/additionalProperties/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                                            if (vErrors === null) {
                                                                vErrors = [err135];
                                                            }
                                                            else {
                                                                vErrors.push(err135);
                                                            }
                                                            errors++;
                                                        }
                                                    }
                                                }
                                                else {
                                                    const err136 = { instancePath: instancePath + "/spec/source/plugin/parameters/" + i18 + "/map", schemaPath: "#/properties/spec/properties/source/properties/plugin/properties/parameters/items/properties/map/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                                                    if (vErrors === null) {
                                                        vErrors = [err136];
                                                    }
                                                    else {
                                                        vErrors.push(err136);
                                                    }
                                                    errors++;
                                                }
                                            }
                                            if (data119.name !== undefined) {
                                                if (typeof data119.name !== "string") {
                                                    const err137 = { instancePath: instancePath + "/spec/source/plugin/parameters/" + i18 + "/name", schemaPath: "#/properties/spec/properties/source/properties/plugin/properties/parameters/items/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                                    if (vErrors === null) {
                                                        vErrors = [err137];
                                                    }
                                                    else {
                                                        vErrors.push(err137);
                                                    }
                                                    errors++;
                                                }
                                            }
                                            if (data119.string !== undefined) {
                                                if (typeof data119.string !== "string") {
                                                    const err138 = { instancePath: instancePath + "/spec/source/plugin/parameters/" + i18 + "/string", schemaPath: "#/properties/spec/properties/source/properties/plugin/properties/parameters/items/properties/string/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                                    if (vErrors === null) {
                                                        vErrors = [err138];
                                                    }
                                                    else {
                                                        vErrors.push(err138);
                                                    }
                                                    errors++;
                                                }
                                            }
                                        }
                                        else {
                                            const err139 = { instancePath: instancePath + "/spec/source/plugin/parameters/" + i18, schemaPath: "#/properties/spec/properties/source/properties/plugin/properties/parameters/items/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                                            if (vErrors === null) {
                                                vErrors = [err139];
                                            }
                                            else {
                                                vErrors.push(err139);
                                            }
                                            errors++;
                                        }
                                    }
                                }
                                else {
                                    const err140 = { instancePath: instancePath + "/spec/source/plugin/parameters", schemaPath: "#/properties/spec/properties/source/properties/plugin/properties/parameters/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                                    if (vErrors === null) {
                                        vErrors = [err140];
                                    }
                                    else {
                                        vErrors.push(err140);
                                    }
                                    errors++;
                                }
                            }
                        }
                        else {
                            const err141 = { instancePath: instancePath + "/spec/source/plugin", schemaPath: "#/properties/spec/properties/source/properties/plugin/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                            if (vErrors === null) {
                                vErrors = [err141];
                            }
                            else {
                                vErrors.push(err141);
                            }
                            errors++;
                        }
                    }
                    if (data26.ref !== undefined) {
                        if (typeof data26.ref !== "string") {
                            const err142 = { instancePath: instancePath + "/spec/source/ref", schemaPath: "#/properties/spec/properties/source/properties/ref/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                            if (vErrors === null) {
                                vErrors = [err142];
                            }
                            else {
                                vErrors.push(err142);
                            }
                            errors++;
                        }
                    }
                    if (data26.repoURL !== undefined) {
                        if (typeof data26.repoURL !== "string") {
                            const err143 = { instancePath: instancePath + "/spec/source/repoURL", schemaPath: "#/properties/spec/properties/source/properties/repoURL/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                            if (vErrors === null) {
                                vErrors = [err143];
                            }
                            else {
                                vErrors.push(err143);
                            }
                            errors++;
                        }
                    }
                    if (data26.tagPrefix !== undefined) {
                        if (typeof data26.tagPrefix !== "string") {
                            const err144 = { instancePath: instancePath + "/spec/source/tagPrefix", schemaPath: "#/properties/spec/properties/source/properties/tagPrefix/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                            if (vErrors === null) {
                                vErrors = [err144];
                            }
                            else {
                                vErrors.push(err144);
                            }
                            errors++;
                        }
                    }
                    if (data26.targetRevision !== undefined) {
                        if (typeof data26.targetRevision !== "string") {
                            const err145 = { instancePath: instancePath + "/spec/source/targetRevision", schemaPath: "#/properties/spec/properties/source/properties/targetRevision/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                            if (vErrors === null) {
                                vErrors = [err145];
                            }
                            else {
                                vErrors.push(err145);
                            }
                            errors++;
                        }
                    }
                }
                else {
                    const err146 = { instancePath: instancePath + "/spec/source", schemaPath: "#/properties/spec/properties/source/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                    if (vErrors === null) {
                        vErrors = [err146];
                    }
                    else {
                        vErrors.push(err146);
                    }
                    errors++;
                }
            }
            if (data3.sourceHydrator !== undefined) {
                let data130 = data3.sourceHydrator;
                if (data130 && typeof data130 == "object" && !Array.isArray(data130)) {
                    if (data130.drySource === undefined) {
                        const err147 = { instancePath: instancePath + "/spec/sourceHydrator", schemaPath: "#/properties/spec/properties/sourceHydrator/required", keyword: "required", params: { missingProperty: "drySource" }, message: "must have required property '" + "drySource" + "'" };
                        if (vErrors === null) {
                            vErrors = [err147];
                        }
                        else {
                            vErrors.push(err147);
                        }
                        errors++;
                    }
                    if (data130.syncSource === undefined) {
                        const err148 = { instancePath: instancePath + "/spec/sourceHydrator", schemaPath: "#/properties/spec/properties/sourceHydrator/required", keyword: "required", params: { missingProperty: "syncSource" }, message: "must have required property '" + "syncSource" + "'" };
                        if (vErrors === null) {
                            vErrors = [err148];
                        }
                        else {
                            vErrors.push(err148);
                        }
                        errors++;
                    }
                    if (data130.drySource !== undefined) {
                        let data131 = data130.drySource;
                        if (data131 && typeof data131 == "object" && !Array.isArray(data131)) {
                            if (data131.path === undefined) {
                                const err149 = { instancePath: instancePath + "/spec/sourceHydrator/drySource", schemaPath: "#/properties/spec/properties/sourceHydrator/properties/drySource/required", keyword: "required", params: { missingProperty: "path" }, message: "must have required property '" + "path" + "'" };
                                if (vErrors === null) {
                                    vErrors = [err149];
                                }
                                else {
                                    vErrors.push(err149);
                                }
                                errors++;
                            }
                            if (data131.repoURL === undefined) {
                                const err150 = { instancePath: instancePath + "/spec/sourceHydrator/drySource", schemaPath: "#/properties/spec/properties/sourceHydrator/properties/drySource/required", keyword: "required", params: { missingProperty: "repoURL" }, message: "must have required property '" + "repoURL" + "'" };
                                if (vErrors === null) {
                                    vErrors = [err150];
                                }
                                else {
                                    vErrors.push(err150);
                                }
                                errors++;
                            }
                            if (data131.targetRevision === undefined) {
                                const err151 = { instancePath: instancePath + "/spec/sourceHydrator/drySource", schemaPath: "#/properties/spec/properties/sourceHydrator/properties/drySource/required", keyword: "required", params: { missingProperty: "targetRevision" }, message: "must have required property '" + "targetRevision" + "'" };
                                if (vErrors === null) {
                                    vErrors = [err151];
                                }
                                else {
                                    vErrors.push(err151);
                                }
                                errors++;
                            }
                            if (data131.directory !== undefined) {
                                let data132 = data131.directory;
                                if (data132 && typeof data132 == "object" && !Array.isArray(data132)) {
                                    if (data132.exclude !== undefined) {
                                        if (typeof data132.exclude !== "string") {
                                            const err152 = { instancePath: instancePath + "/spec/sourceHydrator/drySource/directory/exclude", schemaPath: "#/properties/spec/properties/sourceHydrator/properties/drySource/properties/directory/properties/exclude/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                            if (vErrors === null) {
                                                vErrors = [err152];
                                            }
                                            else {
                                                vErrors.push(err152);
                                            }
                                            errors++;
                                        }
                                    }
                                    if (data132.include !== undefined) {
                                        if (typeof data132.include !== "string") {
                                            const err153 = { instancePath: instancePath + "/spec/sourceHydrator/drySource/directory/include", schemaPath: "#/properties/spec/properties/sourceHydrator/properties/drySource/properties/directory/properties/include/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                            if (vErrors === null) {
                                                vErrors = [err153];
                                            }
                                            else {
                                                vErrors.push(err153);
                                            }
                                            errors++;
                                        }
                                    }
                                    if (data132.jsonnet !== undefined) {
                                        let data135 = data132.jsonnet;
                                        if (data135 && typeof data135 == "object" && !Array.isArray(data135)) {
                                            if (data135.extVars !== undefined) {
                                                let data136 = data135.extVars;
                                                if (Array.isArray(data136)) {
                                                    const len20 = data136.length;
                                                    for (let i20 = 0; i20 < len20; i20++) {
                                                        let data137 = data136[i20];
                                                        if (data137 && typeof data137 == "object" && !Array.isArray(data137)) {
                                                            if (data137.name === undefined) {
                                                                const err154 = { instancePath: instancePath + "/spec/sourceHydrator/drySource/directory/jsonnet/extVars/" + i20, schemaPath: "#/properties/spec/properties/sourceHydrator/properties/drySource/properties/directory/properties/jsonnet/properties/extVars/items/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property '" + "name" + "'" };
                                                                if (vErrors === null) {
                                                                    vErrors = [err154];
                                                                }
                                                                else {
                                                                    vErrors.push(err154);
                                                                }
                                                                errors++;
                                                            }
                                                            if (data137.value === undefined) {
                                                                const err155 = { instancePath: instancePath + "/spec/sourceHydrator/drySource/directory/jsonnet/extVars/" + i20, schemaPath: "#/properties/spec/properties/sourceHydrator/properties/drySource/properties/directory/properties/jsonnet/properties/extVars/items/required", keyword: "required", params: { missingProperty: "value" }, message: "must have required property '" + "value" + "'" };
                                                                if (vErrors === null) {
                                                                    vErrors = [err155];
                                                                }
                                                                else {
                                                                    vErrors.push(err155);
                                                                }
                                                                errors++;
                                                            }
                                                            if (data137.code !== undefined) {
                                                                if (typeof data137.code !== "boolean") {
                                                                    const err156 = { instancePath: instancePath + "/spec/sourceHydrator/drySource/directory/jsonnet/extVars/" + i20 + "/code", schemaPath: "#/properties/spec/properties/sourceHydrator/properties/drySource/properties/directory/properties/jsonnet/properties/extVars/items/properties/code/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
                                                                    if (vErrors === null) {
                                                                        vErrors = [err156];
                                                                    }
                                                                    else {
                                                                        vErrors.push(err156);
                                                                    }
                                                                    errors++;
                                                                }
                                                            }
                                                            if (data137.name !== undefined) {
                                                                if (typeof data137.name !== "string") {
                                                                    const err157 = { instancePath: instancePath + "/spec/sourceHydrator/drySource/directory/jsonnet/extVars/" + i20 + "/name", schemaPath: "#/properties/spec/properties/sourceHydrator/properties/drySource/properties/directory/properties/jsonnet/properties/extVars/items/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                                                    if (vErrors === null) {
                                                                        vErrors = [err157];
                                                                    }
                                                                    else {
                                                                        vErrors.push(err157);
                                                                    }
                                                                    errors++;
                                                                }
                                                            }
                                                            if (data137.value !== undefined) {
                                                                if (typeof data137.value !== "string") {
                                                                    const err158 = { instancePath: instancePath + "/spec/sourceHydrator/drySource/directory/jsonnet/extVars/" + i20 + "/value", schemaPath: "#/properties/spec/properties/sourceHydrator/properties/drySource/properties/directory/properties/jsonnet/properties/extVars/items/properties/value/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                                                    if (vErrors === null) {
                                                                        vErrors = [err158];
                                                                    }
                                                                    else {
                                                                        vErrors.push(err158);
                                                                    }
                                                                    errors++;
                                                                }
                                                            }
                                                        }
                                                        else {
                                                            const err159 = { instancePath: instancePath + "/spec/sourceHydrator/drySource/directory/jsonnet/extVars/" + i20, schemaPath: "#/properties/spec/properties/sourceHydrator/properties/drySource/properties/directory/properties/jsonnet/properties/extVars/items/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                                                            if (vErrors === null) {
                                                                vErrors = [err159];
                                                            }
                                                            else {
                                                                vErrors.push(err159);
                                                            }
                                                            errors++;
                                                        }
                                                    }
                                                }
                                                else {
                                                    const err160 = { instancePath: instancePath + "/spec/sourceHydrator/drySource/directory/jsonnet/extVars", schemaPath: "#/properties/spec/properties/sourceHydrator/properties/drySource/properties/directory/properties/jsonnet/properties/extVars/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                                                    if (vErrors === null) {
                                                        vErrors = [err160];
                                                    }
                                                    else {
                                                        vErrors.push(err160);
                                                    }
                                                    errors++;
                                                }
                                            }
                                            if (data135.libs !== undefined) {
                                                let data141 = data135.libs;
                                                if (Array.isArray(data141)) {
                                                    const len21 = data141.length;
                                                    for (let i21 = 0; i21 < len21; i21++) {
                                                        if (typeof data141[i21] !== "string") {
                                                            const err161 = { instancePath: instancePath + "/spec/sourceHydrator/drySource/directory/jsonnet/libs/" + i21, schemaPath: "#/properties/spec/properties/sourceHydrator/properties/drySource/properties/directory/properties/jsonnet/properties/libs/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                                            if (vErrors === null) {
                                                                vErrors = [err161];
                                                            }
                                                            else {
                                                                vErrors.push(err161);
                                                            }
                                                            errors++;
                                                        }
                                                    }
                                                }
                                                else {
                                                    const err162 = { instancePath: instancePath + "/spec/sourceHydrator/drySource/directory/jsonnet/libs", schemaPath: "#/properties/spec/properties/sourceHydrator/properties/drySource/properties/directory/properties/jsonnet/properties/libs/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                                                    if (vErrors === null) {
                                                        vErrors = [err162];
                                                    }
                                                    else {
                                                        vErrors.push(err162);
                                                    }
                                                    errors++;
                                                }
                                            }
                                            if (data135.tlas !== undefined) {
                                                let data143 = data135.tlas;
                                                if (Array.isArray(data143)) {
                                                    const len22 = data143.length;
                                                    for (let i22 = 0; i22 < len22; i22++) {
                                                        let data144 = data143[i22];
                                                        if (data144 && typeof data144 == "object" && !Array.isArray(data144)) {
                                                            if (data144.name === undefined) {
                                                                const err163 = { instancePath: instancePath + "/spec/sourceHydrator/drySource/directory/jsonnet/tlas/" + i22, schemaPath: "#/properties/spec/properties/sourceHydrator/properties/drySource/properties/directory/properties/jsonnet/properties/tlas/items/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property '" + "name" + "'" };
                                                                if (vErrors === null) {
                                                                    vErrors = [err163];
                                                                }
                                                                else {
                                                                    vErrors.push(err163);
                                                                }
                                                                errors++;
                                                            }
                                                            if (data144.value === undefined) {
                                                                const err164 = { instancePath: instancePath + "/spec/sourceHydrator/drySource/directory/jsonnet/tlas/" + i22, schemaPath: "#/properties/spec/properties/sourceHydrator/properties/drySource/properties/directory/properties/jsonnet/properties/tlas/items/required", keyword: "required", params: { missingProperty: "value" }, message: "must have required property '" + "value" + "'" };
                                                                if (vErrors === null) {
                                                                    vErrors = [err164];
                                                                }
                                                                else {
                                                                    vErrors.push(err164);
                                                                }
                                                                errors++;
                                                            }
                                                            if (data144.code !== undefined) {
                                                                if (typeof data144.code !== "boolean") {
                                                                    const err165 = { instancePath: instancePath + "/spec/sourceHydrator/drySource/directory/jsonnet/tlas/" + i22 + "/code", schemaPath: "#/properties/spec/properties/sourceHydrator/properties/drySource/properties/directory/properties/jsonnet/properties/tlas/items/properties/code/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
                                                                    if (vErrors === null) {
                                                                        vErrors = [err165];
                                                                    }
                                                                    else {
                                                                        vErrors.push(err165);
                                                                    }
                                                                    errors++;
                                                                }
                                                            }
                                                            if (data144.name !== undefined) {
                                                                if (typeof data144.name !== "string") {
                                                                    const err166 = { instancePath: instancePath + "/spec/sourceHydrator/drySource/directory/jsonnet/tlas/" + i22 + "/name", schemaPath: "#/properties/spec/properties/sourceHydrator/properties/drySource/properties/directory/properties/jsonnet/properties/tlas/items/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                                                    if (vErrors === null) {
                                                                        vErrors = [err166];
                                                                    }
                                                                    else {
                                                                        vErrors.push(err166);
                                                                    }
                                                                    errors++;
                                                                }
                                                            }
                                                            if (data144.value !== undefined) {
                                                                if (typeof data144.value !== "string") {
                                                                    const err167 = { instancePath: instancePath + "/spec/sourceHydrator/drySource/directory/jsonnet/tlas/" + i22 + "/value", schemaPath: "#/properties/spec/properties/sourceHydrator/properties/drySource/properties/directory/properties/jsonnet/properties/tlas/items/properties/value/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                                                    if (vErrors === null) {
                                                                        vErrors = [err167];
                                                                    }
                                                                    else {
                                                                        vErrors.push(err167);
                                                                    }
                                                                    errors++;
                                                                }
                                                            }
                                                        }
                                                        else {
                                                            const err168 = { instancePath: instancePath + "/spec/sourceHydrator/drySource/directory/jsonnet/tlas/" + i22, schemaPath: "#/properties/spec/properties/sourceHydrator/properties/drySource/properties/directory/properties/jsonnet/properties/tlas/items/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                                                            if (vErrors === null) {
                                                                vErrors = [err168];
                                                            }
                                                            else {
                                                                vErrors.push(err168);
                                                            }
                                                            errors++;
                                                        }
                                                    }
                                                }
                                                else {
                                                    const err169 = { instancePath: instancePath + "/spec/sourceHydrator/drySource/directory/jsonnet/tlas", schemaPath: "#/properties/spec/properties/sourceHydrator/properties/drySource/properties/directory/properties/jsonnet/properties/tlas/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                                                    if (vErrors === null) {
                                                        vErrors = [err169];
                                                    }
                                                    else {
                                                        vErrors.push(err169);
                                                    }
                                                    errors++;
                                                }
                                            }
                                        }
                                        else {
                                            const err170 = { instancePath: instancePath + "/spec/sourceHydrator/drySource/directory/jsonnet", schemaPath: "#/properties/spec/properties/sourceHydrator/properties/drySource/properties/directory/properties/jsonnet/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                                            if (vErrors === null) {
                                                vErrors = [err170];
                                            }
                                            else {
                                                vErrors.push(err170);
                                            }
                                            errors++;
                                        }
                                    }
                                    if (data132.recurse !== undefined) {
                                        if (typeof data132.recurse !== "boolean") {
                                            const err171 = { instancePath: instancePath + "/spec/sourceHydrator/drySource/directory/recurse", schemaPath: "#/properties/spec/properties/sourceHydrator/properties/drySource/properties/directory/properties/recurse/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
                                            if (vErrors === null) {
                                                vErrors = [err171];
                                            }
                                            else {
                                                vErrors.push(err171);
                                            }
                                            errors++;
                                        }
                                    }
                                }
                                else {
                                    const err172 = { instancePath: instancePath + "/spec/sourceHydrator/drySource/directory", schemaPath: "#/properties/spec/properties/sourceHydrator/properties/drySource/properties/directory/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                                    if (vErrors === null) {
                                        vErrors = [err172];
                                    }
                                    else {
                                        vErrors.push(err172);
                                    }
                                    errors++;
                                }
                            }
                            if (data131.helm !== undefined) {
                                let data149 = data131.helm;
                                if (data149 && typeof data149 == "object" && !Array.isArray(data149)) {
                                    if (data149.apiVersions !== undefined) {
                                        let data150 = data149.apiVersions;
                                        if (Array.isArray(data150)) {
                                            const len23 = data150.length;
                                            for (let i23 = 0; i23 < len23; i23++) {
                                                if (typeof data150[i23] !== "string") {
                                                    const err173 = { instancePath: instancePath + "/spec/sourceHydrator/drySource/helm/apiVersions/" + i23, schemaPath: "#/properties/spec/properties/sourceHydrator/properties/drySource/properties/helm/properties/apiVersions/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                                    if (vErrors === null) {
                                                        vErrors = [err173];
                                                    }
                                                    else {
                                                        vErrors.push(err173);
                                                    }
                                                    errors++;
                                                }
                                            }
                                        }
                                        else {
                                            const err174 = { instancePath: instancePath + "/spec/sourceHydrator/drySource/helm/apiVersions", schemaPath: "#/properties/spec/properties/sourceHydrator/properties/drySource/properties/helm/properties/apiVersions/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                                            if (vErrors === null) {
                                                vErrors = [err174];
                                            }
                                            else {
                                                vErrors.push(err174);
                                            }
                                            errors++;
                                        }
                                    }
                                    if (data149.fileParameters !== undefined) {
                                        let data152 = data149.fileParameters;
                                        if (Array.isArray(data152)) {
                                            const len24 = data152.length;
                                            for (let i24 = 0; i24 < len24; i24++) {
                                                let data153 = data152[i24];
                                                if (data153 && typeof data153 == "object" && !Array.isArray(data153)) {
                                                    if (data153.name !== undefined) {
                                                        if (typeof data153.name !== "string") {
                                                            const err175 = { instancePath: instancePath + "/spec/sourceHydrator/drySource/helm/fileParameters/" + i24 + "/name", schemaPath: "#/properties/spec/properties/sourceHydrator/properties/drySource/properties/helm/properties/fileParameters/items/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                                            if (vErrors === null) {
                                                                vErrors = [err175];
                                                            }
                                                            else {
                                                                vErrors.push(err175);
                                                            }
                                                            errors++;
                                                        }
                                                    }
                                                    if (data153.path !== undefined) {
                                                        if (typeof data153.path !== "string") {
                                                            const err176 = { instancePath: instancePath + "/spec/sourceHydrator/drySource/helm/fileParameters/" + i24 + "/path", schemaPath: "#/properties/spec/properties/sourceHydrator/properties/drySource/properties/helm/properties/fileParameters/items/properties/path/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                                            if (vErrors === null) {
                                                                vErrors = [err176];
                                                            }
                                                            else {
                                                                vErrors.push(err176);
                                                            }
                                                            errors++;
                                                        }
                                                    }
                                                }
                                                else {
                                                    const err177 = { instancePath: instancePath + "/spec/sourceHydrator/drySource/helm/fileParameters/" + i24, schemaPath: "#/properties/spec/properties/sourceHydrator/properties/drySource/properties/helm/properties/fileParameters/items/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                                                    if (vErrors === null) {
                                                        vErrors = [err177];
                                                    }
                                                    else {
                                                        vErrors.push(err177);
                                                    }
                                                    errors++;
                                                }
                                            }
                                        }
                                        else {
                                            const err178 = { instancePath: instancePath + "/spec/sourceHydrator/drySource/helm/fileParameters", schemaPath: "#/properties/spec/properties/sourceHydrator/properties/drySource/properties/helm/properties/fileParameters/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                                            if (vErrors === null) {
                                                vErrors = [err178];
                                            }
                                            else {
                                                vErrors.push(err178);
                                            }
                                            errors++;
                                        }
                                    }
                                    if (data149.ignoreMissingValueFiles !== undefined) {
                                        if (typeof data149.ignoreMissingValueFiles !== "boolean") {
                                            const err179 = { instancePath: instancePath + "/spec/sourceHydrator/drySource/helm/ignoreMissingValueFiles", schemaPath: "#/properties/spec/properties/sourceHydrator/properties/drySource/properties/helm/properties/ignoreMissingValueFiles/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
                                            if (vErrors === null) {
                                                vErrors = [err179];
                                            }
                                            else {
                                                vErrors.push(err179);
                                            }
                                            errors++;
                                        }
                                    }
                                    if (data149.kubeVersion !== undefined) {
                                        if (typeof data149.kubeVersion !== "string") {
                                            const err180 = { instancePath: instancePath + "/spec/sourceHydrator/drySource/helm/kubeVersion", schemaPath: "#/properties/spec/properties/sourceHydrator/properties/drySource/properties/helm/properties/kubeVersion/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                            if (vErrors === null) {
                                                vErrors = [err180];
                                            }
                                            else {
                                                vErrors.push(err180);
                                            }
                                            errors++;
                                        }
                                    }
                                    if (data149.namespace !== undefined) {
                                        if (typeof data149.namespace !== "string") {
                                            const err181 = { instancePath: instancePath + "/spec/sourceHydrator/drySource/helm/namespace", schemaPath: "#/properties/spec/properties/sourceHydrator/properties/drySource/properties/helm/properties/namespace/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                            if (vErrors === null) {
                                                vErrors = [err181];
                                            }
                                            else {
                                                vErrors.push(err181);
                                            }
                                            errors++;
                                        }
                                    }
                                    if (data149.parameters !== undefined) {
                                        let data159 = data149.parameters;
                                        if (Array.isArray(data159)) {
                                            const len25 = data159.length;
                                            for (let i25 = 0; i25 < len25; i25++) {
                                                let data160 = data159[i25];
                                                if (data160 && typeof data160 == "object" && !Array.isArray(data160)) {
                                                    if (data160.forceString !== undefined) {
                                                        if (typeof data160.forceString !== "boolean") {
                                                            const err182 = { instancePath: instancePath + "/spec/sourceHydrator/drySource/helm/parameters/" + i25 + "/forceString", schemaPath: "#/properties/spec/properties/sourceHydrator/properties/drySource/properties/helm/properties/parameters/items/properties/forceString/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
                                                            if (vErrors === null) {
                                                                vErrors = [err182];
                                                            }
                                                            else {
                                                                vErrors.push(err182);
                                                            }
                                                            errors++;
                                                        }
                                                    }
                                                    if (data160.name !== undefined) {
                                                        if (typeof data160.name !== "string") {
                                                            const err183 = { instancePath: instancePath + "/spec/sourceHydrator/drySource/helm/parameters/" + i25 + "/name", schemaPath: "#/properties/spec/properties/sourceHydrator/properties/drySource/properties/helm/properties/parameters/items/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                                            if (vErrors === null) {
                                                                vErrors = [err183];
                                                            }
                                                            else {
                                                                vErrors.push(err183);
                                                            }
                                                            errors++;
                                                        }
                                                    }
                                                    if (data160.value !== undefined) {
                                                        if (typeof data160.value !== "string") {
                                                            const err184 = { instancePath: instancePath + "/spec/sourceHydrator/drySource/helm/parameters/" + i25 + "/value", schemaPath: "#/properties/spec/properties/sourceHydrator/properties/drySource/properties/helm/properties/parameters/items/properties/value/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                                            if (vErrors === null) {
                                                                vErrors = [err184];
                                                            }
                                                            else {
                                                                vErrors.push(err184);
                                                            }
                                                            errors++;
                                                        }
                                                    }
                                                }
                                                else {
                                                    const err185 = { instancePath: instancePath + "/spec/sourceHydrator/drySource/helm/parameters/" + i25, schemaPath: "#/properties/spec/properties/sourceHydrator/properties/drySource/properties/helm/properties/parameters/items/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                                                    if (vErrors === null) {
                                                        vErrors = [err185];
                                                    }
                                                    else {
                                                        vErrors.push(err185);
                                                    }
                                                    errors++;
                                                }
                                            }
                                        }
                                        else {
                                            const err186 = { instancePath: instancePath + "/spec/sourceHydrator/drySource/helm/parameters", schemaPath: "#/properties/spec/properties/sourceHydrator/properties/drySource/properties/helm/properties/parameters/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                                            if (vErrors === null) {
                                                vErrors = [err186];
                                            }
                                            else {
                                                vErrors.push(err186);
                                            }
                                            errors++;
                                        }
                                    }
                                    if (data149.passCredentials !== undefined) {
                                        if (typeof data149.passCredentials !== "boolean") {
                                            const err187 = { instancePath: instancePath + "/spec/sourceHydrator/drySource/helm/passCredentials", schemaPath: "#/properties/spec/properties/sourceHydrator/properties/drySource/properties/helm/properties/passCredentials/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
                                            if (vErrors === null) {
                                                vErrors = [err187];
                                            }
                                            else {
                                                vErrors.push(err187);
                                            }
                                            errors++;
                                        }
                                    }
                                    if (data149.releaseName !== undefined) {
                                        if (typeof data149.releaseName !== "string") {
                                            const err188 = { instancePath: instancePath + "/spec/sourceHydrator/drySource/helm/releaseName", schemaPath: "#/properties/spec/properties/sourceHydrator/properties/drySource/properties/helm/properties/releaseName/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                            if (vErrors === null) {
                                                vErrors = [err188];
                                            }
                                            else {
                                                vErrors.push(err188);
                                            }
                                            errors++;
                                        }
                                    }
                                    if (data149.skipCrds !== undefined) {
                                        if (typeof data149.skipCrds !== "boolean") {
                                            const err189 = { instancePath: instancePath + "/spec/sourceHydrator/drySource/helm/skipCrds", schemaPath: "#/properties/spec/properties/sourceHydrator/properties/drySource/properties/helm/properties/skipCrds/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
                                            if (vErrors === null) {
                                                vErrors = [err189];
                                            }
                                            else {
                                                vErrors.push(err189);
                                            }
                                            errors++;
                                        }
                                    }
                                    if (data149.skipSchemaValidation !== undefined) {
                                        if (typeof data149.skipSchemaValidation !== "boolean") {
                                            const err190 = { instancePath: instancePath + "/spec/sourceHydrator/drySource/helm/skipSchemaValidation", schemaPath: "#/properties/spec/properties/sourceHydrator/properties/drySource/properties/helm/properties/skipSchemaValidation/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
                                            if (vErrors === null) {
                                                vErrors = [err190];
                                            }
                                            else {
                                                vErrors.push(err190);
                                            }
                                            errors++;
                                        }
                                    }
                                    if (data149.skipTests !== undefined) {
                                        if (typeof data149.skipTests !== "boolean") {
                                            const err191 = { instancePath: instancePath + "/spec/sourceHydrator/drySource/helm/skipTests", schemaPath: "#/properties/spec/properties/sourceHydrator/properties/drySource/properties/helm/properties/skipTests/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
                                            if (vErrors === null) {
                                                vErrors = [err191];
                                            }
                                            else {
                                                vErrors.push(err191);
                                            }
                                            errors++;
                                        }
                                    }
                                    if (data149.valueFiles !== undefined) {
                                        let data169 = data149.valueFiles;
                                        if (Array.isArray(data169)) {
                                            const len26 = data169.length;
                                            for (let i26 = 0; i26 < len26; i26++) {
                                                if (typeof data169[i26] !== "string") {
                                                    const err192 = { instancePath: instancePath + "/spec/sourceHydrator/drySource/helm/valueFiles/" + i26, schemaPath: "#/properties/spec/properties/sourceHydrator/properties/drySource/properties/helm/properties/valueFiles/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                                    if (vErrors === null) {
                                                        vErrors = [err192];
                                                    }
                                                    else {
                                                        vErrors.push(err192);
                                                    }
                                                    errors++;
                                                }
                                            }
                                        }
                                        else {
                                            const err193 = { instancePath: instancePath + "/spec/sourceHydrator/drySource/helm/valueFiles", schemaPath: "#/properties/spec/properties/sourceHydrator/properties/drySource/properties/helm/properties/valueFiles/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                                            if (vErrors === null) {
                                                vErrors = [err193];
                                            }
                                            else {
                                                vErrors.push(err193);
                                            }
                                            errors++;
                                        }
                                    }
                                    if (data149.values !== undefined) {
                                        if (typeof data149.values !== "string") {
                                            const err194 = { instancePath: instancePath + "/spec/sourceHydrator/drySource/helm/values", schemaPath: "#/properties/spec/properties/sourceHydrator/properties/drySource/properties/helm/properties/values/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                            if (vErrors === null) {
                                                vErrors = [err194];
                                            }
                                            else {
                                                vErrors.push(err194);
                                            }
                                            errors++;
                                        }
                                    }
                                    if (data149.valuesObject !== undefined) {
                                        let data172 = data149.valuesObject;
                                        if (!(data172 && typeof data172 == "object" && !Array.isArray(data172))) {
                                            const err195 = { instancePath: instancePath + "/spec/sourceHydrator/drySource/helm/valuesObject", schemaPath: "#/properties/spec/properties/sourceHydrator/properties/drySource/properties/helm/properties/valuesObject/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                                            if (vErrors === null) {
                                                vErrors = [err195];
                                            }
                                            else {
                                                vErrors.push(err195);
                                            }
                                            errors++;
                                        }
                                    }
                                    if (data149.version !== undefined) {
                                        if (typeof data149.version !== "string") {
                                            const err196 = { instancePath: instancePath + "/spec/sourceHydrator/drySource/helm/version", schemaPath: "#/properties/spec/properties/sourceHydrator/properties/drySource/properties/helm/properties/version/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                            if (vErrors === null) {
                                                vErrors = [err196];
                                            }
                                            else {
                                                vErrors.push(err196);
                                            }
                                            errors++;
                                        }
                                    }
                                }
                                else {
                                    const err197 = { instancePath: instancePath + "/spec/sourceHydrator/drySource/helm", schemaPath: "#/properties/spec/properties/sourceHydrator/properties/drySource/properties/helm/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                                    if (vErrors === null) {
                                        vErrors = [err197];
                                    }
                                    else {
                                        vErrors.push(err197);
                                    }
                                    errors++;
                                }
                            }
                            if (data131.kustomize !== undefined) {
                                let data174 = data131.kustomize;
                                if (data174 && typeof data174 == "object" && !Array.isArray(data174)) {
                                    if (data174.apiVersions !== undefined) {
                                        let data175 = data174.apiVersions;
                                        if (Array.isArray(data175)) {
                                            const len27 = data175.length;
                                            for (let i27 = 0; i27 < len27; i27++) {
                                                if (typeof data175[i27] !== "string") {
                                                    const err198 = { instancePath: instancePath + "/spec/sourceHydrator/drySource/kustomize/apiVersions/" + i27, schemaPath: "#/properties/spec/properties/sourceHydrator/properties/drySource/properties/kustomize/properties/apiVersions/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                                    if (vErrors === null) {
                                                        vErrors = [err198];
                                                    }
                                                    else {
                                                        vErrors.push(err198);
                                                    }
                                                    errors++;
                                                }
                                            }
                                        }
                                        else {
                                            const err199 = { instancePath: instancePath + "/spec/sourceHydrator/drySource/kustomize/apiVersions", schemaPath: "#/properties/spec/properties/sourceHydrator/properties/drySource/properties/kustomize/properties/apiVersions/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                                            if (vErrors === null) {
                                                vErrors = [err199];
                                            }
                                            else {
                                                vErrors.push(err199);
                                            }
                                            errors++;
                                        }
                                    }
                                    if (data174.commonAnnotations !== undefined) {
                                        let data177 = data174.commonAnnotations;
                                        if (data177 && typeof data177 == "object" && !Array.isArray(data177)) {
                                            for (const key4 in data177) {
                                                if (typeof data177[key4] !== "string") {
                                                    const err200 = { instancePath: instancePath + "/spec/sourceHydrator/drySource/kustomize/commonAnnotations/" + key4.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/spec/properties/sourceHydrator/properties/drySource/properties/kustomize/properties/commonAnnotations/additionalProperties/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                                    if (vErrors === null) {
                                                        vErrors = [err200];
                                                    }
                                                    else {
                                                        vErrors.push(err200);
                                                    }
                                                    errors++;
                                                }
                                            }
                                        }
                                        else {
                                            const err201 = { instancePath: instancePath + "/spec/sourceHydrator/drySource/kustomize/commonAnnotations", schemaPath: "#/properties/spec/properties/sourceHydrator/properties/drySource/properties/kustomize/properties/commonAnnotations/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                                            if (vErrors === null) {
                                                vErrors = [err201];
                                            }
                                            else {
                                                vErrors.push(err201);
                                            }
                                            errors++;
                                        }
                                    }
                                    if (data174.commonAnnotationsEnvsubst !== undefined) {
                                        if (typeof data174.commonAnnotationsEnvsubst !== "boolean") {
                                            const err202 = { instancePath: instancePath + "/spec/sourceHydrator/drySource/kustomize/commonAnnotationsEnvsubst", schemaPath: "#/properties/spec/properties/sourceHydrator/properties/drySource/properties/kustomize/properties/commonAnnotationsEnvsubst/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
                                            if (vErrors === null) {
                                                vErrors = [err202];
                                            }
                                            else {
                                                vErrors.push(err202);
                                            }
                                            errors++;
                                        }
                                    }
                                    if (data174.commonLabels !== undefined) {
                                        let data180 = data174.commonLabels;
                                        if (data180 && typeof data180 == "object" && !Array.isArray(data180)) {
                                            for (const key5 in data180) {
                                                if (typeof data180[key5] !== "string") {
                                                    const err203 = { instancePath: instancePath + "/spec/sourceHydrator/drySource/kustomize/commonLabels/" + key5.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/spec/properties/sourceHydrator/properties/drySource/properties/kustomize/properties/commonLabels/additionalProperties/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                                    if (vErrors === null) {
                                                        vErrors = [err203];
                                                    }
                                                    else {
                                                        vErrors.push(err203);
                                                    }
                                                    errors++;
                                                }
                                            }
                                        }
                                        else {
                                            const err204 = { instancePath: instancePath + "/spec/sourceHydrator/drySource/kustomize/commonLabels", schemaPath: "#/properties/spec/properties/sourceHydrator/properties/drySource/properties/kustomize/properties/commonLabels/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                                            if (vErrors === null) {
                                                vErrors = [err204];
                                            }
                                            else {
                                                vErrors.push(err204);
                                            }
                                            errors++;
                                        }
                                    }
                                    if (data174.components !== undefined) {
                                        let data182 = data174.components;
                                        if (Array.isArray(data182)) {
                                            const len28 = data182.length;
                                            for (let i28 = 0; i28 < len28; i28++) {
                                                if (typeof data182[i28] !== "string") {
                                                    const err205 = { instancePath: instancePath + "/spec/sourceHydrator/drySource/kustomize/components/" + i28, schemaPath: "#/properties/spec/properties/sourceHydrator/properties/drySource/properties/kustomize/properties/components/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                                    if (vErrors === null) {
                                                        vErrors = [err205];
                                                    }
                                                    else {
                                                        vErrors.push(err205);
                                                    }
                                                    errors++;
                                                }
                                            }
                                        }
                                        else {
                                            const err206 = { instancePath: instancePath + "/spec/sourceHydrator/drySource/kustomize/components", schemaPath: "#/properties/spec/properties/sourceHydrator/properties/drySource/properties/kustomize/properties/components/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                                            if (vErrors === null) {
                                                vErrors = [err206];
                                            }
                                            else {
                                                vErrors.push(err206);
                                            }
                                            errors++;
                                        }
                                    }
                                    if (data174.forceCommonAnnotations !== undefined) {
                                        if (typeof data174.forceCommonAnnotations !== "boolean") {
                                            const err207 = { instancePath: instancePath + "/spec/sourceHydrator/drySource/kustomize/forceCommonAnnotations", schemaPath: "#/properties/spec/properties/sourceHydrator/properties/drySource/properties/kustomize/properties/forceCommonAnnotations/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
                                            if (vErrors === null) {
                                                vErrors = [err207];
                                            }
                                            else {
                                                vErrors.push(err207);
                                            }
                                            errors++;
                                        }
                                    }
                                    if (data174.forceCommonLabels !== undefined) {
                                        if (typeof data174.forceCommonLabels !== "boolean") {
                                            const err208 = { instancePath: instancePath + "/spec/sourceHydrator/drySource/kustomize/forceCommonLabels", schemaPath: "#/properties/spec/properties/sourceHydrator/properties/drySource/properties/kustomize/properties/forceCommonLabels/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
                                            if (vErrors === null) {
                                                vErrors = [err208];
                                            }
                                            else {
                                                vErrors.push(err208);
                                            }
                                            errors++;
                                        }
                                    }
                                    if (data174.ignoreMissingComponents !== undefined) {
                                        if (typeof data174.ignoreMissingComponents !== "boolean") {
                                            const err209 = { instancePath: instancePath + "/spec/sourceHydrator/drySource/kustomize/ignoreMissingComponents", schemaPath: "#/properties/spec/properties/sourceHydrator/properties/drySource/properties/kustomize/properties/ignoreMissingComponents/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
                                            if (vErrors === null) {
                                                vErrors = [err209];
                                            }
                                            else {
                                                vErrors.push(err209);
                                            }
                                            errors++;
                                        }
                                    }
                                    if (data174.images !== undefined) {
                                        let data187 = data174.images;
                                        if (Array.isArray(data187)) {
                                            const len29 = data187.length;
                                            for (let i29 = 0; i29 < len29; i29++) {
                                                if (typeof data187[i29] !== "string") {
                                                    const err210 = { instancePath: instancePath + "/spec/sourceHydrator/drySource/kustomize/images/" + i29, schemaPath: "#/properties/spec/properties/sourceHydrator/properties/drySource/properties/kustomize/properties/images/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                                    if (vErrors === null) {
                                                        vErrors = [err210];
                                                    }
                                                    else {
                                                        vErrors.push(err210);
                                                    }
                                                    errors++;
                                                }
                                            }
                                        }
                                        else {
                                            const err211 = { instancePath: instancePath + "/spec/sourceHydrator/drySource/kustomize/images", schemaPath: "#/properties/spec/properties/sourceHydrator/properties/drySource/properties/kustomize/properties/images/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                                            if (vErrors === null) {
                                                vErrors = [err211];
                                            }
                                            else {
                                                vErrors.push(err211);
                                            }
                                            errors++;
                                        }
                                    }
                                    if (data174.kubeVersion !== undefined) {
                                        if (typeof data174.kubeVersion !== "string") {
                                            const err212 = { instancePath: instancePath + "/spec/sourceHydrator/drySource/kustomize/kubeVersion", schemaPath: "#/properties/spec/properties/sourceHydrator/properties/drySource/properties/kustomize/properties/kubeVersion/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                            if (vErrors === null) {
                                                vErrors = [err212];
                                            }
                                            else {
                                                vErrors.push(err212);
                                            }
                                            errors++;
                                        }
                                    }
                                    if (data174.labelIncludeTemplates !== undefined) {
                                        if (typeof data174.labelIncludeTemplates !== "boolean") {
                                            const err213 = { instancePath: instancePath + "/spec/sourceHydrator/drySource/kustomize/labelIncludeTemplates", schemaPath: "#/properties/spec/properties/sourceHydrator/properties/drySource/properties/kustomize/properties/labelIncludeTemplates/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
                                            if (vErrors === null) {
                                                vErrors = [err213];
                                            }
                                            else {
                                                vErrors.push(err213);
                                            }
                                            errors++;
                                        }
                                    }
                                    if (data174.labelWithoutSelector !== undefined) {
                                        if (typeof data174.labelWithoutSelector !== "boolean") {
                                            const err214 = { instancePath: instancePath + "/spec/sourceHydrator/drySource/kustomize/labelWithoutSelector", schemaPath: "#/properties/spec/properties/sourceHydrator/properties/drySource/properties/kustomize/properties/labelWithoutSelector/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
                                            if (vErrors === null) {
                                                vErrors = [err214];
                                            }
                                            else {
                                                vErrors.push(err214);
                                            }
                                            errors++;
                                        }
                                    }
                                    if (data174.namePrefix !== undefined) {
                                        if (typeof data174.namePrefix !== "string") {
                                            const err215 = { instancePath: instancePath + "/spec/sourceHydrator/drySource/kustomize/namePrefix", schemaPath: "#/properties/spec/properties/sourceHydrator/properties/drySource/properties/kustomize/properties/namePrefix/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                            if (vErrors === null) {
                                                vErrors = [err215];
                                            }
                                            else {
                                                vErrors.push(err215);
                                            }
                                            errors++;
                                        }
                                    }
                                    if (data174.nameSuffix !== undefined) {
                                        if (typeof data174.nameSuffix !== "string") {
                                            const err216 = { instancePath: instancePath + "/spec/sourceHydrator/drySource/kustomize/nameSuffix", schemaPath: "#/properties/spec/properties/sourceHydrator/properties/drySource/properties/kustomize/properties/nameSuffix/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                            if (vErrors === null) {
                                                vErrors = [err216];
                                            }
                                            else {
                                                vErrors.push(err216);
                                            }
                                            errors++;
                                        }
                                    }
                                    if (data174.namespace !== undefined) {
                                        if (typeof data174.namespace !== "string") {
                                            const err217 = { instancePath: instancePath + "/spec/sourceHydrator/drySource/kustomize/namespace", schemaPath: "#/properties/spec/properties/sourceHydrator/properties/drySource/properties/kustomize/properties/namespace/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                            if (vErrors === null) {
                                                vErrors = [err217];
                                            }
                                            else {
                                                vErrors.push(err217);
                                            }
                                            errors++;
                                        }
                                    }
                                    if (data174.patches !== undefined) {
                                        let data195 = data174.patches;
                                        if (Array.isArray(data195)) {
                                            const len30 = data195.length;
                                            for (let i30 = 0; i30 < len30; i30++) {
                                                let data196 = data195[i30];
                                                if (data196 && typeof data196 == "object" && !Array.isArray(data196)) {
                                                    if (data196.options !== undefined) {
                                                        let data197 = data196.options;
                                                        if (data197 && typeof data197 == "object" && !Array.isArray(data197)) {
                                                            for (const key6 in data197) {
                                                                if (typeof data197[key6] !== "boolean") {
                                                                    const err218 = { instancePath: instancePath + "/spec/sourceHydrator/drySource/kustomize/patches/" + i30 + "/options/" + key6.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/spec/properties/sourceHydrator/properties/drySource/properties/kustomize/properties/patches/items/properties/options/additionalProperties/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
                                                                    if (vErrors === null) {
                                                                        vErrors = [err218];
                                                                    }
                                                                    else {
                                                                        vErrors.push(err218);
                                                                    }
                                                                    errors++;
                                                                }
                                                            }
                                                        }
                                                        else {
                                                            const err219 = { instancePath: instancePath + "/spec/sourceHydrator/drySource/kustomize/patches/" + i30 + "/options", schemaPath: "#/properties/spec/properties/sourceHydrator/properties/drySource/properties/kustomize/properties/patches/items/properties/options/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                                                            if (vErrors === null) {
                                                                vErrors = [err219];
                                                            }
                                                            else {
                                                                vErrors.push(err219);
                                                            }
                                                            errors++;
                                                        }
                                                    }
                                                    if (data196.patch !== undefined) {
                                                        if (typeof data196.patch !== "string") {
                                                            const err220 = { instancePath: instancePath + "/spec/sourceHydrator/drySource/kustomize/patches/" + i30 + "/patch", schemaPath: "#/properties/spec/properties/sourceHydrator/properties/drySource/properties/kustomize/properties/patches/items/properties/patch/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                                            if (vErrors === null) {
                                                                vErrors = [err220];
                                                            }
                                                            else {
                                                                vErrors.push(err220);
                                                            }
                                                            errors++;
                                                        }
                                                    }
                                                    if (data196.path !== undefined) {
                                                        if (typeof data196.path !== "string") {
                                                            const err221 = { instancePath: instancePath + "/spec/sourceHydrator/drySource/kustomize/patches/" + i30 + "/path", schemaPath: "#/properties/spec/properties/sourceHydrator/properties/drySource/properties/kustomize/properties/patches/items/properties/path/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                                            if (vErrors === null) {
                                                                vErrors = [err221];
                                                            }
                                                            else {
                                                                vErrors.push(err221);
                                                            }
                                                            errors++;
                                                        }
                                                    }
                                                    if (data196.target !== undefined) {
                                                        let data201 = data196.target;
                                                        if (data201 && typeof data201 == "object" && !Array.isArray(data201)) {
                                                            if (data201.annotationSelector !== undefined) {
                                                                if (typeof data201.annotationSelector !== "string") {
                                                                    const err222 = { instancePath: instancePath + "/spec/sourceHydrator/drySource/kustomize/patches/" + i30 + "/target/annotationSelector", schemaPath: "#/properties/spec/properties/sourceHydrator/properties/drySource/properties/kustomize/properties/patches/items/properties/target/properties/annotationSelector/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                                                    if (vErrors === null) {
                                                                        vErrors = [err222];
                                                                    }
                                                                    else {
                                                                        vErrors.push(err222);
                                                                    }
                                                                    errors++;
                                                                }
                                                            }
                                                            if (data201.group !== undefined) {
                                                                if (typeof data201.group !== "string") {
                                                                    const err223 = { instancePath: instancePath + "/spec/sourceHydrator/drySource/kustomize/patches/" + i30 + "/target/group", schemaPath: "#/properties/spec/properties/sourceHydrator/properties/drySource/properties/kustomize/properties/patches/items/properties/target/properties/group/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                                                    if (vErrors === null) {
                                                                        vErrors = [err223];
                                                                    }
                                                                    else {
                                                                        vErrors.push(err223);
                                                                    }
                                                                    errors++;
                                                                }
                                                            }
                                                            if (data201.kind !== undefined) {
                                                                if (typeof data201.kind !== "string") {
                                                                    const err224 = { instancePath: instancePath + "/spec/sourceHydrator/drySource/kustomize/patches/" + i30 + "/target/kind", schemaPath: "#/properties/spec/properties/sourceHydrator/properties/drySource/properties/kustomize/properties/patches/items/properties/target/properties/kind/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                                                    if (vErrors === null) {
                                                                        vErrors = [err224];
                                                                    }
                                                                    else {
                                                                        vErrors.push(err224);
                                                                    }
                                                                    errors++;
                                                                }
                                                            }
                                                            if (data201.labelSelector !== undefined) {
                                                                if (typeof data201.labelSelector !== "string") {
                                                                    const err225 = { instancePath: instancePath + "/spec/sourceHydrator/drySource/kustomize/patches/" + i30 + "/target/labelSelector", schemaPath: "#/properties/spec/properties/sourceHydrator/properties/drySource/properties/kustomize/properties/patches/items/properties/target/properties/labelSelector/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                                                    if (vErrors === null) {
                                                                        vErrors = [err225];
                                                                    }
                                                                    else {
                                                                        vErrors.push(err225);
                                                                    }
                                                                    errors++;
                                                                }
                                                            }
                                                            if (data201.name !== undefined) {
                                                                if (typeof data201.name !== "string") {
                                                                    const err226 = { instancePath: instancePath + "/spec/sourceHydrator/drySource/kustomize/patches/" + i30 + "/target/name", schemaPath: "#/properties/spec/properties/sourceHydrator/properties/drySource/properties/kustomize/properties/patches/items/properties/target/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                                                    if (vErrors === null) {
                                                                        vErrors = [err226];
                                                                    }
                                                                    else {
                                                                        vErrors.push(err226);
                                                                    }
                                                                    errors++;
                                                                }
                                                            }
                                                            if (data201.namespace !== undefined) {
                                                                if (typeof data201.namespace !== "string") {
                                                                    const err227 = { instancePath: instancePath + "/spec/sourceHydrator/drySource/kustomize/patches/" + i30 + "/target/namespace", schemaPath: "#/properties/spec/properties/sourceHydrator/properties/drySource/properties/kustomize/properties/patches/items/properties/target/properties/namespace/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                                                    if (vErrors === null) {
                                                                        vErrors = [err227];
                                                                    }
                                                                    else {
                                                                        vErrors.push(err227);
                                                                    }
                                                                    errors++;
                                                                }
                                                            }
                                                            if (data201.version !== undefined) {
                                                                if (typeof data201.version !== "string") {
                                                                    const err228 = { instancePath: instancePath + "/spec/sourceHydrator/drySource/kustomize/patches/" + i30 + "/target/version", schemaPath: "#/properties/spec/properties/sourceHydrator/properties/drySource/properties/kustomize/properties/patches/items/properties/target/properties/version/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                                                    if (vErrors === null) {
                                                                        vErrors = [err228];
                                                                    }
                                                                    else {
                                                                        vErrors.push(err228);
                                                                    }
                                                                    errors++;
                                                                }
                                                            }
                                                        }
                                                        else {
                                                            const err229 = { instancePath: instancePath + "/spec/sourceHydrator/drySource/kustomize/patches/" + i30 + "/target", schemaPath: "#/properties/spec/properties/sourceHydrator/properties/drySource/properties/kustomize/properties/patches/items/properties/target/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                                                            if (vErrors === null) {
                                                                vErrors = [err229];
                                                            }
                                                            else {
                                                                vErrors.push(err229);
                                                            }
                                                            errors++;
                                                        }
                                                    }
                                                }
                                                else {
                                                    const err230 = { instancePath: instancePath + "/spec/sourceHydrator/drySource/kustomize/patches/" + i30, schemaPath: "#/properties/spec/properties/sourceHydrator/properties/drySource/properties/kustomize/properties/patches/items/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                                                    if (vErrors === null) {
                                                        vErrors = [err230];
                                                    }
                                                    else {
                                                        vErrors.push(err230);
                                                    }
                                                    errors++;
                                                }
                                            }
                                        }
                                        else {
                                            const err231 = { instancePath: instancePath + "/spec/sourceHydrator/drySource/kustomize/patches", schemaPath: "#/properties/spec/properties/sourceHydrator/properties/drySource/properties/kustomize/properties/patches/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                                            if (vErrors === null) {
                                                vErrors = [err231];
                                            }
                                            else {
                                                vErrors.push(err231);
                                            }
                                            errors++;
                                        }
                                    }
                                    if (data174.replicas !== undefined) {
                                        let data209 = data174.replicas;
                                        if (Array.isArray(data209)) {
                                            const len31 = data209.length;
                                            for (let i31 = 0; i31 < len31; i31++) {
                                                let data210 = data209[i31];
                                                if (data210 && typeof data210 == "object" && !Array.isArray(data210)) {
                                                    if (data210.count === undefined) {
                                                        const err232 = { instancePath: instancePath + "/spec/sourceHydrator/drySource/kustomize/replicas/" + i31, schemaPath: "#/properties/spec/properties/sourceHydrator/properties/drySource/properties/kustomize/properties/replicas/items/required", keyword: "required", params: { missingProperty: "count" }, message: "must have required property '" + "count" + "'" };
                                                        if (vErrors === null) {
                                                            vErrors = [err232];
                                                        }
                                                        else {
                                                            vErrors.push(err232);
                                                        }
                                                        errors++;
                                                    }
                                                    if (data210.name === undefined) {
                                                        const err233 = { instancePath: instancePath + "/spec/sourceHydrator/drySource/kustomize/replicas/" + i31, schemaPath: "#/properties/spec/properties/sourceHydrator/properties/drySource/properties/kustomize/properties/replicas/items/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property '" + "name" + "'" };
                                                        if (vErrors === null) {
                                                            vErrors = [err233];
                                                        }
                                                        else {
                                                            vErrors.push(err233);
                                                        }
                                                        errors++;
                                                    }
                                                    if (data210.count !== undefined) {
                                                        let data211 = data210.count;
                                                        const _errs435 = errors;
                                                        let valid105 = false;
                                                        const _errs436 = errors;
                                                        if (!((typeof data211 == "number") && (!(data211 % 1) && !isNaN(data211)))) {
                                                            const err234 = { instancePath: instancePath + "/spec/sourceHydrator/drySource/kustomize/replicas/" + i31 + "/count", schemaPath: "#/properties/spec/properties/sourceHydrator/properties/drySource/properties/kustomize/properties/replicas/items/properties/count/anyOf/0/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                                                            if (vErrors === null) {
                                                                vErrors = [err234];
                                                            }
                                                            else {
                                                                vErrors.push(err234);
                                                            }
                                                            errors++;
                                                        }
                                                        var _valid1 = _errs436 === errors;
                                                        valid105 = valid105 || _valid1;
                                                        if (!valid105) {
                                                            const _errs438 = errors;
                                                            if (typeof data211 !== "string") {
                                                                const err235 = { instancePath: instancePath + "/spec/sourceHydrator/drySource/kustomize/replicas/" + i31 + "/count", schemaPath: "#/properties/spec/properties/sourceHydrator/properties/drySource/properties/kustomize/properties/replicas/items/properties/count/anyOf/1/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                                                if (vErrors === null) {
                                                                    vErrors = [err235];
                                                                }
                                                                else {
                                                                    vErrors.push(err235);
                                                                }
                                                                errors++;
                                                            }
                                                            var _valid1 = _errs438 === errors;
                                                            valid105 = valid105 || _valid1;
                                                        }
                                                        if (!valid105) {
                                                            const err236 = { instancePath: instancePath + "/spec/sourceHydrator/drySource/kustomize/replicas/" + i31 + "/count", schemaPath: "#/properties/spec/properties/sourceHydrator/properties/drySource/properties/kustomize/properties/replicas/items/properties/count/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf" };
                                                            if (vErrors === null) {
                                                                vErrors = [err236];
                                                            }
                                                            else {
                                                                vErrors.push(err236);
                                                            }
                                                            errors++;
                                                        }
                                                        else {
                                                            errors = _errs435;
                                                            if (vErrors !== null) {
                                                                if (_errs435) {
                                                                    vErrors.length = _errs435;
                                                                }
                                                                else {
                                                                    vErrors = null;
                                                                }
                                                            }
                                                        }
                                                    }
                                                    if (data210.name !== undefined) {
                                                        if (typeof data210.name !== "string") {
                                                            const err237 = { instancePath: instancePath + "/spec/sourceHydrator/drySource/kustomize/replicas/" + i31 + "/name", schemaPath: "#/properties/spec/properties/sourceHydrator/properties/drySource/properties/kustomize/properties/replicas/items/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                                            if (vErrors === null) {
                                                                vErrors = [err237];
                                                            }
                                                            else {
                                                                vErrors.push(err237);
                                                            }
                                                            errors++;
                                                        }
                                                    }
                                                }
                                                else {
                                                    const err238 = { instancePath: instancePath + "/spec/sourceHydrator/drySource/kustomize/replicas/" + i31, schemaPath: "#/properties/spec/properties/sourceHydrator/properties/drySource/properties/kustomize/properties/replicas/items/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                                                    if (vErrors === null) {
                                                        vErrors = [err238];
                                                    }
                                                    else {
                                                        vErrors.push(err238);
                                                    }
                                                    errors++;
                                                }
                                            }
                                        }
                                        else {
                                            const err239 = { instancePath: instancePath + "/spec/sourceHydrator/drySource/kustomize/replicas", schemaPath: "#/properties/spec/properties/sourceHydrator/properties/drySource/properties/kustomize/properties/replicas/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                                            if (vErrors === null) {
                                                vErrors = [err239];
                                            }
                                            else {
                                                vErrors.push(err239);
                                            }
                                            errors++;
                                        }
                                    }
                                    if (data174.version !== undefined) {
                                        if (typeof data174.version !== "string") {
                                            const err240 = { instancePath: instancePath + "/spec/sourceHydrator/drySource/kustomize/version", schemaPath: "#/properties/spec/properties/sourceHydrator/properties/drySource/properties/kustomize/properties/version/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                            if (vErrors === null) {
                                                vErrors = [err240];
                                            }
                                            else {
                                                vErrors.push(err240);
                                            }
                                            errors++;
                                        }
                                    }
                                }
                                else {
                                    const err241 = { instancePath: instancePath + "/spec/sourceHydrator/drySource/kustomize", schemaPath: "#/properties/spec/properties/sourceHydrator/properties/drySource/properties/kustomize/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                                    if (vErrors === null) {
                                        vErrors = [err241];
                                    }
                                    else {
                                        vErrors.push(err241);
                                    }
                                    errors++;
                                }
                            }
                            if (data131.path !== undefined) {
                                if (typeof data131.path !== "string") {
                                    const err242 = { instancePath: instancePath + "/spec/sourceHydrator/drySource/path", schemaPath: "#/properties/spec/properties/sourceHydrator/properties/drySource/properties/path/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                    if (vErrors === null) {
                                        vErrors = [err242];
                                    }
                                    else {
                                        vErrors.push(err242);
                                    }
                                    errors++;
                                }
                            }
                            if (data131.plugin !== undefined) {
                                let data215 = data131.plugin;
                                if (data215 && typeof data215 == "object" && !Array.isArray(data215)) {
                                    if (data215.env !== undefined) {
                                        let data216 = data215.env;
                                        if (Array.isArray(data216)) {
                                            const len32 = data216.length;
                                            for (let i32 = 0; i32 < len32; i32++) {
                                                let data217 = data216[i32];
                                                if (data217 && typeof data217 == "object" && !Array.isArray(data217)) {
                                                    if (data217.name === undefined) {
                                                        const err243 = { instancePath: instancePath + "/spec/sourceHydrator/drySource/plugin/env/" + i32, schemaPath: "#/properties/spec/properties/sourceHydrator/properties/drySource/properties/plugin/properties/env/items/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property '" + "name" + "'" };
                                                        if (vErrors === null) {
                                                            vErrors = [err243];
                                                        }
                                                        else {
                                                            vErrors.push(err243);
                                                        }
                                                        errors++;
                                                    }
                                                    if (data217.value === undefined) {
                                                        const err244 = { instancePath: instancePath + "/spec/sourceHydrator/drySource/plugin/env/" + i32, schemaPath: "#/properties/spec/properties/sourceHydrator/properties/drySource/properties/plugin/properties/env/items/required", keyword: "required", params: { missingProperty: "value" }, message: "must have required property '" + "value" + "'" };
                                                        if (vErrors === null) {
                                                            vErrors = [err244];
                                                        }
                                                        else {
                                                            vErrors.push(err244);
                                                        }
                                                        errors++;
                                                    }
                                                    if (data217.name !== undefined) {
                                                        if (typeof data217.name !== "string") {
                                                            const err245 = { instancePath: instancePath + "/spec/sourceHydrator/drySource/plugin/env/" + i32 + "/name", schemaPath: "#/properties/spec/properties/sourceHydrator/properties/drySource/properties/plugin/properties/env/items/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                                            if (vErrors === null) {
                                                                vErrors = [err245];
                                                            }
                                                            else {
                                                                vErrors.push(err245);
                                                            }
                                                            errors++;
                                                        }
                                                    }
                                                    if (data217.value !== undefined) {
                                                        if (typeof data217.value !== "string") {
                                                            const err246 = { instancePath: instancePath + "/spec/sourceHydrator/drySource/plugin/env/" + i32 + "/value", schemaPath: "#/properties/spec/properties/sourceHydrator/properties/drySource/properties/plugin/properties/env/items/properties/value/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                                            if (vErrors === null) {
                                                                vErrors = [err246];
                                                            }
                                                            else {
                                                                vErrors.push(err246);
                                                            }
                                                            errors++;
                                                        }
                                                    }
                                                }
                                                else {
                                                    const err247 = { instancePath: instancePath + "/spec/sourceHydrator/drySource/plugin/env/" + i32, schemaPath: "#/properties/spec/properties/sourceHydrator/properties/drySource/properties/plugin/properties/env/items/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                                                    if (vErrors === null) {
                                                        vErrors = [err247];
                                                    }
                                                    else {
                                                        vErrors.push(err247);
                                                    }
                                                    errors++;
                                                }
                                            }
                                        }
                                        else {
                                            const err248 = { instancePath: instancePath + "/spec/sourceHydrator/drySource/plugin/env", schemaPath: "#/properties/spec/properties/sourceHydrator/properties/drySource/properties/plugin/properties/env/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                                            if (vErrors === null) {
                                                vErrors = [err248];
                                            }
                                            else {
                                                vErrors.push(err248);
                                            }
                                            errors++;
                                        }
                                    }
                                    if (data215.name !== undefined) {
                                        if (typeof data215.name !== "string") {
                                            const err249 = { instancePath: instancePath + "/spec/sourceHydrator/drySource/plugin/name", schemaPath: "#/properties/spec/properties/sourceHydrator/properties/drySource/properties/plugin/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                            if (vErrors === null) {
                                                vErrors = [err249];
                                            }
                                            else {
                                                vErrors.push(err249);
                                            }
                                            errors++;
                                        }
                                    }
                                    if (data215.parameters !== undefined) {
                                        let data221 = data215.parameters;
                                        if (Array.isArray(data221)) {
                                            const len33 = data221.length;
                                            for (let i33 = 0; i33 < len33; i33++) {
                                                let data222 = data221[i33];
                                                if (data222 && typeof data222 == "object" && !Array.isArray(data222)) {
                                                    if (data222.array !== undefined) {
                                                        let data223 = data222.array;
                                                        if (Array.isArray(data223)) {
                                                            const len34 = data223.length;
                                                            for (let i34 = 0; i34 < len34; i34++) {
                                                                if (typeof data223[i34] !== "string") {
                                                                    const err250 = { instancePath: instancePath + "/spec/sourceHydrator/drySource/plugin/parameters/" + i33 + "/array/" + i34, schemaPath: "#/properties/spec/properties/sourceHydrator/properties/drySource/properties/plugin/properties/parameters/items/properties/array/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                                                    if (vErrors === null) {
                                                                        vErrors = [err250];
                                                                    }
                                                                    else {
                                                                        vErrors.push(err250);
                                                                    }
                                                                    errors++;
                                                                }
                                                            }
                                                        }
                                                        else {
                                                            const err251 = { instancePath: instancePath + "/spec/sourceHydrator/drySource/plugin/parameters/" + i33 + "/array", schemaPath: "#/properties/spec/properties/sourceHydrator/properties/drySource/properties/plugin/properties/parameters/items/properties/array/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                                                            if (vErrors === null) {
                                                                vErrors = [err251];
                                                            }
                                                            else {
                                                                vErrors.push(err251);
                                                            }
                                                            errors++;
                                                        }
                                                    }
                                                    if (data222.map !== undefined) {
                                                        let data225 = data222.map;
                                                        if (data225 && typeof data225 == "object" && !Array.isArray(data225)) {
                                                            for (const key7 in data225) {
                                                                if (typeof data225[key7] !== "string") {
                                                                    const err252 = { instancePath: instancePath + "/spec/sourceHydrator/drySource/plugin/parameters/" + i33 + "/map/" + key7.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/spec/properties/sourceHydrator/properties/drySource/properties/plugin/properties/parameters/items/properties/map/additionalProperties/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                                                    if (vErrors === null) {
                                                                        vErrors = [err252];
                                                                    }
                                                                    else {
                                                                        vErrors.push(err252);
                                                                    }
                                                                    errors++;
                                                                }
                                                            }
                                                        }
                                                        else {
                                                            const err253 = { instancePath: instancePath + "/spec/sourceHydrator/drySource/plugin/parameters/" + i33 + "/map", schemaPath: "#/properties/spec/properties/sourceHydrator/properties/drySource/properties/plugin/properties/parameters/items/properties/map/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                                                            if (vErrors === null) {
                                                                vErrors = [err253];
                                                            }
                                                            else {
                                                                vErrors.push(err253);
                                                            }
                                                            errors++;
                                                        }
                                                    }
                                                    if (data222.name !== undefined) {
                                                        if (typeof data222.name !== "string") {
                                                            const err254 = { instancePath: instancePath + "/spec/sourceHydrator/drySource/plugin/parameters/" + i33 + "/name", schemaPath: "#/properties/spec/properties/sourceHydrator/properties/drySource/properties/plugin/properties/parameters/items/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                                            if (vErrors === null) {
                                                                vErrors = [err254];
                                                            }
                                                            else {
                                                                vErrors.push(err254);
                                                            }
                                                            errors++;
                                                        }
                                                    }
                                                    if (data222.string !== undefined) {
                                                        if (typeof data222.string !== "string") {
                                                            const err255 = { instancePath: instancePath + "/spec/sourceHydrator/drySource/plugin/parameters/" + i33 + "/string", schemaPath: "#/properties/spec/properties/sourceHydrator/properties/drySource/properties/plugin/properties/parameters/items/properties/string/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                                            if (vErrors === null) {
                                                                vErrors = [err255];
                                                            }
                                                            else {
                                                                vErrors.push(err255);
                                                            }
                                                            errors++;
                                                        }
                                                    }
                                                }
                                                else {
                                                    const err256 = { instancePath: instancePath + "/spec/sourceHydrator/drySource/plugin/parameters/" + i33, schemaPath: "#/properties/spec/properties/sourceHydrator/properties/drySource/properties/plugin/properties/parameters/items/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                                                    if (vErrors === null) {
                                                        vErrors = [err256];
                                                    }
                                                    else {
                                                        vErrors.push(err256);
                                                    }
                                                    errors++;
                                                }
                                            }
                                        }
                                        else {
                                            const err257 = { instancePath: instancePath + "/spec/sourceHydrator/drySource/plugin/parameters", schemaPath: "#/properties/spec/properties/sourceHydrator/properties/drySource/properties/plugin/properties/parameters/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                                            if (vErrors === null) {
                                                vErrors = [err257];
                                            }
                                            else {
                                                vErrors.push(err257);
                                            }
                                            errors++;
                                        }
                                    }
                                }
                                else {
                                    const err258 = { instancePath: instancePath + "/spec/sourceHydrator/drySource/plugin", schemaPath: "#/properties/spec/properties/sourceHydrator/properties/drySource/properties/plugin/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                                    if (vErrors === null) {
                                        vErrors = [err258];
                                    }
                                    else {
                                        vErrors.push(err258);
                                    }
                                    errors++;
                                }
                            }
                            if (data131.repoURL !== undefined) {
                                if (typeof data131.repoURL !== "string") {
                                    const err259 = { instancePath: instancePath + "/spec/sourceHydrator/drySource/repoURL", schemaPath: "#/properties/spec/properties/sourceHydrator/properties/drySource/properties/repoURL/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                    if (vErrors === null) {
                                        vErrors = [err259];
                                    }
                                    else {
                                        vErrors.push(err259);
                                    }
                                    errors++;
                                }
                            }
                            if (data131.targetRevision !== undefined) {
                                if (typeof data131.targetRevision !== "string") {
                                    const err260 = { instancePath: instancePath + "/spec/sourceHydrator/drySource/targetRevision", schemaPath: "#/properties/spec/properties/sourceHydrator/properties/drySource/properties/targetRevision/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                    if (vErrors === null) {
                                        vErrors = [err260];
                                    }
                                    else {
                                        vErrors.push(err260);
                                    }
                                    errors++;
                                }
                            }
                        }
                        else {
                            const err261 = { instancePath: instancePath + "/spec/sourceHydrator/drySource", schemaPath: "#/properties/spec/properties/sourceHydrator/properties/drySource/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                            if (vErrors === null) {
                                vErrors = [err261];
                            }
                            else {
                                vErrors.push(err261);
                            }
                            errors++;
                        }
                    }
                    if (data130.hydrateTo !== undefined) {
                        let data231 = data130.hydrateTo;
                        if (data231 && typeof data231 == "object" && !Array.isArray(data231)) {
                            if (data231.targetBranch === undefined) {
                                const err262 = { instancePath: instancePath + "/spec/sourceHydrator/hydrateTo", schemaPath: "#/properties/spec/properties/sourceHydrator/properties/hydrateTo/required", keyword: "required", params: { missingProperty: "targetBranch" }, message: "must have required property '" + "targetBranch" + "'" };
                                if (vErrors === null) {
                                    vErrors = [err262];
                                }
                                else {
                                    vErrors.push(err262);
                                }
                                errors++;
                            }
                            if (data231.targetBranch !== undefined) {
                                if (typeof data231.targetBranch !== "string") {
                                    const err263 = { instancePath: instancePath + "/spec/sourceHydrator/hydrateTo/targetBranch", schemaPath: "#/properties/spec/properties/sourceHydrator/properties/hydrateTo/properties/targetBranch/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                    if (vErrors === null) {
                                        vErrors = [err263];
                                    }
                                    else {
                                        vErrors.push(err263);
                                    }
                                    errors++;
                                }
                            }
                        }
                        else {
                            const err264 = { instancePath: instancePath + "/spec/sourceHydrator/hydrateTo", schemaPath: "#/properties/spec/properties/sourceHydrator/properties/hydrateTo/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                            if (vErrors === null) {
                                vErrors = [err264];
                            }
                            else {
                                vErrors.push(err264);
                            }
                            errors++;
                        }
                    }
                    if (data130.syncSource !== undefined) {
                        let data233 = data130.syncSource;
                        if (data233 && typeof data233 == "object" && !Array.isArray(data233)) {
                            if (data233.path === undefined) {
                                const err265 = { instancePath: instancePath + "/spec/sourceHydrator/syncSource", schemaPath: "#/properties/spec/properties/sourceHydrator/properties/syncSource/required", keyword: "required", params: { missingProperty: "path" }, message: "must have required property '" + "path" + "'" };
                                if (vErrors === null) {
                                    vErrors = [err265];
                                }
                                else {
                                    vErrors.push(err265);
                                }
                                errors++;
                            }
                            if (data233.targetBranch === undefined) {
                                const err266 = { instancePath: instancePath + "/spec/sourceHydrator/syncSource", schemaPath: "#/properties/spec/properties/sourceHydrator/properties/syncSource/required", keyword: "required", params: { missingProperty: "targetBranch" }, message: "must have required property '" + "targetBranch" + "'" };
                                if (vErrors === null) {
                                    vErrors = [err266];
                                }
                                else {
                                    vErrors.push(err266);
                                }
                                errors++;
                            }
                            if (data233.path !== undefined) {
                                let data234 = data233.path;
                                if (typeof data234 === "string") {
                                    if (func2(data234) < 1) {
                                        const err267 = { instancePath: instancePath + "/spec/sourceHydrator/syncSource/path", schemaPath: "#/properties/spec/properties/sourceHydrator/properties/syncSource/properties/path/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                                        if (vErrors === null) {
                                            vErrors = [err267];
                                        }
                                        else {
                                            vErrors.push(err267);
                                        }
                                        errors++;
                                    }
                                    if (!pattern0.test(data234)) {
                                        const err268 = { instancePath: instancePath + "/spec/sourceHydrator/syncSource/path", schemaPath: "#/properties/spec/properties/sourceHydrator/properties/syncSource/properties/path/pattern", keyword: "pattern", params: { pattern: "^.{2,}|[^./]$" }, message: "must match pattern \"" + "^.{2,}|[^./]$" + "\"" };
                                        if (vErrors === null) {
                                            vErrors = [err268];
                                        }
                                        else {
                                            vErrors.push(err268);
                                        }
                                        errors++;
                                    }
                                }
                                else {
                                    const err269 = { instancePath: instancePath + "/spec/sourceHydrator/syncSource/path", schemaPath: "#/properties/spec/properties/sourceHydrator/properties/syncSource/properties/path/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                    if (vErrors === null) {
                                        vErrors = [err269];
                                    }
                                    else {
                                        vErrors.push(err269);
                                    }
                                    errors++;
                                }
                            }
                            if (data233.repoURL !== undefined) {
                                if (typeof data233.repoURL !== "string") {
                                    const err270 = { instancePath: instancePath + "/spec/sourceHydrator/syncSource/repoURL", schemaPath: "#/properties/spec/properties/sourceHydrator/properties/syncSource/properties/repoURL/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                    if (vErrors === null) {
                                        vErrors = [err270];
                                    }
                                    else {
                                        vErrors.push(err270);
                                    }
                                    errors++;
                                }
                            }
                            if (data233.targetBranch !== undefined) {
                                if (typeof data233.targetBranch !== "string") {
                                    const err271 = { instancePath: instancePath + "/spec/sourceHydrator/syncSource/targetBranch", schemaPath: "#/properties/spec/properties/sourceHydrator/properties/syncSource/properties/targetBranch/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                    if (vErrors === null) {
                                        vErrors = [err271];
                                    }
                                    else {
                                        vErrors.push(err271);
                                    }
                                    errors++;
                                }
                            }
                        }
                        else {
                            const err272 = { instancePath: instancePath + "/spec/sourceHydrator/syncSource", schemaPath: "#/properties/spec/properties/sourceHydrator/properties/syncSource/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                            if (vErrors === null) {
                                vErrors = [err272];
                            }
                            else {
                                vErrors.push(err272);
                            }
                            errors++;
                        }
                    }
                }
                else {
                    const err273 = { instancePath: instancePath + "/spec/sourceHydrator", schemaPath: "#/properties/spec/properties/sourceHydrator/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                    if (vErrors === null) {
                        vErrors = [err273];
                    }
                    else {
                        vErrors.push(err273);
                    }
                    errors++;
                }
            }
            if (data3.sources !== undefined) {
                let data237 = data3.sources;
                if (Array.isArray(data237)) {
                    const len35 = data237.length;
                    for (let i35 = 0; i35 < len35; i35++) {
                        let data238 = data237[i35];
                        if (data238 && typeof data238 == "object" && !Array.isArray(data238)) {
                            if (data238.repoURL === undefined) {
                                const err274 = { instancePath: instancePath + "/spec/sources/" + i35, schemaPath: "#/properties/spec/properties/sources/items/required", keyword: "required", params: { missingProperty: "repoURL" }, message: "must have required property '" + "repoURL" + "'" };
                                if (vErrors === null) {
                                    vErrors = [err274];
                                }
                                else {
                                    vErrors.push(err274);
                                }
                                errors++;
                            }
                            if (data238.chart !== undefined) {
                                if (typeof data238.chart !== "string") {
                                    const err275 = { instancePath: instancePath + "/spec/sources/" + i35 + "/chart", schemaPath: "#/properties/spec/properties/sources/items/properties/chart/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                    if (vErrors === null) {
                                        vErrors = [err275];
                                    }
                                    else {
                                        vErrors.push(err275);
                                    }
                                    errors++;
                                }
                            }
                            if (data238.directory !== undefined) {
                                let data240 = data238.directory;
                                if (data240 && typeof data240 == "object" && !Array.isArray(data240)) {
                                    if (data240.exclude !== undefined) {
                                        if (typeof data240.exclude !== "string") {
                                            const err276 = { instancePath: instancePath + "/spec/sources/" + i35 + "/directory/exclude", schemaPath: "#/properties/spec/properties/sources/items/properties/directory/properties/exclude/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                            if (vErrors === null) {
                                                vErrors = [err276];
                                            }
                                            else {
                                                vErrors.push(err276);
                                            }
                                            errors++;
                                        }
                                    }
                                    if (data240.include !== undefined) {
                                        if (typeof data240.include !== "string") {
                                            const err277 = { instancePath: instancePath + "/spec/sources/" + i35 + "/directory/include", schemaPath: "#/properties/spec/properties/sources/items/properties/directory/properties/include/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                            if (vErrors === null) {
                                                vErrors = [err277];
                                            }
                                            else {
                                                vErrors.push(err277);
                                            }
                                            errors++;
                                        }
                                    }
                                    if (data240.jsonnet !== undefined) {
                                        let data243 = data240.jsonnet;
                                        if (data243 && typeof data243 == "object" && !Array.isArray(data243)) {
                                            if (data243.extVars !== undefined) {
                                                let data244 = data243.extVars;
                                                if (Array.isArray(data244)) {
                                                    const len36 = data244.length;
                                                    for (let i36 = 0; i36 < len36; i36++) {
                                                        let data245 = data244[i36];
                                                        if (data245 && typeof data245 == "object" && !Array.isArray(data245)) {
                                                            if (data245.name === undefined) {
                                                                const err278 = { instancePath: instancePath + "/spec/sources/" + i35 + "/directory/jsonnet/extVars/" + i36, schemaPath: "#/properties/spec/properties/sources/items/properties/directory/properties/jsonnet/properties/extVars/items/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property '" + "name" + "'" };
                                                                if (vErrors === null) {
                                                                    vErrors = [err278];
                                                                }
                                                                else {
                                                                    vErrors.push(err278);
                                                                }
                                                                errors++;
                                                            }
                                                            if (data245.value === undefined) {
                                                                const err279 = { instancePath: instancePath + "/spec/sources/" + i35 + "/directory/jsonnet/extVars/" + i36, schemaPath: "#/properties/spec/properties/sources/items/properties/directory/properties/jsonnet/properties/extVars/items/required", keyword: "required", params: { missingProperty: "value" }, message: "must have required property '" + "value" + "'" };
                                                                if (vErrors === null) {
                                                                    vErrors = [err279];
                                                                }
                                                                else {
                                                                    vErrors.push(err279);
                                                                }
                                                                errors++;
                                                            }
                                                            if (data245.code !== undefined) {
                                                                if (typeof data245.code !== "boolean") {
                                                                    const err280 = { instancePath: instancePath + "/spec/sources/" + i35 + "/directory/jsonnet/extVars/" + i36 + "/code", schemaPath: "#/properties/spec/properties/sources/items/properties/directory/properties/jsonnet/properties/extVars/items/properties/code/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
                                                                    if (vErrors === null) {
                                                                        vErrors = [err280];
                                                                    }
                                                                    else {
                                                                        vErrors.push(err280);
                                                                    }
                                                                    errors++;
                                                                }
                                                            }
                                                            if (data245.name !== undefined) {
                                                                if (typeof data245.name !== "string") {
                                                                    const err281 = { instancePath: instancePath + "/spec/sources/" + i35 + "/directory/jsonnet/extVars/" + i36 + "/name", schemaPath: "#/properties/spec/properties/sources/items/properties/directory/properties/jsonnet/properties/extVars/items/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                                                    if (vErrors === null) {
                                                                        vErrors = [err281];
                                                                    }
                                                                    else {
                                                                        vErrors.push(err281);
                                                                    }
                                                                    errors++;
                                                                }
                                                            }
                                                            if (data245.value !== undefined) {
                                                                if (typeof data245.value !== "string") {
                                                                    const err282 = { instancePath: instancePath + "/spec/sources/" + i35 + "/directory/jsonnet/extVars/" + i36 + "/value", schemaPath: "#/properties/spec/properties/sources/items/properties/directory/properties/jsonnet/properties/extVars/items/properties/value/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                                                    if (vErrors === null) {
                                                                        vErrors = [err282];
                                                                    }
                                                                    else {
                                                                        vErrors.push(err282);
                                                                    }
                                                                    errors++;
                                                                }
                                                            }
                                                        }
                                                        else {
                                                            const err283 = { instancePath: instancePath + "/spec/sources/" + i35 + "/directory/jsonnet/extVars/" + i36, schemaPath: "#/properties/spec/properties/sources/items/properties/directory/properties/jsonnet/properties/extVars/items/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                                                            if (vErrors === null) {
                                                                vErrors = [err283];
                                                            }
                                                            else {
                                                                vErrors.push(err283);
                                                            }
                                                            errors++;
                                                        }
                                                    }
                                                }
                                                else {
                                                    const err284 = { instancePath: instancePath + "/spec/sources/" + i35 + "/directory/jsonnet/extVars", schemaPath: "#/properties/spec/properties/sources/items/properties/directory/properties/jsonnet/properties/extVars/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                                                    if (vErrors === null) {
                                                        vErrors = [err284];
                                                    }
                                                    else {
                                                        vErrors.push(err284);
                                                    }
                                                    errors++;
                                                }
                                            }
                                            if (data243.libs !== undefined) {
                                                let data249 = data243.libs;
                                                if (Array.isArray(data249)) {
                                                    const len37 = data249.length;
                                                    for (let i37 = 0; i37 < len37; i37++) {
                                                        if (typeof data249[i37] !== "string") {
                                                            const err285 = { instancePath: instancePath + "/spec/sources/" + i35 + "/directory/jsonnet/libs/" + i37, schemaPath: "#/properties/spec/properties/sources/items/properties/directory/properties/jsonnet/properties/libs/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                                            if (vErrors === null) {
                                                                vErrors = [err285];
                                                            }
                                                            else {
                                                                vErrors.push(err285);
                                                            }
                                                            errors++;
                                                        }
                                                    }
                                                }
                                                else {
                                                    const err286 = { instancePath: instancePath + "/spec/sources/" + i35 + "/directory/jsonnet/libs", schemaPath: "#/properties/spec/properties/sources/items/properties/directory/properties/jsonnet/properties/libs/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                                                    if (vErrors === null) {
                                                        vErrors = [err286];
                                                    }
                                                    else {
                                                        vErrors.push(err286);
                                                    }
                                                    errors++;
                                                }
                                            }
                                            if (data243.tlas !== undefined) {
                                                let data251 = data243.tlas;
                                                if (Array.isArray(data251)) {
                                                    const len38 = data251.length;
                                                    for (let i38 = 0; i38 < len38; i38++) {
                                                        let data252 = data251[i38];
                                                        if (data252 && typeof data252 == "object" && !Array.isArray(data252)) {
                                                            if (data252.name === undefined) {
                                                                const err287 = { instancePath: instancePath + "/spec/sources/" + i35 + "/directory/jsonnet/tlas/" + i38, schemaPath: "#/properties/spec/properties/sources/items/properties/directory/properties/jsonnet/properties/tlas/items/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property '" + "name" + "'" };
                                                                if (vErrors === null) {
                                                                    vErrors = [err287];
                                                                }
                                                                else {
                                                                    vErrors.push(err287);
                                                                }
                                                                errors++;
                                                            }
                                                            if (data252.value === undefined) {
                                                                const err288 = { instancePath: instancePath + "/spec/sources/" + i35 + "/directory/jsonnet/tlas/" + i38, schemaPath: "#/properties/spec/properties/sources/items/properties/directory/properties/jsonnet/properties/tlas/items/required", keyword: "required", params: { missingProperty: "value" }, message: "must have required property '" + "value" + "'" };
                                                                if (vErrors === null) {
                                                                    vErrors = [err288];
                                                                }
                                                                else {
                                                                    vErrors.push(err288);
                                                                }
                                                                errors++;
                                                            }
                                                            if (data252.code !== undefined) {
                                                                if (typeof data252.code !== "boolean") {
                                                                    const err289 = { instancePath: instancePath + "/spec/sources/" + i35 + "/directory/jsonnet/tlas/" + i38 + "/code", schemaPath: "#/properties/spec/properties/sources/items/properties/directory/properties/jsonnet/properties/tlas/items/properties/code/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
                                                                    if (vErrors === null) {
                                                                        vErrors = [err289];
                                                                    }
                                                                    else {
                                                                        vErrors.push(err289);
                                                                    }
                                                                    errors++;
                                                                }
                                                            }
                                                            if (data252.name !== undefined) {
                                                                if (typeof data252.name !== "string") {
                                                                    const err290 = { instancePath: instancePath + "/spec/sources/" + i35 + "/directory/jsonnet/tlas/" + i38 + "/name", schemaPath: "#/properties/spec/properties/sources/items/properties/directory/properties/jsonnet/properties/tlas/items/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                                                    if (vErrors === null) {
                                                                        vErrors = [err290];
                                                                    }
                                                                    else {
                                                                        vErrors.push(err290);
                                                                    }
                                                                    errors++;
                                                                }
                                                            }
                                                            if (data252.value !== undefined) {
                                                                if (typeof data252.value !== "string") {
                                                                    const err291 = { instancePath: instancePath + "/spec/sources/" + i35 + "/directory/jsonnet/tlas/" + i38 + "/value", schemaPath: "#/properties/spec/properties/sources/items/properties/directory/properties/jsonnet/properties/tlas/items/properties/value/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                                                    if (vErrors === null) {
                                                                        vErrors = [err291];
                                                                    }
                                                                    else {
                                                                        vErrors.push(err291);
                                                                    }
                                                                    errors++;
                                                                }
                                                            }
                                                        }
                                                        else {
                                                            const err292 = { instancePath: instancePath + "/spec/sources/" + i35 + "/directory/jsonnet/tlas/" + i38, schemaPath: "#/properties/spec/properties/sources/items/properties/directory/properties/jsonnet/properties/tlas/items/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                                                            if (vErrors === null) {
                                                                vErrors = [err292];
                                                            }
                                                            else {
                                                                vErrors.push(err292);
                                                            }
                                                            errors++;
                                                        }
                                                    }
                                                }
                                                else {
                                                    const err293 = { instancePath: instancePath + "/spec/sources/" + i35 + "/directory/jsonnet/tlas", schemaPath: "#/properties/spec/properties/sources/items/properties/directory/properties/jsonnet/properties/tlas/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                                                    if (vErrors === null) {
                                                        vErrors = [err293];
                                                    }
                                                    else {
                                                        vErrors.push(err293);
                                                    }
                                                    errors++;
                                                }
                                            }
                                        }
                                        else {
                                            const err294 = { instancePath: instancePath + "/spec/sources/" + i35 + "/directory/jsonnet", schemaPath: "#/properties/spec/properties/sources/items/properties/directory/properties/jsonnet/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                                            if (vErrors === null) {
                                                vErrors = [err294];
                                            }
                                            else {
                                                vErrors.push(err294);
                                            }
                                            errors++;
                                        }
                                    }
                                    if (data240.recurse !== undefined) {
                                        if (typeof data240.recurse !== "boolean") {
                                            const err295 = { instancePath: instancePath + "/spec/sources/" + i35 + "/directory/recurse", schemaPath: "#/properties/spec/properties/sources/items/properties/directory/properties/recurse/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
                                            if (vErrors === null) {
                                                vErrors = [err295];
                                            }
                                            else {
                                                vErrors.push(err295);
                                            }
                                            errors++;
                                        }
                                    }
                                }
                                else {
                                    const err296 = { instancePath: instancePath + "/spec/sources/" + i35 + "/directory", schemaPath: "#/properties/spec/properties/sources/items/properties/directory/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                                    if (vErrors === null) {
                                        vErrors = [err296];
                                    }
                                    else {
                                        vErrors.push(err296);
                                    }
                                    errors++;
                                }
                            }
                            if (data238.helm !== undefined) {
                                let data257 = data238.helm;
                                if (data257 && typeof data257 == "object" && !Array.isArray(data257)) {
                                    if (data257.apiVersions !== undefined) {
                                        let data258 = data257.apiVersions;
                                        if (Array.isArray(data258)) {
                                            const len39 = data258.length;
                                            for (let i39 = 0; i39 < len39; i39++) {
                                                if (typeof data258[i39] !== "string") {
                                                    const err297 = { instancePath: instancePath + "/spec/sources/" + i35 + "/helm/apiVersions/" + i39, schemaPath: "#/properties/spec/properties/sources/items/properties/helm/properties/apiVersions/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                                    if (vErrors === null) {
                                                        vErrors = [err297];
                                                    }
                                                    else {
                                                        vErrors.push(err297);
                                                    }
                                                    errors++;
                                                }
                                            }
                                        }
                                        else {
                                            const err298 = { instancePath: instancePath + "/spec/sources/" + i35 + "/helm/apiVersions", schemaPath: "#/properties/spec/properties/sources/items/properties/helm/properties/apiVersions/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                                            if (vErrors === null) {
                                                vErrors = [err298];
                                            }
                                            else {
                                                vErrors.push(err298);
                                            }
                                            errors++;
                                        }
                                    }
                                    if (data257.fileParameters !== undefined) {
                                        let data260 = data257.fileParameters;
                                        if (Array.isArray(data260)) {
                                            const len40 = data260.length;
                                            for (let i40 = 0; i40 < len40; i40++) {
                                                let data261 = data260[i40];
                                                if (data261 && typeof data261 == "object" && !Array.isArray(data261)) {
                                                    if (data261.name !== undefined) {
                                                        if (typeof data261.name !== "string") {
                                                            const err299 = { instancePath: instancePath + "/spec/sources/" + i35 + "/helm/fileParameters/" + i40 + "/name", schemaPath: "#/properties/spec/properties/sources/items/properties/helm/properties/fileParameters/items/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                                            if (vErrors === null) {
                                                                vErrors = [err299];
                                                            }
                                                            else {
                                                                vErrors.push(err299);
                                                            }
                                                            errors++;
                                                        }
                                                    }
                                                    if (data261.path !== undefined) {
                                                        if (typeof data261.path !== "string") {
                                                            const err300 = { instancePath: instancePath + "/spec/sources/" + i35 + "/helm/fileParameters/" + i40 + "/path", schemaPath: "#/properties/spec/properties/sources/items/properties/helm/properties/fileParameters/items/properties/path/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                                            if (vErrors === null) {
                                                                vErrors = [err300];
                                                            }
                                                            else {
                                                                vErrors.push(err300);
                                                            }
                                                            errors++;
                                                        }
                                                    }
                                                }
                                                else {
                                                    const err301 = { instancePath: instancePath + "/spec/sources/" + i35 + "/helm/fileParameters/" + i40, schemaPath: "#/properties/spec/properties/sources/items/properties/helm/properties/fileParameters/items/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                                                    if (vErrors === null) {
                                                        vErrors = [err301];
                                                    }
                                                    else {
                                                        vErrors.push(err301);
                                                    }
                                                    errors++;
                                                }
                                            }
                                        }
                                        else {
                                            const err302 = { instancePath: instancePath + "/spec/sources/" + i35 + "/helm/fileParameters", schemaPath: "#/properties/spec/properties/sources/items/properties/helm/properties/fileParameters/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                                            if (vErrors === null) {
                                                vErrors = [err302];
                                            }
                                            else {
                                                vErrors.push(err302);
                                            }
                                            errors++;
                                        }
                                    }
                                    if (data257.ignoreMissingValueFiles !== undefined) {
                                        if (typeof data257.ignoreMissingValueFiles !== "boolean") {
                                            const err303 = { instancePath: instancePath + "/spec/sources/" + i35 + "/helm/ignoreMissingValueFiles", schemaPath: "#/properties/spec/properties/sources/items/properties/helm/properties/ignoreMissingValueFiles/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
                                            if (vErrors === null) {
                                                vErrors = [err303];
                                            }
                                            else {
                                                vErrors.push(err303);
                                            }
                                            errors++;
                                        }
                                    }
                                    if (data257.kubeVersion !== undefined) {
                                        if (typeof data257.kubeVersion !== "string") {
                                            const err304 = { instancePath: instancePath + "/spec/sources/" + i35 + "/helm/kubeVersion", schemaPath: "#/properties/spec/properties/sources/items/properties/helm/properties/kubeVersion/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                            if (vErrors === null) {
                                                vErrors = [err304];
                                            }
                                            else {
                                                vErrors.push(err304);
                                            }
                                            errors++;
                                        }
                                    }
                                    if (data257.namespace !== undefined) {
                                        if (typeof data257.namespace !== "string") {
                                            const err305 = { instancePath: instancePath + "/spec/sources/" + i35 + "/helm/namespace", schemaPath: "#/properties/spec/properties/sources/items/properties/helm/properties/namespace/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                            if (vErrors === null) {
                                                vErrors = [err305];
                                            }
                                            else {
                                                vErrors.push(err305);
                                            }
                                            errors++;
                                        }
                                    }
                                    if (data257.parameters !== undefined) {
                                        let data267 = data257.parameters;
                                        if (Array.isArray(data267)) {
                                            const len41 = data267.length;
                                            for (let i41 = 0; i41 < len41; i41++) {
                                                let data268 = data267[i41];
                                                if (data268 && typeof data268 == "object" && !Array.isArray(data268)) {
                                                    if (data268.forceString !== undefined) {
                                                        if (typeof data268.forceString !== "boolean") {
                                                            const err306 = { instancePath: instancePath + "/spec/sources/" + i35 + "/helm/parameters/" + i41 + "/forceString", schemaPath: "#/properties/spec/properties/sources/items/properties/helm/properties/parameters/items/properties/forceString/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
                                                            if (vErrors === null) {
                                                                vErrors = [err306];
                                                            }
                                                            else {
                                                                vErrors.push(err306);
                                                            }
                                                            errors++;
                                                        }
                                                    }
                                                    if (data268.name !== undefined) {
                                                        if (typeof data268.name !== "string") {
                                                            const err307 = { instancePath: instancePath + "/spec/sources/" + i35 + "/helm/parameters/" + i41 + "/name", schemaPath: "#/properties/spec/properties/sources/items/properties/helm/properties/parameters/items/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                                            if (vErrors === null) {
                                                                vErrors = [err307];
                                                            }
                                                            else {
                                                                vErrors.push(err307);
                                                            }
                                                            errors++;
                                                        }
                                                    }
                                                    if (data268.value !== undefined) {
                                                        if (typeof data268.value !== "string") {
                                                            const err308 = { instancePath: instancePath + "/spec/sources/" + i35 + "/helm/parameters/" + i41 + "/value", schemaPath: "#/properties/spec/properties/sources/items/properties/helm/properties/parameters/items/properties/value/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                                            if (vErrors === null) {
                                                                vErrors = [err308];
                                                            }
                                                            else {
                                                                vErrors.push(err308);
                                                            }
                                                            errors++;
                                                        }
                                                    }
                                                }
                                                else {
                                                    const err309 = { instancePath: instancePath + "/spec/sources/" + i35 + "/helm/parameters/" + i41, schemaPath: "#/properties/spec/properties/sources/items/properties/helm/properties/parameters/items/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                                                    if (vErrors === null) {
                                                        vErrors = [err309];
                                                    }
                                                    else {
                                                        vErrors.push(err309);
                                                    }
                                                    errors++;
                                                }
                                            }
                                        }
                                        else {
                                            const err310 = { instancePath: instancePath + "/spec/sources/" + i35 + "/helm/parameters", schemaPath: "#/properties/spec/properties/sources/items/properties/helm/properties/parameters/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                                            if (vErrors === null) {
                                                vErrors = [err310];
                                            }
                                            else {
                                                vErrors.push(err310);
                                            }
                                            errors++;
                                        }
                                    }
                                    if (data257.passCredentials !== undefined) {
                                        if (typeof data257.passCredentials !== "boolean") {
                                            const err311 = { instancePath: instancePath + "/spec/sources/" + i35 + "/helm/passCredentials", schemaPath: "#/properties/spec/properties/sources/items/properties/helm/properties/passCredentials/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
                                            if (vErrors === null) {
                                                vErrors = [err311];
                                            }
                                            else {
                                                vErrors.push(err311);
                                            }
                                            errors++;
                                        }
                                    }
                                    if (data257.releaseName !== undefined) {
                                        if (typeof data257.releaseName !== "string") {
                                            const err312 = { instancePath: instancePath + "/spec/sources/" + i35 + "/helm/releaseName", schemaPath: "#/properties/spec/properties/sources/items/properties/helm/properties/releaseName/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                            if (vErrors === null) {
                                                vErrors = [err312];
                                            }
                                            else {
                                                vErrors.push(err312);
                                            }
                                            errors++;
                                        }
                                    }
                                    if (data257.skipCrds !== undefined) {
                                        if (typeof data257.skipCrds !== "boolean") {
                                            const err313 = { instancePath: instancePath + "/spec/sources/" + i35 + "/helm/skipCrds", schemaPath: "#/properties/spec/properties/sources/items/properties/helm/properties/skipCrds/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
                                            if (vErrors === null) {
                                                vErrors = [err313];
                                            }
                                            else {
                                                vErrors.push(err313);
                                            }
                                            errors++;
                                        }
                                    }
                                    if (data257.skipSchemaValidation !== undefined) {
                                        if (typeof data257.skipSchemaValidation !== "boolean") {
                                            const err314 = { instancePath: instancePath + "/spec/sources/" + i35 + "/helm/skipSchemaValidation", schemaPath: "#/properties/spec/properties/sources/items/properties/helm/properties/skipSchemaValidation/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
                                            if (vErrors === null) {
                                                vErrors = [err314];
                                            }
                                            else {
                                                vErrors.push(err314);
                                            }
                                            errors++;
                                        }
                                    }
                                    if (data257.skipTests !== undefined) {
                                        if (typeof data257.skipTests !== "boolean") {
                                            const err315 = { instancePath: instancePath + "/spec/sources/" + i35 + "/helm/skipTests", schemaPath: "#/properties/spec/properties/sources/items/properties/helm/properties/skipTests/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
                                            if (vErrors === null) {
                                                vErrors = [err315];
                                            }
                                            else {
                                                vErrors.push(err315);
                                            }
                                            errors++;
                                        }
                                    }
                                    if (data257.valueFiles !== undefined) {
                                        let data277 = data257.valueFiles;
                                        if (Array.isArray(data277)) {
                                            const len42 = data277.length;
                                            for (let i42 = 0; i42 < len42; i42++) {
                                                if (typeof data277[i42] !== "string") {
                                                    const err316 = { instancePath: instancePath + "/spec/sources/" + i35 + "/helm/valueFiles/" + i42, schemaPath: "#/properties/spec/properties/sources/items/properties/helm/properties/valueFiles/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                                    if (vErrors === null) {
                                                        vErrors = [err316];
                                                    }
                                                    else {
                                                        vErrors.push(err316);
                                                    }
                                                    errors++;
                                                }
                                            }
                                        }
                                        else {
                                            const err317 = { instancePath: instancePath + "/spec/sources/" + i35 + "/helm/valueFiles", schemaPath: "#/properties/spec/properties/sources/items/properties/helm/properties/valueFiles/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                                            if (vErrors === null) {
                                                vErrors = [err317];
                                            }
                                            else {
                                                vErrors.push(err317);
                                            }
                                            errors++;
                                        }
                                    }
                                    if (data257.values !== undefined) {
                                        if (typeof data257.values !== "string") {
                                            const err318 = { instancePath: instancePath + "/spec/sources/" + i35 + "/helm/values", schemaPath: "#/properties/spec/properties/sources/items/properties/helm/properties/values/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                            if (vErrors === null) {
                                                vErrors = [err318];
                                            }
                                            else {
                                                vErrors.push(err318);
                                            }
                                            errors++;
                                        }
                                    }
                                    if (data257.valuesObject !== undefined) {
                                        let data280 = data257.valuesObject;
                                        if (!(data280 && typeof data280 == "object" && !Array.isArray(data280))) {
                                            const err319 = { instancePath: instancePath + "/spec/sources/" + i35 + "/helm/valuesObject", schemaPath: "#/properties/spec/properties/sources/items/properties/helm/properties/valuesObject/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                                            if (vErrors === null) {
                                                vErrors = [err319];
                                            }
                                            else {
                                                vErrors.push(err319);
                                            }
                                            errors++;
                                        }
                                    }
                                    if (data257.version !== undefined) {
                                        if (typeof data257.version !== "string") {
                                            const err320 = { instancePath: instancePath + "/spec/sources/" + i35 + "/helm/version", schemaPath: "#/properties/spec/properties/sources/items/properties/helm/properties/version/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                            if (vErrors === null) {
                                                vErrors = [err320];
                                            }
                                            else {
                                                vErrors.push(err320);
                                            }
                                            errors++;
                                        }
                                    }
                                }
                                else {
                                    const err321 = { instancePath: instancePath + "/spec/sources/" + i35 + "/helm", schemaPath: "#/properties/spec/properties/sources/items/properties/helm/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                                    if (vErrors === null) {
                                        vErrors = [err321];
                                    }
                                    else {
                                        vErrors.push(err321);
                                    }
                                    errors++;
                                }
                            }
                            if (data238.kustomize !== undefined) {
                                let data282 = data238.kustomize;
                                if (data282 && typeof data282 == "object" && !Array.isArray(data282)) {
                                    if (data282.apiVersions !== undefined) {
                                        let data283 = data282.apiVersions;
                                        if (Array.isArray(data283)) {
                                            const len43 = data283.length;
                                            for (let i43 = 0; i43 < len43; i43++) {
                                                if (typeof data283[i43] !== "string") {
                                                    const err322 = { instancePath: instancePath + "/spec/sources/" + i35 + "/kustomize/apiVersions/" + i43, schemaPath: "#/properties/spec/properties/sources/items/properties/kustomize/properties/apiVersions/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                                    if (vErrors === null) {
                                                        vErrors = [err322];
                                                    }
                                                    else {
                                                        vErrors.push(err322);
                                                    }
                                                    errors++;
                                                }
                                            }
                                        }
                                        else {
                                            const err323 = { instancePath: instancePath + "/spec/sources/" + i35 + "/kustomize/apiVersions", schemaPath: "#/properties/spec/properties/sources/items/properties/kustomize/properties/apiVersions/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                                            if (vErrors === null) {
                                                vErrors = [err323];
                                            }
                                            else {
                                                vErrors.push(err323);
                                            }
                                            errors++;
                                        }
                                    }
                                    if (data282.commonAnnotations !== undefined) {
                                        let data285 = data282.commonAnnotations;
                                        if (data285 && typeof data285 == "object" && !Array.isArray(data285)) {
                                            for (const key8 in data285) {
                                                if (typeof data285[key8] !== "string") {
                                                    const err324 = { instancePath: instancePath + "/spec/sources/" + i35 + "/kustomize/commonAnnotations/" + key8.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/spec/properties/sources/items/properties/kustomize/properties/commonAnnotations/additionalProperties/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                                    if (vErrors === null) {
                                                        vErrors = [err324];
                                                    }
                                                    else {
                                                        vErrors.push(err324);
                                                    }
                                                    errors++;
                                                }
                                            }
                                        }
                                        else {
                                            const err325 = { instancePath: instancePath + "/spec/sources/" + i35 + "/kustomize/commonAnnotations", schemaPath: "#/properties/spec/properties/sources/items/properties/kustomize/properties/commonAnnotations/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                                            if (vErrors === null) {
                                                vErrors = [err325];
                                            }
                                            else {
                                                vErrors.push(err325);
                                            }
                                            errors++;
                                        }
                                    }
                                    if (data282.commonAnnotationsEnvsubst !== undefined) {
                                        if (typeof data282.commonAnnotationsEnvsubst !== "boolean") {
                                            const err326 = { instancePath: instancePath + "/spec/sources/" + i35 + "/kustomize/commonAnnotationsEnvsubst", schemaPath: "#/properties/spec/properties/sources/items/properties/kustomize/properties/commonAnnotationsEnvsubst/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
                                            if (vErrors === null) {
                                                vErrors = [err326];
                                            }
                                            else {
                                                vErrors.push(err326);
                                            }
                                            errors++;
                                        }
                                    }
                                    if (data282.commonLabels !== undefined) {
                                        let data288 = data282.commonLabels;
                                        if (data288 && typeof data288 == "object" && !Array.isArray(data288)) {
                                            for (const key9 in data288) {
                                                if (typeof data288[key9] !== "string") {
                                                    const err327 = { instancePath: instancePath + "/spec/sources/" + i35 + "/kustomize/commonLabels/" + key9.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/spec/properties/sources/items/properties/kustomize/properties/commonLabels/additionalProperties/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                                    if (vErrors === null) {
                                                        vErrors = [err327];
                                                    }
                                                    else {
                                                        vErrors.push(err327);
                                                    }
                                                    errors++;
                                                }
                                            }
                                        }
                                        else {
                                            const err328 = { instancePath: instancePath + "/spec/sources/" + i35 + "/kustomize/commonLabels", schemaPath: "#/properties/spec/properties/sources/items/properties/kustomize/properties/commonLabels/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                                            if (vErrors === null) {
                                                vErrors = [err328];
                                            }
                                            else {
                                                vErrors.push(err328);
                                            }
                                            errors++;
                                        }
                                    }
                                    if (data282.components !== undefined) {
                                        let data290 = data282.components;
                                        if (Array.isArray(data290)) {
                                            const len44 = data290.length;
                                            for (let i44 = 0; i44 < len44; i44++) {
                                                if (typeof data290[i44] !== "string") {
                                                    const err329 = { instancePath: instancePath + "/spec/sources/" + i35 + "/kustomize/components/" + i44, schemaPath: "#/properties/spec/properties/sources/items/properties/kustomize/properties/components/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                                    if (vErrors === null) {
                                                        vErrors = [err329];
                                                    }
                                                    else {
                                                        vErrors.push(err329);
                                                    }
                                                    errors++;
                                                }
                                            }
                                        }
                                        else {
                                            const err330 = { instancePath: instancePath + "/spec/sources/" + i35 + "/kustomize/components", schemaPath: "#/properties/spec/properties/sources/items/properties/kustomize/properties/components/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                                            if (vErrors === null) {
                                                vErrors = [err330];
                                            }
                                            else {
                                                vErrors.push(err330);
                                            }
                                            errors++;
                                        }
                                    }
                                    if (data282.forceCommonAnnotations !== undefined) {
                                        if (typeof data282.forceCommonAnnotations !== "boolean") {
                                            const err331 = { instancePath: instancePath + "/spec/sources/" + i35 + "/kustomize/forceCommonAnnotations", schemaPath: "#/properties/spec/properties/sources/items/properties/kustomize/properties/forceCommonAnnotations/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
                                            if (vErrors === null) {
                                                vErrors = [err331];
                                            }
                                            else {
                                                vErrors.push(err331);
                                            }
                                            errors++;
                                        }
                                    }
                                    if (data282.forceCommonLabels !== undefined) {
                                        if (typeof data282.forceCommonLabels !== "boolean") {
                                            const err332 = { instancePath: instancePath + "/spec/sources/" + i35 + "/kustomize/forceCommonLabels", schemaPath: "#/properties/spec/properties/sources/items/properties/kustomize/properties/forceCommonLabels/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
                                            if (vErrors === null) {
                                                vErrors = [err332];
                                            }
                                            else {
                                                vErrors.push(err332);
                                            }
                                            errors++;
                                        }
                                    }
                                    if (data282.ignoreMissingComponents !== undefined) {
                                        if (typeof data282.ignoreMissingComponents !== "boolean") {
                                            const err333 = { instancePath: instancePath + "/spec/sources/" + i35 + "/kustomize/ignoreMissingComponents", schemaPath: "#/properties/spec/properties/sources/items/properties/kustomize/properties/ignoreMissingComponents/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
                                            if (vErrors === null) {
                                                vErrors = [err333];
                                            }
                                            else {
                                                vErrors.push(err333);
                                            }
                                            errors++;
                                        }
                                    }
                                    if (data282.images !== undefined) {
                                        let data295 = data282.images;
                                        if (Array.isArray(data295)) {
                                            const len45 = data295.length;
                                            for (let i45 = 0; i45 < len45; i45++) {
                                                if (typeof data295[i45] !== "string") {
                                                    const err334 = { instancePath: instancePath + "/spec/sources/" + i35 + "/kustomize/images/" + i45, schemaPath: "#/properties/spec/properties/sources/items/properties/kustomize/properties/images/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                                    if (vErrors === null) {
                                                        vErrors = [err334];
                                                    }
                                                    else {
                                                        vErrors.push(err334);
                                                    }
                                                    errors++;
                                                }
                                            }
                                        }
                                        else {
                                            const err335 = { instancePath: instancePath + "/spec/sources/" + i35 + "/kustomize/images", schemaPath: "#/properties/spec/properties/sources/items/properties/kustomize/properties/images/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                                            if (vErrors === null) {
                                                vErrors = [err335];
                                            }
                                            else {
                                                vErrors.push(err335);
                                            }
                                            errors++;
                                        }
                                    }
                                    if (data282.kubeVersion !== undefined) {
                                        if (typeof data282.kubeVersion !== "string") {
                                            const err336 = { instancePath: instancePath + "/spec/sources/" + i35 + "/kustomize/kubeVersion", schemaPath: "#/properties/spec/properties/sources/items/properties/kustomize/properties/kubeVersion/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                            if (vErrors === null) {
                                                vErrors = [err336];
                                            }
                                            else {
                                                vErrors.push(err336);
                                            }
                                            errors++;
                                        }
                                    }
                                    if (data282.labelIncludeTemplates !== undefined) {
                                        if (typeof data282.labelIncludeTemplates !== "boolean") {
                                            const err337 = { instancePath: instancePath + "/spec/sources/" + i35 + "/kustomize/labelIncludeTemplates", schemaPath: "#/properties/spec/properties/sources/items/properties/kustomize/properties/labelIncludeTemplates/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
                                            if (vErrors === null) {
                                                vErrors = [err337];
                                            }
                                            else {
                                                vErrors.push(err337);
                                            }
                                            errors++;
                                        }
                                    }
                                    if (data282.labelWithoutSelector !== undefined) {
                                        if (typeof data282.labelWithoutSelector !== "boolean") {
                                            const err338 = { instancePath: instancePath + "/spec/sources/" + i35 + "/kustomize/labelWithoutSelector", schemaPath: "#/properties/spec/properties/sources/items/properties/kustomize/properties/labelWithoutSelector/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
                                            if (vErrors === null) {
                                                vErrors = [err338];
                                            }
                                            else {
                                                vErrors.push(err338);
                                            }
                                            errors++;
                                        }
                                    }
                                    if (data282.namePrefix !== undefined) {
                                        if (typeof data282.namePrefix !== "string") {
                                            const err339 = { instancePath: instancePath + "/spec/sources/" + i35 + "/kustomize/namePrefix", schemaPath: "#/properties/spec/properties/sources/items/properties/kustomize/properties/namePrefix/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                            if (vErrors === null) {
                                                vErrors = [err339];
                                            }
                                            else {
                                                vErrors.push(err339);
                                            }
                                            errors++;
                                        }
                                    }
                                    if (data282.nameSuffix !== undefined) {
                                        if (typeof data282.nameSuffix !== "string") {
                                            const err340 = { instancePath: instancePath + "/spec/sources/" + i35 + "/kustomize/nameSuffix", schemaPath: "#/properties/spec/properties/sources/items/properties/kustomize/properties/nameSuffix/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                            if (vErrors === null) {
                                                vErrors = [err340];
                                            }
                                            else {
                                                vErrors.push(err340);
                                            }
                                            errors++;
                                        }
                                    }
                                    if (data282.namespace !== undefined) {
                                        if (typeof data282.namespace !== "string") {
                                            const err341 = { instancePath: instancePath + "/spec/sources/" + i35 + "/kustomize/namespace", schemaPath: "#/properties/spec/properties/sources/items/properties/kustomize/properties/namespace/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                            if (vErrors === null) {
                                                vErrors = [err341];
                                            }
                                            else {
                                                vErrors.push(err341);
                                            }
                                            errors++;
                                        }
                                    }
                                    if (data282.patches !== undefined) {
                                        let data303 = data282.patches;
                                        if (Array.isArray(data303)) {
                                            const len46 = data303.length;
                                            for (let i46 = 0; i46 < len46; i46++) {
                                                let data304 = data303[i46];
                                                if (data304 && typeof data304 == "object" && !Array.isArray(data304)) {
                                                    if (data304.options !== undefined) {
                                                        let data305 = data304.options;
                                                        if (data305 && typeof data305 == "object" && !Array.isArray(data305)) {
                                                            for (const key10 in data305) {
                                                                if (typeof data305[key10] !== "boolean") {
                                                                    const err342 = { instancePath: instancePath + "/spec/sources/" + i35 + "/kustomize/patches/" + i46 + "/options/" + key10.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/spec/properties/sources/items/properties/kustomize/properties/patches/items/properties/options/additionalProperties/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
                                                                    if (vErrors === null) {
                                                                        vErrors = [err342];
                                                                    }
                                                                    else {
                                                                        vErrors.push(err342);
                                                                    }
                                                                    errors++;
                                                                }
                                                            }
                                                        }
                                                        else {
                                                            const err343 = { instancePath: instancePath + "/spec/sources/" + i35 + "/kustomize/patches/" + i46 + "/options", schemaPath: "#/properties/spec/properties/sources/items/properties/kustomize/properties/patches/items/properties/options/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                                                            if (vErrors === null) {
                                                                vErrors = [err343];
                                                            }
                                                            else {
                                                                vErrors.push(err343);
                                                            }
                                                            errors++;
                                                        }
                                                    }
                                                    if (data304.patch !== undefined) {
                                                        if (typeof data304.patch !== "string") {
                                                            const err344 = { instancePath: instancePath + "/spec/sources/" + i35 + "/kustomize/patches/" + i46 + "/patch", schemaPath: "#/properties/spec/properties/sources/items/properties/kustomize/properties/patches/items/properties/patch/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                                            if (vErrors === null) {
                                                                vErrors = [err344];
                                                            }
                                                            else {
                                                                vErrors.push(err344);
                                                            }
                                                            errors++;
                                                        }
                                                    }
                                                    if (data304.path !== undefined) {
                                                        if (typeof data304.path !== "string") {
                                                            const err345 = { instancePath: instancePath + "/spec/sources/" + i35 + "/kustomize/patches/" + i46 + "/path", schemaPath: "#/properties/spec/properties/sources/items/properties/kustomize/properties/patches/items/properties/path/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                                            if (vErrors === null) {
                                                                vErrors = [err345];
                                                            }
                                                            else {
                                                                vErrors.push(err345);
                                                            }
                                                            errors++;
                                                        }
                                                    }
                                                    if (data304.target !== undefined) {
                                                        let data309 = data304.target;
                                                        if (data309 && typeof data309 == "object" && !Array.isArray(data309)) {
                                                            if (data309.annotationSelector !== undefined) {
                                                                if (typeof data309.annotationSelector !== "string") {
                                                                    const err346 = { instancePath: instancePath + "/spec/sources/" + i35 + "/kustomize/patches/" + i46 + "/target/annotationSelector", schemaPath: "#/properties/spec/properties/sources/items/properties/kustomize/properties/patches/items/properties/target/properties/annotationSelector/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                                                    if (vErrors === null) {
                                                                        vErrors = [err346];
                                                                    }
                                                                    else {
                                                                        vErrors.push(err346);
                                                                    }
                                                                    errors++;
                                                                }
                                                            }
                                                            if (data309.group !== undefined) {
                                                                if (typeof data309.group !== "string") {
                                                                    const err347 = { instancePath: instancePath + "/spec/sources/" + i35 + "/kustomize/patches/" + i46 + "/target/group", schemaPath: "#/properties/spec/properties/sources/items/properties/kustomize/properties/patches/items/properties/target/properties/group/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                                                    if (vErrors === null) {
                                                                        vErrors = [err347];
                                                                    }
                                                                    else {
                                                                        vErrors.push(err347);
                                                                    }
                                                                    errors++;
                                                                }
                                                            }
                                                            if (data309.kind !== undefined) {
                                                                if (typeof data309.kind !== "string") {
                                                                    const err348 = { instancePath: instancePath + "/spec/sources/" + i35 + "/kustomize/patches/" + i46 + "/target/kind", schemaPath: "#/properties/spec/properties/sources/items/properties/kustomize/properties/patches/items/properties/target/properties/kind/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                                                    if (vErrors === null) {
                                                                        vErrors = [err348];
                                                                    }
                                                                    else {
                                                                        vErrors.push(err348);
                                                                    }
                                                                    errors++;
                                                                }
                                                            }
                                                            if (data309.labelSelector !== undefined) {
                                                                if (typeof data309.labelSelector !== "string") {
                                                                    const err349 = { instancePath: instancePath + "/spec/sources/" + i35 + "/kustomize/patches/" + i46 + "/target/labelSelector", schemaPath: "#/properties/spec/properties/sources/items/properties/kustomize/properties/patches/items/properties/target/properties/labelSelector/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                                                    if (vErrors === null) {
                                                                        vErrors = [err349];
                                                                    }
                                                                    else {
                                                                        vErrors.push(err349);
                                                                    }
                                                                    errors++;
                                                                }
                                                            }
                                                            if (data309.name !== undefined) {
                                                                if (typeof data309.name !== "string") {
                                                                    const err350 = { instancePath: instancePath + "/spec/sources/" + i35 + "/kustomize/patches/" + i46 + "/target/name", schemaPath: "#/properties/spec/properties/sources/items/properties/kustomize/properties/patches/items/properties/target/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                                                    if (vErrors === null) {
                                                                        vErrors = [err350];
                                                                    }
                                                                    else {
                                                                        vErrors.push(err350);
                                                                    }
                                                                    errors++;
                                                                }
                                                            }
                                                            if (data309.namespace !== undefined) {
                                                                if (typeof data309.namespace !== "string") {
                                                                    const err351 = { instancePath: instancePath + "/spec/sources/" + i35 + "/kustomize/patches/" + i46 + "/target/namespace", schemaPath: "#/properties/spec/properties/sources/items/properties/kustomize/properties/patches/items/properties/target/properties/namespace/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                                                    if (vErrors === null) {
                                                                        vErrors = [err351];
                                                                    }
                                                                    else {
                                                                        vErrors.push(err351);
                                                                    }
                                                                    errors++;
                                                                }
                                                            }
                                                            if (data309.version !== undefined) {
                                                                if (typeof data309.version !== "string") {
                                                                    const err352 = { instancePath: instancePath + "/spec/sources/" + i35 + "/kustomize/patches/" + i46 + "/target/version", schemaPath: "#/properties/spec/properties/sources/items/properties/kustomize/properties/patches/items/properties/target/properties/version/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                                                    if (vErrors === null) {
                                                                        vErrors = [err352];
                                                                    }
                                                                    else {
                                                                        vErrors.push(err352);
                                                                    }
                                                                    errors++;
                                                                }
                                                            }
                                                        }
                                                        else {
                                                            const err353 = { instancePath: instancePath + "/spec/sources/" + i35 + "/kustomize/patches/" + i46 + "/target", schemaPath: "#/properties/spec/properties/sources/items/properties/kustomize/properties/patches/items/properties/target/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                                                            if (vErrors === null) {
                                                                vErrors = [err353];
                                                            }
                                                            else {
                                                                vErrors.push(err353);
                                                            }
                                                            errors++;
                                                        }
                                                    }
                                                }
                                                else {
                                                    const err354 = { instancePath: instancePath + "/spec/sources/" + i35 + "/kustomize/patches/" + i46, schemaPath: "#/properties/spec/properties/sources/items/properties/kustomize/properties/patches/items/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                                                    if (vErrors === null) {
                                                        vErrors = [err354];
                                                    }
                                                    else {
                                                        vErrors.push(err354);
                                                    }
                                                    errors++;
                                                }
                                            }
                                        }
                                        else {
                                            const err355 = { instancePath: instancePath + "/spec/sources/" + i35 + "/kustomize/patches", schemaPath: "#/properties/spec/properties/sources/items/properties/kustomize/properties/patches/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                                            if (vErrors === null) {
                                                vErrors = [err355];
                                            }
                                            else {
                                                vErrors.push(err355);
                                            }
                                            errors++;
                                        }
                                    }
                                    if (data282.replicas !== undefined) {
                                        let data317 = data282.replicas;
                                        if (Array.isArray(data317)) {
                                            const len47 = data317.length;
                                            for (let i47 = 0; i47 < len47; i47++) {
                                                let data318 = data317[i47];
                                                if (data318 && typeof data318 == "object" && !Array.isArray(data318)) {
                                                    if (data318.count === undefined) {
                                                        const err356 = { instancePath: instancePath + "/spec/sources/" + i35 + "/kustomize/replicas/" + i47, schemaPath: "#/properties/spec/properties/sources/items/properties/kustomize/properties/replicas/items/required", keyword: "required", params: { missingProperty: "count" }, message: "must have required property '" + "count" + "'" };
                                                        if (vErrors === null) {
                                                            vErrors = [err356];
                                                        }
                                                        else {
                                                            vErrors.push(err356);
                                                        }
                                                        errors++;
                                                    }
                                                    if (data318.name === undefined) {
                                                        const err357 = { instancePath: instancePath + "/spec/sources/" + i35 + "/kustomize/replicas/" + i47, schemaPath: "#/properties/spec/properties/sources/items/properties/kustomize/properties/replicas/items/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property '" + "name" + "'" };
                                                        if (vErrors === null) {
                                                            vErrors = [err357];
                                                        }
                                                        else {
                                                            vErrors.push(err357);
                                                        }
                                                        errors++;
                                                    }
                                                    if (data318.count !== undefined) {
                                                        let data319 = data318.count;
                                                        const _errs659 = errors;
                                                        let valid159 = false;
                                                        const _errs660 = errors;
                                                        if (!((typeof data319 == "number") && (!(data319 % 1) && !isNaN(data319)))) {
                                                            const err358 = { instancePath: instancePath + "/spec/sources/" + i35 + "/kustomize/replicas/" + i47 + "/count", schemaPath: "#/properties/spec/properties/sources/items/properties/kustomize/properties/replicas/items/properties/count/anyOf/0/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                                                            if (vErrors === null) {
                                                                vErrors = [err358];
                                                            }
                                                            else {
                                                                vErrors.push(err358);
                                                            }
                                                            errors++;
                                                        }
                                                        var _valid2 = _errs660 === errors;
                                                        valid159 = valid159 || _valid2;
                                                        if (!valid159) {
                                                            const _errs662 = errors;
                                                            if (typeof data319 !== "string") {
                                                                const err359 = { instancePath: instancePath + "/spec/sources/" + i35 + "/kustomize/replicas/" + i47 + "/count", schemaPath: "#/properties/spec/properties/sources/items/properties/kustomize/properties/replicas/items/properties/count/anyOf/1/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                                                if (vErrors === null) {
                                                                    vErrors = [err359];
                                                                }
                                                                else {
                                                                    vErrors.push(err359);
                                                                }
                                                                errors++;
                                                            }
                                                            var _valid2 = _errs662 === errors;
                                                            valid159 = valid159 || _valid2;
                                                        }
                                                        if (!valid159) {
                                                            const err360 = { instancePath: instancePath + "/spec/sources/" + i35 + "/kustomize/replicas/" + i47 + "/count", schemaPath: "#/properties/spec/properties/sources/items/properties/kustomize/properties/replicas/items/properties/count/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf" };
                                                            if (vErrors === null) {
                                                                vErrors = [err360];
                                                            }
                                                            else {
                                                                vErrors.push(err360);
                                                            }
                                                            errors++;
                                                        }
                                                        else {
                                                            errors = _errs659;
                                                            if (vErrors !== null) {
                                                                if (_errs659) {
                                                                    vErrors.length = _errs659;
                                                                }
                                                                else {
                                                                    vErrors = null;
                                                                }
                                                            }
                                                        }
                                                    }
                                                    if (data318.name !== undefined) {
                                                        if (typeof data318.name !== "string") {
                                                            const err361 = { instancePath: instancePath + "/spec/sources/" + i35 + "/kustomize/replicas/" + i47 + "/name", schemaPath: "#/properties/spec/properties/sources/items/properties/kustomize/properties/replicas/items/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                                            if (vErrors === null) {
                                                                vErrors = [err361];
                                                            }
                                                            else {
                                                                vErrors.push(err361);
                                                            }
                                                            errors++;
                                                        }
                                                    }
                                                }
                                                else {
                                                    const err362 = { instancePath: instancePath + "/spec/sources/" + i35 + "/kustomize/replicas/" + i47, schemaPath: "#/properties/spec/properties/sources/items/properties/kustomize/properties/replicas/items/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                                                    if (vErrors === null) {
                                                        vErrors = [err362];
                                                    }
                                                    else {
                                                        vErrors.push(err362);
                                                    }
                                                    errors++;
                                                }
                                            }
                                        }
                                        else {
                                            const err363 = { instancePath: instancePath + "/spec/sources/" + i35 + "/kustomize/replicas", schemaPath: "#/properties/spec/properties/sources/items/properties/kustomize/properties/replicas/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                                            if (vErrors === null) {
                                                vErrors = [err363];
                                            }
                                            else {
                                                vErrors.push(err363);
                                            }
                                            errors++;
                                        }
                                    }
                                    if (data282.version !== undefined) {
                                        if (typeof data282.version !== "string") {
                                            const err364 = { instancePath: instancePath + "/spec/sources/" + i35 + "/kustomize/version", schemaPath: "#/properties/spec/properties/sources/items/properties/kustomize/properties/version/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                            if (vErrors === null) {
                                                vErrors = [err364];
                                            }
                                            else {
                                                vErrors.push(err364);
                                            }
                                            errors++;
                                        }
                                    }
                                }
                                else {
                                    const err365 = { instancePath: instancePath + "/spec/sources/" + i35 + "/kustomize", schemaPath: "#/properties/spec/properties/sources/items/properties/kustomize/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                                    if (vErrors === null) {
                                        vErrors = [err365];
                                    }
                                    else {
                                        vErrors.push(err365);
                                    }
                                    errors++;
                                }
                            }
                            if (data238.name !== undefined) {
                                if (typeof data238.name !== "string") {
                                    const err366 = { instancePath: instancePath + "/spec/sources/" + i35 + "/name", schemaPath: "#/properties/spec/properties/sources/items/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                    if (vErrors === null) {
                                        vErrors = [err366];
                                    }
                                    else {
                                        vErrors.push(err366);
                                    }
                                    errors++;
                                }
                            }
                            if (data238.path !== undefined) {
                                if (typeof data238.path !== "string") {
                                    const err367 = { instancePath: instancePath + "/spec/sources/" + i35 + "/path", schemaPath: "#/properties/spec/properties/sources/items/properties/path/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                    if (vErrors === null) {
                                        vErrors = [err367];
                                    }
                                    else {
                                        vErrors.push(err367);
                                    }
                                    errors++;
                                }
                            }
                            if (data238.plugin !== undefined) {
                                let data324 = data238.plugin;
                                if (data324 && typeof data324 == "object" && !Array.isArray(data324)) {
                                    if (data324.env !== undefined) {
                                        let data325 = data324.env;
                                        if (Array.isArray(data325)) {
                                            const len48 = data325.length;
                                            for (let i48 = 0; i48 < len48; i48++) {
                                                let data326 = data325[i48];
                                                if (data326 && typeof data326 == "object" && !Array.isArray(data326)) {
                                                    if (data326.name === undefined) {
                                                        const err368 = { instancePath: instancePath + "/spec/sources/" + i35 + "/plugin/env/" + i48, schemaPath: "#/properties/spec/properties/sources/items/properties/plugin/properties/env/items/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property '" + "name" + "'" };
                                                        if (vErrors === null) {
                                                            vErrors = [err368];
                                                        }
                                                        else {
                                                            vErrors.push(err368);
                                                        }
                                                        errors++;
                                                    }
                                                    if (data326.value === undefined) {
                                                        const err369 = { instancePath: instancePath + "/spec/sources/" + i35 + "/plugin/env/" + i48, schemaPath: "#/properties/spec/properties/sources/items/properties/plugin/properties/env/items/required", keyword: "required", params: { missingProperty: "value" }, message: "must have required property '" + "value" + "'" };
                                                        if (vErrors === null) {
                                                            vErrors = [err369];
                                                        }
                                                        else {
                                                            vErrors.push(err369);
                                                        }
                                                        errors++;
                                                    }
                                                    if (data326.name !== undefined) {
                                                        if (typeof data326.name !== "string") {
                                                            const err370 = { instancePath: instancePath + "/spec/sources/" + i35 + "/plugin/env/" + i48 + "/name", schemaPath: "#/properties/spec/properties/sources/items/properties/plugin/properties/env/items/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                                            if (vErrors === null) {
                                                                vErrors = [err370];
                                                            }
                                                            else {
                                                                vErrors.push(err370);
                                                            }
                                                            errors++;
                                                        }
                                                    }
                                                    if (data326.value !== undefined) {
                                                        if (typeof data326.value !== "string") {
                                                            const err371 = { instancePath: instancePath + "/spec/sources/" + i35 + "/plugin/env/" + i48 + "/value", schemaPath: "#/properties/spec/properties/sources/items/properties/plugin/properties/env/items/properties/value/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                                            if (vErrors === null) {
                                                                vErrors = [err371];
                                                            }
                                                            else {
                                                                vErrors.push(err371);
                                                            }
                                                            errors++;
                                                        }
                                                    }
                                                }
                                                else {
                                                    const err372 = { instancePath: instancePath + "/spec/sources/" + i35 + "/plugin/env/" + i48, schemaPath: "#/properties/spec/properties/sources/items/properties/plugin/properties/env/items/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                                                    if (vErrors === null) {
                                                        vErrors = [err372];
                                                    }
                                                    else {
                                                        vErrors.push(err372);
                                                    }
                                                    errors++;
                                                }
                                            }
                                        }
                                        else {
                                            const err373 = { instancePath: instancePath + "/spec/sources/" + i35 + "/plugin/env", schemaPath: "#/properties/spec/properties/sources/items/properties/plugin/properties/env/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                                            if (vErrors === null) {
                                                vErrors = [err373];
                                            }
                                            else {
                                                vErrors.push(err373);
                                            }
                                            errors++;
                                        }
                                    }
                                    if (data324.name !== undefined) {
                                        if (typeof data324.name !== "string") {
                                            const err374 = { instancePath: instancePath + "/spec/sources/" + i35 + "/plugin/name", schemaPath: "#/properties/spec/properties/sources/items/properties/plugin/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                            if (vErrors === null) {
                                                vErrors = [err374];
                                            }
                                            else {
                                                vErrors.push(err374);
                                            }
                                            errors++;
                                        }
                                    }
                                    if (data324.parameters !== undefined) {
                                        let data330 = data324.parameters;
                                        if (Array.isArray(data330)) {
                                            const len49 = data330.length;
                                            for (let i49 = 0; i49 < len49; i49++) {
                                                let data331 = data330[i49];
                                                if (data331 && typeof data331 == "object" && !Array.isArray(data331)) {
                                                    if (data331.array !== undefined) {
                                                        let data332 = data331.array;
                                                        if (Array.isArray(data332)) {
                                                            const len50 = data332.length;
                                                            for (let i50 = 0; i50 < len50; i50++) {
                                                                if (typeof data332[i50] !== "string") {
                                                                    const err375 = { instancePath: instancePath + "/spec/sources/" + i35 + "/plugin/parameters/" + i49 + "/array/" + i50, schemaPath: "#/properties/spec/properties/sources/items/properties/plugin/properties/parameters/items/properties/array/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                                                    if (vErrors === null) {
                                                                        vErrors = [err375];
                                                                    }
                                                                    else {
                                                                        vErrors.push(err375);
                                                                    }
                                                                    errors++;
                                                                }
                                                            }
                                                        }
                                                        else {
                                                            const err376 = { instancePath: instancePath + "/spec/sources/" + i35 + "/plugin/parameters/" + i49 + "/array", schemaPath: "#/properties/spec/properties/sources/items/properties/plugin/properties/parameters/items/properties/array/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                                                            if (vErrors === null) {
                                                                vErrors = [err376];
                                                            }
                                                            else {
                                                                vErrors.push(err376);
                                                            }
                                                            errors++;
                                                        }
                                                    }
                                                    if (data331.map !== undefined) {
                                                        let data334 = data331.map;
                                                        if (data334 && typeof data334 == "object" && !Array.isArray(data334)) {
                                                            for (const key11 in data334) {
                                                                if (typeof data334[key11] !== "string") {
                                                                    const err377 = { instancePath: instancePath + "/spec/sources/" + i35 + "/plugin/parameters/" + i49 + "/map/" + key11.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/spec/properties/sources/items/properties/plugin/properties/parameters/items/properties/map/additionalProperties/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                                                    if (vErrors === null) {
                                                                        vErrors = [err377];
                                                                    }
                                                                    else {
                                                                        vErrors.push(err377);
                                                                    }
                                                                    errors++;
                                                                }
                                                            }
                                                        }
                                                        else {
                                                            const err378 = { instancePath: instancePath + "/spec/sources/" + i35 + "/plugin/parameters/" + i49 + "/map", schemaPath: "#/properties/spec/properties/sources/items/properties/plugin/properties/parameters/items/properties/map/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                                                            if (vErrors === null) {
                                                                vErrors = [err378];
                                                            }
                                                            else {
                                                                vErrors.push(err378);
                                                            }
                                                            errors++;
                                                        }
                                                    }
                                                    if (data331.name !== undefined) {
                                                        if (typeof data331.name !== "string") {
                                                            const err379 = { instancePath: instancePath + "/spec/sources/" + i35 + "/plugin/parameters/" + i49 + "/name", schemaPath: "#/properties/spec/properties/sources/items/properties/plugin/properties/parameters/items/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                                            if (vErrors === null) {
                                                                vErrors = [err379];
                                                            }
                                                            else {
                                                                vErrors.push(err379);
                                                            }
                                                            errors++;
                                                        }
                                                    }
                                                    if (data331.string !== undefined) {
                                                        if (typeof data331.string !== "string") {
                                                            const err380 = { instancePath: instancePath + "/spec/sources/" + i35 + "/plugin/parameters/" + i49 + "/string", schemaPath: "#/properties/spec/properties/sources/items/properties/plugin/properties/parameters/items/properties/string/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                                            if (vErrors === null) {
                                                                vErrors = [err380];
                                                            }
                                                            else {
                                                                vErrors.push(err380);
                                                            }
                                                            errors++;
                                                        }
                                                    }
                                                }
                                                else {
                                                    const err381 = { instancePath: instancePath + "/spec/sources/" + i35 + "/plugin/parameters/" + i49, schemaPath: "#/properties/spec/properties/sources/items/properties/plugin/properties/parameters/items/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                                                    if (vErrors === null) {
                                                        vErrors = [err381];
                                                    }
                                                    else {
                                                        vErrors.push(err381);
                                                    }
                                                    errors++;
                                                }
                                            }
                                        }
                                        else {
                                            const err382 = { instancePath: instancePath + "/spec/sources/" + i35 + "/plugin/parameters", schemaPath: "#/properties/spec/properties/sources/items/properties/plugin/properties/parameters/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                                            if (vErrors === null) {
                                                vErrors = [err382];
                                            }
                                            else {
                                                vErrors.push(err382);
                                            }
                                            errors++;
                                        }
                                    }
                                }
                                else {
                                    const err383 = { instancePath: instancePath + "/spec/sources/" + i35 + "/plugin", schemaPath: "#/properties/spec/properties/sources/items/properties/plugin/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                                    if (vErrors === null) {
                                        vErrors = [err383];
                                    }
                                    else {
                                        vErrors.push(err383);
                                    }
                                    errors++;
                                }
                            }
                            if (data238.ref !== undefined) {
                                if (typeof data238.ref !== "string") {
                                    const err384 = { instancePath: instancePath + "/spec/sources/" + i35 + "/ref", schemaPath: "#/properties/spec/properties/sources/items/properties/ref/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                    if (vErrors === null) {
                                        vErrors = [err384];
                                    }
                                    else {
                                        vErrors.push(err384);
                                    }
                                    errors++;
                                }
                            }
                            if (data238.repoURL !== undefined) {
                                if (typeof data238.repoURL !== "string") {
                                    const err385 = { instancePath: instancePath + "/spec/sources/" + i35 + "/repoURL", schemaPath: "#/properties/spec/properties/sources/items/properties/repoURL/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                    if (vErrors === null) {
                                        vErrors = [err385];
                                    }
                                    else {
                                        vErrors.push(err385);
                                    }
                                    errors++;
                                }
                            }
                            if (data238.tagPrefix !== undefined) {
                                if (typeof data238.tagPrefix !== "string") {
                                    const err386 = { instancePath: instancePath + "/spec/sources/" + i35 + "/tagPrefix", schemaPath: "#/properties/spec/properties/sources/items/properties/tagPrefix/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                    if (vErrors === null) {
                                        vErrors = [err386];
                                    }
                                    else {
                                        vErrors.push(err386);
                                    }
                                    errors++;
                                }
                            }
                            if (data238.targetRevision !== undefined) {
                                if (typeof data238.targetRevision !== "string") {
                                    const err387 = { instancePath: instancePath + "/spec/sources/" + i35 + "/targetRevision", schemaPath: "#/properties/spec/properties/sources/items/properties/targetRevision/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                    if (vErrors === null) {
                                        vErrors = [err387];
                                    }
                                    else {
                                        vErrors.push(err387);
                                    }
                                    errors++;
                                }
                            }
                        }
                        else {
                            const err388 = { instancePath: instancePath + "/spec/sources/" + i35, schemaPath: "#/properties/spec/properties/sources/items/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                            if (vErrors === null) {
                                vErrors = [err388];
                            }
                            else {
                                vErrors.push(err388);
                            }
                            errors++;
                        }
                    }
                }
                else {
                    const err389 = { instancePath: instancePath + "/spec/sources", schemaPath: "#/properties/spec/properties/sources/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                    if (vErrors === null) {
                        vErrors = [err389];
                    }
                    else {
                        vErrors.push(err389);
                    }
                    errors++;
                }
            }
            if (data3.syncPolicy !== undefined) {
                let data342 = data3.syncPolicy;
                if (data342 && typeof data342 == "object" && !Array.isArray(data342)) {
                    if (data342.automated !== undefined) {
                        let data343 = data342.automated;
                        if (data343 && typeof data343 == "object" && !Array.isArray(data343)) {
                            if (data343.allowEmpty !== undefined) {
                                if (typeof data343.allowEmpty !== "boolean") {
                                    const err390 = { instancePath: instancePath + "/spec/syncPolicy/automated/allowEmpty", schemaPath: "#/properties/spec/properties/syncPolicy/properties/automated/properties/allowEmpty/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
                                    if (vErrors === null) {
                                        vErrors = [err390];
                                    }
                                    else {
                                        vErrors.push(err390);
                                    }
                                    errors++;
                                }
                            }
                            if (data343.enabled !== undefined) {
                                if (typeof data343.enabled !== "boolean") {
                                    const err391 = { instancePath: instancePath + "/spec/syncPolicy/automated/enabled", schemaPath: "#/properties/spec/properties/syncPolicy/properties/automated/properties/enabled/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
                                    if (vErrors === null) {
                                        vErrors = [err391];
                                    }
                                    else {
                                        vErrors.push(err391);
                                    }
                                    errors++;
                                }
                            }
                            if (data343.prune !== undefined) {
                                if (typeof data343.prune !== "boolean") {
                                    const err392 = { instancePath: instancePath + "/spec/syncPolicy/automated/prune", schemaPath: "#/properties/spec/properties/syncPolicy/properties/automated/properties/prune/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
                                    if (vErrors === null) {
                                        vErrors = [err392];
                                    }
                                    else {
                                        vErrors.push(err392);
                                    }
                                    errors++;
                                }
                            }
                            if (data343.selfHeal !== undefined) {
                                if (typeof data343.selfHeal !== "boolean") {
                                    const err393 = { instancePath: instancePath + "/spec/syncPolicy/automated/selfHeal", schemaPath: "#/properties/spec/properties/syncPolicy/properties/automated/properties/selfHeal/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
                                    if (vErrors === null) {
                                        vErrors = [err393];
                                    }
                                    else {
                                        vErrors.push(err393);
                                    }
                                    errors++;
                                }
                            }
                        }
                        else {
                            const err394 = { instancePath: instancePath + "/spec/syncPolicy/automated", schemaPath: "#/properties/spec/properties/syncPolicy/properties/automated/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                            if (vErrors === null) {
                                vErrors = [err394];
                            }
                            else {
                                vErrors.push(err394);
                            }
                            errors++;
                        }
                    }
                    if (data342.managedNamespaceMetadata !== undefined) {
                        let data348 = data342.managedNamespaceMetadata;
                        if (data348 && typeof data348 == "object" && !Array.isArray(data348)) {
                            if (data348.annotations !== undefined) {
                                let data349 = data348.annotations;
                                if (data349 && typeof data349 == "object" && !Array.isArray(data349)) {
                                    for (const key12 in data349) {
                                        if (typeof data349[key12] !== "string") {
                                            const err395 = { instancePath: instancePath + "/spec/syncPolicy/managedNamespaceMetadata/annotations/" + key12.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/spec/properties/syncPolicy/properties/managedNamespaceMetadata/properties/annotations/additionalProperties/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                            if (vErrors === null) {
                                                vErrors = [err395];
                                            }
                                            else {
                                                vErrors.push(err395);
                                            }
                                            errors++;
                                        }
                                    }
                                }
                                else {
                                    const err396 = { instancePath: instancePath + "/spec/syncPolicy/managedNamespaceMetadata/annotations", schemaPath: "#/properties/spec/properties/syncPolicy/properties/managedNamespaceMetadata/properties/annotations/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                                    if (vErrors === null) {
                                        vErrors = [err396];
                                    }
                                    else {
                                        vErrors.push(err396);
                                    }
                                    errors++;
                                }
                            }
                            if (data348.labels !== undefined) {
                                let data351 = data348.labels;
                                if (data351 && typeof data351 == "object" && !Array.isArray(data351)) {
                                    for (const key13 in data351) {
                                        if (typeof data351[key13] !== "string") {
                                            const err397 = { instancePath: instancePath + "/spec/syncPolicy/managedNamespaceMetadata/labels/" + key13.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/spec/properties/syncPolicy/properties/managedNamespaceMetadata/properties/labels/additionalProperties/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                            if (vErrors === null) {
                                                vErrors = [err397];
                                            }
                                            else {
                                                vErrors.push(err397);
                                            }
                                            errors++;
                                        }
                                    }
                                }
                                else {
                                    const err398 = { instancePath: instancePath + "/spec/syncPolicy/managedNamespaceMetadata/labels", schemaPath: "#/properties/spec/properties/syncPolicy/properties/managedNamespaceMetadata/properties/labels/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                                    if (vErrors === null) {
                                        vErrors = [err398];
                                    }
                                    else {
                                        vErrors.push(err398);
                                    }
                                    errors++;
                                }
                            }
                        }
                        else {
                            const err399 = { instancePath: instancePath + "/spec/syncPolicy/managedNamespaceMetadata", schemaPath: "#/properties/spec/properties/syncPolicy/properties/managedNamespaceMetadata/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                            if (vErrors === null) {
                                vErrors = [err399];
                            }
                            else {
                                vErrors.push(err399);
                            }
                            errors++;
                        }
                    }
                    if (data342.retry !== undefined) {
                        let data353 = data342.retry;
                        if (data353 && typeof data353 == "object" && !Array.isArray(data353)) {
                            if (data353.backoff !== undefined) {
                                let data354 = data353.backoff;
                                if (data354 && typeof data354 == "object" && !Array.isArray(data354)) {
                                    if (data354.duration !== undefined) {
                                        if (typeof data354.duration !== "string") {
                                            const err400 = { instancePath: instancePath + "/spec/syncPolicy/retry/backoff/duration", schemaPath: "#/properties/spec/properties/syncPolicy/properties/retry/properties/backoff/properties/duration/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                            if (vErrors === null) {
                                                vErrors = [err400];
                                            }
                                            else {
                                                vErrors.push(err400);
                                            }
                                            errors++;
                                        }
                                    }
                                    if (data354.factor !== undefined) {
                                        let data356 = data354.factor;
                                        if (!((typeof data356 == "number") && (!(data356 % 1) && !isNaN(data356)))) {
                                            const err401 = { instancePath: instancePath + "/spec/syncPolicy/retry/backoff/factor", schemaPath: "#/properties/spec/properties/syncPolicy/properties/retry/properties/backoff/properties/factor/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                                            if (vErrors === null) {
                                                vErrors = [err401];
                                            }
                                            else {
                                                vErrors.push(err401);
                                            }
                                            errors++;
                                        }
                                    }
                                    if (data354.maxDuration !== undefined) {
                                        if (typeof data354.maxDuration !== "string") {
                                            const err402 = { instancePath: instancePath + "/spec/syncPolicy/retry/backoff/maxDuration", schemaPath: "#/properties/spec/properties/syncPolicy/properties/retry/properties/backoff/properties/maxDuration/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                            if (vErrors === null) {
                                                vErrors = [err402];
                                            }
                                            else {
                                                vErrors.push(err402);
                                            }
                                            errors++;
                                        }
                                    }
                                }
                                else {
                                    const err403 = { instancePath: instancePath + "/spec/syncPolicy/retry/backoff", schemaPath: "#/properties/spec/properties/syncPolicy/properties/retry/properties/backoff/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                                    if (vErrors === null) {
                                        vErrors = [err403];
                                    }
                                    else {
                                        vErrors.push(err403);
                                    }
                                    errors++;
                                }
                            }
                            if (data353.limit !== undefined) {
                                let data358 = data353.limit;
                                if (!((typeof data358 == "number") && (!(data358 % 1) && !isNaN(data358)))) {
                                    const err404 = { instancePath: instancePath + "/spec/syncPolicy/retry/limit", schemaPath: "#/properties/spec/properties/syncPolicy/properties/retry/properties/limit/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                                    if (vErrors === null) {
                                        vErrors = [err404];
                                    }
                                    else {
                                        vErrors.push(err404);
                                    }
                                    errors++;
                                }
                            }
                            if (data353.refresh !== undefined) {
                                if (typeof data353.refresh !== "boolean") {
                                    const err405 = { instancePath: instancePath + "/spec/syncPolicy/retry/refresh", schemaPath: "#/properties/spec/properties/syncPolicy/properties/retry/properties/refresh/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
                                    if (vErrors === null) {
                                        vErrors = [err405];
                                    }
                                    else {
                                        vErrors.push(err405);
                                    }
                                    errors++;
                                }
                            }
                        }
                        else {
                            const err406 = { instancePath: instancePath + "/spec/syncPolicy/retry", schemaPath: "#/properties/spec/properties/syncPolicy/properties/retry/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                            if (vErrors === null) {
                                vErrors = [err406];
                            }
                            else {
                                vErrors.push(err406);
                            }
                            errors++;
                        }
                    }
                    if (data342.syncOptions !== undefined) {
                        let data360 = data342.syncOptions;
                        if (Array.isArray(data360)) {
                            const len51 = data360.length;
                            for (let i51 = 0; i51 < len51; i51++) {
                                if (typeof data360[i51] !== "string") {
                                    const err407 = { instancePath: instancePath + "/spec/syncPolicy/syncOptions/" + i51, schemaPath: "#/properties/spec/properties/syncPolicy/properties/syncOptions/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                    if (vErrors === null) {
                                        vErrors = [err407];
                                    }
                                    else {
                                        vErrors.push(err407);
                                    }
                                    errors++;
                                }
                            }
                        }
                        else {
                            const err408 = { instancePath: instancePath + "/spec/syncPolicy/syncOptions", schemaPath: "#/properties/spec/properties/syncPolicy/properties/syncOptions/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                            if (vErrors === null) {
                                vErrors = [err408];
                            }
                            else {
                                vErrors.push(err408);
                            }
                            errors++;
                        }
                    }
                }
                else {
                    const err409 = { instancePath: instancePath + "/spec/syncPolicy", schemaPath: "#/properties/spec/properties/syncPolicy/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                    if (vErrors === null) {
                        vErrors = [err409];
                    }
                    else {
                        vErrors.push(err409);
                    }
                    errors++;
                }
            }
        }
        else {
            const err410 = { instancePath: instancePath + "/spec", schemaPath: "#/properties/spec/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
                vErrors = [err410];
            }
            else {
                vErrors.push(err410);
            }
            errors++;
        }
    }
}
else {
    const err411 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
        vErrors = [err411];
    }
    else {
        vErrors.push(err411);
    }
    errors++;
} validate10.errors = vErrors; return errors === 0; }

;// CONCATENATED MODULE: ./src/validate/rules/applications.ts





const isObj = (v) => v !== null && typeof v === 'object' && !Array.isArray(v);
const applications_str = (v) => (typeof v === 'string' && v.trim() !== '' ? v : undefined);
const MAX_SCHEMA_ERRORS_PER_DOC = 25;
/** The kinds of argoproj.io that belong in an apps directory. */
const ARGO_KINDS = ['Application', 'ApplicationSet', 'AppProject'];
/** Argo CD's repo server runs on Linux, where `\` is part of a file name: such a path names nothing in the repo. */
const BACKSLASH = 'holds a backslash, which Argo CD (on Linux) reads as part of a file name, not a separator: the path does not exist. Use `/`.';
const LAYOUT = /^argo-apps-([^/]+)\/([^/]+)-application\.(?:ya?ml|json)$/;
/** Reads the cluster and service from `<apps-dir>/argo-apps-<cluster>/<service>-application.yaml`. */
function appLayout(file, appsDir) {
    const rest = appsDir ? file.slice(appsDir.length + 1) : file;
    const m = LAYOUT.exec(rest);
    return m ? { cluster: m[1], service: m[2] } : {};
}
/** The documents of one file under the apps directory → Application records, skipped kinds and findings. */
async function checkApplicationFile(ctx, file, pf, text) {
    const apps = [];
    const skipped = [];
    const nonEmpty = pf.docs.filter((d) => d.value !== null && d.value !== undefined || d.conversionError);
    if (nonEmpty.length === 0) {
        ctx.sink.add('yaml.empty', file, undefined, `${file} holds no YAML document.`);
        return { apps, skipped };
    }
    for (let i = 0; i < pf.docs.length; i++) {
        const d = pf.docs[i];
        if (d.conversionError || d.value === null || d.value === undefined)
            continue;
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
            const name = isObj(v.metadata) ? applications_str(v.metadata.name) : undefined;
            skipped.push({ file, kind: String(kind), name });
            ctx.sink.add('repo.skipped-kind', file, where(), `${apiVersion} ${String(kind)}${name ? ` '${name}'` : ''} is not an Argo CD Application; not validated.`);
            continue;
        }
        if (text.includes('{{') && isTemplatedDeep(v)) {
            ctx.sink.add('yaml.templated', file, where(), `Application in document ${i + 1} holds \`{{ }}\` placeholders in its name, source or destination; skipped.`);
            continue;
        }
        const app = await checkApplication(ctx, file, i, pf, d, v);
        if (app)
            apps.push(app);
    }
    return { apps, skipped };
}
/** Placeholders in the fields we resolve mean the file is a template rendered elsewhere. */
function isTemplatedDeep(v) {
    const spec = isObj(v.spec) ? v.spec : {};
    // Only the fields the rules resolve: `{{ }}` in helm.values or parameters is Helm's business
    // at render time and must not switch the Application's checks off.
    const sources = [spec.source, ...(Array.isArray(spec.sources) ? spec.sources : [])].filter(isObj);
    const picks = [isObj(v.metadata) ? v.metadata.name : undefined, spec.destination];
    for (const s of sources)
        picks.push(s.repoURL, s.path, s.targetRevision, s.chart, s.ref, isObj(s.helm) ? s.helm.valueFiles : undefined);
    return picks.some((p) => p !== undefined && JSON.stringify(p).includes('{{'));
}
async function checkApplication(ctx, file, docIndex, pf, _d, v) {
    const { sink } = ctx;
    const pos = (path, atValue = false) => pf.position(docIndex, path, atValue);
    // 1. The real Argo CD schema, on the object as the API server sees it: it prunes a null
    // in a field that is not nullable and has no default before validating, so
    // `namespace: null` is no error, while a required field left null is "required".
    let schemaErrors = schemaErrorsOf(v);
    if (schemaErrors.some((e) => valueAt(v, e.instancePath) === null))
        schemaErrors = schemaErrorsOf(withoutNulls(v));
    if (schemaErrors.length) {
        const seen = new Set();
        for (const e of schemaErrors) {
            const path = pointerToPath(e.instancePath);
            const missing = e.keyword === 'required' ? String(e.params.missingProperty) : undefined;
            const field = [...path, ...(missing ? [missing] : [])].join('.') || '(document)';
            const msg = missing ? `\`${field}\` is required by the Argo CD Application schema.` : `\`${field}\` ${e.message ?? 'is invalid'}${e.keyword === 'enum' ? ` (${e.params.allowedValues.join(', ')})` : ''}.`;
            if (seen.has(msg))
                continue;
            seen.add(msg);
            if (seen.size > MAX_SCHEMA_ERRORS_PER_DOC)
                break;
            sink.add('app.schema', file, pos(path, true), msg);
        }
    }
    // 2. What the schema lets through.
    const metadata = isObj(v.metadata) ? v.metadata : undefined;
    const name = applications_str(metadata?.name);
    if (metadata && !name)
        sink.add('app.name-missing', file, pos(['metadata', 'name']), 'The Application has no `metadata.name`.');
    else if (name && (name.length > 253 || !DNS1123_SUBDOMAIN.test(name))) {
        sink.add('app.schema', file, pos(['metadata', 'name'], true), `\`metadata.name\` '${name}' is not a Kubernetes object name (lower-case letters, digits, '-' and '.', at most 253 characters); the API server refuses it.`);
    }
    checkObjectMeta(metadata, pos, (at, msg) => sink.add('app.schema', file, at, msg));
    // The CRD schema leaves metadata to Kubernetes, which refuses non-string label and
    // annotation values (a common slip: `argocd.argoproj.io/sync-wave: 5` unquoted).
    for (const field of ['labels', 'annotations']) {
        const m = metadata?.[field];
        if (m === undefined || m === null)
            continue;
        if (!isObj(m)) {
            sink.add('app.schema', file, pos(['metadata', field], true), `\`metadata.${field}\` must be a mapping of strings.`);
            continue;
        }
        for (const [k, val] of Object.entries(m)) {
            if (typeof val === 'string')
                continue;
            // As written: `on` reads as the boolean true (YAML 1.1, as Kubernetes reads it), and the fix is to quote `on`.
            const written = val !== null && typeof val === 'object' ? undefined : (pf.source(docIndex, ['metadata', field, k]) ?? String(val));
            const what = val === null ? 'null' : Array.isArray(val) ? 'list' : typeof val;
            sink.add('app.schema', file, pos(['metadata', field, k], true), `\`metadata.${field}.${k}\` must be a string${written !== undefined ? ` (quote it: "${written}")` : ''}; Kubernetes reads ${written !== undefined ? `\`${written}\` as a ${what}` : `a ${what}`} and refuses it.`);
        }
    }
    const spec = isObj(v.spec) ? v.spec : undefined;
    if (!spec)
        return undefined; // the schema already said so
    const destination = isObj(spec.destination) ? spec.destination : undefined;
    const destNs = destination?.namespace;
    if (typeof destNs === 'string' && destNs !== '' && (destNs.length > 63 || !DNS1123_LABEL.test(destNs))) {
        sink.add('app.schema', file, pos(['spec', 'destination', 'namespace'], true), `\`spec.destination.namespace\` '${destNs}' is not a namespace name (lower-case letters, digits and '-', at most 63 characters); the sync would fail to create or find it.`);
    }
    if (destination) {
        const server = applications_str(destination.server);
        const dname = applications_str(destination.name);
        if (!server && !dname)
            sink.add('app.destination-missing', file, pos(['spec', 'destination']), '`spec.destination` names neither a `server` nor a cluster `name`.');
        else if (server && dname)
            sink.add('app.destination-ambiguous', file, pos(['spec', 'destination', 'name']), '`spec.destination` sets both `server` and `name`.');
    }
    const hasSource = spec.source !== undefined && spec.source !== null;
    const hasSources = Array.isArray(spec.sources) && spec.sources.length > 0;
    if (!hasSource && !hasSources)
        sink.add('app.source-missing', file, pos(['spec']), 'The Application has neither `spec.source` nor `spec.sources`.');
    else if (hasSource && hasSources)
        sink.add('app.source-and-sources', file, pos(['spec', 'source']), 'Both `spec.source` and `spec.sources` are set; Argo CD uses `spec.sources` only.');
    // 3. Layout: the file says which cluster and service this is.
    const { cluster, service } = appLayout(file, ctx.appsDir);
    if (!cluster || !service) {
        sink.add('layout.app-location', file, pf.docPosition(docIndex), `${file} is not at \`${ctx.appsDir}/argo-apps-<cluster>/<service>-application.yaml\`, so its cluster and service are unknown.`);
    }
    else if (name && name !== service && name !== `${service}-${cluster}` && name !== `${cluster}-${service}`) {
        sink.add('layout.name-mismatch', file, pos(['metadata', 'name'], true), `Application '${name}' is in the file of service '${service}' (cluster '${cluster}'); expected '${service}', '${service}-${cluster}' or '${cluster}-${service}'.`);
    }
    // 4. Sources.
    const rawSources = [];
    if (hasSources)
        spec.sources.forEach((s, i) => isObj(s) && rawSources.push({ raw: s, index: i, path: ['spec', 'sources', i] }));
    else if (isObj(spec.source))
        rawSources.push({ raw: spec.source, index: -1, path: ['spec', 'source'] });
    const refs = new Map();
    for (const s of rawSources) {
        const ref = applications_str(s.raw.ref);
        if (ref)
            refs.set(ref, s.raw);
    }
    const sources = [];
    const sourceMeta = [];
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
        project: applications_str(spec.project),
        destination: {
            server: applications_str(destination?.server),
            name: applications_str(destination?.name),
            namespace: applications_str(destination?.namespace),
        },
        sources,
        prune: automated?.prune === true,
        at: loc.at,
        get position() {
            return loc.docPosition();
        },
        appNamespace: applications_str(metadata?.namespace) ?? 'argocd',
        sourceMeta,
    };
}
function schemaErrorsOf(v) {
    return application_validator_generated(v) ? [] : (application_validator_generated.errors ?? []);
}
/** The value at a JSON pointer (an Ajv instancePath). */
function valueAt(v, pointer) {
    let cur = v;
    for (const seg of pointerToPath(pointer)) {
        if (cur === null || typeof cur !== 'object')
            return undefined;
        cur = cur[seg];
    }
    return cur;
}
/** A copy without the null-valued properties of its mappings (list items stay). */
function withoutNulls(v) {
    if (Array.isArray(v))
        return v.map(withoutNulls);
    if (!isObj(v))
        return v;
    const out = {};
    for (const [k, x] of Object.entries(v))
        if (x !== null)
            out[k] = withoutNulls(x);
    return out;
}
const DNS1123_LABEL = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/;
const DNS1123_SUBDOMAIN = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$/;
/**
 * ObjectMeta fields the CRD schema leaves to the API server, which refuses an object whose
 * namespace is not a namespace name, or whose generateName, finalizers or ownerReferences
 * have the wrong type (labels and annotations are checked by the caller).
 */
function checkObjectMeta(metadata, pos, add) {
    if (!metadata)
        return;
    const ns = metadata.namespace;
    if (ns !== undefined && ns !== null) {
        if (typeof ns !== 'string')
            add(pos(['metadata', 'namespace'], true), `\`metadata.namespace\` must be a string; Kubernetes reads a ${typeof ns} and refuses it.`);
        else if (ns.length > 63 || !DNS1123_LABEL.test(ns))
            add(pos(['metadata', 'namespace'], true), `\`metadata.namespace\` '${ns}' is not a namespace name (lower-case letters, digits and '-', at most 63 characters).`);
    }
    const gn = metadata.generateName;
    if (gn !== undefined && gn !== null && typeof gn !== 'string')
        add(pos(['metadata', 'generateName'], true), '`metadata.generateName` must be a string.');
    const fin = metadata.finalizers;
    if (fin !== undefined && fin !== null && (!Array.isArray(fin) || fin.some((f) => typeof f !== 'string'))) {
        add(pos(['metadata', 'finalizers'], true), '`metadata.finalizers` must be a list of strings (e.g. `- resources-finalizer.argocd.argoproj.io`).');
    }
    const owners = metadata.ownerReferences;
    if (owners !== undefined && owners !== null && (!Array.isArray(owners) || owners.some((o) => !isObj(o))))
        add(pos(['metadata', 'ownerReferences'], true), '`metadata.ownerReferences` must be a list of mappings.');
}
async function checkSource(ctx, file, raw, at, pos, refs, layout) {
    const { sink, view, chartsDir } = ctx;
    const helm = isObj(raw.helm) ? raw.helm : undefined;
    const valueFiles = Array.isArray(helm?.valueFiles) ? helm.valueFiles.filter((x) => typeof x === 'string') : [];
    const src = {
        index: -1,
        kind: 'directory',
        repoURL: applications_str(raw.repoURL),
        chart: applications_str(raw.chart),
        targetRevision: applications_str(raw.targetRevision),
        ref: applications_str(raw.ref),
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
    }
    else if (raw.targetRevision === undefined) {
        sink.add('source.target-revision', file, pos(at), `\`${at.join('.')}.targetRevision\` is not set; Argo CD would track HEAD without saying so.`);
    }
    /**
     * helm.valueFiles: relative to the chart directory (`chartDir`; undefined for a chart
     * from a Helm repository, whose relative files live inside the fetched chart), or
     * `$<ref>/...` into a source declaring that ref, checked for Helm-repository charts too.
     */
    const checkValueFiles = async (chartDir) => {
        const ignoreMissing = helm?.ignoreMissingValueFiles === true;
        for (let i = 0; i < valueFiles.length; i++) {
            const vf = valueFiles[i];
            const vfPos = () => pos([...at, 'helm', 'valueFiles', i], true);
            if (/^[a-z]+:\/\//i.test(vf))
                continue; // a remote values URL: nothing local to check
            if (vf.includes('\\')) {
                sink.add('source.value-file-missing', file, vfPos(), `value file '${vf}' ${BACKSLASH}`);
                continue;
            }
            let target;
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
                const refRepo = applications_str(refs.get(refName).repoURL);
                const thisRepo = ctx.repoUrl ?? (src.kind === 'helm-repo' ? undefined : src.repoURL);
                if (refRepo && thisRepo && !(0,git_url/* sameRepo */.Z)(refRepo, thisRepo))
                    continue;
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
                    ctx.deferred.push({ repoURL: refRepo, check: async () => void (!ignoreMissing && !(await view.hasFile(t)) && sink.add('source.value-file-missing', file, vfPos(), `value file '${vf}' (${t}) does not exist.`)) });
                    continue;
                }
            }
            else {
                if (chartDir === undefined)
                    continue; // inside a chart fetched from a Helm repository
                // Argo CD resolves an absolute value file against the repository root, a relative one against the chart.
                const rel = vf.startsWith('/') ? vf.replace(/^\/+/, '') : joinRepoPath(chartDir, vf);
                if (!staysInside(rel)) {
                    sink.add('source.path-escape', file, vfPos(), `value file '${vf}' leaves the repository.`);
                    continue;
                }
                target = normalizeRepoPath(rel);
            }
            if (!ignoreMissing && !(await view.hasFile(target))) {
                sink.add('source.value-file-missing', file, vfPos(), `value file '${vf}' (${target}) does not exist.`);
            }
        }
    };
    if (helm && typeof helm.values === 'string' && helm.values.trim()) {
        // Argo CD hands the string to Helm as a values file: it has to parse.
        const e = loadYaml(helm.values).errors[0];
        if (e)
            sink.add('yaml.syntax', file, pos([...at, 'helm', 'values'], true), `\`${at.join('.')}.helm.values\` is not valid YAML, so Helm cannot read it: ${e.message} (line ${e.line}, column ${e.column} of the values).`);
    }
    // A chart from a Helm repository, or an OCI artifact (`repoURL: oci://...`, `path: .`,
    // Argo CD 3.1+): nothing of it is in this repo but its `$ref` value files.
    if (src.chart || /^oci:\/\//i.test(src.repoURL ?? '')) {
        src.kind = 'helm-repo';
        await checkValueFiles(undefined);
        return src;
    }
    if (raw.path !== undefined && raw.path !== null && rawPath === undefined)
        return src; // a path of the wrong type: the schema said so
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
    // Layout: a path under the charts dir must be gitops/<application>/<cluster>/<service>[/...].
    if (chartsDir && (p === chartsDir || p.startsWith(`${chartsDir}/`))) {
        const parts = p.slice(chartsDir.length + 1).split('/');
        if (parts.length < 3 || parts[0] === '') {
            sink.add('layout.chart-path', file, pos([...at, 'path'], true), `path '${p}' is not at \`${chartsDir}/<application>/<cluster>/<service>\`.`);
        }
        else if (layout.cluster && layout.service && (parts[1] !== layout.cluster || parts[2] !== layout.service)) {
            const what = parts[1] !== layout.cluster ? `cluster '${parts[1]}'` : `service '${parts[2]}'`;
            sink.add('layout.chart-path', file, pos([...at, 'path'], true), `path '${p}' is the chart of ${what}, but this Application is service '${layout.service}' on cluster '${layout.cluster}'.`, `Point \`path\` at \`${chartsDir}/${parts[0]}/${layout.cluster}/${layout.service}\`.`);
        }
    }
    if (raw.plugin !== undefined) {
        src.kind = 'plugin';
        if ((await view.kind(p)) !== 'dir')
            sink.add('source.path-missing', file, pos([...at, 'path'], true), `path '${p}' does not exist in the repository.`);
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
        if (!kustomization)
            sink.add('source.kustomization-missing', file, pos([...at, 'kustomize']), `${p} has no kustomization.yaml.`);
        return src;
    }
    if (helm || hasChart) {
        src.kind = 'helm';
        if (!hasChart) {
            sink.add('chart.missing', file, pos([...at, 'path'], true), `path '${p}' has a \`helm\` block but no Chart.yaml.`);
            return src;
        }
        if (ctx.charts?.get(p)?.type === 'library') {
            sink.add('source.library-chart', file, pos([...at, 'path'], true), `path '${p}' is a library chart (\`type: library\`): Helm refuses to install it ("library charts are not installable"), so Argo CD cannot render this Application.`);
        }
        await checkValueFiles(p);
        return src;
    }
    src.kind = 'directory';
    const recurse = isObj(raw.directory) && raw.directory.recurse === true;
    if (!(await view.hasManifest(p, recurse))) {
        const underCharts = chartsDir && p.startsWith(`${chartsDir}/`);
        if (underCharts && raw.directory === undefined)
            sink.add('chart.missing', file, pos([...at, 'path'], true), `path '${p}' has no Chart.yaml, kustomization or manifests.`);
        else
            sink.add('source.directory-empty', file, pos([...at, 'path'], true), `directory '${p}' holds no YAML, JSON or Jsonnet manifest${recurse ? '' : ' (directory.recurse is off)'}.`);
    }
    return src;
}
/**
 * Positions for the cross-file rules, which run after every file was read: the file is
 * read and parsed again only when one of them reports on it. A record does not keep its
 * file's text, so 10,000 Applications do not keep 10,000 texts alive.
 */
function relocator(root, file, docIndex) {
    let yf;
    const load = () => {
        if (!yf) {
            const read = readTextFileSync(root, file);
            yf = loadYaml('text' in read ? read.text : '');
        }
        return yf;
    };
    return {
        at: (path, atValue) => load().position(docIndex, path, atValue),
        docPosition: () => load().docPosition(docIndex),
    };
}

;// CONCATENATED MODULE: ./src/validate/rules/cross.ts

/**
 * Git sources with a path must be this platform repo. When no URL was given, the repo
 * is taken to be the URL most of the Applications use, and the message says so.
 * Returns the platform repo's normalised URL, when known.
 */
function checkRepoUrls(apps, sink, repoUrl) {
    let expected = repoUrl ? (0,git_url/* normalizeRepoUrl */.H)(repoUrl) ?? repoUrl.trim().toLowerCase() : undefined;
    let inferred = '';
    if (!expected) {
        const counts = new Map();
        let total = 0;
        for (const a of apps)
            a.sources.forEach((s, i) => {
                if (!a.sourceMeta[i]?.gitWithPath || !s.repoURL)
                    return;
                const n = (0,git_url/* normalizeRepoUrl */.H)(s.repoURL);
                if (n) {
                    counts.set(n, (counts.get(n) ?? 0) + 1);
                    total++;
                }
            });
        const ranked = [...counts].sort((x, y) => y[1] - x[1] || (x[0] < y[0] ? -1 : 1));
        const best = ranked[0];
        if (!best)
            return undefined;
        expected = best[0];
        // A tie is said as one: the choice between equals is only alphabetical.
        const tie = ranked.filter((r) => r[1] === best[1]).slice(1).map((r) => r[0]);
        inferred = tie.length
            ? ` (the platform repo could not be inferred: ${best[0]} and ${tie.join(', ')} are each used by ${best[1]} of ${total} sources, and ${best[0]} was taken; pass --repo-url / the repo-url input to set it)`
            : ` (the platform repo was inferred as ${best[0]}, used by ${best[1]} of ${total} sources; pass --repo-url / the repo-url input to set it)`;
    }
    for (const a of apps)
        a.sources.forEach((s, i) => {
            const meta = a.sourceMeta[i];
            if (!meta?.gitWithPath || !s.repoURL)
                return;
            if ((0,git_url/* normalizeRepoUrl */.H)(s.repoURL) !== expected) {
                sink.add('source.repo-url', a.file, a.at([...meta.path, 'repoURL'], true), `repoURL '${s.repoURL}' is not the platform repository${inferred || ` (${repoUrl})`}.`);
            }
        });
    return expected;
}
const NAME = ['metadata', 'name'];
function checkDuplicates(apps, sink) {
    const byName = new Map();
    const byTarget = new Map();
    for (const a of apps) {
        if (a.name) {
            const key = `${a.appNamespace}/${a.name}`;
            const first = byName.get(key);
            if (first)
                sink.add('app.duplicate-name', a.file, a.at(NAME, true), `Application '${a.name}' is also defined in ${first.file}:${first.at(NAME, true).line}.`);
            else
                byName.set(key, a);
        }
        const dest = destinationKey(a.destination);
        if (!dest)
            continue;
        for (const [i, s] of a.sources.entries()) {
            if (!s.path)
                continue;
            const key = `${s.repoURL ? (0,git_url/* normalizeRepoUrl */.H)(s.repoURL) : ''}|${s.path}|${dest}|${a.destination.namespace ?? ''}|${s.releaseName ?? ''}`;
            const first = byTarget.get(key);
            if (first && first !== a) {
                sink.add('app.duplicate-target', a.file, a.at([...a.sourceMeta[i].path, 'path'], true), `Application '${a.name}' deploys ${s.path} to ${dest} namespace '${a.destination.namespace ?? ''}', like '${first.name}' in ${first.file}.`);
            }
            else
                byTarget.set(key, a);
        }
    }
}
/** Argo CD's own cluster: registered as `in-cluster`, reached at this address. */
const IN_CLUSTER = 'https://kubernetes.default.svc';
/**
 * One key per cluster, whichever way the destination names it: `name: in-cluster` and
 * `server: https://kubernetes.default.svc/` are the same place.
 */
function destinationKey(d) {
    if (d.server)
        return d.server.trim().replace(/\/+$/, '').toLowerCase();
    if (d.name)
        return d.name === 'in-cluster' ? IN_CLUSTER : `name:${d.name}`;
    return '';
}
/** Charts that no Application source points at (subcharts of another chart are not counted). */
function checkOrphans(apps, charts, sink, unread = []) {
    const unreadKeys = new Set(unread.filter((u) => u.cluster && u.service).map((u) => `${u.cluster}/${u.service}`));
    // Every referenced path and each of its ancestors: a source at `<chart>/overlays/x` uses the chart too.
    const referenced = new Set();
    for (const a of apps)
        for (const s of a.sources) {
            if (s.path === undefined)
                continue;
            for (let p = s.path; p && !referenced.has(p); p = p.slice(0, Math.max(0, p.lastIndexOf('/'))))
                referenced.add(p);
        }
    const dirs = new Set(charts.map((c) => c.dir));
    for (const c of charts) {
        if (isSubchart(c.dir, dirs))
            continue;
        // A library chart is included by other charts, never deployed by an Application of its own.
        if (c.type === 'library')
            continue;
        if (referenced.has(c.dir))
            continue;
        if (c.cluster && c.service && unreadKeys.has(`${c.cluster}/${c.service}`))
            continue;
        sink.add('chart.orphan', `${c.dir}/Chart.yaml`, { line: 1, column: 1 }, `No Application points at the chart ${c.dir}.`);
    }
}
function isSubchart(dir, dirs) {
    for (let i = dir.lastIndexOf('/'); i > 0; i = dir.lastIndexOf('/', i - 1))
        if (dirs.has(dir.slice(0, i)))
            return true;
    return false;
}

;// CONCATENATED MODULE: ./src/validate/engine.ts














/** What the root App-of-Apps (a directory source) applies from the apps dir: YAML and JSON files. */
const YAML_FILE = /\.(?:ya?ml|json)$/i;
function checkDirOption(name, value) {
    if (!value.trim() || !staysInside(value))
        throw new errors/* UserError */.yo(`${name} '${value}' must be a relative path inside the repository.`);
    return normalizeRepoPath(value);
}
/**
 * Validates a platform repo: every Application under the apps dir is well formed and
 * resolves to a well-formed chart of the same cluster and service. Reads only; one
 * walk of the two directories, one parse per file.
 */
async function validateRepo(rootDir, options = {}) {
    if (!rootDir.trim())
        throw new errors/* UserError */.yo('The repository directory is empty: give the platform repo\'s directory.');
    const root = (0,external_node_path_.resolve)(rootDir);
    const appsDir = checkDirOption('apps-dir', options.appsDir ?? 'argo-apps');
    const chartsDir = checkDirOption('charts-dir', options.chartsDir ?? 'gitops');
    let realRoot;
    try {
        realRoot = await external_node_fs_.promises.realpath(root);
        if (!(await external_node_fs_.promises.stat(realRoot)).isDirectory())
            throw new Error('not a directory');
    }
    catch {
        throw new errors/* UserError */.yo(`The repository directory '${rootDir}' does not exist or is not a directory.`);
    }
    const sink = new FindingSink();
    const listing = emptyListing();
    const [appsKind, chartsKind] = await Promise.all([dirKind(root, appsDir), dirKind(root, chartsDir)]);
    if (appsKind !== 'dir')
        sink.add('repo.apps-dir-missing', appsDir, undefined, `The apps directory '${appsDir}' ${appsKind === 'missing' ? 'does not exist' : 'is not a directory'} in ${rootDir}.`);
    if (chartsKind !== 'dir')
        sink.add('repo.charts-dir-missing', chartsDir, undefined, `The charts directory '${chartsDir}' ${chartsKind === 'missing' ? 'does not exist' : 'is not a directory'} in ${rootDir}.`);
    // When one directory holds the other (`--apps-dir .`), the outer walk leaves the inner
    // one to its own walk, and the repo root's dot-directories (.git, .github) are not content.
    const appsSkip = skipper(appsDir, chartsDir);
    const chartsSkip = skipper(chartsDir, appsDir);
    if (appsKind === 'dir')
        await walkTree(root, realRoot, appsDir, listing, appsSkip);
    const appFiles = [];
    for (const [dir, names] of listing.children) {
        if (!isInside(dir, appsDir) || appsSkip(dir))
            continue;
        for (const n of names)
            if (YAML_FILE.test(n))
                appFiles.push(dir ? `${dir}/${n}` : n);
    }
    appFiles.sort();
    // On a large repo a worker thread walks and checks the charts while this one reads the
    // Applications (see chart-worker.ts); the findings and the model are the same either way.
    const walkCharts = chartsKind === 'dir' && chartsDir !== appsDir;
    const helper = walkCharts ? ChartWorker.start({ root, realRoot, appsDir, chartsDir, jobs: options.jobs, workerScript: options.workerScript }, listing, appFiles.length) : undefined;
    try {
        if (walkCharts && !helper)
            await walkTree(root, realRoot, chartsDir, listing, chartsSkip);
        const view = new RepoView(root, realRoot, listing, [appsDir, chartsDir]);
        // With a worker, this thread first reads and parses every Application while the worker
        // walks and checks the charts (their rules look up chart paths and chart types, so the
        // checks wait), then helps with the chart batches left. Reading them all first measured
        // 0.85x (round by round, 10,000 Applications) against joining the chart batches as soon
        // as the listing is in; peak RSS about 200 MB.
        const waiting = [];
        let next = 0;
        if (helper) {
            for (; next < appFiles.length; next++) {
                if ((next & 63) === 0)
                    await helper.poll();
                waiting.push(readApp(root, appFiles[next]));
            }
            // The listing: a worker that failed before sending it leaves the walk to this thread.
            if (!(await helper.takeListing(listing, true)))
                await walkTree(root, realRoot, chartsDir, listing, chartsSkip);
        }
        for (const issue of listing.issues) {
            const rule = issue.kind === 'symlink-escape' ? 'file.symlink-escape' : issue.kind === 'symlink-loop' ? 'file.symlink-loop' : 'file.unreadable';
            sink.add(rule, issue.file, undefined, `${issue.file}: ${issue.detail}.`);
        }
        // Charts first: their own rules, and the list the orphan rule needs.
        const chartDirs = chartsKind === 'dir' ? discoverCharts(listing.children, chartsDir) : [];
        const batches = helper ? await helper.checkCharts(view, chartDirs, chartsDir) : [await checkChartBatch(view, chartDirs, chartsDir)];
        const charts = [];
        for (const b of batches) {
            charts.push(...b.charts);
            sink.findings.push(...b.findings);
        }
        // Applications: one read and one parse per file; the parsed document is dropped once
        // the per-document rules have taken the positions they need.
        const deferred = [];
        const ctx = { view, sink, appsDir, chartsDir, repoUrl: options.repoUrl, charts: new Map(charts.map((c) => [c.dir, c])), deferred };
        // Application files we could not read: their charts are not called orphans on top.
        const unreadApps = [];
        const apps = [];
        const skipped = [];
        const check = async (r) => {
            const { file } = r;
            if ('issue' in r) {
                sink.add('file.unreadable', file, undefined, `${file}: ${r.issue.detail}.`);
                unreadApps.push(file);
                return;
            }
            const { pf, text } = r;
            if (pf.errors.length) {
                if (hasPlaceholders(text)) {
                    sink.add('yaml.templated', file, pf.errors[0], `${file} does not parse as YAML and holds \`{{ }}\` placeholders: taken for a template and skipped (${pf.errors[0].message}).`);
                }
                else
                    for (const e of pf.errors)
                        sink.add('yaml.syntax', file, e, e.message);
                unreadApps.push(file);
                return;
            }
            for (const d of pf.duplicates)
                sink.add('yaml.duplicate-key', file, d, d.message);
            pf.docs.forEach((d, i) => {
                // At the document's first content line, not its `---` marker (as docPosition does for every document finding).
                if (d.conversionError)
                    sink.add('yaml.alias-bomb', file, pf.docPosition(i), d.conversionError);
            });
            const checked = await checkApplicationFile(ctx, file, pf, text);
            pf.release();
            apps.push(...checked.apps);
            skipped.push(...checked.skipped);
        };
        for (const r of waiting)
            await check(r);
        waiting.length = 0;
        for (; next < appFiles.length; next++)
            await check(readApp(root, appFiles[next]));
        const platform = checkRepoUrls(apps, sink, options.repoUrl);
        // `$ref` value files of Helm-repository sources whose ref repo is, after all, this one.
        for (const d of deferred)
            if (!platform || (0,git_url/* normalizeRepoUrl */.H)(d.repoURL) === platform)
                await d.check();
        checkDuplicates(apps, sink);
        checkOrphans(apps, charts, sink, unreadApps.map((f) => appLayout(f, appsDir)));
        const findings = sortFindings(sink.findings);
        let files;
        return {
            findings,
            summary: summarize(findings, apps.length, charts.length),
            model: {
                root,
                appsDir,
                chartsDir,
                // Made on first use: validate alone never needs the flat list.
                get files() {
                    return (files ??= listingFiles(listing));
                },
                applications: apps,
                charts,
                skipped,
            },
        };
    }
    finally {
        // The worker must not outlive a validation that failed half way.
        helper?.dispose();
    }
}
/** Reads and parses one Application file; the findings are the rules' (`check` in validateRepo). */
function readApp(root, file) {
    const read = readTextFileSync(root, file);
    if ('issue' in read)
        return { file, issue: read.issue };
    return { file, pf: loadYaml(read.text), text: read.text };
}
/** Whether repo path `p` is `dir` or below it (everything is below the root, ''). */
function isInside(p, dir) {
    return dir === '' || p === dir || p.startsWith(`${dir}/`);
}
/** The directories the walk of `dir` leaves out: `other` when it lies inside `dir`, and dot-directories at the repo root. */
function skipper(dir, other) {
    const nested = other !== dir && isInside(other, dir);
    return (rel) => (nested && isInside(rel, other)) || (dir === '' && rel.startsWith('.') && !rel.includes('/'));
}
/**
 * Whether a file that does not parse holds `{{ }}` placeholders outside comments: then
 * it is taken for a template rendered elsewhere. A `{{` only in a comment does not make
 * a broken Application a template.
 */
function hasPlaceholders(text) {
    for (let i = text.indexOf('{{'); i >= 0; i = text.indexOf('{{', i + 2)) {
        const lineStart = text.lastIndexOf('\n', i) + 1;
        const before = text.slice(lineStart, i);
        // A comment starts at a `#` at the line's start or after a blank (YAML's rule).
        if (!/(?:^|\s)#/.test(before))
            return true;
    }
    return false;
}
async function dirKind(root, rel) {
    try {
        return (await external_node_fs_.promises.stat((0,external_node_path_.resolve)(root, rel))).isDirectory() ? 'dir' : 'file';
    }
    catch {
        return 'missing';
    }
}


/***/ }),

/***/ 2613:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("assert");

/***/ }),

/***/ 181:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("buffer");

/***/ }),

/***/ 4434:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("events");

/***/ }),

/***/ 9896:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("fs");

/***/ }),

/***/ 4589:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:assert");

/***/ }),

/***/ 1421:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:child_process");

/***/ }),

/***/ 7598:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");

/***/ }),

/***/ 8474:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:events");

/***/ }),

/***/ 3024:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");

/***/ }),

/***/ 1455:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs/promises");

/***/ }),

/***/ 8161:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:os");

/***/ }),

/***/ 6760:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");

/***/ }),

/***/ 7075:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:stream");

/***/ }),

/***/ 6193:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:string_decoder");

/***/ }),

/***/ 3136:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:url");

/***/ }),

/***/ 7975:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util");

/***/ }),

/***/ 6928:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("path");

/***/ }),

/***/ 932:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("process");

/***/ }),

/***/ 3106:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("zlib");

/***/ }),

/***/ 7349:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(3301);
var YAMLMap = __nccwpck_require__(4454);
var YAMLSeq = __nccwpck_require__(2223);
var resolveBlockMap = __nccwpck_require__(7103);
var resolveBlockSeq = __nccwpck_require__(334);
var resolveFlowCollection = __nccwpck_require__(3142);

function resolveCollection(CN, ctx, token, onError, tagName, tag) {
    const coll = token.type === 'block-map'
        ? resolveBlockMap.resolveBlockMap(CN, ctx, token, onError, tag)
        : token.type === 'block-seq'
            ? resolveBlockSeq.resolveBlockSeq(CN, ctx, token, onError, tag)
            : resolveFlowCollection.resolveFlowCollection(CN, ctx, token, onError, tag);
    const Coll = coll.constructor;
    // If we got a tagName matching the class, or the tag name is '!',
    // then use the tagName from the node class used to create it.
    if (tagName === '!' || tagName === Coll.tagName) {
        coll.tag = Coll.tagName;
        return coll;
    }
    if (tagName)
        coll.tag = tagName;
    return coll;
}
function composeCollection(CN, ctx, token, props, onError) {
    const tagToken = props.tag;
    const tagName = !tagToken
        ? null
        : ctx.directives.tagName(tagToken.source, msg => onError(tagToken, 'TAG_RESOLVE_FAILED', msg));
    if (token.type === 'block-seq') {
        const { anchor, newlineAfterProp: nl } = props;
        const lastProp = anchor && tagToken
            ? anchor.offset > tagToken.offset
                ? anchor
                : tagToken
            : (anchor ?? tagToken);
        if (lastProp && (!nl || nl.offset < lastProp.offset)) {
            const message = 'Missing newline after block sequence props';
            onError(lastProp, 'MISSING_CHAR', message);
        }
    }
    const expType = token.type === 'block-map'
        ? 'map'
        : token.type === 'block-seq'
            ? 'seq'
            : token.start.source === '{'
                ? 'map'
                : 'seq';
    // shortcut: check if it's a generic YAMLMap or YAMLSeq
    // before jumping into the custom tag logic.
    if (!tagToken ||
        !tagName ||
        tagName === '!' ||
        (tagName === YAMLMap.YAMLMap.tagName && expType === 'map') ||
        (tagName === YAMLSeq.YAMLSeq.tagName && expType === 'seq')) {
        return resolveCollection(CN, ctx, token, onError, tagName);
    }
    let tag = ctx.schema.tags.find(t => t.tag === tagName && t.collection === expType);
    if (!tag) {
        const kt = ctx.schema.knownTags[tagName];
        if (kt?.collection === expType) {
            ctx.schema.tags.push(Object.assign({}, kt, { default: false }));
            tag = kt;
        }
        else {
            if (kt) {
                onError(tagToken, 'BAD_COLLECTION_TYPE', `${kt.tag} used for ${expType} collection, but expects ${kt.collection ?? 'scalar'}`, true);
            }
            else {
                onError(tagToken, 'TAG_RESOLVE_FAILED', `Unresolved tag: ${tagName}`, true);
            }
            return resolveCollection(CN, ctx, token, onError, tagName);
        }
    }
    const coll = resolveCollection(CN, ctx, token, onError, tagName, tag);
    const res = tag.resolve?.(coll, msg => onError(tagToken, 'TAG_RESOLVE_FAILED', msg), ctx.options) ?? coll;
    const node = identity.isNode(res)
        ? res
        : new Scalar.Scalar(res);
    node.range = coll.range;
    node.tag = tagName;
    if (tag?.format)
        node.format = tag.format;
    return node;
}

exports.composeCollection = composeCollection;


/***/ }),

/***/ 3683:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Document = __nccwpck_require__(3021);
var composeNode = __nccwpck_require__(5937);
var resolveEnd = __nccwpck_require__(7788);
var resolveProps = __nccwpck_require__(4631);

function composeDoc(options, directives, { offset, start, value, end }, onError) {
    const opts = Object.assign({ _directives: directives }, options);
    const doc = new Document.Document(undefined, opts);
    const ctx = {
        atKey: false,
        atRoot: true,
        directives: doc.directives,
        options: doc.options,
        schema: doc.schema
    };
    const props = resolveProps.resolveProps(start, {
        indicator: 'doc-start',
        next: value ?? end?.[0],
        offset,
        onError,
        parentIndent: 0,
        startOnNewline: true
    });
    if (props.found) {
        doc.directives.docStart = true;
        if (value &&
            (value.type === 'block-map' || value.type === 'block-seq') &&
            !props.hasNewline)
            onError(props.end, 'MISSING_CHAR', 'Block collection cannot start on same line with directives-end marker');
    }
    // @ts-expect-error If Contents is set, let's trust the user
    doc.contents = value
        ? composeNode.composeNode(ctx, value, props, onError)
        : composeNode.composeEmptyNode(ctx, props.end, start, null, props, onError);
    const contentEnd = doc.contents.range[2];
    const re = resolveEnd.resolveEnd(end, contentEnd, false, onError);
    if (re.comment)
        doc.comment = re.comment;
    doc.range = [offset, contentEnd, re.offset];
    return doc;
}

exports.composeDoc = composeDoc;


/***/ }),

/***/ 5937:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Alias = __nccwpck_require__(4065);
var identity = __nccwpck_require__(1127);
var composeCollection = __nccwpck_require__(7349);
var composeScalar = __nccwpck_require__(5413);
var resolveEnd = __nccwpck_require__(7788);
var utilEmptyScalarPosition = __nccwpck_require__(2599);

const CN = { composeNode, composeEmptyNode };
function composeNode(ctx, token, props, onError) {
    const atKey = ctx.atKey;
    const { spaceBefore, comment, anchor, tag } = props;
    let node;
    let isSrcToken = true;
    switch (token.type) {
        case 'alias':
            node = composeAlias(ctx, token, onError);
            if (anchor || tag)
                onError(token, 'ALIAS_PROPS', 'An alias node must not specify any properties');
            break;
        case 'scalar':
        case 'single-quoted-scalar':
        case 'double-quoted-scalar':
        case 'block-scalar':
            node = composeScalar.composeScalar(ctx, token, tag, onError);
            if (anchor)
                node.anchor = anchor.source.substring(1);
            break;
        case 'block-map':
        case 'block-seq':
        case 'flow-collection':
            try {
                node = composeCollection.composeCollection(CN, ctx, token, props, onError);
                if (anchor)
                    node.anchor = anchor.source.substring(1);
            }
            catch (error) {
                // Almost certainly here due to a stack overflow
                const message = error instanceof Error ? error.message : String(error);
                onError(token, 'RESOURCE_EXHAUSTION', message);
            }
            break;
        default: {
            const message = token.type === 'error'
                ? token.message
                : `Unsupported token (type: ${token.type})`;
            onError(token, 'UNEXPECTED_TOKEN', message);
            isSrcToken = false;
        }
    }
    node ?? (node = composeEmptyNode(ctx, token.offset, undefined, null, props, onError));
    if (anchor && node.anchor === '')
        onError(anchor, 'BAD_ALIAS', 'Anchor cannot be an empty string');
    if (atKey &&
        ctx.options.stringKeys &&
        (!identity.isScalar(node) ||
            typeof node.value !== 'string' ||
            (node.tag && node.tag !== 'tag:yaml.org,2002:str'))) {
        const msg = 'With stringKeys, all keys must be strings';
        onError(tag ?? token, 'NON_STRING_KEY', msg);
    }
    if (spaceBefore)
        node.spaceBefore = true;
    if (comment) {
        if (token.type === 'scalar' && token.source === '')
            node.comment = comment;
        else
            node.commentBefore = comment;
    }
    // @ts-expect-error Type checking misses meaning of isSrcToken
    if (ctx.options.keepSourceTokens && isSrcToken)
        node.srcToken = token;
    return node;
}
function composeEmptyNode(ctx, offset, before, pos, { spaceBefore, comment, anchor, tag, end }, onError) {
    const token = {
        type: 'scalar',
        offset: utilEmptyScalarPosition.emptyScalarPosition(offset, before, pos),
        indent: -1,
        source: ''
    };
    const node = composeScalar.composeScalar(ctx, token, tag, onError);
    if (anchor) {
        node.anchor = anchor.source.substring(1);
        if (node.anchor === '')
            onError(anchor, 'BAD_ALIAS', 'Anchor cannot be an empty string');
    }
    if (spaceBefore)
        node.spaceBefore = true;
    if (comment) {
        node.comment = comment;
        node.range[2] = end;
    }
    return node;
}
function composeAlias({ options }, { offset, source, end }, onError) {
    const alias = new Alias.Alias(source.substring(1));
    if (alias.source === '')
        onError(offset, 'BAD_ALIAS', 'Alias cannot be an empty string');
    if (alias.source.endsWith(':'))
        onError(offset + source.length - 1, 'BAD_ALIAS', 'Alias ending in : is ambiguous', true);
    const valueEnd = offset + source.length;
    const re = resolveEnd.resolveEnd(end, valueEnd, options.strict, onError);
    alias.range = [offset, valueEnd, re.offset];
    if (re.comment)
        alias.comment = re.comment;
    return alias;
}

exports.composeEmptyNode = composeEmptyNode;
exports.composeNode = composeNode;


/***/ }),

/***/ 5413:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(3301);
var resolveBlockScalar = __nccwpck_require__(8913);
var resolveFlowScalar = __nccwpck_require__(6842);

function composeScalar(ctx, token, tagToken, onError) {
    const { value, type, comment, range } = token.type === 'block-scalar'
        ? resolveBlockScalar.resolveBlockScalar(ctx, token, onError)
        : resolveFlowScalar.resolveFlowScalar(token, ctx.options.strict, onError);
    const tagName = tagToken
        ? ctx.directives.tagName(tagToken.source, msg => onError(tagToken, 'TAG_RESOLVE_FAILED', msg))
        : null;
    let tag;
    if (ctx.options.stringKeys && ctx.atKey) {
        tag = ctx.schema[identity.SCALAR];
    }
    else if (tagName)
        tag = findScalarTagByName(ctx.schema, value, tagName, tagToken, onError);
    else if (token.type === 'scalar')
        tag = findScalarTagByTest(ctx, value, token, onError);
    else
        tag = ctx.schema[identity.SCALAR];
    let scalar;
    try {
        const res = tag.resolve(value, msg => onError(tagToken ?? token, 'TAG_RESOLVE_FAILED', msg), ctx.options);
        scalar = identity.isScalar(res) ? res : new Scalar.Scalar(res);
    }
    catch (error) {
        const msg = error instanceof Error ? error.message : String(error);
        onError(tagToken ?? token, 'TAG_RESOLVE_FAILED', msg);
        scalar = new Scalar.Scalar(value);
    }
    scalar.range = range;
    scalar.source = value;
    if (type)
        scalar.type = type;
    if (tagName)
        scalar.tag = tagName;
    if (tag.format)
        scalar.format = tag.format;
    if (comment)
        scalar.comment = comment;
    return scalar;
}
function findScalarTagByName(schema, value, tagName, tagToken, onError) {
    if (tagName === '!')
        return schema[identity.SCALAR]; // non-specific tag
    const matchWithTest = [];
    for (const tag of schema.tags) {
        if (!tag.collection && tag.tag === tagName) {
            if (tag.default && tag.test)
                matchWithTest.push(tag);
            else
                return tag;
        }
    }
    for (const tag of matchWithTest)
        if (tag.test?.test(value))
            return tag;
    const kt = schema.knownTags[tagName];
    if (kt && !kt.collection) {
        // Ensure that the known tag is available for stringifying,
        // but does not get used by default.
        schema.tags.push(Object.assign({}, kt, { default: false, test: undefined }));
        return kt;
    }
    onError(tagToken, 'TAG_RESOLVE_FAILED', `Unresolved tag: ${tagName}`, tagName !== 'tag:yaml.org,2002:str');
    return schema[identity.SCALAR];
}
function findScalarTagByTest({ atKey, directives, schema }, value, token, onError) {
    const tag = schema.tags.find(tag => (tag.default === true || (atKey && tag.default === 'key')) &&
        tag.test?.test(value)) || schema[identity.SCALAR];
    if (schema.compat) {
        const compat = schema.compat.find(tag => tag.default && tag.test?.test(value)) ??
            schema[identity.SCALAR];
        if (tag.tag !== compat.tag) {
            const ts = directives.tagString(tag.tag);
            const cs = directives.tagString(compat.tag);
            const msg = `Value may be parsed as either ${ts} or ${cs}`;
            onError(token, 'TAG_RESOLVE_FAILED', msg, true);
        }
    }
    return tag;
}

exports.composeScalar = composeScalar;


/***/ }),

/***/ 9984:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var node_process = __nccwpck_require__(932);
var directives = __nccwpck_require__(1342);
var Document = __nccwpck_require__(3021);
var errors = __nccwpck_require__(1464);
var identity = __nccwpck_require__(1127);
var composeDoc = __nccwpck_require__(3683);
var resolveEnd = __nccwpck_require__(7788);

function getErrorPos(src) {
    if (typeof src === 'number')
        return [src, src + 1];
    if (Array.isArray(src))
        return src.length === 2 ? src : [src[0], src[1]];
    const { offset, source } = src;
    return [offset, offset + (typeof source === 'string' ? source.length : 1)];
}
function parsePrelude(prelude) {
    let comment = '';
    let atComment = false;
    let afterEmptyLine = false;
    for (let i = 0; i < prelude.length; ++i) {
        const source = prelude[i];
        switch (source[0]) {
            case '#':
                comment +=
                    (comment === '' ? '' : afterEmptyLine ? '\n\n' : '\n') +
                        (source.substring(1) || ' ');
                atComment = true;
                afterEmptyLine = false;
                break;
            case '%':
                if (prelude[i + 1]?.[0] !== '#')
                    i += 1;
                atComment = false;
                break;
            default:
                // This may be wrong after doc-end, but in that case it doesn't matter
                if (!atComment)
                    afterEmptyLine = true;
                atComment = false;
        }
    }
    return { comment, afterEmptyLine };
}
/**
 * Compose a stream of CST nodes into a stream of YAML Documents.
 *
 * ```ts
 * import { Composer, Parser } from 'yaml'
 *
 * const src: string = ...
 * const tokens = new Parser().parse(src)
 * const docs = new Composer().compose(tokens)
 * ```
 */
class Composer {
    constructor(options = {}) {
        this.doc = null;
        this.atDirectives = false;
        this.prelude = [];
        this.errors = [];
        this.warnings = [];
        this.onError = (source, code, message, warning) => {
            const pos = getErrorPos(source);
            if (warning)
                this.warnings.push(new errors.YAMLWarning(pos, code, message));
            else
                this.errors.push(new errors.YAMLParseError(pos, code, message));
        };
        // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
        this.directives = new directives.Directives({ version: options.version || '1.2' });
        this.options = options;
    }
    decorate(doc, afterDoc) {
        const { comment, afterEmptyLine } = parsePrelude(this.prelude);
        //console.log({ dc: doc.comment, prelude, comment })
        if (comment) {
            const dc = doc.contents;
            if (afterDoc) {
                doc.comment = doc.comment ? `${doc.comment}\n${comment}` : comment;
            }
            else if (afterEmptyLine || doc.directives.docStart || !dc) {
                doc.commentBefore = comment;
            }
            else if (identity.isCollection(dc) && !dc.flow && dc.items.length > 0) {
                let it = dc.items[0];
                if (identity.isPair(it))
                    it = it.key;
                const cb = it.commentBefore;
                it.commentBefore = cb ? `${comment}\n${cb}` : comment;
            }
            else {
                const cb = dc.commentBefore;
                dc.commentBefore = cb ? `${comment}\n${cb}` : comment;
            }
        }
        if (afterDoc) {
            for (let i = 0; i < this.errors.length; ++i)
                doc.errors.push(this.errors[i]);
            for (let i = 0; i < this.warnings.length; ++i)
                doc.warnings.push(this.warnings[i]);
        }
        else {
            doc.errors = this.errors;
            doc.warnings = this.warnings;
        }
        this.prelude = [];
        this.errors = [];
        this.warnings = [];
    }
    /**
     * Current stream status information.
     *
     * Mostly useful at the end of input for an empty stream.
     */
    streamInfo() {
        return {
            comment: parsePrelude(this.prelude).comment,
            directives: this.directives,
            errors: this.errors,
            warnings: this.warnings
        };
    }
    /**
     * Compose tokens into documents.
     *
     * @param forceDoc - If the stream contains no document, still emit a final document including any comments and directives that would be applied to a subsequent document.
     * @param endOffset - Should be set if `forceDoc` is also set, to set the document range end and to indicate errors correctly.
     */
    *compose(tokens, forceDoc = false, endOffset = -1) {
        for (const token of tokens)
            yield* this.next(token);
        yield* this.end(forceDoc, endOffset);
    }
    /** Advance the composer by one CST token. */
    *next(token) {
        if (node_process.env.LOG_STREAM)
            console.dir(token, { depth: null });
        switch (token.type) {
            case 'directive':
                this.directives.add(token.source, (offset, message, warning) => {
                    const pos = getErrorPos(token);
                    pos[0] += offset;
                    this.onError(pos, 'BAD_DIRECTIVE', message, warning);
                });
                this.prelude.push(token.source);
                this.atDirectives = true;
                break;
            case 'document': {
                const doc = composeDoc.composeDoc(this.options, this.directives, token, this.onError);
                if (this.atDirectives && !doc.directives.docStart)
                    this.onError(token, 'MISSING_CHAR', 'Missing directives-end/doc-start indicator line');
                this.decorate(doc, false);
                if (this.doc)
                    yield this.doc;
                this.doc = doc;
                this.atDirectives = false;
                break;
            }
            case 'byte-order-mark':
            case 'space':
                break;
            case 'comment':
            case 'newline':
                this.prelude.push(token.source);
                break;
            case 'error': {
                const msg = token.source
                    ? `${token.message}: ${JSON.stringify(token.source)}`
                    : token.message;
                const error = new errors.YAMLParseError(getErrorPos(token), 'UNEXPECTED_TOKEN', msg);
                if (this.atDirectives || !this.doc)
                    this.errors.push(error);
                else
                    this.doc.errors.push(error);
                break;
            }
            case 'doc-end': {
                if (!this.doc) {
                    const msg = 'Unexpected doc-end without preceding document';
                    this.errors.push(new errors.YAMLParseError(getErrorPos(token), 'UNEXPECTED_TOKEN', msg));
                    break;
                }
                this.doc.directives.docEnd = true;
                const end = resolveEnd.resolveEnd(token.end, token.offset + token.source.length, this.doc.options.strict, this.onError);
                this.decorate(this.doc, true);
                if (end.comment) {
                    const dc = this.doc.comment;
                    this.doc.comment = dc ? `${dc}\n${end.comment}` : end.comment;
                }
                this.doc.range[2] = end.offset;
                break;
            }
            default:
                this.errors.push(new errors.YAMLParseError(getErrorPos(token), 'UNEXPECTED_TOKEN', `Unsupported token ${token.type}`));
        }
    }
    /**
     * Call at end of input to yield any remaining document.
     *
     * @param forceDoc - If the stream contains no document, still emit a final document including any comments and directives that would be applied to a subsequent document.
     * @param endOffset - Should be set if `forceDoc` is also set, to set the document range end and to indicate errors correctly.
     */
    *end(forceDoc = false, endOffset = -1) {
        if (this.doc) {
            this.decorate(this.doc, true);
            yield this.doc;
            this.doc = null;
        }
        else if (forceDoc) {
            const opts = Object.assign({ _directives: this.directives }, this.options);
            const doc = new Document.Document(undefined, opts);
            if (this.atDirectives)
                this.onError(endOffset, 'MISSING_CHAR', 'Missing directives-end indicator line');
            doc.range = [0, endOffset, endOffset];
            this.decorate(doc, false);
            yield doc;
        }
    }
}

exports.Composer = Composer;


/***/ }),

/***/ 7103:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Pair = __nccwpck_require__(7165);
var YAMLMap = __nccwpck_require__(4454);
var resolveProps = __nccwpck_require__(4631);
var utilContainsNewline = __nccwpck_require__(9499);
var utilFlowIndentCheck = __nccwpck_require__(4051);
var utilMapIncludes = __nccwpck_require__(1187);

const startColMsg = 'All mapping items must start at the same column';
function resolveBlockMap({ composeNode, composeEmptyNode }, ctx, bm, onError, tag) {
    const NodeClass = tag?.nodeClass ?? YAMLMap.YAMLMap;
    const map = new NodeClass(ctx.schema);
    if (ctx.atRoot)
        ctx.atRoot = false;
    let offset = bm.offset;
    let commentEnd = null;
    for (const collItem of bm.items) {
        const { start, key, sep, value } = collItem;
        // key properties
        const keyProps = resolveProps.resolveProps(start, {
            indicator: 'explicit-key-ind',
            next: key ?? sep?.[0],
            offset,
            onError,
            parentIndent: bm.indent,
            startOnNewline: true
        });
        const implicitKey = !keyProps.found;
        if (implicitKey) {
            if (key) {
                if (key.type === 'block-seq')
                    onError(offset, 'BLOCK_AS_IMPLICIT_KEY', 'A block sequence may not be used as an implicit map key');
                else if ('indent' in key && key.indent !== bm.indent)
                    onError(offset, 'BAD_INDENT', startColMsg);
            }
            if (!keyProps.anchor && !keyProps.tag && !sep) {
                commentEnd = keyProps.end;
                if (keyProps.comment) {
                    if (map.comment)
                        map.comment += '\n' + keyProps.comment;
                    else
                        map.comment = keyProps.comment;
                }
                continue;
            }
            if (keyProps.newlineAfterProp || utilContainsNewline.containsNewline(key)) {
                onError(key ?? start[start.length - 1], 'MULTILINE_IMPLICIT_KEY', 'Implicit keys need to be on a single line');
            }
        }
        else if (keyProps.found?.indent !== bm.indent) {
            onError(offset, 'BAD_INDENT', startColMsg);
        }
        // key value
        ctx.atKey = true;
        const keyStart = keyProps.end;
        const keyNode = key
            ? composeNode(ctx, key, keyProps, onError)
            : composeEmptyNode(ctx, keyStart, start, null, keyProps, onError);
        if (ctx.schema.compat)
            utilFlowIndentCheck.flowIndentCheck(bm.indent, key, onError);
        ctx.atKey = false;
        if (utilMapIncludes.mapIncludes(ctx, map.items, keyNode))
            onError(keyStart, 'DUPLICATE_KEY', 'Map keys must be unique');
        // value properties
        const valueProps = resolveProps.resolveProps(sep ?? [], {
            indicator: 'map-value-ind',
            next: value,
            offset: keyNode.range[2],
            onError,
            parentIndent: bm.indent,
            startOnNewline: !key || key.type === 'block-scalar'
        });
        offset = valueProps.end;
        if (valueProps.found) {
            if (implicitKey) {
                if (value?.type === 'block-map' && !valueProps.hasNewline)
                    onError(offset, 'BLOCK_AS_IMPLICIT_KEY', 'Nested mappings are not allowed in compact mappings');
                if (ctx.options.strict &&
                    keyProps.start < valueProps.found.offset - 1024)
                    onError(keyNode.range, 'KEY_OVER_1024_CHARS', 'The : indicator must be at most 1024 chars after the start of an implicit block mapping key');
            }
            // value value
            const valueNode = value
                ? composeNode(ctx, value, valueProps, onError)
                : composeEmptyNode(ctx, offset, sep, null, valueProps, onError);
            if (ctx.schema.compat)
                utilFlowIndentCheck.flowIndentCheck(bm.indent, value, onError);
            offset = valueNode.range[2];
            const pair = new Pair.Pair(keyNode, valueNode);
            if (ctx.options.keepSourceTokens)
                pair.srcToken = collItem;
            map.items.push(pair);
        }
        else {
            // key with no value
            if (implicitKey)
                onError(keyNode.range, 'MISSING_CHAR', 'Implicit map keys need to be followed by map values');
            if (valueProps.comment) {
                if (keyNode.comment)
                    keyNode.comment += '\n' + valueProps.comment;
                else
                    keyNode.comment = valueProps.comment;
            }
            const pair = new Pair.Pair(keyNode);
            if (ctx.options.keepSourceTokens)
                pair.srcToken = collItem;
            map.items.push(pair);
        }
    }
    if (commentEnd && commentEnd < offset)
        onError(commentEnd, 'IMPOSSIBLE', 'Map comment with trailing content');
    map.range = [bm.offset, offset, commentEnd ?? offset];
    return map;
}

exports.resolveBlockMap = resolveBlockMap;


/***/ }),

/***/ 8913:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);

function resolveBlockScalar(ctx, scalar, onError) {
    const start = scalar.offset;
    const header = parseBlockScalarHeader(scalar, ctx.options.strict, onError);
    if (!header)
        return { value: '', type: null, comment: '', range: [start, start, start] };
    const type = header.mode === '>' ? Scalar.Scalar.BLOCK_FOLDED : Scalar.Scalar.BLOCK_LITERAL;
    const lines = scalar.source ? splitLines(scalar.source) : [];
    // determine the end of content & start of chomping
    let chompStart = lines.length;
    for (let i = lines.length - 1; i >= 0; --i) {
        const content = lines[i][1];
        if (content === '' || content === '\r')
            chompStart = i;
        else
            break;
    }
    // shortcut for empty contents
    if (chompStart === 0) {
        const value = header.chomp === '+' && lines.length > 0
            ? '\n'.repeat(Math.max(1, lines.length - 1))
            : '';
        let end = start + header.length;
        if (scalar.source)
            end += scalar.source.length;
        return { value, type, comment: header.comment, range: [start, end, end] };
    }
    // find the indentation level to trim from start
    let trimIndent = scalar.indent + header.indent;
    let offset = scalar.offset + header.length;
    let contentStart = 0;
    for (let i = 0; i < chompStart; ++i) {
        const [indent, content] = lines[i];
        if (content === '' || content === '\r') {
            if (header.indent === 0 && indent.length > trimIndent)
                trimIndent = indent.length;
        }
        else {
            if (indent.length < trimIndent) {
                const message = 'Block scalars with more-indented leading empty lines must use an explicit indentation indicator';
                onError(offset + indent.length, 'MISSING_CHAR', message);
            }
            if (header.indent === 0)
                trimIndent = indent.length;
            contentStart = i;
            if (trimIndent === 0 && !ctx.atRoot) {
                const message = 'Block scalar values in collections must be indented';
                onError(offset, 'BAD_INDENT', message);
            }
            break;
        }
        offset += indent.length + content.length + 1;
    }
    // include trailing more-indented empty lines in content
    for (let i = lines.length - 1; i >= chompStart; --i) {
        if (lines[i][0].length > trimIndent)
            chompStart = i + 1;
    }
    let value = '';
    let sep = '';
    let prevMoreIndented = false;
    // leading whitespace is kept intact
    for (let i = 0; i < contentStart; ++i)
        value += lines[i][0].slice(trimIndent) + '\n';
    for (let i = contentStart; i < chompStart; ++i) {
        let [indent, content] = lines[i];
        offset += indent.length + content.length + 1;
        const crlf = content[content.length - 1] === '\r';
        if (crlf)
            content = content.slice(0, -1);
        /* istanbul ignore if already caught in lexer */
        if (content && indent.length < trimIndent) {
            const src = header.indent
                ? 'explicit indentation indicator'
                : 'first line';
            const message = `Block scalar lines must not be less indented than their ${src}`;
            onError(offset - content.length - (crlf ? 2 : 1), 'BAD_INDENT', message);
            indent = '';
        }
        if (type === Scalar.Scalar.BLOCK_LITERAL) {
            value += sep + indent.slice(trimIndent) + content;
            sep = '\n';
        }
        else if (indent.length > trimIndent || content[0] === '\t') {
            // more-indented content within a folded block
            if (sep === ' ')
                sep = '\n';
            else if (!prevMoreIndented && sep === '\n')
                sep = '\n\n';
            value += sep + indent.slice(trimIndent) + content;
            sep = '\n';
            prevMoreIndented = true;
        }
        else if (content === '') {
            // empty line
            if (sep === '\n')
                value += '\n';
            else
                sep = '\n';
        }
        else {
            value += sep + content;
            sep = ' ';
            prevMoreIndented = false;
        }
    }
    switch (header.chomp) {
        case '-':
            break;
        case '+':
            for (let i = chompStart; i < lines.length; ++i)
                value += '\n' + lines[i][0].slice(trimIndent);
            if (value[value.length - 1] !== '\n')
                value += '\n';
            break;
        default:
            value += '\n';
    }
    const end = start + header.length + scalar.source.length;
    return { value, type, comment: header.comment, range: [start, end, end] };
}
function parseBlockScalarHeader({ offset, props }, strict, onError) {
    /* istanbul ignore if should not happen */
    if (props[0].type !== 'block-scalar-header') {
        onError(props[0], 'IMPOSSIBLE', 'Block scalar header not found');
        return null;
    }
    const { source } = props[0];
    const mode = source[0];
    let indent = 0;
    let chomp = '';
    let error = -1;
    for (let i = 1; i < source.length; ++i) {
        const ch = source[i];
        if (!chomp && (ch === '-' || ch === '+'))
            chomp = ch;
        else {
            const n = Number(ch);
            if (!indent && n)
                indent = n;
            else if (error === -1)
                error = offset + i;
        }
    }
    if (error !== -1)
        onError(error, 'UNEXPECTED_TOKEN', `Block scalar header includes extra characters: ${source}`);
    let hasSpace = false;
    let comment = '';
    let length = source.length;
    for (let i = 1; i < props.length; ++i) {
        const token = props[i];
        switch (token.type) {
            case 'space':
                hasSpace = true;
            // fallthrough
            case 'newline':
                length += token.source.length;
                break;
            case 'comment':
                if (strict && !hasSpace) {
                    const message = 'Comments must be separated from other tokens by white space characters';
                    onError(token, 'MISSING_CHAR', message);
                }
                length += token.source.length;
                comment = token.source.substring(1);
                break;
            case 'error':
                onError(token, 'UNEXPECTED_TOKEN', token.message);
                length += token.source.length;
                break;
            /* istanbul ignore next should not happen */
            default: {
                const message = `Unexpected token in block scalar header: ${token.type}`;
                onError(token, 'UNEXPECTED_TOKEN', message);
                const ts = token.source;
                if (ts && typeof ts === 'string')
                    length += ts.length;
            }
        }
    }
    return { mode, indent, chomp, comment, length };
}
/** @returns Array of lines split up as `[indent, content]` */
function splitLines(source) {
    const split = source.split(/\n( *)/);
    const first = split[0];
    const m = first.match(/^( *)/);
    const line0 = m?.[1]
        ? [m[1], first.slice(m[1].length)]
        : ['', first];
    const lines = [line0];
    for (let i = 1; i < split.length; i += 2)
        lines.push([split[i], split[i + 1]]);
    return lines;
}

exports.resolveBlockScalar = resolveBlockScalar;


/***/ }),

/***/ 334:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var YAMLSeq = __nccwpck_require__(2223);
var resolveProps = __nccwpck_require__(4631);
var utilFlowIndentCheck = __nccwpck_require__(4051);

function resolveBlockSeq({ composeNode, composeEmptyNode }, ctx, bs, onError, tag) {
    const NodeClass = tag?.nodeClass ?? YAMLSeq.YAMLSeq;
    const seq = new NodeClass(ctx.schema);
    if (ctx.atRoot)
        ctx.atRoot = false;
    if (ctx.atKey)
        ctx.atKey = false;
    let offset = bs.offset;
    let commentEnd = null;
    for (const { start, value } of bs.items) {
        const props = resolveProps.resolveProps(start, {
            indicator: 'seq-item-ind',
            next: value,
            offset,
            onError,
            parentIndent: bs.indent,
            startOnNewline: true
        });
        if (!props.found) {
            if (props.anchor || props.tag || value) {
                if (value?.type === 'block-seq')
                    onError(props.end, 'BAD_INDENT', 'All sequence items must start at the same column');
                else
                    onError(offset, 'MISSING_CHAR', 'Sequence item without - indicator');
            }
            else {
                commentEnd = props.end;
                if (props.comment)
                    seq.comment = props.comment;
                continue;
            }
        }
        const node = value
            ? composeNode(ctx, value, props, onError)
            : composeEmptyNode(ctx, props.end, start, null, props, onError);
        if (ctx.schema.compat)
            utilFlowIndentCheck.flowIndentCheck(bs.indent, value, onError);
        offset = node.range[2];
        seq.items.push(node);
    }
    seq.range = [bs.offset, offset, commentEnd ?? offset];
    return seq;
}

exports.resolveBlockSeq = resolveBlockSeq;


/***/ }),

/***/ 7788:
/***/ ((__unused_webpack_module, exports) => {



function resolveEnd(end, offset, reqSpace, onError) {
    let comment = '';
    if (end) {
        let hasSpace = false;
        let sep = '';
        for (const token of end) {
            const { source, type } = token;
            switch (type) {
                case 'space':
                    hasSpace = true;
                    break;
                case 'comment': {
                    if (reqSpace && !hasSpace)
                        onError(token, 'MISSING_CHAR', 'Comments must be separated from other tokens by white space characters');
                    const cb = source.substring(1) || ' ';
                    if (!comment)
                        comment = cb;
                    else
                        comment += sep + cb;
                    sep = '';
                    break;
                }
                case 'newline':
                    if (comment)
                        sep += source;
                    hasSpace = true;
                    break;
                default:
                    onError(token, 'UNEXPECTED_TOKEN', `Unexpected ${type} at node end`);
            }
            offset += source.length;
        }
    }
    return { comment, offset };
}

exports.resolveEnd = resolveEnd;


/***/ }),

/***/ 3142:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var YAMLMap = __nccwpck_require__(4454);
var YAMLSeq = __nccwpck_require__(2223);
var resolveEnd = __nccwpck_require__(7788);
var resolveProps = __nccwpck_require__(4631);
var utilContainsNewline = __nccwpck_require__(9499);
var utilMapIncludes = __nccwpck_require__(1187);

const blockMsg = 'Block collections are not allowed within flow collections';
const isBlock = (token) => token && (token.type === 'block-map' || token.type === 'block-seq');
function resolveFlowCollection({ composeNode, composeEmptyNode }, ctx, fc, onError, tag) {
    const isMap = fc.start.source === '{';
    const fcName = isMap ? 'flow map' : 'flow sequence';
    const NodeClass = (tag?.nodeClass ?? (isMap ? YAMLMap.YAMLMap : YAMLSeq.YAMLSeq));
    const coll = new NodeClass(ctx.schema);
    coll.flow = true;
    const atRoot = ctx.atRoot;
    if (atRoot)
        ctx.atRoot = false;
    if (ctx.atKey)
        ctx.atKey = false;
    let offset = fc.offset + fc.start.source.length;
    for (let i = 0; i < fc.items.length; ++i) {
        const collItem = fc.items[i];
        const { start, key, sep, value } = collItem;
        const props = resolveProps.resolveProps(start, {
            flow: fcName,
            indicator: 'explicit-key-ind',
            next: key ?? sep?.[0],
            offset,
            onError,
            parentIndent: fc.indent,
            startOnNewline: false
        });
        if (!props.found) {
            if (!props.anchor && !props.tag && !sep && !value) {
                if (i === 0 && props.comma)
                    onError(props.comma, 'UNEXPECTED_TOKEN', `Unexpected , in ${fcName}`);
                else if (i < fc.items.length - 1)
                    onError(props.start, 'UNEXPECTED_TOKEN', `Unexpected empty item in ${fcName}`);
                if (props.comment) {
                    if (coll.comment)
                        coll.comment += '\n' + props.comment;
                    else
                        coll.comment = props.comment;
                }
                offset = props.end;
                continue;
            }
            if (!isMap && ctx.options.strict && utilContainsNewline.containsNewline(key))
                onError(key, // checked by containsNewline()
                'MULTILINE_IMPLICIT_KEY', 'Implicit keys of flow sequence pairs need to be on a single line');
        }
        if (i === 0) {
            if (props.comma)
                onError(props.comma, 'UNEXPECTED_TOKEN', `Unexpected , in ${fcName}`);
        }
        else {
            if (!props.comma)
                onError(props.start, 'MISSING_CHAR', `Missing , between ${fcName} items`);
            if (props.comment) {
                let prevItemComment = '';
                loop: for (const st of start) {
                    switch (st.type) {
                        case 'comma':
                        case 'space':
                            break;
                        case 'comment':
                            prevItemComment = st.source.substring(1);
                            break loop;
                        default:
                            break loop;
                    }
                }
                if (prevItemComment) {
                    let prev = coll.items[coll.items.length - 1];
                    if (identity.isPair(prev))
                        prev = prev.value ?? prev.key;
                    if (prev.comment)
                        prev.comment += '\n' + prevItemComment;
                    else
                        prev.comment = prevItemComment;
                    props.comment = props.comment.substring(prevItemComment.length + 1);
                }
            }
        }
        if (!isMap && !sep && !props.found) {
            // item is a value in a seq
            // → key & sep are empty, start does not include ? or :
            const valueNode = value
                ? composeNode(ctx, value, props, onError)
                : composeEmptyNode(ctx, props.end, sep, null, props, onError);
            coll.items.push(valueNode);
            offset = valueNode.range[2];
            if (isBlock(value))
                onError(valueNode.range, 'BLOCK_IN_FLOW', blockMsg);
        }
        else {
            // item is a key+value pair
            // key value
            ctx.atKey = true;
            const keyStart = props.end;
            const keyNode = key
                ? composeNode(ctx, key, props, onError)
                : composeEmptyNode(ctx, keyStart, start, null, props, onError);
            if (isBlock(key))
                onError(keyNode.range, 'BLOCK_IN_FLOW', blockMsg);
            ctx.atKey = false;
            // value properties
            const valueProps = resolveProps.resolveProps(sep ?? [], {
                flow: fcName,
                indicator: 'map-value-ind',
                next: value,
                offset: keyNode.range[2],
                onError,
                parentIndent: fc.indent,
                startOnNewline: false
            });
            if (valueProps.found) {
                if (!isMap && !props.found && ctx.options.strict) {
                    if (sep)
                        for (const st of sep) {
                            if (st === valueProps.found)
                                break;
                            if (st.type === 'newline') {
                                onError(st, 'MULTILINE_IMPLICIT_KEY', 'Implicit keys of flow sequence pairs need to be on a single line');
                                break;
                            }
                        }
                    if (props.start < valueProps.found.offset - 1024)
                        onError(valueProps.found, 'KEY_OVER_1024_CHARS', 'The : indicator must be at most 1024 chars after the start of an implicit flow sequence key');
                }
            }
            else if (value) {
                if ('source' in value && value.source?.[0] === ':')
                    onError(value, 'MISSING_CHAR', `Missing space after : in ${fcName}`);
                else
                    onError(valueProps.start, 'MISSING_CHAR', `Missing , or : between ${fcName} items`);
            }
            // value value
            const valueNode = value
                ? composeNode(ctx, value, valueProps, onError)
                : valueProps.found
                    ? composeEmptyNode(ctx, valueProps.end, sep, null, valueProps, onError)
                    : null;
            if (valueNode) {
                if (isBlock(value))
                    onError(valueNode.range, 'BLOCK_IN_FLOW', blockMsg);
            }
            else if (valueProps.comment) {
                if (keyNode.comment)
                    keyNode.comment += '\n' + valueProps.comment;
                else
                    keyNode.comment = valueProps.comment;
            }
            const pair = new Pair.Pair(keyNode, valueNode);
            if (ctx.options.keepSourceTokens)
                pair.srcToken = collItem;
            if (isMap) {
                const map = coll;
                if (utilMapIncludes.mapIncludes(ctx, map.items, keyNode))
                    onError(keyStart, 'DUPLICATE_KEY', 'Map keys must be unique');
                map.items.push(pair);
            }
            else {
                const map = new YAMLMap.YAMLMap(ctx.schema);
                map.flow = true;
                map.items.push(pair);
                const endRange = (valueNode ?? keyNode).range;
                map.range = [keyNode.range[0], endRange[1], endRange[2]];
                coll.items.push(map);
            }
            offset = valueNode ? valueNode.range[2] : valueProps.end;
        }
    }
    const expectedEnd = isMap ? '}' : ']';
    const [ce, ...ee] = fc.end;
    let cePos = offset;
    if (ce?.source === expectedEnd)
        cePos = ce.offset + ce.source.length;
    else {
        const name = fcName[0].toUpperCase() + fcName.substring(1);
        const msg = atRoot
            ? `${name} must end with a ${expectedEnd}`
            : `${name} in block collection must be sufficiently indented and end with a ${expectedEnd}`;
        onError(offset, atRoot ? 'MISSING_CHAR' : 'BAD_INDENT', msg);
        if (ce && ce.source.length !== 1)
            ee.unshift(ce);
    }
    if (ee.length > 0) {
        const end = resolveEnd.resolveEnd(ee, cePos, ctx.options.strict, onError);
        if (end.comment) {
            if (coll.comment)
                coll.comment += '\n' + end.comment;
            else
                coll.comment = end.comment;
        }
        coll.range = [fc.offset, cePos, end.offset];
    }
    else {
        coll.range = [fc.offset, cePos, cePos];
    }
    return coll;
}

exports.resolveFlowCollection = resolveFlowCollection;


/***/ }),

/***/ 6842:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);
var resolveEnd = __nccwpck_require__(7788);

function resolveFlowScalar(scalar, strict, onError) {
    const { offset, type, source, end } = scalar;
    let _type;
    let value;
    const _onError = (rel, code, msg) => onError(offset + rel, code, msg);
    switch (type) {
        case 'scalar':
            _type = Scalar.Scalar.PLAIN;
            value = plainValue(source, _onError);
            break;
        case 'single-quoted-scalar':
            _type = Scalar.Scalar.QUOTE_SINGLE;
            value = singleQuotedValue(source, _onError);
            break;
        case 'double-quoted-scalar':
            _type = Scalar.Scalar.QUOTE_DOUBLE;
            value = doubleQuotedValue(source, _onError);
            break;
        /* istanbul ignore next should not happen */
        default:
            onError(scalar, 'UNEXPECTED_TOKEN', `Expected a flow scalar value, but found: ${type}`);
            return {
                value: '',
                type: null,
                comment: '',
                range: [offset, offset + source.length, offset + source.length]
            };
    }
    const valueEnd = offset + source.length;
    const re = resolveEnd.resolveEnd(end, valueEnd, strict, onError);
    return {
        value,
        type: _type,
        comment: re.comment,
        range: [offset, valueEnd, re.offset]
    };
}
function plainValue(source, onError) {
    let badChar = '';
    switch (source[0]) {
        /* istanbul ignore next should not happen */
        case '\t':
            badChar = 'a tab character';
            break;
        case ',':
            badChar = 'flow indicator character ,';
            break;
        case '%':
            badChar = 'directive indicator character %';
            break;
        case '|':
        case '>': {
            badChar = `block scalar indicator ${source[0]}`;
            break;
        }
        case '@':
        case '`': {
            badChar = `reserved character ${source[0]}`;
            break;
        }
    }
    if (badChar)
        onError(0, 'BAD_SCALAR_START', `Plain value cannot start with ${badChar}`);
    return unfoldLines(source);
}
function singleQuotedValue(source, onError) {
    if (source[source.length - 1] !== "'" || source.length === 1)
        onError(source.length, 'MISSING_CHAR', "Missing closing 'quote");
    return unfoldLines(source.slice(1, -1)).replace(/''/g, "'");
}
function unfoldLines(source) {
    const line = /(.*?)\r?\n/sy;
    let match = line.exec(source);
    if (!match)
        return source;
    /**
     * The negative lookbehinds in these RegExps are to
     * prevent causing a polynomial search time in certain cases.
     *
     * The try-catch is for Safari < 16.4 and other old browsers:
     * https://caniuse.com/js-regexp-lookbehind
     */
    let trimEnd, trimBoth;
    try {
        trimEnd = new RegExp('(?<![ \t])[ \t]+$');
        trimBoth = new RegExp('^[ \t]+|(?<![ \t])[ \t]+$', 'g');
    }
    catch {
        trimEnd = /[ \t]+$/;
        trimBoth = /^[ \t]+|[ \t]+$/g;
    }
    let res = match[1].replace(trimEnd, '');
    let sep = ' ';
    let pos = line.lastIndex;
    while ((match = line.exec(source))) {
        const lm = match[1].replace(trimBoth, '');
        if (lm === '') {
            if (sep === '\n')
                res += sep;
            else
                sep = '\n';
        }
        else {
            res += sep + lm;
            sep = ' ';
        }
        pos = line.lastIndex;
    }
    const last = /[ \t]*(.*)/sy;
    last.lastIndex = pos;
    match = last.exec(source);
    return res + sep + (match?.[1] ?? '');
}
function doubleQuotedValue(source, onError) {
    let res = '';
    for (let i = 1; i < source.length - 1; ++i) {
        const ch = source[i];
        if (ch === '\r' && source[i + 1] === '\n')
            continue;
        if (ch === '\n') {
            const { fold, offset } = foldNewline(source, i);
            res += fold;
            i = offset;
        }
        else if (ch === '\\') {
            let next = source[++i];
            const cc = escapeCodes[next];
            if (cc)
                res += cc;
            else if (next === '\n') {
                // skip escaped newlines, but still trim the following line
                next = source[i + 1];
                while (next === ' ' || next === '\t')
                    next = source[++i + 1];
            }
            else if (next === '\r' && source[i + 1] === '\n') {
                // skip escaped CRLF newlines, but still trim the following line
                next = source[++i + 1];
                while (next === ' ' || next === '\t')
                    next = source[++i + 1];
            }
            else if (next === 'x' || next === 'u' || next === 'U') {
                const length = next === 'x' ? 2 : next === 'u' ? 4 : 8;
                res += parseCharCode(source, i + 1, length, onError);
                i += length;
            }
            else {
                const raw = source.substr(i - 1, 2);
                onError(i - 1, 'BAD_DQ_ESCAPE', `Invalid escape sequence ${raw}`);
                res += raw;
            }
        }
        else if (ch === ' ' || ch === '\t') {
            // trim trailing whitespace
            const wsStart = i;
            let next = source[i + 1];
            while (next === ' ' || next === '\t')
                next = source[++i + 1];
            if (next !== '\n' && !(next === '\r' && source[i + 2] === '\n'))
                res += i > wsStart ? source.slice(wsStart, i + 1) : ch;
        }
        else {
            res += ch;
        }
    }
    if (source[source.length - 1] !== '"' || source.length === 1)
        onError(source.length, 'MISSING_CHAR', 'Missing closing "quote');
    return res;
}
/**
 * Fold a single newline into a space, multiple newlines to N - 1 newlines.
 * Presumes `source[offset] === '\n'`
 */
function foldNewline(source, offset) {
    let fold = '';
    let ch = source[offset + 1];
    while (ch === ' ' || ch === '\t' || ch === '\n' || ch === '\r') {
        if (ch === '\r' && source[offset + 2] !== '\n')
            break;
        if (ch === '\n')
            fold += '\n';
        offset += 1;
        ch = source[offset + 1];
    }
    if (!fold)
        fold = ' ';
    return { fold, offset };
}
const escapeCodes = {
    '0': '\0', // null character
    a: '\x07', // bell character
    b: '\b', // backspace
    e: '\x1b', // escape character
    f: '\f', // form feed
    n: '\n', // line feed
    r: '\r', // carriage return
    t: '\t', // horizontal tab
    v: '\v', // vertical tab
    N: '\u0085', // Unicode next line
    _: '\u00a0', // Unicode non-breaking space
    L: '\u2028', // Unicode line separator
    P: '\u2029', // Unicode paragraph separator
    ' ': ' ',
    '"': '"',
    '/': '/',
    '\\': '\\',
    '\t': '\t'
};
function parseCharCode(source, offset, length, onError) {
    const cc = source.substr(offset, length);
    const ok = cc.length === length && /^[0-9a-fA-F]+$/.test(cc);
    const code = ok ? parseInt(cc, 16) : NaN;
    try {
        return String.fromCodePoint(code);
    }
    catch {
        const raw = source.substr(offset - 2, length + 2);
        onError(offset - 2, 'BAD_DQ_ESCAPE', `Invalid escape sequence ${raw}`);
        return raw;
    }
}

exports.resolveFlowScalar = resolveFlowScalar;


/***/ }),

/***/ 4631:
/***/ ((__unused_webpack_module, exports) => {



function resolveProps(tokens, { flow, indicator, next, offset, onError, parentIndent, startOnNewline }) {
    let spaceBefore = false;
    let atNewline = startOnNewline;
    let hasSpace = startOnNewline;
    let comment = '';
    let commentSep = '';
    let hasNewline = false;
    let reqSpace = false;
    let tab = null;
    let anchor = null;
    let tag = null;
    let newlineAfterProp = null;
    let comma = null;
    let found = null;
    let start = null;
    for (const token of tokens) {
        if (reqSpace) {
            if (token.type !== 'space' &&
                token.type !== 'newline' &&
                token.type !== 'comma')
                onError(token.offset, 'MISSING_CHAR', 'Tags and anchors must be separated from the next token by white space');
            reqSpace = false;
        }
        if (tab) {
            if (atNewline && token.type !== 'comment' && token.type !== 'newline') {
                onError(tab, 'TAB_AS_INDENT', 'Tabs are not allowed as indentation');
            }
            tab = null;
        }
        switch (token.type) {
            case 'space':
                // At the doc level, tabs at line start may be parsed
                // as leading white space rather than indentation.
                // In a flow collection, only the parser handles indent.
                if (!flow &&
                    (indicator !== 'doc-start' || next?.type !== 'flow-collection') &&
                    token.source.includes('\t')) {
                    tab = token;
                }
                hasSpace = true;
                break;
            case 'comment': {
                if (!hasSpace)
                    onError(token, 'MISSING_CHAR', 'Comments must be separated from other tokens by white space characters');
                const cb = token.source.substring(1) || ' ';
                if (!comment)
                    comment = cb;
                else
                    comment += commentSep + cb;
                commentSep = '';
                atNewline = false;
                break;
            }
            case 'newline':
                if (atNewline) {
                    if (comment)
                        comment += token.source;
                    else if (!found || indicator !== 'seq-item-ind')
                        spaceBefore = true;
                }
                else
                    commentSep += token.source;
                atNewline = true;
                hasNewline = true;
                if (anchor || tag)
                    newlineAfterProp = token;
                hasSpace = true;
                break;
            case 'anchor':
                if (anchor)
                    onError(token, 'MULTIPLE_ANCHORS', 'A node can have at most one anchor');
                if (token.source.endsWith(':'))
                    onError(token.offset + token.source.length - 1, 'BAD_ALIAS', 'Anchor ending in : is ambiguous', true);
                anchor = token;
                start ?? (start = token.offset);
                atNewline = false;
                hasSpace = false;
                reqSpace = true;
                break;
            case 'tag': {
                if (tag)
                    onError(token, 'MULTIPLE_TAGS', 'A node can have at most one tag');
                tag = token;
                start ?? (start = token.offset);
                atNewline = false;
                hasSpace = false;
                reqSpace = true;
                break;
            }
            case indicator:
                // Could here handle preceding comments differently
                if (anchor || tag)
                    onError(token, 'BAD_PROP_ORDER', `Anchors and tags must be after the ${token.source} indicator`);
                if (found)
                    onError(token, 'UNEXPECTED_TOKEN', `Unexpected ${token.source} in ${flow ?? 'collection'}`);
                found = token;
                atNewline =
                    indicator === 'seq-item-ind' || indicator === 'explicit-key-ind';
                hasSpace = false;
                break;
            case 'comma':
                if (flow) {
                    if (comma)
                        onError(token, 'UNEXPECTED_TOKEN', `Unexpected , in ${flow}`);
                    comma = token;
                    atNewline = false;
                    hasSpace = false;
                    break;
                }
            // else fallthrough
            default:
                onError(token, 'UNEXPECTED_TOKEN', `Unexpected ${token.type} token`);
                atNewline = false;
                hasSpace = false;
        }
    }
    const last = tokens[tokens.length - 1];
    const end = last ? last.offset + last.source.length : offset;
    if (reqSpace &&
        next &&
        next.type !== 'space' &&
        next.type !== 'newline' &&
        next.type !== 'comma' &&
        (next.type !== 'scalar' || next.source !== '')) {
        onError(next.offset, 'MISSING_CHAR', 'Tags and anchors must be separated from the next token by white space');
    }
    if (tab &&
        ((atNewline && tab.indent <= parentIndent) ||
            next?.type === 'block-map' ||
            next?.type === 'block-seq'))
        onError(tab, 'TAB_AS_INDENT', 'Tabs are not allowed as indentation');
    return {
        comma,
        found,
        spaceBefore,
        comment,
        hasNewline,
        anchor,
        tag,
        newlineAfterProp,
        end,
        start: start ?? end
    };
}

exports.resolveProps = resolveProps;


/***/ }),

/***/ 9499:
/***/ ((__unused_webpack_module, exports) => {



function containsNewline(key) {
    if (!key)
        return null;
    switch (key.type) {
        case 'alias':
        case 'scalar':
        case 'double-quoted-scalar':
        case 'single-quoted-scalar':
            if (key.source.includes('\n'))
                return true;
            if (key.end)
                for (const st of key.end)
                    if (st.type === 'newline')
                        return true;
            return false;
        case 'flow-collection':
            for (const it of key.items) {
                for (const st of it.start)
                    if (st.type === 'newline')
                        return true;
                if (it.sep)
                    for (const st of it.sep)
                        if (st.type === 'newline')
                            return true;
                if (containsNewline(it.key) || containsNewline(it.value))
                    return true;
            }
            return false;
        default:
            return true;
    }
}

exports.containsNewline = containsNewline;


/***/ }),

/***/ 2599:
/***/ ((__unused_webpack_module, exports) => {



function emptyScalarPosition(offset, before, pos) {
    if (before) {
        pos ?? (pos = before.length);
        for (let i = pos - 1; i >= 0; --i) {
            let st = before[i];
            switch (st.type) {
                case 'space':
                case 'comment':
                case 'newline':
                    offset -= st.source.length;
                    continue;
            }
            // Technically, an empty scalar is immediately after the last non-empty
            // node, but it's more useful to place it after any whitespace.
            st = before[++i];
            while (st?.type === 'space') {
                offset += st.source.length;
                st = before[++i];
            }
            break;
        }
    }
    return offset;
}

exports.emptyScalarPosition = emptyScalarPosition;


/***/ }),

/***/ 4051:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var utilContainsNewline = __nccwpck_require__(9499);

function flowIndentCheck(indent, fc, onError) {
    if (fc?.type === 'flow-collection') {
        const end = fc.end[0];
        if (end.indent === indent &&
            (end.source === ']' || end.source === '}') &&
            utilContainsNewline.containsNewline(fc)) {
            const msg = 'Flow end indicator should be more indented than parent';
            onError(end, 'BAD_INDENT', msg, true);
        }
    }
}

exports.flowIndentCheck = flowIndentCheck;


/***/ }),

/***/ 1187:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);

function mapIncludes(ctx, items, search) {
    const { uniqueKeys } = ctx.options;
    if (uniqueKeys === false)
        return false;
    const isEqual = typeof uniqueKeys === 'function'
        ? uniqueKeys
        : (a, b) => a === b || (identity.isScalar(a) && identity.isScalar(b) && a.value === b.value);
    return items.some(pair => isEqual(pair.key, search));
}

exports.mapIncludes = mapIncludes;


/***/ }),

/***/ 3021:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Alias = __nccwpck_require__(4065);
var Collection = __nccwpck_require__(101);
var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var toJS = __nccwpck_require__(4043);
var Schema = __nccwpck_require__(5840);
var stringifyDocument = __nccwpck_require__(6829);
var anchors = __nccwpck_require__(1596);
var applyReviver = __nccwpck_require__(3661);
var createNode = __nccwpck_require__(2404);
var directives = __nccwpck_require__(1342);

class Document {
    constructor(value, replacer, options) {
        /** A comment before this Document */
        this.commentBefore = null;
        /** A comment immediately after this Document */
        this.comment = null;
        /** Errors encountered during parsing. */
        this.errors = [];
        /** Warnings encountered during parsing. */
        this.warnings = [];
        Object.defineProperty(this, identity.NODE_TYPE, { value: identity.DOC });
        let _replacer = null;
        if (typeof replacer === 'function' || Array.isArray(replacer)) {
            _replacer = replacer;
        }
        else if (options === undefined && replacer) {
            options = replacer;
            replacer = undefined;
        }
        const opt = Object.assign({
            intAsBigInt: false,
            keepSourceTokens: false,
            logLevel: 'warn',
            prettyErrors: true,
            strict: true,
            stringKeys: false,
            uniqueKeys: true,
            version: '1.2'
        }, options);
        this.options = opt;
        let { version } = opt;
        if (options?._directives) {
            this.directives = options._directives.atDocument();
            if (this.directives.yaml.explicit)
                version = this.directives.yaml.version;
        }
        else
            this.directives = new directives.Directives({ version });
        this.setSchema(version, options);
        // @ts-expect-error We can't really know that this matches Contents.
        this.contents =
            value === undefined ? null : this.createNode(value, _replacer, options);
    }
    /**
     * Create a deep copy of this Document and its contents.
     *
     * Custom Node values that inherit from `Object` still refer to their original instances.
     */
    clone() {
        const copy = Object.create(Document.prototype, {
            [identity.NODE_TYPE]: { value: identity.DOC }
        });
        copy.commentBefore = this.commentBefore;
        copy.comment = this.comment;
        copy.errors = this.errors.slice();
        copy.warnings = this.warnings.slice();
        copy.options = Object.assign({}, this.options);
        if (this.directives)
            copy.directives = this.directives.clone();
        copy.schema = this.schema.clone();
        // @ts-expect-error We can't really know that this matches Contents.
        copy.contents = identity.isNode(this.contents)
            ? this.contents.clone(copy.schema)
            : this.contents;
        if (this.range)
            copy.range = this.range.slice();
        return copy;
    }
    /** Adds a value to the document. */
    add(value) {
        if (assertCollection(this.contents))
            this.contents.add(value);
    }
    /** Adds a value to the document. */
    addIn(path, value) {
        if (assertCollection(this.contents))
            this.contents.addIn(path, value);
    }
    /**
     * Create a new `Alias` node, ensuring that the target `node` has the required anchor.
     *
     * If `node` already has an anchor, `name` is ignored.
     * Otherwise, the `node.anchor` value will be set to `name`,
     * or if an anchor with that name is already present in the document,
     * `name` will be used as a prefix for a new unique anchor.
     * If `name` is undefined, the generated anchor will use 'a' as a prefix.
     */
    createAlias(node, name) {
        if (!node.anchor) {
            const prev = anchors.anchorNames(this);
            node.anchor =
                // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
                !name || prev.has(name) ? anchors.findNewAnchor(name || 'a', prev) : name;
        }
        return new Alias.Alias(node.anchor);
    }
    createNode(value, replacer, options) {
        let _replacer = undefined;
        if (typeof replacer === 'function') {
            value = replacer.call({ '': value }, '', value);
            _replacer = replacer;
        }
        else if (Array.isArray(replacer)) {
            const keyToStr = (v) => typeof v === 'number' || v instanceof String || v instanceof Number;
            const asStr = replacer.filter(keyToStr).map(String);
            if (asStr.length > 0)
                replacer = replacer.concat(asStr);
            _replacer = replacer;
        }
        else if (options === undefined && replacer) {
            options = replacer;
            replacer = undefined;
        }
        const { aliasDuplicateObjects, anchorPrefix, flow, keepUndefined, onTagObj, tag } = options ?? {};
        const { onAnchor, setAnchors, sourceObjects } = anchors.createNodeAnchors(this, 
        // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
        anchorPrefix || 'a');
        const ctx = {
            aliasDuplicateObjects: aliasDuplicateObjects ?? true,
            keepUndefined: keepUndefined ?? false,
            onAnchor,
            onTagObj,
            replacer: _replacer,
            schema: this.schema,
            sourceObjects
        };
        const node = createNode.createNode(value, tag, ctx);
        if (flow && identity.isCollection(node))
            node.flow = true;
        setAnchors();
        return node;
    }
    /**
     * Convert a key and a value into a `Pair` using the current schema,
     * recursively wrapping all values as `Scalar` or `Collection` nodes.
     */
    createPair(key, value, options = {}) {
        const k = this.createNode(key, null, options);
        const v = this.createNode(value, null, options);
        return new Pair.Pair(k, v);
    }
    /**
     * Removes a value from the document.
     * @returns `true` if the item was found and removed.
     */
    delete(key) {
        return assertCollection(this.contents) ? this.contents.delete(key) : false;
    }
    /**
     * Removes a value from the document.
     * @returns `true` if the item was found and removed.
     */
    deleteIn(path) {
        if (Collection.isEmptyPath(path)) {
            if (this.contents == null)
                return false;
            // @ts-expect-error Presumed impossible if Strict extends false
            this.contents = null;
            return true;
        }
        return assertCollection(this.contents)
            ? this.contents.deleteIn(path)
            : false;
    }
    /**
     * Returns item at `key`, or `undefined` if not found. By default unwraps
     * scalar values from their surrounding node; to disable set `keepScalar` to
     * `true` (collections are always returned intact).
     */
    get(key, keepScalar) {
        return identity.isCollection(this.contents)
            ? this.contents.get(key, keepScalar)
            : undefined;
    }
    /**
     * Returns item at `path`, or `undefined` if not found. By default unwraps
     * scalar values from their surrounding node; to disable set `keepScalar` to
     * `true` (collections are always returned intact).
     */
    getIn(path, keepScalar) {
        if (Collection.isEmptyPath(path))
            return !keepScalar && identity.isScalar(this.contents)
                ? this.contents.value
                : this.contents;
        return identity.isCollection(this.contents)
            ? this.contents.getIn(path, keepScalar)
            : undefined;
    }
    /**
     * Checks if the document includes a value with the key `key`.
     */
    has(key) {
        return identity.isCollection(this.contents) ? this.contents.has(key) : false;
    }
    /**
     * Checks if the document includes a value at `path`.
     */
    hasIn(path) {
        if (Collection.isEmptyPath(path))
            return this.contents !== undefined;
        return identity.isCollection(this.contents) ? this.contents.hasIn(path) : false;
    }
    /**
     * Sets a value in this document. For `!!set`, `value` needs to be a
     * boolean to add/remove the item from the set.
     */
    set(key, value) {
        if (this.contents == null) {
            // @ts-expect-error We can't really know that this matches Contents.
            this.contents = Collection.collectionFromPath(this.schema, [key], value);
        }
        else if (assertCollection(this.contents)) {
            this.contents.set(key, value);
        }
    }
    /**
     * Sets a value in this document. For `!!set`, `value` needs to be a
     * boolean to add/remove the item from the set.
     */
    setIn(path, value) {
        if (Collection.isEmptyPath(path)) {
            // @ts-expect-error We can't really know that this matches Contents.
            this.contents = value;
        }
        else if (this.contents == null) {
            // @ts-expect-error We can't really know that this matches Contents.
            this.contents = Collection.collectionFromPath(this.schema, Array.from(path), value);
        }
        else if (assertCollection(this.contents)) {
            this.contents.setIn(path, value);
        }
    }
    /**
     * Change the YAML version and schema used by the document.
     * A `null` version disables support for directives, explicit tags, anchors, and aliases.
     * It also requires the `schema` option to be given as a `Schema` instance value.
     *
     * Overrides all previously set schema options.
     */
    setSchema(version, options = {}) {
        if (typeof version === 'number')
            version = String(version);
        let opt;
        switch (version) {
            case '1.1':
                if (this.directives)
                    this.directives.yaml.version = '1.1';
                else
                    this.directives = new directives.Directives({ version: '1.1' });
                opt = { resolveKnownTags: false, schema: 'yaml-1.1' };
                break;
            case '1.2':
            case 'next':
                if (this.directives)
                    this.directives.yaml.version = version;
                else
                    this.directives = new directives.Directives({ version });
                opt = { resolveKnownTags: true, schema: 'core' };
                break;
            case null:
                if (this.directives)
                    delete this.directives;
                opt = null;
                break;
            default: {
                const sv = JSON.stringify(version);
                throw new Error(`Expected '1.1', '1.2' or null as first argument, but found: ${sv}`);
            }
        }
        // Not using `instanceof Schema` to allow for duck typing
        if (options.schema instanceof Object)
            this.schema = options.schema;
        else if (opt)
            this.schema = new Schema.Schema(Object.assign(opt, options));
        else
            throw new Error(`With a null YAML version, the { schema: Schema } option is required`);
    }
    // json & jsonArg are only used from toJSON()
    toJS({ json, jsonArg, mapAsMap, maxAliasCount, onAnchor, reviver } = {}) {
        const ctx = {
            anchors: new Map(),
            doc: this,
            keep: !json,
            mapAsMap: mapAsMap === true,
            mapKeyWarned: false,
            maxAliasCount: typeof maxAliasCount === 'number' ? maxAliasCount : 100
        };
        const res = toJS.toJS(this.contents, jsonArg ?? '', ctx);
        if (typeof onAnchor === 'function')
            for (const { count, res } of ctx.anchors.values())
                onAnchor(res, count);
        return typeof reviver === 'function'
            ? applyReviver.applyReviver(reviver, { '': res }, '', res)
            : res;
    }
    /**
     * A JSON representation of the document `contents`.
     *
     * @param jsonArg Used by `JSON.stringify` to indicate the array index or
     *   property name.
     */
    toJSON(jsonArg, onAnchor) {
        return this.toJS({ json: true, jsonArg, mapAsMap: false, onAnchor });
    }
    /** A YAML representation of the document. */
    toString(options = {}) {
        if (this.errors.length > 0)
            throw new Error('Document with errors cannot be stringified');
        if ('indent' in options &&
            (!Number.isInteger(options.indent) || Number(options.indent) <= 0)) {
            const s = JSON.stringify(options.indent);
            throw new Error(`"indent" option must be a positive integer, not ${s}`);
        }
        return stringifyDocument.stringifyDocument(this, options);
    }
}
function assertCollection(contents) {
    if (identity.isCollection(contents))
        return true;
    throw new Error('Expected a YAML collection as document contents');
}

exports.Document = Document;


/***/ }),

/***/ 1596:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var visit = __nccwpck_require__(204);

/**
 * Verify that the input string is a valid anchor.
 *
 * Will throw on errors.
 */
function anchorIsValid(anchor) {
    if (/[\x00-\x19\s,[\]{}]/.test(anchor)) {
        const sa = JSON.stringify(anchor);
        const msg = `Anchor must not contain whitespace or control characters: ${sa}`;
        throw new Error(msg);
    }
    return true;
}
function anchorNames(root) {
    const anchors = new Set();
    visit.visit(root, {
        Value(_key, node) {
            if (node.anchor)
                anchors.add(node.anchor);
        }
    });
    return anchors;
}
/** Find a new anchor name with the given `prefix` and a one-indexed suffix. */
function findNewAnchor(prefix, exclude) {
    for (let i = 1; true; ++i) {
        const name = `${prefix}${i}`;
        if (!exclude.has(name))
            return name;
    }
}
function createNodeAnchors(doc, prefix) {
    const aliasObjects = [];
    const sourceObjects = new Map();
    let prevAnchors = null;
    return {
        onAnchor: (source) => {
            aliasObjects.push(source);
            prevAnchors ?? (prevAnchors = anchorNames(doc));
            const anchor = findNewAnchor(prefix, prevAnchors);
            prevAnchors.add(anchor);
            return anchor;
        },
        /**
         * With circular references, the source node is only resolved after all
         * of its child nodes are. This is why anchors are set only after all of
         * the nodes have been created.
         */
        setAnchors: () => {
            for (const source of aliasObjects) {
                const ref = sourceObjects.get(source);
                if (typeof ref === 'object' &&
                    ref.anchor &&
                    (identity.isScalar(ref.node) || identity.isCollection(ref.node))) {
                    ref.node.anchor = ref.anchor;
                }
                else {
                    const error = new Error('Failed to resolve repeated object (this should not happen)');
                    error.source = source;
                    throw error;
                }
            }
        },
        sourceObjects
    };
}

exports.anchorIsValid = anchorIsValid;
exports.anchorNames = anchorNames;
exports.createNodeAnchors = createNodeAnchors;
exports.findNewAnchor = findNewAnchor;


/***/ }),

/***/ 3661:
/***/ ((__unused_webpack_module, exports) => {



/**
 * Applies the JSON.parse reviver algorithm as defined in the ECMA-262 spec,
 * in section 24.5.1.1 "Runtime Semantics: InternalizeJSONProperty" of the
 * 2021 edition: https://tc39.es/ecma262/#sec-json.parse
 *
 * Includes extensions for handling Map and Set objects.
 */
function applyReviver(reviver, obj, key, val) {
    if (val && typeof val === 'object') {
        if (Array.isArray(val)) {
            for (let i = 0, len = val.length; i < len; ++i) {
                const v0 = val[i];
                const v1 = applyReviver(reviver, val, String(i), v0);
                // eslint-disable-next-line @typescript-eslint/no-array-delete
                if (v1 === undefined)
                    delete val[i];
                else if (v1 !== v0)
                    val[i] = v1;
            }
        }
        else if (val instanceof Map) {
            for (const k of Array.from(val.keys())) {
                const v0 = val.get(k);
                const v1 = applyReviver(reviver, val, k, v0);
                if (v1 === undefined)
                    val.delete(k);
                else if (v1 !== v0)
                    val.set(k, v1);
            }
        }
        else if (val instanceof Set) {
            for (const v0 of Array.from(val)) {
                const v1 = applyReviver(reviver, val, v0, v0);
                if (v1 === undefined)
                    val.delete(v0);
                else if (v1 !== v0) {
                    val.delete(v0);
                    val.add(v1);
                }
            }
        }
        else {
            for (const [k, v0] of Object.entries(val)) {
                const v1 = applyReviver(reviver, val, k, v0);
                if (v1 === undefined)
                    delete val[k];
                else if (v1 !== v0)
                    val[k] = v1;
            }
        }
    }
    return reviver.call(obj, key, val);
}

exports.applyReviver = applyReviver;


/***/ }),

/***/ 2404:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Alias = __nccwpck_require__(4065);
var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(3301);

const defaultTagPrefix = 'tag:yaml.org,2002:';
function findTagObject(value, tagName, tags) {
    if (tagName) {
        const match = tags.filter(t => t.tag === tagName);
        const tagObj = match.find(t => !t.format) ?? match[0];
        if (!tagObj)
            throw new Error(`Tag ${tagName} not found`);
        return tagObj;
    }
    return tags.find(t => t.identify?.(value) && !t.format);
}
function createNode(value, tagName, ctx) {
    if (identity.isDocument(value))
        value = value.contents;
    if (identity.isNode(value))
        return value;
    if (identity.isPair(value)) {
        const map = ctx.schema[identity.MAP].createNode?.(ctx.schema, null, ctx);
        map.items.push(value);
        return map;
    }
    if (value instanceof String ||
        value instanceof Number ||
        value instanceof Boolean ||
        (typeof BigInt !== 'undefined' && value instanceof BigInt) // not supported everywhere
    ) {
        // https://tc39.es/ecma262/#sec-serializejsonproperty
        value = value.valueOf();
    }
    const { aliasDuplicateObjects, onAnchor, onTagObj, schema, sourceObjects } = ctx;
    // Detect duplicate references to the same object & use Alias nodes for all
    // after first. The `ref` wrapper allows for circular references to resolve.
    let ref = undefined;
    if (aliasDuplicateObjects && value && typeof value === 'object') {
        ref = sourceObjects.get(value);
        if (ref) {
            ref.anchor ?? (ref.anchor = onAnchor(value));
            return new Alias.Alias(ref.anchor);
        }
        else {
            ref = { anchor: null, node: null };
            sourceObjects.set(value, ref);
        }
    }
    if (tagName?.startsWith('!!'))
        tagName = defaultTagPrefix + tagName.slice(2);
    let tagObj = findTagObject(value, tagName, schema.tags);
    if (!tagObj) {
        if (value && typeof value.toJSON === 'function') {
            // eslint-disable-next-line @typescript-eslint/no-unsafe-call
            value = value.toJSON();
        }
        if (!value || typeof value !== 'object') {
            const node = new Scalar.Scalar(value);
            if (ref)
                ref.node = node;
            return node;
        }
        tagObj =
            value instanceof Map
                ? schema[identity.MAP]
                : Symbol.iterator in Object(value)
                    ? schema[identity.SEQ]
                    : schema[identity.MAP];
    }
    if (onTagObj) {
        onTagObj(tagObj);
        delete ctx.onTagObj;
    }
    const node = tagObj?.createNode
        ? tagObj.createNode(ctx.schema, value, ctx)
        : typeof tagObj?.nodeClass?.from === 'function'
            ? tagObj.nodeClass.from(ctx.schema, value, ctx)
            : new Scalar.Scalar(value);
    if (tagName)
        node.tag = tagName;
    else if (!tagObj.default)
        node.tag = tagObj.tag;
    if (ref)
        ref.node = node;
    return node;
}

exports.createNode = createNode;


/***/ }),

/***/ 1342:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var visit = __nccwpck_require__(204);

const escapeChars = {
    '!': '%21',
    ',': '%2C',
    '[': '%5B',
    ']': '%5D',
    '{': '%7B',
    '}': '%7D'
};
const escapeTagName = (tn) => tn.replace(/[!,[\]{}]/g, ch => escapeChars[ch]);
class Directives {
    constructor(yaml, tags) {
        /**
         * The directives-end/doc-start marker `---`. If `null`, a marker may still be
         * included in the document's stringified representation.
         */
        this.docStart = null;
        /** The doc-end marker `...`.  */
        this.docEnd = false;
        this.yaml = Object.assign({}, Directives.defaultYaml, yaml);
        this.tags = Object.assign({}, Directives.defaultTags, tags);
    }
    clone() {
        const copy = new Directives(this.yaml, this.tags);
        copy.docStart = this.docStart;
        return copy;
    }
    /**
     * During parsing, get a Directives instance for the current document and
     * update the stream state according to the current version's spec.
     */
    atDocument() {
        const res = new Directives(this.yaml, this.tags);
        switch (this.yaml.version) {
            case '1.1':
                this.atNextDocument = true;
                break;
            case '1.2':
                this.atNextDocument = false;
                this.yaml = {
                    explicit: Directives.defaultYaml.explicit,
                    version: '1.2'
                };
                this.tags = Object.assign({}, Directives.defaultTags);
                break;
        }
        return res;
    }
    /**
     * @param onError - May be called even if the action was successful
     * @returns `true` on success
     */
    add(line, onError) {
        if (this.atNextDocument) {
            this.yaml = { explicit: Directives.defaultYaml.explicit, version: '1.1' };
            this.tags = Object.assign({}, Directives.defaultTags);
            this.atNextDocument = false;
        }
        const parts = line.trim().split(/[ \t]+/);
        const name = parts.shift();
        switch (name) {
            case '%TAG': {
                if (parts.length !== 2) {
                    onError(0, '%TAG directive should contain exactly two parts');
                    if (parts.length < 2)
                        return false;
                }
                const [handle, prefix] = parts;
                this.tags[handle] = prefix;
                return true;
            }
            case '%YAML': {
                this.yaml.explicit = true;
                if (parts.length !== 1) {
                    onError(0, '%YAML directive should contain exactly one part');
                    return false;
                }
                const [version] = parts;
                if (version === '1.1' || version === '1.2') {
                    this.yaml.version = version;
                    return true;
                }
                else {
                    const isValid = /^\d+\.\d+$/.test(version);
                    onError(6, `Unsupported YAML version ${version}`, isValid);
                    return false;
                }
            }
            default:
                onError(0, `Unknown directive ${name}`, true);
                return false;
        }
    }
    /**
     * Resolves a tag, matching handles to those defined in %TAG directives.
     *
     * @returns Resolved tag, which may also be the non-specific tag `'!'` or a
     *   `'!local'` tag, or `null` if unresolvable.
     */
    tagName(source, onError) {
        if (source === '!')
            return '!'; // non-specific tag
        if (source[0] !== '!') {
            onError(`Not a valid tag: ${source}`);
            return null;
        }
        if (source[1] === '<') {
            const verbatim = source.slice(2, -1);
            if (verbatim === '!' || verbatim === '!!') {
                onError(`Verbatim tags aren't resolved, so ${source} is invalid.`);
                return null;
            }
            if (source[source.length - 1] !== '>')
                onError('Verbatim tags must end with a >');
            return verbatim;
        }
        const [, handle, suffix] = source.match(/^(.*!)([^!]*)$/s);
        if (!suffix)
            onError(`The ${source} tag has no suffix`);
        const prefix = this.tags[handle];
        if (prefix) {
            try {
                return prefix + decodeURIComponent(suffix);
            }
            catch (error) {
                onError(String(error));
                return null;
            }
        }
        if (handle === '!')
            return source; // local tag
        onError(`Could not resolve tag: ${source}`);
        return null;
    }
    /**
     * Given a fully resolved tag, returns its printable string form,
     * taking into account current tag prefixes and defaults.
     */
    tagString(tag) {
        for (const [handle, prefix] of Object.entries(this.tags)) {
            if (tag.startsWith(prefix))
                return handle + escapeTagName(tag.substring(prefix.length));
        }
        return tag[0] === '!' ? tag : `!<${tag}>`;
    }
    toString(doc) {
        const lines = this.yaml.explicit
            ? [`%YAML ${this.yaml.version || '1.2'}`]
            : [];
        const tagEntries = Object.entries(this.tags);
        let tagNames;
        if (doc && tagEntries.length > 0 && identity.isNode(doc.contents)) {
            const tags = {};
            visit.visit(doc.contents, (_key, node) => {
                if (identity.isNode(node) && node.tag)
                    tags[node.tag] = true;
            });
            tagNames = Object.keys(tags);
        }
        else
            tagNames = [];
        for (const [handle, prefix] of tagEntries) {
            if (handle === '!!' && prefix === 'tag:yaml.org,2002:')
                continue;
            if (!doc || tagNames.some(tn => tn.startsWith(prefix)))
                lines.push(`%TAG ${handle} ${prefix}`);
        }
        return lines.join('\n');
    }
}
Directives.defaultYaml = { explicit: false, version: '1.2' };
Directives.defaultTags = { '!!': 'tag:yaml.org,2002:' };

exports.Directives = Directives;


/***/ }),

/***/ 1464:
/***/ ((__unused_webpack_module, exports) => {



class YAMLError extends Error {
    constructor(name, pos, code, message) {
        super();
        this.name = name;
        this.code = code;
        this.message = message;
        this.pos = pos;
    }
}
class YAMLParseError extends YAMLError {
    constructor(pos, code, message) {
        super('YAMLParseError', pos, code, message);
    }
}
class YAMLWarning extends YAMLError {
    constructor(pos, code, message) {
        super('YAMLWarning', pos, code, message);
    }
}
const prettifyError = (src, lc) => (error) => {
    if (error.pos[0] === -1)
        return;
    error.linePos = error.pos.map(pos => lc.linePos(pos));
    const { line, col } = error.linePos[0];
    error.message += ` at line ${line}, column ${col}`;
    let ci = col - 1;
    let lineStr = src
        .substring(lc.lineStarts[line - 1], lc.lineStarts[line])
        .replace(/[\n\r]+$/, '');
    // Trim to max 80 chars, keeping col position near the middle
    if (ci >= 60 && lineStr.length > 80) {
        const trimStart = Math.min(ci - 39, lineStr.length - 79);
        lineStr = '…' + lineStr.substring(trimStart);
        ci -= trimStart - 1;
    }
    if (lineStr.length > 80)
        lineStr = lineStr.substring(0, 79) + '…';
    // Include previous line in context if pointing at line start
    if (line > 1 && /^ *$/.test(lineStr.substring(0, ci))) {
        // Regexp won't match if start is trimmed
        let prev = src.substring(lc.lineStarts[line - 2], lc.lineStarts[line - 1]);
        if (prev.length > 80)
            prev = prev.substring(0, 79) + '…\n';
        lineStr = prev + lineStr;
    }
    if (/[^ ]/.test(lineStr)) {
        let count = 1;
        const end = error.linePos[1];
        if (end?.line === line && end.col > col) {
            count = Math.max(1, Math.min(end.col - col, 80 - ci));
        }
        const pointer = ' '.repeat(ci) + '^'.repeat(count);
        error.message += `:\n\n${lineStr}\n${pointer}\n`;
    }
};

exports.YAMLError = YAMLError;
exports.YAMLParseError = YAMLParseError;
exports.YAMLWarning = YAMLWarning;
exports.prettifyError = prettifyError;


/***/ }),

/***/ 8815:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

var __webpack_unused_export__;


var composer = __nccwpck_require__(9984);
var Document = __nccwpck_require__(3021);
var Schema = __nccwpck_require__(5840);
var errors = __nccwpck_require__(1464);
var Alias = __nccwpck_require__(4065);
var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var Scalar = __nccwpck_require__(3301);
var YAMLMap = __nccwpck_require__(4454);
var YAMLSeq = __nccwpck_require__(2223);
var cst = __nccwpck_require__(3461);
var lexer = __nccwpck_require__(361);
var lineCounter = __nccwpck_require__(6628);
var parser = __nccwpck_require__(3456);
var publicApi = __nccwpck_require__(4047);
var visit = __nccwpck_require__(204);



__webpack_unused_export__ = composer.Composer;
exports.yo = Document.Document;
__webpack_unused_export__ = Schema.Schema;
__webpack_unused_export__ = errors.YAMLError;
__webpack_unused_export__ = errors.YAMLParseError;
__webpack_unused_export__ = errors.YAMLWarning;
__webpack_unused_export__ = Alias.Alias;
__webpack_unused_export__ = identity.isAlias;
__webpack_unused_export__ = identity.isCollection;
__webpack_unused_export__ = identity.isDocument;
exports.jh = identity.isMap;
__webpack_unused_export__ = identity.isNode;
exports.tO = identity.isPair;
exports.jn = identity.isScalar;
exports.oP = identity.isSeq;
__webpack_unused_export__ = Pair.Pair;
__webpack_unused_export__ = Scalar.Scalar;
__webpack_unused_export__ = YAMLMap.YAMLMap;
__webpack_unused_export__ = YAMLSeq.YAMLSeq;
__webpack_unused_export__ = cst;
__webpack_unused_export__ = lexer.Lexer;
exports.HN = lineCounter.LineCounter;
__webpack_unused_export__ = parser.Parser;
exports.qg = publicApi.parse;
exports.hR = publicApi.parseAllDocuments;
exports.Tp = publicApi.parseDocument;
__webpack_unused_export__ = publicApi.stringify;
exports.YR = visit.visit;
__webpack_unused_export__ = visit.visitAsync;


/***/ }),

/***/ 7249:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var node_process = __nccwpck_require__(932);

function debug(logLevel, ...messages) {
    if (logLevel === 'debug')
        console.log(...messages);
}
function warn(logLevel, warning) {
    if (logLevel === 'debug' || logLevel === 'warn') {
        if (typeof node_process.emitWarning === 'function')
            node_process.emitWarning(warning);
        else
            console.warn(warning);
    }
}

exports.debug = debug;
exports.warn = warn;


/***/ }),

/***/ 4065:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var anchors = __nccwpck_require__(1596);
var visit = __nccwpck_require__(204);
var identity = __nccwpck_require__(1127);
var Node = __nccwpck_require__(6673);
var toJS = __nccwpck_require__(4043);

class Alias extends Node.NodeBase {
    constructor(source) {
        super(identity.ALIAS);
        this.source = source;
        Object.defineProperty(this, 'tag', {
            set() {
                throw new Error('Alias nodes cannot have tags');
            }
        });
    }
    /**
     * Resolve the value of this alias within `doc`, finding the last
     * instance of the `source` anchor before this node.
     */
    resolve(doc, ctx) {
        if (ctx?.maxAliasCount === 0)
            throw new ReferenceError('Alias resolution is disabled');
        let nodes;
        if (ctx?.aliasResolveCache) {
            nodes = ctx.aliasResolveCache;
        }
        else {
            nodes = [];
            visit.visit(doc, {
                Node: (_key, node) => {
                    if (identity.isAlias(node) || identity.hasAnchor(node))
                        nodes.push(node);
                }
            });
            if (ctx)
                ctx.aliasResolveCache = nodes;
        }
        let found = undefined;
        for (const node of nodes) {
            if (node === this)
                break;
            if (node.anchor === this.source)
                found = node;
        }
        if (found && ctx) {
            const { anchors, doc, maxAliasCount } = ctx;
            let data = anchors.get(found);
            if (!data) {
                // Resolve anchors for Node.prototype.toJS()
                toJS.toJS(found, null, ctx);
                data = anchors.get(found);
            }
            /* istanbul ignore if */
            if (data?.res === undefined) {
                const msg = 'This should not happen: Alias anchor was not resolved?';
                throw new ReferenceError(msg);
            }
            if (maxAliasCount >= 0) {
                data.count += 1;
                if (data.aliasCount === 0)
                    data.aliasCount = getAliasCount(doc, found, anchors);
                if (data.count * data.aliasCount > maxAliasCount) {
                    const msg = 'Excessive alias count indicates a resource exhaustion attack';
                    throw new ReferenceError(msg);
                }
            }
        }
        return found;
    }
    toJSON(_arg, ctx) {
        if (!ctx)
            return { source: this.source };
        const source = this.resolve(ctx.doc, ctx);
        if (!source) {
            const msg = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;
            throw new ReferenceError(msg);
        }
        return ctx.anchors.get(source).res;
    }
    toString(ctx, _onComment, _onChompKeep) {
        const src = `*${this.source}`;
        if (ctx) {
            anchors.anchorIsValid(this.source);
            if (ctx.options.verifyAliasOrder && !ctx.anchors.has(this.source)) {
                const msg = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;
                throw new Error(msg);
            }
            if (ctx.implicitKey)
                return `${src} `;
        }
        return src;
    }
}
function getAliasCount(doc, node, anchors) {
    if (identity.isAlias(node)) {
        const source = node.resolve(doc);
        const anchor = anchors && source && anchors.get(source);
        return anchor ? anchor.count * anchor.aliasCount : 0;
    }
    else if (identity.isCollection(node)) {
        let count = 0;
        for (const item of node.items) {
            const c = getAliasCount(doc, item, anchors);
            if (c > count)
                count = c;
        }
        return count;
    }
    else if (identity.isPair(node)) {
        const kc = getAliasCount(doc, node.key, anchors);
        const vc = getAliasCount(doc, node.value, anchors);
        return Math.max(kc, vc);
    }
    return 1;
}

exports.Alias = Alias;


/***/ }),

/***/ 101:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var createNode = __nccwpck_require__(2404);
var identity = __nccwpck_require__(1127);
var Node = __nccwpck_require__(6673);

function collectionFromPath(schema, path, value) {
    let v = value;
    for (let i = path.length - 1; i >= 0; --i) {
        const k = path[i];
        if (typeof k === 'number' && Number.isInteger(k) && k >= 0) {
            const a = [];
            a[k] = v;
            v = a;
        }
        else {
            v = new Map([[k, v]]);
        }
    }
    return createNode.createNode(v, undefined, {
        aliasDuplicateObjects: false,
        keepUndefined: false,
        onAnchor: () => {
            throw new Error('This should not happen, please report a bug.');
        },
        schema,
        sourceObjects: new Map()
    });
}
// Type guard is intentionally a little wrong so as to be more useful,
// as it does not cover untypable empty non-string iterables (e.g. []).
const isEmptyPath = (path) => path == null ||
    (typeof path === 'object' && !!path[Symbol.iterator]().next().done);
class Collection extends Node.NodeBase {
    constructor(type, schema) {
        super(type);
        Object.defineProperty(this, 'schema', {
            value: schema,
            configurable: true,
            enumerable: false,
            writable: true
        });
    }
    /**
     * Create a copy of this collection.
     *
     * @param schema - If defined, overwrites the original's schema
     */
    clone(schema) {
        const copy = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
        if (schema)
            copy.schema = schema;
        copy.items = copy.items.map(it => identity.isNode(it) || identity.isPair(it) ? it.clone(schema) : it);
        if (this.range)
            copy.range = this.range.slice();
        return copy;
    }
    /**
     * Adds a value to the collection. For `!!map` and `!!omap` the value must
     * be a Pair instance or a `{ key, value }` object, which may not have a key
     * that already exists in the map.
     */
    addIn(path, value) {
        if (isEmptyPath(path))
            this.add(value);
        else {
            const [key, ...rest] = path;
            const node = this.get(key, true);
            if (identity.isCollection(node))
                node.addIn(rest, value);
            else if (node === undefined && this.schema)
                this.set(key, collectionFromPath(this.schema, rest, value));
            else
                throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
        }
    }
    /**
     * Removes a value from the collection.
     * @returns `true` if the item was found and removed.
     */
    deleteIn(path) {
        const [key, ...rest] = path;
        if (rest.length === 0)
            return this.delete(key);
        const node = this.get(key, true);
        if (identity.isCollection(node))
            return node.deleteIn(rest);
        else
            throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
    }
    /**
     * Returns item at `key`, or `undefined` if not found. By default unwraps
     * scalar values from their surrounding node; to disable set `keepScalar` to
     * `true` (collections are always returned intact).
     */
    getIn(path, keepScalar) {
        const [key, ...rest] = path;
        const node = this.get(key, true);
        if (rest.length === 0)
            return !keepScalar && identity.isScalar(node) ? node.value : node;
        else
            return identity.isCollection(node) ? node.getIn(rest, keepScalar) : undefined;
    }
    hasAllNullValues(allowScalar) {
        return this.items.every(node => {
            if (!identity.isPair(node))
                return false;
            const n = node.value;
            return (n == null ||
                (allowScalar &&
                    identity.isScalar(n) &&
                    n.value == null &&
                    !n.commentBefore &&
                    !n.comment &&
                    !n.tag));
        });
    }
    /**
     * Checks if the collection includes a value with the key `key`.
     */
    hasIn(path) {
        const [key, ...rest] = path;
        if (rest.length === 0)
            return this.has(key);
        const node = this.get(key, true);
        return identity.isCollection(node) ? node.hasIn(rest) : false;
    }
    /**
     * Sets a value in this collection. For `!!set`, `value` needs to be a
     * boolean to add/remove the item from the set.
     */
    setIn(path, value) {
        const [key, ...rest] = path;
        if (rest.length === 0) {
            this.set(key, value);
        }
        else {
            const node = this.get(key, true);
            if (identity.isCollection(node))
                node.setIn(rest, value);
            else if (node === undefined && this.schema)
                this.set(key, collectionFromPath(this.schema, rest, value));
            else
                throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
        }
    }
}

exports.Collection = Collection;
exports.collectionFromPath = collectionFromPath;
exports.isEmptyPath = isEmptyPath;


/***/ }),

/***/ 6673:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var applyReviver = __nccwpck_require__(3661);
var identity = __nccwpck_require__(1127);
var toJS = __nccwpck_require__(4043);

class NodeBase {
    constructor(type) {
        Object.defineProperty(this, identity.NODE_TYPE, { value: type });
    }
    /** Create a copy of this node.  */
    clone() {
        const copy = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
        if (this.range)
            copy.range = this.range.slice();
        return copy;
    }
    /** A plain JavaScript representation of this node. */
    toJS(doc, { mapAsMap, maxAliasCount, onAnchor, reviver } = {}) {
        if (!identity.isDocument(doc))
            throw new TypeError('A document argument is required');
        const ctx = {
            anchors: new Map(),
            doc,
            keep: true,
            mapAsMap: mapAsMap === true,
            mapKeyWarned: false,
            maxAliasCount: typeof maxAliasCount === 'number' ? maxAliasCount : 100
        };
        const res = toJS.toJS(this, '', ctx);
        if (typeof onAnchor === 'function')
            for (const { count, res } of ctx.anchors.values())
                onAnchor(res, count);
        return typeof reviver === 'function'
            ? applyReviver.applyReviver(reviver, { '': res }, '', res)
            : res;
    }
}

exports.NodeBase = NodeBase;


/***/ }),

/***/ 7165:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var createNode = __nccwpck_require__(2404);
var stringifyPair = __nccwpck_require__(9748);
var addPairToJSMap = __nccwpck_require__(7104);
var identity = __nccwpck_require__(1127);

function createPair(key, value, ctx) {
    const k = createNode.createNode(key, undefined, ctx);
    const v = createNode.createNode(value, undefined, ctx);
    return new Pair(k, v);
}
class Pair {
    constructor(key, value = null) {
        Object.defineProperty(this, identity.NODE_TYPE, { value: identity.PAIR });
        this.key = key;
        this.value = value;
    }
    clone(schema) {
        let { key, value } = this;
        if (identity.isNode(key))
            key = key.clone(schema);
        if (identity.isNode(value))
            value = value.clone(schema);
        return new Pair(key, value);
    }
    toJSON(_, ctx) {
        const pair = ctx?.mapAsMap ? new Map() : {};
        return addPairToJSMap.addPairToJSMap(ctx, pair, this);
    }
    toString(ctx, onComment, onChompKeep) {
        return ctx?.doc
            ? stringifyPair.stringifyPair(this, ctx, onComment, onChompKeep)
            : JSON.stringify(this);
    }
}

exports.Pair = Pair;
exports.createPair = createPair;


/***/ }),

/***/ 3301:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Node = __nccwpck_require__(6673);
var toJS = __nccwpck_require__(4043);

const isScalarValue = (value) => !value || (typeof value !== 'function' && typeof value !== 'object');
class Scalar extends Node.NodeBase {
    constructor(value) {
        super(identity.SCALAR);
        this.value = value;
    }
    toJSON(arg, ctx) {
        return ctx?.keep ? this.value : toJS.toJS(this.value, arg, ctx);
    }
    toString() {
        return String(this.value);
    }
}
Scalar.BLOCK_FOLDED = 'BLOCK_FOLDED';
Scalar.BLOCK_LITERAL = 'BLOCK_LITERAL';
Scalar.PLAIN = 'PLAIN';
Scalar.QUOTE_DOUBLE = 'QUOTE_DOUBLE';
Scalar.QUOTE_SINGLE = 'QUOTE_SINGLE';

exports.Scalar = Scalar;
exports.isScalarValue = isScalarValue;


/***/ }),

/***/ 4454:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var stringifyCollection = __nccwpck_require__(1212);
var addPairToJSMap = __nccwpck_require__(7104);
var Collection = __nccwpck_require__(101);
var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var Scalar = __nccwpck_require__(3301);

function findPair(items, key) {
    const k = identity.isScalar(key) ? key.value : key;
    for (const it of items) {
        if (identity.isPair(it)) {
            if (it.key === key || it.key === k)
                return it;
            if (identity.isScalar(it.key) && it.key.value === k)
                return it;
        }
    }
    return undefined;
}
class YAMLMap extends Collection.Collection {
    static get tagName() {
        return 'tag:yaml.org,2002:map';
    }
    constructor(schema) {
        super(identity.MAP, schema);
        this.items = [];
    }
    /**
     * A generic collection parsing method that can be extended
     * to other node classes that inherit from YAMLMap
     */
    static from(schema, obj, ctx) {
        const { keepUndefined, replacer } = ctx;
        const map = new this(schema);
        const add = (key, value) => {
            if (typeof replacer === 'function')
                value = replacer.call(obj, key, value);
            else if (Array.isArray(replacer) && !replacer.includes(key))
                return;
            if (value !== undefined || keepUndefined)
                map.items.push(Pair.createPair(key, value, ctx));
        };
        if (obj instanceof Map) {
            for (const [key, value] of obj)
                add(key, value);
        }
        else if (obj && typeof obj === 'object') {
            for (const key of Object.keys(obj))
                add(key, obj[key]);
        }
        if (typeof schema.sortMapEntries === 'function') {
            map.items.sort(schema.sortMapEntries);
        }
        return map;
    }
    /**
     * Adds a value to the collection.
     *
     * @param overwrite - If not set `true`, using a key that is already in the
     *   collection will throw. Otherwise, overwrites the previous value.
     */
    add(pair, overwrite) {
        let _pair;
        if (identity.isPair(pair))
            _pair = pair;
        else if (!pair || typeof pair !== 'object' || !('key' in pair)) {
            // In TypeScript, this never happens.
            _pair = new Pair.Pair(pair, pair?.value);
        }
        else
            _pair = new Pair.Pair(pair.key, pair.value);
        const prev = findPair(this.items, _pair.key);
        const sortEntries = this.schema?.sortMapEntries;
        if (prev) {
            if (!overwrite)
                throw new Error(`Key ${_pair.key} already set`);
            // For scalars, keep the old node & its comments and anchors
            if (identity.isScalar(prev.value) && Scalar.isScalarValue(_pair.value))
                prev.value.value = _pair.value;
            else
                prev.value = _pair.value;
        }
        else if (sortEntries) {
            const i = this.items.findIndex(item => sortEntries(_pair, item) < 0);
            if (i === -1)
                this.items.push(_pair);
            else
                this.items.splice(i, 0, _pair);
        }
        else {
            this.items.push(_pair);
        }
    }
    delete(key) {
        const it = findPair(this.items, key);
        if (!it)
            return false;
        const del = this.items.splice(this.items.indexOf(it), 1);
        return del.length > 0;
    }
    get(key, keepScalar) {
        const it = findPair(this.items, key);
        const node = it?.value;
        return (!keepScalar && identity.isScalar(node) ? node.value : node) ?? undefined;
    }
    has(key) {
        return !!findPair(this.items, key);
    }
    set(key, value) {
        this.add(new Pair.Pair(key, value), true);
    }
    /**
     * @param ctx - Conversion context, originally set in Document#toJS()
     * @param {Class} Type - If set, forces the returned collection type
     * @returns Instance of Type, Map, or Object
     */
    toJSON(_, ctx, Type) {
        const map = Type ? new Type() : ctx?.mapAsMap ? new Map() : {};
        if (ctx?.onCreate)
            ctx.onCreate(map);
        for (const item of this.items)
            addPairToJSMap.addPairToJSMap(ctx, map, item);
        return map;
    }
    toString(ctx, onComment, onChompKeep) {
        if (!ctx)
            return JSON.stringify(this);
        for (const item of this.items) {
            if (!identity.isPair(item))
                throw new Error(`Map items must all be pairs; found ${JSON.stringify(item)} instead`);
        }
        if (!ctx.allNullValues && this.hasAllNullValues(false))
            ctx = Object.assign({}, ctx, { allNullValues: true });
        return stringifyCollection.stringifyCollection(this, ctx, {
            blockItemPrefix: '',
            flowChars: { start: '{', end: '}' },
            itemIndent: ctx.indent || '',
            onChompKeep,
            onComment
        });
    }
}

exports.YAMLMap = YAMLMap;
exports.findPair = findPair;


/***/ }),

/***/ 2223:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var createNode = __nccwpck_require__(2404);
var stringifyCollection = __nccwpck_require__(1212);
var Collection = __nccwpck_require__(101);
var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(3301);
var toJS = __nccwpck_require__(4043);

class YAMLSeq extends Collection.Collection {
    static get tagName() {
        return 'tag:yaml.org,2002:seq';
    }
    constructor(schema) {
        super(identity.SEQ, schema);
        this.items = [];
    }
    add(value) {
        this.items.push(value);
    }
    /**
     * Removes a value from the collection.
     *
     * `key` must contain a representation of an integer for this to succeed.
     * It may be wrapped in a `Scalar`.
     *
     * @returns `true` if the item was found and removed.
     */
    delete(key) {
        const idx = asItemIndex(key);
        if (typeof idx !== 'number')
            return false;
        const del = this.items.splice(idx, 1);
        return del.length > 0;
    }
    get(key, keepScalar) {
        const idx = asItemIndex(key);
        if (typeof idx !== 'number')
            return undefined;
        const it = this.items[idx];
        return !keepScalar && identity.isScalar(it) ? it.value : it;
    }
    /**
     * Checks if the collection includes a value with the key `key`.
     *
     * `key` must contain a representation of an integer for this to succeed.
     * It may be wrapped in a `Scalar`.
     */
    has(key) {
        const idx = asItemIndex(key);
        return typeof idx === 'number' && idx < this.items.length;
    }
    /**
     * Sets a value in this collection. For `!!set`, `value` needs to be a
     * boolean to add/remove the item from the set.
     *
     * If `key` does not contain a representation of an integer, this will throw.
     * It may be wrapped in a `Scalar`.
     */
    set(key, value) {
        const idx = asItemIndex(key);
        if (typeof idx !== 'number')
            throw new Error(`Expected a valid index, not ${key}.`);
        const prev = this.items[idx];
        if (identity.isScalar(prev) && Scalar.isScalarValue(value))
            prev.value = value;
        else
            this.items[idx] = value;
    }
    toJSON(_, ctx) {
        const seq = [];
        if (ctx?.onCreate)
            ctx.onCreate(seq);
        let i = 0;
        for (const item of this.items)
            seq.push(toJS.toJS(item, String(i++), ctx));
        return seq;
    }
    toString(ctx, onComment, onChompKeep) {
        if (!ctx)
            return JSON.stringify(this);
        return stringifyCollection.stringifyCollection(this, ctx, {
            blockItemPrefix: '- ',
            flowChars: { start: '[', end: ']' },
            itemIndent: (ctx.indent || '') + '  ',
            onChompKeep,
            onComment
        });
    }
    static from(schema, obj, ctx) {
        const { replacer } = ctx;
        const seq = new this(schema);
        if (obj && Symbol.iterator in Object(obj)) {
            let i = 0;
            for (let it of obj) {
                if (typeof replacer === 'function') {
                    const key = obj instanceof Set ? it : String(i++);
                    it = replacer.call(obj, key, it);
                }
                seq.items.push(createNode.createNode(it, undefined, ctx));
            }
        }
        return seq;
    }
}
function asItemIndex(key) {
    let idx = identity.isScalar(key) ? key.value : key;
    if (idx && typeof idx === 'string')
        idx = Number(idx);
    return typeof idx === 'number' && Number.isInteger(idx) && idx >= 0
        ? idx
        : null;
}

exports.YAMLSeq = YAMLSeq;


/***/ }),

/***/ 7104:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var log = __nccwpck_require__(7249);
var merge = __nccwpck_require__(452);
var stringify = __nccwpck_require__(2148);
var identity = __nccwpck_require__(1127);
var toJS = __nccwpck_require__(4043);

function addPairToJSMap(ctx, map, { key, value }) {
    if (identity.isNode(key) && key.addToJSMap)
        key.addToJSMap(ctx, map, value);
    // TODO: Should drop this special case for bare << handling
    else if (merge.isMergeKey(ctx, key))
        merge.addMergeToJSMap(ctx, map, value);
    else {
        const jsKey = toJS.toJS(key, '', ctx);
        if (map instanceof Map) {
            map.set(jsKey, toJS.toJS(value, jsKey, ctx));
        }
        else if (map instanceof Set) {
            map.add(jsKey);
        }
        else {
            const stringKey = stringifyKey(key, jsKey, ctx);
            const jsValue = toJS.toJS(value, stringKey, ctx);
            if (stringKey in map)
                Object.defineProperty(map, stringKey, {
                    value: jsValue,
                    writable: true,
                    enumerable: true,
                    configurable: true
                });
            else
                map[stringKey] = jsValue;
        }
    }
    return map;
}
function stringifyKey(key, jsKey, ctx) {
    if (jsKey === null)
        return '';
    // eslint-disable-next-line @typescript-eslint/no-base-to-string
    if (typeof jsKey !== 'object')
        return String(jsKey);
    if (identity.isNode(key) && ctx?.doc) {
        const strCtx = stringify.createStringifyContext(ctx.doc, {});
        strCtx.anchors = new Set();
        for (const node of ctx.anchors.keys())
            strCtx.anchors.add(node.anchor);
        strCtx.inFlow = true;
        strCtx.inStringifyKey = true;
        const strKey = key.toString(strCtx);
        if (!ctx.mapKeyWarned) {
            let jsonStr = JSON.stringify(strKey);
            if (jsonStr.length > 40)
                jsonStr = jsonStr.substring(0, 36) + '..."';
            log.warn(ctx.doc.options.logLevel, `Keys with collection values will be stringified due to JS Object restrictions: ${jsonStr}. Set mapAsMap: true to use object keys.`);
            ctx.mapKeyWarned = true;
        }
        return strKey;
    }
    return JSON.stringify(jsKey);
}

exports.addPairToJSMap = addPairToJSMap;


/***/ }),

/***/ 1127:
/***/ ((__unused_webpack_module, exports) => {



const ALIAS = Symbol.for('yaml.alias');
const DOC = Symbol.for('yaml.document');
const MAP = Symbol.for('yaml.map');
const PAIR = Symbol.for('yaml.pair');
const SCALAR = Symbol.for('yaml.scalar');
const SEQ = Symbol.for('yaml.seq');
const NODE_TYPE = Symbol.for('yaml.node.type');
const isAlias = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === ALIAS;
const isDocument = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === DOC;
const isMap = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === MAP;
const isPair = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === PAIR;
const isScalar = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === SCALAR;
const isSeq = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === SEQ;
function isCollection(node) {
    if (node && typeof node === 'object')
        switch (node[NODE_TYPE]) {
            case MAP:
            case SEQ:
                return true;
        }
    return false;
}
function isNode(node) {
    if (node && typeof node === 'object')
        switch (node[NODE_TYPE]) {
            case ALIAS:
            case MAP:
            case SCALAR:
            case SEQ:
                return true;
        }
    return false;
}
const hasAnchor = (node) => (isScalar(node) || isCollection(node)) && !!node.anchor;

exports.ALIAS = ALIAS;
exports.DOC = DOC;
exports.MAP = MAP;
exports.NODE_TYPE = NODE_TYPE;
exports.PAIR = PAIR;
exports.SCALAR = SCALAR;
exports.SEQ = SEQ;
exports.hasAnchor = hasAnchor;
exports.isAlias = isAlias;
exports.isCollection = isCollection;
exports.isDocument = isDocument;
exports.isMap = isMap;
exports.isNode = isNode;
exports.isPair = isPair;
exports.isScalar = isScalar;
exports.isSeq = isSeq;


/***/ }),

/***/ 4043:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);

/**
 * Recursively convert any node or its contents to native JavaScript
 *
 * @param value - The input value
 * @param arg - If `value` defines a `toJSON()` method, use this
 *   as its first argument
 * @param ctx - Conversion context, originally set in Document#toJS(). If
 *   `{ keep: true }` is not set, output should be suitable for JSON
 *   stringification.
 */
function toJS(value, arg, ctx) {
    // eslint-disable-next-line @typescript-eslint/no-unsafe-return
    if (Array.isArray(value))
        return value.map((v, i) => toJS(v, String(i), ctx));
    if (value && typeof value.toJSON === 'function') {
        // eslint-disable-next-line @typescript-eslint/no-unsafe-call
        if (!ctx || !identity.hasAnchor(value))
            return value.toJSON(arg, ctx);
        const data = { aliasCount: 0, count: 1, res: undefined };
        ctx.anchors.set(value, data);
        ctx.onCreate = res => {
            data.res = res;
            delete ctx.onCreate;
        };
        const res = value.toJSON(arg, ctx);
        if (ctx.onCreate)
            ctx.onCreate(res);
        return res;
    }
    if (typeof value === 'bigint' && !ctx?.keep)
        return Number(value);
    return value;
}

exports.toJS = toJS;


/***/ }),

/***/ 110:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var resolveBlockScalar = __nccwpck_require__(8913);
var resolveFlowScalar = __nccwpck_require__(6842);
var errors = __nccwpck_require__(1464);
var stringifyString = __nccwpck_require__(3069);

function resolveAsScalar(token, strict = true, onError) {
    if (token) {
        const _onError = (pos, code, message) => {
            const offset = typeof pos === 'number' ? pos : Array.isArray(pos) ? pos[0] : pos.offset;
            if (onError)
                onError(offset, code, message);
            else
                throw new errors.YAMLParseError([offset, offset + 1], code, message);
        };
        switch (token.type) {
            case 'scalar':
            case 'single-quoted-scalar':
            case 'double-quoted-scalar':
                return resolveFlowScalar.resolveFlowScalar(token, strict, _onError);
            case 'block-scalar':
                return resolveBlockScalar.resolveBlockScalar({ options: { strict } }, token, _onError);
        }
    }
    return null;
}
/**
 * Create a new scalar token with `value`
 *
 * Values that represent an actual string but may be parsed as a different type should use a `type` other than `'PLAIN'`,
 * as this function does not support any schema operations and won't check for such conflicts.
 *
 * @param value The string representation of the value, which will have its content properly indented.
 * @param context.end Comments and whitespace after the end of the value, or after the block scalar header. If undefined, a newline will be added.
 * @param context.implicitKey Being within an implicit key may affect the resolved type of the token's value.
 * @param context.indent The indent level of the token.
 * @param context.inFlow Is this scalar within a flow collection? This may affect the resolved type of the token's value.
 * @param context.offset The offset position of the token.
 * @param context.type The preferred type of the scalar token. If undefined, the previous type of the `token` will be used, defaulting to `'PLAIN'`.
 */
function createScalarToken(value, context) {
    const { implicitKey = false, indent, inFlow = false, offset = -1, type = 'PLAIN' } = context;
    const source = stringifyString.stringifyString({ type, value }, {
        implicitKey,
        indent: indent > 0 ? ' '.repeat(indent) : '',
        inFlow,
        options: { blockQuote: true, lineWidth: -1 }
    });
    const end = context.end ?? [
        { type: 'newline', offset: -1, indent, source: '\n' }
    ];
    switch (source[0]) {
        case '|':
        case '>': {
            const he = source.indexOf('\n');
            const head = source.substring(0, he);
            const body = source.substring(he + 1) + '\n';
            const props = [
                { type: 'block-scalar-header', offset, indent, source: head }
            ];
            if (!addEndtoBlockProps(props, end))
                props.push({ type: 'newline', offset: -1, indent, source: '\n' });
            return { type: 'block-scalar', offset, indent, props, source: body };
        }
        case '"':
            return { type: 'double-quoted-scalar', offset, indent, source, end };
        case "'":
            return { type: 'single-quoted-scalar', offset, indent, source, end };
        default:
            return { type: 'scalar', offset, indent, source, end };
    }
}
/**
 * Set the value of `token` to the given string `value`, overwriting any previous contents and type that it may have.
 *
 * Best efforts are made to retain any comments previously associated with the `token`,
 * though all contents within a collection's `items` will be overwritten.
 *
 * Values that represent an actual string but may be parsed as a different type should use a `type` other than `'PLAIN'`,
 * as this function does not support any schema operations and won't check for such conflicts.
 *
 * @param token Any token. If it does not include an `indent` value, the value will be stringified as if it were an implicit key.
 * @param value The string representation of the value, which will have its content properly indented.
 * @param context.afterKey In most cases, values after a key should have an additional level of indentation.
 * @param context.implicitKey Being within an implicit key may affect the resolved type of the token's value.
 * @param context.inFlow Being within a flow collection may affect the resolved type of the token's value.
 * @param context.type The preferred type of the scalar token. If undefined, the previous type of the `token` will be used, defaulting to `'PLAIN'`.
 */
function setScalarValue(token, value, context = {}) {
    let { afterKey = false, implicitKey = false, inFlow = false, type } = context;
    let indent = 'indent' in token ? token.indent : null;
    if (afterKey && typeof indent === 'number')
        indent += 2;
    if (!type)
        switch (token.type) {
            case 'single-quoted-scalar':
                type = 'QUOTE_SINGLE';
                break;
            case 'double-quoted-scalar':
                type = 'QUOTE_DOUBLE';
                break;
            case 'block-scalar': {
                const header = token.props[0];
                if (header.type !== 'block-scalar-header')
                    throw new Error('Invalid block scalar header');
                type = header.source[0] === '>' ? 'BLOCK_FOLDED' : 'BLOCK_LITERAL';
                break;
            }
            default:
                type = 'PLAIN';
        }
    const source = stringifyString.stringifyString({ type, value }, {
        implicitKey: implicitKey || indent === null,
        indent: indent !== null && indent > 0 ? ' '.repeat(indent) : '',
        inFlow,
        options: { blockQuote: true, lineWidth: -1 }
    });
    switch (source[0]) {
        case '|':
        case '>':
            setBlockScalarValue(token, source);
            break;
        case '"':
            setFlowScalarValue(token, source, 'double-quoted-scalar');
            break;
        case "'":
            setFlowScalarValue(token, source, 'single-quoted-scalar');
            break;
        default:
            setFlowScalarValue(token, source, 'scalar');
    }
}
function setBlockScalarValue(token, source) {
    const he = source.indexOf('\n');
    const head = source.substring(0, he);
    const body = source.substring(he + 1) + '\n';
    if (token.type === 'block-scalar') {
        const header = token.props[0];
        if (header.type !== 'block-scalar-header')
            throw new Error('Invalid block scalar header');
        header.source = head;
        token.source = body;
    }
    else {
        const { offset } = token;
        const indent = 'indent' in token ? token.indent : -1;
        const props = [
            { type: 'block-scalar-header', offset, indent, source: head }
        ];
        if (!addEndtoBlockProps(props, 'end' in token ? token.end : undefined))
            props.push({ type: 'newline', offset: -1, indent, source: '\n' });
        for (const key of Object.keys(token))
            if (key !== 'type' && key !== 'offset')
                delete token[key];
        Object.assign(token, { type: 'block-scalar', indent, props, source: body });
    }
}
/** @returns `true` if last token is a newline */
function addEndtoBlockProps(props, end) {
    if (end)
        for (const st of end)
            switch (st.type) {
                case 'space':
                case 'comment':
                    props.push(st);
                    break;
                case 'newline':
                    props.push(st);
                    return true;
            }
    return false;
}
function setFlowScalarValue(token, source, type) {
    switch (token.type) {
        case 'scalar':
        case 'double-quoted-scalar':
        case 'single-quoted-scalar':
            token.type = type;
            token.source = source;
            break;
        case 'block-scalar': {
            const end = token.props.slice(1);
            let oa = source.length;
            if (token.props[0].type === 'block-scalar-header')
                oa -= token.props[0].source.length;
            for (const tok of end)
                tok.offset += oa;
            delete token.props;
            Object.assign(token, { type, source, end });
            break;
        }
        case 'block-map':
        case 'block-seq': {
            const offset = token.offset + source.length;
            const nl = { type: 'newline', offset, indent: token.indent, source: '\n' };
            delete token.items;
            Object.assign(token, { type, source, end: [nl] });
            break;
        }
        default: {
            const indent = 'indent' in token ? token.indent : -1;
            const end = 'end' in token && Array.isArray(token.end)
                ? token.end.filter(st => st.type === 'space' ||
                    st.type === 'comment' ||
                    st.type === 'newline')
                : [];
            for (const key of Object.keys(token))
                if (key !== 'type' && key !== 'offset')
                    delete token[key];
            Object.assign(token, { type, indent, source, end });
        }
    }
}

exports.createScalarToken = createScalarToken;
exports.resolveAsScalar = resolveAsScalar;
exports.setScalarValue = setScalarValue;


/***/ }),

/***/ 1733:
/***/ ((__unused_webpack_module, exports) => {



/**
 * Stringify a CST document, token, or collection item
 *
 * Fair warning: This applies no validation whatsoever, and
 * simply concatenates the sources in their logical order.
 */
const stringify = (cst) => 'type' in cst ? stringifyToken(cst) : stringifyItem(cst);
function stringifyToken(token) {
    switch (token.type) {
        case 'block-scalar': {
            let res = '';
            for (const tok of token.props)
                res += stringifyToken(tok);
            return res + token.source;
        }
        case 'block-map':
        case 'block-seq': {
            let res = '';
            for (const item of token.items)
                res += stringifyItem(item);
            return res;
        }
        case 'flow-collection': {
            let res = token.start.source;
            for (const item of token.items)
                res += stringifyItem(item);
            for (const st of token.end)
                res += st.source;
            return res;
        }
        case 'document': {
            let res = stringifyItem(token);
            if (token.end)
                for (const st of token.end)
                    res += st.source;
            return res;
        }
        default: {
            let res = token.source;
            if ('end' in token && token.end)
                for (const st of token.end)
                    res += st.source;
            return res;
        }
    }
}
function stringifyItem({ start, key, sep, value }) {
    let res = '';
    for (const st of start)
        res += st.source;
    if (key)
        res += stringifyToken(key);
    if (sep)
        for (const st of sep)
            res += st.source;
    if (value)
        res += stringifyToken(value);
    return res;
}

exports.stringify = stringify;


/***/ }),

/***/ 7715:
/***/ ((__unused_webpack_module, exports) => {



const BREAK = Symbol('break visit');
const SKIP = Symbol('skip children');
const REMOVE = Symbol('remove item');
/**
 * Apply a visitor to a CST document or item.
 *
 * Walks through the tree (depth-first) starting from the root, calling a
 * `visitor` function with two arguments when entering each item:
 *   - `item`: The current item, which included the following members:
 *     - `start: SourceToken[]` – Source tokens before the key or value,
 *       possibly including its anchor or tag.
 *     - `key?: Token | null` – Set for pair values. May then be `null`, if
 *       the key before the `:` separator is empty.
 *     - `sep?: SourceToken[]` – Source tokens between the key and the value,
 *       which should include the `:` map value indicator if `value` is set.
 *     - `value?: Token` – The value of a sequence item, or of a map pair.
 *   - `path`: The steps from the root to the current node, as an array of
 *     `['key' | 'value', number]` tuples.
 *
 * The return value of the visitor may be used to control the traversal:
 *   - `undefined` (default): Do nothing and continue
 *   - `visit.SKIP`: Do not visit the children of this token, continue with
 *      next sibling
 *   - `visit.BREAK`: Terminate traversal completely
 *   - `visit.REMOVE`: Remove the current item, then continue with the next one
 *   - `number`: Set the index of the next step. This is useful especially if
 *     the index of the current token has changed.
 *   - `function`: Define the next visitor for this item. After the original
 *     visitor is called on item entry, next visitors are called after handling
 *     a non-empty `key` and when exiting the item.
 */
function visit(cst, visitor) {
    if ('type' in cst && cst.type === 'document')
        cst = { start: cst.start, value: cst.value };
    _visit(Object.freeze([]), cst, visitor);
}
// Without the `as symbol` casts, TS declares these in the `visit`
// namespace using `var`, but then complains about that because
// `unique symbol` must be `const`.
/** Terminate visit traversal completely */
visit.BREAK = BREAK;
/** Do not visit the children of the current item */
visit.SKIP = SKIP;
/** Remove the current item */
visit.REMOVE = REMOVE;
/** Find the item at `path` from `cst` as the root */
visit.itemAtPath = (cst, path) => {
    let item = cst;
    for (const [field, index] of path) {
        const tok = item?.[field];
        if (tok && 'items' in tok) {
            item = tok.items[index];
        }
        else
            return undefined;
    }
    return item;
};
/**
 * Get the immediate parent collection of the item at `path` from `cst` as the root.
 *
 * Throws an error if the collection is not found, which should never happen if the item itself exists.
 */
visit.parentCollection = (cst, path) => {
    const parent = visit.itemAtPath(cst, path.slice(0, -1));
    const field = path[path.length - 1][0];
    const coll = parent?.[field];
    if (coll && 'items' in coll)
        return coll;
    throw new Error('Parent collection not found');
};
function _visit(path, item, visitor) {
    let ctrl = visitor(item, path);
    if (typeof ctrl === 'symbol')
        return ctrl;
    for (const field of ['key', 'value']) {
        const token = item[field];
        if (token && 'items' in token) {
            for (let i = 0; i < token.items.length; ++i) {
                const ci = _visit(Object.freeze(path.concat([[field, i]])), token.items[i], visitor);
                if (typeof ci === 'number')
                    i = ci - 1;
                else if (ci === BREAK)
                    return BREAK;
                else if (ci === REMOVE) {
                    token.items.splice(i, 1);
                    i -= 1;
                }
            }
            if (typeof ctrl === 'function' && field === 'key')
                ctrl = ctrl(item, path);
        }
    }
    return typeof ctrl === 'function' ? ctrl(item, path) : ctrl;
}

exports.visit = visit;


/***/ }),

/***/ 3461:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var cstScalar = __nccwpck_require__(110);
var cstStringify = __nccwpck_require__(1733);
var cstVisit = __nccwpck_require__(7715);

/** The byte order mark */
const BOM = '\u{FEFF}';
/** Start of doc-mode */
const DOCUMENT = '\x02'; // C0: Start of Text
/** Unexpected end of flow-mode */
const FLOW_END = '\x18'; // C0: Cancel
/** Next token is a scalar value */
const SCALAR = '\x1f'; // C0: Unit Separator
/** @returns `true` if `token` is a flow or block collection */
const isCollection = (token) => !!token && 'items' in token;
/** @returns `true` if `token` is a flow or block scalar; not an alias */
const isScalar = (token) => !!token &&
    (token.type === 'scalar' ||
        token.type === 'single-quoted-scalar' ||
        token.type === 'double-quoted-scalar' ||
        token.type === 'block-scalar');
/* istanbul ignore next */
/** Get a printable representation of a lexer token */
function prettyToken(token) {
    switch (token) {
        case BOM:
            return '<BOM>';
        case DOCUMENT:
            return '<DOC>';
        case FLOW_END:
            return '<FLOW_END>';
        case SCALAR:
            return '<SCALAR>';
        default:
            return JSON.stringify(token);
    }
}
/** Identify the type of a lexer token. May return `null` for unknown tokens. */
function tokenType(source) {
    switch (source) {
        case BOM:
            return 'byte-order-mark';
        case DOCUMENT:
            return 'doc-mode';
        case FLOW_END:
            return 'flow-error-end';
        case SCALAR:
            return 'scalar';
        case '---':
            return 'doc-start';
        case '...':
            return 'doc-end';
        case '':
        case '\n':
        case '\r\n':
            return 'newline';
        case '-':
            return 'seq-item-ind';
        case '?':
            return 'explicit-key-ind';
        case ':':
            return 'map-value-ind';
        case '{':
            return 'flow-map-start';
        case '}':
            return 'flow-map-end';
        case '[':
            return 'flow-seq-start';
        case ']':
            return 'flow-seq-end';
        case ',':
            return 'comma';
    }
    switch (source[0]) {
        case ' ':
        case '\t':
            return 'space';
        case '#':
            return 'comment';
        case '%':
            return 'directive-line';
        case '*':
            return 'alias';
        case '&':
            return 'anchor';
        case '!':
            return 'tag';
        case "'":
            return 'single-quoted-scalar';
        case '"':
            return 'double-quoted-scalar';
        case '|':
        case '>':
            return 'block-scalar-header';
    }
    return null;
}

exports.createScalarToken = cstScalar.createScalarToken;
exports.resolveAsScalar = cstScalar.resolveAsScalar;
exports.setScalarValue = cstScalar.setScalarValue;
exports.stringify = cstStringify.stringify;
exports.visit = cstVisit.visit;
exports.BOM = BOM;
exports.DOCUMENT = DOCUMENT;
exports.FLOW_END = FLOW_END;
exports.SCALAR = SCALAR;
exports.isCollection = isCollection;
exports.isScalar = isScalar;
exports.prettyToken = prettyToken;
exports.tokenType = tokenType;


/***/ }),

/***/ 361:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var cst = __nccwpck_require__(3461);

/*
START -> stream

stream
  directive -> line-end -> stream
  indent + line-end -> stream
  [else] -> line-start

line-end
  comment -> line-end
  newline -> .
  input-end -> END

line-start
  doc-start -> doc
  doc-end -> stream
  [else] -> indent -> block-start

block-start
  seq-item-start -> block-start
  explicit-key-start -> block-start
  map-value-start -> block-start
  [else] -> doc

doc
  line-end -> line-start
  spaces -> doc
  anchor -> doc
  tag -> doc
  flow-start -> flow -> doc
  flow-end -> error -> doc
  seq-item-start -> error -> doc
  explicit-key-start -> error -> doc
  map-value-start -> doc
  alias -> doc
  quote-start -> quoted-scalar -> doc
  block-scalar-header -> line-end -> block-scalar(min) -> line-start
  [else] -> plain-scalar(false, min) -> doc

flow
  line-end -> flow
  spaces -> flow
  anchor -> flow
  tag -> flow
  flow-start -> flow -> flow
  flow-end -> .
  seq-item-start -> error -> flow
  explicit-key-start -> flow
  map-value-start -> flow
  alias -> flow
  quote-start -> quoted-scalar -> flow
  comma -> flow
  [else] -> plain-scalar(true, 0) -> flow

quoted-scalar
  quote-end -> .
  [else] -> quoted-scalar

block-scalar(min)
  newline + peek(indent < min) -> .
  [else] -> block-scalar(min)

plain-scalar(is-flow, min)
  scalar-end(is-flow) -> .
  peek(newline + (indent < min)) -> .
  [else] -> plain-scalar(min)
*/
function isEmpty(ch) {
    switch (ch) {
        case undefined:
        case ' ':
        case '\n':
        case '\r':
        case '\t':
            return true;
        default:
            return false;
    }
}
const hexDigits = new Set('0123456789ABCDEFabcdef');
const tagChars = new Set("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-#;/?:@&=+$_.!~*'()");
const flowIndicatorChars = new Set(',[]{}');
const invalidAnchorChars = new Set(' ,[]{}\n\r\t');
const isNotAnchorChar = (ch) => !ch || invalidAnchorChars.has(ch);
/**
 * Splits an input string into lexical tokens, i.e. smaller strings that are
 * easily identifiable by `tokens.tokenType()`.
 *
 * Lexing starts always in a "stream" context. Incomplete input may be buffered
 * until a complete token can be emitted.
 *
 * In addition to slices of the original input, the following control characters
 * may also be emitted:
 *
 * - `\x02` (Start of Text): A document starts with the next token
 * - `\x18` (Cancel): Unexpected end of flow-mode (indicates an error)
 * - `\x1f` (Unit Separator): Next token is a scalar value
 * - `\u{FEFF}` (Byte order mark): Emitted separately outside documents
 */
class Lexer {
    constructor() {
        /**
         * Flag indicating whether the end of the current buffer marks the end of
         * all input
         */
        this.atEnd = false;
        /**
         * Explicit indent set in block scalar header, as an offset from the current
         * minimum indent, so e.g. set to 1 from a header `|2+`. Set to -1 if not
         * explicitly set.
         */
        this.blockScalarIndent = -1;
        /**
         * Block scalars that include a + (keep) chomping indicator in their header
         * include trailing empty lines, which are otherwise excluded from the
         * scalar's contents.
         */
        this.blockScalarKeep = false;
        /** Current input */
        this.buffer = '';
        /**
         * Flag noting whether the map value indicator : can immediately follow this
         * node within a flow context.
         */
        this.flowKey = false;
        /** Count of surrounding flow collection levels. */
        this.flowLevel = 0;
        /**
         * Minimum level of indentation required for next lines to be parsed as a
         * part of the current scalar value.
         */
        this.indentNext = 0;
        /** Indentation level of the current line. */
        this.indentValue = 0;
        /** Position of the next \n character. */
        this.lineEndPos = null;
        /** Stores the state of the lexer if reaching the end of incpomplete input */
        this.next = null;
        /** A pointer to `buffer`; the current position of the lexer. */
        this.pos = 0;
    }
    /**
     * Generate YAML tokens from the `source` string. If `incomplete`,
     * a part of the last line may be left as a buffer for the next call.
     *
     * @returns A generator of lexical tokens
     */
    *lex(source, incomplete = false) {
        if (source) {
            if (typeof source !== 'string')
                throw TypeError('source is not a string');
            this.buffer = this.buffer ? this.buffer + source : source;
            this.lineEndPos = null;
        }
        this.atEnd = !incomplete;
        let next = this.next ?? 'stream';
        while (next && (incomplete || this.hasChars(1)))
            next = yield* this.parseNext(next);
    }
    atLineEnd() {
        let i = this.pos;
        let ch = this.buffer[i];
        while (ch === ' ' || ch === '\t')
            ch = this.buffer[++i];
        if (!ch || ch === '#' || ch === '\n')
            return true;
        if (ch === '\r')
            return this.buffer[i + 1] === '\n';
        return false;
    }
    charAt(n) {
        return this.buffer[this.pos + n];
    }
    continueScalar(offset) {
        let ch = this.buffer[offset];
        if (this.indentNext > 0) {
            let indent = 0;
            while (ch === ' ')
                ch = this.buffer[++indent + offset];
            if (ch === '\r') {
                const next = this.buffer[indent + offset + 1];
                if (next === '\n' || (!next && !this.atEnd))
                    return offset + indent + 1;
            }
            return ch === '\n' || indent >= this.indentNext || (!ch && !this.atEnd)
                ? offset + indent
                : -1;
        }
        if (ch === '-' || ch === '.') {
            const dt = this.buffer.substr(offset, 3);
            if ((dt === '---' || dt === '...') && isEmpty(this.buffer[offset + 3]))
                return -1;
        }
        return offset;
    }
    getLine() {
        let end = this.lineEndPos;
        if (typeof end !== 'number' || (end !== -1 && end < this.pos)) {
            end = this.buffer.indexOf('\n', this.pos);
            this.lineEndPos = end;
        }
        if (end === -1)
            return this.atEnd ? this.buffer.substring(this.pos) : null;
        if (this.buffer[end - 1] === '\r')
            end -= 1;
        return this.buffer.substring(this.pos, end);
    }
    hasChars(n) {
        return this.pos + n <= this.buffer.length;
    }
    setNext(state) {
        this.buffer = this.buffer.substring(this.pos);
        this.pos = 0;
        this.lineEndPos = null;
        this.next = state;
        return null;
    }
    peek(n) {
        return this.buffer.substr(this.pos, n);
    }
    *parseNext(next) {
        switch (next) {
            case 'stream':
                return yield* this.parseStream();
            case 'line-start':
                return yield* this.parseLineStart();
            case 'block-start':
                return yield* this.parseBlockStart();
            case 'doc':
                return yield* this.parseDocument();
            case 'flow':
                return yield* this.parseFlowCollection();
            case 'quoted-scalar':
                return yield* this.parseQuotedScalar();
            case 'block-scalar':
                return yield* this.parseBlockScalar();
            case 'plain-scalar':
                return yield* this.parsePlainScalar();
        }
    }
    *parseStream() {
        let line = this.getLine();
        if (line === null)
            return this.setNext('stream');
        if (line[0] === cst.BOM) {
            yield* this.pushCount(1);
            line = line.substring(1);
        }
        if (line[0] === '%') {
            let dirEnd = line.length;
            let cs = line.indexOf('#');
            while (cs !== -1) {
                const ch = line[cs - 1];
                if (ch === ' ' || ch === '\t') {
                    dirEnd = cs - 1;
                    break;
                }
                else {
                    cs = line.indexOf('#', cs + 1);
                }
            }
            while (true) {
                const ch = line[dirEnd - 1];
                if (ch === ' ' || ch === '\t')
                    dirEnd -= 1;
                else
                    break;
            }
            const n = (yield* this.pushCount(dirEnd)) + (yield* this.pushSpaces(true));
            yield* this.pushCount(line.length - n); // possible comment
            this.pushNewline();
            return 'stream';
        }
        if (this.atLineEnd()) {
            const sp = yield* this.pushSpaces(true);
            yield* this.pushCount(line.length - sp);
            yield* this.pushNewline();
            return 'stream';
        }
        yield cst.DOCUMENT;
        return yield* this.parseLineStart();
    }
    *parseLineStart() {
        const ch = this.charAt(0);
        if (!ch && !this.atEnd)
            return this.setNext('line-start');
        if (ch === '-' || ch === '.') {
            if (!this.atEnd && !this.hasChars(4))
                return this.setNext('line-start');
            const s = this.peek(3);
            if ((s === '---' || s === '...') && isEmpty(this.charAt(3))) {
                yield* this.pushCount(3);
                this.indentValue = 0;
                this.indentNext = 0;
                return s === '---' ? 'doc' : 'stream';
            }
        }
        this.indentValue = yield* this.pushSpaces(false);
        if (this.indentNext > this.indentValue && !isEmpty(this.charAt(1)))
            this.indentNext = this.indentValue;
        return yield* this.parseBlockStart();
    }
    *parseBlockStart() {
        const [ch0, ch1] = this.peek(2);
        if (!ch1 && !this.atEnd)
            return this.setNext('block-start');
        if ((ch0 === '-' || ch0 === '?' || ch0 === ':') && isEmpty(ch1)) {
            const n = (yield* this.pushCount(1)) + (yield* this.pushSpaces(true));
            this.indentNext = this.indentValue + 1;
            this.indentValue += n;
            return 'block-start';
        }
        return 'doc';
    }
    *parseDocument() {
        yield* this.pushSpaces(true);
        const line = this.getLine();
        if (line === null)
            return this.setNext('doc');
        let n = yield* this.pushIndicators();
        switch (line[n]) {
            case '#':
                yield* this.pushCount(line.length - n);
            // fallthrough
            case undefined:
                yield* this.pushNewline();
                return yield* this.parseLineStart();
            case '{':
            case '[':
                yield* this.pushCount(1);
                this.flowKey = false;
                this.flowLevel = 1;
                return 'flow';
            case '}':
            case ']':
                // this is an error
                yield* this.pushCount(1);
                return 'doc';
            case '*':
                yield* this.pushUntil(isNotAnchorChar);
                return 'doc';
            case '"':
            case "'":
                return yield* this.parseQuotedScalar();
            case '|':
            case '>':
                n += yield* this.parseBlockScalarHeader();
                n += yield* this.pushSpaces(true);
                yield* this.pushCount(line.length - n);
                yield* this.pushNewline();
                return yield* this.parseBlockScalar();
            default:
                return yield* this.parsePlainScalar();
        }
    }
    *parseFlowCollection() {
        let nl, sp;
        let indent = -1;
        do {
            nl = yield* this.pushNewline();
            if (nl > 0) {
                sp = yield* this.pushSpaces(false);
                this.indentValue = indent = sp;
            }
            else {
                sp = 0;
            }
            sp += yield* this.pushSpaces(true);
        } while (nl + sp > 0);
        const line = this.getLine();
        if (line === null)
            return this.setNext('flow');
        if ((indent !== -1 && indent < this.indentNext && line[0] !== '#') ||
            (indent === 0 &&
                (line.startsWith('---') || line.startsWith('...')) &&
                isEmpty(line[3]))) {
            // Allowing for the terminal ] or } at the same (rather than greater)
            // indent level as the initial [ or { is technically invalid, but
            // failing here would be surprising to users.
            const atFlowEndMarker = indent === this.indentNext - 1 &&
                this.flowLevel === 1 &&
                (line[0] === ']' || line[0] === '}');
            if (!atFlowEndMarker) {
                // this is an error
                this.flowLevel = 0;
                yield cst.FLOW_END;
                return yield* this.parseLineStart();
            }
        }
        let n = 0;
        while (line[n] === ',') {
            n += yield* this.pushCount(1);
            n += yield* this.pushSpaces(true);
            this.flowKey = false;
        }
        n += yield* this.pushIndicators();
        switch (line[n]) {
            case undefined:
                return 'flow';
            case '#':
                yield* this.pushCount(line.length - n);
                return 'flow';
            case '{':
            case '[':
                yield* this.pushCount(1);
                this.flowKey = false;
                this.flowLevel += 1;
                return 'flow';
            case '}':
            case ']':
                yield* this.pushCount(1);
                this.flowKey = true;
                this.flowLevel -= 1;
                return this.flowLevel ? 'flow' : 'doc';
            case '*':
                yield* this.pushUntil(isNotAnchorChar);
                return 'flow';
            case '"':
            case "'":
                this.flowKey = true;
                return yield* this.parseQuotedScalar();
            case ':': {
                const next = this.charAt(1);
                if (this.flowKey || isEmpty(next) || next === ',') {
                    this.flowKey = false;
                    yield* this.pushCount(1);
                    yield* this.pushSpaces(true);
                    return 'flow';
                }
            }
            // fallthrough
            default:
                this.flowKey = false;
                return yield* this.parsePlainScalar();
        }
    }
    *parseQuotedScalar() {
        const quote = this.charAt(0);
        let end = this.buffer.indexOf(quote, this.pos + 1);
        if (quote === "'") {
            while (end !== -1 && this.buffer[end + 1] === "'")
                end = this.buffer.indexOf("'", end + 2);
        }
        else {
            // double-quote
            while (end !== -1) {
                let n = 0;
                while (this.buffer[end - 1 - n] === '\\')
                    n += 1;
                if (n % 2 === 0)
                    break;
                end = this.buffer.indexOf('"', end + 1);
            }
        }
        // Only looking for newlines within the quotes
        const qb = this.buffer.substring(0, end);
        let nl = qb.indexOf('\n', this.pos);
        if (nl !== -1) {
            while (nl !== -1) {
                const cs = this.continueScalar(nl + 1);
                if (cs === -1)
                    break;
                nl = qb.indexOf('\n', cs);
            }
            if (nl !== -1) {
                // this is an error caused by an unexpected unindent
                end = nl - (qb[nl - 1] === '\r' ? 2 : 1);
            }
        }
        if (end === -1) {
            if (!this.atEnd)
                return this.setNext('quoted-scalar');
            end = this.buffer.length;
        }
        yield* this.pushToIndex(end + 1, false);
        return this.flowLevel ? 'flow' : 'doc';
    }
    *parseBlockScalarHeader() {
        this.blockScalarIndent = -1;
        this.blockScalarKeep = false;
        let i = this.pos;
        while (true) {
            const ch = this.buffer[++i];
            if (ch === '+')
                this.blockScalarKeep = true;
            else if (ch > '0' && ch <= '9')
                this.blockScalarIndent = Number(ch) - 1;
            else if (ch !== '-')
                break;
        }
        return yield* this.pushUntil(ch => isEmpty(ch) || ch === '#');
    }
    *parseBlockScalar() {
        let nl = this.pos - 1; // may be -1 if this.pos === 0
        let indent = 0;
        let ch;
        loop: for (let i = this.pos; (ch = this.buffer[i]); ++i) {
            switch (ch) {
                case ' ':
                    indent += 1;
                    break;
                case '\n':
                    nl = i;
                    indent = 0;
                    break;
                case '\r': {
                    const next = this.buffer[i + 1];
                    if (!next && !this.atEnd)
                        return this.setNext('block-scalar');
                    if (next === '\n')
                        break;
                } // fallthrough
                default:
                    break loop;
            }
        }
        if (!ch && !this.atEnd)
            return this.setNext('block-scalar');
        if (indent >= this.indentNext) {
            if (this.blockScalarIndent === -1)
                this.indentNext = indent;
            else {
                this.indentNext =
                    this.blockScalarIndent + (this.indentNext === 0 ? 1 : this.indentNext);
            }
            do {
                const cs = this.continueScalar(nl + 1);
                if (cs === -1)
                    break;
                nl = this.buffer.indexOf('\n', cs);
            } while (nl !== -1);
            if (nl === -1) {
                if (!this.atEnd)
                    return this.setNext('block-scalar');
                nl = this.buffer.length;
            }
        }
        // Trailing insufficiently indented tabs are invalid.
        // To catch that during parsing, we include them in the block scalar value.
        let i = nl + 1;
        ch = this.buffer[i];
        while (ch === ' ')
            ch = this.buffer[++i];
        if (ch === '\t') {
            while (ch === '\t' || ch === ' ' || ch === '\r' || ch === '\n')
                ch = this.buffer[++i];
            nl = i - 1;
        }
        else if (!this.blockScalarKeep) {
            do {
                let i = nl - 1;
                let ch = this.buffer[i];
                if (ch === '\r')
                    ch = this.buffer[--i];
                const lastChar = i; // Drop the line if last char not more indented
                while (ch === ' ')
                    ch = this.buffer[--i];
                if (ch === '\n' && i >= this.pos && i + 1 + indent > lastChar)
                    nl = i;
                else
                    break;
            } while (true);
        }
        yield cst.SCALAR;
        yield* this.pushToIndex(nl + 1, true);
        return yield* this.parseLineStart();
    }
    *parsePlainScalar() {
        const inFlow = this.flowLevel > 0;
        let end = this.pos - 1;
        let i = this.pos - 1;
        let ch;
        while ((ch = this.buffer[++i])) {
            if (ch === ':') {
                const next = this.buffer[i + 1];
                if (isEmpty(next) || (inFlow && flowIndicatorChars.has(next)))
                    break;
                end = i;
            }
            else if (isEmpty(ch)) {
                let next = this.buffer[i + 1];
                if (ch === '\r') {
                    if (next === '\n') {
                        i += 1;
                        ch = '\n';
                        next = this.buffer[i + 1];
                    }
                    else
                        end = i;
                }
                if (next === '#' || (inFlow && flowIndicatorChars.has(next)))
                    break;
                if (ch === '\n') {
                    const cs = this.continueScalar(i + 1);
                    if (cs === -1)
                        break;
                    i = Math.max(i, cs - 2); // to advance, but still account for ' #'
                }
            }
            else {
                if (inFlow && flowIndicatorChars.has(ch))
                    break;
                end = i;
            }
        }
        if (!ch && !this.atEnd)
            return this.setNext('plain-scalar');
        yield cst.SCALAR;
        yield* this.pushToIndex(end + 1, true);
        return inFlow ? 'flow' : 'doc';
    }
    *pushCount(n) {
        if (n > 0) {
            yield this.buffer.substr(this.pos, n);
            this.pos += n;
            return n;
        }
        return 0;
    }
    *pushToIndex(i, allowEmpty) {
        const s = this.buffer.slice(this.pos, i);
        if (s) {
            yield s;
            this.pos += s.length;
            return s.length;
        }
        else if (allowEmpty)
            yield '';
        return 0;
    }
    *pushIndicators() {
        let n = 0;
        loop: while (true) {
            switch (this.charAt(0)) {
                case '!':
                    n += yield* this.pushTag();
                    n += yield* this.pushSpaces(true);
                    continue loop;
                case '&':
                    n += yield* this.pushUntil(isNotAnchorChar);
                    n += yield* this.pushSpaces(true);
                    continue loop;
                case '-': // this is an error
                case '?': // this is an error outside flow collections
                case ':': {
                    const inFlow = this.flowLevel > 0;
                    const ch1 = this.charAt(1);
                    if (isEmpty(ch1) || (inFlow && flowIndicatorChars.has(ch1))) {
                        if (!inFlow)
                            this.indentNext = this.indentValue + 1;
                        else if (this.flowKey)
                            this.flowKey = false;
                        n += yield* this.pushCount(1);
                        n += yield* this.pushSpaces(true);
                        continue loop;
                    }
                }
            }
            break loop;
        }
        return n;
    }
    *pushTag() {
        if (this.charAt(1) === '<') {
            let i = this.pos + 2;
            let ch = this.buffer[i];
            while (!isEmpty(ch) && ch !== '>')
                ch = this.buffer[++i];
            return yield* this.pushToIndex(ch === '>' ? i + 1 : i, false);
        }
        else {
            let i = this.pos + 1;
            let ch = this.buffer[i];
            while (ch) {
                if (tagChars.has(ch))
                    ch = this.buffer[++i];
                else if (ch === '%' &&
                    hexDigits.has(this.buffer[i + 1]) &&
                    hexDigits.has(this.buffer[i + 2])) {
                    ch = this.buffer[(i += 3)];
                }
                else
                    break;
            }
            return yield* this.pushToIndex(i, false);
        }
    }
    *pushNewline() {
        const ch = this.buffer[this.pos];
        if (ch === '\n')
            return yield* this.pushCount(1);
        else if (ch === '\r' && this.charAt(1) === '\n')
            return yield* this.pushCount(2);
        else
            return 0;
    }
    *pushSpaces(allowTabs) {
        let i = this.pos - 1;
        let ch;
        do {
            ch = this.buffer[++i];
        } while (ch === ' ' || (allowTabs && ch === '\t'));
        const n = i - this.pos;
        if (n > 0) {
            yield this.buffer.substr(this.pos, n);
            this.pos = i;
        }
        return n;
    }
    *pushUntil(test) {
        let i = this.pos;
        let ch = this.buffer[i];
        while (!test(ch))
            ch = this.buffer[++i];
        return yield* this.pushToIndex(i, false);
    }
}

exports.Lexer = Lexer;


/***/ }),

/***/ 6628:
/***/ ((__unused_webpack_module, exports) => {



/**
 * Tracks newlines during parsing in order to provide an efficient API for
 * determining the one-indexed `{ line, col }` position for any offset
 * within the input.
 */
class LineCounter {
    constructor() {
        this.lineStarts = [];
        /**
         * Should be called in ascending order. Otherwise, call
         * `lineCounter.lineStarts.sort()` before calling `linePos()`.
         */
        this.addNewLine = (offset) => this.lineStarts.push(offset);
        /**
         * Performs a binary search and returns the 1-indexed { line, col }
         * position of `offset`. If `line === 0`, `addNewLine` has never been
         * called or `offset` is before the first known newline.
         */
        this.linePos = (offset) => {
            let low = 0;
            let high = this.lineStarts.length;
            while (low < high) {
                const mid = (low + high) >> 1; // Math.floor((low + high) / 2)
                if (this.lineStarts[mid] < offset)
                    low = mid + 1;
                else
                    high = mid;
            }
            if (this.lineStarts[low] === offset)
                return { line: low + 1, col: 1 };
            if (low === 0)
                return { line: 0, col: offset };
            const start = this.lineStarts[low - 1];
            return { line: low, col: offset - start + 1 };
        };
    }
}

exports.LineCounter = LineCounter;


/***/ }),

/***/ 3456:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var node_process = __nccwpck_require__(932);
var cst = __nccwpck_require__(3461);
var lexer = __nccwpck_require__(361);

function includesToken(list, type) {
    for (let i = 0; i < list.length; ++i)
        if (list[i].type === type)
            return true;
    return false;
}
function findNonEmptyIndex(list) {
    for (let i = 0; i < list.length; ++i) {
        switch (list[i].type) {
            case 'space':
            case 'comment':
            case 'newline':
                break;
            default:
                return i;
        }
    }
    return -1;
}
function isFlowToken(token) {
    switch (token?.type) {
        case 'alias':
        case 'scalar':
        case 'single-quoted-scalar':
        case 'double-quoted-scalar':
        case 'flow-collection':
            return true;
        default:
            return false;
    }
}
function getPrevProps(parent) {
    switch (parent.type) {
        case 'document':
            return parent.start;
        case 'block-map': {
            const it = parent.items[parent.items.length - 1];
            return it.sep ?? it.start;
        }
        case 'block-seq':
            return parent.items[parent.items.length - 1].start;
        /* istanbul ignore next should not happen */
        default:
            return [];
    }
}
/** Note: May modify input array */
function getFirstKeyStartProps(prev) {
    if (prev.length === 0)
        return [];
    let i = prev.length;
    loop: while (--i >= 0) {
        switch (prev[i].type) {
            case 'doc-start':
            case 'explicit-key-ind':
            case 'map-value-ind':
            case 'seq-item-ind':
            case 'newline':
                break loop;
        }
    }
    while (prev[++i]?.type === 'space') {
        /* loop */
    }
    return prev.splice(i, prev.length);
}
function arrayPushArray(target, source) {
    // May exhaust call stack with large `source` array
    if (source.length < 1e5)
        Array.prototype.push.apply(target, source);
    else
        for (let i = 0; i < source.length; ++i)
            target.push(source[i]);
}
function fixFlowSeqItems(fc) {
    if (fc.start.type === 'flow-seq-start') {
        for (const it of fc.items) {
            if (it.sep &&
                !it.value &&
                !includesToken(it.start, 'explicit-key-ind') &&
                !includesToken(it.sep, 'map-value-ind')) {
                if (it.key)
                    it.value = it.key;
                delete it.key;
                if (isFlowToken(it.value)) {
                    if (it.value.end)
                        arrayPushArray(it.value.end, it.sep);
                    else
                        it.value.end = it.sep;
                }
                else
                    arrayPushArray(it.start, it.sep);
                delete it.sep;
            }
        }
    }
}
/**
 * A YAML concrete syntax tree (CST) parser
 *
 * ```ts
 * const src: string = ...
 * for (const token of new Parser().parse(src)) {
 *   // token: Token
 * }
 * ```
 *
 * To use the parser with a user-provided lexer:
 *
 * ```ts
 * function* parse(source: string, lexer: Lexer) {
 *   const parser = new Parser()
 *   for (const lexeme of lexer.lex(source))
 *     yield* parser.next(lexeme)
 *   yield* parser.end()
 * }
 *
 * const src: string = ...
 * const lexer = new Lexer()
 * for (const token of parse(src, lexer)) {
 *   // token: Token
 * }
 * ```
 */
class Parser {
    /**
     * @param onNewLine - If defined, called separately with the start position of
     *   each new line (in `parse()`, including the start of input).
     */
    constructor(onNewLine) {
        /** If true, space and sequence indicators count as indentation */
        this.atNewLine = true;
        /** If true, next token is a scalar value */
        this.atScalar = false;
        /** Current indentation level */
        this.indent = 0;
        /** Current offset since the start of parsing */
        this.offset = 0;
        /** On the same line with a block map key */
        this.onKeyLine = false;
        /** Top indicates the node that's currently being built */
        this.stack = [];
        /** The source of the current token, set in parse() */
        this.source = '';
        /** The type of the current token, set in parse() */
        this.type = '';
        // Must be defined after `next()`
        this.lexer = new lexer.Lexer();
        this.onNewLine = onNewLine;
    }
    /**
     * Parse `source` as a YAML stream.
     * If `incomplete`, a part of the last line may be left as a buffer for the next call.
     *
     * Errors are not thrown, but yielded as `{ type: 'error', message }` tokens.
     *
     * @returns A generator of tokens representing each directive, document, and other structure.
     */
    *parse(source, incomplete = false) {
        if (this.onNewLine && this.offset === 0)
            this.onNewLine(0);
        for (const lexeme of this.lexer.lex(source, incomplete))
            yield* this.next(lexeme);
        if (!incomplete)
            yield* this.end();
    }
    /**
     * Advance the parser by the `source` of one lexical token.
     */
    *next(source) {
        this.source = source;
        if (node_process.env.LOG_TOKENS)
            console.log('|', cst.prettyToken(source));
        if (this.atScalar) {
            this.atScalar = false;
            yield* this.step();
            this.offset += source.length;
            return;
        }
        const type = cst.tokenType(source);
        if (!type) {
            const message = `Not a YAML token: ${source}`;
            yield* this.pop({ type: 'error', offset: this.offset, message, source });
            this.offset += source.length;
        }
        else if (type === 'scalar') {
            this.atNewLine = false;
            this.atScalar = true;
            this.type = 'scalar';
        }
        else {
            this.type = type;
            yield* this.step();
            switch (type) {
                case 'newline':
                    this.atNewLine = true;
                    this.indent = 0;
                    if (this.onNewLine)
                        this.onNewLine(this.offset + source.length);
                    break;
                case 'space':
                    if (this.atNewLine && source[0] === ' ')
                        this.indent += source.length;
                    break;
                case 'explicit-key-ind':
                case 'map-value-ind':
                case 'seq-item-ind':
                    if (this.atNewLine)
                        this.indent += source.length;
                    break;
                case 'doc-mode':
                case 'flow-error-end':
                    return;
                default:
                    this.atNewLine = false;
            }
            this.offset += source.length;
        }
    }
    /** Call at end of input to push out any remaining constructions */
    *end() {
        while (this.stack.length > 0)
            yield* this.pop();
    }
    get sourceToken() {
        const st = {
            type: this.type,
            offset: this.offset,
            indent: this.indent,
            source: this.source
        };
        return st;
    }
    *step() {
        const top = this.peek(1);
        if (this.type === 'doc-end' && top?.type !== 'doc-end') {
            while (this.stack.length > 0)
                yield* this.pop();
            this.stack.push({
                type: 'doc-end',
                offset: this.offset,
                source: this.source
            });
            return;
        }
        if (!top)
            return yield* this.stream();
        switch (top.type) {
            case 'document':
                return yield* this.document(top);
            case 'alias':
            case 'scalar':
            case 'single-quoted-scalar':
            case 'double-quoted-scalar':
                return yield* this.scalar(top);
            case 'block-scalar':
                return yield* this.blockScalar(top);
            case 'block-map':
                return yield* this.blockMap(top);
            case 'block-seq':
                return yield* this.blockSequence(top);
            case 'flow-collection':
                return yield* this.flowCollection(top);
            case 'doc-end':
                return yield* this.documentEnd(top);
        }
        /* istanbul ignore next should not happen */
        yield* this.pop();
    }
    peek(n) {
        return this.stack[this.stack.length - n];
    }
    *pop(error) {
        const token = error ?? this.stack.pop();
        /* istanbul ignore if should not happen */
        if (!token) {
            const message = 'Tried to pop an empty stack';
            yield { type: 'error', offset: this.offset, source: '', message };
        }
        else if (this.stack.length === 0) {
            yield token;
        }
        else {
            const top = this.peek(1);
            if (token.type === 'block-scalar') {
                // Block scalars use their parent rather than header indent
                token.indent = 'indent' in top ? top.indent : 0;
            }
            else if (token.type === 'flow-collection' && top.type === 'document') {
                // Ignore all indent for top-level flow collections
                token.indent = 0;
            }
            if (token.type === 'flow-collection')
                fixFlowSeqItems(token);
            switch (top.type) {
                case 'document':
                    top.value = token;
                    break;
                case 'block-scalar':
                    top.props.push(token); // error
                    break;
                case 'block-map': {
                    const it = top.items[top.items.length - 1];
                    if (it.value) {
                        top.items.push({ start: [], key: token, sep: [] });
                        this.onKeyLine = true;
                        return;
                    }
                    else if (it.sep) {
                        it.value = token;
                    }
                    else {
                        Object.assign(it, { key: token, sep: [] });
                        this.onKeyLine = !it.explicitKey;
                        return;
                    }
                    break;
                }
                case 'block-seq': {
                    const it = top.items[top.items.length - 1];
                    if (it.value)
                        top.items.push({ start: [], value: token });
                    else
                        it.value = token;
                    break;
                }
                case 'flow-collection': {
                    const it = top.items[top.items.length - 1];
                    if (!it || it.value)
                        top.items.push({ start: [], key: token, sep: [] });
                    else if (it.sep)
                        it.value = token;
                    else
                        Object.assign(it, { key: token, sep: [] });
                    return;
                }
                /* istanbul ignore next should not happen */
                default:
                    yield* this.pop();
                    yield* this.pop(token);
            }
            if ((top.type === 'document' ||
                top.type === 'block-map' ||
                top.type === 'block-seq') &&
                (token.type === 'block-map' || token.type === 'block-seq')) {
                const last = token.items[token.items.length - 1];
                if (last &&
                    !last.sep &&
                    !last.value &&
                    last.start.length > 0 &&
                    findNonEmptyIndex(last.start) === -1 &&
                    (token.indent === 0 ||
                        last.start.every(st => st.type !== 'comment' || st.indent < token.indent))) {
                    if (top.type === 'document')
                        top.end = last.start;
                    else
                        top.items.push({ start: last.start });
                    token.items.splice(-1, 1);
                }
            }
        }
    }
    *stream() {
        switch (this.type) {
            case 'directive-line':
                yield { type: 'directive', offset: this.offset, source: this.source };
                return;
            case 'byte-order-mark':
            case 'space':
            case 'comment':
            case 'newline':
                yield this.sourceToken;
                return;
            case 'doc-mode':
            case 'doc-start': {
                const doc = {
                    type: 'document',
                    offset: this.offset,
                    start: []
                };
                if (this.type === 'doc-start')
                    doc.start.push(this.sourceToken);
                this.stack.push(doc);
                return;
            }
        }
        yield {
            type: 'error',
            offset: this.offset,
            message: `Unexpected ${this.type} token in YAML stream`,
            source: this.source
        };
    }
    *document(doc) {
        if (doc.value)
            return yield* this.lineEnd(doc);
        switch (this.type) {
            case 'doc-start': {
                if (findNonEmptyIndex(doc.start) !== -1) {
                    yield* this.pop();
                    yield* this.step();
                }
                else
                    doc.start.push(this.sourceToken);
                return;
            }
            case 'anchor':
            case 'tag':
            case 'space':
            case 'comment':
            case 'newline':
                doc.start.push(this.sourceToken);
                return;
        }
        const bv = this.startBlockValue(doc);
        if (bv)
            this.stack.push(bv);
        else {
            yield {
                type: 'error',
                offset: this.offset,
                message: `Unexpected ${this.type} token in YAML document`,
                source: this.source
            };
        }
    }
    *scalar(scalar) {
        if (this.type === 'map-value-ind') {
            const prev = getPrevProps(this.peek(2));
            const start = getFirstKeyStartProps(prev);
            let sep;
            if (scalar.end) {
                sep = scalar.end;
                sep.push(this.sourceToken);
                delete scalar.end;
            }
            else
                sep = [this.sourceToken];
            const map = {
                type: 'block-map',
                offset: scalar.offset,
                indent: scalar.indent,
                items: [{ start, key: scalar, sep }]
            };
            this.onKeyLine = true;
            this.stack[this.stack.length - 1] = map;
        }
        else
            yield* this.lineEnd(scalar);
    }
    *blockScalar(scalar) {
        switch (this.type) {
            case 'space':
            case 'comment':
            case 'newline':
                scalar.props.push(this.sourceToken);
                return;
            case 'scalar':
                scalar.source = this.source;
                // block-scalar source includes trailing newline
                this.atNewLine = true;
                this.indent = 0;
                if (this.onNewLine) {
                    let nl = this.source.indexOf('\n') + 1;
                    while (nl !== 0) {
                        this.onNewLine(this.offset + nl);
                        nl = this.source.indexOf('\n', nl) + 1;
                    }
                }
                yield* this.pop();
                break;
            /* istanbul ignore next should not happen */
            default:
                yield* this.pop();
                yield* this.step();
        }
    }
    *blockMap(map) {
        const it = map.items[map.items.length - 1];
        // it.sep is true-ish if pair already has key or : separator
        switch (this.type) {
            case 'newline':
                this.onKeyLine = false;
                if (it.value) {
                    const end = 'end' in it.value ? it.value.end : undefined;
                    const last = Array.isArray(end) ? end[end.length - 1] : undefined;
                    if (last?.type === 'comment')
                        end?.push(this.sourceToken);
                    else
                        map.items.push({ start: [this.sourceToken] });
                }
                else if (it.sep) {
                    it.sep.push(this.sourceToken);
                }
                else {
                    it.start.push(this.sourceToken);
                }
                return;
            case 'space':
            case 'comment':
                if (it.value) {
                    map.items.push({ start: [this.sourceToken] });
                }
                else if (it.sep) {
                    it.sep.push(this.sourceToken);
                }
                else {
                    if (this.atIndentedComment(it.start, map.indent)) {
                        const prev = map.items[map.items.length - 2];
                        const end = prev?.value?.end;
                        if (Array.isArray(end)) {
                            arrayPushArray(end, it.start);
                            end.push(this.sourceToken);
                            map.items.pop();
                            return;
                        }
                    }
                    it.start.push(this.sourceToken);
                }
                return;
        }
        if (this.indent >= map.indent) {
            const atMapIndent = !this.onKeyLine && this.indent === map.indent;
            const atNextItem = atMapIndent &&
                (it.sep || it.explicitKey) &&
                this.type !== 'seq-item-ind';
            // For empty nodes, assign newline-separated not indented empty tokens to following node
            let start = [];
            if (atNextItem && it.sep && !it.value) {
                const nl = [];
                for (let i = 0; i < it.sep.length; ++i) {
                    const st = it.sep[i];
                    switch (st.type) {
                        case 'newline':
                            nl.push(i);
                            break;
                        case 'space':
                            break;
                        case 'comment':
                            if (st.indent > map.indent)
                                nl.length = 0;
                            break;
                        default:
                            nl.length = 0;
                    }
                }
                if (nl.length >= 2)
                    start = it.sep.splice(nl[1]);
            }
            switch (this.type) {
                case 'anchor':
                case 'tag':
                    if (atNextItem || it.value) {
                        start.push(this.sourceToken);
                        map.items.push({ start });
                        this.onKeyLine = true;
                    }
                    else if (it.sep) {
                        it.sep.push(this.sourceToken);
                    }
                    else {
                        it.start.push(this.sourceToken);
                    }
                    return;
                case 'explicit-key-ind':
                    if (!it.sep && !it.explicitKey) {
                        it.start.push(this.sourceToken);
                        it.explicitKey = true;
                    }
                    else if (atNextItem || it.value) {
                        start.push(this.sourceToken);
                        map.items.push({ start, explicitKey: true });
                    }
                    else {
                        this.stack.push({
                            type: 'block-map',
                            offset: this.offset,
                            indent: this.indent,
                            items: [{ start: [this.sourceToken], explicitKey: true }]
                        });
                    }
                    this.onKeyLine = true;
                    return;
                case 'map-value-ind':
                    if (it.explicitKey) {
                        if (!it.sep) {
                            if (includesToken(it.start, 'newline')) {
                                Object.assign(it, { key: null, sep: [this.sourceToken] });
                            }
                            else {
                                const start = getFirstKeyStartProps(it.start);
                                this.stack.push({
                                    type: 'block-map',
                                    offset: this.offset,
                                    indent: this.indent,
                                    items: [{ start, key: null, sep: [this.sourceToken] }]
                                });
                            }
                        }
                        else if (it.value) {
                            map.items.push({ start: [], key: null, sep: [this.sourceToken] });
                        }
                        else if (includesToken(it.sep, 'map-value-ind')) {
                            this.stack.push({
                                type: 'block-map',
                                offset: this.offset,
                                indent: this.indent,
                                items: [{ start, key: null, sep: [this.sourceToken] }]
                            });
                        }
                        else if (isFlowToken(it.key) &&
                            !includesToken(it.sep, 'newline')) {
                            const start = getFirstKeyStartProps(it.start);
                            const key = it.key;
                            const sep = it.sep;
                            sep.push(this.sourceToken);
                            // @ts-expect-error type guard is wrong here
                            delete it.key;
                            // @ts-expect-error type guard is wrong here
                            delete it.sep;
                            this.stack.push({
                                type: 'block-map',
                                offset: this.offset,
                                indent: this.indent,
                                items: [{ start, key, sep }]
                            });
                        }
                        else if (start.length > 0) {
                            // Not actually at next item
                            it.sep = it.sep.concat(start, this.sourceToken);
                        }
                        else {
                            it.sep.push(this.sourceToken);
                        }
                    }
                    else {
                        if (!it.sep) {
                            Object.assign(it, { key: null, sep: [this.sourceToken] });
                        }
                        else if (it.value || atNextItem) {
                            map.items.push({ start, key: null, sep: [this.sourceToken] });
                        }
                        else if (includesToken(it.sep, 'map-value-ind')) {
                            this.stack.push({
                                type: 'block-map',
                                offset: this.offset,
                                indent: this.indent,
                                items: [{ start: [], key: null, sep: [this.sourceToken] }]
                            });
                        }
                        else {
                            it.sep.push(this.sourceToken);
                        }
                    }
                    this.onKeyLine = true;
                    return;
                case 'alias':
                case 'scalar':
                case 'single-quoted-scalar':
                case 'double-quoted-scalar': {
                    const fs = this.flowScalar(this.type);
                    if (atNextItem || it.value) {
                        map.items.push({ start, key: fs, sep: [] });
                        this.onKeyLine = true;
                    }
                    else if (it.sep) {
                        this.stack.push(fs);
                    }
                    else {
                        Object.assign(it, { key: fs, sep: [] });
                        this.onKeyLine = true;
                    }
                    return;
                }
                default: {
                    const bv = this.startBlockValue(map);
                    if (bv) {
                        if (bv.type === 'block-seq') {
                            if (!it.explicitKey &&
                                it.sep &&
                                !includesToken(it.sep, 'newline')) {
                                yield* this.pop({
                                    type: 'error',
                                    offset: this.offset,
                                    message: 'Unexpected block-seq-ind on same line with key',
                                    source: this.source
                                });
                                return;
                            }
                        }
                        else if (atMapIndent) {
                            map.items.push({ start });
                        }
                        this.stack.push(bv);
                        return;
                    }
                }
            }
        }
        yield* this.pop();
        yield* this.step();
    }
    *blockSequence(seq) {
        const it = seq.items[seq.items.length - 1];
        switch (this.type) {
            case 'newline':
                if (it.value) {
                    const end = 'end' in it.value ? it.value.end : undefined;
                    const last = Array.isArray(end) ? end[end.length - 1] : undefined;
                    if (last?.type === 'comment')
                        end?.push(this.sourceToken);
                    else
                        seq.items.push({ start: [this.sourceToken] });
                }
                else
                    it.start.push(this.sourceToken);
                return;
            case 'space':
            case 'comment':
                if (it.value)
                    seq.items.push({ start: [this.sourceToken] });
                else {
                    if (this.atIndentedComment(it.start, seq.indent)) {
                        const prev = seq.items[seq.items.length - 2];
                        const end = prev?.value?.end;
                        if (Array.isArray(end)) {
                            arrayPushArray(end, it.start);
                            end.push(this.sourceToken);
                            seq.items.pop();
                            return;
                        }
                    }
                    it.start.push(this.sourceToken);
                }
                return;
            case 'anchor':
            case 'tag':
                if (it.value || this.indent <= seq.indent)
                    break;
                it.start.push(this.sourceToken);
                return;
            case 'seq-item-ind':
                if (this.indent !== seq.indent)
                    break;
                if (it.value || includesToken(it.start, 'seq-item-ind'))
                    seq.items.push({ start: [this.sourceToken] });
                else
                    it.start.push(this.sourceToken);
                return;
        }
        if (this.indent > seq.indent) {
            const bv = this.startBlockValue(seq);
            if (bv) {
                this.stack.push(bv);
                return;
            }
        }
        yield* this.pop();
        yield* this.step();
    }
    *flowCollection(fc) {
        const it = fc.items[fc.items.length - 1];
        if (this.type === 'flow-error-end') {
            let top;
            do {
                yield* this.pop();
                top = this.peek(1);
            } while (top?.type === 'flow-collection');
        }
        else if (fc.end.length === 0) {
            switch (this.type) {
                case 'comma':
                case 'explicit-key-ind':
                    if (!it || it.sep)
                        fc.items.push({ start: [this.sourceToken] });
                    else
                        it.start.push(this.sourceToken);
                    return;
                case 'map-value-ind':
                    if (!it || it.value)
                        fc.items.push({ start: [], key: null, sep: [this.sourceToken] });
                    else if (it.sep)
                        it.sep.push(this.sourceToken);
                    else
                        Object.assign(it, { key: null, sep: [this.sourceToken] });
                    return;
                case 'space':
                case 'comment':
                case 'newline':
                case 'anchor':
                case 'tag':
                    if (!it || it.value)
                        fc.items.push({ start: [this.sourceToken] });
                    else if (it.sep)
                        it.sep.push(this.sourceToken);
                    else
                        it.start.push(this.sourceToken);
                    return;
                case 'alias':
                case 'scalar':
                case 'single-quoted-scalar':
                case 'double-quoted-scalar': {
                    const fs = this.flowScalar(this.type);
                    if (!it || it.value)
                        fc.items.push({ start: [], key: fs, sep: [] });
                    else if (it.sep)
                        this.stack.push(fs);
                    else
                        Object.assign(it, { key: fs, sep: [] });
                    return;
                }
                case 'flow-map-end':
                case 'flow-seq-end':
                    fc.end.push(this.sourceToken);
                    return;
            }
            const bv = this.startBlockValue(fc);
            /* istanbul ignore else should not happen */
            if (bv)
                this.stack.push(bv);
            else {
                yield* this.pop();
                yield* this.step();
            }
        }
        else {
            const parent = this.peek(2);
            if (parent.type === 'block-map' &&
                ((this.type === 'map-value-ind' && parent.indent === fc.indent) ||
                    (this.type === 'newline' &&
                        !parent.items[parent.items.length - 1].sep))) {
                yield* this.pop();
                yield* this.step();
            }
            else if (this.type === 'map-value-ind' &&
                parent.type !== 'flow-collection') {
                const prev = getPrevProps(parent);
                const start = getFirstKeyStartProps(prev);
                fixFlowSeqItems(fc);
                const sep = fc.end.splice(1, fc.end.length);
                sep.push(this.sourceToken);
                const map = {
                    type: 'block-map',
                    offset: fc.offset,
                    indent: fc.indent,
                    items: [{ start, key: fc, sep }]
                };
                this.onKeyLine = true;
                this.stack[this.stack.length - 1] = map;
            }
            else {
                yield* this.lineEnd(fc);
            }
        }
    }
    flowScalar(type) {
        if (this.onNewLine) {
            let nl = this.source.indexOf('\n') + 1;
            while (nl !== 0) {
                this.onNewLine(this.offset + nl);
                nl = this.source.indexOf('\n', nl) + 1;
            }
        }
        return {
            type,
            offset: this.offset,
            indent: this.indent,
            source: this.source
        };
    }
    startBlockValue(parent) {
        switch (this.type) {
            case 'alias':
            case 'scalar':
            case 'single-quoted-scalar':
            case 'double-quoted-scalar':
                return this.flowScalar(this.type);
            case 'block-scalar-header':
                return {
                    type: 'block-scalar',
                    offset: this.offset,
                    indent: this.indent,
                    props: [this.sourceToken],
                    source: ''
                };
            case 'flow-map-start':
            case 'flow-seq-start':
                return {
                    type: 'flow-collection',
                    offset: this.offset,
                    indent: this.indent,
                    start: this.sourceToken,
                    items: [],
                    end: []
                };
            case 'seq-item-ind':
                return {
                    type: 'block-seq',
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start: [this.sourceToken] }]
                };
            case 'explicit-key-ind': {
                this.onKeyLine = true;
                const prev = getPrevProps(parent);
                const start = getFirstKeyStartProps(prev);
                start.push(this.sourceToken);
                return {
                    type: 'block-map',
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start, explicitKey: true }]
                };
            }
            case 'map-value-ind': {
                this.onKeyLine = true;
                const prev = getPrevProps(parent);
                const start = getFirstKeyStartProps(prev);
                return {
                    type: 'block-map',
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start, key: null, sep: [this.sourceToken] }]
                };
            }
        }
        return null;
    }
    atIndentedComment(start, indent) {
        if (this.type !== 'comment')
            return false;
        if (this.indent <= indent)
            return false;
        return start.every(st => st.type === 'newline' || st.type === 'space');
    }
    *documentEnd(docEnd) {
        if (this.type !== 'doc-mode') {
            if (docEnd.end)
                docEnd.end.push(this.sourceToken);
            else
                docEnd.end = [this.sourceToken];
            if (this.type === 'newline')
                yield* this.pop();
        }
    }
    *lineEnd(token) {
        switch (this.type) {
            case 'comma':
            case 'doc-start':
            case 'doc-end':
            case 'flow-seq-end':
            case 'flow-map-end':
            case 'map-value-ind':
                yield* this.pop();
                yield* this.step();
                break;
            case 'newline':
                this.onKeyLine = false;
            // fallthrough
            case 'space':
            case 'comment':
            default:
                // all other values are errors
                if (token.end)
                    token.end.push(this.sourceToken);
                else
                    token.end = [this.sourceToken];
                if (this.type === 'newline')
                    yield* this.pop();
        }
    }
}

exports.Parser = Parser;


/***/ }),

/***/ 4047:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var composer = __nccwpck_require__(9984);
var Document = __nccwpck_require__(3021);
var errors = __nccwpck_require__(1464);
var log = __nccwpck_require__(7249);
var identity = __nccwpck_require__(1127);
var lineCounter = __nccwpck_require__(6628);
var parser = __nccwpck_require__(3456);

function parseOptions(options) {
    const prettyErrors = options.prettyErrors !== false;
    const lineCounter$1 = options.lineCounter || (prettyErrors && new lineCounter.LineCounter()) || null;
    return { lineCounter: lineCounter$1, prettyErrors };
}
/**
 * Parse the input as a stream of YAML documents.
 *
 * Documents should be separated from each other by `...` or `---` marker lines.
 *
 * @returns If an empty `docs` array is returned, it will be of type
 *   EmptyStream and contain additional stream information. In
 *   TypeScript, you should use `'empty' in docs` as a type guard for it.
 */
function parseAllDocuments(source, options = {}) {
    const { lineCounter, prettyErrors } = parseOptions(options);
    const parser$1 = new parser.Parser(lineCounter?.addNewLine);
    const composer$1 = new composer.Composer(options);
    const docs = Array.from(composer$1.compose(parser$1.parse(source)));
    if (prettyErrors && lineCounter)
        for (const doc of docs) {
            doc.errors.forEach(errors.prettifyError(source, lineCounter));
            doc.warnings.forEach(errors.prettifyError(source, lineCounter));
        }
    if (docs.length > 0)
        return docs;
    return Object.assign([], { empty: true }, composer$1.streamInfo());
}
/** Parse an input string into a single YAML.Document */
function parseDocument(source, options = {}) {
    const { lineCounter, prettyErrors } = parseOptions(options);
    const parser$1 = new parser.Parser(lineCounter?.addNewLine);
    const composer$1 = new composer.Composer(options);
    // `doc` is always set by compose.end(true) at the very latest
    let doc = null;
    for (const _doc of composer$1.compose(parser$1.parse(source), true, source.length)) {
        if (!doc)
            doc = _doc;
        else if (doc.options.logLevel !== 'silent') {
            doc.errors.push(new errors.YAMLParseError(_doc.range.slice(0, 2), 'MULTIPLE_DOCS', 'Source contains multiple documents; please use YAML.parseAllDocuments()'));
            break;
        }
    }
    if (prettyErrors && lineCounter) {
        doc.errors.forEach(errors.prettifyError(source, lineCounter));
        doc.warnings.forEach(errors.prettifyError(source, lineCounter));
    }
    return doc;
}
function parse(src, reviver, options) {
    let _reviver = undefined;
    if (typeof reviver === 'function') {
        _reviver = reviver;
    }
    else if (options === undefined && reviver && typeof reviver === 'object') {
        options = reviver;
    }
    const doc = parseDocument(src, options);
    if (!doc)
        return null;
    doc.warnings.forEach(warning => log.warn(doc.options.logLevel, warning));
    if (doc.errors.length > 0) {
        if (doc.options.logLevel !== 'silent')
            throw doc.errors[0];
        else
            doc.errors = [];
    }
    return doc.toJS(Object.assign({ reviver: _reviver }, options));
}
function stringify(value, replacer, options) {
    let _replacer = null;
    if (typeof replacer === 'function' || Array.isArray(replacer)) {
        _replacer = replacer;
    }
    else if (options === undefined && replacer) {
        options = replacer;
    }
    if (typeof options === 'string')
        options = options.length;
    if (typeof options === 'number') {
        const indent = Math.round(options);
        options = indent < 1 ? undefined : indent > 8 ? { indent: 8 } : { indent };
    }
    if (value === undefined) {
        const { keepUndefined } = options ?? replacer ?? {};
        if (!keepUndefined)
            return undefined;
    }
    if (identity.isDocument(value) && !_replacer)
        return value.toString(options);
    return new Document.Document(value, _replacer, options).toString(options);
}

exports.parse = parse;
exports.parseAllDocuments = parseAllDocuments;
exports.parseDocument = parseDocument;
exports.stringify = stringify;


/***/ }),

/***/ 5840:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var map = __nccwpck_require__(7451);
var seq = __nccwpck_require__(1706);
var string = __nccwpck_require__(6464);
var tags = __nccwpck_require__(18);

const sortMapEntriesByKey = (a, b) => a.key < b.key ? -1 : a.key > b.key ? 1 : 0;
class Schema {
    constructor({ compat, customTags, merge, resolveKnownTags, schema, sortMapEntries, toStringDefaults }) {
        this.compat = Array.isArray(compat)
            ? tags.getTags(compat, 'compat')
            : compat
                ? tags.getTags(null, compat)
                : null;
        this.name = (typeof schema === 'string' && schema) || 'core';
        this.knownTags = resolveKnownTags ? tags.coreKnownTags : {};
        this.tags = tags.getTags(customTags, this.name, merge);
        this.toStringOptions = toStringDefaults ?? null;
        Object.defineProperty(this, identity.MAP, { value: map.map });
        Object.defineProperty(this, identity.SCALAR, { value: string.string });
        Object.defineProperty(this, identity.SEQ, { value: seq.seq });
        // Used by createMap()
        this.sortMapEntries =
            typeof sortMapEntries === 'function'
                ? sortMapEntries
                : sortMapEntries === true
                    ? sortMapEntriesByKey
                    : null;
    }
    clone() {
        const copy = Object.create(Schema.prototype, Object.getOwnPropertyDescriptors(this));
        copy.tags = this.tags.slice();
        return copy;
    }
}

exports.Schema = Schema;


/***/ }),

/***/ 7451:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var YAMLMap = __nccwpck_require__(4454);

const map = {
    collection: 'map',
    default: true,
    nodeClass: YAMLMap.YAMLMap,
    tag: 'tag:yaml.org,2002:map',
    resolve(map, onError) {
        if (!identity.isMap(map))
            onError('Expected a mapping for this tag');
        return map;
    },
    createNode: (schema, obj, ctx) => YAMLMap.YAMLMap.from(schema, obj, ctx)
};

exports.map = map;


/***/ }),

/***/ 3632:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);

const nullTag = {
    identify: value => value == null,
    createNode: () => new Scalar.Scalar(null),
    default: true,
    tag: 'tag:yaml.org,2002:null',
    test: /^(?:~|[Nn]ull|NULL)?$/,
    resolve: () => new Scalar.Scalar(null),
    stringify: ({ source }, ctx) => typeof source === 'string' && nullTag.test.test(source)
        ? source
        : ctx.options.nullStr
};

exports.nullTag = nullTag;


/***/ }),

/***/ 1706:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var YAMLSeq = __nccwpck_require__(2223);

const seq = {
    collection: 'seq',
    default: true,
    nodeClass: YAMLSeq.YAMLSeq,
    tag: 'tag:yaml.org,2002:seq',
    resolve(seq, onError) {
        if (!identity.isSeq(seq))
            onError('Expected a sequence for this tag');
        return seq;
    },
    createNode: (schema, obj, ctx) => YAMLSeq.YAMLSeq.from(schema, obj, ctx)
};

exports.seq = seq;


/***/ }),

/***/ 6464:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var stringifyString = __nccwpck_require__(3069);

const string = {
    identify: value => typeof value === 'string',
    default: true,
    tag: 'tag:yaml.org,2002:str',
    resolve: str => str,
    stringify(item, ctx, onComment, onChompKeep) {
        ctx = Object.assign({ actualString: true }, ctx);
        return stringifyString.stringifyString(item, ctx, onComment, onChompKeep);
    }
};

exports.string = string;


/***/ }),

/***/ 3959:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);

const boolTag = {
    identify: value => typeof value === 'boolean',
    default: true,
    tag: 'tag:yaml.org,2002:bool',
    test: /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/,
    resolve: str => new Scalar.Scalar(str[0] === 't' || str[0] === 'T'),
    stringify({ source, value }, ctx) {
        if (source && boolTag.test.test(source)) {
            const sv = source[0] === 't' || source[0] === 'T';
            if (value === sv)
                return source;
        }
        return value ? ctx.options.trueStr : ctx.options.falseStr;
    }
};

exports.boolTag = boolTag;


/***/ }),

/***/ 8405:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);
var stringifyNumber = __nccwpck_require__(8689);

const floatNaN = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
    resolve: str => str.slice(-3).toLowerCase() === 'nan'
        ? NaN
        : str[0] === '-'
            ? Number.NEGATIVE_INFINITY
            : Number.POSITIVE_INFINITY,
    stringify: stringifyNumber.stringifyNumber
};
const floatExp = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    format: 'EXP',
    test: /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/,
    resolve: str => parseFloat(str),
    stringify(node) {
        const num = Number(node.value);
        return isFinite(num) ? num.toExponential() : stringifyNumber.stringifyNumber(node);
    }
};
const float = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    test: /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/,
    resolve(str) {
        const node = new Scalar.Scalar(parseFloat(str));
        const dot = str.indexOf('.');
        if (dot !== -1 && str[str.length - 1] === '0')
            node.minFractionDigits = str.length - dot - 1;
        return node;
    },
    stringify: stringifyNumber.stringifyNumber
};

exports.float = float;
exports.floatExp = floatExp;
exports.floatNaN = floatNaN;


/***/ }),

/***/ 9874:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var stringifyNumber = __nccwpck_require__(8689);

const intIdentify = (value) => typeof value === 'bigint' || Number.isInteger(value);
const intResolve = (str, offset, radix, { intAsBigInt }) => (intAsBigInt ? BigInt(str) : parseInt(str.substring(offset), radix));
function intStringify(node, radix, prefix) {
    const { value } = node;
    if (intIdentify(value) && value >= 0)
        return prefix + value.toString(radix);
    return stringifyNumber.stringifyNumber(node);
}
const intOct = {
    identify: value => intIdentify(value) && value >= 0,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'OCT',
    test: /^0o[0-7]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 2, 8, opt),
    stringify: node => intStringify(node, 8, '0o')
};
const int = {
    identify: intIdentify,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    test: /^[-+]?[0-9]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 0, 10, opt),
    stringify: stringifyNumber.stringifyNumber
};
const intHex = {
    identify: value => intIdentify(value) && value >= 0,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'HEX',
    test: /^0x[0-9a-fA-F]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 2, 16, opt),
    stringify: node => intStringify(node, 16, '0x')
};

exports.int = int;
exports.intHex = intHex;
exports.intOct = intOct;


/***/ }),

/***/ 896:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var map = __nccwpck_require__(7451);
var _null = __nccwpck_require__(3632);
var seq = __nccwpck_require__(1706);
var string = __nccwpck_require__(6464);
var bool = __nccwpck_require__(3959);
var float = __nccwpck_require__(8405);
var int = __nccwpck_require__(9874);

const schema = [
    map.map,
    seq.seq,
    string.string,
    _null.nullTag,
    bool.boolTag,
    int.intOct,
    int.int,
    int.intHex,
    float.floatNaN,
    float.floatExp,
    float.float
];

exports.schema = schema;


/***/ }),

/***/ 3559:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);
var map = __nccwpck_require__(7451);
var seq = __nccwpck_require__(1706);

function intIdentify(value) {
    return typeof value === 'bigint' || Number.isInteger(value);
}
const stringifyJSON = ({ value }) => JSON.stringify(value);
const jsonScalars = [
    {
        identify: value => typeof value === 'string',
        default: true,
        tag: 'tag:yaml.org,2002:str',
        resolve: str => str,
        stringify: stringifyJSON
    },
    {
        identify: value => value == null,
        createNode: () => new Scalar.Scalar(null),
        default: true,
        tag: 'tag:yaml.org,2002:null',
        test: /^null$/,
        resolve: () => null,
        stringify: stringifyJSON
    },
    {
        identify: value => typeof value === 'boolean',
        default: true,
        tag: 'tag:yaml.org,2002:bool',
        test: /^true$|^false$/,
        resolve: str => str === 'true',
        stringify: stringifyJSON
    },
    {
        identify: intIdentify,
        default: true,
        tag: 'tag:yaml.org,2002:int',
        test: /^-?(?:0|[1-9][0-9]*)$/,
        resolve: (str, _onError, { intAsBigInt }) => intAsBigInt ? BigInt(str) : parseInt(str, 10),
        stringify: ({ value }) => intIdentify(value) ? value.toString() : JSON.stringify(value)
    },
    {
        identify: value => typeof value === 'number',
        default: true,
        tag: 'tag:yaml.org,2002:float',
        test: /^-?(?:0|[1-9][0-9]*)(?:\.[0-9]*)?(?:[eE][-+]?[0-9]+)?$/,
        resolve: str => parseFloat(str),
        stringify: stringifyJSON
    }
];
const jsonError = {
    default: true,
    tag: '',
    test: /^/,
    resolve(str, onError) {
        onError(`Unresolved plain scalar ${JSON.stringify(str)}`);
        return str;
    }
};
const schema = [map.map, seq.seq].concat(jsonScalars, jsonError);

exports.schema = schema;


/***/ }),

/***/ 18:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var map = __nccwpck_require__(7451);
var _null = __nccwpck_require__(3632);
var seq = __nccwpck_require__(1706);
var string = __nccwpck_require__(6464);
var bool = __nccwpck_require__(3959);
var float = __nccwpck_require__(8405);
var int = __nccwpck_require__(9874);
var schema = __nccwpck_require__(896);
var schema$1 = __nccwpck_require__(3559);
var binary = __nccwpck_require__(6083);
var merge = __nccwpck_require__(452);
var omap = __nccwpck_require__(303);
var pairs = __nccwpck_require__(8385);
var schema$2 = __nccwpck_require__(5913);
var set = __nccwpck_require__(1528);
var timestamp = __nccwpck_require__(6752);

const schemas = new Map([
    ['core', schema.schema],
    ['failsafe', [map.map, seq.seq, string.string]],
    ['json', schema$1.schema],
    ['yaml11', schema$2.schema],
    ['yaml-1.1', schema$2.schema]
]);
const tagsByName = {
    binary: binary.binary,
    bool: bool.boolTag,
    float: float.float,
    floatExp: float.floatExp,
    floatNaN: float.floatNaN,
    floatTime: timestamp.floatTime,
    int: int.int,
    intHex: int.intHex,
    intOct: int.intOct,
    intTime: timestamp.intTime,
    map: map.map,
    merge: merge.merge,
    null: _null.nullTag,
    omap: omap.omap,
    pairs: pairs.pairs,
    seq: seq.seq,
    set: set.set,
    timestamp: timestamp.timestamp
};
const coreKnownTags = {
    'tag:yaml.org,2002:binary': binary.binary,
    'tag:yaml.org,2002:merge': merge.merge,
    'tag:yaml.org,2002:omap': omap.omap,
    'tag:yaml.org,2002:pairs': pairs.pairs,
    'tag:yaml.org,2002:set': set.set,
    'tag:yaml.org,2002:timestamp': timestamp.timestamp
};
function getTags(customTags, schemaName, addMergeTag) {
    const schemaTags = schemas.get(schemaName);
    if (schemaTags && !customTags) {
        return addMergeTag && !schemaTags.includes(merge.merge)
            ? schemaTags.concat(merge.merge)
            : schemaTags.slice();
    }
    let tags = schemaTags;
    if (!tags) {
        if (Array.isArray(customTags))
            tags = [];
        else {
            const keys = Array.from(schemas.keys())
                .filter(key => key !== 'yaml11')
                .map(key => JSON.stringify(key))
                .join(', ');
            throw new Error(`Unknown schema "${schemaName}"; use one of ${keys} or define customTags array`);
        }
    }
    if (Array.isArray(customTags)) {
        for (const tag of customTags)
            tags = tags.concat(tag);
    }
    else if (typeof customTags === 'function') {
        tags = customTags(tags.slice());
    }
    if (addMergeTag)
        tags = tags.concat(merge.merge);
    return tags.reduce((tags, tag) => {
        const tagObj = typeof tag === 'string' ? tagsByName[tag] : tag;
        if (!tagObj) {
            const tagName = JSON.stringify(tag);
            const keys = Object.keys(tagsByName)
                .map(key => JSON.stringify(key))
                .join(', ');
            throw new Error(`Unknown custom tag ${tagName}; use one of ${keys}`);
        }
        if (!tags.includes(tagObj))
            tags.push(tagObj);
        return tags;
    }, []);
}

exports.coreKnownTags = coreKnownTags;
exports.getTags = getTags;


/***/ }),

/***/ 6083:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var node_buffer = __nccwpck_require__(181);
var Scalar = __nccwpck_require__(3301);
var stringifyString = __nccwpck_require__(3069);

const binary = {
    identify: value => value instanceof Uint8Array, // Buffer inherits from Uint8Array
    default: false,
    tag: 'tag:yaml.org,2002:binary',
    /**
     * Returns a Buffer in node and an Uint8Array in browsers
     *
     * To use the resulting buffer as an image, you'll want to do something like:
     *
     *   const blob = new Blob([buffer], { type: 'image/jpeg' })
     *   document.querySelector('#photo').src = URL.createObjectURL(blob)
     */
    resolve(src, onError) {
        if (typeof node_buffer.Buffer === 'function') {
            return node_buffer.Buffer.from(src, 'base64');
        }
        else if (typeof atob === 'function') {
            // On IE 11, atob() can't handle newlines
            const str = atob(src.replace(/[\n\r]/g, ''));
            const buffer = new Uint8Array(str.length);
            for (let i = 0; i < str.length; ++i)
                buffer[i] = str.charCodeAt(i);
            return buffer;
        }
        else {
            onError('This environment does not support reading binary tags; either Buffer or atob is required');
            return src;
        }
    },
    stringify({ comment, type, value }, ctx, onComment, onChompKeep) {
        if (!value)
            return '';
        const buf = value; // checked earlier by binary.identify()
        let str;
        if (typeof node_buffer.Buffer === 'function') {
            str =
                buf instanceof node_buffer.Buffer
                    ? buf.toString('base64')
                    : node_buffer.Buffer.from(buf.buffer).toString('base64');
        }
        else if (typeof btoa === 'function') {
            let s = '';
            for (let i = 0; i < buf.length; ++i)
                s += String.fromCharCode(buf[i]);
            str = btoa(s);
        }
        else {
            throw new Error('This environment does not support writing binary tags; either Buffer or btoa is required');
        }
        type ?? (type = Scalar.Scalar.BLOCK_LITERAL);
        if (type !== Scalar.Scalar.QUOTE_DOUBLE) {
            const lineWidth = Math.max(ctx.options.lineWidth - ctx.indent.length, ctx.options.minContentWidth);
            const n = Math.ceil(str.length / lineWidth);
            const lines = new Array(n);
            for (let i = 0, o = 0; i < n; ++i, o += lineWidth) {
                lines[i] = str.substr(o, lineWidth);
            }
            str = lines.join(type === Scalar.Scalar.BLOCK_LITERAL ? '\n' : ' ');
        }
        return stringifyString.stringifyString({ comment, type, value: str }, ctx, onComment, onChompKeep);
    }
};

exports.binary = binary;


/***/ }),

/***/ 8398:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);

function boolStringify({ value, source }, ctx) {
    const boolObj = value ? trueTag : falseTag;
    if (source && boolObj.test.test(source))
        return source;
    return value ? ctx.options.trueStr : ctx.options.falseStr;
}
const trueTag = {
    identify: value => value === true,
    default: true,
    tag: 'tag:yaml.org,2002:bool',
    test: /^(?:Y|y|[Yy]es|YES|[Tt]rue|TRUE|[Oo]n|ON)$/,
    resolve: () => new Scalar.Scalar(true),
    stringify: boolStringify
};
const falseTag = {
    identify: value => value === false,
    default: true,
    tag: 'tag:yaml.org,2002:bool',
    test: /^(?:N|n|[Nn]o|NO|[Ff]alse|FALSE|[Oo]ff|OFF)$/,
    resolve: () => new Scalar.Scalar(false),
    stringify: boolStringify
};

exports.falseTag = falseTag;
exports.trueTag = trueTag;


/***/ }),

/***/ 5782:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);
var stringifyNumber = __nccwpck_require__(8689);

const floatNaN = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
    resolve: (str) => str.slice(-3).toLowerCase() === 'nan'
        ? NaN
        : str[0] === '-'
            ? Number.NEGATIVE_INFINITY
            : Number.POSITIVE_INFINITY,
    stringify: stringifyNumber.stringifyNumber
};
const floatExp = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    format: 'EXP',
    test: /^[-+]?(?:[0-9][0-9_]*)?(?:\.[0-9_]*)?[eE][-+]?[0-9]+$/,
    resolve: (str) => parseFloat(str.replace(/_/g, '')),
    stringify(node) {
        const num = Number(node.value);
        return isFinite(num) ? num.toExponential() : stringifyNumber.stringifyNumber(node);
    }
};
const float = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    test: /^[-+]?(?:[0-9][0-9_]*)?\.[0-9_]*$/,
    resolve(str) {
        const node = new Scalar.Scalar(parseFloat(str.replace(/_/g, '')));
        const dot = str.indexOf('.');
        if (dot !== -1) {
            const f = str.substring(dot + 1).replace(/_/g, '');
            if (f[f.length - 1] === '0')
                node.minFractionDigits = f.length;
        }
        return node;
    },
    stringify: stringifyNumber.stringifyNumber
};

exports.float = float;
exports.floatExp = floatExp;
exports.floatNaN = floatNaN;


/***/ }),

/***/ 873:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var stringifyNumber = __nccwpck_require__(8689);

const intIdentify = (value) => typeof value === 'bigint' || Number.isInteger(value);
function intResolve(str, offset, radix, { intAsBigInt }) {
    const sign = str[0];
    if (sign === '-' || sign === '+')
        offset += 1;
    str = str.substring(offset).replace(/_/g, '');
    if (intAsBigInt) {
        switch (radix) {
            case 2:
                str = `0b${str}`;
                break;
            case 8:
                str = `0o${str}`;
                break;
            case 16:
                str = `0x${str}`;
                break;
        }
        const n = BigInt(str);
        return sign === '-' ? BigInt(-1) * n : n;
    }
    const n = parseInt(str, radix);
    return sign === '-' ? -1 * n : n;
}
function intStringify(node, radix, prefix) {
    const { value } = node;
    if (intIdentify(value)) {
        const str = value.toString(radix);
        return value < 0 ? '-' + prefix + str.substr(1) : prefix + str;
    }
    return stringifyNumber.stringifyNumber(node);
}
const intBin = {
    identify: intIdentify,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'BIN',
    test: /^[-+]?0b[0-1_]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 2, 2, opt),
    stringify: node => intStringify(node, 2, '0b')
};
const intOct = {
    identify: intIdentify,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'OCT',
    test: /^[-+]?0[0-7_]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 1, 8, opt),
    stringify: node => intStringify(node, 8, '0')
};
const int = {
    identify: intIdentify,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    test: /^[-+]?[0-9][0-9_]*$/,
    resolve: (str, _onError, opt) => intResolve(str, 0, 10, opt),
    stringify: stringifyNumber.stringifyNumber
};
const intHex = {
    identify: intIdentify,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'HEX',
    test: /^[-+]?0x[0-9a-fA-F_]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 2, 16, opt),
    stringify: node => intStringify(node, 16, '0x')
};

exports.int = int;
exports.intBin = intBin;
exports.intHex = intHex;
exports.intOct = intOct;


/***/ }),

/***/ 452:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(3301);

// If the value associated with a merge key is a single mapping node, each of
// its key/value pairs is inserted into the current mapping, unless the key
// already exists in it. If the value associated with the merge key is a
// sequence, then this sequence is expected to contain mapping nodes and each
// of these nodes is merged in turn according to its order in the sequence.
// Keys in mapping nodes earlier in the sequence override keys specified in
// later mapping nodes. -- http://yaml.org/type/merge.html
const MERGE_KEY = '<<';
const merge = {
    identify: value => value === MERGE_KEY ||
        (typeof value === 'symbol' && value.description === MERGE_KEY),
    default: 'key',
    tag: 'tag:yaml.org,2002:merge',
    test: /^<<$/,
    resolve: () => Object.assign(new Scalar.Scalar(Symbol(MERGE_KEY)), {
        addToJSMap: addMergeToJSMap
    }),
    stringify: () => MERGE_KEY
};
const isMergeKey = (ctx, key) => (merge.identify(key) ||
    (identity.isScalar(key) &&
        (!key.type || key.type === Scalar.Scalar.PLAIN) &&
        merge.identify(key.value))) &&
    ctx?.doc.schema.tags.some(tag => tag.tag === merge.tag && tag.default);
function addMergeToJSMap(ctx, map, value) {
    const source = resolveAliasValue(ctx, value);
    if (identity.isSeq(source))
        for (const it of source.items)
            mergeValue(ctx, map, it);
    else if (Array.isArray(source))
        for (const it of source)
            mergeValue(ctx, map, it);
    else
        mergeValue(ctx, map, source);
}
function mergeValue(ctx, map, value) {
    const source = resolveAliasValue(ctx, value);
    if (!identity.isMap(source))
        throw new Error('Merge sources must be maps or map aliases');
    const srcMap = source.toJSON(null, ctx, Map);
    for (const [key, value] of srcMap) {
        if (map instanceof Map) {
            if (!map.has(key))
                map.set(key, value);
        }
        else if (map instanceof Set) {
            map.add(key);
        }
        else if (!Object.prototype.hasOwnProperty.call(map, key)) {
            Object.defineProperty(map, key, {
                value,
                writable: true,
                enumerable: true,
                configurable: true
            });
        }
    }
    return map;
}
function resolveAliasValue(ctx, value) {
    return ctx && identity.isAlias(value) ? value.resolve(ctx.doc, ctx) : value;
}

exports.addMergeToJSMap = addMergeToJSMap;
exports.isMergeKey = isMergeKey;
exports.merge = merge;


/***/ }),

/***/ 303:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var toJS = __nccwpck_require__(4043);
var YAMLMap = __nccwpck_require__(4454);
var YAMLSeq = __nccwpck_require__(2223);
var pairs = __nccwpck_require__(8385);

class YAMLOMap extends YAMLSeq.YAMLSeq {
    constructor() {
        super();
        this.add = YAMLMap.YAMLMap.prototype.add.bind(this);
        this.delete = YAMLMap.YAMLMap.prototype.delete.bind(this);
        this.get = YAMLMap.YAMLMap.prototype.get.bind(this);
        this.has = YAMLMap.YAMLMap.prototype.has.bind(this);
        this.set = YAMLMap.YAMLMap.prototype.set.bind(this);
        this.tag = YAMLOMap.tag;
    }
    /**
     * If `ctx` is given, the return type is actually `Map<unknown, unknown>`,
     * but TypeScript won't allow widening the signature of a child method.
     */
    toJSON(_, ctx) {
        if (!ctx)
            return super.toJSON(_);
        const map = new Map();
        if (ctx?.onCreate)
            ctx.onCreate(map);
        for (const pair of this.items) {
            let key, value;
            if (identity.isPair(pair)) {
                key = toJS.toJS(pair.key, '', ctx);
                value = toJS.toJS(pair.value, key, ctx);
            }
            else {
                key = toJS.toJS(pair, '', ctx);
            }
            if (map.has(key))
                throw new Error('Ordered maps must not include duplicate keys');
            map.set(key, value);
        }
        return map;
    }
    static from(schema, iterable, ctx) {
        const pairs$1 = pairs.createPairs(schema, iterable, ctx);
        const omap = new this();
        omap.items = pairs$1.items;
        return omap;
    }
}
YAMLOMap.tag = 'tag:yaml.org,2002:omap';
const omap = {
    collection: 'seq',
    identify: value => value instanceof Map,
    nodeClass: YAMLOMap,
    default: false,
    tag: 'tag:yaml.org,2002:omap',
    resolve(seq, onError) {
        const pairs$1 = pairs.resolvePairs(seq, onError);
        const seenKeys = [];
        for (const { key } of pairs$1.items) {
            if (identity.isScalar(key)) {
                if (seenKeys.includes(key.value)) {
                    onError(`Ordered maps must not include duplicate keys: ${key.value}`);
                }
                else {
                    seenKeys.push(key.value);
                }
            }
        }
        return Object.assign(new YAMLOMap(), pairs$1);
    },
    createNode: (schema, iterable, ctx) => YAMLOMap.from(schema, iterable, ctx)
};

exports.YAMLOMap = YAMLOMap;
exports.omap = omap;


/***/ }),

/***/ 8385:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var Scalar = __nccwpck_require__(3301);
var YAMLSeq = __nccwpck_require__(2223);

function resolvePairs(seq, onError) {
    if (identity.isSeq(seq)) {
        for (let i = 0; i < seq.items.length; ++i) {
            let item = seq.items[i];
            if (identity.isPair(item))
                continue;
            else if (identity.isMap(item)) {
                if (item.items.length > 1)
                    onError('Each pair must have its own sequence indicator');
                const pair = item.items[0] || new Pair.Pair(new Scalar.Scalar(null));
                if (item.commentBefore)
                    pair.key.commentBefore = pair.key.commentBefore
                        ? `${item.commentBefore}\n${pair.key.commentBefore}`
                        : item.commentBefore;
                if (item.comment) {
                    const cn = pair.value ?? pair.key;
                    cn.comment = cn.comment
                        ? `${item.comment}\n${cn.comment}`
                        : item.comment;
                }
                item = pair;
            }
            seq.items[i] = identity.isPair(item) ? item : new Pair.Pair(item);
        }
    }
    else
        onError('Expected a sequence for this tag');
    return seq;
}
function createPairs(schema, iterable, ctx) {
    const { replacer } = ctx;
    const pairs = new YAMLSeq.YAMLSeq(schema);
    pairs.tag = 'tag:yaml.org,2002:pairs';
    let i = 0;
    if (iterable && Symbol.iterator in Object(iterable))
        for (let it of iterable) {
            if (typeof replacer === 'function')
                it = replacer.call(iterable, String(i++), it);
            let key, value;
            if (Array.isArray(it)) {
                if (it.length === 2) {
                    key = it[0];
                    value = it[1];
                }
                else
                    throw new TypeError(`Expected [key, value] tuple: ${it}`);
            }
            else if (it && it instanceof Object) {
                const keys = Object.keys(it);
                if (keys.length === 1) {
                    key = keys[0];
                    value = it[key];
                }
                else {
                    throw new TypeError(`Expected tuple with one key, not ${keys.length} keys`);
                }
            }
            else {
                key = it;
            }
            pairs.items.push(Pair.createPair(key, value, ctx));
        }
    return pairs;
}
const pairs = {
    collection: 'seq',
    default: false,
    tag: 'tag:yaml.org,2002:pairs',
    resolve: resolvePairs,
    createNode: createPairs
};

exports.createPairs = createPairs;
exports.pairs = pairs;
exports.resolvePairs = resolvePairs;


/***/ }),

/***/ 5913:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var map = __nccwpck_require__(7451);
var _null = __nccwpck_require__(3632);
var seq = __nccwpck_require__(1706);
var string = __nccwpck_require__(6464);
var binary = __nccwpck_require__(6083);
var bool = __nccwpck_require__(8398);
var float = __nccwpck_require__(5782);
var int = __nccwpck_require__(873);
var merge = __nccwpck_require__(452);
var omap = __nccwpck_require__(303);
var pairs = __nccwpck_require__(8385);
var set = __nccwpck_require__(1528);
var timestamp = __nccwpck_require__(6752);

const schema = [
    map.map,
    seq.seq,
    string.string,
    _null.nullTag,
    bool.trueTag,
    bool.falseTag,
    int.intBin,
    int.intOct,
    int.int,
    int.intHex,
    float.floatNaN,
    float.floatExp,
    float.float,
    binary.binary,
    merge.merge,
    omap.omap,
    pairs.pairs,
    set.set,
    timestamp.intTime,
    timestamp.floatTime,
    timestamp.timestamp
];

exports.schema = schema;


/***/ }),

/***/ 1528:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var YAMLMap = __nccwpck_require__(4454);

class YAMLSet extends YAMLMap.YAMLMap {
    constructor(schema) {
        super(schema);
        this.tag = YAMLSet.tag;
    }
    add(key) {
        let pair;
        if (identity.isPair(key))
            pair = key;
        else if (key &&
            typeof key === 'object' &&
            'key' in key &&
            'value' in key &&
            key.value === null)
            pair = new Pair.Pair(key.key, null);
        else
            pair = new Pair.Pair(key, null);
        const prev = YAMLMap.findPair(this.items, pair.key);
        if (!prev)
            this.items.push(pair);
    }
    /**
     * If `keepPair` is `true`, returns the Pair matching `key`.
     * Otherwise, returns the value of that Pair's key.
     */
    get(key, keepPair) {
        const pair = YAMLMap.findPair(this.items, key);
        return !keepPair && identity.isPair(pair)
            ? identity.isScalar(pair.key)
                ? pair.key.value
                : pair.key
            : pair;
    }
    set(key, value) {
        if (typeof value !== 'boolean')
            throw new Error(`Expected boolean value for set(key, value) in a YAML set, not ${typeof value}`);
        const prev = YAMLMap.findPair(this.items, key);
        if (prev && !value) {
            this.items.splice(this.items.indexOf(prev), 1);
        }
        else if (!prev && value) {
            this.items.push(new Pair.Pair(key));
        }
    }
    toJSON(_, ctx) {
        return super.toJSON(_, ctx, Set);
    }
    toString(ctx, onComment, onChompKeep) {
        if (!ctx)
            return JSON.stringify(this);
        if (this.hasAllNullValues(true))
            return super.toString(Object.assign({}, ctx, { allNullValues: true }), onComment, onChompKeep);
        else
            throw new Error('Set items must all have null values');
    }
    static from(schema, iterable, ctx) {
        const { replacer } = ctx;
        const set = new this(schema);
        if (iterable && Symbol.iterator in Object(iterable))
            for (let value of iterable) {
                if (typeof replacer === 'function')
                    value = replacer.call(iterable, value, value);
                set.items.push(Pair.createPair(value, null, ctx));
            }
        return set;
    }
}
YAMLSet.tag = 'tag:yaml.org,2002:set';
const set = {
    collection: 'map',
    identify: value => value instanceof Set,
    nodeClass: YAMLSet,
    default: false,
    tag: 'tag:yaml.org,2002:set',
    createNode: (schema, iterable, ctx) => YAMLSet.from(schema, iterable, ctx),
    resolve(map, onError) {
        if (identity.isMap(map)) {
            if (map.hasAllNullValues(true))
                return Object.assign(new YAMLSet(), map);
            else
                onError('Set items must all have null values');
        }
        else
            onError('Expected a mapping for this tag');
        return map;
    }
};

exports.YAMLSet = YAMLSet;
exports.set = set;


/***/ }),

/***/ 6752:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var stringifyNumber = __nccwpck_require__(8689);

/** Internal types handle bigint as number, because TS can't figure it out. */
function parseSexagesimal(str, asBigInt) {
    const sign = str[0];
    const parts = sign === '-' || sign === '+' ? str.substring(1) : str;
    const num = (n) => asBigInt ? BigInt(n) : Number(n);
    const res = parts
        .replace(/_/g, '')
        .split(':')
        .reduce((res, p) => res * num(60) + num(p), num(0));
    return (sign === '-' ? num(-1) * res : res);
}
/**
 * hhhh:mm:ss.sss
 *
 * Internal types handle bigint as number, because TS can't figure it out.
 */
function stringifySexagesimal(node) {
    let { value } = node;
    let num = (n) => n;
    if (typeof value === 'bigint')
        num = n => BigInt(n);
    else if (isNaN(value) || !isFinite(value))
        return stringifyNumber.stringifyNumber(node);
    let sign = '';
    if (value < 0) {
        sign = '-';
        value *= num(-1);
    }
    const _60 = num(60);
    const parts = [value % _60]; // seconds, including ms
    if (value < 60) {
        parts.unshift(0); // at least one : is required
    }
    else {
        value = (value - parts[0]) / _60;
        parts.unshift(value % _60); // minutes
        if (value >= 60) {
            value = (value - parts[0]) / _60;
            parts.unshift(value); // hours
        }
    }
    return (sign +
        parts
            .map(n => String(n).padStart(2, '0'))
            .join(':')
            .replace(/000000\d*$/, '') // % 60 may introduce error
    );
}
const intTime = {
    identify: value => typeof value === 'bigint' || Number.isInteger(value),
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'TIME',
    test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+$/,
    resolve: (str, _onError, { intAsBigInt }) => parseSexagesimal(str, intAsBigInt),
    stringify: stringifySexagesimal
};
const floatTime = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    format: 'TIME',
    test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\.[0-9_]*$/,
    resolve: str => parseSexagesimal(str, false),
    stringify: stringifySexagesimal
};
const timestamp = {
    identify: value => value instanceof Date,
    default: true,
    tag: 'tag:yaml.org,2002:timestamp',
    // If the time zone is omitted, the timestamp is assumed to be specified in UTC. The time part
    // may be omitted altogether, resulting in a date format. In such a case, the time part is
    // assumed to be 00:00:00Z (start of day, UTC).
    test: RegExp('^([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})' + // YYYY-Mm-Dd
        '(?:' + // time is optional
        '(?:t|T|[ \\t]+)' + // t | T | whitespace
        '([0-9]{1,2}):([0-9]{1,2}):([0-9]{1,2}(\\.[0-9]+)?)' + // Hh:Mm:Ss(.ss)?
        '(?:[ \\t]*(Z|[-+][012]?[0-9](?::[0-9]{2})?))?' + // Z | +5 | -03:30
        ')?$'),
    resolve(str) {
        const match = str.match(timestamp.test);
        if (!match)
            throw new Error('!!timestamp expects a date, starting with yyyy-mm-dd');
        const [, year, month, day, hour, minute, second] = match.map(Number);
        const millisec = match[7] ? Number((match[7] + '00').substr(1, 3)) : 0;
        let date = Date.UTC(year, month - 1, day, hour || 0, minute || 0, second || 0, millisec);
        const tz = match[8];
        if (tz && tz !== 'Z') {
            let d = parseSexagesimal(tz, false);
            if (Math.abs(d) < 30)
                d *= 60;
            date -= 60000 * d;
        }
        return new Date(date);
    },
    stringify: ({ value }) => value?.toISOString().replace(/(T00:00:00)?\.000Z$/, '') ?? ''
};

exports.floatTime = floatTime;
exports.intTime = intTime;
exports.timestamp = timestamp;


/***/ }),

/***/ 4475:
/***/ ((__unused_webpack_module, exports) => {



const FOLD_FLOW = 'flow';
const FOLD_BLOCK = 'block';
const FOLD_QUOTED = 'quoted';
/**
 * Tries to keep input at up to `lineWidth` characters, splitting only on spaces
 * not followed by newlines or spaces unless `mode` is `'quoted'`. Lines are
 * terminated with `\n` and started with `indent`.
 */
function foldFlowLines(text, indent, mode = 'flow', { indentAtStart, lineWidth = 80, minContentWidth = 20, onFold, onOverflow } = {}) {
    if (!lineWidth || lineWidth < 0)
        return text;
    if (lineWidth < minContentWidth)
        minContentWidth = 0;
    const endStep = Math.max(1 + minContentWidth, 1 + lineWidth - indent.length);
    if (text.length <= endStep)
        return text;
    const folds = [];
    const escapedFolds = {};
    let end = lineWidth - indent.length;
    if (typeof indentAtStart === 'number') {
        if (indentAtStart > lineWidth - Math.max(2, minContentWidth))
            folds.push(0);
        else
            end = lineWidth - indentAtStart;
    }
    let split = undefined;
    let prev = undefined;
    let overflow = false;
    let i = -1;
    let escStart = -1;
    let escEnd = -1;
    if (mode === FOLD_BLOCK) {
        i = consumeMoreIndentedLines(text, i, indent.length);
        if (i !== -1)
            end = i + endStep;
    }
    for (let ch; (ch = text[(i += 1)]);) {
        if (mode === FOLD_QUOTED && ch === '\\') {
            escStart = i;
            switch (text[i + 1]) {
                case 'x':
                    i += 3;
                    break;
                case 'u':
                    i += 5;
                    break;
                case 'U':
                    i += 9;
                    break;
                default:
                    i += 1;
            }
            escEnd = i;
        }
        if (ch === '\n') {
            if (mode === FOLD_BLOCK)
                i = consumeMoreIndentedLines(text, i, indent.length);
            end = i + indent.length + endStep;
            split = undefined;
        }
        else {
            if (ch === ' ' &&
                prev &&
                prev !== ' ' &&
                prev !== '\n' &&
                prev !== '\t') {
                // space surrounded by non-space can be replaced with newline + indent
                const next = text[i + 1];
                if (next && next !== ' ' && next !== '\n' && next !== '\t')
                    split = i;
            }
            if (i >= end) {
                if (split) {
                    folds.push(split);
                    end = split + endStep;
                    split = undefined;
                }
                else if (mode === FOLD_QUOTED) {
                    // white-space collected at end may stretch past lineWidth
                    while (prev === ' ' || prev === '\t') {
                        prev = ch;
                        ch = text[(i += 1)];
                        overflow = true;
                    }
                    // Account for newline escape, but don't break preceding escape
                    const j = i > escEnd + 1 ? i - 2 : escStart - 1;
                    // Bail out if lineWidth & minContentWidth are shorter than an escape string
                    if (escapedFolds[j])
                        return text;
                    folds.push(j);
                    escapedFolds[j] = true;
                    end = j + endStep;
                    split = undefined;
                }
                else {
                    overflow = true;
                }
            }
        }
        prev = ch;
    }
    if (overflow && onOverflow)
        onOverflow();
    if (folds.length === 0)
        return text;
    if (onFold)
        onFold();
    let res = text.slice(0, folds[0]);
    for (let i = 0; i < folds.length; ++i) {
        const fold = folds[i];
        const end = folds[i + 1] || text.length;
        if (fold === 0)
            res = `\n${indent}${text.slice(0, end)}`;
        else {
            if (mode === FOLD_QUOTED && escapedFolds[fold])
                res += `${text[fold]}\\`;
            res += `\n${indent}${text.slice(fold + 1, end)}`;
        }
    }
    return res;
}
/**
 * Presumes `i + 1` is at the start of a line
 * @returns index of last newline in more-indented block
 */
function consumeMoreIndentedLines(text, i, indent) {
    let end = i;
    let start = i + 1;
    let ch = text[start];
    while (ch === ' ' || ch === '\t') {
        if (i < start + indent) {
            ch = text[++i];
        }
        else {
            do {
                ch = text[++i];
            } while (ch && ch !== '\n');
            end = i;
            start = i + 1;
            ch = text[start];
        }
    }
    return end;
}

exports.FOLD_BLOCK = FOLD_BLOCK;
exports.FOLD_FLOW = FOLD_FLOW;
exports.FOLD_QUOTED = FOLD_QUOTED;
exports.foldFlowLines = foldFlowLines;


/***/ }),

/***/ 2148:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var anchors = __nccwpck_require__(1596);
var identity = __nccwpck_require__(1127);
var stringifyComment = __nccwpck_require__(9799);
var stringifyString = __nccwpck_require__(3069);

function createStringifyContext(doc, options) {
    const opt = Object.assign({
        blockQuote: true,
        commentString: stringifyComment.stringifyComment,
        defaultKeyType: null,
        defaultStringType: 'PLAIN',
        directives: null,
        doubleQuotedAsJSON: false,
        doubleQuotedMinMultiLineLength: 40,
        falseStr: 'false',
        flowCollectionPadding: true,
        indentSeq: true,
        lineWidth: 80,
        minContentWidth: 20,
        nullStr: 'null',
        simpleKeys: false,
        singleQuote: null,
        trailingComma: false,
        trueStr: 'true',
        verifyAliasOrder: true
    }, doc.schema.toStringOptions, options);
    let inFlow;
    switch (opt.collectionStyle) {
        case 'block':
            inFlow = false;
            break;
        case 'flow':
            inFlow = true;
            break;
        default:
            inFlow = null;
    }
    return {
        anchors: new Set(),
        doc,
        flowCollectionPadding: opt.flowCollectionPadding ? ' ' : '',
        indent: '',
        indentStep: typeof opt.indent === 'number' ? ' '.repeat(opt.indent) : '  ',
        inFlow,
        options: opt
    };
}
function getTagObject(tags, item) {
    if (item.tag) {
        const match = tags.filter(t => t.tag === item.tag);
        if (match.length > 0)
            return match.find(t => t.format === item.format) ?? match[0];
    }
    let tagObj = undefined;
    let obj;
    if (identity.isScalar(item)) {
        obj = item.value;
        let match = tags.filter(t => t.identify?.(obj));
        if (match.length > 1) {
            const testMatch = match.filter(t => t.test);
            if (testMatch.length > 0)
                match = testMatch;
        }
        tagObj =
            match.find(t => t.format === item.format) ?? match.find(t => !t.format);
    }
    else {
        obj = item;
        tagObj = tags.find(t => t.nodeClass && obj instanceof t.nodeClass);
    }
    if (!tagObj) {
        const name = obj?.constructor?.name ?? (obj === null ? 'null' : typeof obj);
        throw new Error(`Tag not resolved for ${name} value`);
    }
    return tagObj;
}
// needs to be called before value stringifier to allow for circular anchor refs
function stringifyProps(node, tagObj, { anchors: anchors$1, doc }) {
    if (!doc.directives)
        return '';
    const props = [];
    const anchor = (identity.isScalar(node) || identity.isCollection(node)) && node.anchor;
    if (anchor && anchors.anchorIsValid(anchor)) {
        anchors$1.add(anchor);
        props.push(`&${anchor}`);
    }
    const tag = node.tag ?? (tagObj.default ? null : tagObj.tag);
    if (tag)
        props.push(doc.directives.tagString(tag));
    return props.join(' ');
}
function stringify(item, ctx, onComment, onChompKeep) {
    if (identity.isPair(item))
        return item.toString(ctx, onComment, onChompKeep);
    if (identity.isAlias(item)) {
        if (ctx.doc.directives)
            return item.toString(ctx);
        if (ctx.resolvedAliases?.has(item)) {
            throw new TypeError(`Cannot stringify circular structure without alias nodes`);
        }
        else {
            if (ctx.resolvedAliases)
                ctx.resolvedAliases.add(item);
            else
                ctx.resolvedAliases = new Set([item]);
            item = item.resolve(ctx.doc);
        }
    }
    let tagObj = undefined;
    const node = identity.isNode(item)
        ? item
        : ctx.doc.createNode(item, { onTagObj: o => (tagObj = o) });
    tagObj ?? (tagObj = getTagObject(ctx.doc.schema.tags, node));
    const props = stringifyProps(node, tagObj, ctx);
    if (props.length > 0)
        ctx.indentAtStart = (ctx.indentAtStart ?? 0) + props.length + 1;
    const str = typeof tagObj.stringify === 'function'
        ? tagObj.stringify(node, ctx, onComment, onChompKeep)
        : identity.isScalar(node)
            ? stringifyString.stringifyString(node, ctx, onComment, onChompKeep)
            : node.toString(ctx, onComment, onChompKeep);
    if (!props)
        return str;
    return identity.isScalar(node) || str[0] === '{' || str[0] === '['
        ? `${props} ${str}`
        : `${props}\n${ctx.indent}${str}`;
}

exports.createStringifyContext = createStringifyContext;
exports.stringify = stringify;


/***/ }),

/***/ 1212:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var stringify = __nccwpck_require__(2148);
var stringifyComment = __nccwpck_require__(9799);

function stringifyCollection(collection, ctx, options) {
    const flow = ctx.inFlow ?? collection.flow;
    const stringify = flow ? stringifyFlowCollection : stringifyBlockCollection;
    return stringify(collection, ctx, options);
}
function stringifyBlockCollection({ comment, items }, ctx, { blockItemPrefix, flowChars, itemIndent, onChompKeep, onComment }) {
    const { indent, options: { commentString } } = ctx;
    const itemCtx = Object.assign({}, ctx, { indent: itemIndent, type: null });
    let chompKeep = false; // flag for the preceding node's status
    const lines = [];
    for (let i = 0; i < items.length; ++i) {
        const item = items[i];
        let comment = null;
        if (identity.isNode(item)) {
            if (!chompKeep && item.spaceBefore)
                lines.push('');
            addCommentBefore(ctx, lines, item.commentBefore, chompKeep);
            if (item.comment)
                comment = item.comment;
        }
        else if (identity.isPair(item)) {
            const ik = identity.isNode(item.key) ? item.key : null;
            if (ik) {
                if (!chompKeep && ik.spaceBefore)
                    lines.push('');
                addCommentBefore(ctx, lines, ik.commentBefore, chompKeep);
            }
        }
        chompKeep = false;
        let str = stringify.stringify(item, itemCtx, () => (comment = null), () => (chompKeep = true));
        if (comment)
            str += stringifyComment.lineComment(str, itemIndent, commentString(comment));
        if (chompKeep && comment)
            chompKeep = false;
        lines.push(blockItemPrefix + str);
    }
    let str;
    if (lines.length === 0) {
        str = flowChars.start + flowChars.end;
    }
    else {
        str = lines[0];
        for (let i = 1; i < lines.length; ++i) {
            const line = lines[i];
            str += line ? `\n${indent}${line}` : '\n';
        }
    }
    if (comment) {
        str += '\n' + stringifyComment.indentComment(commentString(comment), indent);
        if (onComment)
            onComment();
    }
    else if (chompKeep && onChompKeep)
        onChompKeep();
    return str;
}
function stringifyFlowCollection({ items }, ctx, { flowChars, itemIndent }) {
    const { indent, indentStep, flowCollectionPadding: fcPadding, options: { commentString } } = ctx;
    itemIndent += indentStep;
    const itemCtx = Object.assign({}, ctx, {
        indent: itemIndent,
        inFlow: true,
        type: null
    });
    let reqNewline = false;
    let linesAtValue = 0;
    const lines = [];
    for (let i = 0; i < items.length; ++i) {
        const item = items[i];
        let comment = null;
        if (identity.isNode(item)) {
            if (item.spaceBefore)
                lines.push('');
            addCommentBefore(ctx, lines, item.commentBefore, false);
            if (item.comment)
                comment = item.comment;
        }
        else if (identity.isPair(item)) {
            const ik = identity.isNode(item.key) ? item.key : null;
            if (ik) {
                if (ik.spaceBefore)
                    lines.push('');
                addCommentBefore(ctx, lines, ik.commentBefore, false);
                if (ik.comment)
                    reqNewline = true;
            }
            const iv = identity.isNode(item.value) ? item.value : null;
            if (iv) {
                if (iv.comment)
                    comment = iv.comment;
                if (iv.commentBefore)
                    reqNewline = true;
            }
            else if (item.value == null && ik?.comment) {
                comment = ik.comment;
            }
        }
        if (comment)
            reqNewline = true;
        let str = stringify.stringify(item, itemCtx, () => (comment = null));
        reqNewline || (reqNewline = lines.length > linesAtValue || str.includes('\n'));
        if (i < items.length - 1) {
            str += ',';
        }
        else if (ctx.options.trailingComma) {
            if (ctx.options.lineWidth > 0) {
                reqNewline || (reqNewline = lines.reduce((sum, line) => sum + line.length + 2, 2) +
                    (str.length + 2) >
                    ctx.options.lineWidth);
            }
            if (reqNewline) {
                str += ',';
            }
        }
        if (comment)
            str += stringifyComment.lineComment(str, itemIndent, commentString(comment));
        lines.push(str);
        linesAtValue = lines.length;
    }
    const { start, end } = flowChars;
    if (lines.length === 0) {
        return start + end;
    }
    else {
        if (!reqNewline) {
            const len = lines.reduce((sum, line) => sum + line.length + 2, 2);
            reqNewline = ctx.options.lineWidth > 0 && len > ctx.options.lineWidth;
        }
        if (reqNewline) {
            let str = start;
            for (const line of lines)
                str += line ? `\n${indentStep}${indent}${line}` : '\n';
            return `${str}\n${indent}${end}`;
        }
        else {
            return `${start}${fcPadding}${lines.join(' ')}${fcPadding}${end}`;
        }
    }
}
function addCommentBefore({ indent, options: { commentString } }, lines, comment, chompKeep) {
    if (comment && chompKeep)
        comment = comment.replace(/^\n+/, '');
    if (comment) {
        const ic = stringifyComment.indentComment(commentString(comment), indent);
        lines.push(ic.trimStart()); // Avoid double indent on first line
    }
}

exports.stringifyCollection = stringifyCollection;


/***/ }),

/***/ 9799:
/***/ ((__unused_webpack_module, exports) => {



/**
 * Stringifies a comment.
 *
 * Empty comment lines are left empty,
 * lines consisting of a single space are replaced by `#`,
 * and all other lines are prefixed with a `#`.
 */
const stringifyComment = (str) => str.replace(/^(?!$)(?: $)?/gm, '#');
function indentComment(comment, indent) {
    if (/^\n+$/.test(comment))
        return comment.substring(1);
    return indent ? comment.replace(/^(?! *$)/gm, indent) : comment;
}
const lineComment = (str, indent, comment) => str.endsWith('\n')
    ? indentComment(comment, indent)
    : comment.includes('\n')
        ? '\n' + indentComment(comment, indent)
        : (str.endsWith(' ') ? '' : ' ') + comment;

exports.indentComment = indentComment;
exports.lineComment = lineComment;
exports.stringifyComment = stringifyComment;


/***/ }),

/***/ 6829:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var stringify = __nccwpck_require__(2148);
var stringifyComment = __nccwpck_require__(9799);

function stringifyDocument(doc, options) {
    const lines = [];
    let hasDirectives = options.directives === true;
    if (options.directives !== false && doc.directives) {
        const dir = doc.directives.toString(doc);
        if (dir) {
            lines.push(dir);
            hasDirectives = true;
        }
        else if (doc.directives.docStart)
            hasDirectives = true;
    }
    if (hasDirectives)
        lines.push('---');
    const ctx = stringify.createStringifyContext(doc, options);
    const { commentString } = ctx.options;
    if (doc.commentBefore) {
        if (lines.length !== 1)
            lines.unshift('');
        const cs = commentString(doc.commentBefore);
        lines.unshift(stringifyComment.indentComment(cs, ''));
    }
    let chompKeep = false;
    let contentComment = null;
    if (doc.contents) {
        if (identity.isNode(doc.contents)) {
            if (doc.contents.spaceBefore && hasDirectives)
                lines.push('');
            if (doc.contents.commentBefore) {
                const cs = commentString(doc.contents.commentBefore);
                lines.push(stringifyComment.indentComment(cs, ''));
            }
            // top-level block scalars need to be indented if followed by a comment
            ctx.forceBlockIndent = !!doc.comment;
            contentComment = doc.contents.comment;
        }
        const onChompKeep = contentComment ? undefined : () => (chompKeep = true);
        let body = stringify.stringify(doc.contents, ctx, () => (contentComment = null), onChompKeep);
        if (contentComment)
            body += stringifyComment.lineComment(body, '', commentString(contentComment));
        if ((body[0] === '|' || body[0] === '>') &&
            lines[lines.length - 1] === '---') {
            // Top-level block scalars with a preceding doc marker ought to use the
            // same line for their header.
            lines[lines.length - 1] = `--- ${body}`;
        }
        else
            lines.push(body);
    }
    else {
        lines.push(stringify.stringify(doc.contents, ctx));
    }
    if (doc.directives?.docEnd) {
        if (doc.comment) {
            const cs = commentString(doc.comment);
            if (cs.includes('\n')) {
                lines.push('...');
                lines.push(stringifyComment.indentComment(cs, ''));
            }
            else {
                lines.push(`... ${cs}`);
            }
        }
        else {
            lines.push('...');
        }
    }
    else {
        let dc = doc.comment;
        if (dc && chompKeep)
            dc = dc.replace(/^\n+/, '');
        if (dc) {
            if ((!chompKeep || contentComment) && lines[lines.length - 1] !== '')
                lines.push('');
            lines.push(stringifyComment.indentComment(commentString(dc), ''));
        }
    }
    return lines.join('\n') + '\n';
}

exports.stringifyDocument = stringifyDocument;


/***/ }),

/***/ 8689:
/***/ ((__unused_webpack_module, exports) => {



function stringifyNumber({ format, minFractionDigits, tag, value }) {
    if (typeof value === 'bigint')
        return String(value);
    const num = typeof value === 'number' ? value : Number(value);
    if (!isFinite(num))
        return isNaN(num) ? '.nan' : num < 0 ? '-.inf' : '.inf';
    let n = Object.is(value, -0) ? '-0' : JSON.stringify(value);
    if (!format &&
        minFractionDigits &&
        (!tag || tag === 'tag:yaml.org,2002:float') &&
        /^-?\d/.test(n) &&
        !n.includes('e')) {
        let i = n.indexOf('.');
        if (i < 0) {
            i = n.length;
            n += '.';
        }
        let d = minFractionDigits - (n.length - i - 1);
        while (d-- > 0)
            n += '0';
    }
    return n;
}

exports.stringifyNumber = stringifyNumber;


/***/ }),

/***/ 9748:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(3301);
var stringify = __nccwpck_require__(2148);
var stringifyComment = __nccwpck_require__(9799);

function stringifyPair({ key, value }, ctx, onComment, onChompKeep) {
    const { allNullValues, doc, indent, indentStep, options: { commentString, indentSeq, simpleKeys } } = ctx;
    let keyComment = (identity.isNode(key) && key.comment) || null;
    if (simpleKeys) {
        if (keyComment) {
            throw new Error('With simple keys, key nodes cannot have comments');
        }
        if (identity.isCollection(key) || (!identity.isNode(key) && typeof key === 'object')) {
            const msg = 'With simple keys, collection cannot be used as a key value';
            throw new Error(msg);
        }
    }
    let explicitKey = !simpleKeys &&
        (!key ||
            (keyComment && value == null && !ctx.inFlow) ||
            identity.isCollection(key) ||
            (identity.isScalar(key)
                ? key.type === Scalar.Scalar.BLOCK_FOLDED || key.type === Scalar.Scalar.BLOCK_LITERAL
                : typeof key === 'object'));
    ctx = Object.assign({}, ctx, {
        allNullValues: false,
        implicitKey: !explicitKey && (simpleKeys || !allNullValues),
        indent: indent + indentStep
    });
    let keyCommentDone = false;
    let chompKeep = false;
    let str = stringify.stringify(key, ctx, () => (keyCommentDone = true), () => (chompKeep = true));
    if (!explicitKey && !ctx.inFlow && str.length > 1024) {
        if (simpleKeys)
            throw new Error('With simple keys, single line scalar must not span more than 1024 characters');
        explicitKey = true;
    }
    if (ctx.inFlow) {
        if (allNullValues || value == null) {
            if (keyCommentDone && onComment)
                onComment();
            return str === '' ? '?' : explicitKey ? `? ${str}` : str;
        }
    }
    else if ((allNullValues && !simpleKeys) || (value == null && explicitKey)) {
        str = `? ${str}`;
        if (keyComment && !keyCommentDone) {
            str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
        }
        else if (chompKeep && onChompKeep)
            onChompKeep();
        return str;
    }
    if (keyCommentDone)
        keyComment = null;
    if (explicitKey) {
        if (keyComment)
            str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
        str = `? ${str}\n${indent}:`;
    }
    else {
        str = `${str}:`;
        if (keyComment)
            str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
    }
    let vsb, vcb, valueComment;
    if (identity.isNode(value)) {
        vsb = !!value.spaceBefore;
        vcb = value.commentBefore;
        valueComment = value.comment;
    }
    else {
        vsb = false;
        vcb = null;
        valueComment = null;
        if (value && typeof value === 'object')
            value = doc.createNode(value);
    }
    ctx.implicitKey = false;
    if (!explicitKey && !keyComment && identity.isScalar(value))
        ctx.indentAtStart = str.length + 1;
    chompKeep = false;
    if (!indentSeq &&
        indentStep.length >= 2 &&
        !ctx.inFlow &&
        !explicitKey &&
        identity.isSeq(value) &&
        !value.flow &&
        !value.tag &&
        !value.anchor) {
        // If indentSeq === false, consider '- ' as part of indentation where possible
        ctx.indent = ctx.indent.substring(2);
    }
    let valueCommentDone = false;
    const valueStr = stringify.stringify(value, ctx, () => (valueCommentDone = true), () => (chompKeep = true));
    let ws = ' ';
    if (keyComment || vsb || vcb) {
        ws = vsb ? '\n' : '';
        if (vcb) {
            const cs = commentString(vcb);
            ws += `\n${stringifyComment.indentComment(cs, ctx.indent)}`;
        }
        if (valueStr === '' && !ctx.inFlow) {
            if (ws === '\n' && valueComment)
                ws = '\n\n';
        }
        else {
            ws += `\n${ctx.indent}`;
        }
    }
    else if (!explicitKey && identity.isCollection(value)) {
        const vs0 = valueStr[0];
        const nl0 = valueStr.indexOf('\n');
        const hasNewline = nl0 !== -1;
        const flow = ctx.inFlow ?? value.flow ?? value.items.length === 0;
        if (hasNewline || !flow) {
            let hasPropsLine = false;
            if (hasNewline && (vs0 === '&' || vs0 === '!')) {
                let sp0 = valueStr.indexOf(' ');
                if (vs0 === '&' &&
                    sp0 !== -1 &&
                    sp0 < nl0 &&
                    valueStr[sp0 + 1] === '!') {
                    sp0 = valueStr.indexOf(' ', sp0 + 1);
                }
                if (sp0 === -1 || nl0 < sp0)
                    hasPropsLine = true;
            }
            if (!hasPropsLine)
                ws = `\n${ctx.indent}`;
        }
    }
    else if (valueStr === '' || valueStr[0] === '\n') {
        ws = '';
    }
    str += ws + valueStr;
    if (ctx.inFlow) {
        if (valueCommentDone && onComment)
            onComment();
    }
    else if (valueComment && !valueCommentDone) {
        str += stringifyComment.lineComment(str, ctx.indent, commentString(valueComment));
    }
    else if (chompKeep && onChompKeep) {
        onChompKeep();
    }
    return str;
}

exports.stringifyPair = stringifyPair;


/***/ }),

/***/ 3069:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);
var foldFlowLines = __nccwpck_require__(4475);

const getFoldOptions = (ctx, isBlock) => ({
    indentAtStart: isBlock ? ctx.indent.length : ctx.indentAtStart,
    lineWidth: ctx.options.lineWidth,
    minContentWidth: ctx.options.minContentWidth
});
// Also checks for lines starting with %, as parsing the output as YAML 1.1 will
// presume that's starting a new document.
const containsDocumentMarker = (str) => /^(%|---|\.\.\.)/m.test(str);
function lineLengthOverLimit(str, lineWidth, indentLength) {
    if (!lineWidth || lineWidth < 0)
        return false;
    const limit = lineWidth - indentLength;
    const strLen = str.length;
    if (strLen <= limit)
        return false;
    for (let i = 0, start = 0; i < strLen; ++i) {
        if (str[i] === '\n') {
            if (i - start > limit)
                return true;
            start = i + 1;
            if (strLen - start <= limit)
                return false;
        }
    }
    return true;
}
function doubleQuotedString(value, ctx) {
    const json = JSON.stringify(value);
    if (ctx.options.doubleQuotedAsJSON)
        return json;
    const { implicitKey } = ctx;
    const minMultiLineLength = ctx.options.doubleQuotedMinMultiLineLength;
    const indent = ctx.indent || (containsDocumentMarker(value) ? '  ' : '');
    let str = '';
    let start = 0;
    for (let i = 0, ch = json[i]; ch; ch = json[++i]) {
        if (ch === ' ' && json[i + 1] === '\\' && json[i + 2] === 'n') {
            // space before newline needs to be escaped to not be folded
            str += json.slice(start, i) + '\\ ';
            i += 1;
            start = i;
            ch = '\\';
        }
        if (ch === '\\')
            switch (json[i + 1]) {
                case 'u':
                    {
                        str += json.slice(start, i);
                        const code = json.substr(i + 2, 4);
                        switch (code) {
                            case '0000':
                                str += '\\0';
                                break;
                            case '0007':
                                str += '\\a';
                                break;
                            case '000b':
                                str += '\\v';
                                break;
                            case '001b':
                                str += '\\e';
                                break;
                            case '0085':
                                str += '\\N';
                                break;
                            case '00a0':
                                str += '\\_';
                                break;
                            case '2028':
                                str += '\\L';
                                break;
                            case '2029':
                                str += '\\P';
                                break;
                            default:
                                if (code.substr(0, 2) === '00')
                                    str += '\\x' + code.substr(2);
                                else
                                    str += json.substr(i, 6);
                        }
                        i += 5;
                        start = i + 1;
                    }
                    break;
                case 'n':
                    if (implicitKey ||
                        json[i + 2] === '"' ||
                        json.length < minMultiLineLength) {
                        i += 1;
                    }
                    else {
                        // folding will eat first newline
                        str += json.slice(start, i) + '\n\n';
                        while (json[i + 2] === '\\' &&
                            json[i + 3] === 'n' &&
                            json[i + 4] !== '"') {
                            str += '\n';
                            i += 2;
                        }
                        str += indent;
                        // space after newline needs to be escaped to not be folded
                        if (json[i + 2] === ' ')
                            str += '\\';
                        i += 1;
                        start = i + 1;
                    }
                    break;
                default:
                    i += 1;
            }
    }
    str = start ? str + json.slice(start) : json;
    return implicitKey
        ? str
        : foldFlowLines.foldFlowLines(str, indent, foldFlowLines.FOLD_QUOTED, getFoldOptions(ctx, false));
}
function singleQuotedString(value, ctx) {
    if (ctx.options.singleQuote === false ||
        (ctx.implicitKey && value.includes('\n')) ||
        /[ \t]\n|\n[ \t]/.test(value) // single quoted string can't have leading or trailing whitespace around newline
    )
        return doubleQuotedString(value, ctx);
    const indent = ctx.indent || (containsDocumentMarker(value) ? '  ' : '');
    const res = "'" + value.replace(/'/g, "''").replace(/\n+/g, `$&\n${indent}`) + "'";
    return ctx.implicitKey
        ? res
        : foldFlowLines.foldFlowLines(res, indent, foldFlowLines.FOLD_FLOW, getFoldOptions(ctx, false));
}
function quotedString(value, ctx) {
    const { singleQuote } = ctx.options;
    let qs;
    if (singleQuote === false)
        qs = doubleQuotedString;
    else {
        const hasDouble = value.includes('"');
        const hasSingle = value.includes("'");
        if (hasDouble && !hasSingle)
            qs = singleQuotedString;
        else if (hasSingle && !hasDouble)
            qs = doubleQuotedString;
        else
            qs = singleQuote ? singleQuotedString : doubleQuotedString;
    }
    return qs(value, ctx);
}
// The negative lookbehind avoids a polynomial search,
// but isn't supported yet on Safari: https://caniuse.com/js-regexp-lookbehind
let blockEndNewlines;
try {
    blockEndNewlines = new RegExp('(^|(?<!\n))\n+(?!\n|$)', 'g');
}
catch {
    blockEndNewlines = /\n+(?!\n|$)/g;
}
function blockString({ comment, type, value }, ctx, onComment, onChompKeep) {
    const { blockQuote, commentString, lineWidth } = ctx.options;
    // 1. Block can't end in whitespace unless the last line is non-empty.
    // 2. Strings consisting of only whitespace are best rendered explicitly.
    if (!blockQuote || /\n[\t ]+$/.test(value)) {
        return quotedString(value, ctx);
    }
    const indent = ctx.indent ||
        (ctx.forceBlockIndent || containsDocumentMarker(value) ? '  ' : '');
    const literal = blockQuote === 'literal'
        ? true
        : blockQuote === 'folded' || type === Scalar.Scalar.BLOCK_FOLDED
            ? false
            : type === Scalar.Scalar.BLOCK_LITERAL
                ? true
                : !lineLengthOverLimit(value, lineWidth, indent.length);
    if (!value)
        return literal ? '|\n' : '>\n';
    // determine chomping from whitespace at value end
    let chomp;
    let endStart;
    for (endStart = value.length; endStart > 0; --endStart) {
        const ch = value[endStart - 1];
        if (ch !== '\n' && ch !== '\t' && ch !== ' ')
            break;
    }
    let end = value.substring(endStart);
    const endNlPos = end.indexOf('\n');
    if (endNlPos === -1) {
        chomp = '-'; // strip
    }
    else if (value === end || endNlPos !== end.length - 1) {
        chomp = '+'; // keep
        if (onChompKeep)
            onChompKeep();
    }
    else {
        chomp = ''; // clip
    }
    if (end) {
        value = value.slice(0, -end.length);
        if (end[end.length - 1] === '\n')
            end = end.slice(0, -1);
        end = end.replace(blockEndNewlines, `$&${indent}`);
    }
    // determine indent indicator from whitespace at value start
    let startWithSpace = false;
    let startEnd;
    let startNlPos = -1;
    for (startEnd = 0; startEnd < value.length; ++startEnd) {
        const ch = value[startEnd];
        if (ch === ' ')
            startWithSpace = true;
        else if (ch === '\n')
            startNlPos = startEnd;
        else
            break;
    }
    let start = value.substring(0, startNlPos < startEnd ? startNlPos + 1 : startEnd);
    if (start) {
        value = value.substring(start.length);
        start = start.replace(/\n+/g, `$&${indent}`);
    }
    const indentSize = indent ? '2' : '1'; // root is at -1
    // Leading | or > is added later
    let header = (startWithSpace ? indentSize : '') + chomp;
    if (comment) {
        header += ' ' + commentString(comment.replace(/ ?[\r\n]+/g, ' '));
        if (onComment)
            onComment();
    }
    if (!literal) {
        const foldedValue = value
            .replace(/\n+/g, '\n$&')
            .replace(/(?:^|\n)([\t ].*)(?:([\n\t ]*)\n(?![\n\t ]))?/g, '$1$2') // more-indented lines aren't folded
            //                ^ more-ind. ^ empty     ^ capture next empty lines only at end of indent
            .replace(/\n+/g, `$&${indent}`);
        let literalFallback = false;
        const foldOptions = getFoldOptions(ctx, true);
        if (blockQuote !== 'folded' && type !== Scalar.Scalar.BLOCK_FOLDED) {
            foldOptions.onOverflow = () => {
                literalFallback = true;
            };
        }
        const body = foldFlowLines.foldFlowLines(`${start}${foldedValue}${end}`, indent, foldFlowLines.FOLD_BLOCK, foldOptions);
        if (!literalFallback)
            return `>${header}\n${indent}${body}`;
    }
    value = value.replace(/\n+/g, `$&${indent}`);
    return `|${header}\n${indent}${start}${value}${end}`;
}
function plainString(item, ctx, onComment, onChompKeep) {
    const { type, value } = item;
    const { actualString, implicitKey, indent, indentStep, inFlow } = ctx;
    if ((implicitKey && value.includes('\n')) ||
        (inFlow && /[[\]{},]/.test(value))) {
        return quotedString(value, ctx);
    }
    if (/^[\n\t ,[\]{}#&*!|>'"%@`]|^[?-]$|^[?-][ \t]|[\n:][ \t]|[ \t]\n|[\n\t ]#|[\n\t :]$/.test(value)) {
        // not allowed:
        // - '-' or '?'
        // - start with an indicator character (except [?:-]) or /[?-] /
        // - '\n ', ': ' or ' \n' anywhere
        // - '#' not preceded by a non-space char
        // - end with ' ' or ':'
        return implicitKey || inFlow || !value.includes('\n')
            ? quotedString(value, ctx)
            : blockString(item, ctx, onComment, onChompKeep);
    }
    if (!implicitKey &&
        !inFlow &&
        type !== Scalar.Scalar.PLAIN &&
        value.includes('\n')) {
        // Where allowed & type not set explicitly, prefer block style for multiline strings
        return blockString(item, ctx, onComment, onChompKeep);
    }
    if (containsDocumentMarker(value)) {
        if (indent === '') {
            ctx.forceBlockIndent = true;
            return blockString(item, ctx, onComment, onChompKeep);
        }
        else if (implicitKey && indent === indentStep) {
            return quotedString(value, ctx);
        }
    }
    const str = value.replace(/\n+/g, `$&\n${indent}`);
    // Verify that output will be parsed as a string, as e.g. plain numbers and
    // booleans get parsed with those types in v1.2 (e.g. '42', 'true' & '0.9e-3'),
    // and others in v1.1.
    if (actualString) {
        const test = (tag) => tag.default && tag.tag !== 'tag:yaml.org,2002:str' && tag.test?.test(str);
        const { compat, tags } = ctx.doc.schema;
        if (tags.some(test) || compat?.some(test))
            return quotedString(value, ctx);
    }
    return implicitKey
        ? str
        : foldFlowLines.foldFlowLines(str, indent, foldFlowLines.FOLD_FLOW, getFoldOptions(ctx, false));
}
function stringifyString(item, ctx, onComment, onChompKeep) {
    const { implicitKey, inFlow } = ctx;
    const ss = typeof item.value === 'string'
        ? item
        : Object.assign({}, item, { value: String(item.value) });
    let { type } = item;
    if (type !== Scalar.Scalar.QUOTE_DOUBLE) {
        // force double quotes on control characters & unpaired surrogates
        if (/[\x00-\x08\x0b-\x1f\x7f-\x9f\u{D800}-\u{DFFF}]/u.test(ss.value))
            type = Scalar.Scalar.QUOTE_DOUBLE;
    }
    const _stringify = (_type) => {
        switch (_type) {
            case Scalar.Scalar.BLOCK_FOLDED:
            case Scalar.Scalar.BLOCK_LITERAL:
                return implicitKey || inFlow
                    ? quotedString(ss.value, ctx) // blocks are not valid inside flow containers
                    : blockString(ss, ctx, onComment, onChompKeep);
            case Scalar.Scalar.QUOTE_DOUBLE:
                return doubleQuotedString(ss.value, ctx);
            case Scalar.Scalar.QUOTE_SINGLE:
                return singleQuotedString(ss.value, ctx);
            case Scalar.Scalar.PLAIN:
                return plainString(ss, ctx, onComment, onChompKeep);
            default:
                return null;
        }
    };
    let res = _stringify(type);
    if (res === null) {
        const { defaultKeyType, defaultStringType } = ctx.options;
        const t = (implicitKey && defaultKeyType) || defaultStringType;
        res = _stringify(t);
        if (res === null)
            throw new Error(`Unsupported default string type ${t}`);
    }
    return res;
}

exports.stringifyString = stringifyString;


/***/ }),

/***/ 204:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);

const BREAK = Symbol('break visit');
const SKIP = Symbol('skip children');
const REMOVE = Symbol('remove node');
/**
 * Apply a visitor to an AST node or document.
 *
 * Walks through the tree (depth-first) starting from `node`, calling a
 * `visitor` function with three arguments:
 *   - `key`: For sequence values and map `Pair`, the node's index in the
 *     collection. Within a `Pair`, `'key'` or `'value'`, correspondingly.
 *     `null` for the root node.
 *   - `node`: The current node.
 *   - `path`: The ancestry of the current node.
 *
 * The return value of the visitor may be used to control the traversal:
 *   - `undefined` (default): Do nothing and continue
 *   - `visit.SKIP`: Do not visit the children of this node, continue with next
 *     sibling
 *   - `visit.BREAK`: Terminate traversal completely
 *   - `visit.REMOVE`: Remove the current node, then continue with the next one
 *   - `Node`: Replace the current node, then continue by visiting it
 *   - `number`: While iterating the items of a sequence or map, set the index
 *     of the next step. This is useful especially if the index of the current
 *     node has changed.
 *
 * If `visitor` is a single function, it will be called with all values
 * encountered in the tree, including e.g. `null` values. Alternatively,
 * separate visitor functions may be defined for each `Map`, `Pair`, `Seq`,
 * `Alias` and `Scalar` node. To define the same visitor function for more than
 * one node type, use the `Collection` (map and seq), `Value` (map, seq & scalar)
 * and `Node` (alias, map, seq & scalar) targets. Of all these, only the most
 * specific defined one will be used for each node.
 */
function visit(node, visitor) {
    const visitor_ = initVisitor(visitor);
    if (identity.isDocument(node)) {
        const cd = visit_(null, node.contents, visitor_, Object.freeze([node]));
        if (cd === REMOVE)
            node.contents = null;
    }
    else
        visit_(null, node, visitor_, Object.freeze([]));
}
// Without the `as symbol` casts, TS declares these in the `visit`
// namespace using `var`, but then complains about that because
// `unique symbol` must be `const`.
/** Terminate visit traversal completely */
visit.BREAK = BREAK;
/** Do not visit the children of the current node */
visit.SKIP = SKIP;
/** Remove the current node */
visit.REMOVE = REMOVE;
function visit_(key, node, visitor, path) {
    const ctrl = callVisitor(key, node, visitor, path);
    if (identity.isNode(ctrl) || identity.isPair(ctrl)) {
        replaceNode(key, path, ctrl);
        return visit_(key, ctrl, visitor, path);
    }
    if (typeof ctrl !== 'symbol') {
        if (identity.isCollection(node)) {
            path = Object.freeze(path.concat(node));
            for (let i = 0; i < node.items.length; ++i) {
                const ci = visit_(i, node.items[i], visitor, path);
                if (typeof ci === 'number')
                    i = ci - 1;
                else if (ci === BREAK)
                    return BREAK;
                else if (ci === REMOVE) {
                    node.items.splice(i, 1);
                    i -= 1;
                }
            }
        }
        else if (identity.isPair(node)) {
            path = Object.freeze(path.concat(node));
            const ck = visit_('key', node.key, visitor, path);
            if (ck === BREAK)
                return BREAK;
            else if (ck === REMOVE)
                node.key = null;
            const cv = visit_('value', node.value, visitor, path);
            if (cv === BREAK)
                return BREAK;
            else if (cv === REMOVE)
                node.value = null;
        }
    }
    return ctrl;
}
/**
 * Apply an async visitor to an AST node or document.
 *
 * Walks through the tree (depth-first) starting from `node`, calling a
 * `visitor` function with three arguments:
 *   - `key`: For sequence values and map `Pair`, the node's index in the
 *     collection. Within a `Pair`, `'key'` or `'value'`, correspondingly.
 *     `null` for the root node.
 *   - `node`: The current node.
 *   - `path`: The ancestry of the current node.
 *
 * The return value of the visitor may be used to control the traversal:
 *   - `Promise`: Must resolve to one of the following values
 *   - `undefined` (default): Do nothing and continue
 *   - `visit.SKIP`: Do not visit the children of this node, continue with next
 *     sibling
 *   - `visit.BREAK`: Terminate traversal completely
 *   - `visit.REMOVE`: Remove the current node, then continue with the next one
 *   - `Node`: Replace the current node, then continue by visiting it
 *   - `number`: While iterating the items of a sequence or map, set the index
 *     of the next step. This is useful especially if the index of the current
 *     node has changed.
 *
 * If `visitor` is a single function, it will be called with all values
 * encountered in the tree, including e.g. `null` values. Alternatively,
 * separate visitor functions may be defined for each `Map`, `Pair`, `Seq`,
 * `Alias` and `Scalar` node. To define the same visitor function for more than
 * one node type, use the `Collection` (map and seq), `Value` (map, seq & scalar)
 * and `Node` (alias, map, seq & scalar) targets. Of all these, only the most
 * specific defined one will be used for each node.
 */
async function visitAsync(node, visitor) {
    const visitor_ = initVisitor(visitor);
    if (identity.isDocument(node)) {
        const cd = await visitAsync_(null, node.contents, visitor_, Object.freeze([node]));
        if (cd === REMOVE)
            node.contents = null;
    }
    else
        await visitAsync_(null, node, visitor_, Object.freeze([]));
}
// Without the `as symbol` casts, TS declares these in the `visit`
// namespace using `var`, but then complains about that because
// `unique symbol` must be `const`.
/** Terminate visit traversal completely */
visitAsync.BREAK = BREAK;
/** Do not visit the children of the current node */
visitAsync.SKIP = SKIP;
/** Remove the current node */
visitAsync.REMOVE = REMOVE;
async function visitAsync_(key, node, visitor, path) {
    const ctrl = await callVisitor(key, node, visitor, path);
    if (identity.isNode(ctrl) || identity.isPair(ctrl)) {
        replaceNode(key, path, ctrl);
        return visitAsync_(key, ctrl, visitor, path);
    }
    if (typeof ctrl !== 'symbol') {
        if (identity.isCollection(node)) {
            path = Object.freeze(path.concat(node));
            for (let i = 0; i < node.items.length; ++i) {
                const ci = await visitAsync_(i, node.items[i], visitor, path);
                if (typeof ci === 'number')
                    i = ci - 1;
                else if (ci === BREAK)
                    return BREAK;
                else if (ci === REMOVE) {
                    node.items.splice(i, 1);
                    i -= 1;
                }
            }
        }
        else if (identity.isPair(node)) {
            path = Object.freeze(path.concat(node));
            const ck = await visitAsync_('key', node.key, visitor, path);
            if (ck === BREAK)
                return BREAK;
            else if (ck === REMOVE)
                node.key = null;
            const cv = await visitAsync_('value', node.value, visitor, path);
            if (cv === BREAK)
                return BREAK;
            else if (cv === REMOVE)
                node.value = null;
        }
    }
    return ctrl;
}
function initVisitor(visitor) {
    if (typeof visitor === 'object' &&
        (visitor.Collection || visitor.Node || visitor.Value)) {
        return Object.assign({
            Alias: visitor.Node,
            Map: visitor.Node,
            Scalar: visitor.Node,
            Seq: visitor.Node
        }, visitor.Value && {
            Map: visitor.Value,
            Scalar: visitor.Value,
            Seq: visitor.Value
        }, visitor.Collection && {
            Map: visitor.Collection,
            Seq: visitor.Collection
        }, visitor);
    }
    return visitor;
}
function callVisitor(key, node, visitor, path) {
    if (typeof visitor === 'function')
        return visitor(key, node, path);
    if (identity.isMap(node))
        return visitor.Map?.(key, node, path);
    if (identity.isSeq(node))
        return visitor.Seq?.(key, node, path);
    if (identity.isPair(node))
        return visitor.Pair?.(key, node, path);
    if (identity.isScalar(node))
        return visitor.Scalar?.(key, node, path);
    if (identity.isAlias(node))
        return visitor.Alias?.(key, node, path);
    return undefined;
}
function replaceNode(key, path, node) {
    const parent = path[path.length - 1];
    if (identity.isCollection(parent)) {
        parent.items[key] = node;
    }
    else if (identity.isPair(parent)) {
        if (key === 'key')
            parent.key = node;
        else
            parent.value = node;
    }
    else if (identity.isDocument(parent)) {
        parent.contents = node;
    }
    else {
        const pt = identity.isAlias(parent) ? 'alias' : 'scalar';
        throw new Error(`Cannot replace node with ${pt} parent`);
    }
}

exports.visit = visit;
exports.visitAsync = visitAsync;


/***/ })

/******/ });
/************************************************************************/
/******/ // The module cache
/******/ var __webpack_module_cache__ = {};
/******/ 
/******/ // The require function
/******/ function __nccwpck_require__(moduleId) {
/******/ 	// Check if module is in cache
/******/ 	var cachedModule = __webpack_module_cache__[moduleId];
/******/ 	if (cachedModule !== undefined) {
/******/ 		return cachedModule.exports;
/******/ 	}
/******/ 	// Create a new module (and put it into the cache)
/******/ 	var module = __webpack_module_cache__[moduleId] = {
/******/ 		// no module.id needed
/******/ 		// no module.loaded needed
/******/ 		exports: {}
/******/ 	};
/******/ 
/******/ 	// Execute the module function
/******/ 	var threw = true;
/******/ 	try {
/******/ 		__webpack_modules__[moduleId](module, module.exports, __nccwpck_require__);
/******/ 		threw = false;
/******/ 	} finally {
/******/ 		if(threw) delete __webpack_module_cache__[moduleId];
/******/ 	}
/******/ 
/******/ 	// Return the exports of the module
/******/ 	return module.exports;
/******/ }
/******/ 
/******/ // expose the modules object (__webpack_modules__)
/******/ __nccwpck_require__.m = __webpack_modules__;
/******/ 
/************************************************************************/
/******/ /* webpack/runtime/asset-relocator-loader */
/******/ if (typeof __nccwpck_require__ !== 'undefined') __nccwpck_require__.ab = decodeURIComponent(new URL('.', import.meta.url).pathname).slice(import.meta.url.match(/^file:\/\/\/\w:/) ? 1 : 0, -1) + "/";
/******/ 
/******/ /* webpack/runtime/async module */
/******/ (() => {
/******/ 	var webpackQueues = typeof Symbol === "function" ? Symbol("webpack queues") : "__webpack_queues__";
/******/ 	var webpackExports = typeof Symbol === "function" ? Symbol("webpack exports") : "__webpack_exports__";
/******/ 	var webpackError = typeof Symbol === "function" ? Symbol("webpack error") : "__webpack_error__";
/******/ 	var resolveQueue = (queue) => {
/******/ 		if(queue && queue.d < 1) {
/******/ 			queue.d = 1;
/******/ 			queue.forEach((fn) => (fn.r--));
/******/ 			queue.forEach((fn) => (fn.r-- ? fn.r++ : fn()));
/******/ 		}
/******/ 	}
/******/ 	var wrapDeps = (deps) => (deps.map((dep) => {
/******/ 		if(dep !== null && typeof dep === "object") {
/******/ 			if(dep[webpackQueues]) return dep;
/******/ 			if(dep.then) {
/******/ 				var queue = [];
/******/ 				queue.d = 0;
/******/ 				dep.then((r) => {
/******/ 					obj[webpackExports] = r;
/******/ 					resolveQueue(queue);
/******/ 				}, (e) => {
/******/ 					obj[webpackError] = e;
/******/ 					resolveQueue(queue);
/******/ 				});
/******/ 				var obj = {};
/******/ 				obj[webpackQueues] = (fn) => (fn(queue));
/******/ 				return obj;
/******/ 			}
/******/ 		}
/******/ 		var ret = {};
/******/ 		ret[webpackQueues] = x => {};
/******/ 		ret[webpackExports] = dep;
/******/ 		return ret;
/******/ 	}));
/******/ 	__nccwpck_require__.a = (module, body, hasAwait) => {
/******/ 		var queue;
/******/ 		hasAwait && ((queue = []).d = -1);
/******/ 		var depQueues = new Set();
/******/ 		var exports = module.exports;
/******/ 		var currentDeps;
/******/ 		var outerResolve;
/******/ 		var reject;
/******/ 		var promise = new Promise((resolve, rej) => {
/******/ 			reject = rej;
/******/ 			outerResolve = resolve;
/******/ 		});
/******/ 		promise[webpackExports] = exports;
/******/ 		promise[webpackQueues] = (fn) => (queue && fn(queue), depQueues.forEach(fn), promise["catch"](x => {}));
/******/ 		module.exports = promise;
/******/ 		body((deps) => {
/******/ 			currentDeps = wrapDeps(deps);
/******/ 			var fn;
/******/ 			var getResult = () => (currentDeps.map((d) => {
/******/ 				if(d[webpackError]) throw d[webpackError];
/******/ 				return d[webpackExports];
/******/ 			}))
/******/ 			var promise = new Promise((resolve) => {
/******/ 				fn = () => (resolve(getResult));
/******/ 				fn.r = 0;
/******/ 				var fnQueue = (q) => (q !== queue && !depQueues.has(q) && (depQueues.add(q), q && !q.d && (fn.r++, q.push(fn))));
/******/ 				currentDeps.map((dep) => (dep[webpackQueues](fnQueue)));
/******/ 			});
/******/ 			return fn.r ? promise : getResult();
/******/ 		}, (err) => ((err ? reject(promise[webpackError] = err) : outerResolve(exports)), resolveQueue(queue)));
/******/ 		queue && queue.d < 0 && (queue.d = 0);
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/create fake namespace object */
/******/ (() => {
/******/ 	var getProto = Object.getPrototypeOf ? (obj) => (Object.getPrototypeOf(obj)) : (obj) => (obj.__proto__);
/******/ 	var leafPrototypes;
/******/ 	// create a fake namespace object
/******/ 	// mode & 1: value is a module id, require it
/******/ 	// mode & 2: merge all properties of value into the ns
/******/ 	// mode & 4: return value when already ns object
/******/ 	// mode & 16: return value when it's Promise-like
/******/ 	// mode & 8|1: behave like require
/******/ 	__nccwpck_require__.t = function(value, mode) {
/******/ 		if(mode & 1) value = this(value);
/******/ 		if(mode & 8) return value;
/******/ 		if(typeof value === 'object' && value) {
/******/ 			if((mode & 4) && value.__esModule) return value;
/******/ 			if((mode & 16) && typeof value.then === 'function') return value;
/******/ 		}
/******/ 		var ns = Object.create(null);
/******/ 		__nccwpck_require__.r(ns);
/******/ 		var def = {};
/******/ 		leafPrototypes = leafPrototypes || [null, getProto({}), getProto([]), getProto(getProto)];
/******/ 		for(var current = mode & 2 && value; typeof current == 'object' && !~leafPrototypes.indexOf(current); current = getProto(current)) {
/******/ 			Object.getOwnPropertyNames(current).forEach((key) => (def[key] = () => (value[key])));
/******/ 		}
/******/ 		def['default'] = () => (value);
/******/ 		__nccwpck_require__.d(ns, def);
/******/ 		return ns;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/define property getters */
/******/ (() => {
/******/ 	// define getter functions for harmony exports
/******/ 	__nccwpck_require__.d = (exports, definition) => {
/******/ 		for(var key in definition) {
/******/ 			if(__nccwpck_require__.o(definition, key) && !__nccwpck_require__.o(exports, key)) {
/******/ 				Object.defineProperty(exports, key, { enumerable: true, get: definition[key] });
/******/ 			}
/******/ 		}
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/ensure chunk */
/******/ (() => {
/******/ 	__nccwpck_require__.f = {};
/******/ 	// This file contains only the entry chunk.
/******/ 	// The chunk loading function for additional chunks
/******/ 	__nccwpck_require__.e = (chunkId) => {
/******/ 		return Promise.all(Object.keys(__nccwpck_require__.f).reduce((promises, key) => {
/******/ 			__nccwpck_require__.f[key](chunkId, promises);
/******/ 			return promises;
/******/ 		}, []));
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/get javascript chunk filename */
/******/ (() => {
/******/ 	// This function allow to reference async chunks
/******/ 	__nccwpck_require__.u = (chunkId) => {
/******/ 		// return url for filenames based on template
/******/ 		return "" + chunkId + ".index.js";
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/hasOwnProperty shorthand */
/******/ (() => {
/******/ 	__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ })();
/******/ 
/******/ /* webpack/runtime/make namespace object */
/******/ (() => {
/******/ 	// define __esModule on exports
/******/ 	__nccwpck_require__.r = (exports) => {
/******/ 		if(typeof Symbol !== 'undefined' && Symbol.toStringTag) {
/******/ 			Object.defineProperty(exports, Symbol.toStringTag, { value: 'Module' });
/******/ 		}
/******/ 		Object.defineProperty(exports, '__esModule', { value: true });
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/import chunk loading */
/******/ (() => {
/******/ 	// no baseURI
/******/ 	
/******/ 	// object to store loaded and loading chunks
/******/ 	// undefined = chunk not loaded, null = chunk preloaded/prefetched
/******/ 	// [resolve, Promise] = chunk loading, 0 = chunk loaded
/******/ 	var installedChunks = {
/******/ 		792: 0
/******/ 	};
/******/ 	
/******/ 	var installChunk = (data) => {
/******/ 		var {ids, modules, runtime} = data;
/******/ 		// add "modules" to the modules object,
/******/ 		// then flag all "ids" as loaded and fire callback
/******/ 		var moduleId, chunkId, i = 0;
/******/ 		for(moduleId in modules) {
/******/ 			if(__nccwpck_require__.o(modules, moduleId)) {
/******/ 				__nccwpck_require__.m[moduleId] = modules[moduleId];
/******/ 			}
/******/ 		}
/******/ 		if(runtime) runtime(__nccwpck_require__);
/******/ 		for(;i < ids.length; i++) {
/******/ 			chunkId = ids[i];
/******/ 			if(__nccwpck_require__.o(installedChunks, chunkId) && installedChunks[chunkId]) {
/******/ 				installedChunks[chunkId][0]();
/******/ 			}
/******/ 			installedChunks[ids[i]] = 0;
/******/ 		}
/******/ 	
/******/ 	}
/******/ 	
/******/ 	__nccwpck_require__.f.j = (chunkId, promises) => {
/******/ 			// import() chunk loading for javascript
/******/ 			var installedChunkData = __nccwpck_require__.o(installedChunks, chunkId) ? installedChunks[chunkId] : undefined;
/******/ 			if(installedChunkData !== 0) { // 0 means "already installed".
/******/ 	
/******/ 				// a Promise means "currently loading".
/******/ 				if(installedChunkData) {
/******/ 					promises.push(installedChunkData[1]);
/******/ 				} else {
/******/ 					if(true) { // all chunks have JS
/******/ 						// setup Promise in chunk cache
/******/ 						var promise = import("./" + __nccwpck_require__.u(chunkId)).then(installChunk, (e) => {
/******/ 							if(installedChunks[chunkId] !== 0) installedChunks[chunkId] = undefined;
/******/ 							throw e;
/******/ 						});
/******/ 						var promise = Promise.race([promise, new Promise((resolve) => (installedChunkData = installedChunks[chunkId] = [resolve]))])
/******/ 						promises.push(installedChunkData[1] = promise);
/******/ 					}
/******/ 				}
/******/ 			}
/******/ 	};
/******/ 	
/******/ 	// no prefetching
/******/ 	
/******/ 	// no preloaded
/******/ 	
/******/ 	// no external install chunk
/******/ 	
/******/ 	// no on chunks loaded
/******/ })();
/******/ 
/************************************************************************/
/******/ 
/******/ // startup
/******/ // Load entry module and return exports
/******/ // This entry module used 'module' so it can't be inlined
/******/ var __webpack_exports__ = __nccwpck_require__(5581);
/******/ __webpack_exports__ = await __webpack_exports__;
/******/ 

//# sourceMappingURL=index.js.map