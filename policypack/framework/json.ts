/**
 * JSON documents in props (container definitions, WAF rules, OpenSearch Serverless policies) arrive
 * as text or already parsed, depending on how the program wrote them.
 */

/** A JSON document given as text or as an already-parsed value. */
export type ParsedJson = { readonly ok: true; readonly value: unknown } | { readonly ok: false };

/** Parses JSON text; a value that is not a string is taken as already parsed. Never throws. */
export function parseJson(document: unknown): ParsedJson {
  if (typeof document !== "string") {
    return { ok: true, value: document };
  }
  try {
    return { ok: true, value: JSON.parse(document) };
  } catch {
    return { ok: false };
  }
}
