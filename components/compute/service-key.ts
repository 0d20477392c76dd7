import * as aws from "@pulumi/aws";
import * as pulumi from "@pulumi/pulumi";
import type { DataClass } from "../../policypack/vocabulary";
import type { AiTagArgs } from "../common";
import { serviceGrantStatement } from "../bedrock/key-grants";
import { ScopedKey } from "../kms";

/**
 * A ScopedKey for an AWS service that encrypts a resource on behalf of the principal creating it:
 * EC2 (EBS volumes), ECR (images), SageMaker (notebook, endpoint and Studio volumes) and EFS
 * (Studio home directories). Like the AWS-managed `aws/ebs` or `aws/ecr` keys, principals of this
 * account may use it only through those services, and may create grants only for AWS resources
 * through them; unlike those keys, this account owns its policy, rotation and deletion.
 */

/** What {@link createServiceKey} needs besides the labels. */
export interface ServiceKeyArgs extends AiTagArgs {
  /**
   * Short service names whose regional endpoint may use the key (`ec2`, `ecr`, `sagemaker`, ...).
   * @default none: required
   */
  readonly services: readonly string[];
  /**
   * What the key protects, shown in the KMS console.
   * @default none: required
   */
  readonly description: string;
  /**
   * Administrators of the key.
   * @default [] (account-root recovery rights only)
   */
  readonly admins?: pulumi.Input<pulumi.Input<string>[]>;
  /**
   * The one data class the key protects.
   * @default unset
   */
  readonly dataClass?: DataClass;
}

/** The regional endpoint of each short service name: `ecr` to `ecr.us-east-1.amazonaws.com`. */
export function serviceEndpoints(services: readonly string[], region: string, dnsSuffix: string): string[] {
  return services.map((s) => `${s}.${region}.${dnsSuffix}`);
}

/** Creates the key, as a child of `parent`, named `name`. */
export function createServiceKey(name: string, args: ServiceKeyArgs, parent: pulumi.Resource): ScopedKey {
  const partition = aws.getPartitionOutput({}, { parent });
  const region = aws.getRegionOutput({}, { parent });
  const identity = aws.getCallerIdentityOutput({}, { parent });
  const endpoints = pulumi
    .all([region.region, partition.dnsSuffix])
    .apply(([r, suffix]) => serviceEndpoints(args.services, r, suffix));
  return new ScopedKey(
    name,
    {
      description: args.description,
      admins: args.admins,
      accountViaServices: endpoints,
      dataClass: args.dataClass,
      scope: args.scope,
      system: args.system,
      owner: args.owner,
      tags: args.tags,
      // The service creates a grant for the resource it encrypts, with the caller's rights.
      additionalKeyPolicyStatements: [serviceGrantStatement(identity.accountId, endpoints)],
    },
    { parent },
  );
}
