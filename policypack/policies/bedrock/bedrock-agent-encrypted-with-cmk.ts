import type { ResourcePolicyDefinition, ResourceUnderCheck } from "../../framework/types";
import { isCustomerKeySet } from "../../framework/references";
import { AGENT_TYPE } from "./lib/types";
import { CONTROL_SCOPES } from "../../vocabulary";

/** Pure check: the agent's resources are encrypted with a customer-managed KMS key. */
export function checkAgentEncryptedWithCmk(resource: ResourceUnderCheck): string[] {
  return isCustomerKeySet(() => resource.props.customerEncryptionKeyArn)
    ? []
    : [
        "The agent is encrypted with an AWS-owned key: set customerEncryptionKeyArn to a customer-managed KMS key.",
      ];
}

export const bedrockAgentEncryptedWithCmk: ResourcePolicyDefinition = {
  kind: "resource",
  name: "bedrock-agent-encrypted-with-cmk",
  description:
    "Bedrock agents encrypt their resources (instructions, prompts, session data) with a customer-managed KMS key.",
  rationale:
    "An agent's instructions and prompt overrides are its system prompt, and its sessions hold user conversations; a key you own puts both behind a permission you grant, log and can revoke.",
  severity: "medium",
  enforcementLevel: "mandatory",
  remediationSteps:
    "Set `customerEncryptionKeyArn` on the aws.bedrock.AgentAgent to a customer-managed aws.kms.Key whose policy lets the agent's role and bedrock.amazonaws.com use it.",
  minScope: CONTROL_SCOPES.customerManagedKeys,
  services: ["bedrock", "kms"],
  resourceTypes: [AGENT_TYPE],
  mappings: {
    nistCsf: ["PR.DS-01"],
    owaspLlm: ["LLM02", "LLM07"],
    mitreAtlas: ["AML.M0012"],
    cisaNcsc: ["secure-deployment"],
    seedItems: ["csf.pr-encryption", "cisa.dev-asset-protection"],
  },
  check: (resource) => checkAgentEncryptedWithCmk(resource),
};
