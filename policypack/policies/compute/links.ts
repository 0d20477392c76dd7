import type { StackResource } from "../../framework/types";
import { readOr } from "../../framework/unknowns";

/**
 * Finds the resource another resource refers to through a *nested* value: an Auto Scaling group's
 * `launchTemplate.id`, a SageMaker model's `primaryContainer.image`, a training job's
 * `outputDataConfig.s3OutputPath`. `linkConfigurations` covers top-level string properties; these
 * references sit inside blocks and must be parsed (an image URI names its repository, an S3 URI its
 * bucket), so the index takes the parsed value.
 *
 * Like `linkConfigurations`, a reference is found through the property dependency Pulumi records
 * (which works during preview, when ids and ARNs are unknown) and, failing that, through a literal
 * value. Building the index is linear in the stack; each lookup is constant time.
 */
export class TargetIndex {
  private readonly urns = new Set<string>();
  private readonly byKey = new Map<string, StackResource>();

  /**
   * @param resources every resource of the stack
   * @param types the types of the resources referred to
   * @param keysOf the literal values that identify one of them (a name, an id)
   */
  constructor(
    resources: readonly StackResource[],
    types: readonly string[],
    keysOf: (r: StackResource) => readonly unknown[],
  ) {
    const wanted = new Set(types);
    for (const r of resources) {
      if (!wanted.has(r.type)) {
        continue;
      }
      this.urns.add(r.urn);
      for (const key of keysOf(r)) {
        if (typeof key === "string" && key !== "" && !this.byKey.has(key)) {
          this.byKey.set(key, r);
        }
      }
    }
  }

  /** The targets among the resources that `source`'s top-level `property` was computed from. */
  byDependency(source: StackResource, property: string): StackResource[] {
    const dependencies = source.propertyDependencies?.[property];
    return (Array.isArray(dependencies) ? dependencies : []).filter((d) => d && this.urns.has(d.urn));
  }

  /** The target a literal value identifies, if it is in the stack. */
  byValue(value: unknown): StackResource | undefined {
    return typeof value === "string" ? this.byKey.get(value) : undefined;
  }
}

/** The known string values of `keys` on a resource, for {@link TargetIndex}'s `keysOf`. */
export function knownStrings(r: StackResource, keys: readonly string[]): string[] {
  return keys
    .map((key) => readOr(() => r.props[key], undefined))
    .filter((v): v is string => typeof v === "string");
}
