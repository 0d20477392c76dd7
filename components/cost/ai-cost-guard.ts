import * as aws from "@pulumi/aws";
import * as pulumi from "@pulumi/pulumi";
import {
  childOf,
  setChild,
  aiTags,
  argumentErrorMessage,
  show,
  tagArgsError,
  type AiTagArgs,
} from "../common";
import { AlertTopic, alertTopicArgsError } from "./alert-topic";
import {
  amountError,
  anomalyBandExpression,
  BEDROCK_METRICS_NAMESPACE,
  budgetNotifications,
  COST_DEFAULTS,
  percentError,
} from "./cost-plan";
import { alarmsSourceArn, budgetsSourceArn, BUDGETS_SERVICE, CLOUDWATCH_SERVICE } from "./topic-policy";

/** Arguments of {@link AiCostGuard}. Every field is optional. */
export interface AiCostGuardArgs extends AiTagArgs {
  /**
   * The monthly cost limit, in USD.
   * @default 100
   */
  readonly monthlyLimitUsd?: number;
  /**
   * Notify when actual spend passes this percentage of the limit.
   * @default 80
   */
  readonly actualThresholdPercent?: number;
  /**
   * Notify when the month's forecast passes this percentage of the limit.
   * @default 100
   */
  readonly forecastThresholdPercent?: number;
  /**
   * Limit the budget to these AWS services' costs (names as Cost Explorer shows them, such as
   * "Amazon Bedrock"). An account-wide budget also catches abuse outside the AI services.
   * @default [] (every service of the account)
   */
  readonly costFilterServices?: string[];
  /**
   * E-mail addresses subscribed to the alert topic (each confirms once).
   * @default [] (subscribe to the topic out of band)
   */
  readonly subscriberEmails?: string[];
  /**
   * Watch one model (`ModelId` dimension) instead of every model of the region.
   * @default every model
   */
  readonly modelId?: string;
  /**
   * Bedrock invocations in one hour above which the invocation alarm fires.
   * @default 10000
   */
  readonly invocationsPerHour?: number;
  /**
   * Bedrock input tokens in one hour above which the token alarm fires.
   * @default 5000000
   */
  readonly inputTokensPerHour?: number;
  /**
   * Width, in standard deviations, of the anomaly-detection band on input tokens.
   * @default 2
   */
  readonly anomalyBandWidth?: number;
}

/** The first problem with `args`, without the component prefix; `undefined` when they are valid. */
export function aiCostGuardArgsError(name: string, args: AiCostGuardArgs): string | undefined {
  const badService = (args.costFilterServices ?? []).find((s) => typeof s !== "string" || s.trim() === "");
  return [
    tagArgsError(args),
    amountError("monthlyLimitUsd", args.monthlyLimitUsd),
    percentError("actualThresholdPercent", args.actualThresholdPercent),
    percentError("forecastThresholdPercent", args.forecastThresholdPercent),
    badService === undefined
      ? undefined
      : `costFilterServices contains ${show(badService)}; name each service as Cost Explorer shows it, such as "Amazon Bedrock".`,
    amountError("invocationsPerHour", args.invocationsPerHour),
    amountError("inputTokensPerHour", args.inputTokensPerHour),
    amountError("anomalyBandWidth", args.anomalyBandWidth, 10),
    alertTopicArgsError(`${name}-alerts`, { subscriberEmails: args.subscriberEmails }),
  ].find((m) => m !== undefined);
}

/** The alarms of an `AiCostGuard`, by kind. */
export interface CostAlarms {
  /** Model invocations above the expected rate. */
  readonly invocations: aws.cloudwatch.MetricAlarm;
  /** Input tokens above the expected rate. */
  readonly inputTokens: aws.cloudwatch.MetricAlarm;
  /** Input tokens outside the band of their usual pattern. */
  readonly inputTokensAnomaly: aws.cloudwatch.MetricAlarm;
}

/**
 * Spend and usage alarms for an AI system: a monthly AWS Budget that notifies at 80% of actual and
 * 100% of forecast spend, CloudWatch alarms on Bedrock invocations and input tokens (a fixed
 * ceiling and an anomaly-detection band), all to an SNS topic encrypted with its own key that only
 * AWS Budgets and CloudWatch alarms of this account may publish to.
 */
export class AiCostGuard extends pulumi.ComponentResource {
  /** The Pulumi type token of this component. */
  public static readonly typeToken = "scopeguard:cost:AiCostGuard";

  /** The alert topic. */
  public get alerts(): AlertTopic {
    return childOf(this, "alerts");
  }
  private set alerts(value: AlertTopic) {
    setChild(this, "alerts", value);
  }
  /** The budget. */
  public readonly budget: aws.budgets.Budget;
  /** The alarms, by kind. */
  public readonly alarms: CostAlarms;
  /** The alert topic's ARN (known during preview). */
  public readonly topicArn: pulumi.Output<string>;

  /**
   * @param name The component's name; prefixes every child's name.
   * @param args See {@link AiCostGuardArgs}.
   * @param opts Component resource options.
   */
  constructor(name: string, args: AiCostGuardArgs = {}, opts?: pulumi.ComponentResourceOptions) {
    super(AiCostGuard.typeToken, name, {}, opts);

    const problem = aiCostGuardArgsError(name, args);
    if (problem !== undefined) {
      throw new pulumi.ResourceError(argumentErrorMessage("AiCostGuard", name, problem), this);
    }

    const parent = { parent: this };
    const labels = { scope: args.scope, system: args.system, owner: args.owner, tags: args.tags };
    const tags = aiTags(args);
    const partition = aws.getPartitionOutput({}, parent);
    const region = aws.getRegionOutput({}, parent);
    const identity = aws.getCallerIdentityOutput({}, parent);

    this.alerts = new AlertTopic(
      `${name}-alerts`,
      {
        publishers: [
          {
            service: BUDGETS_SERVICE,
            sourceArn: pulumi
              .all([partition.partition, identity.accountId])
              .apply(([p, a]) => budgetsSourceArn(p, a)),
          },
          {
            service: CLOUDWATCH_SERVICE,
            sourceArn: pulumi
              .all([partition.partition, region.region, identity.accountId])
              .apply(([p, r, a]) => alarmsSourceArn(p, r, a)),
          },
        ],
        subscriberEmails: args.subscriberEmails,
        ...labels,
      },
      parent,
    );
    this.topicArn = this.alerts.topicArn;
    const actions = [this.topicArn];

    const services = args.costFilterServices ?? [];
    this.budget = new aws.budgets.Budget(
      name,
      {
        budgetType: "COST",
        timeUnit: "MONTHLY",
        limitAmount: String(args.monthlyLimitUsd ?? COST_DEFAULTS.monthlyLimitUsd),
        limitUnit: "USD",
        costFilters: services.length > 0 ? [{ name: "Service", values: services }] : undefined,
        notifications: budgetNotifications(
          args.actualThresholdPercent ?? COST_DEFAULTS.actualThresholdPercent,
          args.forecastThresholdPercent ?? COST_DEFAULTS.forecastThresholdPercent,
        ).map((n) => ({ ...n, subscriberSnsTopicArns: actions })),
        tags,
      },
      // Budgets checks that it may publish when the notification is created.
      { parent: this, dependsOn: [this.alerts] },
    );

    const dimensions = args.modelId === undefined ? undefined : { ModelId: args.modelId };
    const period = COST_DEFAULTS.periodSeconds;
    const ceiling = (kind: string, metricName: string, threshold: number, what: string) =>
      new aws.cloudwatch.MetricAlarm(
        `${name}-${kind}`,
        {
          alarmDescription: `scopeguard: Bedrock ${what} above ${threshold} in one hour`,
          namespace: BEDROCK_METRICS_NAMESPACE,
          metricName,
          dimensions,
          statistic: "Sum",
          period,
          evaluationPeriods: 1,
          threshold,
          comparisonOperator: "GreaterThanThreshold",
          treatMissingData: "notBreaching",
          alarmActions: actions,
          tags,
        },
        parent,
      );
    const invocations = ceiling(
      "invocations",
      "Invocations",
      args.invocationsPerHour ?? COST_DEFAULTS.invocationsPerHour,
      "invocations",
    );
    const inputTokens = ceiling(
      "input-tokens",
      "InputTokenCount",
      args.inputTokensPerHour ?? COST_DEFAULTS.inputTokensPerHour,
      "input tokens",
    );
    const inputTokensAnomaly = new aws.cloudwatch.MetricAlarm(
      `${name}-input-tokens-anomaly`,
      {
        alarmDescription:
          "scopeguard: Bedrock input tokens above their usual band (stolen credentials, runaway agents, prompt flooding)",
        comparisonOperator: "GreaterThanUpperThreshold",
        evaluationPeriods: 1,
        thresholdMetricId: "band",
        treatMissingData: "notBreaching",
        metricQueries: [
          {
            id: "tokens",
            returnData: true,
            metric: {
              namespace: BEDROCK_METRICS_NAMESPACE,
              metricName: "InputTokenCount",
              dimensions,
              period,
              stat: "Sum",
            },
          },
          {
            id: "band",
            label: "InputTokenCount (expected)",
            returnData: true,
            expression: anomalyBandExpression(
              "tokens",
              args.anomalyBandWidth ?? COST_DEFAULTS.anomalyBandWidth,
            ),
          },
        ],
        alarmActions: actions,
        tags,
      },
      parent,
    );
    this.alarms = { invocations, inputTokens, inputTokensAnomaly };
    this.registerOutputs({ topicArn: this.topicArn, budgetName: this.budget.name });
  }
}
