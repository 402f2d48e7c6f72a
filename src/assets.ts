import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * A file shipped in dist/: beside the running bundle (the action, dist/index.js) or one
 * level up (the CLI bundle, dist/cli/index.js), so dist/ holds one copy. Undefined when
 * neither exists, as when the sources run unbundled (the tests).
 */
export function findBundled(rel: string): string | undefined {
  const here = dirname(fileURLToPath(import.meta.url));
  for (const dir of [here, dirname(here)]) {
    const p = join(dir, rel);
    if (existsSync(p)) return p;
  }
  return undefined;
}
