/**
 * A compliant proposal for the production cluster `prod` (service cart of application
 * shop), written as real files: an Argo CD Application, and a Helm chart whose templates
 * read securityContext, probes and resources from values.yaml. Each deny case in the
 * tests changes one thing in it.
 */
import type { Proposal, ProposedFile } from '../../src/generate/types.js';
import type { RepoModel } from '../../src/repo/types.js';

export const PLATFORM = 'https://github.com/acme/platform';
export const APP = 'argo-apps/argo-apps-prod/cart-application.yaml';
export const CHART = 'gitops/shop/prod/cart';
export const VALUES = `${CHART}/values.yaml`;
export const DEPLOY = `${CHART}/templates/deployment.yaml`;
export const RBAC = `${CHART}/templates/rbac.yaml`;
export const PDB = `${CHART}/templates/pdb.yaml`;
export const WORKFLOW = '.github/workflows/cart.yaml';

export const application = `apiVersion: argoproj.io/v1alpha1
kind: Application
metadata:
  name: cart-prod
  namespace: argocd
spec:
  project: default
  source:
    repoURL: https://github.com/acme/platform.git
    path: gitops/shop/prod/cart
    targetRevision: v1.4.0
  destination:
    server: https://kubernetes.default.svc
    namespace: shop
  syncPolicy:
    automated:
      prune: true
`;

export const chartYaml = `apiVersion: v2
name: cart
version: 0.1.0
appVersion: "1.4.0"
`;

export const values = `replicaCount: 2
image:
  repository: ghcr.io/acme/cart
  tag: "1.4.0"
service:
  port: 8080
podSecurityContext:
  runAsNonRoot: true
securityContext:
  allowPrivilegeEscalation: false
  readOnlyRootFilesystem: true
  capabilities:
    drop: [ALL]
readinessProbe:
  httpGet: { path: /ready, port: http }
livenessProbe:
  httpGet: { path: /live, port: http }
resources:
  requests: { cpu: 100m, memory: 128Mi }
  limits: { memory: 256Mi }
autoscaling:
  enabled: false
`;

export const deployment = `apiVersion: apps/v1
kind: Deployment
metadata:
  name: {{ include "cart.fullname" . }}
  labels:
    {{- include "cart.labels" . | nindent 4 }}
spec:
  {{- if not .Values.autoscaling.enabled }}
  replicas: {{ .Values.replicaCount }}
  {{- end }}
  selector:
    matchLabels:
      {{- include "cart.selectorLabels" . | nindent 6 }}
  template:
    metadata:
      labels:
        {{- include "cart.selectorLabels" . | nindent 8 }}
    spec:
      securityContext:
        {{- toYaml .Values.podSecurityContext | nindent 8 }}
      containers:
        - name: {{ .Chart.Name }}
          image: "{{ .Values.image.repository }}:{{ .Values.image.tag | default .Chart.AppVersion }}"
          securityContext:
            {{- toYaml .Values.securityContext | nindent 12 }}
          ports:
            - name: http
              containerPort: {{ .Values.service.port }}
          readinessProbe:
            {{- toYaml .Values.readinessProbe | nindent 12 }}
          livenessProbe:
            {{- toYaml .Values.livenessProbe | nindent 12 }}
          resources:
            {{- toYaml .Values.resources | nindent 12 }}
`;

export const pdb = `apiVersion: policy/v1
kind: PodDisruptionBudget
metadata:
  name: {{ include "cart.fullname" . }}
spec:
  minAvailable: 1
  selector:
    matchLabels:
      {{- include "cart.selectorLabels" . | nindent 6 }}
`;

export const rbac = `apiVersion: rbac.authorization.k8s.io/v1
kind: Role
metadata:
  name: cart
rules:
  - apiGroups: [""]
    resources: [configmaps]
    verbs: [get, list]
---
apiVersion: rbac.authorization.k8s.io/v1
kind: RoleBinding
metadata:
  name: cart
roleRef:
  apiGroup: rbac.authorization.k8s.io
  kind: Role
  name: cart
subjects:
  - kind: ServiceAccount
    name: cart
`;

export const workflow = `name: cart
on:
  push:
    paths: [gitops/shop/**]
jobs:
  build:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
`;

export function baseFiles(): ProposedFile[] {
  return [
    { path: APP, content: application, action: 'create' },
    { path: `${CHART}/Chart.yaml`, content: chartYaml, action: 'create' },
    { path: VALUES, content: values, action: 'create' },
    { path: DEPLOY, content: deployment, action: 'create' },
    { path: PDB, content: pdb, action: 'create' },
    { path: RBAC, content: rbac, action: 'create' },
    { path: WORKFLOW, content: workflow, action: 'create' },
  ];
}

/** The base proposal with one file's content passed through `edit` (or files added). */
export function proposal(edits: Record<string, (s: string) => string> = {}, extra: ProposedFile[] = []): Proposal {
  const files = baseFiles().map((f) => (edits[f.path] ? { ...f, content: edits[f.path](f.content) } : f));
  return {
    request: {
      service: 'cart',
      application: 'shop',
      clusters: ['prod'],
      image: 'ghcr.io/acme/cart:1.4.0',
      port: 8080,
      replicas: 2,
      namespace: 'shop',
      targetRevision: 'v1.4.0',
      ciWorkflow: 'generate',
      repoUrl: PLATFORM,
      appsDir: 'argo-apps',
      chartsDir: 'gitops',
    },
    files: [...files, ...extra],
    preservationNotes: [],
    kept: [],
    blastRadius: { clusters: ['prod'], namespaces: ['shop'], applications: ['cart-prod'], resourceKinds: ['Deployment'], prune: true },
    rollback: [],
  };
}

export function emptyRepo(files: string[] = []): RepoModel {
  return { root: '/nonexistent', appsDir: 'argo-apps', chartsDir: 'gitops', files: new Set(files), applications: [], charts: [], skipped: [] };
}

export const NOW = '2026-11-26T12:00:00Z';
