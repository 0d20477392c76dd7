import * as aws from "@pulumi/aws";
import * as pulumi from "@pulumi/pulumi";
import type { DataClass } from "../../policypack/vocabulary";
import { aiTags, argumentErrorMessage, type AiTagArgs } from "../common";
import { buildKeyPolicy } from "./key-policy";
import { aliasNameFor, DEFAULT_DELETION_WINDOW_DAYS, scopedKeyArgsError } from "./key-validation";

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
}

/**
 * A customer-managed symmetric KMS key with rotation on, a least-privilege key policy (named
 * administrators, named users, conditioned service grants, recovery-only rights for the account
 * root) and an alias.
 */
export class ScopedKey extends pulumi.ComponentResource {
  /** The Pulumi type token of this component. */
  public static readonly typeToken = "scopeguard:kms:Key";

  /** The KMS key. */
  public readonly key: aws.kms.Key;
  /** The key's alias. */
  public readonly alias: aws.kms.Alias;
  /** The key's ARN; what other resources reference. */
  public readonly keyArn: pulumi.Output<string>;
  /** The key's id. */
  public readonly keyId: pulumi.Output<string>;
  /** The full alias name, `alias/<aliasName>`. */
  public readonly aliasName: pulumi.Output<string>;

  /**
   * @param name The component's name; also the default alias.
   * @param args See {@link ScopedKeyArgs}; every field is optional.
   * @param opts Component resource options.
   */
  constructor(name: string, args: ScopedKeyArgs = {}, opts?: pulumi.ComponentResourceOptions) {
    super(ScopedKey.typeToken, name, {}, opts);

    const problem = scopedKeyArgsError(name, args);
    if (problem !== undefined) {
      throw new pulumi.ResourceError(argumentErrorMessage("ScopedKey", name, problem), this);
    }

    const tags = aiTags(args, args.dataClass);
    const policy = keyPolicyJson(args, this);

    this.key = new aws.kms.Key(
      name,
      {
        description: args.description ?? `scopeguard key ${name}`,
        keyUsage: "ENCRYPT_DECRYPT",
        customerMasterKeySpec: "SYMMETRIC_DEFAULT",
        // Rotation limits how much data one key version protects; symmetric keys rotate transparently.
        enableKeyRotation: true,
        rotationPeriodInDays: args.rotationPeriodInDays,
        deletionWindowInDays: args.deletionWindowInDays ?? DEFAULT_DELETION_WINDOW_DAYS,
        policy,
        // Never skip KMS's check that the new policy leaves the key manageable.
        bypassPolicyLockoutSafetyCheck: false,
        tags,
      },
      { parent: this },
    );
    const aliasFullName = `alias/${aliasNameFor(name, args.aliasName)}`;
    // Aliases carry no tags in KMS; the key they point to does.
    this.alias = new aws.kms.Alias(
      name,
      { name: aliasFullName, targetKeyId: this.key.keyId },
      { parent: this },
    );

    this.keyArn = this.key.arn;
    this.keyId = this.key.keyId;
    this.aliasName = this.alias.name;
    this.registerOutputs({ keyArn: this.keyArn, keyId: this.keyId, aliasName: this.aliasName });
  }
}

/** The key policy as JSON: the arguments, resolved, with the stack's account, partition and region. */
function keyPolicyJson(args: ScopedKeyArgs, parent: pulumi.Resource): pulumi.Output<string> {
  const environment = pulumi.all([
    aws.getPartitionOutput({}, { parent }),
    aws.getCallerIdentityOutput({}, { parent }),
    aws.getRegionOutput({}, { parent }),
  ]);
  const services = pulumi.output(
    (args.services ?? []).map((g) => pulumi.output({ service: g.service, sourceArn: g.sourceArn })),
  );
  const principals = pulumi.all([args.admins ?? [], args.users ?? [], args.accountViaServices ?? []]);
  return pulumi
    .all([environment, principals, services])
    .apply(([[partition, identity, region], [admins, users, via], grants]) =>
      JSON.stringify(
        buildKeyPolicy({
          partition: partition.partition,
          accountId: identity.accountId,
          admins,
          users,
          services: grants.map((g) => (g.sourceArn === undefined ? { service: g.service } : g)),
          // A short service name means its endpoint in this stack's region and partition.
          accountViaServices: via.map((v) =>
            v.includes(".") ? v : `${v}.${region.region}.${partition.dnsSuffix}`,
          ),
        }),
      ),
    );
}
