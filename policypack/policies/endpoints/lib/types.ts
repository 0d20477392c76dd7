/** API Gateway, Lambda URL and WAF type tokens, as @pulumi/aws 7 registers them. */
export const REST_METHOD_TYPE = "aws:apigateway/method:Method";
export const REST_API_TYPE = "aws:apigateway/restApi:RestApi";
export const REST_STAGE_TYPE = "aws:apigateway/stage:Stage";
export const REST_METHOD_SETTINGS_TYPE = "aws:apigateway/methodSettings:MethodSettings";
export const USAGE_PLAN_TYPE = "aws:apigateway/usagePlan:UsagePlan";
export const HTTP_API_TYPE = "aws:apigatewayv2/api:Api";
export const HTTP_ROUTE_TYPE = "aws:apigatewayv2/route:Route";
export const HTTP_STAGE_TYPE = "aws:apigatewayv2/stage:Stage";
export const FUNCTION_URL_TYPE = "aws:lambda/functionUrl:FunctionUrl";
export const WEB_ACL_TYPE = "aws:wafv2/webAcl:WebAcl";
export const WEB_ACL_RULE_TYPE = "aws:wafv2/webAclRule:WebAclRule";
export const WEB_ACL_ASSOCIATION_TYPE = "aws:wafv2/webAclAssociation:WebAclAssociation";
