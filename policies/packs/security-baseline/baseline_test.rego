package packs.security_baseline_test

import data.fixtures
import data.packs.security_baseline

ids(inp) := {d.rule_id | some d in security_baseline.deny with input as inp}

c := "/spec/template/spec/containers/0"

test_base_is_allowed if count(security_baseline.deny) == 0 with input as fixtures.base

# SEC-001
test_sec001_allow_pod_level if not "SEC-001" in ids(fixtures.with_container([{"op": "remove", "path": concat("", [c, "/securityContext/runAsNonRoot"])}]))

test_sec001_allow_container_level if not "SEC-001" in ids(fixtures.with_container([
	{"op": "remove", "path": "/spec/template/spec/securityContext"},
	{"op": "add", "path": concat("", [c, "/securityContext/runAsNonRoot"]), "value": true},
]))

test_sec001_deny_missing if "SEC-001" in ids(fixtures.with_container([
	{"op": "remove", "path": "/spec/template/spec/securityContext"},
	{"op": "remove", "path": concat("", [c, "/securityContext/runAsNonRoot"])},
]))

test_sec001_deny_container_overrides if "SEC-001" in ids(fixtures.with_container([{"op": "add", "path": concat("", [c, "/securityContext/runAsNonRoot"]), "value": false}]))

test_sec001_deny_uid0 if "SEC-001" in ids(fixtures.with_container([{"op": "add", "path": concat("", [c, "/securityContext/runAsUser"]), "value": 0}]))

test_sec001_deny_pod_uid0 if "SEC-001" in ids(fixtures.with_container([{"op": "add", "path": "/spec/template/spec/securityContext/runAsUser", "value": 0}]))

# The pod's root uid is reported at the pod securityContext, where it is set.
test_sec001_pod_uid0_at_the_pod if {
	got := security_baseline.deny with input as fixtures.with_container([{"op": "add", "path": "/spec/template/spec/securityContext/runAsUser", "value": 0}])
	[[d.field, d.message] | some d in got] == [[["spec", "template", "spec", "securityContext", "runAsUser"], "Deployment cart, container cart: the pod securityContext.runAsUser is 0 (root)"]]
}

# The container's own uid wins over the pod's.
test_sec001_container_uid_overrides_pod_uid0 if not "SEC-001" in ids(fixtures.with_container([
	{"op": "add", "path": "/spec/template/spec/securityContext/runAsUser", "value": 0},
	{"op": "add", "path": concat("", [c, "/securityContext/runAsUser"]), "value": 10001},
]))

# SEC-002
test_sec002_allow if not "SEC-002" in ids(fixtures.base)

test_sec002_deny_unset if "SEC-002" in ids(fixtures.with_container([{"op": "remove", "path": concat("", [c, "/securityContext/allowPrivilegeEscalation"])}]))

test_sec002_deny_privileged if "SEC-002" in ids(fixtures.with_container([{"op": "add", "path": concat("", [c, "/securityContext/privileged"]), "value": true}]))

# SEC-003
test_sec003_allow if not "SEC-003" in ids(fixtures.base)

test_sec003_deny if "SEC-003" in ids(fixtures.with_container([{"op": "replace", "path": concat("", [c, "/securityContext/readOnlyRootFilesystem"]), "value": false}]))

# SEC-004
test_sec004_allow if not "SEC-004" in ids(fixtures.base)

# Pod Security admission (restricted) compares capability names exactly: `drop: [all]` is not
# `ALL` there, and the namespace would reject the pod; the message says so.
test_sec004_deny_lowercase_all if {
	got := [d | some d in security_baseline.deny with input as fixtures.with_container([{"op": "replace", "path": concat("", [c, "/securityContext/capabilities/drop"]), "value": ["all"]}])]
	[d.rule_id | some d in got] == ["SEC-004"]
	contains(got[0].message, "capabilities.drop has all but not ALL: Pod Security admission (restricted) compares capability names exactly")
}

test_sec004_deny if "SEC-004" in ids(fixtures.with_container([{"op": "replace", "path": concat("", [c, "/securityContext/capabilities/drop"]), "value": ["NET_RAW"]}]))

test_sec004_allow_net_bind_service if not "SEC-004" in ids(fixtures.with_container([{"op": "add", "path": concat("", [c, "/securityContext/capabilities/add"]), "value": ["NET_BIND_SERVICE"]}]))

test_sec004_deny_lowercase_net_bind_service if {
	got := [d | some d in security_baseline.deny with input as fixtures.with_container([{"op": "add", "path": concat("", [c, "/securityContext/capabilities/add"]), "value": ["NET_BIND_SERVICE", "net_bind_service"]}])]
	[[d.rule_id, d.field[count(d.field) - 1]] | some d in got] == [["SEC-004", 1]]
	contains(got[0].message, "capabilities.add adds net_bind_service; only NET_BIND_SERVICE may be added back (written exactly so")
}

# Dropping ALL and adding back anything else undoes the drop.
test_sec004_deny_added_back if {
	got := security_baseline.deny with input as fixtures.with_container([{"op": "add", "path": concat("", [c, "/securityContext/capabilities/add"]), "value": ["NET_BIND_SERVICE", "SYS_ADMIN"]}])
	[d.field | some d in got] == [["spec", "template", "spec", "containers", 0, "securityContext", "capabilities", "add", 1]]
	[d.rule_id | some d in got] == ["SEC-004"]
}

test_sec004_deny_add_all if "SEC-004" in ids(fixtures.with_container([{"op": "add", "path": concat("", [c, "/securityContext/capabilities/add"]), "value": ["ALL"]}]))

# SEC-005
test_sec005_allow if not "SEC-005" in ids(fixtures.base)

test_sec005_deny_host_network if "SEC-005" in ids(fixtures.with_container([{"op": "add", "path": "/spec/template/spec/hostNetwork", "value": true}]))

test_sec005_deny_host_pid if "SEC-005" in ids(fixtures.with_container([{"op": "add", "path": "/spec/template/spec/hostPID", "value": true}]))

test_sec005_deny_host_path if "SEC-005" in ids(fixtures.with_container([{"op": "add", "path": "/spec/template/spec/volumes", "value": [{"name": "docker", "hostPath": {"path": "/var/run/docker.sock"}}]}]))

test_sec005_deny_host_port if "SEC-005" in ids(fixtures.with_container([{"op": "add", "path": concat("", [c, "/ports/0/hostPort"]), "value": 80}]))

# SEC-006
test_sec006_allow if not "SEC-006" in ids(fixtures.base)

test_sec006_deny_no_limits if "SEC-006" in ids(fixtures.with_container([{"op": "remove", "path": concat("", [c, "/resources/limits"])}]))

test_sec006_deny_no_requests if "SEC-006" in ids(fixtures.with_container([{"op": "remove", "path": concat("", [c, "/resources"])}]))

test_sec006_ephemeral_exempt if not "SEC-006" in ids(fixtures.with_container([{"op": "add", "path": "/spec/template/spec/ephemeralContainers", "value": [object.remove(fixtures.container, ["resources"])]}]))

# Kubernetes sets an unset request to the limit of the same resource: limits alone are requests.
test_sec006_limits_only_allow if not "SEC-006" in ids(fixtures.with_container([{"op": "replace", "path": concat("", [c, "/resources"]), "value": {"limits": {"cpu": "1", "memory": "256Mi"}}}]))

test_sec006_limit_stands_for_its_own_request_only if {
	got := {[d.field[count(d.field) - 2], d.field[count(d.field) - 1]] |
		some d in security_baseline.deny with input as fixtures.with_container([{"op": "replace", "path": concat("", [c, "/resources"]), "value": {"limits": {"memory": "256Mi"}}}])
		d.rule_id == "SEC-006"
	}
	got == {["requests", "cpu"]}
}

# A `requests:` or `limits:` block printed from values on its own line is read at its values path.
test_sec006_nested_blocks_from_values if {
	blocks := {
		"requests": {"__templated__": "{{- toYaml .Values.resources.requests | nindent 14 }}", "__values__": ["resources", "requests"]},
		"limits": {"__templated__": "{{- toYaml .Values.resources.limits | nindent 14 }}", "__values__": ["resources", "limits"]},
	}
	inp := fixtures.with_container([{"op": "replace", "path": concat("", [c, "/resources"]), "value": blocks}])
	with_values := object.union(inp, {"files": [f | some f0 in inp.files; f := values_doc(f0, {"resources": {"requests": {"cpu": "100m", "memory": "128Mi"}, "limits": {"memory": "256Mi"}}})]})
	not "SEC-006" in ids(with_values)
	without := object.union(inp, {"files": [f | some f0 in inp.files; f := values_doc(f0, {"resources": {"requests": {"cpu": "100m", "memory": "128Mi"}}})]})
	"SEC-006" in ids(without)
}

# One filled by a helper reads as unset, and the message says so.
test_sec006_nested_block_unjudgeable_message if {
	inp := fixtures.with_container([{"op": "replace", "path": concat("", [c, "/resources"]), "value": {"requests": {"cpu": "100m", "memory": "128Mi"}, "limits": {"__templated__": "{{- include \"cart.limits\" . | nindent 14 }}"}}}])
	msgs := [d.message | some d in security_baseline.deny with input as inp; d.rule_id == "SEC-006"]
	count(msgs) == 1
	contains(msgs[0], "resources.limits.memory is not set (resources.limits comes from `{{- include \"cart.limits\" . | nindent 14 }}`")
}

values_doc(f, v) := object.union(f, {"documents": [v]}) if f.path == fixtures.values_path

values_doc(f, _) := f if f.path != fixtures.values_path

# Templates: blocks filled from values (toYaml .Values.x) are read from values.yaml.
# input.ts writes the .Values path the directive prints beside it (__values__).
templated := templated_with({"__templated__": "{{- toYaml .Values.securityContext | nindent 12 }}", "__values__": ["securityContext"]})

templated_with(csc) := json.patch(fixtures.deployment, [
	{"op": "replace", "path": "/spec/template/spec/securityContext", "value": {"__templated__": "{{- toYaml .Values.podSecurityContext | nindent 8 }}", "__values__": ["podSecurityContext"]}},
	{"op": "replace", "path": concat("", [c, "/securityContext"]), "value": csc},
	{"op": "replace", "path": concat("", [c, "/resources"]), "value": {"__templated__": "{{- toYaml .Values.resources | nindent 12 }}", "__values__": ["resources"]}},
])

good_values := object.union(fixtures.values, {
	"podSecurityContext": {"runAsNonRoot": true},
	"securityContext": fixtures.container.securityContext,
	"resources": fixtures.container.resources,
})

templated_input(values) := templated_input_with(templated, values)

templated_input_with(doc, values) := object.union(fixtures.with_file(fixtures.deploy_path, [doc]), {"files": [f |
	some f0 in fixtures.with_file(fixtures.deploy_path, [doc]).files
	f := set_values(f0, values)
]})

set_values(f, values) := object.union(f, {"documents": [values]}) if f.path == fixtures.values_path

set_values(f, _) := f if f.path != fixtures.values_path

test_templated_allow_from_values if count(ids(templated_input(good_values))) == 0

test_templated_deny_from_values if {
	got := ids(templated_input(object.remove(good_values, ["securityContext", "resources"])))
	"SEC-002" in got
	"SEC-003" in got
	"SEC-006" in got
}

# The block is read at the path its directive names, not at the helm create key above it:
# a compliant `securityContext` in values that no template uses does not hide a privileged one.
hardening_doc := templated_with({"__templated__": "{{- toYaml .Values.hardening | nindent 12 }}", "__values__": ["hardening"]})

test_templated_reads_the_directives_values_path if {
	got := [d | some d in security_baseline.deny with input as templated_input_with(hardening_doc, object.union(good_values, {"hardening": {"privileged": true, "allowPrivilegeEscalation": true}}))]
	{d.rule_id | some d in got} == {"SEC-002", "SEC-003", "SEC-004"}
	some d in got
	d.message == "Deployment cart, container cart: the container is privileged (from values.yaml hardening)"
}

test_templated_values_path_compliant if count(ids(templated_input_with(hardening_doc, object.union(good_values, {"hardening": good_values.securityContext})))) == 0

test_templated_nested_values_path if {
	doc := templated_with({"__templated__": "{{- toYaml .Values.app.sc | nindent 12 }}", "__values__": ["app", "sc"]})
	count(ids(templated_input_with(doc, object.union(good_values, {"app": {"sc": good_values.securityContext}})))) == 0
	"SEC-002" in ids(templated_input_with(doc, object.union(good_values, {"app": {"sc": object.union(good_values.securityContext, {"privileged": true})}})))
}

# A path values.yaml does not set, or sets to null or to something not a mapping, renders no
# block: the rules read it as unset (and deny what must be set).
test_templated_values_path_absent_or_not_a_mapping if {
	every v in [null, "privileged", [1]] {
		ids(templated_input_with(hardening_doc, object.union(good_values, {"hardening": v}))) == {"SEC-002", "SEC-003", "SEC-004"}
	}
}

test_templated_values_path_absent if ids(templated_input_with(hardening_doc, good_values)) == {"SEC-002", "SEC-003", "SEC-004"}

# A block filled by a helper, or by a directive whose values path input.ts could not read,
# cannot be judged: every rule that reads it denies, saying so, whatever values.yaml holds.
test_unjudgeable_block_denies if {
	doc := templated_with({"__templated__": "{{- include \"cart.securityContext\" . | nindent 12 }}"})
	got := [d | some d in security_baseline.deny with input as templated_input_with(doc, good_values)]
	{d.rule_id | some d in got} == {"SEC-001", "SEC-002", "SEC-003", "SEC-004"}
	every d in got {
		contains(d.message, "cannot judge")
		d.field == ["spec", "template", "spec", "containers", 0, "securityContext"]
	}
}

test_unjudgeable_inline_resources_denies if {
	doc := json.patch(templated, [{"op": "replace", "path": concat("", [c, "/resources"]), "value": "TEMPLATED"}])
	got := [d | some d in security_baseline.deny with input as templated_input_with(doc, good_values)]
	[d.rule_id | some d in got] == ["SEC-006"]
	contains(got[0].message, "cannot judge")
}

test_unjudgeable_pod_security_context_denies_sec001 if {
	doc := json.patch(templated, [{"op": "replace", "path": "/spec/template/spec/securityContext", "value": {"__templated__": "{{- include \"x\" . }}"}}])
	ids(templated_input_with(doc, good_values)) == {"SEC-001"}
}

test_cronjob_and_pod_are_workloads if {
	cron := {"kind": "CronJob", "metadata": {"name": "c"}, "spec": {"jobTemplate": {"spec": {"template": {"spec": {"containers": [{"name": "c", "image": "x:1"}]}}}}}}
	pod := {"kind": "Pod", "metadata": {"name": "p"}, "spec": {"containers": [{"name": "c", "image": "x:1"}]}}
	inp := fixtures.with_files([fixtures.file("gitops/shop/prod/cart/templates/cron.yaml", [cron, pod])])
	paths := {d.field[0] | some d in security_baseline.deny with input as inp; d.rule_id == "SEC-003"}
	paths == {"spec"}
	count([d | some d in security_baseline.deny with input as inp; d.rule_id == "SEC-003"]) == 2
}

# A workload inside a List (Argo CD applies each item) is judged, at the item's fields.
test_list_items_are_workloads if {
	pod := {"kind": "Pod", "metadata": {"name": "debug"}, "spec": {"hostPID": true, "containers": [{"name": "sh", "image": "busybox:1", "securityContext": {"privileged": true}}]}}
	inp := fixtures.with_file(fixtures.deploy_path, [{"apiVersion": "v1", "kind": "List", "items": [fixtures.deployment, pod]}])
	found := {[d.rule_id, d.field] | some d in security_baseline.deny with input as inp; d.document == 0}
	["SEC-005", ["items", 1, "spec", "hostPID"]] in found
	["SEC-002", ["items", 1, "spec", "containers", 0, "securityContext", "privileged"]] in found
	["SEC-006", ["items", 1, "spec", "containers", 0, "resources", "requests", "cpu"]] in found
	every x in found {
		x[1][1] == 1 # the compliant Deployment (item 0) passes
	}
}

# Fields printed inline from values (`hostNetwork: {{ .Values.hostNetwork }}`, marked by input.ts
# with their values path) are judged at that path; filled otherwise (TEMPLATED) they are denied.
marker(path) := {"__templated__": "{{ .Values.x }}", "__values__": path}

with_values(patch, values) := object.union(fixtures.base, {"files": [f |
	some f0 in fixtures.base.files
	f := values_patch(f0, patch, values)
]})

values_patch(f, patch, _) := object.union(f, {"documents": [json.patch(fixtures.deployment, patch)]}) if f.path == fixtures.deploy_path

values_patch(f, _, values) := object.union(f, {"documents": [object.union(fixtures.values, values)]}) if f.path == fixtures.values_path

values_patch(f, _, _) := f if not f.path in {fixtures.deploy_path, fixtures.values_path}

sec_msgs(inp, rule) := {d.message | some d in security_baseline.deny with input as inp; d.rule_id == rule}

host_network := [{"op": "add", "path": "/spec/template/spec/hostNetwork", "value": marker(["hostNetwork"])}]

test_sec005_deny_host_network_from_values if {
	msgs := sec_msgs(with_values(host_network, {"hostNetwork": true}), "SEC-005")
	some m in msgs
	contains(m, "hostNetwork is true (from values.yaml hostNetwork)")
}

test_sec005_allow_host_network_false_in_values if {
	not "SEC-005" in ids(with_values(host_network, {"hostNetwork": false}))
	not "SEC-005" in ids(with_values(host_network, {}))
}

test_sec005_deny_unjudgeable_host_pid if {
	some m in sec_msgs(with_values([{"op": "add", "path": "/spec/template/spec/hostPID", "value": "TEMPLATED"}], {}), "SEC-005")
	contains(m, "hostPID is templated")
}

volumes_from_values := [{"op": "add", "path": "/spec/template/spec/volumes", "value": marker(["volumes"])}]

test_sec005_deny_host_path_from_values if {
	inp := with_values(volumes_from_values, {"volumes": [{"name": "tmp", "emptyDir": {}}, {"name": "sock", "hostPath": {"path": "/var/run/docker.sock"}}]})
	{[d.message, d.field] | some d in security_baseline.deny with input as inp; d.rule_id == "SEC-005"} == {["Deployment cart: volume sock is a hostPath (from values.yaml volumes)", ["spec", "template", "spec", "volumes"]]}
}

test_sec005_allow_volumes_from_values if {
	not "SEC-005" in ids(with_values(volumes_from_values, {"volumes": [{"name": "tmp", "emptyDir": {}}]}))
	not "SEC-005" in ids(with_values(volumes_from_values, {}))
}

test_sec005_deny_unjudgeable_volumes if "SEC-005" in ids(with_values([{"op": "add", "path": "/spec/template/spec/volumes", "value": {"__templated__": "{{- include \"x.volumes\" . | nindent 8 }}"}}], {}))

test_sec005_host_port_from_values if {
	patch := [{"op": "add", "path": concat("", [c, "/ports/0/hostPort"]), "value": marker(["hostPort"])}]
	"SEC-005" in ids(with_values(patch, {"hostPort": 8080}))
	not "SEC-005" in ids(with_values(patch, {}))
	"SEC-005" in ids(with_values([{"op": "add", "path": concat("", [c, "/ports/0/hostPort"]), "value": "TEMPLATED"}], {}))
}

test_sec005_ports_block_from_values if {
	patch := [{"op": "replace", "path": concat("", [c, "/ports"]), "value": marker(["ports"])}]
	"SEC-005" in ids(with_values(patch, {"ports": [{"containerPort": 80, "hostPort": 80}]}))
	not "SEC-005" in ids(with_values(patch, {"ports": [{"containerPort": 80}]}))
	"SEC-005" in ids(with_values([{"op": "replace", "path": concat("", [c, "/ports"]), "value": "TEMPLATED"}], {}))
}

privileged(v) := [{"op": "add", "path": concat("", [c, "/securityContext/privileged"]), "value": v}]

# Printed as bare text (`{{ .Values.x }}`: input.ts marks it __inline__), a string value renders
# unquoted and the manifest reads it as YAML: "true" is true, "0" is 0; toYaml keeps it a string.
inline(path) := object.union(marker(path), {"__inline__": true})

test_inline_strings_are_read_as_rendered if {
	"SEC-002" in ids(with_values(privileged(inline(["privileged"])), {"privileged": "true"}))
	"SEC-002" in ids(with_values(privileged(inline(["privileged"])), {"privileged": "On"}))
	not "SEC-002" in ids(with_values(privileged(inline(["privileged"])), {"privileged": "false"}))
	not "SEC-002" in ids(with_values(privileged(marker(["privileged"])), {"privileged": "true"}))
	run_as := [{"op": "add", "path": concat("", [c, "/securityContext/runAsUser"]), "value": inline(["uid"])}]
	"SEC-001" in ids(with_values(run_as, {"uid": "0"}))
	"SEC-001" in ids(with_values(run_as, {"uid": "+0"}))
	"SEC-001" in ids(with_values(run_as, {"uid": "00"}))
	not "SEC-001" in ids(with_values(run_as, {"uid": "10001"}))
	host_pid := [{"op": "add", "path": "/spec/template/spec/hostPID", "value": inline(["hostPID"])}]
	"SEC-005" in ids(with_values(host_pid, {"hostPID": "TRUE"}))
	not "SEC-005" in ids(with_values(host_pid, {"hostPID": "~"}))
}

# runAsNonRoot: "true" printed bare is true: not a false SEC-001.
test_inline_run_as_non_root_string_is_true if {
	patch := [{"op": "replace", "path": concat("", [c, "/securityContext/runAsNonRoot"]), "value": inline(["nonRoot"])}]
	not "SEC-001" in ids(with_values(patch, {"nonRoot": "true"}))
	"SEC-001" in ids(with_values(patch, {"nonRoot": "false"}))
}

test_sec002_privileged_from_values if {
	"SEC-002" in ids(with_values(privileged(marker(["privileged"])), {"privileged": true}))
	not "SEC-002" in ids(with_values(privileged(marker(["privileged"])), {"privileged": false}))
	some m in sec_msgs(with_values(privileged("TEMPLATED"), {}), "SEC-002")
	contains(m, "securityContext.privileged is templated")
}

test_sec001_unjudgeable_run_as_user if {
	"SEC-001" in ids(with_values([{"op": "add", "path": concat("", [c, "/securityContext/runAsUser"]), "value": "TEMPLATED"}], {}))
	"SEC-001" in ids(with_values([{"op": "add", "path": concat("", [c, "/securityContext/runAsUser"]), "value": marker(["uid"])}], {"uid": 0}))
	not "SEC-001" in ids(with_values([{"op": "add", "path": concat("", [c, "/securityContext/runAsUser"]), "value": marker(["uid"])}], {"uid": 10001}))
	"SEC-001" in ids(with_values([{"op": "add", "path": "/spec/template/spec/securityContext/runAsUser", "value": "TEMPLATED"}], {}))

	# the container's own runAsUser wins over a pod one the gate cannot read
	not "SEC-001" in ids(with_values(
		[
			{"op": "add", "path": "/spec/template/spec/securityContext/runAsUser", "value": "TEMPLATED"},
			{"op": "add", "path": concat("", [c, "/securityContext/runAsUser"]), "value": 10001},
		],
		{},
	))
}

# A templated container name is shown as such, never as the internal placeholder.
test_templated_container_name_message if {
	inp := fixtures.with_container([
		{"op": "replace", "path": concat("", [c, "/name"]), "value": "TEMPLATED"},
		{"op": "replace", "path": concat("", [c, "/securityContext/readOnlyRootFilesystem"]), "value": false},
	])
	{d.message | some d in security_baseline.deny with input as inp} == {"Deployment cart, container (templated name): readOnlyRootFilesystem is not true"}
}

# A ReplicationController runs pods like a ReplicaSet: its containers are judged.
test_replication_controller_is_a_workload if {
	rc := json.patch(fixtures.deployment, [
		{"op": "replace", "path": "/apiVersion", "value": "v1"},
		{"op": "replace", "path": "/kind", "value": "ReplicationController"},
		{"op": "replace", "path": concat("", [c, "/securityContext/allowPrivilegeEscalation"]), "value": true},
	])
	"SEC-002" in ids(fixtures.with_file(fixtures.deploy_path, [rc]))
}

# A line that only prints among the literal keys of a securityContext (input.ts: __printed__<line>):
# what it prints from values is read over the literal keys; one the gate cannot read denies.
literal_with_line(line) := templated_with(object.union(fixtures.container.securityContext, {"__printed__12": line}))

test_printed_line_read_from_values if {
	line := {"__templated__": "{{- toYaml .Values.extra | nindent 12 }}", "__values__": ["extra"]}
	count(ids(templated_input_with(literal_with_line(line), good_values))) == 0
	ids(templated_input_with(literal_with_line(line), object.union(good_values, {"extra": {"privileged": true}}))) == {"SEC-002"}
	ids(templated_input_with(literal_with_line(line), object.union(good_values, {"extra": {"capabilities": {"add": ["SYS_ADMIN"]}}}))) == {"SEC-004"}
}

test_two_unjudgeable_printed_lines_deny_without_conflict if {
	two := templated_with(object.union(fixtures.container.securityContext, {
		"__printed__12": {"__templated__": "{{- include \"x.extra\" . | nindent 12 }}"},
		"__printed__14": {"__templated__": "{{- include \"x.more\" . | nindent 12 }}"},
	}))
	ids(templated_input_with(two, good_values)) == {"SEC-001", "SEC-002", "SEC-003", "SEC-004"}
}

test_printed_line_unjudgeable if {
	line := {"__templated__": "{{- include \"x.extra\" . | nindent 12 }}"}
	ids(templated_input_with(literal_with_line(line), good_values)) == {"SEC-001", "SEC-002", "SEC-003", "SEC-004"}
}
