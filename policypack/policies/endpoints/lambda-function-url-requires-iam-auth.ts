import type { ResourcePolicyDefinition, ResourceUnderCheck } from "../../framework/types";
import { ENDPOINT_AUTH_MAPPINGS } from "./lib/mappings";
import { FUNCTION_URL_TYPE } from "./lib/types";
import { CONTROL_SCOPES } from "../../vocabulary";

/** Pure check: a Lambda function URL only accepts IAM-signed requests. */
export function checkFunctionUrlAuth(resource: ResourceUnderCheck): string[] {
  // Read directly: when the type is unknown the decision depends on it.
  const type: unknown = resource.props.authorizationType;
  if (type === "AWS_IAM") {
    return [];
  }
  const shown = typeof type === "string" ? type : "not set";
  return [
    `The function URL accepts unauthenticated requests (authorizationType ${shown}): set authorizationType to "AWS_IAM" and have callers sign their requests (or put CloudFront with origin access control in front).`,
  ];
}

export const lambdaFunctionUrlRequiresIamAuth: ResourcePolicyDefinition = {
  kind: "resource",
  name: "lambda-function-url-requires-iam-auth",
  description: 'Lambda function URLs use authorizationType "AWS_IAM", never "NONE".',
  rationale:
    "A function URL with no auth is a public endpoint with no throttling, WAF or API keys in front of it; when the function calls a model, anyone who finds the URL spends the account's model budget.",
  severity: "critical",
  enforcementLevel: "mandatory",
  remediationSteps:
    'Set `authorizationType: "AWS_IAM"` on the aws.lambda.FunctionUrl and grant `lambda:InvokeFunctionUrl` to the callers; for browser clients, front it with CloudFront origin access control or use API Gateway with an authorizer.',
  minScope: CONTROL_SCOPES.inferenceApi,
  services: ["lambda"],
  resourceTypes: [FUNCTION_URL_TYPE],
  mappings: ENDPOINT_AUTH_MAPPINGS,
  check: (resource) => checkFunctionUrlAuth(resource),
};
