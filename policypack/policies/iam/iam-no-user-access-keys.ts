import type { ResourcePolicyDefinition, ResourceUnderCheck } from "../../framework/types";
import { readAs, isString } from "../../framework/values";
import { IAM_ACCESS_KEY_TYPE } from "./lib/types";
import { CONTROL_SCOPES } from "../../vocabulary";

/** Pure check: the stack creates no active long-lived access key for an IAM user. */
export function checkNoUserAccessKeys(resource: ResourceUnderCheck): string[] {
  // An unknown status is not "Inactive": AWS creates keys active, and a computed status is rare enough to report.
  const status = readAs(() => resource.props.status, isString);
  if (status.state === "value" && status.value === "Inactive") {
    return [];
  }
  const user = readAs(() => resource.props.user, isString);
  const whose = user.state === "value" ? `IAM user "${user.value}"` : "an IAM user";
  return [
    `Creates a long-lived access key for ${whose}: give the workload an IAM role (instance profile, task role, IRSA, IAM Roles Anywhere) whose credentials expire, instead of a key that lives until someone deletes it.`,
  ];
}

export const iamNoUserAccessKeys: ResourcePolicyDefinition = {
  kind: "resource",
  name: "iam-no-user-access-keys",
  description: "The stack creates no active access keys for IAM users.",
  rationale:
    "Long-lived keys end up in notebooks, CI variables and container images; leaked AWS keys are how attackers reach Bedrock to run models on someone else's bill (LLMjacking) and read training data.",
  severity: "high",
  enforcementLevel: "mandatory",
  remediationSteps:
    'Remove the aws.iam.AccessKey and grant the workload an aws.iam.Role it assumes (EC2 instance profile, ECS task role, EKS pod identity, IAM Roles Anywhere for on-premises callers); if a key must exist for a migration, set `status: "Inactive"` until it is used, or record an exemption with an expiry date.',
  minScope: CONTROL_SCOPES.workloadRoles,
  services: ["iam"],
  resourceTypes: [IAM_ACCESS_KEY_TYPE],
  mappings: {
    nistCsf: ["PR.AA-01", "PR.AA-05"],
    owaspLlm: ["LLM10"],
    mitreAtlas: ["AML.T0012", "AML.T0055"],
    cisaNcsc: ["secure-deployment"],
    seedItems: ["checklist.auth-key-rotation", "csf.pr-access-chain", "blueprint.access-mfa-rbac"],
  },
  check: (resource) => checkNoUserAccessKeys(resource),
};
