package packs.production_test

import data.fixtures
import data.packs.production

ids(inp) := {d.rule_id | some d in production.deny with input as inp}

c := "/spec/template/spec/containers/0"

pdb := concat("/", [fixtures.chart, "templates/pdb.yaml"])

test_base_is_allowed if count(production.deny) == 0 with input as fixtures.base

# Not a production cluster: nothing applies.
test_staging_not_checked if {
	staging := json.patch(fixtures.deployment, [{"op": "replace", "path": "/spec/replicas", "value": 1}])
	inp := fixtures.with_files([fixtures.file("gitops/shop/staging/cart/templates/deployment.yaml", [staging])])
	not "PRD-001" in ids(inp)
}

# A layout generation follows: the cluster is what generation determined (input targets), so
# the production pack applies to gitops/prod/shop/cart and to argo-apps/prod/cart.yaml.
test_followed_layout_is_production if {
	one := json.patch(fixtures.deployment, [{"op": "replace", "path": "/spec/replicas", "value": 1}])
	inp := fixtures.followed_with(concat("/", [fixtures.followed_chart, "templates/deployment.yaml"]), [one])
	nopdb := object.union(inp, {"files": [f | some f in inp.files; f.path != concat("/", [fixtures.followed_chart, "templates/pdb.yaml"])]})
	"PRD-001" in ids(nopdb)
	"PRD-002" in ids(nopdb)
	main := json.patch(fixtures.application, [
		{"op": "replace", "path": "/spec/source/path", "value": fixtures.followed_chart},
		{"op": "replace", "path": "/spec/source/targetRevision", "value": "main"},
	])
	"PRD-004" in ids(fixtures.followed_with(fixtures.followed_app, [main]))
	count(production.deny) == 0 with input as fixtures.followed
}

test_pattern_configurable if {
	inp := object.union(fixtures.with_container([{"op": "replace", "path": "/spec/replicas", "value": 1}]), {"config": {"production_clusters": ["live-*"]}})
	not "PRD-001" in ids(inp)
}

# PRD-001
test_prd001_allow if not "PRD-001" in ids(fixtures.base)

test_prd001_deny_one if "PRD-001" in ids(fixtures.with_container([{"op": "replace", "path": "/spec/replicas", "value": 1}]))

test_prd001_deny_default if "PRD-001" in ids(fixtures.with_container([{"op": "remove", "path": "/spec/replicas"}]))

test_prd001_templated_from_values if {
	inp := fixtures.with_container([{"op": "replace", "path": "/spec/replicas", "value": "TEMPLATED"}])
	not "PRD-001" in ids(inp)
	"PRD-001" in ids(object.union(inp, {"files": [f | some f0 in inp.files; f := values1(f0)]}))
}

values1(f) := object.union(f, {"documents": [object.union(fixtures.values, {"replicaCount": 1})]}) if f.path == fixtures.values_path

values1(f) := f if f.path != fixtures.values_path

test_prd001_allow_hpa if not "PRD-001" in ids(fixtures.with_files([
	fixtures.file("gitops/shop/prod/cart/templates/hpa.yaml", [{"kind": "HorizontalPodAutoscaler", "spec": {"minReplicas": 3}}]),
	fixtures.file("gitops/shop/prod/cart/templates/deploy1.yaml", [json.patch(fixtures.deployment, [{"op": "remove", "path": "/spec/replicas"}])]),
]))

# An HPA that values.yaml switches off (helm create's `{{- if .Values.autoscaling.enabled }}`) scales nothing.
test_prd001_hpa_switched_off if {
	hpa := object.union(fixtures.file("gitops/shop/prod/cart/templates/hpa.yaml", [{"kind": "HorizontalPodAutoscaler", "spec": {"minReplicas": 3}}]), {"guards": [[{"directive": "{{- if .Values.autoscaling.enabled }}", "requires": [{"values": ["autoscaling", "enabled"], "truthy": true}]}]]})
	one := fixtures.file("gitops/shop/prod/cart/templates/deploy1.yaml", [json.patch(fixtures.deployment, [{"op": "replace", "path": "/spec/replicas", "value": 1}])])
	inp := fixtures.with_files([hpa, one])
	"PRD-001" in ids(object.union(inp, {"files": [f | some f0 in inp.files; f := set_values(f0, object.union(fixtures.values, {"autoscaling": {"enabled": false}}))]}))
	not "PRD-001" in ids(object.union(inp, {"files": [f | some f0 in inp.files; f := set_values(f0, object.union(fixtures.values, {"autoscaling": {"enabled": true}}))]}))
}

# An HPA whose minReplicas the template prints from values (any key, not only autoscaling.*)
# counts with the number values gives it.
test_prd001_hpa_min_from_values if {
	hpa := fixtures.file("gitops/shop/prod/cart/templates/hpa.yaml", [{"kind": "HorizontalPodAutoscaler", "spec": {"minReplicas": {"__templated__": "{{ .Values.hpa.min }}", "__values__": ["hpa", "min"], "__inline__": true}}}])
	one := fixtures.file("gitops/shop/prod/cart/templates/deploy1.yaml", [json.patch(fixtures.deployment, [{"op": "replace", "path": "/spec/replicas", "value": 1}])])
	inp := fixtures.with_files([hpa, one])
	not "PRD-001" in ids(object.union(inp, {"files": [f | some f0 in inp.files; f := set_values(f0, object.union(fixtures.values, {"hpa": {"min": 3}}))]}))
	not "PRD-001" in ids(object.union(inp, {"files": [f | some f0 in inp.files; f := set_values(f0, object.union(fixtures.values, {"hpa": {"min": "3"}}))]}))
	"PRD-001" in ids(object.union(inp, {"files": [f | some f0 in inp.files; f := set_values(f0, object.union(fixtures.values, {"hpa": {"min": 1}}))]}))
	"PRD-001" in ids(inp) # unset: no minReplicas, 1
}

test_prd001_allow_values_autoscaling if {
	inp := fixtures.with_container([{"op": "remove", "path": "/spec/replicas"}])
	v := object.union(fixtures.values, {"autoscaling": {"enabled": true, "minReplicas": 2}})
	not "PRD-001" in ids(object.union(inp, {"files": [f | some f0 in inp.files; f := set_values(f0, v)]}))
}

set_values(f, v) := object.union(f, {"documents": [v]}) if f.path == fixtures.values_path

set_values(f, _) := f if f.path != fixtures.values_path

# PRD-002
test_prd002_allow if not "PRD-002" in ids(fixtures.base)

test_prd002_deny if "PRD-002" in ids(fixtures.with_file(pdb, []))

# A PodDisruptionBudget that values.yaml switches off is not rendered, so it is not one:
# the template wrapped in `{{- if .Values.pdb.enabled }}` (input.ts lists the block as a guard).
if_enabled := {"directive": "{{- if .Values.pdb.enabled }}", "requires": [{"values": ["pdb", "enabled"], "truthy": true}]}

unless_disabled := {"directive": "{{- if not .Values.pdb.disabled }}", "requires": [{"values": ["pdb", "disabled"], "truthy": false}]}

# The base input with the PDB's document guarded and values.yaml extended by `v`.
guarded(guard, v) := object.union(fixtures.base, {"files": [f | some f0 in fixtures.base.files; f := guard_file(f0, guard, v)]})

guard_file(f, guard, _) := object.union(f, {"guards": [[guard]]}) if f.path == pdb

guard_file(f, _, v) := object.union(f, {"documents": [object.union(fixtures.values, v)]}) if f.path == fixtures.values_path

guard_file(f, _, _) := f if not f.path in {pdb, fixtures.values_path}

test_prd002_deny_pdb_switched_off if {
	inp := guarded(if_enabled, {"pdb": {"enabled": false}})
	some d in production.deny with input as inp
	d.rule_id == "PRD-002"
	contains(d.message, "has no PodDisruptionBudget that renders (gitops/shop/prod/cart/templates/pdb.yaml: switched off in values.yaml)")
}

test_prd002_allow_pdb_switched_on if not "PRD-002" in ids(guarded(if_enabled, {"pdb": {"enabled": true}}))

# Validate mode: an Application that overrides values (input.ts: effective_values on the
# chart's Chart.yaml) switches the PDB off or on, whatever values.yaml says; the message names it.
overridden(v, effective) := object.union(fixtures.base, {"files": [f |
	some f0 in guarded(if_enabled, v).files
	f := override_file(f0, effective)
]})

override_file(f, effective) := object.union(f, {"effective_values": object.union(fixtures.values, effective), "values_from": ["argo-apps/argo-apps-prod/cart-application.yaml"]}) if f.path == chart_yaml

override_file(f, _) := f if f.path != chart_yaml

chart_yaml := concat("/", [fixtures.chart, "Chart.yaml"])

test_prd002_deny_pdb_switched_off_by_the_application if {
	some d in production.deny with input as overridden({"pdb": {"enabled": true}}, {"pdb": {"enabled": false}})
	d.rule_id == "PRD-002"
	contains(d.message, "switched off in the values of argo-apps/argo-apps-prod/cart-application.yaml (values.yaml with their overrides)")
}

test_prd002_allow_pdb_switched_on_by_the_application if not "PRD-002" in ids(overridden({"pdb": {"enabled": false}}, {"pdb": {"enabled": true}}))

# Helm renders nothing for a flag values.yaml does not set.
test_prd002_deny_flag_unset if "PRD-002" in ids(guarded(if_enabled, {}))

# Go templates' truth: false, 0, "", null and empty maps and lists are false; any other string is true.
test_prd002_go_template_truth if {
	every v in [false, 0, "", null, {}, []] {
		"PRD-002" in ids(guarded(if_enabled, {"pdb": {"enabled": v}}))
	}
	every v in [true, 1, "false", {"a": 1}, [0]] {
		not "PRD-002" in ids(guarded(if_enabled, {"pdb": {"enabled": v}}))
	}
}

test_prd002_negated_flag if {
	not "PRD-002" in ids(guarded(unless_disabled, {"pdb": {"disabled": false}}))
	"PRD-002" in ids(guarded(unless_disabled, {"pdb": {"disabled": true}}))
}

# Every value test of a block must hold (`and`, or an `else if` after a branch that is off).
test_prd002_all_tests_must_hold if {
	both := {"directive": "{{- if and .Values.pdb.enabled .Values.ha }}", "requires": [
		{"values": ["pdb", "enabled"], "truthy": true},
		{"values": ["ha"], "truthy": true},
	]}
	not "PRD-002" in ids(guarded(both, {"pdb": {"enabled": true}, "ha": true}))
	"PRD-002" in ids(guarded(both, {"pdb": {"enabled": true}, "ha": false}))
}

# A guard of another document of the file does not switch the PDB off.
test_prd002_guard_of_another_document if {
	inp := object.union(fixtures.base, {"files": [f |
		some f0 in fixtures.base.files
		f := other_doc_guarded(f0)
	]})
	not "PRD-002" in ids(inp)
}

other_doc_guarded(f) := object.union(f, {"documents": array.concat(f.documents, [{"kind": "ConfigMap"}]), "guards": [[], [if_enabled]]}) if f.path == pdb

other_doc_guarded(f) := f if f.path != pdb

# PRD-003
test_prd003_allow if not "PRD-003" in ids(fixtures.base)

test_prd003_deny_readiness if "PRD-003" in ids(fixtures.with_container([{"op": "remove", "path": concat("", [c, "/readinessProbe"])}]))

test_prd003_deny_liveness if "PRD-003" in ids(fixtures.with_container([{"op": "remove", "path": concat("", [c, "/livenessProbe"])}]))

test_prd003_templated_probe_from_values if {
	inp := fixtures.with_container([{"op": "replace", "path": concat("", [c, "/livenessProbe"]), "value": {"__templated__": "x", "__values__": ["livenessProbe"]}}])
	"PRD-003" in ids(inp)
	v := object.union(fixtures.values, {"livenessProbe": {"tcpSocket": {"port": 8080}}})
	not "PRD-003" in ids(object.union(inp, {"files": [f | some f0 in inp.files; f := set_values(f0, v)]}))
}

# The probe is read at the path the directive names, not at the key above it.
probe_input(v) := object.union(inp, {"files": [f | some f0 in inp.files; f := set_values(f0, v)]}) if {
	inp := fixtures.with_container([{"op": "replace", "path": concat("", [c, "/livenessProbe"]), "value": {"__templated__": "{{- toYaml .Values.probes.live | nindent 12 }}", "__values__": ["probes", "live"]}}])
}

test_prd003_templated_probe_from_its_values_path if {
	"PRD-003" in ids(probe_input(object.union(fixtures.values, {"livenessProbe": {"tcpSocket": {"port": 8080}}})))
	not "PRD-003" in ids(probe_input(object.union(fixtures.values, {"probes": {"live": {"tcpSocket": {"port": 8080}}}})))
}

# A probe from a helper cannot be judged without Helm: denied, saying so, even with a probe in values.
test_prd003_unjudgeable_probe_denies if {
	inp := fixtures.with_container([{"op": "replace", "path": concat("", [c, "/livenessProbe"]), "value": {"__templated__": "{{- include \"cart.probe\" . | nindent 12 }}"}}])
	v := object.union(fixtures.values, {"livenessProbe": {"tcpSocket": {"port": 8080}}})
	msgs := [d.message | some d in production.deny with input as object.union(inp, {"files": [f | some f0 in inp.files; f := set_values(f0, v)]}); d.rule_id == "PRD-003"]
	count(msgs) == 1
	contains(msgs[0], "cannot judge")
}

# PRD-004
test_prd004_allow_semver if not "PRD-004" in ids(fixtures.base)

test_prd004_allow_sha if not "PRD-004" in ids(fixtures.with_app([{"op": "replace", "path": "/spec/source/targetRevision", "value": "0123456789abcdef0123456789abcdef01234567"}]))

test_prd004_deny_head if "PRD-004" in ids(fixtures.with_app([{"op": "replace", "path": "/spec/source/targetRevision", "value": "HEAD"}]))

test_prd004_deny_branch if "PRD-004" in ids(fixtures.with_app([{"op": "replace", "path": "/spec/source/targetRevision", "value": "main"}]))

test_prd004_deny_missing if "PRD-004" in ids(fixtures.with_app([{"op": "remove", "path": "/spec/source/targetRevision"}]))

test_prd004_cluster_from_destination_name if {
	inp := fixtures.with_files([fixtures.file("argo-apps/misc/x.yaml", [json.patch(fixtures.application, [
		{"op": "replace", "path": "/spec/source/targetRevision", "value": "HEAD"},
		{"op": "add", "path": "/spec/destination/name", "value": "prod-eu"},
	])])])
	"PRD-004" in ids(inp)
}

# A templated workload name is shown as the file it is in, not as the placeholder.
test_prd001_templated_name_message if {
	inp := fixtures.with_container([{"op": "replace", "path": "/spec/replicas", "value": 1}, {"op": "replace", "path": "/metadata/name", "value": "TEMPLATED"}])
	some d in production.deny with input as inp
	d.rule_id == "PRD-001"
	contains(d.message, "(templated name, in gitops/")
	not contains(d.message, "Deployment TEMPLATED")
}

# A List's items count: a one-replica Deployment in a List is denied at its item, and a PDB in a List protects.
test_prd001_deny_in_list if {
	one := json.patch(fixtures.deployment, [{"op": "replace", "path": "/spec/replicas", "value": 1}])
	inp := fixtures.with_file(fixtures.deploy_path, [{"kind": "List", "items": [one]}])
	{d.field | some d in production.deny with input as inp; d.rule_id == "PRD-001"} == {["items", 0, "spec", "replicas"]}
}

test_prd002_pdb_in_list_counts if {
	doc := {"apiVersion": "policy/v1", "kind": "PodDisruptionBudget", "metadata": {"name": "cart"}, "spec": {"minAvailable": 1, "selector": {"matchLabels": {"app": "cart"}}}}
	not "PRD-002" in ids(fixtures.with_file(pdb, [{"kind": "List", "items": [doc]}]))
}

# PRD-002 by selector: a PDB counts for the workloads whose pod template labels its selector
# selects, read literally where both sides are literal and tolerantly where a template fills them.
pdb_selecting(selector) := fixtures.with_file(pdb, [{"apiVersion": "policy/v1", "kind": "PodDisruptionBudget", "metadata": {"name": "cart"}, "spec": object.union({"minAvailable": 1}, selector)}])

prd002_messages(inp) := [d.message | some d in production.deny with input as inp; d.rule_id == "PRD-002"]

test_prd002_deny_pdb_of_another_workload if {
	msgs := prd002_messages(pdb_selecting({"selector": {"matchLabels": {"app": "worker"}}}))
	msgs == ["Deployment cart runs on a production cluster but its chart gitops/shop/prod/cart has no PodDisruptionBudget that selects its pods (gitops/shop/prod/cart/templates/pdb.yaml: its selector does not select the pod template's labels {app: cart})"]
}

test_prd002_deny_pdb_without_selector if {
	msgs := prd002_messages(pdb_selecting({}))
	msgs == ["Deployment cart runs on a production cluster but its chart gitops/shop/prod/cart has no PodDisruptionBudget that selects its pods (gitops/shop/prod/cart/templates/pdb.yaml: it has no selector, which in policy/v1 selects no pods)"]
}

test_prd002_deny_expression_the_pods_fail if {
	every e in [
		{"key": "app", "operator": "In", "values": ["worker", "cron"]},
		{"key": "app", "operator": "NotIn", "values": ["cart"]},
		{"key": "app", "operator": "DoesNotExist"},
	] {
		count(prd002_messages(pdb_selecting({"selector": {"matchExpressions": [e]}}))) == 1
	}
}

test_prd002_allow_selector_that_selects if {
	every sel in [
		{"selector": {}}, # policy/v1: an empty selector selects every pod
		{"selector": {"matchLabels": {"app": "cart"}}},
		{"selector": {"matchExpressions": [{"key": "app", "operator": "In", "values": ["cart", "web"]}]}},
		{"selector": {"matchExpressions": [{"key": "app", "operator": "Exists"}, {"key": "tier", "operator": "DoesNotExist"}]}},
		# tolerant: what a template fills, or a key the pod template does not write literally, may match
		{"selector": {"matchLabels": {"__templated__": "{{- include \"cart.selectorLabels\" . | nindent 6 }}"}}},
		{"selector": {"__templated__": "{{- toYaml .Values.pdb.selector | nindent 4 }}", "__values__": ["pdb", "selector"]}},
		{"selector": {"matchLabels": {"app": "TEMPLATED"}}},
		{"selector": {"matchLabels": {"app.kubernetes.io/name": "cart"}}},
		{"selector": {"matchExpressions": [{"key": "app", "operator": "In", "values": ["TEMPLATED"]}]}},
	] {
		prd002_messages(pdb_selecting(sel)) == []
	}
}

test_prd002_tolerant_when_the_pod_labels_are_templated if {
	inp := fixtures.with_container([{"op": "replace", "path": "/spec/template/metadata/labels", "value": {"__templated__": "{{- include \"cart.selectorLabels\" . | nindent 8 }}"}}])
	inp2 := object.union(inp, {"files": [f | some f0 in inp.files; f := pdb_worker(f0)]})
	prd002_messages(inp2) == []
}

pdb_worker(f) := object.union(f, {"documents": [{"apiVersion": "policy/v1", "kind": "PodDisruptionBudget", "metadata": {"name": "worker"}, "spec": {"selector": {"matchLabels": {"app": "worker"}}}}]}) if f.path == pdb

else := f

# A label value printed from values is read there: `app: {{ .Values.name }}` with name: worker.
label_from_values := fixtures.with_container([{"op": "replace", "path": "/spec/template/metadata/labels/app", "value": {"__templated__": "{{ .Values.name }}", "__values__": ["name"], "__inline__": true}}])

with_name(n) := object.union(label_from_values, {"files": [f | some f0 in label_from_values.files; f := set_values(f0, object.union(fixtures.values, {"name": n}))]})

test_prd002_label_printed_from_values if {
	prd002_messages(with_name("cart")) == []
	count(prd002_messages(with_name("worker"))) == 1
}

# Two workloads, one PDB: it counts for the one it selects only.
test_prd002_one_pdb_two_workloads if {
	worker := json.patch(fixtures.deployment, [{"op": "replace", "path": "/metadata/name", "value": "worker"}, {"op": "replace", "path": "/spec/template/metadata/labels/app", "value": "worker"}])
	inp := fixtures.with_file(fixtures.deploy_path, [fixtures.deployment, worker])
	[d.message | some d in production.deny with input as inp; d.rule_id == "PRD-002"; contains(d.message, "Deployment worker ")] != []
	[d.message | some d in production.deny with input as inp; d.rule_id == "PRD-002"; contains(d.message, "Deployment cart ")] == []
}

test_prd004_templated_marker_revision if {
	app := json.patch(fixtures.application, [{"op": "replace", "path": "/spec/source/targetRevision", "value": {"__templated__": "{{ .Values.rev }}", "__values__": ["rev"]}}])
	some d in production.deny with input as fixtures.with_file(fixtures.app_path, [app])
	d.rule_id == "PRD-004"
	contains(d.message, "targetRevision 'TEMPLATED'")
}

# Helm prints a quoted `replicaCount: "1"` unquoted (`replicas: 1`): a numeric string is its number.
replicas_from_values(v) := object.union(inp, {"files": [f | some f0 in inp.files; f := replica_values(f0, v)]}) if {
	inp := fixtures.with_container([{"op": "replace", "path": "/spec/replicas", "value": {"__templated__": "{{ .Values.replicaCount }}", "__values__": ["replicaCount"]}}])
}

replica_values(f, v) := object.union(f, {"documents": [object.union(fixtures.values, {"replicaCount": v})]}) if f.path == fixtures.values_path

replica_values(f, _) := f if f.path != fixtures.values_path

test_prd001_deny_quoted_one if "PRD-001" in ids(replicas_from_values("1"))

test_prd001_allow_quoted_three if not "PRD-001" in ids(replicas_from_values(" 3"))

test_prd001_null_is_one if "PRD-001" in ids(replicas_from_values(null))

test_prd001_deny_not_a_number if {
	some d in production.deny with input as replicas_from_values("two")
	d.rule_id == "PRD-001"
	contains(d.message, "replicas two (from values.yaml replicaCount) is not a number")
}

test_prd001_written_string if "PRD-001" in ids(fixtures.with_container([{"op": "replace", "path": "/spec/replicas", "value": "1"}]))

# A nested charts dir (deploy/gitops): the chart's cluster is read below it.
test_nested_charts_dir_is_production if {
	count(production.deny) == 0 with input as fixtures.nested
	one := json.patch(fixtures.deployment, [{"op": "replace", "path": "/spec/replicas", "value": 1}])
	"PRD-001" in ids(fixtures.nested_with(concat("", ["deploy/", fixtures.deploy_path]), [one]))
	"PRD-002" in ids(fixtures.nested_with(concat("", ["deploy/", pdb]), []))
}

# Which workloads each rule judges: PRD-001 and PRD-002 what a controller keeps a count of
# (not a DaemonSet), PRD-003 every workload that serves (a DaemonSet, a bare Pod that restarts).
daemonset := json.patch(fixtures.deployment, [{"op": "replace", "path": "/kind", "value": "DaemonSet"}, {"op": "remove", "path": "/spec/replicas"}])

test_daemonset_needs_no_replicas_or_pdb if {
	inp := fixtures.with_file(fixtures.deploy_path, [daemonset])
	nopdb := object.union(inp, {"files": [f | some f in inp.files; f.path != pdb]})
	count(production.deny) == 0 with input as nopdb
}

test_daemonset_needs_probes if {
	bare := json.patch(daemonset, [{"op": "remove", "path": concat("", [c, "/readinessProbe"])}])
	"PRD-003" in ids(fixtures.with_file(fixtures.deploy_path, [bare]))
}

test_replicaset_needs_replicas if {
	rs := json.patch(fixtures.deployment, [{"op": "replace", "path": "/kind", "value": "ReplicaSet"}, {"op": "replace", "path": "/spec/replicas", "value": 1}])
	"PRD-001" in ids(fixtures.with_file(fixtures.deploy_path, [rs]))
}

pod(extra) := {"apiVersion": "v1", "kind": "Pod", "metadata": {"name": "p"}, "spec": object.union({"containers": [object.remove(fixtures.container, ["livenessProbe"])]}, extra)}

test_pod_that_restarts_needs_probes if {
	"PRD-003" in ids(fixtures.with_files([fixtures.file("gitops/shop/prod/cart/templates/pod.yaml", [pod({})])]))
	"PRD-003" in ids(fixtures.with_files([fixtures.file("gitops/shop/prod/cart/templates/pod.yaml", [pod({"restartPolicy": "Always"})])]))
	not "PRD-003" in ids(fixtures.with_files([fixtures.file("gitops/shop/prod/cart/templates/pod.yaml", [pod({"restartPolicy": "Never"})])]))
	not "PRD-003" in ids(fixtures.with_files([fixtures.file("gitops/shop/prod/cart/templates/pod.yaml", [pod({"restartPolicy": "OnFailure"})])]))
}

test_job_needs_no_probes if {
	job := {"apiVersion": "batch/v1", "kind": "Job", "metadata": {"name": "j"}, "spec": {"template": {"spec": {"restartPolicy": "Never", "containers": [object.remove(fixtures.container, ["livenessProbe", "readinessProbe"])]}}}}
	count(production.deny) == 0 with input as fixtures.with_files([fixtures.file("gitops/shop/prod/cart/templates/job.yaml", [job])])
}

# autoscaling values compared as Helm prints them: minReplicas "1" is 1; "two" cannot be judged.
autoscaling_one(a) := object.union(inp, {"files": [f | some f0 in inp.files; f := set_values(f0, object.union(fixtures.values, {"autoscaling": a}))]}) if {
	inp := fixtures.with_container([{"op": "replace", "path": "/spec/replicas", "value": 1}])
}

test_prd001_autoscaling_min_as_number if {
	"PRD-001" in ids(autoscaling_one({"enabled": true, "minReplicas": "1"}))
	not "PRD-001" in ids(autoscaling_one({"enabled": true, "minReplicas": "3"}))
	not "PRD-001" in ids(autoscaling_one({"enabled": true, "minReplicas": 3}))
	"PRD-001" in ids(autoscaling_one({"enabled": false, "minReplicas": 3}))
	not "PRD-001" in ids(autoscaling_one({"enabled": "true", "minReplicas": 3}))
}

test_prd001_autoscaling_min_not_a_number if {
	msgs := [d.message | some d in production.deny with input as autoscaling_one({"enabled": true, "minReplicas": "two"}); d.rule_id == "PRD-001"]
	msgs == ["Deployment cart: autoscaling.minReplicas two in values.yaml is not a number the gate can read without rendering the chart; it cannot judge the replicas, so it denies"]
}

# ApplicationSets: the template's literal targetRevision is judged; a generator parameter is not.
appset(rev) := {"apiVersion": "argoproj.io/v1alpha1", "kind": "ApplicationSet", "metadata": {"name": "cart"}, "spec": {"generators": [], "template": {
	"metadata": {"name": "cart-{{env}}"},
	"spec": {"source": {"repoURL": fixtures.platform, "path": fixtures.chart, "targetRevision": rev}, "destination": {"name": "prod", "namespace": "shop"}},
}}}

test_prd004_appset if {
	"PRD-004" in ids(fixtures.with_files([fixtures.file("argo-apps/argo-apps-prod/cart-set.yaml", [appset("main")])]))
	not "PRD-004" in ids(fixtures.with_files([fixtures.file("argo-apps/argo-apps-prod/cart-set.yaml", [appset("v1.0.0")])]))
	not "PRD-004" in ids(fixtures.with_files([fixtures.file("argo-apps/argo-apps-prod/cart-set.yaml", [appset("TEMPLATED")])]))
	not "PRD-004" in ids(fixtures.with_files([fixtures.file("argo-apps/argo-apps-prod/cart-set.yaml", [appset("{{revision}}")])]))
}

# The cluster of an Application is that of its argo-apps-<cluster>/ directory, however the file
# is named, before its destination.
test_prd004_cluster_from_directory if {
	inp := fixtures.with_files([fixtures.file("argo-apps/argo-apps-prod/cart.yaml", [json.patch(fixtures.application, [{"op": "replace", "path": "/spec/source/targetRevision", "value": "HEAD"}])])])
	"PRD-004" in ids(inp)
	staging := fixtures.with_files([fixtures.file("argo-apps/argo-apps-staging/cart.yaml", [json.patch(fixtures.application, [
		{"op": "replace", "path": "/spec/source/targetRevision", "value": "HEAD"},
		{"op": "add", "path": "/spec/destination/name", "value": "prod"},
	])])])
	not "PRD-004" in ids(staging)
}

# An HPA scales the workload its scaleTargetRef names: another Deployment's HPA keeps no
# replica of this one; a templated name on either side is taken to match.
hpa_for(name) := fixtures.file("gitops/shop/prod/cart/templates/hpa.yaml", [{"apiVersion": "autoscaling/v2", "kind": "HorizontalPodAutoscaler", "metadata": {"name": "hpa"}, "spec": {"minReplicas": 3, "scaleTargetRef": {"apiVersion": "apps/v1", "kind": "Deployment", "name": name}}}])

one_replica := fixtures.file("gitops/shop/prod/cart/templates/deploy1.yaml", [json.patch(fixtures.deployment, [{"op": "replace", "path": "/spec/replicas", "value": 1}])])

test_prd001_hpa_of_another_workload if {
	"PRD-001" in ids(fixtures.with_files([hpa_for("worker"), one_replica]))
	not "PRD-001" in ids(fixtures.with_files([hpa_for("cart"), one_replica]))
	not "PRD-001" in ids(fixtures.with_files([hpa_for("TEMPLATED"), one_replica]))
	templated_workload := fixtures.file("gitops/shop/prod/cart/templates/deploy1.yaml", [json.patch(fixtures.deployment, [{"op": "replace", "path": "/spec/replicas", "value": 1}, {"op": "replace", "path": "/metadata/name", "value": "TEMPLATED"}])])
	not "PRD-001" in ids(fixtures.with_files([hpa_for("worker"), templated_workload]))
}

test_prd001_hpa_of_another_kind if {
	sts := fixtures.file("gitops/shop/prod/cart/templates/deploy1.yaml", [json.patch(fixtures.deployment, [{"op": "replace", "path": "/spec/replicas", "value": 1}, {"op": "replace", "path": "/kind", "value": "StatefulSet"}])])
	"PRD-001" in ids(fixtures.with_files([hpa_for("cart"), sts]))
}

test_replication_controller_needs_replicas if {
	rc := json.patch(fixtures.deployment, [{"op": "replace", "path": "/kind", "value": "ReplicationController"}, {"op": "replace", "path": "/spec/replicas", "value": 1}])
	"PRD-001" in ids(fixtures.with_file(fixtures.deploy_path, [rc]))
}

# A line that prints among the pod template's literal labels (input.ts: __printed__<line>) is not
# a label: the message names the literal ones only.
test_prd002_message_leaves_printed_lines_out if {
	printed := {"app": "cart", "__printed__9": {"__templated__": "{{- include \"cart.labels\" . | nindent 8 }}"}}
	inp := fixtures.with_container([{"op": "replace", "path": "/spec/template/metadata/labels", "value": printed}])
	inp2 := object.union(inp, {"files": [f | some f0 in inp.files; f := pdb_worker(f0)]})
	msgs := prd002_messages(inp2)
	count(msgs) == 1
	contains(msgs[0], "the pod template's labels {app: cart})")
}
