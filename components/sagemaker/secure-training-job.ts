import * as aws from "@pulumi/aws";
import * as pulumi from "@pulumi/pulumi";
import { aiTags, argumentErrorMessage } from "../common";
import type { AiWorkloadRole } from "../iam";
import type { ScopedKey } from "../kms";
import { buildTrainingPolicy } from "./execution-policy";
import { executionRoleFor, s3BucketOf, sagemakerKeyFor, sagemakerLabels } from "./execution-role";
import { hasLocalStorage } from "./instance-storage";
import { secureTrainingJobArgsError, trainingJobNameFor } from "./training-job-validation";
import { executionRolePolicies, workloadSecurityGroupFor, workloadSecurityGroupIds } from "./workload";
import type { SecureTrainingJobArgs } from "./secure-training-job-args";

/**
 * A single-GPU type with local NVMe storage (encrypted by the instance): a fine-tuning or small
 * training run fits on it; set a larger type (`ml.p4d.24xlarge`, `ml.p5.48xlarge`) to train at scale.
 */
export const DEFAULT_TRAINING_INSTANCE_TYPE = "ml.g5.2xlarge";
/** SageMaker requires a volume size; 50 GiB holds a typical framework image's scratch space and checkpoints. */
export const DEFAULT_TRAINING_VOLUME_GIB = 50;
/** One day, SageMaker's own default: a runaway job stops before it costs more than a day of its instances. */
export const DEFAULT_TRAINING_MAX_RUNTIME_SECONDS = 24 * 3600;
/** The input channel the training data is mounted as (`/opt/ml/input/data/train`). */
export const TRAINING_CHANNEL = "train";

/**
 * A SageMaker training job for a model the business trains itself (scope 4 and 5): its containers
 * are network-isolated (a poisoned dependency cannot send the training set or the weights out) and
 * attached to the VPC through a security group with no ingress; traffic between its instances is
 * encrypted; its volumes (unless NVMe, encrypted by the hardware) and its output artifacts are
 * encrypted with a customer-managed key; the execution role reads only the training data's bucket,
 * writes only the output bucket and pulls only its image's repository.
 */
export class SecureTrainingJob extends pulumi.ComponentResource {
  /** The Pulumi type token of this component. */
  public static readonly typeToken = "scopeguard:sagemaker:SecureTrainingJob";

  /** The training job. */
  public readonly trainingJob: aws.sagemaker.TrainingJob;
  /** The security group, unless `securityGroupIds` was given. */
  public readonly securityGroup?: aws.ec2.SecurityGroup;
  /** The execution role, unless `executionRoleArn` was given. */
  public readonly executionRole?: AiWorkloadRole;
  /** The key of the volumes and artifacts, unless `kmsKeyArn` was given. */
  public readonly key?: ScopedKey;
  /** The job's name. */
  public readonly trainingJobName: pulumi.Output<string>;
  /** The execution role's ARN. */
  public readonly executionRoleArn: pulumi.Output<string>;
  /** The ARN of the key that encrypts the volumes and the artifacts. */
  public readonly keyArn: pulumi.Output<string>;

  /**
   * @param name The component's name; the default job name and the prefix of its children.
   * @param args See {@link SecureTrainingJobArgs}.
   * @param opts Component resource options.
   */
  constructor(name: string, args: SecureTrainingJobArgs, opts?: pulumi.ComponentResourceOptions) {
    super(SecureTrainingJob.typeToken, name, {}, opts);

    const problem = secureTrainingJobArgsError(name, args ?? ({} as SecureTrainingJobArgs));
    if (problem !== undefined) {
      throw new pulumi.ResourceError(argumentErrorMessage("SecureTrainingJob", name, problem), this);
    }

    const tags = aiTags(sagemakerLabels(args));
    const what = `the training job ${name}`;
    const instanceType = args.instanceType ?? DEFAULT_TRAINING_INSTANCE_TYPE;

    // Artifacts are written to S3 with the key, through S3's endpoint.
    const key = sagemakerKeyFor(name, args, what, this, ["s3"]);
    this.key = key.key;
    this.keyArn = key.keyArn;

    const role = executionRoleFor(name, args, what, this, {
      readBuckets: [s3BucketOf("trainingDataS3Uri", args.trainingDataS3Uri)],
      writeBuckets: [s3BucketOf("outputS3Uri", args.outputS3Uri)],
    });
    this.executionRole = role.role;
    this.executionRoleArn = role.roleArn;
    const grants: pulumi.Resource[] = [];
    if (this.executionRole !== undefined) {
      grants.push(
        this.executionRole,
        ...executionRolePolicies(
          name,
          this.executionRole.roleName,
          "training",
          buildTrainingPolicy,
          args.image,
          this,
        ),
      );
    }

    this.securityGroup = workloadSecurityGroupFor(
      `${name}-job`,
      args,
      {
        // Distributed training exchanges gradients between the job's instances, and only them;
        // a single instance needs no rule at all.
        intraGroup:
          (args.instanceCount ?? 1) > 1
            ? {
                protocol: "-1",
                fromPort: 0,
                toPort: 0,
                description: "instances of the training job exchange gradients",
              }
            : undefined,
        description: `scopeguard: training job ${name}, no ingress but its own instances, HTTPS to AWS endpoints`,
        tags,
      },
      this,
    );

    this.trainingJob = new aws.sagemaker.TrainingJob(
      name,
      {
        trainingJobName: trainingJobNameFor(name, args),
        roleArn: this.executionRoleArn,
        algorithmSpecification: { trainingImage: args.image, trainingInputMode: "File" },
        hyperParameters: args.hyperParameters,
        environment: args.environment,
        inputDataConfigs: [
          {
            channelName: TRAINING_CHANNEL,
            dataSource: {
              s3DataSource: {
                s3DataType: "S3Prefix",
                s3Uri: args.trainingDataS3Uri,
                s3DataDistributionType: "FullyReplicated",
              },
            },
          },
        ],
        outputDataConfig: { s3OutputPath: args.outputS3Uri, kmsKeyId: this.keyArn },
        resourceConfig: {
          instanceType,
          instanceCount: args.instanceCount ?? 1,
          volumeSizeInGb: args.volumeSizeInGb ?? DEFAULT_TRAINING_VOLUME_GIB,
          // SageMaker refuses a volume key for NVMe types, which the hardware encrypts.
          volumeKmsKeyId: hasLocalStorage(instanceType) ? undefined : this.keyArn,
        },
        stoppingCondition: {
          maxRuntimeInSeconds: args.maxRuntimeInSeconds ?? DEFAULT_TRAINING_MAX_RUNTIME_SECONDS,
        },
        // The containers get no network; SageMaker alone fetches the data and uploads the artifacts.
        enableNetworkIsolation: true,
        // Set for one instance too: it costs nothing there, and stays right when the count grows.
        enableInterContainerTrafficEncryption: true,
        vpcConfig: {
          subnets: args.subnetIds,
          securityGroupIds: workloadSecurityGroupIds(this.securityGroup, args),
        },
        // The job holds the whole training set while it runs, which the data controls key on.
        tags: aiTags(sagemakerLabels(args), "training-data"),
      },
      // SageMaker checks the role's grants when the job starts.
      { parent: this, dependsOn: grants },
    );

    this.trainingJobName = this.trainingJob.trainingJobName;
    this.registerOutputs({
      trainingJobName: this.trainingJobName,
      executionRoleArn: this.executionRoleArn,
      keyArn: this.keyArn,
    });
  }
}
