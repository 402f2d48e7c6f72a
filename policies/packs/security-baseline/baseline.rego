# Pack "security-baseline": the restricted Pod Security Standard, plus resources.
package packs.security_baseline

import data.lib

rules := {
	"SEC-001": {"id": "SEC-001", "title": "Containers run as non-root", "anchor": "sec-001-containers-run-as-non-root"},
	"SEC-002": {"id": "SEC-002", "title": "No privilege escalation", "anchor": "sec-002-no-privilege-escalation"},
	"SEC-003": {"id": "SEC-003", "title": "Read-only root filesystem", "anchor": "sec-003-read-only-root-filesystem"},
	"SEC-004": {"id": "SEC-004", "title": "All capabilities dropped", "anchor": "sec-004-all-capabilities-dropped"},
	"SEC-005": {"id": "SEC-005", "title": "No host namespaces, host ports or hostPath volumes", "anchor": "sec-005-no-host-namespaces-host-ports-or-hostpath-volumes"},
	"SEC-006": {"id": "SEC-006", "title": "Resource requests and limits", "anchor": "sec-006-resource-requests-and-limits"},
}

# container_context yields, per container, the effective pod and container securityContext
# and resources: as written, or, where the template prints them from values, values.yaml at
# the path the directive names (lib.effective). `blocks` keeps them as written, for the
# rules that deny what they cannot judge.
container_context := [ctx |
	some w in lib.workloads
	some [cfield, c] in lib.containers(w.spec)
	field := array.concat(w.spec_field, cfield)
	# with_printed: keys that a line among the pod spec's or the container's prints from values.
	psc := object.get(lib.with_printed(w.spec, w.chart), "securityContext", {})
	cw := lib.with_printed(c, w.chart)
	csc := object.get(cw, "securityContext", {})
	res := object.get(cw, "resources", {})
	ctx := {
		"w": {"path": w.path, "index": w.index, "kind": w.kind, "name": w.name, "chart": w.chart},
		"field": field,
		"name": lib.container_name(c),
		# resolved: a field the template prints inline from values (`privileged: {{ .Values.privileged }}`) is read there.
		"psc": lib.resolved(lib.effective_object(psc, w.chart), w.chart),
		"csc": lib.resolved(lib.effective_object(csc, w.chart), w.chart),
		"resources": lib.effective_object(res, w.chart),
		"blocks": {
			"pod": {"label": "the pod securityContext", "raw": psc, "field": array.concat(w.spec_field, ["securityContext"])},
			"container": {"label": "securityContext", "raw": csc, "field": array.concat(field, ["securityContext"])},
			"resources": {"label": "resources", "raw": res, "field": array.concat(field, ["resources"])},
		},
		# Where the securityContexts are keys: a line there that prints may set them (unread_line).
		"holders": {"pod": {"label": "the pod spec", "raw": w.spec}, "container": {"label": "the container", "raw": c}},
	}
]

# The blocks each rule reads. A rule that reads a block the template fills without a .Values
# path the gate can read (an include, a helper) denies it as unjudgeable instead of judging it.
reads := {
	"SEC-001": ["pod", "container"],
	"SEC-002": ["container"],
	"SEC-003": ["container"],
	"SEC-004": ["container"],
	"SEC-006": ["resources"],
}

judged(ctx, rule) if {
	every b in reads[rule] {
		not lib.unjudgeable(ctx.blocks[b].raw)
		not unread_line(ctx, b)
	}
}

deny contains lib.item(rules[rule], msg, ctx.w.path, ctx.w.index, blk.field) if {
	some ctx in container_context
	some rule, names in reads
	not exempt(rule, ctx.field)
	some b in names
	blk := ctx.blocks[b]
	lib.unjudgeable(blk.raw)
	msg := sprintf("%s %s, container %s: %s comes from `%s`, which names no .Values path the gate can read without rendering the chart; it cannot judge %s, so it denies (print the block with toYaml .Values.<key>, or write it in the template)", [ctx.w.kind, ctx.w.name, ctx.name, blk.label, lib.directive(blk.raw), rule])
}

# A securityContext written in the template with a line among its keys (or its capabilities',
# or among the keys of the pod spec or container that holds it) that prints what the gate cannot
# read (`{{- include "x.extra" . | nindent 12 }}`) may set any of its fields (`privileged: true`,
# `runAsUser: 0`, `readOnlyRootFilesystem: false`): every rule that reads it denies, as for a
# block filled so. Such a line among the keys of `resources` can only add quantities, and the
# ones written are judged (SEC-006). [where, directive], for the message.
unread_line(ctx, b) := [ctx.blocks[b].label, p] if {
	b in {"pod", "container"}
	p := lib.partly_unjudgeable(ctx.blocks[b].raw)
} else := [sprintf("%s.capabilities", [ctx.blocks[b].label]), p] if {
	b in {"pod", "container"}
	is_object(ctx.blocks[b].raw)
	p := lib.partly_unjudgeable(object.get(ctx.blocks[b].raw, "capabilities", {}))
} else := [ctx.holders[b].label, p] if {
	b in {"pod", "container"}
	p := lib.partly_unjudgeable(ctx.holders[b].raw)
}

deny contains lib.item(rules[rule], msg, ctx.w.path, ctx.w.index, blk.field) if {
	some ctx in container_context
	some rule, names in reads
	some b in names
	blk := ctx.blocks[b]
	not lib.unjudgeable(blk.raw)
	[where, p] := unread_line(ctx, b)
	msg := sprintf("%s %s, container %s: %s has `%s` among its keys, which names no .Values path the gate can read without rendering the chart and could set %s; it cannot judge %s, so it denies (print them with toYaml .Values.<key>, or write them in the template)", [ctx.w.kind, ctx.w.name, ctx.name, where, lib.directive(p), could_set(where, blk.label), rule])
}

could_set(where, _) := "the pod securityContext" if where == "the pod spec"

else := "the container's securityContext" if where == "the container"

else := "any of them"

deny_at(rule, ctx, msg, key) := lib.item(rule, sprintf("%s %s, container %s: %s%s", [ctx.w.kind, ctx.w.name, ctx.name, msg, from_values(rule.id, ctx)]), ctx.w.path, ctx.w.index, array.concat(ctx.field, key))

# from_values: where a denial's block came from, when a template printed it from values.yaml.
from_values(rule, ctx) := concat("", [lib.values_source(ctx.blocks[b].raw, ctx.w.chart) | some b in reads[rule]]) if reads[rule]

else := ""

# A field whose value a rule forbids (privileged: true, runAsUser: 0, hostNetwork: true) that
# the template fills inline without a .Values path the gate can read (TEMPLATED: a helper,
# `default`, a pipeline, quotes) could hold that value: the rule cannot judge it, and denies.
cannot_judge(what) := sprintf("%s is templated without one .Values path the gate can read without rendering the chart (a helper, default, a pipeline or quotes); it cannot judge it, so it denies (print it from {{ .Values.<key> }}, or write it in the template)", [what])

deny contains deny_at(rules["SEC-001"], ctx, cannot_judge(sprintf("securityContext.%s", [key])), ["securityContext", key]) if {
	some ctx in container_context
	judged(ctx, "SEC-001")
	some key in ["runAsNonRoot", "runAsUser"]
	lib.unjudgeable(ctx.csc[key])
}

deny contains lib.item(rules["SEC-001"], msg, ctx.w.path, ctx.w.index, array.concat(ctx.blocks.pod.field, ["runAsUser"])) if {
	some ctx in container_context
	judged(ctx, "SEC-001")
	lib.unjudgeable(ctx.psc.runAsUser)
	object.get(ctx.csc, "runAsUser", null) == null # the container's own setting wins
	msg := sprintf("%s %s, container %s: %s", [ctx.w.kind, ctx.w.name, ctx.name, cannot_judge("the pod securityContext.runAsUser")])
}

deny contains deny_at(rules["SEC-002"], ctx, cannot_judge("securityContext.privileged"), ["securityContext", "privileged"]) if {
	some ctx in container_context
	judged(ctx, "SEC-002")
	lib.unjudgeable(ctx.csc.privileged)
}

# SEC-001
deny contains deny_at(rules["SEC-001"], ctx, "runAsNonRoot is not true (on the container or the pod)", ["securityContext", "runAsNonRoot"]) if {
	some ctx in container_context
	judged(ctx, "SEC-001")
	not non_root(ctx)
}

deny contains deny_at(rules["SEC-001"], ctx, "runAsUser is 0 (root)", ["securityContext", "runAsUser"]) if {
	some ctx in container_context
	judged(ctx, "SEC-001")
	ctx.csc.runAsUser == 0
}

# A root uid the pod sets (and the container does not override) is reported where it is set,
# the pod securityContext, not at a container field that is not there.
deny contains lib.item(rules["SEC-001"], msg, ctx.w.path, ctx.w.index, array.concat(ctx.blocks.pod.field, ["runAsUser"])) if {
	some ctx in container_context
	judged(ctx, "SEC-001")
	ctx.psc.runAsUser == 0
	object.get(ctx.csc, "runAsUser", null) == null # the container's own setting wins
	msg := sprintf("%s %s, container %s: the pod securityContext.runAsUser is 0 (root)%s", [ctx.w.kind, ctx.w.name, ctx.name, lib.values_source(ctx.blocks.pod.raw, ctx.w.chart)])
}

non_root(ctx) if ctx.csc.runAsNonRoot == true

non_root(ctx) if {
	ctx.psc.runAsNonRoot == true
	object.get(ctx.csc, "runAsNonRoot", true) != false
}


# SEC-002
deny contains deny_at(rules["SEC-002"], ctx, "allowPrivilegeEscalation is not false", ["securityContext", "allowPrivilegeEscalation"]) if {
	some ctx in container_context
	judged(ctx, "SEC-002")
	object.get(ctx.csc, "allowPrivilegeEscalation", true) != false
}

deny contains deny_at(rules["SEC-002"], ctx, "the container is privileged", ["securityContext", "privileged"]) if {
	some ctx in container_context
	judged(ctx, "SEC-002")
	ctx.csc.privileged == true
}

# SEC-003
deny contains deny_at(rules["SEC-003"], ctx, "readOnlyRootFilesystem is not true", ["securityContext", "readOnlyRootFilesystem"]) if {
	some ctx in container_context
	judged(ctx, "SEC-003")
	object.get(ctx.csc, "readOnlyRootFilesystem", false) != true
}

# SEC-004. Compared as Pod Security admission compares them (pod-security-admission,
# policy/check_capabilities_restricted.go: `c == "ALL"`, `c != "NET_BIND_SERVICE"`): exactly,
# case included. `drop: [all]` may well drop everything at the container runtime, but a
# namespace enforcing the restricted level rejects the pod, so the gate does not let it through.
deny contains deny_at(rules["SEC-004"], ctx, drop_message(ctx.csc), ["securityContext", "capabilities", "drop"]) if {
	some ctx in container_context
	judged(ctx, "SEC-004")
	not drops_all(ctx.csc)
}

drops_all(csc) if "ALL" in dropped(csc)

dropped(csc) := d if {
	d := csc.capabilities.drop
	is_array(d)
} else := []

# The message says why a drop of `all` in another case is not one.
drop_message(csc) := sprintf("capabilities.drop has %v but not ALL: Pod Security admission (restricted) compares capability names exactly, so it must be written ALL", [other]) if {
	other := [c | some c in dropped(csc); is_string(c); upper(c) == "ALL"][0]
} else := "capabilities.drop does not include ALL"

# Dropping ALL means nothing when `add` hands capabilities back: the restricted Pod Security
# Standard lets a container add back NET_BIND_SERVICE and nothing else (`add: [SYS_ADMIN]`
# is root in all but name, `add: [ALL]` undoes the drop). Compared exactly, as `drop` is.
addable_capabilities := {"NET_BIND_SERVICE"}

deny contains deny_at(rules["SEC-004"], ctx, msg, ["securityContext", "capabilities", "add", j]) if {
	some ctx in container_context
	judged(ctx, "SEC-004")
	some j, cap in added(ctx.csc)
	not addable_capabilities[cap]
	msg := sprintf("capabilities.add adds %v; only NET_BIND_SERVICE may be added back%s", [cap, add_case_note(cap)])
}

add_case_note(cap) := " (written exactly so: Pod Security admission compares capability names case included)" if {
	is_string(cap)
	upper(cap) == "NET_BIND_SERVICE"
} else := ""

added(csc) := a if {
	a := csc.capabilities.add
	is_array(a)
} else := []

# SEC-005. Host namespaces, volumes and ports printed from values (`hostNetwork: {{ .Values.hostNetwork }}`,
# `{{- with .Values.volumes }}` ... `toYaml .`) are judged at their values path (lib.scalar); filled
# otherwise (a helper, `default`), they are denied as unjudgeable.
host_keys := ["hostNetwork", "hostPID", "hostIPC"]

deny contains lib.item(rules["SEC-005"], msg, w.path, w.index, array.concat(w.spec_field, [key])) if {
	some w in lib.workloads
	some key in host_keys
	raw := object.get(lib.with_printed(w.spec, w.chart), key, null)
	lib.scalar(raw, w.chart) == true
	msg := sprintf("%s %s: %s is true%s", [w.kind, w.name, key, lib.values_source(raw, w.chart)])
}

deny contains lib.item(rules["SEC-005"], msg, w.path, w.index, array.concat(w.spec_field, [key])) if {
	some w in lib.workloads
	some key in host_keys
	lib.unjudgeable(object.get(w.spec, key, null))
	msg := sprintf("%s %s: %s", [w.kind, w.name, cannot_judge(key)])
}

# A line among the pod spec's keys that prints what the gate cannot read (`{{- include "x.pod" . | nindent 6 }}`)
# could set hostNetwork, hostPID, hostIPC or a hostPath volume: SEC-005 cannot judge the pod, and denies.
deny contains lib.item(rules["SEC-005"], msg, w.path, w.index, w.spec_field) if {
	some w in lib.workloads
	p := lib.partly_unjudgeable(w.spec)
	msg := sprintf("%s %s: the pod spec has `%s` among its keys, which names no .Values path the gate can read without rendering the chart and could set hostNetwork, hostPID, hostIPC or volumes; it cannot judge SEC-005, so it denies (print them with toYaml .Values.<key>, or write them in the template)", [w.kind, w.name, lib.directive(p)])
}

# The same for a line among a container's keys, which could set its ports (a hostPort).
deny contains deny_at(rules["SEC-005"], ctx, msg, []) if {
	some w in lib.workloads
	some [cfield, c] in lib.containers(w.spec)
	p := lib.partly_unjudgeable(c)
	ctx := port_context(w, cfield, c)
	msg := sprintf("the container has `%s` among its keys, which names no .Values path the gate can read without rendering the chart and could set its ports (a hostPort); it cannot judge SEC-005, so it denies (print them with toYaml .Values.<key>, or write them in the template)", [lib.directive(p)])
}

# The volumes as Helm renders them, with the field a finding about volume i points at: the
# volume as written, or the `volumes` field when the template prints them from values.
volumes(w) := [[array.concat(w.spec_field, ["volumes", i]), v] | some i, v in raw] if {
	raw := object.get(lib.with_printed(w.spec, w.chart), "volumes", [])
	not lib.is_templated(raw)
} else := [[array.concat(w.spec_field, ["volumes"]), v] | some v in lib.scalar(w.spec.volumes, w.chart)]

deny contains lib.item(rules["SEC-005"], msg, w.path, w.index, array.concat(field, hostpath_field(w))) if {
	some w in lib.workloads
	some [field, v] in volumes(w)
	v.hostPath
	msg := sprintf("%s %s: volume %s is a hostPath%s", [w.kind, w.name, object.get(v, "name", ""), lib.values_source(w.spec.volumes, w.chart)])
}

hostpath_field(w) := [] if lib.is_templated(w.spec.volumes)

else := ["hostPath"]

deny contains lib.item(rules["SEC-005"], msg, w.path, w.index, array.concat(w.spec_field, ["volumes"])) if {
	some w in lib.workloads
	lib.unjudgeable(w.spec.volumes)
	msg := sprintf("%s %s: %s", [w.kind, w.name, cannot_judge("volumes")])
}

# The ports of a container as Helm renders them, with the field a finding about port i points
# at: the port as written, or the `ports` field when the template prints them from values.
ports(c, chart) := [[["ports", i], p] | some i, p in raw] if {
	raw := object.get(lib.with_printed(c, chart), "ports", [])
	not lib.is_templated(raw)
} else := [[["ports"], p] | some p in lib.scalar(c.ports, chart)]

deny contains deny_at(rules["SEC-005"], ctx, sprintf("port %v binds a hostPort%s", [lib.scalar(object.get(p, "containerPort", ""), w.chart), lib.values_source(object.get(c, "ports", null), w.chart)]), port_field(pfield, c)) if {
	some w in lib.workloads
	some [cfield, c] in lib.containers(w.spec)
	some [pfield, p] in ports(c, w.chart)
	not lib.unjudgeable(p.hostPort)
	lib.truthy(lib.scalar(p.hostPort, w.chart))
	ctx := port_context(w, cfield, c)
}

port_field(pfield, c) := pfield if lib.is_templated(c.ports)

else := array.concat(pfield, ["hostPort"])

deny contains deny_at(rules["SEC-005"], ctx, cannot_judge(sprintf("port %d's hostPort", [i])), ["ports", i, "hostPort"]) if {
	some w in lib.workloads
	some [cfield, c] in lib.containers(w.spec)
	some i, p in object.get(c, "ports", [])
	lib.unjudgeable(p.hostPort)
	ctx := port_context(w, cfield, c)
}

deny contains deny_at(rules["SEC-005"], ctx, cannot_judge("ports"), ["ports"]) if {
	some w in lib.workloads
	some [cfield, c] in lib.containers(w.spec)
	lib.unjudgeable(c.ports)
	ctx := port_context(w, cfield, c)
}

port_context(w, cfield, c) := {
	"w": {"path": w.path, "index": w.index, "kind": w.kind, "name": w.name},
	"field": array.concat(w.spec_field, cfield),
	"name": lib.container_name(c),
}

# SEC-006: requests for cpu and memory, a memory limit. A CPU limit is not required
# (it throttles without protecting the node); see POLICIES.md.
required_resources := [["requests", "cpu"], ["requests", "memory"], ["limits", "memory"]]

deny contains deny_at(rules["SEC-006"], ctx, sprintf("resources.%s.%s is not set%s%s", [r[0], r[1], defaulted_from(r), nested_block_note(ctx, r[0])]), ["resources", r[0], r[1]]) if {
	some ctx in container_context
	not ephemeral(ctx.field)
	judged(ctx, "SEC-006")
	some r in required_resources
	not resource_set(ctx, r)
}

ephemeral(field) if "ephemeralContainers" in field

# exempt: the rules a container is not held to (SEC-006 for ephemeral containers).
exempt("SEC-006", field) if ephemeral(field)

# quantity: resources.<requests|limits>.<name> as Helm renders it: the `requests:` or `limits:`
# block may itself be printed from values (`{{- toYaml .Values.resources.requests | nindent 14 }}`),
# and a quantity inline (`cpu: {{ .Values.cpu }}`, unset in values: Helm prints nothing).
quantity(ctx, r) := q if {
	block := lib.effective_object(object.get(ctx.resources, r[0], {}), ctx.w.chart)
	q := lib.scalar(block[r[1]], ctx.w.chart)
	q != null
	q != ""
}

resource_set(ctx, r) if quantity(ctx, r)

# Kubernetes sets a request that a container leaves out to its limit of the same resource
# (`limits: { cpu: 500m, memory: 256Mi }` alone requests 500m and 256Mi): the scheduler
# reserves it all the same, so limits alone are not a missing request.
resource_set(ctx, ["requests", name]) if quantity(ctx, ["limits", name])

defaulted_from(r) := sprintf(" (nor limits.%s, which Kubernetes would copy to it)", [r[1]]) if r[0] == "requests"

else := ""

# A `requests:` or `limits:` block filled by what the gate cannot read (an include, a helper)
# reads as unset: the message says why.
nested_block_note(ctx, key) := sprintf(" (resources.%s comes from `%s`, which names no .Values path the gate can read without rendering the chart)", [key, lib.directive(raw)]) if {
	raw := object.get(ctx.resources, key, null)
	lib.unjudgeable(raw)
} else := ""
