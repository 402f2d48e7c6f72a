package constitution

import data.lib

# CON-003: every Application points at a chart (or kustomization) that exists, of its own cluster and service.
deny contains lib.app_item(rules["CON-003"], msg, a, array.concat(field, ["path"])) if {
	some a in lib.app_specs
	some [field, src] in lib.sources(a.app)
	not lib.generated(a, object.get(src, "path", null))
	path := lib.norm_path(lib.text(src.path))
	not targets_apps_root(path)
	not lib.source_exists(path)
	msg := sprintf("%s: path %s is neither a chart nor a kustomization, in the proposal or in the repo", [lib.app_label(a), path])
}

deny contains lib.app_item(rules["CON-003"], msg, a, array.concat(field, ["path"])) if {
	some a in lib.app_specs
	layout := lib.app_layout(a.path)
	layout.cluster != ""
	some [field, src] in lib.sources(a.app)
	path := lib.norm_path(lib.text(src.path))
	lib.source_exists(path)
	chart := lib.chart_layout(path)
	not same_target(layout, chart)
	msg := sprintf("%s (cluster %s, service %s) points at chart %s, which belongs to cluster %s, service %s", [lib.app_label(a), layout.cluster, layout.service, path, chart.cluster, chart.service])
}

same_target(app, chart) if {
	app.cluster == chart.cluster
	app.service == chart.service
}

# CON-004: the sources of an Application come from the platform repo. In validate
# mode (mode "repo") Helm-repository sources (`chart:`) of existing Applications are left alone.
deny contains lib.app_item(rules["CON-004"], msg, a, array.concat(field, ["repoURL"])) if {
	some a in lib.app_specs
	some [field, src] in lib.sources(a.app)
	checked_source(src)
	not lib.generated(a, object.get(src, "repoURL", null))
	lib.platform_url != ""
	lib.norm_url(object.get(src, "repoURL", "")) != lib.platform_url
	msg := sprintf("%s: repoURL '%s' is not the platform repo %s", [lib.app_label(a), object.get(src, "repoURL", ""), object.get(lib.config, "repo_url", "")])
}

deny contains lib.app_item(rules["CON-004"], msg, a, array.concat(field, ["repoURL"])) if {
	some a in lib.app_specs
	some [field, src] in lib.sources(a.app)
	checked_source(src)
	lib.platform_url == ""
	msg := sprintf("%s: the platform repo URL is not configured (config.repo_url), so repoURL cannot be checked", [lib.app_label(a)])
}

checked_source(_) if lib.mode == "proposal"

checked_source(src) if {
	lib.mode != "proposal"
	not src.chart
}

# CON-005: nothing is deployed into a protected namespace.
deny contains lib.app_item(rules["CON-005"], msg, a, ["spec", "destination", "namespace"]) if {
	some a in lib.app_specs
	ns := a.app.spec.destination.namespace
	ns in lib.protected_namespaces
	msg := sprintf("%s deploys into the protected namespace %s", [lib.app_label(a), ns])
}

# Argo CD's `helm.namespace` is the namespace Helm templates with: what a chart places in
# `{{ .Release.Namespace }}` lands there, whatever the destination.
deny contains lib.app_item(rules["CON-005"], msg, a, array.concat(field, ["helm", "namespace"])) if {
	some a in lib.app_specs
	some [field, src] in lib.sources(a.app)
	ns := src.helm.namespace
	ns in lib.protected_namespaces
	msg := sprintf("%s templates its chart with helm.namespace %s, a protected namespace (what the chart places in .Release.Namespace lands there)", [lib.app_label(a), ns])
}

# A namespace the template prints from values (`namespace: {{ .Values.namespace }}`) is judged
# at that path of the values the chart runs with, as Helm renders it (lib.scalar); one filled
# otherwise (`{{ .Release.Namespace }}`, a helper) is the destination's, judged above.
deny contains lib.manifest_item(rules["CON-005"], msg, m, ["metadata", "namespace"]) if {
	some m in lib.manifests
	doc := m.doc
	not doc.kind in {"Application", "ApplicationSet", "AppProject"}
	raw := doc.metadata.namespace
	chart := lib.chart_of(m.path)
	ns := lib.scalar(raw, chart)
	ns in lib.protected_namespaces
	msg := sprintf("%s %s is placed in the protected namespace %s%s", [doc.kind, manifest_name(doc), ns, lib.values_source(raw, chart)])
}

# A Namespace object of a protected namespace: Argo CD would manage (label, patch) the cluster's
# own namespace, and prune or delete it with the Application (the resources finalizer). Its name
# printed from values is read there, as a manifest's namespace is above.
deny contains lib.manifest_item(rules["CON-005"], msg, m, ["metadata", "name"]) if {
	some m in lib.manifests
	doc := m.doc
	doc.kind == "Namespace"
	raw := doc.metadata.name
	chart := lib.chart_of(m.path)
	ns := lib.scalar(raw, chart)
	ns in lib.protected_namespaces
	msg := sprintf("Namespace %s is a protected namespace: a chart may not create or manage it (Argo CD would prune or delete it with the Application)%s", [ns, lib.values_source(raw, chart)])
}

manifest_name(doc) := "(templated name)" if lib.is_templated(object.get(doc.metadata, "name", ""))

else := object.get(doc.metadata, "name", "")

# CON-006: no Application syncs the apps root (the App-of-Apps root is never committed).
deny contains lib.app_item(rules["CON-006"], msg, a, array.concat(field, ["path"])) if {
	some a in lib.app_specs
	some [field, src] in lib.sources(a.app)
	targets_apps_root(resolved_path(lib.norm_path(lib.text(src.path))))
	msg := sprintf("%s targets %s, which contains the apps root %s/", [lib.app_label(a), src.path, lib.apps_dir])
}

# resolved_path: a source path with its `.` and `..` segments resolved, as Argo CD's repo server
# joins it to the checkout (`gitops/../argo-apps` is the apps root); one without them as it is.
resolved_path(p) := p if not contains(p, "..")

else := concat("/", [s[i] | some i in numbers.range(0, count(s) - 1); kept(s, i)]) if {
	s := [x | some x in split(p, "/"); not x in {"", "."}]
}

# Segment i stays unless a later `..` takes it off: the names after it, less the `..`s, never
# fall below zero from it to any later segment. (A `..` above the root stays at the root.)
kept(s, i) if {
	s[i] != ".."
	every j in [j | some j in numbers.range(0, count(s) - 1); j > i] {
		sum([step(s[k]) | some k in numbers.range(0, count(s) - 1); k > i; k <= j]) >= 0
	}
}

step(x) := -1 if x == ".."

else := 1

targets_apps_root(path) if path in {"", ".", lib.apps_dir}

targets_apps_root(path) if lib.under(path, lib.apps_dir)
