import { AiPlatform, functionArnFromName } from "../../components/platform";

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

export const trainingDataBucket = platform.trainingDataBucketName;
export const modelArtifactBucket = platform.modelArtifactBucketName;
export const sagemakerDomainId = platform.sagemakerDomainId;
export const sagemakerExecutionRoleArn = platform.sagemakerExecutionRoleArn;
export const signingKeyArn = platform.signingKeyArn;
export const apiUrl = platform.apiUrl;
export const guardrailId = platform.guardrailId;
export const guardrailVersion = platform.guardrailVersion;
export const components = platform.components;
