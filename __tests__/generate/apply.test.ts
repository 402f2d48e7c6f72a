import { mkdir, readFile, symlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { IoError, UserError } from '../../src/errors.js';
import { writeProposal } from '../../src/generate/apply.js';
import type { ProposedFile } from '../../src/generate/types.js';
import { removeDir, snapshotTree, tempDir } from '../../__fixtures__/generate/helpers.js';

const f = (path: string, content = `content of ${path}\n`, action: ProposedFile['action'] = 'create'): ProposedFile => ({ path, content, action });

let dir: string;
beforeEach(async () => {
  dir = await tempDir('gen-apply-');
  await mkdir(join(dir, 'gitops/shop'), { recursive: true });
  await writeFile(join(dir, 'gitops/shop/existing.yaml'), 'kept: true\n');
});
afterEach(async () => removeDir(dir));

async function refused(files: ProposedFile[], pattern: RegExp): Promise<void> {
  const before = await snapshotTree(dir);
  await expect(writeProposal(dir, { files })).rejects.toThrow(pattern);
  await expect(writeProposal(dir, { files })).rejects.toBeInstanceOf(UserError);
  expect(await snapshotTree(dir)).toEqual(before);
}

test('creates every file, with parents, and returns the paths', async () => {
  const written = await writeProposal(dir, { files: [f('gitops/shop/prod/a/Chart.yaml'), f('argo-apps/argo-apps-prod/a-application.yaml')] });
  expect(written).toEqual(['argo-apps/argo-apps-prod/a-application.yaml', 'gitops/shop/prod/a/Chart.yaml']);
  expect(await readFile(join(dir, 'gitops/shop/prod/a/Chart.yaml'), 'utf8')).toBe('content of gitops/shop/prod/a/Chart.yaml\n');
  expect(await readFile(join(dir, 'gitops/shop/existing.yaml'), 'utf8')).toBe('kept: true\n');
});

test('an existing file is never overwritten, and then nothing at all is written', async () => {
  await refused([f('argo-apps/new.yaml'), f('gitops/shop/existing.yaml')], /gitops\/shop\/existing\.yaml: already exists/);
});

test('a symlinked parent is refused (even one pointing inside the repo)', async () => {
  await symlink(join(dir, 'gitops'), join(dir, 'linked'));
  await refused([f('linked/shop/x.yaml')], /parent linked is a symbolic link/);
  await symlink('/tmp', join(dir, 'gitops/escape'));
  await refused([f('gitops/escape/x.yaml')], /parent gitops\/escape is a symbolic link/);
});

test('a file where a parent folder should be is refused', async () => {
  await refused([f('gitops/shop/existing.yaml/x')], /parent gitops\/shop\/existing\.yaml is not a directory/);
});

test.each(['../escape.yaml', '/etc/passwd', 'a/../../b', './a', 'a//b', 'a\\b', ''])('path %j is refused', async (p) => {
  await refused([f(p)], /not a plain repo-relative path/);
});

test('modify and delete actions are refused', async () => {
  await refused([f('gitops/shop/existing.yaml', 'x', 'modify')], /action 'modify' is refused/);
  await refused([f('gitops/shop/other.yaml', 'x', 'delete')], /action 'delete' is refused/);
});

test('duplicates and a file that is the parent of another are refused up front', async () => {
  await refused([f('a/b'), f('a/b')], /proposed twice/);
  await refused([f('a/b'), f('a/b/c')], /its parent a\/b is itself a proposed file/);
});

test('a halted proposal writes nothing', async () => {
  await expect(writeProposal(dir, { files: [], question: 'what now?' })).rejects.toThrow(/halted/);
});

test('all-or-nothing: a file appearing while writing rolls back everything created so far', async () => {
  const before = await snapshotTree(dir);
  const files = [f('a/one.yaml'), f('b/two.yaml'), f('gitops/shop/prod/three.yaml')];
  await expect(
    writeProposal(dir, { files }, {
      beforeCreate: async (p) => {
        if (p === 'gitops/shop/prod/three.yaml') await writeFile(join(dir, p), 'someone else wrote this\n');
      },
    }),
  ).rejects.toThrow(/Nothing was written/);
  const after = await snapshotTree(dir);
  // Only the concurrent writer's file (and its folder) remain; ours are gone, theirs is intact.
  expect(after.get('gitops/shop/prod/three.yaml')).toBe(`file:${Buffer.from('someone else wrote this\n').toString('base64')}`);
  after.delete('gitops/shop/prod/three.yaml');
  expect(after.get('gitops/shop/prod')).toBe('dir'); // not empty, so not removed
  after.delete('gitops/shop/prod');
  expect(after).toEqual(before);
});

describe('a disk error: an IoError naming the file and the OS error, and nothing left behind', () => {
  test('while checking the targets (a name the file system refuses): nothing is written', async () => {
    const before = await snapshotTree(dir);
    const long = `gitops/${'x'.repeat(300)}/Chart.yaml`;
    const err = await writeProposal(dir, { files: [f('argo-apps/a.yaml'), f(long)] }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(IoError);
    expect(err).toMatchObject({ code: 'ENAMETOOLONG', path: `gitops/${'x'.repeat(300)}` });
    expect((err as Error).message).toMatch(/^Could not check gitops\/x+ \(for gitops\/x+\/Chart\.yaml\): name too long \(ENAMETOOLONG\)\. Nothing was written\.$/);
    expect(await snapshotTree(dir)).toEqual(before);
  });

  test('while writing: what was created is removed, and what could not be is named', async () => {
    const before = await snapshotTree(dir);
    // Before the second file: the first one is swapped for a folder with a file in it (so it
    // cannot be unlinked), and the second one's folder removed (so its open fails, ENOENT).
    const err = await writeProposal(dir, { files: [f('a/one.yaml'), f('b/two.yaml')] }, {
      beforeCreate: async (p) => {
        if (p !== 'b/two.yaml') return;
        await removeDir(join(dir, 'a/one.yaml'));
        await mkdir(join(dir, 'a/one.yaml'));
        await writeFile(join(dir, 'a/one.yaml/x'), '');
        await removeDir(join(dir, 'b'));
      },
    }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(IoError);
    expect((err as Error).message).toMatch(/^Could not create b\/two\.yaml: no such file or directory \(ENOENT\)\. What it had created could not all be removed; left behind: a\/one\.yaml \(E[A-Z]+\)\.$/);
    const after = await snapshotTree(dir);
    for (const p of ['a', 'a/one.yaml', 'a/one.yaml/x']) after.delete(p);
    expect(after).toEqual(before);
  });
});
