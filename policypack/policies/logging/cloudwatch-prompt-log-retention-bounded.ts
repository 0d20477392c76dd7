import type { ResourcePolicyDefinition, ResourceUnderCheck } from "../../framework/types";
import { CONTROL_SCOPES, MAX_PROMPT_LOG_RETENTION_DAYS, TAG_KEYS } from "../../vocabulary";
import { describeRetention, effectiveRetention, logDataClass } from "./lib/log-group-retention";
import { LOG_GROUP_TYPE } from "./lib/types";

/** Pure check: a prompt-log group keeps events at most MAX_PROMPT_LOG_RETENTION_DAYS days. */
export function checkPromptLogRetentionBounded(resource: ResourceUnderCheck): string[] {
  if (logDataClass(resource.props) !== "prompt-logs") {
    return [];
  }
  const retention = effectiveRetention(resource.props);
  return retention !== "forever" && retention <= MAX_PROMPT_LOG_RETENTION_DAYS
    ? []
    : [
        `The prompt-log group's events ${describeRetention(retention)}: set retentionInDays between 1 and ${MAX_PROMPT_LOG_RETENTION_DAYS}.`,
      ];
}

export const cloudwatchPromptLogRetentionBounded: ResourcePolicyDefinition = {
  kind: "resource",
  name: "cloudwatch-prompt-log-retention-bounded",
  description: `CloudWatch log groups tagged ${TAG_KEYS.dataClass}=prompt-logs keep events for at most ${MAX_PROMPT_LOG_RETENTION_DAYS} days.`,
  rationale:
    "Prompt and completion logs hold whatever users typed, personal data included; keeping them longer than investigations need turns a monitoring aid into a store of personal data to breach.",
  severity: "high",
  enforcementLevel: "mandatory",
  remediationSteps: `Set \`retentionInDays\` on the aws.cloudwatch.LogGroup to a value from 1 to ${MAX_PROMPT_LOG_RETENTION_DAYS} (for example 90); an omitted or 0 retention keeps prompts forever.`,
  minScope: CONTROL_SCOPES.boundedLogRetention,
  services: ["logs"],
  resourceTypes: [LOG_GROUP_TYPE],
  mappings: {
    nistCsf: ["ID.AM-08", "PR.DS-01"],
    owaspLlm: ["LLM02"],
    mitreAtlas: ["AML.T0057"],
    cisaNcsc: ["secure-operation"],
    seedItems: [
      "checklist.data-retention",
      "csf.pr-data-lifecycle",
      "csf.pr-data-protection",
      "matrix.scope-1",
    ],
  },
  check: (resource) => checkPromptLogRetentionBounded(resource),
};
