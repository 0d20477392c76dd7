import { linkConfigurations } from "../../framework/correlate";
import type { StackPolicyDefinition, StackResource, StackViolation } from "../../framework/types";
import { readAs, isString, isBoolean } from "../../framework/values";
import { ENDPOINT_AUTH_MAPPINGS } from "./lib/mappings";
import { HTTP_API_TYPE, HTTP_ROUTE_TYPE } from "./lib/types";
import { CONTROL_SCOPES } from "../../vocabulary";

type Protocol = "HTTP" | "WEBSOCKET" | undefined;

/** An HTTP route key: `GET /chat`, `ANY /{proxy+}`. */
const HTTP_ROUTE_KEY = /^[A-Z]+ \//;

/**
 * Whether a route must carry its own authorization. WebSocket APIs authorize once, on `$connect`;
 * their other routes cannot have an authorizer. With the API outside the stack, the route key tells
 * HTTP routes (`GET /x`, `$default`) apart from WebSocket message routes (`sendMessage`, `$disconnect`).
 */
function needsAuthorization(routeKey: string, protocol: Protocol): boolean {
  if (protocol === "WEBSOCKET") {
    return routeKey === "$connect";
  }
  if (protocol === "HTTP") {
    return true;
  }
  return routeKey === "$connect" || routeKey === "$default" || HTTP_ROUTE_KEY.test(routeKey);
}

function judge(route: StackResource, api: StackResource | undefined): StackViolation | undefined {
  const key = readAs(() => route.props.routeKey, isString);
  const protocol = api ? readAs(() => api.props.protocolType, isString) : undefined;
  if (key.state !== "value" || protocol?.state === "unknown") {
    return undefined;
  }
  const knownProtocol = protocol?.state === "value" ? (protocol.value.toUpperCase() as Protocol) : undefined;
  if (!needsAuthorization(key.value, knownProtocol)) {
    return undefined;
  }
  const type = readAs(() => route.props.authorizationType, isString);
  const apiKey = readAs(() => route.props.apiKeyRequired, isBoolean);
  // An unknown type may be an authorizer; the update run decides.
  if (type.state === "unknown" || (type.state === "value" && type.value.toUpperCase() !== "NONE")) {
    return undefined;
  }
  if (apiKey.state === "value" && apiKey.value) {
    return undefined;
  }
  const where = api ? ` of API "${api.name}"` : "";
  return {
    urn: route.urn,
    message: `Route "${key.value}"${where} is open to anyone (authorizationType ${type.state === "value" ? type.value : "not set, so NONE"}): set authorizationType to "JWT", "AWS_IAM" or "CUSTOM" with an authorizerId.`,
  };
}

/** Pure check over the stack: every HTTP API route, and every WebSocket $connect route, is authorized. */
export function checkRoutesAuthorized(resources: readonly StackResource[]): StackViolation[] {
  const linked = linkConfigurations(resources, {
    targetTypes: [HTTP_API_TYPE],
    targetKeys: ["id"],
    configTypes: [HTTP_ROUTE_TYPE],
    configProperty: "apiId",
  });
  const apiOf = new Map<string, StackResource>();
  for (const { target, configs } of linked) {
    configs.forEach((route) => apiOf.set(route.urn, target));
  }
  return resources
    .filter((r) => r.type === HTTP_ROUTE_TYPE)
    .map((route) => judge(route, apiOf.get(route.urn)))
    .filter((v): v is StackViolation => v !== undefined);
}

export const apigatewayv2RouteRequiresAuthorization: StackPolicyDefinition = {
  kind: "stack",
  requiresResourceType: HTTP_ROUTE_TYPE,
  name: "apigatewayv2-route-requires-authorization",
  description:
    "Every HTTP API route (and each WebSocket API's $connect route) has an authorizationType other than NONE; omitting it means NONE.",
  rationale:
    "AWS leaves HTTP API routes open by default; one unauthenticated chat route is enough for strangers to drain the model budget or probe the prompt and its guardrails.",
  severity: "critical",
  enforcementLevel: "mandatory",
  remediationSteps:
    'Set `authorizationType: "JWT"` (with `authorizerId` of an aws.apigatewayv2.Authorizer), "AWS_IAM" or "CUSTOM" on each aws.apigatewayv2.Route; for WebSocket APIs, on the $connect route.',
  minScope: CONTROL_SCOPES.inferenceApi,
  services: ["apigateway"],
  mappings: ENDPOINT_AUTH_MAPPINGS,
  check: (resources) => checkRoutesAuthorized(resources),
};
