import { programOutputs } from "../../framework/outputs";
import type { StackPolicyDefinition, StackResource, StackViolation } from "../../framework/types";
import { stackFindingUrn } from "../../framework/stack-findings";
import { judgeInvocationLogging, type InvocationLoggingVerdict } from "./lib/invocation-logging";
import { firstBedrockInvoker } from "./lib/invokes-bedrock";
import { INVOCATION_LOGGING_TYPE } from "./lib/types";
import { CONTROL_SCOPES } from "../../vocabulary";

const WHY_NOT: Readonly<Record<Exclude<InvocationLoggingVerdict, "records-text" | "unknown">, string>> = {
  "text-off": "its invocation-logging configuration has textDataDeliveryEnabled false",
  "no-destination": "its invocation-logging configuration delivers to neither CloudWatch Logs nor S3",
};

/** Pure check over the stack: a stack that uses Bedrock models records their prompts and completions. */
export function checkModelInvocationLogging(resources: readonly StackResource[]): StackViolation[] {
  const trigger = firstBedrockInvoker(resources);
  if (trigger === undefined) {
    return [];
  }
  const verdicts = resources
    .filter((r) => r.type === INVOCATION_LOGGING_TYPE)
    // Outputs as the program set them: the provider fills in the delivery flags left out (AWS's
    // default delivers text), and they are unknown during preview then.
    .map((r) => judgeInvocationLogging(programOutputs(r)));
  if (verdicts.includes("records-text") || verdicts.includes("unknown")) {
    return [];
  }
  const reason =
    verdicts.length === 0
      ? "it has no aws.bedrockmodel.InvocationLoggingConfiguration"
      : WHY_NOT[verdicts[0] as keyof typeof WHY_NOT];
  return [
    {
      urn: stackFindingUrn(resources, trigger),
      message: `The stack uses Bedrock models ("${trigger.name}", ${trigger.type}) but does not record model invocations: ${reason}. Add an InvocationLoggingConfiguration with textDataDeliveryEnabled true and a cloudwatchConfig or s3Config; if another stack owns this region's configuration, exempt this stack.`,
    },
  ];
}

export const bedrockModelInvocationLoggingEnabled: StackPolicyDefinition = {
  kind: "stack",
  name: "bedrock-model-invocation-logging-enabled",
  description:
    "A stack that uses Bedrock models has model-invocation logging that delivers prompt and completion text to CloudWatch Logs or S3.",
  rationale:
    "Invocation logs are the only record of what was asked and answered: without them prompt injection, data leakage through responses and cost abuse cannot be detected or investigated.",
  severity: "high",
  enforcementLevel: "mandatory",
  remediationSteps:
    "Add an aws.bedrockmodel.InvocationLoggingConfiguration with `loggingConfig: { textDataDeliveryEnabled: true, cloudwatchConfig: { logGroupName, roleArn } }` (or `s3Config: { bucketName }`) writing to a CMK-encrypted, retention-bounded prompt-log store. The setting is per account and region: manage it in one stack and exempt the others.",
  minScope: CONTROL_SCOPES.invocationLogging,
  services: ["bedrock", "logs", "s3"],
  mappings: {
    nistCsf: ["PR.PS-04", "DE.CM-09", "DE.AE-03"],
    owaspLlm: ["LLM01", "LLM02", "LLM10"],
    mitreAtlas: ["AML.M0024", "AML.T0024", "AML.T0051", "AML.T0034"],
    cisaNcsc: ["secure-operation"],
    seedItems: [
      "checklist.mon-logging",
      "checklist.data-audit-trail",
      "csf.pr-logging",
      "csf.de-monitoring",
      "cisa.ops-monitor-inputs",
      "cisa.ops-monitor-behaviour",
      "matrix.scope-3",
    ],
  },
  check: (resources) => checkModelInvocationLogging(resources),
};
