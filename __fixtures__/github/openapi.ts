/**
 * Validates GitHub REST traffic against GitHub's published OpenAPI description
 * (`@octokit/openapi`, generated/api.github.com.json).
 *
 * `validateExchange` finds the operation for a method and a concrete path,
 * checks the JSON request body against the operation's request schema and the
 * JSON response body against the response schema for its status, and returns
 * the problems as strings (empty when both conform).
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { Ajv, type ValidateFunction } from 'ajv';
import addFormatsModule from 'ajv-formats';

// ajv-formats is CommonJS; under ESM its default export may be wrapped.
const addFormats = ((addFormatsModule as unknown as { default?: unknown }).default ?? addFormatsModule) as (
  ajv: Ajv,
) => Ajv;

type Json = Record<string, unknown>;

interface Operation {
  method: string;
  template: string;
  regex: RegExp;
  literalLength: number;
  op: Json;
}

/** Parameters whose values may contain slashes (git refs, branch names, base...head). */
const GREEDY_PARAMS = new Set(['ref', 'branch', 'basehead', 'path']);

let loaded: { ajv: Ajv; ops: Operation[]; spec: Json } | undefined;
const compiled = new Map<string, ValidateFunction | null>();

function load(): { ajv: Ajv; ops: Operation[]; spec: Json } {
  if (loaded) return loaded;
  const require = createRequire(import.meta.url);
  const pkgDir = dirname(require.resolve('@octokit/openapi/package.json'));
  const spec = JSON.parse(readFileSync(join(pkgDir, 'generated', 'api.github.com.json'), 'utf8')) as Json;
  const components = spec.components as Json;
  fixSchemas(components);
  const ajv = new Ajv({ strict: false, allErrors: true, validateSchema: false });
  addFormats(ajv);
  ajv.addFormat('repo.nwo', /^[^/]+\/[^/]+$/);
  ajv.addSchema({ $id: 'gh', components: rewriteRefs(components) } as Json);
  const ops: Operation[] = [];
  for (const [template, item] of Object.entries(spec.paths as Record<string, Json>)) {
    const parts = template.split(/(\{[^}]+\})/).filter(Boolean);
    let literalLength = 0;
    const source = parts
      .map((part) => {
        const m = /^\{(.+)\}$/.exec(part);
        if (!m) {
          literalLength += part.length;
          return part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
        }
        return GREEDY_PARAMS.has(m[1]) ? '(.+)' : '([^/]+)';
      })
      .join('');
    const regex = new RegExp(`^${source}$`);
    for (const [method, op] of Object.entries(item)) {
      if (['get', 'post', 'put', 'patch', 'delete'].includes(method)) {
        ops.push({ method: method.toUpperCase(), template, regex, literalLength, op: op as Json });
      }
    }
  }
  ops.sort((a, b) => b.literalLength - a.literalLength);
  loaded = { ajv, ops, spec };
  return loaded;
}

/** OpenAPI 3.0 `nullable: true` beside an `enum`: ajv rejects null unless the enum lists it. */
function fixSchemas(node: unknown): void {
  if (Array.isArray(node)) {
    node.forEach(fixSchemas);
    return;
  }
  if (!node || typeof node !== 'object') return;
  const obj = node as Json;
  for (const v of Object.values(obj)) fixSchemas(v);
  if (obj.nullable === true && Array.isArray(obj.enum) && !obj.enum.includes(null)) obj.enum.push(null);
  if (obj.nullable === true && obj.type === undefined) {
    // `nullable` beside allOf/anyOf/$ref only: ajv wants a type; say "this, or null" instead.
    const copy: Json = { ...obj };
    delete copy.nullable;
    for (const k of Object.keys(obj)) delete obj[k];
    obj.anyOf = [copy, { type: 'null' }];
  }
}

function rewriteRefs<T>(node: T): T {
  if (Array.isArray(node)) return node.map(rewriteRefs) as T;
  if (!node || typeof node !== 'object') return node;
  const out: Json = {};
  for (const [k, v] of Object.entries(node as Json)) {
    out[k] = k === '$ref' && typeof v === 'string' && v.startsWith('#/components') ? `gh${v}` : rewriteRefs(v);
  }
  return out as T;
}

export function findOperation(method: string, path: string): { template: string; operationId: string } | undefined {
  const { ops } = load();
  const pathname = path.split('?')[0];
  const op = ops.find((o) => o.method === method.toUpperCase() && o.regex.test(pathname));
  return op ? { template: op.template, operationId: String(op.op.operationId) } : undefined;
}

function resolveRef(spec: Json, value: Json): Json {
  let v = value;
  while (typeof v.$ref === 'string') {
    const parts = (v.$ref as string).replace(/^#\//, '').split('/');
    let cur: unknown = spec;
    for (const p of parts) cur = (cur as Json)[p];
    v = cur as Json;
  }
  return v;
}

function validator(key: string, schema: Json | undefined): ValidateFunction | null {
  if (compiled.has(key)) return compiled.get(key)!;
  const { ajv } = load();
  const fn = schema ? ajv.compile(rewriteRefs(schema)) : null;
  compiled.set(key, fn);
  return fn;
}

function describe(fn: ValidateFunction): string[] {
  return (fn.errors ?? []).map((e) => `${e.instancePath || '/'} ${e.message}${e.params ? ` ${JSON.stringify(e.params)}` : ''}`);
}

export interface Exchange {
  method: string;
  path: string;
  requestBody?: unknown;
  status: number;
  responseBody?: unknown;
}

/** Problems with one request/response pair; `[]` when it conforms to GitHub's description. */
export function validateExchange(x: Exchange): string[] {
  const { ops, spec } = load();
  const pathname = x.path.split('?')[0];
  const op = ops.find((o) => o.method === x.method.toUpperCase() && o.regex.test(pathname));
  if (!op) return [`${x.method} ${pathname}: no such operation in GitHub's REST description`];
  const problems: string[] = [];
  const label = `${x.method} ${op.template} (${String(op.op.operationId)})`;
  if (x.requestBody !== undefined) {
    const rb = op.op.requestBody ? resolveRef(spec, op.op.requestBody as Json) : undefined;
    const schema = (rb?.content as Json | undefined)?.['application/json'] as Json | undefined;
    if (!schema) {
      problems.push(`${label}: request has a body but the operation takes none`);
    } else {
      const fn = validator(`${label} request`, schema.schema as Json);
      if (fn && !fn(x.requestBody)) for (const d of describe(fn)) problems.push(`${label} request body: ${d}`);
    }
  }
  const responses = op.op.responses as Record<string, Json>;
  const declared = responses[String(x.status)];
  if (!declared) {
    // Errors the description does not list (a 500 we injected, a 403 rate limit) are not GitHub's contract.
    if (x.status < 400) problems.push(`${label}: status ${x.status} is not a documented response`);
    return problems;
  }
  const resp = resolveRef(spec, declared);
  const schema = ((resp.content as Json | undefined)?.['application/json'] as Json | undefined)?.schema as
    | Json
    | undefined;
  if (schema && x.responseBody !== undefined) {
    const fn = validator(`${label} ${x.status}`, schema);
    if (fn && !fn(x.responseBody)) for (const d of describe(fn)) problems.push(`${label} response ${x.status}: ${d}`);
  }
  return problems;
}

/** Problems of a value against a named schema of GitHub's description (e.g. 'webhook-workflow-dispatch'). */
export function validateComponent(name: string, value: unknown): string[] {
  const fn = validator(`component ${name}`, { $ref: `#/components/schemas/${name}` });
  if (!fn || fn(value)) return [];
  return describe(fn).map((d) => `${name}: ${d}`);
}
