import type { StackPolicyDefinition, StackResource, StackViolation } from "../../framework/types";
import { readOr } from "../../framework/unknowns";
import { firstAiResource } from "../../framework/ai-stack";
import { stackFindingUrn } from "../../framework/stack-findings";
import { EVENT_DATA_STORE_TYPE, TRAIL_TYPE } from "./lib/types";
import { CONTROL_SCOPES } from "../../vocabulary";

/** A trail or CloudTrail Lake event data store that is not known to be switched off. */
function records(r: StackResource): boolean {
  if (r.type === TRAIL_TYPE) {
    return readOr(() => r.props.enableLogging, true) !== false;
  }
  return r.type === EVENT_DATA_STORE_TYPE;
}

/** Pure check over the stack: a stack holding AI resources has its own CloudTrail trail. */
export function checkTrailExistsForAiStack(resources: readonly StackResource[]): StackViolation[] {
  const ai = firstAiResource(resources);
  if (ai === undefined || resources.some(records)) {
    return [];
  }
  return [
    {
      urn: stackFindingUrn(resources, ai),
      message: `The stack holds AI resources ("${ai.name}", ${ai.type}) but no CloudTrail trail or event data store: add an aws.cloudtrail.Trail (multi-region, log file validation, CMK), or exempt the stack if an organization trail covers the account.`,
    },
  ];
}

export const cloudtrailTrailExistsForAiStack: StackPolicyDefinition = {
  kind: "stack",
  name: "cloudtrail-trail-exists-for-ai-stack",
  description:
    "A stack that holds AI resources records API activity in a CloudTrail trail or event data store of its own.",
  rationale:
    "Who enabled a model, changed a guardrail or read the training data is only answerable from CloudTrail; many accounts rely on an organization trail, so this is advice rather than a gate.",
  severity: "medium",
  enforcementLevel: "advisory",
  remediationSteps:
    "Add an aws.cloudtrail.Trail with `isMultiRegionTrail: true`, `enableLogFileValidation: true` and `kmsKeyId`, writing to a dedicated audit bucket; or exempt the stack naming the organization trail that covers it.",
  minScope: CONTROL_SCOPES.auditTrail,
  services: ["cloudtrail"],
  mappings: {
    nistCsf: ["PR.PS-04", "DE.CM-09", "DE.CM-03"],
    owaspLlm: ["LLM06", "LLM10"],
    mitreAtlas: ["AML.M0024"],
    cisaNcsc: ["secure-operation"],
    seedItems: ["csf.pr-logging", "checklist.data-audit-trail", "blueprint.access-monitoring"],
  },
  check: (resources) => checkTrailExistsForAiStack(resources),
};
