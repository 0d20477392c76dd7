import type { ResourcePolicyDefinition, ResourceUnderCheck } from "../../framework/types";
import { isCustomerKeySet } from "../../framework/references";
import { CUSTOM_MODEL_TYPE } from "./lib/types";
import { CONTROL_SCOPES } from "../../vocabulary";

/** Pure check: the custom model's weights are encrypted with a customer-managed KMS key. */
export function checkCustomModelEncryptedWithCmk(resource: ResourceUnderCheck): string[] {
  return isCustomerKeySet(() => resource.props.customModelKmsKeyId)
    ? []
    : [
        "The custom model is encrypted with an AWS-owned key: set customModelKmsKeyId to a customer-managed KMS key.",
      ];
}

export const bedrockCustomModelEncryptedWithCmk: ResourcePolicyDefinition = {
  kind: "resource",
  name: "bedrock-custom-model-encrypted-with-cmk",
  description: "Bedrock custom (fine-tuned) models are encrypted with a customer-managed KMS key.",
  rationale:
    "A fine-tuned model embeds its training data and is the most valuable artifact the business owns; a key you control lets you restrict, audit and, if needed, cut off every use of it.",
  severity: "high",
  enforcementLevel: "mandatory",
  remediationSteps:
    "Set `customModelKmsKeyId` on the aws.bedrock.CustomModel to a customer-managed aws.kms.Key (scopeguard's model-artifact key) whose policy lets the customization role use it.",
  minScope: CONTROL_SCOPES.customerManagedKeys,
  services: ["bedrock", "kms"],
  resourceTypes: [CUSTOM_MODEL_TYPE],
  mappings: {
    nistCsf: ["PR.DS-01"],
    owaspLlm: ["LLM02", "LLM03"],
    mitreAtlas: ["AML.M0012", "AML.T0035"],
    cisaNcsc: ["secure-development"],
    seedItems: ["csf.pr-encryption", "cisa.deploy-protect-model", "cisa.dev-asset-protection"],
  },
  check: (resource) => checkCustomModelEncryptedWithCmk(resource),
};
