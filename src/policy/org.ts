/**
 * Org packs as the gate reads them: the aggregator's result turned into the items the
 * built-in policy merges, and the Rego of a policy dir checked for files no pack uses.
 *
 * An org pack is Rego someone wrote by hand. Its `deny` may hold plain strings (the common
 * `deny contains msg if { ... }` idiom) or be something else entirely (`deny := true`). A
 * denial the gate cannot read must never be skipped, because a skipped denial is an allow:
 * a string is a denial whose message is the string, anything else malformed is a reason
 * to fail closed (POLICIES.md, "Org packs").
 */
import type { OrgResults } from './input.js';
import type { PolicyItem } from './types.js';

export const ORG_CITATION = 'https://github.com/trustacks/gitops-action/blob/v1/POLICIES.md#org-packs';

/** Marks the aggregator's result shape; bundles built with the first aggregator lack it. */
export const ORG_FORMAT = 2;

/**
 * Compiled together with an org's Rego: each package `org.packs.<name>`'s `deny`, `warn` and
 * `rules` as the pack defines them (null when it does not). The shape is checked here, not
 * in Rego: a comprehension over a malformed set would drop its items without a trace.
 * Documented in POLICIES.md ("Org packs"), verbatim.
 */
export const ORG_AGGREGATOR_REGO = `package trustacks.org

result := {"format": ${ORG_FORMAT}, "packs": {name: {
	"deny": object.get(p, "deny", null),
	"warn": object.get(p, "warn", null),
	"rules": object.get(p, "rules", null),
} | some name, p in data.org.packs}}
`;

export interface OrgRead {
  results: OrgResults;
  /** `gate.org-ignored` warnings: what the gate could read but what cannot have any effect. */
  warnings: PolicyItem[];
}

type Obj = Record<string, unknown>;

function isObject(x: unknown): x is Obj {
  return typeof x === 'object' && x !== null && !Array.isArray(x);
}

function str(v: unknown, fallback: string): string {
  return typeof v === 'string' ? v : fallback;
}

/** A value as a message can quote it: JSON, cut short. */
function shown(v: unknown): string {
  const s = JSON.stringify(v) ?? String(v);
  return s.length > 80 ? `${s.slice(0, 77)}...` : s;
}

export function orgIgnored(message: string, path: string): PolicyItem {
  return { rule_id: 'gate.org-ignored', title: 'Org policy that has no effect', message, path, citation: ORG_CITATION, pack: 'gate' };
}

/**
 * One deny or warn item of pack `name`: a string is the message; an object needs a string
 * `message` (rule_id defaults to `org:<name>`). Anything else is undefined: malformed.
 * The pack is always the aggregator's name, whatever the item says: an org pack can never
 * speak for the constitution or for another pack.
 */
function readItem(name: string, raw: unknown): PolicyItem | undefined {
  const pack = `org:${name}`;
  if (typeof raw === 'string') return { rule_id: pack, title: `Org pack ${name}`, message: raw, path: '', citation: ORG_CITATION, pack, document: null, field: null };
  if (!isObject(raw) || typeof raw.message !== 'string') return undefined;
  const rule = str(raw.rule_id, pack);
  return {
    rule_id: rule,
    title: str(raw.title, rule),
    message: raw.message,
    path: str(raw.path, ''),
    citation: str(raw.citation, ORG_CITATION),
    pack,
    document: typeof raw.document === 'number' ? raw.document : null,
    field: Array.isArray(raw.field) ? (raw.field as (string | number)[]) : null,
  };
}

/** A pack's `deny` or `warn` (a set, which reaches us as a list; null when undefined), or why it is malformed. */
function readItems(name: string, key: 'deny' | 'warn', value: unknown): PolicyItem[] | string {
  if (value === null || value === undefined) return [];
  if (!Array.isArray(value)) return `${key} is ${shown(value)}, not a set of items`;
  const items: PolicyItem[] = [];
  for (const raw of value) {
    const item = readItem(name, raw);
    if (!item) return `${key} holds ${shown(raw)}: each item must be a message (a string) or an object with a string "message"`;
    items.push(item);
  }
  return items;
}

/** A pack's `rules` (an object of rule id to {title, citation}), as evaluated entries, or why it is malformed. */
function readRules(name: string, value: unknown): unknown[] | string {
  if (value === null || value === undefined) return [];
  if (!isObject(value)) return `rules is ${shown(value)}, not an object of rule ids`;
  return Object.entries(value).map(([id, r]) => {
    const x = isObject(r) ? r : {};
    return { rule_id: id, title: str(x.title, id), citation: str(x.citation, ORG_CITATION), pack: `org:${name}` };
  });
}

function readPacks(packs: Obj, source: string): OrgRead | string {
  const results: OrgResults = { packs: [], denials: [], warnings: [], evaluated: [] };
  const warnings: PolicyItem[] = [];
  for (const [name, raw] of Object.entries(packs).sort(([a], [b]) => a.localeCompare(b))) {
    const p = isObject(raw) ? raw : {};
    const deny = readItems(name, 'deny', p.deny);
    const warn = readItems(name, 'warn', p.warn);
    const rules = readRules(name, p.rules);
    const problem = [deny, warn, rules].find((x): x is string => typeof x === 'string');
    if (problem) return `org pack ${name} (${source}) is malformed: ${problem}`;
    results.packs.push(name);
    results.denials.push(...(deny as PolicyItem[]));
    results.warnings.push(...(warn as PolicyItem[]));
    results.evaluated.push(...(rules as unknown[]));
    if ((p.deny ?? null) === null && (p.warn ?? null) === null) {
      warnings.push(
        orgIgnored(
          `org pack ${name} (${source}) defines neither deny nor warn, so it can never deny or warn; ` +
            `rules in a package below org.packs.${name} are not read as a pack of their own`,
          '',
        ),
      );
    }
  }
  if (results.packs.length === 0) return `org policy ${source} holds no org pack (a Rego package org.packs.<name>)`;
  return { results, warnings };
}

/**
 * A result of the first aggregator, in bundles built before ORG_FORMAT: lists of items that
 * are objects already (it dropped every other item inside the wasm, where the gate cannot
 * see them, hence the warning).
 */
function readFirstFormat(r: Obj, source: string): OrgRead | string {
  const list = (k: string): unknown[] => (Array.isArray(r[k]) ? (r[k] as unknown[]) : []);
  const results: OrgResults = { packs: list('packs').map(String), denials: [], warnings: [], evaluated: [] };
  for (const [key, out] of [['denials', results.denials], ['warnings', results.warnings]] as const) {
    for (const raw of list(key)) {
      const item = readItem(str(isObject(raw) ? raw.pack : undefined, 'org').replace(/^org:/, ''), raw);
      if (!item) return `org policy ${source} is malformed: ${key} holds ${shown(raw)}`;
      out.push(item);
    }
  }
  results.evaluated = list('evaluated');
  const warning = orgIgnored(
    `org policy ${source} was built with an earlier aggregator, which silently drops deny and warn items that are not objects ` +
      `(such as plain string messages): rebuild it with the aggregator in POLICIES.md (Org packs)`,
    '',
  );
  return { results, warnings: [warning] };
}

/** The aggregator's result (entrypoint trustacks/org/result), or why it cannot be used. */
export function readOrgResult(r: unknown, source: string): OrgRead | string {
  if (!isObject(r)) return `org policy ${source} returned no result`;
  if (r.format === ORG_FORMAT && isObject(r.packs)) return readPacks(r.packs, source);
  if (r.format === undefined && Array.isArray(r.packs) && Array.isArray(r.denials)) return readFirstFormat(r, source);
  return `org policy ${source} returned a result of an unknown shape (format ${shown(r.format)})`;
}

// ---------------------------------------------------------------- the Rego of a policy dir

/** The package a Rego file declares (`package a.b["c-d"]` → `a.b.c-d`), or undefined. */
export function regoPackage(text: string): string | undefined {
  for (const line of text.split('\n')) {
    const t = line.trim();
    if (t === '' || t.startsWith('#')) continue;
    const m = /^package\s+([^\s#]+)/.exec(t);
    return m ? m[1].replace(/\["([^"]*)"\]/g, '.$1') : undefined;
  }
  return undefined;
}

const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Rego files of a policy dir that can have no effect on the gate: their package is neither a
 * pack (`org.packs.<name>`, or a package below one), nor the aggregator, nor referenced as
 * `data.<package>` by another file (a library a pack imports). Such a file is most often a
 * pack with a wrong package line, which would otherwise be ignored without a word.
 */
export function ignoredRego(files: { path: string; text: string }[]): { path: string; pkg: string }[] {
  const declared = files.map((f) => ({ ...f, pkg: regoPackage(f.text) }));
  const out: { path: string; pkg: string }[] = [];
  for (const f of declared) {
    const pkg = f.pkg ?? '(none)';
    if (pkg.startsWith('org.packs.') || pkg === 'trustacks.org') continue;
    const ref = new RegExp(`\\bdata\\.${escapeRe(pkg)}(?![\\w-])`);
    if (f.pkg && declared.some((o) => o !== f && ref.test(o.text))) continue;
    out.push({ path: f.path, pkg });
  }
  return out;
}
