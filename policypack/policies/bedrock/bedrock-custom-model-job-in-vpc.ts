import type { ResourcePolicyDefinition, ResourceUnderCheck } from "../../framework/types";
import { field, first } from "../../framework/values";
import { isReferenceSet } from "../../framework/references";
import { CUSTOM_MODEL_TYPE } from "./lib/types";
import { CONTROL_SCOPES } from "../../vocabulary";

/** Pure check: the customization job runs in the stack's VPC (subnets and security groups set). */
export function checkCustomModelJobInVpc(resource: ResourceUnderCheck): string[] {
  const vpc = first(resource.props.vpcConfig);
  const missing = ["subnetIds", "securityGroupIds"].filter(
    (key) => !isReferenceSet(() => field(vpc, key), "list"),
  );
  if (missing.length === 2) {
    return [
      "The customization job does not run in a VPC: set vpcConfig with the private subnetIds and securityGroupIds of the training network.",
    ];
  }
  return missing.length === 0
    ? []
    : [`The customization job's vpcConfig has no ${missing[0]}: list at least one.`];
}

export const bedrockCustomModelJobInVpc: ResourcePolicyDefinition = {
  kind: "resource",
  name: "bedrock-custom-model-job-in-vpc",
  description:
    "Bedrock model-customization jobs run inside a VPC, so training data is read through the stack's private network.",
  rationale:
    "Outside a VPC the job reaches S3 over AWS's public network path and cannot be held to VPC endpoint policies; inside, training data only travels through endpoints and security groups you control.",
  severity: "high",
  enforcementLevel: "mandatory",
  remediationSteps:
    "Set `vpcConfig: { subnetIds: privateSubnetIds, securityGroupIds: [sg.id] }` on the aws.bedrock.CustomModel, and give the VPC an S3 gateway endpoint whose policy allows only the training and artifact buckets.",
  minScope: CONTROL_SCOPES.fineTuningWorkloads,
  services: ["bedrock", "vpc"],
  resourceTypes: [CUSTOM_MODEL_TYPE],
  mappings: {
    nistCsf: ["PR.IR-01", "PR.DS-02"],
    owaspLlm: ["LLM04", "LLM02"],
    mitreAtlas: ["AML.M0005"],
    cisaNcsc: ["secure-development"],
    seedItems: ["csf.pr-platform-security", "cisa.deploy-secure-infrastructure", "matrix.scope-4"],
  },
  check: (resource) => checkCustomModelJobInVpc(resource),
};
