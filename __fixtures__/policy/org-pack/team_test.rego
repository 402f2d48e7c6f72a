package org.packs.team_test

import data.org.packs.team

test_deny if count(team.deny) == 1 with input as {"files": [{"path": "a.yaml", "documents": [{"kind": "Application", "metadata": {"name": "a"}}]}]}
