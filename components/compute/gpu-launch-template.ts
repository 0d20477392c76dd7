import * as aws from "@pulumi/aws";
import * as pulumi from "@pulumi/pulumi";
import { aiTags, argumentErrorMessage } from "../common";
import { AiWorkloadRole } from "../iam";
import type { ScopedKey } from "../kms";
import { COMPUTE_DEFAULT_SCOPE, EC2_SERVICE, gpuLaunchTemplateArgsError } from "./host-validation";
import type { GpuLaunchTemplateArgs } from "./gpu-launch-template-args";
import { amiLookupFor, parseAcceleratedType, type AcceleratedType } from "./instance-families";
import { createServiceKey } from "./service-key";
import { createWorkloadSecurityGroup } from "./workload-security-group";

/**
 * The AWS managed policy that lets SSM Session Manager reach a host: the agent's own channel
 * (ssm, ssmmessages, ec2messages), no data access. The policy pack forbids full-access managed
 * policies; this one is what AWS documents as the minimum for managed instances.
 */
export const SSM_MANAGED_INSTANCE_POLICY = "AmazonSSMManagedInstanceCore";

/**
 * The metadata service answers only session-token (IMDSv2) requests, and only from the host
 * itself: a hop limit of 1 keeps containers on the host (frameworks, data loaders, user code)
 * from reaching the host role. Left enabled, because the SSM agent and the AWS SDKs on the host
 * read their credentials from it.
 */
export const HARDENED_METADATA_OPTIONS = {
  httpEndpoint: "enabled",
  httpTokens: "required",
  httpPutResponseHopLimit: 1,
} as const;

/**
 * The launch-template mapping of a host's root volume: gp3, encrypted with `keyArn`, deleted with
 * the host. Mapped to the device the AMI boots from, so the boot volume itself is the encrypted one.
 */
export function encryptedRootVolume(
  deviceName: pulumi.Input<string>,
  keyArn: pulumi.Input<string>,
  sizeInGb: number | undefined,
) {
  return {
    deviceName,
    ebs: {
      // Launch templates type these flags as strings.
      encrypted: "true",
      kmsKeyId: keyArn,
      volumeType: "gp3",
      volumeSize: sizeInGb,
      deleteOnTermination: "true",
    },
  };
}

/**
 * A launch template for hardened GPU or accelerator hosts, as the scope model asks of a training
 * fleet: IMDSv2 only with a hop limit of 1, every EBS volume encrypted with a customer-managed key,
 * no public IP address, no SSH key (access through SSM Session Manager only), a security group
 * with no ingress, detailed monitoring, and an instance profile whose role reaches only the named
 * buckets, keys and log groups. In an isolated network, Session Manager needs the `ssm`,
 * `ssmmessages` and `ec2messages` endpoints (AiNetwork `additionalInterfaceEndpoints`).
 */
export class GpuLaunchTemplate extends pulumi.ComponentResource {
  /** The Pulumi type token of this component. */
  public static readonly typeToken = "scopeguard:compute:GpuLaunchTemplate";

  /** The launch template. */
  public readonly launchTemplate: aws.ec2.LaunchTemplate;
  /** The hosts' role. */
  public readonly role: AiWorkloadRole;
  /** The instance profile that carries the role. */
  public readonly instanceProfile: aws.iam.InstanceProfile;
  /** The security group, unless `securityGroupIds` was given. */
  public readonly securityGroup?: aws.ec2.SecurityGroup;
  /** The EBS key, unless `kmsKeyArn` was given. */
  public readonly key?: ScopedKey;
  /** The template's id. */
  public readonly launchTemplateId: pulumi.Output<string>;
  /** The template's latest version, which a fleet launches from. */
  public readonly latestVersion: pulumi.Output<number>;
  /** The AMI the template launches. */
  public readonly imageId: pulumi.Output<string>;
  /** The ARN of the key that encrypts the volumes. */
  public readonly keyArn: pulumi.Output<string>;
  /** The ids of the hosts' security groups. */
  public readonly securityGroupIds: pulumi.Output<string[]>;

  /**
   * @param name The component's name; prefixes the template, role, profile, group and key.
   * @param args See {@link GpuLaunchTemplateArgs}.
   * @param opts Component resource options.
   */
  constructor(name: string, args: GpuLaunchTemplateArgs, opts?: pulumi.ComponentResourceOptions) {
    super(GpuLaunchTemplate.typeToken, name, {}, opts);

    const problem = gpuLaunchTemplateArgsError(name, args ?? ({} as GpuLaunchTemplateArgs));
    if (problem !== undefined) {
      throw new pulumi.ResourceError(argumentErrorMessage("GpuLaunchTemplate", name, problem), this);
    }

    const parent = { parent: this };
    const labels = {
      scope: args.scope ?? COMPUTE_DEFAULT_SCOPE,
      system: args.system,
      owner: args.owner,
      tags: args.tags,
    };
    const tags = aiTags(labels);
    const type = parseAcceleratedType(args.instanceType) as AcceleratedType; // validated above

    if (args.kmsKeyArn === undefined) {
      this.key = createServiceKey(
        `${name}-key`,
        {
          services: ["ec2"],
          description: `scopeguard: EBS key of the GPU hosts ${name}`,
          admins: args.keyAdmins,
          ...labels,
        },
        this,
      );
    }
    this.keyArn = this.key?.keyArn ?? pulumi.output(args.kmsKeyArn as pulumi.Input<string>);

    if (args.securityGroupIds === undefined) {
      this.securityGroup = createWorkloadSecurityGroup(
        `${name}-hosts`,
        {
          vpcId: args.vpcId as pulumi.Input<string>, // validated above
          vpcCidrBlock: args.vpcCidrBlock,
          egressPrefixListIds: args.egressPrefixListIds,
          description: `scopeguard: GPU hosts ${name}, no ingress, HTTPS to AWS endpoints only`,
          intraGroup:
            args.allowIntraGroupTraffic === true
              ? {
                  protocol: "-1",
                  fromPort: 0,
                  toPort: 0,
                  description: "Distributed training between the hosts",
                }
              : undefined,
          tags,
        },
        this,
      );
    }
    this.securityGroupIds =
      this.securityGroup !== undefined
        ? pulumi.output([this.securityGroup.id])
        : (pulumi.output(args.securityGroupIds as pulumi.Input<pulumi.Input<string>[]>) as pulumi.Output<
            string[]
          >);

    this.role = new AiWorkloadRole(
      `${name}-host`,
      {
        trustedService: EC2_SERVICE,
        readBuckets: args.readBuckets,
        writeBuckets: args.writeBuckets,
        useKeys: args.useKeys,
        writeLogGroups: args.writeLogGroups,
        description: `scopeguard: GPU hosts ${name}`,
        ...labels,
      },
      parent,
    );
    const partition = aws.getPartitionOutput({}, parent).partition;
    new aws.iam.RolePolicyAttachment(
      `${name}-ssm`,
      {
        role: this.role.roleName,
        policyArn: pulumi.interpolate`arn:${partition}:iam::aws:policy/${SSM_MANAGED_INSTANCE_POLICY}`,
      },
      parent,
    );
    this.instanceProfile = new aws.iam.InstanceProfile(name, { role: this.role.roleName, tags }, parent);

    const ami = amiOf(type, args.imageId, this);
    this.imageId = ami.id;
    const rootVolume = encryptedRootVolume(ami.rootDeviceName, this.keyArn, args.rootVolumeSizeInGb);

    this.launchTemplate = new aws.ec2.LaunchTemplate(
      name,
      {
        description: `scopeguard: hardened ${args.instanceType} hosts of ${name}`,
        imageId: ami.id,
        instanceType: args.instanceType,
        metadataOptions: { ...HARDENED_METADATA_OPTIONS },
        // The root device of the AMI, so the boot volume itself is the one encrypted with the key.
        blockDeviceMappings: [rootVolume],
        networkInterfaces: [
          {
            deviceIndex: 0,
            associatePublicIpAddress: "false",
            deleteOnTermination: "true",
            securityGroups: this.securityGroupIds,
          },
        ],
        iamInstanceProfile: { name: this.instanceProfile.name },
        // One-minute metrics: GPU hosts are expensive, and idle or runaway ones should show at once.
        monitoring: { enabled: true },
        userData:
          args.userData === undefined
            ? undefined
            : pulumi.output(args.userData).apply((text) => Buffer.from(text, "utf8").toString("base64")),
        tagSpecifications: ["instance", "volume", "network-interface"].map((resourceType) => ({
          resourceType,
          tags,
        })),
        updateDefaultVersion: true,
        tags,
      },
      // The role must carry its policies before a host boots with it.
      { parent: this, dependsOn: [this.role] },
    );

    this.launchTemplateId = this.launchTemplate.id;
    this.latestVersion = this.launchTemplate.latestVersion;
    this.registerOutputs({
      launchTemplateId: this.launchTemplateId,
      latestVersion: this.latestVersion,
      imageId: this.imageId,
      keyArn: this.keyArn,
      securityGroupIds: this.securityGroupIds,
    });
  }
}

/**
 * The AMI and its root device: looked up by name for the family, or by id when given, so the
 * encrypted volume is always mapped to the device the AMI boots from.
 */
function amiOf(
  type: AcceleratedType,
  imageId: pulumi.Input<string> | undefined,
  parent: pulumi.Resource,
): { id: pulumi.Output<string>; rootDeviceName: pulumi.Output<string> } {
  if (imageId !== undefined) {
    const found = aws.ec2.getAmiOutput({ filters: [{ name: "image-id", values: [imageId] }] }, { parent });
    return { id: pulumi.output(imageId), rootDeviceName: found.rootDeviceName };
  }
  const lookup = amiLookupFor(type);
  if (lookup === undefined) {
    throw new Error(`unreachable: no AMI lookup for ${type.family}, which validation requires imageId for`);
  }
  const found = aws.ec2.getAmiOutput(
    {
      owners: ["amazon"],
      mostRecent: true,
      filters: [
        { name: "name", values: [lookup.namePattern] },
        { name: "architecture", values: [lookup.architecture] },
        { name: "state", values: ["available"] },
      ],
    },
    { parent },
  );
  return { id: found.id, rootDeviceName: found.rootDeviceName };
}
