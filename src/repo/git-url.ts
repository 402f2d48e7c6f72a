/** Normalised forms already computed (bounded: cleared past 1,024 distinct URLs). */
const seen = new Map<string, string | undefined>();

/**
 * Normalises a git remote URL so that the https, ssh and scp-like forms of the same
 * repository compare equal: `https://github.com/Org/Repo.git`, `git@github.com:org/repo`
 * and `ssh://git@github.com/org/repo.git` all become `github.com/org/repo`.
 * Returns undefined for something that is not a git URL (e.g. a Helm repository is
 * still a URL, so callers decide by source kind, not by this function).
 */
export function normalizeRepoUrl(url: string): string | undefined {
  // Thousands of sources name the same few URLs, and the cross-file rules ask up to three times per source.
  if (seen.has(url)) return seen.get(url);
  const n = normalize(url);
  if (seen.size >= 1024) seen.clear();
  seen.set(url, n);
  return n;
}

function normalize(url: string): string | undefined {
  let s = url.trim();
  if (!s) return undefined;
  const scp = /^(?:[\w.-]+@)?([\w.-]+):(?!\/\/)(.+)$/.exec(s);
  if (scp && !/^[a-z][a-z0-9+.-]*:\/\//i.test(s)) {
    s = `${scp[1]}/${scp[2]}`;
  } else {
    try {
      const u = new URL(s);
      // An ssh port only says how to reach the host's git over ssh (self-hosted GitLab on 2222
      // serves the same repositories as its https side); an https port can be another server.
      const port = u.port && u.protocol !== 'ssh:' && !['443', '80'].includes(u.port) ? `:${u.port}` : '';
      s = `${u.hostname}${port}${u.pathname}`;
    } catch {
      return undefined;
    }
  }
  s = s.replace(/\/+$/, '').replace(/\.git$/i, '').replace(/\/+$/, '');
  return s.toLowerCase();
}

/** Whether `url` names a git repository: a host and a path, in an https, ssh or scp-like form. */
export function isRepoUrl(url: string): boolean {
  const n = normalizeRepoUrl(url);
  return n !== undefined && /^\S*\/\S+$/.test(n);
}

export function sameRepo(a: string, b: string): boolean {
  const na = normalizeRepoUrl(a);
  return na !== undefined && na === normalizeRepoUrl(b);
}
