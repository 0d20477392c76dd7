import * as aws from "@pulumi/aws";
import * as pulumi from "@pulumi/pulumi";
import { createHash } from "crypto";
import { aiTags, argumentErrorMessage, childOf, setChild, type AiTagArgs } from "../common";
import { ScopedKey } from "../kms";
import {
  buildContentFilters,
  buildPiiEntities,
  buildTopics,
  DEFAULT_BLOCKED_INPUT_MESSAGE,
  DEFAULT_BLOCKED_OUTPUT_MESSAGE,
  resolveStrengths,
  type DeniedTopic,
  type ContentFilters,
  type PiiAction,
  type PiiEntities,
  type Strength,
} from "./guardrail-config";
import { GUARDRAIL_DEFAULT_SCOPE, guardrailArgsError } from "./guardrail-validation";
import { appendToKeyPolicy, serviceGrantStatement } from "./key-grants";

/**
 * Arguments of {@link Guardrail}. Every field is optional: with none, the guardrail blocks prompt
 * attacks at HIGH, filters the five harmful-content categories, blocks credentials and financial
 * identifiers, masks contact details, filters profanity, and is encrypted with its own key.
 * Filter settings are plain values, not Inputs, so they are checked before anything is created.
 */
export interface GuardrailArgs extends AiTagArgs {
  /**
   * Strength of the prompt-attack filter (jailbreaks, prompt injection, prompt leakage) on prompts.
   * Its output strength is always NONE, as AWS requires. From scope 3, values below HIGH need
   * `allowWeakerPromptAttackFilter`.
   * @default "HIGH"
   */
  readonly promptAttackStrength?: Strength;
  /**
   * Relaxation: accept a prompt-attack strength below the scope's minimum (HIGH from scope 3).
   * @default false
   */
  readonly allowWeakerPromptAttackFilter?: boolean;
  /**
   * Strengths of the harmful-content filters (HATE, INSULTS, SEXUAL, VIOLENCE, MISCONDUCT), by
   * category and direction; what is not given keeps the default. Every category is always filtered.
   * From scope 3, values below MEDIUM need `allowWeakerContentFilters`.
   * @default input "HIGH", output "MEDIUM" for every category
   */
  readonly contentFilters?: ContentFilters;
  /**
   * Relaxation: accept content-filter strengths below the scope's minimum (MEDIUM from scope 3).
   * @default false
   */
  readonly allowWeakerContentFilters?: boolean;
  /**
   * PII handling by entity type, merged over the defaults: an entity given here replaces its
   * default action, and other entities are added. `NONE` keeps an entity reported but unchanged.
   * @default BLOCK for AWS_ACCESS_KEY, AWS_SECRET_KEY, PASSWORD, PIN, CREDIT_DEBIT_CARD_NUMBER,
   * CREDIT_DEBIT_CARD_CVV, US_BANK_ACCOUNT_NUMBER, INTERNATIONAL_BANK_ACCOUNT_NUMBER,
   * US_SOCIAL_SECURITY_NUMBER; ANONYMIZE for EMAIL, PHONE, NAME, ADDRESS (see DEFAULT_PII_ACTIONS)
   */
  readonly piiEntities?: PiiEntities;
  /**
   * Topics the guardrail refuses in prompts and responses (for example investment advice in a
   * support bot). Each needs a non-empty definition.
   * @default [] (no denied topics)
   */
  readonly deniedTopics?: DeniedTopic[];
  /**
   * Words or short phrases blocked in prompts and responses.
   * @default []
   */
  readonly blockedWords?: string[];
  /**
   * The AWS-managed profanity word list. `false` is a relaxation.
   * @default true
   */
  readonly profanityFilter?: boolean;
  /**
   * Message returned instead of a blocked prompt.
   * @default DEFAULT_BLOCKED_INPUT_MESSAGE, which does not say which filter fired
   */
  readonly blockedInputMessaging?: pulumi.Input<string>;
  /**
   * Message returned instead of a blocked response.
   * @default DEFAULT_BLOCKED_OUTPUT_MESSAGE
   */
  readonly blockedOutputsMessaging?: pulumi.Input<string>;
  /**
   * ARN of an existing customer-managed key for the guardrail. Its policy must let the principals
   * that create and use the guardrail decrypt through Bedrock and create grants for it.
   * @default a new ScopedKey named `<name>-key`, usable by principals of this account through Bedrock only
   */
  readonly kmsKeyArn?: pulumi.Input<string>;
  /**
   * Administrators of the key the guardrail creates (not allowed with `kmsKeyArn`).
   * @default [] (account-root recovery rights only)
   */
  readonly keyAdmins?: pulumi.Input<pulumi.Input<string>[]>;
  /**
   * Publish a numbered version of the configuration. Applications should call a version, not the
   * DRAFT, so a change to the guardrail is a deliberate release. A new version is published
   * whenever the configuration changes; earlier versions are kept for callers pinned to them.
   * @default true
   */
  readonly publishVersion?: boolean;
  /**
   * What the guardrail is for.
   * @default "scopeguard guardrail <name>"
   */
  readonly description?: pulumi.Input<string>;
}

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
        },
        {
          parent: this,
          transformations: [
            appendToKeyPolicy(
              pulumi
                .all([identity.accountId, bedrockEndpoint])
                .apply(([accountId, endpoint]) => [serviceGrantStatement(accountId, endpoint)]),
            ),
          ],
        },
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
