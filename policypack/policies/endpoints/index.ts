import type { PolicyDefinition } from "../../framework/types";
import { apigatewayDataTraceDisabled } from "./apigateway-data-trace-disabled";
import { lambdaFunctionUrlRequiresIamAuth } from "./lambda-function-url-requires-iam-auth";
import { apigatewayv2StageThrottled } from "./apigatewayv2-stage-throttled";
import { apiCorsNoWildcardOrigin } from "./api-cors-no-wildcard-origin";
import { apigatewayMethodRequiresAuthorization } from "./apigateway-method-requires-authorization";
import { apigatewayStageRateLimited } from "./apigateway-stage-rate-limited";
import { apigatewayv2RouteRequiresAuthorization } from "./apigatewayv2-route-requires-authorization";
import { apigatewayStageAccessLogging } from "./apigateway-stage-access-logging";

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
