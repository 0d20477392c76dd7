import type { ResourcePolicyDefinition, ResourceUnderCheck } from "../../framework/types";
import { readAs, isString } from "../../framework/values";
import { CONTROL_SCOPES, isCustomerManagedKey } from "../../vocabulary";
import { SECRET_TYPE } from "./lib/types";

/** Pure check: a secret is encrypted with a customer-managed KMS key. */
export function checkSecretCmk(resource: ResourceUnderCheck): string[] {
  const key = readAs(() => resource.props.kmsKeyId, isString);
  // A key id unknown in preview is the ARN of a key created in the stack: a customer-managed key.
  if (key.state === "unknown" || (key.state === "value" && isCustomerManagedKey(key.value))) {
    return [];
  }
  return [
    "The secret is encrypted with the AWS managed key aws/secretsmanager, whose key policy cannot be restricted: set kmsKeyId to a customer-managed KMS key.",
  ];
}

export const secretsmanagerSecretUsesCmk: ResourcePolicyDefinition = {
  kind: "resource",
  name: "secretsmanager-secret-uses-cmk",
  description:
    "Secrets Manager secrets are encrypted with a customer-managed KMS key (kmsKeyId), not the AWS managed aws/secretsmanager key.",
  rationale:
    "With a key you own, reading a provider API key needs both secretsmanager:GetSecretValue and kms:Decrypt on a key whose policy you control and whose use CloudTrail logs; with the AWS managed key, any principal in the account with GetSecretValue can read it.",
  severity: "medium",
  enforcementLevel: "mandatory",
  remediationSteps:
    "Set `kmsKeyId: key.arn` on the aws.secretsmanager.Secret, using an aws.kms.Key with rotation on and a key policy limited to the roles that read the secret.",
  minScope: CONTROL_SCOPES.customerManagedKeys,
  services: ["secretsmanager", "kms"],
  resourceTypes: [SECRET_TYPE],
  mappings: {
    nistCsf: ["PR.DS-01", "PR.AA-05"],
    owaspLlm: ["LLM02"],
    mitreAtlas: ["AML.M0012", "AML.T0055"],
    cisaNcsc: ["secure-deployment"],
    seedItems: ["checklist.auth-secrets-manager", "csf.pr-encryption", "matrix.scope-1"],
  },
  check: (resource) => checkSecretCmk(resource),
};
