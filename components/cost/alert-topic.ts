import * as aws from "@pulumi/aws";
import * as pulumi from "@pulumi/pulumi";
import {
  childOf,
  setChild,
  aiTags,
  argumentErrorMessage,
  show,
  tagArgsError,
  wildcardPrincipalError,
  type AiTagArgs,
} from "../common";
import { keyAliasError, ScopedKey } from "../kms";
import { buildTopicPolicy, topicArnFor } from "./topic-policy";

/** An e-mail address, loosely: something@domain.tld. */
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** An AWS service that publishes to an `AlertTopic`. */
export interface AlertPublisherArgs {
  /**
   * The service principal, such as `budgets.amazonaws.com`.
   * @default none: required
   */
  readonly service: string;
  /**
   * ARN pattern of the resources that may publish (`aws:SourceArn`).
   * @default any resource of this account
   */
  readonly sourceArn?: pulumi.Input<string>;
}

/** Arguments of {@link AlertTopic}. */
export interface AlertTopicArgs extends AiTagArgs {
  /**
   * The services that publish. They may use the topic's key and publish, for this account only.
   * @default []
   */
  readonly publishers?: AlertPublisherArgs[];
  /**
   * E-mail addresses subscribed to the topic (each must confirm the subscription).
   * @default []
   */
  readonly subscriberEmails?: string[];
  /**
   * Administrators of the topic's key.
   * @default [] (account-root recovery rights only)
   */
  readonly keyAdmins?: pulumi.Input<pulumi.Input<string>[]>;
}

/** The first problem with `args`, without the component prefix; `undefined` when they are valid. */
export function alertTopicArgsError(name: string, args: AlertTopicArgs): string | undefined {
  const badEmail = (args.subscriberEmails ?? []).find((e) => typeof e !== "string" || !EMAIL.test(e));
  return [
    tagArgsError(args),
    badEmail === undefined
      ? undefined
      : `subscriberEmails contains ${show(badEmail)}, which is not an e-mail address.`,
    wildcardPrincipalError("keyAdmins", args.keyAdmins),
    keyAliasError(name, `${name}-key`),
  ].find((m) => m !== undefined);
}

/**
 * An SNS topic for security and cost alerts, encrypted with its own customer-managed key, that only
 * the named AWS services may publish to, for this account.
 */
export class AlertTopic extends pulumi.ComponentResource {
  /** The Pulumi type token of this component. */
  public static readonly typeToken = "scopeguard:cost:AlertTopic";

  /** The topic. */
  public readonly topic: aws.sns.Topic;
  /** The topic's key. */
  public get key(): ScopedKey {
    return childOf(this, "key");
  }
  private set key(value: ScopedKey) {
    setChild(this, "key", value);
  }
  /** The topic's name (known during preview). */
  public readonly topicName: pulumi.Output<string>;
  /** The topic's ARN, built from its name so it is known during preview. */
  public readonly topicArn: pulumi.Output<string>;

  /**
   * @param name The component's name; prefixes the topic name.
   * @param args See {@link AlertTopicArgs}.
   * @param opts Component resource options.
   */
  constructor(name: string, args: AlertTopicArgs = {}, opts?: pulumi.ComponentResourceOptions) {
    super(AlertTopic.typeToken, name, {}, opts);

    const problem = alertTopicArgsError(name, args);
    if (problem !== undefined) {
      throw new pulumi.ResourceError(argumentErrorMessage("AlertTopic", name, problem), this);
    }

    const parent = { parent: this };
    const partition = aws.getPartitionOutput({}, parent);
    const region = aws.getRegionOutput({}, parent);
    const identity = aws.getCallerIdentityOutput({}, parent);
    const publishers = args.publishers ?? [];

    this.key = new ScopedKey(
      `${name}-key`,
      {
        description: `scopeguard: key of the alert topic ${name}`,
        admins: args.keyAdmins,
        // Publishing to an encrypted topic needs the publisher's use of the key (GenerateDataKey, Decrypt).
        services: publishers.map((p) => ({ service: p.service, sourceArn: p.sourceArn })),
        scope: args.scope,
        system: args.system,
        owner: args.owner,
        tags: args.tags,
      },
      parent,
    );
    this.topic = new aws.sns.Topic(name, { kmsMasterKeyId: this.key.keyArn, tags: aiTags(args) }, parent);
    this.topicName = this.topic.name;
    this.topicArn = pulumi
      .all([partition.partition, region.region, identity.accountId, this.topicName])
      .apply(([p, r, accountId, topicName]) =>
        topicArnFor({ partition: p, region: r, accountId, topicName }),
      );

    if (publishers.length > 0) {
      const resolved = pulumi.output(
        publishers.map((p) => pulumi.output({ service: p.service, sourceArn: p.sourceArn })),
      );
      new aws.sns.TopicPolicy(
        name,
        {
          arn: this.topic.arn,
          policy: pulumi
            .all([partition.partition, region.region, identity.accountId, this.topicName, resolved])
            .apply(([p, r, accountId, topicName, pubs]) =>
              JSON.stringify(
                buildTopicPolicy({
                  partition: p,
                  region: r,
                  accountId,
                  topicName,
                  publishers: pubs.map((x) => (x.sourceArn === undefined ? { service: x.service } : x)),
                }),
              ),
            ),
        },
        parent,
      );
    }
    (args.subscriberEmails ?? []).forEach((email, i) => {
      new aws.sns.TopicSubscription(
        `${name}-email-${i}`,
        { topic: this.topic.arn, protocol: "email", endpoint: email },
        parent,
      );
    });
    this.registerOutputs({ topicArn: this.topicArn, topicName: this.topicName });
  }
}
