import { promises as fs } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { inRootDotDir, listingHasFile, type TreeListing } from '../repo/files.js';
import { isInside } from '../repo/paths.js';

/**
 * What Argo CD's directory source reads as manifests (it renders Jsonnet too): a
 * case-sensitive match, as its repo server's `manifestFile` regexp is (a `CM.YAML` is not read).
 */
const MANIFEST = /\.(ya?ml|json|jsonnet)$/;

/**
 * Answers "does this path exist, and what is in it" for the rules. Paths inside the
 * walked apps and charts directories are answered from the one listing made at the
 * start (no syscall per rule on the hot path); anything else falls back to the file
 * system, refusing what resolves outside the repository.
 */
export class RepoView {
  private childDirs?: Map<string, string[]>;

  constructor(
    readonly root: string,
    readonly realRoot: string,
    readonly listing: TreeListing,
    private readonly walkedRoots: string[],
    /** The platform repo's folder in the repository ('' when it is the repository): see ValidateOptions.platformRoot. */
    private readonly platformRoot = '',
  ) {}

  private walked(p: string): boolean {
    // The root's walk leaves its dot-directories out: those are answered from the file system.
    return this.walkedRoots.some((r) => isInside(p, r) && !(r === this.platformRoot && inRootDotDir(p, r)));
  }

  /** `p` must already be normalised and inside the repo. */
  async kind(p: string): Promise<'file' | 'dir' | undefined> {
    if (this.walked(p)) {
      if (this.listing.dirs.has(p)) return 'dir';
      if (listingHasFile(this.listing, p)) return 'file';
      return undefined;
    }
    try {
      const real = await fs.realpath(join(this.root, p));
      const rel = relative(this.realRoot, real);
      if (rel === '..' || rel.startsWith(`..${sep}`)) return undefined;
      const st = await fs.stat(real);
      return st.isDirectory() ? 'dir' : st.isFile() ? 'file' : undefined;
    } catch {
      return undefined;
    }
  }

  async hasFile(p: string): Promise<boolean> {
    return (await this.kind(p)) === 'file';
  }

  /** Files directly in `dir` (names only). */
  async list(dir: string): Promise<string[]> {
    if (this.walked(dir)) return this.listing.children.get(dir) ?? [];
    try {
      const entries = await fs.readdir(join(this.root, dir), { withFileTypes: true });
      return entries.filter((e) => e.isFile()).map((e) => e.name);
    } catch {
      return [];
    }
  }

  /** Directories directly in `dir` (names only); walked trees answer from the listing. */
  async listDirs(dir: string): Promise<string[]> {
    if (this.walked(dir)) {
      if (!this.childDirs) {
        // Built once, on first use: directory → names of its subdirectories.
        this.childDirs = new Map();
        for (const d of this.listing.dirs) {
          const i = d.lastIndexOf('/');
          if (i < 0) continue;
          const parent = d.slice(0, i);
          let arr = this.childDirs.get(parent);
          if (!arr) this.childDirs.set(parent, (arr = []));
          arr.push(d.slice(i + 1));
        }
      }
      return this.childDirs.get(dir) ?? [];
    }
    try {
      const entries = await fs.readdir(join(this.root, dir), { withFileTypes: true });
      return entries.filter((e) => e.isDirectory()).map((e) => e.name);
    } catch {
      return [];
    }
  }

  /** The manifests below `dir` (recursively when asked), as paths relative to it. */
  async manifests(dir: string, recurse: boolean): Promise<string[]> {
    const out: string[] = [];
    const walk = async (d: string, rel: string): Promise<void> => {
      for (const n of await this.list(d)) if (MANIFEST.test(n)) out.push(rel ? `${rel}/${n}` : n);
      if (recurse) for (const sub of await this.listDirs(d)) await walk(`${d}/${sub}`, rel ? `${rel}/${sub}` : sub);
    };
    await walk(dir, '');
    return out;
  }

  /** Whether `dir` (recursively when asked) holds a YAML, JSON or Jsonnet manifest. */
  async hasManifest(dir: string, recurse: boolean): Promise<boolean> {
    if (this.walked(dir)) {
      // From the directory down through the listing: cost in the size of that subtree,
      // not of the repo (a repo of many directory sources must not go quadratic).
      if ((this.listing.children.get(dir) ?? []).some((n) => MANIFEST.test(n))) return true;
      if (!recurse) return false;
      for (const sub of await this.listDirs(dir)) if (await this.hasManifest(`${dir}/${sub}`, true)) return true;
      return false;
    }
    const walk = async (d: string): Promise<boolean> => {
      let entries;
      try {
        entries = await fs.readdir(join(this.root, d), { withFileTypes: true });
      } catch {
        return false;
      }
      for (const e of entries) if (e.isFile() && MANIFEST.test(e.name)) return true;
      if (recurse) for (const e of entries) if (e.isDirectory() && (await walk(`${d}/${e.name}`))) return true;
      return false;
    };
    return walk(dir);
  }
}
