import type { Policies } from "@pulumi/policy";
import { scopeguardPolicies } from "./compose";
import { shareSdkDeserialization } from "./framework/shared-deserialization";
import { shareSdkHandlers } from "./framework/shared-handlers";

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

/**
 * Makes the SDK's analyzer share its work between the policies of a pack: each resource of a
 * request is deserialized once for every policy (framework/shared-deserialization.ts), every
 * stack policy reads one resource list, built once per AnalyzeStack call, and a policy that says
 * which types it looks at is not called for others (framework/shared-handlers.ts). Answers stay
 * exactly the SDK's. Call it before `new PolicyPack(...)`; scopeguard's own pack does. Sharing
 * relies on policies only reading what they are given, as scopeguard's do: the stack's resource
 * list is frozen, props are not.
 */
export function shareSdkAnalysis(): void {
  shareSdkDeserialization();
  shareSdkHandlers();
}
