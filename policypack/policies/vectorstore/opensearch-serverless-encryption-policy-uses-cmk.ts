import { dependenciesOf } from "../../framework/target-index";
import type { StackPolicyDefinition, StackResource, StackViolation } from "../../framework/types";
import { attempt, readOr } from "../../framework/unknowns";
import { isTrue } from "../../framework/values";
import { AwsType, CONTROL_SCOPES, isCustomerManagedKey } from "../../vocabulary";
import { KMS_KEY_TYPE } from "../kms/lib/key-types";
import { describeRules, ruleSets, type RuleSet } from "./lib/serverless-documents";
import { SERVERLESS_SECURITY_POLICY_TYPE } from "./lib/vectorstore-types";

/** What an encryption policy says about its key. */
export type KeyVerdict = "cmk" | "aws-owned" | "no-key";

/** The resources whose ARN can stand for a customer-managed key in `KmsARN`. */
const KEY_TYPES: ReadonlySet<string> = new Set([KMS_KEY_TYPE, AwsType.kms.Alias, AwsType.kms.ReplicaKey]);

/** Judges a parsed encryption policy (one rule set). */
export function judgeEncryption(set: RuleSet): KeyVerdict {
  if (isTrue(set.raw.AWSOwnedKey)) {
    return "aws-owned";
  }
  return typeof set.raw.KmsARN === "string" && isCustomerManagedKey(set.raw.KmsARN) ? "cmk" : "no-key";
}

/** Whether the program computed the policy's document from a KMS key of the stack. */
export function computedFromStackKey(policy: StackResource): boolean {
  return dependenciesOf(policy, "policy").some((d) => KEY_TYPES.has(d.type));
}

const FIX = 'set "AWSOwnedKey": false and "KmsARN" to a customer-managed key';

/** The message for a known document, or `undefined` when it names a customer-managed key. */
export function documentFinding(document: unknown): string | undefined {
  const sets = ruleSets(document);
  if (sets === undefined) {
    return "The encryption policy cannot be checked: its policy is not a valid JSON policy document.";
  }
  switch (judgeEncryption(sets[0])) {
    case "aws-owned":
      return `The encryption policy encrypts ${describeRules(sets[0])} with an AWS-owned key: ${FIX}.`;
    case "no-key":
      return `The encryption policy for ${describeRules(sets[0])} names no key: ${FIX}.`;
    default:
      return undefined;
  }
}

/**
 * Pure check over the stack: every encryption security policy uses a customer-managed key.
 *
 * During preview the document of a policy that embeds the ARN of a key created in the same stack is
 * unknown as a whole, but Pulumi records that it was computed from that key: such a policy uses the
 * key, and passes. An unknown document computed from no key of the stack truly depends on the
 * unknown value (it may name an existing key, or set `AWSOwnedKey`); it is skipped while another
 * policy already fails, and otherwise the SDK's error is let through, so the preview says the
 * policy could not decide instead of passing it.
 */
export function checkEncryptionPoliciesUseCmk(resources: readonly StackResource[]): StackViolation[] {
  const violations: StackViolation[] = [];
  let undecided: Error | undefined;
  for (const r of resources) {
    if (
      r.type !== SERVERLESS_SECURITY_POLICY_TYPE ||
      readOr(() => r.props.type, undefined) !== "encryption"
    ) {
      continue;
    }
    const finding = attempt(() => documentFinding(r.props.policy));
    if (finding.ok) {
      if (finding.value !== undefined) {
        violations.push({ urn: r.urn, message: finding.value });
      }
    } else if (!computedFromStackKey(r)) {
      undecided ??= finding.error;
    }
  }
  if (violations.length === 0 && undecided !== undefined) {
    throw undecided;
  }
  return violations;
}

export const opensearchServerlessEncryptionPolicyUsesCmk: StackPolicyDefinition = {
  kind: "stack",
  requiresResourceType: SERVERLESS_SECURITY_POLICY_TYPE,
  name: "opensearch-serverless-encryption-policy-uses-cmk",
  description:
    "OpenSearch Serverless encryption policies encrypt collections with a customer-managed KMS key, not an AWS-owned key.",
  rationale:
    "A vector collection stores embeddings and the source chunks of your knowledge base; embeddings can be inverted back to text. With an AWS-owned key you cannot restrict, audit or revoke who decrypts them; with your key every read needs your KMS permission and is logged. It is a stack policy so that, during preview, a document that embeds the ARN of a key created in the same stack (unknown until the key exists) is judged by its dependency on that key. Applies from scope 3, where the scope model adds an encrypted private vector store.",
  severity: "high",
  enforcementLevel: "mandatory",
  remediationSteps:
    'In the aws.opensearch.ServerlessSecurityPolicy of type "encryption", set the policy to `{"Rules":[{"ResourceType":"collection","Resource":["collection/<name>"]}],"AWSOwnedKey":false,"KmsARN":"<key arn>"}` (build it with pulumi.jsonStringify so the key ARN can be an output).',
  minScope: CONTROL_SCOPES.vectorStores,
  services: ["opensearch", "kms"],
  mappings: {
    nistCsf: ["PR.DS-01"],
    owaspLlm: ["LLM08", "LLM02"],
    mitreAtlas: ["AML.M0012"],
    cisaNcsc: ["secure-deployment"],
    seedItems: ["csf.pr-encryption", "cisa.dev-asset-protection", "matrix.scope-3"],
  },
  check: (resources) => checkEncryptionPoliciesUseCmk(resources),
};
