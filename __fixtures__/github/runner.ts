/**
 * Runs `node dist/index.js` as the GitHub runner does: every input of action.yml as an
 * `INPUT_*` variable (defaults included, `${{ github.token }}` resolved), an event
 * payload file, GITHUB_OUTPUT and GITHUB_STEP_SUMMARY files, GITHUB_API_URL at the
 * local server. Returns the exit code, the output streams and the parsed outputs.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));

export interface RunResult {
  code: number | null;
  stdout: string;
  stderr: string;
  outputs: Record<string, string>;
  summary: string;
}

export interface RunOptions {
  inputs: Record<string, string>;
  eventName: string;
  payload: unknown;
  workspace: string;
  apiUrl: string;
  repository: string;
  token: string;
  sha: string;
  ref: string;
  timeoutMs?: number;
  /** More environment for the run (e.g. TMPDIR). */
  env?: Record<string, string>;
}

/** Parses the runner's file-command format (`name<<delimiter` ... `delimiter`, or `name=value`). */
export function parseFileCommands(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    const heredoc = /^([^=<]+)<<(.+)$/.exec(line);
    if (heredoc) {
      const value: string[] = [];
      for (i++; i < lines.length && lines[i] !== heredoc[2]; i++) value.push(lines[i]);
      out[heredoc[1]] = value.join('\n');
    } else if (line.includes('=')) {
      out[line.slice(0, line.indexOf('='))] = line.slice(line.indexOf('=') + 1);
    }
  }
  return out;
}

export async function runAction(o: RunOptions): Promise<RunResult> {
  const dir = mkdtempSync(join(tmpdir(), 'runner-'));
  const eventPath = join(dir, 'event.json');
  const outputPath = join(dir, 'output');
  const summaryPath = join(dir, 'summary.md');
  writeFileSync(eventPath, JSON.stringify(o.payload, null, 2));
  writeFileSync(outputPath, '');
  writeFileSync(summaryPath, '');
  const action = parse(readFileSync(join(ROOT, 'action.yml'), 'utf8')) as { inputs: Record<string, { default?: string }> };
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? '',
    HOME: process.env.HOME ?? dir,
    CI: 'true',
    GITHUB_ACTIONS: 'true',
    GITHUB_WORKSPACE: o.workspace,
    GITHUB_EVENT_NAME: o.eventName,
    GITHUB_EVENT_PATH: eventPath,
    GITHUB_OUTPUT: outputPath,
    GITHUB_STEP_SUMMARY: summaryPath,
    GITHUB_API_URL: o.apiUrl,
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_GRAPHQL_URL: `${o.apiUrl}/graphql`,
    GITHUB_REPOSITORY: o.repository,
    GITHUB_REPOSITORY_OWNER: o.repository.split('/')[0],
    GITHUB_SHA: o.sha,
    GITHUB_REF: o.ref,
    GITHUB_RUN_ID: '4242',
    GITHUB_RUN_ATTEMPT: '1',
    GITHUB_JOB: 'gitops',
    GITHUB_ACTION: 'gitops',
    GITHUB_ACTOR: 'alice',
    GITHUB_WORKFLOW: 'GitOps',
    RUNNER_OS: 'Linux',
    RUNNER_TEMP: dir,
    ...o.env,
  };
  for (const [name, spec] of Object.entries(action.inputs ?? {})) {
    const value = name in o.inputs ? o.inputs[name] : String(spec.default ?? '');
    env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] = value.replace(/\$\{\{\s*github\.token\s*\}\}/g, o.token);
  }
  for (const [name, value] of Object.entries(o.inputs)) {
    if (!(name in (action.inputs ?? {}))) throw new Error(`input '${name}' is not declared in action.yml`);
    env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] = value;
  }
  // GITOPS_E2E_ENTRY: another build of the action (a local ncc build under test), default dist/index.js.
  const entry = process.env.GITOPS_E2E_ENTRY || join(ROOT, 'dist', 'index.js');
  const child = spawn(process.execPath, [entry], { cwd: o.workspace, env });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
  const code = await new Promise<number | null>((resolve) => {
    const timer = setTimeout(() => child.kill('SIGKILL'), o.timeoutMs ?? 120_000);
    child.on('close', (c) => {
      clearTimeout(timer);
      resolve(c);
    });
  });
  return {
    code,
    stdout,
    stderr,
    outputs: existsSync(outputPath) ? parseFileCommands(readFileSync(outputPath, 'utf8')) : {},
    summary: readFileSync(summaryPath, 'utf8'),
  };
}

/** The emulator leaves out an organization's user URL fields wherever it appears as a user; GitHub's payloads carry them. */
export function withOwnerUrls<T>(value: T): T {
  if (Array.isArray(value)) return value.map(withOwnerUrls) as T;
  if (!value || typeof value !== 'object') return value;
  const o = Object.fromEntries(Object.entries(value as Record<string, unknown>).map(([k, v]) => [k, withOwnerUrls(v)]));
  if (typeof o.login === 'string' && typeof o.type === 'string' && 'avatar_url' in o) {
    const base = `https://api.github.com/users/${o.login}`;
    return {
      gravatar_id: '',
      followers_url: `${base}/followers`,
      following_url: `${base}/following{/other_user}`,
      gists_url: `${base}/gists{/gist_id}`,
      starred_url: `${base}/starred{/owner}{/repo}`,
      subscriptions_url: `${base}/subscriptions`,
      organizations_url: `${base}/orgs`,
      received_events_url: `${base}/received_events`,
      ...o,
    } as T;
  }
  return o as T;
}
