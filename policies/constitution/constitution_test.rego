package constitution_test

import data.constitution
import data.fixtures
import data.lib

ids(inp) := {d.rule_id | some d in constitution.deny with input as inp}

test_base_is_allowed if count(constitution.deny) == 0 with input as fixtures.base

# CON-001
test_con001_allow_roots if not "CON-001" in ids(fixtures.base)

test_con001_deny_outside if "CON-001" in ids(fixtures.with_files([fixtures.file("README.md", [])]))

test_con001_deny_dotdot if "CON-001" in ids(fixtures.with_files([fixtures.file("gitops/../secrets.yaml", [])]))

# A kustomization's base outside the roots is kept (action existing), never written: judged, no CON-001.
test_con001_existing_not_applied if not "CON-001" in ids(fixtures.with_files([object.union(fixtures.file("shared/base/deploy.yaml", []), {"action": "existing"})]))

test_con001_repo_mode_not_applied if not "CON-001" in ids(object.union(fixtures.with_files([fixtures.file("README.md", [])]), {"mode": "repo"}))

# CON-002
test_con002_allow_create_new if not "CON-002" in ids(fixtures.base)

test_con002_deny_modify if "CON-002" in ids(object.union(fixtures.base, {"files": [object.union(fixtures.base.files[0], {"action": "modify"})]}))

# A kept file the proposal's Applications deploy is judged, not written: no CON-002.
test_con002_existing_file_is_judged if {
	inp := object.union(fixtures.base, {"files": array.concat(fixtures.base.files, [object.union(fixtures.file("gitops/shop/prod/cart/templates/extra.yaml", []), {"action": "existing"})])})
	not "CON-002" in ids(inp)
}

test_con002_deny_overwrite if "CON-002" in ids(object.union(fixtures.base, {"repo": {"files": [fixtures.app_path]}}))

# CON-003
test_con003_allow_chart_in_proposal if not "CON-003" in ids(fixtures.base)

test_con003_allow_chart_in_repo if {
	inp := object.union(fixtures.with_app([{"op": "replace", "path": "/spec/source/path", "value": "gitops/shop2/prod/cart"}]), {"repo": {"files": [], "charts": [{"dir": "gitops/shop2/prod/cart"}]}})
	not "CON-003" in ids(inp)
}

test_con003_allow_kustomization_in_repo if {
	inp := object.union(fixtures.with_app([{"op": "replace", "path": "/spec/source/path", "value": "gitops/shop2/prod/cart"}]), {"repo": {"files": ["gitops/shop2/prod/cart/kustomization.yaml", "gitops/shop2/prod/cart/deployment.yaml"]}})
	not "CON-003" in ids(inp)
}

test_con003_deny_kustomization_of_other_cluster if {
	inp := object.union(fixtures.with_app([{"op": "replace", "path": "/spec/source/path", "value": "gitops/shop/staging/cart"}]), {"repo": {"files": ["gitops/shop/staging/cart/Kustomization"]}})
	"CON-003" in ids(inp)
}

test_con003_deny_plain_folder if {
	inp := object.union(fixtures.with_app([{"op": "replace", "path": "/spec/source/path", "value": "gitops/shop2/prod/cart"}]), {"repo": {"files": ["gitops/shop2/prod/cart/deployment.yaml"]}})
	"CON-003" in ids(inp)
}

# A layout generation follows (charts at gitops/<cluster>/<application>/<service>, Applications at
# argo-apps/<cluster>/<service>.yaml) is read from what generation determined (input targets),
# not parsed by the default layout (which reads the chart's cluster as "shop").
test_con003_allow_followed_layout if {
	not "CON-003" in ids(fixtures.followed)
	lib.app_layout(fixtures.followed_app) == {"cluster": "prod", "service": "cart"} with input as fixtures.followed
	lib.chart_layout(fixtures.followed_chart) == {"application": "shop", "cluster": "prod", "service": "cart"} with input as fixtures.followed
}

# The followed chart with the Application at the default path: without targets the chart's
# cluster is misread as "shop", a CON-003 (never waivable) on generation's own correct output.
test_con003_followed_chart_needs_targets if {
	app := json.patch(fixtures.application, [{"op": "replace", "path": "/spec/source/path", "value": fixtures.followed_chart}])
	files := [f |
		some f0 in fixtures.followed.files
		f := object.union(f0, object.get({fixtures.followed_app: {"path": fixtures.app_path, "documents": [app]}}, f0.path, {}))
	]
	inp := object.union(fixtures.followed, {"files": files, "targets": [object.union(fixtures.followed_target, {"app_file": fixtures.app_path})]})
	not "CON-003" in ids(inp)
	"CON-003" in ids(object.remove(inp, ["targets"]))
}

# Generation's record of another cluster's chart still catches an Application pointing at it.
test_con003_deny_followed_other_cluster if {
	staging := {"app_file": "argo-apps/staging/cart.yaml", "chart_dir": "gitops/staging/shop/cart", "cluster": "staging", "service": "cart", "application": "shop"}
	app := json.patch(fixtures.application, [{"op": "replace", "path": "/spec/source/path", "value": "gitops/staging/shop/cart"}])
	inp := object.union(fixtures.followed_with(fixtures.followed_app, [app]), {
		"targets": [fixtures.followed_target, staging],
		"repo": {"files": ["gitops/staging/shop/cart/Chart.yaml"], "applications": [], "charts": []},
	})
	"CON-003" in ids(inp)
}

test_con003_deny_missing_chart if "CON-003" in ids(fixtures.with_app([{"op": "replace", "path": "/spec/source/path", "value": "gitops/shop/prod/nothing"}]))

# A `.json` Application follows the layout as a `.yaml` one does: its cluster and service come from its path.
test_con003_deny_other_cluster_json if {
	inp := object.union(fixtures.base, {
		"mode": "repo", "files": [
			{"path": "argo-apps/argo-apps-prod/cart-application.json", "action": "existing", "parsed": true, "templated": false, "documents": [json.patch(fixtures.application, [{"op": "replace", "path": "/spec/source/path", "value": "gitops/shop/staging/cart"}])]},
		],
		"repo": {"files": ["gitops/shop/staging/cart/Chart.yaml"], "charts": []},
	})
	some d in constitution.deny with input as inp
	d.rule_id == "CON-003"
	contains(d.message, "(cluster prod, service cart)")
}

test_con003_deny_other_cluster if {
	inp := object.union(fixtures.with_app([{"op": "replace", "path": "/spec/source/path", "value": "gitops/shop/staging/cart"}]), {"repo": {"files": ["gitops/shop/staging/cart/Chart.yaml"]}})
	"CON-003" in ids(inp)
}

# CON-004
test_con004_allow_platform_repo if not "CON-004" in ids(fixtures.base)

test_con004_allow_ssh_form if not "CON-004" in ids(fixtures.with_app([{"op": "replace", "path": "/spec/source/repoURL", "value": "git@github.com:acme/platform.git"}]))

# The forms validate's source.repo-url takes for the same repository (src/repo/git-url.ts).
test_con004_allow_same_repo_forms if {
	every u in ["ssh://git@github.com/acme/platform.git", "https://x-access-token@github.com/acme/platform", "https://github.com:443/acme/platform/", "HTTPS://GitHub.com/Acme/Platform.git", "ssh://git@github.com:22/acme/platform"] {
		not "CON-004" in ids(fixtures.with_app([{"op": "replace", "path": "/spec/source/repoURL", "value": u}]))
	}
}

test_con004_deny_other_forms if {
	every u in ["https://github.com:8443/acme/platform", "ssh://git@github.com/acme/platform-x", "git@gitlab.com:acme/platform.git", "https://github.com/acme/platform.git.git"] {
		"CON-004" in ids(fixtures.with_app([{"op": "replace", "path": "/spec/source/repoURL", "value": u}]))
	}
}

test_con004_deny_other_repo if "CON-004" in ids(fixtures.with_app([{"op": "replace", "path": "/spec/source/repoURL", "value": "https://github.com/evil/platform"}]))

test_con004_deny_unconfigured if "CON-004" in ids(object.union(fixtures.base, {"config": {"repo_url": ""}}))

test_con004_repo_mode_skips_helm_repo if {
	inp := object.union(fixtures.with_app([{"op": "replace", "path": "/spec/source", "value": {"repoURL": "https://charts.bitnami.com/bitnami", "chart": "redis", "targetRevision": "1.0.0"}}]), {"mode": "repo"})
	not "CON-004" in ids(inp)
}

test_con004_multi_source_deny if "CON-004" in ids(fixtures.with_app([
	{"op": "remove", "path": "/spec/source"},
	{"op": "add", "path": "/spec/sources", "value": [{"repoURL": "https://github.com/acme/platform", "path": "gitops/shop/prod/cart"}, {"repoURL": "https://example.com/x", "ref": "values"}]},
]))

# CON-005
test_con005_allow_app_namespace if not "CON-005" in ids(fixtures.base)

test_con005_deny_kube_system if "CON-005" in ids(fixtures.with_app([{"op": "replace", "path": "/spec/destination/namespace", "value": "kube-system"}]))

# A List of Applications (kubectl get -o yaml): each item is judged, and the finding is at the item's field.
test_con005_deny_list_item if {
	app := json.patch(fixtures.application, [{"op": "replace", "path": "/spec/destination/namespace", "value": "kube-system"}])
	list := {"apiVersion": "v1", "kind": "List", "items": [fixtures.application, app]}
	inp := object.union(fixtures.base, {"files": [fixtures.file(fixtures.app_path, [list])]})
	some d in constitution.deny with input as inp
	d.rule_id == "CON-005"
	d.document == 0
	d.field == ["items", 1, "spec", "destination", "namespace"]
}

test_con005_deny_controller_namespace if "CON-005" in ids(fixtures.with_app([{"op": "replace", "path": "/spec/destination/namespace", "value": "argocd"}]))

test_con005_deny_configured if {
	inp := object.union(fixtures.with_app([{"op": "replace", "path": "/spec/destination/namespace", "value": "vault"}]), {"config": {"protected_namespaces": ["vault"]}})
	"CON-005" in ids(inp)
}

test_con005_deny_manifest_namespace if "CON-005" in ids(fixtures.with_file(fixtures.deploy_path, [json.patch(fixtures.deployment, [{"op": "add", "path": "/metadata/namespace", "value": "kube-system"}])]))

# CON-006
test_con006_allow_chart_target if not "CON-006" in ids(fixtures.base)

test_con006_deny_apps_root if "CON-006" in ids(fixtures.with_app([{"op": "replace", "path": "/spec/source/path", "value": "argo-apps/"}]))

test_con006_deny_under_apps_root if "CON-006" in ids(fixtures.with_app([{"op": "replace", "path": "/spec/source/path", "value": "./argo-apps/argo-apps-prod"}]))

test_con006_deny_through_dotdot if {
	every p in ["gitops/../argo-apps", "./gitops/shop/../../argo-apps/argo-apps-prod", "gitops/..", "../argo-apps", "gitops/./../argo-apps/"] {
		"CON-006" in ids(fixtures.with_app([{"op": "replace", "path": "/spec/source/path", "value": p}]))
	}
}

test_con006_allow_dotdot_elsewhere if not "CON-006" in ids(fixtures.with_app([{"op": "replace", "path": "/spec/source/path", "value": "gitops/shop/../shop/prod/cart"}]))

test_con006_deny_repo_root if "CON-006" in ids(fixtures.with_app([{"op": "replace", "path": "/spec/source/path", "value": "."}]))

# CON-007
rbac := concat("/", [fixtures.chart, "templates/rbac.yaml"])

test_con007_allow_namespaced_rbac if not "CON-007" in ids(fixtures.base)

test_con007_deny_cluster_role if "CON-007" in ids(fixtures.with_file(rbac, [{"kind": "ClusterRole", "metadata": {"name": "x"}, "rules": []}]))

test_con007_deny_cluster_admin_binding if "CON-007" in ids(fixtures.with_file(rbac, [{"kind": "RoleBinding", "metadata": {"name": "x"}, "roleRef": {"kind": "ClusterRole", "name": "cluster-admin"}}]))

test_con007_deny_wildcard_role if "CON-007" in ids(fixtures.with_file(rbac, [{"kind": "Role", "metadata": {"name": "x"}, "rules": [{"apiGroups": ["*"], "resources": ["*"], "verbs": ["*"]}]}]))

# Printed from values (input.ts marks `name: {{ .Values.rbac.role }}`), the name is read there.
with_rbac_values(docs, vals) := object.union(fixtures.with_file(rbac, docs), {"files": [f |
	some f0 in fixtures.with_file(rbac, docs).files
	f := fixtures.patch_file(f0, fixtures.values_path, [object.union(fixtures.values, {"rbac": vals})])
]})

printed_role := {"__templated__": "{{ .Values.rbac.role }}", "__values__": ["rbac", "role"], "__inline__": true}

binding(name) := {"kind": "RoleBinding", "metadata": {"name": "x"}, "roleRef": {"kind": "ClusterRole", "name": name}}

test_con007_deny_cluster_admin_from_values if {
	got := [d.message | some d in constitution.deny with input as with_rbac_values([binding(printed_role)], {"role": "cluster-admin"}); d.rule_id == "CON-007"]
	got == ["RoleBinding x grants cluster-admin (from values.yaml rbac.role)"]
}

test_con007_deny_role_ref_block_from_values if {
	doc := {"kind": "RoleBinding", "metadata": {"name": "x"}, "roleRef": {"__templated__": "{{- toYaml .Values.rbac.ref | nindent 2 }}", "__values__": ["rbac", "ref"]}}
	got := [d.message | some d in constitution.deny with input as with_rbac_values([doc], {"ref": {"kind": "ClusterRole", "name": "cluster-admin"}}); d.rule_id == "CON-007"]
	got == ["RoleBinding x grants cluster-admin (from values.yaml rbac.ref)"]
	not "CON-007" in ids(with_rbac_values([doc], {"ref": {"kind": "ClusterRole", "name": "view"}}))
}

test_con007_deny_role_ref_block_filled_otherwise if "CON-007" in ids(fixtures.with_file(rbac, [{"kind": "RoleBinding", "metadata": {"name": "x"}, "roleRef": {"__templated__": "{{- include \"x.ref\" . | nindent 2 }}"}}]))

test_con007_allow_cluster_role_from_values if not "CON-007" in ids(with_rbac_values([binding(printed_role)], {"role": "view"}))

test_con007_deny_unjudgeable_cluster_role_name if "CON-007" in ids(fixtures.with_file(rbac, [binding("TEMPLATED")]))

test_con007_allow_templated_role_name if not "CON-007" in ids(fixtures.with_file(rbac, [{"kind": "RoleBinding", "metadata": {"name": "x"}, "roleRef": {"kind": "Role", "name": "TEMPLATED"}}]))

printed_rules := {"__templated__": "{{- toYaml .Values.rbac.rules | nindent 2 }}", "__values__": ["rbac", "rules"]}

test_con007_deny_wildcard_rules_from_values if {
	inp := with_rbac_values([{"kind": "Role", "metadata": {"name": "x"}, "rules": printed_rules}], {"rules": [{"apiGroups": ["*"], "resources": ["*"], "verbs": ["*"]}]})
	[d.message | some d in constitution.deny with input as inp; d.rule_id == "CON-007"] == ["Role x grants every verb on every resource (cluster-admin in all but name) (from values.yaml rbac.rules)"]
}

test_con007_allow_rules_from_values if not "CON-007" in ids(with_rbac_values([{"kind": "Role", "metadata": {"name": "x"}, "rules": printed_rules}], {"rules": [{"apiGroups": [""], "resources": ["pods"], "verbs": ["*"]}]}))

test_con007_deny_rules_filled_otherwise if "CON-007" in ids(fixtures.with_file(rbac, [{"kind": "Role", "metadata": {"name": "x"}, "rules": {"__templated__": "{{- include \"x.rules\" . | nindent 2 }}"}}]))

test_con007_deny_rule_field_filled_otherwise if {
	inp := fixtures.with_file(rbac, [{"kind": "Role", "metadata": {"name": "x"}, "rules": [{"apiGroups": ["*"], "resources": "TEMPLATED", "verbs": ["get", "TEMPLATED"]}]}])
	[d.message | some d in constitution.deny with input as inp; d.rule_id == "CON-007"] == ["Role x could grant every verb on every resource (cluster-admin in all but name): what its rule does not write is filled by the template, which the policy cannot judge without rendering the chart"]
}

test_con007_allow_rule_partly_filled if not "CON-007" in ids(fixtures.with_file(rbac, [{"kind": "Role", "metadata": {"name": "x"}, "rules": [{"apiGroups": [""], "resources": ["TEMPLATED"], "verbs": ["TEMPLATED"]}]}]))

# CON-008
test_con008_allow_tag if not "CON-008" in ids(fixtures.base)

printed_image := {"__templated__": "{{ .Values.worker.ref }}", "__values__": ["worker", "ref"], "__inline__": true}

with_printed_image(ref) := object.union(fixtures.with_container([{"op": "replace", "path": "/spec/template/spec/containers/0/image", "value": printed_image}]), {"files": [f |
	some f0 in fixtures.with_container([{"op": "replace", "path": "/spec/template/spec/containers/0/image", "value": printed_image}]).files
	f := fixtures.patch_file(f0, fixtures.values_path, [object.union(fixtures.values, {"worker": {"ref": ref}})])
]})

test_con008_deny_printed_image_from_values if {
	got := [d.message | some d in constitution.deny with input as with_printed_image("nginx:latest"); d.rule_id == "CON-008"]
	got == ["Deployment cart: image 'nginx:latest' has no explicit tag or digest, or uses latest (from values.yaml worker.ref)"]
}

test_con008_deny_printed_image_unset if {
	got := [d.message | some d in constitution.deny with input as with_printed_image(null); d.rule_id == "CON-008"]
	got == ["Deployment cart: image (not set) has no explicit tag or digest (from values.yaml worker.ref)"]
}

test_con008_deny_printed_image_not_a_string if "CON-008" in ids(with_printed_image(5))

test_con008_allow_printed_image_from_values if not "CON-008" in ids(with_printed_image("nginx:1.25"))

rollout_with(image) := fixtures.with_files([fixtures.file(concat("/", [fixtures.chart, "templates/rollout.yaml"]), [{"apiVersion": "argoproj.io/v1alpha1", "kind": "Rollout", "metadata": {"name": "r"}, "spec": {"template": {"spec": {"containers": [{"name": "web", "image": image}]}}}}])])

test_con008_deny_rollout_latest if "CON-008" in ids(rollout_with("nginx:latest"))

test_con008_allow_rollout_tag if not "CON-008" in ids(rollout_with("nginx:1.25"))

test_con008_allow_digest if not "CON-008" in ids(fixtures.with_container([{"op": "replace", "path": "/spec/template/spec/containers/0/image", "value": "ghcr.io/acme/cart@sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef"}]))

test_con008_allow_registry_port if not "CON-008" in ids(fixtures.with_container([{"op": "replace", "path": "/spec/template/spec/containers/0/image", "value": "registry:5000/cart:1.2"}]))

test_con008_allow_templated_image if not "CON-008" in ids(fixtures.with_container([{"op": "replace", "path": "/spec/template/spec/containers/0/image", "value": "TEMPLATED:TEMPLATED"}]))

test_con008_deny_latest if "CON-008" in ids(fixtures.with_container([{"op": "replace", "path": "/spec/template/spec/containers/0/image", "value": "ghcr.io/acme/cart:latest"}]))

test_con008_deny_untagged if "CON-008" in ids(fixtures.with_container([{"op": "replace", "path": "/spec/template/spec/containers/0/image", "value": "registry:5000/cart"}]))

test_con008_deny_values_latest if "CON-008" in ids(fixtures.with_file(fixtures.values_path, [{"image": {"repository": "x", "tag": "latest"}}]))

# The denial points at the tag that is wrong (validate's finding lands on its line), or at
# the block when it has no tag.
con008_fields(inp) := {d.field | some d in constitution.deny with input as inp; d.rule_id == "CON-008"}

test_con008_values_field_is_the_tag if {
	con008_fields(fixtures.with_file(fixtures.values_path, [{"image": {"repository": "x", "tag": "latest"}}])) == {["image", "tag"]}
}

# In a folder without Chart.yaml, so no appVersion to fall back on.
test_con008_values_field_without_tag_is_the_block if {
	con008_fields(fixtures.with_files([fixtures.file("gitops/shop/prod/other/values.yaml", [{"image": {"repository": "x"}}])])) == {["image"]}
}

test_con008_deny_values_string if "CON-008" in ids(fixtures.with_file(fixtures.values_path, [{"sidecar": {"image": "busybox"}}]))

test_con008_allow_values_app_version if not "CON-008" in ids(fixtures.with_file(fixtures.values_path, [{"image": {"repository": "x", "tag": ""}}]))

test_con008_allow_sha512_digest if not "CON-008" in ids(fixtures.with_container([{"op": "replace", "path": "/spec/template/spec/containers/0/image", "value": concat("", ["ghcr.io/acme/cart:1.0@sha512:", concat("", [x | some _ in numbers.range(1, 8); x := "0123456789abcdef"])])}]))

sha256_hex := concat("", [x | some _ in numbers.range(1, 4); x := "0123456789abcdef"])

sha512_hex := concat("", [sha256_hex, sha256_hex])

test_con008_allow_values_sha512_digest if not "CON-008" in ids(fixtures.with_file(fixtures.values_path, [{"image": {"repository": "x", "digest": concat("", ["sha512:", sha512_hex])}}]))

test_con008_allow_values_digest if not "CON-008" in ids(fixtures.with_file(fixtures.values_path, [{"image": {"repository": "x", "digest": concat("", ["sha256:", sha256_hex])}}]))

# A digest the kubelet refuses (short, upper case, another algorithm) pins nothing.
test_con008_deny_malformed_digest if {
	every image in ["ghcr.io/acme/cart@sha256:abc", concat("", ["ghcr.io/acme/cart@sha256:", upper(sha256_hex)]), concat("", ["ghcr.io/acme/cart:1.0@md5:", sha256_hex]), concat("", ["ghcr.io/acme/cart@sha512:", sha256_hex])] {
		got := [d.message | some d in constitution.deny with input as fixtures.with_container([{"op": "replace", "path": "/spec/template/spec/containers/0/image", "value": image}]); d.rule_id == "CON-008"]
		got == [sprintf("Deployment cart: image '%s' has a malformed digest (a digest is sha256: and 64 lower-case hex digits, or sha512: and 128)", [image])]
	}
}

test_con008_deny_values_malformed_digest if {
	got := [d.message | some d in constitution.deny with input as fixtures.with_file(fixtures.values_path, [{"image": {"repository": "x", "digest": "sha256:abc", "tag": "latest"}}]); d.rule_id == "CON-008"]
	got == ["values image: repository x has digest 'sha256:abc', a malformed digest (a digest is sha256: and 64 lower-case hex digits, or sha512: and 128), and tag 'latest'"]
}

test_con008_allow_values_empty_digest_with_tag if not "CON-008" in ids(fixtures.with_file(fixtures.values_path, [{"image": {"repository": "x", "digest": "", "tag": "1.0"}}]))

test_con008_deny_values_no_app_version if {
	inp := fixtures.with_file(concat("/", [fixtures.chart, "Chart.yaml"]), [{"name": "cart", "version": "0.1.0"}])
	"CON-008" in ids(object.union(inp, {"files": [f | some f0 in inp.files; f := fix_values(f0)]}))
}

fix_values(f) := object.union(f, {"documents": [{"image": {"repository": "x"}}]}) if f.path == fixtures.values_path

fix_values(f) := f if f.path != fixtures.values_path

# CON-009
test_con009_allow_parsed if {
	not "CON-009" in ids(fixtures.base)
	count(constitution.warn) == 0 with input as fixtures.base
}

test_con009_deny_unparsed_yaml if "CON-009" in ids(fixtures.with_files([{"path": "gitops/shop/prod/cart/extra.yaml", "action": "create", "parsed": false, "templated": false, "error": "bad"}]))

# JSON is YAML: a `.json` Application of the apps root that does not parse is denied too (validate mode reads them).
test_con009_deny_unparsed_json if "CON-009" in ids(object.union(fixtures.with_files([{"path": "argo-apps/argo-apps-prod/pay-application.json", "action": "existing", "parsed": false, "templated": false, "error": "bad"}]), {"mode": "repo"}))

test_con009_warn_unparsed_template if {
	inp := fixtures.with_files([{"path": "gitops/shop/prod/cart/templates/x.yaml", "action": "create", "parsed": false, "templated": true}])
	not "CON-009" in ids(inp)
	some w in constitution.warn with input as inp
	w.rule_id == "CON-009"
}

# What a kustomization references and input.ts could not carry is denied at the reference.
test_con009_deny_unresolved_reference if {
	inp := fixtures.with_files([object.union(fixtures.file("gitops/shop/prod/cart/kustomization.yaml", [{"resources": ["github.com/x/y"]}]), {"action": "existing", "unresolved": [{"field": ["resources", 0], "ref": "github.com/x/y", "reason": "remote"}]})])
	some d in constitution.deny with input as inp
	d.rule_id == "CON-009"
	d.document == 0
	d.field == ["resources", 0]
}

# A file a kustomization pulls in is YAML whatever its name, as is a `Kustomization`: unparsed, it is denied.
test_con009_deny_unparsed_referenced_file if "CON-009" in ids(fixtures.with_files([{"path": "gitops/shop/base/deploy.txt", "action": "existing", "parsed": false, "templated": false, "referenced_by": "gitops/shop/base/kustomization.yaml"}]))

test_con009_deny_unparsed_kustomization_file if "CON-009" in ids(fixtures.with_files([{"path": "gitops/shop/prod/cart/Kustomization", "action": "existing", "parsed": false, "templated": false}]))

# Helm renders every file of templates/ whatever its extension: an unreadable `.tpl` template is warned about too.
test_con009_warn_unparsed_tpl_template if {
	inp := fixtures.with_files([{"path": "gitops/shop/prod/cart/templates/deployment.tpl", "action": "existing", "parsed": false, "templated": true}])
	not "CON-009" in ids(inp)
	some w in constitution.warn with input as inp
	w.rule_id == "CON-009"
	w.path == "gitops/shop/prod/cart/templates/deployment.tpl"
}

# A List's items are applied one by one (Argo CD): each is judged, and the finding is at the item's field.
list_of(items) := {"apiVersion": "v1", "kind": "List", "items": items}

con_fields(inp, rule) := {[d.document, d.field] | some d in constitution.deny with input as inp; d.rule_id == rule}

test_con005_deny_manifest_in_list if {
	pod := {"kind": "Pod", "metadata": {"name": "debug", "namespace": "kube-system"}, "spec": {"containers": []}}
	con_fields(fixtures.with_files([fixtures.file(rbac, [{"kind": "ConfigMap"}, list_of([{"kind": "ConfigMap"}, pod])])]), "CON-005") == {[1, ["items", 1, "metadata", "namespace"]]}
}

test_con007_deny_cluster_role_binding_in_list if {
	crb := {"kind": "ClusterRoleBinding", "metadata": {"name": "x"}, "roleRef": {"kind": "ClusterRole", "name": "cluster-admin"}}
	con_fields(fixtures.with_file(rbac, [list_of([crb])]), "CON-007") == {[0, ["items", 0, "kind"]]}
}

test_con007_deny_role_binding_and_role_in_list if {
	rb := {"kind": "RoleBinding", "metadata": {"name": "x"}, "roleRef": {"kind": "ClusterRole", "name": "cluster-admin"}}
	role := {"kind": "Role", "metadata": {"name": "x"}, "rules": [{"apiGroups": ["*"], "resources": ["*"], "verbs": ["*"]}]}
	con_fields(fixtures.with_file(rbac, [{"kind": "RoleList", "items": [rb, role]}]), "CON-007") == {[0, ["items", 0, "roleRef", "name"]], [0, ["items", 1, "rules", 0]]}
}

test_con008_deny_latest_in_list if {
	d := json.patch(fixtures.deployment, [{"op": "replace", "path": "/spec/template/spec/containers/0/image", "value": "busybox:latest"}])
	con_fields(fixtures.with_file(fixtures.deploy_path, [list_of([fixtures.deployment, d])]), "CON-008") == {[0, ["items", 1, "spec", "template", "spec", "containers", 0, "image"]]}
}

# An Application in a chart template whose path or repoURL is printed from values (marked by
# input.ts) matches no chart and no platform repo, as a TEMPLATED string does.
test_con003_con004_templated_marker_fields if {
	m := {"__templated__": "{{ .Values.x }}", "__values__": ["x"]}
	app := json.patch(fixtures.application, [{"op": "replace", "path": "/spec/source/path", "value": m}, {"op": "replace", "path": "/spec/source/repoURL", "value": m}])
	found := ids(fixtures.with_file(fixtures.app_path, [app]))
	"CON-003" in found
	"CON-004" in found
}

# A nested charts dir (deploy/gitops): CON-003 still compares cluster and service.
test_con003_nested_charts_dir if {
	count(constitution.deny) == 0 with input as fixtures.nested
	app := json.patch(fixtures.application, [{"op": "replace", "path": "/spec/source/path", "value": "deploy/gitops/shop/staging/cart"}])
	inp := object.union(fixtures.nested_with(fixtures.app_path, [app]), {"repo": {"files": ["deploy/gitops/shop/staging/cart/Chart.yaml"]}})
	some d in constitution.deny with input as inp
	d.rule_id == "CON-003"
	contains(d.message, "belongs to cluster staging, service cart")
}

test_chart_layout_outside_charts_dir if not lib.chart_layout("other/shop/prod/cart") with input as fixtures.nested

test_chart_layout_at_repo_root if lib.chart_layout("shop/prod/cart") == {"application": "shop", "cluster": "prod", "service": "cart"} with input as {"config": {"charts_dir": ""}}

# Validate mode: the values an Application runs the chart with (input.ts: effective_values,
# values_at on the chart's Chart.yaml). An image they change is judged, on the Application.
chart_yaml := concat("/", [fixtures.chart, "Chart.yaml"])

overridden(effective, parameters) := object.union(fixtures.base, {"files": [f |
	some f0 in fixtures.base.files
	f := override_file(f0, effective, parameters)
]})

override_file(f, effective, parameters) := object.union(f, {
	"effective_values": object.union(fixtures.values, effective),
	"values_from": [fixtures.app_path],
	"values_at": {"path": fixtures.app_path, "document": 0, "field": ["spec", "source", "helm"], "parameters": parameters},
}) if f.path == chart_yaml

override_file(f, _, _) := f if f.path != chart_yaml

con008(inp) := {[d.path, d.field, d.message] | some d in constitution.deny with input as inp; d.rule_id == "CON-008"}

test_con008_deny_latest_from_a_parameter if {
	con008(overridden({"image": {"repository": "ghcr.io/acme/cart", "tag": "latest"}}, ["replicaCount", "image.tag"])) == {[
		fixtures.app_path, ["spec", "source", "helm", "parameters", 1, "value"],
		"the values of argo-apps/argo-apps-prod/cart-application.yaml (values.yaml with their overrides) image: repository ghcr.io/acme/cart has tag 'latest'; it needs an explicit tag other than latest, a digest, or an empty tag with a pinned appVersion in Chart.yaml",
	]}
}

test_con008_deny_image_string_from_values_object if {
	con008(overridden({"sidecar": {"image": "busybox"}}, [])) == {[
		fixtures.app_path, ["spec", "source", "helm", "valuesObject", "sidecar", "image"],
		"the values of argo-apps/argo-apps-prod/cart-application.yaml (values.yaml with their overrides) sidecar.image: image 'busybox' has no explicit tag or digest, or uses latest",
	]}
}

# Unchanged from values.yaml (judged there), or pinned: nothing on the Application.
test_con008_allow_unchanged_or_pinned_override if {
	con008(overridden({"replicaCount": 3}, [])) == set()
	con008(overridden({"image": {"repository": "ghcr.io/acme/cart", "tag": "2.0.0"}}, ["image.tag"])) == set()
}

# Helm test hooks are never applied by Argo CD: no workload rule judges them (helm create's test Pod).
hook_pod(annotations) := {
	"apiVersion": "v1", "kind": "Pod",
	"metadata": {"name": "web-test-connection", "annotations": annotations},
	"spec": {"containers": [{"name": "wget", "image": "busybox", "command": ["wget"]}], "restartPolicy": "Never"},
}

hook_input(annotations) := fixtures.with_files([fixtures.file("gitops/shop/prod/cart/templates/tests/test-connection.yaml", [hook_pod(annotations)])])

test_hooks_argo_cd_never_applies_are_not_judged if {
	not "CON-008" in ids(hook_input({"helm.sh/hook": "test"}))
	not "CON-008" in ids(hook_input({"helm.sh/hook": "test-success, test-failure"}))
	not "CON-008" in ids(hook_input({"helm.sh/hook": "post-rollback"}))
}

test_hooks_argo_cd_applies_are_judged if {
	"CON-008" in ids(hook_input({"helm.sh/hook": "test,post-install"}))
	"CON-008" in ids(hook_input({"helm.sh/hook": "pre-install"}))
	"CON-008" in ids(hook_input({"helm.sh/hook": "TEMPLATED"}))
	"CON-008" in ids(hook_input({"helm.sh/hook": "test", "argocd.argoproj.io/hook": "PostSync"}))
	"CON-008" in ids(hook_input({}))
}

# CON-005 through the Application's helm.namespace: the chart's .Release.Namespace.
test_con005_deny_helm_namespace if {
	got := constitution.deny with input as fixtures.with_app([{"op": "add", "path": "/spec/source/helm", "value": {"namespace": "kube-system"}}])
	[[d.rule_id, d.field] | some d in got] == [["CON-005", ["spec", "source", "helm", "namespace"]]]
}

test_con005_allow_helm_namespace if not "CON-005" in ids(fixtures.with_app([{"op": "add", "path": "/spec/source/helm", "value": {"namespace": "shop"}}]))

# A manifest namespace printed from values is judged at its values path (as rendered).
templated_cm := fixtures.file(concat("/", [fixtures.chart, "templates/cm.yaml"]), [{"kind": "ConfigMap", "metadata": {"name": "cfg", "namespace": {"__templated__": "{{ .Values.ns }}", "__values__": ["ns"], "__inline__": true}}}])

templated_ns(vals) := object.union(fixtures.base, {"files": array.concat([f |
	some f0 in fixtures.base.files
	f := fixtures.patch_file(f0, fixtures.values_path, [vals])
], [templated_cm])})

test_con005_deny_manifest_namespace_from_values if {
	got := [d | some d in constitution.deny with input as templated_ns(object.union(fixtures.values, {"ns": "kube-system"})); d.rule_id == "CON-005"]
	[[d.field, d.message] | some d in got] == [[["metadata", "namespace"], "ConfigMap cfg is placed in the protected namespace kube-system (from values.yaml ns)"]]
}

test_con005_deny_protected_namespace_object if {
	got := [[d.field, d.message] | some d in constitution.deny with input as fixtures.with_files([fixtures.file(concat("/", [fixtures.chart, "templates/ns.yaml"]), [{"kind": "Namespace", "metadata": {"name": "kube-system"}}])]); d.rule_id == "CON-005"]
	got == [[["metadata", "name"], "Namespace kube-system is a protected namespace: a chart may not create or manage it (Argo CD would prune or delete it with the Application)"]]
}

test_con005_allow_namespace_object if not "CON-005" in ids(fixtures.with_files([fixtures.file(concat("/", [fixtures.chart, "templates/ns.yaml"]), [{"kind": "Namespace", "metadata": {"name": "shop"}}])]))

test_con005_allow_manifest_namespace_from_values if {
	not "CON-005" in ids(templated_ns(object.union(fixtures.values, {"ns": "shop"})))
	not "CON-005" in ids(templated_ns(fixtures.values)) # unset: Helm prints nothing
}

# ApplicationSets: Argo CD makes Applications of spec.template, so its literal fields are judged
# like an Application's (CON-003..CON-006); a field a generator parameter fills is not.
appset_path := "argo-apps/argo-apps-prod/cart-set.yaml"

appset(source, ns) := {"apiVersion": "argoproj.io/v1alpha1", "kind": "ApplicationSet", "metadata": {"name": "cart"}, "spec": {
	"generators": [{"list": {"elements": [{"env": "prod"}]}}],
	"template": {"metadata": {"name": "cart-{{env}}"}, "spec": {"project": "default", "source": source, "destination": {"server": "https://kubernetes.default.svc", "namespace": ns}}},
}}

appset_source(patch) := json.patch({"repoURL": fixtures.platform, "path": fixtures.chart, "targetRevision": "v1.2.3"}, patch)

appset_denials(source, ns) := {[d.rule_id, d.field] | some d in constitution.deny with input as fixtures.with_files([fixtures.file(appset_path, [appset(source, ns)])])}

test_appset_literal_fields if {
	count(appset_denials(appset_source([]), "shop")) == 0
	appset_denials(appset_source([{"op": "replace", "path": "/path", "value": "gitops/shop/prod/none"}]), "shop") == {["CON-003", ["spec", "template", "spec", "source", "path"]]}
	appset_denials(appset_source([{"op": "replace", "path": "/repoURL", "value": "https://github.com/evil/x"}]), "shop") == {["CON-004", ["spec", "template", "spec", "source", "repoURL"]]}
	appset_denials(appset_source([]), "kube-system") == {["CON-005", ["spec", "template", "spec", "destination", "namespace"]]}
	appset_denials(appset_source([{"op": "add", "path": "/helm", "value": {"namespace": "kube-system"}}]), "shop") == {["CON-005", ["spec", "template", "spec", "source", "helm", "namespace"]]}
	appset_denials(appset_source([{"op": "replace", "path": "/path", "value": "argo-apps"}]), "shop") == {["CON-006", ["spec", "template", "spec", "source", "path"]]}
}

test_appset_generated_fields_not_judged if {
	generated := appset_source([
		{"op": "replace", "path": "/path", "value": "gitops/shop/{{env}}/cart"},
		{"op": "replace", "path": "/repoURL", "value": "TEMPLATED"},
	])
	count(appset_denials(generated, "{{namespace}}")) == 0
	# a literal prefix under the apps root is the apps root whatever the generator fills in
	appset_denials(appset_source([{"op": "replace", "path": "/path", "value": "argo-apps/TEMPLATED"}]), "shop") == {["CON-006", ["spec", "template", "spec", "source", "path"]]}
}

test_appset_in_list_message if {
	list := {"apiVersion": "v1", "kind": "List", "items": [appset(appset_source([]), "kube-system")]}
	ds := [d | some d in constitution.deny with input as fixtures.with_files([fixtures.file(appset_path, [list])]); d.rule_id == "CON-005"]
	[[d.field, d.message] | some d in ds] == [[["items", 0, "spec", "template", "spec", "destination", "namespace"], "ApplicationSet cart (its template) deploys into the protected namespace kube-system"]]
}

test_con004_deny_missing_repo_url if "CON-004" in ids(fixtures.with_app([{"op": "remove", "path": "/spec/source/repoURL"}]))
