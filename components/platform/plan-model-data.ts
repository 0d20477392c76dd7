import type * as pulumi from "@pulumi/pulumi";
import type { SageMakerDomainArgs } from "../sagemaker";
import type { AiDataBucketArgs } from "../storage";
import type { ChildPlan, PlanInput } from "./child-plan";
import { platformCidr } from "./platform-defaults";
import type { ArtifactSigningKeyArgs } from "./signing-key";

/** The platform network, as the compute that runs in it sees it. */
export interface NetworkWiring {
  readonly vpcId: pulumi.Input<string>;
  /** The network's private subnets. */
  readonly subnetIds: pulumi.Input<pulumi.Input<string>[]>;
  /** The S3 gateway endpoint's prefix list, when the network has one. */
  readonly s3PrefixListId?: pulumi.Input<string>;
}

/** What the scope 4 and 5 children take from the network and from each other. */
export interface ModelDataWiring {
  readonly network: NetworkWiring;
  /** The bucket that receives the model-data buckets' access logs. */
  readonly accessLogBucketName: pulumi.Input<string>;
  readonly trainingDataBucketName: pulumi.Input<string>;
  readonly modelArtifactBucketName: pulumi.Input<string>;
  /** The Studio execution role's ARN: the pipeline that produces artifacts signs them. */
  readonly studioRoleArn: pulumi.Input<string>;
  /** The workload role's ARN: the workload checks an artifact's signature before it serves the model. */
  readonly workloadRoleArn: pulumi.Input<string>;
}

/** The network and the model-data buckets, which placing compute needs. */
export type PlacementWiring = Pick<
  ModelDataWiring,
  "network" | "trainingDataBucketName" | "modelArtifactBucketName"
>;

/**
 * Where model-data compute (Studio, GPU hosts) runs in the platform network, what it may reach,
 * and which model data it may use: it reads the training data and writes the artifacts only.
 */
export interface ComputePlacement {
  readonly vpcId: pulumi.Input<string>;
  readonly subnetIds: pulumi.Input<pulumi.Input<string>[]>;
  /** The network's IPv4 block, which may reach the endpoints. */
  readonly vpcCidrBlock: pulumi.Input<string> | undefined;
  /** The S3 gateway endpoint's prefix list, when the network has one. */
  readonly egressPrefixListIds: pulumi.Input<string>[] | undefined;
  /** The training-data bucket, read only. */
  readonly readBuckets: pulumi.Input<string>[];
  /** The model-artifact bucket, written. */
  readonly writeBuckets: pulumi.Input<string>[];
}

/** The placement of model-data compute in the platform network, with access to the model-data buckets. */
export function computePlacement(p: PlanInput, w: PlacementWiring): ComputePlacement {
  const existing = p.args.existingVpc;
  const prefixList = w.network.s3PrefixListId;
  return {
    vpcId: w.network.vpcId,
    subnetIds: w.network.subnetIds,
    vpcCidrBlock: existing === undefined ? platformCidr(p.args) : existing.vpcCidrBlock,
    egressPrefixListIds: prefixList === undefined ? undefined : [prefixList],
    readBuckets: [w.trainingDataBucketName],
    writeBuckets: [w.modelArtifactBucketName],
  };
}

/** The children scope 4 adds. */
export interface ModelDataPlan {
  readonly accessLogBucket: ChildPlan<AiDataBucketArgs>;
  readonly trainingDataBucket: ChildPlan<AiDataBucketArgs>;
  readonly modelArtifactBucket: ChildPlan<AiDataBucketArgs>;
  readonly sagemakerDomain: ChildPlan<SageMakerDomainArgs>;
  readonly signingKey: ChildPlan<ArtifactSigningKeyArgs>;
}

/** The bucket that receives S3 access logs of the model-data buckets. */
export function planAccessLogBucket(p: PlanInput): ModelDataPlan["accessLogBucket"] {
  const { n, labels, keyAdmins } = p;
  return {
    name: n.accessLogs,
    args: { ...labels, dataClass: "audit-logs", accessLogTarget: true, keyAdmins },
  };
}

/** The model-data stores, with access logging (the trail records their data events by itself). */
export function planModelDataBuckets(
  p: PlanInput,
  w: Pick<ModelDataWiring, "accessLogBucketName">,
): Pick<ModelDataPlan, "trainingDataBucket" | "modelArtifactBucket"> {
  const { args, n, labels, keyAdmins } = p;
  const accessLogs = { targetBucket: w.accessLogBucketName };
  return {
    trainingDataBucket: {
      name: n.trainingData,
      args: { ...labels, dataClass: "training-data", accessLogs, keyAdmins, ...args.trainingData },
    },
    modelArtifactBucket: {
      name: n.modelArtifacts,
      args: { ...labels, dataClass: "model-artifacts", accessLogs, keyAdmins, ...args.modelArtifacts },
    },
  };
}

/** The SageMaker Studio domain: VPC-only, in the platform network, reading training data and writing artifacts. */
export function planStudio(p: PlanInput, w: PlacementWiring): ModelDataPlan["sagemakerDomain"] {
  const { args, n, labels, keyAdmins } = p;
  return {
    name: n.sagemaker,
    // Studio reads training data and writes artifacts; both keys admit this account through S3.
    args: { ...labels, ...args.sagemaker, ...computePlacement(p, w), keyAdmins },
  };
}

/** The key that signs model artifacts: the pipeline signs, the workload verifies. */
export function planSigningKey(
  p: PlanInput,
  w: Pick<ModelDataWiring, "studioRoleArn" | "workloadRoleArn">,
): ModelDataPlan["signingKey"] {
  const { args, n, labels, keyAdmins } = p;
  return {
    name: n.signingKey,
    args: {
      ...labels,
      keySpec: args.artifactSigningKeySpec,
      signers: [w.studioRoleArn, ...(args.artifactSigners ?? [])],
      verifiers: [w.workloadRoleArn],
      admins: keyAdmins,
    },
  };
}
