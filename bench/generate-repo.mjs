#!/usr/bin/env node
// Generates a synthetic platform repo for benchmarks:
//   argo-apps/argo-apps-<cluster>/<service>-application.yaml   (one Argo CD Application per service per cluster)
//   gitops/<application>/<cluster>/<service>/{Chart.yaml,values.yaml,templates/...}
//
// Usage: node bench/generate-repo.mjs --services 2000 --clusters 5 --out DIR [--seed S] [--force]
//
// Deterministic for a given (services, clusters, seed). Every file is meant to be valid:
// Applications pass the Argo CD v1alpha1 schema and follow the layout; charts are Helm v2
// charts with a SemVer version and a mapping in values.yaml. Variety is on purpose (labels,
// annotations with string sync waves, retry blocks, syncOptions, targetRevision forms, a few
// multi-source Applications with `ref: values`, a few files with a leading `---` and a comment,
// optional ingress/hpa/configmap templates) so the parser sees realistic shapes, not one
// repeated string.
import { mkdirSync, writeFileSync, existsSync, readdirSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { fileURLToPath } from 'node:url';

export const PLATFORM_REPO_URL = 'https://github.com/acme/platform.git';

const APPLICATIONS = ['shop', 'payments', 'identity', 'data', 'platform', 'search', 'messaging'];
const CLUSTERS = ['dev', 'staging', 'prod-eu', 'prod-us', 'prod-ap'];
const NOUNS = [
  'cart', 'checkout', 'catalog', 'pricing', 'inventory', 'orders', 'ledger', 'billing', 'invoice',
  'refund', 'auth', 'session', 'profile', 'tokens', 'audit', 'ingest', 'etl', 'warehouse', 'report',
  'gateway', 'dns', 'certs', 'metrics', 'logs', 'index', 'query', 'suggest', 'rank', 'mailer',
  'notify', 'webhook', 'queue', 'scheduler', 'media', 'thumbs', 'geo', 'tax', 'fraud', 'coupon',
];
const ROLES = ['api', 'worker', 'web', 'svc', 'consumer', 'sync', 'cron', 'proxy'];

/** mulberry32: small, fast, deterministic PRNG. */
function rng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function clusterNames(c) {
  if (c <= CLUSTERS.length) return CLUSTERS.slice(0, c);
  return [...CLUSTERS, ...Array.from({ length: c - CLUSTERS.length }, (_, i) => `edge-${i + 1}`)];
}

export function plan({ services, clusters, seed = 1 }) {
  const r = rng(seed);
  const pick = (arr) => arr[Math.floor(r() * arr.length)];
  const svcs = [];
  const width = String(services).length;
  for (let i = 0; i < services; i++) {
    const name = `${pick(NOUNS)}-${pick(ROLES)}-${String(i).padStart(width, '0')}`;
    // Skewed grouping: a few big applications, some small ones.
    const application = APPLICATIONS[Math.min(APPLICATIONS.length - 1, Math.floor(r() * r() * APPLICATIONS.length * 1.6))];
    svcs.push({ name, application, rand: Math.floor(r() * 2 ** 31) });
  }
  return { services: svcs, clusters: clusterNames(clusters) };
}

const prodLike = (cluster) => cluster.startsWith('prod');

function applicationYaml(svc, cluster, r) {
  const path = `gitops/${svc.application}/${cluster}/${svc.name}`;
  const revision = prodLike(cluster)
    ? r() < 0.5 ? 'main' : `v${1 + Math.floor(r() * 4)}.${Math.floor(r() * 20)}.${Math.floor(r() * 10)}`
    : r() < 0.7 ? 'main' : 'HEAD';
  const server = r() < 0.6 ? 'https://kubernetes.default.svc' : `https://${cluster}.k8s.acme.internal:6443`;
  const namespace = r() < 0.5 ? svc.application : `${svc.application}-${svc.name.split('-')[0]}`;
  const lines = [];
  const v = r();
  if (v < 0.02) lines.push('---', `# ${svc.name} on ${cluster} (owned by team ${svc.application})`);
  lines.push(
    'apiVersion: argoproj.io/v1alpha1',
    'kind: Application',
    'metadata:',
    `  name: ${svc.name}-${cluster}`,
    '  namespace: argocd',
    '  labels:',
    `    app.kubernetes.io/name: ${svc.name}`,
    `    app.kubernetes.io/part-of: ${svc.application}`,
    `    platform.acme.io/cluster: ${cluster}`,
  );
  if (r() < 0.4) {
    lines.push('  annotations:', `    argocd.argoproj.io/sync-wave: "${Math.floor(r() * 5) - 1}"`);
    if (r() < 0.5) lines.push(`    notifications.argoproj.io/subscribe.on-sync-failed.slack: ${svc.application}-alerts`);
  }
  if (r() < 0.5) lines.push('  finalizers:', '    - resources-finalizer.argocd.argoproj.io');
  lines.push('spec:', '  project: default');
  const multiSource = r() < 0.03;
  if (multiSource) {
    lines.push(
      '  sources:',
      `    - repoURL: ${PLATFORM_REPO_URL}`,
      `      targetRevision: ${revision}`,
      `      path: ${path}`,
      '      helm:',
      '        valueFiles:',
      `          - $values/${path}/values.yaml`,
      `    - repoURL: ${PLATFORM_REPO_URL}`,
      `      targetRevision: ${revision}`,
      '      ref: values',
    );
  } else {
    lines.push('  source:', `    repoURL: ${PLATFORM_REPO_URL}`, `    targetRevision: ${revision}`, `    path: ${path}`);
    const h = r();
    if (h < 0.5) {
      lines.push('    helm:', `      releaseName: ${svc.name}`, '      valueFiles:', '        - values.yaml');
      if (h < 0.15) lines.push('      parameters:', '        - name: image.tag', `          value: "${1 + Math.floor(r() * 9)}.${Math.floor(r() * 30)}.${Math.floor(r() * 10)}"`);
    }
  }
  lines.push('  destination:', `    server: ${server}`, `    namespace: ${namespace}`);
  lines.push('  syncPolicy:', '    automated:', `      prune: ${r() < 0.8 ? 'true' : 'false'}`, '      selfHeal: true');
  if (r() < 0.6) {
    lines.push('    syncOptions:', '      - CreateNamespace=true');
    if (r() < 0.3) lines.push('      - ServerSideApply=true');
    if (r() < 0.2) lines.push('      - PruneLast=true');
  }
  if (r() < 0.3) {
    lines.push('    retry:', `      limit: ${2 + Math.floor(r() * 4)}`, '      backoff:', '        duration: 5s', '        factor: 2', '        maxDuration: 3m');
  }
  if (r() < 0.1) lines.push('  revisionHistoryLimit: 5');
  return lines.join('\n') + '\n';
}

function chartYaml(svc, r) {
  const major = Math.floor(r() * 4);
  const version = `${major}.${Math.floor(r() * 15)}.${Math.floor(r() * 12)}${r() < 0.05 ? '-rc.1' : ''}`;
  const lines = [
    'apiVersion: v2',
    `name: ${svc.name}`,
    `description: ${svc.name} service of ${svc.application}`,
    'type: application',
    `version: ${version}`,
    `appVersion: "${1 + Math.floor(r() * 9)}.${Math.floor(r() * 40)}.${Math.floor(r() * 10)}"`,
  ];
  if (r() < 0.3) lines.push('maintainers:', `  - name: team-${svc.application}`, `    email: ${svc.application}@acme.io`);
  if (r() < 0.2) lines.push('keywords:', `  - ${svc.application}`, `  - ${svc.name.split('-')[1]}`);
  return lines.join('\n') + '\n';
}

function valuesYaml(svc, cluster, r) {
  const prod = prodLike(cluster);
  const port = [8080, 8000, 3000, 9090][Math.floor(r() * 4)];
  const lines = [
    `# Values for ${svc.name} on ${cluster}`,
    `replicaCount: ${prod ? 2 + Math.floor(r() * 6) : 1}`,
    'image:',
    `  repository: ghcr.io/acme/${svc.name}`,
    `  tag: "${1 + Math.floor(r() * 9)}.${Math.floor(r() * 40)}.${Math.floor(r() * 10)}"`,
    '  pullPolicy: IfNotPresent',
    'service:',
    `  type: ${r() < 0.9 ? 'ClusterIP' : 'NodePort'}`,
    `  port: ${port}`,
    'resources:',
    '  requests:',
    `    cpu: ${50 * (1 + Math.floor(r() * 8))}m`,
    `    memory: ${64 * (1 + Math.floor(r() * 8))}Mi`,
    '  limits:',
    `    memory: ${128 * (1 + Math.floor(r() * 8))}Mi`,
    'env:',
    '  - name: LOG_LEVEL',
    `    value: ${prod ? 'info' : 'debug'}`,
    '  - name: CLUSTER',
    `    value: ${cluster}`,
  ];
  const extra = Math.floor(r() * 4);
  for (let i = 0; i < extra; i++) lines.push(`  - name: FEATURE_${i}`, `    value: "${r() < 0.5}"`);
  if (r() < 0.3) {
    lines.push('ingress:', '  enabled: true', `  host: ${svc.name}.${cluster}.acme.io`, '  tls: true');
  }
  if (prod && r() < 0.5) {
    lines.push('autoscaling:', '  enabled: true', '  minReplicas: 2', `  maxReplicas: ${4 + Math.floor(r() * 12)}`, '  targetCPUUtilizationPercentage: 75');
  }
  if (r() < 0.2) lines.push('config:', '  settings.json: |', '    {', `      "name": "${svc.name}",`, `      "timeoutMs": ${100 * (1 + Math.floor(r() * 50))}`, '    }');
  lines.push('podAnnotations: {}', 'nodeSelector: {}', 'tolerations: []');
  return lines.join('\n') + '\n';
}

const HELPERS = `{{- define "chart.fullname" -}}
{{- .Release.Name | trunc 63 | trimSuffix "-" -}}
{{- end -}}

{{- define "chart.labels" -}}
app.kubernetes.io/name: {{ .Chart.Name }}
app.kubernetes.io/instance: {{ .Release.Name }}
app.kubernetes.io/version: {{ .Chart.AppVersion | quote }}
helm.sh/chart: {{ printf "%s-%s" .Chart.Name .Chart.Version }}
{{- end -}}

{{- define "chart.selectorLabels" -}}
app.kubernetes.io/name: {{ .Chart.Name }}
app.kubernetes.io/instance: {{ .Release.Name }}
{{- end -}}
`;

const DEPLOYMENT = `apiVersion: apps/v1
kind: Deployment
metadata:
  name: {{ include "chart.fullname" . }}
  labels:
    {{- include "chart.labels" . | nindent 4 }}
spec:
  replicas: {{ .Values.replicaCount }}
  selector:
    matchLabels:
      {{- include "chart.selectorLabels" . | nindent 6 }}
  template:
    metadata:
      labels:
        {{- include "chart.selectorLabels" . | nindent 8 }}
      {{- with .Values.podAnnotations }}
      annotations:
        {{- toYaml . | nindent 8 }}
      {{- end }}
    spec:
      containers:
        - name: {{ .Chart.Name }}
          image: "{{ .Values.image.repository }}:{{ .Values.image.tag }}"
          imagePullPolicy: {{ .Values.image.pullPolicy }}
          ports:
            - name: http
              containerPort: {{ .Values.service.port }}
          env:
            {{- toYaml .Values.env | nindent 12 }}
          resources:
            {{- toYaml .Values.resources | nindent 12 }}
      {{- with .Values.nodeSelector }}
      nodeSelector:
        {{- toYaml . | nindent 8 }}
      {{- end }}
`;

const SERVICE = `apiVersion: v1
kind: Service
metadata:
  name: {{ include "chart.fullname" . }}
  labels:
    {{- include "chart.labels" . | nindent 4 }}
spec:
  type: {{ .Values.service.type }}
  ports:
    - port: {{ .Values.service.port }}
      targetPort: http
      name: http
  selector:
    {{- include "chart.selectorLabels" . | nindent 4 }}
`;

const INGRESS = `{{- if .Values.ingress.enabled }}
apiVersion: networking.k8s.io/v1
kind: Ingress
metadata:
  name: {{ include "chart.fullname" . }}
spec:
  rules:
    - host: {{ .Values.ingress.host }}
      http:
        paths:
          - path: /
            pathType: Prefix
            backend:
              service:
                name: {{ include "chart.fullname" . }}
                port:
                  name: http
{{- end }}
`;

const HPA = `{{- if .Values.autoscaling.enabled }}
apiVersion: autoscaling/v2
kind: HorizontalPodAutoscaler
metadata:
  name: {{ include "chart.fullname" . }}
spec:
  scaleTargetRef:
    apiVersion: apps/v1
    kind: Deployment
    name: {{ include "chart.fullname" . }}
  minReplicas: {{ .Values.autoscaling.minReplicas }}
  maxReplicas: {{ .Values.autoscaling.maxReplicas }}
  metrics:
    - type: Resource
      resource:
        name: cpu
        target:
          type: Utilization
          averageUtilization: {{ .Values.autoscaling.targetCPUUtilizationPercentage }}
{{- end }}
`;

const CONFIGMAP = `{{- if .Values.config }}
apiVersion: v1
kind: ConfigMap
metadata:
  name: {{ include "chart.fullname" . }}
data:
  {{- toYaml .Values.config | nindent 2 }}
{{- end }}
`;

export function generate({ services, clusters, out, seed = 1, force = false }) {
  out = resolve(out);
  if (existsSync(out) && readdirSync(out).length > 0) {
    if (!force) throw new Error(`${out} exists and is not empty (use --force to replace it)`);
    rmSync(out, { recursive: true, force: true });
  }
  const p = plan({ services, clusters, seed });
  let files = 0;
  const write = (file, text) => {
    writeFileSync(file, text);
    files++;
  };
  for (const cluster of p.clusters) mkdirSync(join(out, 'argo-apps', `argo-apps-${cluster}`), { recursive: true });
  for (const svc of p.services) {
    for (const [ci, cluster] of p.clusters.entries()) {
      // One stream per (service, cluster): output does not depend on iteration order elsewhere.
      const r = rng(svc.rand ^ Math.imul(ci + 1, 0x9e3779b1));
      write(join(out, 'argo-apps', `argo-apps-${cluster}`, `${svc.name}-application.yaml`), applicationYaml(svc, cluster, r));
      const dir = join(out, 'gitops', svc.application, cluster, svc.name);
      mkdirSync(join(dir, 'templates'), { recursive: true });
      write(join(dir, 'Chart.yaml'), chartYaml(svc, r));
      const values = valuesYaml(svc, cluster, r);
      write(join(dir, 'values.yaml'), values);
      write(join(dir, 'templates', '_helpers.tpl'), HELPERS);
      write(join(dir, 'templates', 'deployment.yaml'), DEPLOYMENT);
      write(join(dir, 'templates', 'service.yaml'), SERVICE);
      if (values.includes('\ningress:')) write(join(dir, 'templates', 'ingress.yaml'), INGRESS);
      if (values.includes('\nautoscaling:')) write(join(dir, 'templates', 'hpa.yaml'), HPA);
      if (values.includes('\nconfig:')) write(join(dir, 'templates', 'configmap.yaml'), CONFIGMAP);
    }
  }
  return { out, applications: p.services.length * p.clusters.length, charts: p.services.length * p.clusters.length, files, clusters: p.clusters };
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const { values } = parseArgs({
    options: {
      services: { type: 'string', default: '2000' },
      clusters: { type: 'string', default: '5' },
      out: { type: 'string' },
      seed: { type: 'string', default: '1' },
      force: { type: 'boolean', default: false },
    },
  });
  if (!values.out) {
    console.error('usage: node bench/generate-repo.mjs --services N --clusters C --out DIR [--seed S] [--force]');
    process.exit(2);
  }
  const t0 = performance.now();
  const res = generate({
    services: Number(values.services),
    clusters: Number(values.clusters),
    out: values.out,
    seed: Number(values.seed),
    force: values.force,
  });
  const ms = Math.round(performance.now() - t0);
  console.log(`generated ${res.applications} Applications and ${res.charts} charts (${res.files} files, clusters: ${res.clusters.join(', ')}) in ${res.out} in ${ms} ms`);
}
