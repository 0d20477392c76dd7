import * as aws from "@pulumi/aws";

// Budgets and a usage alarm for an AI workload that warn nobody. Each numbered resource breaks one
// scopeguard cost control and is otherwise in order, so the expected findings (README.md) map one to
// one onto resources. The stack declares scope 1: runaway spend (stolen keys, a looping agent) is a
// risk from the first API call.

// 1. budgets-budget-has-notifications: a budget without any notification.
new aws.budgets.Budget("silent-budget", {
  budgetType: "COST",
  timeUnit: "MONTHLY",
  limitAmount: "1000",
  limitUnit: "USD",
  tags: { "ai-system": "support-bot" },
});

// 2. budgets-budget-has-notifications: notifications that reach no subscriber.
new aws.budgets.Budget("subscriberless-budget", {
  budgetType: "COST",
  timeUnit: "MONTHLY",
  limitAmount: "200",
  limitUnit: "USD",
  costFilters: [{ name: "Service", values: ["Amazon Bedrock"] }],
  notifications: [
    {
      comparisonOperator: "GREATER_THAN",
      threshold: 80,
      thresholdType: "PERCENTAGE",
      notificationType: "ACTUAL",
    },
  ],
  tags: { "ai-system": "support-bot" },
});

// 3. sns-alert-topic-encrypted (advisory): alarm notifications through an unencrypted topic.
const alerts = new aws.sns.Topic("plain-alerts", {});
new aws.sns.TopicSubscription("plain-alerts-oncall", {
  topic: alerts.arn,
  protocol: "email",
  endpoint: "ai-oncall@example.com",
});
new aws.cloudwatch.MetricAlarm("bedrock-invocations", {
  alarmDescription: "Bedrock invocations above 10000 in one hour",
  namespace: "AWS/Bedrock",
  metricName: "Invocations",
  statistic: "Sum",
  period: 3600,
  evaluationPeriods: 1,
  threshold: 10000,
  comparisonOperator: "GreaterThanThreshold",
  treatMissingData: "notBreaching",
  alarmActions: [alerts.arn],
  tags: { "ai-system": "support-bot" },
});
