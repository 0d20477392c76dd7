import { strict as assert } from "assert";
import {
  AiCostGuard,
  anomalyBandExpression,
  budgetNotifications,
  type AiCostGuardArgs,
} from "../../../components/cost";
import { isUnknown, only, resourceErrorMessage, run, type Registered } from "../support";
import { at } from "../../readers";
import { statementsOf } from "../policy-json";

const BUDGET = "aws:budgets/budget:Budget";
const TOPIC = "aws:sns/topic:Topic";
const TOPIC_POLICY = "aws:sns/topicPolicy:TopicPolicy";
const ALARM = "aws:cloudwatch/metricAlarm:MetricAlarm";
const KEY = "aws:kms/key:Key";

async function guard(
  args: AiCostGuardArgs = {},
  mode: "preview" | "update" = "preview",
): Promise<Registered[]> {
  const { resources, error } = await run(mode, () => new AiCostGuard("spend", args));
  assert.equal(error, undefined);
  return resources;
}

async function rejection(args: AiCostGuardArgs): Promise<string> {
  const { resources, error } = await run("preview", () => new AiCostGuard("spend", args));
  assert.deepEqual(
    resources.map((r) => r.type),
    ["scopeguard:cost:AiCostGuard"],
  );
  return resourceErrorMessage(error);
}

const alarm = (resources: Registered[], name: string) =>
  resources.find((r) => r.type === ALARM && r.name === name)!.inputs;
/** The topic's ARN as the budget names it (the autoname is not among the topic's inputs). */
const topicArn = (resources: Registered[]): string =>
  only(resources, BUDGET).inputs.notifications[0].subscriberSnsTopicArns[0];

describe("AiCostGuard", () => {
  it("creates a monthly cost budget of 100 USD by default", async () => {
    const b = only(await guard(), BUDGET).inputs;
    assert.deepEqual(
      [b.budgetType, b.timeUnit, b.limitAmount, b.limitUnit, b.costFilters],
      ["COST", "MONTHLY", "100", "USD", undefined],
    );
  });

  it("notifies at 80% of actual and 100% of forecast spend, to the alert topic, known during preview", async () => {
    const resources = await guard();
    const notifications = only(resources, BUDGET).inputs.notifications;
    assert.deepEqual(
      notifications.map((n: unknown) => [
        at(n, "notificationType"),
        at(n, "threshold"),
        at(n, "thresholdType"),
        at(n, "comparisonOperator"),
      ]),
      [
        ["ACTUAL", 80, "PERCENTAGE", "GREATER_THAN"],
        ["FORECASTED", 100, "PERCENTAGE", "GREATER_THAN"],
      ],
    );
    for (const n of notifications) {
      assert.equal(isUnknown(n.subscriberSnsTopicArns[0]), false);
      assert.match(
        n.subscriberSnsTopicArns[0],
        /^arn:aws:sns:us-east-1:123456789012:spend-alerts-[0-9a-f]{7}$/,
      );
    }
  });

  it("filters the budget to the named services", async () => {
    assert.deepEqual(
      only(await guard({ costFilterServices: ["Amazon Bedrock"] }), BUDGET).inputs.costFilters,
      [{ name: "Service", values: ["Amazon Bedrock"] }],
    );
  });

  it("encrypts the alert topic with its own customer-managed key", async () => {
    assert.match(
      only(await guard({}, "update"), TOPIC).inputs.kmsMasterKeyId,
      /^arn:aws:kms:us-east-1:123456789012:key\//,
    );
  });

  it("lets AWS Budgets and CloudWatch alarms of this account use the topic's key", async () => {
    const statements = statementsOf(only(await guard(), KEY).inputs.policy).filter((s) =>
      s.Sid?.startsWith("ServiceUse"),
    );
    assert.deepEqual(
      statements.map((s) => [
        s.Principal?.Service,
        s.Condition?.StringEquals?.["aws:SourceAccount"],
        s.Condition?.ArnLike?.["aws:SourceArn"],
      ]),
      [
        ["budgets.amazonaws.com", "123456789012", "arn:aws:budgets::123456789012:*"],
        ["cloudwatch.amazonaws.com", "123456789012", "arn:aws:cloudwatch:us-east-1:123456789012:alarm:*"],
      ],
    );
  });

  it("lets only budgets.amazonaws.com and cloudwatch.amazonaws.com of this account publish to the topic", async () => {
    const resources = await guard();
    const statements = statementsOf(only(resources, TOPIC_POLICY).inputs.policy);
    assert.deepEqual(statements[0], {
      Sid: "Publish0",
      Effect: "Allow",
      Principal: { Service: "budgets.amazonaws.com" },
      Action: "sns:Publish",
      Resource: topicArn(resources),
      Condition: {
        StringEquals: { "aws:SourceAccount": "123456789012" },
        ArnLike: { "aws:SourceArn": "arn:aws:budgets::123456789012:*" },
      },
    });
    assert.equal(statements[1].Principal.Service, "cloudwatch.amazonaws.com");
  });

  it("alarms on Bedrock invocations and input tokens per hour", async () => {
    const resources = await guard();
    const invocations = alarm(resources, "spend-invocations");
    const tokens = alarm(resources, "spend-input-tokens");
    assert.deepEqual(
      [
        invocations.namespace,
        invocations.metricName,
        invocations.statistic,
        invocations.period,
        invocations.threshold,
      ],
      ["AWS/Bedrock", "Invocations", "Sum", 3600, 10000],
    );
    assert.deepEqual([tokens.metricName, tokens.threshold], ["InputTokenCount", 5000000]);
  });

  it("alarms when input tokens leave their anomaly-detection band", async () => {
    const a = alarm(await guard(), "spend-input-tokens-anomaly");
    assert.deepEqual([a.comparisonOperator, a.thresholdMetricId], ["GreaterThanUpperThreshold", "band"]);
    const band = a.metricQueries.find((q: unknown) => at(q, "id") === "band");
    assert.equal(at(band, "expression"), "ANOMALY_DETECTION_BAND(tokens, 2)");
    const tokens = a.metricQueries.find((q: unknown) => at(q, "id") === "tokens");
    assert.deepEqual(
      [tokens.metric.namespace, tokens.metric.metricName, tokens.metric.stat],
      ["AWS/Bedrock", "InputTokenCount", "Sum"],
    );
  });

  it("sends every alarm to the alert topic", async () => {
    const resources = await guard();
    for (const a of resources.filter((r) => r.type === ALARM)) {
      assert.deepEqual(a.inputs.alarmActions, [topicArn(resources)]);
    }
  });

  it("watches one model when modelId is given", async () => {
    assert.deepEqual(alarm(await guard({ modelId: "anthropic.claude-v2" }), "spend-invocations").dimensions, {
      ModelId: "anthropic.claude-v2",
    });
  });

  it("subscribes the given e-mail addresses to the topic", async () => {
    const subs = (await guard({ subscriberEmails: ["finops@example.com"] })).filter(
      (r) => r.type === "aws:sns/topicSubscription:TopicSubscription",
    );
    assert.deepEqual(
      subs.map((s) => [s.inputs.protocol, s.inputs.endpoint]),
      [["email", "finops@example.com"]],
    );
  });

  it("plans the notifications and band from plain values", () => {
    assert.equal(budgetNotifications(50, 90)[1].threshold, 90);
    assert.equal(anomalyBandExpression("m1", 3), "ANOMALY_DETECTION_BAND(m1, 3)");
  });

  it("rejects a limit that is not a positive amount", async () => {
    assert.equal(
      await rejection({ monthlyLimitUsd: 0 }),
      'AiCostGuard "spend": monthlyLimitUsd must be a positive number up to 1000000000 (got 0).',
    );
  });

  it("rejects a threshold that is not a whole percentage", async () => {
    assert.equal(
      await rejection({ actualThresholdPercent: 80.5 }),
      'AiCostGuard "spend": actualThresholdPercent must be a whole percentage from 1 to 1000 (got 80.5).',
    );
  });

  it("rejects an address that is not an e-mail address", async () => {
    assert.equal(
      await rejection({ subscriberEmails: ["finops"] }),
      'AiCostGuard "spend": subscriberEmails contains "finops", which is not an e-mail address.',
    );
  });

  it("rejects an anomaly band wider than 10 standard deviations", async () => {
    assert.equal(
      await rejection({ anomalyBandWidth: 20 }),
      'AiCostGuard "spend": anomalyBandWidth must be a positive number up to 10 (got 20).',
    );
  });
});
