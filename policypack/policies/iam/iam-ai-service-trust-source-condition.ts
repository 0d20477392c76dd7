import type { ResourcePolicyDefinition, ResourceUnderCheck } from "../../framework/types";
import { AI_SERVICE_PRINCIPALS, checkServiceTrust, TRUST_REMEDIATION } from "./lib/trust";
import { IAM_ROLE_TYPE } from "./lib/types";
import { CONTROL_SCOPES } from "../../vocabulary";

/** Pure check: roles trusted by Bedrock or SageMaker name the source account or resource. */
export function checkAiServiceTrust(resource: ResourceUnderCheck): string[] {
  return checkServiceTrust(resource, (service) => AI_SERVICE_PRINCIPALS.includes(service));
}

export const iamAiServiceTrustSourceCondition: ResourcePolicyDefinition = {
  kind: "resource",
  name: "iam-ai-service-trust-source-condition",
  description: `Roles that ${AI_SERVICE_PRINCIPALS.join(", ")} may assume limit that trust with an aws:SourceAccount or aws:SourceArn condition.`,
  rationale:
    "Knowledge-base, agent, customization and SageMaker execution roles read training data and vector stores; without a source condition the AI service can be steered into using them for a resource in another account (the confused deputy).",
  severity: "high",
  enforcementLevel: "mandatory",
  remediationSteps: TRUST_REMEDIATION,
  minScope: CONTROL_SCOPES.modelAccess,
  services: ["iam", "bedrock", "sagemaker"],
  resourceTypes: [IAM_ROLE_TYPE],
  mappings: {
    nistCsf: ["PR.AA-05"],
    owaspLlm: ["LLM06"],
    mitreAtlas: ["AML.M0005"],
    cisaNcsc: ["secure-design"],
    seedItems: ["csf.pr-access-chain", "csf.pr-trusted-patterns", "matrix.scope-3"],
  },
  check: (resource) => checkAiServiceTrust(resource),
};
