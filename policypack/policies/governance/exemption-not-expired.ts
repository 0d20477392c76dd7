import { isExpired, todayUtc } from "../../framework/exemptions";
import type { CheckContext, StackPolicyDefinition, StackViolation } from "../../framework/types";
import { SETTINGS_POLICY_NAME } from "../../framework/settings";
import { CONTROL_SCOPES } from "../../vocabulary";

/** Pure check: no exemption in the pack config is past its expiry date. */
export function checkExemptionsNotExpired(
  context: CheckContext,
  today: string = todayUtc(),
): StackViolation[] {
  return context.exemptions
    .map((e, index) => ({ e, index }))
    .filter(({ e }) => isExpired(e, today))
    .map(({ e, index }) => ({
      message: `Exemption ${SETTINGS_POLICY_NAME}.exemptions[${index}] (${e.policy} on ${e.resource}) expired on ${e.expires}; it no longer applies: fix the resource, or renew the exemption with a new reason and date.`,
    }));
}

export const exemptionNotExpired: StackPolicyDefinition = {
  kind: "stack",
  name: "exemption-not-expired",
  description: "Every exemption in the pack config is still within its expiry date.",
  rationale:
    "An exemption is accepted risk with a deadline; once the deadline passes the risk needs a fresh decision, not silent renewal.",
  severity: "medium",
  enforcementLevel: "mandatory",
  remediationSteps: `Fix the exempted resource and remove the exemption, or update its reason and "expires" date in ${SETTINGS_POLICY_NAME}.exemptions.`,
  minScope: CONTROL_SCOPES.scopeGovernance,
  services: [],
  mappings: {
    nistCsf: ["GV.PO-02", "ID.IM-01"],
    owaspLlm: [],
    mitreAtlas: [],
    cisaNcsc: ["secure-development"],
    seedItems: ["csf.gv-oversight", "cisa.dev-technical-debt"],
  },
  check: (_resources, context) => checkExemptionsNotExpired(context),
};
