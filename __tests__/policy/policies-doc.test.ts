/** Every citation of the shipped policy points at a section of POLICIES.md that exists. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadGate } from '../../src/policy/gate.js';
import { buildPolicyInput } from '../../src/policy/input.js';
import { GATE_CITATION, ORG_CITATION } from '../../src/policy/gate.js';
import { WAIVERS_CITATION } from '../../src/policy/waivers.js';
import { NOW, PLATFORM, emptyRepo, proposal } from '../../__fixtures__/policy/proposal.js';
import { ROOT, SHIPPED_WASM } from '../../__fixtures__/policy/opa.js';

/** GitHub's heading anchors: lower case, punctuation dropped, spaces to hyphens. */
function anchors(md: string): Set<string> {
  const out = new Set<string>();
  for (const line of md.split('\n')) {
    const m = /^#{1,6}\s+(.*)$/.exec(line);
    if (m) out.add(m[1].trim().toLowerCase().replace(/[^\p{L}\p{N}\s_-]/gu, '').replace(/\s/g, '-'));
  }
  return out;
}

test('every rule has a POLICIES.md section', async () => {
  const md = readFileSync(join(ROOT, 'POLICIES.md'), 'utf8');
  const known = anchors(md);
  const gate = await loadGate({ wasmPath: SHIPPED_WASM, root: ROOT, pathEnv: '', policyDir: '__fixtures__/does-not-exist' });
  const d = gate.evaluate(buildPolicyInput(proposal(), { config: { packs: ['security-baseline', 'production'], repoUrl: PLATFORM }, repo: emptyRepo(), now: NOW }));
  expect(d.evaluated.length).toBe(19);
  const citations = [...d.evaluated.map((e) => e.citation), GATE_CITATION, ORG_CITATION, WAIVERS_CITATION];
  for (const c of citations) {
    const [base, anchor] = c.split('#');
    expect(base).toBe('https://github.com/trustacks/gitops-action/blob/v1/POLICIES.md');
    expect({ citation: c, found: known.has(anchor) }).toEqual({ citation: c, found: true });
  }
  for (const e of d.evaluated) expect(md).toContain(`### ${e.rule_id}: ${e.title}`);
});
