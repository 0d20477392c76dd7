import * as aws from "@pulumi/aws";
import * as pulumi from "@pulumi/pulumi";
import { aiTags, argumentErrorMessage, renderStatement } from "../common";
import { buildKeyPolicy } from "./key-policy";
import type { ScopedKeyArgs } from "./scoped-key-args";
import { aliasNameFor, DEFAULT_DELETION_WINDOW_DAYS, scopedKeyArgsError } from "./key-validation";

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
  const added = pulumi.output(args.additionalKeyPolicyStatements ?? []);
  return pulumi
    .all([environment, principals, services, added])
    .apply(([[partition, identity, region], [admins, users, via], grants, statements]) =>
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
          // In a key policy the resource is the key itself, and actions are listed as the key's own are.
          additionalStatements: statements.map((s) => renderStatement(s, "*", true)),
        }),
      ),
    );
}
