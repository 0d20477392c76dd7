import type { ResourcePolicyDefinition, ResourceUnderCheck } from "../../framework/types";
import { tryRead } from "../../framework/unknowns";
import { effectiveRetention, logDataClass } from "./lib/log-group-retention";
import { LOG_GROUP_TYPE } from "./lib/types";
import { CONTROL_SCOPES } from "../../vocabulary";

/** Classes with their own, stricter retention policy (prompt logs) or allowed to be kept forever (audit logs). */
const CLASSES_WITH_OWN_RULE = new Set(["prompt-logs", "audit-logs"]);

/** Pure check: the log group's events expire (retentionInDays is set and not 0). */
export function checkLogGroupRetentionSet(resource: ResourceUnderCheck): string[] {
  const dataClass = logDataClass(resource.props);
  if (dataClass !== undefined && CLASSES_WITH_OWN_RULE.has(dataClass)) {
    return [];
  }
  // A retention unknown during preview is still a retention that was set.
  const retention = tryRead(() => effectiveRetention(resource.props));
  return !retention.known || retention.value !== "forever"
    ? []
    : [
        "The log group keeps its events forever (retentionInDays omitted or 0, AWS's default): set retentionInDays to the period you need, for example 90 or 365.",
      ];
}

export const cloudwatchLogGroupRetentionSet: ResourcePolicyDefinition = {
  kind: "resource",
  name: "cloudwatch-log-group-retention-set",
  description: "CloudWatch log groups set a retention period instead of keeping events forever.",
  rationale:
    "Logs of AI workloads accumulate prompts, identifiers and errors that nobody reviews after a few months; data that is kept forever is exposed forever, and billed forever.",
  severity: "low",
  enforcementLevel: "advisory",
  remediationSteps: `Set \`retentionInDays\` on the aws.cloudwatch.LogGroup (1 to 3653 days). Groups tagged data-class=prompt-logs and data-class=audit-logs follow their own policies.`,
  minScope: CONTROL_SCOPES.boundedLogRetention,
  services: ["logs"],
  resourceTypes: [LOG_GROUP_TYPE],
  mappings: {
    nistCsf: ["ID.AM-08", "PR.PS-04"],
    owaspLlm: ["LLM02"],
    mitreAtlas: ["AML.M0024"],
    cisaNcsc: ["secure-operation"],
    seedItems: ["checklist.data-retention", "csf.pr-data-lifecycle", "csf.pr-lifecycle-automation"],
  },
  check: (resource) => checkLogGroupRetentionSet(resource),
};
