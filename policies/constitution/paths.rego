package constitution

import data.lib

allowed_roots := [lib.apps_dir, lib.charts_dir, ".github/workflows"]

under_allowed_root(path) if {
	some root in allowed_roots
	lib.under(path, root)
}

# CON-001: a proposal writes only under the apps root, the charts root and .github/workflows.
# (A kept file, action existing, is never written: a kustomization's base may lie anywhere in the repo.)
deny contains lib.item(rules["CON-001"], msg, f.path, null, null) if {
	lib.mode == "proposal"
	some f in lib.files
	f.action != "existing"
	not under_allowed_root(f.path)
	msg := sprintf("%s is outside the allowed roots (%s/, %s/, .github/workflows/)", [f.path, lib.apps_dir, lib.charts_dir])
}

deny contains lib.item(rules["CON-001"], msg, f.path, null, null) if {
	lib.mode == "proposal"
	some f in lib.files
	some segment in split(f.path, "/")
	segment in {"..", ".", ""}
	msg := sprintf("%s is not a normalised repo-relative path (empty, '.' or '..' segment)", [f.path])
}

# CON-002: read and preserve. Generation only creates, and never over an existing file.
deny contains lib.item(rules["CON-002"], msg, f.path, null, null) if {
	lib.mode == "proposal"
	some f in lib.files
	not f.action in {"create", "existing"} # existing: a kept file the proposal's Applications deploy, judged, never written
	msg := sprintf("%s: action '%s' is refused; a proposal only creates files it owns", [f.path, f.action])
}

deny contains lib.item(rules["CON-002"], msg, f.path, null, null) if {
	lib.mode == "proposal"
	some f in lib.files
	f.action == "create"
	lib.repo_files[f.path]
	msg := sprintf("%s already exists in the repo; a proposal never overwrites a file it did not create", [f.path])
}

# CON-009: what the policy cannot read, it cannot allow. Plain YAML must parse;
# a Helm template that cannot be read even after placeholders is only a warning (whatever
# its extension: input.ts marks every file Helm renders from templates/ as templated).
deny contains lib.item(rules["CON-009"], msg, f.path, null, null) if {
	some f in lib.files
	read_as_yaml(f)
	not object.get(f, "parsed", false)
	not object.get(f, "templated", false)
	msg := sprintf("%s is not valid YAML (%s); the policy cannot check it", [f.path, object.get(f, "error", "parse error")])
}

warn contains lib.item(rules["CON-009"], msg, f.path, null, null) if {
	some f in lib.files
	not object.get(f, "parsed", false)
	object.get(f, "templated", false)
	msg := sprintf("%s is a Helm template the policy could not read (%s); its checks were skipped", [f.path, object.get(f, "error", "parse error")])
}

# A file a kustomization pulls in (input.ts: referenced_by) is YAML to kustomize whatever its
# name, as is the kustomization itself.
read_as_yaml(f) if lib.is_yaml(f.path)

read_as_yaml(f) if lib.kustomization_names[lib.basename(f.path)]

read_as_yaml(f) if object.get(f, "referenced_by", "") != ""

# CON-009: what a kustomization pulls in and input.ts could not carry (a remote base, a path out
# of the repository, a missing file, helmCharts, past the bounds: `unresolved`) cannot be judged,
# so the Application that builds it cannot be allowed.
deny contains lib.item(rules["CON-009"], msg, f.path, 0, u.field) if {
	some f in lib.files
	some u in object.get(f, "unresolved", [])
	msg := sprintf("%s references %s, which the policy cannot read (%s): it cannot judge what the kustomization deploys", [f.path, u.ref, u.reason])
}
