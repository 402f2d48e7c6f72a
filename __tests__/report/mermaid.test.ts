import { escapeMermaid } from '../../src/report/escape.js';
import { renderMermaid } from '../../src/report/mermaid.js';
import type { Finding } from '../../src/validate/types.js';
import { HOSTILE, app, findings, hostileModel, largeModel, model, smallModel } from '../../__fixtures__/report/data.js';

// At least one character: Mermaid refuses `id[""]` and then renders no graph at all.
const LABEL = String.raw`(?:[A-Za-z0-9 _.,/+=-]|#\d+;|<br/>)+`;
const ID = '[a-z]+\\d*';
const NODE = new RegExp(`^  (${ID})(?:\\["(${LABEL})"\\]|\\(\\["(${LABEL})"\\]\\)|\\[\\("(${LABEL})"\\)\\])$`);
const EDGE = new RegExp(`^  (${ID}) (?:-->|-\\.->) (${ID})$`);
const CLASSDEF = /^ {2}classDef [a-z]+ [a-z:#0-9,-]+(?: [0-9]+)?$/;
const CLASS = new RegExp(`^  class ${ID}(?:,${ID})* [a-z]+$`);

interface Parsed {
  nodes: Map<string, string>;
  edges: [string, string][];
  classes: Map<string, string[]>;
}

/** Parse the graph with a strict grammar: any line outside it fails the test. */
function parse(src: string): Parsed {
  const lines = src.trimEnd().split('\n');
  expect(lines[0]).toBe('flowchart LR');
  const out: Parsed = { nodes: new Map(), edges: [], classes: new Map() };
  for (const line of lines.slice(1)) {
    let m: RegExpExecArray | null;
    if ((m = NODE.exec(line))) {
      expect(out.nodes.has(m[1]!)).toBe(false);
      out.nodes.set(m[1]!, m[2] ?? m[3] ?? m[4]!);
    } else if ((m = EDGE.exec(line))) out.edges.push([m[1]!, m[2]!]);
    else if ((m = CLASS.exec(line))) {
      const [, ids, cls] = /^ {2}class (\S+) (\S+)$/.exec(line)!;
      out.classes.set(cls!, ids!.split(','));
    } else if (!CLASSDEF.test(line)) throw new Error(`line outside the grammar: ${JSON.stringify(line)}`);
  }
  for (const [from, to] of out.edges) {
    expect(out.nodes.has(from)).toBe(true);
    expect(out.nodes.has(to)).toBe(true);
  }
  return out;
}

/** What Mermaid shows for a label: entity codes decoded, <br/> as a line break. */
function decode(label: string): string {
  return label.replace(/#(\d+);/g, (_, n: string) => String.fromCodePoint(Number(n))).replace(/<br\/>/g, '\n');
}

function labels(p: Parsed): string[] {
  return [...p.nodes.values()].map(decode);
}

const err = (file: string, severity: Finding['severity'] = 'error'): Finding => ({
  ruleId: 'r',
  severity,
  file,
  line: 1,
  column: 1,
  message: 'm',
  hint: '',
});

describe('renderMermaid, small repo', () => {
  const m = smallModel();
  const g = parse(renderMermaid(m, findings));

  it('draws root → cluster → Application → chart', () => {
    expect(labels(g)).toEqual([
      'App of Apps\nargo-apps/',
      'prod',
      'cart-prod',
      'gitops/shop/prod/cart',
      'orders-prod',
      'gitops/shop/prod/orders (no chart)',
      'staging',
      'cart-staging',
      'gitops/shop/staging/cart',
      'redis-staging',
      'redis 19.0.1 (Helm repo)',
    ]);
    const label = (id: string) => decode(g.nodes.get(id)!);
    const edges = g.edges.map(([a, b]) => `${label(a)} -> ${label(b)}`);
    expect(edges).toContain('App of Apps\nargo-apps/ -> prod');
    expect(edges).toContain('prod -> orders-prod');
    expect(edges).toContain('orders-prod -> gitops/shop/prod/orders (no chart)');
    expect(edges).toContain('staging -> redis-staging');
    expect(g.edges).toHaveLength(10);
  });

  it('marks errors red, warnings amber, missing charts dashed', () => {
    const names = (cls: string) => (g.classes.get(cls) ?? []).map((id) => decode(g.nodes.get(id)!));
    expect(names('err')).toEqual(['prod', 'cart-prod', 'orders-prod']);
    expect(names('warn')).toEqual(['staging', 'cart-staging']);
    expect(names('missing')).toEqual(['gitops/shop/prod/orders (no chart)']);
  });

  it('a source path that does not exist is dashed and says missing, not a plain directory', () => {
    const m = model([app('prod', 'cart', { kind: 'directory', path: 'gitops/shop/prod/cart-typo', missing: true })], []);
    const p = parse(renderMermaid(m, [err('argo-apps/argo-apps-prod/cart-application.yaml')]));
    const missing = (p.classes.get('missing') ?? []).map((id) => decode(p.nodes.get(id)!));
    expect(missing).toEqual(['gitops/shop/prod/cart-typo (missing)']);
    expect(labels(p)).not.toContain('gitops/shop/prod/cart-typo (directory)');
  });

  it('draws a chart shared by two Applications once, and marks a chart whose files have errors', () => {
    const shared = model([app('prod', 'cart'), { ...app('prod', 'cart'), name: 'cart-canary', file: 'argo-apps/argo-apps-prod/cart-canary-application.yaml' }], []);
    shared.charts = [{ dir: 'gitops/shop/prod/cart' }];
    const p = parse(renderMermaid(shared, [err('gitops/shop/prod/cart/templates/deployment.yaml')]));
    expect(labels(p).filter((l) => l === 'gitops/shop/prod/cart')).toHaveLength(1);
    // chart error propagates to both apps and the cluster
    expect((p.classes.get('err') ?? []).map((id) => decode(p.nodes.get(id)!)).sort()).toEqual(
      ['cart-canary', 'cart-prod', 'gitops/shop/prod/cart', 'prod'].sort(),
    );
  });

  it('says so when there are no Applications', () => {
    expect(labels(parse(renderMermaid(model([], []), [])))).toEqual(['App of Apps\nargo-apps/', 'no Applications found']);
  });
});

describe('renderMermaid escaping', () => {
  const m = hostileModel();
  const src = renderMermaid(m, [err(m.applications[4]!.file)], 100);

  it('keeps every line inside a strict grammar (no name can add a statement, class, click or fence)', () => {
    const g = parse(src);
    expect(g.nodes.size).toBe(1 + 2 + HOSTILE.length * 2);
    expect(src).not.toContain('```');
    expect(src).not.toContain('<script');
    expect(src).not.toMatch(/^\s*click/m);
    expect(src).not.toContain(':::');
  });

  it('shows each hostile name intact once decoded (newlines as spaces)', () => {
    const shown = labels(parse(src));
    for (const name of HOSTILE) expect(shown).toContain(name.replace(/\n/g, ' '));
    expect(shown).toContain('prod"]:::x');
    expect(shown).toContain('staging|x');
    expect(shown).toContain('gitops/shop/<script>alert(1)</script> (no chart)');
  });

  it('never draws an empty label: a name of control characters or blanks falls back to the file', () => {
    const bell = { ...app('prod', 'cart'), name: '\u0007', service: undefined };
    const blank = { ...app('staging', 'cart'), name: ' \t ' };
    const odd = app('\u0001', 'web');
    const findingsOf = [err(bell.file), err(blank.file), err(odd.file)];
    // Full graph, and the cut-down one (clusters with counts, then the failing Applications).
    for (const limit of [40, 7]) {
      const shown = labels(parse(renderMermaid(model([bell, blank, odd], []), findingsOf, limit)));
      expect(shown).toContain(bell.file);
      expect(shown.some((l) => l.startsWith(blank.file))).toBe(true);
      // The cluster folder `argo-apps-\u0001` has nothing to show: a non-breaking space, not `[""]`.
      if (limit === 40) expect(shown).toContain('\u00a0');
    }
  });

  it('escapeMermaid encodes everything outside the safe set and truncates long labels', () => {
    expect(escapeMermaid('a"b')).toBe('a#34;b');
    expect(escapeMermaid('#;')).toBe('#35;#59;');
    expect(escapeMermaid('x\r\ny')).toBe('x y');
    expect(escapeMermaid('é')).toBe('#233;');
    expect(escapeMermaid('x'.repeat(100), 10)).toBe(`${'x'.repeat(9)}#8230;`);
  });
});

describe('renderMermaid, large repo cut-down', () => {
  const big = largeModel(3, 104); // 312 apps, 312 charts
  const failing = [big.applications[5]!.file, big.applications[200]!.file];
  const g = parse(renderMermaid(big, failing.map((f) => err(f))));

  it('collapses to root → clusters with counts and keeps failing Applications', () => {
    expect(g.nodes.size).toBeLessThanOrEqual(40);
    expect(labels(g)).toEqual([
      'App of Apps\nargo-apps/',
      'cluster00\n104 apps, 1 with errors',
      'cluster01\n104 apps, 1 with errors',
      'cluster02\n104 apps',
      'svc005-cluster00',
      'svc096-cluster01',
    ]);
    expect((g.classes.get('err') ?? []).map((id) => decode(g.nodes.get(id)!).split('\n')[0])).toEqual([
      'cluster00',
      'cluster01',
      'svc005-cluster00',
      'svc096-cluster01',
    ]);
  });

  it('respects the limit when many Applications fail, with a "+N more" node', () => {
    const p = parse(renderMermaid(big, big.applications.slice(0, 100).map((a) => err(a.file)), 20));
    expect(p.nodes.size).toBe(20);
    const shown = labels(p);
    expect(shown).toContain('+85 more apps with errors');
    expect(shown.filter((l) => /^svc\d+-cluster00$/.test(l))).toHaveLength(15);
  });

  it('stays within the limit when the clusters alone fill it (their labels count the failing apps)', () => {
    const full = largeModel(39, 2);
    const p = parse(renderMermaid(full, full.applications.map((a) => err(a.file)), 40));
    expect(p.nodes.size).toBeLessThanOrEqual(40);
    expect(labels(p)).toContain('cluster00\n2 apps, 2 with errors');
  });

  it('folds clusters beyond the limit into one node, clusters with errors first', () => {
    const many = largeModel(60, 2);
    const p = parse(renderMermaid(many, [err(many.applications[119]!.file)], 40));
    expect(p.nodes.size).toBe(40);
    const shown = labels(p);
    expect(shown[1]).toBe('cluster59\n2 apps, 1 with errors');
    expect(shown).toContain('+22 more clusters\n44 apps');
  });

  it('draws the full graph when it fits the limit exactly', () => {
    const fits = largeModel(1, 19); // 1 + 1 + 19 + 19 = 40
    expect(parse(renderMermaid(fits, [], 40)).nodes.size).toBe(40);
    expect(parse(renderMermaid(fits, [], 39)).nodes.size).toBe(2);
  });
});
