import type { PolicyDefinition } from "../../framework/types";
import { exemptionNotExpired } from "./exemption-not-expired";
import { scopeDrift } from "./scope-drift";
import { stackDeclaresScope } from "./stack-declares-scope";

/** Governance policies: the scope declaration, scope drift, exemption hygiene. */
export const GOVERNANCE_POLICIES: readonly PolicyDefinition[] = [
  stackDeclaresScope,
  scopeDrift,
  exemptionNotExpired,
];
