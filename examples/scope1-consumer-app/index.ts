import { AiPlatform } from "../../components/platform";

// A customer-facing app that calls OpenAI's public API. The platform keeps the API key in Secrets
// Manager (a rotation reminder every 30 days until a rotation Lambda exists), records API activity in
// a multi-region trail, gives the app an encrypted prompt log that forgets after 90 days, and alerts
// on spend.
const platform = new AiPlatform("chat-assistant", {
  scope: 1,
  owner: "consumer-apps",
  providerSecrets: [{ provider: "openai" }],
  budget: { monthlyLimitUsd: 200, subscriberEmails: ["ai-costs@example.com"] },
});

export const openAiKeySecretArn = platform.providerSecretArns["openai"];
export const promptLogGroup = platform.promptLogGroupName;
export const alertTopicArn = platform.alertTopicArn;
export const trailArn = platform.trailArn;
export const components = platform.components;
