import type { ResourcePolicyDefinition, ResourceUnderCheck } from "../../framework/types";
import { isCustomerKeySet } from "../../framework/references";
import { TRAIL_TYPE } from "./lib/types";
import { CONTROL_SCOPES } from "../../vocabulary";

/** Pure check: the trail encrypts its log files with a customer-managed KMS key. */
export function checkTrailEncryptedWithCmk(resource: ResourceUnderCheck): string[] {
  return isCustomerKeySet(() => resource.props.kmsKeyId)
    ? []
    : ["The trail's log files are encrypted only with SSE-S3: set kmsKeyId to a customer-managed KMS key."];
}

export const cloudtrailTrailEncryptedWithCmk: ResourcePolicyDefinition = {
  kind: "resource",
  name: "cloudtrail-trail-encrypted-with-cmk",
  description: "CloudTrail trails encrypt their log files with a customer-managed KMS key.",
  rationale:
    "The trail lists every principal, model and bucket the AI system touches; with a key you own, reading it needs a separate, logged KMS permission on top of bucket access.",
  severity: "medium",
  enforcementLevel: "mandatory",
  remediationSteps:
    "Set `kmsKeyId` on the aws.cloudtrail.Trail to a customer-managed aws.kms.Key whose policy lets cloudtrail.amazonaws.com encrypt with it.",
  minScope: CONTROL_SCOPES.customerManagedKeys,
  services: ["cloudtrail", "kms"],
  resourceTypes: [TRAIL_TYPE],
  mappings: {
    nistCsf: ["PR.DS-01"],
    owaspLlm: ["LLM02"],
    mitreAtlas: ["AML.M0012"],
    cisaNcsc: ["secure-operation"],
    seedItems: ["csf.pr-encryption", "csf.pr-logging"],
  },
  check: (resource) => checkTrailEncryptedWithCmk(resource),
};
