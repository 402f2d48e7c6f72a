import type { RepoModel } from '../repo/types.js';
import { validateRepo, type ValidationResult } from '../validate/engine.js';

/**
 * Reading the existing tree for generation: the validate engine's model (one walk, one parse
 * per file). Only its Applications are used here; charts and other paths are inspected by
 * preserve.ts with lstat, so that symlinks and files in the way are seen as what they are.
 */
export async function loadRepoModel(root: string, opts: { appsDir: string; chartsDir: string; repoUrl?: string }): Promise<RepoModel> {
  return (await loadRepo(root, opts)).model;
}

/** The whole validation of the existing tree: its model, and its findings (the baseline a proposal is judged against). */
export async function loadRepo(root: string, opts: { appsDir: string; chartsDir: string; repoUrl?: string }): Promise<ValidationResult> {
  return validateRepo(root, { appsDir: opts.appsDir, chartsDir: opts.chartsDir, ...(opts.repoUrl ? { repoUrl: opts.repoUrl } : {}) });
}
