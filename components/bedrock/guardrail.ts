import * as aws from "@pulumi/aws";
import * as pulumi from "@pulumi/pulumi";
import { createHash } from "crypto";
import { aiTags, argumentErrorMessage, childOf, setChild } from "../common";
import { ScopedKey } from "../kms";
import {
  buildContentFilters,
  buildPiiEntities,
  buildTopics,
  DEFAULT_BLOCKED_INPUT_MESSAGE,
  DEFAULT_BLOCKED_OUTPUT_MESSAGE,
  resolveStrengths,
  type PiiAction,
} from "./guardrail-config";
import { GUARDRAIL_DEFAULT_SCOPE, guardrailArgsError } from "./guardrail-validation";
import type { GuardrailArgs } from "./guardrail-args";
import { serviceGrantStatement } from "./key-grants";

/**
 * A Bedrock guardrail with secure defaults (contrast generative-ai-cdk-constructs, whose guardrail
 * defaults every filter list to empty): prompt-attack and harmful-content filters, PII handling,
 * optional denied topics and words, the profanity list, a customer-managed key, and a published version.
 */
export class Guardrail extends pulumi.ComponentResource {
  /** The Pulumi type token of this component. */
  public static readonly typeToken = "scopeguard:bedrock:Guardrail";

  /** The guardrail. */
  public readonly guardrail: aws.bedrock.Guardrail;
  /** The published version, unless `publishVersion: false`. */
  public readonly guardrailVersion?: aws.bedrock.GuardrailVersion;
  /** The key the guardrail created, when no `kmsKeyArn` was given. */
  public get key(): ScopedKey | undefined {
    return childOf(this, "key");
  }
  private set key(value: ScopedKey | undefined) {
    setChild(this, "key", value);
  }
  /** The guardrail's id, what InvokeModel and ApplyGuardrail take as `guardrailIdentifier`. */
  public readonly guardrailId: pulumi.Output<string>;
  /** The guardrail's ARN. */
  public readonly guardrailArn: pulumi.Output<string>;
  /** The published version number, or `DRAFT` with `publishVersion: false`. */
  public readonly version: pulumi.Output<string>;
  /** The ARN of the key that encrypts the guardrail. */
  public readonly keyArn: pulumi.Output<string>;

  /**
   * @param name The component's name; prefixes the guardrail name.
   * @param args See {@link GuardrailArgs}; every field is optional.
   * @param opts Component resource options.
   */
  constructor(name: string, args: GuardrailArgs = {}, opts?: pulumi.ComponentResourceOptions) {
    super(Guardrail.typeToken, name, {}, opts);

    const problem = guardrailArgsError(name, args);
    if (problem !== undefined) {
      throw new pulumi.ResourceError(argumentErrorMessage("Guardrail", name, problem), this);
    }

    const parent = { parent: this };
    const labels = {
      scope: args.scope ?? GUARDRAIL_DEFAULT_SCOPE,
      system: args.system,
      owner: args.owner,
      tags: args.tags,
    };

    if (args.kmsKeyArn === undefined) {
      const partition = aws.getPartitionOutput({}, parent);
      const region = aws.getRegionOutput({}, parent);
      const identity = aws.getCallerIdentityOutput({}, parent);
      const bedrockEndpoint = pulumi.interpolate`bedrock.${region.region}.${partition.dnsSuffix}`;
      this.key = new ScopedKey(
        `${name}-key`,
        {
          description: `scopeguard: key of the Bedrock guardrail ${name}`,
          admins: args.keyAdmins,
          // Principals of the account create and use the guardrail through Bedrock only; who may do
          // so is then decided by their bedrock:* permissions on the guardrail.
          accountViaServices: [bedrockEndpoint],
          ...labels,
          // The service creates a grant for the resource it encrypts, with the caller's rights.
          additionalKeyPolicyStatements: [serviceGrantStatement(identity.accountId, [bedrockEndpoint])],
        },
        parent,
      );
    }
    this.keyArn = this.key?.keyArn ?? pulumi.output(args.kmsKeyArn as pulumi.Input<string>);

    const config = {
      contentPolicyConfig: {
        filtersConfigs: buildContentFilters(resolveStrengths(args.promptAttackStrength, args.contentFilters)),
      },
      sensitiveInformationPolicyConfig: {
        piiEntitiesConfigs: buildPiiEntities(args.piiEntities as Record<string, PiiAction> | undefined),
      },
      topicPolicyConfig:
        (args.deniedTopics ?? []).length > 0
          ? { topicsConfigs: buildTopics(args.deniedTopics ?? []) }
          : undefined,
      wordPolicyConfig: wordPolicy(args),
    };

    this.guardrail = new aws.bedrock.Guardrail(
      name,
      {
        description: args.description ?? `scopeguard guardrail ${name}`,
        blockedInputMessaging: args.blockedInputMessaging ?? DEFAULT_BLOCKED_INPUT_MESSAGE,
        blockedOutputsMessaging: args.blockedOutputsMessaging ?? DEFAULT_BLOCKED_OUTPUT_MESSAGE,
        ...config,
        kmsKeyArn: this.keyArn,
        tags: aiTags(labels),
      },
      parent,
    );
    this.guardrailId = this.guardrail.guardrailId;
    this.guardrailArn = this.guardrail.guardrailArn;

    if (args.publishVersion !== false) {
      this.guardrailVersion = new aws.bedrock.GuardrailVersion(
        name,
        {
          guardrailArn: this.guardrailArn,
          // The fingerprint makes a configuration change replace the version, i.e. publish a new one.
          description: pulumi
            .all([args.blockedInputMessaging, args.blockedOutputsMessaging, this.keyArn])
            .apply(
              (values) => `scopeguard guardrail ${name}, configuration ${fingerprint([config, values])}`,
            ),
          // Keep earlier versions: applications pinned to them keep working until they move on.
          skipDestroy: true,
        },
        parent,
      );
      this.version = this.guardrailVersion.version;
    } else {
      this.version = pulumi.output("DRAFT");
    }

    this.registerOutputs({
      guardrailId: this.guardrailId,
      guardrailArn: this.guardrailArn,
      version: this.version,
      keyArn: this.keyArn,
    });
  }
}

/** The word policy: the managed profanity list (unless turned off) and the blocked words. */
function wordPolicy(args: GuardrailArgs): aws.types.input.bedrock.GuardrailWordPolicyConfig | undefined {
  const managed = args.profanityFilter === false ? [] : [{ type: "PROFANITY" }];
  const words = (args.blockedWords ?? []).map((text) => ({ text: text.trim() }));
  if (managed.length === 0 && words.length === 0) return undefined;
  return {
    ...(managed.length > 0 ? { managedWordListsConfigs: managed } : {}),
    ...(words.length > 0 ? { wordsConfigs: words } : {}),
  };
}

/** A short, stable fingerprint of a JSON-serializable value. */
function fingerprint(value: unknown): string {
  return createHash("sha256").update(JSON.stringify(value)).digest("hex").slice(0, 12);
}
