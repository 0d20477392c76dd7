import type * as pulumi from "@pulumi/pulumi";
import type { AiTagArgs } from "../common";
import type { ExecutionRoleArgs, SageMakerKeyArgs } from "./execution-role-args";
import type { WorkloadSecurityGroupArgs } from "./workload";

/** Arguments of {@link SecureTrainingJob}. `image`, the data URIs and `subnetIds` are required. */
export interface SecureTrainingJobArgs
  extends AiTagArgs, WorkloadSecurityGroupArgs, ExecutionRoleArgs, SageMakerKeyArgs {
  /**
   * The training container image URI. An ECR image (ModelImageRepository's `imageUri(tag)`) is
   * pulled with a grant on its repository alone.
   * @default none: required, the job has nothing to run without it
   */
  readonly image: pulumi.Input<string>;
  /**
   * `s3://<bucket>/<prefix>` of the training data (a training-data AiDataBucket), mounted as the
   * `train` channel; the execution role may read that bucket.
   * @default none: required
   */
  readonly trainingDataS3Uri: pulumi.Input<string>;
  /**
   * `s3://<bucket>/<prefix>` the model artifacts are written to (a model-artifacts AiDataBucket),
   * encrypted with the job's key; the execution role may write that bucket.
   * @default none: required
   */
  readonly outputS3Uri: pulumi.Input<string>;
  /**
   * The algorithm's hyperparameters, as strings.
   * @default {}
   */
  readonly hyperParameters?: pulumi.Input<Record<string, pulumi.Input<string>>>;
  /**
   * Environment of the container. Visible to anyone who can describe the job: no secrets.
   * @default {}
   */
  readonly environment?: pulumi.Input<Record<string, pulumi.Input<string>>>;
  /**
   * The job's name (SageMaker job names are unique per account and region, and never reused).
   * @default the component's name
   */
  readonly trainingJobName?: string;
  /**
   * The private subnets (one per AZ) the training instances attach to; for an AiNetwork, its
   * `privateSubnetIds`.
   * @default none: required, the pack requires training jobs inside the VPC
   */
  readonly subnetIds: pulumi.Input<pulumi.Input<string>[]>;
  /**
   * Existing security groups, instead of the one the component creates (no ingress, HTTPS
   * egress to the VPC only, and traffic between the job's instances when there are several).
   * @default a new security group
   */
  readonly securityGroupIds?: pulumi.Input<pulumi.Input<string>[]>;
  /**
   * The ML instance type. A plain string: whether SageMaker accepts a volume key depends on it
   * (types with local NVMe storage, such as ml.g5 and ml.p4d, refuse one: the hardware encrypts them).
   * @default "ml.g5.2xlarge"
   */
  readonly instanceType?: string;
  /**
   * Instances the job trains on; more than one is distributed training, whose traffic between
   * instances is encrypted.
   * @default 1
   */
  readonly instanceCount?: number;
  /**
   * Size of each instance's ML storage volume in GiB, 1 to 16384.
   * @default 50
   */
  readonly volumeSizeInGb?: number;
  /**
   * How long the job may run before SageMaker stops it, 1 second to 28 days.
   * @default 86400 (one day)
   */
  readonly maxRuntimeInSeconds?: number;
}
