import { posix } from 'node:path';

/** Forward-slash, no leading `./`, no trailing `/`. Keeps `..` segments (callers decide about them). */
export function normalizeRepoPath(p: string): string {
  let s = p.replace(/\\/g, '/');
  s = posix.normalize(s);
  if (s === '.' || s === './') return '';
  if (s.startsWith('./')) s = s.slice(2);
  if (s.length > 1 && s.endsWith('/')) s = s.slice(0, -1);
  return s;
}

/** True when a repo-relative path, once normalised, stays inside the repo. */
export function staysInside(p: string): boolean {
  if (p.startsWith('/') || /^[A-Za-z]:[\\/]/.test(p)) return false;
  const n = normalizeRepoPath(p);
  return n !== '..' && !n.startsWith('../');
}

export function joinRepoPath(...parts: string[]): string {
  return normalizeRepoPath(posix.join(...parts.filter((x) => x !== '')));
}

/** Whether repo path `p` is `dir` or below it (everything is below the root, ''). */
export function isInside(p: string, dir: string): boolean {
  return dir === '' || p === dir || p.startsWith(`${dir}/`);
}

/**
 * A value file's (or file parameter's) path as Argo CD resolves it (util/io/path
 * ResolveValueFilePathOrUrl): absolute from the repository root, else relative to the chart.
 * Not normalised, so that callers can tell a path that leaves the repository (staysInside).
 */
export function fromChart(chartDir: string, p: string): string {
  return p.startsWith('/') ? p.replace(/^\/+/, '') : joinRepoPath(chartDir, p);
}
