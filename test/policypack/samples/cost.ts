import { AwsType, PulumiType } from "../../../policypack/vocabulary";
import { r, resourceSample, stackSample, withOddProps, type DomainSamples } from "./sample";
import { UNKNOWN } from "./values";

const root = r(PulumiType.Stack, "proj-dev", {});
const guardrail = r(AwsType.bedrock.Guardrail, "gr", { name: "gr" });
const notice = (subscribers: Record<string, unknown>) => ({
  comparisonOperator: "GREATER_THAN",
  notificationType: "FORECASTED",
  threshold: 100,
  thresholdType: "PERCENTAGE",
  ...subscribers,
});
const BUDGET = { budgetType: "COST", timeUnit: "MONTHLY", limitAmount: "100" };
const alertTopic = (props: Record<string, unknown> = {}) =>
  r(AwsType.sns.Topic, "alerts", { name: "alerts-7f3e2d1", arn: UNKNOWN, ...props });
const notifyingBudget = r(
  AwsType.budgets.Budget,
  "monthly",
  { ...BUDGET, notifications: [notice({ subscriberSnsTopicArns: [UNKNOWN] })] },
  { dependsOn: { notifications: ["alerts"] } },
);

/** Props no cost policy may choke on, on top of the shared ones. */
const COST_ODD_PROPS = [
  { notifications: "n", alarmActions: 4, kmsMasterKeyId: [] },
  { notifications: [null, 3, { subscriberSnsTopicArns: "arn" }], okActions: [null, {}], name: 7, arn: {} },
];

/** Samples of the cost policies: a budget for an AI stack, who it notifies, and how. */
export const COST_SAMPLES: DomainSamples = withOddProps(
  {
    "budgets-ai-stack-has-budget": stackSample({
      failing: [root, guardrail],
      passing: [root, guardrail, r(AwsType.budgets.Budget, "monthly", BUDGET)],
      subject: "proj-dev",
      oddResources: [r(AwsType.ec2.Instance, "odd-host", {}), r(AwsType.budgets.Budget, "odd-budget", {})],
      message:
        'The stack holds AI resources ("gr", aws:bedrock/guardrail:Guardrail) but no aws.budgets.Budget: add a COST budget with a limit and notifications, or exempt the stack if an account budget already covers it.',
    }),
    "budgets-budget-has-notifications": resourceSample(
      AwsType.budgets.Budget,
      BUDGET,
      { ...BUDGET, notifications: [notice({ subscriberEmailAddresses: ["finops@example.com"] })] },
      "The budget notifies nobody: add notifications (for example ACTUAL at 80% and FORECASTED at 100%) with subscriberEmailAddresses or subscriberSnsTopicArns.",
    ),
    "sns-alert-topic-encrypted": stackSample({
      failing: [alertTopic(), notifyingBudget],
      passing: [alertTopic({ kmsMasterKeyId: UNKNOWN }), notifyingBudget],
      subject: "alerts",
      oddResources: [r(AwsType.cloudwatch.MetricAlarm, "odd-alarm", {})],
      message:
        'SNS topic "alerts" receives budget or alarm alerts but is not encrypted: set kmsMasterKeyId to a customer-managed KMS key whose policy allows budgets.amazonaws.com and cloudwatch.amazonaws.com to use it.',
    }),
  },
  COST_ODD_PROPS,
);
