import type * as pulumi from "@pulumi/pulumi";
import type { AiTagArgs } from "../common";
import type { SageMakerKeyArgs } from "./execution-role-args";
import type { WorkloadSecurityGroupArgs } from "./workload";

/** The customization types Bedrock runs as a job on your data. */
export const CUSTOMIZATION_TYPES = ["FINE_TUNING", "CONTINUED_PRE_TRAINING", "DISTILLATION"] as const;
/** One of {@link CUSTOMIZATION_TYPES}. */
export type CustomizationType = (typeof CUSTOMIZATION_TYPES)[number];

/** Arguments of {@link FineTuningJob}. */
export interface FineTuningJobArgs extends AiTagArgs, WorkloadSecurityGroupArgs, SageMakerKeyArgs {
  /**
   * The id or ARN of the foundation model to customise, such as `amazon.nova-micro-v1:0:128k`.
   * @default none: required
   */
  readonly baseModelIdentifier: pulumi.Input<string>;
  /**
   * `s3://<bucket>/<key>` of the training data (a training-data AiDataBucket).
   * @default none: required
   */
  readonly trainingDataS3Uri: pulumi.Input<string>;
  /**
   * `s3://` URIs of validation data.
   * @default none
   */
  readonly validationDataS3Uris?: pulumi.Input<string>[];
  /**
   * `s3://<bucket>/<prefix>` where the job writes its metrics (a model-artifacts AiDataBucket).
   * @default none: required
   */
  readonly outputS3Uri: pulumi.Input<string>;
  /**
   * The base model's training settings (`epochCount`, `batchSize`, `learningRate` ...), as strings.
   * @default none: required
   */
  readonly hyperparameters: pulumi.Input<Record<string, pulumi.Input<string>>>;
  /**
   * What kind of customisation the job runs.
   * @default "FINE_TUNING"
   */
  readonly customizationType?: CustomizationType;
  /**
   * The custom model's name.
   * @default the component's name
   */
  readonly customModelName?: string;
  /**
   * The job's name.
   * @default `<name>-job`
   */
  readonly jobName?: string;
  /**
   * The private subnets the job reads its data through; for an AiNetwork, its `privateSubnetIds`.
   * @default none: required, the pack requires customisation jobs inside the VPC
   */
  readonly subnetIds: pulumi.Input<pulumi.Input<string>[]>;
  /**
   * KMS key ARNs the customization role decrypts and encrypts data with: the keys of the data
   * buckets, when they name their users.
   * @default []
   */
  readonly useKeys?: pulumi.Input<string>[];
}
