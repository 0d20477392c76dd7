import type { ResourcePolicyDefinition, ResourceProps, ResourceUnderCheck } from "../../framework/types";
import { tryRead } from "../../framework/unknowns";
import { asList, field, first } from "../../framework/values";
import { TRAINING_JOB_TYPE } from "./lib/sagemaker-types";
import { CONTROL_SCOPES } from "../../vocabulary";

/** A job with more than one instance, or with instance groups, exchanges data between instances. */
function isDistributed(props: ResourceProps): boolean {
  const resources = first(props.resourceConfig);
  const count = field(resources, "instanceCount");
  return (typeof count === "number" && count > 1) || asList(field(resources, "instanceGroups")).length > 0;
}

/** Pure check: a distributed training job encrypts traffic between its instances. */
export function checkInterContainerEncryption(resource: ResourceUnderCheck): string[] {
  const distributed = tryRead(() => isDistributed(resource.props));
  if (
    (distributed.known && !distributed.value) ||
    resource.props.enableInterContainerTrafficEncryption === true
  ) {
    return [];
  }
  if (!distributed.known) {
    isDistributed(resource.props); // the verdict depends on the unknown instance count: let the SDK say so
  }
  return [
    "Traffic between the training instances is not encrypted: set enableInterContainerTrafficEncryption to true (AWS's default is false).",
  ];
}

export const sagemakerTrainingJobInterContainerEncryption: ResourcePolicyDefinition = {
  kind: "resource",
  name: "sagemaker-training-job-inter-container-encryption",
  description:
    "Distributed SageMaker training jobs (more than one instance) encrypt the traffic between their instances.",
  rationale:
    "Distributed training sends gradients, parameters and batches of training data between instances; unencrypted, anyone who can observe that network sees the data and the model as it forms. A single-instance job has no such traffic and is not flagged. Applies from scope 4.",
  severity: "medium",
  enforcementLevel: "mandatory",
  remediationSteps:
    "Set `enableInterContainerTrafficEncryption: true` on the aws.sagemaker.TrainingJob (it slows distributed training somewhat; the job is re-created when the setting changes).",
  minScope: CONTROL_SCOPES.fineTuningWorkloads,
  services: ["sagemaker"],
  resourceTypes: [TRAINING_JOB_TYPE],
  mappings: {
    nistCsf: ["PR.DS-02"],
    owaspLlm: ["LLM02"],
    mitreAtlas: ["AML.M0012"],
    cisaNcsc: ["secure-development"],
    seedItems: ["csf.pr-encryption", "cisa.dev-asset-protection"],
  },
  check: (resource) => checkInterContainerEncryption(resource),
};
