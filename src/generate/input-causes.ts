import type { Decision, PolicyItem } from '../policy/types.js';
import type { GenerateInputName } from './inputs.js';
import type { Proposal } from './types.js';

/**
 * Names the input behind a denial of a file generation creates. The policies judge files, the
 * same in validate and generate, so their messages speak of `targetRevision`, `spec.replicas`
 * or a PodDisruptionBudget "switched off in values.yaml"; the engineer who ran generate did not
 * write those files and can only change the inputs. An item about a kept file (the engineer's
 * own) is left as it is: no input produced it.
 */
export function nameDenyingInputs(decision: Decision, proposal: Proposal): Decision {
  const created = new Set(proposal.files.filter((f) => f.action === 'create').map((f) => f.path));
  const targets = proposal.targets ?? [];
  const apps = new Set(targets.map((t) => t.appFile).filter((p) => created.has(p)));
  const inChart = (path: string) => created.has(path) && targets.some((t) => path.startsWith(`${t.chartDir}/`));
  const req = proposal.request;
  const given = new Set(req.given ?? ['port', 'replicas', 'namespace', 'target-revision']);
  const last = (i: PolicyItem) => (i.field && i.field.length ? i.field[i.field.length - 1] : undefined);

  const cause = (i: PolicyItem): { input: GenerateInputName; hint: string } | undefined => {
    if (i.rule_id === 'PRD-004' && apps.has(i.path) && last(i) === 'targetRevision') {
      return {
        input: 'target-revision',
        hint: `${given.has('target-revision') ? `the input target-revision is '${req.targetRevision}'` : `the input target-revision was not given, so it is '${req.targetRevision}'`}: run again with target-revision set to a semver tag (e.g. v1.2.3) or a commit SHA`,
      };
    }
    if (i.rule_id === 'PRD-001' && inChart(i.path) && last(i) === 'replicas') {
      return { input: 'replicas', hint: `the input replicas is ${req.replicas}: run again with replicas 2 or more, or without the production cluster(s)` };
    }
    // The generated PodDisruptionBudget is on with two replicas or more (chart.ts): with one
    // replica it would block every node drain, so replicas is what switched it off.
    if (i.rule_id === 'PRD-002' && inChart(i.path) && req.replicas < 2) {
      return { input: 'replicas', hint: `the generated PodDisruptionBudget is on only with two replicas or more, and the input replicas is ${req.replicas}: run again with replicas 2 or more` };
    }
    if (i.rule_id === 'CON-005' && apps.has(i.path) && last(i) === 'namespace') {
      return {
        input: 'namespace',
        hint: `${given.has('namespace') ? `the input namespace is '${req.namespace}'` : `the input namespace was not given, so it is the application's name '${req.namespace}'`}: run again with namespace set to one that is not protected`,
      };
    }
    return undefined;
  };
  const name = (i: PolicyItem): PolicyItem => {
    const c = cause(i);
    return c ? { ...i, input: c.input, message: `${i.message} (${c.hint})` } : i;
  };
  return { ...decision, denials: decision.denials.map(name), warnings: decision.warnings.map(name), waived: decision.waived.map(name) };
}
