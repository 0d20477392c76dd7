import type { StackResource } from "../../framework/types";
import { readOr, tryRead } from "../../framework/unknowns";
import { asList, field } from "../../framework/values";
import { BUDGET_TYPE, METRIC_ALARM_TYPE, SNS_TOPIC_TYPE } from "./types";

/** Where alerting resources name the SNS topics they publish to. */
const ALARM_ACTION_KEYS = ["alarmActions", "okActions", "insufficientDataActions"];

/** The ARN strings of a budget's or an alarm's targets that are known, and the properties that hold them. */
function targetArns(r: StackResource): { keys: string[]; arns: unknown[] } {
  if (r.type === BUDGET_TYPE) {
    const arns = readOr(
      () => asList(r.props.notifications).flatMap((n) => knownElements(field(n, "subscriberSnsTopicArns"))),
      [],
    );
    return { keys: ["notifications"], arns };
  }
  return {
    keys: ALARM_ACTION_KEYS,
    arns: ALARM_ACTION_KEYS.flatMap((key) => knownElements(readOr(() => r.props[key], undefined))),
  };
}

/** The elements of a list that are known, one read at a time. */
function knownElements(list: unknown): unknown[] {
  if (!Array.isArray(list)) {
    return [];
  }
  const out: unknown[] = [];
  for (let i = 0; i < list.length; i++) {
    const v = tryRead(() => list[i]);
    if (v.known) {
      out.push(v.value);
    }
  }
  return out;
}

/**
 * The SNS topics of the stack that budgets or CloudWatch alarms notify, found through the property
 * dependencies Pulumi records (new topics, whose ARN is unknown during preview) or through literal
 * ARNs matched against each topic's ARN or name. Linear in the size of the stack.
 */
export function alertTopics(resources: readonly StackResource[]): StackResource[] {
  const topics = new Map<string, StackResource>();
  const byArnOrName = new Map<string, string>();
  for (const r of resources.filter((t) => t.type === SNS_TOPIC_TYPE)) {
    topics.set(r.urn, r);
    for (const key of ["arn", "name"]) {
      const v = readOr(() => r.props[key], undefined);
      if (typeof v === "string" && v !== "") {
        byArnOrName.set(v, r.urn);
      }
    }
  }
  const used = new Set<string>();
  for (const r of resources.filter((a) => a.type === BUDGET_TYPE || a.type === METRIC_ALARM_TYPE)) {
    const { keys, arns } = targetArns(r);
    for (const key of keys) {
      const deps = r.propertyDependencies?.[key];
      (Array.isArray(deps) ? deps : []).filter((d) => d && topics.has(d.urn)).forEach((d) => used.add(d.urn));
    }
    for (const arn of arns.filter((a): a is string => typeof a === "string")) {
      const urn = byArnOrName.get(arn) ?? byArnOrName.get(arn.split(":").pop() ?? "");
      if (urn !== undefined) {
        used.add(urn);
      }
    }
  }
  return resources.filter((r) => used.has(r.urn));
}
