import { lstat, readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parseAllDocuments } from 'yaml';
import type { AppSource, ApplicationInfo, RepoModel, SourceKind } from '../repo/types.js';

/**
 * Reading the existing tree for generation. Only the Applications under appsDir matter here
 * (charts and other files are inspected directly by preserve.ts, with lstat, so that symlinks
 * and files in the way are seen as what they are).
 *
 * This is a small reader of its own until the validate engine's model is wired in
 * (`validateRepo(root, opts).model`); `loadRepoModel` is the one place to change.
 */
export async function loadRepoModel(root: string, opts: { appsDir: string; chartsDir: string }): Promise<RepoModel> {
  const model: RepoModel = { root, appsDir: opts.appsDir, chartsDir: opts.chartsDir, files: new Set(), applications: [], charts: [], skipped: [] };
  const files: string[] = [];
  await walk(root, opts.appsDir, files, 0);
  files.sort();
  for (const f of files) {
    model.files.add(f);
    if (!/\.ya?ml$/.test(f)) continue;
    let text: string;
    try {
      text = await readFile(join(root, f), 'utf8');
    } catch {
      continue;
    }
    let docs;
    try {
      docs = parseAllDocuments(text);
    } catch {
      continue;
    }
    if (!Array.isArray(docs)) continue;
    docs.forEach((doc, docIndex) => {
      if (doc.errors.length > 0) return;
      let obj: unknown;
      try {
        obj = doc.toJS({ maxAliasCount: 50 });
      } catch {
        return;
      }
      if (!isObj(obj)) return;
      const kind = typeof obj.kind === 'string' ? obj.kind : '';
      if (kind !== 'Application' || typeof obj.apiVersion !== 'string' || !obj.apiVersion.startsWith('argoproj.io/')) {
        if (kind) model.skipped.push({ file: f, kind, name: isObj(obj.metadata) && typeof obj.metadata.name === 'string' ? obj.metadata.name : undefined });
        return;
      }
      const info = toInfo(f, docIndex, obj, opts.appsDir);
      if (info) model.applications.push(info);
    });
  }
  return model;
}

async function walk(root: string, rel: string, out: string[], depth: number): Promise<void> {
  if (depth > 12 || out.length > 20000) return;
  let st;
  try {
    st = await lstat(join(root, rel));
  } catch {
    return;
  }
  if (st.isDirectory()) {
    const names = (await readdir(join(root, rel))).sort();
    for (const n of names) await walk(root, `${rel}/${n}`, out, depth + 1);
  } else if (st.isFile()) {
    out.push(rel);
  }
}

function isObj(v: unknown): v is Record<string, any> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function toInfo(file: string, docIndex: number, obj: Record<string, any>, appsDir: string): ApplicationInfo | undefined {
  const meta = isObj(obj.metadata) ? obj.metadata : {};
  const spec = isObj(obj.spec) ? obj.spec : {};
  const name = typeof meta.name === 'string' ? meta.name : '';
  const rawSources: unknown[] = Array.isArray(spec.sources) ? spec.sources : isObj(spec.source) ? [spec.source] : [];
  const sources: AppSource[] = [];
  rawSources.forEach((s, i) => {
    if (!isObj(s)) return;
    const kind: SourceKind =
      typeof s.ref === 'string' && typeof s.path !== 'string' ? 'ref'
      : typeof s.chart === 'string' ? 'helm-repo'
      : isObj(s.plugin) ? 'plugin'
      : isObj(s.kustomize) ? 'kustomize'
      : isObj(s.directory) ? 'directory'
      : 'helm';
    sources.push({
      index: Array.isArray(spec.sources) ? i : -1,
      kind,
      ...(typeof s.repoURL === 'string' ? { repoURL: s.repoURL } : {}),
      ...(typeof s.path === 'string' ? { path: s.path } : {}),
      ...(typeof s.chart === 'string' ? { chart: s.chart } : {}),
      ...(typeof s.targetRevision === 'string' ? { targetRevision: s.targetRevision } : {}),
      ...(typeof s.ref === 'string' ? { ref: s.ref } : {}),
      valueFiles: isObj(s.helm) && Array.isArray(s.helm.valueFiles) ? s.helm.valueFiles.filter((v: unknown): v is string => typeof v === 'string') : [],
    });
  });
  const dest = isObj(spec.destination) ? spec.destination : {};
  const parts = file.slice(appsDir.length + 1).split('/');
  const folder = parts.length === 2 ? /^argo-apps-(.+)$/.exec(parts[0]) : null;
  const svc = parts.length === 2 ? /^(.+)-application\.ya?ml$/.exec(parts[1]) : null;
  return {
    file,
    docIndex,
    name,
    ...(folder ? { cluster: folder[1] } : {}),
    ...(svc ? { service: svc[1] } : {}),
    ...(typeof spec.project === 'string' ? { project: spec.project } : {}),
    destination: {
      ...(typeof dest.server === 'string' ? { server: dest.server } : {}),
      ...(typeof dest.name === 'string' ? { name: dest.name } : {}),
      ...(typeof dest.namespace === 'string' ? { namespace: dest.namespace } : {}),
    },
    sources,
    prune: isObj(spec.syncPolicy) && isObj(spec.syncPolicy.automated) && spec.syncPolicy.automated.prune === true,
    position: { line: 1, column: 1 },
  };
}
