import type * as pulumi from "@pulumi/pulumi";
import type { AiWorkloadRole } from "../iam";
import type { AiNetwork } from "../network";
import { SageMakerDomain } from "../sagemaker";
import { AiDataBucket } from "../storage";
import { roleArnFromName } from "../vectorstore";
import type { WorkloadNetwork } from "./build-network";
import type { PlatformContext } from "./platform-context";
import { platformCidr } from "./platform-defaults";
import { ArtifactSigningKey } from "./signing-key";

/** What scope 4 adds. */
export interface ModelData {
  readonly accessLogBucket: AiDataBucket;
  readonly trainingDataBucket: AiDataBucket;
  readonly modelArtifactBucket: AiDataBucket;
  readonly sagemakerDomain: SageMakerDomain;
  readonly signingKey: ArtifactSigningKey;
}

/**
 * Where model-data compute (Studio, GPU hosts) runs in the platform network, what it may reach,
 * and which model data it may use: it reads the training data and writes the artifacts only.
 */
export interface ComputePlacement {
  /** The platform network. */
  readonly vpcId: AiNetwork["vpcId"];
  /** The network's private subnets. */
  readonly subnetIds: AiNetwork["privateSubnetIds"];
  /** The network's IPv4 block, which may reach the endpoints. */
  readonly vpcCidrBlock: pulumi.Input<string> | undefined;
  /** The S3 gateway endpoint's prefix list, when the network has one. */
  readonly egressPrefixListIds: pulumi.Output<string>[] | undefined;
  /** The training-data bucket, read only. */
  readonly readBuckets: pulumi.Input<string>[];
  /** The model-artifact bucket, written. */
  readonly writeBuckets: pulumi.Input<string>[];
}

/** The placement of model-data compute in `network`, with access to the two model-data buckets. */
export function computePlacement(
  ctx: PlatformContext,
  network: AiNetwork,
  buckets: { readonly trainingDataBucket: AiDataBucket; readonly modelArtifactBucket: AiDataBucket },
): ComputePlacement {
  const vpcCidrBlock =
    ctx.args.existingVpc === undefined ? platformCidr(ctx.args) : ctx.args.existingVpc.vpcCidrBlock;
  const s3PrefixList = network.endpoints["s3"]?.prefixListId;
  const egressPrefixListIds = s3PrefixList === undefined ? undefined : [s3PrefixList];
  return {
    vpcId: network.vpcId,
    subnetIds: network.privateSubnetIds,
    vpcCidrBlock,
    egressPrefixListIds,
    readBuckets: [buckets.trainingDataBucket.bucketName],
    writeBuckets: [buckets.modelArtifactBucket.bucketName],
  };
}

/**
 * Scope 4: model-data stores with access logging (the trail records their data events at this
 * scope by itself), the SageMaker Studio domain, and the artifact signing key.
 */
export function buildModelData(ctx: PlatformContext, workload: WorkloadNetwork): ModelData {
  const { args, n, parent, labels, keyAdmins } = ctx;
  const accessLogBucket = new AiDataBucket(
    n.accessLogs,
    { ...labels, dataClass: "audit-logs", accessLogTarget: true, keyAdmins },
    parent,
  );
  const accessLogs = { targetBucket: accessLogBucket.bucketName };
  const trainingDataBucket = new AiDataBucket(
    n.trainingData,
    { ...labels, dataClass: "training-data", accessLogs, keyAdmins, ...args.trainingData },
    parent,
  );
  const modelArtifactBucket = new AiDataBucket(
    n.modelArtifacts,
    { ...labels, dataClass: "model-artifacts", accessLogs, keyAdmins, ...args.modelArtifacts },
    parent,
  );
  const network = workload.network;
  const placement = computePlacement(ctx, network, { trainingDataBucket, modelArtifactBucket });
  const sagemakerDomain = new SageMakerDomain(
    n.sagemaker,
    {
      ...labels,
      ...args.sagemaker,
      // Studio reads training data and writes artifacts; both keys admit this account through S3.
      ...placement,
      keyAdmins,
    },
    parent,
  );
  const studioRole = sagemakerDomain.executionRole as AiWorkloadRole;
  const signingKey = new ArtifactSigningKey(
    n.signingKey,
    {
      ...labels,
      keySpec: args.artifactSigningKeySpec,
      // The pipeline that produces artifacts signs them; role ARNs from names stay known in preview.
      signers: [roleArnFromName(studioRole.roleName, parent), ...(args.artifactSigners ?? [])],
      // The workload checks an artifact's signature before it serves the model.
      verifiers: [roleArnFromName(workload.workloadRole.roleName, parent)],
      admins: keyAdmins,
    },
    parent,
  );
  return { accessLogBucket, trainingDataBucket, modelArtifactBucket, sagemakerDomain, signingKey };
}
