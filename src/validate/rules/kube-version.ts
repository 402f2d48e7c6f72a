import { isHelmVersion } from './helm-version.js';

/*
 * Chart.yaml `kubeVersion` as Helm parses it. Helm's install and template
 * (`chartutil.IsCompatibleRange`) call Masterminds semver's NewConstraint and take a
 * constraint it refuses for one no cluster meets: the chart fails to render everywhere. This
 * is a port of NewConstraint's grammar in Masterminds semver v3.5.0 (the pinned Helm's,
 * constraints.go), not of its matching: node-semver, the library at hand, reads another
 * grammar (no `,` for AND, other wildcard and hyphen rules).
 */

/**
 * Helm's sanitizeString (pkg/chart/metadata.go), which Metadata.Validate applies to `name`,
 * `kubeVersion` and other Chart.yaml strings before it checks them and before a render reads
 * them: every rune for which Go's unicode.IsSpace holds becomes ' ', every other rune that is
 * not unicode.IsPrint is dropped. IsSpace is the White_Space property (Latin-1 included:
 * \t \n \v \f \r, U+0085, U+00A0); IsPrint is letters, marks, numbers, punctuation and
 * symbols (L, M, N, P, S) and the ASCII space, so a zero-width space (U+200B, Cf) or a
 * control character goes.
 */
export function helmSanitize(s: string): string {
  return s.replace(/\p{White_Space}/gu, ' ').replace(/[^\p{L}\p{M}\p{N}\p{P}\p{S} ]/gu, '');
}

/**
 * Why Helm refuses a Chart.yaml `kubeVersion` (as text): sanitised first (helmSanitize, as
 * Metadata.Validate does on load), then nothing to check when that leaves it empty (Helm's
 * action checks only a non-empty one), else NewConstraint's answer (kubeVersionProblem).
 */
export function chartKubeVersionProblem(written: string): string | undefined {
  const kv = helmSanitize(written);
  return kv === '' ? undefined : kubeVersionProblem(kv);
}

/** Go RE2's `\s`: ASCII white space only (JS's `\s` also takes Unicode spaces). */
const S = '[\\t\\n\\f\\r ]';
const OPS = '=||!=|>|<|>=|=>|<=|=<|~|~>|\\^';
/** cvRegex: a version that may hold wildcards (`1.x`, `*`); `|` in the classes is Masterminds' own. */
const CV = 'v?([0-9|x|X|\\*]+)(\\.[0-9|x|X|\\*]+)?(\\.[0-9|x|X|\\*]+)?' + '(-([0-9A-Za-z\\-]+(\\.[0-9A-Za-z\\-]+)*))?' + '(\\+([0-9A-Za-z\\-]+(\\.[0-9A-Za-z\\-]+)*))?';

const CONSTRAINT = new RegExp(`^${S}*(${OPS})${S}*(${CV})${S}*$`);
const RANGE = new RegExp(`${S}*(${CV})${S}+-${S}+(${CV})${S}*`, 'g');
const FIND = new RegExp(`(${OPS})${S}*(${CV})`, 'g');
const VALID = new RegExp(`^(${S}*(${OPS})${S}*(${CV})${S}*)((?:${S}+|,${S}*)(${OPS})${S}*(${CV})${S}*)*$`);

const MAX_CONSTRAINT_BYTES = 512;
const MAX_OR_GROUPS = 32;

const isX = (s: string) => s === 'x' || s === 'X' || s === '*';

/** rewriteRange: `1.2 - 1.4` becomes `>= 1.2, <= 1.4 `, each range once, in order (strings.Replace(o, v[0], t, 1)). */
function rewriteRange(c: string): string {
  let out = c;
  for (const m of c.matchAll(RANGE)) {
    // Groups 1 and 11: the two versions (cvRegex holds nine groups of its own).
    const i = out.indexOf(m[0]);
    if (i >= 0) out = `${out.slice(0, i)}>= ${m[1]}, <= ${m[11]} ${out.slice(i + m[0].length)}`;
  }
  return out;
}

/** parseConstraint: the version of one comparison, wildcards zeroed, must be one NewVersion takes. */
function constraintProblem(c: string): string | undefined {
  const m = CONSTRAINT.exec(c);
  if (!m) return `improper constraint: "${c}"`;
  const [major, minor = '', patch = '', pre = ''] = [m[3], m[4], m[5], m[6]];
  let ver = m[2];
  if (isX(major) || major === '') ver = `0.0.0${pre}`;
  else if (isX(minor.replace(/^\./, '')) || minor === '') ver = `${major}.0.0${pre}`;
  else if (isX(patch.replace(/^\./, '')) || patch === '') ver = `${major}${minor}.0${pre}`;
  return isHelmVersion(ver) ? undefined : 'constraint parser error';
}

/** Why NewConstraint refuses `constraint` (its error), or undefined when it parses. */
export function kubeVersionProblem(constraint: string): string | undefined {
  if (Buffer.byteLength(constraint) > MAX_CONSTRAINT_BYTES) return `constraint string is too long (max ${MAX_CONSTRAINT_BYTES} bytes)`;
  const ors = rewriteRange(constraint).split('||');
  if (ors.length > MAX_OR_GROUPS) return `too many constraint groups (max ${MAX_OR_GROUPS})`;
  for (const v of ors) {
    if (!VALID.test(v)) return `improper constraint: "${v}"`;
    for (const found of v.match(FIND) ?? [v]) {
      const problem = constraintProblem(found);
      if (problem) return problem;
    }
  }
  return undefined;
}
