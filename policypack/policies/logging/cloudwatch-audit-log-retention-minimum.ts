import type { ResourcePolicyDefinition, ResourceUnderCheck } from "../../framework/types";
import { CONTROL_SCOPES, MIN_AUDIT_LOG_RETENTION_DAYS, TAG_KEYS } from "../../vocabulary";
import { describeRetention, effectiveRetention, logDataClass } from "./lib/log-group-retention";
import { LOG_GROUP_TYPE } from "./lib/types";

/** Pure check: an audit-log group keeps events at least MIN_AUDIT_LOG_RETENTION_DAYS days (or forever). */
export function checkAuditLogRetentionMinimum(resource: ResourceUnderCheck): string[] {
  if (logDataClass(resource.props) !== "audit-logs") {
    return [];
  }
  const retention = effectiveRetention(resource.props);
  if (retention === "forever" || retention >= MIN_AUDIT_LOG_RETENTION_DAYS) {
    return [];
  }
  const cause =
    resource.props.logGroupClass === "DELIVERY"
      ? " (the DELIVERY class keeps events 2 days whatever retentionInDays says)"
      : "";
  return [
    `The audit-log group's events ${describeRetention(retention)}${cause}: keep them at least ${MIN_AUDIT_LOG_RETENTION_DAYS} days (retentionInDays ${MIN_AUDIT_LOG_RETENTION_DAYS} or more, STANDARD or INFREQUENT_ACCESS class).`,
  ];
}

export const cloudwatchAuditLogRetentionMinimum: ResourcePolicyDefinition = {
  kind: "resource",
  name: "cloudwatch-audit-log-retention-minimum",
  description: `CloudWatch log groups tagged ${TAG_KEYS.dataClass}=audit-logs keep events for at least ${MIN_AUDIT_LOG_RETENTION_DAYS} days.`,
  rationale:
    "Model theft and data poisoning are often found months after the fact; audit logs that expire first leave nothing to reconstruct what happened.",
  severity: "medium",
  enforcementLevel: "mandatory",
  remediationSteps: `Set \`retentionInDays\` on the aws.cloudwatch.LogGroup to ${MIN_AUDIT_LOG_RETENTION_DAYS} or more (for example 400 or 731), and do not use the DELIVERY log group class.`,
  minScope: CONTROL_SCOPES.auditTrail,
  services: ["logs"],
  resourceTypes: [LOG_GROUP_TYPE],
  mappings: {
    nistCsf: ["PR.PS-04", "RS.AN-03"],
    owaspLlm: ["LLM06"],
    mitreAtlas: ["AML.M0024"],
    cisaNcsc: ["secure-operation"],
    seedItems: ["csf.pr-logging", "csf.rs-analysis", "checklist.data-audit-trail"],
  },
  check: (resource) => checkAuditLogRetentionMinimum(resource),
};
