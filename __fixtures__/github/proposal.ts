/** A proposal and a decision that look like what generation and the gate produce, sized on demand. */
import type { Proposal, ProposedFile } from '../../src/generate/types.js';
import type { Decision } from '../../src/policy/types.js';

export interface ProposalOptions {
  service?: string;
  application?: string;
  clusters?: string[];
  image?: string;
  /** Extra chart files beyond the usual ones (to make a proposal of any size). */
  extraFiles?: number;
  withWorkflow?: boolean;
  /** Changes every file's content (a new image tag, say). */
  revision?: string;
}

export function makeProposal(o: ProposalOptions = {}): Proposal {
  const service = o.service ?? 'payments';
  const application = o.application ?? 'shop';
  const clusters = o.clusters ?? ['prod-eu'];
  const image = o.image ?? `ghcr.io/acme/${service}:${o.revision ?? '1.4.2'}`;
  const files: ProposedFile[] = [];
  for (const cluster of clusters) {
    const chart = `gitops/${application}/${cluster}/${service}`;
    files.push(
      { path: `${chart}/Chart.yaml`, action: 'create', content: `apiVersion: v2\nname: ${service}\nversion: 0.1.0\n` },
      { path: `${chart}/values.yaml`, action: 'create', content: `image: ${image}\nreplicas: 2\nport: 8080\n` },
      { path: `${chart}/templates/deployment.yaml`, action: 'create', content: `kind: Deployment # ${service}\n` },
      {
        path: `argo-apps/argo-apps-${cluster}/${service}-application.yaml`,
        action: 'create',
        content: [
          'apiVersion: argoproj.io/v1alpha1',
          'kind: Application',
          'metadata:',
          `  name: ${service}-${cluster}`,
          '  namespace: argocd',
          'spec:',
          '  project: default',
          '  source:',
          '    repoURL: https://github.com/acme/platform.git',
          '    targetRevision: main',
          `    path: ${chart}`,
          '  destination:',
          `    name: ${cluster}`,
          `    namespace: ${service}`,
          '',
        ].join('\n'),
      },
    );
  }
  for (let i = 0; i < (o.extraFiles ?? 0); i++) {
    files.push({
      path: `gitops/${application}/${clusters[0]}/${service}/templates/extra-${String(i).padStart(3, '0')}.yaml`,
      action: 'create',
      content: `# extra manifest ${i} for ${image}\nkind: ConfigMap\n`,
    });
  }
  if (o.withWorkflow) {
    files.push({ path: `.github/workflows/${service}-ci.yaml`, action: 'create', content: `name: ${service} CI\non: push\n` });
  }
  return {
    request: {
      service,
      application,
      clusters,
      image,
      port: 8080,
      replicas: 2,
      namespace: service,
      targetRevision: 'main',
      ciWorkflow: o.withWorkflow ? 'generate' : 'skip',
      repoUrl: 'https://github.com/acme/platform.git',
      appsDir: 'argo-apps',
      chartsDir: 'gitops',
    },
    files,
    preservationNotes: ['argo-apps/argo-apps-prod-eu/ledger-application.yaml exists and is kept as it is.'],
    kept: ['argo-apps/argo-apps-prod-eu/ledger-application.yaml'],
    blastRadius: {
      clusters,
      namespaces: [service],
      applications: clusters.map((c) => `${service}-${c}`),
      resourceKinds: ['Deployment', 'Service'],
      prune: true,
    },
    rollback: ['Revert the merge commit of this pull request.', 'Argo CD prunes the Deployment and the Service.'],
  };
}

export function allowDecision(): Decision {
  return {
    allow: true,
    denials: [],
    warnings: [
      {
        rule_id: 'SEC-004',
        title: 'Images are pinned by digest',
        message: 'image ghcr.io/acme/payments:1.4.2 is pinned by tag, not digest',
        path: 'gitops/shop/prod-eu/payments/values.yaml',
        citation: 'POLICIES.md#sec-004-images-are-pinned-by-digest',
      },
    ],
    waived: [
      {
        rule_id: 'PROD-002',
        title: 'Production needs two replicas',
        message: 'replicas is 2',
        path: '',
        citation: 'POLICIES.md#prod-002-production-needs-two-replicas',
        waiver: { reason: 'migration week', approved_by: 'platform-leads', expires: '2027-01-31' },
      },
    ],
    evaluated: [
      { rule_id: 'CON-001', title: 'Only creates files', citation: 'POLICIES.md#con-001-only-creates-files', pack: 'constitution' },
      { rule_id: 'SEC-004', title: 'Images are pinned by digest', citation: 'POLICIES.md#sec-004-images-are-pinned-by-digest', pack: 'security-baseline' },
      { rule_id: 'PROD-002', title: 'Production needs two replicas', citation: 'POLICIES.md#prod-002-production-needs-two-replicas', pack: 'production' },
    ],
  };
}

export function denyDecision(): Decision {
  const d = allowDecision();
  return {
    ...d,
    allow: false,
    denials: [
      {
        rule_id: 'CON-001',
        title: 'Only creates files',
        message: 'the proposal modifies argo-apps/root.yaml',
        path: 'argo-apps/root.yaml',
        citation: 'POLICIES.md#con-001-only-creates-files',
      },
    ],
  };
}

/**
 * An allowed decision shaped as the shipped policy returns it: the waived denial is in
 * `warnings` as well as in `waived` (POLICIES.md, Decision document), and an expired waiver's
 * warning names its glob as `path` and the waiver's own place as `source`.
 */
export function waivedDecision(): Decision {
  const d = allowDecision();
  const expired = {
    rule_id: 'waiver.expired',
    title: 'Expired waiver ignored',
    message: 'waiver for SEC-001 on gitops/** (.trustacks/waivers.yaml:7) expired at 2020-01-01T23:59:59Z and is ignored',
    path: 'gitops/**',
    citation: 'https://github.com/trustacks/gitops-action/blob/v1/POLICIES.md#waivers',
    pack: 'gate',
    source: '.trustacks/waivers.yaml:7',
  };
  return { ...d, warnings: [...d.warnings, expired, ...d.waived] };
}
