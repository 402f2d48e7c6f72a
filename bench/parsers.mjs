#!/usr/bin/env node
// Parser-only micro-benchmark: the floor's files, read into memory first, then parsed by one
// parser in this process (no fs in the timing). Shows how much of the floor is the `yaml` library.
//   node bench/parsers.mjs DIR yaml|yaml-cst|js-yaml
// js-yaml is not a project dependency (only a transitive dev one); it is skipped if absent.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createRequire } from 'node:module';
import { parseAllDocuments, Parser } from 'yaml';

const [root, which] = process.argv.slice(2);
if (!root || !['yaml', 'yaml-cst', 'js-yaml'].includes(which)) {
  console.error('usage: node bench/parsers.mjs DIR yaml|yaml-cst|js-yaml');
  process.exit(2);
}
const files = [];
function walk(d, want) {
  for (const e of readdirSync(d, { withFileTypes: true })) {
    const p = join(d, e.name);
    if (e.isDirectory()) walk(p, want);
    else if (want(e.name)) files.push(p);
  }
}
walk(join(root, 'argo-apps'), (n) => n.endsWith('.yaml') || n.endsWith('.yml'));
walk(join(root, 'gitops'), (n) => n === 'Chart.yaml' || n === 'values.yaml');
const texts = files.map((f) => readFileSync(f, 'utf8'));
let jsyaml;
if (which === 'js-yaml') {
  try {
    jsyaml = createRequire(import.meta.url)('js-yaml');
  } catch {
    console.log('js-yaml not installed: skipped');
    process.exit(0);
  }
}
let n = 0;
const t = performance.now();
if (which === 'yaml') for (const s of texts) n += parseAllDocuments(s).length;
if (which === 'yaml-cst') for (const s of texts) for (const _ of new Parser().parse(s)) n++;
if (which === 'js-yaml') for (const s of texts) jsyaml.loadAll(s, () => n++);
const bytes = texts.reduce((a, s) => a + s.length, 0);
console.log(`${which}: ${texts.length} files, ${(bytes / 1e6).toFixed(1)} MB, ${(performance.now() - t).toFixed(0)} ms (${n} tokens/docs)`);
