import type { ResourcePolicyDefinition, ResourceUnderCheck } from "../../framework/types";
import { setInputs } from "../../framework/remediation";
import { TRAIL_TYPE } from "./lib/types";
import { CONTROL_SCOPES } from "../../vocabulary";

/** Pure check: the trail records every region, not only the one it is created in. */
export function checkTrailMultiRegion(resource: ResourceUnderCheck): string[] {
  // Read directly: an unknown flag decides the outcome.
  return resource.props.isMultiRegionTrail === true
    ? []
    : ["The trail records only its own region (AWS's default): set isMultiRegionTrail to true."];
}

export const cloudtrailTrailMultiRegion: ResourcePolicyDefinition = {
  kind: "resource",
  name: "cloudtrail-trail-multi-region",
  description: "CloudTrail trails record API activity in every region.",
  rationale:
    "Model access is granted per region; an attacker who enables models, creates keys or runs inference in a region nobody uses leaves no trace in a single-region trail.",
  severity: "high",
  enforcementLevel: "remediate",
  remediationSteps: "Set `isMultiRegionTrail: true` on the aws.cloudtrail.Trail (remediation does this).",
  minScope: CONTROL_SCOPES.auditTrail,
  services: ["cloudtrail"],
  resourceTypes: [TRAIL_TYPE],
  mappings: {
    nistCsf: ["PR.PS-04", "DE.CM-09"],
    owaspLlm: ["LLM10"],
    mitreAtlas: ["AML.T0034"],
    cisaNcsc: ["secure-operation"],
    seedItems: ["csf.pr-logging", "checklist.data-audit-trail", "blueprint.access-monitoring"],
  },
  check: (resource) => checkTrailMultiRegion(resource),
  remediate: () => setInputs({ isMultiRegionTrail: true }),
};
