import { loadPolicy } from '@open-policy-agent/opa-wasm';
import { readFileSync } from 'node:fs';
const N = Number(process.argv[2] ?? 200);
const p = await loadPolicy(readFileSync('dist/policy.wasm'));
const files = [];
for (let i = 0; i < N; i++) {
  const c = `gitops/shop/prod/svc${i}`;
  files.push({ path: `argo-apps/argo-apps-prod/svc${i}-application.yaml`, action: 'existing', parsed: true, documents: [{ apiVersion: 'argoproj.io/v1alpha1', kind: 'Application', metadata: { name: `svc${i}` }, spec: { source: { repoURL: 'https://github.com/a/p', path: c, targetRevision: 'v1.0.0' }, destination: { namespace: 'shop' } } }] });
  files.push({ path: `${c}/Chart.yaml`, action: 'existing', parsed: true, documents: [{ name: 'x', appVersion: '1.0.0' }] });
  files.push({ path: `${c}/values.yaml`, action: 'existing', parsed: true, documents: [{ replicaCount: 2, image: { repository: 'x', tag: '1' } }] });
  files.push({ path: `${c}/templates/deployment.yaml`, action: 'existing', parsed: true, templated: true, documents: [{ kind: 'Deployment', metadata: { name: 'x' }, spec: { replicas: 2, template: { spec: { containers: [{ name: 'c', image: 'x:1' }] } } } }] });
}
const input = { mode: 'repo', now: '2026-01-01T00:00:00Z', packs: (process.env.P ?? 'security-baseline,production').split(',').filter(Boolean), config: { repo_url: 'https://github.com/a/p' }, files, repo: { files: files.map((f) => f.path) }, waivers: [] };
const t = performance.now();
const r = p.evaluate(input, 'gitops/decision');
console.log(N, 'charts', files.length, 'files', (performance.now() - t).toFixed(0), 'ms', r[0].result.denials.length, 'denials');
