import * as aws from "@pulumi/aws";
import * as pulumi from "@pulumi/pulumi";
import { AI_PROVIDER_TAG } from "../../policypack/vocabulary";
import { childOf, setChild, aiTags, argumentErrorMessage } from "../common";
import { AlertTopic } from "../cost/alert-topic";
import { ScopedKey } from "../kms";
import {
  aiProviderSecretArgsError,
  DEFAULT_RECOVERY_WINDOW_DAYS,
  DEFAULT_ROTATION_DAYS,
} from "./secret-validation";
import type { AiProviderSecretArgs } from "./ai-provider-secret-args";

/** The service principal of EventBridge, which sends rotation reminders. */
export const EVENTS_SERVICE = "events.amazonaws.com";

/**
 * A Secrets Manager secret for a third-party AI provider's API key: encrypted with a
 * customer-managed key, recoverable for 30 days after deletion, and rotated every 30 days by the
 * given Lambda. Provider keys can only be rotated with provider-specific code, so there is no
 * built-in rotation: at scope 2 and above the Lambda is required; at scope 1 without one, an
 * EventBridge schedule sends a rotation reminder to an encrypted SNS topic on the same cadence.
 * The value is never a plain-string input.
 */
export class AiProviderSecret extends pulumi.ComponentResource {
  /** The Pulumi type token of this component. */
  public static readonly typeToken = "scopeguard:secrets:AiProviderSecret";

  /** The secret. */
  public readonly secret: aws.secretsmanager.Secret;
  /** The key the secret created, when no `kmsKeyArn` was given. */
  public get key(): ScopedKey | undefined {
    return childOf(this, "key");
  }
  private set key(value: ScopedKey | undefined) {
    setChild(this, "key", value);
  }
  /** The rotation, when a rotation Lambda was given. */
  public readonly rotation?: aws.secretsmanager.SecretRotation;
  /** The reminder schedule, when there is no rotation Lambda. */
  public readonly reminderRule?: aws.cloudwatch.EventRule;
  /** The reminder topic the component created, when neither a Lambda nor a topic was given. */
  public get reminderTopic(): AlertTopic | undefined {
    return childOf(this, "reminderTopic");
  }
  private set reminderTopic(value: AlertTopic | undefined) {
    setChild(this, "reminderTopic", value);
  }
  /** The secret's ARN. */
  public readonly secretArn: pulumi.Output<string>;
  /** The secret's name (known during preview). */
  public readonly secretName: pulumi.Output<string>;
  /** The ARN of the key that encrypts the secret. */
  public readonly keyArn: pulumi.Output<string>;

  /**
   * @param name The component's name; prefixes the secret's name.
   * @param args See {@link AiProviderSecretArgs}.
   * @param opts Component resource options.
   */
  constructor(name: string, args: AiProviderSecretArgs = {}, opts?: pulumi.ComponentResourceOptions) {
    super(AiProviderSecret.typeToken, name, {}, opts);

    const problem = aiProviderSecretArgsError(name, args);
    if (problem !== undefined) {
      throw new pulumi.ResourceError(argumentErrorMessage("AiProviderSecret", name, problem), this);
    }

    const parent = { parent: this };
    const labels = { scope: args.scope, system: args.system, owner: args.owner, tags: args.tags };
    const provider = args.provider ?? "unspecified";
    const secretTags = aiTags({
      ...args,
      tags: pulumi.output(args.tags ?? {}).apply((t) => ({ ...t, [AI_PROVIDER_TAG]: provider })),
    });
    const partition = aws.getPartitionOutput({}, parent);
    const region = aws.getRegionOutput({}, parent);
    const identity = aws.getCallerIdentityOutput({}, parent);

    if (args.kmsKeyArn === undefined) {
      this.key = new ScopedKey(
        `${name}-key`,
        {
          description: `scopeguard: key of the ${provider} API key secret ${name}`,
          admins: args.keyAdmins,
          // Like the AWS-managed key, but customer-managed: IAM and the secret decide who reads it.
          accountViaServices: [pulumi.interpolate`secretsmanager.${region.region}.${partition.dnsSuffix}`],
          ...labels,
        },
        parent,
      );
    }
    this.keyArn = this.key?.keyArn ?? pulumi.output(args.kmsKeyArn as pulumi.Input<string>);

    this.secret = new aws.secretsmanager.Secret(
      name,
      {
        description: `${provider} API key (scopeguard ${name})`,
        kmsKeyId: this.keyArn,
        recoveryWindowInDays: args.recoveryWindowInDays ?? DEFAULT_RECOVERY_WINDOW_DAYS,
        tags: secretTags,
      },
      parent,
    );
    this.secretArn = this.secret.arn;
    this.secretName = this.secret.name;

    if (args.secretValue !== undefined) {
      new aws.secretsmanager.SecretVersion(
        name,
        { secretId: this.secret.id, secretString: pulumi.secret(args.secretValue) },
        parent,
      );
    }

    const days = args.rotationDays ?? DEFAULT_ROTATION_DAYS;
    if (args.rotationLambdaArn !== undefined) {
      this.rotation = new aws.secretsmanager.SecretRotation(
        name,
        {
          secretId: this.secret.id,
          rotationLambdaArn: args.rotationLambdaArn,
          rotationRules: { automaticallyAfterDays: days },
          // The first value is set out of band or by secretValue; rotating at once would race it.
          rotateImmediately: false,
        },
        parent,
      );
    } else {
      this.reminderRule = new aws.cloudwatch.EventRule(
        `${name}-reminder`,
        {
          description: `scopeguard: rotate the ${provider} API key in ${name} every ${days} days`,
          scheduleExpression: `rate(${days} ${days === 1 ? "day" : "days"})`,
          tags: aiTags(args),
        },
        parent,
      );
      const ruleArn = pulumi.interpolate`arn:${partition.partition}:events:${region.region}:${identity.accountId}:rule/${this.reminderRule.name}`;
      let topicArn: pulumi.Input<string>;
      if (args.reminderTopicArn !== undefined) {
        topicArn = args.reminderTopicArn;
      } else {
        this.reminderTopic = new AlertTopic(
          `${name}-reminder`,
          { publishers: [{ service: EVENTS_SERVICE, sourceArn: ruleArn }], ...labels },
          parent,
        );
        topicArn = this.reminderTopic.topicArn;
      }
      new aws.cloudwatch.EventTarget(
        `${name}-reminder`,
        {
          rule: this.reminderRule.name,
          arn: topicArn,
          input: pulumi.jsonStringify({
            reminder: `Rotate the ${provider} API key`,
            secretName: this.secretName,
            howTo:
              "Create a new key with the provider, store it with secretsmanager put-secret-value, then revoke the old key.",
          }),
        },
        { parent: this, dependsOn: this.reminderTopic === undefined ? [] : [this.reminderTopic] },
      );
    }

    this.registerOutputs({ secretArn: this.secretArn, secretName: this.secretName, keyArn: this.keyArn });
  }
}
