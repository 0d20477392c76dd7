/** IAM type tokens, as @pulumi/aws 7 registers them. */
export const IAM_POLICY_TYPE = "aws:iam/policy:Policy";
export const IAM_ROLE_POLICY_TYPE = "aws:iam/rolePolicy:RolePolicy";
export const IAM_ROLE_TYPE = "aws:iam/role:Role";
export const IAM_USER_POLICY_TYPE = "aws:iam/userPolicy:UserPolicy";
export const IAM_GROUP_POLICY_TYPE = "aws:iam/groupPolicy:GroupPolicy";
export const IAM_ACCESS_KEY_TYPE = "aws:iam/accessKey:AccessKey";

/** Resources that carry identity-based policy documents (a role carries them in `inlinePolicies`). */
export const IDENTITY_POLICY_TYPES = [
  IAM_POLICY_TYPE,
  IAM_ROLE_POLICY_TYPE,
  IAM_ROLE_TYPE,
  IAM_USER_POLICY_TYPE,
  IAM_GROUP_POLICY_TYPE,
] as const;

/** Resources that attach a managed policy by ARN: `policyArn` (one) or `policyArns` (a list). */
export const POLICY_ATTACHMENT_TYPES = [
  "aws:iam/rolePolicyAttachment:RolePolicyAttachment",
  "aws:iam/userPolicyAttachment:UserPolicyAttachment",
  "aws:iam/groupPolicyAttachment:GroupPolicyAttachment",
  "aws:iam/policyAttachment:PolicyAttachment",
  "aws:iam/rolePolicyAttachmentsExclusive:RolePolicyAttachmentsExclusive",
  "aws:iam/userPolicyAttachmentsExclusive:UserPolicyAttachmentsExclusive",
  "aws:iam/groupPolicyAttachmentsExclusive:GroupPolicyAttachmentsExclusive",
] as const;
