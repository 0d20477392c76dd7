import * as aws from "@pulumi/aws";
import * as pulumi from "@pulumi/pulumi";
import { aiTags, argumentErrorMessage } from "../common";
import type { GpuFleetArgs } from "./gpu-fleet-args";
import { GpuLaunchTemplate } from "./gpu-launch-template";
import { COMPUTE_DEFAULT_SCOPE, fleetSizes, gpuFleetArgsError } from "./host-validation";

/**
 * An Auto Scaling group of hardened GPU or accelerator hosts in private subnets, launched from a
 * {@link GpuLaunchTemplate} it creates. A change to the template rolls through the group (instance
 * refresh), so every running host gets the hardened settings, not just new ones.
 */
export class GpuFleet extends pulumi.ComponentResource {
  /** The Pulumi type token of this component. */
  public static readonly typeToken = "scopeguard:compute:GpuFleet";

  /** The launch template (with its role, profile, security group and key). */
  public readonly template: GpuLaunchTemplate;
  /** The Auto Scaling group. */
  public readonly group: aws.autoscaling.Group;
  /** The group's name. */
  public readonly groupName: pulumi.Output<string>;

  /**
   * @param name The component's name; prefixes the group and the template's resources.
   * @param args See {@link GpuFleetArgs}.
   * @param opts Component resource options.
   */
  constructor(name: string, args: GpuFleetArgs, opts?: pulumi.ComponentResourceOptions) {
    super(GpuFleet.typeToken, name, {}, opts);

    const problem = gpuFleetArgsError(name, args ?? ({} as GpuFleetArgs));
    if (problem !== undefined) {
      throw new pulumi.ResourceError(argumentErrorMessage("GpuFleet", name, problem), this);
    }

    const { subnetIds, minSize: _min, maxSize: _max, desiredCapacity: _desired, ...templateArgs } = args;
    this.template = new GpuLaunchTemplate(name, templateArgs, { parent: this });
    const sizes = fleetSizes(args);
    const labels = {
      scope: args.scope ?? COMPUTE_DEFAULT_SCOPE,
      system: args.system,
      owner: args.owner,
      tags: args.tags,
    };

    this.group = new aws.autoscaling.Group(
      name,
      {
        vpcZoneIdentifiers: subnetIds,
        launchTemplate: {
          id: this.template.launchTemplateId,
          // The exact version, so a template change is a change of the group that the refresh rolls out.
          version: pulumi.interpolate`${this.template.latestVersion}`,
        },
        minSize: sizes.min,
        maxSize: sizes.max,
        desiredCapacity: sizes.desired,
        instanceRefresh: { strategy: "Rolling", preferences: { minHealthyPercentage: 50 } },
        // The template tags hosts and volumes at launch; the group carries the labels itself.
        tags: aiTags(labels).apply((t) =>
          Object.entries(t).map(([key, value]) => ({ key, value, propagateAtLaunch: false })),
        ),
      },
      { parent: this },
    );

    this.groupName = this.group.name;
    this.registerOutputs({ groupName: this.groupName });
  }
}
