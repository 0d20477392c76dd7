import type { ResourcePolicyDefinition, ResourceUnderCheck } from "../../framework/types";
import { isTrue } from "../../framework/values";
import { describeRules, ruleSets, type RuleSet } from "./serverless-documents";
import { SERVERLESS_SECURITY_POLICY_TYPE } from "./vectorstore-types";

/** What an encryption policy says about its key. */
export type KeyVerdict = "cmk" | "aws-owned" | "no-key";

/** Judges a parsed encryption policy (one rule set). */
export function judgeEncryption(set: RuleSet): KeyVerdict {
  if (isTrue(set.raw.AWSOwnedKey)) {
    return "aws-owned";
  }
  return typeof set.raw.KmsARN === "string" && set.raw.KmsARN.trim() !== "" ? "cmk" : "no-key";
}

/**
 * Pure check: an encryption security policy uses a customer-managed key. A document that is unknown
 * during preview (it embeds a new key's ARN) is read directly: the verdict depends on it.
 */
export function checkEncryptionPolicyCmk(resource: ResourceUnderCheck): string[] {
  if (resource.props.type !== "encryption") {
    return [];
  }
  const sets = ruleSets(resource.props.policy);
  if (sets === undefined) {
    return ["The encryption policy cannot be checked: its policy is not a valid JSON policy document."];
  }
  const fix = 'set "AWSOwnedKey": false and "KmsARN" to a customer-managed key';
  switch (judgeEncryption(sets[0])) {
    case "aws-owned":
      return [`The encryption policy encrypts ${describeRules(sets[0])} with an AWS-owned key: ${fix}.`];
    case "no-key":
      return [`The encryption policy for ${describeRules(sets[0])} names no key: ${fix}.`];
    default:
      return [];
  }
}

export const opensearchServerlessEncryptionPolicyUsesCmk: ResourcePolicyDefinition = {
  kind: "resource",
  name: "opensearch-serverless-encryption-policy-uses-cmk",
  description:
    "OpenSearch Serverless encryption policies encrypt collections with a customer-managed KMS key, not an AWS-owned key.",
  rationale:
    "A vector collection stores embeddings and the source chunks of your knowledge base; embeddings can be inverted back to text. With an AWS-owned key you cannot restrict, audit or revoke who decrypts them; with your key every read needs your KMS permission and is logged. Applies from scope 3, where the scope model adds an encrypted private vector store.",
  severity: "high",
  enforcementLevel: "mandatory",
  remediationSteps:
    'In the aws.opensearch.ServerlessSecurityPolicy of type "encryption", set the policy to `{"Rules":[{"ResourceType":"collection","Resource":["collection/<name>"]}],"AWSOwnedKey":false,"KmsARN":"<key arn>"}` (build it with pulumi.jsonStringify so the key ARN can be an output).',
  minScope: 3,
  services: ["opensearch", "kms"],
  resourceTypes: [SERVERLESS_SECURITY_POLICY_TYPE],
  mappings: {
    nistCsf: ["PR.DS-01"],
    owaspLlm: ["LLM08", "LLM02"],
    mitreAtlas: ["AML.M0012"],
    cisaNcsc: ["secure-deployment"],
    seedItems: ["csf.pr-encryption", "cisa.dev-asset-protection", "matrix.scope-3"],
  },
  check: (resource) => checkEncryptionPolicyCmk(resource),
};
