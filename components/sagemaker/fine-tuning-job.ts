import * as aws from "@pulumi/aws";
import * as pulumi from "@pulumi/pulumi";
import { aiTags, argumentErrorMessage } from "../common";
import { AiWorkloadRole } from "../iam";
import type { ScopedKey } from "../kms";
import { buildCustomizationVpcPolicy } from "./execution-policy";
import { s3BucketOf } from "./execution-role";
import {
  BEDROCK_SERVICE,
  customModelNameFor,
  FINE_TUNING_DEFAULT_SCOPE,
  fineTuningJobArgsError,
  jobNameFor,
} from "./fine-tuning-validation";
import {
  labelsWithScope,
  policyContextOf,
  serviceKeyFor,
  workloadSecurityGroupFor,
  workloadSecurityGroupIds,
} from "./workload";
import type { FineTuningJobArgs } from "./fine-tuning-job-args";

/**
 * A Bedrock model-customization job and the custom model it produces, as the scope model asks at
 * scope 4: the job runs inside the VPC (its data travels through the VPC's endpoints and security
 * group), the custom model is encrypted with a customer-managed key, and the customization role
 * is trusted by Bedrock only for this account's customization jobs and reads only the training
 * and validation buckets and writes only the output bucket.
 */
export class FineTuningJob extends pulumi.ComponentResource {
  /** The Pulumi type token of this component. */
  public static readonly typeToken = "scopeguard:sagemaker:FineTuningJob";

  /** The custom model (its creation runs the customization job). */
  public readonly customModel: aws.bedrock.CustomModel;
  /** The role Bedrock assumes for the job. */
  public readonly role: AiWorkloadRole;
  /** The security group, unless `securityGroupIds` was given. */
  public readonly securityGroup?: aws.ec2.SecurityGroup;
  /** The key of the custom model, unless `kmsKeyArn` was given. */
  public readonly key?: ScopedKey;
  /** The custom model's ARN. */
  public readonly customModelArn: pulumi.Output<string>;
  /** The ARN of the key that encrypts the custom model. */
  public readonly keyArn: pulumi.Output<string>;

  /**
   * @param name The component's name; the default model name and the prefix of its children.
   * @param args See {@link FineTuningJobArgs}.
   * @param opts Component resource options.
   */
  constructor(name: string, args: FineTuningJobArgs, opts?: pulumi.ComponentResourceOptions) {
    super(FineTuningJob.typeToken, name, {}, opts);

    const problem = fineTuningJobArgsError(name, args ?? ({} as FineTuningJobArgs));
    if (problem !== undefined) {
      throw new pulumi.ResourceError(argumentErrorMessage("FineTuningJob", name, problem), this);
    }

    const parent = { parent: this };
    const labels = labelsWithScope(args, FINE_TUNING_DEFAULT_SCOPE);
    const tags = aiTags(labels);
    const modelName = customModelNameFor(name, args);
    const context = policyContextOf(this);

    const key = serviceKeyFor(name, args, this, {
      services: ["bedrock"],
      description: `scopeguard: key of the custom model ${modelName}`,
      // The custom model's weights embed its training data.
      dataClass: "model-artifacts",
      ...labels,
    });
    this.key = key.key;
    this.keyArn = key.keyArn;

    this.role = new AiWorkloadRole(
      `${name}-customization`,
      {
        trustedService: BEDROCK_SERVICE,
        // Bedrock may assume the role only for this account's customization jobs.
        sourceArn: context.apply(
          (c) => `arn:${c.partition}:bedrock:${c.region}:${c.accountId}:model-customization-job/*`,
        ),
        readBuckets: [
          s3BucketOf("trainingDataS3Uri", args.trainingDataS3Uri),
          ...(args.validationDataS3Uris ?? []).map((uri) => s3BucketOf("validationDataS3Uris", uri)),
        ],
        writeBuckets: [s3BucketOf("outputS3Uri", args.outputS3Uri)],
        useKeys: args.useKeys,
        description: `scopeguard: Bedrock customization role of ${modelName}`,
        ...labels,
      },
      parent,
    );
    const vpcPolicy = new aws.iam.RolePolicy(
      `${name}-vpc`,
      {
        role: this.role.roleName,
        policy: context.apply((c) => JSON.stringify(buildCustomizationVpcPolicy(c))),
      },
      parent,
    );

    this.securityGroup = workloadSecurityGroupFor(
      `${name}-job`,
      args,
      { description: `scopeguard: customisation job ${name}, no ingress, HTTPS to AWS endpoints only`, tags },
      this,
    );

    const validation = args.validationDataS3Uris;
    this.customModel = new aws.bedrock.CustomModel(
      name,
      {
        baseModelIdentifier: args.baseModelIdentifier,
        customModelName: modelName,
        jobName: jobNameFor(name, args),
        customizationType: args.customizationType ?? "FINE_TUNING",
        hyperparameters: args.hyperparameters,
        roleArn: this.role.roleArn,
        customModelKmsKeyId: this.keyArn,
        trainingDataConfig: { s3Uri: args.trainingDataS3Uri },
        validationDataConfig:
          validation === undefined ? undefined : { validators: validation.map((s3Uri) => ({ s3Uri })) },
        outputDataConfig: { s3Uri: args.outputS3Uri },
        // The job reads its data through the VPC's endpoints, never over AWS's public path.
        vpcConfig: {
          subnetIds: args.subnetIds,
          securityGroupIds: workloadSecurityGroupIds(this.securityGroup, args),
        },
        // The custom model's weights embed its training data: it is a model artifact.
        tags: aiTags(labels, "model-artifacts"),
      },
      // Bedrock checks the role's grants and the VPC permissions when the job starts.
      { parent: this, dependsOn: [this.role, vpcPolicy] },
    );

    this.customModelArn = this.customModel.customModelArn;
    this.registerOutputs({ customModelArn: this.customModelArn, keyArn: this.keyArn });
  }
}
