import { InputError } from '../errors.js';
import { DNS1035_LABEL, DNS1123_LABEL } from '../repo/k8s-names.js';
import type { GenerateRequest } from './types.js';

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

export const GENERATE_INPUTS = [
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
] as const;
export type GenerateInputName = (typeof GENERATE_INPUTS)[number];

export const DEFAULTS = {
  port: 8080,
  replicas: 2,
  targetRevision: 'main',
  ciWorkflow: 'generate' as const,
  appsDir: 'argo-apps',
  chartsDir: 'gitops',
};

/** Upper bounds chosen so that derived names (`<service>-<cluster>`, Helm release names ≤ 53) stay valid. */
export const MAX_LENGTH = { service: 40, application: 40, cluster: 30, namespace: 63 };

/** Shows a refused value safely inside a message (control characters escaped, length capped). */
export function showValue(v: string): string {
  const s = JSON.stringify(v.length > 80 ? `${v.slice(0, 80)}…` : v);
  return s;
}

export function validateLabel(input: string, value: string, max: number, opts: { startLetter?: boolean } = {}): string {
  if (value === '') throw new InputError(input, 'is required');
  if (value.length > max) throw new InputError(input, `${showValue(value)} is ${value.length} characters long; at most ${max} are allowed`);
  const re = opts.startLetter ? DNS1035_LABEL : DNS1123_LABEL;
  if (!re.test(value)) {
    throw new InputError(
      input,
      `${showValue(value)} is not a valid name: use lower-case letters, digits and '-', ${opts.startLetter ? 'starting with a letter' : 'starting with a letter or digit'} and ending with a letter or digit (a DNS-1123 label)`,
    );
  }
  return value;
}

export interface ImageRef {
  /** Full repository, including the registry domain when given, e.g. `ghcr.io/acme/cart`. */
  repository: string;
  /** Registry domain (with port) when the reference names one, else undefined (Docker Hub). */
  domain?: string;
  tag?: string;
  digest?: string;
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
export function parseImageReference(value: string, input = 'image'): ImageRef {
  if (value === '') throw new InputError(input, 'is required (an image repository with a tag or a digest, e.g. ghcr.io/acme/cart:1.4.2)');
  const m = REFERENCE.exec(value);
  if (!m) {
    throw new InputError(
      input,
      `${showValue(value)} is not a valid image reference: expected [registry[:port]/]path[:tag][@algorithm:hex], with a lower-case path`,
    );
  }
  const repository = m[1];
  let domain: string | undefined = m[2];
  const tag: string | undefined = m[4];
  const digest: string | undefined = m[5];
  // The grammar's domain is only a domain when it looks like one; otherwise it is the first path component.
  if (domain !== undefined && !(domain.includes('.') || domain.includes(':') || domain === 'localhost' || /[A-Z]/.test(domain))) {
    domain = undefined;
  }
  if (repository.length > NAME_TOTAL_LENGTH_MAX) throw new InputError(input, `the repository name is longer than ${NAME_TOTAL_LENGTH_MAX} characters`);
  if (/[A-Z]/.test(repository.slice(domain ? domain.length : 0))) throw new InputError(input, 'the repository path must be lower case');
  if (digest !== undefined) {
    // The grammar lets any algorithm through; registries pull by the registered, lower-case ones only.
    const [alg, hex] = digest.split(':');
    if (alg !== 'sha256' && alg !== 'sha512') throw new InputError(input, `the digest algorithm ${showValue(alg)} is not one a registry pulls by: use sha256 (or sha512), in lower case`);
    if (alg === 'sha256' && !/^[0-9a-f]{64}$/.test(hex)) throw new InputError(input, 'a sha256 digest is 64 lower-case hex characters');
    if (alg === 'sha512' && !/^[0-9a-f]{128}$/.test(hex)) throw new InputError(input, 'a sha512 digest is 128 lower-case hex characters');
  }
  // The tag becomes the chart's appVersion and so the app.kubernetes.io/version label, whose
  // values Kubernetes caps at 63 characters, starting and ending with a letter or digit.
  if (tag !== undefined && !LABEL_VALUE.test(tag)) {
    throw new InputError(input, `the tag ${showValue(tag)} cannot be a Kubernetes label value (app.kubernetes.io/version): at most 63 characters, starting and ending with a letter or digit`);
  }
  if (tag === undefined && digest === undefined) {
    throw new InputError(input, `${showValue(value)} has neither a tag nor a digest (which means 'latest'): pin a version tag or a digest`);
  }
  if (tag === 'latest' && digest === undefined) {
    throw new InputError(input, "the tag 'latest' is mutable and is refused: pin a version tag or a digest");
  }
  return { repository, ...(domain !== undefined ? { domain } : {}), ...(tag !== undefined ? { tag } : {}), ...(digest !== undefined ? { digest } : {}) };
}

function parseInteger(input: string, raw: string | undefined, dflt: number, min: number, max: number): number {
  if (raw === undefined || raw === '') return dflt;
  if (!/^[0-9]{1,6}$/.test(raw)) throw new InputError(input, `${showValue(raw)} is not a whole number between ${min} and ${max}`);
  const n = Number(raw);
  if (n < min || n > max) throw new InputError(input, `${n} is out of range: expected ${min}–${max}`);
  return n;
}

function parseBoolean(input: string, raw: string | undefined, dflt: boolean): boolean {
  if (raw === undefined || raw === '') return dflt;
  // The spellings the action's other boolean inputs take (settings.ts parseBoolean), so that
  // dry-run: yes is not refused where draft: yes is accepted.
  const v = raw.trim().toLowerCase();
  if (['true', 'yes', '1', 'on'].includes(v)) return true;
  if (['false', 'no', '0', 'off'].includes(v)) return false;
  throw new InputError(input, `${showValue(raw)} is not a boolean: expected true or false`);
}

/** A git ref name as `git check-ref-format` accepts it (branch, tag, `HEAD`, or a commit SHA). */
export function validateRevision(input: string, value: string): string {
  const bad =
    value.length > 200 ||
    !/^[A-Za-z0-9._/-]+$/.test(value) ||
    value.startsWith('-') ||
    value.startsWith('/') ||
    value.endsWith('/') ||
    value.endsWith('.') ||
    value.endsWith('.lock') ||
    value.includes('..') ||
    value.includes('//') ||
    value.split('/').some((c) => c.startsWith('.'));
  if (bad) throw new InputError(input, `${showValue(value)} is not a valid git revision (a branch, tag or commit SHA)`);
  return value;
}

/** A git remote URL: https://, ssh://, or scp-like git@host:org/repo. No spaces, quotes or expressions. */
export function validateRepoUrl(input: string, value: string): string {
  if (value.length > 500 || /[\s"'`$\\{}<>|;&]/.test(value)) {
    throw new InputError(input, `${showValue(value)} is not a valid git repository URL`);
  }
  if (/^(https?|ssh|git):\/\//.test(value)) {
    let u: URL;
    try {
      u = new URL(value);
    } catch {
      throw new InputError(input, `${showValue(value)} is not a valid git repository URL`);
    }
    // Credentials before the host (`https://ghp_token@github.com/...`) would be committed in the Application's repoURL:
    // refused, and not echoed back into the log.
    if (u.password || (u.username && /^https?:$/.test(u.protocol))) {
      throw new InputError(input, `${showValue(value.replace(/\/\/[^@/]*@/, '//***@'))} holds credentials before the host; give the repository URL without them (Argo CD takes credentials from its repository secrets).`);
    }
    if (!u.hostname || u.pathname.length <= 1 || u.search || u.hash) {
      throw new InputError(input, `${showValue(value)} is not a git repository URL (expected e.g. https://github.com/org/platform.git, without credentials)`);
    }
    return value;
  }
  if (/^[A-Za-z0-9._-]+@[A-Za-z0-9.-]+:[A-Za-z0-9._/-]+$/.test(value) && !value.includes('..')) return value;
  throw new InputError(input, `${showValue(value)} is not a git repository URL (expected https://host/org/repo.git or git@host:org/repo.git)`);
}

/**
 * A repo-relative directory made of plain segments (no `..`, no absolute path, no hidden
 * segments), returned without a leading `./` or trailing `/`: a shell's completion writes
 * `--apps-dir argo-apps/`, and validate and the action's settings take both forms.
 */
export function validateRepoDir(input: string, value: string): string {
  const plain = value.replace(/^\.\/(?=.)/, '').replace(/(?<=.)\/+$/, '');
  const segs = plain.split('/');
  if (value.length > 200 || segs.some((s) => !/^[A-Za-z0-9_][A-Za-z0-9._-]*$/.test(s) || s === '..')) {
    throw new InputError(input, `${showValue(value)} is not a plain repo-relative directory (letters, digits, '.', '_', '-', separated by '/')`);
  }
  return plain;
}

/**
 * The apps dir of a proposal. The repository root (`.`), which validate reads and bootstrap
 * points the root Application at, is refused with the reason: the constitution confines what a
 * proposal writes to the apps dir, the charts dir and .github/workflows/ (CON-001), and an apps
 * dir that is the root would let a proposal write anywhere; without it, `.` read as a bad name.
 */
function validateAppsDir(value: string): string {
  if (/^\.\/*$/.test(value)) {
    throw new InputError(
      'apps-dir',
      `${showValue(value)} (Applications at the repository root) is read by validate and bootstrap, but generate does not write there: the constitution confines a proposal's files to the apps dir, the charts dir and .github/workflows/ (CON-001), and the root would confine nothing. Move the argo-apps-<cluster>/ folders into a folder (e.g. argo-apps/, then bootstrap with apps-dir argo-apps) and run again with apps-dir set to it, or add the service's Application by hand (validate checks it).`,
    );
  }
  return validateRepoDir('apps-dir', value);
}

export function parseClusters(raw: string | undefined): string[] {
  if (raw === undefined || raw.trim() === '') throw new InputError('clusters', 'is required: one or more cluster names, separated by commas or newlines');
  // Comma- or newline-separated (a workflow input may be a YAML block scalar, one cluster a
  // line, with or without a trailing comma; blank lines are skipped). `a,,b` stays a typo.
  const items = raw
    .split(/\r?\n/)
    .map((line) => line.trim().replace(/,$/, ''))
    .filter((line) => line !== '')
    .flatMap((line) => line.split(',').map((s) => s.trim()));
  if (items.some((s) => s === '')) throw new InputError('clusters', `${showValue(raw)} has an empty cluster name`);
  // Only separators (`,`, `,\n,`): no cluster at all. Accepted, it proposed nothing but the CI
  // workflow and reported "ALLOWED ... on " as if that were the service.
  if (items.length === 0) throw new InputError('clusters', `${showValue(raw)} names no cluster: give one or more cluster names, separated by commas or newlines`);
  const seen = new Set<string>();
  for (const c of items) {
    validateLabel('clusters', c, MAX_LENGTH.cluster, { startLetter: true });
    if (seen.has(c)) throw new InputError('clusters', `cluster ${showValue(c)} is listed twice`);
    seen.add(c);
  }
  return items;
}

export interface ParsedGenerateRequest extends GenerateRequest {
  dryRun: boolean;
  /** True when `repo-url` was not given: the proposal infers it from the existing Applications. */
  repoUrlInferred: boolean;
  imageRef: ImageRef;
}

/**
 * Parses the raw inputs (action inputs or CLI flags, by input name) into a validated request.
 * Throws `InputError` naming the first input that is refused. Reads nothing, writes nothing.
 * Values are taken as given (not trimmed): a name with surrounding whitespace or a newline is refused.
 */
export function parseGenerateRequest(raw: Record<string, string | undefined>): ParsedGenerateRequest {
  const get = (k: GenerateInputName): string | undefined => {
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
  if (ci !== 'generate' && ci !== 'skip') throw new InputError('ci-workflow', `${showValue(ci)} is not one of: generate, skip`);
  const dryRun = parseBoolean('dry-run', get('dry-run'), false);
  const repoUrlRaw = get('repo-url');
  const repoUrl = repoUrlRaw === undefined ? '' : validateRepoUrl('repo-url', repoUrlRaw);
  const appsDir = validateAppsDir(get('apps-dir') ?? DEFAULTS.appsDir);
  const chartsDir = validateRepoDir('charts-dir', get('charts-dir') ?? DEFAULTS.chartsDir);
  if (appsDir === chartsDir || appsDir.startsWith(`${chartsDir}/`) || chartsDir.startsWith(`${appsDir}/`)) {
    throw new InputError('charts-dir', `${showValue(chartsDir)} overlaps apps-dir ${showValue(appsDir)}`);
  }
  for (const c of clusters) {
    if (`${service}-${c}`.length > 53) {
      throw new InputError('service', `the Application name ${showValue(`${service}-${c}`)} would be longer than 53 characters (a Helm release name limit); use a shorter service or cluster name`);
    }
  }
  // What was asked for, as opposed to a default: the action passes action.yml's defaults as values.
  const defaults: Record<string, string> = { port: String(DEFAULTS.port), replicas: String(DEFAULTS.replicas), 'target-revision': DEFAULTS.targetRevision, namespace: application };
  const given = Object.keys(defaults).filter((k) => get(k as GenerateInputName) !== undefined && get(k as GenerateInputName) !== defaults[k]);
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
