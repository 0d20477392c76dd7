import type { StackResource } from "./types";
import { readOr } from "./unknowns";

/**
 * How one resource of a stack refers to another: through the property dependency Pulumi records
 * (which works during preview, when ids and ARNs are unknown) or, failing that, through a literal
 * value (a bucket name, a launch template id, a repository name parsed from an image URI).
 */

/** The resources `property` of `resource` was computed from, as Pulumi recorded them; tolerant of junk. */
export function dependenciesOf(resource: StackResource, property: string): StackResource[] {
  const dependencies = resource.propertyDependencies?.[property];
  return Array.isArray(dependencies) ? dependencies.filter((d) => d && typeof d.urn === "string") : [];
}

/** The known string values of `keys` on a resource, for {@link TargetIndex}'s `keysOf`. */
export function knownStrings(r: StackResource, keys: readonly string[]): string[] {
  return keys
    .map((key) => readOr(() => r.props[key], undefined))
    .filter((v): v is string => typeof v === "string");
}

/**
 * The resources of some types, indexed so that a reference to one of them resolves in constant
 * time: by the dependencies of a property, or by a literal value that identifies it. Building the
 * index is linear in the stack. When two targets share a literal value, the first one keeps it.
 *
 * `linkConfigurations` (correlate.ts) uses it for top-level string properties; a policy uses it
 * directly when the reference sits inside a block or must be parsed (an image URI names its
 * repository, an S3 URI its bucket).
 */
export class TargetIndex {
  private readonly urns = new Set<string>();
  private readonly byKey = new Map<string, StackResource>();
  /** Targets by the URN of each of their ancestors. */
  private readonly byAncestor = new Map<string, StackResource[]>();

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
      const seen = new Set<string>();
      for (let p = r.parent; p !== undefined && !seen.has(p.urn); p = p.parent) {
        seen.add(p.urn);
        this.byAncestor.set(p.urn, [...(this.byAncestor.get(p.urn) ?? []), r]);
      }
      for (const key of keysOf(r)) {
        if (typeof key === "string" && key !== "" && !this.byKey.has(key)) {
          this.byKey.set(key, r);
        }
      }
    }
  }

  /** True when `r` is one of the indexed targets. */
  has(r: StackResource): boolean {
    return this.urns.has(r.urn);
  }

  /**
   * The targets among the resources that `source`'s top-level `property` was computed from. A
   * dependency on a component that contains exactly one target stands for that target: a remote
   * component's outputs (`awsx.ec2.Vpc`'s `vpcId`) depend on the component, not on the child
   * resource that computed them.
   */
  byDependency(source: StackResource, property: string): StackResource[] {
    const dependencies = source.propertyDependencies?.[property];
    const found: StackResource[] = [];
    if (Array.isArray(dependencies)) {
      for (const d of dependencies) {
        if (d && this.urns.has(d.urn)) {
          found.push(d);
        } else if (d && typeof d.urn === "string" && this.byAncestor.get(d.urn)?.length === 1) {
          found.push(this.byAncestor.get(d.urn)![0]);
        }
      }
    }
    return found;
  }

  /** The target a literal value identifies, if it is in the stack. */
  byValue(value: unknown): StackResource | undefined {
    return typeof value === "string" ? this.byKey.get(value) : undefined;
  }
}
