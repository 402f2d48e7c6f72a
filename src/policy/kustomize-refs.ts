/**
 * What a kustomization pulls in, for the policy: kustomize builds a directory from the files
 * its kustomization names (`resources`, `bases`, `components`, `crds`, patch files,
 * transformer/generator/validator configs), and those are often outside the directory the
 * Application points at (`resources: [../../base]`, the standard overlay idiom). The gate
 * judges what will run, so the input carries those files too; what it cannot read (a remote
 * base, a path out of the repository, a missing file, past the bounds) is listed on the
 * kustomization's entry as `unresolved`, and the policy denies it as "cannot judge" (CON-009).
 *
 * Bounded: each kustomization is read once per input, at most MAX_REFERENCED_FILES files are
 * added, and a path is followed only when it stays inside the repository by its real path
 * (a symlink out of the repo is not followed).
 */
import { readdirSync, realpathSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { joinRepoPath, staysInside } from '../repo/paths.js';
import { KUSTOMIZATION_FILES, REMOTE_RESOURCE } from '../validate/rules/kustomize-charts.js';

/** Files a whole input may gain from kustomizations' references, at most. */
export const MAX_REFERENCED_FILES = 1000;

/** A reference the policy cannot read: where it is written in the kustomization, and why. */
export interface Unresolved {
  /** Field path in the kustomization document (`["resources", 0]`, `["patches", 1, "path"]`). */
  field: (string | number)[];
  ref: string;
  reason: string;
}

/** Whether a path is a kustomization file (kustomize's three names). */
export const isKustomizationFile = (p: string) => KUSTOMIZATION_FILES.includes(p.slice(p.lastIndexOf('/') + 1));

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => v !== null && typeof v === 'object' && !Array.isArray(v);
/** A local path reference as written: a non-empty one-line string (a multi-line one is an inline patch or config). */
const pathLike = (v: unknown): v is string => typeof v === 'string' && v !== '' && !v.includes('\n');

/** The path references of a kustomization document, each with its field. */
export function kustomizationRefs(doc: unknown): { field: (string | number)[]; ref: string }[] {
  if (!isObj(doc)) return [];
  const out: { field: (string | number)[]; ref: string }[] = [];
  // Lists of paths (a string entry of a transformer/generator/validator list is a file or a
  // directory of configs; a mapping entry is an inline config, nothing to read).
  for (const key of ['resources', 'bases', 'components', 'crds', 'patchesStrategicMerge', 'transformers', 'generators', 'validators']) {
    const list = doc[key];
    if (Array.isArray(list)) list.forEach((r, i) => pathLike(r) && out.push({ field: [key, i], ref: r }));
  }
  // Lists of mappings with a `path` (the patch file; an inline `patch:` is in the kustomization itself).
  for (const key of ['patches', 'patchesJson6902']) {
    const list = doc[key];
    if (Array.isArray(list)) list.forEach((p, i) => isObj(p) && pathLike(p.path) && out.push({ field: [key, i, 'path'], ref: p.path }));
  }
  return out;
}

/**
 * Follows the references of the kustomization files `starts` (repo-relative), recursively
 * through the kustomizations of the directories they name. `parse(path)` gives a file's
 * documents as the input carries them (read once: the caller's entry); `known` is what the
 * input already holds (followed, not added again), `files` every file the repo model listed
 * (known to be inside the repo; anything else is checked on disk by real path).
 * Returns the files to add (with the kustomization that names them) and, per kustomization
 * file, what cannot be read.
 */
export function followKustomizations(
  root: string,
  starts: Iterable<string>,
  parse: (path: string) => unknown[],
  known: ReadonlySet<string>,
  files: ReadonlySet<string>,
): { add: { path: string; by: string }[]; unresolved: Map<string, Unresolved[]> } {
  const add: { path: string; by: string }[] = [];
  const unresolved = new Map<string, Unresolved[]>();
  const seen = new Set<string>(known);
  let realRoot: string | undefined;
  const inRepo = (rel: string): 'file' | 'dir' | { reason: string } => {
    if (files.has(rel)) return 'file';
    if (KUSTOMIZATION_FILES.some((n) => files.has(`${rel}/${n}`))) return 'dir';
    try {
      realRoot ??= realpathSync(root);
      const real = realpathSync(join(root, rel));
      const r = relative(realRoot, real).split(sep).join('/');
      if (r === '..' || r.startsWith('../') || r.startsWith('/')) return { reason: `it leads out of the repository (to ${real})` };
      const st = statSync(real);
      return st.isDirectory() ? 'dir' : st.isFile() ? 'file' : { reason: 'it is neither a file nor a directory' };
    } catch (err) {
      return { reason: (err as NodeJS.ErrnoException).code === 'ENOENT' ? 'it does not exist' : `it cannot be read (${(err as NodeJS.ErrnoException).code ?? String(err)})` };
    }
  };
  const queue = [...new Set(starts)];
  const queued = new Set(queue);
  for (let k = 0; k < queue.length; k++) {
    const kfile = queue[k];
    const dir = kfile.includes('/') ? kfile.slice(0, kfile.lastIndexOf('/')) : '';
    const problems: Unresolved[] = [];
    const deny = (field: (string | number)[], ref: string, reason: string) => problems.push({ field, ref, reason });
    const doc = parse(kfile)[0];
    // helmCharts inflates a chart (pulled from its repo unless vendored) that the gate does not render.
    if (isObj(doc) && Array.isArray(doc.helmCharts) && doc.helmCharts.length > 0) deny(['helmCharts'], 'helmCharts', 'kustomize inflates Helm charts there, which the gate does not render');
    for (const { field, ref } of kustomizationRefs(doc)) {
      if (REMOTE_RESOURCE.test(ref)) {
        deny(field, ref, 'it is fetched from outside the repository, which the gate cannot read');
        continue;
      }
      const p = ref.startsWith('/') || ref.includes('\\') ? undefined : joinRepoPath(dir, ref);
      if (p === undefined || !staysInside(p) || p === '') {
        deny(field, ref, 'it is outside the repository');
        continue;
      }
      if (p === dir) continue; // `resources: [.]` is the kustomization itself (kustomize refuses it)
      const kind = inRepo(p);
      if (typeof kind === 'object') {
        deny(field, ref, kind.reason);
        continue;
      }
      let target = p;
      if (kind === 'dir') {
        // A directory is a kustomization of its own (kustomize requires one there).
        const name = KUSTOMIZATION_FILES.find((n) => files.has(`${p}/${n}`)) ?? KUSTOMIZATION_FILES.find((n) => safeList(join(root, p)).includes(n));
        if (!name) {
          deny(field, ref, 'it is a directory without a kustomization file');
          continue;
        }
        target = `${p}/${name}`;
      }
      if (!seen.has(target)) {
        if (add.length >= MAX_REFERENCED_FILES) {
          deny(field, ref, `the gate reads at most ${MAX_REFERENCED_FILES} files that kustomizations reference`);
          continue;
        }
        seen.add(target);
        add.push({ path: target, by: kfile });
      }
      // Each kustomization is followed once, however many others include it.
      if (kind === 'dir' && !queued.has(target)) {
        queued.add(target);
        queue.push(target);
      }
    }
    if (problems.length) unresolved.set(kfile, problems);
  }
  return { add, unresolved };
}

function safeList(abs: string): string[] {
  try {
    return readdirSync(abs);
  } catch {
    return [];
  }
}
