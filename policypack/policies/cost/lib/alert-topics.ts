import { knownStrings, TargetIndex } from "../../../framework/target-index";
import type { StackResource } from "../../../framework/types";
import { readOr } from "../../../framework/unknowns";
import { asList, field, knownItems } from "../../../framework/values";
import { BUDGET_TYPE, METRIC_ALARM_TYPE, SNS_TOPIC_TYPE } from "./types";

/** Where alerting resources name the SNS topics they publish to. */
const ALARM_ACTION_KEYS = ["alarmActions", "okActions", "insufficientDataActions"];

/** The ARN strings of a budget's or an alarm's targets that are known, and the properties that hold them. */
function targetArns(r: StackResource): { keys: string[]; arns: unknown[] } {
  if (r.type === BUDGET_TYPE) {
    const arns = readOr(
      () =>
        asList(r.props.notifications).flatMap((n) => knownItems(() => field(n, "subscriberSnsTopicArns"))),
      [],
    );
    return { keys: ["notifications"], arns };
  }
  return {
    keys: ALARM_ACTION_KEYS,
    arns: ALARM_ACTION_KEYS.flatMap((key) => knownItems(() => r.props[key])),
  };
}

/**
 * The SNS topics of the stack that budgets or CloudWatch alarms notify, found through the property
 * dependencies Pulumi records (new topics, whose ARN is unknown during preview) or through literal
 * ARNs matched against each topic's ARN or name. Linear in the size of the stack.
 */
export function alertTopics(resources: readonly StackResource[]): StackResource[] {
  const topics = new TargetIndex(resources, [SNS_TOPIC_TYPE], (r) => knownStrings(r, ["arn", "name"]));
  const used = new Set<string>();
  for (const r of resources) {
    if (r.type !== BUDGET_TYPE && r.type !== METRIC_ALARM_TYPE) {
      continue;
    }
    const { keys, arns } = targetArns(r);
    for (const key of keys) {
      topics.byDependency(r, key).forEach((d) => used.add(d.urn));
    }
    for (const arn of arns.filter((a): a is string => typeof a === "string")) {
      const topic = topics.byValue(arn) ?? topics.byValue(arn.split(":").pop() ?? "");
      if (topic !== undefined) {
        used.add(topic.urn);
      }
    }
  }
  return resources.filter((r) => used.has(r.urn));
}
