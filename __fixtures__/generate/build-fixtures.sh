#!/bin/sh
# Regenerates the fixture platform repos of the generate tests (run from this folder).
set -e
. ./mkfix.sh
for d in base existing-chart-no-app existing-kustomization-no-app app-points-elsewhere file-in-the-way chart-path-is-a-file partial-chart-dir other-layout-consistent other-layout-mixed app-without-chart all-present; do rm -rf "$d"; done

# base: one service (cart) on two clusters, default layout.
app base/argo-apps/argo-apps-prod/cart-application.yaml cart-prod gitops/shop/prod/cart
app base/argo-apps/argo-apps-staging/cart-application.yaml cart-staging gitops/shop/staging/cart
chart base/gitops/shop/prod/cart cart
chart base/gitops/shop/staging/cart cart

# existing-chart-no-app: payments' chart on prod was written by hand, its Application is missing.
cp -R base existing-chart-no-app
chart existing-chart-no-app/gitops/shop/prod/payments payments
cat >> existing-chart-no-app/gitops/shop/prod/payments/values.yaml <<'YAML'
featureFlags:
  newCheckout: true
YAML
cat > existing-chart-no-app/gitops/shop/prod/payments/values-prod.yaml <<'YAML'
replicaCount: 4
YAML
cat > existing-chart-no-app/gitops/shop/prod/payments/templates/cronjob.yaml <<'YAML'
apiVersion: batch/v1
kind: CronJob
metadata:
  name: {{ .Release.Name }}-settle
spec:
  schedule: "0 2 * * *"
  jobTemplate:
    spec:
      template:
        spec:
          restartPolicy: OnFailure
          containers:
            - name: settle
              image: "{{ .Values.image.repository }}:{{ .Values.image.tag }}"
YAML

# existing-kustomization-no-app: payments on prod is a kustomization written by hand.
cp -R base existing-kustomization-no-app
mkdir -p existing-kustomization-no-app/gitops/shop/prod/payments
cat > existing-kustomization-no-app/gitops/shop/prod/payments/kustomization.yaml <<'YAML'
apiVersion: kustomize.config.k8s.io/v1beta1
kind: Kustomization
resources:
  - deployment.yaml
YAML
cat > existing-kustomization-no-app/gitops/shop/prod/payments/deployment.yaml <<'YAML'
apiVersion: apps/v1
kind: Deployment
metadata:
  name: payments
spec:
  selector:
    matchLabels:
      app: payments
  template:
    metadata:
      labels:
        app: payments
    spec:
      containers:
        - name: payments
          image: ghcr.io/acme/payments:2.0.1
YAML

# app-points-elsewhere: an Application already named payments-prod deploys another chart.
cp -R base app-points-elsewhere
app app-points-elsewhere/argo-apps/argo-apps-prod/billing-application.yaml payments-prod gitops/shop/prod/billing
chart app-points-elsewhere/gitops/shop/prod/billing billing

# file-in-the-way: the Application's file name is taken by something that is not its Application.
cp -R base file-in-the-way
cat > file-in-the-way/argo-apps/argo-apps-prod/payments-application.yaml <<'YAML'
# Placeholder kept by the payments team until their service is ready.
apiVersion: v1
kind: ConfigMap
metadata:
  name: payments-placeholder
  namespace: argocd
data:
  owner: payments-team
YAML

# chart-path-is-a-file: a file stands where the chart folder would go.
cp -R base chart-path-is-a-file
printf 'payments is coming soon\n' > chart-path-is-a-file/gitops/shop/prod/payments

# partial-chart-dir: a folder someone started, with no Chart.yaml.
cp -R base partial-chart-dir
mkdir -p partial-chart-dir/gitops/shop/prod/payments
printf 'replicaCount: 3\n' > partial-chart-dir/gitops/shop/prod/payments/values.yaml

# other-layout-consistent: argo-apps/<cluster>/<service>.yaml -> gitops/<cluster>/<application>/<service>, everywhere.
app other-layout-consistent/argo-apps/prod/cart.yaml cart-prod gitops/prod/shop/cart
app other-layout-consistent/argo-apps/staging/cart.yaml cart-staging gitops/staging/shop/cart
app other-layout-consistent/argo-apps/prod/catalog.yaml catalog-prod gitops/prod/shop/catalog
chart other-layout-consistent/gitops/prod/shop/cart cart
chart other-layout-consistent/gitops/staging/shop/cart cart
chart other-layout-consistent/gitops/prod/shop/catalog catalog

# other-layout-mixed: one Application on the default layout, one elsewhere.
cp -R base other-layout-mixed
rm -r other-layout-mixed/argo-apps/argo-apps-staging other-layout-mixed/gitops/shop/staging
app other-layout-mixed/argo-apps/staging/catalog.yaml catalog-staging charts/catalog
chart other-layout-mixed/charts/catalog catalog

# app-without-chart: payments-prod exists and points at a chart that is not there yet.
cp -R base app-without-chart
app app-without-chart/argo-apps/argo-apps-prod/payments-application.yaml payments-prod gitops/shop/prod/payments

# all-present: payments exists on prod with its chart and CI workflow.
cp -R base all-present
app all-present/argo-apps/argo-apps-prod/payments-application.yaml payments-prod gitops/shop/prod/payments
chart all-present/gitops/shop/prod/payments payments
mkdir -p all-present/.github/workflows
cat > all-present/.github/workflows/payments-ci.yaml <<'YAML'
name: payments CI (hand-written)
on: push
permissions:
  contents: read
jobs:
  build:
    runs-on: ubuntu-latest
    steps:
      - run: echo build
YAML
