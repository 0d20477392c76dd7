import { parseJson } from "../../framework/json";
import { programOutputs } from "../../framework/outputs";
import type { StackPolicyDefinition, StackResource, StackViolation } from "../../framework/types";
import { tryRead } from "../../framework/unknowns";
import { asList, field, first, isRecord } from "../../framework/values";
import { RATE_LIMIT_MAPPINGS } from "./lib/mappings";
import { linkRestStages, type StageControls } from "./lib/rest-stage-links";
import { REST_STAGE_TYPE } from "./lib/types";
import { CONTROL_SCOPES } from "../../vocabulary";

type Verdict = "limited" | "unknown" | "none";

/**
 * A positive number, or one the program computed from another resource; -1 (the default) and 0
 * mean "no limit set". Read through `programOutputs`, a limit the program left unset (which the
 * provider reports as unknown during preview and as -1 afterwards) reads as `undefined`.
 */
function limit(read: () => unknown): Verdict {
  const value = tryRead(read);
  if (!value.known) {
    return "unknown";
  }
  return typeof value.value === "number" && value.value > 0 ? "limited" : "none";
}

function both(a: Verdict, b: Verdict): Verdict {
  if (a === "none" || b === "none") {
    return "none";
  }
  return a === "unknown" || b === "unknown" ? "unknown" : "limited";
}

function any(verdicts: readonly Verdict[]): Verdict {
  if (verdicts.includes("limited")) {
    return "limited";
  }
  return verdicts.includes("unknown") ? "unknown" : "none";
}

/** Method settings throttle the whole stage only on the `*\/*` path. */
function methodSettingsLimit(r: StackResource): Verdict {
  const path = tryRead(() => r.props.methodPath);
  if (path.known && path.value !== "*/*") {
    return "none";
  }
  const settings = () => programOutputs(r).settings;
  const verdict = both(
    limit(() => field(settings(), "throttlingRateLimit")),
    limit(() => field(settings(), "throttlingBurstLimit")),
  );
  return path.known ? verdict : both(verdict, "unknown");
}

function usagePlanLimit(r: StackResource): Verdict {
  return limit(() => field(first(programOutputs(r).throttleSettings), "rateLimit"));
}

/** True when a WAF rule statement (Pulumi's camelCase, or the JSON API's PascalCase) is rate-based. */
function isRateBased(statement: unknown): boolean {
  return (
    isRecord(statement) &&
    (isRecord(first(statement.rateBasedStatement)) || isRecord(statement.RateBasedStatement))
  );
}

function ruleJsonHasRateRule(json: unknown): boolean {
  const parsed = typeof json === "string" ? parseJson(json) : { ok: false as const };
  return parsed.ok && asList(parsed.value).some((rule) => isRecord(rule) && isRateBased(rule.Statement));
}

function webAclLimit({ acl, rules }: StageControls["webAcls"][number]): Verdict {
  // An ACL from outside the stack (a Firewall Manager policy, a shared ACL) cannot be inspected; its
  // association is an explicit decision to put WAF in front, and is accepted.
  if (acl === undefined) {
    return "limited";
  }
  const inline = tryRead(() =>
    asList(acl.props.rules).some((rule) => isRateBased(first(field(rule, "statement")))),
  );
  const json = tryRead(() => ruleJsonHasRateRule(acl.props.ruleJson));
  const separate = rules.map((r) => tryRead(() => isRateBased(first(r.props.statement))));
  const readings = [inline, json, ...separate];
  if (readings.some((x) => x.known && x.value)) {
    return "limited";
  }
  return readings.some((x) => !x.known) ? "unknown" : "none";
}

function verdictFor(controls: StageControls): Verdict {
  return any([
    ...controls.methodSettings.map(methodSettingsLimit),
    ...controls.usagePlans.map(usagePlanLimit),
    ...controls.webAcls.map(webAclLimit),
  ]);
}

/** Pure check over the stack: every REST API stage is throttled or behind a rate-based WAF rule. */
export function checkRestStagesRateLimited(resources: readonly StackResource[]): StackViolation[] {
  return linkRestStages(resources)
    .filter((controls) => verdictFor(controls) === "none")
    .map(({ stage }) => ({
      urn: stage.urn,
      message: `REST API stage "${stage.name}" has no rate limit: add an aws.apigateway.MethodSettings with methodPath "*/*" and settings.throttlingRateLimit and throttlingBurstLimit, a usage plan with throttleSettings, or a WAF web ACL with a rate-based rule associated with the stage.`,
    }));
}

export const apigatewayStageRateLimited: StackPolicyDefinition = {
  kind: "stack",
  requiresResourceType: REST_STAGE_TYPE,
  name: "apigateway-stage-rate-limited",
  description:
    'Every REST API stage is rate-limited: stage-wide method throttling ("*/*"), a usage plan with throttle settings, or an associated WAF web ACL with a rate-based rule.',
  rationale:
    "Model calls are slow and expensive; an unthrottled stage lets one caller exhaust the model quota (denial of service for everyone else) or run up the bill (cost harvesting), whether or not it is authenticated.",
  severity: "high",
  enforcementLevel: "mandatory",
  remediationSteps:
    'Add an aws.apigateway.MethodSettings for the stage with `methodPath: "*/*"` and `settings: { throttlingRateLimit, throttlingBurstLimit }`; or an aws.apigateway.UsagePlan listing the stage with `throttleSettings` (it applies to API-key callers); or an aws.wafv2.WebAcl with a `rateBasedStatement` rule and an aws.wafv2.WebAclAssociation with `resourceArn: stage.arn`.',
  minScope: CONTROL_SCOPES.inferenceApi,
  services: ["apigateway", "wafv2"],
  mappings: RATE_LIMIT_MAPPINGS,
  check: (resources) => checkRestStagesRateLimited(resources),
};
