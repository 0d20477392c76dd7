import type { ResourceValidationPolicy, StackValidationPolicy } from "@pulumi/policy";
import { takeAllAppliedExemptions, takeAppliedExemptions } from "./exemptions";
import {
  publishSettings,
  settingsConfigSchema,
  settingsLoaded,
  SETTINGS_POLICY_NAME,
  unknownSettingsProblems,
} from "./settings";

/**
 * The policy that carries the pack-wide settings. It reports nothing; it reads its config and
 * publishes it for the policies after it. It ships at level `remediate` because that is the one
 * level at which the SDK calls it in all three phases (Remediate, Analyze, AnalyzeStack);
 * `remediateResource` returns nothing, so it never changes a resource.
 */
export function settingsPolicy(
  policyNames: readonly string[],
): ResourceValidationPolicy & StackValidationPolicy {
  const load = (args: { getConfig<T extends object>(): T }) => {
    publishSettings(args.getConfig());
  };
  return {
    name: SETTINGS_POLICY_NAME,
    description:
      "Holds the pack settings: the stack's scope (1-5) and the exemptions. It never reports a violation.",
    enforcementLevel: "remediate",
    severity: "low",
    tags: ["settings"],
    configSchema: settingsConfigSchema(policyNames),
    remediateResource: (args) => {
      load(args);
      return undefined;
    },
    validateResource: (args) => load(args),
    // Once per stack: keys that are not settings (Pulumi's schema check lets them through). At
    // level remediate the SDK reports a stack violation as mandatory.
    validateStack: (args, report) => {
      load(args);
      for (const problem of unknownSettingsProblems(args.getConfig())) {
        report(`${problem}; fix the key, or the setting is ignored.`);
      }
    },
  };
}

/** The name of the policy that shows every exemption applied. */
export const EXEMPTION_REPORT_POLICY_NAME = "exemption-applied";

/**
 * The last policy of the pack: shows, as an advisory on the resource, each violation an exemption
 * hid in this request, with the exemption's reason and expiry, so no exemption is silent.
 */
export function exemptionReportPolicy(): ResourceValidationPolicy & StackValidationPolicy {
  const show = (entry: { policy: string; message: string; exemption: { reason: string; expires: string } }) =>
    `Exempted from ${entry.policy} until ${entry.exemption.expires} (${entry.exemption.reason}): ${entry.message}`;
  return {
    name: EXEMPTION_REPORT_POLICY_NAME,
    description: "Shows each violation that an exemption in the pack config hid, with its reason and expiry.",
    enforcementLevel: "advisory",
    severity: "low",
    tags: ["settings"],
    validateResource: (args, report) => {
      for (const entry of takeAppliedExemptions(args.urn)) {
        report(show(entry));
      }
    },
    validateStack: (_args, report) => {
      if (!settingsLoaded()) {
        report(
          `${SETTINGS_POLICY_NAME} did not run, so its scope and exemptions are ignored and the stack is checked at the scope the pack infers: remove "enforcementLevel": "disabled" from ${SETTINGS_POLICY_NAME} (or give it its own level when "all" disables everything).`,
        );
      }
      for (const entry of takeAllAppliedExemptions()) {
        report(show(entry), entry.urn);
      }
    },
  };
}
