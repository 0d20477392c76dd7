import type { ResourcePolicyDefinition, ResourceProps, ResourceUnderCheck } from "../../framework/types";
import { field, first } from "../../framework/values";
import { collectFindings } from "../../framework/decidable";
import { isReferenceSet } from "../../framework/references";
import { MODEL_TYPE } from "./lib/sagemaker-types";
import { CONTROL_SCOPES } from "../../vocabulary";

function isolationFindings(props: ResourceProps): string[] {
  return props.enableNetworkIsolation === true
    ? []
    : [
        "The model's containers can open network connections: set enableNetworkIsolation to true (AWS's default is false).",
      ];
}

function vpcFindings(props: ResourceProps): string[] {
  return isReferenceSet(() => field(first(props.vpcConfig), "subnets"))
    ? []
    : ["The model is not hosted in your VPC: set vpcConfig with private subnets and securityGroupIds."];
}

/** Pure check: the model's containers run with network isolation, inside your VPC. */
export function checkModelNetworkIsolated(resource: ResourceUnderCheck): string[] {
  return collectFindings(
    () => isolationFindings(resource.props),
    () => vpcFindings(resource.props),
  );
}

export const sagemakerModelNetworkIsolated: ResourcePolicyDefinition = {
  kind: "resource",
  name: "sagemaker-model-network-isolated",
  description:
    "SageMaker models run their inference containers with network isolation enabled and inside your VPC.",
  rationale:
    "An inference container processes every prompt and holds the model's weights; with network isolation it cannot call out, so a compromised or malicious image (a poisoned model loader, a backdoored dependency) cannot send prompts or weights anywhere, and the VPC keeps the endpoint's remaining traffic on your network. Applies from scope 4, where you host models you customised.",
  severity: "high",
  enforcementLevel: "mandatory",
  remediationSteps:
    "Set `enableNetworkIsolation: true` and `vpcConfig: { subnets, securityGroupIds }` (private subnets) on the aws.sagemaker.Model. Models are immutable: AWS creates a new model, and the endpoint configuration that uses it is updated.",
  minScope: CONTROL_SCOPES.fineTuningWorkloads,
  services: ["sagemaker"],
  resourceTypes: [MODEL_TYPE],
  mappings: {
    nistCsf: ["PR.IR-01", "PR.DS-02"],
    owaspLlm: ["LLM02", "LLM03"],
    mitreAtlas: ["AML.M0019", "AML.T0025", "AML.T0010"],
    cisaNcsc: ["secure-deployment"],
    seedItems: [
      "checklist.supply-isolated-self-hosted",
      "cisa.deploy-protect-model",
      "cisa.deploy-secure-infrastructure",
    ],
  },
  check: (resource) => checkModelNetworkIsolated(resource),
};
