import { parseJson } from "./json";
import { asList, isRecord, stringItems } from "./values";
import { wildcardMatches } from "./wildcard";
import type { ResourceProps } from "./types";

/**
 * IAM-style policy documents (key policies, bucket policies, identity policies) normalised so
 * checks never deal with AWS's "string or list" and "`*` or object" variants.
 */

/** A statement with every list field normalised to a list. */
export interface NormalizedStatement {
  readonly sid?: string;
  readonly effect: "Allow" | "Deny";
  readonly actions: readonly string[];
  readonly notActions: readonly string[];
  readonly resources: readonly string[];
  readonly notResources: readonly string[];
  /** Principals by kind (`AWS`, `Service`, `Federated`, `CanonicalUser`); `*` is kind `*`. */
  readonly principals: Readonly<Record<string, readonly string[]>>;
  readonly hasNotPrincipal: boolean;
  /** Condition operator to context key to values, all lower-cased keys kept as written. */
  readonly conditions: Readonly<Record<string, Readonly<Record<string, readonly string[]>>>>;
}

/** The result of parsing a document. */
export type ParsedDocument =
  | { readonly ok: true; readonly statements: readonly NormalizedStatement[] }
  | { readonly ok: false; readonly error: string };

/**
 * Documents already parsed, by their text: the same key, bucket or identity policy is read by
 * several policies, for the same resource and for the stack. Results are frozen, as they are shared.
 * The oldest are dropped past a bound, so a long-running pack does not keep every document.
 */
const parsedByText = new Map<string, ParsedDocument>();
const PARSED_TEXTS_KEPT = 1024;

/** Parses a policy given as a JSON string or an object. Never throws on malformed input. */
export function parsePolicyDocument(document: unknown): ParsedDocument {
  if (typeof document !== "string") {
    return parseDocument(document);
  }
  let parsed = parsedByText.get(document);
  if (parsed === undefined) {
    parsed = deepFreeze(parseDocument(document));
    if (parsedByText.size >= PARSED_TEXTS_KEPT) {
      parsedByText.delete(parsedByText.keys().next().value as string);
    }
    parsedByText.set(document, parsed);
  }
  return parsed;
}

function deepFreeze<T>(value: T): T {
  if (typeof value === "object" && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const v of Object.values(value)) {
      deepFreeze(v);
    }
  }
  return value;
}

function parseDocument(document: unknown): ParsedDocument {
  const json = parseJson(document);
  if (!json.ok) {
    return { ok: false, error: "the policy document is not valid JSON" };
  }
  const value = json.value;
  if (!isRecord(value)) {
    return { ok: false, error: "the policy document is not a JSON object" };
  }
  const statements = asList(value.Statement);
  if (statements.length === 0) {
    return { ok: true, statements: [] };
  }
  const normalized: NormalizedStatement[] = [];
  for (const statement of statements) {
    if (!isRecord(statement)) {
      return { ok: false, error: "a statement of the policy document is not an object" };
    }
    normalized.push(normalizeStatement(statement));
  }
  return { ok: true, statements: normalized };
}

function normalizeStatement(s: ResourceProps): NormalizedStatement {
  return {
    sid: typeof s.Sid === "string" ? s.Sid : undefined,
    effect: s.Effect === "Deny" ? "Deny" : "Allow",
    actions: stringItems(s.Action),
    notActions: stringItems(s.NotAction),
    resources: stringItems(s.Resource),
    notResources: stringItems(s.NotResource),
    principals: principals(s.Principal),
    hasNotPrincipal: s.NotPrincipal !== undefined,
    conditions: conditions(s.Condition),
  };
}

function principals(v: unknown): Record<string, string[]> {
  if (v === "*") {
    return { "*": ["*"] };
  }
  if (!isRecord(v)) {
    return {};
  }
  const out: Record<string, string[]> = {};
  for (const kind of Object.keys(v)) {
    out[kind] = stringItems(v[kind]);
  }
  return out;
}

function conditions(v: unknown): Record<string, Record<string, string[]>> {
  if (!isRecord(v)) {
    return {};
  }
  const out: Record<string, Record<string, string[]>> = {};
  for (const operator of Object.keys(v)) {
    const block = v[operator];
    if (!isRecord(block)) {
      continue;
    }
    out[operator] = {};
    for (const key of Object.keys(block)) {
      out[operator][key] = asList(block[key]).map((x) => String(x));
    }
  }
  return out;
}

/** True when the statement applies to anyone: `"*"`, `{"AWS": "*"}` or a NotPrincipal. */
export function hasPublicPrincipal(s: NormalizedStatement): boolean {
  return s.hasNotPrincipal || Object.values(s.principals).some((list) => list.includes("*"));
}

/** True when the statement has at least one condition. */
export function hasCondition(s: NormalizedStatement): boolean {
  return Object.keys(s.conditions).length > 0;
}

/** True when an action list grants `action` through an exact name or a wildcard pattern. */
export function actionMatches(pattern: string, action: string): boolean {
  return wildcardMatches(pattern, action, { ignoreCase: true, questionMark: true });
}

/** The values a condition sets for `key` under any of `operators`, case-insensitively on the key. */
export function conditionValues(s: NormalizedStatement, operators: readonly string[], key: string): string[] {
  const wanted = key.toLowerCase();
  return operators.flatMap((op) =>
    Object.entries(s.conditions[op] ?? {})
      .filter(([k]) => k.toLowerCase() === wanted)
      .flatMap(([, values]) => values),
  );
}
