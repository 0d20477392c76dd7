import type * as pulumi from "@pulumi/pulumi";
import type { DataClass } from "../../policypack/vocabulary";
import type { AiTagArgs, ResourcePolicyStatementArgs } from "../common";

/** An AWS service that may use the key for this account. */
export interface ServiceKeyGrant {
  /** The service principal, e.g. `logs.us-east-1.amazonaws.com` or `cloudtrail.amazonaws.com`. */
  readonly service: pulumi.Input<string>;
  /**
   * Limits the grant to requests the service makes for this resource (ARN, wildcards allowed),
   * as `aws:SourceArn`. The grant is always limited to this account (`aws:SourceAccount`).
   * @default no resource limit, only the account limit
   */
  readonly sourceArn?: pulumi.Input<string>;
}

/** Arguments of {@link ScopedKey}. */
export interface ScopedKeyArgs extends AiTagArgs {
  /**
   * What the key protects, shown in the KMS console.
   * @default "scopeguard key <name>"
   */
  readonly description?: pulumi.Input<string>;
  /**
   * IAM principal ARNs (roles, users) that administer the key: policy, rotation, tags, aliases,
   * deletion. Administrators cannot encrypt or decrypt. Include the role that runs `pulumi up`:
   * the root's recovery rights let it read the key and replace its policy, not retag or delete it.
   * @default [] (only the account root's recovery rights, see ROOT_RECOVERY_ACTIONS)
   */
  readonly admins?: pulumi.Input<pulumi.Input<string>[]>;
  /**
   * IAM principal ARNs that encrypt and decrypt with the key. Only these principals get
   * cryptographic use directly; IAM policies in the account cannot add more.
   * @default [] (nobody, unless `services` or `accountViaServices` are set)
   */
  readonly users?: pulumi.Input<pulumi.Input<string>[]>;
  /**
   * AWS services that use the key for this account (CloudWatch Logs, CloudTrail ...).
   * @default []
   */
  readonly services?: ServiceKeyGrant[];
  /**
   * Services through which any principal of this account may use the key, as AWS-managed keys
   * allow; access is then decided by that service's own policies (for S3: IAM and the bucket
   * policy). A short name (`"s3"`) becomes the endpoint in the stack's region
   * (`s3.us-east-1.amazonaws.com`); a full endpoint is used as given.
   * @default [] (no such grant)
   */
  readonly accountViaServices?: pulumi.Input<pulumi.Input<string>[]>;
  /**
   * Days between automatic rotations, 90 to 2560. Rotation itself is always on.
   * @default 365 (KMS's own period when none is given)
   */
  readonly rotationPeriodInDays?: number;
  /**
   * Days KMS waits before deleting the key once deletion is scheduled, 7 to 30. Values below 30
   * need `allowShortDeletionWindow`. A plain number, not an Input, so it is checked before any
   * resource is created.
   * @default 30
   */
  readonly deletionWindowInDays?: number;
  /**
   * Relaxation: accept a deletion window shorter than 30 days (for throw-away environments).
   * @default false
   */
  readonly allowShortDeletionWindow?: boolean;
  /**
   * The alias, with or without the `alias/` prefix. Aliases are unique per account and region,
   * so stacks that share an account should set distinct names.
   * @default the component's name
   */
  readonly aliasName?: string;
  /**
   * The one data class the key protects, written to the `data-class` tag. Leave it unset for a key
   * shared by stores of several classes; the tag is then omitted rather than guessed.
   * @default unset
   */
  readonly dataClass?: DataClass;
  /**
   * Statements appended to the key policy after the key's own, which they cannot replace or
   * precede: grants a service needs to use the key for a resource, such as `kms:CreateGrant` through
   * Bedrock. Their resource is the key (`*`). Each needs its own sid (not one of KEY_POLICY_SIDS),
   * `kms:` actions and a principal; an Allow to any principal (`*`) needs a condition.
   * @default [] (the key's own statements only)
   */
  readonly additionalKeyPolicyStatements?: ResourcePolicyStatementArgs[];
}
