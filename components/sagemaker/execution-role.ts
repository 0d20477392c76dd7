import * as pulumi from "@pulumi/pulumi";
import type { Scope } from "../../policypack/vocabulary";
import type { AiTagArgs } from "../common";
import { AiWorkloadRole } from "../iam";
import type { ScopedKey } from "../kms";
import { bucketOfS3Uri } from "./execution-policy";
import { labelsWithScope, serviceKeyFor } from "./workload";
import type { ExecutionRoleArgs, SageMakerKeyArgs } from "./execution-role-args";
import { CONTROL_SCOPES } from "../../policypack/vocabulary";

/**
 * What the SageMaker components share: the execution role they create (or take), and the key
 * they create (or take). Kept apart so that the three components read alike.
 */

/**
 * SageMaker comes with fine-tuning (scope 4): notebooks, Studio and endpoints hold the
 * business's own training data and models. The pack's SageMaker policies apply from there.
 */
export const SAGEMAKER_DEFAULT_SCOPE: Scope = CONTROL_SCOPES.fineTuningWorkloads;

/** The service principal of SageMaker execution roles. */
export const SAGEMAKER_SERVICE = "sagemaker.amazonaws.com";

/** The labels every child gets, with the SageMaker default scope. */
export function sagemakerLabels(args: AiTagArgs): AiTagArgs {
  return labelsWithScope(args, SAGEMAKER_DEFAULT_SCOPE);
}

/**
 * The execution role the component creates (as `<name>-execution`), or `undefined` and the
 * caller's ARN. `extraReadBuckets` are buckets the component itself knows the role reads (the
 * bucket of a model's artifacts).
 */
export function executionRoleFor(
  name: string,
  args: ExecutionRoleArgs & AiTagArgs,
  what: string,
  parent: pulumi.Resource,
  extra: { readBuckets?: pulumi.Input<string>[]; writeBuckets?: pulumi.Input<string>[] } = {},
): { role?: AiWorkloadRole; roleArn: pulumi.Output<string> } {
  if (args.executionRoleArn !== undefined) {
    return { roleArn: pulumi.output(args.executionRoleArn) };
  }
  const readBuckets = [...(args.readBuckets ?? []), ...(extra.readBuckets ?? [])];
  const writeBuckets = [...(args.writeBuckets ?? []), ...(extra.writeBuckets ?? [])];
  const role = new AiWorkloadRole(
    `${name}-execution`,
    {
      trustedService: SAGEMAKER_SERVICE,
      readBuckets: readBuckets.length > 0 ? readBuckets : undefined,
      writeBuckets: writeBuckets.length > 0 ? writeBuckets : undefined,
      useKeys: args.useKeys,
      description: `scopeguard: SageMaker execution role of ${what}`,
      ...sagemakerLabels(args),
    },
    { parent },
  );
  return { role, roleArn: role.roleArn };
}

/**
 * The key the component creates (as `<name>-key`) for SageMaker and the `extraServices` it
 * stores through (`elasticfilesystem` for Studio home directories, `s3` for captured data), or
 * `undefined` and the caller's ARN.
 */
export function sagemakerKeyFor(
  name: string,
  args: SageMakerKeyArgs & AiTagArgs,
  what: string,
  parent: pulumi.Resource,
  extraServices: readonly string[] = [],
): { key?: ScopedKey; keyArn: pulumi.Output<string> } {
  return serviceKeyFor(name, args, parent, {
    services: ["sagemaker", ...extraServices],
    description: `scopeguard: key of ${what}`,
    ...sagemakerLabels(args),
  });
}

/**
 * The bucket of an S3 URI argument, to grant it: a plain string when the URI is one, so the grant
 * is known during preview, else an Output that fails the deployment if the URI is not an S3 URI.
 */
export function s3BucketOf(argName: string, uri: pulumi.Input<string>): pulumi.Input<string> {
  const bucket = (value: string): string => {
    const found = bucketOfS3Uri(value);
    if (found === undefined) {
      throw new Error(`${argName} "${value}" is not an S3 URI (s3://<bucket>/<key>)`);
    }
    return found;
  };
  return typeof uri === "string" ? bucket(uri) : pulumi.output(uri).apply(bucket);
}
