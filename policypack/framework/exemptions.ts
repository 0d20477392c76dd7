import type { Exemption } from "./settings";
import { wildcardMatches } from "./wildcard";

/** Today's date as `YYYY-MM-DD` in UTC, the calendar exemptions are written in. */
export function todayUtc(now: Date = new Date()): string {
  return now.toISOString().slice(0, 10);
}

/** True when the exemption's last day is before `today` (both `YYYY-MM-DD`). */
export function isExpired(exemption: Exemption, today: string = todayUtc()): boolean {
  return exemption.expires < today;
}

/** True when `selector` (a URN, or a name pattern with `*`) selects the resource. */
export function selectsResource(selector: string, urn: string, name: string): boolean {
  if (selector.startsWith("urn:")) {
    return selector === urn;
  }
  return wildcardMatches(selector, name);
}

/** The first unexpired exemption of `policy` that selects the resource, if any. */
export function findExemption(
  exemptions: readonly Exemption[],
  policy: string,
  urn: string,
  name: string,
  today: string = todayUtc(),
): Exemption | undefined {
  return exemptions.find(
    (e) => e.policy === policy && !isExpired(e, today) && selectsResource(e.resource, urn, name),
  );
}

/** The resource name part of a URN (`urn:pulumi:stack::project::type::name`). */
export function nameFromUrn(urn: string): string {
  const parts = urn.split("::");
  return parts[parts.length - 1] ?? urn;
}

/**
 * Exemptions applied while analyzing, kept until the exemption-report policy has shown them.
 * Keyed by URN because the SDK runs the policies of one request in order, the report last.
 */
const applied = new Map<string, { policy: string; exemption: Exemption; message: string }[]>();

/** Records that `exemption` hid a violation of `policy` on `urn`. */
export function recordAppliedExemption(
  urn: string,
  policy: string,
  exemption: Exemption,
  message: string,
): void {
  const list = applied.get(urn) ?? [];
  list.push({ policy, exemption, message });
  applied.set(urn, list);
}

/** Returns and forgets the exemptions applied to `urn`. */
export function takeAppliedExemptions(
  urn: string,
): { policy: string; exemption: Exemption; message: string }[] {
  const list = applied.get(urn) ?? [];
  applied.delete(urn);
  return list;
}

/** Returns and forgets every recorded exemption. */
export function takeAllAppliedExemptions(): {
  urn: string;
  policy: string;
  exemption: Exemption;
  message: string;
}[] {
  const all = [...applied.entries()].flatMap(([urn, list]) => list.map((entry) => ({ urn, ...entry })));
  applied.clear();
  return all;
}
