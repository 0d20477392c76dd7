import type { ResourcePolicyDefinition, ResourceUnderCheck } from "../../framework/types";
import { field, first } from "../../framework/values";
import { AGENTCORE_RUNTIME_TYPE } from "./types";

/** Pure check: the agent runtime runs in VPC network mode. */
export function checkRuntimeInVpc(resource: ResourceUnderCheck): string[] {
  const mode = field(first(resource.props.networkConfiguration), "networkMode");
  return mode === "VPC"
    ? []
    : [
        `The AgentCore runtime runs in ${typeof mode === "string" ? `${mode} network mode` : "no declared network mode"}: set networkConfiguration.networkMode to "VPC" with networkModeConfig subnets and securityGroups of the isolated network.`,
      ];
}

export const bedrockAgentcoreRuntimeInVpc: ResourcePolicyDefinition = {
  kind: "resource",
  name: "bedrock-agentcore-runtime-in-vpc",
  description: "Bedrock AgentCore agent runtimes run in VPC network mode.",
  rationale:
    "In PUBLIC mode agent code has open internet egress; where the business trains and hosts its own models, agents must reach data and models only through the isolated network and its endpoints.",
  severity: "high",
  enforcementLevel: "mandatory",
  remediationSteps:
    'Set `networkConfiguration: { networkMode: "VPC", networkModeConfig: { subnets: privateSubnetIds, securityGroups: [sg.id] } }` on the aws.bedrock.AgentcoreAgentRuntime, with VPC endpoints for the AWS services the agent uses.',
  minScope: 5,
  services: ["bedrock-agentcore", "vpc"],
  resourceTypes: [AGENTCORE_RUNTIME_TYPE],
  mappings: {
    nistCsf: ["PR.IR-01"],
    owaspLlm: ["LLM06", "LLM02"],
    mitreAtlas: ["AML.M0005"],
    cisaNcsc: ["secure-deployment"],
    seedItems: ["csf.pr-platform-security", "cisa.deploy-secure-infrastructure", "matrix.scope-5"],
  },
  check: (resource) => checkRuntimeInVpc(resource),
};
