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
