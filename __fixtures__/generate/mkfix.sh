#!/bin/sh
# Writes an Application (default layout) : app_file name path cluster
app() {
  mkdir -p "$(dirname "$1")"
  cat > "$1" <<YAML
apiVersion: argoproj.io/v1alpha1
kind: Application
metadata:
  name: $2
  namespace: argocd
  finalizers:
    - resources-finalizer.argocd.argoproj.io
spec:
  project: default
  source:
    repoURL: https://github.com/acme/platform.git
    targetRevision: main
    path: $3
  destination:
    server: https://kubernetes.default.svc
    namespace: shop
  syncPolicy:
    automated:
      prune: true
      selfHeal: true
    syncOptions:
      - CreateNamespace=true
YAML
}
# A minimal hand-written chart: chart_dir name
chart() {
  mkdir -p "$1/templates"
  cat > "$1/Chart.yaml" <<YAML
apiVersion: v2
name: $2
version: 1.0.0
YAML
  cat > "$1/values.yaml" <<YAML
replicaCount: 2
image:
  repository: ghcr.io/acme/$2
  tag: "2.0.1"
YAML
  cat > "$1/templates/deployment.yaml" <<'YAML'
apiVersion: apps/v1
kind: Deployment
metadata:
  name: {{ .Release.Name }}
spec:
  replicas: {{ .Values.replicaCount }}
  selector:
    matchLabels:
      app: {{ .Release.Name }}
  template:
    metadata:
      labels:
        app: {{ .Release.Name }}
    spec:
      containers:
        - name: app
          image: "{{ .Values.image.repository }}:{{ .Values.image.tag }}"
YAML
}
