import type { ResourcePolicyDefinition, ResourceUnderCheck } from "../../framework/types";
import { asList, field } from "../../framework/values";
import { isReferenceSet } from "../../framework/references";
import { AGENT_TYPE } from "./lib/types";
import { CONTROL_SCOPES } from "../../vocabulary";

/** Pure check: the agent runs every turn through a guardrail (identifier and version set). */
export function checkAgentHasGuardrail(resource: ResourceUnderCheck): string[] {
  const configurations = asList(resource.props.guardrailConfigurations);
  // An identifier unknown during preview is still a guardrail: presence decides.
  const attached = configurations.some(
    (c) =>
      isReferenceSet(() => field(c, "guardrailIdentifier"), "string") &&
      isReferenceSet(() => field(c, "guardrailVersion"), "string"),
  );
  return attached
    ? []
    : [
        "The agent has no guardrail: add guardrailConfigurations with the guardrailIdentifier and guardrailVersion of an aws.bedrock.Guardrail.",
      ];
}

export const bedrockAgentHasGuardrail: ResourcePolicyDefinition = {
  kind: "resource",
  name: "bedrock-agent-has-guardrail",
  description: "Bedrock agents have a guardrail attached (identifier and version).",
  rationale:
    "Agents act on what the model decides, with tools and data behind them; without a guardrail, prompt attacks and harmful output reach the action groups unfiltered.",
  severity: "high",
  enforcementLevel: "mandatory",
  remediationSteps:
    "Set `guardrailConfigurations: [{ guardrailIdentifier: guardrail.guardrailId, guardrailVersion: version.version }]` on the aws.bedrock.AgentAgent, using an aws.bedrock.GuardrailVersion rather than DRAFT.",
  minScope: CONTROL_SCOPES.guardrails,
  services: ["bedrock"],
  resourceTypes: [AGENT_TYPE],
  mappings: {
    nistCsf: ["DE.CM-09", "PR.DS-10"],
    owaspLlm: ["LLM01", "LLM06"],
    mitreAtlas: ["AML.M0020", "AML.T0051"],
    cisaNcsc: ["secure-deployment"],
    seedItems: [
      "checklist.guard-prompt-injection",
      "checklist.guard-content-filtering",
      "csf.pr-llm-untrusted",
      "csf.id-plugins",
    ],
  },
  check: (resource) => checkAgentHasGuardrail(resource),
};
