import { runCli } from './cli/main.js';

// A reader that goes away (`gitops-action generate … | head`) must not turn into a crash and
// a wrong exit code, nor cut a --write short: later output is dropped, the run finishes.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (err: NodeJS.ErrnoException) => {
    if (err.code !== 'EPIPE' && err.code !== 'ERR_STREAM_DESTROYED') throw err;
  });
}

// The `gitops-action` command: all logic lives in cli/main.ts so tests can call it.
process.exitCode = await runCli(process.argv.slice(2));
