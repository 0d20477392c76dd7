/**
 * Patterns where `*` matches any run of characters: IAM actions (`bedrock:Invoke*`, matched without
 * regard to case, as IAM does), exemption selectors and OpenSearch Serverless collection patterns
 * (matched as written). Each pattern is compiled once.
 */

/** Compiled patterns; cleared when it grows past this many, as patterns can come from documents. */
const MAX_COMPILED = 10_000;
const compiled = new Map<string, RegExp>();

/** True when `pattern` matches all of `value`; `ignoreCase` for IAM action names. */
export function wildcardMatches(pattern: string, value: string, ignoreCase = false): boolean {
  if (!pattern.includes("*")) {
    return ignoreCase ? pattern.toLowerCase() === value.toLowerCase() : pattern === value;
  }
  const key = `${ignoreCase ? "i" : "s"}:${pattern}`;
  let regex = compiled.get(key);
  if (regex === undefined) {
    const body = pattern
      .split("*")
      .map((p) => p.replace(/[.+?^${}()|[\]\\]/g, "\\$&"))
      .join(".*");
    regex = new RegExp(`^${body}$`, ignoreCase ? "i" : "");
    if (compiled.size >= MAX_COMPILED) {
      compiled.clear();
    }
    compiled.set(key, regex);
  }
  return regex.test(value);
}
