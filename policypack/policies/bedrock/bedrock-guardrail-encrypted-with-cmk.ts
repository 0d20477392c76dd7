import type { ResourcePolicyDefinition, ResourceUnderCheck } from "../../framework/types";
import { isCustomerKeySet } from "../../framework/references";
import { GUARDRAIL_TYPE } from "./lib/types";
import { CONTROL_SCOPES } from "../../vocabulary";

/** Pure check: the guardrail's configuration is encrypted with a customer-managed KMS key. */
export function checkGuardrailEncryptedWithCmk(resource: ResourceUnderCheck): string[] {
  return isCustomerKeySet(() => resource.props.kmsKeyArn)
    ? []
    : ["The guardrail is encrypted with an AWS-owned key: set kmsKeyArn to a customer-managed KMS key."];
}

export const bedrockGuardrailEncryptedWithCmk: ResourcePolicyDefinition = {
  kind: "resource",
  name: "bedrock-guardrail-encrypted-with-cmk",
  description: "Bedrock guardrails are encrypted with a customer-managed KMS key.",
  rationale:
    "A guardrail's denied topics, word lists and regexes describe exactly what the application must not say or leak; with a key you own, reading them needs KMS permission that you grant and audit.",
  severity: "medium",
  enforcementLevel: "mandatory",
  remediationSteps:
    "Set `kmsKeyArn` on the aws.bedrock.Guardrail to the ARN of a customer-managed aws.kms.Key whose policy lets Bedrock use it.",
  minScope: CONTROL_SCOPES.customerManagedKeys,
  services: ["bedrock", "kms"],
  resourceTypes: [GUARDRAIL_TYPE],
  mappings: {
    nistCsf: ["PR.DS-01"],
    owaspLlm: ["LLM07"],
    mitreAtlas: ["AML.M0012"],
    cisaNcsc: ["secure-deployment"],
    seedItems: ["csf.pr-encryption", "csf.pr-data-protection"],
  },
  check: (resource) => checkGuardrailEncryptedWithCmk(resource),
};
