import type * as pulumi from "@pulumi/pulumi";
import type { AiTagArgs } from "../common";
import type { ExecutionRoleArgs, SageMakerKeyArgs } from "./execution-role-args";
import type { WorkloadSecurityGroupArgs } from "./workload";

/** Where captured requests and responses go. They are prompt logs: the bucket should be tagged so. */
export interface EndpointDataCaptureArgs {
  /**
   * `s3://<bucket>/<prefix>` of a prompt-logs bucket (an AiDataBucket with dataClass "prompt-logs").
   * @default none: required
   */
  readonly destinationS3Uri: pulumi.Input<string>;
  /**
   * Percentage of requests captured, 1 to 100.
   * @default 100, so an investigation finds every request
   */
  readonly samplingPercentage?: number;
}

/** Arguments of {@link SecureModelEndpoint}. `image` and `subnetIds` are required. */
export interface SecureModelEndpointArgs
  extends AiTagArgs, WorkloadSecurityGroupArgs, ExecutionRoleArgs, SageMakerKeyArgs {
  /**
   * The inference container image URI. An ECR image (ModelImageRepository's `imageUri(tag)`)
   * is pulled with a grant on its repository alone.
   * @default none: required
   */
  readonly image: pulumi.Input<string>;
  /**
   * `s3://<bucket>/<key>` of the model artifacts (`model.tar.gz`); the execution role may read
   * that bucket.
   * @default none (the image carries the model)
   */
  readonly modelDataUrl?: pulumi.Input<string>;
  /**
   * Environment of the container. Visible to anyone who can describe the model: no secrets.
   * @default {}
   */
  readonly environment?: pulumi.Input<Record<string, pulumi.Input<string>>>;
  /**
   * The private subnets (one per AZ) the model's containers attach to.
   * @default none: required, the model's containers run inside the VPC
   */
  readonly subnetIds: pulumi.Input<pulumi.Input<string>[]>;
  /**
   * The ML instance type. A plain string: whether SageMaker accepts a volume key depends on it
   * (types with local NVMe storage, such as ml.g5, refuse one: the hardware encrypts them).
   * @default "ml.m5.large"
   */
  readonly instanceType?: string;
  /**
   * Instances the endpoint starts with.
   * @default 1
   */
  readonly initialInstanceCount?: number;
  /**
   * Size of each instance's EBS volume in GiB, 1 to 512; not for NVMe instance types.
   * @default SageMaker's default for the instance type
   */
  readonly volumeSizeInGb?: number;
  /**
   * Capture requests and responses to S3, encrypted with the endpoint's key.
   * @default no capture
   */
  readonly dataCapture?: EndpointDataCaptureArgs;
}
