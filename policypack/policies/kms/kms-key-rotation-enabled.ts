import type { ResourcePolicyDefinition, ResourceProps, ResourceUnderCheck } from "../../framework/types";
import { readAs, isString } from "../../framework/values";
import { KMS_KEY_TYPE } from "./lib/key-types";
import { setInputs } from "../../framework/remediation";
import { CONTROL_SCOPES } from "../../vocabulary";

/** Only symmetric encryption keys can rotate automatically; other specs are out of scope. */
function isSymmetric(props: ResourceProps): boolean {
  const spec = readAs(() => props.customerMasterKeySpec ?? props.keySpec, isString);
  const usage = readAs(() => props.keyUsage, isString);
  const specOk = spec.state !== "value" || spec.value === "SYMMETRIC_DEFAULT";
  const usageOk = usage.state !== "value" || usage.value === "ENCRYPT_DECRYPT";
  return specOk && usageOk;
}

/** Pure check: a symmetric customer-managed key must rotate its key material. */
export function checkKeyRotation(resource: ResourceUnderCheck): string[] {
  if (!isSymmetric(resource.props)) {
    return [];
  }
  // Reading the flag directly: if it is unknown the decision truly depends on it, and the SDK says so.
  const enabled = resource.props.enableKeyRotation;
  return enabled === true
    ? []
    : ["Key rotation is not enabled: set enableKeyRotation to true (AWS's default is off)."];
}

export const kmsKeyRotationEnabled: ResourcePolicyDefinition = {
  kind: "resource",
  name: "kms-key-rotation-enabled",
  description: "Customer-managed symmetric KMS keys rotate their key material automatically.",
  rationale:
    "Keys protect training data, model artifacts and prompt logs for years; rotation limits how much data one leaked key version exposes.",
  severity: "medium",
  enforcementLevel: "mandatory",
  remediationSteps: "Set `enableKeyRotation: true` on the aws.kms.Key (optionally `rotationPeriodInDays`).",
  minScope: CONTROL_SCOPES.keyManagement,
  services: ["kms"],
  resourceTypes: [KMS_KEY_TYPE],
  mappings: {
    nistCsf: ["PR.DS-01", "PR.PS-01"],
    owaspLlm: ["LLM02"],
    mitreAtlas: ["AML.M0012"],
    cisaNcsc: ["secure-deployment"],
    seedItems: ["csf.pr-encryption", "cisa.deploy-protect-model"],
  },
  check: (resource) => checkKeyRotation(resource),
  remediate: () => setInputs({ enableKeyRotation: true }),
};
