#!/usr/bin/env node
// The floor for `validate`: the least work any validator of this repo layout must do.
// Walks argo-apps/ and gitops/ (which lists every templates/ folder), reads every
// *.yaml / *.yml under argo-apps/ and every Chart.yaml and values.yaml under gitops/,
// and parses each with the parser the engine reads clean files with: js-yaml's loadAll
// (core schema). `--parser yaml` uses the `yaml` library's parseAllDocuments instead
// (what the engine uses only for positions and refused files; an information row).
// Nothing else: no schema, no rules, no model. Sequential, one thread, like the engine.
//
// Usage: node bench/floor.mjs DIR [--apps-only] [--parser js-yaml|yaml]
// Prints counts (so the work cannot be optimised away) as one JSON line.
// --apps-only: argo-apps/ only, the files kubeconform reads (an information row, not the floor).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import jsyaml from 'js-yaml';
import { parseAllDocuments } from 'yaml';

const root = process.argv[2];
const appsOnly = process.argv.includes('--apps-only');
const parserArg = process.argv.indexOf('--parser');
const parser = parserArg > 0 ? process.argv[parserArg + 1] : 'js-yaml';
if (parser !== 'js-yaml' && parser !== 'yaml') {
  console.error(`--parser must be js-yaml or yaml, not ${parser}`);
  process.exit(2);
}
if (!root) {
  console.error('usage: node bench/floor.mjs DIR [--apps-only]');
  process.exit(2);
}

const counts = { files: 0, listed: 0, parsed: 0, documents: 0, parseErrors: 0, bytes: 0, templateDirs: 0 };

function walk(dir, want) {
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch (e) {
    if (e.code === 'ENOENT') return;
    throw e;
  }
  for (const e of entries) {
    const p = join(dir, e.name);
    if (e.isDirectory()) {
      if (e.name === 'templates') counts.templateDirs++;
      walk(p, want);
    } else if (e.isFile()) {
      counts.listed++;
      if (want(e.name)) parse(p);
    }
  }
}

function parse(file) {
  const text = readFileSync(file, 'utf8');
  counts.files++;
  counts.bytes += text.length;
  if (parser === 'js-yaml') {
    try {
      counts.documents += jsyaml.loadAll(text, undefined, { schema: jsyaml.CORE_SCHEMA }).length;
    } catch {
      counts.parseErrors++;
    }
  } else {
    const docs = parseAllDocuments(text);
    // parseAllDocuments returns an EmptyStream (not an array) for an empty file.
    for (const doc of Array.isArray(docs) ? docs : []) {
      counts.documents++;
      if (doc.errors.length) counts.parseErrors++;
    }
  }
  counts.parsed++;
}

walk(join(root, 'argo-apps'), (name) => name.endsWith('.yaml') || name.endsWith('.yml'));
if (!appsOnly) walk(join(root, 'gitops'), (name) => name === 'Chart.yaml' || name === 'values.yaml');
console.log(JSON.stringify(counts));
