import type { ResourcePolicyDefinition, ResourceProps, ResourceUnderCheck } from "../../framework/types";
import { field, first } from "../../framework/values";
import { collectFindings } from "../../framework/decidable";
import { isReferenceSet } from "../../framework/references";
import { TRAINING_JOB_TYPE } from "./lib/sagemaker-types";
import { CONTROL_SCOPES } from "../../vocabulary";

function vpcFindings(props: ResourceProps): string[] {
  return isReferenceSet(() => field(first(props.vpcConfig), "subnets"))
    ? []
    : ["The training job does not run in your VPC: set vpcConfig with private subnets and securityGroupIds."];
}

function isolationFindings(props: ResourceProps): string[] {
  return props.enableNetworkIsolation === true
    ? []
    : [
        "The training containers can open network connections: set enableNetworkIsolation to true (AWS's default is false).",
      ];
}

/** Pure check: the training job runs in your VPC with its containers network-isolated. */
export function checkTrainingJobNetworkIsolated(resource: ResourceUnderCheck): string[] {
  return collectFindings(
    () => vpcFindings(resource.props),
    () => isolationFindings(resource.props),
  );
}

export const sagemakerTrainingJobNetworkIsolated: ResourcePolicyDefinition = {
  kind: "resource",
  name: "sagemaker-training-job-network-isolated",
  description:
    "SageMaker training jobs run inside your VPC with network isolation enabled for their containers.",
  rationale:
    "A training container reads the whole training set and writes the model; network isolation means a malicious dependency or a poisoned training script cannot send either out (SageMaker itself still downloads inputs and uploads outputs), and the VPC keeps that traffic behind your endpoints and flow logs. Applies from scope 4, where customisation jobs run in the VPC.",
  severity: "high",
  enforcementLevel: "mandatory",
  remediationSteps:
    "Set `vpcConfig: { subnets, securityGroupIds }` (private subnets with S3 and ECR endpoints) and `enableNetworkIsolation: true` on the aws.sagemaker.TrainingJob.",
  minScope: CONTROL_SCOPES.fineTuningWorkloads,
  services: ["sagemaker"],
  resourceTypes: [TRAINING_JOB_TYPE],
  mappings: {
    nistCsf: ["PR.IR-01", "PR.DS-01"],
    owaspLlm: ["LLM03", "LLM04"],
    mitreAtlas: ["AML.M0005", "AML.T0025", "AML.T0010"],
    cisaNcsc: ["secure-development"],
    seedItems: ["checklist.supply-isolated-self-hosted", "cisa.dev-asset-protection", "matrix.scope-4"],
  },
  check: (resource) => checkTrainingJobNetworkIsolated(resource),
};
