import type { ResourcePolicyDefinition, ResourceUnderCheck } from "../../framework/types";
import { field, first } from "../../framework/values";
import { ECR_REPOSITORY_TYPE } from "./lib/ecr-types";
import { isCustomerKeySet } from "../../framework/references";
import { CONTROL_SCOPES } from "../../vocabulary";

const KMS_TYPES = new Set(["KMS", "KMS_DSSE"]);

/** Pure check: the repository encrypts images with a customer-managed KMS key. */
export function checkRepositoryCmk(resource: ResourceUnderCheck): string[] {
  const configuration = first(resource.props.encryptionConfigurations);
  const encryptionType = field(configuration, "encryptionType");
  if (typeof encryptionType !== "string" || !KMS_TYPES.has(encryptionType)) {
    return [
      'Images are encrypted with an AWS-owned key (AES256, AWS\'s default): set encryptionConfigurations to [{ encryptionType: "KMS", kmsKey: key.arn }].',
    ];
  }
  return isCustomerKeySet(() => field(configuration, "kmsKey"))
    ? []
    : [
        "Images are encrypted with the AWS-managed aws/ecr key: set encryptionConfigurations[0].kmsKey to a customer-managed key.",
      ];
}

export const ecrRepositoryEncryptedWithCmk: ResourcePolicyDefinition = {
  kind: "resource",
  name: "ecr-repository-encrypted-with-cmk",
  description: "ECR repositories encrypt their images with a customer-managed KMS key.",
  rationale:
    "Serving images often bake in model weights, tokenizers and system prompts; with a key you own, pulling them needs KMS permission as well as ECR permission, and every use of the key is logged. Applies from scope 4, with the other registry controls.",
  severity: "medium",
  enforcementLevel: "mandatory",
  remediationSteps:
    'Set `encryptionConfigurations: [{ encryptionType: "KMS", kmsKey: key.arn }]` on the aws.ecr.Repository. The setting can only be chosen when the repository is created: create a new repository and copy the images.',
  minScope: CONTROL_SCOPES.imageScanning,
  services: ["ecr", "kms"],
  resourceTypes: [ECR_REPOSITORY_TYPE],
  mappings: {
    nistCsf: ["PR.DS-01"],
    owaspLlm: ["LLM02", "LLM07"],
    mitreAtlas: ["AML.M0012", "AML.T0035"],
    cisaNcsc: ["secure-development"],
    seedItems: ["csf.pr-encryption", "cisa.dev-asset-protection", "cisa.deploy-protect-model"],
  },
  check: (resource) => checkRepositoryCmk(resource),
};
