/**
 * Publishing an allowed proposal: one branch per proposal, one commit through the
 * Git Data API (a tree with inline contents, a commit, a ref update), one pull
 * request opened or updated. A branch that already exists gets the new commit on
 * top of the head the action read; the base moving on does not make a new commit. Never a blind force: a branch moves only as a
 * fast-forward from the sha the action read, so a push that lands in between makes
 * GitHub refuse the update and the action re-reads. A person's commits on the
 * branch are never overwritten: the proposal goes on top when it does not touch
 * their files, otherwise the action halts and names them. A commit is the action's
 * only when it is provably the one the action made (see isActionCommit).
 *
 * Calls per proposal, whatever the number of files (see README):
 *   new branch:      compare (404) + base commit + tree + commit + create ref + create PR = 6
 *   existing branch: compare + tree + commit + update ref + list PRs + update PR         = 6
 *   + 1 for labels and + 1 for reviewers when given and the PR is new; + 1 to find the
 *   default branch when `base` is not given; + 1 per commit a person pushed to the branch.
 * A kept branch whose pull request was merged or closed is passed over for a fresh one
 * (`<branch>.2`, ...): see retiredMessage.
 */
import type { Proposal, ProposalOutcome } from '../generate/types.js';
import type { Decision } from '../policy/types.js';
import { errorMessage, GitHubRefusalError, UserError } from '../errors.js';
import { errorStatus, type GitHubApi } from './client.js';
import { githubMessage, withLeft, withPublished } from './failures.js';
import { buildPullRequestBody, fitTitle, pullRequestTitle } from './pr-body.js';
import { assertBranchName } from './ref-name.js';
import { assertCanWriteWorkflows, isWorkflowRefusal, type TokenInfo, WorkflowPermissionError, workflowFiles } from './permissions.js';

export const PROPOSAL_TRAILER = 'Gitops-Action-Proposal';
export const DEFAULT_BRANCH_PREFIX = 'gitops/';
/** A branch with more commits by people than this is not examined commit by commit: the action halts. */
export const MAX_PERSON_COMMITS = 20;

export interface PublishLogger {
  info(message: string): void;
  warn(message: string): void;
}

export interface PublishParams {
  owner: string;
  repo: string;
  proposal: Proposal;
  decision: Decision;
  /** Default `gitops/`. */
  branchPrefix?: string;
  /** Base branch; default the repository's default branch (one more call). */
  base?: string;
  labels?: string[];
  reviewers?: string[];
  teamReviewers?: string[];
  draft?: boolean;
  /** Pull request title (cut to GitHub's 256 characters); default `gitops: deploy <service> (<application>) to <clusters>`. */
  title?: string;
  /** Link to the run, shown in the body. */
  runUrl?: string;
  /** The token and how far it may write workflows (checked before any write when the proposal holds a workflow). */
  token?: TokenInfo;
  /**
   * The commit the proposal was read from (the checkout's HEAD). When it is not the base's
   * head, the commit is compared with the base before the branch moves (one more call), so a
   * file the base gained since the checkout is never overwritten by a `create`.
   */
  checkoutSha?: string;
  log?: PublishLogger;
}

export interface PersonCommit {
  sha: string;
  author: string;
  message: string;
  files?: string[];
  /** GitHub did not list all its files (over 3,000): whether it touches the proposal's cannot be told. */
  uncounted?: boolean;
  /** It carries the action's trailer but is not the commit the action made (amended, rebased, cherry-picked, squashed). */
  carriesTrailer?: boolean;
}

export interface PublishResult {
  operation: 'created' | 'updated' | 'unchanged';
  outcome: ProposalOutcome;
  number?: number;
  url?: string;
  branch: string;
  commitSha?: string;
  halted?: { message: string; commits: PersonCommit[] };
  /** A person's commits on the branch that the proposal went on top of (or, unchanged, stayed under). */
  others?: PersonCommit[];
  /**
   * Branches of this proposal passed over because their pull requests were merged or closed
   * while the branch was kept (see retiredBranch): `branch` is the fresh one used instead.
   */
  retired?: RetiredBranch[];
}

export interface RetiredBranch {
  branch: string;
  /** Its pull requests, all merged or closed. */
  pullRequests: number[];
}

export function proposalBranch(proposal: Proposal, prefix = DEFAULT_BRANCH_PREFIX): string {
  return `${prefix}${proposal.request.application}/${proposal.request.service}`;
}

/**
 * How many branches of one proposal a run passes over (their pull requests merged or closed,
 * the branches kept) before it halts rather than make yet another.
 */
export const MAX_RETIRED_BRANCHES = 10;

/**
 * The proposal's `n`th branch: the first is proposalBranch, then `<branch>.2`, `<branch>.3`, ...
 * A service is a DNS label, which has no '.', so no other proposal's branch is named so.
 */
export function nthProposalBranch(first: string, n: number): string {
  return n <= 1 ? first : `${first}.${n}`;
}

export function proposalId(proposal: Proposal): string {
  return `${proposal.request.application}/${proposal.request.service}`;
}

/** Trailers that record what the action committed: a person's amend, rebase, cherry-pick or squash keeps the text but not the tree and parent. */
export const TREE_TRAILER = 'Gitops-Action-Tree';
export const PARENT_TRAILER = 'Gitops-Action-Parent';

/** The message of the commit with `tree` on `parent`: the proposal's trailer, and the tree and parent it is made of. */
export function commitMessage(proposal: Proposal, decision: Decision, tree: string, parent: string): string {
  const r = proposal.request;
  return [
    pullRequestTitle(proposal),
    '',
    `Image ${r.image}; ${proposal.files.length} file(s); policy: ${decision.allow ? 'allowed' : 'denied'} ` +
      `(${decision.evaluated.length} rules, ${decision.warnings.length} warnings, ${decision.waived.length} waived).`,
    '',
    `${PROPOSAL_TRAILER}: ${proposalId(proposal)}`,
    `${TREE_TRAILER}: ${tree}`,
    `${PARENT_TRAILER}: ${parent}`,
  ].join('\n');
}

/** Every value of a trailer `key` in a commit message. */
function trailerValues(message: string, key: string): string[] {
  return [...message.matchAll(new RegExp(`^${key}: *(\\S+) *$`, 'gm'))].map((m) => m[1]);
}

/** Whether a commit message carries the action's trailer. Not proof the commit is the action's: see isActionCommit. */
export function hasProposalTrailer(message: string): boolean {
  return trailerValues(message, PROPOSAL_TRAILER).length > 0;
}

/** What isActionCommit needs to know of a commit (as the compare API lists it). */
export interface CommitFacts {
  message: string;
  tree: string;
  parents: string[];
}

/**
 * Whether a commit is exactly one the action made for proposal `id`: its message names the
 * proposal once and records the tree and the single parent the action committed, and the
 * commit has that tree on that parent. The trailer alone proves nothing: `git commit --amend`,
 * a rebase, a cherry-pick or a squash keep the message while changing the content or where it
 * sits, and overwriting that would destroy a person's work. Only a commit whose content is,
 * byte for byte, what the action wrote on the parent it chose passes; anything else is a person's.
 */
export function isActionCommit(commit: CommitFacts, id?: string): boolean {
  const ids = trailerValues(commit.message, PROPOSAL_TRAILER);
  const trees = trailerValues(commit.message, TREE_TRAILER);
  const parents = trailerValues(commit.message, PARENT_TRAILER);
  if (ids.length !== 1 || trees.length !== 1 || parents.length !== 1) return false; // a squash of several, or none
  if (id !== undefined && ids[0] !== id) return false;
  return commit.tree === trees[0] && commit.parents.length === 1 && commit.parents[0] === parents[0];
}

interface CompareCommit {
  sha: string;
  commit: { message: string; tree: { sha: string }; author: { name?: string; email?: string } | null };
  author?: { login?: string } | null;
  parents?: Array<{ sha: string }>;
}

function factsOf(c: CompareCommit): CommitFacts {
  return { message: c.commit.message, tree: c.commit.tree.sha, parents: (c.parents ?? []).map((p) => p.sha) };
}

interface BranchState {
  baseSha: string;
  baseTree: string;
  exists: boolean;
  /** The branch exists but shares no history with base (GitHub's compare answers 404): its head. */
  unrelatedHead?: CompareCommit;
  headSha?: string;
  headTree?: string;
  /** Commits on the branch and not on base, oldest first. */
  ahead: CompareCommit[];
  behindBy: number;
  /** Files the branch changes against the merge base (GitHub lists at most 300). */
  branchFiles: Array<{ filename: string; status: string }>;
  /** GitHub listed fewer commits than the branch has ahead (more than 250). */
  truncated: boolean;
}

const noLog: PublishLogger = { info: () => undefined, warn: () => undefined };

export async function publishProposal(api: GitHubApi, params: PublishParams): Promise<PublishResult> {
  const r = await publishOnce(api, params);
  // A halt on the branch leaves its pull request open: the outputs name it, so that a workflow
  // can comment there (one more call, only on such a halt).
  if (r.outcome === 'halted' && !params.proposal.question && r.number === undefined) {
    try {
      const pr = await findOpenPull(api, { owner: params.owner, repo: params.repo }, params.owner, r.branch);
      if (pr) return { ...r, number: pr.number, url: pr.html_url };
    } catch {
      // The halt is the answer; a failed lookup only leaves the number out.
    }
  }
  return r;
}

async function publishOnce(api: GitHubApi, params: PublishParams): Promise<PublishResult> {
  const { owner, repo, proposal, decision } = params;
  const log = params.log ?? noLog;
  const prefix = params.branchPrefix ?? DEFAULT_BRANCH_PREFIX;
  const first = proposalBranch(proposal, prefix);
  let branch = first;
  if (!decision.allow) {
    return { operation: 'unchanged', outcome: 'denied', branch };
  }
  if (proposal.question) {
    return halt(branch, proposal.question);
  }
  if (proposal.files.length === 0) {
    return { operation: 'unchanged', outcome: 'unchanged', branch };
  }
  // Before any call: GitHub would refuse the name only when the ref is created, after the writes.
  assertBranchName(branch, prefix);
  const p = { owner, repo };
  const base =
    params.base ?? ((await api.request('GET /repos/{owner}/{repo}', p)).data as { default_branch: string }).default_branch;
  const title = params.title === undefined ? pullRequestTitle(proposal) : fitTitle(params.title);
  const id = proposalId(proposal);

  let commitSha: string | undefined;
  let committed = false;
  let branchIsNew = false;
  let checkedWorkflows = false;
  // GitHub said the branch exists although the compare did not find it: look it up on the next read.
  let refExisted = false;
  let others: PersonCommit[] = [];
  // The branch's head as last read (before this run's commit), when it existed.
  let readHead: string | undefined;
  // The branch's pull requests, when they were looked up before committing (see retiredBranch).
  let pulls: PullRequest[] | undefined;
  let generation = 1;
  const retired: RetiredBranch[] = [];
  for (let attempt = 0; ; attempt++) {
    if (attempt >= 3) {
      // Not a bug: someone (or another run) keeps pushing to it.
      throw new UserError(
        `The branch ${branch} moved ${attempt} times while the action updated it (pushes landing between its read and its update): nothing was pushed, and the commits pushed there are kept. Run the action again when the pushes have stopped.`,
      );
    }
    const state = await readBranch(api, p, base, branch, refExisted);
    readHead = state.headSha;
    others = [];
    if (state.unrelatedHead) {
      const head = personCommit(state.unrelatedHead);
      return halt(
        branch,
        `Halted: the branch ${branch} exists but shares no history with ${base} (it was pushed with another history, e.g. force-pushed from an unrelated commit); its head is ${describe(head)}. ` +
          `The action cannot tell a person's commits from its own there and never overwrites them: nothing was pushed. Delete or rename the branch (keep what you need from it), then run the action again.`,
        [head],
      );
    }
    if (state.exists && state.ahead.length > 0 && state.behindBy > 0 && pulls === undefined) {
      // The branch has commits base lacks, and base moved on: a squash or rebase merge of its
      // pull request leaves exactly that. Which it is, only its pull requests tell.
      pulls = await pullsOf(api, p, owner, branch);
      if (pulls.length > 0 && !pulls.some((pr) => pr.state === 'open')) {
        retired.push({ branch, pullRequests: pulls.map((pr) => pr.number) });
        if (generation >= MAX_RETIRED_BRANCHES) {
          return halt(
            branch,
            `Halted: the branches ${first} to ${branch} all belong to pull requests that were merged or closed, and were kept. Nothing was pushed. Delete those you no longer need, then run the action again.`,
          );
        }
        const next = nthProposalBranch(first, ++generation);
        log.warn(retiredMessage(branch, pulls, base, next));
        branch = next;
        pulls = undefined;
        refExisted = false;
        attempt = -1; // a fresh start on the new name (it may not exist: no pull request lookup then)
        continue;
      }
    }
    if (!checkedWorkflows && params.token) {
      // Before the first write, and after a response that may carry the token's scopes.
      assertCanWriteWorkflows(proposal, params.token, api.tokenScopes?.());
      checkedWorkflows = true;
    }

    let treeBase = state.baseTree;
    let parents = [state.baseSha];
    let dropped: string[] = [];
    if (state.exists) {
      const people = state.ahead.filter((c) => !isActionCommit(factsOf(c), id));
      if (state.ahead.length === 0) {
        // The branch holds nothing of its own (stale, or just created at base): start from base.
        treeBase = state.baseTree;
        parents = [state.baseSha];
      } else if (people.length === 0) {
        // Only the action's commits: the new commit goes on the head it read (a fast-forward), with
        // the proposal's files, and without the files an earlier proposal added that this one no
        // longer has. A base that moved on is not merged in: nothing changed means no commit.
        treeBase = state.headTree!;
        parents = [state.headSha!];
        const stale = await staleFiles(api, p, state, proposal, id);
        if (!stale) return halt(branch, unknownStale(branch));
        dropped = stale;
      } else if (state.truncated || people.length > MAX_PERSON_COMMITS) {
        return halt(
          branch,
          `Halted: the branch ${branch} has ${state.truncated ? 'more commits than GitHub lists in one comparison' : `${people.length} commits pushed by people`}; ` +
            `the action does not check that many and never overwrites a person's commits. Merge or close the pull request (and delete the branch), then run the action again.`,
          people.slice(0, MAX_PERSON_COMMITS).map(personCommit),
        );
      } else {
        const commits = await personCommits(api, p, people);
        const paths = new Set(proposal.files.map((f) => f.path));
        let clashing = commits.filter((c) => mayTouch(c, paths));
        if (clashing.length > 0) clashing = await netClashes(api, p, state, id, clashing, paths, log);
        if (clashing.length > 0) {
          const h = haltMessage(branch, clashing, paths);
          return halt(branch, h.message, h.commits);
        }
        log.info(
          `The branch ${branch} has ${commits.length} commit(s) by a person that do not touch the proposal's files: adding the proposal on top.`,
        );
        // Files an earlier proposal added that this one no longer has (a cluster dropped) go, as
        // without a person's commits, unless a person's commit touched them: their own files stay,
        // and a file of the action's that they edited halts rather than be deleted.
        const stale = await staleFiles(api, p, state, proposal, id);
        if (!stale) return halt(branch, unknownStale(branch), commits);
        const touched = stale.filter((f) => commits.some((c) => mayTouch(c, new Set([f]))));
        dropped = stale.filter((f) => !touched.includes(f));
        if (touched.length > 0) {
          // Not known to be the action's (a commit too large to list): each counts as edited by them.
          const ours = (await actionAdded(api, p, state, id)) ?? new Set(touched);
          const edited = touched.filter((f) => ours.has(f));
          if (edited.length > 0) {
            const who = commits.filter((c) => mayTouch(c, new Set(edited)));
            return halt(
              branch,
              `Halted: this proposal no longer has ${edited.join(', ')}, which an earlier run of the action added to the branch ${branch}, and a person's commit changed since (${who.map(describe).join('; ')}). ` +
                `The action never deletes a person's work. Remove those files on the branch yourself (or merge or close the pull request and delete the branch), then run the action again.`,
              who,
            );
          }
        }
        treeBase = state.headTree!;
        parents = [state.headSha!];
        others = commits;
      }
    }

    const tree = (
      await api.request('POST /repos/{owner}/{repo}/git/trees', {
        ...p,
        base_tree: treeBase,
        tree: treeEntries(proposal, dropped),
      })
    ).data as { sha: string };

    if (state.exists && tree.sha === state.headTree) {
      commitSha = state.headSha;
      break;
    }
    if (tree.sha === state.baseTree && (!state.exists || state.ahead.every((c) => isActionCommit(factsOf(c), id)))) {
      // The base already holds exactly these files (a merged proposal): nothing to propose.
      log.info(`The base branch ${base} already holds the proposal's files: nothing to commit.`);
      return { operation: 'unchanged', outcome: 'unchanged', branch };
    }
    const commit = (
      await api.request('POST /repos/{owner}/{repo}/git/commits', {
        ...p,
        message: commitMessage(proposal, decision, tree.sha, parents[0]),
        tree: tree.sha,
        parents,
      })
    ).data as { sha: string };
    if (params.checkoutSha !== state.baseSha) {
      // The proposal was read from another commit than the base's head (a dispatch from another
      // branch, an explicit `base`, a push to base meanwhile): what it creates may exist there now.
      // The compare must diff against base itself: the commit is on base only when base is its
      // parent. On a branch made from an older base, a probe commit of the same files on base's
      // head (never referenced) is compared instead (two more calls, only in this case).
      let onBase = commit.sha;
      if (parents[0] !== state.baseSha) {
        const probeTree = (await api.request('POST /repos/{owner}/{repo}/git/trees', { ...p, base_tree: state.baseTree, tree: treeEntries({ ...proposal, files: proposal.files.filter((f) => f.action !== 'delete') }, []) })).data as { sha: string };
        onBase = (await api.request('POST /repos/{owner}/{repo}/git/commits', { ...p, message: 'gitops-action: probe of the proposal on the base (never referenced)', tree: probeTree.sha, parents: [state.baseSha] })).data.sha as string;
      }
      const clobbered = await baseClobbers(api, p, state.baseSha, onBase, proposal, onBase === commit.sha ? dropped : []);
      // A chart folder the proposal creates that base now has (someone added a chart there): the
      // merge would mix the two charts. One read per chart the proposal creates, only in this case.
      if (!clobbered.length) {
        for (const f of proposal.files) {
          if (f.action !== 'create' || !/(^|\/)Chart\.yaml$/.test(f.path)) continue;
          const dir = f.path.replace(/\/?Chart\.yaml$/, '');
          if (!dir) continue;
          try {
            await api.request('GET /repos/{owner}/{repo}/contents/{path}', { ...p, path: dir, ref: state.baseSha });
            clobbered.push(`the folder ${dir}/ exists, where the proposal creates a chart`);
          } catch (err) {
            if (errorStatus(err) !== 404) throw err;
          }
        }
      }
      // A chart (or kustomization) the proposal keeps, which its new Application points at, that
      // base no longer has: the merge would add an Application of nothing. One read per kept chart.
      if (!clobbered.length) {
        for (const k of proposal.kept) {
          if (!/(^|\/)(Chart\.yaml|kustomization\.ya?ml|Kustomization)$/.test(k)) continue;
          try {
            await api.request('GET /repos/{owner}/{repo}/contents/{path}', { ...p, path: k, ref: state.baseSha });
          } catch (err) {
            if (errorStatus(err) !== 404) throw err;
            clobbered.push(`${k}, which the proposal keeps and points its Application at, no longer exists`);
          }
        }
      }
      if (clobbered.length) {
        const from = params.checkoutSha ? `the checkout ${params.checkoutSha.slice(0, 7)}` : 'the checkout (its commit is not known)';
        return halt(
          branch,
          `Halted: the base branch ${base} (${state.baseSha.slice(0, 7)}) is not what the proposal was read from (${from}), and on ${base} ${clobbered.join('; ')}. ` +
            `The action never overwrites or deletes an existing file: nothing was pushed. Run the action again on a checkout of ${base}'s head (actions/checkout with \`ref: ${base}\`), where it keeps those files.`,
        );
      }
    }
    try {
      if (state.exists) {
        await api.request('PATCH /repos/{owner}/{repo}/git/refs/{ref}', { ...p, ref: `heads/${branch}`, sha: commit.sha, force: false });
      } else {
        await api.request('POST /repos/{owner}/{repo}/git/refs', { ...p, ref: `refs/heads/${branch}`, sha: commit.sha });
        branchIsNew = attempt === 0;
      }
    } catch (err) {
      if (isWorkflowRefusal(err)) throw new WorkflowPermissionError(workflowFiles(proposal), `GitHub refused it (${errorMessage(err)})`);
      if (state.exists && (errorStatus(err) === 404 || isConcurrentRefChange(err, true)) && (await tagNamed(api, p, branch))) {
        // The compare found "the branch" because a tag has its name (git resolves a tag before a
        // branch), so there is no branch to move, and one made beside the tag would never be read.
        return halt(
          branch,
          `Halted: the repository has a tag named ${branch}, the proposal's branch name, and GitHub resolves that name to the tag (${(state.headSha ?? '').slice(0, 7)}), so the action cannot read or make the branch. Nothing was pushed. Delete or rename the tag (git push origin :refs/tags/${branch}), or set another \`branch-prefix\`, then run the action again.`,
        );
      }
      if (isConcurrentRefChange(err, state.exists)) {
        if (!state.exists) refExisted = true;
        log.warn(
          state.exists
            ? `The branch ${branch} moved after it was read (${errorMessage(err)}); reading it again.`
            : `GitHub says the branch ${branch} exists (${errorMessage(err)}), though comparing it with ${base} did not find it: created meanwhile, or with no history in common with ${base}; reading it again.`,
        );
        continue;
      }
      if (errorStatus(err) === 422) {
        // Not a race (a name GitHub does not take, a repository rule): reading again would not help.
        const clash = !state.exists && /reference update failed/i.test(githubMessage(err)) ? await enclosingBranch(api, p, branch) : undefined;
        throw new GitHubRefusalError(
          422,
          githubMessage(err),
          `${state.exists ? 'update' : 'create'} the branch ${branch}`,
          clash
            ? `The repository has a branch ${clash}, and git cannot hold both ${clash} and ${branch} (a branch name cannot also be a folder of branches). ` +
                `No branch was made. Rename or delete the branch ${clash}, or set another \`branch-prefix\`, then run the action again.`
            : undefined,
        );
      }
      throw err;
    }
    commitSha = commit.sha;
    committed = true;
    break;
  }

  // The pull request. A branch this run created cannot have one open yet: skip the lookup.
  try {
    const open = pulls?.find((pr) => pr.state === 'open');
    const result = await openOrUpdatePull(api, params, { branch, base, title, branchIsNew, committed, commitSha, readHead, id, log, open });
    return { ...result, ...(others.length ? { others } : {}), ...(retired.length ? { retired } : {}) };
  } catch (err) {
    withPublished(err, { branch, commitSha });
    throw withLeft(err, `The branch ${branch} holds the proposal${commitSha ? ` (commit ${commitSha.slice(0, 7)})` : ''}; a new run opens or updates its pull request.`);
  }
}

async function openOrUpdatePull(
  api: GitHubApi,
  params: PublishParams,
  s: {
    branch: string;
    base: string;
    title: string;
    branchIsNew: boolean;
    committed: boolean;
    commitSha?: string;
    /** The branch's head when this run read it, before its commit. */
    readHead?: string;
    id: string;
    log: PublishLogger;
    open?: PullRequest;
  },
): Promise<PublishResult> {
  const { owner, repo, proposal, decision } = params;
  const { branch, base, title, branchIsNew, committed, commitSha, log } = s;
  const p = { owner, repo };
  // The pull request's title and description are rewritten unless another run of the action
  // put a newer proposal on the branch after this run's commit: that run describes the branch.
  const update = async (pr: PullRequest): Promise<boolean> => {
    const later = await laterProposalCommit(api, p, pr, commitSha, s.readHead, s.id);
    if (!later) return updatePull(api, p, pr, proposal, decision, title, params);
    log.warn(
      `The branch ${branch} moved on after this run's commit ${commitSha!.slice(0, 7)}: another run of the action put its proposal on top (${later.slice(0, 7)}), ` +
        `so the title and description of pull request #${pr.number} are left as that run wrote them, not rewritten with this run's older proposal.`,
    );
    return false;
  };
  // Its open pull request, when it was already looked up this run (one call fewer).
  let pr: PullRequest | undefined = branchIsNew ? undefined : (s.open ?? (await findOpenPull(api, p, owner, branch)));
  let operation: PublishResult['operation'];
  if (!pr) {
    try {
      pr = (
        await api.request('POST /repos/{owner}/{repo}/pulls', {
          ...p,
          title,
          head: branch,
          base,
          body: buildPullRequestBody(proposal, decision, undefined, { runUrl: params.runUrl }),
          draft: params.draft ?? false,
          maintainer_can_modify: true,
        })
      ).data as PullRequest;
      operation = 'created';
      await decorate(api, p, pr.number, params, log);
    } catch (err) {
      if (errorStatus(err) !== 422 || !/already exists/i.test(errorMessage(err))) throw err;
      log.warn(`A pull request for ${branch} was opened meanwhile; updating it.`);
      pr = await findOpenPull(api, p, owner, branch);
      if (!pr) throw err;
      operation = (await update(pr)) || committed ? 'updated' : 'unchanged';
      // Opened during this run: by this very create when its answer was lost and the retry met the
      // 422, by another run, or by a person. It is new all the same, so it gets what it lacks of the
      // labels and reviewers (none asked twice of a pull request that has them).
      await decorate(api, p, pr.number, lacking(params, pr), log);
    }
  } else {
    operation = (await update(pr)) || committed ? 'updated' : 'unchanged';
  }
  if (pr.base?.ref && pr.base.ref !== base) {
    // An open pull request keeps the base it was opened on: `base` changed since. Retargeting it
    // would show (and merge) every commit between the two bases, so it is left to a person.
    log.warn(
      `Pull request #${pr.number} (${pr.html_url}) targets ${pr.base.ref}, not ${base} (input 'base'): it was ${operation === 'unchanged' ? 'left' : 'updated'} with its base as it is. ` +
        `To merge the proposal into ${base}, change the pull request's base on GitHub, or close it and run the action again.`,
    );
  }
  return {
    operation,
    outcome: operation === 'unchanged' ? 'unchanged' : 'allowed',
    number: pr.number,
    url: pr.html_url,
    branch,
    commitSha,
  };
}

/** The tree entries of a proposal: its files inline, its deletions and the files it no longer has (`dropped`) as removals. */
function treeEntries(proposal: Proposal, dropped: string[]): Array<Record<string, unknown>> {
  return [
    ...proposal.files.map((f) =>
      f.action === 'delete' ? { path: f.path, mode: '100644', type: 'blob', sha: null } : { path: f.path, mode: '100644', type: 'blob', content: f.content },
    ),
    ...dropped.map((path) => ({ path, mode: '100644', type: 'blob', sha: null })),
  ];
}

/**
 * What the new commit would do to files of the base: a proposal `create` (or `modify`) of a
 * path the base holds with other content, or a delete of one the base holds. One compare of
 * the base with the commit: GitHub lists what differs from their merge base (at most 300
 * files; beyond that a path it does not list cannot be told apart from an unchanged one, and
 * counts as a clash).
 */
async function baseClobbers(api: GitHubApi, p: { owner: string; repo: string }, baseSha: string, commitSha: string, proposal: Proposal, dropped: string[]): Promise<string[]> {
  const cmp = (await api.request('GET /repos/{owner}/{repo}/compare/{basehead}', { ...p, basehead: `${baseSha}...${commitSha}` })).data as {
    files?: Array<{ filename: string; status: string; previous_filename?: string }>;
  };
  const files = cmp.files ?? [];
  const status = new Map(files.map((f) => [f.filename, f.status]));
  const capped = files.length >= 300;
  const out: string[] = [];
  for (const f of proposal.files) {
    const st = status.get(f.path);
    if (f.action === 'delete') {
      if (st === 'removed') out.push(`${f.path} exists, which the proposal would delete`);
    } else if (st !== undefined && st !== 'added') out.push(`${f.path} exists with other content (${st} by the proposal)`);
    else if (st === undefined && capped) out.push(`${f.path} cannot be checked (GitHub lists 300 changed files at most)`);
  }
  for (const d of dropped) if (status.get(d) === 'removed') out.push(`${d} exists, which the proposal would delete`);
  return out;
}

/**
 * Whether a 422 on moving the branch means someone else moved it since it was read: GitHub
 * answers "Reference already exists" when a concurrent run created it, "Update is not a fast
 * forward" when a push landed, "Reference does not exist" when it was deleted. Any other 422
 * (an invalid name, a rule violation) is a refusal, not a race.
 */
function isConcurrentRefChange(err: unknown, existed: boolean): boolean {
  if (errorStatus(err) !== 422) return false;
  const message = githubMessage(err);
  return existed ? /fast[- ]forward|does not exist/i.test(message) : /already exists/i.test(message);
}


interface PullRequest {
  number: number;
  html_url: string;
  title: string;
  body: string | null;
  state?: 'open' | 'closed';
  merged_at?: string | null;
  head?: { sha?: string };
  base?: { ref?: string };
  labels?: Array<string | { name?: string }>;
  requested_reviewers?: Array<{ login: string }> | null;
  requested_teams?: Array<{ slug: string }> | null;
}

/**
 * A branch whose name is a leading folder of `branch` (`gitops/shop` for `gitops/shop/payments`):
 * git keeps refs as paths, so GitHub refuses to create the branch, saying only "Reference update
 * failed". One read per folder, only after that refusal.
 */
async function enclosingBranch(api: GitHubApi, p: { owner: string; repo: string }, branch: string): Promise<string | undefined> {
  const parts = branch.split('/');
  for (let i = 1; i < parts.length; i++) {
    const name = parts.slice(0, i).join('/');
    try {
      const ref = (await api.request('GET /repos/{owner}/{repo}/git/ref/{ref}', { ...p, ref: `heads/${name}` })).data as { ref?: string };
      if (ref.ref === `refs/heads/${name}`) return name;
    } catch (err) {
      if (errorStatus(err) !== 404) return undefined;
    }
  }
  return undefined;
}

/** Whether a tag `name` exists (one read, only when moving "the branch" found no branch). */
async function tagNamed(api: GitHubApi, p: { owner: string; repo: string }, name: string): Promise<boolean> {
  try {
    await api.request('GET /repos/{owner}/{repo}/git/ref/{ref}', { ...p, ref: `tags/${name}` });
    return true;
  } catch (err) {
    if (errorStatus(err) === 404) return false;
    throw err;
  }
}

/** Every pull request whose head is `branch` (open, merged and closed: a branch has a handful). */
async function pullsOf(api: GitHubApi, p: { owner: string; repo: string }, owner: string, branch: string): Promise<PullRequest[]> {
  return (await api.request('GET /repos/{owner}/{repo}/pulls', { ...p, head: `${owner}:${branch}`, state: 'all', per_page: 100 })).data as PullRequest[];
}

/**
 * Why a kept branch is passed over. Its commits are not on base (a squash or rebase merge
 * copies them), so a commit on top would conflict with base where both add the same files;
 * moving it back to base would need a force push, which the REST API cannot make conditional
 * on the head the action read, and a push landing in between would be lost. A fresh branch
 * loses nothing: the old one stays exactly as it is, whoever pushed to it.
 */
function retiredMessage(branch: string, pulls: PullRequest[], base: string, next: string): string {
  const which = pulls.map((pr) => `#${pr.number}, which was ${pr.merged_at ? 'merged' : 'closed without merging'}`).join('; ');
  return (
    `The branch ${branch} belongs to pull request ${which}, and was kept; its commits are not on ${base}, so a new commit there would conflict with ${base}. ` +
    `The proposal goes to a fresh branch ${next} made from ${base}'s head; ${branch} is left as it is (delete it when you no longer need it).`
  );
}

/**
 * The branch against base, from one compare. A 404 means no branch (or no base: the next call
 * says which), except for a branch with no history in common with base, which GitHub's compare
 * also answers 404: after a create that GitHub refused with "already exists" (`refExisted`),
 * the ref is looked up, so that such a branch halts instead of being taken for a race.
 */
async function readBranch(api: GitHubApi, p: { owner: string; repo: string }, base: string, branch: string, refExisted = false): Promise<BranchState> {
  try {
    const cmp = (await api.request('GET /repos/{owner}/{repo}/compare/{basehead}', { ...p, basehead: `${base}...${branch}` }))
      .data as {
      base_commit: CompareCommit;
      merge_base_commit: CompareCommit;
      commits: CompareCommit[];
      behind_by: number;
      total_commits: number;
      files?: Array<{ filename: string; status: string }>;
    };
    const head = cmp.commits.length ? cmp.commits[cmp.commits.length - 1] : cmp.merge_base_commit;
    return {
      baseSha: cmp.base_commit.sha,
      baseTree: cmp.base_commit.commit.tree.sha,
      exists: true,
      headSha: head.sha,
      headTree: head.commit.tree.sha,
      ahead: cmp.commits,
      behindBy: cmp.behind_by,
      branchFiles: cmp.files ?? [],
      truncated: cmp.total_commits > cmp.commits.length,
    };
  } catch (err) {
    if (errorStatus(err) !== 404) throw err;
  }
  // No such branch (or no such base: the next call says which). Read as refs/heads/<base>: a
  // tag or a commit sha resolves too as a bare name, but GitHub refuses a pull request onto
  // anything but a branch, and only after the branch would have been pushed.
  let baseCommit: CompareCommit;
  try {
    baseCommit = (await api.request('GET /repos/{owner}/{repo}/commits/{ref}', { ...p, ref: `refs/heads/${base}` })).data as CompareCommit;
  } catch (err) {
    const s = errorStatus(err);
    if (s === 404 || s === 422) {
      throw new UserError(
        `Input 'base': the branch '${base}' does not exist in ${p.owner}/${p.repo} (a pull request's base must be a branch, not a tag or a commit; or the token cannot read the repository: GitHub answers 404 for both). Nothing was pushed.`,
      );
    }
    throw err;
  }
  if (refExisted) {
    try {
      const head = (await api.request('GET /repos/{owner}/{repo}/commits/{ref}', { ...p, ref: `refs/heads/${branch}` })).data as CompareCommit;
      return { baseSha: baseCommit.sha, baseTree: baseCommit.commit.tree.sha, exists: true, unrelatedHead: head, ahead: [], behindBy: 0, branchFiles: [], truncated: false };
    } catch (err) {
      if (errorStatus(err) !== 404 && errorStatus(err) !== 422) throw err;
    }
  }
  return { baseSha: baseCommit.sha, baseTree: baseCommit.commit.tree.sha, exists: false, ahead: [], behindBy: 0, branchFiles: [], truncated: false };
}

/**
 * GitHub lists 300 of a commit's files without paging (GET /commits/{ref}); past that, pages
 * of `per_page` (at most 100) up to 3,000 files in all.
 */
const COMMIT_FILES_UNPAGED = 300;
const COMMIT_FILES_PER_PAGE = 100;
const COMMIT_FILES_MAX = 3000;

type CommitFile = { filename: string; status: string; previous_filename?: string };

/**
 * A commit's files: 300 unpaged; for a commit of 300 or more, the pages after those, 100 at a
 * time. `complete` is false when GitHub's last page (3,000 files) is full, or a page adds
 * nothing new (a server that ignores the paging).
 */
async function commitFiles(api: GitHubApi, p: { owner: string; repo: string }, sha: string): Promise<{ files: CommitFile[]; complete: boolean }> {
  const seen = new Map<string, CommitFile>();
  const add = (d: { files?: CommitFile[] }) => {
    for (const f of d.files ?? []) seen.set(f.filename, f);
    return (d.files ?? []).length;
  };
  const get = async (q: Record<string, number>) => (await api.request('GET /repos/{owner}/{repo}/commits/{ref}', { ...p, ref: sha, ...q })).data as { files?: CommitFile[] };
  if (add(await get({})) < COMMIT_FILES_UNPAGED) return { files: [...seen.values()], complete: true };
  for (let page = COMMIT_FILES_UNPAGED / COMMIT_FILES_PER_PAGE + 1; ; page++) {
    const before = seen.size;
    const n = add(await get({ per_page: COMMIT_FILES_PER_PAGE, page }));
    if (n < COMMIT_FILES_PER_PAGE) return { files: [...seen.values()], complete: true };
    if (seen.size === before || page * COMMIT_FILES_PER_PAGE >= COMMIT_FILES_MAX) return { files: [...seen.values()], complete: false };
  }
}

async function personCommits(api: GitHubApi, p: { owner: string; repo: string }, people: CompareCommit[]): Promise<PersonCommit[]> {
  const out: PersonCommit[] = [];
  for (const c of people) {
    const listed = await commitFiles(api, p, c.sha);
    const files = new Set<string>();
    for (const f of listed.files) {
      files.add(f.filename);
      if (f.previous_filename) files.add(f.previous_filename);
    }
    out.push({ ...personCommit(c), files: [...files], ...(listed.complete ? {} : { uncounted: true }) });
  }
  return out;
}

/** Whether a person's commit changes one of `paths`, or may (its files were not all listed). */
function mayTouch(c: PersonCommit, paths: Set<string>): boolean {
  return Boolean(c.uncounted || c.files?.some((f) => paths.has(f)));
}

/**
 * The files the branch adds that the proposal no longer has (an earlier proposal's, or a
 * person's): from the compare, or, when the compare lists 300 files (GitHub's cap), from the
 * action's own commits, read one by one. Undefined when even those cannot all be listed.
 */
async function staleFiles(api: GitHubApi, p: { owner: string; repo: string }, state: BranchState, proposal: Proposal, id: string): Promise<string[] | undefined> {
  const proposed = new Set(proposal.files.map((f) => f.path));
  if (state.branchFiles.length < COMMIT_FILES_UNPAGED) return state.branchFiles.filter((f) => f.status === 'added' && !proposed.has(f.filename)).map((f) => f.filename);
  const added = await actionAdded(api, p, state, id);
  return added && [...added].filter((f) => !proposed.has(f)).sort();
}

/**
 * The files the action's own commits on the branch added and did not remove again, reading
 * each of them in order. Undefined when one cannot be listed in full, or past
 * MAX_PERSON_COMMITS of them: then what is the action's is not known.
 */
async function actionAdded(api: GitHubApi, p: { owner: string; repo: string }, state: BranchState, id: string): Promise<Set<string> | undefined> {
  const ours = state.ahead.filter((c) => isActionCommit(factsOf(c), id));
  if (ours.length > MAX_PERSON_COMMITS) return undefined;
  const out = new Set<string>();
  for (const c of ours) {
    const listed = await commitFiles(api, p, c.sha);
    if (!listed.complete) return undefined;
    for (const f of listed.files) {
      if (f.status === 'removed') out.delete(f.filename);
      else if (f.status === 'added' || f.status === 'renamed') {
        if (f.previous_filename) out.delete(f.previous_filename);
        out.add(f.filename);
      }
    }
  }
  return out;
}

/**
 * The commits of `clashing` whose changes to the proposal's files still stand. A person who
 * edited a proposal file after the action's last commit and then reverted it left nothing to
 * overwrite: when every clashing commit came after that commit, one compare of it with the
 * head says which files changed since; a clashing commit counts only through those. A commit
 * before the action's last one (a file the proposal now also writes) always counts.
 */
async function netClashes(
  api: GitHubApi,
  p: { owner: string; repo: string },
  state: BranchState,
  id: string,
  clashing: PersonCommit[],
  paths: Set<string>,
  log: PublishLogger,
): Promise<PersonCommit[]> {
  let last = -1;
  state.ahead.forEach((c, i) => {
    if (isActionCommit(factsOf(c), id)) last = i;
  });
  if (last < 0) return clashing;
  const after = new Set(state.ahead.slice(last + 1).map((c) => c.sha));
  if (!clashing.every((c) => after.has(c.sha))) return clashing;
  const cmp = (await api.request('GET /repos/{owner}/{repo}/compare/{basehead}', { ...p, basehead: `${state.ahead[last].sha}...${state.headSha}` })).data as {
    files?: Array<{ filename: string; previous_filename?: string }>;
  };
  const files = cmp.files ?? [];
  if (files.length >= 300) return clashing; // GitHub lists 300 at most: what it leaves out cannot be told unchanged
  const changed = new Set(files.flatMap((f) => (f.previous_filename ? [f.filename, f.previous_filename] : [f.filename])));
  const standing = clashing.filter((c) => (c.uncounted ? [...paths].some((f) => changed.has(f)) : c.files?.some((f) => paths.has(f) && changed.has(f))));
  if (standing.length === 0) {
    log.info(`The person's commits on the branch that touched the proposal's files (${clashing.map((c) => c.sha.slice(0, 7)).join(', ')}) leave them as the action's last commit had them: adding the proposal on top, their commits stay.`);
  }
  return standing;
}

/** The halt when the files an earlier proposal added cannot all be listed, so those it no longer has cannot be removed. */
function unknownStale(branch: string): string {
  return `Halted: the branch ${branch} changes more files than GitHub lists (300 in a comparison, 3,000 in a commit), so the action cannot tell which files an earlier proposal added that this one no longer has (a cluster dropped), and leaving them would deploy what the request no longer asks for. Nothing was pushed. Merge or close the pull request (and delete the branch), then run the action again.`;
}

/** A run that publishes nothing and asks the engineer (the `question` output), naming the commits it is about. */
function halt(branch: string, message: string, commits: PersonCommit[] = []): PublishResult {
  return { operation: 'unchanged', outcome: 'halted', branch, halted: { message, commits } };
}

function personCommit(c: CompareCommit): PersonCommit {
  return {
    sha: c.sha,
    author: c.commit.author?.name ?? c.author?.login ?? 'unknown',
    message: c.commit.message.split('\n')[0],
    ...(hasProposalTrailer(c.commit.message) ? { carriesTrailer: true } : {}),
  };
}

/** "abc1234 by Alice ("msg")", saying why a commit with the action's trailer counts as a person's. */
function describe(c: PersonCommit): string {
  const why = c.carriesTrailer ? `, which carries the action's trailer but is not the commit the action made: amended, rebased, cherry-picked or squashed` : '';
  return `${c.sha.slice(0, 7)} by ${c.author} ("${c.message}"${why})`;
}

function haltMessage(branch: string, commits: PersonCommit[], paths: Set<string>): { message: string; commits: PersonCommit[] } {
  const list = commits
    .map((c) => {
      const touched = (c.files ?? []).filter((f) => paths.has(f));
      if (!c.uncounted) return `${describe(c)} touching ${touched.join(', ')}`;
      return `${describe(c)}, which changes more files than GitHub lists (${COMMIT_FILES_MAX.toLocaleString('en-US')}), so the action cannot tell that it leaves the proposal's files alone${touched.length ? ` (it touches ${touched.join(', ')})` : ''}`;
    })
    .join('; ');
  return {
    message:
      `Halted: the branch ${branch} has commits pushed by a person that change files this proposal writes: ${list}. ` +
      `The action never overwrites a person's commits. Merge or close the pull request (and delete the branch), ` +
      `or revert those changes on the branch (so that the files are as the action's last commit left them), then run the action again.`,
    commits,
  };
}

async function findOpenPull(api: GitHubApi, p: { owner: string; repo: string }, owner: string, branch: string): Promise<PullRequest | undefined> {
  const list = (await api.request('GET /repos/{owner}/{repo}/pulls', { ...p, head: `${owner}:${branch}`, state: 'open', per_page: 10 }))
    .data as PullRequest[];
  return list[0];
}

/**
 * The last commit of another run of the action for proposal `id` on the branch after `ours`, as
 * the pull request's head (GitHub keeps `head.sha` at the branch's head) shows it. None when the
 * head is `ours`, or the head this run read before its commit (the pull request listed before
 * the commit, or GitHub not caught up yet): no call then. A person's commits on top are not
 * another run's proposal: the description stays this run's.
 */
async function laterProposalCommit(
  api: GitHubApi,
  p: { owner: string; repo: string },
  pr: PullRequest,
  ours: string | undefined,
  readHead: string | undefined,
  id: string,
): Promise<string | undefined> {
  const head = pr.head?.sha;
  if (!head || !ours || head === ours || head === readHead) return undefined;
  let cmp: { status: string; commits: CompareCommit[] };
  try {
    cmp = (await api.request('GET /repos/{owner}/{repo}/compare/{basehead}', { ...p, basehead: `${ours}...${head}` })).data as typeof cmp;
  } catch (err) {
    if (errorStatus(err) === 404) return undefined; // the head is gone (the branch deleted meanwhile): nothing newer to defer to
    throw err;
  }
  if (cmp.status !== 'ahead') return undefined;
  return cmp.commits.filter((c) => isActionCommit(factsOf(c), id)).pop()?.sha;
}

/** Rewrites the owned part of the body (and the title) when they differ; true when it patched. */
async function updatePull(
  api: GitHubApi,
  p: { owner: string; repo: string },
  pr: PullRequest,
  proposal: Proposal,
  decision: Decision,
  title: string,
  params: PublishParams,
): Promise<boolean> {
  const body = buildPullRequestBody(proposal, decision, pr.body, { runUrl: params.runUrl });
  if (body === (pr.body ?? '') && title === pr.title) return false;
  await api.request('PATCH /repos/{owner}/{repo}/pulls/{pull_number}', { ...p, pull_number: pr.number, title, body });
  return true;
}

/** The labels and reviewers of `params` that the pull request does not have yet (GitHub lists them with it). */
function lacking(params: PublishParams, pr: PullRequest): PublishParams {
  const labels = new Set((pr.labels ?? []).map((l) => (typeof l === 'string' ? l : l.name)));
  const users = new Set((pr.requested_reviewers ?? []).map((u) => u.login.toLowerCase()));
  const teams = new Set((pr.requested_teams ?? []).map((t) => t.slug.toLowerCase()));
  return {
    ...params,
    labels: params.labels?.filter((l) => !labels.has(l)),
    reviewers: params.reviewers?.filter((u) => !users.has(u.toLowerCase())),
    teamReviewers: params.teamReviewers?.filter((t) => !teams.has(t.toLowerCase())),
  };
}

/** Labels and reviewers on a new pull request. A refusal (unknown reviewer, no permission) is a warning, not a failure. */
async function decorate(api: GitHubApi, p: { owner: string; repo: string }, number: number, params: PublishParams, log: PublishLogger): Promise<void> {
  if (params.labels?.length) {
    try {
      await api.request('POST /repos/{owner}/{repo}/issues/{issue_number}/labels', { ...p, issue_number: number, labels: params.labels });
    } catch (err) {
      log.warn(`Could not add labels ${params.labels.join(', ')} to pull request #${number}: ${errorMessage(err)}`);
    }
  }
  const users = params.reviewers ?? [];
  const teams = params.teamReviewers ?? [];
  if (users.length || teams.length) {
    try {
      await api.request('POST /repos/{owner}/{repo}/pulls/{pull_number}/requested_reviewers', { ...p, pull_number: number, reviewers: users, team_reviewers: teams });
    } catch (err) {
      // GitHub refuses the whole request for one login it cannot request (not a collaborator, a
      // typo, the author): with more than one, each is asked alone, so the others still are.
      if (errorStatus(err) !== 422 || users.length + teams.length < 2) {
        log.warn(`Could not request reviewers on pull request #${number}: ${errorMessage(err)}`);
        return;
      }
      const refused: string[] = [];
      for (const [who, body] of [...users.map((u) => [u, { reviewers: [u] }] as const), ...teams.map((t) => [`team ${t}`, { team_reviewers: [t] }] as const)]) {
        try {
          await api.request('POST /repos/{owner}/{repo}/pulls/{pull_number}/requested_reviewers', { ...p, pull_number: number, ...body });
        } catch (e) {
          refused.push(`${who} (${githubMessage(e)})`);
        }
      }
      const rest = refused.length === users.length + teams.length ? 'None was requested.' : 'The others were requested.';
      log.warn(`Could not request ${refused.length === 1 ? 'this reviewer' : 'these reviewers'} on pull request #${number}: ${refused.join('; ')}. ${rest}`);
    }
  }
}
