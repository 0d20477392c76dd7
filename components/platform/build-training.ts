import { GpuFleet, GpuNodeGroup } from "../compute";
import { ModelImageRepository } from "../images";
import { ModelDataBackups } from "./backups";
import type { PlacementWiring } from "./plan-model-data";
import { planTraining } from "./plan-training";
import type { PlatformContext } from "./platform-context";

/** What scope 5 adds; `backups` is absent with `backups: false`. */
export interface TrainingPieces {
  readonly gpuFleet: GpuFleet;
  readonly eksGpuNodeGroup?: GpuNodeGroup;
  readonly imageRegistry: ModelImageRepository;
  readonly backups?: ModelDataBackups;
}

/**
 * Scope 5: GPU hosts in the isolated training network, an image registry and backups of the
 * model data (see planTraining).
 */
export function buildTraining(ctx: PlatformContext, placement: PlacementWiring): TrainingPieces {
  const plan = planTraining(ctx, placement);
  const gpuFleet = ctx.create(GpuFleet, plan.gpuFleet);
  const eksGpuNodeGroup =
    plan.eksGpuNodeGroup === undefined ? undefined : ctx.create(GpuNodeGroup, plan.eksGpuNodeGroup);
  const imageRegistry = ctx.create(ModelImageRepository, plan.imageRegistry);
  const backups = plan.backups === undefined ? undefined : ctx.create(ModelDataBackups, plan.backups);
  return { gpuFleet, eksGpuNodeGroup, imageRegistry, backups };
}
