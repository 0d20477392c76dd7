import type { Remediation, ResourcePolicyDefinition, ResourceUnderCheck } from "../../framework/types";
import { rawInput, setInputs } from "../../framework/remediation";
import { field, isRecord } from "../../framework/values";
import { HTTP_STAGE_TYPE, REST_METHOD_SETTINGS_TYPE } from "./lib/types";
import { CONTROL_SCOPES } from "../../vocabulary";

/**
 * The settings blocks that can turn on data tracing: `settings` of a REST MethodSettings, and
 * `defaultRouteSettings` and each `routeSettings` entry of an HTTP/WebSocket stage.
 */
function traceBlocks(resource: ResourceUnderCheck): { readonly label: string; readonly block: unknown }[] {
  const props = resource.props;
  if (resource.type === REST_METHOD_SETTINGS_TYPE) {
    return [{ label: "settings", block: props.settings }];
  }
  const routes: unknown = props.routeSettings;
  const list = Array.isArray(routes) ? routes : [];
  return [
    { label: "defaultRouteSettings", block: props.defaultRouteSettings },
    ...list.map((block, i) => ({ label: `routeSettings[${i}]`, block })),
  ];
}

/** Pure check: no stage or method logs full request and response bodies. */
export function checkDataTraceDisabled(resource: ResourceUnderCheck): string[] {
  // A flag unknown in preview is read directly: whether bodies are logged depends on it.
  const tracing = traceBlocks(resource).filter(({ block }) => field(block, "dataTraceEnabled") === true);
  return tracing.map(
    ({ label }) =>
      `${label}.dataTraceEnabled is true, so full request and response bodies (prompts and completions) go to CloudWatch Logs: set it to false and keep loggingLevel "ERROR" or "INFO" with access logs.`,
  );
}

/**
 * Turns data tracing off wherever it is on; changes nothing else. The check has already read every
 * flag, so the answer is built from the inputs as given.
 */
export function remediateDataTrace(resource: ResourceUnderCheck): Remediation {
  const off = (block: unknown) =>
    isRecord(block) && block.dataTraceEnabled === true ? { ...block, dataTraceEnabled: false } : block;
  if (resource.type === REST_METHOD_SETTINGS_TYPE) {
    return setInputs({ settings: off(rawInput(resource.props, "settings")) });
  }
  const defaults = rawInput(resource.props, "defaultRouteSettings");
  const routes = rawInput(resource.props, "routeSettings");
  return setInputs({
    ...(defaults === undefined ? {} : { defaultRouteSettings: off(defaults) }),
    ...(Array.isArray(routes) ? { routeSettings: routes.map(off) } : {}),
  });
}

export const apigatewayDataTraceDisabled: ResourcePolicyDefinition = {
  kind: "resource",
  name: "apigateway-data-trace-disabled",
  description:
    "API Gateway execution logging never includes full request and response data (dataTraceEnabled is not true).",
  rationale:
    "Data tracing copies every prompt, completion and header, tokens included, into execution logs that are rarely encrypted, retained or access-controlled like the prompt-log store, leaking personal data and secrets.",
  severity: "high",
  enforcementLevel: "remediate",
  remediationSteps:
    "Set `dataTraceEnabled: false` in aws.apigateway.MethodSettings `settings`, and in aws.apigatewayv2.Stage `defaultRouteSettings` and `routeSettings`; use access logs for request metadata and the application's own redacted prompt log for content.",
  minScope: CONTROL_SCOPES.inferenceApi,
  services: ["apigateway"],
  resourceTypes: [REST_METHOD_SETTINGS_TYPE, HTTP_STAGE_TYPE],
  mappings: {
    nistCsf: ["PR.DS-01", "PR.DS-10"],
    owaspLlm: ["LLM02"],
    mitreAtlas: ["AML.T0057"],
    cisaNcsc: ["secure-operation"],
    seedItems: ["checklist.data-pii-masking", "csf.pr-data-protection", "checklist.data-retention"],
  },
  check: (resource) => checkDataTraceDisabled(resource),
  remediate: (resource) => remediateDataTrace(resource),
};
