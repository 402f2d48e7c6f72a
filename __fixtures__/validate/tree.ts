import { mkdirSync, mkdtempSync, promises as fs, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { create } from 'tar';
import { validateRepo, type ValidateOptions, type ValidationResult } from '../../src/validate/engine.js';
import type { Finding } from '../../src/validate/types.js';

/**
 * Builds throw-away platform repos in os.tmpdir() for the validate tests: a map of
 * repo-relative path → content (string or bytes). Nothing here is committed.
 */
export type Tree = Record<string, string | Buffer>;

export const REPO_URL = 'https://github.com/acme/platform.git';

const made: string[] = [];

export async function makeTree(files: Tree): Promise<string> {
  const root = await fs.mkdtemp(join(tmpdir(), 'gitops-validate-'));
  made.push(root);
  for (const [rel, content] of Object.entries(files)) {
    const abs = join(root, rel);
    await fs.mkdir(dirname(abs), { recursive: true });
    await fs.writeFile(abs, content);
  }
  return root;
}

/** Removes every tree made so far (call from afterAll). */
export async function removeTrees(): Promise<void> {
  await Promise.all(made.splice(0).map((d) => fs.rm(d, { recursive: true, force: true })));
}

/** A well-formed Helm chart at `dir`. */
export function chart(dir: string, name = dir.split('/').pop()!): Tree {
  return {
    [`${dir}/Chart.yaml`]: `apiVersion: v2\nname: ${name}\nversion: 0.1.0\ntype: application\n`,
    [`${dir}/values.yaml`]: 'replicaCount: 1\n',
    [`${dir}/templates/deployment.yaml`]: 'apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: x\n',
    [`${dir}/templates/_helpers.tpl`]: '{{- define "x" -}}{{- end -}}\n',
  };
}

/**
 * A well-formed single-source Application (14 lines, positions stable):
 *  4 `  name:`, 8 `  source:`, 9 `    repoURL:`, 10 `    path:`, 11 `    targetRevision:`,
 *  12 `  destination:`, 13 `    server:`, 14 `    namespace:`.
 */
export function app(o: { name: string; path: string; repoURL?: string; server?: string; namespace?: string }): string {
  return [
    'apiVersion: argoproj.io/v1alpha1',
    'kind: Application',
    'metadata:',
    `  name: ${o.name}`,
    '  namespace: argocd',
    'spec:',
    '  project: default',
    '  source:',
    `    repoURL: ${o.repoURL ?? REPO_URL}`,
    `    path: ${o.path}`,
    '    targetRevision: main',
    '  destination:',
    `    server: ${o.server ?? 'https://kubernetes.default.svc'}`,
    `    namespace: ${o.namespace ?? 'shop'}`,
    '',
  ].join('\n');
}

/** A valid repo: one Application `<service>-<cluster>` per (cluster, service), each with its chart under gitops/shop/. */
export function goodRepo(pairs: [cluster: string, service: string][] = [['prod', 'cart']]): Tree {
  const t: Tree = {};
  for (const [cluster, service] of pairs) {
    Object.assign(t, chart(`gitops/shop/${cluster}/${service}`, service));
    t[`argo-apps/argo-apps-${cluster}/${service}-application.yaml`] = app({ name: `${service}-${cluster}`, path: `gitops/shop/${cluster}/${service}` });
  }
  return t;
}

export async function validateTree(files: Tree, options: ValidateOptions = {}): Promise<ValidationResult & { root: string }> {
  const root = await makeTree(files);
  const result = await validateRepo(root, options);
  return { ...result, root };
}

export const errors = (fs: Finding[]) => fs.filter((f) => f.severity === 'error');
export const withRule = (fs: Finding[], ruleId: string) => fs.filter((f) => f.ruleId === ruleId);
/** Findings as compact strings, for readable failure messages. */
export const brief = (fs: Finding[]) => fs.map((f) => `${f.ruleId} ${f.severity} ${f.file}:${f.line}:${f.column} ${f.message}`);

/**
 * A chart archive laid out as `helm package` lays it out (`<top>/Chart.yaml`, a gzip'd tar),
 * made with the `tar` package: `files` are paths inside the chart directory.
 */
export function chartArchive(top: string, files: Record<string, string>): Buffer {
  const at = mkdtempSync(join(tmpdir(), 'gitops-archive-'));
  try {
    for (const [k, v] of Object.entries(files)) {
      mkdirSync(dirname(join(at, top, k)), { recursive: true });
      writeFileSync(join(at, top, k), v);
    }
    const file = join(at, 'out.tgz');
    create({ gzip: true, file, cwd: at, sync: true, portable: true }, [top]);
    return readFileSync(file);
  } finally {
    rmSync(at, { recursive: true, force: true });
  }
}

/** The files of a minimal subchart `name` (for chartArchive or a charts/<dir>/). */
export function subchartFiles(name: string, version = '0.1.0'): Record<string, string> {
  return {
    'Chart.yaml': `apiVersion: v2\nname: ${name}\nversion: ${version}\n`,
    'templates/cm.yaml': `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: ${name}\n`,
  };
}
