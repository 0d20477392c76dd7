import type { ResourcePolicyDefinition, ResourceUnderCheck } from "../../framework/types";
import { isCustomerKeySet } from "../../framework/references";
import { DOMAIN_TYPE } from "./lib/sagemaker-types";
import { CONTROL_SCOPES } from "../../vocabulary";

/** Pure check: the domain's EFS home directories and app volumes use a customer-managed key. */
export function checkDomainCmk(resource: ResourceUnderCheck): string[] {
  return isCustomerKeySet(() => resource.props.kmsKeyId)
    ? []
    : [
        "The domain's home directories (EFS) and app volumes are encrypted with an AWS-managed key: set kmsKeyId to a customer-managed KMS key.",
      ];
}

export const sagemakerDomainEncryptedWithCmk: ResourcePolicyDefinition = {
  kind: "resource",
  name: "sagemaker-domain-encrypted-with-cmk",
  description:
    "SageMaker Studio domains encrypt their shared EFS home directories and app storage with a customer-managed KMS key.",
  rationale:
    "The domain's EFS volume keeps every user's notebooks, data extracts and model experiments long after the apps stop; a key you own makes that store auditable and revocable. Applies from scope 4, with the other SageMaker controls.",
  severity: "medium",
  enforcementLevel: "mandatory",
  remediationSteps:
    "Set `kmsKeyId` on the aws.sagemaker.Domain to a customer-managed key. The key can only be chosen when the domain is created.",
  minScope: CONTROL_SCOPES.fineTuningWorkloads,
  services: ["sagemaker", "kms", "efs"],
  resourceTypes: [DOMAIN_TYPE],
  mappings: {
    nistCsf: ["PR.DS-01"],
    owaspLlm: ["LLM02"],
    mitreAtlas: ["AML.M0012"],
    cisaNcsc: ["secure-development"],
    seedItems: ["csf.pr-encryption", "cisa.dev-asset-protection"],
  },
  check: (resource) => checkDomainCmk(resource),
};
