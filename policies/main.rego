# Entrypoint gitops/decision: the one decision document the gate reads.
package gitops

import data.constitution
import data.lib
import data.packs.production
import data.packs.security_baseline

builtin_packs := {"security-baseline", "production"}

requested := {p | some p in object.get(input, "packs", [])}

org := object.get(input, "org", {})

org_packs := {p | some p in object.get(org, "packs", [])}

active_packs := ({"constitution"} | (requested & builtin_packs)) | {concat("", ["org:", p]) | some p in org_packs}

gate_rules := {
	"gate.unknown-pack": {"id": "gate.unknown-pack", "title": "Requested packs exist", "anchor": "gate-rules"},
	"waiver.malformed": {"id": "waiver.malformed", "title": "Malformed waiver ignored", "anchor": "waivers"},
	"waiver.expired": {"id": "waiver.expired", "title": "Expired waiver ignored", "anchor": "waivers"},
	"waiver.constitution": {"id": "waiver.constitution", "title": "Constitution rules cannot be waived", "anchor": "waivers"},
	"waiver.clock": {"id": "waiver.clock", "title": "Waivers need a valid clock", "anchor": "waivers"},
	"waiver.unknown-rule": {"id": "waiver.unknown-rule", "title": "Waivers name a rule", "anchor": "waivers"},
}

# ---------------------------------------------------------------- raw verdicts

raw_deny contains object.union(d, {"pack": "constitution"}) if some d in constitution.deny

raw_deny contains object.union(d, {"pack": "security-baseline"}) if {
	"security-baseline" in active_packs
	some d in security_baseline.deny
}

raw_deny contains object.union(d, {"pack": "production"}) if {
	"production" in active_packs
	some d in production.deny
}

raw_deny contains org_item(d) if some d in object.get(org, "denials", [])

# A gate rule (POLICIES.md, Gate rules), marked as the gate's like gate.fail-closed.
raw_deny contains object.union(lib.item(gate_rules["gate.unknown-pack"], msg, "", null, null), {"pack": "gate"}) if {
	some p in requested
	p != "constitution" # always on: naming it asks for nothing more
	not p in builtin_packs
	not p in org_packs
	msg := sprintf("pack '%s' was requested but does not exist (built-in packs: %s; org packs: %s)", [p, concat(", ", sort(builtin_packs)), org_pack_names])
}

# For the unknown-pack message: "none" rather than an empty list.
org_pack_names := concat(", ", sort(org_packs)) if count(org_packs) > 0

else := "none"

raw_warn contains object.union(d, {"pack": "constitution"}) if some d in constitution.warn

raw_warn contains org_item(d) if some d in object.get(org, "warnings", [])

# Items from org packs are always marked as such: an org pack can never speak for the constitution.
org_item(d) := object.union(d, {"pack": pack}) if {
	p := sprintf("%v", [object.get(d, "pack", "org")])
	pack := concat("", ["org:", trim_prefix(p, "org:")])
}

# ---------------------------------------------------------------- waivers

waivers := object.get(input, "waivers", [])

now := object.get(input, "now", "")

rfc3339 := `^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}Z$`

waiver_fields := ["rule_id", "path", "reason", "expires", "approved_by"]

clock_ok if {
	is_string(now)
	regex.match(rfc3339, now)
}

well_formed(w) if {
	is_object(w)
	every k in waiver_fields {
		is_string(w[k])
		trim_space(w[k]) != ""
	}
	regex.match(rfc3339, w.expires)
}

constitution_rule(id) if constitution.rules[id]

constitution_rule(id) if startswith(id, "CON-")

constitution_rule(id) if startswith(id, "gate.")

live(w) if {
	well_formed(w)
	clock_ok
	w.expires > now
	not constitution_rule(w.rule_id)
}

waiver_for(d) := matches[0] if {
	d.pack != "constitution"
	not constitution_rule(d.rule_id)
	matches := [w |
		some w in waivers
		live(w)
		w.rule_id == d.rule_id
		glob.match(w.path, ["/"], d.path)
	]
	count(matches) > 0
}

source(w) := sprintf(" (%s)", [w.source]) if {
	is_object(w)
	is_string(w.source)
} else := ""

waiver_warn contains waiver_item("waiver.malformed", msg, w) if {
	some w in waivers
	not well_formed(w)
	msg := sprintf("waiver%s is ignored: it needs rule_id, path, reason, approved_by and expires (RFC 3339, UTC)", [source(w)])
}

waiver_warn contains waiver_item("waiver.expired", msg, w) if {
	some w in waivers
	well_formed(w)
	clock_ok
	w.expires <= now
	msg := sprintf("waiver for %s on %s%s expired at %s and is ignored", [w.rule_id, w.path, source(w), w.expires])
}

waiver_warn contains waiver_item("waiver.constitution", msg, w) if {
	some w in waivers
	well_formed(w)
	constitution_rule(w.rule_id)
	msg := sprintf("waiver for %s on %s%s is ignored: %s can never be waived", [w.rule_id, w.path, source(w), unwaivable_kind(w.rule_id)])
}

# A waiver whose rule_id names no rule waives nothing, and a typo (sec-003, SEC-03) would
# otherwise leave the denial standing with no word on why. A rule of a built-in pack that is
# not on in this run is still a rule (one waivers file serves runs with other packs), and so
# is every rule an org pack evaluated or reported.
known_rule_ids := ((({id | some id, _ in constitution.rules} | {id | some id, _ in security_baseline.rules}) | {id | some id, _ in production.rules}) | {id | some id, _ in gate_rules}) | org_rule_ids

org_rule_ids contains r.rule_id if {
	some k in ["evaluated", "denials", "warnings"]
	some r in object.get(org, k, [])
	is_string(r.rule_id)
}

waiver_warn contains waiver_item("waiver.unknown-rule", msg, w) if {
	some w in waivers
	well_formed(w)
	not constitution_rule(w.rule_id)
	not w.rule_id in known_rule_ids
	msg := sprintf("waiver for %s on %s%s waives nothing: no rule of the gate has the id %s%s", [w.rule_id, w.path, source(w), w.rule_id, did_you_mean(w.rule_id)])
}

did_you_mean(id) := sprintf(" (did you mean %s?)", [upper(id)]) if {
	upper(id) != id
	upper(id) in known_rule_ids
} else := ""

# The message names what the rule is: a gate rule (gate.fail-closed, gate.unknown-pack) is no
# constitution rule, though neither can be waived.
unwaivable_kind(id) := "the gate's own rules" if startswith(id, "gate.")

else := "constitution rules"

waiver_warn contains gate_warn("waiver.clock", msg, "") if {
	count(waivers) > 0
	not clock_ok
	msg := sprintf("input.now '%v' is not an RFC 3339 UTC time; no waiver was applied", [now])
}

gate_warn(id, msg, path) := object.union(lib.item(gate_rules[id], msg, path, null, null), {"pack": "gate"})

# A warning about a waiver: about the files its glob names (path), and carrying the waiver's
# own place (`source`, "<waivers file>:<line>"), where a finding about it belongs.
waiver_item(id, msg, w) := object.union(gate_warn(id, msg, object.get(w, "path", "")), {"source": w.source}) if {
	is_object(w)
	is_string(w.source)
} else := gate_warn(id, msg, object.get(w, "path", ""))

# ---------------------------------------------------------------- decision

denials := [d | some d in raw_deny; not waiver_for(d)]

waived := [object.union(d, {"waiver": {"reason": w.reason, "approved_by": w.approved_by, "expires": w.expires}}) |
	some d in raw_deny
	w := waiver_for(d)
]

warnings := array.concat(array.concat([w | some w in raw_warn], [w | some w in waiver_warn]), waived)

evaluated := array.concat(
	array.concat(
		lib.catalogue(constitution.rules, "constitution"),
		array.concat(
			[r | "security-baseline" in active_packs; some r in lib.catalogue(security_baseline.rules, "security-baseline")],
			[r | "production" in active_packs; some r in lib.catalogue(production.rules, "production")],
		),
	),
	[object.union(r, {"pack": concat("", ["org:", trim_prefix(sprintf("%v", [object.get(r, "pack", "org")]), "org:")])}) | some r in object.get(org, "evaluated", [])],
)

# The clusters of the input (the proposal's targets, the clusters of its Applications) that
# config.production_clusters names production, whether or not the production pack is on: the
# pull request's blast radius says which of its clusters they are.
input_clusters contains t.cluster if {
	some t in object.get(input, "targets", [])
	is_string(t.cluster)
	t.cluster != ""
}

input_clusters contains c if {
	some a in lib.applications
	c := lib.app_cluster(a)
	is_string(c)
	c != ""
}

production_clusters := sort([c | some c in input_clusters; lib.is_production(c)])

decision := {
	"allow": count(denials) == 0,
	"production_clusters": production_clusters,
	"denials": denials,
	"warnings": warnings,
	"waived": waived,
	"evaluated": evaluated,
	"packs": sort(active_packs),
}
