// `npm run demo`: builds the CLI if needed, then validates the bundled example platform repo.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

if (!existsSync('dist/cli.js')) execFileSync('npm', ['run', '-s', 'package'], { stdio: 'inherit' });
const args = ['dist/cli.js', 'validate', 'examples/platform-repo', '--repo-url', 'https://github.com/trustacks/platform-example.git', ...process.argv.slice(2)];
console.log(`$ gitops-action ${args.slice(1).join(' ')}\n`);
const r = spawnSync(process.execPath, args, { stdio: 'inherit' });
process.exit(r.status ?? 1);
