package gitops_test

import data.fixtures
import data.gitops

latest := fixtures.with_container([{"op": "replace", "path": "/spec/template/spec/containers/0/image", "value": "ghcr.io/acme/cart:latest"}])

no_ro := fixtures.with_container([{"op": "replace", "path": "/spec/template/spec/containers/0/securityContext/readOnlyRootFilesystem", "value": false}])

waiver(rule, path, expires) := {"rule_id": rule, "path": path, "reason": "tmp cache", "expires": expires, "approved_by": "platform", "source": "w.yaml:2"}

decision(inp) := d if {
	d := gitops.decision with input as inp
}

test_allow if {
	d := decision(fixtures.base)
	d.allow
	count(d.denials) == 0
	d.packs == ["constitution", "production", "security-baseline"]
	count(d.evaluated) == 19
}

test_deny_with_item_shape if {
	d := decision(latest)
	not d.allow
	some item in d.denials
	item.rule_id == "CON-008"
	item.pack == "constitution"
	item.path == fixtures.deploy_path
	startswith(item.citation, "https://github.com/trustacks/gitops-action/blob/v1/POLICIES.md#con-008")
}

test_packs_opt_in if {
	d := decision(object.union(no_ro, {"packs": []}))
	d.allow
	d.packs == ["constitution"]
	count(d.evaluated) == 9
}

test_constitution_named_as_a_pack_is_no_unknown_pack if {
	d := decision(object.union(no_ro, {"packs": ["constitution"]}))
	d.allow
	d.packs == ["constitution"]
	not "gate.unknown-pack" in {item.rule_id | some item in d.denials}
}

test_unknown_pack_denied if {
	d := decision(object.union(fixtures.base, {"packs": ["nope"]}))
	some item in d.denials
	item.rule_id == "gate.unknown-pack"
	item.pack == "gate" # a gate rule, as POLICIES.md lists it, not the constitution's
}

test_waiver_applies if {
	d := decision(object.union(no_ro, {"waivers": [waiver("SEC-003", "gitops/**", "2027-01-01T00:00:00Z")]}))
	d.allow
	count(d.waived) == 1
	d.waived[0].waiver.approved_by == "platform"
	some w in d.warnings
	w.rule_id == "SEC-003"
}

test_waiver_glob_must_match if {
	d := decision(object.union(no_ro, {"waivers": [waiver("SEC-003", "gitops/*/staging/**", "2027-01-01T00:00:00Z")]}))
	not d.allow
	count(d.waived) == 0
}

test_waiver_single_star_stays_in_folder if {
	d := decision(object.union(no_ro, {"waivers": [waiver("SEC-003", "gitops/*", "2027-01-01T00:00:00Z")]}))
	not d.allow
}

test_waiver_rule_must_match if not decision(object.union(no_ro, {"waivers": [waiver("SEC-004", "**", "2027-01-01T00:00:00Z")]})).allow

test_waiver_expired if {
	d := decision(object.union(no_ro, {"waivers": [waiver("SEC-003", "**", "2026-11-25T23:59:59Z")]}))
	not d.allow
	some w in d.warnings
	w.rule_id == "waiver.expired"
	contains(w.message, "w.yaml:2")
}

test_waiver_constitution_never if {
	d := decision(object.union(latest, {"waivers": [waiver("CON-008", "**", "2027-01-01T00:00:00Z")]}))
	not d.allow
	count(d.waived) == 0
	some w in d.warnings
	w.rule_id == "waiver.constitution"
}

test_waiver_gate_rule_never if {
	d := decision(object.union(latest, {"packs": ["nope"], "waivers": [waiver("gate.unknown-pack", "**", "2027-01-01T00:00:00Z")]}))
	"gate.unknown-pack" in {x.rule_id | some x in d.denials}
	[w.message | some w in d.warnings; w.rule_id == "waiver.constitution"] == ["waiver for gate.unknown-pack on ** (w.yaml:2) is ignored: the gate's own rules can never be waived"]
	[x.message | some x in d.denials; x.rule_id == "gate.unknown-pack"] == ["pack 'nope' was requested but does not exist (built-in packs: production, security-baseline; org packs: none)"]
}

test_waiver_unknown_rule if {
	d := decision(object.union(no_ro, {"waivers": [waiver("sec-003", "**", "2027-01-01T00:00:00Z"), waiver("SEC-03", "**", "2027-01-01T00:00:00Z")]}))
	not d.allow
	count(d.waived) == 0
	msgs := {w.message | some w in d.warnings; w.rule_id == "waiver.unknown-rule"}
	msgs == {
		"waiver for sec-003 on ** (w.yaml:2) waives nothing: no rule of the gate has the id sec-003 (did you mean SEC-003?)",
		"waiver for SEC-03 on ** (w.yaml:2) waives nothing: no rule of the gate has the id SEC-03",
	}
}

test_waiver_rule_of_a_pack_not_on_is_known if {
	d := decision(object.union(no_ro, {"waivers": [waiver("PRD-004", "**", "2027-01-01T00:00:00Z")]}))
	count([w | some w in d.warnings; w.rule_id == "waiver.unknown-rule"]) == 0
}

test_waiver_org_rule_is_known if {
	d := decision(object.union(org_input, {"waivers": [waiver("ORG-001", "**", "2027-01-01T00:00:00Z"), waiver("ORG-002", "**", "2027-01-01T00:00:00Z")]}))
	count([w | some w in d.warnings; w.rule_id == "waiver.unknown-rule"]) == 0
	"ORG-001" in {x.rule_id | some x in d.waived}
}

test_waiver_malformed if {
	d := decision(object.union(no_ro, {"waivers": [{"rule_id": "SEC-003", "path": "**"}, waiver("SEC-003", "**", "2027-13-01")]}))
	not d.allow
	count([w | some w in d.warnings; w.rule_id == "waiver.malformed"]) == 2
}

test_waiver_bad_clock if {
	d := decision(object.union(no_ro, {"now": "yesterday", "waivers": [waiver("SEC-003", "**", "2027-01-01T00:00:00Z")]}))
	not d.allow
	some w in d.warnings
	w.rule_id == "waiver.clock"
}

org_input := object.union(fixtures.base, {"packs": ["security-baseline", "production", "team"], "org": {
	"packs": ["team"],
	"denials": [{"rule_id": "ORG-001", "title": "t", "message": "m", "path": fixtures.deploy_path, "citation": "c", "pack": "team"}],
	"warnings": [{"rule_id": "ORG-002", "title": "t", "message": "w", "path": "", "citation": "c", "pack": "constitution"}],
	"evaluated": [{"rule_id": "ORG-001", "title": "t", "citation": "c", "pack": "team"}],
}})

test_org_merged if {
	d := decision(org_input)
	not d.allow
	d.denials[0].pack == "org:team"
	some w in d.warnings
	w.pack == "org:constitution"
	"org:team" in d.packs
	some e in d.evaluated
	e.pack == "org:team"
}

test_org_waivable if {
	d := decision(object.union(org_input, {"waivers": [waiver("ORG-001", "gitops/**", "2027-01-01T00:00:00Z")]}))
	d.allow
	d.waived[0].rule_id == "ORG-001"
}

test_production_clusters_named_whether_or_not_the_pack_is_on if {
	d := decision(fixtures.base)
	d.production_clusters == ["prod"]
	off := decision(object.union(fixtures.base, {"packs": []}))
	off.production_clusters == ["prod"]
	none := decision(object.union(fixtures.base, {"config": {"production_clusters": ["live-*"]}}))
	none.production_clusters == []
}
