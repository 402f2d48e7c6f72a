/** The pinned opa and the shipped wasm, for the policy tests. */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '../..');
/**
 * dist/policy.wasm, or the build named by POLICY_WASM (`POLICY_OUT_DIR=/tmp/p npm run build:policy`,
 * then `POLICY_WASM=/tmp/p/policy.wasm`): a policy change can be tested before dist/ is rebuilt.
 */
export const SHIPPED_WASM = process.env.POLICY_WASM || join(ROOT, 'dist/policy.wasm');
/** opa-wasm's capabilities plus the rego_v1 feature (as build:policy derives them). */
export const CAPABILITIES = (() => {
  const caps = JSON.parse(readFileSync(join(ROOT, 'node_modules/@open-policy-agent/opa-wasm/capabilities.json'), 'utf8'));
  caps.features = ['rego_v1'];
  const file = join(mkdtempSync(join(tmpdir(), 'caps-')), 'capabilities.json');
  writeFileSync(file, JSON.stringify(caps));
  return file;
})();

/** tools/bin/opa (built by `cd tools && GOBIN=$PWD/bin go install tool`); the tests need it. */
export function opaBin(): string {
  const local = join(ROOT, 'tools/bin/opa');
  if (!existsSync(local)) throw new Error('tools/bin/opa is missing: cd tools && GOBIN=$PWD/bin go install tool');
  return local;
}

/** Builds policies/ afresh (as `npm run build:policy` does) and returns the sha256 of the wasm. */
export function freshPolicySha(): string {
  const out = mkdtempSync(join(tmpdir(), 'policy-fresh-'));
  try {
    execFileSync(process.execPath, [join(ROOT, 'scripts/build-policy.mjs')], { cwd: ROOT, env: { ...process.env, POLICY_OUT_DIR: out }, stdio: 'pipe' });
    return sha256(readFileSync(join(out, 'policy.wasm')));
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}

export function sha256(buf: Buffer): string {
  return createHash('sha256').update(buf).digest('hex');
}

/** `opa build -t wasm` of the given sources into a bundle; returns the bundle path. */
export function opaBuild(sources: string[], entrypoint: string, outDir: string): string {
  const bundle = join(outDir, 'bundle.tar.gz');
  execFileSync(opaBin(), ['build', '-t', 'wasm', '-e', entrypoint, '--capabilities', CAPABILITIES, '-o', bundle, ...sources], { stdio: 'pipe' });
  return bundle;
}
