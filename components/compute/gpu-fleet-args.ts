import type * as pulumi from "@pulumi/pulumi";
import type { GpuLaunchTemplateArgs } from "./gpu-launch-template-args";

/** Arguments of {@link GpuFleet}: those of the launch template, plus where and how many hosts run. */
export interface GpuFleetArgs extends GpuLaunchTemplateArgs {
  /**
   * The private subnets (one per AZ) the hosts launch in; for an AiNetwork, its `privateSubnetIds`.
   * @default none: required
   */
  readonly subnetIds: pulumi.Input<pulumi.Input<string>[]>;
  /**
   * The fewest hosts the group keeps, 0 to 1000.
   * @default 0: GPU hosts are the most expensive thing a stack runs, so none runs unless asked
   */
  readonly minSize?: number;
  /**
   * The most hosts the group launches, 1 to 1000.
   * @default 1, or `minSize` when that is larger
   */
  readonly maxSize?: number;
  /**
   * The hosts to run now, between `minSize` and `maxSize`. Left unset, scaling policies and
   * operators own the number, and `pulumi up` does not reset it.
   * @default unset (the group starts at `minSize`)
   */
  readonly desiredCapacity?: number;
}
