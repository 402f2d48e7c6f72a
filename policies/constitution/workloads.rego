package constitution

import data.lib

cluster_scoped_rbac := {"ClusterRole", "ClusterRoleBinding"}

# CON-007: no cluster-scoped RBAC, and nothing that grants cluster-admin (in a List's items too: lib.manifests).
deny contains lib.manifest_item(rules["CON-007"], msg, m, ["kind"]) if {
	some m in lib.manifests
	doc := m.doc
	doc.kind in cluster_scoped_rbac
	msg := sprintf("%s %s is cluster-scoped RBAC; charts may only create namespaced Roles and RoleBindings", [doc.kind, object.get(object.get(doc, "metadata", {}), "name", "")])
}

# A RoleBinding's roleRef as Helm renders it: as written, or printed from one .Values path
# (`name: {{ .Values.rbac.role }}`), the values the chart runs with there (lib.scalar).
deny contains lib.manifest_item(rules["CON-007"], msg, m, ["roleRef", "name"]) if {
	some m in lib.manifests
	doc := m.doc
	doc.kind == "RoleBinding"
	chart := lib.chart_of(m.path)
	raw := object.get(role_ref(doc, chart), "name", null)
	lib.scalar(raw, chart) == "cluster-admin"
	msg := sprintf("RoleBinding %s grants cluster-admin%s", [rbac_name(doc), ref_source(doc, raw, chart)])
}

# role_ref: the roleRef block as rendered: as written, or printed from one .Values path
# (`roleRef: {{- toYaml .Values.roleRef | nindent 2 }}`), that path of the values.
role_ref(doc, chart) := lib.effective_object(object.get(doc, "roleRef", {}), chart)

# For the message: where the name comes from, the roleRef block's values path or the name's.
ref_source(doc, raw, chart) := lib.values_source(doc.roleRef, chart) if lib.templated_path(doc.roleRef)

else := lib.values_source(raw, chart)

# A roleRef block the template fills otherwise (an include) could name cluster-admin.
deny contains lib.manifest_item(rules["CON-007"], msg, m, ["roleRef"]) if {
	some m in lib.manifests
	doc := m.doc
	doc.kind == "RoleBinding"
	lib.unjudgeable(object.get(doc, "roleRef", {}))
	msg := sprintf("RoleBinding %s has a roleRef the template fills (%s): it could be cluster-admin, which the policy cannot judge without rendering the chart; write it, or print it from one .Values path", [rbac_name(doc), lib.directive(doc.roleRef)])
}

# A ClusterRole's name filled otherwise (a helper, `default`, quotes around the directive) could
# be cluster-admin: the gate cannot judge it without rendering the chart, so it fails closed.
# A binding to a Role (the chart's own, namespaced) grants what that Role grants, judged below.
deny contains lib.manifest_item(rules["CON-007"], msg, m, ["roleRef", "name"]) if {
	some m in lib.manifests
	doc := m.doc
	doc.kind == "RoleBinding"
	chart := lib.chart_of(m.path)
	ref := role_ref(doc, chart)
	lib.scalar(object.get(ref, "kind", null), chart) != "Role"
	raw := object.get(ref, "name", null)
	lib.is_templated(raw)
	not lib.templated_path(raw)
	msg := sprintf("RoleBinding %s binds a ClusterRole whose name the template fills%s: it could be cluster-admin, which the policy cannot judge without rendering the chart; write the name, or print it from one .Values path", [rbac_name(doc), filled_by(raw)])
}

# A Role's rules as Helm renders them: written in the template, or printed from values
# (`{{- toYaml .Values.rbac.rules | nindent 2 }}`, read there). A field the template fills
# without a readable .Values path could hold "*", so it counts as one (fail closed).
deny contains lib.manifest_item(rules["CON-007"], msg, m, ["rules", j]) if {
	some m in lib.manifests
	doc := m.doc
	doc.kind == "Role"
	chart := lib.chart_of(m.path)
	raw := object.get(doc, "rules", [])
	rs := lib.scalar(raw, chart)
	is_array(rs)
	some j, rule in rs
	is_object(rule)
	every k in ["verbs", "resources", "apiGroups"] {
		may_be_all(object.get(rule, k, []), chart)
	}
	msg := role_message(doc, rule, raw, chart)
}

# A rules block the template fills without a readable .Values path (an include, a helper)
# could grant anything.
deny contains lib.manifest_item(rules["CON-007"], msg, m, ["rules"]) if {
	some m in lib.manifests
	doc := m.doc
	doc.kind == "Role"
	raw := object.get(doc, "rules", [])
	lib.unjudgeable(raw)
	msg := sprintf("Role %s has rules the template fills (%s): they could grant every verb on every resource, which the policy cannot judge without rendering the chart; write them, or print them from one .Values path", [rbac_name(doc), lib.directive(raw)])
}

rbac_name(doc) := "(templated name)" if lib.is_templated(object.get(object.get(doc, "metadata", {}), "name", ""))

else := object.get(object.get(doc, "metadata", {}), "name", "")

# filled_by: for a message, the directive of a marked value; a TEMPLATED string keeps only the
# placeholder, which a message never shows.
filled_by(raw) := sprintf(" (%s)", [lib.directive(raw)]) if is_object(raw)

else := ""

# may_be_all: a rule's list as rendered holds "*", or could (an item or the list filled by the
# template without a readable .Values path).
may_be_all(raw, _) if lib.unjudgeable(raw)

may_be_all(raw, chart) if {
	v := lib.scalar(raw, chart)
	is_array(v)
	some x in v
	may_be_star(x, chart)
}

may_be_star(x, chart) if lib.scalar(x, chart) == "*"

may_be_star(x, _) if lib.unjudgeable(x)

role_message(doc, rule, raw, chart) := sprintf("Role %s grants every verb on every resource (cluster-admin in all but name)%s", [rbac_name(doc), lib.values_source(raw, chart)]) if {
	every k in ["verbs", "resources", "apiGroups"] {
		some x in lib.scalar(object.get(rule, k, []), chart)
		lib.scalar(x, chart) == "*"
	}
} else := sprintf("Role %s could grant every verb on every resource (cluster-admin in all but name): what its rule does not write is filled by the template, which the policy cannot judge without rendering the chart%s", [rbac_name(doc), lib.values_source(raw, chart)])

# CON-008: every image carries an explicit tag or a digest, never latest.
deny contains lib.item(rules["CON-008"], msg, w.path, w.index, field) if {
	some w in lib.workloads
	some [cfield, c] in lib.containers(w.spec)
	image := object.get(c, "image", "")
	is_string(image)
	not lib.is_templated(image)
	not lib.image_is_pinned(image)
	field := array.concat(array.concat(w.spec_field, cfield), ["image"])
	msg := sprintf("%s %s: %s", [w.kind, w.name, unpinned_message(image)])
}

# An image printed from one .Values path (`image: {{ .Values.worker.ref }}`) is judged at that
# path of the values the chart runs with (lib.scalar; unset, Helm prints no image at all). A path
# ending in `image` is judged where values.yaml (and an Application's values) set it, below.
deny contains lib.item(rules["CON-008"], msg, w.path, w.index, field) if {
	some w in lib.workloads
	some [cfield, c] in lib.containers(w.spec)
	raw := object.get(c, "image", "")
	p := lib.templated_path(raw)
	p[count(p) - 1] != "image"
	image := lib.scalar(raw, w.chart)
	not printed_image_pinned(image)
	field := array.concat(array.concat(w.spec_field, cfield), ["image"])
	msg := sprintf("%s %s: %s%s", [w.kind, w.name, unpinned_message(image), lib.values_source(raw, w.chart)])
}

printed_image_pinned(image) if {
	is_string(image)
	lib.image_is_pinned(image)
}

# In values files, `image: repo:tag` strings and `image: {repository, tag, digest}` blocks.
deny contains lib.item(rules["CON-008"], msg, f.path, i, field) if {
	some f in lib.files
	lib.basename(f.path) == "values.yaml"
	object.get(f, "parsed", false)
	some i, doc in f.documents
	walk(doc, [field, image])
	count(field) > 0
	field[count(field) - 1] == "image"
	is_string(image)
	image != ""
	not lib.is_templated(image)
	not lib.image_is_pinned(image)
	msg := sprintf("values %s: %s", [concat(".", [sprintf("%v", [k]) | some k in field]), unpinned_message(image)])
}

deny contains lib.item(rules["CON-008"], msg, f.path, i, values_image_field(field, image)) if {
	some f in lib.files
	lib.basename(f.path) == "values.yaml"
	object.get(f, "parsed", false)
	some i, doc in f.documents
	walk(doc, [field, image])
	count(field) > 0
	field[count(field) - 1] == "image"
	is_object(image)
	is_string(image.repository)
	not values_image_pinned(image, lib.dirname(f.path))
	msg := sprintf("values %s: %s", [concat(".", [sprintf("%v", [k]) | some k in field]), unpinned_message(image)])
}

# In validate mode, the values an Application runs the chart with (lib.values_of: the
# chart's Chart.yaml entry, effective_values): an image its overrides set or change
# (`parameters: [{name: image.tag, value: latest}]`, valuesObject, another value file) is
# judged as one in values.yaml is; an image values.yaml has as it is is judged there (above).
# The finding goes on the Application: at the parameter that sets it, else at the path in
# valuesObject (the source's `helm` block when that is not where it is set).
deny contains lib.item(rules["CON-008"], msg, at.path, at.document, override_field(at, field, image)) if {
	some f in lib.files
	lib.basename(f.path) == "Chart.yaml"
	is_object(f.effective_values)
	dir := lib.dirname(f.path)
	at := object.get(f, "values_at", {"path": f.path, "document": 0, "field": [], "parameters": []})
	walk(f.effective_values, [field, image])
	count(field) > 0
	field[count(field) - 1] == "image"
	image != object.get(chart_values(dir), field, null)
	values_image_unpinned(image, dir)
	msg := sprintf("%s %s: %s", [lib.values_name(dir), concat(".", [sprintf("%v", [k]) | some k in field]), unpinned_message(image)])
}

chart_values(dir) := v if {
	f := lib.files_by_path[concat("/", [dir, "values.yaml"])]
	object.get(f, "parsed", false)
	v := f.documents[0]
	is_object(v)
} else := {}

values_image_unpinned(image, _) if {
	is_string(image)
	image != ""
	not lib.is_templated(image)
	not lib.image_is_pinned(image)
}

values_image_unpinned(image, dir) if {
	is_object(image)
	is_string(image.repository)
	not values_image_pinned(image, dir)
}

# unpinned_message: why an image (a reference, or a values block) does not pin what runs. A
# digest that is not one (`@sha256:abc`) is said so: the image does name a digest.
unpinned_message(image) := sprintf("image '%s' has a malformed digest (%s)", [image, digest_form]) if {
	is_string(image)
	contains(image, "@")
} else := sprintf("image '%s' has no explicit tag or digest, or uses latest", [image]) if {
	is_string(image)
} else := "image (not set) has no explicit tag or digest" if {
	image == null
} else := sprintf("repository %s has digest '%s', a malformed digest (%s), and tag '%v'", [image.repository, image.digest, digest_form, object.get(image, "tag", "")]) if {
	is_string(image.digest)
	image.digest != ""
} else := sprintf("repository %s has tag '%v'; it needs an explicit tag other than latest, a digest, or an empty tag with a pinned appVersion in Chart.yaml", [image.repository, object.get(image, "tag", "")]) if {
	is_object(image)
} else := sprintf("image %v is not an image reference", [image])

digest_form := "a digest is sha256: and 64 lower-case hex digits, or sha512: and 128"

# The last parameter that names the image (or its tag), else the image's path in valuesObject.
override_field(at, field, image) := array.concat(at.field, ["parameters", js[count(js) - 1], "value"]) if {
	names := {concat(".", [sprintf("%v", [k]) | some k in f]) | some f in [field, values_image_field(field, image)]}
	js := [j | some j, n in at.parameters; names[n]]
	count(js) > 0
} else := array.concat(array.concat(at.field, ["valuesObject"]), values_image_field(field, image))

# Where an unpinned `image: {repository, tag}` block is wrong: at its tag when it has one
# (latest, or empty without a pinned appVersion), so validate's finding lands on that line;
# else at the block, which lacks a tag.
values_image_field(field, image) := array.concat(field, ["tag"]) if {
	_ = image.tag
} else := field

values_image_pinned(image, _) if {
	is_string(image.digest)
	lib.is_digest(image.digest)
}

values_image_pinned(image, _) if {
	tag := sprintf("%v", [image.tag])
	not tag in {"", "latest", "<nil>", "null"}
}

# An empty tag falls back to the chart's appVersion (the `helm create` convention).
values_image_pinned(image, dir) if {
	not image.tag
	app_version_pinned(dir)
}

values_image_pinned(image, dir) if {
	image.tag == ""
	app_version_pinned(dir)
}

app_version_pinned(dir) if {
	f := lib.files_by_path[concat("/", [dir, "Chart.yaml"])]
	v := sprintf("%v", [f.documents[0].appVersion])
	not v in {"", "latest", "<nil>", "null"}
}
