/**
 * Patterns where `*` matches any run of characters: IAM actions (`bedrock:Invoke*`, matched without
 * regard to case, and with `?` for one character, as IAM does), exemption selectors and OpenSearch
 * Serverless collection patterns (matched as written, `*` only).
 *
 * Patterns come from policy documents, which are attacker-controlled input in a shared pipeline,
 * so no regular expression is built from them: a pattern such as `************Z` would make a
 * backtracking regex engine run for ever. The two-pointer matcher below only ever returns to the
 * last `*` seen, so it takes at most about |pattern| x |value| steps, and |pattern| + |value| for
 * the usual pattern with one trailing or leading star.
 */

/** How a pattern is read. */
export interface WildcardOptions {
  /** Compare without regard to case (IAM action names). @default false */
  readonly ignoreCase?: boolean;
  /** `?` matches exactly one character, as in IAM. @default false */
  readonly questionMark?: boolean;
  /** Incremented once per comparison step; for tests that bound the work. */
  readonly steps?: { count: number };
}

/** True when `pattern` matches all of `value`. */
export function wildcardMatches(pattern: string, value: string, options: WildcardOptions = {}): boolean {
  const p = options.ignoreCase ? pattern.toLowerCase() : pattern;
  const v = options.ignoreCase ? value.toLowerCase() : value;
  const anyOne = options.questionMark === true;
  const steps = options.steps;
  let pi = 0;
  let vi = 0;
  // Where the last `*` was in the pattern, and the value position it currently swallows up to.
  let star = -1;
  let resume = 0;
  while (vi < v.length) {
    if (steps) steps.count++;
    const c = p[pi];
    if (pi < p.length && c === "*") {
      star = pi++;
      resume = vi;
    } else if (pi < p.length && (c === v[vi] || (anyOne && c === "?"))) {
      pi++;
      vi++;
    } else if (star >= 0) {
      // Let the last star swallow one more character and retry the rest of the pattern from there.
      pi = star + 1;
      vi = ++resume;
    } else {
      return false;
    }
  }
  while (pi < p.length && p[pi] === "*") {
    if (steps) steps.count++;
    pi++;
  }
  return pi === p.length;
}
