import * as pulumi from "@pulumi/pulumi";
import { AiPlatform, functionArnFromName } from "../../components/platform";
import { FineTuningJob } from "../../components/sagemaker";

// Fine-tuning a foundation model on the support team's resolved tickets. Scope 4 adds the stores
// the model is made from (training data, versioned; artifacts, under object lock), their access logs
// and data events in the trail, a VPC-only SageMaker Studio domain whose execution role reads the
// training data and writes artifacts, and a key that signs what it produces.
const platform = new AiPlatform("ticket-tuner", {
  scope: 4,
  models: ["anthropic.claude-3-haiku-20240307-v1:0", "amazon.titan-embed-text-v2:0"],
  owner: "ml-platform",
  inferenceHandlerArn: functionArnFromName("ticket-tuner-inference"),
  modelArtifacts: { objectLockDays: 90 },
  budget: { monthlyLimitUsd: 5000, subscriberEmails: ["ml-platform-costs@example.com"] },
});

// The fine-tuning run itself: a Bedrock customization job inside the platform VPC that reads the
// tickets from the training-data store, writes its metrics to the artifact store, and produces a
// custom model encrypted under its own key. Its role reads and writes exactly those two buckets.
const network = platform.network!;
const tuning = new FineTuningJob("ticket-tuner-haiku-v1", {
  scope: 4,
  owner: "ml-platform",
  baseModelIdentifier: "anthropic.claude-3-haiku-20240307-v1:0:200k",
  trainingDataS3Uri: pulumi.interpolate`s3://${platform.trainingDataBucketName}/tickets/2025-q2/train.jsonl`,
  validationDataS3Uris: [
    pulumi.interpolate`s3://${platform.trainingDataBucketName}/tickets/2025-q2/validation.jsonl`,
  ],
  outputS3Uri: pulumi.interpolate`s3://${platform.modelArtifactBucketName}/ticket-tuner/haiku-v1/`,
  hyperparameters: { epochCount: "2", batchSize: "8", learningRateMultiplier: "1.0" },
  vpcId: network.vpcId,
  subnetIds: network.privateSubnetIds,
  vpcCidrBlock: "10.0.0.0/16",
  egressPrefixListIds: [network.endpoints["s3"].prefixListId],
});

export const trainingDataBucket = platform.trainingDataBucketName;
export const modelArtifactBucket = platform.modelArtifactBucketName;
export const sagemakerDomainId = platform.sagemakerDomainId;
export const sagemakerExecutionRoleArn = platform.sagemakerExecutionRoleArn;
export const signingKeyArn = platform.signingKeyArn;
export const apiUrl = platform.apiUrl;
export const guardrailId = platform.guardrailId;
export const guardrailVersion = platform.guardrailVersion;
export const customModelArn = tuning.customModelArn;
export const components = platform.components;
