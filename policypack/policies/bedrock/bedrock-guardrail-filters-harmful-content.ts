import type { ResourcePolicyDefinition, ResourceUnderCheck } from "../../framework/types";
import { contentFilters, directionProblem, findFilter } from "./lib/guardrail-filters";
import { GUARDRAIL_TYPE } from "./lib/types";
import { CONTROL_SCOPES } from "../../vocabulary";

/** The harmful-content categories every guardrail filters, in both directions. */
export const HARMFUL_CONTENT_TYPES = ["HATE", "INSULTS", "SEXUAL", "VIOLENCE", "MISCONDUCT"] as const;

/** Pure check: each harmful-content category is filtered on input and output at MEDIUM or above. */
export function checkGuardrailFiltersHarmfulContent(resource: ResourceUnderCheck): string[] {
  const filters = contentFilters(resource.props);
  const missing: string[] = [];
  const weak: string[] = [];
  for (const type of HARMFUL_CONTENT_TYPES) {
    const filter = findFilter(filters, type);
    if (filter === undefined) {
      missing.push(type);
      continue;
    }
    const problems = (["input", "output"] as const)
      .map((direction) => directionProblem(filter, direction, "MEDIUM"))
      .filter((p): p is string => p !== undefined);
    if (problems.length > 0) {
      weak.push(`The guardrail's ${type} filter is too weak: ${problems.join("; ")}.`);
    }
  }
  const messages =
    missing.length === 0
      ? []
      : [
          `The guardrail does not filter ${missing.join(", ")}: add contentPolicyConfig.filtersConfigs entries for them with inputStrength and outputStrength MEDIUM or HIGH.`,
        ];
  return [...messages, ...weak];
}

export const bedrockGuardrailFiltersHarmfulContent: ResourcePolicyDefinition = {
  kind: "resource",
  name: "bedrock-guardrail-filters-harmful-content",
  description:
    "Bedrock guardrails filter hate, insults, sexual content, violence and misconduct on both prompts and responses at MEDIUM strength or above.",
  rationale:
    "A model's own safety training can be argued around; the guardrail's content filters are an independent check that harmful text neither reaches the model nor leaves it for a user.",
  severity: "medium",
  enforcementLevel: "mandatory",
  remediationSteps:
    'In the aws.bedrock.Guardrail, give `contentPolicyConfig.filtersConfigs` one entry per type HATE, INSULTS, SEXUAL, VIOLENCE and MISCONDUCT with `inputStrength` and `outputStrength` "MEDIUM" or "HIGH"; do not set `inputEnabled`/`outputEnabled` to false or `inputAction`/`outputAction` to "NONE".',
  minScope: CONTROL_SCOPES.guardrails,
  services: ["bedrock"],
  resourceTypes: [GUARDRAIL_TYPE],
  mappings: {
    nistCsf: ["DE.CM-09", "PR.DS-10"],
    owaspLlm: ["LLM01", "LLM05"],
    mitreAtlas: ["AML.M0020"],
    cisaNcsc: ["secure-deployment"],
    seedItems: [
      "checklist.guard-content-filtering",
      "checklist.guard-output-validation",
      "csf.pr-io-validation",
      "cisa.deploy-responsible-release",
    ],
  },
  check: (resource) => checkGuardrailFiltersHarmfulContent(resource),
};
