import { normalizeRepoUrl } from '../repo/git-url.js';
import type { ImageRef } from './inputs.js';
import { newDoc, render } from './yamldoc.js';

/**
 * The service's CI workflow: builds the image and pushes it, with least-privilege permissions.
 * Built with the yaml document model; the only request values in it (image repository, service
 * name, branch) are plain scalars, and the `${{ }}` expressions are fixed text of our own.
 */
export interface WorkflowParams {
  service: string;
  image: ImageRef;
  /** The Applications' target revision: the workflow builds on pushes to it when it is a branch, else to main. */
  branch: string;
  /** The URL of the GitHub repository the workflow runs in, when known (ghcrOwnerMismatch). */
  repoUrl?: string;
}

/** A ghcr.io image its workflow's GITHUB_TOKEN cannot push: the image's owner and the repository's. */
export interface GhcrOwnerMismatch {
  imageOwner: string;
  /** `owner/name` of the repository the workflow runs in. */
  repository: string;
  repoOwner: string;
}

/**
 * The workflow's GITHUB_TOKEN can push ghcr.io/<owner>/... only for the owner of the
 * repository it runs in (GitHub Packages: "to publish packages associated with the workflow
 * repository"), unless the package grants that repository write access. Undefined when the
 * image is not on ghcr.io, its owner is the repository's (owners compare without case, as
 * GitHub's do), or the repository is not known to be on github.com (no owner to compare).
 */
export function ghcrOwnerMismatch(image: ImageRef, repoUrl: string | undefined): GhcrOwnerMismatch | undefined {
  if (image.domain !== 'ghcr.io' || !repoUrl) return undefined;
  const [host, owner, name] = (normalizeRepoUrl(repoUrl) ?? '').split('/');
  if (host !== 'github.com' || !owner || !name) return undefined;
  const imageOwner = image.repository.split('/')[1];
  if (imageOwner.toLowerCase() === owner) return undefined;
  // The URL as given keeps the owner's case; normalizeRepoUrl lowers it.
  const written = /github\.com[/:]([^/]+)\/([^/]+?)(?:\.git)?\/*$/i.exec(repoUrl.trim());
  const repository = written ? `${written[1]}/${written[2]}` : `${owner}/${name}`;
  return { imageOwner, repository, repoOwner: repository.split('/')[0] };
}

/** What to do about a ghcr.io image under another owner than the repository's: for the proposal's note and the workflow. */
export function ghcrOwnerAdvice(image: ImageRef, m: GhcrOwnerMismatch): string {
  return (
    `${image.repository} belongs to ${m.imageOwner}, not to ${m.repoOwner}, the owner of ${m.repository} where the workflow runs: its GITHUB_TOKEN can push only to ghcr.io/${m.repoOwner.toLowerCase()}/..., or to a package that grants ${m.repository} write access. ` +
    `Either give ${m.repository} write access in the package's settings (Manage Actions access, once the package exists), ` +
    `or store a personal access token (classic) with the write:packages scope, of an account that can write ${m.imageOwner}'s packages, as a repository secret and use it as the login step's password instead of GITHUB_TOKEN (GitHub App installation tokens cannot write ghcr.io packages), ` +
    `or push to an image under ghcr.io/${m.repoOwner.toLowerCase()}/.`
  );
}

/**
 * The branch a target revision names, which the workflow builds on pushes to; `main` for HEAD,
 * a version tag or a commit SHA. A full ref (Argo CD resolves `refs/heads/release` and
 * `refs/tags/v1.0.0` too) is a branch only under refs/heads/, and GitHub matches
 * `on.push.branches` against the branch's name: `refs/heads/release` is `release`, and a
 * `refs/tags/...` "branch" would never match, so the workflow never ran.
 */
export function pushBranch(revision: string): string {
  if (revision.startsWith('refs/heads/')) return revision.slice('refs/heads/'.length);
  if (revision.startsWith('refs/')) return 'main';
  return revision === 'HEAD' || /^v?\d+(\.\d+)*([-+].*)?$/.test(revision) || /^[0-9a-f]{40}$/.test(revision) ? 'main' : revision;
}

/** Where the workflow expects the service's source (its Dockerfile): documented in the proposal's notes. */
export function buildContext(service: string): string {
  return `services/${service}`;
}

/**
 * How a new build reaches the cluster. A chart that pins its image by digest keeps running
 * that digest whatever image.tag says (the digest wins, svc.image in chart.ts), so the step is
 * to set the digest, which the push prints, not to bump the tag.
 */
function deployStep(image: ImageRef): string {
  return image.digest
    ? "set image.digest in the service's values.yaml to the digest the push prints (build-push-action's digest output): the chart pins the image by digest, which wins over image.tag."
    : "bump image.tag in the service's values.yaml.";
}

export function workflowYaml(p: WorkflowParams): string {
  const registry = p.image.domain ?? 'docker.io';
  const ghcr = registry === 'ghcr.io';
  const context = buildContext(p.service);
  const permissions: Record<string, string> = { contents: 'read' };
  if (ghcr) permissions.packages = 'write';
  const login: Record<string, unknown> = ghcr
    ? { name: 'Log in to ghcr.io', uses: 'docker/login-action@v3', with: { registry: 'ghcr.io', username: '${{ github.actor }}', password: '${{ secrets.GITHUB_TOKEN }}' } }
    : {
        name: `Log in to ${registry}`,
        uses: 'docker/login-action@v3',
        with: { registry, username: '${{ secrets.REGISTRY_USERNAME }}', password: '${{ secrets.REGISTRY_PASSWORD }}' },
      };
  const wf = {
    name: `${p.service} CI`,
    on: {
      push: { branches: [pushBranch(p.branch)], paths: [`${context}/**`] },
      workflow_dispatch: {},
    },
    permissions: { contents: 'read' },
    concurrency: { group: `${p.service}-ci-\${{ github.ref }}`, 'cancel-in-progress': true },
    env: { IMAGE: p.image.repository },
    jobs: {
      build: {
        name: 'Build and push the image',
        'runs-on': 'ubuntu-latest',
        'timeout-minutes': 30,
        permissions: { ...permissions },
        steps: [
          { name: 'Check out', uses: 'actions/checkout@v5', with: { 'persist-credentials': false } },
          { name: 'Set up Docker Buildx', uses: 'docker/setup-buildx-action@v3' },
          login,
          {
            name: 'Build and push',
            uses: 'docker/build-push-action@v6',
            with: {
              context,
              push: true,
              tags: '${{ env.IMAGE }}:${{ github.sha }}',
              labels: 'org.opencontainers.image.source=${{ github.server_url }}/${{ github.repository }}\norg.opencontainers.image.revision=${{ github.sha }}',
            },
          },
        ],
      },
    },
  };
  const foreign = ghcrOwnerMismatch(p.image, p.repoUrl);
  const doc = newDoc(
    wf,
    `CI for ${p.service}: builds ${context}/Dockerfile and pushes ${p.image.repository}:<commit sha>.\nGenerated by gitops-action; edit freely. To deploy a new build, ${deployStep(p.image)}` +
      (ghcr ? '' : `\nNeeds the secrets REGISTRY_USERNAME and REGISTRY_PASSWORD for ${registry}.`) +
      (foreign ? `\nThe push below fails as it is: ${ghcrOwnerAdvice(p.image, foreign)}` : ''),
  );
  return render(doc);
}
