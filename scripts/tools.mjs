// Builds the pinned Go tools (opa, helm, kubeconform) from tools/go.mod into tools/bin/.
// Skipped when the binaries are newer than go.mod and go.sum; the first build on a fresh
// machine compiles them (a few minutes), later ones are instant.
import { execFileSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import { resolve } from 'node:path';

const TOOLS = ['opa', 'helm', 'kubeconform'];
const dir = resolve('tools');
const bin = resolve(dir, 'bin');
const pinned = Math.max(statSync(`${dir}/go.mod`).mtimeMs, statSync(`${dir}/go.sum`).mtimeMs);
const fresh = TOOLS.every((t) => existsSync(`${bin}/${t}`) && statSync(`${bin}/${t}`).mtimeMs >= pinned);
if (!fresh || process.argv.includes('--force')) {
  console.error(`Building ${TOOLS.join(', ')} from tools/go.mod (first time on a machine: a few minutes)...`);
  try {
    execFileSync('go', ['install', 'tool'], { cwd: dir, env: { ...process.env, GOBIN: bin, GOFLAGS: '-mod=readonly' }, stdio: 'inherit' });
  } catch (err) {
    console.error(`Could not build the Go tools: ${err.message}\nGo 1.24 or later is needed (go.dev/dl, or your package manager).`);
    process.exit(1);
  }
}
