import type { ResourcePolicyDefinition, ResourceUnderCheck } from "../../framework/types";
import { field, first } from "../../framework/values";
import { AGENTCORE_RUNTIME_TYPE } from "./lib/types";
import { CONTROL_SCOPES } from "../../vocabulary";

/** Pure check: the agent runtime runs in VPC network mode. */
export function checkRuntimeInVpc(resource: ResourceUnderCheck): string[] {
  const mode = field(first(resource.props.networkConfiguration), "networkMode");
  return mode === "VPC"
    ? []
    : [
        `The AgentCore runtime runs in ${typeof mode === "string" ? `${mode} network mode` : "no declared network mode"}: set networkConfiguration.networkMode to "VPC" with networkModeConfig private subnets and securityGroups, so the agent reaches tools and data only through your network.`,
      ];
}

export const bedrockAgentcoreRuntimeInVpc: ResourcePolicyDefinition = {
  kind: "resource",
  name: "bedrock-agentcore-runtime-in-vpc",
  description: "Bedrock AgentCore agent runtimes run in VPC network mode.",
  rationale:
    "In PUBLIC mode an agent runtime is reachable from, and has open egress to, the internet while it holds tool credentials and the permissions of its role: a prompt-injected agent can send data anywhere, and it is often the riskiest thing in the stack. From scope 3, where the stack builds its own agents on a foundation model, runtimes run inside the VPC and reach data, tools and models through its endpoints.",
  severity: "high",
  enforcementLevel: "mandatory",
  remediationSteps:
    'Set `networkConfiguration: { networkMode: "VPC", networkModeConfig: { subnets: privateSubnetIds, securityGroups: [sg.id] } }` on the aws.bedrock.AgentcoreAgentRuntime, with VPC endpoints for the AWS services the agent uses.',
  minScope: CONTROL_SCOPES.agentIsolation,
  services: ["bedrock-agentcore", "vpc"],
  resourceTypes: [AGENTCORE_RUNTIME_TYPE],
  mappings: {
    nistCsf: ["PR.IR-01"],
    owaspLlm: ["LLM06", "LLM02"],
    mitreAtlas: ["AML.M0005"],
    cisaNcsc: ["secure-deployment"],
    seedItems: ["csf.pr-platform-security", "cisa.deploy-secure-infrastructure", "matrix.scope-3"],
  },
  check: (resource) => checkRuntimeInVpc(resource),
};
