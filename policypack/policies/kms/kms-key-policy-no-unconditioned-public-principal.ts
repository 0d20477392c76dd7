import {
  hasCondition,
  hasPublicPrincipal,
  parsePolicyDocument,
  type NormalizedStatement,
} from "../../framework/policy-document";
import type { ResourcePolicyDefinition, ResourceUnderCheck } from "../../framework/types";
import { KMS_KEY_POLICY_TYPE, KMS_KEY_TYPE } from "./lib/key-types";
import { CONTROL_SCOPES } from "../../vocabulary";

function describe(s: NormalizedStatement, index: number): string {
  const label = s.sid ? `"${s.sid}"` : `#${index + 1}`;
  const actions = s.actions.length > 0 ? s.actions.join(", ") : `all but ${s.notActions.join(", ")}`;
  return `Statement ${label} allows ${actions} to any principal with no condition: name the principals, or add a condition such as aws:PrincipalAccount or kms:ViaService.`;
}

/** Pure check: no Allow statement of a key policy may open the key to anyone unconditionally. */
export function checkKeyPolicy(resource: ResourceUnderCheck): string[] {
  // An absent policy means AWS's default key policy, which trusts only the owning account.
  const document = resource.props.policy;
  if (document === undefined || document === null || document === "") {
    return [];
  }
  const parsed = parsePolicyDocument(document);
  if (!parsed.ok) {
    return [`The key policy cannot be checked: ${parsed.error}.`];
  }
  return parsed.statements
    .map((s, i) => ({ s, i }))
    .filter(({ s }) => s.effect === "Allow" && hasPublicPrincipal(s) && !hasCondition(s))
    .map(({ s, i }) => describe(s, i));
}

export const kmsKeyPolicyNoUnconditionedPublicPrincipal: ResourcePolicyDefinition = {
  kind: "resource",
  name: "kms-key-policy-no-unconditioned-public-principal",
  description:
    "KMS key policies never grant use of the key to any principal (`*`) without a limiting condition.",
  rationale:
    "Whoever can use the key can read every dataset, artifact and log it encrypts; a wildcard principal hands that to every AWS account.",
  severity: "critical",
  enforcementLevel: "mandatory",
  remediationSteps:
    'Replace `Principal: "*"` with the roles that need the key, or add a condition (aws:PrincipalAccount, aws:SourceAccount, kms:ViaService, kms:CallerAccount).',
  minScope: CONTROL_SCOPES.keyManagement,
  services: ["kms"],
  resourceTypes: [KMS_KEY_TYPE, KMS_KEY_POLICY_TYPE],
  mappings: {
    nistCsf: ["PR.AA-05", "PR.DS-01"],
    owaspLlm: ["LLM02"],
    mitreAtlas: ["AML.M0005"],
    cisaNcsc: ["secure-design"],
    seedItems: ["csf.pr-least-privilege", "csf.pr-access-chain", "cisa.design-security-first"],
  },
  check: (resource) => checkKeyPolicy(resource),
};
