import * as aws from "@pulumi/aws";
import * as pulumi from "@pulumi/pulumi";
import type { Scope } from "../../policypack/vocabulary";
import { childNames, type ChildNames } from "./child-names";
import type { AiPlatformArgs } from "./platform-args";
import type { GrantContext } from "./role-grants";
import { scopeBuilds, type BuildingBlock } from "./scope-plan";

/** The tags every child of a platform carries: the platform's scope, system, owner and extra tags. */
export interface PlatformLabels {
  readonly scope: Scope;
  readonly system: AiPlatformArgs["system"];
  readonly owner: AiPlatformArgs["owner"];
  readonly tags: AiPlatformArgs["tags"];
}

/** What every building step of an AiPlatform shares. */
export interface PlatformContext {
  /** The platform's name, which prefixes every child. */
  readonly name: string;
  /** The platform's (validated) arguments. */
  readonly args: AiPlatformArgs;
  readonly scope: Scope;
  /** The children's names. */
  readonly n: ChildNames;
  /** The options of every child: the platform is its parent. */
  readonly parent: { readonly parent: pulumi.Resource };
  readonly labels: PlatformLabels;
  readonly keyAdmins: AiPlatformArgs["keyAdmins"];
  /** Partition, region and account of the stack, for the ARNs in role policies. */
  readonly grants: pulumi.Output<GrantContext>;
  /** Building blocks of the scope that were not built, with the reason; the steps add to it. */
  readonly skipped: Partial<Record<BuildingBlock, string>>;
  /** Whether the platform's scope builds `block`. */
  builds(block: BuildingBlock): boolean;
}

/** The context of the platform `platform` named `name`; call it only once `args` is valid. */
export function platformContext(
  platform: pulumi.ComponentResource,
  name: string,
  args: AiPlatformArgs,
): PlatformContext {
  const scope = args.scope;
  const parent = { parent: platform };
  const grants: pulumi.Output<GrantContext> = pulumi
    .all([
      aws.getPartitionOutput({}, parent).partition,
      aws.getRegionOutput({}, parent).region,
      aws.getCallerIdentityOutput({}, parent).accountId,
    ])
    .apply(([partition, region, accountId]) => ({ partition, region, accountId }));
  return {
    name,
    args,
    scope,
    n: childNames(name),
    parent,
    labels: { scope, system: args.system, owner: args.owner, tags: args.tags },
    keyAdmins: args.keyAdmins,
    grants,
    skipped: {},
    builds: (block) => scopeBuilds(scope, block),
  };
}
