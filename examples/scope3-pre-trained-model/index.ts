import { AiPlatform, functionArnFromName } from "../../components/platform";

// A support bot on Claude through Bedrock. The handler that calls the model is deployed by the
// application's stack under this name, with this platform's workload role (workloadRoleArn); naming
// it here lets the platform put the authenticated, rate-limited API in front of it.
const platform = new AiPlatform("support-bot", {
  scope: 3,
  models: ["anthropic.claude-3-5-sonnet-20240620-v1:0"],
  owner: "ml-platform",
  inferenceHandlerArn: functionArnFromName("support-bot-inference"),
  guardrail: {
    deniedTopics: [
      {
        name: "Investment advice",
        definition: "Recommendations about buying or selling financial products.",
      },
    ],
  },
});

export const apiUrl = platform.apiUrl;
export const workloadRoleArn = platform.workloadRoleArn;
export const guardrailId = platform.guardrailId;
export const guardrailVersion = platform.guardrailVersion;
export const vectorCollectionEndpoint = platform.vectorCollectionEndpoint;
export const knowledgeBaseRoleArn = platform.knowledgeBaseRoleArn;
export const privateSubnetIds = platform.privateSubnetIds;
export const components = platform.components;
