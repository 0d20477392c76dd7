import type { ResourcePolicyDefinition, ResourceUnderCheck } from "../../framework/types";
import { setInputs } from "../../framework/remediation";
import { TRAIL_TYPE } from "./lib/types";
import { CONTROL_SCOPES } from "../../vocabulary";

/** Pure check: the trail writes signed digest files, so tampering with a log file is detectable. */
export function checkTrailLogFileValidation(resource: ResourceUnderCheck): string[] {
  return resource.props.enableLogFileValidation === true
    ? []
    : ["The trail's log files cannot be validated (AWS's default): set enableLogFileValidation to true."];
}

export const cloudtrailTrailLogFileValidation: ResourcePolicyDefinition = {
  kind: "resource",
  name: "cloudtrail-trail-log-file-validation",
  description: "CloudTrail trails write digest files so that changed or deleted log files can be detected.",
  rationale:
    "After model theft or data poisoning the trail is the evidence; an intruder with bucket access can edit it unless digests prove which files are intact.",
  severity: "medium",
  enforcementLevel: "remediate",
  remediationSteps:
    "Set `enableLogFileValidation: true` on the aws.cloudtrail.Trail (remediation does this).",
  minScope: CONTROL_SCOPES.auditTrail,
  services: ["cloudtrail"],
  resourceTypes: [TRAIL_TYPE],
  mappings: {
    nistCsf: ["PR.DS-01", "PR.PS-04"],
    owaspLlm: ["LLM04"],
    mitreAtlas: ["AML.M0024"],
    cisaNcsc: ["secure-operation"],
    seedItems: ["csf.pr-logging", "csf.rs-analysis", "checklist.data-audit-trail"],
  },
  check: (resource) => checkTrailLogFileValidation(resource),
  remediate: () => setInputs({ enableLogFileValidation: true }),
};
