import { runCli } from './cli/main.js';
import { EXIT } from './cli/io.js';

// A reader that goes away (`gitops-action generate … | head`) must not turn into a crash and
// a wrong exit code, nor cut a --write short: later output is dropped, the run finishes.
// Any other failure to write (a full disk: `> /dev/full`) is an input/output error: one
// line on stderr and exit 2, never a stack trace or the exit code of "findings".
let outputFailed = false;
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (err: NodeJS.ErrnoException) => {
    if (err.code === 'EPIPE' || err.code === 'ERR_STREAM_DESTROYED') return;
    outputFailed = true;
    process.exitCode = EXIT.usage;
    if (stream === process.stdout) {
      try {
        process.stderr.write(`gitops-action: could not write the output: ${err.message}\n`);
      } catch {
        // stderr is gone too: the exit code says it
      }
    }
  });
}

// The `gitops-action` command: all logic lives in cli/main.ts so tests can call it.
const code = await runCli(process.argv.slice(2));
process.exitCode = outputFailed ? EXIT.usage : code;
