import * as aws from "@pulumi/aws";
import { InferenceApi } from "../api";
import { Guardrail, ModelInvocationLogging } from "../bedrock";
import type { WorkloadNetwork } from "./build-network";
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
 * handler, the inference API. The model endpoints are the network's, and the named models the
 * workload role's.
 */
export function buildBedrock(ctx: PlatformContext, workload: WorkloadNetwork): BedrockPieces {
  const { args, n, parent, labels, keyAdmins, skipped } = ctx;
  let invocationLogging: ModelInvocationLogging | undefined;
  if (args.invocationLogging !== false) {
    invocationLogging = new ModelInvocationLogging(n.invocations, { ...labels, keyAdmins }, parent);
  } else {
    skipped["invocation-logging"] =
      "invocationLogging: false: another stack owns this region's model-invocation logging; exempt this stack from bedrock-model-invocation-logging-enabled";
  }
  const guardrail = new Guardrail(n.guardrail, { ...labels, keyAdmins, ...args.guardrail }, parent);
  new aws.iam.RolePolicy(
    n.workloadGuardrail,
    {
      role: workload.workloadRole.roleName,
      policy: namedResourcesPolicy("ApplyPlatformGuardrail", GUARDRAIL_APPLY_ACTIONS, [
        guardrail.guardrailArn,
      ]),
    },
    parent,
  );

  let inferenceApi: InferenceApi | undefined;
  if (args.inferenceHandlerArn !== undefined) {
    inferenceApi = new InferenceApi(
      n.api,
      { ...labels, keyAdmins, ...args.inferenceApi, handlerFunctionArn: args.inferenceHandlerArn },
      parent,
    );
  } else {
    skipped["inference-api"] =
      "no inferenceHandlerArn: give the ARN of the Lambda function that calls the model (with workloadRoleArn as its role) to build the authenticated, rate-limited inference API";
  }
  return { invocationLogging, guardrail, inferenceApi };
}
