import type { PolicyDefinition } from "../../framework/types";
import { aiResourceHasRequiredTags } from "./ai-resource-has-required-tags";
import { exemptionNotExpired } from "./exemption-not-expired";
import { scopeDrift } from "./scope-drift";
import { stackDeclaresScope } from "./stack-declares-scope";

/** Governance policies: the scope declaration, scope drift, exemption hygiene, the tags of AI resources. */
export const GOVERNANCE_POLICIES: readonly PolicyDefinition[] = [
  stackDeclaresScope,
  scopeDrift,
  exemptionNotExpired,
  aiResourceHasRequiredTags,
];
