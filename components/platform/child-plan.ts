import type { Scope } from "../../policypack/vocabulary";
import { childNames, type ChildNames } from "./child-names";
import type { AiPlatformArgs } from "./platform-args";

/**
 * What planning an AiPlatform's children works from, and what it yields. Planning is pure: it
 * creates nothing, so the platform's validation runs every child's own validator on the plan
 * before any child exists, and its creation gives each child exactly the planned arguments.
 */

/** One child of the platform: its name, and the exact arguments the platform gives it. */
export interface ChildPlan<A> {
  readonly name: string;
  readonly args: A;
}

/** The tags every child of a platform carries: the platform's scope, system, owner and extra tags. */
export interface PlatformLabels {
  readonly scope: Scope;
  readonly system: AiPlatformArgs["system"];
  readonly owner: AiPlatformArgs["owner"];
  readonly tags: AiPlatformArgs["tags"];
}

/** What every planning step reads: the platform's name and (validated) arguments. */
export interface PlanInput {
  /** The platform's name, which prefixes every child. */
  readonly name: string;
  /** The platform's arguments, once the platform's own rules accept them. */
  readonly args: AiPlatformArgs;
  readonly scope: Scope;
  /** The children's names. */
  readonly n: ChildNames;
  readonly labels: PlatformLabels;
  /** Administrators of every key the platform's children create. */
  readonly keyAdmins: AiPlatformArgs["keyAdmins"];
}

/** The planning input of the platform `name`; call it only once the platform's own rules accept `args`. */
export function planInput(name: string, args: AiPlatformArgs): PlanInput {
  const scope = args.scope;
  return {
    name,
    args,
    scope,
    n: childNames(name),
    labels: { scope, system: args.system, owner: args.owner, tags: args.tags },
    keyAdmins: args.keyAdmins,
  };
}
