// Builds dist/ from a clean state, cache-free, so that CI can compare it byte for byte:
//   dist/index.js      the action (ncc bundle of src/index.ts)
//   dist/cli/index.js  the CLI bundle (src/cli.ts), dist/cli.js its `bin` entry
//   dist/validate-worker/index.js  validate's worker thread (src/validate/worker.ts),
//                      found beside the action bundle and one level up from the CLI bundle
//   dist/policy.wasm, policy-capabilities.json   left as built by `npm run build:policy` (not touched here);
//                      the CLI bundle finds them one level up
import { execFileSync } from 'node:child_process';
import { chmodSync, existsSync, readdirSync, rmSync, writeFileSync } from 'node:fs';

const ncc = (entry, out) =>
  execFileSync(process.execPath, ['node_modules/@vercel/ncc/dist/ncc/cli.js', 'build', entry, '-o', out, '--source-map', '--license', 'licenses.txt', '--no-cache', '--quiet'], { stdio: 'inherit' });

// Remove what a previous build made, keep the policy artifacts (built by build:policy).
const keep = new Set(['policy.wasm', 'policy-data.json', 'policy-capabilities.json']);
if (existsSync('dist')) for (const f of readdirSync('dist')) if (!keep.has(f)) rmSync(`dist/${f}`, { recursive: true, force: true });

ncc('src/index.ts', 'dist');
ncc('src/cli.ts', 'dist/cli');
ncc('src/validate/worker.ts', 'dist/validate-worker');
writeFileSync('dist/cli.js', "#!/usr/bin/env node\n// The `gitops-action` command; the bundle is dist/cli/index.js.\nimport './cli/index.js';\n");
chmodSync('dist/cli.js', 0o755);
