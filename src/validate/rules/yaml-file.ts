import { readTextFile } from '../../repo/files.js';
import { loadYaml, type YamlFile } from '../../repo/yaml.js';
import type { FindingSink } from '../sink.js';

/**
 * Reads and parses a YAML file, turning every reading or syntax problem into a finding.
 * `limit`: the size refused, and what to say of it (whose limit it is).
 */
export async function parseFileReporting(root: string, file: string, sink: FindingSink, text?: string, limit?: { bytes: number; why: string }): Promise<YamlFile | undefined> {
  if (text === undefined) {
    const read = await readTextFile(root, file, limit?.bytes);
    if ('issue' in read) {
      sink.add('file.unreadable', file, undefined, `${file}: ${read.issue.detail}${read.issue.kind === 'too-large' && limit ? `: ${limit.why}` : ''}.`);
      return undefined;
    }
    text = read.text;
  }
  const parsed = loadYaml(text);
  if (parsed.errors.length) {
    for (const e of parsed.errors) sink.add('yaml.syntax', file, e, e.message);
    return undefined;
  }
  for (const d of parsed.duplicates) sink.add('yaml.duplicate-key', file, d, d.message);
  parsed.docs.forEach((d, i) => {
    // At the document's first content line, not its `---` marker (as docPosition does for every document finding).
    if (d.conversionError) sink.add('yaml.alias-bomb', file, parsed.docPosition(i), d.conversionError);
  });
  return parsed;
}
