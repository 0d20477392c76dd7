import type { ResourcePolicyDefinition, ResourceUnderCheck } from "../../framework/types";
import { tryRead } from "../../framework/unknowns";
import { field } from "../../framework/values";
import { RATE_LIMIT_MAPPINGS } from "./lib/mappings";
import { HTTP_STAGE_TYPE } from "./lib/types";
import { CONTROL_SCOPES } from "../../vocabulary";

const LIMITS = ["throttlingRateLimit", "throttlingBurstLimit"] as const;

/**
 * A positive limit, or one computed at deploy time. Zero does not count: the provider reads an
 * unset limit back as 0, so in state 0 cannot be told apart from "no limit".
 */
function isLimit(settings: unknown, key: string): boolean {
  const value = tryRead(() => field(settings, key));
  return !value.known || (typeof value.value === "number" && value.value > 0);
}

/** Pure check: an HTTP or WebSocket API stage sets default rate and burst limits. */
export function checkHttpStageThrottled(resource: ResourceUnderCheck): string[] {
  // Read directly: an unknown settings block may or may not hold limits.
  const settings: unknown = resource.props.defaultRouteSettings;
  const missing = LIMITS.filter((key) => !isLimit(settings, key));
  return missing.length === 0
    ? []
    : [
        `The stage sets no default ${missing.join(" or ")}, so only the account-wide quota limits callers: set defaultRouteSettings.throttlingRateLimit and throttlingBurstLimit to what the model behind it can afford.`,
      ];
}

export const apigatewayv2StageThrottled: ResourcePolicyDefinition = {
  kind: "resource",
  name: "apigatewayv2-stage-throttled",
  description:
    "HTTP and WebSocket API stages set positive default throttling limits (defaultRouteSettings.throttlingRateLimit and throttlingBurstLimit).",
  rationale:
    "Every request to an inference API costs tokens; without a stage limit one client (or one leaked token) can use the whole account quota, starving other users and running up the bill. WAF cannot be attached to HTTP APIs, so the stage limit is the control.",
  severity: "high",
  enforcementLevel: "mandatory",
  remediationSteps:
    "On the aws.apigatewayv2.Stage set `defaultRouteSettings: { throttlingRateLimit: <requests/s>, throttlingBurstLimit: <burst> }` sized to the model's quota; tighten expensive routes further with `routeSettings`.",
  minScope: CONTROL_SCOPES.inferenceApi,
  services: ["apigateway"],
  resourceTypes: [HTTP_STAGE_TYPE],
  mappings: RATE_LIMIT_MAPPINGS,
  check: (resource) => checkHttpStageThrottled(resource),
};
