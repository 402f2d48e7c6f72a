// Regenerates the README sections built from the code: the rule catalogue (from
// src/validate/catalogue.ts) and the inputs/outputs tables (from action.yml).
// `node scripts/docs.mjs` rewrites README.md; `--check` exits 1 when it is stale.
import { readFileSync, writeFileSync } from 'node:fs';
import { parse } from 'yaml';

const cell = (s) => String(s).replace(/\|/g, '\\|').replace(/\n/g, ' ');

function rulesTable() {
  // The catalogue is TypeScript; its entries are plain object literals, read them without a TS build.
  const src = readFileSync('src/validate/catalogue.ts', 'utf8');
  const rows = [...src.matchAll(/\{ id: '([^']+)', severity: '([^']+)', title: '((?:[^'\\]|\\.)*)', description: '((?:[^'\\]|\\.)*)', hint: '((?:[^'\\]|\\.)*)' \}/g)];
  const un = (s) => s.replace(/\\'/g, "'");
  // An entry the pattern does not match (a quote left unescaped) must not drop out of the README unseen.
  const entries = src.match(/\{ id: '/g)?.length ?? 0;
  if (rows.length !== entries) throw new Error(`src/validate/catalogue.ts has ${entries} rules, but only ${rows.length} read as { id, severity, title, description, hint } literals`);
  return ['| id | severity | what it checks | how to fix |', '|---|---|---|---|', ...rows.map((m) => `| \`${m[1]}\` | ${m[2]} | **${cell(un(m[3]))}.** ${cell(un(m[4]))} | ${cell(un(m[5]))} |`)].join('\n');
}

function actionTables() {
  const action = parse(readFileSync('action.yml', 'utf8'));
  const inputs = Object.entries(action.inputs).map(([k, v]) => `| \`${k}\` | ${v.default === '' || v.default === undefined ? '' : `\`${cell(v.default)}\``} | ${cell(v.description)} |`);
  const outputs = Object.entries(action.outputs).map(([k, v]) => `| \`${k}\` | ${cell(v.description)} |`);
  return ['### Inputs', '', '| input | default | description |', '|---|---|---|', ...inputs, '', '### Outputs', '', '| output | description |', '|---|---|', ...outputs].join('\n');
}

function replaceBetween(text, name, body) {
  const begin = `<!-- generated:${name}:begin (scripts/docs.mjs) -->`;
  const end = `<!-- generated:${name}:end -->`;
  const i = text.indexOf(begin);
  const j = text.indexOf(end);
  if (i < 0 || j < 0) throw new Error(`README.md lacks the ${name} markers`);
  return `${text.slice(0, i + begin.length)}\n${body}\n${text.slice(j)}`;
}

const readme = readFileSync('README.md', 'utf8');
let next = replaceBetween(readme, 'rules', rulesTable());
next = replaceBetween(next, 'action', actionTables());
if (process.argv.includes('--check')) {
  if (next !== readme) {
    console.error('README.md is stale: run `node scripts/docs.mjs`.');
    process.exit(1);
  }
} else writeFileSync('README.md', next);
