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
import { readFile } from 'node:fs/promises';
import { isAbsolute, join } from 'node:path';
import { LineCounter, parseDocument, isMap, isSeq, type Node } from 'yaml';
import type { PolicyItem } from './types.js';
import { InputError } from '../errors.js';
import { MAX_NESTING, tooDeep } from '../repo/nesting.js';
import { gobwasCompiles } from '../repo/gobwas-glob.js';

export const DEFAULT_WAIVERS_FILE = '.trustacks/waivers.yaml';
export const WAIVERS_CITATION = 'https://github.com/trustacks/gitops-action/blob/v1/POLICIES.md#waivers';

export interface Waiver {
  rule_id: string;
  /** Glob on repo-relative paths (`**` crosses folders, `*` does not). */
  path: string;
  reason: string;
  /** Normalised to RFC 3339 UTC, second precision. */
  expires: string;
  approved_by: string;
  /** `<file>:<line>` of the entry, for messages. */
  source: string;
}

export interface WaiverFile {
  waivers: Waiver[];
  warnings: PolicyItem[];
}

const FIELDS = ['rule_id', 'path', 'reason', 'expires', 'approved_by'] as const;

function warning(file: string, line: number, message: string): PolicyItem {
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

/** Whether YYYY-MM-DD names a day of the calendar (not 2027-02-30, not month 13). */
function dayExists(y: string, m: string, d: string): boolean {
  const t = new Date(`${y}-${m}-${d}T00:00:00Z`);
  return !Number.isNaN(t.getTime()) && t.toISOString().slice(0, 10) === `${y}-${m}-${d}`;
}

/** Normalises a waiver's `expires` to RFC 3339 UTC; a bare date means the end of that day (UTC). */
export function normaliseExpiry(value: string): string | undefined {
  const v = value.trim();
  const dateOnly = /^(\d{4})-(\d{2})-(\d{2})$/.exec(v);
  if (dateOnly) return dayExists(dateOnly[1], dateOnly[2], dateOnly[3]) ? `${v}T23:59:59Z` : undefined;
  const time = /^(\d{4})-(\d{2})-(\d{2})[Tt ](\d{2}):(\d{2}):(\d{2})(\.\d+)?(?:[Zz]|[+-](\d{2}):(\d{2}))$/.exec(v);
  if (!time) return undefined;
  // Date() rolls what does not exist over (2027-02-30 is 2 March, 24:00 the next day):
  // each field is checked against RFC 3339's ranges first, so such a waiver is malformed.
  const [, y, mo, day, h, mi, sec, , oh, om] = time;
  if (!dayExists(y, mo, day) || +h > 23 || +mi > 59 || +sec > 59 || (oh !== undefined && (+oh > 23 || +om > 59))) return undefined;
  const d = new Date(v);
  if (Number.isNaN(d.getTime())) return undefined;
  return d.toISOString().replace(/\.\d{3}Z$/, 'Z');
}

/** Parses the text of a waivers file. `file` is the repo-relative name used in messages. */
export function parseWaivers(text: string, file: string): WaiverFile {
  if (tooDeep(text)) return { waivers: [], warnings: [warning(file, 1, `nests more than ${MAX_NESTING} levels deep; not read, no waiver applied`)] };
  const lc = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lc, prettyErrors: false });
  const lineOf = (node: Node | null | undefined): number => (node?.range ? lc.linePos(node.range[0]).line : 1);
  if (doc.errors.length > 0) {
    const e = doc.errors[0];
    const line = e.linePos?.[0]?.line ?? 1;
    return { waivers: [], warnings: [warning(file, line, `not valid YAML (${e.message.split('\n')[0]}); no waiver applied`)] };
  }
  if (doc.contents === null) return { waivers: [], warnings: [] };
  const root = doc.contents;
  if (!isMap(root)) return { waivers: [], warnings: [warning(file, lineOf(root), "expected a mapping with a 'waivers' list; no waiver applied")] };
  const list = root.get('waivers', true) as Node | undefined;
  if (list === undefined || list === null || (list as { value?: unknown }).value === null) return { waivers: [], warnings: [] };
  if (!isSeq(list)) return { waivers: [], warnings: [warning(file, lineOf(list), "'waivers' must be a list; no waiver applied")] };

  const waivers: Waiver[] = [];
  const warnings: PolicyItem[] = [];
  list.items.forEach((entry, i) => {
    const line = lineOf(entry as Node);
    if (!isMap(entry)) {
      warnings.push(warning(file, line, `waiver #${i + 1} is not a mapping; ignored`));
      return;
    }
    const problems: string[] = [];
    const values: Record<string, string> = {};
    for (const key of FIELDS) {
      const v = entry.get(key);
      if (typeof v === 'string' && v.trim() !== '') values[key] = v.trim();
      else if (v instanceof Date) values[key] = v.toISOString();
      else problems.push(v === undefined || v === null ? `'${key}' is missing` : `'${key}' must be a non-empty string`);
    }
    const known = new Set<string>(FIELDS);
    for (const pair of entry.items) {
      const k = String((pair.key as { value?: unknown })?.value ?? pair.key);
      if (!known.has(k)) problems.push(`unknown key '${k}'`);
    }
    let expires: string | undefined;
    if (values.expires !== undefined) {
      expires = normaliseExpiry(values.expires);
      if (!expires) problems.push(`'expires' ${JSON.stringify(values.expires)} is not a date (YYYY-MM-DD) or an RFC 3339 time`);
    }
    // OPA's glob.match is gobwas's: a pattern it refuses matches no file, so the waiver
    // would be live and waive nothing, without a word.
    if (values.path !== undefined && !gobwasCompiles(values.path)) problems.push(`'path' ${JSON.stringify(values.path)} is not a glob the policy can match (an unclosed '[', an empty or reversed class)`);
    if (problems.length > 0) {
      const id = values.rule_id ? ` (${values.rule_id})` : '';
      warnings.push(warning(file, line, `waiver #${i + 1}${id} ignored: ${problems.join('; ')}`));
      return;
    }
    waivers.push({
      rule_id: values.rule_id,
      path: values.path.replace(/^\.\//, ''),
      reason: values.reason,
      expires: expires!,
      approved_by: values.approved_by,
      source: `${file}:${line}`,
    });
  });
  return { waivers, warnings };
}

export interface LoadWaiversOptions {
  /** Repo root the file is relative to. */
  root: string;
  /** Repo-relative (or absolute) file; default `.trustacks/waivers.yaml`. */
  file?: string;
  /** When true (the input was set explicitly), a missing file is the user's error. */
  required?: boolean;
  /**
   * The platform repo's folder when it is a folder of the repository (the action's input
   * `path`): the gate then names files from the repository's root, and a waiver's `path` glob,
   * written from the platform repo as its other paths are, gets the folder in front. A glob
   * that already starts with the folder, as the annotations name files, is taken as it is.
   */
  folder?: string;
}

/** Reads the waivers file; a missing default file means no waivers. */
export async function loadWaivers(options: LoadWaiversOptions): Promise<WaiverFile> {
  const file = options.file ?? DEFAULT_WAIVERS_FILE;
  const abs = isAbsolute(file) ? file : join(options.root, file);
  let text: string;
  try {
    text = await readFile(abs, 'utf8');
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT' && !options.required) return { waivers: [], warnings: [] };
    const code = (err as NodeJS.ErrnoException).code;
    throw new InputError('waivers-file', `${file} cannot be read (${code === 'ENOENT' ? 'it does not exist' : code === 'EISDIR' ? 'it is a directory' : (code ?? (err as Error).message)})`);
  }
  const parsed = parseWaivers(text, file);
  const folder = options.folder?.replace(/\/+$/, '');
  if (!folder) return parsed;
  // The folder is a name, not a pattern: its glob characters are escaped (gobwas takes `\`).
  const literal = folder.replace(/[*?[\]{}\\]/g, '\\$&');
  const inFolder = (glob: string) => (glob.startsWith(`${folder}/`) || glob.startsWith(`${literal}/`) ? glob : `${literal}/${glob}`);
  return { ...parsed, waivers: parsed.waivers.map((w) => ({ ...w, path: inFolder(w.path) })) };
}
