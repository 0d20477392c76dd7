import * as aws from "@pulumi/aws";
import * as pulumi from "@pulumi/pulumi";
import { childOf, setChild, argumentErrorMessage, type AiTagArgs } from "../common";
import { AiWorkloadRole } from "../iam";
import { ScopedKey } from "../kms";
import { appendStatements, EncryptedLogGroup } from "../logging";
import { AiDataBucket } from "../storage";
import {
  BEDROCK_SERVICE,
  bedrockSourceArn,
  buildPayloadWriteStatement,
  DEFAULT_PAYLOAD_KEY_PREFIX,
} from "./invocation-logging-policy";
import {
  INVOCATION_LOGGING_DEFAULT_SCOPE,
  modelInvocationLoggingArgsError,
} from "./invocation-logging-validation";
import { AwsType } from "../../policypack/vocabulary";

/** Arguments of {@link ModelInvocationLogging}. Every field is optional. */
export interface ModelInvocationLoggingArgs extends AiTagArgs {
  /**
   * Days prompts and completions are kept in CloudWatch Logs; a value CloudWatch accepts, at most
   * MAX_PROMPT_LOG_RETENTION_DAYS, because the logs hold whatever users typed.
   * @default 90
   */
  readonly retentionInDays?: number;
  /**
   * Days large payloads (over 100 KB, and binary data) are kept in the S3 bucket.
   * @default 90, see RETENTION.promptLogs in components/storage
   */
  readonly payloadRetentionDays?: number;
  /**
   * Also log image data. Off by default: images are large, rarely needed to investigate an
   * attack, and may show people.
   * @default false
   */
  readonly imageDataDelivery?: boolean;
  /**
   * Also log embedding vectors. Off by default: they are bulky, and embeddings can be inverted back
   * to much of the text they encode, so they are personal data as much as the prompts.
   * @default false
   */
  readonly embeddingDataDelivery?: boolean;
  /**
   * Also log video data.
   * @default false
   */
  readonly videoDataDelivery?: boolean;
  /**
   * Key prefix of large payloads in the bucket; Bedrock may write under it and nowhere else.
   * @default "bedrock-invocations"
   */
  readonly payloadKeyPrefix?: string;
  /**
   * A fixed name for the log group.
   * @default autonamed `<name>-logs-<suffix>`
   */
  readonly logGroupName?: string;
  /**
   * Administrators of the two keys the component creates (log group and payload bucket).
   * @default [] (account-root recovery rights only)
   */
  readonly keyAdmins?: pulumi.Input<pulumi.Input<string>[]>;
}

/**
 * Bedrock model-invocation logging: prompt and completion text (and optionally images, embeddings
 * and video) delivered to a CMK-encrypted CloudWatch log group with bounded retention, large
 * payloads to a prompt-logs AiDataBucket, through a role that Bedrock of this account and region
 * alone may assume and that may write only to that log group.
 *
 * The configuration is one per account and region: create one ModelInvocationLogging per region,
 * in one stack, and exempt the other stacks from `bedrock-model-invocation-logging-enabled`.
 */
export class ModelInvocationLogging extends pulumi.ComponentResource {
  /** The Pulumi type token of this component. */
  public static readonly typeToken = "scopeguard:bedrock:ModelInvocationLogging";

  /** The account-and-region logging configuration. */
  public readonly configuration: aws.bedrockmodel.InvocationLoggingConfiguration;
  /** The log group that receives prompts and completions. */
  public get logGroup(): EncryptedLogGroup {
    return childOf(this, "logGroup");
  }
  private set logGroup(value: EncryptedLogGroup) {
    setChild(this, "logGroup", value);
  }
  /** The bucket that receives large payloads. */
  public get bucket(): AiDataBucket {
    return childOf(this, "bucket");
  }
  private set bucket(value: AiDataBucket) {
    setChild(this, "bucket", value);
  }
  /** The key of the payload bucket (Bedrock may use it for this account only). */
  public get bucketKey(): ScopedKey {
    return childOf(this, "bucketKey");
  }
  private set bucketKey(value: ScopedKey) {
    setChild(this, "bucketKey", value);
  }
  /** The role Bedrock assumes to write to the log group. */
  public get role(): AiWorkloadRole {
    return childOf(this, "role");
  }
  private set role(value: AiWorkloadRole) {
    setChild(this, "role", value);
  }
  /** The log group's name. */
  public readonly logGroupName: pulumi.Output<string>;
  /** The payload bucket's name. */
  public readonly bucketName: pulumi.Output<string>;
  /** The delivery role's ARN. */
  public readonly roleArn: pulumi.Output<string>;

  /**
   * @param name The component's name; prefixes the log group, bucket (`<name>-payloads`), keys and role.
   * @param args See {@link ModelInvocationLoggingArgs}; every field is optional.
   * @param opts Component resource options.
   */
  constructor(name: string, args: ModelInvocationLoggingArgs = {}, opts?: pulumi.ComponentResourceOptions) {
    super(ModelInvocationLogging.typeToken, name, {}, opts);

    const problem = modelInvocationLoggingArgsError(name, args);
    if (problem !== undefined) {
      throw new pulumi.ResourceError(argumentErrorMessage("ModelInvocationLogging", name, problem), this);
    }

    const parent = { parent: this };
    const labels = {
      scope: args.scope ?? INVOCATION_LOGGING_DEFAULT_SCOPE,
      system: args.system,
      owner: args.owner,
      tags: args.tags,
    };
    const context = pulumi
      .all([
        aws.getPartitionOutput({}, parent).partition,
        aws.getRegionOutput({}, parent).region,
        aws.getCallerIdentityOutput({}, parent).accountId,
      ])
      .apply(([partition, region, accountId]) => ({ partition, region, accountId }));
    const sourceArn = context.apply(bedrockSourceArn);
    const keyPrefix = args.payloadKeyPrefix ?? DEFAULT_PAYLOAD_KEY_PREFIX;

    this.logGroup = new EncryptedLogGroup(
      `${name}-logs`,
      {
        dataClass: "prompt-logs",
        retentionInDays: args.retentionInDays,
        logGroupName: args.logGroupName,
        keyAdmins: args.keyAdmins,
        ...labels,
      },
      parent,
    );
    this.logGroupName = this.logGroup.logGroupName;

    this.bucketKey = new ScopedKey(
      `${name}-payloads-key`,
      {
        description: `scopeguard: key of the Bedrock invocation payloads of ${name}`,
        admins: args.keyAdmins,
        // Bedrock encrypts the payloads it delivers for this account and region; readers of the
        // account decrypt through S3 only, so the bucket's policy and IAM decide who reads prompts.
        services: [{ service: BEDROCK_SERVICE, sourceArn }],
        accountViaServices: ["s3"],
        dataClass: "prompt-logs",
        ...labels,
      },
      parent,
    );

    this.bucket = new AiDataBucket(
      `${name}-payloads`,
      {
        dataClass: "prompt-logs",
        kmsKeyArn: this.bucketKey.keyArn,
        retentionDays: args.payloadRetentionDays,
        // Relaxation, on purpose: Bedrock does not document that its PutObject carries the SSE
        // header. The bucket's default encryption still applies the payload key to every object,
        // and the policy still denies a request that asks for any other encryption.
        requireEncryptionHeader: false,
        ...labels,
      },
      {
        parent: this,
        // The bucket writes its own policy; Bedrock's grant is appended to it, so the bucket keeps one policy.
        transformations: [
          (t) => {
            if (t.type !== AwsType.s3.BucketPolicy) return undefined;
            const policy = pulumi
              .all([t.props.policy as pulumi.Input<string>, t.props.bucket as pulumi.Input<string>, context])
              .apply(([json, bucketName, c]) =>
                appendStatements(json, [buildPayloadWriteStatement({ ...c, bucketName, keyPrefix })]),
              );
            return { props: { ...t.props, policy }, opts: t.opts };
          },
        ],
      },
    );
    this.bucketName = this.bucket.bucketName;

    this.role = new AiWorkloadRole(
      `${name}-delivery`,
      {
        trustedService: BEDROCK_SERVICE,
        sourceArn,
        writeLogGroups: [this.logGroupName],
        description: `scopeguard: Bedrock writes model-invocation logs of ${name} to its log group`,
        ...labels,
      },
      parent,
    );
    this.roleArn = this.role.roleArn;

    this.configuration = new aws.bedrockmodel.InvocationLoggingConfiguration(
      name,
      {
        loggingConfig: {
          // Text is what an investigation of a prompt attack or a leak needs: always on.
          textDataDeliveryEnabled: true,
          imageDataDeliveryEnabled: args.imageDataDelivery ?? false,
          embeddingDataDeliveryEnabled: args.embeddingDataDelivery ?? false,
          videoDataDeliveryEnabled: args.videoDataDelivery ?? false,
          cloudwatchConfig: {
            logGroupName: this.logGroupName,
            roleArn: this.roleArn,
            largeDataDeliveryS3Config: { bucketName: this.bucketName, keyPrefix },
          },
        },
      },
      // Bedrock checks the role, the log group and the bucket policy when the configuration is put.
      { parent: this, dependsOn: [this.logGroup, this.role, this.bucket] },
    );

    this.registerOutputs({
      logGroupName: this.logGroupName,
      bucketName: this.bucketName,
      roleArn: this.roleArn,
    });
  }
}
