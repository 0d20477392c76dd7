import * as aws from "@pulumi/aws";
import * as pulumi from "@pulumi/pulumi";
import {
  aiTags,
  argumentErrorMessage,
  tagArgsError,
  wildcardPrincipalError,
  type AiTagArgs,
} from "../common";
import { unique, type PolicyDocument, type PolicyStatement } from "../common";
import { aliasNameError, aliasNameFor, KEY_ADMIN_ACTIONS, rootRecoveryStatement } from "../kms";

/**
 * An asymmetric KMS key that signs model artifacts, so that whoever loads a model can check it is
 * the one the pipeline produced (a swapped artifact is how a model gets backdoored). The private
 * key never leaves KMS; verifiers need only the public key.
 */

/** The key specs a signing key may use: ECDSA on P-256 (the default, small fast signatures) or RSA. */
export const SIGNING_KEY_SPECS = [
  "ECC_NIST_P256",
  "ECC_NIST_P384",
  "RSA_2048",
  "RSA_3072",
  "RSA_4096",
] as const;

/** One of {@link SIGNING_KEY_SPECS}. */
export type SigningKeySpec = (typeof SIGNING_KEY_SPECS)[number];

/** The default spec: ECDSA P-256 with SHA-256 (`ECDSA_SHA_256`). */
export const DEFAULT_SIGNING_KEY_SPEC: SigningKeySpec = "ECC_NIST_P256";

/** What a signer may do: sign, and check its own signatures. */
export const SIGNER_ACTIONS: readonly string[] = [
  "kms:Sign",
  "kms:Verify",
  "kms:GetPublicKey",
  "kms:DescribeKey",
];

/** What a verifier may do: check signatures, or fetch the public key and check them offline. */
export const VERIFIER_ACTIONS: readonly string[] = ["kms:Verify", "kms:GetPublicKey", "kms:DescribeKey"];

/** Rotation of key material exists only for symmetric keys; these admin actions do not apply. */
const SYMMETRIC_ONLY_ADMIN_ACTIONS = new Set([
  "kms:EnableKeyRotation",
  "kms:DisableKeyRotation",
  "kms:RotateKeyOnDemand",
]);

/** Everything the signing key's policy needs, resolved to plain values. */
export interface SigningKeyPolicyInput {
  readonly partition: string;
  readonly accountId: string;
  readonly admins: readonly string[];
  readonly signers: readonly string[];
  readonly verifiers: readonly string[];
}

/**
 * The key policy: the account root keeps recovery rights only (as for every ScopedKey), named
 * administrators manage the key, named signers sign, named verifiers verify. Nobody else, and no
 * IAM policy in the account, can sign with it.
 */
export function buildSigningKeyPolicy(input: SigningKeyPolicyInput): PolicyDocument {
  const statements: PolicyStatement[] = [rootRecoveryStatement(input.partition, input.accountId)];
  const grant = (sid: string, principals: readonly string[], actions: readonly string[]) => {
    const named = unique(principals);
    if (named.length > 0) {
      statements.push({
        Sid: sid,
        Effect: "Allow",
        Principal: { AWS: named },
        Action: [...actions],
        Resource: "*",
      });
    }
  };
  grant(
    "KeyAdministration",
    input.admins,
    KEY_ADMIN_ACTIONS.filter((a) => !SYMMETRIC_ONLY_ADMIN_ACTIONS.has(a)),
  );
  grant("ArtifactSigning", input.signers, SIGNER_ACTIONS);
  grant(
    "ArtifactVerification",
    input.verifiers.filter((v) => !input.signers.includes(v)),
    VERIFIER_ACTIONS,
  );
  return { Version: "2012-10-17", Statement: statements };
}

/** Arguments of {@link ArtifactSigningKey}. */
export interface ArtifactSigningKeyArgs extends AiTagArgs {
  /**
   * The key spec.
   * @default "ECC_NIST_P256"
   */
  readonly keySpec?: SigningKeySpec;
  /**
   * IAM principal ARNs that sign artifacts (the training or packaging pipeline's role). Build role
   * ARNs from names (roleArnFromName) so the key policy is known during preview.
   * @default [] (nobody signs until a signer is named)
   */
  readonly signers?: pulumi.Input<pulumi.Input<string>[]>;
  /**
   * IAM principal ARNs that verify signatures through KMS or read the public key.
   * @default []
   */
  readonly verifiers?: pulumi.Input<pulumi.Input<string>[]>;
  /**
   * Administrators of the key.
   * @default [] (account-root recovery rights only)
   */
  readonly admins?: pulumi.Input<pulumi.Input<string>[]>;
  /**
   * The alias, with or without `alias/`.
   * @default the component's name
   */
  readonly aliasName?: string;
}

/** The first problem with `args`, without the component prefix; `undefined` when they are valid. */
export function artifactSigningKeyArgsError(name: string, args: ArtifactSigningKeyArgs): string | undefined {
  return [
    tagArgsError(args),
    args.keySpec === undefined || (SIGNING_KEY_SPECS as readonly unknown[]).includes(args.keySpec)
      ? undefined
      : `keySpec "${String(args.keySpec)}" is not a signing key spec; use one of ${SIGNING_KEY_SPECS.join(", ")}.`,
    wildcardPrincipalError("signers", args.signers),
    wildcardPrincipalError("verifiers", args.verifiers),
    wildcardPrincipalError("admins", args.admins),
    aliasNameError(aliasNameFor(name, args.aliasName)),
  ].find((m) => m !== undefined);
}

/**
 * An asymmetric customer-managed KMS key (SIGN_VERIFY, ECDSA P-256 by default) for signing model
 * artifacts, with a key policy that names its signers and verifiers, and an alias. Asymmetric keys
 * cannot rotate automatically (KMS rejects it); rotate by creating a new key and re-signing.
 */
export class ArtifactSigningKey extends pulumi.ComponentResource {
  /** The Pulumi type token of this component. */
  public static readonly typeToken = "scopeguard:platform:ArtifactSigningKey";

  /** The key. */
  public readonly key: aws.kms.Key;
  /** Its alias. */
  public readonly alias: aws.kms.Alias;
  /** The key's ARN. */
  public readonly keyArn: pulumi.Output<string>;
  /** The full alias name, `alias/<aliasName>`. */
  public readonly aliasName: pulumi.Output<string>;

  /**
   * @param name The component's name; also the default alias.
   * @param args See {@link ArtifactSigningKeyArgs}.
   * @param opts Component resource options.
   */
  constructor(name: string, args: ArtifactSigningKeyArgs = {}, opts?: pulumi.ComponentResourceOptions) {
    super(ArtifactSigningKey.typeToken, name, {}, opts);

    const problem = artifactSigningKeyArgsError(name, args);
    if (problem !== undefined) {
      throw new pulumi.ResourceError(argumentErrorMessage("ArtifactSigningKey", name, problem), this);
    }

    const parent = { parent: this };
    const policy = pulumi
      .all([
        aws.getPartitionOutput({}, parent).partition,
        aws.getCallerIdentityOutput({}, parent).accountId,
        pulumi.output(args.admins ?? []),
        pulumi.output(args.signers ?? []),
        pulumi.output(args.verifiers ?? []),
      ])
      .apply(([partition, accountId, admins, signers, verifiers]) =>
        JSON.stringify(buildSigningKeyPolicy({ partition, accountId, admins, signers, verifiers })),
      );
    this.key = new aws.kms.Key(
      name,
      {
        description: `scopeguard: signs the model artifacts of ${name}`,
        keyUsage: "SIGN_VERIFY",
        customerMasterKeySpec: args.keySpec ?? DEFAULT_SIGNING_KEY_SPEC,
        // Only symmetric keys rotate automatically; KMS rejects rotation for this key.
        enableKeyRotation: false,
        deletionWindowInDays: 30,
        policy,
        bypassPolicyLockoutSafetyCheck: false,
        tags: aiTags(args, "model-artifacts"),
      },
      parent,
    );
    this.alias = new aws.kms.Alias(
      name,
      { name: `alias/${aliasNameFor(name, args.aliasName)}`, targetKeyId: this.key.keyId },
      parent,
    );
    this.keyArn = this.key.arn;
    this.aliasName = this.alias.name;
    this.registerOutputs({ keyArn: this.keyArn, aliasName: this.aliasName });
  }
}
