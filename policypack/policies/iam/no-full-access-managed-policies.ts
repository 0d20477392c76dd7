import type { ResourcePolicyDefinition, ResourceUnderCheck } from "../../framework/types";
import { knownItems } from "../../framework/values";
import { IAM_ROLE_TYPE, POLICY_ATTACHMENT_TYPES } from "./types";

/** AWS managed policies that grant administrator or power-user rights. */
export const ADMIN_MANAGED_POLICIES = ["AdministratorAccess", "PowerUserAccess", "IAMFullAccess"] as const;

/** AWS managed policies that grant every action on the AI services and the data they use. */
export const AI_FULL_ACCESS_MANAGED_POLICIES = [
  "AmazonBedrockFullAccess",
  "AmazonSageMakerFullAccess",
  "AmazonS3FullAccess",
  "AmazonOpenSearchServiceFullAccess",
] as const;

const FORBIDDEN: ReadonlySet<string> = new Set([
  ...ADMIN_MANAGED_POLICIES,
  ...AI_FULL_ACCESS_MANAGED_POLICIES,
]);

/** `arn:<partition>:iam::aws:policy[/<path>]/<name>`: AWS managed policies live in the account `aws`. */
const AWS_MANAGED_ARN = /^arn:aws[a-z-]*:iam::aws:policy\/(?:.+\/)?([^/]+)$/;

/** The forbidden AWS managed policy an ARN names, if any. Unknown ARNs belong to policies created in the stack. */
export function forbiddenManagedPolicy(arn: unknown): string | undefined {
  const name = typeof arn === "string" ? AWS_MANAGED_ARN.exec(arn)?.[1] : undefined;
  return name !== undefined && FORBIDDEN.has(name) ? name : undefined;
}

/** The ARNs a resource attaches, as far as they are known: `policyArn`, `policyArns` or a role's `managedPolicyArns`. */
function attachedArns(resource: ResourceUnderCheck): unknown[] {
  const properties = resource.type === IAM_ROLE_TYPE ? ["managedPolicyArns"] : ["policyArn", "policyArns"];
  return properties.flatMap((property) => knownItems(() => resource.props[property]));
}

/** Pure check: no AWS managed administrator or full-access policy is attached. */
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
      `Attaches the AWS managed policy ${name}, which grants far more than any workload needs: attach a customer-managed policy that lists the actions and resources instead.`,
  );
}

export const iamNoFullAccessManagedPolicies: ResourcePolicyDefinition = {
  kind: "resource",
  name: "iam-no-full-access-managed-policies",
  description: `No role, user or group gets an AWS managed administrator or full-access policy (${[...FORBIDDEN].join(", ")}).`,
  rationale:
    "Full-access policies are written for humans exploring a service, not for workloads: AmazonBedrockFullAccess can delete guardrails and logging configuration, AmazonSageMakerFullAccess can pass roles and export models, and AdministratorAccess can do everything.",
  severity: "high",
  enforcementLevel: "mandatory",
  remediationSteps:
    "Remove the AWS managed policy ARN from `managedPolicyArns` (aws.iam.Role) or delete the aws.iam.RolePolicyAttachment/UserPolicyAttachment/GroupPolicyAttachment/PolicyAttachment, and attach an aws.iam.Policy that lists only the actions and resource ARNs the workload uses.",
  minScope: 1,
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
