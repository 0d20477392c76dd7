import type { PolicyDefinition } from "../../framework/types";
import { apigatewayDataTraceDisabled } from "./data-trace-disabled";
import { lambdaFunctionUrlRequiresIamAuth } from "./function-url-requires-iam-auth";
import { apigatewayv2StageThrottled } from "./http-stage-throttled";
import { apiCorsNoWildcardOrigin } from "./cors-no-wildcard-origin";
import { apigatewayMethodRequiresAuthorization } from "./method-requires-authorization";
import { apigatewayStageRateLimited } from "./rest-stage-rate-limited";
import { apigatewayv2RouteRequiresAuthorization } from "./route-requires-authorization";
import { apigatewayStageAccessLogging } from "./stage-access-logging";

/** Endpoint policies: the inference API authenticates, rate-limits and logs its callers. */
export const ENDPOINTS_POLICIES: readonly PolicyDefinition[] = [
  apigatewayMethodRequiresAuthorization,
  apigatewayv2RouteRequiresAuthorization,
  lambdaFunctionUrlRequiresIamAuth,
  apigatewayStageRateLimited,
  apigatewayv2StageThrottled,
  apigatewayStageAccessLogging,
  apigatewayDataTraceDisabled,
  apiCorsNoWildcardOrigin,
];
