import * as aws from "@pulumi/aws";
import * as pulumi from "@pulumi/pulumi";
import type { Scope } from "../../policypack/vocabulary";
import { isIntegerInRange, show, type AiTagArgs } from "../common";
import { createServiceKey, type ServiceKeyArgs } from "../compute/service-key";
import {
  createWorkloadSecurityGroup,
  type IntraGroupTraffic,
  type PrivateEgressArgs,
} from "../compute/workload-security-group";
import type { IdentityPolicyDocument } from "../iam";
import type { ScopedKey } from "../kms";
import { buildImagePullPolicy, type PolicyContext } from "./execution-policy";
import type { SageMakerKeyArgs } from "./execution-role-args";

/**
 * What the SageMaker and Bedrock workload components (notebook, Studio domain, model endpoint,
 * training job, fine-tuning job) share besides the execution role: where their security group
 * comes from, the key they create, the policy documents of their roles, and the checks of the
 * arguments they have in common. Internal to components/sagemaker: the index does not export it.
 */

/** The security group of a workload: one the component creates in `vpcId`, or the caller's. */
export interface WorkloadSecurityGroupArgs extends PrivateEgressArgs {
  /**
   * The VPC of the security group the component creates.
   * @default required unless `securityGroupIds` is given
   */
  readonly vpcId?: pulumi.Input<string>;
  /**
   * Existing security groups, instead of the one the component creates (no ingress, HTTPS
   * egress to the VPC only).
   * @default a new security group
   */
  readonly securityGroupIds?: pulumi.Input<pulumi.Input<string>[]>;
}

/** What the group a component creates says about itself, and what its members exchange. */
export interface WorkloadSecurityGroupSettings {
  /**
   * The group's description, which says what it is for.
   * @default none: required
   */
  readonly description: string;
  /**
   * Traffic the group's members exchange with each other.
   * @default none: members do not reach each other
   */
  readonly intraGroup?: IntraGroupTraffic;
  /**
   * Tags of the group.
   * @default none: required
   */
  readonly tags: pulumi.Input<Record<string, pulumi.Input<string>>>;
}

/**
 * The security group the component creates as `name`, a child of `parent` (no ingress, HTTPS
 * egress to the VPC and the prefix lists); `undefined` when `securityGroupIds` brings the caller's.
 */
export function workloadSecurityGroupFor(
  name: string,
  args: WorkloadSecurityGroupArgs,
  settings: WorkloadSecurityGroupSettings,
  parent: pulumi.Resource,
): aws.ec2.SecurityGroup | undefined {
  if (args.securityGroupIds !== undefined) return undefined;
  return createWorkloadSecurityGroup(
    name,
    {
      vpcId: args.vpcId as pulumi.Input<string>, // validated before any child
      vpcCidrBlock: args.vpcCidrBlock,
      egressPrefixListIds: args.egressPrefixListIds,
      ...settings,
    },
    parent,
  );
}

/** The security groups the workload attaches with: the one the component created, or the caller's. */
export function workloadSecurityGroupIds(
  group: aws.ec2.SecurityGroup | undefined,
  args: Pick<WorkloadSecurityGroupArgs, "securityGroupIds">,
): pulumi.Input<pulumi.Input<string>[]> {
  return group !== undefined ? [group.id] : (args.securityGroupIds as pulumi.Input<pulumi.Input<string>[]>);
}

/** The labels every child gets, with the component's default scope. */
export function labelsWithScope(args: AiTagArgs, defaultScope: Scope): AiTagArgs {
  return {
    scope: args.scope ?? defaultScope,
    system: args.system,
    owner: args.owner,
    tags: args.tags,
  };
}

/**
 * The key the component creates (as `<name>-key`, administered by `keyAdmins`), a child of
 * `parent`, or `undefined` and the caller's `kmsKeyArn`.
 */
export function serviceKeyFor(
  name: string,
  args: SageMakerKeyArgs,
  parent: pulumi.Resource,
  spec: Omit<ServiceKeyArgs, "admins">,
): { key?: ScopedKey; keyArn: pulumi.Output<string> } {
  if (args.kmsKeyArn !== undefined) {
    return { keyArn: pulumi.output(args.kmsKeyArn) };
  }
  const key = createServiceKey(`${name}-key`, { ...spec, admins: args.keyAdmins }, parent);
  return { key, keyArn: key.keyArn };
}

/** The partition, region and account the stack deploys to, looked up as children of `parent`. */
export function policyContextOf(parent: pulumi.Resource): pulumi.Output<PolicyContext> {
  const opts = { parent };
  return pulumi
    .all([
      aws.getPartitionOutput({}, opts).partition,
      aws.getRegionOutput({}, opts).region,
      aws.getCallerIdentityOutput({}, opts).accountId,
    ])
    .apply(([partition, region, accountId]) => ({ partition, region, accountId }));
}

/**
 * The policies of an execution role the component created, besides its data access: `<name>-<purpose>`
 * from `build` (the VPC attachment and the logs), then `<name>-images` (pulling `image`), as
 * children of `parent`. Two documents: an image computed from a repository created in the same
 * stack may be unknown during preview, and must not hide the first one from the pack.
 */
export function executionRolePolicies(
  name: string,
  roleName: pulumi.Input<string>,
  purpose: string,
  build: (context: PolicyContext) => IdentityPolicyDocument,
  image: pulumi.Input<string>,
  parent: pulumi.Resource,
): aws.iam.RolePolicy[] {
  const opts = { parent };
  const context = policyContextOf(parent);
  return [
    new aws.iam.RolePolicy(
      `${name}-${purpose}`,
      { role: roleName, policy: context.apply((c) => JSON.stringify(build(c))) },
      opts,
    ),
    new aws.iam.RolePolicy(
      `${name}-images`,
      {
        role: roleName,
        policy: pulumi
          .all([context, image])
          .apply(([c, uri]) => JSON.stringify(buildImagePullPolicy([uri], c.partition))),
      },
      opts,
    ),
  ];
}

/** Studio domain and training job names: 1 to 63 letters, digits or hyphens. */
const SAGEMAKER_NAME = /^[a-zA-Z0-9](-*[a-zA-Z0-9]){0,62}$/;
const SAGEMAKER_NAME_RULE = "1 to 63 letters, digits or hyphens, starting and ending with a letter or digit";

/**
 * A Studio domain or training job name SageMaker refuses: `given` as the argument `argName`, or
 * (when `undefined`) the component's `name`, which then becomes `becomes` ("the domain name").
 */
export function sagemakerNameError(
  argName: string,
  given: string | undefined,
  name: string,
  becomes: string,
): string | undefined {
  const value = given ?? name;
  if (SAGEMAKER_NAME.test(value)) return undefined;
  return given === undefined
    ? `the name "${name}" becomes ${becomes}, which must be ${SAGEMAKER_NAME_RULE}; rename the component or set ${argName}.`
    : `${argName} ${show(value)} must be ${SAGEMAKER_NAME_RULE}.`;
}

/** A missing or blank `image`; `kind` says which container it runs ("inference", "training"). */
export function containerImageError(image: unknown, kind: string): string | undefined {
  return image === undefined || (typeof image === "string" && image.trim() === "")
    ? `image is required: the URI of the ${kind} container image (from a ModelImageRepository, or an AWS Deep Learning Container).`
    : undefined;
}

/** An instance count (`argName`) that is not a whole number, 1 or more. */
export function instanceCountError(argName: string, value: unknown): string | undefined {
  return value === undefined || isIntegerInRange(value, 1, Number.MAX_SAFE_INTEGER)
    ? undefined
    : `${argName} must be a whole number of instances, 1 or more (got ${show(value)}).`;
}

/** A `volumeSizeInGb` that is not a whole number of GiB from `min` to `max`. */
export function volumeSizeError(value: unknown, min: number, max: number): string | undefined {
  return value === undefined || isIntegerInRange(value, min, max)
    ? undefined
    : `volumeSizeInGb must be a whole number of GiB from ${min} to ${max} (got ${show(value)}).`;
}
