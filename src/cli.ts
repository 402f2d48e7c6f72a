import { runCli } from './cli/main.js';

// The `gitops-action` command: all logic lives in cli/main.ts so tests can call it.
process.exitCode = await runCli(process.argv.slice(2));
