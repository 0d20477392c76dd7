import type { PolicyDocument } from "../common";

/**
 * The access policy of an alert topic: only the named AWS services may publish, only for this
 * account (`aws:SourceAccount`) and, when given, only from the named resources (`aws:SourceArn`).
 * Built from the topic's name (known during preview), not its ARN.
 */

/** An AWS service that publishes alerts to the topic. */
export interface AlertPublisher {
  /** The service principal, such as `budgets.amazonaws.com`. */
  readonly service: string;
  /** ARN pattern of the resources that may publish, such as `arn:aws:budgets::123456789012:*`. */
  readonly sourceArn?: string;
}

/** What the topic policy needs, resolved. */
export interface TopicPolicyInput {
  readonly partition: string;
  readonly region: string;
  readonly accountId: string;
  readonly topicName: string;
  readonly publishers: readonly AlertPublisher[];
}

/** The principal of AWS Budgets. */
export const BUDGETS_SERVICE = "budgets.amazonaws.com";
/** The principal of CloudWatch alarms. */
export const CLOUDWATCH_SERVICE = "cloudwatch.amazonaws.com";

/** `arn:<partition>:sns:<region>:<account>:<name>`. */
export function topicArnFor(c: {
  partition: string;
  region: string;
  accountId: string;
  topicName: string;
}): string {
  return `arn:${c.partition}:sns:${c.region}:${c.accountId}:${c.topicName}`;
}

/** Budgets of this account: `arn:<partition>:budgets::<account>:*`. */
export function budgetsSourceArn(partition: string, accountId: string): string {
  return `arn:${partition}:budgets::${accountId}:*`;
}

/** CloudWatch alarms of this account and region: `arn:<partition>:cloudwatch:<region>:<account>:alarm:*`. */
export function alarmsSourceArn(partition: string, region: string, accountId: string): string {
  return `arn:${partition}:cloudwatch:${region}:${accountId}:alarm:*`;
}

/** The topic policy document: one publish statement per service. */
export function buildTopicPolicy(input: TopicPolicyInput): PolicyDocument {
  return {
    Version: "2012-10-17",
    Statement: input.publishers.map((publisher, index) => {
      const condition: Record<string, Record<string, string>> = {
        StringEquals: { "aws:SourceAccount": input.accountId },
      };
      if (publisher.sourceArn !== undefined) {
        condition.ArnLike = { "aws:SourceArn": publisher.sourceArn };
      }
      return {
        Sid: `Publish${index}`,
        Effect: "Allow" as const,
        Principal: { Service: publisher.service },
        Action: "sns:Publish",
        Resource: topicArnFor(input),
        Condition: condition,
      };
    }),
  };
}
