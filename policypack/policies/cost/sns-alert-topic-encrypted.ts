import type { StackPolicyDefinition, StackResource, StackViolation } from "../../framework/types";
import { readOr } from "../../framework/unknowns";
import { isCustomerKeySet } from "../../framework/references";
import { CONTROL_SCOPES, isAwsManagedKey } from "../../vocabulary";
import { alertTopics } from "./lib/alert-topics";
import { SNS_TOPIC_TYPE } from "./lib/types";

/**
 * An AWS-managed key (`alias/aws/sns` in any form): AWS Budgets and CloudWatch cannot be granted
 * its use, so alerts would be dropped.
 */
function problem(topic: StackResource): string | undefined {
  if (isCustomerKeySet(() => topic.props.kmsMasterKeyId)) {
    return undefined;
  }
  const key = readOr(() => topic.props.kmsMasterKeyId, undefined);
  return typeof key === "string" && isAwsManagedKey(key)
    ? `uses the AWS-managed key ${key}, whose policy cannot let AWS Budgets or CloudWatch publish`
    : "is not encrypted";
}

/** Pure check over the stack: SNS topics that budgets or alarms notify are encrypted with a customer-managed key. */
export function checkAlertTopicsEncrypted(resources: readonly StackResource[]): StackViolation[] {
  return alertTopics(resources).flatMap((topic) => {
    const why = problem(topic);
    return why === undefined
      ? []
      : [
          {
            urn: topic.urn,
            message: `SNS topic "${topic.name}" receives budget or alarm alerts but ${why}: set kmsMasterKeyId to a customer-managed KMS key whose policy allows budgets.amazonaws.com and cloudwatch.amazonaws.com to use it.`,
          },
        ];
  });
}

export const snsAlertTopicEncrypted: StackPolicyDefinition = {
  kind: "stack",
  requiresResourceType: SNS_TOPIC_TYPE,
  name: "sns-alert-topic-encrypted",
  description:
    "SNS topics that AWS Budgets or CloudWatch alarms notify are encrypted with a customer-managed KMS key.",
  rationale:
    "Cost and anomaly alerts name the AI resources, their spend and what is being watched; a customer-managed key keeps that at rest under your control, and the AWS-managed SNS key would silently stop the alerts from being delivered.",
  severity: "low",
  enforcementLevel: "advisory",
  remediationSteps:
    "Set `kmsMasterKeyId` on the aws.sns.Topic to a customer-managed aws.kms.Key whose key policy grants kms:GenerateDataKey* and kms:Decrypt to budgets.amazonaws.com and cloudwatch.amazonaws.com.",
  minScope: CONTROL_SCOPES.customerManagedKeys,
  services: ["sns", "kms", "budgets", "cloudwatch"],
  mappings: {
    nistCsf: ["PR.DS-01", "DE.AE-06"],
    owaspLlm: ["LLM10"],
    mitreAtlas: ["AML.M0012"],
    cisaNcsc: ["secure-operation"],
    seedItems: ["csf.pr-encryption", "blueprint.alerting", "checklist.ops-budget-alerts"],
  },
  check: (resources) => checkAlertTopicsEncrypted(resources),
};
