import { GpuFleet, GpuNodeGroup } from "../compute";
import { ModelImageRepository } from "../images";
import type { AiNetwork } from "../network";
import { ModelDataBackups } from "./backups";
import { computePlacement, type ModelData } from "./build-model-data";
import { DEFAULT_GPU_INSTANCE_TYPE } from "./platform-defaults";
import type { PlatformContext } from "./platform-context";
import type { BackupOptions } from "./platform-options";

/** What scope 5 adds; `backups` is absent with `backups: false`. */
export interface TrainingPieces {
  readonly gpuFleet: GpuFleet;
  readonly eksGpuNodeGroup?: GpuNodeGroup;
  readonly imageRegistry: ModelImageRepository;
  readonly backups?: ModelDataBackups;
}

/**
 * Scope 5: the platform network is the isolated training network (no internet route, ECR and
 * Session Manager endpoints); GPU hosts, an image registry and backups come on top.
 */
export function buildTraining(
  ctx: PlatformContext,
  network: AiNetwork,
  modelData: ModelData,
): TrainingPieces {
  const { args, n, parent, labels, keyAdmins } = ctx;
  const { trainingDataBucket, modelArtifactBucket } = modelData;
  const placement = computePlacement(ctx, network, modelData);
  const fleet = args.gpuFleet ?? {};
  const gpuFleet = new GpuFleet(
    n.gpu,
    {
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
    parent,
  );
  const eksGpuNodeGroup =
    args.eksGpuCapacity === undefined
      ? undefined
      : new GpuNodeGroup(
          `${n.gpu}-eks`,
          {
            ...labels,
            ...args.eksGpuCapacity,
            subnetIds: args.eksGpuCapacity.subnetIds ?? placement.subnetIds,
            keyAdmins,
          },
          parent,
        );
  const imageRegistry = new ModelImageRepository(
    n.images,
    { ...labels, ...args.imageRegistry, keyAdmins },
    parent,
  );
  let backups: ModelDataBackups | undefined;
  if (args.backups !== false) {
    const options: BackupOptions = typeof args.backups === "object" ? args.backups : {};
    const modelDataBuckets = [trainingDataBucket.bucketName, modelArtifactBucket.bucketName];
    backups = new ModelDataBackups(
      n.backups,
      { ...labels, bucketNames: modelDataBuckets, ...options, keyAdmins },
      parent,
    );
  } else {
    ctx.skipped["backups"] = "backups: false";
  }
  return { gpuFleet, eksGpuNodeGroup, imageRegistry, backups };
}
