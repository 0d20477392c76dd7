import { oncePerList } from "./list-memo";
import { addTo } from "./multimap";
import { TargetIndex } from "./target-index";
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

/**
 * The index of the targets of `spec`. Several stack policies link their configurations to the same
 * targets (the bucket policies link theirs to the buckets), so it is built once per frozen list.
 */
function targetIndex(resources: readonly StackResource[], spec: LinkSpec): TargetIndex {
  return oncePerList(
    resources,
    `target-index:${JSON.stringify([spec.targetTypes, spec.targetKeys])}`,
    () =>
      new TargetIndex(resources, spec.targetTypes, (r) =>
        spec.targetKeys.map((key) => readOr(() => r.props[key], undefined)),
      ),
  );
}

/** Groups the stack's configuration resources under their targets, in stack order; linear in its size. */
export function linkConfigurations(resources: readonly StackResource[], spec: LinkSpec): Linked[] {
  const targets = targetIndex(resources, spec);
  const configTypes = new Set(spec.configTypes);
  const configsOf = new Map<string, StackResource[]>();
  for (const r of resources) {
    if (!configTypes.has(r.type)) {
      continue;
    }
    const target =
      targets.byDependency(r, spec.configProperty)[0] ??
      targets.byValue(readOr(() => r.props[spec.configProperty], undefined));
    if (target !== undefined) {
      addTo(configsOf, target.urn, r);
    }
  }
  return resources
    .filter((r) => targets.has(r))
    .map((target) => ({ target, configs: configsOf.get(target.urn) ?? [] }));
}
