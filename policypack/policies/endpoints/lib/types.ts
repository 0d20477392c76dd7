import { AwsType } from "../../../vocabulary";
/** API Gateway, Lambda URL and WAF type tokens, as @pulumi/aws 7 registers them. */
export const REST_METHOD_TYPE = AwsType.apigateway.Method;
export const REST_API_TYPE = AwsType.apigateway.RestApi;
export const REST_STAGE_TYPE = AwsType.apigateway.Stage;
export const REST_METHOD_SETTINGS_TYPE = AwsType.apigateway.MethodSettings;
export const USAGE_PLAN_TYPE = AwsType.apigateway.UsagePlan;
export const HTTP_API_TYPE = AwsType.apigatewayv2.Api;
export const HTTP_ROUTE_TYPE = AwsType.apigatewayv2.Route;
export const HTTP_STAGE_TYPE = AwsType.apigatewayv2.Stage;
export const FUNCTION_URL_TYPE = AwsType.lambda.FunctionUrl;
export const WEB_ACL_TYPE = AwsType.wafv2.WebAcl;
export const WEB_ACL_RULE_TYPE = AwsType.wafv2.WebAclRule;
export const WEB_ACL_ASSOCIATION_TYPE = AwsType.wafv2.WebAclAssociation;
