import type { StackResource } from "./types";
import { readOr } from "./unknowns";

/**
 * Links configuration resources (a bucket's encryption, versioning, policy...) to the resource they
 * configure, in one pass over the stack. A link is found through the property dependency Pulumi
 * records (which works during preview, when the bucket's id is still unknown) or, failing that,
 * through the configured value (a literal bucket name, or a resource from another stack).
 */
export interface LinkSpec {
  /** Types of the configured resource, for example the bucket types. */
  readonly targetTypes: readonly string[];
  /** Properties of the target whose values identify it (`bucket`, `id`). */
  readonly targetKeys: readonly string[];
  /** Types of the configuration resources. */
  readonly configTypes: readonly string[];
  /** The property of a configuration resource that names its target. */
  readonly configProperty: string;
}

/** Each target, with the configuration resources that apply to it. */
export interface Linked {
  readonly target: StackResource;
  readonly configs: readonly StackResource[];
}

/** Groups the stack's configuration resources under their targets; linear in the stack's size. */
export function linkConfigurations(resources: readonly StackResource[], spec: LinkSpec): Linked[] {
  const targetTypes = new Set(spec.targetTypes);
  const configTypes = new Set(spec.configTypes);
  const byUrn = new Map<string, StackResource[]>();
  const byValue = new Map<string, string>();
  for (const r of resources) {
    if (!targetTypes.has(r.type)) {
      continue;
    }
    byUrn.set(r.urn, []);
    for (const key of spec.targetKeys) {
      const value = readOr(() => r.props[key], undefined);
      if (typeof value === "string" && value !== "") {
        byValue.set(value, r.urn);
      }
    }
  }
  for (const r of resources) {
    if (!configTypes.has(r.type)) {
      continue;
    }
    const urn = targetOf(r, spec.configProperty, byUrn, byValue);
    if (urn !== undefined) {
      byUrn.get(urn)?.push(r);
    }
  }
  return resources
    .filter((r) => byUrn.has(r.urn))
    .map((target) => ({ target, configs: byUrn.get(target.urn) ?? [] }));
}

function targetOf(
  config: StackResource,
  property: string,
  byUrn: ReadonlyMap<string, unknown>,
  byValue: ReadonlyMap<string, string>,
): string | undefined {
  const dependencies = config.propertyDependencies?.[property] ?? [];
  for (const dependency of Array.isArray(dependencies) ? dependencies : []) {
    if (dependency && byUrn.has(dependency.urn)) {
      return dependency.urn;
    }
  }
  const value = readOr(() => config.props[property], undefined);
  return typeof value === "string" ? byValue.get(value) : undefined;
}
