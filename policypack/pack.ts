import type { Policies } from "@pulumi/policy";
import { toSdkPolicy } from "./framework/adapter";
import { exemptionReportPolicy, settingsPolicy } from "./framework/settings-policy";
import { POLICIES } from "./policies";

/** The pack's name, as reports and `pulumi policy publish` show it. */
export const PACK_NAME = "scopeguard";

/**
 * The SDK policies in the order the SDK must run them: the settings first (every other policy reads
 * them), the exemption report last (it shows what the others let through).
 */
export function buildPolicies(): Policies {
  const names = POLICIES.map((p) => p.name);
  return [settingsPolicy(names), ...POLICIES.map(toSdkPolicy), exemptionReportPolicy()];
}
