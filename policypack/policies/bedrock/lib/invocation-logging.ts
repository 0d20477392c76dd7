import { tryRead } from "../../../framework/unknowns";
import { field, first } from "../../../framework/values";
import { isReferenceSet } from "../../../framework/references";
import type { ResourceProps } from "../../../framework/types";

/**
 * What a model-invocation logging configuration achieves. `text-off`: prompts and completions are
 * not delivered; `no-destination`: neither CloudWatch Logs nor S3 receives anything.
 */
export type InvocationLoggingVerdict = "records-text" | "text-off" | "no-destination" | "unknown";

/** Judges `loggingConfig`; an unknown flag or block leaves the verdict to the update run. */
export function judgeInvocationLogging(props: ResourceProps): InvocationLoggingVerdict {
  const config = tryRead(() => first(props.loggingConfig));
  if (!config.known) {
    return "unknown";
  }
  const text = tryRead(() => field(config.value, "textDataDeliveryEnabled"));
  if (!text.known) {
    return "unknown";
  }
  // AWS delivers text unless told not to.
  if (text.value === false) {
    return "text-off";
  }
  const destinations = [
    tryRead(() => first(field(config.value, "cloudwatchConfig"))),
    tryRead(() => first(field(config.value, "s3Config"))),
  ];
  if (destinations.some((d) => !d.known)) {
    return "unknown";
  }
  const [cloudwatch, s3] = destinations.map((d) => (d.known ? d.value : undefined));
  const delivers =
    isReferenceSet(() => field(cloudwatch, "logGroupName"), "string") ||
    isReferenceSet(() => field(s3, "bucketName"), "string");
  return delivers ? "records-text" : "no-destination";
}
