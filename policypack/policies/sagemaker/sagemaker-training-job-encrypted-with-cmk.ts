import type { ResourcePolicyDefinition, ResourceProps, ResourceUnderCheck } from "../../framework/types";
import { asList, field, first } from "../../framework/values";
import { collectFindings } from "../../framework/decidable";
import { isCustomerKeySet } from "../../framework/references";
import { needsVolumeKey } from "./lib/instance-storage";
import { TRAINING_JOB_TYPE } from "./lib/sagemaker-types";
import { CONTROL_SCOPES } from "../../vocabulary";

function instanceTypes(props: ResourceProps): unknown[] {
  const resources = first(props.resourceConfig);
  const groups = asList(field(resources, "instanceGroups")).map((g) => field(g, "instanceType"));
  return [field(resources, "instanceType"), ...groups];
}

function volumeFindings(props: ResourceProps): string[] {
  const resources = first(props.resourceConfig);
  if (
    isCustomerKeySet(() => field(resources, "volumeKmsKeyId")) ||
    !needsVolumeKey(() => instanceTypes(props))
  ) {
    return [];
  }
  return [
    "The training volumes are encrypted with an AWS-managed key: set resourceConfig.volumeKmsKeyId to a customer-managed KMS key (instance types with local NVMe storage, such as ml.p4d, are encrypted by their hardware and need none).",
  ];
}

function outputFindings(props: ResourceProps): string[] {
  return isCustomerKeySet(() => field(first(props.outputDataConfig), "kmsKeyId"))
    ? []
    : [
        "The model artifacts are written to S3 without a customer-managed key: set outputDataConfig.kmsKeyId.",
      ];
}

/** Pure check: a training job's volumes and output are encrypted with customer-managed keys. */
export function checkTrainingJobCmk(resource: ResourceUnderCheck): string[] {
  return collectFindings(
    () => volumeFindings(resource.props),
    () => outputFindings(resource.props),
  );
}

export const sagemakerTrainingJobEncryptedWithCmk: ResourcePolicyDefinition = {
  kind: "resource",
  name: "sagemaker-training-job-encrypted-with-cmk",
  description:
    "SageMaker training jobs encrypt their storage volumes and their output artifacts with customer-managed KMS keys.",
  rationale:
    "Training volumes hold the full training set during the job and the output is the model itself; a key you own means reading either needs your KMS permission, leaves a trail, and can be cut off. Applies from scope 4, where customisation jobs use a CMK.",
  severity: "high",
  enforcementLevel: "mandatory",
  remediationSteps:
    "On the aws.sagemaker.TrainingJob set `outputDataConfig.kmsKeyId` and `resourceConfig.volumeKmsKeyId` to customer-managed keys; leave the volume key out for instance types with local NVMe storage (ml.p4d, ml.p5, ml.g5, ml.trn1...), which AWS encrypts in hardware and for which it rejects a key.",
  minScope: CONTROL_SCOPES.fineTuningWorkloads,
  services: ["sagemaker", "kms"],
  resourceTypes: [TRAINING_JOB_TYPE],
  mappings: {
    nistCsf: ["PR.DS-01"],
    owaspLlm: ["LLM02", "LLM04"],
    mitreAtlas: ["AML.M0012", "AML.T0035"],
    cisaNcsc: ["secure-development"],
    seedItems: ["csf.pr-encryption", "cisa.dev-asset-protection", "matrix.scope-4"],
  },
  check: (resource) => checkTrainingJobCmk(resource),
};
