import { join } from 'node:path';
import { cp, mkdir, readFile, readdir, rename, symlink, writeFile } from 'node:fs/promises';
import { parse } from 'yaml';
import { writeProposal } from '../../src/generate/apply.js';
import { parseGenerateRequest } from '../../src/generate/inputs.js';
import { buildProposal } from '../../src/generate/proposal.js';
import type { Proposal } from '../../src/generate/types.js';
import { validateRepo } from '../../src/validate/engine.js';
import { copyFixture, rawInputs, removeDir, snapshotTree } from '../../__fixtures__/generate/helpers.js';

const ACME = 'https://github.com/acme/platform.git';
const req = (over: Record<string, string | undefined> = {}) => parseGenerateRequest(rawInputs({ clusters: 'prod', 'repo-url': ACME, ...over }));

/** Builds the proposal on a fresh copy of the fixture, checks the tree did not change, returns both. */
async function propose(fixture: string, over: Record<string, string | undefined> = {}, prepare?: (dir: string) => Promise<void>) {
  const dir = await copyFixture(fixture);
  if (prepare) await prepare(dir);
  const before = await snapshotTree(dir);
  const proposal = await buildProposal(dir, req(over));
  expect(await snapshotTree(dir)).toEqual(before);
  return { dir, proposal };
}

async function validatesClean(dir: string, proposal: Proposal, repoUrl = ACME): Promise<void> {
  await writeProposal(dir, proposal);
  const { findings } = await validateRepo(dir, { repoUrl });
  expect(findings.filter((f) => f.severity === 'error')).toEqual([]);
}

function expectHalt(p: Proposal, ...fragments: string[]): void {
  expect(p.files).toEqual([]);
  expect(p.question).toBeDefined();
  for (const f of fragments) expect(p.question).toContain(f);
}

const dirs: string[] = [];
afterAll(async () => {
  for (const d of dirs) await removeDir(d);
});

describe('proposal on the bundled example repo', () => {
  test('proposes the chart, the Application per cluster and the CI workflow, and validates clean', async () => {
    const { dir, proposal } = await propose('example', { clusters: 'staging,production', 'repo-url': undefined });
    dirs.push(dir);
    expect(proposal.question).toBeUndefined();
    expect(proposal.request.repoUrl).toBe('https://github.com/trustacks/platform-example.git');
    const paths = proposal.files.map((f) => f.path);
    expect(paths).toEqual([...paths].sort());
    expect(paths).toContain('argo-apps/argo-apps-staging/payments-application.yaml');
    expect(paths).toContain('argo-apps/argo-apps-production/payments-application.yaml');
    expect(paths).toContain('.github/workflows/payments-ci.yaml');
    for (const c of ['staging', 'production']) {
      for (const f of ['Chart.yaml', 'values.yaml', '.helmignore', 'templates/deployment.yaml', 'templates/service.yaml', 'templates/serviceaccount.yaml', 'templates/pdb.yaml', 'templates/_helpers.tpl', 'templates/NOTES.txt']) {
        expect(paths).toContain(`gitops/shop/${c}/payments/${f}`);
      }
    }
    expect(proposal.files.every((f) => f.action === 'create')).toBe(true);
    expect(proposal.blastRadius).toEqual({
      clusters: ['production', 'staging'],
      namespaces: ['shop'],
      applications: ['payments-production', 'payments-staging'],
      resourceKinds: ['Deployment', 'PodDisruptionBudget', 'Service', 'ServiceAccount'],
      prune: true,
    });
    expect(proposal.rollback[0]).toMatch(/Revert the pull request/);
    expect(proposal.rollback.join('\n')).toMatch(/finalizer/);
    expect(proposal.rollback.join('\n')).toContain('kubectl -n argocd get application payments-production');
    // The check lists every kind the chart renders (the PodDisruptionBudget too, with 2 replicas).
    expect(proposal.rollback.join('\n')).toContain('get deployment,poddisruptionbudget,service,serviceaccount -l app.kubernetes.io/name=payments');
    const app = parse(proposal.files.find((f) => f.path === 'argo-apps/argo-apps-production/payments-application.yaml')!.content);
    expect(app.metadata.name).toBe('payments-production');
    expect(app.metadata.finalizers).toEqual(['resources-finalizer.argocd.argoproj.io']);
    expect(app.spec.source).toMatchObject({ path: 'gitops/shop/production/payments', repoURL: 'https://github.com/trustacks/platform-example.git', targetRevision: 'main' });
    expect(app.spec.destination).toEqual({ server: 'https://kubernetes.default.svc', namespace: 'shop' });
    expect(app.spec.syncPolicy).toEqual({ automated: { prune: true, selfHeal: true }, syncOptions: ['CreateNamespace=true'] });
    await validatesClean(dir, proposal, 'https://github.com/trustacks/platform-example.git');
  });

  test('the same inputs on the same repo give byte-identical output', async () => {
    const a = await propose('example', { clusters: 'staging,production,qa' });
    const b = await propose('example', { clusters: 'staging,production,qa' });
    dirs.push(a.dir, b.dir);
    expect(JSON.stringify(b.proposal)).toBe(JSON.stringify(a.proposal));
  });

  test('templates carry no user input: identical across very different requests', async () => {
    const a = await propose('base', { service: 'payments', application: 'shop', image: 'ghcr.io/acme/payments:1.0.0', port: '8080' });
    const b = await propose('base', { service: 'ledger', application: 'bank', image: 'registry.example.com:5000/x/ledger@sha256:' + 'a'.repeat(64), port: '9000', namespace: 'money', replicas: '7' });
    dirs.push(a.dir, b.dir);
    const tpl = (p: Proposal) => p.files.filter((f) => f.path.includes('/templates/') || f.path.endsWith('.helmignore')).map((f) => f.content);
    expect(tpl(a.proposal)).toHaveLength(7);
    expect(tpl(b.proposal)).toEqual(tpl(a.proposal));
  });
});

describe('read-and-preserve', () => {
  test('existing-chart-no-app: only the Application is proposed; the note names the kept files and what was detected', async () => {
    const { dir, proposal } = await propose('existing-chart-no-app', { 'ci-workflow': 'skip' });
    dirs.push(dir);
    expect(proposal.question).toBeUndefined();
    expect(proposal.files.map((f) => f.path)).toEqual(['argo-apps/argo-apps-prod/payments-application.yaml']);
    const note = proposal.preservationNotes.find((n) => n.includes('gitops/shop/prod/payments/'))!;
    expect(note).toBeDefined();
    for (const f of ['Chart.yaml', 'values.yaml', 'values-prod.yaml', 'templates/cronjob.yaml', 'templates/deployment.yaml']) expect(note).toContain(f);
    expect(note).toMatch(/custom templates \(templates\/cronjob\.yaml\)/);
    expect(note).toMatch(/extra values files \(values-prod\.yaml\)/);
    expect(note).toMatch(/extra values \(featureFlags\)/);
    expect(note).toMatch(/Only its Application is proposed/);
    expect(proposal.kept).toEqual(expect.arrayContaining(['gitops/shop/prod/payments/Chart.yaml', 'gitops/shop/prod/payments/templates/cronjob.yaml']));
    expect(proposal.blastRadius.resourceKinds).toEqual(['CronJob', 'Deployment']);
    const app = parse(proposal.files[0].content);
    expect(app.spec.source.path).toBe('gitops/shop/prod/payments');
    await validatesClean(dir, proposal);
  });

  test('existing-kustomization-no-app: the kustomization is kept and detected; the Application has no helm block', async () => {
    const { dir, proposal } = await propose('existing-kustomization-no-app', { 'ci-workflow': 'skip' });
    dirs.push(dir);
    expect(proposal.files.map((f) => f.path)).toEqual(['argo-apps/argo-apps-prod/payments-application.yaml']);
    expect(proposal.preservationNotes.join('\n')).toMatch(/a kustomization \(kustomization\.yaml\)/);
    expect(parse(proposal.files[0].content).spec.source.helm).toBeUndefined();
    // Its labels are its own: the rollback check asks the Application what it deployed, not a label.
    expect(proposal.rollback[0]).toMatch(/^Before reverting, on prod: .*\.status\.resources\[\*\]/);
    expect(proposal.rollback[1]).toMatch(/^Revert the pull request/);
    expect(proposal.rollback.join('\n')).not.toMatch(/-l app\.kubernetes\.io/);
    await validatesClean(dir, proposal);
  });

  test('a chart folder that also holds a kustomization: Kustomize renders it (Argo CD detection); the new Application names no tool, and the note, kinds and image say what Kustomize deploys', async () => {
    const addKustomization = async (dir: string) => {
      const chart = join(dir, 'gitops/shop/prod/payments');
      await writeFile(join(chart, 'kustomization.yaml'), 'apiVersion: kustomize.config.k8s.io/v1beta1\nkind: Kustomization\nresources:\n  - manifests/configmap.yaml\n');
      await mkdir(join(chart, 'manifests'));
      await writeFile(join(chart, 'manifests/configmap.yaml'), 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: payments\ndata:\n  a: b\n');
    };
    const { dir, proposal } = await propose('existing-chart-no-app', { 'ci-workflow': 'skip' }, addKustomization);
    dirs.push(dir);
    expect(proposal.question).toBeUndefined();
    expect(proposal.files.map((f) => f.path)).toEqual(['argo-apps/argo-apps-prod/payments-application.yaml']);
    // No tool block: Argo CD's detection applies, and a kustomization wins over a Chart.yaml.
    const source = parse(proposal.files[0].content).spec.source;
    expect(source.helm).toBeUndefined();
    expect(source.kustomize).toBeUndefined();
    const note = proposal.preservationNotes.find((n) => n.includes('gitops/shop/prod/payments/'))!;
    expect(note).toMatch(/^Kept the existing kustomization gitops\/shop\/prod\/payments\//);
    expect(note).toContain('Argo CD renders the folder with Kustomize');
    expect(note).toContain('give the Application\'s source a helm block');
    // The chart's templates and values.yaml are not what Kustomize deploys.
    expect(note).not.toMatch(/custom templates|extra values/);
    expect(proposal.blastRadius.resourceKinds).toEqual(['ConfigMap']);
    expect(proposal.preservationNotes.join('\n')).not.toContain('The requested image');
    await validatesClean(dir, proposal);

    // A kept Application with a helm block renders the same folder as a Helm chart: the note says so.
    const { dir: kept, proposal: p2 } = await propose('existing-chart-no-app', { 'ci-workflow': 'skip' }, async (d) => {
      await addKustomization(d);
      const app = (await readFile(join(d, 'argo-apps/argo-apps-prod/cart-application.yaml'), 'utf8'))
        .replace('name: cart-prod', 'name: payments-prod')
        .replace('path: gitops/shop/prod/cart', 'path: gitops/shop/prod/payments\n    helm:\n      releaseName: payments');
      await writeFile(join(d, 'argo-apps/argo-apps-prod/payments-application.yaml'), app);
    });
    dirs.push(kept);
    expect(p2.files).toEqual([]);
    const keptNote = p2.preservationNotes.find((n) => n.includes('gitops/shop/prod/payments/'))!;
    expect(keptNote).toMatch(/^Kept the existing chart gitops\/shop\/prod\/payments\//);
    expect(keptNote).toContain("a kustomization (kustomization.yaml) beside the Chart.yaml, which Argo CD does not use: the Application's helm block");
    expect(keptNote).toMatch(/custom templates \(templates\/cronjob\.yaml\)/);
  });

  test('a CI workflow for a ghcr.io image of another owner than the repository: a note says GITHUB_TOKEN cannot push it and what to do; the same owner: none', async () => {
    const ciNote = (p: Proposal) => p.preservationNotes.filter((n) => n.includes('cannot push its image with GITHUB_TOKEN'));
    const { dir, proposal } = await propose('base', { image: 'ghcr.io/other-org/payments:1.0.0' });
    dirs.push(dir);
    expect(proposal.question).toBeUndefined();
    const [note] = ciNote(proposal);
    expect(note).toContain('The CI workflow .github/workflows/payments-ci.yaml cannot push its image with GITHUB_TOKEN as generated: ghcr.io/other-org/payments belongs to other-org, not to acme, the owner of acme/platform');
    expect(note).toMatch(/personal access token \(classic\) with the write:packages scope/);
    expect(proposal.files.find((f) => f.path === '.github/workflows/payments-ci.yaml')!.content).toContain('# The push below fails as it is:');
    // The repository the workflow runs in (the action's GITHUB_REPOSITORY) counts over repo-url.
    const inOther = await buildProposal(dir, { ...req({ image: 'ghcr.io/other-org/payments:1.0.0' }), workflowRepoUrl: 'https://github.com/other-org/platform' });
    expect(ciNote(inOther)).toEqual([]);
    // Owners compare as GitHub's do, without case.
    const same = await buildProposal(dir, req({ image: 'ghcr.io/acme/payments:1.0.0', 'repo-url': 'https://github.com/Acme/platform.git' }));
    expect(same.question).toBeUndefined();
    expect(ciNote(same)).toEqual([]);
    // No workflow proposed, no note.
    expect(ciNote(await buildProposal(dir, req({ image: 'ghcr.io/other-org/payments:1.0.0', 'ci-workflow': 'skip' })))).toEqual([]);
  });

  test('app-without-chart: only the chart is proposed, the Application is kept', async () => {
    const { dir, proposal } = await propose('app-without-chart', { 'ci-workflow': 'skip' });
    dirs.push(dir);
    expect(proposal.files.every((f) => f.path.startsWith('gitops/shop/prod/payments/'))).toBe(true);
    expect(proposal.files).toHaveLength(9);
    expect(proposal.kept).toEqual(['argo-apps/argo-apps-prod/payments-application.yaml']);
    expect(proposal.blastRadius.applications).toEqual([]);
    await validatesClean(dir, proposal);
  });

  test('app-without-chart: the rollback says the kept Application stays and what the chart deployed keeps running after the revert', async () => {
    // The kept Application deploys into its own namespace, not the requested one.
    const { dir, proposal } = await propose('app-without-chart', { 'ci-workflow': 'skip' }, async (d) => {
      const f = join(d, 'argo-apps/argo-apps-prod/payments-application.yaml');
      await writeFile(f, (await readFile(f, 'utf8')).replace('namespace: shop', 'namespace: payments-live'));
    });
    dirs.push(dir);
    const steps = proposal.rollback.join('\n');
    // Argo CD cannot render a path that is gone: no prune, the Application and its resources stay.
    expect(steps).not.toMatch(/gone after the prune|no resources left/);
    expect(steps).toMatch(/'payments-prod' \(argo-apps\/argo-apps-prod\/payments-application\.yaml\) stays.*ComparisonError.*prunes nothing.*keeps running/);
    expect(steps).toContain('kubectl -n argocd get application payments-prod (still there, with the ComparisonError)');
    expect(steps).toContain('kubectl --context prod -n payments-live get deployment,poddisruptionbudget,service,serviceaccount -l app.kubernetes.io/name=payments (still running until the Application is removed)');
  });

  test('the revert step gives the git command for a merge commit and for a squash merge', async () => {
    const { dir, proposal } = await propose('base');
    dirs.push(dir);
    expect(proposal.rollback[0]).toContain('git revert -m 1 <merge commit> after a merge commit, git revert <commit> after a squash merge');
  });

  test('all-present: nothing is missing, nothing is proposed, the hand-written workflow is kept', async () => {
    const { dir, proposal } = await propose('all-present');
    dirs.push(dir);
    expect(proposal.question).toBeUndefined();
    expect(proposal.files).toEqual([]);
    expect(proposal.kept).toContain('.github/workflows/payments-ci.yaml');
    expect(proposal.kept).toContain('argo-apps/argo-apps-prod/payments-application.yaml');
  });

  test('app-points-elsewhere: halts with a question naming the Application and where it points', async () => {
    const { dir, proposal } = await propose('app-points-elsewhere');
    dirs.push(dir);
    expectHalt(proposal, "An Application named 'payments-prod' already exists in argo-apps/argo-apps-prod/billing-application.yaml", 'gitops/shop/prod/billing');
    expect(proposal.blastRadius.applications).toEqual([]);
    expect(proposal.rollback).toEqual([]);
  });

  test('an Application file that does not parse: halts naming it (it may hold an Application of that name), nothing proposed', async () => {
    const { dir, proposal } = await propose('base', {}, async (d) => {
      await writeFile(join(d, 'argo-apps/argo-apps-prod/payments-old-application.yaml'), 'apiVersion: argoproj.io/v1alpha1\nkind: Application\nmetadata:\n  name: payments-prod\n  labels: {a: [1, 2\n');
    });
    dirs.push(dir);
    expectHalt(proposal, 'argo-apps/argo-apps-prod/payments-old-application.yaml cannot be read', 'may already hold an Application');
    expect(proposal.files).toEqual([]);
  });

  test('a chart folder or a CI workflow that differs only in case: halts (one path on macOS and Windows)', async () => {
    const chart = await propose('base', {}, async (d) => {
      await mkdir(join(d, 'gitops/shop/prod/Payments'), { recursive: true });
      await writeFile(join(d, 'gitops/shop/prod/Payments/values.yaml'), 'a: 1\n');
    });
    dirs.push(chart.dir);
    expectHalt(chart.proposal, 'gitops/shop/prod/Payments already exists and differs from gitops/shop/prod/payments only in case');
    const wf = await propose('base', { 'ci-workflow': 'generate' }, async (d) => {
      await mkdir(join(d, '.github/workflows'), { recursive: true });
      await writeFile(join(d, '.github/workflows/Payments-CI.yaml'), 'on: push\njobs: {}\n');
    });
    dirs.push(wf.dir);
    expectHalt(wf.proposal, '.github/workflows/Payments-CI.yaml already exists and differs from .github/workflows/payments-ci.yaml only in case');
  });

  test('the case-collision question offers only ways the inputs take (service, application and cluster are lower-case labels)', async () => {
    const wf = await propose('base', { 'ci-workflow': 'generate' }, async (d) => {
      await mkdir(join(d, '.github/workflows'), { recursive: true });
      await writeFile(join(d, '.github/workflows/Payments-CI.yaml'), 'on: push\njobs: {}\n');
    });
    dirs.push(wf.dir);
    expectHalt(wf.proposal, 'Rename or remove .github/workflows/Payments-CI.yaml in its own pull request, or set ci-workflow: skip, or choose another service name, then run again.');
    expect(wf.proposal.question).not.toMatch(/as it is spelled there/);
    // The way it offers works: with ci-workflow: skip nothing is in the way.
    const skipped = await propose('base', { 'ci-workflow': 'skip' }, async (d) => {
      await mkdir(join(d, '.github/workflows'), { recursive: true });
      await writeFile(join(d, '.github/workflows/Payments-CI.yaml'), 'on: push\njobs: {}\n');
    });
    dirs.push(skipped.dir);
    expect(skipped.proposal.question).toBeUndefined();
    // A cluster folder spelled otherwise: another service name would collide too, so it is not offered.
    const cluster = await propose('base', {}, async (d) => {
      await rename(join(d, 'gitops/shop/prod'), join(d, 'gitops/shop/Prod'));
    });
    dirs.push(cluster.dir);
    expectHalt(cluster.proposal, 'gitops/shop/Prod already exists and differs from gitops/shop/prod/payments only in case', 'Rename or remove gitops/shop/Prod in its own pull request, then run again.');
    expect(cluster.proposal.question).not.toMatch(/another service name|ci-workflow: skip/);
    // The application's folder spelled otherwise (here application = service): another application
    // name helps, another service name would meet the same folder.
    const appFolder = await propose('base', { application: 'payments' }, async (d) => {
      await mkdir(join(d, 'gitops/Payments/legacy'), { recursive: true });
      await writeFile(join(d, 'gitops/Payments/legacy/notes.yaml'), 'x: 1\n');
    });
    dirs.push(appFolder.dir);
    expectHalt(appFolder.proposal, 'Rename or remove gitops/Payments in its own pull request, or choose another application name, then run again.');
    expect(appFolder.proposal.question).not.toMatch(/another service name/);
    // The charts dir spelled otherwise: charts-dir takes any case, so it is offered.
    const chartsDir = await propose('base', {}, async (d) => {
      await rename(join(d, 'gitops'), join(d, 'GitOps'));
    });
    dirs.push(chartsDir.dir);
    expectHalt(chartsDir.proposal, 'Rename or remove GitOps in its own pull request, or set charts-dir to the folder as it is spelled there, then run again.');
  });

  test('a pinned targetRevision (a tag) is noted: the chart the pull request adds is not at that tag; rollback reverts on the merged-into branch', async () => {
    const { dir, proposal } = await propose('base', { 'target-revision': 'v1.4.0' });
    dirs.push(dir);
    expect(proposal.preservationNotes.join('\n')).toMatch(/track targetRevision v1\.4\.0, a tag or commit that does not hold the chart/);
    expect(proposal.rollback[0]).toMatch(/on the branch it was merged into/);
    expect(proposal.rollback[0]).not.toContain('v1.4.0');
    const main = await propose('base', { 'target-revision': 'main' });
    dirs.push(main.dir);
    expect(main.proposal.preservationNotes.join('\n')).not.toMatch(/a tag or commit/);
    // The same tag as a full ref (Argo CD resolves it too); a branch's full ref is no pin.
    const ref = await propose('base', { 'target-revision': 'refs/tags/v1.4.0' });
    dirs.push(ref.dir);
    expect(ref.proposal.preservationNotes.join('\n')).toMatch(/track targetRevision refs\/tags\/v1\.4\.0, a tag or commit that does not hold the chart/);
    const branchRef = await propose('base', { 'target-revision': 'refs/heads/release' });
    dirs.push(branchRef.dir);
    expect(branchRef.proposal.preservationNotes.join('\n')).not.toMatch(/a tag or commit/);
  });

  test('file-in-the-way: halts; the file is described and never overwritten', async () => {
    const { dir, proposal } = await propose('file-in-the-way');
    dirs.push(dir);
    expectHalt(proposal, 'argo-apps/argo-apps-prod/payments-application.yaml already exists and is a file that holds no Argo CD Application');
  });

  test('chart-path-is-a-file: halts', async () => {
    const { dir, proposal } = await propose('chart-path-is-a-file');
    dirs.push(dir);
    expectHalt(proposal, 'gitops/shop/prod/payments is a file');
  });

  test('partial-chart-dir: halts instead of writing into a folder a person started', async () => {
    const { dir, proposal } = await propose('partial-chart-dir');
    dirs.push(dir);
    expectHalt(proposal, 'gitops/shop/prod/payments/ exists but holds neither a Chart.yaml nor a kustomization', 'values.yaml');
  });

  test('a chart folder whose Chart.yaml is a symbolic link halts naming the link, not claiming there is no Chart.yaml', async () => {
    const { dir, proposal } = await propose('existing-chart-no-app', {}, async (d) => {
      const chart = join(d, 'gitops/shop/prod/payments');
      await rename(join(chart, 'Chart.yaml'), join(chart, 'Chart.real'));
      await symlink('Chart.real', join(chart, 'Chart.yaml'));
    });
    dirs.push(dir);
    expectHalt(proposal, 'gitops/shop/prod/payments/ exists, and its Chart.yaml is a symbolic link', 'Replace gitops/shop/prod/payments/Chart.yaml with the file itself');
    expect(proposal.question).not.toMatch(/neither a Chart\.yaml|add a Chart\.yaml/);
  });

  test('without repo-url, an apps dir that does not exist is named in the refusal (apps-dir is the likelier mistake)', async () => {
    const dir = await copyFixture('base');
    dirs.push(dir);
    await rename(join(dir, 'argo-apps'), join(dir, 'apps'));
    await expect(buildProposal(dir, req({ 'repo-url': undefined }))).rejects.toThrow(
      "Input 'repo-url': is required: no existing Application deploys from gitops/ to infer the platform repo's URL from (the repo has no argo-apps/ folder: if its Applications and charts are elsewhere, set apps-dir and charts-dir)",
    );
  });

  test('a symlink where the apps folder would go halts', async () => {
    const { dir, proposal } = await propose('base', { clusters: 'qa' }, async (d) => {
      await symlink('/tmp', join(d, 'argo-apps/argo-apps-qa'));
    });
    dirs.push(dir);
    expectHalt(proposal, 'argo-apps/argo-apps-qa is a symbolic link');
  });

  test('a symlink where the workflow would go halts', async () => {
    const { dir, proposal } = await propose('base', {}, async (d) => {
      await symlink('/etc', join(d, '.github'));
    });
    dirs.push(dir);
    expectHalt(proposal, '.github is a symbolic link');
  });

  test('the workflow under the other extension (.yml) as a symbolic link halts, rather than adding a second workflow beside it', async () => {
    const { dir, proposal } = await propose('base', {}, async (d) => {
      await mkdir(join(d, '.github/workflows'), { recursive: true });
      await writeFile(join(d, '.github/workflows/build.yaml'), 'name: build\non: push\njobs: {}\n');
      await symlink('build.yaml', join(d, '.github/workflows/payments-ci.yml'));
    });
    dirs.push(dir);
    expectHalt(proposal, '.github/workflows/payments-ci.yml is a symbolic link', 'ci-workflow: skip');
  });

  test('other-layout-consistent: follows the repo convention and says so', async () => {
    const { dir, proposal } = await propose('other-layout-consistent', { clusters: 'prod,staging' });
    dirs.push(dir);
    expect(proposal.question).toBeUndefined();
    const paths = proposal.files.map((f) => f.path);
    expect(paths).toContain('argo-apps/prod/payments.yaml');
    expect(paths).toContain('argo-apps/staging/payments.yaml');
    expect(paths).toContain('gitops/prod/shop/payments/Chart.yaml');
    expect(paths).toContain('gitops/staging/shop/payments/values.yaml');
    expect(proposal.preservationNotes.join('\n')).toContain("Followed the repo's own layout");
    expect(parse(proposal.files.find((f) => f.path === 'argo-apps/prod/payments.yaml')!.content).spec.source.path).toBe('gitops/prod/shop/payments');
    // The project's validate knows only the default layout: the repo has layout errors before
    // generation; the generated files add no error of their own kind beyond the same layout rules.
    const before = (await validateRepo(dir, { repoUrl: ACME })).findings.filter((f) => f.severity === 'error');
    await writeProposal(dir, proposal);
    const after = (await validateRepo(dir, { repoUrl: ACME })).findings.filter((f) => f.severity === 'error');
    const newErrors = after.filter((f) => !before.some((b) => b.file === f.file && b.ruleId === f.ruleId));
    expect(newErrors.every((f) => f.ruleId.startsWith('layout.'))).toBe(true);
    expect(new Set(after.map((f) => f.ruleId))).toEqual(new Set(before.map((f) => f.ruleId)));
  });

  test('other-layout-mixed: halts and describes both layouts', async () => {
    const { dir, proposal } = await propose('other-layout-mixed');
    dirs.push(dir);
    expectHalt(proposal, 'do not follow one layout', 'argo-apps/staging/catalog.yaml', 'charts/catalog');
  });

  test('a repo whose Applications all end in .yml: followed, the new Application ends in .yml too, with a note', async () => {
    const toYml = async (dir: string) => {
      for (const c of ['prod', 'staging']) {
        const f = join(dir, `argo-apps/argo-apps-${c}/cart-application`);
        await rename(`${f}.yaml`, `${f}.yml`);
      }
    };
    const { dir, proposal } = await propose('base', { clusters: 'prod,staging', 'ci-workflow': 'skip' }, toYml);
    dirs.push(dir);
    expect(proposal.question).toBeUndefined();
    const paths = proposal.files.map((f) => f.path);
    expect(paths).toContain('argo-apps/argo-apps-prod/payments-application.yml');
    expect(paths).toContain('argo-apps/argo-apps-staging/payments-application.yml');
    expect(paths.filter((p) => p.startsWith('argo-apps/') && p.endsWith('.yaml'))).toEqual([]);
    const notes = proposal.preservationNotes.join('\n');
    expect(notes).toContain("Followed the repo's own layout");
    expect(notes).toContain('argo-apps/argo-apps-{cluster}/{service}-application.yml');
    expect(notes).not.toMatch(/has no Applications/);
    await validatesClean(dir, proposal);
  });

  test('Application files named after the Application (<service>-<cluster>.yaml) are followed, with a note', async () => {
    const byName = async (d: string) => {
      for (const c of ['prod', 'staging']) await rename(join(d, `argo-apps/argo-apps-${c}/cart-application.yaml`), join(d, `argo-apps/argo-apps-${c}/cart-${c}.yaml`));
    };
    const { dir, proposal } = await propose('base', { clusters: 'prod,staging', 'ci-workflow': 'skip' }, byName);
    dirs.push(dir);
    expect(proposal.question).toBeUndefined();
    const paths = proposal.files.map((f) => f.path);
    expect(paths).toContain('argo-apps/argo-apps-prod/payments-prod.yaml');
    expect(paths).toContain('argo-apps/argo-apps-staging/payments-staging.yaml');
    expect(proposal.preservationNotes.join('\n')).toContain("Followed the repo's own layout, used by all 2 existing Application(s) that deploy from this repo: argo-apps/argo-apps-{cluster}/{service}-{cluster}.yaml");
    // validate knows only the default layout (a known limit): the new files get the layout
    // error the existing ones already have, and nothing else.
    const before = (await validateRepo(dir, { repoUrl: ACME })).findings.filter((f) => f.severity === 'error');
    await writeProposal(dir, proposal);
    const after = (await validateRepo(dir, { repoUrl: ACME })).findings.filter((f) => f.severity === 'error');
    expect(new Set(before.map((f) => f.ruleId))).toEqual(new Set(['layout.app-location']));
    expect(after.filter((f) => !before.some((b) => b.file === f.file)).map((f) => `${f.ruleId} ${f.file}`)).toEqual([
      'layout.app-location argo-apps/argo-apps-prod/payments-prod.yaml',
      'layout.app-location argo-apps/argo-apps-staging/payments-staging.yaml',
    ]);
  });

  test('the note on how new Applications are named comes only with a new Application', async () => {
    const oddName = async (d: string) => {
      const f = join(d, 'argo-apps/argo-apps-staging/cart-application.yaml');
      await writeFile(f, (await readFile(f, 'utf8')).replace('name: cart-staging', 'name: cart-stg'));
    };
    const naming = /naming pattern/;
    const present = await propose('base', { service: 'cart', clusters: 'prod,staging', 'ci-workflow': 'skip', image: 'ghcr.io/acme/cart:1.0.0' }, oddName);
    dirs.push(present.dir);
    expect(present.proposal.files).toEqual([]);
    expect(present.proposal.preservationNotes.join('\n')).not.toMatch(naming);
    const fresh = await propose('base', { clusters: 'prod', 'ci-workflow': 'skip' }, oddName);
    dirs.push(fresh.dir);
    expect(fresh.proposal.files.map((f) => f.path)).toContain('argo-apps/argo-apps-prod/payments-application.yaml');
    expect(fresh.proposal.preservationNotes).toContain('The existing Applications follow no single naming pattern; named the new one(s) {service}-{cluster}.');
  });

  test('Applications that all follow one layout gitops-action does not know halt, without claiming they follow no one layout', async () => {
    const unknown = async (d: string) => {
      for (const c of ['prod', 'staging']) await rename(join(d, `argo-apps/argo-apps-${c}/cart-application.yaml`), join(d, `argo-apps/argo-apps-${c}/deploy-cart.yaml`));
    };
    const { dir, proposal } = await propose('base', { clusters: 'prod' }, unknown);
    dirs.push(dir);
    expectHalt(proposal, 'The 2 existing Applications that deploy from this repo follow no layout gitops-action knows (Application files argo-apps/argo-apps-{cluster}/{service}-application.yaml', 'argo-apps/argo-apps-prod/deploy-cart.yaml (deploys gitops/shop/prod/cart)');
    expect(proposal.question).not.toContain('do not follow one layout');
  });

  test('Applications that mix .yaml and .yml on one layout halt like any mixed layout', async () => {
    const oneYml = (dir: string) => rename(join(dir, 'argo-apps/argo-apps-prod/cart-application.yaml'), join(dir, 'argo-apps/argo-apps-prod/cart-application.yml'));
    const { dir, proposal } = await propose('base', { clusters: 'prod' }, oneYml);
    dirs.push(dir);
    expectHalt(proposal, 'do not follow one layout', '-application.yml', '-application.yaml');
    // prod has an Application (on no common layout): no note may claim it has none.
    expect(proposal.preservationNotes.join('\n')).not.toMatch(/has no Applications/);
  });

  test('a new cluster gets its folder and a note about the destination', async () => {
    const { dir, proposal } = await propose('base', { clusters: 'qa', 'ci-workflow': 'skip' });
    dirs.push(dir);
    expect(proposal.files.map((f) => f.path)).toContain('argo-apps/argo-apps-qa/payments-application.yaml');
    expect(proposal.preservationNotes.join('\n')).toMatch(/Cluster qa has no Applications yet/);
    await validatesClean(dir, proposal);
  });

  test("the Argo CD project follows the existing Applications closest to the new one: the application's own, else the cluster's", async () => {
    // shop's Applications are in project shop, billing's (ledger) in project billing.
    const twoTeams = async (d: string) => {
      for (const c of ['prod', 'staging']) {
        const f = join(d, `argo-apps/argo-apps-${c}/cart-application.yaml`);
        const cart = await readFile(f, 'utf8');
        await writeFile(f, cart.replace('project: default', 'project: shop'));
        await mkdir(join(d, `gitops/billing/${c}`), { recursive: true });
        await cp(join(d, `gitops/shop/${c}/cart`), join(d, `gitops/billing/${c}/ledger`), { recursive: true });
        const chart = join(d, `gitops/billing/${c}/ledger/Chart.yaml`);
        await writeFile(chart, (await readFile(chart, 'utf8')).replace(/^name: .*$/m, 'name: ledger'));
        await writeFile(
          join(d, `argo-apps/argo-apps-${c}/ledger-application.yaml`),
          cart.replace(/cart/g, 'ledger').replace('gitops/shop/', 'gitops/billing/').replace('project: default', 'project: billing'),
        );
      }
    };
    const projectOf = (p: Proposal, path: string) => parse(p.files.find((f) => f.path === path)!.content).spec.project;

    const billing = await propose('base', { application: 'billing', clusters: 'prod,qa', 'ci-workflow': 'skip' }, twoTeams);
    dirs.push(billing.dir);
    expect(billing.proposal.question).toBeUndefined();
    expect(projectOf(billing.proposal, 'argo-apps/argo-apps-prod/payments-application.yaml')).toBe('billing');
    // A cluster billing has no Application on yet: still billing's project.
    expect(projectOf(billing.proposal, 'argo-apps/argo-apps-qa/payments-application.yaml')).toBe('billing');
    expect(billing.proposal.preservationNotes).toContain("Used the Argo CD project 'billing' for prod, as the existing Applications of application billing on cluster prod do.");
    await validatesClean(billing.dir, billing.proposal);

    // A new application on a cluster whose Applications are in two projects: no guess, a note.
    const fresh = await propose('base', { application: 'search', clusters: 'prod', 'ci-workflow': 'skip' }, twoTeams);
    dirs.push(fresh.dir);
    expect(projectOf(fresh.proposal, 'argo-apps/argo-apps-prod/payments-application.yaml')).toBe('default');
    expect(fresh.proposal.preservationNotes).toContain(
      "Used the Argo CD project 'default' for prod: the existing Applications on cluster prod use several ('billing', 'shop'). Set spec.project in the new Application if it belongs to one of them.",
    );
  });

  test('a repo-url that no existing Application uses halts (its Applications would disagree with every other one); the same repo in another form does not', async () => {
    const { dir, proposal } = await propose('base', { 'repo-url': 'https://github.com/acme/other.git', clusters: 'qa' });
    dirs.push(dir);
    expect(proposal.files).toEqual([]);
    expect(proposal.question).toContain('None of the existing Applications deploy gitops/ from https://github.com/acme/other.git; they use https://github.com/acme/platform.git');
    expect(proposal.question).toContain('repo-url');
    // prod has Applications (of the other URL): no note may say it has none, nor choose a
    // destination or project for an Application the halt does not propose.
    const onProd = await propose('base', { 'repo-url': 'https://github.com/acme/other.git', clusters: 'prod' });
    dirs.push(onProd.dir);
    expect(onProd.proposal.question).toContain('None of the existing Applications deploy gitops/');
    expect(onProd.proposal.preservationNotes.join('\n')).not.toMatch(/has no Applications|destination|Argo CD project/);
    const same = await propose('base', { 'repo-url': 'git@github.com:acme/platform', clusters: 'qa' });
    dirs.push(same.dir);
    expect(same.proposal.question).toBeUndefined();
    expect(same.proposal.files.length).toBeGreaterThan(0);
  });

  test('repo-url is inferred from existing Applications, or refused naming the input when it cannot be', async () => {
    const { dir, proposal } = await propose('base', { 'repo-url': undefined });
    dirs.push(dir);
    expect(proposal.request.repoUrl).toBe(ACME);
    const empty = await copyFixture('base');
    dirs.push(empty);
    await removeDir(join(empty, 'argo-apps'));
    await expect(buildProposal(empty, req({ 'repo-url': undefined }))).rejects.toThrow("Input 'repo-url'");
  });

  /** Renames the base fixture's Applications to plain `{service}` (names shared across cluster folders). */
  async function nameByService(dir: string): Promise<void> {
    for (const c of ['prod', 'staging']) {
      const f = join(dir, `argo-apps/argo-apps-${c}/cart-application.yaml`);
      await writeFile(f, (await readFile(f, 'utf8')).replace(`name: cart-${c}`, 'name: cart'));
    }
  }

  test('an Application name already used in another cluster folder halts (Argo CD names are unique per namespace, as validate says)', async () => {
    // The repo names Applications by service alone: a new cluster's 'cart' would clash with the existing ones.
    const { dir, proposal } = await propose('base', { service: 'cart', clusters: 'qa' }, nameByService);
    dirs.push(dir);
    expectHalt(proposal, "An Application named 'cart' already exists in argo-apps/argo-apps-prod/cart-application.yaml", 'argo-apps/argo-apps-staging/cart-application.yaml');
  });

  test('two clusters of one run that would get the same Application name halt', async () => {
    const { dir, proposal } = await propose('base', { service: 'payments', clusters: 'qa,dev' }, nameByService);
    dirs.push(dir);
    expectHalt(proposal, "would be named 'payments', like the one proposed for qa");
  });

  test('a directory where a chart file would go (an empty folder named values.yaml) halts instead of failing half way', async () => {
    const { dir, proposal } = await propose('base', {}, async (d) => {
      await mkdir(join(d, 'gitops/shop/prod/payments/values.yaml'), { recursive: true });
    });
    dirs.push(dir);
    expectHalt(proposal, 'gitops/shop/prod/payments/ exists but holds neither a Chart.yaml nor a kustomization', 'gitops/shop/prod/payments/values.yaml/');
  });

  test('an existing library chart, or a chart with errors, is not wired to a new Application: halt', async () => {
    const lib = await propose('existing-chart-no-app', { service: 'payments' }, async (d) => {
      const f = join(d, 'gitops/shop/prod/payments/Chart.yaml');
      await writeFile(f, `${await readFile(f, 'utf8')}type: library\n`);
    });
    dirs.push(lib.dir);
    expectHalt(lib.proposal, 'a library chart');
    // Saved as UTF-16 by a Windows editor: Helm reads it (go-yaml honours the byte-order mark), and so must this.
    const lib16 = await propose('existing-chart-no-app', { service: 'payments' }, async (d) => {
      const f = join(d, 'gitops/shop/prod/payments/Chart.yaml');
      await writeFile(f, Buffer.from(`\ufeff${await readFile(f, 'utf8')}type: library\n`, 'utf16le'));
    });
    dirs.push(lib16.dir);
    expectHalt(lib16.proposal, 'a library chart');
    const broken = await propose('existing-chart-no-app', { service: 'payments' }, async (d) => {
      await writeFile(join(d, 'gitops/shop/prod/payments/Chart.yaml'), 'apiVersion: v2\nname: [payments\n');
    });
    dirs.push(broken.dir);
    expectHalt(broken.proposal, 'a chart with errors (yaml.syntax in gitops/shop/prod/payments/Chart.yaml:');
  });

  test('names YAML 1.1 reads as booleans (on, no, yes, y) come out quoted, so Kubernetes and Helm read strings', async () => {
    const { dir, proposal } = await propose('base', { service: 'on', application: 'no', namespace: 'yes', clusters: 'y' });
    dirs.push(dir);
    // (The CI workflow is read by GitHub, as YAML 1.2, and keeps its conventional `on:` key.)
    const yamlFiles = proposal.files.filter((f) => /\.ya?ml$/.test(f.path) && !f.path.includes('/templates/') && !f.path.startsWith('.github/'));
    expect(yamlFiles.length).toBeGreaterThanOrEqual(3);
    for (const f of yamlFiles) {
      // Every scalar YAML 1.2 reads as a string, YAML 1.1 (what the cluster side uses) reads as a string too.
      const v12 = parse(f.content);
      const v11 = parse(f.content, { version: '1.1' });
      const walk = (a: unknown, b: unknown, at: string): void => {
        if (typeof a === 'string') expect({ at, value: b }).toEqual({ at, value: a });
        else if (a && typeof a === 'object') for (const k of Object.keys(a)) walk((a as Record<string, unknown>)[k], (b as Record<string, unknown>)?.[k], `${at}.${k}`);
      };
      walk(v12, v11, f.path);
    }
    const app = proposal.files.find((f) => f.path === 'argo-apps/argo-apps-y/on-application.yaml')!;
    expect(app.content).toContain('namespace: "yes"');
    expect(app.content).toContain('app.kubernetes.io/part-of: "no"');
    await validatesClean(dir, proposal);
    expect((await readdir(join(dir, 'gitops/no/y/on'))).sort()).toContain('values.yaml');
  });
});


describe('a re-run whose inputs the kept files do not follow: unchanged, with a note for each', () => {
  const APP = 'argo-apps/argo-apps-prod/payments-application.yaml';
  const VALUES = 'gitops/shop/prod/payments/values.yaml';
  const WORKFLOW = '.github/workflows/payments-ci.yaml';
  /** The base fixture after a first run (defaults: namespace shop, main, 2 replicas, port 8080), then `edit`. */
  async function rerun(over: Record<string, string | undefined>, edit?: (dir: string) => Promise<void>) {
    return propose('base', over, async (d) => {
      await writeProposal(d, await buildProposal(d, req()));
      if (edit) await edit(d);
    });
  }
  const notApplied = (p: Proposal) => p.preservationNotes.filter((n) => / is not applied: /.test(n));
  const editFile = async (dir: string, rel: string, f: (text: string) => string) => {
    const text = await readFile(join(dir, rel), 'utf8');
    expect(f(text)).not.toBe(text); // the edit took
    await writeFile(join(dir, rel), f(text));
  };

  test.each([
    [{ namespace: 'payments' }, `The requested namespace payments is not applied: ${APP} (Application 'payments-prod') keeps destination.namespace shop.`],
    [{ 'target-revision': 'v2.0.0' }, `The requested target revision v2.0.0 is not applied: ${APP} (Application 'payments-prod') keeps targetRevision main.`],
    [{ replicas: '5' }, `The requested replica count 5 is not applied: ${VALUES} keeps replicaCount 2.`],
    [{ port: '9090' }, `The requested port 9090 is not applied: ${VALUES} keeps containerPort 8080 and service.port 8080.`],
    [{ image: 'ghcr.io/other/payments:1.4.2' }, `The requested image repository ghcr.io/other/payments is not applied: ${WORKFLOW} keeps env.IMAGE ghcr.io/trustacks/payments, the repository it pushes to.`],
  ])('%j: one note, nothing proposed', async (over, note) => {
    const { dir, proposal } = await rerun(over);
    dirs.push(dir);
    expect(proposal.question).toBeUndefined();
    expect(proposal.files).toEqual([]);
    const notes = notApplied(proposal).filter((n) => !n.startsWith('The requested image ghcr.io')); // the chart's image note, tested on its own
    expect(notes).toHaveLength(1);
    expect(notes[0]).toContain(note);
    expect(notes[0]).toContain('never changes an existing file');
  });

  test('a value nobody asked for (not given, or the default itself, as the action passes action.yml defaults): no note', async () => {
    const edit = async (d: string) => {
      await editFile(d, APP, (t) => t.replace(/^ {4}namespace: shop$/m, '    namespace: billing').replace('targetRevision: main', 'targetRevision: v1.0.0'));
      await editFile(d, VALUES, (t) => t.replace('replicaCount: 2', 'replicaCount: 3').replace('containerPort: 8080', 'containerPort: 9000'));
    };
    const unasked = await rerun({}, edit);
    dirs.push(unasked.dir);
    expect(notApplied(unasked.proposal)).toEqual([]);
    const defaults = await rerun({ replicas: '2', port: '8080', 'target-revision': 'main', namespace: 'shop' }, edit);
    dirs.push(defaults.dir);
    expect(notApplied(defaults.proposal)).toEqual([]);
    // Asked for: each is said.
    const asked = await rerun({ replicas: '4', port: '8081', 'target-revision': 'v2.0.0', namespace: 'web' }, edit);
    dirs.push(asked.dir);
    expect(notApplied(asked.proposal).map((n) => n.replace(/ is not applied.*/, ''))).toEqual([
      'The requested namespace web',
      'The requested target revision v2.0.0',
      'The requested replica count 4',
      'The requested port 8081',
    ]);
  });

  test('the same values, as Helm and Argo CD take them (a numeric string, refs/heads/): no note', async () => {
    const same = await rerun({});
    dirs.push(same.dir);
    expect(notApplied(same.proposal)).toEqual([]);
    const spelled = await rerun({ image: 'ghcr.io/trustacks/payments:9.9.9' }, async (d) => {
      await editFile(d, VALUES, (t) => t.replace('replicaCount: 2', 'replicaCount: "2"').replace('containerPort: 8080', 'containerPort: "8080"'));
      await editFile(d, APP, (t) => t.replace('targetRevision: main', 'targetRevision: refs/heads/main'));
    });
    dirs.push(spelled.dir);
    // Only the chart's image note: a new tag is not a new repository for the CI workflow.
    expect(notApplied(spelled.proposal).map((n) => n.slice(0, 40))).toEqual(['The requested image ghcr.io/trustacks/pa']);
  });

  test('nothing said where it cannot be compared: absent, templated or named values, and values.yaml that is not all that runs', async () => {
    const all = { namespace: 'payments', 'target-revision': 'v2.0.0', replicas: '5', port: '9090', image: 'ghcr.io/other/payments:1.4.2' };
    const cases: [string, (d: string) => Promise<void>][] = [
      ['absent or not plain', async (d) => {
        await editFile(d, APP, (t) => t.replace(/^ {4}namespace: shop\n/m, '').replace('targetRevision: main', 'targetRevision: 1.0'));
        await editFile(d, VALUES, (t) => t.replace('replicaCount: 2', 'replicaCount: "{{ .Values.global.replicas }}"').replace('containerPort: 8080', 'containerPort: http').replace(/service:\n {2}type: ClusterIP\n {2}port: 8080/, 'service:\n  type: ClusterIP'));
        await editFile(d, WORKFLOW, (t) => t.replace(/IMAGE: .*/, 'IMAGE: ${{ vars.IMAGE }}'));
      }],
      ['helm parameters in the Application', async (d) => editFile(d, APP, (t) => t.replace('valueFiles:', 'parameters:\n        - name: replicaCount\n          value: "5"\n      valueFiles:'))],
      ['another value file', async (d) => {
        await writeFile(join(d, 'gitops/shop/prod/payments/values-prod.yaml'), 'replicaCount: 5\n');
        await editFile(d, APP, (t) => t.replace(/- values\.yaml/, '- values.yaml\n        - values-prod.yaml'));
      }],
      ['an image updater override', async (d) => writeFile(join(d, 'gitops/shop/prod/payments/.argocd-source-payments-prod.yaml'), 'helm:\n  parameters: []\n')],
      ['values.yaml that does not parse', async (d) => writeFile(join(d, VALUES), 'replicaCount: [\n')],
    ];
    for (const [what, edit] of cases) {
      const { dir, proposal } = await rerun(what === 'absent or not plain' ? all : { replicas: '5', port: '9090' }, edit);
      dirs.push(dir);
      expect([what, proposal.files]).toEqual([what, []]);
      expect([what, notApplied(proposal).filter((n) => !n.startsWith('The requested image ghcr.io'))]).toEqual([what, []]);
    }
    // Autoscaling on: the replica count is the autoscaler's, not replicaCount's.
    const hpa = await rerun({ replicas: '5' }, async (d) => editFile(d, VALUES, (t) => `${t}autoscaling:\n  enabled: true\n`));
    dirs.push(hpa.dir);
    expect(notApplied(hpa.proposal)).toEqual([]);
  });
});
