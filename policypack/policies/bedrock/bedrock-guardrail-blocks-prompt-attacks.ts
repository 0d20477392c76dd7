import type { Remediation, ResourcePolicyDefinition, ResourceUnderCheck } from "../../framework/types";
import { rawInput, setInputs, withPatch } from "../../framework/remediation";
import { asList, field, first, isRecord } from "../../framework/values";
import { contentFilters, directionProblem, findFilter } from "./lib/guardrail-filters";
import { GUARDRAIL_TYPE } from "./lib/types";
import { CONTROL_SCOPES } from "../../vocabulary";

const PROMPT_ATTACK = "PROMPT_ATTACK";

/** Pure check: the guardrail filters prompt attacks on input at HIGH strength, and blocks them. */
export function checkGuardrailBlocksPromptAttacks(resource: ResourceUnderCheck): string[] {
  const filter = findFilter(contentFilters(resource.props), PROMPT_ATTACK);
  if (filter === undefined) {
    return [
      "The guardrail has no prompt-attack filter: add a contentPolicyConfig.filtersConfigs entry with type PROMPT_ATTACK, inputStrength HIGH and outputStrength NONE.",
    ];
  }
  const problem = directionProblem(filter, "input", "HIGH");
  return problem === undefined
    ? []
    : [
        `The guardrail's PROMPT_ATTACK filter does not block prompt attacks at full strength: its ${problem}; set inputStrength HIGH with input evaluation enabled and inputAction BLOCK.`,
      ];
}

const HIGH_PROMPT_ATTACK_FILTER = { type: PROMPT_ATTACK, inputStrength: "HIGH", outputStrength: "NONE" };

/**
 * Adds the filter, or raises an existing one to HIGH with input evaluation and blocking on. Every
 * other filter and setting is kept. Prompt-attack filtering applies to input only, so AWS
 * requires its outputStrength to be NONE. The check has already read the filters: the answer is
 * built from the inputs as given, where unknown entries are kept as they are.
 */
export function remediatePromptAttackFilter(resource: ResourceUnderCheck): Remediation {
  const block = rawInput(resource.props, "contentPolicyConfig");
  // Other entries stay exactly as they are, unknown ones included.
  const filters = asList(field(first(block), "filtersConfigs"));
  const index = filters.findIndex((f) => isRecord(f) && f.type === PROMPT_ATTACK);
  const fixed =
    index < 0
      ? [...filters, HIGH_PROMPT_ATTACK_FILTER]
      : filters.map((f, i) =>
          i === index && isRecord(f)
            ? { ...f, inputStrength: "HIGH", inputEnabled: true, inputAction: "BLOCK" }
            : f,
        );
  // Keep the shape the program used: Pulumi accepts the block as an object or a one-element list.
  return setInputs({ contentPolicyConfig: withPatch(block, { filtersConfigs: fixed }) });
}

export const bedrockGuardrailBlocksPromptAttacks: ResourcePolicyDefinition = {
  kind: "resource",
  name: "bedrock-guardrail-blocks-prompt-attacks",
  description:
    "Bedrock guardrails filter prompt attacks (jailbreaks, prompt injection, prompt leakage) on input at HIGH strength and block them.",
  rationale:
    "Prompt injection is the first thing attackers try against an LLM application; the prompt-attack filter is the managed defence Bedrock offers, and below HIGH it lets through many known jailbreak patterns.",
  severity: "high",
  enforcementLevel: "remediate",
  remediationSteps:
    'In the aws.bedrock.Guardrail, add to `contentPolicyConfig.filtersConfigs` an entry `{ type: "PROMPT_ATTACK", inputStrength: "HIGH", outputStrength: "NONE" }` (leave `inputEnabled` true and `inputAction` BLOCK). Tag user input with guardrail input tags so developer system prompts are not flagged.',
  minScope: CONTROL_SCOPES.guardrails,
  services: ["bedrock"],
  resourceTypes: [GUARDRAIL_TYPE],
  mappings: {
    nistCsf: ["DE.CM-09", "PR.DS-10"],
    owaspLlm: ["LLM01", "LLM07"],
    mitreAtlas: ["AML.M0020", "AML.M0015", "AML.T0051"],
    cisaNcsc: ["secure-deployment", "secure-operation"],
    seedItems: [
      "checklist.guard-prompt-injection",
      "csf.pr-llm-untrusted",
      "csf.pr-io-validation",
      "cisa.ops-monitor-inputs",
    ],
  },
  check: (resource) => checkGuardrailBlocksPromptAttacks(resource),
  remediate: (resource) => remediatePromptAttackFilter(resource),
};
