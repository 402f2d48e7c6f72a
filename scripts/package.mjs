// Builds dist/ from a clean state, cache-free, so that CI can compare it byte for byte:
//   dist/index.js      the action (ncc bundle of src/index.ts)
//   dist/cli/index.js  the CLI bundle (src/cli.ts), dist/cli.js its `bin` entry
//   dist/validate-worker/index.js  validate's worker thread (src/validate/worker.ts),
//                      found beside the action bundle and one level up from the CLI bundle
//   dist/policy.wasm, policy-capabilities.json   left as built by `npm run build:policy` (not touched here);
//                      the CLI bundle finds them one level up
// ncc transpiles each file on its own (--transpile-only, with src/tsconfig.json) instead of
// type-checking the whole program in every bundle: the same bytes for about 40% of the memory
// (a type-checked bundle peaked near 1 GB). `npm run typecheck` is the type check, and .ci/run
// runs it before this.
import { execFileSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';

// The bundles are built into a staging directory beside dist/ (the same depth, so source-map
// paths are the same bytes) and moved in only when all three succeeded: a failed build
// reports which bundle and why, and leaves dist/ as it was (never half emptied).
const STAGE = '.dist-build';
const BUNDLES = [
  ['src/index.ts', ''],
  ['src/cli.ts', 'cli'],
  ['src/validate/worker.ts', 'validate-worker'],
];

rmSync(STAGE, { recursive: true, force: true });
mkdirSync(STAGE);
for (const [entry, sub] of BUNDLES) {
  const out = sub ? `${STAGE}/${sub}` : STAGE;
  try {
    execFileSync(process.execPath, ['node_modules/@vercel/ncc/dist/ncc/cli.js', 'build', entry, '-o', out, '--source-map', '--license', 'licenses.txt', '--no-cache', '--quiet', '--transpile-only'], { stdio: 'inherit' });
  } catch (err) {
    rmSync(STAGE, { recursive: true, force: true });
    const how = err.signal ? `killed by ${err.signal}` : `exit ${err.status}`;
    console.error(`npm run package: bundling ${entry} failed (${how}; ncc's messages are above). dist/ was left as it was.`);
    process.exit(1);
  }
}
writeFileSync(`${STAGE}/cli.js`, "#!/usr/bin/env node\n// The `gitops-action` command; the bundle is dist/cli/index.js.\nimport './cli/index.js';\n");
chmodSync(`${STAGE}/cli.js`, 0o755);

// Swap: what a previous build made goes, the policy artifacts (built by build:policy) stay.
const keep = new Set(['policy.wasm', 'policy-data.json', 'policy-capabilities.json']);
if (!existsSync('dist')) mkdirSync('dist');
for (const f of readdirSync('dist')) if (!keep.has(f)) rmSync(`dist/${f}`, { recursive: true, force: true });
for (const f of readdirSync(STAGE)) renameSync(`${STAGE}/${f}`, `dist/${f}`);
rmSync(STAGE, { recursive: true, force: true });
