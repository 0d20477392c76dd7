import type { ResourcePolicyDefinition, ResourceUnderCheck } from "../../framework/types";
import { isCustomerKeySet } from "../../framework/references";
import { AGENTCORE_MEMORY_TYPE } from "./lib/types";
import { CONTROL_SCOPES } from "../../vocabulary";

/** Pure check: the agent memory is encrypted with a customer-managed KMS key. */
export function checkMemoryEncryptedWithCmk(resource: ResourceUnderCheck): string[] {
  return isCustomerKeySet(() => resource.props.encryptionKeyArn)
    ? []
    : [
        "The AgentCore memory is encrypted with an AWS-managed key: set encryptionKeyArn to a customer-managed KMS key.",
      ];
}

export const bedrockAgentcoreMemoryEncryptedWithCmk: ResourcePolicyDefinition = {
  kind: "resource",
  name: "bedrock-agentcore-memory-encrypted-with-cmk",
  description: "Bedrock AgentCore memories are encrypted with a customer-managed KMS key.",
  rationale:
    "Agent memory keeps conversation events and the facts extracted from them across sessions, personal data included; a key you own makes every read of it a logged, revocable permission.",
  severity: "medium",
  enforcementLevel: "mandatory",
  remediationSteps:
    "Set `encryptionKeyArn` on the aws.bedrock.AgentcoreMemory to a customer-managed aws.kms.Key that the memory execution role may use.",
  minScope: CONTROL_SCOPES.customerManagedKeys,
  services: ["bedrock-agentcore", "kms"],
  resourceTypes: [AGENTCORE_MEMORY_TYPE],
  mappings: {
    nistCsf: ["PR.DS-01"],
    owaspLlm: ["LLM02", "LLM08"],
    mitreAtlas: ["AML.M0012"],
    cisaNcsc: ["secure-deployment"],
    seedItems: ["csf.pr-encryption", "csf.pr-data-protection"],
  },
  check: (resource) => checkMemoryEncryptedWithCmk(resource),
};
