import type { AiNetwork } from "../network";
import { SageMakerDomain } from "../sagemaker";
import { AiDataBucket } from "../storage";
import { roleArnFromName } from "../vectorstore";
import type { WorkloadNetwork } from "./build-network";
import {
  planAccessLogBucket,
  planModelDataBuckets,
  planSigningKey,
  planStudio,
  type PlacementWiring,
} from "./plan-model-data";
import type { PlatformContext } from "./platform-context";
import { ArtifactSigningKey } from "./signing-key";

/** What scope 4 adds. */
export interface ModelData {
  readonly accessLogBucket: AiDataBucket;
  readonly trainingDataBucket: AiDataBucket;
  readonly modelArtifactBucket: AiDataBucket;
  readonly sagemakerDomain: SageMakerDomain;
  readonly signingKey: ArtifactSigningKey;
}

/** The network and model-data buckets model-data compute is placed with. */
export function placementWiring(
  network: AiNetwork,
  buckets: Pick<ModelData, "trainingDataBucket" | "modelArtifactBucket">,
): PlacementWiring {
  return {
    network: {
      vpcId: network.vpcId,
      subnetIds: network.privateSubnetIds,
      s3PrefixListId: network.endpoints["s3"]?.prefixListId,
    },
    trainingDataBucketName: buckets.trainingDataBucket.bucketName,
    modelArtifactBucketName: buckets.modelArtifactBucket.bucketName,
  };
}

/**
 * Scope 4: model-data stores with access logging, the SageMaker Studio domain, and the artifact
 * signing key (see plan-model-data).
 */
export function buildModelData(ctx: PlatformContext, workload: WorkloadNetwork): ModelData {
  const accessLogBucket = ctx.create(AiDataBucket, planAccessLogBucket(ctx));
  const buckets = planModelDataBuckets(ctx, { accessLogBucketName: accessLogBucket.bucketName });
  const trainingDataBucket = ctx.create(AiDataBucket, buckets.trainingDataBucket);
  const modelArtifactBucket = ctx.create(AiDataBucket, buckets.modelArtifactBucket);
  const placement = placementWiring(workload.network, { trainingDataBucket, modelArtifactBucket });
  const sagemakerDomain = ctx.create(SageMakerDomain, planStudio(ctx, placement));
  // Role ARNs from names stay known in preview, so the key policy is checkable then. The domain
  // creates its execution role here (the platform brings none), so the name is there.
  const studioRole = sagemakerDomain.executionRole;
  const studioRoleArn =
    studioRole === undefined
      ? sagemakerDomain.executionRoleArn
      : roleArnFromName(studioRole.roleName, ctx.parent);
  const signingKey = ctx.create(
    ArtifactSigningKey,
    planSigningKey(ctx, {
      studioRoleArn,
      workloadRoleArn: roleArnFromName(workload.workloadRole.roleName, ctx.parent),
    }),
  );
  return { accessLogBucket, trainingDataBucket, modelArtifactBucket, sagemakerDomain, signingKey };
}
