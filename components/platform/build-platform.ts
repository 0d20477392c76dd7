import { buildBaseline } from "./build-baseline";
import { buildBedrock } from "./build-bedrock";
import { buildModelData, placementWiring } from "./build-model-data";
import { buildWorkloadNetwork } from "./build-network";
import { buildTraining } from "./build-training";
import { buildVectorStore } from "./build-vector-store";
import type { PlatformContext } from "./platform-context";
import type { PlatformParts } from "./platform-outputs";

/**
 * Creates the children of the platform's scope, each step from its plan (see planPlatform), with
 * the outputs of the steps before it. Each scope builds on the one below (componentsForScope), so
 * a step's inputs exist when it runs.
 */
export function buildPlatformParts(ctx: PlatformContext): PlatformParts {
  const baseline = buildBaseline(ctx);
  if (!ctx.builds("workload-role")) return baseline;
  const workload = buildWorkloadNetwork(ctx, baseline);
  const bedrock = ctx.builds("guardrail") ? buildBedrock(ctx, workload) : undefined;
  const vectors = ctx.builds("vector-store") ? buildVectorStore(ctx) : undefined;
  if (!ctx.builds("training-data-store")) return { ...baseline, ...workload, ...bedrock, ...vectors };
  const modelData = buildModelData(ctx, workload);
  const training = ctx.builds("gpu-fleet")
    ? buildTraining(ctx, placementWiring(workload.network, modelData))
    : undefined;
  return { ...baseline, ...workload, ...bedrock, ...vectors, ...modelData, ...training };
}
