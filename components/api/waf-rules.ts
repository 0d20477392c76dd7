/**
 * The WAF rules of an {@link InferenceApi}, as plain values: limits and defaults as named
 * constants, and a pure builder of `aws.wafv2.WebAcl` rules that tests read without a runtime.
 */

/** AWS WAF rejects a rate-based rule whose limit is below 10 requests per evaluation window. */
export const WAF_MIN_RATE_LIMIT = 10;
/** The largest rate limit AWS WAF accepts. */
export const WAF_MAX_RATE_LIMIT = 2_000_000_000;
/**
 * The evaluation windows AWS WAF accepts for a rate-based rule, in seconds, by name. Written as an
 * object (not only a union type) so the component provider's schema analysis publishes them as an
 * enum for programs in other languages.
 */
export const WafEvaluationWindow = {
  /** One minute. */
  OneMinute: 60,
  /** Two minutes. */
  TwoMinutes: 120,
  /** Five minutes, WAF's own default. */
  FiveMinutes: 300,
  /** Ten minutes. */
  TenMinutes: 600,
} as const;

/** A window AWS WAF counts a client's requests over, in seconds: 60, 120, 300 or 600. */
export type WafEvaluationWindow = (typeof WafEvaluationWindow)[keyof typeof WafEvaluationWindow];

/** Every evaluation window, shortest first. */
export const WAF_EVALUATION_WINDOWS: readonly WafEvaluationWindow[] = Object.values(WafEvaluationWindow);

/**
 * 300 requests per 5 minutes from one IP address: one call a second, sustained, which no person
 * typing prompts reaches, while a script that scrapes the model or runs up its bill is cut off in
 * minutes. Stage throttling caps the API as a whole; this caps each client.
 */
export const DEFAULT_WAF_RATE_LIMIT = 300;
/** WAF's own default window: five minutes. */
export const DEFAULT_WAF_EVALUATION_WINDOW: WafEvaluationWindow = WafEvaluationWindow.FiveMinutes;

/** AWS managed rule groups every inference API gets, in priority order after the rate rule. */
export const MANAGED_RULE_GROUPS = [
  /** OWASP-style protections: bad user agents, size limits, LFI/RFI, SSRF to EC2 metadata, XSS. */
  "AWSManagedRulesCommonRuleSet",
  /** Request patterns of known exploits (Log4j, Java deserialisation, host header attacks). */
  "AWSManagedRulesKnownBadInputsRuleSet",
] as const;

/** The rule group whose rules `excludedCommonRules` may set to count. */
export const COMMON_RULE_SET = MANAGED_RULE_GROUPS[0];

/** What the rules depend on. */
export interface WafRulesInput {
  /** Requests per window from one IP before WAF blocks it. */
  readonly rateLimit: number;
  /** The window, in seconds. */
  readonly evaluationWindowSec: WafEvaluationWindow;
  /** Rules of the common rule set that only count instead of blocking. */
  readonly excludedCommonRules: readonly string[];
  /** Prefix of the CloudWatch metric names. */
  readonly metricPrefix: string;
}

/** A rule, shaped like `aws.wafv2.WebAcl`'s `rules[]` input. */
export interface WafRulePlan {
  readonly name: string;
  readonly priority: number;
  readonly action?: { readonly block: Record<string, never> };
  readonly overrideAction?: { readonly none: Record<string, never> };
  readonly statement: Record<string, unknown>;
  readonly visibilityConfig: {
    readonly cloudwatchMetricsEnabled: true;
    readonly metricName: string;
    readonly sampledRequestsEnabled: true;
  };
}

const visibility = (metricName: string) =>
  ({ cloudwatchMetricsEnabled: true, metricName, sampledRequestsEnabled: true }) as const;

/** The rules: the per-IP rate limit first (cheapest, and it stops floods early), then the managed groups. */
export function buildWafRules(input: WafRulesInput): WafRulePlan[] {
  const rate: WafRulePlan = {
    name: "rate-limit-per-ip",
    priority: 0,
    action: { block: {} },
    statement: {
      rateBasedStatement: {
        limit: input.rateLimit,
        aggregateKeyType: "IP",
        evaluationWindowSec: input.evaluationWindowSec,
      },
    },
    visibilityConfig: visibility(`${input.metricPrefix}-rate-limit-per-ip`),
  };
  const managed = MANAGED_RULE_GROUPS.map((group, index): WafRulePlan => ({
    name: group,
    priority: index + 1,
    overrideAction: { none: {} },
    statement: {
      managedRuleGroupStatement: {
        vendorName: "AWS",
        name: group,
        ...(group === COMMON_RULE_SET && input.excludedCommonRules.length > 0
          ? {
              ruleActionOverrides: input.excludedCommonRules.map((name) => ({
                name,
                actionToUse: { count: {} },
              })),
            }
          : {}),
      },
    },
    visibilityConfig: visibility(`${input.metricPrefix}-${group}`),
  }));
  return [rate, ...managed];
}
