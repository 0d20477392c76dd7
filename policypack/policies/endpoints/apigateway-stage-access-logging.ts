import type { ResourcePolicyDefinition, ResourceUnderCheck } from "../../framework/types";
import { isReferenceSet } from "../../framework/references";
import { field } from "../../framework/values";
import { HTTP_STAGE_TYPE, REST_STAGE_TYPE } from "./lib/types";
import { CONTROL_SCOPES } from "../../vocabulary";

/** Pure check: an API stage writes access logs to a destination, in a format. */
export function checkStageAccessLogging(resource: ResourceUnderCheck): string[] {
  // Read directly: whether an unknown block holds a destination is what decides.
  const settings: unknown = resource.props.accessLogSettings;
  // A non-empty string, or one computed at deploy time (a log group ARN usually is).
  const missing = ["destinationArn", "format"].filter(
    (key) => !isReferenceSet(() => field(settings, key), "string"),
  );
  return missing.length === 0
    ? []
    : [
        `The stage writes no access logs (accessLogSettings.${missing.join(" and ")} not set): set accessLogSettings with destinationArn (a CloudWatch log group ARN) and a format that records the caller, route, status and latency.`,
      ];
}

export const apigatewayStageAccessLogging: ResourcePolicyDefinition = {
  kind: "resource",
  name: "apigateway-stage-access-logging",
  description:
    "REST, HTTP and WebSocket API stages write access logs (accessLogSettings with destinationArn and format).",
  rationale:
    "Access logs are the only record of who called the inference API, how often and with what result: the evidence for abuse detection, cost investigations and incident response.",
  severity: "medium",
  enforcementLevel: "mandatory",
  remediationSteps:
    'Set `accessLogSettings: { destinationArn: logGroup.arn, format: JSON.stringify({ requestId: "$context.requestId", ip: "$context.identity.sourceIp", caller: "$context.identity.caller", route: "$context.routeKey", status: "$context.status" }) }` on the aws.apigateway.Stage or aws.apigatewayv2.Stage (an encrypted log group with bounded retention).',
  minScope: CONTROL_SCOPES.inferenceApi,
  services: ["apigateway"],
  resourceTypes: [REST_STAGE_TYPE, HTTP_STAGE_TYPE],
  mappings: {
    nistCsf: ["PR.PS-04", "DE.CM-09"],
    owaspLlm: ["LLM10"],
    mitreAtlas: ["AML.T0034"],
    cisaNcsc: ["secure-operation"],
    seedItems: [
      "checklist.mon-logging",
      "checklist.data-audit-trail",
      "csf.pr-logging",
      "csf.de-monitoring",
      "cisa.ops-monitor-inputs",
    ],
  },
  check: (resource) => checkStageAccessLogging(resource),
};
