import type { CheckContext, ResourcePolicyDefinition, ResourceUnderCheck } from "../../framework/types";
import { iamAiServiceTrustSourceCondition as aiTrust } from "./iam-ai-service-trust-source-condition";
import { CONTROL_SCOPES, NO_SOURCE_CONTEXT_PRINCIPALS } from "../../vocabulary";
import { AI_SERVICE_PRINCIPALS, checkServiceTrust, TRUST_REMEDIATION } from "./lib/trust";
import { IAM_ROLE_TYPE } from "./lib/types";

/**
 * Pure check: roles trusted by other services name the source account or resource. AI service
 * principals are left to the mandatory policy from its scope on, so nothing is reported twice.
 */
export function checkServiceTrustAdvisory(resource: ResourceUnderCheck, context: CheckContext): string[] {
  const aiCovered = context.scope >= aiTrust.minScope;
  return checkServiceTrust(
    resource,
    (service) =>
      !NO_SOURCE_CONTEXT_PRINCIPALS.includes(service) &&
      !(aiCovered && AI_SERVICE_PRINCIPALS.includes(service)),
  );
}

export const iamServiceTrustSourceCondition: ResourcePolicyDefinition = {
  kind: "resource",
  name: "iam-service-trust-source-condition",
  description:
    "Roles that an AWS service may assume limit that trust with an aws:SourceAccount or aws:SourceArn condition (services that run the account's own compute, such as EC2 and Lambda, excepted).",
  rationale:
    "Service principals act for every AWS customer; the source condition is what stops a logging, delivery or pipeline service from being used as a confused deputy against this account's data.",
  severity: "low",
  enforcementLevel: "advisory",
  remediationSteps: TRUST_REMEDIATION,
  minScope: CONTROL_SCOPES.leastPrivilege,
  services: ["iam"],
  resourceTypes: [IAM_ROLE_TYPE],
  mappings: {
    nistCsf: ["PR.AA-05"],
    owaspLlm: ["LLM06"],
    mitreAtlas: ["AML.M0005"],
    cisaNcsc: ["secure-design"],
    seedItems: ["csf.pr-access-chain", "csf.pr-trusted-patterns"],
  },
  check: checkServiceTrustAdvisory,
};
