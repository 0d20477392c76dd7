import type { StackResource } from "../../framework/types";
import { readOr, tryRead } from "../../framework/unknowns";

/**
 * The elements of a list-or-single value that are known during preview; unknown elements (and an
 * unknown list) are left out. For checks where an unknown element cannot be the literal that
 * violates: an ARN computed from a resource is never `arn:aws:iam::aws:policy/...`, and a CIDR
 * computed from a VPC is never `0.0.0.0/0`.
 *
 * A candidate for `framework/values.ts`; kept here because the framework is not ours to edit.
 */
export function knownItems(read: () => unknown): unknown[] {
  const value = tryRead(read);
  if (!value.known || value.value === undefined || value.value === null) {
    return [];
  }
  if (!Array.isArray(value.value)) {
    return [value.value];
  }
  const items = value.value;
  return Array.from({ length: items.length }, (_, i) => readOr(() => items[i], undefined)).filter(
    (v) => v !== undefined,
  );
}

/**
 * Whether an unknown output of a stack resource was computed by the program from other resources.
 * A stack policy sees outputs: during preview, a property the program left unset but the provider
 * computes (a VPC endpoint's `policy`, a route table's `routes`, a method's throttling limits) is
 * unknown too, yet it will hold AWS's default. Only a value the program derived from another
 * resource carries a property dependency, so an unknown with none is the provider's default.
 */
export function isProgramComputed(resource: StackResource, property: string): boolean {
  const dependencies = resource.propertyDependencies?.[property];
  return Array.isArray(dependencies) && dependencies.length > 0;
}
