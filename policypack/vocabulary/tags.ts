/**
 * Tag keys shared by the components (which set them) and the policies (which read them).
 * One definition, imported everywhere, so a rename cannot drift between the two halves.
 */
export const TAG_KEYS = {
  /** The stack's declared scope, `1`..`5`. Also the stack tag that declares it. */
  scope: "ai-scope",
  /** The AI system (application or model) a resource belongs to. */
  system: "ai-system",
  /** The data class a store or key holds; one of {@link DATA_CLASSES}. */
  dataClass: "data-class",
  /** The team or person accountable for the resource. */
  owner: "owner",
} as const;

/** The stack tag (`pulumi stack tag set ai-scope 3`) that declares a stack's scope. */
export const SCOPE_STACK_TAG = TAG_KEYS.scope;

/** Tag keys every AI resource must carry. */
export const REQUIRED_AI_TAG_KEYS: readonly string[] = Object.values(TAG_KEYS);

/**
 * The tag that marks a secret as an AI provider's API key, its value naming the provider
 * (`ai-provider=openai`). Not in {@link TAG_KEYS}: only provider key secrets carry it.
 */
export const AI_PROVIDER_TAG = "ai-provider";

/**
 * The subnet tag that names a subnet's tier. Not in {@link TAG_KEYS}: only subnets carry it.
 * `training` marks the isolated subnets of a scope-5 network, which must have no internet route.
 */
export const NETWORK_TIER_TAG = "ai-network-tier";

/** The values of {@link NETWORK_TIER_TAG}. */
export const NETWORK_TIERS = { private: "private", public: "public", training: "training" } as const;

/** One of the {@link NETWORK_TIERS}. */
export type NetworkTier = (typeof NETWORK_TIERS)[keyof typeof NETWORK_TIERS];
