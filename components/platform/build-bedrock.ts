import * as aws from "@pulumi/aws";
import { InferenceApi } from "../api";
import { Guardrail, ModelInvocationLogging } from "../bedrock";
import type { WorkloadNetwork } from "./build-network";
import { planBedrock } from "./plan-bedrock";
import type { PlatformContext } from "./platform-context";
import { GUARDRAIL_APPLY_ACTIONS, namedResourcesPolicy } from "./role-grants";

/** The Bedrock pieces scope 3 adds; the optional ones are absent when switched off or not asked for. */
export interface BedrockPieces {
  readonly invocationLogging?: ModelInvocationLogging;
  readonly guardrail: Guardrail;
  readonly inferenceApi?: InferenceApi;
}

/**
 * Scope 3: model-invocation logging, the guardrail (which the workload role may apply) and, with a
 * handler, the inference API (see planBedrock).
 */
export function buildBedrock(ctx: PlatformContext, workload: WorkloadNetwork): BedrockPieces {
  const plan = planBedrock(ctx);
  const invocationLogging =
    plan.invocationLogging === undefined
      ? undefined
      : ctx.create(ModelInvocationLogging, plan.invocationLogging);
  const guardrail = ctx.create(Guardrail, plan.guardrail);
  new aws.iam.RolePolicy(
    ctx.n.workloadGuardrail,
    {
      role: workload.workloadRole.roleName,
      policy: namedResourcesPolicy("ApplyPlatformGuardrail", GUARDRAIL_APPLY_ACTIONS, [
        guardrail.guardrailArn,
      ]),
    },
    ctx.parent,
  );
  const inferenceApi =
    plan.inferenceApi === undefined ? undefined : ctx.create(InferenceApi, plan.inferenceApi);
  return { invocationLogging, guardrail, inferenceApi };
}
