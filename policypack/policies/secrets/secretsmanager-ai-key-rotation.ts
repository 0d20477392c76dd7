import { linkConfigurations } from "../../framework/correlate";
import type { StackPolicyDefinition, StackResource, StackViolation } from "../../framework/types";
import { readOr, tryRead } from "../../framework/unknowns";
import { field, first, isString, readAs, readTags } from "../../framework/values";
import { namesAiProvider } from "../../framework/secret-values";
import { AI_PROVIDER_TAG, CONTROL_SCOPES, MAX_AI_KEY_ROTATION_DAYS } from "../../vocabulary";
import { SECRET_ROTATION_TYPE, SECRET_TYPE } from "./lib/types";

/** Re-exported for test/components, which still import it from here; policies use the vocabulary. */
export { MAX_AI_KEY_ROTATION_DAYS };

/** The component that creates provider key secrets (components/secrets); the pack does not import it. */
export const AI_PROVIDER_SECRET_COMPONENT = "scopeguard:secrets:AiProviderSecret";

/**
 * A secret holds an AI provider's key when tagged `ai-provider`, when it belongs to an
 * AiProviderSecret component, or when its name, name prefix or description names a provider.
 */
export function isAiProviderSecret(secret: StackResource): boolean {
  if (
    (readTags(secret.props)[AI_PROVIDER_TAG] ?? "") !== "" ||
    secret.parent?.type === AI_PROVIDER_SECRET_COMPONENT
  ) {
    return true;
  }
  const labels = ["name", "namePrefix", "description"]
    .map((p) => readAs(() => secret.props[p], isString))
    .map((r) => (r.state === "value" ? r.value : ""));
  return [secret.name, ...labels].some((label) => label !== "" && namesAiProvider(label));
}

type Verdict =
  | { readonly kind: "rotates" }
  | { readonly kind: "none" }
  | { readonly kind: "too-slow"; readonly days: number };

/** The interval of a rotation schedule in days, when it can be read from the rules. */
function intervalDays(rules: unknown): number | undefined {
  const days = tryRead(() => field(rules, "automaticallyAfterDays"));
  if (days.known && typeof days.value === "number") {
    return days.value;
  }
  const expression = tryRead(() => field(rules, "scheduleExpression"));
  const rate =
    expression.known && typeof expression.value === "string"
      ? /^rate\((\d+)\s+days?\)$/.exec(expression.value.trim())
      : null;
  return rate ? Number(rate[1]) : undefined;
}

function judgeRotation(rotation: StackResource): Verdict {
  const enabled = tryRead(() => rotation.props.rotationEnabled);
  if (enabled.known && enabled.value === false) {
    return { kind: "none" };
  }
  const days = intervalDays(readOr(() => first(rotation.props.rotationRules), undefined));
  return days !== undefined && days > MAX_AI_KEY_ROTATION_DAYS
    ? { kind: "too-slow", days }
    : { kind: "rotates" };
}

/** Pure check over the stack: every AI provider key secret rotates at least every 90 days. */
export function checkAiKeyRotation(resources: readonly StackResource[]): StackViolation[] {
  const linked = linkConfigurations(resources, {
    targetTypes: [SECRET_TYPE],
    targetKeys: ["arn", "id", "name"],
    configTypes: [SECRET_ROTATION_TYPE],
    configProperty: "secretId",
  });
  const violations: StackViolation[] = [];
  for (const { target, configs } of linked) {
    if (!isAiProviderSecret(target)) {
      continue;
    }
    const verdicts = configs.map(judgeRotation);
    if (verdicts.some((v) => v.kind === "rotates")) {
      continue;
    }
    const slow = verdicts.find((v) => v.kind === "too-slow");
    violations.push({
      urn: target.urn,
      message:
        slow && slow.kind === "too-slow"
          ? `Secret "${target.name}" holds an AI provider API key but rotates only every ${slow.days} days: rotate it at least every ${MAX_AI_KEY_ROTATION_DAYS} days.`
          : `Secret "${target.name}" holds an AI provider API key but never rotates: add an aws.secretsmanager.SecretRotation whose Lambda creates a new key at the provider and revokes the old one, at least every ${MAX_AI_KEY_ROTATION_DAYS} days.`,
    });
  }
  return violations;
}

export const secretsmanagerAiKeyRotation: StackPolicyDefinition = {
  kind: "stack",
  requiresResourceType: SECRET_TYPE,
  name: "secretsmanager-ai-key-rotation",
  description: `Secrets that hold an AI provider's API key (tagged ${AI_PROVIDER_TAG}, created by AiProviderSecret, or named after a provider) rotate at least every ${MAX_AI_KEY_ROTATION_DAYS} days.`,
  rationale:
    "Provider keys are bearer tokens with spending power and access to everything sent to the provider; a key that never changes stays usable for as long as any copy of it survives in a log, a laptop or an old image.",
  severity: "medium",
  enforcementLevel: "advisory",
  remediationSteps: `Add an aws.secretsmanager.SecretRotation with \`secretId: secret.id\`, \`rotationLambdaArn\` of a function that mints a new key through the provider's admin API and revokes the previous one, and \`rotationRules: { automaticallyAfterDays: ${MAX_AI_KEY_ROTATION_DAYS} }\` or less; tag the secret ${AI_PROVIDER_TAG}=<provider>.`,
  minScope: CONTROL_SCOPES.providerKeySecrets,
  services: ["secretsmanager"],
  mappings: {
    nistCsf: ["PR.AA-01"],
    owaspLlm: ["LLM10"],
    mitreAtlas: ["AML.T0055"],
    cisaNcsc: ["secure-operation"],
    seedItems: ["checklist.auth-key-rotation", "matrix.scope-1", "csf.pr-lifecycle-automation"],
  },
  check: (resources) => checkAiKeyRotation(resources),
};
