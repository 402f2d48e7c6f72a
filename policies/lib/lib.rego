# Shared helpers for every pack: configuration defaults, the repository layout,
# YAML documents, workloads and the shape of a decision item.
package lib

citation_base := "https://github.com/trustacks/gitops-action/blob/v1/POLICIES.md#"

# The placeholder that input.ts writes where a Helm template had an inline {{ ... }}.
placeholder := "TEMPLATED"

# The key that input.ts writes where a Helm template filled a whole block (toYaml, include).
templated_key := "__templated__"

# Beside it, the .Values path that the directive prints, when input.ts could read it
# (`toYaml .Values.hardening`, `toYaml .` inside `with .Values.hardening`): ["hardening"].
templated_values_key := "__values__"

# Beside them, on a scalar the template prints as bare text (`privileged: {{ .Values.privileged }}`,
# not toYaml), `__inline__: true`: the rendered line is read as YAML again (rendered, below).
templated_inline_key := "__inline__"

# The key (then the line) that input.ts writes for a line that only prints among the literal
# keys of a mapping (`runAsNonRoot: true`, then `{{- include "x.extra" . | nindent 12 }}`),
# holding the directive as a templated block: what it prints are more keys of that mapping.
printed_prefix := "__printed__"

default_protected_namespaces := {"kube-system", "kube-public", "kube-node-lease"}

default_production_clusters := ["prod", "prod-*", "*-prod", "production", "production-*", "*-production"]

config := object.get(input, "config", {})

apps_dir := trim(object.get(config, "apps_dir", "argo-apps"), "/")

charts_dir := trim(object.get(config, "charts_dir", "gitops"), "/")

controller_namespace := object.get(config, "controller_namespace", "argocd")

mode := object.get(input, "mode", "proposal")

# The baseline set is always protected; configuration can only add to it.
protected_namespaces := (default_protected_namespaces | {ns | some ns in object.get(config, "protected_namespaces", [])}) | {controller_namespace}

production_patterns := object.get(config, "production_clusters", default_production_clusters)

files := object.get(input, "files", [])

repo := object.get(input, "repo", {})

repo_files := {p | some p in object.get(repo, "files", [])}

# item builds one entry of the decision document.
item(rule, message, path, doc, field) := {
	"rule_id": rule.id,
	"title": rule.title,
	"message": message,
	"path": path,
	"citation": concat("", [citation_base, rule.anchor]),
	"document": doc,
	"field": field,
}

# catalogue turns a pack's rule metadata into the entries of `evaluated`.
catalogue(rules, pack) := [{"rule_id": id, "title": r.title, "citation": concat("", [citation_base, r.anchor]), "pack": pack} |
	some id, r in rules
]

# ---------------------------------------------------------------- paths

norm_path(p) := trim_suffix(trim_prefix(trim_prefix(p, "./"), "/"), "/")

dirname(p) := concat("/", array.slice(s, 0, count(s) - 1)) if {
	s := split(p, "/")
	count(s) > 1
} else := ""

basename(p) := s[count(s) - 1] if s := split(p, "/")

under(path, dir) if startswith(path, concat("", [dir, "/"]))

is_yaml(p) if endswith(p, ".yaml")

is_yaml(p) if endswith(p, ".yml")

# JSON is YAML: the root App-of-Apps applies `.json` files of the apps root, and validate
# reads them as Applications, so input.ts parses them with the same bounds (CON-009).
is_yaml(p) if endswith(p, ".json")

# ---------------------------------------------------------------- charts

chart_dirs contains dirname(f.path) if {
	some f in files
	basename(f.path) == "Chart.yaml"
}

chart_dirs contains dirname(p) if {
	some p in repo_files
	basename(p) == "Chart.yaml"
}

chart_dirs contains norm_path(c.dir) if {
	some c in object.get(repo, "charts", [])
}

# chart_dir is the innermost chart directory that holds the file (looked up by ancestor,
# so that validate mode over thousands of files stays linear). Batches get only the dirs asked about here (gate.ts batchView): add a new kind of lookup there.
chart_dir(path) := d if {
	s := split(path, "/")
	ancestors := [a |
		some n in numbers.range(1, count(s) - 1)
		a := concat("/", array.slice(s, 0, n))
		chart_dirs[a] # a lookup: `in` on a set is a linear scan in the wasm runtime
	]
	count(ancestors) > 0
	d := ancestors[count(ancestors) - 1]
}

# chart_of: the chart directory a file belongs to, "" when none (chart_dir undefined).
chart_of(path) := object.get({"d": d | d := chart_dir(path)}, "d", "")

# targets: in a proposal, what generation determined for each cluster (input.ts, from
# Proposal.targets): the Application file and the chart dir it wired, and the cluster, service
# and application it filled the repo's layout with. Generation follows a repo's own layout
# (`gitops/<cluster>/<application>/<service>`, `argo-apps/<cluster>/<service>.yaml`), which
# parsing paths by the default layout misreads (a wrong CON-003, a silent production pack),
# so chart_layout and app_layout read these first. (Lists, looked up by a scan: one per cluster.)
targets := [t |
	some t in object.get(input, "targets", [])
	is_object(t)
	is_string(t.cluster)
	is_string(t.service)
]

target_of_chart(dir) := ts[0] if {
	ts := [t | some t in targets; norm_path(object.get(t, "chart_dir", "")) == dir]
	count(ts) > 0
}

target_of_app(path) := ts[0] if {
	ts := [t | some t in targets; object.get(t, "app_file", "") == path]
	count(ts) > 0
}

# chart_layout reads <charts_dir>/<application>/<cluster>/<service> from a chart directory
# (after generation's own record of it, above); the charts dir may be nested (`deploy/gitops`),
# so the path is split below it, not at its first segment.
chart_layout(dir) := {"application": object.get(t, "application", ""), "cluster": t.cluster, "service": t.service} if {
	t := target_of_chart(dir)
} else := {"application": s[0], "cluster": s[1], "service": s[2]} if {
	s := split(below(dir, charts_dir), "/")
	count(s) == 3
}

# below: a path relative to a root directory ("" for the repo root), undefined outside it.
below(path, root) := path if root == ""

below(path, root) := trim_prefix(path, concat("", [root, "/"])) if {
	root != ""
	under(path, root)
}

chart_exists(dir) if chart_dirs[dir]

# Kustomize sources: Argo CD renders a directory with a kustomization file as kustomize,
# and generation wires an existing one to its new Application as it is.
kustomization_names := {"kustomization.yaml", "kustomization.yml", "Kustomization"}

kustomize_dirs contains dirname(f.path) if {
	some f in files
	kustomization_names[basename(f.path)]
}

kustomize_dirs contains dirname(p) if {
	some p in repo_files
	kustomization_names[basename(p)]
}

# source_exists: a path an Application can deploy from, a chart or a kustomization.
source_exists(dir) if chart_dirs[dir]

source_exists(dir) if kustomize_dirs[dir]

files_by_path := {f.path: f | some f in files}

# values_of: the values a chart runs with: its values.yaml, or, in validate mode where its
# Applications override values (valueFiles, values, valuesObject, parameters), the values
# Helm computes from those and values.yaml (input.ts: effective_values, on the chart's
# Chart.yaml entry, which every chart has, values.yaml or not).
values_of(dir) := v if {
	v := chart_values_entry(dir).effective_values
	is_object(v)
} else := v if {
	f := files_by_path[concat("/", [dir, "values.yaml"])]
	object.get(f, "parsed", false)
	v := f.documents[0]
	is_object(v)
} else := {}

chart_values_entry(dir) := files_by_path[concat("/", [dir, "Chart.yaml"])]

# values_name: what a message calls the values of a chart.
values_name(dir) := sprintf("the values of %s (values.yaml with their overrides)", [concat(", ", f.values_from)]) if {
	f := chart_values_entry(dir)
	is_object(f.effective_values)
	is_array(f.values_from)
} else := "values.yaml"

# ---------------------------------------------------------------- Applications

# app_layout reads <apps_dir>/.../argo-apps-<cluster>/<service>-application.yaml (or .yml,
# or .json, as validate's layout does), after generation's own record of the file (targets).
app_layout(path) := {"cluster": t.cluster, "service": t.service} if {
	t := target_of_app(path)
} else := {"cluster": cluster, "service": service} if {
	layout_app_path(path)
	s := split(path, "/")
	cluster := trim_prefix(s[count(s) - 2], "argo-apps-")
	service := trim_suffix(trim_suffix(trim_suffix(trim_suffix(s[count(s) - 1], ".json"), ".yml"), ".yaml"), "-application")
} else := {"cluster": "", "service": ""}

layout_app_path(path) if {
	s := split(path, "/")
	count(s) >= 2
	startswith(s[count(s) - 2], "argo-apps-")
	regex.match(`-application\.(ya?ml|json)$`, s[count(s) - 1])
}

# applications: every Argo CD Application document in the input files, and every
# Application item of a List document (what `kubectl get applications -o yaml` prints; Argo
# CD applies each item). `at`: the item's path in its document ([] for a document itself).
# (Lists, not sets: building a set of large objects is slow in the wasm runtime.)
applications := array.concat(
	[{"path": f.path, "index": i, "at": [], "app": doc} |
		some f in files
		object.get(f, "parsed", false)
		some i, doc in f.documents
		is_application(doc)
	],
	[{"path": f.path, "index": i, "at": ["items", j], "app": doc} |
		some f in files
		object.get(f, "parsed", false)
		some i, list in f.documents
		is_list(list)
		some j, doc in list.items
		is_application(doc)
	],
)

is_application(doc) if is_argo(doc, "Application")

is_argo(doc, kind) if {
	is_object(doc)
	doc.kind == kind
	startswith(object.get(doc, "apiVersion", ""), "argoproj.io/")
}

# appset_templates: the Application template (spec.template) of every ApplicationSet, a List's
# items included, as an Application record whose fields lie below the template (`at`). Argo CD
# creates an Application from it per generator result, so the rules about what an Application
# may deploy judge its fields; `appset` marks it, for messages and for generated (below).
appset_templates := array.concat(
	[{"path": f.path, "index": i, "at": ["spec", "template"], "app": t, "appset": object.get(object.get(doc, "metadata", {}), "name", "(unnamed)")} |
		some f in files
		object.get(f, "parsed", false)
		some i, doc in f.documents
		is_argo(doc, "ApplicationSet")
		t := doc.spec.template
		is_object(t)
	],
	[{"path": f.path, "index": i, "at": ["items", j, "spec", "template"], "app": t, "appset": object.get(object.get(doc, "metadata", {}), "name", "(unnamed)")} |
		some f in files
		object.get(f, "parsed", false)
		some i, list in f.documents
		is_list(list)
		some j, doc in list.items
		is_argo(doc, "ApplicationSet")
		t := doc.spec.template
		is_object(t)
	],
)

# app_specs: what Argo CD makes Applications of: the Applications and the ApplicationSets' templates.
app_specs := array.concat(applications, appset_templates)

# generated: a template field that a generator parameter fills (`'{{path}}'`, `'{{ .path.path }}'`):
# its value is only known once the ApplicationSet controller runs the generators, so the rules
# judge the template's literal fields and leave these (POLICIES.md, ApplicationSets). input.ts
# reads a file with `{{` template-tolerantly, so the parameter arrives as the placeholder (or,
# unquoted, as a templated block); a file read as plain YAML keeps the braces.
generated(a, v) if {
	a.appset
	is_templated(v)
}

generated(a, v) if {
	a.appset
	is_string(v)
	contains(v, "{{")
}

is_list(doc) if {
	is_object(doc)
	is_string(doc.kind)
	endswith(doc.kind, "List")
	is_array(doc.items)
}

# app_label: what a message calls an Application, or the template of an ApplicationSet
# (whose Applications are named only once its generators run).
app_label(a) := sprintf("ApplicationSet %s (its template)", [a.appset]) if a.appset

else := sprintf("Application %s", [object.get(object.get(a.app, "metadata", {}), "name", "(unnamed)")])

# app_item: a finding at `field` of Application record `a` (below its item when it is one of a List).
app_item(rule, message, a, field) := item(rule, message, a.path, a.index, array.concat(a.at, field))

# sources returns [field path, source] for spec.source and each of spec.sources.
sources(app) := array.concat(single, multi) if {
	spec := object.get(app, "spec", {})
	single := [[["spec", "source"], s] | s := spec.source; is_object(s)]
	multi := [[["spec", "sources", i], s] | some i, s in object.get(spec, "sources", []); is_object(s)]
}

app_cluster(a) := c if {
	c := app_layout(a.path).cluster
	c != ""
} else := c if {
	c := cluster_dir(a.path)
} else := object.get(object.get(object.get(a.app, "spec", {}), "destination", {}), "name", "")

# cluster_dir: the cluster of the innermost `argo-apps-<cluster>/` directory holding a file, however
# the file is named (`argo-apps-prod/cart.yaml`): the production pack reads an Application's cluster
# from its directory before its destination, as POLICIES.md says.
cluster_dir(path) := c if {
	s := split(path, "/")
	cs := [trim_prefix(d, "argo-apps-") | some i, d in s; i < count(s) - 1; startswith(d, "argo-apps-")]
	count(cs) > 0
	c := cs[count(cs) - 1]
	c != ""
}

# norm_url: a git URL as host/path, so that the https, ssh and scp-like forms of a repository
# compare equal (`https://github.com/Org/Repo.git`, `ssh://git@github.com/org/repo`,
# `git@github.com:org/repo`: github.com/org/repo), as validate's source.repo-url compares them
# (src/repo/git-url.ts): user info dropped, an https port of 443 or 80 and any ssh port dropped,
# trailing slashes and `.git` trimmed, lower case. "" stays "" (not configured).
norm_url(u) := trim_right(trim_suffix(trim_right(url_host_path(lower(trim_space(text(u)))), "/"), ".git"), "/")

# The platform repo's URL, normalised once per evaluation.
platform_url := norm_url(object.get(config, "repo_url", ""))

url_host_path(s) := concat("", [m[2], url_port(m[1], m[3]), m[4]]) if {
	m := regex.find_all_string_submatch_n(`^([a-z][a-z0-9+.-]*)://(?:[^@/]*@)?([^/:?#]*)(?::([0-9]*))?([^?#]*)`, s, 1)[0]
} else := concat("/", [m[1], m[2]]) if {
	m := regex.find_all_string_submatch_n(`^(?:[a-z0-9_.-]+@)?([a-z0-9_.-]+):(.+)$`, s, 1)[0]
} else := s

# An ssh port only says how to reach the host's git over ssh; an https port other than the
# default can be another server.
url_port(scheme, port) := "" if {
	port == ""
} else := "" if {
	scheme == "ssh"
} else := "" if {
	port in {"443", "80"}
} else := concat("", [":", port])

# ---------------------------------------------------------------- manifests

# manifests: every object Argo CD applies from the input files: each document, and each item
# of a List document (`kind: List`, `RoleList`, ... with `items`): Argo CD's repo server
# applies every item (`obj.IsList()` / `EachListItem`), so the rules about what a manifest
# may be judge the items, as they do Applications above. `at`: the item's path in its
# document ([] for a document itself), for the finding's field.
manifests := array.concat(
	[{"path": f.path, "index": i, "at": [], "doc": doc} |
		some f in files
		object.get(f, "parsed", false)
		some i, doc in f.documents
		is_object(doc)
		not is_list(doc)
	],
	[{"path": f.path, "index": i, "at": ["items", j], "doc": doc} |
		some f in files
		object.get(f, "parsed", false)
		some i, list in f.documents
		is_list(list)
		some j, doc in list.items
		is_object(doc)
	],
)

# manifest_item: a finding at `field` of manifest or workload `m` (below its item when it is one of a List).
manifest_item(rule, message, m, field) := item(rule, message, m.path, m.index, array.concat(m.at, field)) if is_array(field)

else := item(rule, message, m.path, m.index, field)

# ---------------------------------------------------------------- workloads

pod_spec(doc) := doc.spec if doc.kind == "Pod"

# ReplicationController: the v1 predecessor of ReplicaSet, still served; left out, a chart could
# run a privileged container through it past every workload rule.
pod_spec(doc) := doc.spec.template.spec if doc.kind in {"Deployment", "StatefulSet", "DaemonSet", "ReplicaSet", "ReplicationController", "Job"}

pod_spec(doc) := doc.spec.jobTemplate.spec.template.spec if doc.kind == "CronJob"

# An Argo Rollout (argoproj.io) runs the pods of its spec.template as a Deployment does; left
# out, a chart could run a latest or privileged image through it past every workload rule. (A
# Rollout with workloadRef has no template: the Deployment it names is judged as such.)
pod_spec(doc) := doc.spec.template.spec if is_argo(doc, "Rollout")

# workloads: one entry per workload manifest (a List's items included), with its pod spec
# and chart. `spec_field`: where the pod spec is in the document (below `at` for a List item).
workloads := [w |
	some m in manifests
	doc := m.doc
	not never_applied_hook(doc)
	spec := pod_spec(doc)
	is_object(spec)
	w := {
		"path": m.path,
		"index": m.index,
		"at": m.at,
		"spec_field": array.concat(m.at, pod_spec_field(doc.kind)),
		"kind": doc.kind,
		"name": workload_name(doc, m.path),
		"doc": doc,
		"spec": spec,
		"chart": chart_of(m.path),
	}
]

# never_applied_hook: a Helm hook that Argo CD never creates, so no workload rule judges it
# (helm create's `templates/tests/test-connection.yaml`, `helm.sh/hook: test`). In gitops-engine
# (pkg/sync/hook), a `helm.sh/hook` annotation other than crd-install makes a resource a hook,
# not a resource to sync, and only pre-install/pre-upgrade (PreSync), post-install/post-upgrade
# (PostSync) and the delete hooks map to a phase; Argo CD's docs (user-guide/helm, "Helm Hooks")
# list the test and rollback hooks as not supported. Only when every value of the annotation
# (comma-separated) is one of those, and no `argocd.argoproj.io/hook` annotation (which takes
# precedence) is set: a templated value, or any other hook, is judged.
helm_hooks_never_applied := {"test", "test-success", "test-failure", "pre-rollback", "post-rollback"}

never_applied_hook(doc) if {
	annotations := object.get(object.get(doc, "metadata", {}), "annotations", {})
	is_object(annotations)
	object.get(annotations, "argocd.argoproj.io/hook", null) == null
	hooks := annotations["helm.sh/hook"]
	is_string(hooks)
	every h in split(hooks, ",") {
		helm_hooks_never_applied[trim_space(h)]
	}
}

container_lists := ["initContainers", "containers", "ephemeralContainers"]

# containers returns [field path below the pod spec, container] for each container.
containers(spec) := [[[list, i], c] |
	some list in container_lists
	some i, c in object.get(spec, list, [])
	is_object(c)
]

# pod_spec_field is the field path of the pod spec inside its document.
pod_spec_field(kind) := ["spec"] if kind == "Pod"

pod_spec_field(kind) := ["spec", "jobTemplate", "spec", "template", "spec"] if kind == "CronJob"

pod_spec_field(kind) := ["spec", "template", "spec"] if not kind in {"Pod", "CronJob"}

is_templated(v) if {
	is_object(v)
	is_string(v[templated_key])
}

is_templated(v) if {
	is_string(v)
	contains(v, placeholder)
}

# text: a string field as the rules compare it: the string, or the placeholder for a value
# input.ts marked as printed from values (`path: {{ .Values.path }}`), which, like any
# TEMPLATED string, matches no chart, repo or revision (those rules deny it, as before).
text(v) := v if is_string(v)

else := placeholder if is_templated(v)

# ---------------------------------------------------------------- values flags

# disabled_by_values: document i of file f lies in a Helm block that the chart's values.yaml
# switches off (`{{- if .Values.pdb.enabled }}` with `pdb.enabled: false`, the `else` of a
# flag that is on, `{{- with .Values.x }}` of an empty x), so Helm does not render it.
# input.ts lists the blocks around each document with the value tests it could read
# (`guards`); a block whose condition it could not read is taken to render.
disabled_by_values(f, i, chart) if {
	guards := object.get(f, "guards", [])
	some guard in guards[i]
	some t in guard.requires
	truthy(object.get(values_of(chart), t.values, null)) != t.truthy
}

# truthy: Go templates' truth (false, 0, "", null, an empty map or list are false).
truthy(v) := false if falsy(v)

else := true

falsy(null)

falsy(false)

falsy(0)

falsy("")

falsy({})

falsy([])

# templated_path: the .Values path a templated block is printed from, as input.ts read it
# from the directive.
templated_path(obj) := p if {
	is_object(obj)
	is_string(obj[templated_key])
	p := obj[templated_values_key]
	is_array(p)
	count(p) > 0
	every k in p {
		is_string(k)
	}
}

# unjudgeable: a block a Helm template fills (a directive, or an inline {{ ... }}) without a
# .Values path input.ts could read (an include, a helper, a range variable, a pipeline):
# what it renders is not known without Helm, so the rules that read it deny (fail closed).
unjudgeable(obj) if {
	is_templated(obj)
	not templated_path(obj)
}

# directive: the template text of a templated block, for messages.
directive(obj) := obj[templated_key] if {
	is_object(obj)
	is_string(obj[templated_key])
} else := sprintf("%v", [obj])

# printed: the blocks of a mapping's lines that only print among its keys (printed_prefix).
printed(obj) := [v | some k, v in obj; printed_key(k)] if is_object(obj)

else := []

printed_key(k) if {
	is_string(k)
	startswith(k, printed_prefix)
}

# partly_unjudgeable: a mapping with such a line that names no .Values path the gate can read
# (an include, a helper): it may add any key, so a rule that a key could break cannot judge it.
# The first such line (in line order) is the one named: a function must give one value, and two
# include lines in one mapping (a pod spec's common case) would otherwise be a conflict error.
partly_unjudgeable(obj) := ps[0] if {
	is_object(obj)
	ps := [obj[k] |
		some n in sort([to_number(trim_prefix(k, printed_prefix)) | some k, _ in obj; printed_key(k)])
		k := sprintf("%s%d", [printed_prefix, n])
		unjudgeable(obj[k])
	]
	count(ps) > 0
}

# with_printed: a mapping's literal keys, with the keys its printed lines add where their .Values
# path can be read (values.yaml there; unset: Helm prints nothing). They are read over the literal
# keys: Kubernetes and Argo CD keep the last of a repeated key, and such a line usually closes its
# mapping. Anything else as it is.
with_printed(obj, chart) := object.union({k: v | some k, v in obj; not printed_key(k)}, {k: vs[count(vs) - 1] |
	some k in {k | some a in adds; some k, _ in a}
	vs := [a[k] | some a in adds; has_key(a, k)]
}) if {
	count(printed(obj)) > 0
	adds := printed_values(obj, chart)
} else := obj

# printed_values: in line order, the mappings the printed lines of a mapping add from values.
printed_values(obj, chart) := [a |
	some n in sort([to_number(trim_prefix(k, printed_prefix)) | some k, _ in obj; printed_key(k)])
	a := object.get(values_of(chart), templated_path(obj[sprintf("%s%d", [printed_prefix, n])]), null)
	is_object(a)
]

has_key(o, k) if {
	_ := o[k]
}

# effective returns a block as written, or, where a Helm template prints it from values
# (`toYaml .Values.x.y`), the chart's values.yaml at that path: null when values.yaml does
# not set it (Helm prints `null`: the block is not there), as for an unjudgeable block,
# which the rules deny on their own.
effective(obj, chart) := object.get(values_of(chart), templated_path(obj), null) if {
	templated_path(obj)
} else := null if {
	is_templated(obj)
} else := with_printed(obj, chart)

# scalar: a value as Helm renders it, where input.ts could read it: as written, or, where the
# template prints it from values (`hostNetwork: {{ .Values.hostNetwork }}`, a block from
# `toYaml .Values.volumes`), values.yaml at that path (null when unset: Helm prints nothing).
# Unlike effective, a value filled without a readable .Values path (TEMPLATED: a helper,
# `default`, a pipeline, quotes) stays as it is, so that a rule that forbids a value can tell
# it from an unset one and deny it as unjudgeable (fail closed).
#
# Printed as bare text (`__inline__`), the value is judged as the rendered line reads it: Go
# prints a string unquoted, so `privileged: "true"` in values renders `privileged: true` and
# `uid: "0"` renders `runAsUser: 0` (a block from toYaml quotes such strings: not re-read).
scalar(v, chart) := rendered(object.get(values_of(chart), templated_path(v), null)) if {
	templated_path(v)
	v[templated_inline_key] == true
} else := object.get(values_of(chart), templated_path(v), null) if {
	templated_path(v)
} else := with_printed(v, chart)

# rendered: a string printed bare into a manifest as Kubernetes and Argo CD read it back
# (sigs.k8s.io/yaml, go-yaml v2's plain scalars, as src/repo/k8s-yaml.ts): its booleans and
# nulls in their case forms, decimal integers (a sign, `_` dropped), and octal zero (`00`);
# any other string (an octal or hex number, a float) stays a string, and any other value as is.
rendered(v) := yaml_words[v] if is_string(v)

else := to_number(d) if {
	is_string(v)
	d := replace(v, "_", "")
	regex.match(`^[-+]?(0|[1-9][0-9]*)$`, d)
} else := 0 if {
	is_string(v)
	regex.match(`^[-+]?0+$`, replace(v, "_", ""))
} else := v

yaml_words := object.union(
	object.union({w: true | some w in ["y", "Y", "yes", "Yes", "YES", "true", "True", "TRUE", "on", "On", "ON"]}, {w: false | some w in ["n", "N", "no", "No", "NO", "false", "False", "FALSE", "off", "Off", "OFF"]}),
	{w: null | some w in ["", "~", "null", "Null", "NULL"]},
)

# resolved: a block as written, each of its fields read with scalar (one level: a field the
# template prints from values.yaml is judged at its values path).
resolved(obj, chart) := {k: scalar(v, chart) | some k, v in obj} if is_object(obj)

else := obj

# effective_object: effective, where anything but a mapping (null, a string, a list) is an
# empty block, so that the rules read it as unset rather than failing to read it.
effective_object(obj, chart) := v if {
	v := effective(obj, chart)
	is_object(v)
} else := {}

# values_source: for a message, where a templated block's values come from.
values_source(obj, chart) := sprintf(" (from %s %s)", [values_name(chart), concat(".", templated_path(obj))]) if {
	templated_path(obj)
} else := sprintf(" (with %s %s)", [values_name(chart), concat(", ", paths)]) if {
	# a mapping written in the template with lines that print more of its keys from values
	paths := [concat(".", templated_path(p)) | some p in printed(obj); templated_path(p)]
	count(paths) > 0
} else := ""

# ---------------------------------------------------------------- images

image_is_pinned(image) if {
	parts := split(image, "@")
	count(parts) == 2
	is_digest(parts[1])
}

# The digests registries pull by: sha256 or sha512, in lower-case hex of their length (the
# kubelet refuses any other as an invalid image name, and so does generate's image input).
is_digest(d) if regex.match(`^sha256:[0-9a-f]{64}$`, d)

is_digest(d) if regex.match(`^sha512:[0-9a-f]{128}$`, d)

image_is_pinned(image) if {
	not contains(image, "@")
	s := split(image, "/")
	last := s[count(s) - 1]
	parts := split(last, ":")
	count(parts) == 2
	parts[1] != ""
	parts[1] != "latest"
}

is_production(cluster) if {
	cluster != ""
	some p in production_patterns
	glob.match(p, [], cluster)
}

# The container name a message shows: a templated one (`name: {{ .Chart.Name }}`) as such,
# never the internal placeholder.
container_name(c) := "(templated name)" if {
	is_templated(object.get(c, "name", ""))
} else := object.get(c, "name", "")

# The name a message shows: a Helm template's `{{ include "x.fullname" . }}` is only known once
# rendered, so the file stands in for it rather than the placeholder.
workload_name(doc, path) := sprintf("(templated name, in %s)", [path]) if {
	is_templated(object.get(object.get(doc, "metadata", {}), "name", ""))
} else := object.get(object.get(doc, "metadata", {}), "name", "")
