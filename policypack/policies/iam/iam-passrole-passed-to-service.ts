import type { NormalizedStatement } from "../../framework/policy-document";
import type { ResourcePolicyDefinition, ResourceUnderCheck } from "../../framework/types";
import { capitalize, checkDocuments, type StatementVerdict } from "../../framework/document-reading";
import { identityDocuments } from "./lib/documents";
import { PASS_ROLE_ACTION } from "./lib/sensitive-actions";
import { grants, hasComputedAction, hasConditionKey } from "./lib/statements";
import { IDENTITY_POLICY_TYPES } from "./lib/types";
import { CONTROL_SCOPES } from "../../vocabulary";

/** `*` and `iam:*` are reported by iam-no-wildcard-actions; repeating them here adds only noise. */
const isBroadWildcard = (action: string) => action === "*" || action.toLowerCase() === "iam:*";

function judge(s: NormalizedStatement, where: string): StatementVerdict {
  if (s.effect !== "Allow" || s.actions.some(isBroadWildcard) || s.notActions.length > 0) {
    return { messages: [] };
  }
  if (hasConditionKey(s, (key) => key === "iam:passedtoservice")) {
    return { messages: [] };
  }
  if (!grants(s, PASS_ROLE_ACTION)) {
    return { messages: [], undecided: hasComputedAction(s) };
  }
  return {
    messages: [
      `${capitalize(where)} allows iam:PassRole with no iam:PassedToService condition: add one naming the service the role is for (for example sagemaker.amazonaws.com or bedrock.amazonaws.com).`,
    ],
  };
}

/** Pure check: iam:PassRole names the service the role may be passed to. */
export function checkPassRolePassedToService(resource: ResourceUnderCheck): string[] {
  return checkDocuments(identityDocuments(resource), judge);
}

export const iamPassRolePassedToService: ResourcePolicyDefinition = {
  kind: "resource",
  name: "iam-passrole-passed-to-service",
  description: "Statements that allow iam:PassRole carry an iam:PassedToService condition.",
  rationale:
    "A role meant for SageMaker training should not be passable to Lambda or EC2, where its data access runs arbitrary code; the condition pins each role to the service it was designed for.",
  severity: "low",
  enforcementLevel: "advisory",
  remediationSteps:
    'Add `"Condition": {"StringEquals": {"iam:PassedToService": "<service>.amazonaws.com"}}` to the statement that allows iam:PassRole.',
  minScope: CONTROL_SCOPES.workloadRoles,
  services: ["iam"],
  resourceTypes: IDENTITY_POLICY_TYPES,
  mappings: {
    nistCsf: ["PR.AA-05"],
    owaspLlm: ["LLM06"],
    mitreAtlas: ["AML.M0005"],
    cisaNcsc: ["secure-design"],
    seedItems: ["csf.pr-least-privilege", "csf.pr-trusted-patterns"],
  },
  check: (resource) => checkPassRolePassedToService(resource),
};
