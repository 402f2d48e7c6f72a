import { describe, expect, test } from '@jest/globals';
import { isRepoUrl, normalizeRepoUrl, sameRepo } from '../../src/repo/git-url.js';

describe('repo URL forms', () => {
  test.each([
    'https://github.com/Acme/Platform.git',
    'https://github.com/acme/platform',
    'https://github.com/acme/platform/',
    'git@github.com:acme/platform.git',
    'ssh://git@github.com/acme/platform.git',
    'ssh://git@github.com:22/acme/platform',
    // self-hosted GitLab's ssh on another port: the same repositories as its https side
    'ssh://git@github.com:2222/acme/platform.git',
  ])('%s is github.com/acme/platform', (url) => {
    expect(normalizeRepoUrl(url)).toBe('github.com/acme/platform');
  });

  test('another host, owner, repo or https port is another repo', () => {
    expect(sameRepo('https://github.com/acme/platform', 'https://gitlab.com/acme/platform')).toBe(false);
    expect(sameRepo('https://github.com/acme/platform', 'https://github.com/other/platform')).toBe(false);
    expect(sameRepo('https://github.com/acme/platform', 'https://github.com/acme/platform-old')).toBe(false);
    expect(sameRepo('https://git.acme.io:8443/acme/platform', 'https://git.acme.io/acme/platform')).toBe(false);
  });

  test('what is not a URL matches nothing', () => {
    expect(normalizeRepoUrl('')).toBeUndefined();
    expect(normalizeRepoUrl('not a url')).toBeUndefined();
    expect(sameRepo('', '')).toBe(false);
  });

  test('isRepoUrl: a host and a path in a git URL form', () => {
    for (const ok of ['https://github.com/acme/platform.git', 'git@github.com:acme/platform.git', 'ssh://git@host:2222/a/b', 'https://dev.azure.com/org/project/_git/repo', 'file:///srv/git/platform.git']) expect(isRepoUrl(ok)).toBe(true);
    for (const bad of ['', 'not a url', 'platform', 'https://github.com', 'https://github.com/']) expect(isRepoUrl(bad)).toBe(false);
  });
});

describe('normalizeRepoUrl memo', () => {
  test('asked again, and past the memo bound, it gives the same answers', () => {
    const urls = Array.from({ length: 1500 }, (_, i) => (i % 2 ? `git@github.com:Acme/repo-${i}.git` : `https://github.com/acme/repo-${i}/`));
    const first = urls.map((u) => normalizeRepoUrl(u));
    expect(first[1]).toBe('github.com/acme/repo-1');
    expect(first[2]).toBe('github.com/acme/repo-2');
    expect(urls.map((u) => normalizeRepoUrl(u))).toEqual(first);
    expect(normalizeRepoUrl('not a url')).toBeUndefined();
    expect(normalizeRepoUrl('not a url')).toBeUndefined();
  });
});
