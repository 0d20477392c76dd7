import * as aws from "@pulumi/aws";
import * as pulumi from "@pulumi/pulumi";
import type { ChildPlan, PlanInput } from "./child-plan";
import type { GrantContext } from "./role-grants";
import { scopeBuilds, type BuildingBlock } from "./scope-plan";

/** A component class, as the platform creates its children. */
export type ChildComponent<A, R> = new (name: string, args: A, opts?: pulumi.ComponentResourceOptions) => R;

/** What every building step of an AiPlatform shares: the planning input, and the platform itself. */
export interface PlatformContext extends PlanInput {
  /** The options of every child: the platform is its parent. */
  readonly parent: { readonly parent: pulumi.Resource };
  /** Partition, region and account of the stack, for the ARNs in role policies. */
  readonly grants: pulumi.Output<GrantContext>;
  /** Whether the platform's scope builds `block`. */
  builds(block: BuildingBlock): boolean;
  /** Creates the planned child, with the platform as its parent. */
  create<A, R>(component: ChildComponent<A, R>, plan: ChildPlan<A>): R;
}

/** The context of the platform `platform`; `input` is its planning input (its arguments validated). */
export function platformContext(platform: pulumi.ComponentResource, input: PlanInput): PlatformContext {
  const parent = { parent: platform };
  const grants: pulumi.Output<GrantContext> = pulumi
    .all([
      aws.getPartitionOutput({}, parent).partition,
      aws.getRegionOutput({}, parent).region,
      aws.getCallerIdentityOutput({}, parent).accountId,
    ])
    .apply(([partition, region, accountId]) => ({ partition, region, accountId }));
  return {
    ...input,
    parent,
    grants,
    builds: (block) => scopeBuilds(input.scope, block),
    create: (component, plan) => new component(plan.name, plan.args, parent),
  };
}
