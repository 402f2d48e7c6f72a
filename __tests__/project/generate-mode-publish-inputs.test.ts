/**
 * mode generate without dry-run publishes: what publishing needs (a token, the workflow's
 * repository) is checked with the other inputs, before the repo is read. Found missing after
 * the read and the gate, the step had already set `outcome: allowed` and written a summary
 * with rollback steps for a pull request it could not make.
 */
import { jest } from '@jest/globals';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { InputError, UserError } from '../../src/errors.js';
import { runGenerateMode } from '../../src/modes/generate.js';
import { getSettings } from '../../src/settings.js';
import { actionDefaults, EXAMPLE_REPO, policyWasm } from '../../__fixtures__/generate/helpers.js';

const DEFAULTS = actionDefaults();
const saved = { ...process.env };
const dirs: string[] = [];
afterEach(() => {
  process.env = { ...saved };
  process.exitCode = undefined;
  jest.restoreAllMocks();
});
afterAll(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

async function run(inputs: Record<string, string>, env: Record<string, string | undefined>) {
  const ws = mkdtempSync(join(tmpdir(), 'gen-publish-inputs-'));
  dirs.push(ws);
  cpSync(EXAMPLE_REPO, ws, { recursive: true });
  const out = join(ws, '..', `${ws.split('/').pop()}-output`);
  dirs.push(out);
  writeFileSync(out, '');
  process.env.GITHUB_WORKSPACE = ws;
  process.env.GITHUB_OUTPUT = out;
  process.env.RUNNER_TEMP = tmpdir();
  delete process.env.GITHUB_STEP_SUMMARY;
  for (const [k, v] of Object.entries(env)) {
    if (v === undefined) delete process.env[k];
    else process.env[k] = v;
  }
  jest.spyOn(process.stdout, 'write').mockImplementation(() => true);
  const all: Record<string, string> = {
    mode: 'generate',
    service: 'payments',
    application: 'shop',
    clusters: 'staging',
    image: 'ghcr.io/acme/payments:1.0.0',
    'repo-url': 'https://github.com/trustacks/platform-example.git',
    'dry-run': 'false',
    ...inputs,
  };
  const settings = getSettings((name) => all[name] ?? DEFAULTS[name] ?? '');
  let error: unknown;
  try {
    await runGenerateMode({ ...settings, policy: { ...settings.policy, wasmPath: policyWasm() } });
  } catch (err) {
    error = err;
  }
  jest.restoreAllMocks();
  return { error, outputs: readFileSync(out, 'utf8') };
}

describe('mode generate, not a dry run', () => {
  test('an empty token is refused naming the input before the repo is read: no outcome, no decision', async () => {
    const r = await run({ token: '' }, { GITHUB_REPOSITORY: 'acme/platform' });
    expect(r.error).toBeInstanceOf(InputError);
    expect((r.error as InputError).input).toBe('token');
    expect((r.error as Error).message).toMatch(/^Input 'token': is empty: .*dry-run: true/);
    expect(r.outputs).toBe('');
  });

  test('without GITHUB_REPOSITORY: refused before the repo is read', async () => {
    const r = await run({ token: 'ghs_example' }, { GITHUB_REPOSITORY: undefined });
    expect(r.error).toBeInstanceOf(UserError);
    expect((r.error as Error).message).toMatch(/GITHUB_REPOSITORY is not set/);
    expect(r.outputs).toBe('');
  });

  test('a dry run needs neither', async () => {
    const r = await run({ token: '', 'dry-run': 'true' }, { GITHUB_REPOSITORY: undefined });
    expect(r.error).toBeUndefined();
    expect(r.outputs).toContain('allowed');
  });
});
