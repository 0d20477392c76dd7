import * as aws from "@pulumi/aws";
import * as pulumi from "@pulumi/pulumi";
import type { Scope } from "../../policypack/vocabulary";
import { aiTags, type AiTagArgs } from "../common";
import type { AiNetworkArgs } from "./ai-network-args";

/** What every building step of an AiNetwork shares. */
export interface NetworkContext {
  /** The network's name, which prefixes every child. */
  readonly name: string;
  /** The network's (validated) arguments. */
  readonly args: AiNetworkArgs;
  readonly scope: Scope;
  /** The options of every child: the network is its parent. */
  readonly parent: { readonly parent: pulumi.Resource };
  /** The tag arguments of every child, with the network's scope. */
  readonly labels: AiTagArgs & { readonly scope: Scope };
  /** The stack's partition, region and account, looked up once for the whole network. */
  readonly partition: pulumi.Output<aws.GetPartitionResult>;
  readonly region: pulumi.Output<aws.GetRegionResult>;
  readonly identity: pulumi.Output<aws.GetCallerIdentityResult>;
  /** The tags of the child named `resourceName`: the labels, `extra`, and `Name`. */
  tagged(resourceName: string, extra?: Record<string, string>): pulumi.Output<Record<string, string>>;
}

/** The context of the network `network` named `name`; call it only once `args` is valid. */
export function networkContext(
  network: pulumi.ComponentResource,
  name: string,
  args: AiNetworkArgs,
  scope: Scope,
): NetworkContext {
  const parent = { parent: network };
  const labels = { scope, system: args.system, owner: args.owner, tags: args.tags };
  const tagged = (resourceName: string, extra: Record<string, string> = {}) =>
    aiTags({
      ...labels,
      tags: pulumi.output(args.tags ?? {}).apply((t) => ({ ...t, ...extra, Name: resourceName })),
    });
  return {
    name,
    args,
    scope,
    parent,
    labels,
    tagged,
    partition: aws.getPartitionOutput({}, parent),
    region: aws.getRegionOutput({}, parent),
    identity: aws.getCallerIdentityOutput({}, parent),
  };
}
