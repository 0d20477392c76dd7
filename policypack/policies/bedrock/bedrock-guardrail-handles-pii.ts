import type { ResourcePolicyDefinition, ResourceUnderCheck } from "../../framework/types";
import { asList, field, first } from "../../framework/values";
import { findDecidable } from "../../framework/decidable";
import { GUARDRAIL_TYPE } from "./lib/types";
import { CONTROL_SCOPES } from "../../vocabulary";

const ACTING = new Set(["BLOCK", "ANONYMIZE"]);

/** True when the entity blocks or masks in at least one direction that is evaluated. */
function acts(entity: unknown): boolean {
  const inputOn = field(entity, "inputEnabled") !== false;
  const outputOn = field(entity, "outputEnabled") !== false;
  const action = field(entity, "action");
  const inputAction = field(entity, "inputAction") ?? action;
  const outputAction = field(entity, "outputAction") ?? action;
  return (inputOn && ACTING.has(inputAction as string)) || (outputOn && ACTING.has(outputAction as string));
}

/** Pure check: the guardrail blocks or anonymizes at least one PII entity type. */
export function checkGuardrailHandlesPii(resource: ResourceUnderCheck): string[] {
  const entities = asList(
    field(first(resource.props.sensitiveInformationPolicyConfig), "piiEntitiesConfigs"),
  );
  if (entities.length === 0) {
    return [
      "The guardrail does not handle personal data: add sensitiveInformationPolicyConfig.piiEntitiesConfigs entries (for example EMAIL, PHONE, NAME, US_SOCIAL_SECURITY_NUMBER) with action BLOCK or ANONYMIZE.",
    ];
  }
  return findDecidable(entities, acts) !== undefined
    ? []
    : [
        "No PII entity of the guardrail blocks or anonymizes anything (every action is NONE or its evaluation is disabled): set action, inputAction or outputAction to BLOCK or ANONYMIZE.",
      ];
}

export const bedrockGuardrailHandlesPii: ResourcePolicyDefinition = {
  kind: "resource",
  name: "bedrock-guardrail-handles-pii",
  description:
    "Bedrock guardrails block or anonymize personal data (PII entity types) in prompts or responses.",
  rationale:
    "Users paste personal data into prompts and models repeat what their context holds; masking PII at the guardrail keeps it out of responses, logs and downstream systems.",
  severity: "high",
  enforcementLevel: "mandatory",
  remediationSteps:
    'In the aws.bedrock.Guardrail, set `sensitiveInformationPolicyConfig.piiEntitiesConfigs` to the PII types your application must not disclose, each with `action: "ANONYMIZE"` (mask) or `"BLOCK"`, and leave input and output evaluation enabled.',
  minScope: CONTROL_SCOPES.guardrails,
  services: ["bedrock"],
  resourceTypes: [GUARDRAIL_TYPE],
  mappings: {
    nistCsf: ["PR.DS-10", "PR.DS-02"],
    owaspLlm: ["LLM02"],
    mitreAtlas: ["AML.M0020", "AML.T0057"],
    cisaNcsc: ["secure-deployment"],
    seedItems: ["checklist.data-pii-masking", "csf.pr-data-protection", "csf.pr-io-validation"],
  },
  check: (resource) => checkGuardrailHandlesPii(resource),
};
