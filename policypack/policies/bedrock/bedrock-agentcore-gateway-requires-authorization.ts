import type { ResourcePolicyDefinition, ResourceUnderCheck } from "../../framework/types";
import { AGENTCORE_GATEWAY_TYPE } from "./lib/types";
import { CONTROL_SCOPES } from "../../vocabulary";

/** Pure check: the gateway authenticates its callers (authorizerType is not NONE). */
export function checkGatewayRequiresAuthorization(resource: ResourceUnderCheck): string[] {
  // Read directly: the decision is the value itself, so an unknown must reach the SDK.
  const type = resource.props.authorizerType;
  if (typeof type !== "string" || type === "") {
    return [
      'The AgentCore gateway sets no authorizerType: set it to "CUSTOM_JWT" (with authorizerConfiguration) or "AWS_IAM".',
    ];
  }
  return type === "NONE"
    ? [
        'The AgentCore gateway accepts unauthenticated calls (authorizerType "NONE"): set authorizerType to "CUSTOM_JWT" with authorizerConfiguration.customJwtAuthorizer, or "AWS_IAM".',
      ]
    : [];
}

export const bedrockAgentcoreGatewayRequiresAuthorization: ResourcePolicyDefinition = {
  kind: "resource",
  name: "bedrock-agentcore-gateway-requires-authorization",
  description: "Bedrock AgentCore gateways require inbound authorization (authorizerType other than NONE).",
  rationale:
    "A gateway exposes the tools behind it (APIs, Lambda functions, MCP servers) to agents; without inbound authorization anyone who finds the endpoint can make those tools act.",
  severity: "critical",
  enforcementLevel: "mandatory",
  remediationSteps:
    'Set `authorizerType: "CUSTOM_JWT"` with `authorizerConfiguration.customJwtAuthorizer` (discoveryUrl, allowedAudiences or allowedClients) on the aws.bedrock.AgentcoreGateway, or `authorizerType: "AWS_IAM"` for callers inside AWS.',
  minScope: CONTROL_SCOPES.agentIsolation,
  services: ["bedrock-agentcore"],
  resourceTypes: [AGENTCORE_GATEWAY_TYPE],
  mappings: {
    nistCsf: ["PR.AA-03", "PR.AA-05"],
    owaspLlm: ["LLM06"],
    mitreAtlas: ["AML.M0019"],
    cisaNcsc: ["secure-deployment"],
    seedItems: [
      "checklist.auth-endpoints-authenticated",
      "csf.pr-access-chain",
      "csf.id-plugins",
      "cisa.deploy-secure-defaults",
    ],
  },
  check: (resource) => checkGatewayRequiresAuthorization(resource),
};
