import type { ResourcePolicyDefinition, ResourceUnderCheck } from "../../framework/types";
import { isCustomerKeySet } from "../../framework/references";
import { NOTEBOOK_INSTANCE_TYPE } from "./lib/sagemaker-types";
import { CONTROL_SCOPES } from "../../vocabulary";

/** Pure check: the notebook's ML storage volume is encrypted with a customer-managed key. */
export function checkNotebookCmk(resource: ResourceUnderCheck): string[] {
  return isCustomerKeySet(() => resource.props.kmsKeyId)
    ? []
    : [
        "The notebook's storage volume is encrypted with an AWS-managed key: set kmsKeyId to a customer-managed KMS key.",
      ];
}

export const sagemakerNotebookEncryptedWithCmk: ResourcePolicyDefinition = {
  kind: "resource",
  name: "sagemaker-notebook-encrypted-with-cmk",
  description:
    "SageMaker notebook instances encrypt their ML storage volume with a customer-managed KMS key.",
  rationale:
    "Notebook volumes collect samples of training data, intermediate checkpoints and cached credentials, and outlive the sessions that wrote them; a key you own makes that data unreadable without KMS permission and logs every use. Applies from scope 4, where notebooks work on your own data.",
  severity: "medium",
  enforcementLevel: "mandatory",
  remediationSteps:
    "Set `kmsKeyId` on the aws.sagemaker.NotebookInstance to a customer-managed key (scopeguard's ScopedKey). AWS replaces the notebook when the key changes: move its files to S3 first.",
  minScope: CONTROL_SCOPES.fineTuningWorkloads,
  services: ["sagemaker", "kms"],
  resourceTypes: [NOTEBOOK_INSTANCE_TYPE],
  mappings: {
    nistCsf: ["PR.DS-01"],
    owaspLlm: ["LLM02"],
    mitreAtlas: ["AML.M0012"],
    cisaNcsc: ["secure-development"],
    seedItems: ["csf.pr-encryption", "csf.pr-data-protection", "cisa.dev-asset-protection"],
  },
  check: (resource) => checkNotebookCmk(resource),
};
