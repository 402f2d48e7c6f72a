#!/usr/bin/env node
// The `gitops-action` command; the bundle is dist/cli/index.js.
import './cli/index.js';
