import { DATA_CLASSES, isScope, SCOPES } from "../../policypack/vocabulary";
import { describeValue } from "./describe-value";
import type { AiTagArgs } from "./tags";

/**
 * Validation helpers shared by the components. Each returns a message (what is wrong and what to
 * change) or `undefined`; the component prefixes its type and name and throws a ResourceError,
 * so these stay pure and testable without a Pulumi runtime.
 */

/** True for an integer `min <= value <= max`. */
export function isIntegerInRange(value: unknown, min: number, max: number): value is number {
  return typeof value === "number" && Number.isInteger(value) && value >= min && value <= max;
}

/** Renders a value for an error message (see {@link describeValue}): strings quoted, Outputs and NaN named. */
export function show(value: unknown): string {
  return describeValue(value);
}

/** The message for a data class outside DATA_CLASSES. */
export function dataClassError(value: unknown): string | undefined {
  return (DATA_CLASSES as readonly unknown[]).includes(value)
    ? undefined
    : `dataClass ${show(value)} is not a known data class; set it to one of ${DATA_CLASSES.join(", ")}.`;
}

/** The message for a `scope` label that is not 1..5. */
export function tagArgsError(args: AiTagArgs): string | undefined {
  return args.scope === undefined || isScope(args.scope)
    ? undefined
    : `scope ${show(args.scope)} is not a scope; set it to one of ${SCOPES.join(", ")}.`;
}

/** A principal given as a literal string that contains a wildcard (`*`), which would grant to anyone. */
export function wildcardPrincipalError(argName: string, principals: unknown): string | undefined {
  if (!Array.isArray(principals)) {
    return undefined;
  }
  const wildcard = principals.find((p) => typeof p === "string" && p.includes("*"));
  return wildcard === undefined
    ? undefined
    : `${argName} contains ${show(wildcard)}; name each principal by its ARN, a wildcard would grant the key to anyone.`;
}

/** An argument error as components raise it: `<Type> "<name>": <message>`. */
export function argumentErrorMessage(typeName: string, name: string, message: string): string {
  return `${typeName} "${name}": ${message}`;
}
