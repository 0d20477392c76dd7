import type { Remediation, ResourcePolicyDefinition, ResourceUnderCheck } from "../../framework/types";
import { NO_SAFE_FIX, setInBlock } from "../../framework/remediation";
import { field, first } from "../../framework/values";
import { isReferenceSet } from "../../framework/references";
import { INVOCATION_LOGGING_TYPE } from "./lib/types";
import { CONTROL_SCOPES } from "../../vocabulary";

/** Pure check: the configuration delivers prompt and completion text to a destination. */
export function checkInvocationLoggingRecordsText(resource: ResourceUnderCheck): string[] {
  const config = first(resource.props.loggingConfig);
  const messages: string[] = [];
  // Read directly: an unknown flag decides the outcome, so the SDK should say it cannot tell.
  if (field(config, "textDataDeliveryEnabled") === false) {
    messages.push(
      "Model invocation logging leaves out prompt and completion text: set loggingConfig.textDataDeliveryEnabled to true.",
    );
  }
  // A destination block that is unknown during preview is still a destination.
  const destination = (block: string, key: string) =>
    isReferenceSet(() => field(first(field(config, block)), key), "string");
  const delivers = destination("cloudwatchConfig", "logGroupName") || destination("s3Config", "bucketName");
  if (!delivers) {
    messages.push(
      "Model invocation logging has no destination: set loggingConfig.cloudwatchConfig.logGroupName or loggingConfig.s3Config.bucketName.",
    );
  }
  return messages;
}

/** Turns text delivery back on; a missing destination needs a log group or bucket, so it is left alone. */
export function remediateInvocationLoggingText(resource: ResourceUnderCheck): Remediation {
  // Read directly: whether the text flag is what needs fixing depends on it.
  return field(first(resource.props.loggingConfig), "textDataDeliveryEnabled") === false
    ? setInBlock(resource.props, "loggingConfig", { textDataDeliveryEnabled: true })
    : NO_SAFE_FIX;
}

export const bedrockInvocationLoggingRecordsText: ResourcePolicyDefinition = {
  kind: "resource",
  name: "bedrock-invocation-logging-records-text",
  description:
    "Bedrock model-invocation logging configurations deliver prompt and completion text to CloudWatch Logs or S3.",
  rationale:
    "A configuration that drops the text or has nowhere to write looks like logging but leaves nothing to investigate a prompt attack or a leak with.",
  severity: "high",
  enforcementLevel: "remediate",
  remediationSteps:
    "On the aws.bedrockmodel.InvocationLoggingConfiguration set `loggingConfig.textDataDeliveryEnabled: true` (remediation does this) and give it `cloudwatchConfig.logGroupName` or `s3Config.bucketName`.",
  minScope: CONTROL_SCOPES.invocationLogging,
  services: ["bedrock", "logs", "s3"],
  resourceTypes: [INVOCATION_LOGGING_TYPE],
  mappings: {
    nistCsf: ["PR.PS-04", "DE.CM-09"],
    owaspLlm: ["LLM01", "LLM02"],
    mitreAtlas: ["AML.M0024"],
    cisaNcsc: ["secure-operation"],
    seedItems: ["checklist.mon-logging", "csf.pr-logging", "cisa.ops-monitor-inputs"],
  },
  check: (resource) => checkInvocationLoggingRecordsText(resource),
  remediate: (resource) => remediateInvocationLoggingText(resource),
};
