import type { ResourcePolicyDefinition, ResourceUnderCheck } from "../../framework/types";
import { isCustomerKeySet } from "../../framework/references";
import { LOG_GROUP_TYPE } from "./lib/types";
import { CONTROL_SCOPES } from "../../vocabulary";

/** Pure check: the log group encrypts its events with a customer-managed KMS key. */
export function checkLogGroupEncryptedWithCmk(resource: ResourceUnderCheck): string[] {
  return isCustomerKeySet(() => resource.props.kmsKeyId)
    ? []
    : [
        "The log group is encrypted only with the CloudWatch Logs service key: set kmsKeyId to a customer-managed KMS key ARN.",
      ];
}

export const cloudwatchLogGroupEncryptedWithCmk: ResourcePolicyDefinition = {
  kind: "resource",
  name: "cloudwatch-log-group-encrypted-with-cmk",
  description: "CloudWatch log groups encrypt their events with a customer-managed KMS key.",
  rationale:
    "AI workloads log prompts, completions and tool calls, which carry user data; with a key you own, reading the logs needs a KMS grant you control, and disabling the key cuts off a leaked log.",
  severity: "medium",
  enforcementLevel: "mandatory",
  remediationSteps:
    "Set `kmsKeyId` on the aws.cloudwatch.LogGroup to the ARN of a customer-managed aws.kms.Key whose policy allows logs.<region>.amazonaws.com with an encryption-context condition on the log group ARN.",
  minScope: CONTROL_SCOPES.customerManagedKeys,
  services: ["logs", "kms"],
  resourceTypes: [LOG_GROUP_TYPE],
  mappings: {
    nistCsf: ["PR.DS-01"],
    owaspLlm: ["LLM02"],
    mitreAtlas: ["AML.M0012"],
    cisaNcsc: ["secure-operation"],
    seedItems: ["csf.pr-encryption", "csf.pr-data-protection"],
  },
  check: (resource) => checkLogGroupEncryptedWithCmk(resource),
};
