import { unique, type PolicyDocument, type PolicyStatement } from "../common";

/**
 * The key policy of a {@link ScopedKey}, built as a typed document from plain values so it can be
 * unit-tested (and simulated) without a Pulumi runtime. Action lists are named constants, as in
 * aws-cdk's `perms.ts`, so tests and reviewers see exactly what each role gets.
 */

/** Actions that keep the key usable but never touch data: lifecycle, policy, rotation, tags, aliases. */
export const KEY_ADMIN_ACTIONS: readonly string[] = [
  "kms:DescribeKey",
  "kms:GetKeyPolicy",
  "kms:GetKeyRotationStatus",
  "kms:ListResourceTags",
  "kms:ListGrants",
  "kms:ListKeyPolicies",
  "kms:PutKeyPolicy",
  "kms:EnableKey",
  "kms:DisableKey",
  "kms:EnableKeyRotation",
  "kms:DisableKeyRotation",
  "kms:RotateKeyOnDemand",
  "kms:UpdateKeyDescription",
  "kms:TagResource",
  "kms:UntagResource",
  "kms:CreateAlias",
  "kms:UpdateAlias",
  "kms:DeleteAlias",
  "kms:RevokeGrant",
  "kms:ScheduleKeyDeletion",
  "kms:CancelKeyDeletion",
];

/** Cryptographic use of a symmetric key: what a workload that reads and writes the data needs. */
export const KEY_USE_ACTIONS: readonly string[] = [
  "kms:Encrypt",
  "kms:Decrypt",
  "kms:ReEncrypt*",
  "kms:GenerateDataKey*",
  "kms:DescribeKey",
];

/**
 * What the account root keeps. AWS warns that a key whose policy no principal can change is
 * unmanageable (only AWS Support can recover it), and KMS refuses a new policy that would lock out
 * the caller. Granting root the ability to read the key and replace its policy keeps the key
 * recoverable by an account administrator through IAM, without the default `kms:*` that would
 * let any IAM policy in the account grant decryption.
 */
export const ROOT_RECOVERY_ACTIONS: readonly string[] = [
  "kms:DescribeKey",
  "kms:GetKeyPolicy",
  "kms:GetKeyRotationStatus",
  "kms:ListResourceTags",
  "kms:PutKeyPolicy",
];

/** An AWS service allowed to use the key on behalf of this account. */
export interface ResolvedServiceGrant {
  /** Service principal, e.g. `logs.us-east-1.amazonaws.com`. */
  readonly service: string;
  /** When set, only requests made for this resource (ARN pattern) may use the key. */
  readonly sourceArn?: string;
}

/** Everything the key policy needs, resolved to plain values. */
export interface KeyPolicyInput {
  readonly partition: string;
  readonly accountId: string;
  readonly admins: readonly string[];
  readonly users: readonly string[];
  readonly services: readonly ResolvedServiceGrant[];
  /** Service endpoints (`s3.us-east-1.amazonaws.com`) through which any principal of the account may use the key. */
  readonly accountViaServices: readonly string[];
  /** Statements written after the key's own (see ScopedKey's `additionalKeyPolicyStatements`). */
  readonly additionalStatements?: readonly PolicyStatement[];
}

/** The ids of the statements the key writes itself; `ServiceUse<n>` is numbered per service grant. */
export const KEY_POLICY_SIDS = {
  rootRecovery: "AccountRootKeyRecoveryOnly",
  administration: "KeyAdministration",
  use: "KeyUse",
  serviceUsePrefix: "ServiceUse",
  accountUseThroughServices: "AccountUseThroughServices",
} as const;

/** True for the id of a statement the key writes itself, which an added statement may not take. */
export function isKeyPolicyOwnSid(sid: string): boolean {
  const { serviceUsePrefix, ...fixed } = KEY_POLICY_SIDS;
  const own: readonly string[] = Object.values(fixed);
  return own.includes(sid) || new RegExp(`^${serviceUsePrefix}\\d+$`).test(sid);
}

/**
 * The statement every scopeguard key policy opens with: the account root may recover the key
 * (re-grant administration, cancel a deletion) but not use it, so IAM policies alone grant nothing.
 */
export function rootRecoveryStatement(partition: string, accountId: string): PolicyStatement {
  return {
    Sid: KEY_POLICY_SIDS.rootRecovery,
    Effect: "Allow",
    Principal: { AWS: `arn:${partition}:iam::${accountId}:root` },
    Action: [...ROOT_RECOVERY_ACTIONS],
    Resource: "*",
  };
}

/**
 * The key policy: root recovery, then named admins, named users, services and via-service use, then
 * the added statements, which never come before or replace the key's own.
 */
export function buildKeyPolicy(input: KeyPolicyInput): PolicyDocument {
  const statements: PolicyStatement[] = [rootRecoveryStatement(input.partition, input.accountId)];
  const admins = unique(input.admins);
  if (admins.length > 0) {
    statements.push({
      Sid: KEY_POLICY_SIDS.administration,
      Effect: "Allow",
      Principal: { AWS: admins },
      Action: [...KEY_ADMIN_ACTIONS],
      Resource: "*",
    });
  }
  const users = unique(input.users);
  if (users.length > 0) {
    statements.push({
      Sid: KEY_POLICY_SIDS.use,
      Effect: "Allow",
      Principal: { AWS: users },
      Action: [...KEY_USE_ACTIONS],
      Resource: "*",
    });
  }
  input.services.forEach((grant, index) => {
    // aws:SourceAccount stops the confused deputy: the service may use the key only for this account.
    const condition: Record<string, Record<string, string>> = {
      StringEquals: { "aws:SourceAccount": input.accountId },
    };
    if (grant.sourceArn !== undefined) {
      condition.ArnLike = { "aws:SourceArn": grant.sourceArn };
    }
    statements.push({
      Sid: `${KEY_POLICY_SIDS.serviceUsePrefix}${index}`,
      Effect: "Allow",
      Principal: { Service: grant.service },
      Action: [...KEY_USE_ACTIONS],
      Resource: "*",
      Condition: condition,
    });
  });
  const viaServices = unique(input.accountViaServices);
  if (viaServices.length > 0) {
    // The pattern of AWS-managed keys: any principal of this account, but only through the named
    // services, so access is governed by those services' own policies (for S3, IAM and the bucket policy).
    statements.push({
      Sid: KEY_POLICY_SIDS.accountUseThroughServices,
      Effect: "Allow",
      Principal: { AWS: "*" },
      Action: [...KEY_USE_ACTIONS],
      Resource: "*",
      Condition: {
        StringEquals: { "kms:CallerAccount": input.accountId, "kms:ViaService": viaServices },
      },
    });
  }
  statements.push(...(input.additionalStatements ?? []));
  return { Version: "2012-10-17", Statement: statements };
}
