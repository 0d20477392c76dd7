import * as aws from "@pulumi/aws";
import * as pulumi from "@pulumi/pulumi";
import { aiTags, argumentErrorMessage } from "../common";
import type { AiWorkloadRole } from "../iam";
import type { ScopedKey } from "../kms";
import { buildHostingPolicy } from "./execution-policy";
import { executionRoleFor, s3BucketOf, sagemakerKeyFor, sagemakerLabels } from "./execution-role";
import { hasLocalStorage } from "./instance-storage";
import { secureModelEndpointArgsError } from "./sagemaker-validation";
import { executionRolePolicies, workloadSecurityGroupFor, workloadSecurityGroupIds } from "./workload";
import type { SecureModelEndpointArgs } from "./secure-model-endpoint-args";

/** The smallest general-purpose hosting type; set a GPU type (`ml.g5.xlarge` ...) for a language model. */
export const DEFAULT_ENDPOINT_INSTANCE_TYPE = "ml.m5.large";
/** The name of the endpoint's one production variant. */
export const PRIMARY_VARIANT = "primary";

/**
 * A SageMaker real-time endpoint for a model the business owns: the model's containers are
 * network-isolated (they cannot call out, so a poisoned loader cannot send prompts or weights
 * anywhere) and attached to the VPC with a security group that has no ingress; the endpoint's
 * volumes and captured data are encrypted with a customer-managed key (except on NVMe instance
 * types, which SageMaker encrypts in hardware and for which it refuses a key); the execution role
 * reads only the model's bucket and pulls only its image's repository.
 */
export class SecureModelEndpoint extends pulumi.ComponentResource {
  /** The Pulumi type token of this component. */
  public static readonly typeToken = "scopeguard:sagemaker:SecureModelEndpoint";

  /** The model. */
  public readonly model: aws.sagemaker.Model;
  /** The endpoint configuration. */
  public readonly endpointConfiguration: aws.sagemaker.EndpointConfiguration;
  /** The endpoint. */
  public readonly endpoint: aws.sagemaker.Endpoint;
  /** The security group, unless `securityGroupIds` was given. */
  public readonly securityGroup?: aws.ec2.SecurityGroup;
  /** The execution role, unless `executionRoleArn` was given. */
  public readonly executionRole?: AiWorkloadRole;
  /** The key, unless `kmsKeyArn` was given or nothing needs one (NVMe instances, no capture). */
  public readonly key?: ScopedKey;
  /** The endpoint's name (autonamed, known during preview): what `InvokeEndpoint` names. */
  public readonly endpointName: pulumi.Output<string>;
  /** The endpoint's ARN, for IAM grants of `sagemaker:InvokeEndpoint`. */
  public readonly endpointArn: pulumi.Output<string>;
  /** The execution role's ARN. */
  public readonly executionRoleArn: pulumi.Output<string>;
  /** The ARN of the key the endpoint uses, when it uses one. */
  public readonly keyArn?: pulumi.Output<string>;

  /**
   * @param name The component's name; prefixes the model, configuration, endpoint and their children.
   * @param args See {@link SecureModelEndpointArgs}.
   * @param opts Component resource options.
   */
  constructor(name: string, args: SecureModelEndpointArgs, opts?: pulumi.ComponentResourceOptions) {
    super(SecureModelEndpoint.typeToken, name, {}, opts);

    const problem = secureModelEndpointArgsError(name, args ?? ({} as SecureModelEndpointArgs));
    if (problem !== undefined) {
      throw new pulumi.ResourceError(argumentErrorMessage("SecureModelEndpoint", name, problem), this);
    }

    const parent = { parent: this };
    const tags = aiTags(sagemakerLabels(args));
    const what = `the model endpoint ${name}`;
    const instanceType = args.instanceType ?? DEFAULT_ENDPOINT_INSTANCE_TYPE;
    const volumeKey = !hasLocalStorage(instanceType);
    const capture = args.dataCapture;

    if (volumeKey || capture !== undefined || args.kmsKeyArn !== undefined) {
      // Captured data is written to S3 with the key, through S3's endpoint.
      const key = sagemakerKeyFor(name, args, what, this, capture !== undefined ? ["s3"] : []);
      this.key = key.key;
      this.keyArn = key.keyArn;
    }

    const role = executionRoleFor(name, args, what, this, {
      readBuckets: args.modelDataUrl === undefined ? [] : [s3BucketOf("modelDataUrl", args.modelDataUrl)],
      writeBuckets:
        capture === undefined ? [] : [s3BucketOf("dataCapture.destinationS3Uri", capture.destinationS3Uri)],
    });
    this.executionRole = role.role;
    this.executionRoleArn = role.roleArn;
    if (this.executionRole !== undefined) {
      executionRolePolicies(
        name,
        this.executionRole.roleName,
        "hosting",
        buildHostingPolicy,
        args.image,
        this,
      );
    }

    this.securityGroup = workloadSecurityGroupFor(
      `${name}-model`,
      args,
      { description: `scopeguard: model ${name}, no ingress, HTTPS to AWS endpoints only`, tags },
      this,
    );

    this.model = new aws.sagemaker.Model(
      name,
      {
        executionRoleArn: this.executionRoleArn,
        primaryContainer: {
          image: args.image,
          modelDataUrl: args.modelDataUrl,
          environment: args.environment,
          mode: "SingleModel",
        },
        // The containers get no network at all; SageMaker alone fetches the artifacts and image.
        enableNetworkIsolation: true,
        vpcConfig: {
          subnets: args.subnetIds,
          securityGroupIds: workloadSecurityGroupIds(this.securityGroup, args),
        },
        tags,
      },
      // The role must carry its grants before SageMaker validates it.
      { parent: this, dependsOn: this.executionRole === undefined ? [] : [this.executionRole] },
    );

    this.endpointConfiguration = new aws.sagemaker.EndpointConfiguration(
      name,
      {
        productionVariants: [
          {
            variantName: PRIMARY_VARIANT,
            modelName: this.model.name,
            instanceType,
            initialInstanceCount: args.initialInstanceCount ?? 1,
            volumeSizeInGb: args.volumeSizeInGb,
          },
        ],
        kmsKeyArn: volumeKey ? this.keyArn : undefined,
        dataCaptureConfig:
          capture === undefined
            ? undefined
            : {
                enableCapture: true,
                initialSamplingPercentage: capture.samplingPercentage ?? 100,
                destinationS3Uri: capture.destinationS3Uri,
                kmsKeyId: this.keyArn,
                captureOptions: [{ captureMode: "Input" }, { captureMode: "Output" }],
              },
        tags,
      },
      parent,
    );

    this.endpoint = new aws.sagemaker.Endpoint(
      name,
      { endpointConfigName: this.endpointConfiguration.name, tags },
      parent,
    );

    this.endpointName = this.endpoint.name;
    this.endpointArn = this.endpoint.arn;
    this.registerOutputs({
      endpointName: this.endpointName,
      endpointArn: this.endpointArn,
      executionRoleArn: this.executionRoleArn,
      keyArn: this.keyArn,
    });
  }
}
