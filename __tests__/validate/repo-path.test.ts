import { describe, expect, test } from '@jest/globals';
import { join } from 'node:path';
import { repoPath } from '../../src/repo/files.js';

describe('repoPath', () => {
  test.each([
    'argo-apps/argo-apps-prod/cart-application.yaml',
    'gitops/shop/prod/cart/Chart.yaml',
    'a',
    'a/./b',
    'a/../b',
    '../x',
    './a',
    'a//b',
    '/abs/path',
    'a/b/..',
    'a/.hidden/b',
    'a/..b/c',
    'a\\b',
  ])('%s is what path.join gives', (rel) => {
    expect(repoPath('/repo/root', rel)).toBe(join('/repo/root', rel));
  });

  test('an empty path is the root; a root ending in a separator still joins cleanly', () => {
    expect(repoPath('/repo', '')).toBe('/repo');
    expect(repoPath('/', 'a/b')).toBe(join('/', 'a/b'));
  });
});
