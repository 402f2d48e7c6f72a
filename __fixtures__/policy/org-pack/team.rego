# An org pack as a platform repo would keep it under .trustacks/policies/.
package org.packs.team

rules := {"TEAM-001": {"title": "Applications carry a team label", "citation": "https://wiki.acme.example/policies#team-001"}}

deny contains {
	"rule_id": "TEAM-001",
	"title": rules["TEAM-001"].title,
	"message": sprintf("Application %s has no metadata.labels.team", [doc.metadata.name]),
	"path": f.path,
	"citation": rules["TEAM-001"].citation,
} if {
	some f in input.files
	some doc in f.documents
	doc.kind == "Application"
	not doc.metadata.labels.team
}

warn contains {"rule_id": "TEAM-002", "title": "Note", "message": "proposal seen by the team pack", "path": ""} if count(input.files) > 0
