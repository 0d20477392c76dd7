/**
 * Whether a key reference names an AWS managed key (`alias/aws/es`, or its ARN form), which
 * encrypts with a key the account cannot control or audit per use. Only literal references can be
 * recognised; an ARN computed from a key in the stack is a customer-managed key.
 */
const AWS_MANAGED_ALIAS = /^(?:arn:aws[a-z-]*:kms:[^:]*:[^:]*:)?alias\/aws\//;

export function isAwsManagedKeyReference(value: unknown): value is string {
  return typeof value === "string" && AWS_MANAGED_ALIAS.test(value.trim());
}
