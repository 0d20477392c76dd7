import { AiPlatform, functionArnFromName } from "../../components/platform";

// A ticketing integration that sends support cases to a vendor's AI service. Scope 2 adds a role that
// can read only this app's provider key and write only its prompt log, and a VPC whose only way out is
// private endpoints to AWS APIs. From scope 2 the provider key rotates automatically, through the
// rotation Lambda the integration team deploys under this name.
const platform = new AiPlatform("ticket-triage", {
  scope: 2,
  owner: "service-desk",
  providerSecrets: [
    { provider: "anthropic", rotationLambdaArn: functionArnFromName("anthropic-key-rotation") },
  ],
  budget: { monthlyLimitUsd: 500 },
});

export const workloadRoleArn = platform.workloadRoleArn;
export const vpcId = platform.vpcId;
export const privateSubnetIds = platform.privateSubnetIds;
export const providerKeySecretArn = platform.providerSecretArns["anthropic"];
export const components = platform.components;
