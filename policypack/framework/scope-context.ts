import { parseScope, SCOPE_STACK_TAG, type Scope } from "../vocabulary";
import type { PackSettings } from "./settings";
import type { CheckContext } from "./types";

/** Where a stack's declared scope came from (the pack config wins over the stack tag). */
export type ScopeSource = "pack-config" | "stack-tag";

/** The scope a stack declares, and where. */
export interface DeclaredScope {
  readonly scope: Scope;
  readonly source: ScopeSource;
}

/**
 * The scope a stack declares, and where; `undefined` when it declares none. The one rule the pack
 * and the offline preview's reports both apply.
 */
export function declaredScope(
  settings: PackSettings,
  stackTags: ReadonlyMap<string, string>,
): DeclaredScope | undefined {
  // The pack config wins: it is set by whoever enforces the pack, the stack tag by the stack's owner.
  if (settings.scope !== undefined) {
    return { scope: settings.scope, source: "pack-config" };
  }
  const tagged = parseScope(stackTags.get(SCOPE_STACK_TAG));
  return tagged === undefined ? undefined : { scope: tagged, source: "stack-tag" };
}

/** The context a check runs in: the declared scope, else the scope the resources imply. */
export function checkContext(
  settings: PackSettings,
  stackTags: ReadonlyMap<string, string>,
  impliedScope: () => Scope,
): CheckContext {
  const declared = declaredScope(settings, stackTags);
  const shared = { stackTags, exemptions: settings.exemptions };
  return declared === undefined
    ? { scope: impliedScope(), scopeSource: "implied", ...shared }
    : { scope: declared.scope, scopeSource: declared.source, ...shared };
}
