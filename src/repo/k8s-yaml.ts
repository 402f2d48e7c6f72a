import jsyaml from 'js-yaml';
import type { CollectionTag, ScalarTag } from 'yaml';

/**
 * Plain-scalar resolution as Kubernetes and Argo CD read a manifest, for both of the
 * engine's parsers.
 *
 * Argo CD's repo server, kubectl and Helm decode YAML with sigs.k8s.io/yaml, which
 * resolves plain scalars with go-yaml v2, i.e. mostly YAML 1.1: `yes`/`no`/`on`/`off`/
 * `y`/`n` are booleans, `0755` is octal, `1_000` is an int, while timestamps stay
 * strings and base-60 numbers do not exist. The YAML 1.2 core schema would call
 * `monitoring: on` a string (and pass a label Kubernetes refuses) and `prune: yes` a
 * string (and report a schema error Argo CD never sees), so validate resolves scalars
 * the way the cluster will.
 *
 * The rules below follow go-yaml v2's resolve(): a first-character hint, a table of
 * words, then Go's ParseInt (base 0, underscores dropped), ParseUint and a float pattern.
 */
export type PlainKind = 'null' | 'bool' | 'int' | 'float' | 'str';

const TRUE = new Set(['y', 'Y', 'yes', 'Yes', 'YES', 'true', 'True', 'TRUE', 'on', 'On', 'ON']);
const FALSE = new Set(['n', 'N', 'no', 'No', 'NO', 'false', 'False', 'FALSE', 'off', 'Off', 'OFF']);
const NULL = new Set(['', '~', 'null', 'Null', 'NULL']);
const SPECIAL_FLOAT = new Map<string, number>([
  ['.nan', NaN], ['.NaN', NaN], ['.NAN', NaN],
  ['.inf', Infinity], ['.Inf', Infinity], ['.INF', Infinity],
  ['+.inf', Infinity], ['+.Inf', Infinity], ['+.INF', Infinity],
  ['-.inf', -Infinity], ['-.Inf', -Infinity], ['-.INF', -Infinity],
]);
/** Go's strconv.ParseInt(s, 0, 64) syntax: sign, then 0x / 0o / 0b / leading-0 octal / decimal. */
const GO_INT = /^[-+]?(?:0[xX][0-9a-fA-F]+|0[oO][0-7]+|0[bB][01]+|0[0-7]*|[1-9][0-9]*)$/;
/** go-yaml v2's yamlStyleFloat. */
const GO_FLOAT = /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?$/;
/** A float that starts with `.` goes to Go's ParseFloat unchanged (no underscores there). */
const DOT_FLOAT = /^\.[0-9]+(?:[eE][-+]?[0-9]+)?$/;

/** First characters that can start a bool or a null (go-yaml v2's 'M' hint): y Y n N t T f F o O ~. */
const WORD_START = new Set([121, 89, 110, 78, 116, 84, 102, 70, 111, 79, 126]);

// js-yaml asks each implicit type in turn about the same scalar: the last answer is kept,
// so a scalar is classified once, not four times (measured: 0.2 s of a 10,000-Application run).
let lastScalar: string | undefined;
let lastKind: PlainKind = 'str';

/** Which type go-yaml v2 gives a plain (unquoted, untagged) scalar. */
export function plainKind(s: string): PlainKind {
  if (s === lastScalar) return lastKind;
  lastScalar = s;
  return (lastKind = classify(s));
}

function classify(s: string): PlainKind {
  if (s === '') return 'null';
  const c = s.charCodeAt(0);
  // The hint table: only scalars starting with a digit, a sign, `.`, or one of `yYnNtTfFoO~` can be anything but a string.
  if ((c >= 48 && c <= 57) || c === 43 || c === 45) {
    if (SPECIAL_FLOAT.has(s)) return 'float';
    const plain = s.includes('_') ? s.replace(/_/g, '') : s;
    if (GO_INT.test(plain)) return 'int';
    if (GO_FLOAT.test(plain)) return 'float';
    return 'str';
  }
  if (c === 46) return SPECIAL_FLOAT.has(s) || DOT_FLOAT.test(s) ? 'float' : 'str';
  if (!WORD_START.has(c) || s.length > 5) return 'str';
  if (TRUE.has(s) || FALSE.has(s)) return 'bool';
  if (NULL.has(s)) return 'null';
  return 'str';
}

function toInt(s: string): number {
  let t = s.replace(/_/g, '');
  let sign = 1;
  if (t[0] === '-' || t[0] === '+') {
    if (t[0] === '-') sign = -1;
    t = t.slice(1);
  }
  const p = t.slice(0, 2).toLowerCase();
  if (p === '0x') return sign * parseInt(t.slice(2), 16);
  if (p === '0o') return sign * parseInt(t.slice(2), 8);
  if (p === '0b') return sign * parseInt(t.slice(2), 2);
  if (t.length > 1 && t[0] === '0') return sign * parseInt(t, 8);
  return sign * Number(t);
}

function toFloat(s: string): number {
  return SPECIAL_FLOAT.get(s) ?? Number(s.replace(/_/g, ''));
}

/** The implicit scalar types, in the order both parsers try them: one table for both schemas. */
const SCALARS: { tag: string; kind: PlainKind; construct: (s: string) => unknown; predicate: (o: unknown) => boolean }[] = [
  { tag: 'null', kind: 'null', construct: () => null, predicate: (o) => o === null },
  { tag: 'bool', kind: 'bool', construct: (s) => TRUE.has(s), predicate: (o) => typeof o === 'boolean' },
  { tag: 'int', kind: 'int', construct: toInt, predicate: (o) => Number.isInteger(o) },
  { tag: 'float', kind: 'float', construct: toFloat, predicate: (o) => typeof o === 'number' },
];

// ---- js-yaml (the fast path) -------------------------------------------------------

/** js-yaml exports its built-in types at run time; @types/js-yaml does not declare them. */
const mergeType = (jsyaml as unknown as { types: { merge: jsyaml.Type } }).types.merge;

/** js-yaml's schema for Kubernetes manifests: failsafe (str, seq, map) plus go-yaml v2's implicit scalars and `<<` merge keys. */
export const K8S_JS_SCHEMA = jsyaml.FAILSAFE_SCHEMA.extend({
  implicit: [
    ...SCALARS.map(
      ({ tag, kind, construct, predicate }) =>
        new jsyaml.Type(`tag:yaml.org,2002:${tag}`, {
          kind: 'scalar',
          // js-yaml hands an empty node as null to the null type.
          resolve: (data: string | null) => (data === null ? kind === 'null' : plainKind(data) === kind),
          construct: (data: string | null) => (data === null ? null : construct(data)),
          predicate,
        }),
    ),
    mergeType,
  ],
});

// ---- yaml (the document model, for positions) ---------------------------------------

/** go-yaml v2's parseTimestamp: the four time.Parse layouts it tries (a year of four digits first). */
const GO_TIMESTAMP = /^\d{4}-\d{1,2}-\d{1,2}(?:[Tt]\d{1,2}:\d{1,2}:\d{1,2}(?:\.\d{1,9})?(?:Z|[+-]\d{2}:\d{2})| \d{1,2}:\d{1,2}:\d{1,2}(?:\.\d{1,9})?)?$/;

/** The message of go-yaml v2's resolve() for an explicit tag its scalar does not read as. */
const cannotDecode = (s: string, as: string) =>
  `\`!!${as} ${s}\`: go-yaml, which Argo CD and Helm read YAML with, refuses the file ("cannot decode !!${plainKind(s)} \`${s}\` as a !!${as}"); drop the tag or fix the value.`;

/**
 * Explicit tags as go-yaml v2 decodes them into the untyped values sigs.k8s.io/yaml
 * converts to JSON (decode.go's scalar() and resolve()), where the yaml library would
 * give something else:
 * - `!!int`, `!!float`, `!!bool`, `!!null` on a scalar that does not read as one is an
 *   error (the library would keep the string); `!!float 1` is the number 1.
 * - `!!binary` is the string its base64 decodes to (the library: bytes).
 * - `!!timestamp` is the string as written, when it is one of go-yaml's timestamp forms,
 *   else an error (the library: a Date).
 * - `!!set`, `!!omap`, `!!pairs` are the mapping or list as written: go-yaml ignores tags
 *   on collections (the library builds a set or an ordered map, which convert to `{}`).
 * Explicit only (`default: false`): the library picks them by name before its own tags.
 */
const EXPLICIT: (ScalarTag | CollectionTag)[] = [
  ...SCALARS.map(({ tag, kind, construct }): ScalarTag => ({
    tag: `tag:yaml.org,2002:${tag}`,
    default: false,
    resolve: (s, onError) => {
      const k = plainKind(s);
      if (k === kind || (kind === 'float' && k === 'int')) return construct(s);
      onError(cannotDecode(s, tag));
      return s;
    },
    identify: () => false,
  })),
  {
    tag: 'tag:yaml.org,2002:binary',
    default: false,
    resolve: (s, onError) => {
      // Go's base64.StdEncoding: padding required, line breaks ignored, nothing else.
      const b64 = s.replace(/[\r\n]/g, '');
      if (b64.length % 4 || !/^[A-Za-z0-9+/]*={0,2}$/.test(b64)) onError(`\`!!binary\`: go-yaml, which Argo CD and Helm read YAML with, refuses the file ("!!binary value contains invalid base64 data").`);
      return Buffer.from(b64, 'base64').toString('utf8');
    },
    identify: () => false,
  },
  {
    tag: 'tag:yaml.org,2002:timestamp',
    default: false,
    resolve: (s, onError) => {
      if (!GO_TIMESTAMP.test(s)) onError(cannotDecode(s, 'timestamp'));
      return s;
    },
    identify: () => false,
  },
  ...(['set', 'omap', 'pairs'] as const).map(
    (name): CollectionTag => ({ tag: `tag:yaml.org,2002:${name}`, collection: name === 'set' ? 'map' : 'seq', default: false, resolve: (coll) => coll, identify: () => false }),
  ),
];

/**
 * Tags for the yaml library with `schema: 'failsafe'`: the same resolution as
 * K8S_JS_SCHEMA, so both parsers give a file the same values (pinned by a test), and
 * explicit tags as go-yaml reads them (EXPLICIT).
 */
export const K8S_YAML_TAGS: (ScalarTag | CollectionTag)[] = [
  ...SCALARS.map(
    ({ tag, kind, construct }): ScalarTag => ({
      tag: `tag:yaml.org,2002:${tag}`,
      default: true,
      // The library only calls `.test(value)` on it.
      test: Object.assign(/(?:)/, { test: (s: string) => plainKind(s) === kind }),
      resolve: construct,
      identify: () => false, // resolving only: validate never writes with this schema
    }),
  ),
  ...EXPLICIT,
];
