import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { cp, lstat, mkdir, readdir, readFile, readlink, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';

/** Shared helpers for the generate tests: fixture copies, byte snapshots, the pinned helm, the policy wasm. */
export const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const FIXTURES = join(REPO_ROOT, '__fixtures__/generate');
export const EXAMPLE_REPO = join(REPO_ROOT, 'examples/platform-repo');

/** Every action input's default from action.yml ('' where it has none), as the runner gives them. */
export function actionDefaults(): Record<string, string> {
  const action = parse(readFileSync(join(REPO_ROOT, 'action.yml'), 'utf8')) as { inputs: Record<string, { default?: string }> };
  return Object.fromEntries(Object.entries(action.inputs).map(([k, v]) => [k, v.default ?? '']));
}

export async function tempDir(prefix = 'gen-'): Promise<string> {
  return mkdtempSync(join(tmpdir(), prefix));
}

/** A fresh copy of a fixture platform repo (symlinks copied as links). */
export async function copyFixture(name: string): Promise<string> {
  const dir = await tempDir(`gen-${name}-`);
  const src = name === 'example' ? EXAMPLE_REPO : join(FIXTURES, name);
  await cp(src, dir, { recursive: true, verbatimSymlinks: true });
  return dir;
}

/** Every entry of a tree: files by content, links by target, directories by name. */
export async function snapshotTree(root: string): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  const walk = async (rel: string): Promise<void> => {
    const abs = rel ? join(root, rel) : root;
    for (const n of (await readdir(abs)).sort()) {
      const r = rel ? `${rel}/${n}` : n;
      const st = await lstat(join(root, r));
      if (st.isSymbolicLink()) out.set(r, `link:${await readlink(join(root, r))}`);
      else if (st.isDirectory()) {
        out.set(r, 'dir');
        await walk(r);
      } else out.set(r, `file:${(await readFile(join(root, r))).toString('base64')}`);
    }
  };
  await walk('');
  return out;
}

export async function writeTree(root: string, files: Record<string, string>): Promise<void> {
  for (const [p, c] of Object.entries(files)) {
    await mkdir(dirname(join(root, p)), { recursive: true });
    await writeFile(join(root, p), c);
  }
}

export async function removeDir(d: string): Promise<void> {
  await rm(d, { recursive: true, force: true });
}

/** The pinned helm (tools/bin/helm). Throws with instructions when it is missing: never skipped silently. */
export function helmBinary(): string {
  const p = join(REPO_ROOT, 'tools/bin/helm');
  if (!existsSync(p)) {
    throw new Error(`The pinned helm is missing at ${p}. Build it first: cd tools && GOBIN=$PWD/bin go install tool`);
  }
  return p;
}

export function helm(args: string[]): { status: number; stdout: string; stderr: string } {
  const r = spawnSync(helmBinary(), args, { encoding: 'utf8', env: { ...process.env, HELM_CACHE_HOME: join(tmpdir(), 'gen-helm-cache'), HELM_CONFIG_HOME: join(tmpdir(), 'gen-helm-config'), HELM_DATA_HOME: join(tmpdir(), 'gen-helm-data') } });
  return { status: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}

let wasmDir: string | undefined;
/** Builds the policy wasm once per test file into a temp dir (the pinned opa; fails loudly when missing). */
export function policyWasm(): string {
  if (!wasmDir) {
    wasmDir = mkdtempSync(join(tmpdir(), 'gen-policy-'));
    execFileSync(process.execPath, [join(REPO_ROOT, 'scripts/build-policy.mjs')], { env: { ...process.env, POLICY_OUT_DIR: wasmDir }, stdio: ['ignore', 'ignore', 'pipe'] });
  }
  return join(wasmDir, 'policy.wasm');
}

export function bufferIO(): { io: { stdout: (t: string) => void; stderr: (t: string) => void }; out: () => string; err: () => string } {
  let o = '';
  let e = '';
  return { io: { stdout: (t) => void (o += t), stderr: (t) => void (e += t) }, out: () => o, err: () => e };
}

/** Raw inputs of a valid request, overridable. */
export function rawInputs(over: Record<string, string | undefined> = {}): Record<string, string | undefined> {
  return {
    service: 'payments',
    application: 'shop',
    clusters: 'staging,production',
    image: 'ghcr.io/trustacks/payments:1.4.2',
    'repo-url': 'https://github.com/trustacks/platform-example.git',
    ...over,
  };
}
