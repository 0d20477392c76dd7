/**
 * "Did you mean" for names a user typed: a misspelt policy name or settings key gets the nearest
 * valid one. Distance is Damerau-Levenshtein (optimal string alignment: insert, delete, replace,
 * swap two neighbours), without regard to case, so `Scope` finds `scope` and `exemption` finds
 * `exemptions`.
 */

/** Edit distance between `a` and `b`, a swap of two neighbouring characters counting as one edit. */
export function editDistance(a: string, b: string): number {
  const d: number[][] = Array.from({ length: a.length + 1 }, (_, i) => [
    i,
    ...Array<number>(b.length).fill(0),
  ]);
  for (let j = 1; j <= b.length; j++) d[0][j] = j;
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
      }
    }
  }
  return d[a.length][b.length];
}

/** Candidates close to `input` (about a third of its length in edits, or one containing the other), best first. */
export function closeNames(input: string, candidates: readonly string[], max = 3): string[] {
  const typed = input.toLowerCase();
  const limit = Math.max(2, Math.floor(typed.length / 3));
  return candidates
    .map((name) => ({ name, distance: editDistance(typed, name.toLowerCase()) }))
    .filter(
      ({ name, distance }) =>
        distance <= limit ||
        (typed.length >= 3 && (name.toLowerCase().includes(typed) || typed.includes(name.toLowerCase()))),
    )
    .sort((x, y) => x.distance - y.distance || x.name.localeCompare(y.name))
    .slice(0, max)
    .map(({ name }) => name);
}

/** The candidate closest to `input`, or undefined when none is close. */
export function closestName(input: string, candidates: readonly string[]): string | undefined {
  return closeNames(input, candidates, 1)[0];
}

/** `; did you mean "x"?` for the closest candidate, or "" when none is close. */
export function didYouMean(input: string, candidates: readonly string[]): string {
  const near = closestName(input, candidates);
  return near === undefined ? "" : `; did you mean "${near}"?`;
}
