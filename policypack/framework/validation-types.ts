import type { ResourceValidation } from "@pulumi/policy";

/**
 * The types a resource validation looks at, kept on the validation itself. The pack's own Analyze
 * handler (resource-analysis.ts) does not call a validation on a resource of another type; the
 * SDK's handler, which knows nothing of this, calls it and it returns at once.
 */

/** Where a validation keeps the types it looks at. */
const APPLIES_TO = Symbol.for("scopeguard.validationAppliesTo");

type Marked = ResourceValidation & { [APPLIES_TO]?: ReadonlySet<string> };

/**
 * Declares that `validation` returns at once, reporting nothing, on a resource whose type is not
 * in `types`. Returns `validation`.
 */
export function appliesOnlyTo<V extends ResourceValidation>(validation: V, types: ReadonlySet<string>): V {
  (validation as Marked)[APPLIES_TO] = types;
  return validation;
}

/** Whether `validation` declared types that do not include `type`. */
export function skipsType(validation: ResourceValidation, type: string): boolean {
  const types = (validation as Marked)[APPLIES_TO];
  return types !== undefined && !types.has(type);
}
