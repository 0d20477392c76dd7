import { parseScope, type Scope } from "../vocabulary";
import { didYouMean } from "./suggest";

/**
 * Pulumi hands each policy only its own config (`getConfig()`), so pack-wide settings live under one
 * policy, {@link SETTINGS_POLICY_NAME}, whose config is the single place to declare the scope and the
 * exemptions. That policy runs first in every phase (it ships at level `remediate`, the only level
 * the SDK runs in Remediate, Analyze and AnalyzeStack alike) and publishes what it read here, so every
 * policy after it in the same request sees the same settings.
 */
export const SETTINGS_POLICY_NAME = "scopeguard-settings";

/** One exemption: a policy that does not apply to some resources, for a reason, until a date. */
export interface Exemption {
  /** The policy exempted. */
  readonly policy: string;
  /** A URN (exact match) or a resource-name pattern where `*` matches any run of characters. */
  readonly resource: string;
  /** Why the exemption is acceptable; shown wherever the exemption is applied. */
  readonly reason: string;
  /** Last day the exemption holds, `YYYY-MM-DD` (UTC). */
  readonly expires: string;
}

/** The pack-wide settings. */
export interface PackSettings {
  /** The declared scope, if the pack config declares one. */
  readonly scope?: Scope;
  readonly exemptions: readonly Exemption[];
}

const EMPTY_SETTINGS: PackSettings = { exemptions: [] };

let current: PackSettings = EMPTY_SETTINGS;
let currentSource = "";
let loaded = false;

/**
 * Whether the settings policy has run in this process. It runs first in every request unless it is
 * disabled, so a stack check that finds it has never run knows the settings are being ignored.
 */
export function settingsLoaded(): boolean {
  return loaded;
}

/** The settings the settings policy last published; empty before the first request. */
export function currentSettings(): PackSettings {
  return current;
}

/**
 * Publishes the settings read from the settings policy's config. Parses only when the config
 * changed, because this runs once for every resource of every preview.
 */
export function publishSettings(config: unknown): PackSettings {
  loaded = true;
  const source = JSON.stringify(config ?? {});
  if (source !== currentSource) {
    current = parseSettings(config);
    currentSource = source;
  }
  return current;
}

/** Turns raw config into settings, ignoring malformed entries (the config schema rejects them). */
export function parseSettings(config: unknown): PackSettings {
  if (typeof config !== "object" || config === null) {
    return EMPTY_SETTINGS;
  }
  const raw = config as Record<string, unknown>;
  const exemptions = Array.isArray(raw.exemptions) ? raw.exemptions.filter(isExemption) : [];
  return { scope: parseScope(raw.scope), exemptions };
}

function isExemption(value: unknown): value is Exemption {
  if (typeof value !== "object" || value === null) {
    return false;
  }
  const e = value as Record<string, unknown>;
  return ["policy", "resource", "reason", "expires"].every((key) => typeof e[key] === "string");
}

/**
 * The JSON schema of the settings policy's config. Pulumi validates it (`--policy-pack-config`)
 * and so does the offline preview, so one file works for both.
 */
export function settingsConfigSchema(policyNames: readonly string[]) {
  return {
    properties: {
      scope: {
        type: "integer" as const,
        minimum: 1,
        maximum: 5,
        description:
          "The stack's Generative AI Security Scoping Matrix scope, 1 to 5. Overrides the ai-scope stack tag.",
      },
      exemptions: {
        type: "array" as const,
        description: "Resources a policy does not apply to, each with a reason and an expiry date.",
        items: {
          type: "object" as const,
          additionalProperties: false,
          required: ["policy", "resource", "reason", "expires"],
          properties: {
            policy: { type: "string" as const, enum: [...policyNames], description: "The policy exempted." },
            resource: {
              type: "string" as const,
              minLength: 1,
              description: "A resource URN, or a resource-name pattern where * matches anything.",
            },
            reason: {
              type: "string" as const,
              pattern: "\\S",
              description: "Why the exemption is acceptable.",
            },
            expires: {
              type: "string" as const,
              pattern: "^\\d{4}-\\d{2}-\\d{2}$",
              description: "Last day the exemption holds, YYYY-MM-DD (UTC).",
            },
          },
        },
      },
    },
  };
}

/** The settings a pack config may give, from the schema; `enforcementLevel` is Pulumi's own key. */
export const SETTINGS_KEYS: readonly string[] = Object.keys(settingsConfigSchema([]).properties);

/** The keys of one exemption, from the schema. */
export const EXEMPTION_KEYS: readonly string[] = Object.keys(
  settingsConfigSchema([]).properties.exemptions.items.properties,
);

/**
 * Keys of the settings config that are not settings, each named with the nearest setting: Pulumi's
 * schema check lets them through, and a typo such as `Scope` would leave the stack checked at the
 * scope the pack infers. Checked by the CLI before the program runs and by the pack itself.
 */
export function unknownSettingsProblems(config: unknown): string[] {
  if (typeof config !== "object" || config === null || Array.isArray(config)) {
    return [];
  }
  const where = `pack config: ${SETTINGS_POLICY_NAME}`;
  const known = [...SETTINGS_KEYS, "enforcementLevel"];
  const problems = Object.keys(config)
    .filter((k) => !known.includes(k))
    .map(
      (k) =>
        `${where} has no setting "${k}"${didYouMean(k, known)} (its settings are ${SETTINGS_KEYS.join(", ")})`,
    );
  const exemptions = (config as Record<string, unknown>).exemptions;
  if (Array.isArray(exemptions)) {
    exemptions.forEach((e, i) => {
      if (typeof e !== "object" || e === null || Array.isArray(e)) return;
      for (const k of Object.keys(e).filter((key) => !EXEMPTION_KEYS.includes(key))) {
        problems.push(
          `${where}.exemptions[${i}] has no key "${k}"${didYouMean(k, EXEMPTION_KEYS)} (an exemption has ${EXEMPTION_KEYS.join(", ")})`,
        );
      }
    });
  }
  return problems;
}
