import { AiPlatform } from "../../components/platform";

// Pre-training a domain model on the company's own corpus. At scope 5 the platform network is the
// training network: no internet gateway, no NAT, AWS APIs (ECR, SageMaker, SSM) through private
// endpoints only. GPU hosts launch from a hardened template (IMDSv2, hop limit 1, encrypted volumes,
// no public IP, no SSH key) into it; images come from a scanned registry with immutable tags; the
// training data and artifacts are backed up daily. No inference API yet: the model is not served.
const platform = new AiPlatform("corpus-lm", {
  scope: 5,
  models: ["amazon.titan-embed-text-v2:0"],
  owner: "research-infra",
  cidrBlock: "10.40.0.0/16",
  availabilityZoneCount: 3,
  gpuFleet: { instanceType: "p5.48xlarge", maxSize: 4, allowIntraGroupTraffic: true },
  vectorStore: false,
  budget: { monthlyLimitUsd: 250000, subscriberEmails: ["research-infra@example.com"] },
});

export const vpcId = platform.vpcId;
export const trainingSubnetIds = platform.privateSubnetIds;
export const gpuFleet = platform.gpuFleetName;
export const gpuHostRoleArn = platform.gpuHostRoleArn;
export const imageRepositoryUrl = platform.imageRepositoryUrl;
export const trainingDataBucket = platform.trainingDataBucketName;
export const modelArtifactBucket = platform.modelArtifactBucketName;
export const backupVault = platform.backupVaultName;
export const skipped = platform.skipped;
