export const id = 989;
export const ids = [989];
export const modules = {

/***/ 2989:
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
// EXTERNAL MODULE: ./node_modules/js-yaml/dist/js-yaml.mjs
var js_yaml = __webpack_require__(3243);
// EXTERNAL MODULE: ./src/repo/k8s-yaml.ts
var k8s_yaml = __webpack_require__(9290);
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(8815);
// EXTERNAL MODULE: ./src/repo/files.ts
var files = __webpack_require__(1163);
// EXTERNAL MODULE: ./src/repo/nesting.ts
var nesting = __webpack_require__(9918);
// EXTERNAL MODULE: ./src/repo/yaml.ts
var yaml = __webpack_require__(7485);
;// CONCATENATED MODULE: ./src/policy/guards.ts
/**
 * The Helm blocks that wrap each document of a template, for the policy input (`guards`).
 *
 * The policy reads templates without rendering them (input.ts, detemplate): a line that is
 * only `{{- if .Values.pdb.enabled }}` is blanked, so a PodDisruptionBudget that values.yaml
 * switches off (`pdb.enabled: false`) would read as one that renders. Here each document gets
 * the blocks (`if`, `else`, `with`, `range`) that wrap all of it, with the value tests they
 * need to render that can be read without Helm: `.Values.a.b`, `not .Values.a.b`, the
 * `.Values` operands of `and`, and an `else` of one such test. The policy decides with them
 * (lib.rego, disabled_by_values); a block whose condition cannot be read carries no test, and
 * is taken to render, as before.
 */
const DIRECTIVE = /\{\{-?\s*([\s\S]*?)\s*-?\}\}/g;
const VALUE_REF = /^\$?\.Values((?:\.[A-Za-z_][A-Za-z0-9_]*)+)$/;
const MARKER = /^---(?:\s|$)/;
/** A term without the parentheses around all of it: `((.Values.a))` → `.Values.a`. Also values-path.ts's. */
function unwrap(term) {
    let t = term.trim();
    while (t.startsWith('(') && t.endsWith(')') && balanced(t.slice(1, -1)))
        t = t.slice(1, -1).trim();
    return t;
}
function balanced(s) {
    let depth = 0;
    for (const c of s) {
        if (c === '(')
            depth++;
        else if (c === ')' && --depth < 0)
            return false;
    }
    return depth === 0;
}
function valueTest(term, truthy = true) {
    const t = unwrap(term);
    const not = /^not\s+([\s\S]+)$/.exec(t);
    if (not)
        return valueTest(not[1], !truthy);
    const m = VALUE_REF.exec(t);
    return m ? { values: m[1].slice(1).split('.'), truthy } : undefined;
}
/** Splits `a (b c) d` into its operands at parenthesis depth 0; undefined when quotes make that unsure. */
function operands(s) {
    if (/["'`]/.test(s))
        return undefined;
    const out = [];
    let depth = 0;
    let cur = '';
    for (const c of s) {
        if (c === '(')
            depth++;
        if (c === ')')
            depth--;
        if (/\s/.test(c) && depth === 0) {
            if (cur)
                out.push(cur);
            cur = '';
        }
        else
            cur += c;
    }
    if (cur)
        out.push(cur);
    return depth === 0 ? out : undefined;
}
/** What a condition needs, and its negation when it is one test (`else` needs that). */
function condition(cond) {
    const single = valueTest(cond);
    if (single)
        return { requires: [single], negation: { values: single.values, truthy: !single.truthy } };
    const and = /^and\s+([\s\S]+)$/.exec(unwrap(cond));
    const terms = and ? operands(and[1]) : undefined;
    // Every operand of `and` is needed, so the readable ones are; its negation is a disjunction.
    if (terms)
        return { requires: terms.map((t) => valueTest(t)).filter((t) => !!t), negation: undefined };
    return { requires: [], negation: undefined };
}
/** `range $i, $v := .Values.x` ranges over `.Values.x`. */
function rangeTarget(s) {
    return s.replace(/^\$\w*(?:\s*,\s*\$\w*)?\s*:?=\s*/, '');
}
/**
 * The guards of each document of a template: `original` as written, `parsed` its
 * template-tolerant rewrite (same lines), `documents` how many documents that parsed into.
 * Undefined when no document is guarded, or the blocks cannot be followed line by line
 * (a directive over several lines, an `end` with no block, a count of documents that does
 * not match the `---` markers): then nothing is known, and nothing is switched off.
 */
function documentGuards(original, parsed, documents) {
    if (!original.includes('{{'))
        return undefined;
    const lines = original.split('\n');
    const rewritten = parsed.split('\n');
    if (lines.length !== rewritten.length)
        return undefined;
    const stack = [];
    // Per document, the frames open on every content line so far (a common prefix of the stack).
    const docs = [];
    let current = null;
    let started = false;
    let sawMarker = false;
    for (let i = 0; i < lines.length; i++) {
        const line = lines[i];
        const text = rewritten[i].trim();
        if (MARKER.test(rewritten[i])) {
            if (started || sawMarker)
                docs.push(current);
            current = null;
            started = true;
            sawMarker = true;
            continue;
        }
        if (text !== '' && !text.startsWith('#')) {
            if (current === null)
                current = [...stack];
            else {
                let n = 0;
                while (n < current.length && n < stack.length && current[n] === stack[n])
                    n++;
                current = current.slice(0, n);
            }
            started = true;
        }
        // A directive left open at the end of the line (a multi-line `{{- if and ... }}`): give up.
        if (line.replace(DIRECTIVE, '').includes('{{'))
            return undefined;
        for (const m of line.matchAll(DIRECTIVE)) {
            const inner = m[1].trim();
            const word = /^(\w+)\b\s*([\s\S]*)$/.exec(inner);
            if (!word)
                continue;
            const [, action, rest] = word;
            if (action === 'if' || action === 'with' || action === 'range') {
                const c = condition(action === 'range' ? rangeTarget(rest) : rest);
                stack.push({ directive: m[0], requires: c.requires, otherwise: c.negation ? [c.negation] : undefined });
            }
            else if (action === 'define' || action === 'block') {
                stack.push({ directive: m[0], requires: [], otherwise: undefined });
            }
            else if (action === 'else') {
                const top = stack.pop();
                if (!top)
                    return undefined;
                const elseIf = /^(?:if|with)\s+([\s\S]+)$/.exec(rest);
                if (elseIf) {
                    const c = condition(elseIf[1]);
                    stack.push({
                        directive: m[0],
                        requires: [...(top.otherwise ?? []), ...c.requires],
                        otherwise: top.otherwise && c.negation ? [...top.otherwise, c.negation] : undefined,
                    });
                }
                else {
                    stack.push({ directive: m[0], requires: top.otherwise ?? [], otherwise: undefined });
                }
            }
            else if (action === 'end') {
                if (!stack.pop())
                    return undefined;
            }
        }
    }
    if (started || !sawMarker)
        docs.push(current);
    if (stack.length > 0 || docs.length !== documents)
        return undefined;
    const guards = docs.map((frames) => (frames ?? []).filter((f) => f.requires.length > 0).map((f) => ({ directive: f.directive, requires: f.requires })));
    return guards.some((g) => g.length > 0) ? guards : undefined;
}

;// CONCATENATED MODULE: ./src/policy/values-path.ts
/**
 * Which `.Values` path a Helm output directive prints, for the policy input (input.ts,
 * detemplate): `securityContext:` followed by `{{- toYaml .Values.hardening | nindent 12 }}`
 * is the chart's `hardening` values, whatever the key above it is called. The policy judges
 * such a block from values.yaml at that path (lib.rego, effective), and denies a block whose
 * path cannot be read here (an `include`, a helper, a `range` variable): it cannot judge it.
 *
 * Read without Helm, so only what is certain:
 * - the directive is one value, serialised once: `toYaml X` or `X | toYaml` (or toJson),
 *   with `nindent N` / `indent N` after it, and X is `.Values.a.b`, `$.Values.a.b`, or inside
 *   `{{- with .Values.a }}` the dot (`.`, `.b`);
 * - the dot is followed through `with` (and its `else`), `if`, `range` (the dot becomes
 *   unknown), `define` and `block` (unknown), over the whole template, directives spanning
 *   lines included; an `end` with no block leaves the rest unknown.
 */

const values_path_DIRECTIVE = /\{\{(-?)([\s\S]*?)(-?)\}\}/g;
const FIELD = /^[A-Za-z_][A-Za-z0-9_]*$/;
const SERIALISERS = new Set(['toYaml', 'toJson']);
/** Directives that print nothing (input.ts blanks a line made only of these). */
const CONTROL_ACTION = /^(?:\/\*|if\b|else\b|end\b|with\b|range\b|define\b|block\b|\$[\w]+\s*:?=|break\b|continue\b)/;
function fields(chain) {
    const parts = chain.split('.');
    return parts.length > 0 && parts.every((p) => FIELD.test(p)) ? parts : undefined;
}
/** The `.Values` path a term names with the dot `dot`, or undefined (a helper, a variable, a literal, the root). */
function termPath(term, dot) {
    const t = unwrap(term);
    const rooted = /^\$\.Values\.(.+)$/.exec(t) ?? (dot === 'root' ? /^\.Values\.(.+)$/.exec(t) : null);
    if (rooted)
        return fields(rooted[1]);
    if (!Array.isArray(dot))
        return undefined;
    if (t === '.')
        return dot.length > 0 ? [...dot] : undefined;
    const rel = /^\.(.+)$/.exec(t);
    const f = rel ? fields(rel[1]) : undefined;
    return f ? [...dot, ...f] : undefined;
}
/** Splits a pipeline at its top-level `|`; undefined when quotes make that unsure. */
function stages(inner) {
    if (/["'`]/.test(inner))
        return undefined;
    const out = [];
    let depth = 0;
    let cur = '';
    for (const c of inner) {
        if (c === '(')
            depth++;
        if (c === ')')
            depth--;
        if (c === '|' && depth === 0) {
            out.push(cur.trim());
            cur = '';
        }
        else
            cur += c;
    }
    out.push(cur.trim());
    return depth === 0 ? out : undefined;
}
/**
 * The `.Values` path an output directive prints as YAML (`toYaml .Values.a.b | nindent 12`,
 * `.Values.a | toYaml | indent 4`, `toYaml .` inside `with .Values.a`), or undefined.
 */
function outputValuesPath(inner, dot) {
    const parts = stages(inner);
    if (!parts || parts.some((p) => p === ''))
        return undefined;
    const [first, ...rest] = parts;
    let serialised = 0;
    let term = first;
    const call = /^(\w+)\s+([\s\S]+)$/.exec(first);
    if (call && SERIALISERS.has(call[1])) {
        serialised++;
        term = call[2];
    }
    for (const p of rest) {
        if (SERIALISERS.has(p))
            serialised++;
        else if (!/^n?indent\s+\d+$/.test(p))
            return undefined;
    }
    return serialised === 1 ? termPath(term, dot) : undefined;
}
/** Every directive of a template, by line (0-based, the line it starts on), with the dot it sees. */
function directivesByLine(content) {
    const byLine = new Map();
    const stack = [];
    let lost = false;
    let line = 0;
    let scanned = 0;
    const current = () => (lost ? null : stack.length > 0 ? stack[stack.length - 1].dot : 'root');
    for (const m of content.matchAll(values_path_DIRECTIVE)) {
        for (let i = scanned; i < m.index; i++)
            if (content.charCodeAt(i) === 10)
                line++;
        scanned = m.index;
        const inner = m[2].trim();
        const at = { text: m[0], inner, dot: current() };
        (byLine.get(line) ?? byLine.set(line, []).get(line)).push(at);
        const word = /^(\w+)\b\s*([\s\S]*)$/.exec(inner);
        if (!word)
            continue;
        const [, action, rest] = word;
        const dot = current();
        if (action === 'if')
            stack.push({ dot, parent: dot });
        else if (action === 'with')
            stack.push({ dot: termPath(rest, dot) ?? null, parent: dot });
        else if (action === 'range' || action === 'define' || action === 'block')
            stack.push({ dot: null, parent: dot });
        else if (action === 'else') {
            const top = stack[stack.length - 1];
            if (!top)
                lost = true;
            else {
                const w = /^with\s+([\s\S]+)$/.exec(rest);
                top.dot = w ? (termPath(w[1], top.parent) ?? null) : top.parent;
            }
        }
        else if (action === 'end') {
            if (!stack.pop())
                lost = true;
        }
    }
    return byLine;
}

;// CONCATENATED MODULE: ./src/policy/input.ts
/**
 * The input document of the policy gate (documented in POLICIES.md, "Input document").
 * Built from a Proposal (generate) or from the files of the repo (validate), plus the
 * repo model, the configuration, the waivers and the event.
 */








const DEFAULT_PROTECTED_NAMESPACES = ['kube-system', 'kube-public', 'kube-node-lease'];
const DEFAULT_CONTROLLER_NAMESPACE = 'argocd';
const DEFAULT_PRODUCTION_CLUSTERS = ['prod', 'prod-*', '*-prod', 'production', 'production-*', '*-production'];
const BUILTIN_PACKS = (/* unused pure expression or super */ null && (['security-baseline', 'production']));
/** What the inline `{{ ... }}` of a Helm template becomes (must match lib.placeholder in Rego). */
const TEMPLATE_PLACEHOLDER = 'TEMPLATED';
/** The key written where a whole block comes from a directive (must match lib.templated_key in Rego). */
const TEMPLATED_KEY = '__templated__';
/** Beside it, the `.Values` path the directive prints, when it can be read (must match lib.templated_values_key). */
const TEMPLATED_VALUES_KEY = '__values__';
/** RFC 3339 UTC, second precision: the only form the Rego compares. */
function rfc3339(d) {
    return d.toISOString().replace(/\.\d{3}Z$/, 'Z');
}
const DIRECTIVE_ONLY = /^\s*(\{\{-?[\s\S]*?-?\}\}\s*)+$/;
const INLINE = /\{\{-?[\s\S]*?-?\}\}/g;
/** True for a file that is a Helm template: under a chart's templates/, or holding `{{`. */
function isTemplate(path, content) {
    return /(^|\/)templates\//.test(path) || content.includes('{{');
}
function valueless(line) {
    const code = line.replace(/\s+#.*$/, '');
    return /:\s*$/.test(code) || /^\s*-\s*$/.test(code);
}
function indent(line) {
    return line.length - line.trimStart().length;
}
/**
 * Makes a Helm template readable as YAML without rendering it, keeping line numbers:
 * - a line that is only control directives (`{{- if }}`, `{{- end }}`, `{{- with }}`, ...) becomes empty;
 * - a line that is only directives, one of them printing (`{{- toYaml .Values.x | nindent 8 }}`,
 *   `{{ include ... }}`), under a key with no value becomes `__templated__: "<directive>"`, so the
 *   policy knows that block comes from values; when the directive prints one `.Values` path
 *   (values-path.ts: `toYaml .Values.x`, `toYaml .` inside `with .Values.x`), that path goes
 *   beside it, `{"__templated__": "<directive>", "__values__": ["x"]}` on the same line, and the
 *   policy reads values.yaml there; elsewhere the line becomes empty;
 * - an inline `{{ ... }}` becomes the placeholder TEMPLATED (inside the surrounding quotes, if any).
 */
function detemplate(content) {
    const lines = content.split('\n');
    const directives = directivesByLine(content);
    let lastKey;
    const out = lines.map((line, n) => {
        const trimmed = line.trim();
        if (trimmed === '' || trimmed.startsWith('#'))
            return line;
        if (DIRECTIVE_ONLY.test(line)) {
            const printing = (directives.get(n) ?? []).filter((d) => !CONTROL_ACTION.test(d.inner));
            if (printing.length > 0 && lastKey && indent(line) > lastKey.indent) {
                lastKey = undefined;
                const path = printing.length === 1 ? outputValuesPath(printing[0].inner, printing[0].dot) : undefined;
                const pad = ' '.repeat(indent(line));
                if (!path)
                    return `${pad}${TEMPLATED_KEY}: ${JSON.stringify(trimmed)}`;
                return `${pad}{${JSON.stringify(TEMPLATED_KEY)}: ${JSON.stringify(trimmed)}, ${JSON.stringify(TEMPLATED_VALUES_KEY)}: ${JSON.stringify(path)}}`;
            }
            return '';
        }
        const replaced = line.replace(INLINE, TEMPLATE_PLACEHOLDER);
        lastKey = valueless(replaced) ? { indent: indent(replaced) } : undefined;
        return replaced;
    });
    return out.join('\n');
}
/** The files the policy parses: YAML, and JSON, which is YAML (validate reads `.json` Applications too). */
const PARSED_FILE = /\.(?:ya?ml|json)$/i;
const YAML_FILE = /\.ya?ml$/i;
/**
 * Parses a file for the policy: YAML and JSON files into documents (template-tolerant, with
 * the same bounds for both), anything else not at all.
 */
function input_parseForPolicy(path, content) {
    const yamlFile = PARSED_FILE.test(path);
    const templated = yamlFile && isTemplate(path, content);
    if (!yamlFile)
        return { parsed: false, templated: false, documents: [], text: content };
    const text = templated ? detemplate(content) : content;
    // What the cluster and Helm read (go-yaml v2: `enabled: no` is false, `0755` octal), except
    // GitHub's workflow files, which GitHub reads as YAML 1.2 (`on:` is a key, not true).
    const k8s = !/^\.github\//.test(path);
    const withGuards = (r) => {
        const guards = templated ? documentGuards(content, text, r.documents.length) : undefined;
        return guards ? { ...r, guards } : r;
    };
    const fast = quickDocuments(text, templated, k8s);
    if (fast)
        return withGuards({ parsed: true, templated, documents: fast, text });
    // Too deep for the yaml library (nesting.ts): unparsed, so the policy cannot allow it (CON-009).
    const deep = (0,nesting/* tooDeep */.DI)(text);
    if (deep)
        return { parsed: false, templated, documents: [], error: (0,nesting/* tooDeepMessage */.Q2)(deep), text };
    try {
        // Templates may repeat a key in if/else branches: the last one wins rather than failing.
        const docs = (0,dist/* parseAllDocuments */.hR)(text, { prettyErrors: false, uniqueKeys: !templated, ...(k8s ? { schema: 'failsafe', customTags: k8s_yaml/* K8S_YAML_TAGS */.r3, merge: true } : {}) });
        const list = Array.isArray(docs) ? docs : [docs];
        const errors = list.flatMap((d) => d.errors);
        if (errors.length > 0) {
            return { parsed: false, templated, documents: [], error: errors[0].message.split('\n')[0], text };
        }
        // A wide alias bomb passes the alias count below, and the input's JSON would copy every alias out.
        const bomb = list.findIndex((d) => (0,yaml/* expandedNodes */.Ne)(d.contents) > yaml/* MAX_EXPANDED_NODES */.vN);
        if (bomb >= 0)
            return { parsed: false, templated, documents: [], error: `document ${bomb + 1} expands to more than ${yaml/* MAX_EXPANDED_NODES */.vN.toLocaleString('en-US')} nodes through its aliases (an alias bomb)`, text };
        // Empty documents stay (as null) so that indexes match the file's documents.
        const documents = list.map((d) => d.toJS({ maxAliasCount: 100 }) ?? null);
        return withGuards({ parsed: true, templated, documents, text });
    }
    catch (err) {
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
function quickDocuments(text, templated = false, k8s = false) {
    if (yaml/* ANCHOR */.Ip.test(text))
        return undefined;
    try {
        // A template may set a key in both branches of an if/else: `json: true` keeps the last, as the yaml library does for templates.
        // maxDepth: a file nested deeper is refused here, and tooDeep reports it (parseForPolicy).
        const docs = js_yaml/* default.loadAll */.Ay.loadAll(text, undefined, { schema: k8s ? k8s_yaml/* K8S_JS_SCHEMA */.j4 : js_yaml/* default.CORE_SCHEMA */.Ay.CORE_SCHEMA, maxDepth: nesting/* MAX_NESTING */.M1 + 1, ...(templated ? { json: true } : {}) });
        // An empty document (a comment-only file, a trailing `---`) is counted differently by the
        // two parsers, and document indexes must match the yaml library's (positions): it decides.
        return docs.length > 0 && docs.every((d) => d !== null && d !== undefined) ? docs : undefined;
    }
    catch {
        return undefined;
    }
}
function fileEntry(path, action, content) {
    const p = input_parseForPolicy(path, content);
    return { path, action, content, parsed: p.parsed, templated: p.templated, documents: p.documents, ...(p.guards ? { guards: p.guards } : {}), ...(p.error ? { error: p.error } : {}) };
}
/**
 * An existing file of the repo, read with the safe reader (size, binary, UTF-8 checked) and
 * synchronously (a promise per file left the thread idle 16 s of a 10,000-Application run).
 * What the policy cannot read it cannot allow: an unreadable file goes in unparsed (CON-009).
 */
function existingEntry(root, path) {
    const read = (0,files/* readTextFileSync */.F3)(root, path);
    if ('issue' in read)
        return { path, action: 'existing', content: '', parsed: false, templated: false, documents: [], error: read.issue.detail };
    return fileEntry(path, 'existing', read.text);
}
function base(mode, files, o) {
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
 * The input document for a proposal (generate mode): the proposed files, and, with action
 * `existing`, the YAML files of every existing chart or kustomization the proposal keeps.
 * A chart is kept only when its Application is missing, so those are exactly the charts
 * that the proposal's new Applications start to deploy: the policy judges what will run,
 * not only what is new.
 */
function input_buildPolicyInput(proposal, options) {
    const files = proposal.files.map((f) => fileEntry(f.path, f.action, f.content));
    const chartsDir = options.config.chartsDir ?? options.repo.chartsDir ?? 'gitops';
    for (const p of proposal.kept) {
        if (!p.startsWith(`${chartsDir}/`) || !YAML_FILE.test(p))
            continue;
        files.push(existingEntry(options.repo.root, p));
    }
    return base('proposal', files, options);
}
/**
 * The input document for validate mode: every YAML file of the repo model (under the
 * apps and charts roots), and every JSON file validate read as an Application (under the
 * apps root: the root App-of-Apps applies those too), read from disk, with action `existing`.
 * JSON under the charts root stays out, as validate leaves it unread (values.schema.json,
 * templates/*.json: Helm's, not the Applications').
 */
async function input_buildRepoPolicyInput(options) {
    const { appsDir, chartsDir } = options.repo;
    const isAppFile = (p) => inAppsDir(p.includes('/') ? p.slice(0, p.lastIndexOf('/')) : '', appsDir, chartsDir);
    const paths = [...options.repo.files].filter((p) => YAML_FILE.test(p) || (APP_MANIFEST.test(p) && isAppFile(p))).sort();
    const files = [];
    for (const p of paths)
        files.push(existingEntry(options.repo.root, p));
    return base('repo', files, options);
}

// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(1421);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
// EXTERNAL MODULE: external "node:url"
var external_node_url_ = __webpack_require__(3136);
// EXTERNAL MODULE: ./node_modules/@open-policy-agent/opa-wasm/src/index.mjs
var src = __webpack_require__(7774);
// EXTERNAL MODULE: ./node_modules/tar/dist/esm/index.min.js + 9 modules
var index_min = __webpack_require__(4342);
;// CONCATENATED MODULE: ./src/policy/org.ts
const ORG_CITATION = 'https://github.com/trustacks/gitops-action/blob/v1/POLICIES.md#org-packs';
/** Marks the aggregator's result shape; bundles built with the first aggregator lack it. */
const ORG_FORMAT = 2;
/**
 * Compiled together with an org's Rego: each package `org.packs.<name>`'s `deny`, `warn` and
 * `rules` as the pack defines them (null when it does not). The shape is checked here, not
 * in Rego: a comprehension over a malformed set would drop its items without a trace.
 * Documented in POLICIES.md ("Org packs"), verbatim.
 */
const ORG_AGGREGATOR_REGO = `package trustacks.org

result := {"format": ${ORG_FORMAT}, "packs": {name: {
	"deny": object.get(p, "deny", null),
	"warn": object.get(p, "warn", null),
	"rules": object.get(p, "rules", null),
} | some name, p in data.org.packs}}
`;
function isObject(x) {
    return typeof x === 'object' && x !== null && !Array.isArray(x);
}
function str(v, fallback) {
    return typeof v === 'string' ? v : fallback;
}
/** A value as a message can quote it: JSON, cut short. */
function shown(v) {
    const s = JSON.stringify(v) ?? String(v);
    return s.length > 80 ? `${s.slice(0, 77)}...` : s;
}
function orgIgnored(message, path) {
    return { rule_id: 'gate.org-ignored', title: 'Org policy that has no effect', message, path, citation: ORG_CITATION, pack: 'gate' };
}
/**
 * One deny or warn item of pack `name`: a string is the message; an object needs a string
 * `message` (rule_id defaults to `org:<name>`). Anything else is undefined: malformed.
 * The pack is always the aggregator's name, whatever the item says: an org pack can never
 * speak for the constitution or for another pack.
 */
function readItem(name, raw) {
    const pack = `org:${name}`;
    if (typeof raw === 'string')
        return { rule_id: pack, title: `Org pack ${name}`, message: raw, path: '', citation: ORG_CITATION, pack, document: null, field: null };
    if (!isObject(raw) || typeof raw.message !== 'string')
        return undefined;
    const rule = str(raw.rule_id, pack);
    return {
        rule_id: rule,
        title: str(raw.title, rule),
        message: raw.message,
        path: str(raw.path, ''),
        citation: str(raw.citation, ORG_CITATION),
        pack,
        document: typeof raw.document === 'number' ? raw.document : null,
        field: Array.isArray(raw.field) ? raw.field : null,
    };
}
/** A pack's `deny` or `warn` (a set, which reaches us as a list; null when undefined), or why it is malformed. */
function readItems(name, key, value) {
    if (value === null || value === undefined)
        return [];
    if (!Array.isArray(value))
        return `${key} is ${shown(value)}, not a set of items`;
    const items = [];
    for (const raw of value) {
        const item = readItem(name, raw);
        if (!item)
            return `${key} holds ${shown(raw)}: each item must be a message (a string) or an object with a string "message"`;
        items.push(item);
    }
    return items;
}
/** A pack's `rules` (an object of rule id to {title, citation}), as evaluated entries, or why it is malformed. */
function readRules(name, value) {
    if (value === null || value === undefined)
        return [];
    if (!isObject(value))
        return `rules is ${shown(value)}, not an object of rule ids`;
    return Object.entries(value).map(([id, r]) => {
        const x = isObject(r) ? r : {};
        return { rule_id: id, title: str(x.title, id), citation: str(x.citation, ORG_CITATION), pack: `org:${name}` };
    });
}
function readPacks(packs, source) {
    const results = { packs: [], denials: [], warnings: [], evaluated: [] };
    const warnings = [];
    for (const [name, raw] of Object.entries(packs).sort(([a], [b]) => a.localeCompare(b))) {
        const p = isObject(raw) ? raw : {};
        const deny = readItems(name, 'deny', p.deny);
        const warn = readItems(name, 'warn', p.warn);
        const rules = readRules(name, p.rules);
        const problem = [deny, warn, rules].find((x) => typeof x === 'string');
        if (problem)
            return `org pack ${name} (${source}) is malformed: ${problem}`;
        results.packs.push(name);
        results.denials.push(...deny);
        results.warnings.push(...warn);
        results.evaluated.push(...rules);
        if ((p.deny ?? null) === null && (p.warn ?? null) === null) {
            warnings.push(orgIgnored(`org pack ${name} (${source}) defines neither deny nor warn, so it can never deny or warn; ` +
                `rules in a package below org.packs.${name} are not read as a pack of their own`, ''));
        }
    }
    if (results.packs.length === 0)
        return `org policy ${source} holds no org pack (a Rego package org.packs.<name>)`;
    return { results, warnings };
}
/**
 * A result of the first aggregator, in bundles built before ORG_FORMAT: lists of items that
 * are objects already (it dropped every other item inside the wasm, where the gate cannot
 * see them, hence the warning).
 */
function readFirstFormat(r, source) {
    const list = (k) => (Array.isArray(r[k]) ? r[k] : []);
    const results = { packs: list('packs').map(String), denials: [], warnings: [], evaluated: [] };
    for (const [key, out] of [['denials', results.denials], ['warnings', results.warnings]]) {
        for (const raw of list(key)) {
            const item = readItem(str(isObject(raw) ? raw.pack : undefined, 'org').replace(/^org:/, ''), raw);
            if (!item)
                return `org policy ${source} is malformed: ${key} holds ${shown(raw)}`;
            out.push(item);
        }
    }
    results.evaluated = list('evaluated');
    const warning = orgIgnored(`org policy ${source} was built with an earlier aggregator, which silently drops deny and warn items that are not objects ` +
        `(such as plain string messages): rebuild it with the aggregator in POLICIES.md (Org packs)`, '');
    return { results, warnings: [warning] };
}
/** The aggregator's result (entrypoint trustacks/org/result), or why it cannot be used. */
function readOrgResult(r, source) {
    if (!isObject(r))
        return `org policy ${source} returned no result`;
    if (r.format === ORG_FORMAT && isObject(r.packs))
        return readPacks(r.packs, source);
    if (r.format === undefined && Array.isArray(r.packs) && Array.isArray(r.denials))
        return readFirstFormat(r, source);
    return `org policy ${source} returned a result of an unknown shape (format ${shown(r.format)})`;
}
// ---------------------------------------------------------------- the Rego of a policy dir
/** The package a Rego file declares (`package a.b["c-d"]` → `a.b.c-d`), or undefined. */
function regoPackage(text) {
    for (const line of text.split('\n')) {
        const t = line.trim();
        if (t === '' || t.startsWith('#'))
            continue;
        const m = /^package\s+([^\s#]+)/.exec(t);
        return m ? m[1].replace(/\["([^"]*)"\]/g, '.$1') : undefined;
    }
    return undefined;
}
const escapeRe = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/**
 * Rego files of a policy dir that can have no effect on the gate: their package is neither a
 * pack (`org.packs.<name>`, or a package below one), nor the aggregator, nor referenced as
 * `data.<package>` by another file (a library a pack imports). Such a file is most often a
 * pack with a wrong package line, which would otherwise be ignored without a word.
 */
function ignoredRego(files) {
    const declared = files.map((f) => ({ ...f, pkg: regoPackage(f.text) }));
    const out = [];
    for (const f of declared) {
        const pkg = f.pkg ?? '(none)';
        if (pkg.startsWith('org.packs.') || pkg === 'trustacks.org')
            continue;
        const ref = new RegExp(`\\bdata\\.${escapeRe(pkg)}(?![\\w-])`);
        if (f.pkg && declared.some((o) => o !== f && ref.test(o.text)))
            continue;
        out.push({ path: f.path, pkg });
    }
    return out;
}

;// CONCATENATED MODULE: ./src/policy/gate.ts
/**
 * The policy gate: evaluates the shipped dist/policy.wasm (policies/ compiled by
 * `npm run build:policy`) and, when the platform repo brings its own packs, those too.
 *
 * Fails closed: a missing or corrupt wasm (built-in or org), an evaluation error, an
 * undefined or malformed decision, or a malformed org pack yields `allow: false` with a
 * `gate.fail-closed` denial, never an allow. A configuration mistake of the user (a
 * policy-dir that does not exist, org Rego with no way to compile it, org Rego that does not
 * compile) throws a UserError.
 */











const run = (0,external_node_util_.promisify)(external_node_child_process_.execFile);

const ENTRYPOINT = 'gitops/decision';
const ORG_ENTRYPOINT = 'trustacks/org/result';
const gate_DEFAULT_POLICY_DIR = '.trustacks/policies';
const GATE_CITATION = 'https://github.com/trustacks/gitops-action/blob/v1/POLICIES.md#gate-rules';
/** Where the bundle (dist/index.js, dist/cli.js) finds its assets: beside itself. */
function moduleDir() {
    return (0,external_node_path_.dirname)((0,external_node_url_.fileURLToPath)(import.meta.url));
}
/** The unit a batch never splits: a chart directory (<charts>/<a>/<b>/<c>/), else the file's folder. */
function batchKey(path, chartsDir) {
    const s = path.split('/');
    if (s[0] === chartsDir && s.length >= 5)
        return s.slice(0, 4).join('/');
    return s.slice(0, -1).join('/');
}
function batches(files, chartsDir, size) {
    const groups = new Map();
    for (const f of files) {
        const k = batchKey(f.path, chartsDir);
        const g = groups.get(k);
        if (g)
            g.push(f);
        else
            groups.set(k, [f]);
    }
    const out = [];
    let cur = [];
    for (const g of groups.values()) {
        if (cur.length > 0 && cur.length + g.length > size) {
            out.push(cur);
            cur = [];
        }
        cur.push(...g);
    }
    if (cur.length > 0 || out.length === 0)
        out.push(cur);
    return out;
}
function mergeDecisions(parts) {
    const seen = new Set();
    const uniq = (items) => items.filter((i) => {
        const k = JSON.stringify(i);
        if (seen.has(k))
            return false;
        seen.add(k);
        return true;
    });
    const all = (k) => {
        seen.clear();
        return uniq(parts.flatMap((p) => p[k])).sort(byPathThenRule);
    };
    const denials = all('denials');
    return {
        allow: parts.every((p) => p.allow) && denials.length === 0,
        denials,
        warnings: all('warnings'),
        waived: all('waived'),
        evaluated: parts[0]?.evaluated ?? [],
        ...(parts[0]?.packs ? { packs: parts[0].packs } : {}),
    };
}
function failClosed(reason, warnings = []) {
    return {
        allow: false,
        denials: [
            {
                rule_id: 'gate.fail-closed',
                title: 'The policy gate failed closed',
                message: `${reason}. Nothing is allowed when the policy cannot decide.`,
                path: '',
                citation: GATE_CITATION,
                pack: 'gate',
            },
        ],
        warnings,
        waived: [],
        evaluated: [],
    };
}
/** Basenames that make a directory a chart or a kustomization to the built-in policy (lib.rego: chart_dirs, kustomize_dirs). */
const STRUCTURAL = new Set(['Chart.yaml', 'kustomization.yaml', 'kustomization.yml', 'Kustomization']);
const structuralCache = new WeakMap();
/**
 * The input as the built-in policy reads it. Of `repo` it reads `repo.charts` and, of
 * `repo.files`, only whether the input's own paths are there (CON-002) and which files are
 * Chart.yaml or kustomization files (chart and kustomize dirs); never `repo.applications`.
 * The rest (68,000 paths and 10,000 Applications on a 10,000-Application repo) stays out:
 * the wasm runtime's allocator made loading it most of a generate run (5.2 s of 10.8 s).
 * Org packs get the whole input; a test checks both views decide alike.
 */
function builtinView(input) {
    const all = input.repo.files;
    let structural = structuralCache.get(all);
    if (!structural) {
        structural = all.filter((p) => STRUCTURAL.has(p.slice(p.lastIndexOf('/') + 1)));
        structuralCache.set(all, structural);
    }
    const own = new Set(input.files.map((f) => f.path));
    const present = own.size > 0 ? all.filter((p) => own.has(p) && !STRUCTURAL.has(p.slice(p.lastIndexOf('/') + 1))) : [];
    const files = present.length ? [...structural, ...present].sort() : structural;
    return { ...input, repo: { files, applications: [], charts: input.repo.charts } };
}
async function loadWasm(wasmPath, dataPath) {
    const wasm = await (0,promises_.readFile)(wasmPath);
    const policy = await (0,src/* loadPolicy */.t)(wasm);
    if (dataPath) {
        const data = JSON.parse(await (0,promises_.readFile)(dataPath, 'utf8'));
        policy.setData(data);
    }
    return policy;
}
async function exists(p) {
    try {
        await (0,promises_.access)(p, external_node_fs_.constants.F_OK);
        return true;
    }
    catch {
        return false;
    }
}
/** Finds an executable named `opa` on PATH. */
async function findOpa(pathEnv = process.env.PATH ?? '') {
    for (const dir of pathEnv.split(external_node_path_.delimiter).filter(Boolean)) {
        for (const name of process.platform === 'win32' ? ['opa.exe', 'opa'] : ['opa']) {
            const candidate = (0,external_node_path_.join)(dir, name);
            try {
                await (0,promises_.access)(candidate, external_node_fs_.constants.X_OK);
                if ((await (0,promises_.stat)(candidate)).isFile())
                    return candidate;
            }
            catch {
                /* not here */
            }
        }
    }
    return undefined;
}
async function listRego(dir) {
    const out = [];
    for (const e of await (0,promises_.readdir)(dir, { withFileTypes: true, recursive: true })) {
        if (e.isFile() && e.name.endsWith('.rego') && !e.name.endsWith('_test.rego'))
            out.push((0,external_node_path_.join)(e.parentPath, e.name));
    }
    return out;
}
/**
 * A precompiled org policy (a .wasm or a bundle) that cannot be used: damaged bytes, or
 * built without the wasm target or the entrypoint. Like a corrupt built-in wasm, it makes
 * the gate fail closed (a denial naming the file) rather than stop the run: the decision is
 * still a deny, and it reaches every report the run makes (the JSON document, the PR check).
 */
class OrgLoadFailure extends Error {
}
async function extractBundle(bundle, shown) {
    const tmp = await (0,promises_.mkdtemp)((0,external_node_path_.join)((0,external_node_os_.tmpdir)(), 'gitops-policy-'));
    try {
        try {
            await index_min.x({ file: bundle, cwd: tmp, filter: (p) => /^\/?(policy\.wasm|data\.json)$/.test(p) });
        }
        catch (err) {
            throw new OrgLoadFailure(`org policy bundle ${shown} is not a readable opa build bundle (tar.gz): ${err.message}`);
        }
        const wasm = (0,external_node_path_.join)(tmp, 'policy.wasm');
        if (!(await exists(wasm))) {
            throw new OrgLoadFailure(`org policy bundle ${shown} holds no /policy.wasm: build it with \`opa build -t wasm -e ${ORG_ENTRYPOINT} ...\``);
        }
        const dataFile = (0,external_node_path_.join)(tmp, 'data.json');
        let data;
        if (await exists(dataFile)) {
            let parsed;
            try {
                parsed = JSON.parse(await (0,promises_.readFile)(dataFile, 'utf8'));
            }
            catch (err) {
                throw new OrgLoadFailure(`org policy bundle ${shown} has a data.json that is not JSON: ${err.message}`);
            }
            if (Object.keys(parsed).length > 0)
                data = dataFile;
        }
        return { wasm, data, tmp };
    }
    catch (err) {
        await (0,promises_.rm)(tmp, { recursive: true, force: true });
        throw err;
    }
}
function checkEntrypoint(policy, source) {
    const eps = Object.keys((policy.entrypoints ?? {}));
    if (!eps.includes(ORG_ENTRYPOINT)) {
        throw new OrgLoadFailure(`org policy ${source} has no entrypoint ${ORG_ENTRYPOINT} (it has: ${eps.join(', ') || 'none'}); ` +
            `compile it with \`opa build -t wasm -e ${ORG_ENTRYPOINT}\` together with the aggregator in POLICIES.md (Org packs)`);
    }
}
async function compileRego(dir, opaBin, capabilities) {
    const tmp = await (0,promises_.mkdtemp)((0,external_node_path_.join)((0,external_node_os_.tmpdir)(), 'gitops-org-rego-'));
    try {
        const entry = (0,external_node_path_.join)(tmp, 'trustacks_org_entry.rego');
        await (0,promises_.writeFile)(entry, ORG_AGGREGATOR_REGO);
        const bundle = (0,external_node_path_.join)(tmp, 'bundle.tar.gz');
        const args = ['build', '-t', 'wasm', '-e', ORG_ENTRYPOINT, '--ignore', '*_test.rego', '-o', bundle];
        if (capabilities) {
            const capsFile = (0,external_node_path_.join)(tmp, 'capabilities.json');
            await (0,promises_.writeFile)(capsFile, capabilities);
            args.push('--capabilities', capsFile);
        }
        args.push(dir, entry);
        try {
            await run(opaBin, args, { maxBuffer: 16 * 1024 * 1024 });
        }
        catch (err) {
            const e = err;
            const output = [e.stderr, e.stdout].filter((x) => x && x.trim()).join('\n') || e.message;
            throw new errors/* UserError */.yo(`the org policies in ${dir} do not compile with ${opaBin}: ${output.trim().slice(0, 2000)}`);
        }
        return await extractBundle(bundle, bundle);
    }
    finally {
        await (0,promises_.rm)(tmp, { recursive: true, force: true });
    }
}
/**
 * `gate.org-ignored` warnings for the Rego files of a policy dir that no pack can use (a
 * package outside org.packs.<name> that nothing imports): without them, a pack with a wrong
 * package line would be ignored and the proposal allowed without a word.
 */
async function ignoredRegoWarnings(files, dir, shown) {
    const texts = await Promise.all(files.map(async (f) => ({ path: (0,external_node_path_.join)(shown, (0,external_node_path_.relative)(dir, f)).split('\\').join('/'), text: await (0,promises_.readFile)(f, 'utf8') })));
    return ignoredRego(texts).map(({ path, pkg }) => orgIgnored(`${path} (package ${pkg}) is not an org pack and no pack imports it, so the gate ignores it: an org pack is a package org.packs.<name>`, path));
}
/** What policy-dir holds: a precompiled wasm or bundle, Rego files, or nothing usable (undefined). */
async function findOrgSources(target, shown, required) {
    if ((await (0,promises_.stat)(target)).isFile()) {
        if (target.endsWith('.wasm'))
            return { wasmFile: target, rego: [] };
        if (target.endsWith('.tar.gz') || target.endsWith('.tgz'))
            return { bundleFile: target, rego: [] };
        throw new errors/* UserError */.yo(`policy-dir ${shown} is a file but neither a .wasm nor an opa build bundle (.tar.gz)`);
    }
    const rego = await listRego(target);
    const wasmFile = (await exists((0,external_node_path_.join)(target, 'policy.wasm'))) ? (0,external_node_path_.join)(target, 'policy.wasm') : undefined;
    const bundleFile = !wasmFile && (await exists((0,external_node_path_.join)(target, 'bundle.tar.gz'))) ? (0,external_node_path_.join)(target, 'bundle.tar.gz') : undefined;
    if (rego.length === 0 && !wasmFile && !bundleFile) {
        if (required)
            throw new errors/* UserError */.yo(`policy-dir ${shown} holds no Rego (*.rego), no policy.wasm and no bundle.tar.gz`);
        return undefined;
    }
    return { wasmFile, bundleFile, rego };
}
async function loadOrg(options, capabilities) {
    const root = options.root ?? process.cwd();
    const given = options.policyDir ?? gate_DEFAULT_POLICY_DIR;
    const target = (0,external_node_path_.isAbsolute)(given) ? given : (0,external_node_path_.resolve)(root, given);
    const shown = (0,external_node_path_.isAbsolute)(given) ? given : (0,external_node_path_.relative)(root, target) || '.';
    if (!(await exists(target))) {
        if (options.policyDirRequired)
            throw new errors/* UserError */.yo(`policy-dir ${shown} does not exist`);
        return undefined;
    }
    const found = await findOrgSources(target, shown, Boolean(options.policyDirRequired));
    if (!found)
        return undefined;
    const { wasmFile, bundleFile, rego } = found;
    const warnings = rego.length > 0 ? await ignoredRegoWarnings(rego, target, shown) : [];
    const opaBin = rego.length > 0 ? (options.opaPath ?? (await findOpa(options.pathEnv))) : undefined;
    const rel = (f) => (f === target ? shown : (0,external_node_path_.join)(shown, (0,external_node_path_.relative)(target, f)));
    let kind;
    let source;
    if (rego.length > 0 && opaBin)
        [kind, source] = ['rego', shown];
    else if (wasmFile)
        [kind, source] = ['wasm', rel(wasmFile)];
    else if (bundleFile)
        [kind, source] = ['bundle', rel(bundleFile)];
    else {
        throw new errors/* UserError */.yo(`policy-dir ${shown} holds Rego policies but they cannot be used: ` +
            `either put opa on the runner's PATH (for example with the open-policy-agent/setup-opa action) so they are compiled at run time, ` +
            `or commit a precompiled policy (\`opa build -t wasm -e ${ORG_ENTRYPOINT}\`) as ${shown}/policy.wasm or ${shown}/bundle.tar.gz, or point policy-dir at that .wasm or .tar.gz`);
    }
    let compiled;
    try {
        if (kind === 'rego')
            compiled = await compileRego(target, opaBin, capabilities);
        else if (kind === 'bundle')
            compiled = await extractBundle(bundleFile, source);
        let policy;
        try {
            policy = await loadWasm(compiled?.wasm ?? wasmFile, compiled?.data);
        }
        catch (err) {
            throw new OrgLoadFailure(`org policy ${source} is not a loadable OPA wasm: ${err.message}`);
        }
        checkEntrypoint(policy, source);
        return { kind, source, policy, warnings };
    }
    catch (err) {
        if (err instanceof OrgLoadFailure)
            return { kind, source, failure: err.message, warnings };
        throw err;
    }
    finally {
        if (compiled)
            await (0,promises_.rm)(compiled.tmp, { recursive: true, force: true });
    }
}
/**
 * The builtins the wasm runtime supports, as `opa build --capabilities` wants them (with the
 * `rego_v1` feature, which opa-wasm's own file predates). Looked for: the explicit option,
 * `policy-capabilities.json` beside the wasm (written by build:policy), else opa-wasm's file
 * in node_modules (development). Without any, org Rego is compiled unrestricted, and a
 * builtin the runtime lacks fails closed at evaluation.
 */
async function findCapabilities(explicit, wasmDir) {
    const candidates = explicit ? [explicit] : [(0,external_node_path_.join)(wasmDir, 'policy-capabilities.json')];
    if (!explicit) {
        for (let d = moduleDir(), i = 0; i < 6; d = (0,external_node_path_.dirname)(d), i++) {
            candidates.push((0,external_node_path_.join)(d, 'node_modules/@open-policy-agent/opa-wasm/capabilities.json'));
        }
    }
    for (const c of candidates) {
        if (!(await exists(c)))
            continue;
        const caps = JSON.parse(await (0,promises_.readFile)(c, 'utf8'));
        caps.features = [...new Set([...(caps.features ?? []), 'rego_v1'])].sort();
        return JSON.stringify(caps);
    }
    if (explicit)
        throw new errors/* UserError */.yo(`capabilities file ${explicit} does not exist`);
    return undefined;
}
function isItem(x) {
    return typeof x === 'object' && x !== null && !Array.isArray(x);
}
function evaluateOrg(org, input) {
    try {
        const rs = org.policy.evaluate(input, ORG_ENTRYPOINT);
        if (!Array.isArray(rs) || rs.length === 0)
            return `org policy ${org.source} returned no result`;
        return readOrgResult(rs[0].result, org.source);
    }
    catch (err) {
        return `org policy ${org.source} failed to evaluate: ${err.message}`;
    }
}
/** Checks the decision document's shape; returns why it is unusable, or undefined. */
function shapeProblem(d) {
    if (!isItem(d))
        return 'the decision is not an object';
    if (typeof d.allow !== 'boolean')
        return 'decision.allow is not a boolean';
    for (const k of ['denials', 'warnings', 'waived', 'evaluated'])
        if (!Array.isArray(d[k]))
            return `decision.${k} is not a list`;
    const denials = d.denials;
    if (d.allow && denials.length > 0)
        return 'decision.allow is true although there are denials';
    if (!d.allow && denials.length === 0)
        return 'decision.allow is false without any denial';
    for (const item of [...denials, ...d.warnings]) {
        if (!isItem(item) || typeof item.rule_id !== 'string' || typeof item.message !== 'string')
            return 'a decision item lacks rule_id or message';
    }
    return undefined;
}
const byPathThenRule = (a, b) => a.path.localeCompare(b.path) || a.rule_id.localeCompare(b.rule_id) || a.message.localeCompare(b.message);
/**
 * The shipped policy: beside the bundle (dist/index.js → dist/policy.wasm), or one level up
 * for the CLI bundle (dist/cli/index.js → dist/policy.wasm), so dist/ holds one copy.
 * When neither exists, the first is named in the fail-closed message.
 */
async function defaultWasmPath() {
    const here = (0,external_node_path_.join)(moduleDir(), 'policy.wasm');
    if (await exists(here))
        return here;
    const up = (0,external_node_path_.join)((0,external_node_path_.dirname)(moduleDir()), 'policy.wasm');
    return (await exists(up)) ? up : here;
}
/** Loads the built-in policy and the org packs once; evaluate many inputs with the result. */
async function gate_loadGate(options = {}) {
    const wasmPath = options.wasmPath ?? (await defaultWasmPath());
    const dir = (0,external_node_path_.dirname)(wasmPath);
    const dataPath = options.dataPath ?? ((await exists((0,external_node_path_.join)(dir, 'policy-data.json'))) ? (0,external_node_path_.join)(dir, 'policy-data.json') : undefined);
    const capabilities = await findCapabilities(options.capabilitiesPath, dir);
    let failure;
    let policy;
    try {
        policy = await loadWasm(wasmPath, dataPath);
        if (!Object.prototype.hasOwnProperty.call(policy.entrypoints ?? {}, ENTRYPOINT)) {
            failure = `the policy at ${wasmPath} has no entrypoint ${ENTRYPOINT}`;
            policy = undefined;
        }
    }
    catch (err) {
        const e = err;
        failure =
            e.code === 'ENOENT'
                ? `the policy ${wasmPath} is missing (run \`npm run build:policy\`)`
                : `the policy ${wasmPath} could not be loaded: ${e.message}`;
    }
    const org = await loadOrg(options, capabilities);
    const gate = {
        failure,
        org,
        evaluateBatched(input, extraWarnings = [], batchFiles = 250) {
            const groups = batches(input.files, input.config.charts_dir, batchFiles);
            if (groups.length <= 1)
                return gate.evaluate(input, extraWarnings);
            // Every batch still knows every path (chart existence is checked against repo.files).
            const allPaths = [...new Set([...input.repo.files, ...input.files.map((f) => f.path)])].sort();
            const repo = { ...input.repo, files: allPaths };
            const parts = groups.map((files) => gate.evaluate({ ...input, repo, files }));
            const merged = mergeDecisions(parts);
            return { ...merged, warnings: [...extraWarnings, ...merged.warnings] };
        },
        evaluate(input, extraWarnings = []) {
            if (!policy)
                return failClosed(failure ?? 'the policy is not loaded', extraWarnings);
            let doc = builtinView(input);
            if (org) {
                extraWarnings = [...extraWarnings, ...org.warnings];
                if (org.failure)
                    return failClosed(org.failure, extraWarnings);
                const res = evaluateOrg(org, { ...input, org: undefined });
                if (typeof res === 'string')
                    return failClosed(res, extraWarnings);
                extraWarnings = [...extraWarnings, ...res.warnings];
                doc = { ...doc, org: res.results };
            }
            let raw;
            try {
                const rs = policy.evaluate(doc, ENTRYPOINT);
                if (!Array.isArray(rs) || rs.length === 0 || rs[0].result === undefined) {
                    return failClosed(`the policy returned no decision for ${ENTRYPOINT} (undefined)`, extraWarnings);
                }
                raw = rs[0].result;
            }
            catch (err) {
                return failClosed(`the policy failed to evaluate: ${err.message}`, extraWarnings);
            }
            const problem = shapeProblem(raw);
            if (problem)
                return failClosed(`the policy returned an unusable decision: ${problem}`, extraWarnings);
            const d = raw;
            return {
                allow: d.allow,
                denials: [...d.denials].sort(byPathThenRule),
                warnings: [...extraWarnings, ...[...d.warnings].sort(byPathThenRule)],
                waived: [...d.waived].sort(byPathThenRule),
                evaluated: d.evaluated,
                ...(Array.isArray(d.packs) ? { packs: d.packs } : {}),
            };
        },
    };
    return gate;
}
/** Loads the gate and evaluates one input. */
async function evaluateGate(input, options = {}, extraWarnings = []) {
    const gate = await gate_loadGate(options);
    return gate.evaluate(input, extraWarnings);
}

;// CONCATENATED MODULE: ./src/policy/waivers.ts
/**
 * Waivers: `.trustacks/waivers.yaml` (input `waivers-file`).
 *
 *   waivers:
 *     - rule_id: SEC-003
 *       path: gitops/shop/*\/cart/**
 *       reason: the cart writes its cache to /tmp until TICKET-123
 *       expires: 2027-03-31          # a date (valid through that day, UTC) or an RFC 3339 time
 *       approved_by: platform-team
 *
 * This module only reads and checks the file; the shipped policy decides what a waiver
 * does (matching, expiry against input.now, and that constitution rules are never waived).
 * Malformed entries are reported as warnings that name the file and line, never as crashes.
 */





const waivers_DEFAULT_WAIVERS_FILE = '.trustacks/waivers.yaml';
const WAIVERS_CITATION = 'https://github.com/trustacks/gitops-action/blob/v1/POLICIES.md#waivers';
const FIELDS = ['rule_id', 'path', 'reason', 'expires', 'approved_by'];
function warning(file, line, message) {
    return {
        rule_id: 'waiver.malformed',
        title: 'Malformed waiver ignored',
        message: `${file}:${line}: ${message}`,
        path: file,
        citation: WAIVERS_CITATION,
        pack: 'gate',
        // Where validate mode reports it, as for waiver.expired and waiver.constitution (POLICIES.md, "Decision document").
        source: `${file}:${line}`,
    };
}
/** Normalises a waiver's `expires` to RFC 3339 UTC; a bare date means the end of that day (UTC). */
function normaliseExpiry(value) {
    const v = value.trim();
    const dateOnly = /^(\d{4})-(\d{2})-(\d{2})$/.exec(v);
    if (dateOnly) {
        const d = new Date(`${v}T23:59:59Z`);
        if (Number.isNaN(d.getTime()) || d.toISOString().slice(0, 10) !== v)
            return undefined;
        return `${v}T23:59:59Z`;
    }
    if (!/^\d{4}-\d{2}-\d{2}[Tt ]\d{2}:\d{2}:\d{2}(\.\d+)?([Zz]|[+-]\d{2}:\d{2})$/.test(v))
        return undefined;
    const d = new Date(v);
    if (Number.isNaN(d.getTime()))
        return undefined;
    return d.toISOString().replace(/\.\d{3}Z$/, 'Z');
}
/** Parses the text of a waivers file. `file` is the repo-relative name used in messages. */
function parseWaivers(text, file) {
    if ((0,nesting/* tooDeep */.DI)(text))
        return { waivers: [], warnings: [warning(file, 1, `nests more than ${nesting/* MAX_NESTING */.M1} levels deep; not read, no waiver applied`)] };
    const lc = new dist/* LineCounter */.HN();
    const doc = (0,dist/* parseDocument */.Tp)(text, { lineCounter: lc, prettyErrors: false });
    const lineOf = (node) => (node?.range ? lc.linePos(node.range[0]).line : 1);
    if (doc.errors.length > 0) {
        const e = doc.errors[0];
        const line = e.linePos?.[0]?.line ?? 1;
        return { waivers: [], warnings: [warning(file, line, `not valid YAML (${e.message.split('\n')[0]}); no waiver applied`)] };
    }
    if (doc.contents === null)
        return { waivers: [], warnings: [] };
    const root = doc.contents;
    if (!(0,dist/* isMap */.jh)(root))
        return { waivers: [], warnings: [warning(file, lineOf(root), "expected a mapping with a 'waivers' list; no waiver applied")] };
    const list = root.get('waivers', true);
    if (list === undefined || list === null || list.value === null)
        return { waivers: [], warnings: [] };
    if (!(0,dist/* isSeq */.oP)(list))
        return { waivers: [], warnings: [warning(file, lineOf(list), "'waivers' must be a list; no waiver applied")] };
    const waivers = [];
    const warnings = [];
    list.items.forEach((entry, i) => {
        const line = lineOf(entry);
        if (!(0,dist/* isMap */.jh)(entry)) {
            warnings.push(warning(file, line, `waiver #${i + 1} is not a mapping; ignored`));
            return;
        }
        const problems = [];
        const values = {};
        for (const key of FIELDS) {
            const v = entry.get(key);
            if (typeof v === 'string' && v.trim() !== '')
                values[key] = v.trim();
            else if (v instanceof Date)
                values[key] = v.toISOString();
            else
                problems.push(v === undefined || v === null ? `'${key}' is missing` : `'${key}' must be a non-empty string`);
        }
        const known = new Set(FIELDS);
        for (const pair of entry.items) {
            const k = String(pair.key?.value ?? pair.key);
            if (!known.has(k))
                problems.push(`unknown key '${k}'`);
        }
        let expires;
        if (values.expires !== undefined) {
            expires = normaliseExpiry(values.expires);
            if (!expires)
                problems.push(`'expires' ${JSON.stringify(values.expires)} is not a date (YYYY-MM-DD) or an RFC 3339 time`);
        }
        if (problems.length > 0) {
            const id = values.rule_id ? ` (${values.rule_id})` : '';
            warnings.push(warning(file, line, `waiver #${i + 1}${id} ignored: ${problems.join('; ')}`));
            return;
        }
        waivers.push({
            rule_id: values.rule_id,
            path: values.path.replace(/^\.\//, ''),
            reason: values.reason,
            expires: expires,
            approved_by: values.approved_by,
            source: `${file}:${line}`,
        });
    });
    return { waivers, warnings };
}
/** Reads the waivers file; a missing default file means no waivers. */
async function waivers_loadWaivers(options) {
    const file = options.file ?? waivers_DEFAULT_WAIVERS_FILE;
    const abs = (0,external_node_path_.isAbsolute)(file) ? file : (0,external_node_path_.join)(options.root, file);
    let text;
    try {
        text = await (0,promises_.readFile)(abs, 'utf8');
    }
    catch (err) {
        if (err.code === 'ENOENT' && !options.required)
            return { waivers: [], warnings: [] };
        const code = err.code;
        throw new errors/* InputError */.dz('waivers-file', `${file} cannot be read (${code === 'ENOENT' ? 'it does not exist' : code === 'EISDIR' ? 'it is a directory' : (code ?? err.message)})`);
    }
    return parseWaivers(text, file);
}

// EXTERNAL MODULE: ./src/validate/engine.ts + 16 modules
var engine = __webpack_require__(1807);
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
/** Infers the platform repo's URL from the Applications that deploy from the charts dir. */
function inferRepoUrl(model, chartsDir) {
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
        throw new errors/* InputError */.dz('repo-url', `is required: no existing Application deploys from ${chartsDir}/ to infer the platform repo's URL from`);
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
    '{cluster}/{service}-application',
    '{cluster}/{service}',
    '{cluster}/{service}-app',
].flatMap((t) => [`${t}.yaml`, `${t}.yml`]);
const CHART_TEMPLATES = ['{application}/{cluster}/{service}', '{cluster}/{application}/{service}', '{application}/{service}/{cluster}', '{cluster}/{service}', '{service}/{cluster}'];
const DEFAULT_NAME_TEMPLATE = '{service}-{cluster}';
const NAME_TEMPLATES = ['{service}-{cluster}', '{service}', '{cluster}-{service}', '{application}-{service}-{cluster}', '{application}-{service}', '{service}-{application}-{cluster}'];
function fill(template, v) {
    return template.replace(/\{(cluster|service|application)\}/g, (_, k) => v[k]);
}
function preserve_escapeRe(s) {
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
        src += preserve_escapeRe(template.slice(last, m.index));
        const k = m[1];
        if (names.includes(k))
            src += `\\k<${k}>`;
        else {
            src += `(?<${k}>[a-z0-9](?:[-a-z0-9]*[a-z0-9])?)`;
            names.push(k);
        }
        last = m.index + m[0].length;
    }
    src += preserve_escapeRe(template.slice(last));
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
            if (odd.length)
                parts.push(`${odd.length} ${odd.length === 1 ? 'follows' : 'follow'} no layout gitops-action knows: ${odd.slice(0, 5).join('; ')}${odd.length > 5 ? '; …' : ''}`);
            conflict = {
                found: `The ${samples.length} existing Applications that deploy from this repo do not follow one layout: ${parts.join('; ')}.`,
                options: `Move them to one layout (the default is ${describeLayout(DEFAULT_LAYOUT, req.appsDir, req.chartsDir)}), or point apps-dir/charts-dir at the part of the repo that follows it, then run again; or add ${req.service} by hand following the layout you want.`,
            };
        }
    }
    // Application names, destination and project: follow what the samples on the chosen layout do.
    const onLayout = samples.flatMap((s) => s.matches.filter((m) => key(m.layout) === key(layout)).map((m) => ({ app: s.app, vars: m.vars })));
    let nameTemplate = DEFAULT_NAME_TEMPLATE;
    if (onLayout.length > 0) {
        const ok = NAME_TEMPLATES.filter((t) => onLayout.every(({ app, vars }) => fill(t, vars) === app.name));
        if (ok.includes(DEFAULT_NAME_TEMPLATE))
            nameTemplate = DEFAULT_NAME_TEMPLATE;
        else if (ok.length > 0) {
            nameTemplate = ok[0];
            notes.push(`Named the Application(s) ${nameTemplate}, as the existing Applications are named.`);
        }
        else {
            notes.push(`The existing Applications follow no single naming pattern; named the new one(s) ${DEFAULT_NAME_TEMPLATE}.`);
        }
    }
    const projects = [...new Set(onLayout.map(({ app }) => app.project ?? 'default'))];
    const project = projects.length === 1 ? projects[0] : 'default';
    if (projects.length === 1 && project !== 'default')
        notes.push(`Used the Argo CD project '${project}', as every existing Application does.`);
    return { layout, nameTemplate, project, notes, samples, ...(conflict ? { conflict } : {}) };
}
/** The destination for a cluster, following the existing Applications of that cluster, then of the repo. */
function chooseDestination(conv, cluster) {
    // With no common layout the run halts on that question, and the Applications of this
    // cluster (if any) are on no layout to read from: "no Applications yet" would be false.
    if (conv.conflict)
        return { dest: { name: cluster } };
    const key = (l) => `${l.appFile}|${l.chart}`;
    const onLayout = conv.samples.flatMap((s) => s.matches.filter((m) => key(m.layout) === key(conv.layout)).map((m) => ({ app: s.app, vars: m.vars })));
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
/** Describes an existing chart or kustomization directory; undefined when it is neither. */
async function describeExistingSource(root, dir, listing) {
    const rel = (f) => f.slice(dir.length + 1);
    const names = new Set(listing.files.map(rel));
    const hasChart = names.has('Chart.yaml');
    const kustomization = ['kustomization.yaml', 'kustomization.yml', 'Kustomization'].find((k) => names.has(k));
    if (!hasChart && !kustomization)
        return undefined;
    const detected = [];
    const kinds = new Set();
    let library = false;
    let image;
    let imageValue;
    if (hasChart) {
        const templates = [...names].filter((n) => n.startsWith('templates/'));
        const custom = templates.filter((n) => !STANDARD_TEMPLATES.has(n.slice('templates/'.length)));
        if (custom.length)
            detected.push(`custom templates (${custom.join(', ')})`);
        const valueFiles = [...names].filter((n) => /^values[-.].*\.ya?ml$/.test(n) && n !== 'values.yaml');
        if (valueFiles.length)
            detected.push(`extra values files (${valueFiles.join(', ')})`);
        if (names.has('values.yaml')) {
            try {
                const v = (0,dist/* parse */.qg)(await (0,promises_.readFile)((0,external_node_path_.join)(root, dir, 'values.yaml'), 'utf8'), { logLevel: 'error' });
                if (v && typeof v === 'object' && !Array.isArray(v)) {
                    const extra = Object.keys(v).filter((k) => !STANDARD_VALUE_KEYS.has(k)).sort();
                    if (extra.length)
                        detected.push(`extra values (${extra.join(', ')})`);
                    imageValue = v.image;
                }
            }
            catch {
                detected.push('a values.yaml that does not parse as YAML');
            }
        }
        try {
            const c = (0,dist/* parse */.qg)(await (0,promises_.readFile)((0,external_node_path_.join)(root, dir, 'Chart.yaml'), 'utf8'), { logLevel: 'error' });
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
    if (kustomization)
        detected.push(`a kustomization (${kustomization})`);
    if (listing.symlinks.length)
        detected.push(`symbolic links (${listing.symlinks.map(rel).join(', ')})`);
    for (const f of listing.files) {
        if (!/\.(ya?ml|tpl)$/.test(f))
            continue;
        if (hasChart && !f.startsWith(`${dir}/templates/`))
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
        kind: kustomization && !hasChart ? 'kustomize' : hasChart && !kustomization ? 'helm' : 'directory',
        files: listing.files,
        detected,
        resourceKinds: [...kinds].sort(),
        library,
        ...(image ? { image } : {}),
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

;// CONCATENATED MODULE: ./src/generate/workflow.ts

/** A target revision that names a branch (not HEAD, a version tag or a commit SHA). */
function pushBranch(revision) {
    return revision === 'HEAD' || /^v?\d+(\.\d+)*([-+].*)?$/.test(revision) || /^[0-9a-f]{40}$/.test(revision) ? 'main' : revision;
}
/** Where the workflow expects the service's source (its Dockerfile): documented in the proposal's notes. */
function buildContext(service) {
    return `services/${service}`;
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
    const doc = (0,yamldoc/* newDoc */.Xh)(wf, `CI for ${p.service}: builds ${context}/Dockerfile and pushes ${p.image.repository}:<commit sha>.\nGenerated by gitops-action; edit freely. To deploy a new build, bump image.tag in the service's values.yaml.` +
        (ghcr ? '' : `\nNeeds the secrets REGISTRY_USERNAME and REGISTRY_PASSWORD for ${registry}.`));
    return (0,yamldoc/* render */.XX)(doc);
}

;// CONCATENATED MODULE: ./src/generate/proposal.ts







function workflowPath(service) {
    return `.github/workflows/${service}-ci.yaml`;
}
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
        req.repoUrl = inferRepoUrl(m, req.chartsDir);
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
    if (conv.conflict)
        conflicts.push(conv.conflict);
    const kept = new Set();
    const plans = [];
    /** Application names proposed so far in this run, with their cluster. */
    const proposedNames = new Map();
    for (const cluster of req.clusters) {
        const vars = { cluster, service: req.service, application: req.application };
        const appFile = `${req.appsDir}/${fill(conv.layout.appFile, vars)}`;
        const chartDir = `${req.chartsDir}/${fill(conv.layout.chart, vars)}`;
        const appName = fill(conv.nameTemplate, vars);
        const deploysChart = (a) => a.sources.some((s) => s.path !== undefined && s.kind !== 'ref' && sameRepo(s.repoURL, req.repoUrl) && normPath(s.path) === chartDir);
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
            const existing = await describeExistingSource(root, chartDir, listing);
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
                notes.push(`Kept the existing ${existing.kind === 'kustomize' ? 'kustomization' : 'chart'} ${chartDir}/ as it is (${names.join(', ')})` +
                    (existing.detected.length ? `; detected: ${existing.detected.join('; ')}.` : '; nothing beyond the standard chart files was detected.') +
                    (app.state === 'create' ? ' Only its Application is proposed.' : ''));
                // Asked again for a service that exists, with another image: say plainly that it is not applied.
                // (Not when an image updater writes the image back beside it: values.yaml is not what runs.)
                const updater = listing.files.some((f) => /\/\.argocd-source(-[^/]*)?\.ya?ml$/.test(f));
                if (existing.image && req.image && !updater && !sameImage(existing.image, req.image)) {
                    notes.push(`The requested image ${req.image} is not applied: ${chartDir}/values.yaml keeps ${existing.image}. gitops-action only adds what is missing and never changes an existing file; change the image in a pull request of your own (or with your image updater).`);
                }
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
        if (app.state === 'kept' && chart.state === 'create') {
            notes.push(`The Application '${app.existing.name}' (${app.existing.file}) points at ${chartDir}, which does not exist yet: only the chart is proposed.`);
        }
        if (app.state === 'create') {
            const { dest, note } = chooseDestination(conv, cluster);
            if (note)
                notes.push(note);
            plans.push({ cluster, appName, appFile, chartDir, app, chart, dest });
        }
        else {
            plans.push({ cluster, appName, appFile, chartDir, app, chart });
        }
    }
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
        }
        else if (k !== 'missing') {
            conflicts.push({ found: `${wfPath} is ${kindWords(k)}.`, options: `Move it out of the way, or set ci-workflow: skip, then run again.` });
        }
    }
    // Paths to be created that an existing entry matches but for case.
    const toCreate = [
        ...plans.flatMap((p) => [...(p.chart.state === 'create' ? [p.chartDir] : []), ...(p.app.state === 'create' ? [p.appFile] : [])]),
        ...(workflow === 'create' ? [wfPath] : []),
    ];
    for (const path of toCreate) {
        const twin = await caseTwin(root, path);
        if (twin)
            conflicts.push({ found: `${twin} already exists and differs from ${path} only in case: on a macOS or Windows checkout they are the same path.`, options: 'Use the existing name (choose the service or application as it is spelled there), or rename it in its own pull request, then run again.' });
    }
    const emptyBlast = { clusters: [], namespaces: [], applications: [], resourceKinds: [], prune: false };
    if (conflicts.length > 0) {
        return {
            request: req,
            files: [],
            preservationNotes: notes,
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
                    project: conv.project,
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
        files.push({ path: wfPath, action: 'create', content: workflowYaml({ service: req.service, image, branch: req.targetRevision }) });
        notes.push(`The CI workflow ${wfPath} builds ${buildContext(req.service)}/Dockerfile and pushes ${image.repository}; adjust its context if the service's source lives elsewhere.`);
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
    };
}
function formatQuestion(req, conflicts) {
    const lines = [`gitops-action stopped before proposing anything for '${req.service}': it found something in the repo that it cannot work around without overwriting a person's files or guessing.`];
    conflicts.forEach((c, i) => lines.push(`${i + 1}. ${c.cluster ? `[${c.cluster}] ` : ''}${c.found} ${c.options}`));
    lines.push('How do you want to proceed?');
    return lines.join('\n');
}
/** A version tag (v1.2.3, 1.4) or a full commit SHA, as opposed to a branch or HEAD. */
const PINNED_REVISION = /^(?:v?\d+(?:\.\d+)+(?:[-+][0-9A-Za-z.-]+)?|[0-9a-f]{40})$/;
/** The kinds to list after a rollback, as kubectl takes them (what the chart renders; the standard chart's when unknown). */
function kubectlKinds(kinds) {
    return (kinds.length ? kinds : ['Deployment', 'Service', 'ServiceAccount']).map((k) => k.toLowerCase()).join(',');
}
function rollbackSteps(req, plans, blast, workflow) {
    const steps = [`Revert the pull request (GitHub's Revert button, or git revert -m 1 <merge commit> on the branch it was merged into): the files it created disappear from that branch.`];
    const created = plans.filter((p) => p.app.state === 'create');
    if (created.length) {
        steps.push(`The root App-of-Apps then prunes the Application(s) ${created.map((p) => `'${p.appName}' (${p.cluster})`).join(', ')}; through the resources finalizer, Argo CD deletes what they deployed (${blast.resourceKinds.join(', ')} in namespace(s) ${blast.namespaces.join(', ')}). The namespace itself, created by CreateNamespace=true, is not deleted.`);
    }
    const chartOnly = plans.filter((p) => p.app.state === 'kept' && p.chart.state === 'create');
    for (const p of chartOnly) {
        if (p.app.state === 'kept')
            steps.push(`The existing Application '${p.app.existing.name}' stays; after the revert its chart folder ${p.chartDir} is gone and it shows an error until the chart is back or the Application is removed.`);
    }
    for (const p of plans) {
        if (p.chart.state !== 'create' && p.app.state !== 'create')
            continue;
        const name = p.app.state === 'kept' ? p.app.existing.name : p.appName;
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

;// CONCATENATED MODULE: ./src/generate/run.ts





/**
 * The one place generation meets the policy gate: builds the policy input document from the
 * proposal and the repo model, and evaluates it (fail-closed: a gate that cannot decide denies).
 */
async function decideProposal(root, proposal, model, opts) {
    const w = await waivers_loadWaivers({ root, ...(opts.waiversFile ? { file: opts.waiversFile, required: true } : {}) });
    const config = {
        packs: opts.packs,
        repoUrl: proposal.request.repoUrl,
        appsDir: proposal.request.appsDir,
        chartsDir: proposal.request.chartsDir,
        ...(opts.protectedNamespaces ? { protectedNamespaces: opts.protectedNamespaces } : {}),
        ...(opts.productionClusters ? { productionClusters: opts.productionClusters } : {}),
    };
    const input = input_buildPolicyInput(proposal, { config, repo: model, waivers: w.waivers, event: { name: 'generate' } });
    return evaluateGate(input, { root, ...opts.gate }, w.warnings);
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
    return `${out.join('\n')}\n`;
}
/** Escapes text for a Markdown table cell or line (names from the repo are not trusted markup). */
function md(s) {
    return s.replace(/[\\`*_{}[\]<>|#!]/g, (c) => `\\${c}`).replace(/\r?\n/g, ' ');
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
        out.push('### Files', '', '| Action | Path |', '| --- | --- |', ...p.files.map((f) => `| ${f.action} | \`${f.path.replace(/`/g, "'")}\` |`), '');
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

;// CONCATENATED MODULE: ./src/github/ref-name.ts
/**
 * Branch names as git takes them (`git check-ref-format --branch`). GitHub refuses the
 * others with a 422 only when the ref is created, after the tree and commit are written:
 * checking first lets the action refuse a bad `branch-prefix` before anything is read or written.
 */

/** Why `branch` is not a valid git branch name, or undefined when it is one. */
function branchNameProblem(branch) {
    if (branch === '')
        return 'it is empty';
    // Valid to git, but GitHub would create refs/heads/refs/heads/...: a branch literally named so.
    if (branch.startsWith('refs/'))
        return "it starts with 'refs/' (the prefix goes after refs/heads/, give it without)";
    if (branch.startsWith('-'))
        return "it starts with '-'";
    const bad = /[\x00-\x20\x7f~^:?*[\\]/.exec(branch);
    if (bad)
        return `it contains ${describeChar(bad[0])}`;
    if (branch.includes('..'))
        return "it contains '..'";
    if (branch.includes('@{'))
        return "it contains '@{'";
    if (branch.startsWith('/') || branch.endsWith('/'))
        return "it starts or ends with '/'";
    if (branch.includes('//'))
        return "it contains '//'";
    if (branch.endsWith('.'))
        return "it ends with '.'";
    for (const part of branch.split('/')) {
        if (part.startsWith('.'))
            return `its part '${part}' starts with '.'`;
        if (part.endsWith('.lock'))
            return `its part '${part}' ends with '.lock'`;
    }
    return undefined;
}
function describeChar(c) {
    if (c === ' ')
        return 'a space';
    const code = c.charCodeAt(0);
    return code < 0x20 || code === 0x7f ? `a control character (U+${code.toString(16).toUpperCase().padStart(4, '0')})` : `'${c}'`;
}
const HINT = "(see git check-ref-format; e.g. 'gitops/' or 'deploy-')";
/**
 * Refuses a branch name git would refuse, naming the input `branch-prefix` (application and
 * service are DNS labels, checked where they are read, so only the prefix can make it invalid).
 */
function assertBranchName(branch, prefix) {
    const problem = branchNameProblem(branch);
    if (problem) {
        throw new InputError('branch-prefix', `${JSON.stringify(prefix)} makes the branch ${JSON.stringify(branch)}, which is not a valid git branch name: ${problem} ${HINT}.`);
    }
}
/** The `branch-prefix` input, checked with a sample application and service before anything is read. */
function ref_name_checkBranchPrefix(prefix) {
    const problem = branchNameProblem(`${prefix}application/service`);
    if (problem) {
        throw new InputError('branch-prefix', `${JSON.stringify(prefix)} does not make valid git branch names (<branch-prefix><application>/<service>): ${problem} ${HINT}.`);
    }
    return prefix;
}

// EXTERNAL MODULE: ./src/validate/sink.ts
var sink = __webpack_require__(2135);
;// CONCATENATED MODULE: ./src/policy/findings.ts

/**
 * Validate mode (input `policy-on-validate`): the decision over the existing repo as
 * findings with file and line, like the other validate rules.
 */



function locate(text, docIndex, field) {
    const lc = new LineCounter();
    let docs;
    if (tooDeep(text))
        return { line: 1, column: 1 }; // never handed to the parser (nesting.ts)
    try {
        const parsed = parseAllDocuments(text, { lineCounter: lc, uniqueKeys: false });
        docs = Array.isArray(parsed) ? parsed : [];
    }
    catch {
        return { line: 1, column: 1 };
    }
    if (docIndex === null || docIndex === undefined || !docs[docIndex])
        return { line: 1, column: 1 };
    const doc = docs[docIndex];
    const pos = (node) => {
        if (isNode(node) && node.range) {
            const { line, col } = lc.linePos(node.range[0]);
            return { line, column: col };
        }
        return undefined;
    };
    const path = field ?? [];
    // The deepest part of the path that exists: the key itself, else its nearest parent.
    for (let n = path.length; n > 0; n--) {
        const node = doc.getIn(path.slice(0, n), true);
        const at = pos(node);
        if (at) {
            // Point at the key rather than the value when the key is in a map.
            const parent = n > 1 ? doc.getIn(path.slice(0, n - 1), true) : doc.contents;
            const pair = parent?.items?.find((p) => p.value === node && isNode(p.key));
            return (pair && pos(pair.key)) ?? at;
        }
    }
    return pos(doc.contents) ?? { line: 1, column: 1 };
}
function toFinding(item, severity, texts) {
    // A finding about a waiver belongs on the waiver in its file (`source`), not on the glob it names.
    const source = typeof item.source === 'string' ? /^(.+):(\d+)$/.exec(item.source) : null;
    if (source) {
        return { ruleId: item.rule_id, severity, file: source[1], line: Number(source[2]), column: 1, message: bounded(`${item.title}: ${item.message}`), hint: `See ${item.citation}.` };
    }
    const text = texts.get(item.path);
    const at = text === undefined ? { line: 1, column: 1 } : locate(text, item.document, item.field);
    const waivable = item.pack !== 'constitution' && item.pack !== 'gate' && !item.rule_id.startsWith('CON-');
    const waived = item.waiver ? ` Waived until ${item.waiver.expires} by ${item.waiver.approved_by}: ${item.waiver.reason}.` : '';
    return {
        ruleId: item.rule_id,
        severity,
        file: item.path,
        line: at.line,
        column: at.column,
        message: bounded(`${item.title}: ${item.message}`),
        hint: `See ${item.citation}.${waived}${!item.waiver && severity === 'error' && waivable ? ' A waiver in .trustacks/waivers.yaml can accept this with a reason and an expiry.' : ''}`,
    };
}
/**
 * Turns a decision into findings: denials are errors, warnings (including waived
 * denials) are warnings. `input` supplies the file contents to find lines in.
 */
function findings_decisionToFindings(decision, input) {
    const texts = new Map();
    for (const f of input.files)
        texts.set(f.path, parseForPolicy(f.path, f.content).text);
    return [
        ...decision.denials.map((d) => toFinding(d, 'error', texts)),
        ...decision.warnings.map((w) => toFinding(w, 'warning', texts)),
    ];
}

;// CONCATENATED MODULE: ./src/policy/index.ts








function gateOptions(root, s) {
    return {
        root,
        ...(s.wasmPath ? { wasmPath: s.wasmPath } : {}),
        ...(s.opaPath ? { opaPath: s.opaPath } : {}),
        ...(s.policyDir ? { policyDir: s.policyDir } : {}),
        policyDirRequired: Boolean(s.policyDirExplicit),
    };
}
/** Evaluates a proposal. Throws UserError for configuration mistakes; otherwise never allows on failure. */
async function gateProposal(proposal, repo, settings, context = {}) {
    const waivers = await loadWaivers({ root: repo.root, file: settings.waiversFile, required: Boolean(settings.waiversFileExplicit) });
    const gate = await loadGate(gateOptions(repo.root, settings));
    const input = buildPolicyInput(proposal, { config: settings, repo, waivers: waivers.waivers, event: context.event, now: context.now });
    return { decision: gate.evaluate(input, waivers.warnings), input };
}
/** Evaluates the existing repo (validate mode) and returns the decision as findings too. */
async function gateRepo(repo, settings, context = {}) {
    const waivers = await loadWaivers({ root: repo.root, file: settings.waiversFile, required: Boolean(settings.waiversFileExplicit) });
    const gate = await loadGate(gateOptions(repo.root, settings));
    const input = await buildRepoPolicyInput({ config: settings, repo, waivers: waivers.waivers, event: context.event, now: context.now });
    const decision = gate.evaluateBatched(input, waivers.warnings);
    return { decision, input, findings: decisionToFindings(decision, input) };
}
/** The decision's part of `gitops-action generate ... --format json`. */
function decisionJson(d) {
    return { decision: d.allow ? 'allow' : 'deny', denials: d.denials, warnings: d.warnings, waived: d.waived, evaluated: d.evaluated.length, packs: d.packs ?? [] };
}

// EXTERNAL MODULE: ./src/repo/k8s-names.ts
var k8s_names = __webpack_require__(661);
;// CONCATENATED MODULE: ./src/settings.ts







const GENERATE_INPUT_NAMES = (/* unused pure expression or super */ null && (['service', 'application', 'clusters', 'image', 'port', 'replicas', 'namespace', 'target-revision', 'ci-workflow', 'dry-run']));
function parseBoolean(name, value, fallback) {
    const v = value.trim().toLowerCase();
    if (v === '')
        return fallback;
    if (['true', 'yes', '1', 'on'].includes(v))
        return true;
    if (['false', 'no', '0', 'off'].includes(v))
        return false;
    throw new InputError(name, `must be true or false, not ${JSON.stringify(value)}`);
}
/** `render: true | false | changed` (and the boolean spellings parseBoolean takes). */
function parseRender(value, helmPath) {
    const helm = helmPath.trim() ? { helm: helmPath.trim() } : {};
    if (value.trim().toLowerCase() === 'changed')
        return { enabled: true, changedOnly: true, ...helm };
    try {
        return { enabled: parseBoolean('render', value, false), ...helm };
    }
    catch {
        throw new InputError('render', `must be true, false or changed, not ${JSON.stringify(value)}`);
    }
}
/** A comma- or newline-separated list, trimmed, empties dropped. */
function parseList(value) {
    return value
        .split(/[,\n]/)
        .map((s) => s.trim())
        .filter(Boolean);
}
/**
 * A list input whose default applies when it is blank: given, it must name at least one
 * item. `production-clusters: ","` parsed to no pattern at all, which silently switched the
 * production pack off for every cluster.
 */
function parseGivenList(name, value) {
    if (!value.trim())
        return undefined;
    const list = parseList(value);
    if (list.length === 0)
        throw new errors/* InputError */.dz(name, `${JSON.stringify(value)} names nothing: leave it empty for the default, or give one or more items separated by commas or newlines`);
    return list;
}
/**
 * A list of namespace names. The gate matches them exactly, so `Vault` or `kube system`
 * would protect nothing without a word: refused, naming the input.
 */
function parseNamespaceList(name, value) {
    const list = parseList(value);
    const bad = list.filter((ns) => !(0,k8s_names/* isNamespaceName */.Pi)(ns));
    if (bad.length)
        throw new errors/* InputError */.dz(name, `${bad.map((b) => JSON.stringify(b)).join(', ')} ${bad.length === 1 ? 'is not a namespace name' : 'are not namespace names'} (lower-case letters, digits and '-', at most 63 characters)`);
    return list;
}
function oneOf(name, value, allowed, fallback) {
    const v = value.trim() || fallback;
    if (!allowed.includes(v))
        throw new InputError(name, `must be one of ${allowed.join(', ')}, not ${JSON.stringify(value)}`);
    return v;
}
/** A path input that must stay inside the workspace (resolved against it, and through symbolic links). */
function insideWorkspace(name, value, workspace) {
    const abs = resolve(workspace, value);
    const outside = (from, to) => {
        const rel = relative(from, to);
        return rel === '..' || rel.startsWith('../') || isAbsolute(rel);
    };
    if (outside(workspace, abs))
        throw new InputError(name, `${JSON.stringify(value)} is outside the workspace ${workspace}`);
    // (Checked on disk only when the workspace is there: the settings of a run elsewhere stay pure.)
    if (!existsSync(workspace))
        return abs;
    if (!existsSync(abs))
        throw new InputError(name, `${JSON.stringify(value)} does not exist in the workspace ${workspace}`);
    // A link inside the workspace may lead out of it: the real paths decide.
    const real = realpathSync(abs);
    if (outside(realpathSync(workspace), real))
        throw new InputError(name, `${JSON.stringify(value)} leads outside the workspace ${workspace} (through a symbolic link, to ${real})`);
    return abs;
}
/**
 * A report must not land where the platform repo's content is: a SARIF log written over an
 * Application (`sarif-file: argo-apps/argo-apps-prod/cart-application.yaml`) destroys it, and
 * one written into a chart or the apps dir is read as a manifest by the next run and by Argo
 * CD. Refused, naming the input: inside the charts dir, the apps dir (at the repo root: its
 * YAML and JSON files), `.git/` and `.github/`. Elsewhere (the workspace root, RUNNER_TEMP) is fine.
 */
function notIntoContent(name, abs, workspace, appsDir, chartsDir, checkoutRoot) {
    // Through links too: the deepest folder that exists, by its real path (`current -> gitops`).
    const real = realOfDeepest(abs);
    const realWorkspace = existsSync(workspace) ? realpathSync(workspace) : workspace;
    // The checkout's own .git/ and .github/ are at its root, also when `path` is a folder of it.
    if (checkoutRoot && checkoutRoot !== workspace) {
        const root = existsSync(checkoutRoot) ? realpathSync(checkoutRoot) : checkoutRoot;
        const fromRoot = relative(root, real).split('\\').join('/');
        if (/^\.git(hub)?(\/|$)/.test(fromRoot))
            throw new InputError(name, `${JSON.stringify(fromRoot)} is inside the checkout's ${fromRoot.split('/')[0]}/: the report would overwrite or join the repository's content; write it elsewhere (the workspace root, or $RUNNER_TEMP)`);
    }
    const rel = relative(realWorkspace, real).split('\\').join('/');
    if (!rel || rel === '..' || rel.startsWith('../') || isAbsolute(rel))
        return;
    const under = (dir) => dir !== '.' && (rel === dir || rel.startsWith(`${dir}/`));
    const hit = under(chartsDir)
        ? `the charts directory ${chartsDir}/`
        : under(appsDir)
            ? `the apps directory ${appsDir}/`
            : appsDir === '.' && /\.(ya?ml|json)$/i.test(rel) && !rel.includes('/.')
                ? 'the apps directory (the repository root), whose YAML and JSON files are read as Applications'
                : /^\.git(hub)?(\/|$)/.test(rel)
                    ? `${rel.split('/')[0]}/`
                    : undefined;
    if (hit)
        throw new InputError(name, `${JSON.stringify(rel)} is inside ${hit}: the report would overwrite or join the repository's content; write it elsewhere (the workspace root, or $RUNNER_TEMP)`);
}
/** `abs` with its deepest existing ancestor replaced by that ancestor's real path. */
function realOfDeepest(abs) {
    const rest = [];
    let d = abs;
    for (;;) {
        try {
            return join(realpathSync(d), ...rest.reverse());
        }
        catch {
            const up = dirname(d);
            if (up === d)
                return abs;
            rest.push(basename(d));
            d = up;
        }
    }
}
function repoRelative(name, value) {
    const v = value.trim();
    if (!v || isAbsolute(v) || v.split(/[\\/]/).includes('..'))
        throw new InputError(name, `${JSON.stringify(value)} must be a relative path inside the repository`);
    // `./` and `.` are the repo root, as `--apps-dir .` is.
    return v.replace(/\\/g, '/').replace(/^\.\//, '').replace(/\/+$/, '') || '.';
}
function getSettings(input, env = process.env) {
    const mode = oneOf('mode', input('mode'), ['validate', 'generate', 'bootstrap'], 'validate');
    const root = resolve(env.GITHUB_WORKSPACE || process.cwd());
    const workspace = insideWorkspace('path', input('path') || '.', root);
    const serverUrl = (env.GITHUB_SERVER_URL || 'https://github.com').replace(/\/+$/, '');
    const repoUrl = input('repo-url').trim() || (env.GITHUB_REPOSITORY ? `${serverUrl}/${env.GITHUB_REPOSITORY}` : undefined);
    // Never default into the checkout: the action writes nothing there.
    const temp = env.RUNNER_TEMP || tmpdir();
    const sarif = input('sarif-file').trim();
    const token = input('token');
    const reportFile = resolve(root, input('report-file').trim() || resolve(temp, 'gitops-action-report.json'));
    const sarifFile = sarif ? resolve(root, sarif) : undefined;
    if (sarifFile && sarifFile === reportFile)
        throw new InputError('sarif-file', `${JSON.stringify(sarif)} is also report-file: the SARIF log would overwrite the JSON report; give each its own path`);
    const appsDir = repoRelative('apps-dir', input('apps-dir') || 'argo-apps');
    const chartsDir = repoRelative('charts-dir', input('charts-dir') || 'gitops');
    notIntoContent('report-file', reportFile, workspace, appsDir, chartsDir, root);
    if (sarifFile)
        notIntoContent('sarif-file', sarifFile, workspace, appsDir, chartsDir, root);
    return {
        mode,
        workspace,
        appsDir,
        chartsDir,
        repoUrl,
        failOn: oneOf('fail-on', input('fail-on'), ['error', 'warning', 'never'], 'error'),
        reportFile,
        sarifFile,
        policy: {
            onValidate: parseBoolean('policy-on-validate', input('policy-on-validate'), false),
            packs: parseList(input('packs')),
            policyDir: input('policy-dir').trim() || DEFAULT_POLICY_DIR,
            policyDirExplicit: input('policy-dir').trim() !== '',
            waiversFile: input('waivers-file').trim() || DEFAULT_WAIVERS_FILE,
            // action.yml gives the default as the input's value: only another path counts as asked for.
            waiversFileExplicit: (input('waivers-file').trim() || DEFAULT_WAIVERS_FILE) !== DEFAULT_WAIVERS_FILE,
            protectedNamespaces: input('protected-namespaces').trim() ? parseNamespaceList('protected-namespaces', input('protected-namespaces')) : undefined,
            productionClusters: parseGivenList('production-clusters', input('production-clusters')),
        },
        github: {
            token,
            checkName: input('check-name').trim() || 'gitops-action',
            branchPrefix: checkBranchPrefix(input('branch-prefix') || 'gitops/'),
            base: input('base').trim() || undefined,
            labels: parseList(input('labels')),
            reviewers: parseList(input('reviewers')),
            teamReviewers: parseList(input('team-reviewers')),
            draft: parseBoolean('draft', input('draft'), false),
            workflowWrite: oneOf('workflow-write', input('workflow-write'), ['auto', 'allow', 'deny'], 'auto'),
        },
        render: parseRender(input('render'), input('helm-path')),
        generateInputs: Object.fromEntries(GENERATE_INPUT_NAMES.map((n) => [n, input(n)])),
        bootstrap: { revision: input('target-revision').trim() || 'HEAD' },
    };
}
/** The policy gate's settings, as generate and validate modes pass them. */
function gateSettings(settings) {
    return {
        packs: settings.policy.packs,
        repoUrl: settings.repoUrl ?? '',
        appsDir: settings.appsDir,
        chartsDir: settings.chartsDir,
        ...(settings.policy.protectedNamespaces ? { protectedNamespaces: settings.policy.protectedNamespaces } : {}),
        ...(settings.policy.productionClusters ? { productionClusters: settings.policy.productionClusters } : {}),
        policyDir: settings.policy.policyDir,
        policyDirExplicit: settings.policy.policyDirExplicit,
        waiversFile: settings.policy.waiversFile,
        waiversFileExplicit: settings.policy.waiversFileExplicit,
    };
}

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
const list = (s) => (s === undefined ? undefined : parseList(s));
/** `gitops-action generate`. Returns the exit code; reports its own errors on io.stderr. */
async function runGenerateCli(argv, io, deps = {}) {
    try {
        return await generate_run(argv, io, deps);
    }
    catch (err) {
        if (!(0,cli_io/* isUsageError */.mD)(err))
            throw err;
        return (0,cli_io/* reportUsageError */.gD)(io, 'generate', argv, err, GENERATE_USAGE);
    }
}
async function generate_run(argv, io, deps) {
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
        ...(v['protected-namespaces'] !== undefined ? { protectedNamespaces: parseNamespaceList('--protected-namespaces', v['protected-namespaces']) } : {}),
        ...(v['production-clusters'] !== undefined ? { productionClusters: parseGivenList('--production-clusters', v['production-clusters']) } : {}),
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
    if (['true', 'True', 'TRUE'].includes(raw))
        return true;
    if (['false', 'False', 'FALSE'].includes(raw))
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
/** A repo-relative directory made of plain segments (no `..`, no absolute path, no hidden segments). */
function validateRepoDir(input, value) {
    const segs = value.split('/');
    if (value.length > 200 || segs.some((s) => !/^[A-Za-z0-9_][A-Za-z0-9._-]*$/.test(s) || s === '..')) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(input, `${showValue(value)} is not a plain repo-relative directory (letters, digits, '.', '_', '-', separated by '/')`);
    }
    return value;
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
    const appsDir = validateRepoDir('apps-dir', get('apps-dir') ?? DEFAULTS.appsDir);
    const chartsDir = validateRepoDir('charts-dir', get('charts-dir') ?? DEFAULTS.chartsDir);
    if (appsDir === chartsDir || appsDir.startsWith(`${chartsDir}/`) || chartsDir.startsWith(`${appsDir}/`)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz('charts-dir', `${showValue(chartsDir)} overlaps apps-dir ${showValue(appsDir)}`);
    }
    for (const c of clusters) {
        if (`${service}-${c}`.length > 53) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz('service', `the Application name ${showValue(`${service}-${c}`)} would be longer than 53 characters (a Helm release name limit); use a shorter service or cluster name`);
        }
    }
    return {
        service,
        application,
        clusters,
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

//# sourceMappingURL=989.index.js.map