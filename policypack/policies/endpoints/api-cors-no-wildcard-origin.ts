import type { ResourcePolicyDefinition, ResourceUnderCheck } from "../../framework/types";
import { field, first, isRecord, knownItems } from "../../framework/values";
import { FUNCTION_URL_TYPE, HTTP_API_TYPE } from "./lib/types";
import { AwsType, CONTROL_SCOPES } from "../../vocabulary";

/** REST API resources that set CORS headers: integration responses (OPTIONS mocks) and gateway responses. */
const REST_INTEGRATION_RESPONSE_TYPE = AwsType.apigateway.IntegrationResponse;
const REST_GATEWAY_RESPONSE_TYPE = AwsType.apigateway.Response;

/**
 * The known origins of a list: an unknown list throws (the SDK then says the policy cannot decide),
 * an unknown origin next to a literal "*" does not matter, so it is left out.
 */
function originList(read: () => unknown): unknown[] {
  read();
  return knownItems(read);
}

/** Where each type keeps its allowed origins. */
function corsOrigins(resource: ResourceUnderCheck): { where: string; origins: unknown[] } | undefined {
  const props = resource.props;
  switch (resource.type) {
    case HTTP_API_TYPE:
      return {
        where: "corsConfiguration.allowOrigins",
        origins: originList(() => field(first(props.corsConfiguration), "allowOrigins")),
      };
    case FUNCTION_URL_TYPE:
      return {
        where: "cors.allowOrigins",
        origins: originList(() => field(first(props.cors), "allowOrigins")),
      };
    default: {
      const parameters = props.responseParameters;
      if (!isRecord(parameters)) {
        return undefined;
      }
      const key = Object.keys(parameters).find((k) => /\.header\.access-control-allow-origin$/i.test(k));
      // Header values are mapping expressions: a literal is quoted, `'*'`.
      return key === undefined
        ? undefined
        : {
            where: `responseParameters["${key}"]`,
            origins: [String(parameters[key]).replace(/^'(.*)'$/, "$1")],
          };
    }
  }
}

/** Pure check: the API does not let every web origin call it from a browser. */
export function checkCorsOrigins(resource: ResourceUnderCheck): string[] {
  const found = corsOrigins(resource);
  if (found === undefined || !found.origins.includes("*")) {
    return [];
  }
  return [
    `CORS allows every origin (${found.where} is "*"): list the web origins of your own front ends (for example "https://chat.example.com").`,
  ];
}

export const apiCorsNoWildcardOrigin: ResourcePolicyDefinition = {
  kind: "resource",
  name: "api-cors-no-wildcard-origin",
  description:
    'Model APIs (API Gateway HTTP APIs, REST API CORS responses, Lambda function URLs) do not allow every origin (`"*"`) in CORS.',
  rationale:
    "With CORS open to every origin, any web page a user visits can call the model API from the user's browser with whatever credentials the page can obtain, and read the answers: prompt injection through a malicious page, data exfiltration through the user's session, and free inference on someone else's quota. The API's own front ends are a short, known list.",
  severity: "medium",
  enforcementLevel: "mandatory",
  remediationSteps:
    "Set `corsConfiguration.allowOrigins` (aws.apigatewayv2.Api) or `cors.allowOrigins` (aws.lambda.FunctionUrl) to your front ends' origins; for REST APIs, return that origin in the `Access-Control-Allow-Origin` header of the OPTIONS integration response and gateway responses instead of `'*'`.",
  minScope: CONTROL_SCOPES.inferenceApi,
  services: ["apigateway", "lambda"],
  resourceTypes: [
    HTTP_API_TYPE,
    FUNCTION_URL_TYPE,
    REST_INTEGRATION_RESPONSE_TYPE,
    REST_GATEWAY_RESPONSE_TYPE,
  ],
  mappings: {
    nistCsf: ["PR.AA-05", "PR.PS-01"],
    owaspLlm: ["LLM01", "LLM02", "LLM10"],
    mitreAtlas: ["AML.M0019", "AML.T0040"],
    cisaNcsc: ["secure-deployment"],
    seedItems: ["checklist.auth-endpoints-authenticated", "cisa.deploy-secure-defaults", "matrix.scope-3"],
  },
  check: (resource) => checkCorsOrigins(resource),
};
