import * as pulumi from "@pulumi/pulumi";
import type { Scope } from "../../policypack/vocabulary";
import type { AiTagArgs } from "../common";
import { AiWorkloadRole } from "../iam";
import type { ScopedKey } from "../kms";
import { bucketOfS3Uri } from "./execution-policy";
import { labelsWithScope, serviceKeyFor } from "./workload";
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

/** The execution role: one the component creates with these grants, or the caller's. */
export interface ExecutionRoleArgs {
  /**
   * An existing execution role, instead of the one the component creates. Its trust and grants
   * are then the caller's, and the grant arguments below are not allowed.
   * @default a new AiWorkloadRole trusted by SageMaker for this account only
   */
  readonly executionRoleArn?: pulumi.Input<string>;
  /**
   * Buckets whose objects the role reads (training data, model artifacts), by name.
   * @default []
   */
  readonly readBuckets?: pulumi.Input<string>[];
  /**
   * Buckets the role writes objects to, by name.
   * @default []
   */
  readonly writeBuckets?: pulumi.Input<string>[];
  /**
   * KMS key ARNs the role encrypts and decrypts with, such as the keys of those buckets when they
   * name their users. The key the component creates needs no entry: its policy already lets the
   * account use it through SageMaker.
   * @default []
   */
  readonly useKeys?: pulumi.Input<string>[];
}

/** The key: one the component creates, or the caller's. */
export interface SageMakerKeyArgs {
  /**
   * ARN of an existing customer-managed key. Its policy must let the principals that create the
   * resource, and the execution role, use it and create grants through SageMaker.
   * @default a new ScopedKey named `<name>-key`, usable by this account through SageMaker only
   */
  readonly kmsKeyArn?: pulumi.Input<string>;
  /**
   * Administrators of the key the component creates (not allowed with `kmsKeyArn`).
   * @default [] (account-root recovery rights only)
   */
  readonly keyAdmins?: pulumi.Input<pulumi.Input<string>[]>;
}

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
