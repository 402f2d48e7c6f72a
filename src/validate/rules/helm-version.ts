/** Helm's version check, shared by a chart's own Chart.yaml (charts.ts) and its vendored subcharts' (subcharts.ts). */

/**
 * The versions Helm 3 takes: Masterminds semver's NewVersion as Helm calls it (the loose
 * form with CoerceNewVersion: `v1.2.3`, `1.2`, `01.2.3` are accepted), at most 256
 * characters, numeric pre-release parts without leading zeros.
 */
const HELM_VERSION = /^v?([0-9]+)(\.[0-9]+)?(\.[0-9]+)?(-([0-9A-Za-z-]+(\.[0-9A-Za-z-]+)*))?(\+([0-9A-Za-z-]+(\.[0-9A-Za-z-]+)*))?$/;

export function isHelmVersion(v: string): boolean {
  const m = v.length <= 256 ? HELM_VERSION.exec(v) : null;
  if (!m) return false;
  if (m[5] && m[5].split('.').some((p) => /^\d+$/.test(p) && p.length > 1 && p[0] === '0')) return false;
  // Each number must fit Go's uint64 (only a number of 20 digits or more can fail).
  return [m[1], m[2], m[3]].every((n) => !n || n.length < 20 || BigInt(n.replace('.', '')) < 2n ** 64n);
}
