import { K8S_YAML_TAGS } from '../../src/repo/k8s-yaml.js';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { parseAllDocuments, stringify } from 'yaml';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { buildPolicyInput, buildRepoPolicyInput, detemplate, isTemplate, parseForPolicy, quickDocuments, rfc3339 } from '../../src/policy/input.js';
import { decisionToFindings } from '../../src/policy/findings.js';
import { directivesByLine } from '../../src/policy/values-path.js';
import { loadGate } from '../../src/policy/gate.js';
import { APP, DEPLOY, NOW, PLATFORM, deployment, emptyRepo, proposal } from '../../__fixtures__/policy/proposal.js';
import { SHIPPED_WASM } from '../../__fixtures__/policy/opa.js';
import type { RepoModel } from '../../src/repo/types.js';
import { validateRepo } from '../../src/validate/engine.js';

describe('template-tolerant parse', () => {
  test('keeps the line count and marks blocks that come from values', () => {
    const out = detemplate(deployment);
    expect(out.split('\n')).toHaveLength(deployment.split('\n').length);
    const doc = parseForPolicy(DEPLOY, deployment);
    expect(doc).toMatchObject({ parsed: true, templated: true });
    const d = doc.documents[0] as any;
    expect(d.metadata.name).toBe('TEMPLATED');
    expect(d.metadata.labels).toEqual({ __templated__: '{{- include "cart.labels" . | nindent 4 }}' });
    // one directive printing one .Values path is the whole value: marked with that path, as a block is
    // (printed as bare text, not toYaml: __inline__, the rendered line is read as YAML again)
    expect(d.spec.replicas).toEqual({ __templated__: '{{ .Values.replicaCount }}', __values__: ['replicaCount'], __inline__: true });
    const c = d.spec.template.spec.containers[0];
    expect(c.image).toBe('TEMPLATED:TEMPLATED');
    expect(c.securityContext).toEqual({ __templated__: '{{- toYaml .Values.securityContext | nindent 12 }}', __values__: ['securityContext'] });
    expect(c.ports[0].containerPort).toEqual({ __templated__: '{{ .Values.service.port }}', __values__: ['service', 'port'], __inline__: true });
  });

  test('a scalar that is one directive printing one .Values path is marked with the path; any other stays TEMPLATED', () => {
    const t = [
      'hostNetwork: {{ .Values.hostNetwork }}',
      'hostPID: {{ $.Values.host.pid }}   # a comment',
      '{{- with .Values.sec }}',
      'privileged: {{ .privileged }}',
      '{{- end }}',
      'hostIPC: {{ .Values.ipc | default false }}',
      'quoted: "{{ .Values.q }}"',
      'helper: {{ include "x" . }}',
      'two: {{ .Values.a }}{{ .Values.b }}',
      'ports:',
      '  - hostPort: {{ .Values.hostPort }}',
      'serialised: {{ toYaml .Values.s }}',
    ].join('\n');
    const out = detemplate(t);
    expect(out.split('\n')).toHaveLength(t.split('\n').length);
    const m = (directive: string, values: string[]) => ({ __templated__: directive, __values__: values, __inline__: true });
    expect(parseForPolicy('c/templates/x.yaml', t).documents[0]).toEqual({
      hostNetwork: m('{{ .Values.hostNetwork }}', ['hostNetwork']),
      hostPID: m('{{ $.Values.host.pid }}', ['host', 'pid']),
      privileged: m('{{ .privileged }}', ['sec', 'privileged']),
      hostIPC: 'TEMPLATED',
      quoted: 'TEMPLATED',
      helper: 'TEMPLATED',
      two: 'TEMPLATEDTEMPLATED',
      ports: [{ hostPort: m('{{ .Values.hostPort }}', ['hostPort']) }],
      // toYaml quotes a string: not printed as bare text
      serialised: { __templated__: '{{ toYaml .Values.s }}', __values__: ['s'] },
    });
  });

  test('control directives vanish; with/range blocks keep their body', () => {
    const t = '{{- with .Values.nodeSelector }}\nnodeSelector:\n  {{- toYaml . | nindent 2 }}\n{{- end }}\n{{- range .Values.x }}\nitem: {{ . }}\n{{- end }}\n';
    expect(parseForPolicy('c/templates/x.yaml', t).documents[0]).toEqual({ nodeSelector: { __templated__: '{{- toYaml . | nindent 2 }}', __values__: ['nodeSelector'] }, item: 'TEMPLATED' });
  });

  test('a line that only prints among the literal keys of a mapping is kept as a key of its own (__printed__<line>), at the column nindent gives it', () => {
    const t = [
      'spec:', // 1
      '  securityContext:',
      '    {{- toYaml .Values.pod | nindent 4 }}',
      '    runAsUser: 1000',
      '  containers:', // 5
      '    - name: c',
      '      securityContext:',
      '        runAsNonRoot: true',
      '        {{- include "x.extra" . | nindent 8 }}',
      '        {{- with .Values.x }}{{ toYaml . | nindent 8 }}{{ end }}', // 10
      '      resources:',
      '      {{- toYaml .Values.resources | nindent 8 }}',
      '    {{- include "x.sidecars" . | nindent 4 }}',
      '  {{- include "x.pullSecrets" . | nindent 2 }}',
      '---', // 15
      '{{ include "x.document" . }}',
    ].join('\n');
    expect(detemplate(t).split('\n')).toHaveLength(t.split('\n').length);
    const p = parseForPolicy('c/templates/x.yaml', t);
    expect(p.parsed).toBe(true);
    const b = (directive: string, values?: string[]) => ({ __templated__: directive, ...(values ? { __values__: values } : {}) });
    expect(p.documents).toEqual([
      {
        spec: {
          securityContext: { __printed__3: b('{{- toYaml .Values.pod | nindent 4 }}', ['pod']), runAsUser: 1000 },
          containers: [
            {
              name: 'c',
              securityContext: {
                runAsNonRoot: true,
                __printed__9: b('{{- include "x.extra" . | nindent 8 }}'),
                __printed__10: b('{{- with .Values.x }}{{ toYaml . | nindent 8 }}{{ end }}', ['x']),
              },
              // the line is at the key's column, but nindent renders it below the key: the block form
              resources: b('{{- toYaml .Values.resources | nindent 8 }}', ['resources']),
            },
            // line 13, at the column of a list's items rather than of a mapping's keys: left out, as before
          ],
          __printed__14: b('{{- include "x.pullSecrets" . | nindent 2 }}'),
        },
      },
      null,
    ]);
  });

  describe('the .Values path a templated block is printed from (__values__)', () => {
    /** The container securityContext block of a template whose directive line is `directive`, with `before` and `after` around the Deployment. */
    const block = (directive: string, before = '', after = '') => {
      const t = `${before}apiVersion: apps/v1\nkind: Deployment\nspec:\n  template:\n    spec:\n      containers:\n        - name: c\n          securityContext:\n            ${directive}\n${after}`;
      const out = detemplate(t);
      expect(out.split('\n')).toHaveLength(t.split('\n').length);
      const p = parseForPolicy('c/templates/deployment.yaml', t);
      expect(p.parsed).toBe(true);
      return (p.documents[0] as any).spec.template.spec.containers[0].securityContext;
    };
    test.each([
      ['{{- toYaml .Values.hardening | nindent 12 }}', ['hardening']],
      ['{{ toYaml .Values.app.security.container | indent 12 }}', ['app', 'security', 'container']],
      ['{{- .Values.hardening | toYaml | nindent 12 -}}', ['hardening']],
      ['{{- toYaml $.Values.hardening | nindent 12 }}', ['hardening']],
      ['{{- toYaml (.Values.hardening) | nindent 12 }}', ['hardening']],
      ['{{- toJson .Values.hardening }}', ['hardening']],
      ['{{- toYaml .Values.hardening }}', ['hardening']],
    ])('%s reads %j', (directive, path) => {
      expect(block(directive)).toEqual({ __templated__: directive, __values__: path });
    });

    test('inside {{- with .Values.x }}, the dot is x, through nested with and their else', () => {
      expect(block('{{- toYaml . | nindent 12 }}', '{{- with .Values.hardening }}\n', '{{- end }}\n')).toMatchObject({ __values__: ['hardening'] });
      expect(block('{{- toYaml .container | nindent 12 }}', '{{- with .Values.security }}\n', '{{- end }}\n')).toMatchObject({ __values__: ['security', 'container'] });
      expect(block('{{- toYaml . | nindent 12 }}', '{{- with .Values.a }}\n{{- with .b }}\n', '{{- end }}\n{{- end }}\n')).toMatchObject({ __values__: ['a', 'b'] });
      expect(block('{{- toYaml $.Values.z | nindent 12 }}', '{{- range .Values.list }}\n', '{{- end }}\n')).toMatchObject({ __values__: ['z'] });
      // the else of a with sees the dot around it; an if keeps it
      expect(block('{{- toYaml .Values.b | nindent 12 }}', '{{- with .Values.a }}\nx: 1\n{{- else }}\n', '{{- end }}\n')).toMatchObject({ __values__: ['b'] });
      expect(block('{{- toYaml . | nindent 12 }}', '{{- with .Values.a }}\n{{- if .enabled }}\n', '{{- end }}\n{{- end }}\n')).toMatchObject({ __values__: ['a'] });
      // a directive over two lines before it is followed too (the template itself is then unparsed: CON-009)
      const lines = directivesByLine('{{- with\n  .Values.hardening }}\na:\n  {{- toYaml . | nindent 2 }}\n{{- end }}\n');
      expect(lines.get(3)).toEqual([{ text: '{{- toYaml . | nindent 2 }}', inner: 'toYaml . | nindent 2', dot: ['hardening'] }]);
    });

    test('a with on the same line as the directive', () => {
      expect(block('{{- with .Values.hardening }}{{ toYaml . | nindent 12 }}{{ end }}')).toEqual({
        __templated__: '{{- with .Values.hardening }}{{ toYaml . | nindent 12 }}{{ end }}',
        __values__: ['hardening'],
      });
    });

    test.each([
      ['a helper', '{{- include "svc.securityContext" . | nindent 12 }}'],
      ['a default', '{{- toYaml (.Values.a | default .Values.b) | nindent 12 }}'],
      ['another function in the pipeline', '{{- toYaml .Values.a | trim | nindent 12 }}'],
      ['no serialiser', '{{ .Values.a }}'],
      ['two serialisers', '{{ toYaml .Values.a | toYaml }}'],
      ['a key with a hyphen', '{{- toYaml (index .Values "hard-ening") | nindent 12 }}'],
      ['tpl', '{{- tpl (toYaml .Values.a) . | nindent 12 }}'],
      ['a variable', '{{- toYaml $sc | nindent 12 }}'],
      ['the whole of .Values', '{{- toYaml .Values | nindent 12 }}'],
      ['two printing directives', '{{ toYaml .Values.a }}{{ toYaml .Values.b }}'],
      ['.Chart, not .Values', '{{- toYaml .Chart.Annotations | nindent 12 }}'],
    ])('%s: no path, the block is only marked', (_what, directive) => {
      expect(block(directive)).toEqual({ __templated__: directive });
    });

    test('an unknown dot gives no path: range, define, a with of a helper, an end with no block', () => {
      expect(block('{{- toYaml . | nindent 12 }}', '{{- range .Values.list }}\n', '{{- end }}\n')).toEqual({ __templated__: '{{- toYaml . | nindent 12 }}' });
      expect(block('{{- toYaml .Values.a | nindent 12 }}', '{{- range .Values.list }}\n', '{{- end }}\n')).toEqual({ __templated__: '{{- toYaml .Values.a | nindent 12 }}' });
      expect(block('{{- toYaml . | nindent 12 }}', '{{- with include "x" . }}\n', '{{- end }}\n')).toEqual({ __templated__: '{{- toYaml . | nindent 12 }}' });
      expect(block('{{- toYaml .Values.a | nindent 12 }}', '{{- end }}\n')).toEqual({ __templated__: '{{- toYaml .Values.a | nindent 12 }}' });
      // at the root, the dot is not a values path
      expect(block('{{- toYaml . | nindent 12 }}')).toEqual({ __templated__: '{{- toYaml . | nindent 12 }}' });
    });
  });

  test('if/else branches that repeat a key still parse (last wins)', () => {
    const t = 'a:\n{{- if .Values.x }}\n  b: 1\n{{- else }}\n  b: 2\n{{- end }}\n';
    expect(parseForPolicy('c/templates/x.yaml', t)).toMatchObject({ parsed: true, documents: [{ a: { b: 2 } }] });
  });

  test('plain YAML is parsed strictly; non-YAML files are not parsed', () => {
    expect(parseForPolicy('a/values.yaml', 'a: 1\na: 2\n')).toMatchObject({ parsed: false, templated: false });
    expect(parseForPolicy('a/values.yaml', 'a: [1\n').error).toBeDefined();
    expect(parseForPolicy('README.md', '# hi')).toMatchObject({ parsed: false, documents: [] });
  });

  test('empty documents keep their index', () => {
    expect(parseForPolicy('a.yaml', 'a: 1\n---\n---\nkind: X\n').documents).toEqual([{ a: 1 }, null, { kind: 'X' }]);
  });
});

describe('buildPolicyInput', () => {
  test('the documented shape', () => {
    const input = buildPolicyInput(proposal(), {
      config: { packs: ['production'], repoUrl: PLATFORM, protectedNamespaces: ['vault'] },
      repo: emptyRepo(['b', 'a']),
      now: new Date('2026-11-26T12:00:00.456Z'),
    });
    expect(input.mode).toBe('proposal');
    expect(input.now).toBe('2026-11-26T12:00:00Z');
    expect(input.event).toEqual({ name: 'generate' });
    expect(input.config).toEqual({
      repo_url: PLATFORM,
      apps_dir: 'argo-apps',
      charts_dir: 'gitops',
      protected_namespaces: ['kube-system', 'kube-public', 'kube-node-lease', 'vault'],
      controller_namespace: 'argocd',
      production_clusters: ['prod', 'prod-*', '*-prod', 'production', 'production-*', '*-production'],
    });
    expect(input.repo.files).toEqual(['a', 'b']);
    const app = input.files.find((f) => f.path === APP)!;
    expect(app).toMatchObject({ action: 'create', parsed: true, templated: false });
    expect(app.content).toContain('kind: Application');
    expect(rfc3339(new Date(0))).toBe('1970-01-01T00:00:00Z');
    expect(input.targets).toBeUndefined();
  });

  test("targets: the cluster, service and application generation determined for each cluster's files", () => {
    const p = { ...proposal(), targets: [{ cluster: 'prod', service: 'cart', application: 'shop', appFile: 'argo-apps/prod/cart.yaml', chartDir: 'gitops/prod/shop/cart' }] };
    const input = buildPolicyInput(p, { config: { packs: [], repoUrl: PLATFORM }, repo: emptyRepo(), now: NOW });
    expect(input.targets).toEqual([{ app_file: 'argo-apps/prod/cart.yaml', chart_dir: 'gitops/prod/shop/cart', cluster: 'prod', service: 'cart', application: 'shop' }]);
  });
});

describe('validate mode: the existing repo as findings', () => {
  test('denials become error findings at the offending line', async () => {
    const root = mkdtempSync(join(tmpdir(), 'policy-repo-'));
    const files: Record<string, string> = {
      'argo-apps/argo-apps-prod/cart-application.yaml':
        'apiVersion: argoproj.io/v1alpha1\nkind: Application\nmetadata:\n  name: cart\nspec:\n  source:\n    repoURL: https://github.com/acme/platform\n    path: gitops/shop/prod/cart\n    targetRevision: v1.0.0\n  destination:\n    namespace: kube-system\n',
      'gitops/shop/prod/cart/Chart.yaml': 'apiVersion: v2\nname: cart\nversion: 0.1.0\n',
      'gitops/shop/prod/cart/templates/deploy.yaml': deployment.replace(/image: .*/, 'image: nginx'),
      'gitops/shop/prod/cart/values.yaml': 'replicaCount: 2\n',
    };
    for (const [p, c] of Object.entries(files)) {
      mkdirSync(dirname(join(root, p)), { recursive: true });
      writeFileSync(join(root, p), c);
    }
    const repo: RepoModel = { root, appsDir: 'argo-apps', chartsDir: 'gitops', files: new Set(Object.keys(files)), applications: [], charts: [], skipped: [] };
    const input = await buildRepoPolicyInput({ config: { packs: [], repoUrl: PLATFORM }, repo, now: NOW });
    expect(input.mode).toBe('repo');
    expect(input.files.every((f) => f.action === 'existing')).toBe(true);
    const gate = await loadGate({ wasmPath: SHIPPED_WASM, root, pathEnv: '' });
    const decision = gate.evaluate(input);
    const findings = decisionToFindings(decision, input);
    const ns = findings.find((f) => f.ruleId === 'CON-005')!;
    expect(ns).toMatchObject({ severity: 'error', file: 'argo-apps/argo-apps-prod/cart-application.yaml', line: 11, column: 5 });
    // A policy's message is bounded as a rule's is (it may quote a 30,000-character name).
    const long = decisionToFindings({ ...decision, denials: decision.denials.map((d) => ({ ...d, message: `${d.message} ${'x'.repeat(30_000)}` })) }, input);
    expect(Math.max(...long.map((f) => f.message.length))).toBeLessThan(2100);
    expect(ns.hint).toContain('POLICIES.md#con-005');
    const img = findings.find((f) => f.ruleId === 'CON-008')!;
    expect(img.file).toBe('gitops/shop/prod/cart/templates/deploy.yaml');
    expect(img.line).toBe(deployment.split('\n').findIndex((l) => l.includes('image:')) + 1);
    // read-and-preserve and allowed roots do not apply to what already exists
    expect(findings.map((f) => f.ruleId)).not.toContain('CON-002');
  });
});

describe('quickDocuments (js-yaml) reads what the yaml library reads', () => {
  const viaYamlLib = (text: string, uniqueKeys = true, k8s = false): unknown => {
    const list = parseAllDocuments(text, { prettyErrors: false, uniqueKeys, ...(k8s ? { schema: 'failsafe' as const, customTags: K8S_YAML_TAGS, merge: true } : {}) });
    const docs = Array.isArray(list) ? list : [list];
    return docs.some((d) => d.errors.length) ? 'refused' : docs.map((d) => (d.toJS({ maxAliasCount: 100 }) as unknown) ?? null);
  };
  const cases = [
    '',
    '# only a comment\n',
    '---\n',
    '---\na: 1\n---\n',
    'a: 1\n---\n# comment\n---\nb: 2\n',
    '--- # c\nx: [1, 2, {y: null}]\n...\n',
    'n: ~\nt: true\nf: False\ni: 0o17\nh: 0x1F\ne: 1.5e3\ninf: .inf\nd: 2024-01-01\ny: yes\non: on\ns: "quoted"\n',
    'block: |\n  line one\n    indented\nfolded: >-\n  a\n  b\n',
    '- a\n- b: [c]\n',
    'k: v\nk: w\n', // a duplicate key: refused by both, so the yaml library decides
    'a: [\n', // a syntax error: likewise
  ];
  test.each(cases)('%j', (text) => {
    for (const k8s of [false, true]) {
      const quick = quickDocuments(text, false, k8s);
      const lib = viaYamlLib(text, true, k8s);
      // Undefined: the yaml library decides (a refusal, or a file with an empty document).
      if (quick !== undefined) expect(quick).toEqual(lib);
      else if (!/^(|# only a comment\n|---\n|---\na: 1\n---\n|a: 1\n---\n# comment\n---\nb: 2\n)$/.test(text)) expect(lib).toBe('refused');
    }
  });

  test('chart and Application files are read as the cluster and Helm read them (go-yaml v2); workflow files as GitHub does', () => {
    expect(parseForPolicy('gitops/shop/prod/cart/values.yaml', 'pdb:\n  enabled: no\nmode: 0755\n').documents).toEqual([{ pdb: { enabled: false }, mode: 493 }]);
    expect(parseForPolicy('.github/workflows/ci.yaml', 'on: push\nname: no\n').documents).toEqual([{ on: 'push', name: 'no' }]);
  });

  test('the example repo and every fixture file, templates included: the same documents', () => {
    const roots = (process.env.QUICK_DOCS_ROOTS ?? 'examples,__fixtures__').split(',');
    let compared = 0;
    let templates = 0;
    const walk = (d: string): void => {
      for (const e of readdirSync(d, { withFileTypes: true })) {
        const p = join(d, e.name);
        if (e.isDirectory()) walk(p);
        else if (/\.ya?ml$/.test(e.name)) {
          const raw = readFileSync(p, 'utf8');
          const templated = isTemplate(p, raw);
          const text = templated ? detemplate(raw) : raw;
          const k8s = !/(^|\/)\.github\//.test(p);
          const quick = quickDocuments(text, templated, k8s);
          if (quick === undefined) continue; // the yaml library decides
          expect([p, quick]).toEqual([p, viaYamlLib(text, !templated, k8s)]);
          compared++;
          if (templated) templates++;
        }
      }
    };
    for (const r of roots) walk(r);
    expect(compared).toBeGreaterThan(50);
    expect(templates).toBeGreaterThan(10);
  });

  test('a file with anchors is left to the yaml library (it bounds alias expansion)', () => {
    expect(quickDocuments('a: &x [1]\nb: *x\n')).toBeUndefined();
  });
});

test('parseForPolicy: a wide alias bomb under the alias count (99 aliases of a 20,000-entry anchor) is unparsed, not copied out into the input', () => {
  const wide = `p: &p [${Array.from({ length: 20000 }, (_, i) => `{n: p${i}}`).join(', ')}]\npad: [${Array(99).fill('*p').join(', ')}]\n`;
  const p = parseForPolicy('gitops/shop/prod/cart/values.yaml', wide);
  expect(p).toMatchObject({ parsed: false, documents: [] });
  expect(p.error).toMatch(/document 1 expands to more than 1,000,000 nodes/);
  // A block shared a few times is read as before.
  expect(parseForPolicy('gitops/shop/prod/cart/values.yaml', 'c: &c {cpu: 1}\na: *c\nb: *c\n')).toMatchObject({ parsed: true, documents: [{ c: { cpu: 1 }, a: { cpu: 1 }, b: { cpu: 1 } }] });
});

test('parseForPolicy: a file nested past the limit is unparsed (so the policy cannot allow it), never handed to the yaml library', () => {
  for (const text of [`a: ${'['.repeat(5000)}\n`, `a: &x 1\nb: ${'['.repeat(5000)}\n`]) {
    const p = parseForPolicy('gitops/shop/prod/cart/values.yaml', text);
    expect(p.parsed).toBe(false);
    expect(p.error).toMatch(/nest more than 200 levels deep/);
  }
});

describe('validate mode: `.json` Applications are read as the YAML ones are', () => {
  // The Application of the fixture, into a protected namespace (CON-005), as YAML and as JSON.
  const appDoc = (name: string, path: string, namespace = 'kube-system') => ({
    apiVersion: 'argoproj.io/v1alpha1',
    kind: 'Application',
    metadata: { name, namespace: 'argocd' },
    spec: { project: 'default', source: { repoURL: PLATFORM, path, targetRevision: 'v1.0.0' }, destination: { server: 'https://kubernetes.default.svc', namespace } },
  });
  const chart = (dir: string) => ({
    [`${dir}/Chart.yaml`]: 'apiVersion: v2\nname: x\nversion: 0.1.0\n',
    [`${dir}/values.yaml`]: 'replicaCount: 2\n',
    [`${dir}/templates/cm.yaml`]: 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: x\n',
  });
  const YAML_APP = 'argo-apps/argo-apps-prod/cart-application.yaml';
  const JSON_APP = 'argo-apps/argo-apps-prod/pay-application.json';

  async function repoWith(files: Record<string, string>) {
    const root = mkdtempSync(join(tmpdir(), 'policy-json-'));
    for (const [p, c] of Object.entries(files)) {
      mkdirSync(dirname(join(root, p)), { recursive: true });
      writeFileSync(join(root, p), c);
    }
    // The model validate builds: the policy reads what validate walked.
    return (await validateRepo(root, { repoUrl: PLATFORM })).model;
  }

  test('a JSON Application is parsed like the same Application in YAML, and its denial lands on its line', async () => {
    const json = `${JSON.stringify(appDoc('pay', 'gitops/shop/prod/pay'), null, 2)}\n`;
    const repo = await repoWith({
      [YAML_APP]: stringify(appDoc('cart', 'gitops/shop/prod/cart')),
      [JSON_APP]: json,
      ...chart('gitops/shop/prod/cart'),
      ...chart('gitops/shop/prod/pay'),
      // Helm's, not an Application: validate leaves it unread, and so does the policy.
      'gitops/shop/prod/pay/values.schema.json': '{"type": "object"}\n',
    });
    const input = await buildRepoPolicyInput({ config: { packs: [], repoUrl: PLATFORM }, repo, now: NOW });
    const entry = input.files.find((f) => f.path === JSON_APP)!;
    expect(entry).toMatchObject({ action: 'existing', parsed: true, templated: false, content: json });
    expect(entry.documents).toEqual([appDoc('pay', 'gitops/shop/prod/pay')]);
    expect(input.files.find((f) => f.path === YAML_APP)!.documents).toEqual([appDoc('cart', 'gitops/shop/prod/cart')]);
    expect(input.files.map((f) => f.path)).not.toContain('gitops/shop/prod/pay/values.schema.json');

    const gate = await loadGate({ wasmPath: SHIPPED_WASM, root: repo.root, pathEnv: '' });
    const findings = decisionToFindings(gate.evaluate(input), input).filter((f) => f.ruleId === 'CON-005');
    const nsLine = json.split('\n').findIndex((l) => l.includes('"kube-system"')) + 1;
    expect(findings).toEqual([
      expect.objectContaining({ file: YAML_APP, severity: 'error' }),
      expect.objectContaining({ file: JSON_APP, severity: 'error', line: nsLine, column: 7 }),
    ]);
  });

  test('the same bounds as YAML: too deep, too large, templated, broken', async () => {
    const ok = (name: string) => JSON.stringify(appDoc(name, `gitops/shop/prod/${name}`, 'shop'));
    const repo = await repoWith({
      'argo-apps/argo-apps-prod/deep-application.json': `{"a": ${'['.repeat(300)}${']'.repeat(300)}}\n`,
      'argo-apps/argo-apps-prod/big-application.json': `{"a": "${'x'.repeat(2 * 1024 * 1024)}"}\n`,
      'argo-apps/argo-apps-prod/tpl-application.json': ok('tpl').replace('"v1.0.0"', '"{{ .Values.revision }}"'),
      'argo-apps/argo-apps-prod/dup-application.json': ok('dup').replace('"kind":"Application"', '"kind":"Application","kind":"Application"'),
      ...chart('gitops/shop/prod/tpl'),
      ...chart('gitops/shop/prod/dup'),
    });
    const input = await buildRepoPolicyInput({ config: { packs: [], repoUrl: PLATFORM }, repo, now: NOW });
    const at = (n: string) => input.files.find((f) => f.path === `argo-apps/argo-apps-prod/${n}-application.json`)!;
    expect(at('deep')).toMatchObject({ parsed: false, error: expect.stringMatching(/nest more than 200 levels deep/) });
    expect(at('big')).toMatchObject({ parsed: false, content: '', error: expect.stringMatching(/more than the 2 MiB/) });
    expect(at('tpl')).toMatchObject({ parsed: true, templated: true });
    expect((at('tpl').documents[0] as any).spec.source.targetRevision).toBe('TEMPLATED');
    expect(at('dup')).toMatchObject({ parsed: false, templated: false });

    // What the policy cannot read it cannot allow: CON-009 for each unread JSON file, as for YAML.
    const gate = await loadGate({ wasmPath: SHIPPED_WASM, root: repo.root, pathEnv: '' });
    const unread = gate.evaluate(input).denials.filter((d) => d.rule_id === 'CON-009').map((d) => d.path);
    expect(unread.sort()).toEqual(['big', 'deep', 'dup'].map((n) => `argo-apps/argo-apps-prod/${n}-application.json`));
  });
});
