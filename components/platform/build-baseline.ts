import { AiCostGuard } from "../cost";
import { AuditTrail, EncryptedLogGroup } from "../logging";
import { AiProviderSecret, type AiProviderSecretArgs } from "../secrets";
import type { ProviderSecretSpec } from "./platform-options";
import type { PlatformContext } from "./platform-context";

/** The arguments the platform gives the secret of one provider's API key. */
export function providerSecretArgs(
  spec: ProviderSecretSpec,
  labels: PlatformContext["labels"],
  keyAdmins: PlatformContext["keyAdmins"],
): AiProviderSecretArgs {
  return {
    ...labels,
    provider: spec.provider,
    secretValue: spec.secretValue,
    rotationLambdaArn: spec.rotationLambdaArn,
    rotationDays: spec.rotationDays,
    keyAdmins,
  };
}

/** What every scope builds. */
export interface Baseline {
  /** Provider API key secrets, by provider. */
  readonly providerSecrets: Record<string, AiProviderSecret>;
  readonly trail: AuditTrail;
  readonly promptLogs: EncryptedLogGroup;
  readonly costGuard: AiCostGuard;
}

/** Scope 1: provider keys, audit trail, prompt log store, budget alerts. */
export function buildBaseline(ctx: PlatformContext): Baseline {
  const { args, n, parent, labels, keyAdmins } = ctx;
  const secrets: Record<string, AiProviderSecret> = {};
  for (const spec of args.providerSecrets ?? []) {
    secrets[spec.provider] = new AiProviderSecret(
      n.providerSecret(spec.provider),
      providerSecretArgs(spec, labels, keyAdmins),
      parent,
    );
  }
  if ((args.providerSecrets ?? []).length === 0) {
    ctx.skipped["provider-secrets"] =
      "no providerSecrets given: the system uses no third-party AI provider key";
  }

  const trail = new AuditTrail(n.trail, { ...labels, keyAdmins, ...args.auditTrail }, parent);
  const promptLogs = new EncryptedLogGroup(
    n.promptLogs,
    { ...labels, dataClass: "prompt-logs", retentionInDays: args.promptLogRetentionInDays, keyAdmins },
    parent,
  );
  const costGuard = new AiCostGuard(n.costs, { ...labels, ...args.budget }, parent);
  return { providerSecrets: secrets, trail, promptLogs, costGuard };
}
