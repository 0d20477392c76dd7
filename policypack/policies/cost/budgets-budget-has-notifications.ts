import type { ResourcePolicyDefinition, ResourceUnderCheck } from "../../framework/types";
import { asList, field } from "../../framework/values";
import { isReferenceSet } from "../../framework/references";
import { BUDGET_TYPE } from "./lib/types";
import { CONTROL_SCOPES } from "../../vocabulary";

/** True when the notification reaches someone: an e-mail address or an SNS topic (unknown ARNs count). */
function hasSubscriber(notification: unknown): boolean {
  return (
    isReferenceSet(() => field(notification, "subscriberEmailAddresses"), "list") ||
    isReferenceSet(() => field(notification, "subscriberSnsTopicArns"), "list")
  );
}

/** Pure check: the budget notifies at least one subscriber when a threshold is crossed. */
export function checkBudgetHasNotifications(resource: ResourceUnderCheck): string[] {
  const notifications = asList(resource.props.notifications);
  if (notifications.length === 0) {
    return [
      "The budget notifies nobody: add notifications (for example ACTUAL at 80% and FORECASTED at 100%) with subscriberEmailAddresses or subscriberSnsTopicArns.",
    ];
  }
  return notifications.some(hasSubscriber)
    ? []
    : [
        "None of the budget's notifications has a subscriber: set subscriberEmailAddresses or subscriberSnsTopicArns.",
      ];
}

export const budgetsBudgetHasNotifications: ResourcePolicyDefinition = {
  kind: "resource",
  name: "budgets-budget-has-notifications",
  description: "AWS Budgets notify at least one e-mail address or SNS topic when a threshold is crossed.",
  rationale:
    "A budget without subscribers records the overspend of a hijacked model endpoint but tells no one while it can still be stopped.",
  severity: "medium",
  enforcementLevel: "mandatory",
  remediationSteps:
    'Add to the aws.budgets.Budget `notifications: [{ comparisonOperator: "GREATER_THAN", notificationType: "FORECASTED", threshold: 100, thresholdType: "PERCENTAGE", subscriberSnsTopicArns: [topic.arn] }]` (and an ACTUAL one), or subscriberEmailAddresses.',
  minScope: CONTROL_SCOPES.costGuardrails,
  services: ["budgets"],
  resourceTypes: [BUDGET_TYPE],
  mappings: {
    nistCsf: ["DE.CM-09", "DE.AE-06"],
    owaspLlm: ["LLM10"],
    mitreAtlas: ["AML.T0034"],
    cisaNcsc: ["secure-operation"],
    seedItems: ["checklist.ops-budget-alerts", "checklist.mon-anomaly-alerts", "blueprint.alerting"],
  },
  check: (resource) => checkBudgetHasNotifications(resource),
};
