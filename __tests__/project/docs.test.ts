import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { RULES } from '../../src/validate/catalogue.js';
import { VERSION } from '../../src/version.js';

describe('project documents', () => {
  it('README rule catalogue and input/output tables are generated from the code', () => {
    // Exits 1 (and execFileSync throws) when README.md differs from what scripts/docs.mjs writes.
    execFileSync(process.execPath, ['scripts/docs.mjs', '--check'], { stdio: 'pipe' });
    const readme = readFileSync('README.md', 'utf8');
    for (const r of RULES) expect(readme).toContain(`\`${r.id}\``);
  });

  it('every action input and output is described, and the action runs on node24 from dist/index.js', () => {
    const action = parse(readFileSync('action.yml', 'utf8'));
    expect(action.runs).toEqual({ using: 'node24', main: 'dist/index.js' });
    for (const [name, def] of Object.entries<Record<string, unknown>>({ ...action.inputs, ...action.outputs })) {
      expect(typeof def.description).toBe('string');
      expect((def.description as string).length).toBeGreaterThan(10);
      expect(name).toMatch(/^[a-z][a-z0-9-]*$/);
    }
    for (const name of ['apps-dir', 'charts-dir', 'repo-url', 'fail-on', 'sarif-file', 'mode']) expect(action.inputs).toHaveProperty([name]);
    for (const name of ['errors', 'warnings', 'report-file']) expect(action.outputs).toHaveProperty([name]);
  });

  it('the version in src/version.ts is the package version', () => {
    expect(VERSION).toBe(JSON.parse(readFileSync('package.json', 'utf8')).version);
  });

  it('rule ids are unique and each has a hint', () => {
    const ids = RULES.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const r of RULES) expect(r.hint.length).toBeGreaterThan(5);
  });
});
