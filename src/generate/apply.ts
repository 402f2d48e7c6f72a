import { lstat, mkdir, open, realpath, rmdir, unlink } from 'node:fs/promises';
import { isAbsolute, join, relative, sep } from 'node:path';
import { IoError, isSystemError, systemErrorText, UserError, WriteConflictError } from '../errors.js';
import type { Proposal } from './types.js';

/**
 * Writes an allowed proposal's files into `root` (for the CLI's --write). Create-only and
 * all-or-nothing: every target is checked first (a plain relative path, no symlinked or
 * non-directory parent, nothing there yet); then files are created with O_EXCL ('wx'), and
 * if one still fails (a race, or the disk: ENOSPC, EACCES, ...), the files and folders
 * created so far, a partly written one included, are removed again. A disk error is an
 * IoError naming the file and the OS error, and what could not be removed, if anything.
 * Returns the paths written. Never commits.
 */
export interface WriteOptions {
  /** Test seam: runs just before each file is created (to simulate a concurrent writer). */
  beforeCreate?: (path: string) => Promise<void>;
}

export async function writeProposal(root: string, proposal: Pick<Proposal, 'files' | 'question'>, options: WriteOptions = {}): Promise<string[]> {
  if (proposal.question) throw new UserError('The proposal halted with a question: nothing to write.');
  const realRoot = await realpath(root);
  const seen = new Set<string>();
  const problems: string[] = [];
  // What the repo holds now where the proposal creates something: it changed since it was read.
  const conflicts: string[] = [];
  for (const f of proposal.files) {
    if (f.action !== 'create') problems.push(`${f.path}: action '${f.action}' is refused (generation only creates files)`);
    const segs = f.path.split('/');
    if (isAbsolute(f.path) || f.path.includes('\\') || f.path.includes('\0') || segs.some((s) => s === '' || s === '.' || s === '..')) {
      problems.push(`${f.path}: not a plain repo-relative path`);
      continue;
    }
    if (seen.has(f.path)) problems.push(`${f.path}: proposed twice`);
    seen.add(f.path);
    for (let i = 1; i < segs.length; i++) {
      const parent = segs.slice(0, i).join('/');
      if (proposal.files.some((g) => g.path === parent)) problems.push(`${f.path}: its parent ${parent} is itself a proposed file`);
    }
    for (let i = 1; i <= segs.length; i++) {
      const rel = segs.slice(0, i).join('/');
      let st;
      try {
        st = await lstat(join(realRoot, rel));
      } catch (e) {
        if ((e as NodeJS.ErrnoException).code === 'ENOENT') break;
        if (isSystemError(e)) throw new IoError(rel, e.code, `Could not check ${rel}${rel !== f.path ? ` (for ${f.path})` : ''}: ${systemErrorText(e)}. Nothing was written.`);
        throw e;
      }
      if (i === segs.length) conflicts.push(`${f.path}: already exists (never overwritten)`);
      else if (st.isSymbolicLink()) conflicts.push(`${f.path}: its parent ${rel} is a symbolic link`);
      else if (!st.isDirectory()) conflicts.push(`${f.path}: its parent ${rel} is not a directory`);
      if (st.isSymbolicLink() || !st.isDirectory()) break;
    }
  }
  if (problems.length) throw new UserError(`Nothing was written:\n${[...problems, ...conflicts].map((p) => `- ${p}`).join('\n')}`);
  if (conflicts.length) throw new WriteConflictError(conflicts);

  const createdFiles: string[] = [];
  const createdDirs: string[] = [];
  let current = '';
  // What was being done when a system call failed, for the message: the folder or the file.
  let step = { what: 'create', path: '' };
  try {
    for (const f of [...proposal.files].sort((a, b) => (a.path < b.path ? -1 : 1))) {
      current = f.path;
      const segs = f.path.split('/');
      for (let i = 1; i < segs.length; i++) {
        const abs = join(realRoot, ...segs.slice(0, i));
        step = { what: 'create the folder', path: segs.slice(0, i).join('/') };
        try {
          await mkdir(abs);
          createdDirs.push(abs);
        } catch (e) {
          if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
        }
        const st = await lstat(abs);
        if (st.isSymbolicLink() || !st.isDirectory()) throw new WriteConflictError([`${f.path}: its parent ${segs.slice(0, i).join('/')} changed while writing`]);
      }
      const abs = join(realRoot, ...segs);
      if (!abs.startsWith(realRoot + sep)) throw new UserError(`${f.path}: escapes the repo`);
      if (options.beforeCreate) await options.beforeCreate(f.path);
      step = { what: 'create', path: f.path };
      const fh = await open(abs, 'wx', 0o644);
      createdFiles.push(abs);
      step = { what: 'write', path: f.path };
      try {
        await fh.writeFile(f.content, 'utf8');
      } finally {
        await fh.close();
      }
    }
  } catch (e) {
    const left = await rollBack(realRoot, createdFiles, createdDirs);
    if (e instanceof UserError) throw e;
    // EEXIST from O_EXCL: another writer created the file after the checks above.
    if ((e as NodeJS.ErrnoException).code === 'EEXIST') throw new WriteConflictError([`${current}: created by someone else while writing (never overwritten)`]);
    if (!isSystemError(e)) throw e; // not the disk's: a bug
    const what = `${step.what} ${step.path}${step.path !== current ? ` (for ${current})` : ''}`;
    throw new IoError(step.path, e.code, `Could not ${what}: ${systemErrorText(e)}. ${left}`);
  }
  return proposal.files.map((f) => f.path).sort();
}

/**
 * Removes what a failed write created (files first, then folders, deepest first) and says
 * what is left: nothing, or what could not be removed. A folder another writer put a file in
 * meanwhile (ENOTEMPTY) is theirs now and kept.
 */
async function rollBack(realRoot: string, files: string[], dirs: string[]): Promise<string> {
  const stuck: string[] = [];
  const rel = (abs: string) => relative(realRoot, abs).split(sep).join('/');
  for (const f of [...files].reverse()) {
    await unlink(f).catch((e: NodeJS.ErrnoException) => {
      if (e.code !== 'ENOENT') stuck.push(`${rel(f)} (${e.code ?? e.message})`);
    });
  }
  for (const d of [...dirs].reverse()) {
    await rmdir(d).catch((e: NodeJS.ErrnoException) => {
      if (e.code !== 'ENOENT' && e.code !== 'ENOTEMPTY' && e.code !== 'EEXIST') stuck.push(`${rel(d)}/ (${e.code ?? e.message})`);
    });
  }
  if (stuck.length) return `What it had created could not all be removed; left behind: ${stuck.join(', ')}.`;
  const n = files.length;
  const m = dirs.length;
  return n + m === 0 ? 'Nothing was written.' : `Nothing was left behind: the ${n} file(s) and ${m} folder(s) it had created were removed again.`;
}
