import { execFile, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { UserError } from '../errors.js';

/** What one `helm template` run gave. */
export interface HelmRun {
  /** The exit code; null when the process was killed (timeout, output too large). */
  code: number | null;
  stdout: string;
  stderr: string;
  timedOut: boolean;
  /** stdout went past `maxOutputBytes`: the process was stopped. */
  tooLarge: boolean;
}

/** The one thing rendering needs from Helm; tests drive the real binary through it. */
export interface HelmRunner {
  /** `helm <args>` in `cwd`. Never throws for a failing run: the run says how it failed. */
  run(args: string[], cwd: string): Promise<HelmRun>;
  /** Writes a file of this runner's own (an Application's inline values), removed with it. */
  scratchFile(name: string, content: string): string;
  readonly version: string;
  dispose(): void;
}

export interface HelmCliOptions {
  /** Path to the binary, or a name looked up on the PATH. Default `helm`. */
  helm?: string;
  /** Per run (default 60 s): a template that loops forever must not hang the job. */
  timeoutMs?: number;
  /** stdout of one run beyond this stops it (default 64 MiB, past Argo CD's own manifest limits). */
  maxOutputBytes?: number;
}

/**
 * What helm gets of this process's environment: only what finding and running a program
 * needs. Never the job's secrets (`INPUT_TOKEN`, `GITHUB_TOKEN`, `ACTIONS_*`: a template
 * can print its environment through `--set-file` of /proc/self/environ or an error), and
 * never the runner's Helm or Kubernetes settings (`HELM_NAMESPACE`, `KUBECONFIG`), which
 * Argo CD's repo server does not have and which change what a chart renders.
 */
const PASSED_ENV = ['PATH', 'TMPDIR', 'TEMP', 'TMP', 'LANG', 'LC_ALL', 'SystemRoot', 'ComSpec', 'PATHEXT'];

/** Every live runner, for the signal handler. */
const live = new Set<{ children: Set<ChildProcess>; home: string }>();
let handlersInstalled = false;

/**
 * On SIGINT/SIGTERM (a cancelled job): stop the helm processes and remove the temp homes
 * (they can hold an Application's inline values), then die of the signal as before.
 */
function installSignalHandlers(): void {
  if (handlersInstalled) return;
  handlersInstalled = true;
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => {
      for (const r of live) {
        for (const c of r.children) c.kill('SIGKILL');
        rmSync(r.home, { recursive: true, force: true });
      }
      live.clear();
      process.kill(process.pid, signal);
    });
  }
}

/**
 * The Helm CLI, run as Argo CD's repo server runs it: its own empty HELM_* homes (a
 * developer's repositories, plugins and registry logins do not leak into the result) and
 * an environment of PATH and locale only (see PASSED_ENV).
 */
export async function openHelm(options: HelmCliOptions = {}): Promise<HelmRunner> {
  const given = options.helm?.trim() || 'helm';
  // A path is taken from here: the runs' working directory is each chart's.
  const bin = /[\\/]/.test(given) ? resolve(given) : given;
  const timeout = options.timeoutMs ?? 60_000;
  const maxBuffer = options.maxOutputBytes ?? 64 * 1024 * 1024;
  const home = mkdtempSync(join(tmpdir(), 'gitops-action-helm-'));
  const me = { children: new Set<ChildProcess>(), home };
  live.add(me);
  installSignalHandlers();
  const env: NodeJS.ProcessEnv = {};
  for (const k of PASSED_ENV) if (process.env[k] !== undefined) env[k] = process.env[k];
  Object.assign(env, {
    HOME: join(home, 'home'),
    HELM_CACHE_HOME: join(home, 'cache'),
    HELM_CONFIG_HOME: join(home, 'config'),
    HELM_DATA_HOME: join(home, 'data'),
    XDG_CACHE_HOME: join(home, 'cache'),
    XDG_CONFIG_HOME: join(home, 'config'),
    XDG_DATA_HOME: join(home, 'data'),
  });
  const dispose = () => {
    for (const c of me.children) c.kill('SIGKILL');
    live.delete(me);
    rmSync(home, { recursive: true, force: true });
  };
  const run = (args: string[], cwd: string): Promise<HelmRun & { spawnError?: NodeJS.ErrnoException }> =>
    new Promise((done) => {
      let child: ChildProcess;
      try {
        child = execFile(bin, args, { cwd, env, timeout, maxBuffer, killSignal: 'SIGKILL', encoding: 'utf8', windowsHide: true }, (err, stdout, stderr) => {
          me.children.delete(child);
          if (!err) return done({ code: 0, stdout, stderr, timedOut: false, tooLarge: false });
          const e = err as NodeJS.ErrnoException & { code?: number | string; killed?: boolean; signal?: string };
          const tooLarge = e.code === 'ERR_CHILD_PROCESS_STDIO_MAXBUFFER';
          if (typeof e.code === 'string' && !tooLarge) return done({ code: null, stdout: '', stderr: '', timedOut: false, tooLarge: false, spawnError: e });
          done({ code: typeof e.code === 'number' ? e.code : null, stdout, stderr, timedOut: !tooLarge && e.killed === true && e.signal === 'SIGKILL', tooLarge });
        });
      } catch (err) {
        // spawn reports most failures through the callback, but throws some at once: E2BIG
        // (an argument over the OS's 128 KiB, e.g. an Application's huge helm parameter) and
        // ENAMETOOLONG (a --helm path too long). Either is a failed run, not a crash.
        const e = err as NodeJS.ErrnoException;
        if (typeof e?.code !== 'string') throw err;
        return done({ code: null, stdout: '', stderr: '', timedOut: false, tooLarge: false, spawnError: e });
      }
      me.children.add(child);
    });

  const probe = await run(['version', '--short'], home);
  if (probe.spawnError) {
    dispose();
    const why = probe.spawnError.code === 'ENOENT' ? 'was not found' : `could not be run (${probe.spawnError.code})`;
    throw new UserError(`Rendering charts needs Helm 3: '${given}' ${why}. Install Helm (GitHub's hosted runners have it), or give its path (--helm / input helm-path).`);
  }
  const version = /v\d+\.\d+(?:\.\d+)?\S*/.exec(probe.stdout)?.[0];
  if (probe.code !== 0 || !version) {
    dispose();
    throw new UserError(`Rendering charts needs Helm 3: '${bin} version --short' ${probe.code !== 0 ? `exited with ${probe.code ?? 'a signal'}` : 'printed no version'}${probe.stderr.trim() ? `: ${probe.stderr.trim().slice(0, 300)}` : ''}.`);
  }
  // Helm 2's `template` is another command (a Tiller-era plugin); Argo CD renders with Helm 3.
  if (!/^v[34]\./.test(version)) {
    dispose();
    throw new UserError(`Rendering charts needs Helm 3 (as Argo CD uses): '${bin}' is ${version}.`);
  }
  let scratch = 0;
  return {
    version,
    async run(args, cwd) {
      const r = await run(args, cwd);
      if (r.spawnError) {
        const why =
          r.spawnError.code === 'E2BIG'
            ? `its command line is longer than the operating system allows (E2BIG: one argument over 128 KiB, such as a helm parameter's value or a value file's path, or all of them together over the limit); Argo CD's repo server runs Helm with the same arguments and fails the same way`
            : r.spawnError.message;
        return { code: null, stdout: '', stderr: `helm could not be started: ${why}`, timedOut: false, tooLarge: false };
      }
      return r;
    },
    scratchFile(name, content) {
      const file = join(home, `${scratch++}-${name.replace(/[^A-Za-z0-9._-]/g, '_')}`);
      writeFileSync(file, content, { mode: 0o600 });
      return file;
    },
    dispose,
  };
}
