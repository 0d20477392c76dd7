import type { NormalizedStatement } from "../../framework/policy-document";
import type { ResourcePolicyDefinition, ResourceUnderCheck } from "../../framework/types";
import { capitalize, checkDocuments, type StatementVerdict } from "../../framework/document-reading";
import { identityDocuments } from "./lib/documents";
import { hasComputedAction } from "./lib/statements";
import { IDENTITY_POLICY_TYPES } from "./lib/types";
import { CONTROL_SCOPES } from "../../vocabulary";

/** `*`, or every action of one service (`s3:*`). */
function isWildcardAction(action: string): boolean {
  return action === "*" || /^[A-Za-z0-9-]+:\*$/.test(action);
}

function judge(s: NormalizedStatement, where: string): StatementVerdict {
  if (s.effect !== "Allow") {
    return { messages: [] };
  }
  if (s.notActions.length > 0) {
    return {
      messages: [
        `${capitalize(where)} allows every action except ${s.notActions.join(", ")} (Allow with NotAction): list the actions the workload calls under Action instead.`,
      ],
    };
  }
  const wildcards = s.actions.filter(isWildcardAction);
  if (wildcards.length === 0) {
    return { messages: [], undecided: hasComputedAction(s) };
  }
  const what = wildcards.includes("*")
    ? 'every action of every service ("*")'
    : `every action of ${wildcards.map((a) => `"${a}"`).join(", ")}`;
  return { messages: [`${capitalize(where)} allows ${what}: list the actions the workload calls.`] };
}

/** Pure check: no Allow statement grants `*`, `service:*`, or everything through NotAction. */
export function checkNoWildcardActions(resource: ResourceUnderCheck): string[] {
  return checkDocuments(identityDocuments(resource), judge, { reportInvalid: true });
}

export const iamNoWildcardActions: ResourcePolicyDefinition = {
  kind: "resource",
  name: "iam-no-wildcard-actions",
  description:
    'Identity-based IAM policies never allow every action ("*"), every action of a service ("bedrock:*"), or all but some (NotAction).',
  rationale:
    "A role that can do anything in Bedrock, SageMaker or S3 can also delete guardrails, swap model artifacts and read every prompt log; an agent or a compromised app that holds it has far more reach than its task needs.",
  severity: "high",
  enforcementLevel: "mandatory",
  remediationSteps:
    'Replace `"Action": "*"` or `"<service>:*"` with the named actions the workload calls (for example `bedrock:InvokeModel`), in the `policy` of the aws.iam.Policy/RolePolicy/UserPolicy/GroupPolicy or the role\'s `inlinePolicies`; replace Allow + NotAction with an explicit Action list.',
  minScope: CONTROL_SCOPES.leastPrivilege,
  services: ["iam"],
  resourceTypes: IDENTITY_POLICY_TYPES,
  mappings: {
    nistCsf: ["PR.AA-05"],
    owaspLlm: ["LLM06"],
    mitreAtlas: ["AML.M0005"],
    cisaNcsc: ["secure-design"],
    seedItems: [
      "csf.pr-least-privilege",
      "checklist.auth-rbac",
      "blueprint.access-mfa-rbac",
      "cisa.design-security-first",
    ],
  },
  check: (resource) => checkNoWildcardActions(resource),
};
