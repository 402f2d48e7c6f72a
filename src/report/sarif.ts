import { createHash } from 'node:crypto';
import { gzipSync } from 'node:zlib';
import { isAbsolute, relative } from 'node:path';
import type * as Sarif from 'sarif';
import type { Finding, RuleMeta, Severity } from '../validate/types.js';
import { sortByLocation, sortBySeverity } from './order.js';

export const SARIF_SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json';
export const TOOL_NAME = 'gitops-action';
export const DEFAULT_INFORMATION_URI = 'https://github.com/trustacks/gitops-action';
/**
 * Key of our own entry in `partialFingerprints`; bump the suffix if the recipe changes what
 * findings hash to. Leaving quoted line and column numbers out of the hash was kept under v1
 * on purpose: it changed only the fingerprints of messages that quote a position (those
 * alerts are reopened once, then keep their identity when lines move), where a new suffix
 * would have reopened every alert.
 */
export const FINGERPRINT_KEY = 'gitopsFindingHash/v1';

/**
 * GitHub code scanning rejects a whole upload whose run holds more results than this
 * ("Analysis SARIF file rejected due to result limits"), so a log never holds more.
 */
export const SARIF_MAX_RESULTS = 25_000;

export interface SarifOptions {
  /** `tool.driver.informationUri`; defaults to the project's repository. */
  informationUri?: string;
  /** `run.automationDetails.id` (GitHub code scanning's "category"), e.g. `gitops-action/`. */
  category?: string;
  /** Absolute path of the repo root, written as `originalUriBaseIds['%SRCROOT%']`. */
  srcRoot?: string;
  /**
   * Where to anchor findings that have no file. GitHub code scanning rejects the whole
   * upload if one result lacks a location, so such findings point here. Default `argo-apps`.
   */
  fallbackFile?: string;
  /** Results kept in the run, the most severe first. Default (and at most) `SARIF_MAX_RESULTS`. */
  maxResults?: number;
}

/**
 * `SarifOptions.fallbackFile` for a repo whose Applications live in `appsDir` (repo-relative,
 * or absolute under `root`): findings without a file are anchored at the apps directory the
 * run read, not at a default `argo-apps` the repo may not have.
 */
export function appsDirAnchor(root: string, appsDir: string): string | undefined {
  const rel = isAbsolute(appsDir) ? relative(root, appsDir) : appsDir;
  return rel.replace(/\\/g, '/') || undefined;
}

export type SarifLevel = 'error' | 'warning' | 'note';

export function sarifLevel(severity: Severity): SarifLevel {
  return severity === 'error' ? 'error' : severity === 'warning' ? 'warning' : 'note';
}

/** `app-missing-chart` → `AppMissingChart` (SARIF's `name` is meant to be an identifier). */
export function ruleName(id: string): string {
  const name = id
    .split(/[^A-Za-z0-9]+/)
    .filter(Boolean)
    .map((p) => p[0]!.toUpperCase() + p.slice(1))
    .join('');
  return name || 'Rule';
}

/** A repo-relative path as a relative URI reference: each segment percent-encoded, forward slashes. */
export function fileUri(file: string): string {
  // Findings name files with `/` on every platform; a backslash is part of a name (Linux)
  // and is encoded like any other character, so the URI names the same file as the JSON.
  return file
    .replace(/^\.\//, '')
    .split('/')
    .map((segment) => encodeURIComponent(segment))
    .join('/');
}

function descriptor(meta: RuleMeta): Sarif.ReportingDescriptor {
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
    ...(meta.helpUri ? { helpUri: meta.helpUri } : {}),
    defaultConfiguration: { level: sarifLevel(meta.severity) },
    properties: { tags: ['gitops'] },
  };
}

/** A descriptor for a rule id that a finding uses but the catalogue does not list. */
function descriptorFromFinding(f: Finding): Sarif.ReportingDescriptor {
  return descriptor({ id: f.ruleId, severity: f.severity, title: f.ruleId, description: f.ruleId, hint: f.hint ?? '' });
}

/** Clamp to a valid 1-based SARIF position. */
function pos(n: number | undefined): number | undefined {
  return n === undefined || !Number.isFinite(n) ? undefined : Math.max(1, Math.trunc(n));
}

function region(f: Finding): Sarif.Region {
  const startLine = pos(f.line) ?? 1;
  const r: Sarif.Region = { startLine };
  const startColumn = pos(f.column);
  if (startColumn !== undefined) r.startColumn = startColumn;
  const endLine = pos(f.endLine);
  if (endLine !== undefined && endLine > startLine) r.endLine = endLine;
  const endColumn = pos(f.endColumn);
  // On one line the end column must lie past the start column to mean anything.
  if (endColumn !== undefined && (r.endLine !== undefined || startColumn === undefined || endColumn > startColumn)) {
    r.endColumn = endColumn;
  }
  return r;
}

/**
 * The message as the fingerprint reads it: without the line and column numbers it quotes
 * ("already set at line 5", "also defined in x.yaml:4"). Otherwise a line added above them
 * would give the alert a new fingerprint, and code scanning would close it and open a new one
 * (a dismissal would not carry over), though the finding is the same.
 */
export function positionFree(message: string): string {
  return message.replace(/\b(line|column) \d+/g, '$1 #').replace(/(\.[A-Za-z]+):\d+(?::\d+)?\b/g, '$1:#');
}

function messageText(f: Finding): string {
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
 * `partialFingerprints[FINGERPRINT_KEY]` hashes rule id, file and message (without the
 * positions it quotes) plus the occurrence number among identical triples, not the line:
 * moving a block keeps the alert.
 *
 * At most `SARIF_MAX_RESULTS` results (GitHub's hard limit per run): past it the most severe
 * are kept and the run's invocation carries a warning notification saying how many were left out.
 */
export function toSarif(
  findings: readonly Finding[],
  catalogue: readonly RuleMeta[],
  toolVersion: string,
  options: SarifOptions = {},
): Sarif.Log {
  const rules: Sarif.ReportingDescriptor[] = [];
  const index = new Map<string, number>();
  for (const meta of catalogue) {
    if (index.has(meta.id)) continue;
    index.set(meta.id, rules.length);
    rules.push(descriptor(meta));
  }
  const sorted = sortByLocation(findings);
  const extra = new Map<string, Finding>();
  for (const f of sorted) if (!index.has(f.ruleId) && !extra.has(f.ruleId)) extra.set(f.ruleId, f);
  for (const id of [...extra.keys()].sort()) {
    index.set(id, rules.length);
    rules.push(descriptorFromFinding(extra.get(id)!));
  }

  // Over the limit, the most severe findings stay (errors, then warnings, each in location
  // order); fingerprints are still counted over every finding, so a kept one keeps its own.
  const max = sarifResultLimit(options);
  const kept = sorted.length > max ? new Set(sortBySeverity(sorted).slice(0, max)) : undefined;

  const seen = new Map<string, number>();
  const all: Sarif.Result[] = sorted.map((f) => {
    const key = `${f.ruleId}\u0000${f.file}\u0000${positionFree(f.message)}`;
    const occurrence = seen.get(key) ?? 0;
    seen.set(key, occurrence + 1);
    const result: Sarif.Result = {
      ruleId: f.ruleId,
      ruleIndex: index.get(f.ruleId)!,
      level: sarifLevel(f.severity),
      message: { text: messageText(f) },
      partialFingerprints: {
        [FINGERPRINT_KEY]: createHash('sha256').update(`${key}\u0000${occurrence}`).digest('hex'),
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
    if (!f.file) result.properties = { repositoryLevel: true };
    return result;
  });
  const results = kept ? all.filter((_, i) => kept.has(sorted[i]!)) : all;

  const run: Sarif.Run = {
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
  if (run.tool.driver.semanticVersion === undefined) delete run.tool.driver.semanticVersion;
  if (options.srcRoot) {
    const root = options.srcRoot.replace(/\\/g, '/').replace(/\/?$/, '/');
    run.originalUriBaseIds = {
      '%SRCROOT%': { uri: `file://${root.startsWith('/') ? '' : '/'}${root.split('/').map(encodeURIComponent).join('/')}` },
    };
  }
  if (options.category) run.automationDetails = { id: options.category };
  if (kept) {
    run.invocations = [
      {
        executionSuccessful: true,
        toolExecutionNotifications: [{ level: 'warning', message: { text: sarifCutNote(sorted.length, results.length) } }],
      },
    ];
  }
  return { $schema: SARIF_SCHEMA, version: '2.1.0', runs: [run] };
}

/** How many results a log written with `options` holds at most. */
export function sarifResultLimit(options: SarifOptions = {}): number {
  return Math.max(0, Math.min(SARIF_MAX_RESULTS, Math.floor(options.maxResults ?? SARIF_MAX_RESULTS)));
}

/** What a SARIF log cut to GitHub's limits says about the findings it left out. */
export function sarifCutNote(total: number, kept: number): string {
  return (
    `${total - kept} of ${total} findings are not in this SARIF log: GitHub code scanning rejects a run of more than ` +
    `${SARIF_MAX_RESULTS.toLocaleString('en-US')} results, or a file of more than 10 MB once gzip-compressed. The ${kept} most severe are kept (errors first); ` +
    `the JSON report (--format json, the action's report-file) lists every finding.`
  );
}

/** GitHub code scanning refuses a SARIF file larger than this once gzip-compressed (as uploads are sent). */
export const SARIF_MAX_GZIP_BYTES = 10 * 1024 * 1024;

/** The SARIF log as file content, and how many results it kept of how many findings. */
export interface SarifFile {
  text: string;
  results: number;
  findings: number;
}

/**
 * The SARIF log as file content (two-space indent, trailing newline), within GitHub's limits:
 * at most SARIF_MAX_RESULTS results, and at most SARIF_MAX_GZIP_BYTES gzip-compressed (only a
 * log over that size uncompressed is compressed to measure it). Too large, it keeps fewer of
 * the most severe results, in proportion, until it fits.
 */
export function sarifFile(
  findings: readonly Finding[],
  catalogue: readonly RuleMeta[],
  toolVersion: string,
  options: SarifOptions = {},
  maxGzipBytes = SARIF_MAX_GZIP_BYTES,
): SarifFile {
  let limit = Math.min(findings.length, sarifResultLimit(options));
  for (;;) {
    const text = `${JSON.stringify(toSarif(findings, catalogue, toolVersion, { ...options, maxResults: limit }), null, 2)}\n`;
    // gzip adds a few bytes of framing to data it cannot shrink: below this, the log fits as it is.
    const size = Buffer.byteLength(text) <= maxGzipBytes - 1024 ? 0 : gzipSync(text).length;
    if (size <= maxGzipBytes || limit === 0) return { text, results: limit, findings: findings.length };
    limit = Math.floor((limit * maxGzipBytes * 0.9) / size);
  }
}

/** The SARIF log as file content: two-space indent, trailing newline (see `sarifFile`). */
export function formatSarif(
  findings: readonly Finding[],
  catalogue: readonly RuleMeta[],
  toolVersion: string,
  options?: SarifOptions,
): string {
  return sarifFile(findings, catalogue, toolVersion, options).text;
}

/**
 * The SARIF log of a run that could not validate at all (a bad flag, a DIR that is not
 * there): no results, and an invocation that says it failed and why. A step that uploads
 * `validate --format sarif > out.sarif` then gets a log that code scanning reads as a
 * failed run, not an empty file or a clean one.
 */
export function failedSarif(toolVersion: string, message: string, exitCode: number): string {
  const log = toSarif([], [], toolVersion);
  log.runs[0].invocations = [
    {
      executionSuccessful: false,
      exitCode,
      toolExecutionNotifications: [{ level: 'error', message: { text: message } }],
    },
  ];
  return `${JSON.stringify(log, null, 2)}\n`;
}
