#!/usr/bin/env node
// Compiles policies/ into dist/policy.wasm with the pinned opa (see tools/go.mod).
//
//   node scripts/build-policy.mjs            build dist/policy.wasm (+ dist/policy-data.json when the bundle has data)
//   node scripts/build-policy.mjs --check    run `opa check --strict` on policies/
//   node scripts/build-policy.mjs --test     run `opa test --coverage` and fail below 90 % coverage
//
// The build is deterministic: the wasm is taken out of the bundle tarball (whose
// headers carry timestamps) and written on its own; tests (*_test.rego) are excluded.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createHash } from 'node:crypto';
import * as tar from 'tar';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const ENTRYPOINT = 'gitops/decision';
const MIN_COVERAGE = 90;
const policiesDir = join(root, 'policies');
const capabilities = join(root, 'node_modules/@open-policy-agent/opa-wasm/capabilities.json');
const outDir = process.env.POLICY_OUT_DIR ? resolve(process.env.POLICY_OUT_DIR) : join(root, 'dist');

/** The pinned opa: tools/bin/opa when built, else through the Go tools module. */
function opa(args, opts = {}) {
  const local = join(root, 'tools/bin/opa');
  const [cmd, argv] = existsSync(local)
    ? [local, args]
    : ['go', ['tool', `-modfile=${join(root, 'tools/go.mod')}`, 'opa', ...args]];
  return execFileSync(cmd, argv, { cwd: root, stdio: opts.capture ? ['ignore', 'pipe', 'inherit'] : 'inherit', maxBuffer: 64 * 1024 * 1024 });
}

/**
 * opa-wasm's capabilities list the builtins its runtime supports but predate the
 * `rego_v1` feature flag, without which opa refuses v1 syntax: add only that flag.
 */
function wasmCapabilities() {
  if (!existsSync(capabilities)) throw new Error(`missing ${capabilities}: run npm ci first`);
  const caps = JSON.parse(readFileSync(capabilities, 'utf8'));
  caps.features = [...new Set([...(caps.features ?? []), 'rego_v1'])].sort();
  return JSON.stringify(caps, null, 2) + '\n';
}

async function build() {
  if (!existsSync(capabilities)) throw new Error(`missing ${capabilities}: run npm ci first`);
  const tmp = mkdtempSync(join(tmpdir(), 'policy-build-'));
  try {
    const capsText = wasmCapabilities();
    const capsFile = join(tmp, 'capabilities.json');
    writeFileSync(capsFile, capsText);
    const bundle = join(tmp, 'bundle.tar.gz');
    opa(['build', '-t', 'wasm', '-e', ENTRYPOINT, '--capabilities', capsFile, '--ignore', '*_test.rego', '-o', bundle, 'policies']);
    const extracted = join(tmp, 'x');
    mkdirSync(extracted);
    await tar.x({ file: bundle, cwd: extracted });
    const wasm = readFileSync(join(extracted, 'policy.wasm'));
    mkdirSync(outDir, { recursive: true });
    writeFileSync(join(outDir, 'policy.wasm'), wasm);
    const dataPath = join(extracted, 'data.json');
    const dataOut = join(outDir, 'policy-data.json');
    const data = existsSync(dataPath) ? JSON.parse(readFileSync(dataPath, 'utf8')) : {};
    if (Object.keys(data).length > 0) writeFileSync(dataOut, JSON.stringify(data) + '\n');
    else rmSync(dataOut, { force: true });
    // The runtime compiles org packs (policy-dir) against the same capabilities.
    writeFileSync(join(outDir, 'policy-capabilities.json'), capsText);
    const sha = createHash('sha256').update(wasm).digest('hex');
    console.log(`${join(outDir, 'policy.wasm')} ${wasm.length} bytes sha256 ${sha} (entrypoint ${ENTRYPOINT})`);
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}

function check() {
  const tmp = mkdtempSync(join(tmpdir(), 'policy-check-'));
  try {
    const capsFile = join(tmp, 'capabilities.json');
    writeFileSync(capsFile, wasmCapabilities());
    // Against the wasm runtime's builtins, so a rule cannot use what the runtime lacks.
    opa(['check', '--strict', '--capabilities', capsFile, '--ignore', '*_test.rego', 'policies']);
    opa(['check', '--strict', 'policies']);
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
  console.log('opa check --strict policies: ok');
}

function test() {
  opa(['test', 'policies']);
  const report = JSON.parse(opa(['test', 'policies', '--coverage', '--format', 'json'], { capture: true }).toString());
  const files = Object.entries(report.files ?? {})
    .filter(([f]) => !f.endsWith('_test.rego'))
    .map(([f, c]) => [f, c.coverage ?? 0]);
  for (const [f, c] of files) console.log(`${c.toFixed(1).padStart(6)} %  ${f}`);
  // Coverage of policies/ without the tests themselves.
  let covered = 0, total = 0;
  for (const [f, c] of Object.entries(report.files ?? {})) {
    if (f.endsWith('_test.rego')) continue;
    const n = (x) => (x ?? []).reduce((s, r) => s + (r.end.row - r.start.row + 1), 0);
    covered += n(c.covered);
    total += n(c.covered) + n(c.not_covered);
  }
  const pct = total === 0 ? 0 : (100 * covered) / total;
  console.log(`coverage of policies/ (tests excluded): ${pct.toFixed(1)} % (minimum ${MIN_COVERAGE} %)`);
  if (pct < MIN_COVERAGE) {
    console.error(`policy coverage ${pct.toFixed(1)} % is below ${MIN_COVERAGE} %`);
    process.exit(1);
  }
}

const mode = process.argv[2];
if (mode === '--check') check();
else if (mode === '--test') test();
else await build();
