import { EXEMPTION_REPORT_POLICY_NAME } from "../../policypack/framework/settings-policy";
import { SETTINGS_POLICY_NAME } from "../../policypack/framework/settings";
import type { Diagnostic } from "../engine/types";

/** A violation an exemption hid, read back from the pack's `exemption-applied` advisory. */
export interface ExemptedFinding {
  /** The policy whose violation was exempted. */
  readonly policy: string;
  /** Last day the exemption holds, `YYYY-MM-DD`. */
  readonly expires: string;
  /** Why the exemption is acceptable. */
  readonly reason: string;
  /** The exempted violation's own message. */
  readonly message: string;
}

const SHAPE = /^Exempted from (\S+) until (\d{4}-\d{2}-\d{2}) \(([\s\S]*)\): ([\s\S]*)$/;

function configuredReasons(packConfig: Readonly<Record<string, unknown>> | undefined): string[] {
  const settings = packConfig?.[SETTINGS_POLICY_NAME] as { exemptions?: unknown } | undefined;
  const exemptions = Array.isArray(settings?.exemptions) ? settings.exemptions : [];
  return exemptions
    .map((e: unknown) => (e as { reason?: unknown })?.reason)
    .filter((r): r is string => typeof r === "string");
}

/**
 * The exempted violation an `exemption-applied` advisory stands for, or undefined for any other
 * diagnostic. The pack words it `Exempted from <policy> until <date> (<reason>): <message>`; a
 * reason from the pack config is matched whole, so parentheses in it or in the message are kept.
 */
export function exemptedFinding(
  d: Diagnostic,
  packConfig?: Readonly<Record<string, unknown>>,
): ExemptedFinding | undefined {
  if (d.policyName !== EXEMPTION_REPORT_POLICY_NAME) {
    return undefined;
  }
  const match = SHAPE.exec(d.message);
  if (!match) {
    return undefined;
  }
  const [, policy, expires] = match;
  const head = `Exempted from ${policy} until ${expires} (`;
  for (const reason of configuredReasons(packConfig)) {
    if (d.message.startsWith(`${head}${reason}): `)) {
      return { policy, expires, reason, message: d.message.slice(head.length + reason.length + 3) };
    }
  }
  return { policy, expires, reason: match[3], message: match[4] };
}
