import { parsePolicyDocument, type NormalizedStatement } from "./policy-document";
import { attempt } from "./unknowns";
import { asList, isRecord } from "./values";

/**
 * Reading policy documents (identity, trust, resource policies) that may be partly unknown during
 * preview; `policy-document.ts` normalises a document that is fully known.
 *
 * A document written as a JSON string that embeds an ARN is wholly unknown in preview; nothing can
 * be decided from it. A document given as an object keeps its unknowns at the leaves: the actions
 * and the `"*"` resources are literals even when a bucket ARN next to them is not. Such a document
 * is copied with every unknown leaf replaced by {@link COMPUTED}, so a check can decide from the
 * literals, and the SDK's error is kept to be rethrown when the decision does depend on a leaf.
 */

/** Stands for a value computed at deploy time (an ARN, an account id) in a copied document. */
export const COMPUTED = "(computed)";

/** Where a resource keeps one document, for messages, and how to read it. */
export interface DocumentSource {
  /** For example `the policy`, `inline policy "invoke"`, `the trust policy`. */
  readonly label: string;
  readonly read: () => unknown;
}

/** A document as far as it is known. */
export type DocumentReading =
  | { readonly state: "absent" }
  | { readonly state: "invalid"; readonly error: string }
  | { readonly state: "computed"; readonly error: Error }
  | {
      readonly state: "parsed";
      readonly statements: readonly NormalizedStatement[];
      /** The SDK error of the first unknown leaf, if any leaf was unknown. */
      readonly computed?: Error;
      /** True when a statement was dropped because its `Effect` is unknown. */
      readonly undecided: boolean;
    };

/** A plain copy of `value` with each unknown leaf replaced by {@link COMPUTED}. */
function plainCopy(value: unknown, onUnknown: (e: Error) => void, depth = 0): unknown {
  if (depth > 20 || typeof value !== "object" || value === null) {
    return value;
  }
  const read = (get: () => unknown): unknown => {
    const result = attempt(get);
    if (!result.ok) {
      onUnknown(result.error);
      return COMPUTED;
    }
    return plainCopy(result.value, onUnknown, depth + 1);
  };
  const source = value as Record<string | number, unknown>;
  if (Array.isArray(value)) {
    return Array.from({ length: value.length }, (_, i) => read(() => source[i]));
  }
  return Object.fromEntries(Object.keys(value).map((key) => [key, read(() => source[key])]));
}

/** Reads and normalizes one document. Never throws. */
export function readDocument(read: () => unknown): DocumentReading {
  const raw = attempt(read);
  if (!raw.ok) {
    return { state: "computed", error: raw.error };
  }
  if (raw.value === undefined || raw.value === null || raw.value === "") {
    return { state: "absent" };
  }
  let computed: Error | undefined;
  const copy = plainCopy(raw.value, (e) => (computed ??= e));
  let undecided = false;
  if (isRecord(copy) && computed !== undefined) {
    const statements = asList(copy.Statement);
    if (copy.Statement === COMPUTED || statements.includes(COMPUTED)) {
      return { state: "computed", error: computed };
    }
    const known = statements.filter((s) => !(isRecord(s) && s.Effect === COMPUTED));
    undecided = known.length < statements.length;
    copy.Statement = known;
  }
  const parsed = parsePolicyDocument(copy);
  return parsed.ok
    ? { state: "parsed", statements: parsed.statements, computed, undecided }
    : { state: "invalid", error: parsed.error };
}

/** What a check concludes about one statement. */
export interface StatementVerdict {
  readonly messages: readonly string[];
  /** True when the statement might violate, depending on a leaf unknown during preview. */
  readonly undecided?: boolean;
}

/** Judges one statement; `where` reads like `statement "Admin" of the policy`. */
export type StatementJudge = (statement: NormalizedStatement, where: string) => StatementVerdict;

/** `statement "Sid" of the policy`, or `statement #2 of the policy` without a Sid. */
export function statementLabel(label: string, s: NormalizedStatement, index: number): string {
  return `statement ${s.sid ? `"${s.sid}"` : `#${index + 1}`} of ${label}`;
}

/** Upper-cases the first letter, to start a message with a label. */
export function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/**
 * Runs `judge` over every statement of every document. When nothing is found but the decision
 * depends on a value unknown during preview, rethrows the SDK's error so the SDK reports that the
 * policy could not run, instead of passing a resource that may not comply.
 */
export function checkDocuments(
  sources: readonly DocumentSource[],
  judge: StatementJudge,
  options: { readonly reportInvalid?: boolean } = {},
): string[] {
  const messages: string[] = [];
  let pending: Error | undefined;
  for (const source of sources) {
    const reading = readDocument(source.read);
    if (reading.state === "computed") {
      pending ??= reading.error;
    } else if (reading.state === "invalid") {
      if (options.reportInvalid) {
        messages.push(`${capitalize(source.label)} cannot be checked: ${reading.error}.`);
      }
    } else if (reading.state === "parsed") {
      if (reading.undecided) {
        pending ??= reading.computed;
      }
      reading.statements.forEach((s, i) => {
        const verdict = judge(s, statementLabel(source.label, s, i));
        messages.push(...verdict.messages);
        if (verdict.undecided) {
          pending ??= reading.computed;
        }
      });
    }
  }
  if (messages.length === 0 && pending !== undefined) {
    throw pending;
  }
  return messages;
}
