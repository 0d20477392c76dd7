import type { ResourcePolicyDefinition, ResourceUnderCheck } from "../../framework/types";
import { field, first } from "../../framework/values";
import { AGENTCORE_CODE_INTERPRETER_TYPE } from "./lib/types";
import { CONTROL_SCOPES } from "../../vocabulary";

const CONTAINED_MODES = new Set(["SANDBOX", "VPC"]);

/** Pure check: model-written code runs without open internet access (SANDBOX or VPC mode). */
export function checkCodeInterpreterNotPublic(resource: ResourceUnderCheck): string[] {
  const mode = field(first(resource.props.networkConfiguration), "networkMode");
  return typeof mode === "string" && CONTAINED_MODES.has(mode)
    ? []
    : [
        `The AgentCore code interpreter runs model-written code with ${mode === "PUBLIC" ? "open internet access (networkMode PUBLIC)" : "no declared network mode"}: set networkConfiguration.networkMode to "SANDBOX", or "VPC" with vpcConfig.`,
      ];
}

export const bedrockAgentcoreCodeInterpreterNotPublic: ResourcePolicyDefinition = {
  kind: "resource",
  name: "bedrock-agentcore-code-interpreter-not-public",
  description: "Bedrock AgentCore code interpreters run in SANDBOX or VPC network mode, never PUBLIC.",
  rationale:
    "The code a code interpreter runs is written by the model, and so by whoever can steer the model; with internet access one injected prompt is enough to send data out or fetch a payload.",
  severity: "high",
  enforcementLevel: "mandatory",
  remediationSteps:
    'Set `networkConfiguration: { networkMode: "SANDBOX" }` on the aws.bedrock.AgentcoreCodeInterpreter, or `"VPC"` with `vpcConfig` when the code must reach private resources.',
  minScope: CONTROL_SCOPES.agentIsolation,
  services: ["bedrock-agentcore"],
  resourceTypes: [AGENTCORE_CODE_INTERPRETER_TYPE],
  mappings: {
    nistCsf: ["PR.IR-01", "PR.PS-05"],
    owaspLlm: ["LLM06", "LLM05"],
    mitreAtlas: ["AML.T0024", "AML.M0005"],
    cisaNcsc: ["secure-deployment"],
    seedItems: ["csf.pr-llm-untrusted", "csf.pr-platform-security", "cisa.deploy-secure-defaults"],
  },
  check: (resource) => checkCodeInterpreterNotPublic(resource),
};
