import * as pulumi from "@pulumi/pulumi";
import { AiPlatform } from "../../components/platform";
import { SecureTrainingJob } from "../../components/sagemaker";

// Pre-training a domain model on the company's own corpus. At scope 5 the platform network is the
// training network: no internet gateway, no NAT, AWS APIs (ECR, SageMaker, SSM) through private
// endpoints only. GPU hosts launch from a hardened template (IMDSv2, hop limit 1, encrypted volumes,
// no public IP, no SSH key) into it; images come from a scanned registry with immutable tags; the
// training data and artifacts are backed up daily. No inference API yet: the model is not served.
const CIDR = "10.40.0.0/16";
const platform = new AiPlatform("corpus-lm", {
  scope: 5,
  models: ["amazon.titan-embed-text-v2:0"],
  owner: "research-infra",
  cidrBlock: CIDR,
  availabilityZoneCount: 3,
  gpuFleet: { instanceType: "p5.48xlarge", maxSize: 4, allowIntraGroupTraffic: true },
  vectorStore: false,
  budget: { monthlyLimitUsd: 250000, subscriberEmails: ["research-infra@example.com"] },
});

// The first pre-training run, as a managed SageMaker job on the same training network: its
// containers have no network of their own, traffic between its four instances is encrypted, the
// artifacts land in the locked artifact store under the job's own key, and it stops after five days.
const network = platform.network!;
const pretraining = new SecureTrainingJob("corpus-lm-pretrain-v1", {
  scope: 5,
  owner: "research-infra",
  image: platform.imageRegistry!.imageUri("pretrain-2025-06"),
  trainingDataS3Uri: pulumi.interpolate`s3://${platform.trainingDataBucketName}/corpus/v1/`,
  outputS3Uri: pulumi.interpolate`s3://${platform.modelArtifactBucketName}/corpus-lm/v1/`,
  hyperParameters: { epochs: "1", "sequence-length": "4096" },
  instanceType: "ml.p4d.24xlarge",
  instanceCount: 4,
  maxRuntimeInSeconds: 5 * 24 * 3600,
  vpcId: network.vpcId,
  subnetIds: network.privateSubnetIds,
  vpcCidrBlock: CIDR,
  egressPrefixListIds: [network.endpoints["s3"].prefixListId],
});

export const vpcId = platform.vpcId;
export const trainingSubnetIds = platform.privateSubnetIds;
export const gpuFleet = platform.gpuFleetName;
export const gpuHostRoleArn = platform.gpuHostRoleArn;
export const imageRepositoryUrl = platform.imageRepositoryUrl;
export const trainingDataBucket = platform.trainingDataBucketName;
export const modelArtifactBucket = platform.modelArtifactBucketName;
export const backupVault = platform.backupVaultName;
export const trainingJobName = pretraining.trainingJobName;
export const trainingRoleArn = pretraining.executionRoleArn;
export const skipped = platform.skipped;
