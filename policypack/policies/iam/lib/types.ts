import { AwsType } from "../../../vocabulary";
/** IAM type tokens, as @pulumi/aws 7 registers them. */
export const IAM_POLICY_TYPE = AwsType.iam.Policy;
export const IAM_ROLE_POLICY_TYPE = AwsType.iam.RolePolicy;
export const IAM_ROLE_TYPE = AwsType.iam.Role;
export const IAM_USER_POLICY_TYPE = AwsType.iam.UserPolicy;
export const IAM_GROUP_POLICY_TYPE = AwsType.iam.GroupPolicy;
export const IAM_ACCESS_KEY_TYPE = AwsType.iam.AccessKey;

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
  AwsType.iam.RolePolicyAttachment,
  AwsType.iam.UserPolicyAttachment,
  AwsType.iam.GroupPolicyAttachment,
  AwsType.iam.PolicyAttachment,
  AwsType.iam.RolePolicyAttachmentsExclusive,
  AwsType.iam.UserPolicyAttachmentsExclusive,
  AwsType.iam.GroupPolicyAttachmentsExclusive,
] as const;
