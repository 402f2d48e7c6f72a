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

# PRD-003
test_prd003_allow if not "PRD-003" in ids(fixtures.base)

test_prd003_deny_readiness if "PRD-003" in ids(fixtures.with_container([{"op": "remove", "path": concat("", [c, "/readinessProbe"])}]))

test_prd003_deny_liveness if "PRD-003" in ids(fixtures.with_container([{"op": "remove", "path": concat("", [c, "/livenessProbe"])}]))

test_prd003_templated_probe_from_values if {
	inp := fixtures.with_container([{"op": "replace", "path": concat("", [c, "/livenessProbe"]), "value": {"__templated__": "x"}}])
	"PRD-003" in ids(inp)
	v := object.union(fixtures.values, {"livenessProbe": {"tcpSocket": {"port": 8080}}})
	not "PRD-003" in ids(object.union(inp, {"files": [f | some f0 in inp.files; f := set_values(f0, v)]}))
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
