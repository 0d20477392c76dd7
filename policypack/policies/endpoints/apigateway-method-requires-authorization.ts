import type { ResourcePolicyDefinition, ResourceUnderCheck } from "../../framework/types";
import { isString, readAs } from "../../framework/values";
import { ENDPOINT_AUTH_MAPPINGS } from "./lib/mappings";
import { REST_METHOD_TYPE } from "./lib/types";
import { CONTROL_SCOPES } from "../../vocabulary";

/** Pure check: a REST API method requires an authorizer or at least an API key. */
export function checkMethodAuthorization(resource: ResourceUnderCheck): string[] {
  const props = resource.props;
  const method = readAs(() => props.httpMethod, isString);
  // Browsers send CORS preflight requests without credentials, so OPTIONS must stay open.
  if (method.state === "value" && method.value.toUpperCase() === "OPTIONS") {
    return [];
  }
  // Read directly: when the authorization type is unknown the decision depends on it.
  const authorization: unknown = props.authorization;
  if (typeof authorization === "string" && authorization !== "" && authorization.toUpperCase() !== "NONE") {
    return [];
  }
  const apiKeyRequired: unknown = props.apiKeyRequired;
  if (apiKeyRequired === true) {
    return [];
  }
  const verb = method.state === "value" ? `Method ${method.value}` : "The method";
  return [
    `${verb} accepts unauthenticated calls (authorization "${typeof authorization === "string" ? authorization : "NONE"}", no API key): set authorization to "AWS_IAM", "COGNITO_USER_POOLS" or "CUSTOM" with an authorizerId, or at least set apiKeyRequired to true.`,
  ];
}

export const apigatewayMethodRequiresAuthorization: ResourcePolicyDefinition = {
  kind: "resource",
  name: "apigateway-method-requires-authorization",
  description:
    'REST API methods (other than CORS preflight OPTIONS) require an authorizer ("AWS_IAM", "COGNITO_USER_POOLS", "CUSTOM") or an API key.',
  rationale:
    "An open inference method lets anyone run the model on the owner's account: cost harvesting, prompt-injection probing and extraction of the model or its knowledge base through the API.",
  severity: "critical",
  enforcementLevel: "mandatory",
  remediationSteps:
    'On the aws.apigateway.Method set `authorization: "AWS_IAM"` (or "COGNITO_USER_POOLS"/"CUSTOM" with `authorizerId`); an API key (`apiKeyRequired: true` plus a usage plan) is the minimum for machine clients.',
  minScope: CONTROL_SCOPES.inferenceApi,
  services: ["apigateway"],
  resourceTypes: [REST_METHOD_TYPE],
  mappings: ENDPOINT_AUTH_MAPPINGS,
  check: (resource) => checkMethodAuthorization(resource),
};
