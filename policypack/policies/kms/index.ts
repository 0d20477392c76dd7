import type { PolicyDefinition } from "../../framework/types";
import { kmsKeyPolicyNoUnconditionedPublicPrincipal } from "./kms-key-policy-no-unconditioned-public-principal";
import { kmsKeyRotationEnabled } from "./kms-key-rotation-enabled";

/** KMS policies. */
export const KMS_POLICIES: readonly PolicyDefinition[] = [
  kmsKeyRotationEnabled,
  kmsKeyPolicyNoUnconditionedPublicPrincipal,
];
