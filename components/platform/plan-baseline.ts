import type { AiCostGuardArgs } from "../cost";
import type { AuditTrailArgs, EncryptedLogGroupArgs } from "../logging";
import type { AiProviderSecretArgs } from "../secrets";
import type { ChildPlan, PlanInput } from "./child-plan";

/** The secret of one AI provider's API key, with the provider it is kept by. */
export interface ProviderSecretPlan extends ChildPlan<AiProviderSecretArgs> {
  readonly provider: string;
}

/** The children every scope has. */
export interface BaselinePlan {
  /** One secret per provider, in the order given; empty without `providerSecrets`. */
  readonly providerSecrets: readonly ProviderSecretPlan[];
  readonly trail: ChildPlan<AuditTrailArgs>;
  readonly promptLogs: ChildPlan<EncryptedLogGroupArgs>;
  readonly costGuard: ChildPlan<AiCostGuardArgs>;
}

/** Scope 1: provider keys, audit trail, prompt log store, budget alerts. */
export function planBaseline(p: PlanInput): BaselinePlan {
  const { args, n, labels, keyAdmins } = p;
  return {
    providerSecrets: (args.providerSecrets ?? []).map((spec) => ({
      provider: spec.provider,
      name: n.providerSecret(spec.provider),
      args: {
        ...labels,
        provider: spec.provider,
        secretValue: spec.secretValue,
        rotationLambdaArn: spec.rotationLambdaArn,
        rotationDays: spec.rotationDays,
        keyAdmins,
      },
    })),
    trail: { name: n.trail, args: { ...labels, keyAdmins, ...args.auditTrail } },
    promptLogs: {
      name: n.promptLogs,
      args: {
        ...labels,
        dataClass: "prompt-logs",
        retentionInDays: args.promptLogRetentionInDays,
        keyAdmins,
      },
    },
    costGuard: { name: n.costs, args: { ...labels, ...args.budget } },
  };
}
