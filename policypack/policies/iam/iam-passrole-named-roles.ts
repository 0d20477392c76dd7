import type { NormalizedStatement } from "../../framework/policy-document";
import type { ResourcePolicyDefinition, ResourceUnderCheck } from "../../framework/types";
import { capitalize, checkDocuments, type StatementVerdict } from "../../framework/document-reading";
import { identityDocuments } from "./lib/documents";
import { PASS_ROLE_ACTION } from "./lib/sensitive-actions";
import { coversAllResources, grants, hasComputedAction } from "./lib/statements";
import { IDENTITY_POLICY_TYPES } from "./lib/types";
import { CONTROL_SCOPES } from "../../vocabulary";

function judge(s: NormalizedStatement, where: string): StatementVerdict {
  if (s.effect !== "Allow" || !coversAllResources(s)) {
    return { messages: [] };
  }
  if (!grants(s, PASS_ROLE_ACTION)) {
    return { messages: [], undecided: hasComputedAction(s) };
  }
  const scope =
    s.notResources.length > 0
      ? "every role but a few (NotResource)"
      : `every role (${s.resources.join(", ")})`;
  return {
    messages: [
      `${capitalize(where)} allows iam:PassRole on ${scope}: list the ARNs of the roles the workload hands to a service.`,
    ],
  };
}

/** Pure check: iam:PassRole is granted on named roles only. */
export function checkPassRoleNamedRoles(resource: ResourceUnderCheck): string[] {
  return checkDocuments(identityDocuments(resource), judge);
}

export const iamPassRoleNamedRoles: ResourcePolicyDefinition = {
  kind: "resource",
  name: "iam-passrole-named-roles",
  description: 'iam:PassRole is allowed only on named role ARNs, never on "*" or "role/*".',
  rationale:
    "PassRole on any role lets the holder start a SageMaker training job, a Bedrock customization job or an agent with the most privileged role in the account: a one-step privilege escalation.",
  severity: "high",
  enforcementLevel: "mandatory",
  remediationSteps:
    "Set the Resource of the statement that allows iam:PassRole to the ARNs of the execution roles it passes (for example `executionRole.arn`), and add a `StringEquals` condition on `iam:PassedToService`.",
  minScope: CONTROL_SCOPES.leastPrivilege,
  services: ["iam"],
  resourceTypes: IDENTITY_POLICY_TYPES,
  mappings: {
    nistCsf: ["PR.AA-05"],
    owaspLlm: ["LLM06"],
    mitreAtlas: ["AML.M0005"],
    cisaNcsc: ["secure-design"],
    seedItems: ["csf.pr-least-privilege", "csf.pr-access-chain", "checklist.auth-rbac"],
  },
  check: (resource) => checkPassRoleNamedRoles(resource),
};
