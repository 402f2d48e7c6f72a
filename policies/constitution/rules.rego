# The constitution: always on, never waivable.
package constitution

rules := {
	"CON-001": {"id": "CON-001", "title": "Writes only under the allowed roots", "anchor": "con-001-writes-only-under-the-allowed-roots"},
	"CON-002": {"id": "CON-002", "title": "Read and preserve: never modify or delete an existing file", "anchor": "con-002-read-and-preserve-never-modify-or-delete-an-existing-file"},
	"CON-003": {"id": "CON-003", "title": "Applications point at an existing chart of the same cluster and service", "anchor": "con-003-applications-point-at-an-existing-chart-of-the-same-cluster-and-service"},
	"CON-004": {"id": "CON-004", "title": "Applications use the platform repo", "anchor": "con-004-applications-use-the-platform-repo"},
	"CON-005": {"id": "CON-005", "title": "No deployment into a protected namespace", "anchor": "con-005-no-deployment-into-a-protected-namespace"},
	"CON-006": {"id": "CON-006", "title": "No Application targets the apps root", "anchor": "con-006-no-application-targets-the-apps-root"},
	"CON-007": {"id": "CON-007", "title": "No cluster-admin and no cluster-scoped RBAC", "anchor": "con-007-no-cluster-admin-and-no-cluster-scoped-rbac"},
	"CON-008": {"id": "CON-008", "title": "Images carry an explicit tag or digest, never latest", "anchor": "con-008-images-carry-an-explicit-tag-or-digest-never-latest"},
	"CON-009": {"id": "CON-009", "title": "Proposed YAML can be read by the policy", "anchor": "con-009-proposed-yaml-can-be-read-by-the-policy"},
}
