import { mkdir, stat, writeFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import type { RepoModel } from '../repo/types.js';
import { errorMessage } from '../errors.js';
import type { Finding, RuleMeta, ValidationSummary } from '../validate/types.js';
import { type Annotator, emitAnnotations } from './annotations.js';
import { formatJsonReport } from './json.js';
import { appsDirAnchor, sarifCutNote, sarifFile, type SarifOptions } from './sarif.js';
import { buildSummary, type SummaryOptions, type SummaryWriter, writeSummary } from './summary.js';
import { InputError } from '../errors.js';


/** What the validate engine returns. */
export interface ValidationResult {
  findings: Finding[];
  summary: ValidationSummary;
  model: RepoModel;
}

export interface ReporterOptions {
  /** The rule catalogue, for SARIF rule descriptors. */
  catalogue: readonly RuleMeta[];
  /** The action's version, for SARIF `tool.driver.version`. */
  toolVersion: string;
  /** Where to write the JSON report; none: not written. */
  jsonPath?: string;
  /** Where to write the SARIF log; none: not written. */
  sarifPath?: string;
  /** Emit annotations. Default true. */
  annotations?: boolean;
  /** Write the job summary. Default true (needs a `summary` writer). */
  jobSummary?: boolean;
  sarif?: SarifOptions;
  summaryOptions?: SummaryOptions;
  /** Called once a report file is written (the action sets its output then, whatever follows). */
  onWritten?: (input: 'report-file' | 'sarif-file', path: string) => void;
}

export interface ReporterDeps {
  annotator: Annotator;
  /** `core.summary`; null when there is nowhere to write (no GITHUB_STEP_SUMMARY). */
  summary?: SummaryWriter | null;
  /** Log lines (`core.info` / `core.warning`); optional. */
  log?: { info(message: string): void; warning(message: string): void };
}

/**
 * `mkdir -p`, one level at a time. Node's `mkdir(..., { recursive: true })` loops forever
 * (at full CPU) when the kernel answers ENOENT under a parent that exists, as /proc does
 * for `/proc/nope/x`: here that ENOENT is the answer.
 */
async function makeParents(dir: string): Promise<void> {
  const missing: string[] = [];
  for (let d = dir; ; d = dirname(d)) {
    try {
      if ((await stat(d)).isDirectory()) break;
      throw Object.assign(new Error(`${d} is not a directory`), { code: 'ENOTDIR' });
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'ENOENT') throw err;
      missing.push(d);
      if (dirname(d) === d) break;
    }
  }
  for (const d of missing.reverse()) {
    try {
      await mkdir(d);
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
    }
  }
}

/**
 * Write `content` to `path`, creating parent directories. Returns the absolute path. A path
 * that cannot be written (a directory, a file where a folder should be, no permission) is
 * the user's to fix: an InputError naming `input`, not a bug.
 */
export async function writeReportFile(path: string, content: string, input = 'report-file'): Promise<string> {
  const abs = resolve(path);
  try {
    await makeParents(dirname(abs));
    await writeFile(abs, content, 'utf8');
  } catch (err) {
    throw new InputError(input, `cannot write ${abs}: ${(err as NodeJS.ErrnoException).code ?? errorMessage(err)}`);
  }
  return abs;
}

/**
 * The one place that reports a validation: annotations, job summary, JSON report file,
 * SARIF file. The action's main calls `report` once.
 *
 * A job summary that cannot be written (e.g. no GITHUB_STEP_SUMMARY outside Actions) is
 * logged as a warning and does not fail the run; a report file that cannot be written
 * throws, since the caller asked for it.
 */
export class Reporter {
  constructor(
    private readonly deps: ReporterDeps,
    private readonly options: ReporterOptions,
  ) {}

  async report(result: ValidationResult): Promise<void> {
    const { findings, summary, model } = result;
    const o = this.options;
    if (o.annotations !== false) emitAnnotations(findings, this.deps.annotator);

    // Each file is attempted, and the job summary written, before the first failure is thrown:
    // a SARIF path that cannot be written leaves the JSON report (and its output) and the summary.
    const reportFiles: string[] = [];
    let failure: unknown;
    const attempt = async (input: 'report-file' | 'sarif-file', path: string, content: () => string, what: string) => {
      try {
        const abs = await writeReportFile(path, content(), input);
        reportFiles.push(path);
        this.deps.log?.info(`${what} written to ${abs}`);
        o.onWritten?.(input, path);
      } catch (err) {
        failure ??= err;
      }
    };
    if (o.jsonPath) await attempt('report-file', o.jsonPath, () => formatJsonReport(findings, summary), 'JSON report');
    if (o.sarifPath) {
      const sarifOptions = { srcRoot: model.root, fallbackFile: appsDirAnchor(model.root, model.appsDir), ...o.sarif };
      let sarif: ReturnType<typeof sarifFile> | undefined;
      await attempt('sarif-file', o.sarifPath, () => (sarif = sarifFile(findings, o.catalogue, o.toolVersion, sarifOptions)).text, 'SARIF report');
      if (sarif && sarif.results < sarif.findings) this.deps.log?.warning(sarifCutNote(sarif.findings, sarif.results));
    }

    if (o.jobSummary !== false && this.deps.summary) {
      const markdown = buildSummary({ findings, summary, model }, { reportFiles, ...o.summaryOptions });
      try {
        await writeSummary(markdown, this.deps.summary);
      } catch (err) {
        this.deps.log?.warning(`Could not write the job summary: ${errorMessage(err)}`);
      }
    }
    if (failure !== undefined) throw failure;
  }
}
