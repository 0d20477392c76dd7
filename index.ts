import { AiPlatform, functionArnFromName } from "./components/platform";

/**
 * The reference program of scopeguard: a scope-3 system (a support assistant on a Bedrock
 * foundation model) built from the scope bundle, which `npm start` checks offline with the policy
 * pack. It declares scope 3 in policy-config.json, and the tags of every resource say the same.
 *
 * What it provisions, all of it from components/platform: the audit trail, an encrypted prompt
 * log, budget alerts, a least-privilege workload role, a VPC without internet egress with private
 * endpoints to Bedrock and the AWS APIs it needs, model-invocation logging, a guardrail, an
 * authenticated and rate-limited inference API in front of the team's handler function, and an
 * encrypted private vector store for retrieval.
 */
const platform = new AiPlatform("support-assistant", {
  scope: 3,
  models: ["anthropic.claude-3-5-sonnet-20240620-v1:0", "us.amazon.nova-pro-v1:0"],
  owner: "ml-platform",
  // The handler is deployed by the application's stack under this name, with workloadRoleArn.
  inferenceHandlerArn: functionArnFromName("support-assistant-inference"),
  guardrail: {
    deniedTopics: [
      {
        name: "Legal advice",
        definition: "Interpreting laws, contracts or liability for a specific situation.",
      },
    ],
  },
  budget: { monthlyLimitUsd: 1500, subscriberEmails: ["ml-platform-costs@example.com"] },
});

export const scope = platform.scope;
export const components = platform.components;
export const skipped = platform.skipped;
export const apiUrl = platform.apiUrl;
export const workloadRoleArn = platform.workloadRoleArn;
export const guardrailId = platform.guardrailId;
export const guardrailVersion = platform.guardrailVersion;
export const vpcId = platform.vpcId;
export const privateSubnetIds = platform.privateSubnetIds;
export const vectorCollectionEndpoint = platform.vectorCollectionEndpoint;
export const knowledgeBaseRoleArn = platform.knowledgeBaseRoleArn;
export const promptLogGroup = platform.promptLogGroupName;
export const alertTopicArn = platform.alertTopicArn;
export const trailArn = platform.trailArn;
