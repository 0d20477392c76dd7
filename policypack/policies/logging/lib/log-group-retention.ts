import { readTags } from "../../../framework/values";
import { TAG_KEYS, type DataClass } from "../../../vocabulary";
import type { ResourceProps } from "../../../framework/types";

/**
 * A log group's effective retention, in days, or `"forever"`. Omitted and 0 both mean the events
 * never expire; the DELIVERY class ignores the setting and keeps events for 2 days. Reads
 * directly: when the retention is unknown during preview, a decision that rests on it cannot be made.
 */
export function effectiveRetention(props: ResourceProps): number | "forever" {
  if (props.logGroupClass === "DELIVERY") {
    return 2;
  }
  const days = props.retentionInDays;
  return typeof days === "number" && days > 0 ? days : "forever";
}

/** The data class a log group is tagged with (the tag holds any string; callers compare). */
export function logDataClass(props: ResourceProps): DataClass | string | undefined {
  return readTags(props)[TAG_KEYS.dataClass];
}

/** How a retention reads in a message. */
export function describeRetention(retention: number | "forever"): string {
  return retention === "forever" ? "never expire" : `are kept ${retention} days`;
}
