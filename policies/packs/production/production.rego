# Pack "production": for clusters whose name matches config.production_clusters.
package packs.production

import data.lib

rules := {
	"PRD-001": {"id": "PRD-001", "title": "At least two replicas", "anchor": "prd-001-at-least-two-replicas"},
	"PRD-002": {"id": "PRD-002", "title": "A PodDisruptionBudget", "anchor": "prd-002-a-poddisruptionbudget"},
	"PRD-003": {"id": "PRD-003", "title": "Readiness and liveness probes", "anchor": "prd-003-readiness-and-liveness-probes"},
	"PRD-004": {"id": "PRD-004", "title": "A pinned targetRevision", "anchor": "prd-004-a-pinned-targetrevision"},
}

# Which workloads each rule judges (POLICIES.md, Pack production). Replicas and a
# PodDisruptionBudget (PRD-001, PRD-002) are about the pods a controller keeps a count of; a
# DaemonSet runs one pod per node and a drain leaves DaemonSet pods alone, so neither applies
# to it. Probes (PRD-003) are about every pod that serves until it is deleted: a DaemonSet's
# too, and a bare Pod that restarts (restartPolicy Always, the default); a Job or CronJob runs
# to completion, where a readiness probe means nothing.
replicated_kinds := {"Deployment", "StatefulSet", "ReplicaSet", "ReplicationController"}

serving_kinds := {"Deployment", "StatefulSet", "ReplicaSet", "ReplicationController", "DaemonSet"}

# Workloads of charts whose layout cluster is a production cluster.
production_workloads := [w |
	some w in lib.workloads
	layout := lib.chart_layout(w.chart)
	lib.is_production(layout.cluster)
]

replicated_workloads := [w | some w in production_workloads; replicated_kinds[w.kind]]

serving_workloads := [w | some w in production_workloads; serves(w)]

serves(w) if serving_kinds[w.kind]

# A bare Pod serves until deleted unless its restartPolicy lets it complete; a templated one
# (a helper, a value the gate cannot read) is judged, as the rules fail closed.
serves(w) if {
	w.kind == "Pod"
	not lib.scalar(object.get(w.spec, "restartPolicy", "Always"), w.chart) in {"Never", "OnFailure"}
}

# The PodDisruptionBudgets of each chart that render, as indexes into pdb_docs: built once
# and looked up by key (`in` on a set is a linear scan in the wasm runtime). One that
# values.yaml switches off (lib.disabled_by_values) does not count: Helm does not render it,
# so it protects nothing.
rendered_pdbs[dir] contains j if {
	some j, [f, i, dir, _] in pdb_docs
	not lib.disabled_by_values(f, i, dir)
}

# Switched-off PodDisruptionBudgets, named in PRD-002's message.
disabled_pdbs contains [dir, f.path] if {
	some [f, i, dir, _] in pdb_docs
	lib.disabled_by_values(f, i, dir)
}

# [chart dir, scaleTargetRef] of every HPA of at least 2 replicas that renders. minReplicas
# printed from values (`{{ .Values.autoscaling.minReplicas }}`, whatever the key) is read at
# that path of the values the chart runs with, as Helm renders it (lib.scalar).
scaling_hpas contains [dir, object.get(doc.spec, "scaleTargetRef", {})] if {
	some [f, i, dir, doc] in hpa_docs
	min := lib.scalar(doc.spec.minReplicas, dir)
	is_number(min)
	min >= 2
	not lib.disabled_by_values(f, i, dir)
}

hpa_charts contains dir if some [dir, _] in scaling_hpas

# scales: an HPA scales workload w when its scaleTargetRef names w's kind and name. One side
# templated (helm create's `{{ include "x.fullname" . }}` on both) cannot be told apart without
# rendering, and is taken to match; two literal names that differ do not (an HPA of the worker
# does not keep two replicas of the api).
scales(ref, w) if {
	same_or_unknown(object.get(ref, "kind", null), w.kind)
	same_or_unknown(object.get(ref, "name", null), object.get(object.get(w.doc, "metadata", {}), "name", null))
}

same_or_unknown(a, b) if a == b

same_or_unknown(a, _) if not literal(a)

same_or_unknown(_, b) if not literal(b)

literal(v) if {
	is_string(v)
	not lib.is_templated(v)
}

# [file, document index, chart dir, object] of every parsed PDB and HPA in a chart, a List's
# items included (lib.manifests; one pass each).
pdb_docs := kind_docs("PodDisruptionBudget")

hpa_docs := kind_docs("HorizontalPodAutoscaler")

kind_docs(kind) := [[lib.files_by_path[m.path], m.index, dir, m.doc] |
	some m in lib.manifests
	m.doc.kind == kind
	dir := lib.chart_dir(m.path)
]

# PRD-001. The count is compared as a number: Helm prints `replicaCount: "1"` unquoted
# (`replicas: 1`), so a numeric string is its number; anything else cannot be judged, and is denied.
deny contains lib.manifest_item(rules["PRD-001"], msg, w, ["spec", "replicas"]) if {
	some w in replicated_workloads
	n := replica_count(replicas(w))
	n < 2
	not autoscaled(w)
	not unreadable_min_replicas(w.chart)
	msg := sprintf("%s %s runs %v replica(s) on a production cluster; at least 2 are required", [w.kind, w.name, n])
}

deny contains lib.manifest_item(rules["PRD-001"], msg, w, ["spec", "replicas"]) if {
	some w in replicated_workloads
	r := replicas(w)
	not replica_count(r)
	not autoscaled(w)
	not unreadable_min_replicas(w.chart)
	msg := sprintf("%s %s: replicas %v%s is not a number the gate can read without rendering the chart; it cannot judge it, so it denies", [w.kind, w.name, r, replicas_source(w)])
}

# A line among the workload spec's keys that prints what the gate cannot read (`{{- include "x.spec" . | nindent 2 }}`)
# could set replicas (the last of a repeated key is kept): PRD-001 cannot judge them, and denies.
deny contains lib.manifest_item(rules["PRD-001"], msg, w, ["spec"]) if {
	some w in replicated_workloads
	p := lib.partly_unjudgeable(w.doc.spec)
	not autoscaled(w)
	msg := sprintf("%s %s: the spec has `%s` among its keys, which names no .Values path the gate can read without rendering the chart and could set replicas; it cannot judge them, so it denies (print them with toYaml .Values.<key>, or write them in the template)", [w.kind, w.name, lib.directive(p)])
}

# replicas: spec.replicas, or, when the template prints it, values.yaml at the path its
# directive names (`{{ .Values.replicaCount }}`), else `replicaCount` (the helm create key);
# unset (or null) is 1, the Kubernetes default.
replicas(w) := n if {
	r := object.get(w.doc.spec, "replicas", 1)
	lib.is_templated(r)
	not printed_replicas(w)
	v := object.get(lib.values_of(w.chart), replicas_path(r), 1)
	n := object.get({"v": v | v != null}, "v", 1)
} else := n if {
	# with_printed: a line among the spec's keys that prints from values (`toYaml .Values.x`) may set them.
	r := object.get(lib.with_printed(w.doc.spec, w.chart), "replicas", 1)
	not lib.is_templated(r)
	n := object.get({"r": r | r != null}, "r", 1)
} else := n if {
	r := object.get(w.doc.spec, "replicas", 1)
	n := object.get({"r": r | r != null}, "r", 1)
}

# printed_replicas: the spec's printed lines set replicas from values (read over the written ones).
printed_replicas(w) if {
	some a in lib.printed_values(w.doc.spec, w.chart)
	lib.has_key(a, "replicas")
}

replicas_path(r) := p if p := lib.templated_path(r)

else := ["replicaCount"]

replicas_source(w) := sprintf(" (from values.yaml %s)", [concat(".", replicas_path(w.doc.spec.replicas))]) if {
	lib.is_templated(w.doc.spec.replicas)
} else := ""

# replica_count: a count as Helm prints it into the manifest: a number, or a string that the
# rendered line reads as a decimal integer (`"1"` prints `1`; lib.rendered); nothing else.
replica_count(r) := r if is_number(r)

replica_count(r) := n if {
	is_string(r)
	n := lib.rendered(trim_space(r))
	is_number(n)
}

autoscaled(w) if {
	some [dir, ref] in scaling_hpas
	dir == w.chart
	scales(ref, w)
}

# helm create's `{{- if .Values.autoscaling.enabled }}` HPA, which the gate may not see (a
# subchart, a template it could not read): its minReplicas compared as a number, as Helm prints
# it (`minReplicas: "1"` is 1, not a string that Rego would rank above every number).
autoscaled(w) if {
	n := replica_count(object.get(autoscaling_on(w.chart), "minReplicas", null))
	n >= 2
}

# autoscaling_on: values' autoscaling block when it is on as Go templates test it (lib.truthy:
# `enabled: "true"`, any non-empty string, is on).
autoscaling_on(dir) := a if {
	a := lib.values_of(dir).autoscaling
	is_object(a)
	lib.truthy(object.get(a, "enabled", null))
}

# An autoscaling minReplicas that is set but not a count (`two`, a list) cannot be judged:
# denied as such, rather than as the replicas it stands in for.
unreadable_min_replicas(dir) := m if {
	not hpa_charts[dir]
	m := autoscaling_on(dir).minReplicas
	m != null
	not replica_count(m)
}

deny contains lib.manifest_item(rules["PRD-001"], msg, w, ["spec", "replicas"]) if {
	some w in replicated_workloads
	m := unreadable_min_replicas(w.chart)
	msg := sprintf("%s %s: autoscaling.minReplicas %v in %s is not a number the gate can read without rendering the chart; it cannot judge the replicas, so it denies", [w.kind, w.name, m, lib.values_name(w.chart)])
}

# PRD-002: a PodDisruptionBudget of the chart that renders and whose selector selects the
# workload's pods (a PDB for the worker does not protect the api).
deny contains lib.item(rules["PRD-002"], msg, w.path, w.index, null) if {
	some w in replicated_workloads
	not has_pdb(w)
	msg := sprintf("%s %s runs on a production cluster but its chart %s has no PodDisruptionBudget%s", [w.kind, w.name, w.chart, pdb_missing_why(w)])
}

has_pdb(w) if {
	some j in rendered_pdbs[w.chart]
	selects(pdb_docs[j][3], w)
}

# Why none counts: those that do not select the workload's pods are named, else those
# switched off in values.
pdb_missing_why(w) := sprintf(" that selects its pods (%s)", [concat("; ", reasons)]) if {
	reasons := sort([sprintf("%s: %s", [pdb_docs[j][0].path, not_selected(pdb_docs[j][3], w)]) | some j in rendered_pdbs[w.chart]])
	count(reasons) > 0
} else := switched_off(w.chart)

switched_off(dir) := sprintf(" that renders (%s: switched off in %s)", [concat(", ", paths), lib.values_name(dir)]) if {
	paths := sort([p | some [d, p] in disabled_pdbs; d == dir])
	count(paths) > 0
} else := ""

not_selected(pdb, w) := "it has no selector, which in policy/v1 selects no pods" if {
	object.get(object.get(pdb, "spec", {}), "selector", null) == null
} else := sprintf("its selector does not select the pod template's labels %s", [label_text(pod_labels(w), w.chart)])

# selects: the PDB's selector selects the workload's pod template, read as Kubernetes reads it
# (policy/v1: a missing selector selects no pods, an empty one every pod) where the gate can
# read both sides, and tolerantly where it cannot: a selector or a pod template's labels that a
# template fills (helm create's `{{- include "x.selectorLabels" . | nindent 6 }}`), a label value
# or a matchExpression it cannot read, or a label key the pod template does not write literally
# (a helper line among literal labels adds labels the gate does not see) are taken to match.
# What does not match: a label both write literally, with different values (`app: worker`
# against `app: api`), or a matchExpression that a literal label of the pods fails.
selects(pdb, w) if {
	sel := object.get(object.get(pdb, "spec", {}), "selector", null)
	sel != null
	selects_labels(sel, pod_labels(w), w.chart)
}

selects_labels(sel, _, _) if lib.is_templated(sel)

selects_labels(_, labels, _) if lib.is_templated(labels)

selects_labels(sel, labels, chart) if {
	is_object(sel)
	is_object(labels)
	not lib.is_templated(sel)
	not lib.is_templated(labels)
	every k, v in matched_labels(sel) {
		label_may_equal(labels, k, v, chart)
	}
	every e in match_expressions(sel) {
		expression_may_hold(e, labels, chart)
	}
}

pod_labels(w) := object.get(object.get(object.get(w.doc.spec, "template", {}), "metadata", {}), "labels", {})

matched_labels(sel) := {k: v | some k, v in ml; k != lib.templated_key; not lib.printed_key(k)} if {
	ml := object.get(sel, "matchLabels", {})
	is_object(ml)
	not lib.is_templated(ml)
} else := {}

match_expressions(sel) := es if {
	es := object.get(sel, "matchExpressions", [])
	is_array(es)
} else := []

# literal_label: a label value as it renders, when the gate can read it (as written, or printed
# from one .Values path), as text: Kubernetes label values are strings.
literal_label(v, chart) := sprintf("%v", [r]) if {
	r := lib.scalar(v, chart)
	not lib.is_templated(r)
	not is_object(r)
	not is_array(r)
	r != null
}

label_may_equal(labels, k, _, _) if not lib.has_key(labels, k)

label_may_equal(labels, k, _, chart) if not literal_label(labels[k], chart)

label_may_equal(_, _, v, chart) if not literal_label(v, chart)

label_may_equal(labels, k, v, chart) if literal_label(labels[k], chart) == literal_label(v, chart)

# A matchExpression is judged only when its key, operator and values are literal and the pods
# write the key literally: In and NotIn by value, Exists by presence (DoesNotExist of a key the
# pods write fails); anything else is taken to hold.
expression_may_hold(e, labels, chart) if not judged_expression(e, labels, chart)

expression_may_hold(e, labels, chart) if {
	judged_expression(e, labels, chart)
	expression_holds(e.operator, literal_label(labels[e.key], chart), expression_values(e))
}

judged_expression(e, labels, chart) if {
	is_object(e)
	is_string(e.key)
	not lib.is_templated(e.key)
	e.operator in {"In", "NotIn", "Exists", "DoesNotExist"}
	literal_label(labels[e.key], chart)
	every v in expression_values(e) {
		is_string(v)
		not lib.is_templated(v)
	}
}

expression_values(e) := vs if {
	vs := object.get(e, "values", [])
	is_array(vs)
} else := []

expression_holds("In", v, vs) if v in vs

expression_holds("NotIn", v, vs) if not v in vs

expression_holds("Exists", _, _)

label_text(labels, chart) := "(templated)" if lib.is_templated(labels)

else := sprintf("{%s}", [concat(", ", sort([sprintf("%s: %s", [k, object.get({"v": t | t := literal_label(v, chart)}, "v", "(templated)")]) | some k, v in labels; k != lib.templated_key; not lib.printed_key(k)]))]) if is_object(labels)

else := "{}"

# PRD-003
deny contains lib.item(rules["PRD-003"], msg, w.path, w.index, field) if {
	some w in serving_workloads
	some [cfield, c] in lib.containers(w.spec)
	cfield[0] == "containers"
	some probe in ["readinessProbe", "livenessProbe"]
	not has_probe(c, probe, w.chart)
	field := array.concat(array.concat(w.spec_field, cfield), [probe])
	msg := sprintf("%s %s, container %s: %s", [w.kind, w.name, lib.container_name(c), no_probe(c, probe, w.chart)])
}

# A probe the template prints from values is read at the .Values path its directive names;
# one it fills otherwise (an include, a helper) cannot be judged, and is denied.
has_probe(c, probe, dir) if {
	not lib.unjudgeable(c[probe])
	p := lib.effective(c[probe], dir)
	is_object(p)
	count(p) > 0
}

no_probe(c, probe, dir) := sprintf("%s comes from `%s`, which names no .Values path the gate can read without rendering the chart; it cannot judge it, so it denies", [probe, lib.directive(c[probe])]) if {
	lib.unjudgeable(c[probe])
} else := sprintf("no %s%s", [probe, lib.values_source(object.get(c, probe, null), dir)])

# PRD-004
deny contains lib.app_item(rules["PRD-004"], msg, a, array.concat(field, ["targetRevision"])) if {
	some a in lib.app_specs
	lib.is_production(lib.app_cluster(a))
	some [field, src] in lib.sources(a.app)
	not lib.generated(a, object.get(src, "targetRevision", null))
	rev := sprintf("%v", [object.get({"r": r | r := lib.text(src.targetRevision)}, "r", object.get(src, "targetRevision", ""))])
	not pinned(rev)
	msg := sprintf("%s on production cluster %s: targetRevision '%s' is not pinned (a semver tag or a commit SHA)", [lib.app_label(a), lib.app_cluster(a), rev])
}

pinned(rev) if regex.match(`^[0-9a-f]{40}$`, rev)

pinned(rev) if regex.match(`^v?[0-9]+\.[0-9]+\.[0-9]+(-[0-9A-Za-z.-]+)?(\+[0-9A-Za-z.-]+)?$`, rev)
