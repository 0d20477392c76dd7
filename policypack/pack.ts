import type { Policies } from "@pulumi/policy";
import { scopeguardPolicies } from "./compose";

export { scopeguardPolicies, selectPolicies, type ScopeguardPolicyOptions } from "./compose";

/** The pack's name, as reports and `pulumi policy publish` show it. */
export const PACK_NAME = "scopeguard";

/**
 * scopeguard's own pack: every policy at its shipped level, in the order the SDK must run them
 * (the settings first, since every other policy reads them; the exemption report last, since it
 * shows what the others let through). A pack of your own is built the same way, with options.
 */
export function buildPolicies(): Policies {
  return scopeguardPolicies();
}
