import type { ResourcePolicyDefinition, ResourceUnderCheck } from "../../framework/types";
import { field, first } from "../../framework/values";
import { isCustomerKeySet } from "../../framework/references";
import { AGENTCORE_TOKEN_VAULT_CMK_TYPE } from "./lib/types";
import { CONTROL_SCOPES } from "../../vocabulary";

/** Pure check: the token vault is set to a customer-managed key, and names it. */
export function checkTokenVaultUsesCmk(resource: ResourceUnderCheck): string[] {
  const kms = first(resource.props.kmsConfiguration);
  // Read directly: the key type is the decision.
  if (field(kms, "keyType") !== "CustomerManagedKey") {
    return [
      'The AgentCore token vault uses a service-managed key: set kmsConfiguration.keyType to "CustomerManagedKey" and kmsKeyArn to your key.',
    ];
  }
  return isCustomerKeySet(() => field(kms, "kmsKeyArn"))
    ? []
    : [
        "The AgentCore token vault is set to a customer-managed key but names none: set kmsConfiguration.kmsKeyArn.",
      ];
}

export const bedrockAgentcoreTokenVaultUsesCmk: ResourcePolicyDefinition = {
  kind: "resource",
  name: "bedrock-agentcore-token-vault-uses-cmk",
  description:
    "The Bedrock AgentCore token vault encrypts stored credentials with a customer-managed KMS key.",
  rationale:
    "The token vault holds the OAuth tokens and API keys agents use to act for users in other systems; whoever can decrypt it can act as every user, so the key must be one you control and audit.",
  severity: "high",
  enforcementLevel: "mandatory",
  remediationSteps:
    'Set `kmsConfiguration: { keyType: "CustomerManagedKey", kmsKeyArn: key.arn }` on the aws.bedrock.AgentcoreTokenVaultCmk, with a key policy that lets AgentCore Identity use it.',
  minScope: CONTROL_SCOPES.customerManagedKeys,
  services: ["bedrock-agentcore", "kms"],
  resourceTypes: [AGENTCORE_TOKEN_VAULT_CMK_TYPE],
  mappings: {
    nistCsf: ["PR.DS-01", "PR.AA-01"],
    owaspLlm: ["LLM02", "LLM06"],
    mitreAtlas: ["AML.M0012"],
    cisaNcsc: ["secure-deployment"],
    seedItems: ["csf.pr-encryption", "checklist.auth-secrets-manager", "cisa.dev-asset-protection"],
  },
  check: (resource) => checkTokenVaultUsesCmk(resource),
};
