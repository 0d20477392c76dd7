/**
 * What counts as a customer-managed KMS key, in one place for the policies and the components.
 *
 * An AWS-managed key (`aws/s3`, `aws/ebs`, `aws/sagemaker`, ...) has a key policy the account
 * cannot change, so it can neither be restricted to named roles nor revoked: it is never a
 * customer-managed key. A program names one as its alias (`alias/aws/s3`), as the alias ARN
 * (`arn:aws:kms:us-east-1:111122223333:alias/aws/s3`, in any partition), or as the key id or key
 * ARN behind the alias, read from an `aws.kms.getAlias` / `aws.kms.getKey` data source.
 *
 * The last form is only recognisable where the key id says what it is. Under `pulumi preview` the
 * data source returns the key's real id, a UUID like any other, so a policy cannot tell it from a
 * customer-managed key (the key's `keyManager` never reaches the resource that uses the id). The
 * offline engine answers those data sources for `alias/aws/*` names with key ids under
 * {@link AWS_MANAGED_KEY_ID_PREFIX}, which this module recognises, so the offline preview catches
 * that form too. An unknown key id (a key created in the same stack) counts as customer-managed.
 */

/** `alias/aws/<service>`, bare or as the alias ARN in any AWS partition and region. */
const AWS_MANAGED_ALIAS = /^(?:arn:aws(?:-[a-z]+)*:kms:[^:]*:[^:]*:)?alias\/aws\//i;

/**
 * The first 24 characters (three UUID groups and the version nibble) of the key ids the offline
 * engine gives the keys behind `alias/aws/*` aliases. A real AWS key id is random; this one is
 * reserved so the pack can recognise it.
 */
export const AWS_MANAGED_KEY_ID_PREFIX = "a55e7a11-a55e-4a11-8a11-";

/** `<prefix>...`, bare or as the key ARN. */
const OFFLINE_AWS_MANAGED_ID = new RegExp(
  `^(?:arn:aws(?:-[a-z]+)*:kms:[^:]*:[^:]*:key/)?${AWS_MANAGED_KEY_ID_PREFIX}[0-9a-f]{12}$`,
  "i",
);

/** True when `key` (a key id, key ARN, alias or alias ARN) names an AWS-managed key. */
export function isAwsManagedKey(key: string): boolean {
  const k = key.trim();
  return AWS_MANAGED_ALIAS.test(k) || OFFLINE_AWS_MANAGED_ID.test(k);
}

/** True when `key` is a non-empty key reference that does not name an AWS-managed key. */
export function isCustomerManagedKey(key: string): boolean {
  return key.trim() !== "" && !isAwsManagedKey(key);
}
