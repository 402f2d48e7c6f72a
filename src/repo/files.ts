import { closeSync, fstatSync, openSync, readSync, readdirSync, realpathSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { isInside } from './paths.js';

/** Something about a file that stops us from reading it as the text it should be. */
export interface FileIssue {
  file: string;
  kind: 'symlink-escape' | 'symlink-loop' | 'too-large' | 'binary' | 'encoding' | 'unreadable';
  detail: string;
}

export interface TreeListing {
  /** Directories (including the walked roots), repo-relative. */
  dirs: Set<string>;
  /**
   * Directory → names of the regular files (or links to regular files inside the repo)
   * directly in it. The listing keeps names, not full paths: on a 10,000-Application repo
   * 68,000 path strings surviving every young-generation GC cost more than the rules.
   */
  children: Map<string, string[]>;
  issues: FileIssue[];
  /**
   * Directory entered through a symbolic link → its real path (repo-relative). Only the
   * links themselves: what lies below them follows (realDir). Empty in a repo without links.
   */
  links: Map<string, string>;
}

export function emptyListing(): TreeListing {
  return { dirs: new Set(), children: new Map(), issues: [], links: new Map() };
}

/**
 * The real path of walked directory `dir` (repo-relative): the same directory reached
 * through a link (`gitops/shop/staging -> staging-v2`) is one directory. The deepest link
 * on the way decides: its real path is resolved through every link above it.
 */
export function realDir(links: ReadonlyMap<string, string>, dir: string): string {
  if (!links.size) return dir;
  for (let at = dir; at; at = at.slice(0, Math.max(0, at.lastIndexOf('/')))) {
    const real = links.get(at);
    if (real !== undefined) return real + dir.slice(at.length);
  }
  return dir;
}

/** Every file of a listing as repo-relative paths (made on demand: policy and generation want them). */
export function listingFiles(listing: TreeListing): Set<string> {
  const out = new Set<string>();
  for (const [dir, names] of listing.children) for (const n of names) out.add(dir ? `${dir}/${n}` : n);
  return out;
}

/** Whether `path` is a file of the listing. */
export function listingHasFile(listing: TreeListing, path: string): boolean {
  const i = path.lastIndexOf('/');
  return listing.children.get(i < 0 ? '' : path.slice(0, i))?.includes(path.slice(i + 1)) ?? false;
}

/**
 * Whether repo path `p` lies in a dot-directory at the repo root (.git, .github): when the
 * root itself is walked (`apps-dir: .`), those are not the repo's content. `root` is the
 * platform repo's folder when it is a folder of the repository (the action's input `path`):
 * its own dot-directories (.trustacks) are not content either when its root is the apps dir.
 */
export function inRootDotDir(p: string, root = ''): boolean {
  return root === '' ? p.startsWith('.') : p.startsWith(`${root}/.`);
}

/**
 * What the root App-of-Apps (a directory source) applies from the apps dir: YAML and JSON
 * files, by a case-sensitive match as Argo CD's repo server makes it (reposerver
 * `manifestFile = ^.*\.(yaml|yml|json|jsonnet)$`): a `cart-application.YAML` is never applied.
 */
export const APP_MANIFEST = /\.(?:ya?ml|json)$/;

/** A YAML or JSON extension in another case (`.YAML`, `.Yml`, `.JSON`): a file Argo CD does not read (APP_MANIFEST). */
export const MANIFEST_OTHER_CASE = /\.(?:ya?ml|json)$/i;

/**
 * Whether the files directly in folder `dir` are the apps dir's own: below it, not below the
 * charts dir when that lies inside it, and not in a root dot-directory when the apps dir is
 * the root (of the platform repo: `platformRoot`, '' unless it is a folder of the repository). validate reads their APP_MANIFEST files as Applications; the policy input reads
 * the same files, so that both judge the same set.
 */
export function inAppsDir(dir: string, appsDir: string, chartsDir: string, platformRoot = ''): boolean {
  if (!isInside(dir, appsDir)) return false;
  if (chartsDir !== appsDir && isInside(chartsDir, appsDir) && isInside(dir, chartsDir)) return false;
  return !(appsDir === platformRoot && inRootDotDir(dir, platformRoot));
}

/** How many directories the walk of one tree enters through symbolic links, at most. */
export const MAX_LINKED_DIRS = 20000;

/** The largest YAML file we parse. Argo CD Applications and Chart.yaml files are a few KB. */
export const MAX_YAML_BYTES = 2 * 1024 * 1024;

/**
 * The largest file of a directory chart Helm loads: its chart loader refuses a larger one
 * (helm.sh/helm/v3 pkg/chart/loader MaxDecompressedFileSize, "chart file ... is larger than
 * the maximum file size 5242880"). A chart's values.yaml (Grafana dashboards, large config)
 * may well pass 2 MiB below that.
 */
export const MAX_CHART_FILE_BYTES = 5 * 1024 * 1024;

/**
 * The largest value file outside a chart we read (`helm template -f` has no limit of its
 * own): a bound on memory, one file at a time.
 */
export const MAX_VALUE_FILE_BYTES = 16 * 1024 * 1024;

const toRel = (root: string, abs: string) => relative(root, abs).split(sep).join('/');

/** Anything `path.join` would have to normalise: `.`/`..` segments, doubled or leading slashes, backslashes. */
const NOT_PLAIN = /(?:^|\/)\.\.?(?:\/|$)|\/\/|^\/|\\/;

/**
 * `join(root, rel)` for the repo-relative paths the walk itself produced, without
 * normalising them again: 50,000 joins were 25 ms of a 10,000-Application run.
 */
export function repoPath(root: string, rel: string): string {
  if (!rel) return root;
  return NOT_PLAIN.test(rel) || root.endsWith(sep) ? join(root, rel) : `${root}${sep}${rel}`;
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
export async function walkTree(root: string, realRoot: string, relDir: string, into: TreeListing, skipDir?: (rel: string) => boolean): Promise<void> {
  walkTreeSync(root, realRoot, relDir, into, skipDir);
}

/**
 * Synchronous on purpose: on a warm page cache a readdir is microseconds, and a promise
 * per directory cost more than the call itself (measured on a 10,000-Application repo).
 */
export function walkTreeSync(root: string, realRoot: string, relDir: string, into: TreeListing, skipDir?: (rel: string) => boolean): void {
  // Directories entered through links are bounded, so that links fanning out level after
  // level (each directory linking twice to the next) cannot make the walk exponential.
  let linkedDirs = 0;
  let linkBudgetReported = false;
  /** `chain`: real paths of the directories on the way down to this one (loop detection). */
  const walk = (rel: string, real: string, chain: readonly string[], viaLink: boolean): void => {
    if (viaLink && ++linkedDirs > MAX_LINKED_DIRS) {
      if (!linkBudgetReported) into.issues.push({ file: rel, kind: 'unreadable', detail: `more than ${MAX_LINKED_DIRS} directories reached through symbolic links; the rest were not read` });
      linkBudgetReported = true;
      return;
    }
    const down = [...chain, real];
    into.dirs.add(rel);
    let entries;
    try {
      entries = readdirSync(repoPath(root, rel), { withFileTypes: true });
    } catch (err) {
      into.issues.push({ file: rel, kind: 'unreadable', detail: (err as NodeJS.ErrnoException).code ?? String(err) });
      return;
    }
    const names: string[] = [];
    into.children.set(rel, names);
    for (const e of entries) {
      const childRel = rel ? `${rel}/${e.name}` : e.name;
      if (e.isDirectory()) {
        if (!skipDir?.(childRel)) walk(childRel, `${real}/${e.name}`, down, viaLink);
      } else if (e.isFile()) {
        names.push(e.name);
      } else if (e.isSymbolicLink()) {
        if (followLink(childRel, down, viaLink) === 'file') names.push(e.name);
      }
    }
  };
  const followLink = (rel: string, chain: readonly string[], viaLink: boolean): 'file' | 'dir' | undefined => {
    let target: string;
    try {
      target = realpathSync(join(root, rel));
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code;
      if (code === 'ELOOP') into.issues.push({ file: rel, kind: 'symlink-loop', detail: 'the link points at itself through other links' });
      else into.issues.push({ file: rel, kind: 'unreadable', detail: `broken symbolic link (${code})` });
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
    if (chain.includes(target) || parentReal.startsWith(`${target}${sep}`)) {
      into.issues.push({ file: rel, kind: 'symlink-loop', detail: 'links to a directory that contains it' });
      return;
    }
    const st = statSync(target);
    if (st.isDirectory()) {
      into.links.set(rel, inside);
      if (!skipDir?.(rel)) walk(rel, target, chain, true);
      return 'dir';
    }
    if (st.isFile()) return 'file';
    return undefined;
  };
  let startReal: string;
  try {
    startReal = realpathSync(join(root, relDir));
  } catch {
    return;
  }
  const inside = toRel(realRoot, startReal);
  if (inside === '..' || inside.startsWith('../')) {
    into.issues.push({ file: relDir, kind: 'symlink-escape', detail: `links outside the repository, to ${startReal}` });
    return;
  }
  walk(relDir, startReal, [], false);
}

export type ReadResult = { text: string } | { issue: FileIssue };

const utf8 = new TextDecoder('utf-8', { fatal: true });

/**
 * Reads a file as text (UTF-8, or UTF-16 after its byte-order mark), refusing what is too large, binary or in another encoding.
 * Synchronous with one open/fstat/read/close, like `readFileSync`, but checking the size
 * before reading: async file handles cost more than the read itself on small files.
 */
export async function readTextFile(root: string, rel: string, maxBytes = MAX_YAML_BYTES): Promise<ReadResult> {
  return readTextFileSync(root, rel, maxBytes);
}

/**
 * One buffer for every read, a byte larger than the limit: a read that fills it means the
 * file is too large. open + read + close, no fstat: syscalls are most of what reading a
 * platform repo costs (measured on 10,000 Applications).
 */
let shared: Buffer | undefined;

export function readTextFileSync(root: string, rel: string, maxBytes = MAX_YAML_BYTES): ReadResult {
  const data = readShared(root, rel, maxBytes);
  if ('issue' in data) return data;
  if (data.subarray(0, 8192).includes(0)) {
    return notUtf8(data, rel) ?? { issue: { file: rel, kind: 'binary', detail: 'the file holds NUL bytes: it is binary, not YAML' } };
  }
  try {
    let text = utf8.decode(data);
    if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
    return { text };
  } catch {
    return notUtf8(data, rel) ?? { issue: { file: rel, kind: 'encoding', detail: 'the file is not valid UTF-8' } };
  }
}

const utf16 = { le: new TextDecoder('utf-16le', { fatal: true }), be: new TextDecoder('utf-16be', { fatal: true }) };

/**
 * A file that is not UTF-8 but says what it is, as an editor on Windows saves it: read only
 * when the UTF-8 reading has failed, so UTF-8 files never pay for it. Argo CD opens the files
 * of a directory source through utfutil (a UTF-16 byte-order mark is honoured, UTF-8 assumed
 * without one), and Helm and Argo CD parse Chart.yaml, value files and overrides with go-yaml,
 * which decodes UTF-16 after its byte-order mark too: such a file is read as they read it.
 * Without a mark both take the bytes for UTF-8 and fail, and neither reads UTF-32.
 * Undefined: nothing to say beyond "binary" or "not UTF-8".
 */
function notUtf8(data: Buffer, rel: string): ReadResult | undefined {
  const [b0, b1, b2, b3] = data;
  const saveAs = 'save it as UTF-8 (without a byte-order mark, or with the UTF-8 one)';
  if ((b0 === 0xff && b1 === 0xfe && b2 === 0 && b3 === 0) || (b0 === 0 && b1 === 0 && b2 === 0xfe && b3 === 0xff)) {
    return { issue: { file: rel, kind: 'encoding', detail: `the file is encoded as UTF-32 (byte-order mark ${hex(data, 4)}): Argo CD and Helm read YAML as UTF-8 or UTF-16 only; ${saveAs}` } };
  }
  const order = b0 === 0xff && b1 === 0xfe ? 'le' : b0 === 0xfe && b1 === 0xff ? 'be' : undefined;
  if (order) {
    const name = order === 'le' ? 'UTF-16LE' : 'UTF-16BE';
    let text: string;
    try {
      text = utf16[order].decode(data.subarray(2));
    } catch {
      return { issue: { file: rel, kind: 'encoding', detail: `the file starts with the ${name} byte-order mark (${hex(data, 2)}) but is not valid ${name} (an odd number of bytes or an unpaired surrogate); ${saveAs}` } };
    }
    // The NUL check above saw the UTF-16 encoding's own zero bytes; go-yaml refuses a NUL character.
    const nul = text.indexOf('\0');
    if (nul >= 0) {
      const line = text.slice(0, nul).split('\n').length;
      return { issue: { file: rel, kind: 'binary', detail: `the file (${name}, after its byte-order mark) holds a NUL character on line ${line}: go-yaml, which Argo CD and Helm read it with, refuses it ("control characters are not allowed")` } };
    }
    return { text };
  }
  // ASCII text in UTF-16 without a mark: every other byte of the first line is NUL.
  const head = data.subarray(0, Math.min(64, data.length & ~1));
  if (head.length >= 4) {
    let even = 0;
    let odd = 0;
    for (let i = 0; i < head.length; i++) if (head[i] === 0) i % 2 ? odd++ : even++;
    const half = head.length / 2;
    const endian = odd === half && even === 0 ? 'little-endian' : even === half && odd === 0 ? 'big-endian' : undefined;
    if (endian) {
      return { issue: { file: rel, kind: 'encoding', detail: `the file looks like UTF-16 (${endian}) without a byte-order mark: Argo CD and Helm read a file without one as UTF-8 and fail on its NUL bytes; ${saveAs}` } };
    }
  }
  return undefined;
}

function hex(data: Buffer, n: number): string {
  return [...data.subarray(0, n)].map((b) => b.toString(16).toUpperCase().padStart(2, '0')).join(' ');
}

/**
 * A file's bytes as they are (a copy), for a file read the way its consumer reads it
 * (`.helmignore`: Helm takes any bytes), refusing only what is too large or unreadable.
 */
export function readBytesSync(root: string, rel: string, maxBytes = MAX_YAML_BYTES): { data: Uint8Array } | { issue: FileIssue } {
  const data = readShared(root, rel, maxBytes);
  return 'issue' in data ? data : { data: new Uint8Array(data) };
}

/** One open, read and close into the shared buffer: the bytes (valid until the next read), or why not. */
function readShared(root: string, rel: string, maxBytes: number): Buffer | { issue: FileIssue } {
  let fd: number | undefined;
  try {
    fd = openSync(repoPath(root, rel), 'r');
    const cap = maxBytes + 1;
    if (!shared || shared.length < cap) shared = Buffer.allocUnsafe(Math.max(cap, MAX_YAML_BYTES + 1));
    // A read of a regular file returns all it asked for unless the file ends first (POSIX
    // allows short reads only for signals and special files), so one read is the file.
    let n = 0;
    for (;;) {
      const want = cap - n;
      const got = readSync(fd, shared, n, want, n);
      n += got;
      if (got === 0 || got < want || n >= cap) break;
    }
    if (n > maxBytes) {
      const { size } = fstatSync(fd);
      return { issue: { file: rel, kind: 'too-large', detail: `${size.toLocaleString('en-US')} bytes (${(size / 1048576).toFixed(1)} MiB) is more than the ${maxBytes / 1048576} MiB (${maxBytes.toLocaleString('en-US')} bytes) limit` } };
    }
    return shared.subarray(0, n);
  } catch (err) {
    return { issue: { file: rel, kind: 'unreadable', detail: (err as NodeJS.ErrnoException).code ?? String(err) } };
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}
