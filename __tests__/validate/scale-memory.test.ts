import { afterAll, expect, test } from '@jest/globals';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { app, brief, goodRepo, removeTrees, validateTree, withRule, type Tree } from '../../__fixtures__/validate/tree.js';

/**
 * What a validation keeps alive at scale. A finding's position needs the file's full parse
 * (the `yaml` document model, tens of KB for a short Application); the cross-file rules
 * (repoURL, duplicates) look positions up after every file was read, and must not keep one
 * such parse per Application they reported on: 10,000 Applications with a wrong repoURL
 * (a repository moved to another organisation) peaked 130 MB higher for it.
 */
afterAll(removeTrees);

setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;
const heap = (): number => {
  gc();
  gc();
  return process.memoryUsage().heapUsed;
};

const N = 400;

test(`${N} Applications with a wrong repoURL: each finding is placed, and the result keeps no parse per Application`, async () => {
  const pairs = Array.from({ length: N }, (_, i): [string, string] => [`c${i % 4}`, `svc-${i}`]);
  const tree: Tree = goodRepo(pairs);
  for (const [cluster, service] of pairs) {
    tree[`argo-apps/argo-apps-${cluster}/${service}-application.yaml`] = app({ name: service, path: `gitops/shop/${cluster}/${service}`, repoURL: 'https://github.com/acme/moved.git' });
  }
  const before = heap();
  let result: Awaited<ReturnType<typeof validateTree>> | undefined = await validateTree(tree, { repoUrl: 'https://github.com/acme/platform.git' });
  const held = heap() - before;
  const urls = withRule(result.findings, 'source.repo-url');
  expect(urls).toHaveLength(N);
  expect(brief(result.findings).filter((f) => !f.startsWith('source.repo-url'))).toEqual([]);
  // Each on its own file's `repoURL:` value (line 9 of app()'s Application, after `repoURL: `).
  expect(new Set(urls.map((f) => `${f.line}:${f.column}`))).toEqual(new Set(['9:14']));
  expect(result.summary.applications).toBe(N);
  // Measured: about 12 KB per Application for the model, the records and the findings, and
  // 21 KB when each record kept its file's parse (that of this short Application: 9 KB).
  expect(held / N).toBeLessThan(16_000);
  result = undefined;
}, 60_000);
