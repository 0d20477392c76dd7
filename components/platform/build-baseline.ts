import { AiCostGuard } from "../cost";
import { AuditTrail, EncryptedLogGroup } from "../logging";
import { AiProviderSecret } from "../secrets";
import { planBaseline } from "./plan-baseline";
import type { PlatformContext } from "./platform-context";

/** What every scope builds. */
export interface Baseline {
  /** Provider API key secrets, by provider. */
  readonly providerSecrets: Record<string, AiProviderSecret>;
  readonly trail: AuditTrail;
  readonly promptLogs: EncryptedLogGroup;
  readonly costGuard: AiCostGuard;
}

/** Scope 1: provider keys, audit trail, prompt log store, budget alerts (see planBaseline). */
export function buildBaseline(ctx: PlatformContext): Baseline {
  const plan = planBaseline(ctx);
  const providerSecrets: Record<string, AiProviderSecret> = {};
  for (const secret of plan.providerSecrets) {
    providerSecrets[secret.provider] = ctx.create(AiProviderSecret, secret);
  }
  const trail = ctx.create(AuditTrail, plan.trail);
  const promptLogs = ctx.create(EncryptedLogGroup, plan.promptLogs);
  const costGuard = ctx.create(AiCostGuard, plan.costGuard);
  return { providerSecrets, trail, promptLogs, costGuard };
}
