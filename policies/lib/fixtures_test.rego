# Shared inputs for the Rego tests: a compliant proposal for a production cluster,
# which every test turns into an allow case (as is) or a deny case (one change).
package fixtures

platform := "https://github.com/acme/platform"

app_path := "argo-apps/argo-apps-prod/cart-application.yaml"

chart := "gitops/shop/prod/cart"

deploy_path := "gitops/shop/prod/cart/templates/deployment.yaml"

values_path := "gitops/shop/prod/cart/values.yaml"

application := {
	"apiVersion": "argoproj.io/v1alpha1",
	"kind": "Application",
	"metadata": {"name": "cart", "namespace": "argocd"},
	"spec": {
		"project": "default",
		"source": {"repoURL": "https://github.com/acme/platform.git", "path": chart, "targetRevision": "v1.2.3"},
		"destination": {"server": "https://kubernetes.default.svc", "namespace": "shop"},
	},
}

container := {
	"name": "cart",
	"image": "ghcr.io/acme/cart:1.0.0",
	"securityContext": {
		"runAsNonRoot": true,
		"allowPrivilegeEscalation": false,
		"readOnlyRootFilesystem": true,
		"capabilities": {"drop": ["ALL"]},
	},
	"resources": {"requests": {"cpu": "100m", "memory": "128Mi"}, "limits": {"memory": "256Mi"}},
	"readinessProbe": {"httpGet": {"path": "/ready", "port": 8080}},
	"livenessProbe": {"httpGet": {"path": "/live", "port": 8080}},
	"ports": [{"containerPort": 8080}],
}

deployment := {
	"apiVersion": "apps/v1",
	"kind": "Deployment",
	"metadata": {"name": "cart"},
	"spec": {
		"replicas": 2,
		"template": {
			"metadata": {"labels": {"app": "cart"}},
			"spec": {
				"securityContext": {"runAsNonRoot": true},
				"containers": [container],
			},
		},
	},
}

values := {
	"replicaCount": 2,
	"image": {"repository": "ghcr.io/acme/cart", "tag": "1.0.0"},
}

file(path, docs) := {"path": path, "action": "create", "content": "", "parsed": true, "templated": contains(path, "/templates/"), "documents": docs}

files := [
	file(app_path, [application]),
	file(concat("/", [chart, "Chart.yaml"]), [{"apiVersion": "v2", "name": "cart", "version": "0.1.0", "appVersion": "1.0.0"}]),
	file(values_path, [values]),
	file(deploy_path, [deployment]),
	file(concat("/", [chart, "templates/pdb.yaml"]), [{"apiVersion": "policy/v1", "kind": "PodDisruptionBudget", "metadata": {"name": "cart"}, "spec": {"minAvailable": 1, "selector": {"matchLabels": {"app": "cart"}}}}]),
	file(concat("/", [chart, "templates/rbac.yaml"]), [
		{"apiVersion": "rbac.authorization.k8s.io/v1", "kind": "Role", "metadata": {"name": "cart"}, "rules": [{"apiGroups": [""], "resources": ["configmaps"], "verbs": ["get"]}]},
		{"apiVersion": "rbac.authorization.k8s.io/v1", "kind": "RoleBinding", "metadata": {"name": "cart"}, "roleRef": {"kind": "Role", "name": "cart"}},
	]),
	{"path": ".github/workflows/cart.yaml", "action": "create", "content": "", "parsed": true, "templated": false, "documents": [{"name": "cart", "on": "push"}]},
]

base := {
	"mode": "proposal",
	"now": "2026-11-26T00:00:00Z",
	"event": {"name": "test"},
	"packs": ["security-baseline", "production"],
	"config": {"repo_url": platform, "apps_dir": "argo-apps", "charts_dir": "gitops", "controller_namespace": "argocd"},
	"files": files,
	"repo": {"files": ["argo-apps/argo-apps-prod/other-application.yaml"], "applications": [], "charts": []},
	"waivers": [],
}

# with_file replaces the documents of one file of the base input.
with_file(path, docs) := object.union(base, {"files": [f |
	some f0 in base.files
	f := patch_file(f0, path, docs)
]})

patch_file(f, path, docs) := object.union(f, {"documents": docs}) if f.path == path

patch_file(f, path, _) := f if f.path != path

with_container(patch) := with_file(deploy_path, [json.patch(deployment, patch)])

with_app(patch) := with_file(app_path, [json.patch(application, patch)])

with_files(extra) := object.union(base, {"files": array.concat(base.files, extra)})

# nested: the base input with the charts dir at deploy/gitops (a documented, nested charts-dir),
# every chart file moved below it and the Application pointing there.
nested := object.union(base, {
	"config": object.union(base.config, {"charts_dir": "deploy/gitops"}),
	"files": [nest(f) | some f in base.files],
})

nest(f) := object.union(f, {"path": concat("", ["deploy/", f.path])}) if startswith(f.path, "gitops/")

nest(f) := object.union(f, {"documents": [json.patch(application, [{"op": "replace", "path": "/spec/source/path", "value": concat("", ["deploy/", chart])}])]}) if f.path == app_path

nest(f) := f if {
	not startswith(f.path, "gitops/")
	f.path != app_path
}

# nested_with: nested, with one file's documents replaced (its path below deploy/).
nested_with(path, docs) := object.union(nested, {"files": [f |
	some f0 in nested.files
	f := patch_file(f0, path, docs)
]})

# followed: the base input in a layout generation follows, with what generation determined
# (input targets): the chart at gitops/<cluster>/<application>/<service> (gitops/prod/shop/cart)
# and the Application at argo-apps/<cluster>/<service>.yaml.
followed_chart := "gitops/prod/shop/cart"

followed_app := "argo-apps/prod/cart.yaml"

followed_target := {"app_file": followed_app, "chart_dir": followed_chart, "cluster": "prod", "service": "cart", "application": "shop"}

followed := object.union(base, {
	"files": [follow(f) | some f in base.files],
	"targets": [followed_target],
})

follow(f) := object.union(f, {"path": concat("", [followed_chart, trim_prefix(f.path, chart)])}) if startswith(f.path, concat("", [chart, "/"]))

follow(f) := object.union(f, {"path": followed_app, "documents": [json.patch(application, [{"op": "replace", "path": "/spec/source/path", "value": followed_chart}])]}) if f.path == app_path

follow(f) := f if {
	not startswith(f.path, concat("", [chart, "/"]))
	f.path != app_path
}

# followed_with: followed, with the file at `path` (its followed path) given `docs`.
followed_with(path, docs) := object.union(followed, {"files": [f |
	some f0 in followed.files
	f := patch_file(f0, path, docs)
]})
