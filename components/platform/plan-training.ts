import type { GpuFleetArgs, GpuNodeGroupArgs } from "../compute";
import type { ModelImageRepositoryArgs } from "../images";
import type { ModelDataBackupsArgs } from "./backups";
import type { ChildPlan, PlanInput } from "./child-plan";
import { computePlacement, type PlacementWiring } from "./plan-model-data";
import type { AiPlatformArgs } from "./platform-args";
import { DEFAULT_GPU_INSTANCE_TYPE } from "./platform-defaults";
import type { BackupOptions } from "./platform-options";

/** The children scope 5 adds. */
export interface TrainingPlan {
  readonly gpuFleet: ChildPlan<GpuFleetArgs>;
  /** Absent without `eksGpuCapacity`. */
  readonly eksGpuNodeGroup?: ChildPlan<GpuNodeGroupArgs>;
  readonly imageRegistry: ChildPlan<ModelImageRepositoryArgs>;
  /** Absent with `backups: false`. */
  readonly backups?: ChildPlan<ModelDataBackupsArgs>;
}

/** The backups' options; `undefined` with `backups: false`, which skips them. */
export function backupOptions(args: AiPlatformArgs): BackupOptions | undefined {
  if (args.backups === false) return undefined;
  return typeof args.backups === "object" ? args.backups : {};
}

/**
 * Scope 5: the platform network is the isolated training network (no internet route, ECR and
 * Session Manager endpoints); GPU hosts, an image registry and backups come on top.
 */
export function planTraining(p: PlanInput, w: PlacementWiring): TrainingPlan {
  const { args, n, labels, keyAdmins } = p;
  const placement = computePlacement(p, w);
  const fleet = args.gpuFleet ?? {};
  const eks = args.eksGpuCapacity;
  const backups = backupOptions(args);
  return {
    gpuFleet: {
      name: n.gpu,
      args: {
        ...labels,
        instanceType: fleet.instanceType ?? DEFAULT_GPU_INSTANCE_TYPE,
        imageId: fleet.imageId,
        minSize: fleet.minSize,
        maxSize: fleet.maxSize,
        desiredCapacity: fleet.desiredCapacity,
        rootVolumeSizeInGb: fleet.rootVolumeSizeInGb,
        allowIntraGroupTraffic: fleet.allowIntraGroupTraffic,
        ...placement,
        keyAdmins,
      },
    },
    eksGpuNodeGroup:
      eks === undefined
        ? undefined
        : {
            name: n.eksGpu,
            args: { ...labels, ...eks, subnetIds: eks.subnetIds ?? placement.subnetIds, keyAdmins },
          },
    imageRegistry: { name: n.images, args: { ...labels, ...args.imageRegistry, keyAdmins } },
    backups:
      backups === undefined
        ? undefined
        : {
            name: n.backups,
            args: {
              ...labels,
              bucketNames: [w.trainingDataBucketName, w.modelArtifactBucketName],
              ...backups,
              keyAdmins,
            },
          },
  };
}
