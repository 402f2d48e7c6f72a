/** Near misses of a name, for the "did you mean" of a finding (only on the rare path of a name that is wrong). */

/** Whether the Levenshtein distance of a and b is at most `max`. */
export function withinEdits(a: string, b: string, max: number): boolean {
  if (Math.abs(a.length - b.length) > max) return false;
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++) cur[j] = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    prev = cur;
  }
  return prev[b.length] <= max;
}

/** The name of `known` that `name` is a slip of: the same but for case, else within two edits of it (case aside). */
export function nearName(name: string, known: readonly string[]): string | undefined {
  const lower = name.toLowerCase();
  return known.find((k) => k.toLowerCase() === lower) ?? known.find((k) => withinEdits(lower, k.toLowerCase(), 2));
}
