/**
 * The part of the AWS provider's `Check` that policies depend on (pulumi-aws provider/region.go,
 * provider/tags.go): the inputs a pack's Analyze sees are Check's output, and Check adds
 * - `region`: the resource's own, else its provider's (the `aws:region` config for the default
 *   provider, the `region` argument of an explicit one), for types that take a region;
 * - `tagsAll`: the provider's default tags (`aws:defaultTags` config for the default provider,
 *   an explicit provider's `defaultTags`) merged under the resource's `tags` (the resource wins),
 *   for types that have `tagsAll`; unknown when `tags` is unknown.
 * Nothing else of Check is emulated (provider defaults such as `forceDestroy: false`, the
 * bridge's `__defaults`, `ignoreTags`, validation of values).
 */
import { UNKNOWN, isSecret } from "../sentinels";
import type { TypeShape } from "./aws-schema";

/** What a provider contributes to its resources' checked inputs. */
export interface AwsProviderDefaults {
  readonly region: string;
  readonly defaultTags: Readonly<Record<string, unknown>>;
}

const record = (v: unknown): Record<string, unknown> =>
  isSecret(v)
    ? record(v.value)
    : typeof v === "object" && v !== null && !Array.isArray(v)
      ? (v as Record<string, unknown>)
      : {};

/** Parses a provider argument the SDK sent as JSON text (providers take objects as JSON strings). */
function parsed(v: unknown): unknown {
  if (typeof v !== "string") return v;
  try {
    return JSON.parse(v);
  } catch {
    return undefined;
  }
}

/**
 * An explicit `aws` provider's defaults, from its inputs (`region`, `defaultTags: {tags}`); an
 * explicit provider reads no `aws:` stack config, so without `region` it falls back to `region`.
 */
export function explicitProviderDefaults(
  inputs: Record<string, unknown>,
  region: string,
): AwsProviderDefaults {
  return {
    region: typeof inputs.region === "string" ? inputs.region : region,
    defaultTags: record(record(parsed(inputs.defaultTags)).tags),
  };
}

/** True when `v` (a deserialized input) is or contains an unknown value. */
export function hasUnknown(v: unknown): boolean {
  if (v === UNKNOWN) return true;
  if (typeof v !== "object" || v === null) return false;
  if ((v as Record<string, unknown>).__pulumiUnknown === true || v.constructor?.name === "Unknown")
    return true;
  if (isSecret(v)) return hasUnknown(v.value);
  return Object.values(v as Record<string, unknown>).some(hasUnknown);
}

/** The inputs Check adds to a resource of `shape` with `inputs`; see the file comment. */
export function checkAdditions(
  shape: TypeShape | undefined,
  inputs: Record<string, unknown>,
  provider: AwsProviderDefaults,
): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  if (shape?.inputs.has("region") && inputs.region === undefined) out.region = provider.region;
  if (shape?.outputs.has("tagsAll") && inputs.tagsAll === undefined) {
    out.tagsAll = hasUnknown(inputs.tags) ? UNKNOWN : { ...provider.defaultTags, ...record(inputs.tags) };
  }
  return out;
}
