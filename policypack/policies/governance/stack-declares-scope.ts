import { impliedStackScope } from "../../framework/implied-scope";
import type {
  CheckContext,
  StackPolicyDefinition,
  StackResource,
  StackViolation,
} from "../../framework/types";
import { CONTROL_SCOPES, describeScope, parseScope, PulumiType, SCOPE_STACK_TAG } from "../../vocabulary";
import { SETTINGS_POLICY_NAME } from "../../framework/settings";

const HOW_TO_DECLARE = `declare it with \`pulumi stack tag set ${SCOPE_STACK_TAG} <1-5>\` or in the pack config as {"${SETTINGS_POLICY_NAME}": {"scope": <1-5>}}`;

/**
 * Pure check: the stack declares its scope, so policies run at the scope its owners intend. The
 * finding is about the whole stack, so it is reported on the stack's root resource when the stack
 * has one (an exemption then names the stack, `<project>-<stack>`).
 */
export function checkScopeDeclared(
  resources: readonly StackResource[],
  context: CheckContext,
): StackViolation[] {
  const urn = resources.find((r) => r.type === PulumiType.Stack)?.urn;
  return findings(resources, context).map((message) => (urn === undefined ? { message } : { urn, message }));
}

function findings(resources: readonly StackResource[], context: CheckContext): string[] {
  const tag = context.stackTags.get(SCOPE_STACK_TAG);
  if (context.scopeSource === "pack-config") {
    return [];
  }
  if (tag !== undefined && parseScope(tag) === undefined) {
    return [
      `The stack tag ${SCOPE_STACK_TAG} is "${tag}", which is not a scope from 1 to 5: ${HOW_TO_DECLARE}.`,
    ];
  }
  if (context.scopeSource !== "implied") {
    return [];
  }
  const implied = impliedStackScope(resources).scope;
  return [
    `The stack declares no scope, so it is checked at ${describeScope(implied)}, the highest its resources imply; ${HOW_TO_DECLARE}.`,
  ];
}

export const stackDeclaresScope: StackPolicyDefinition = {
  kind: "stack",
  name: "stack-declares-scope",
  description: "The stack declares its Generative AI Security Scoping Matrix scope (1-5).",
  rationale:
    "Which controls apply depends on how much of the AI system the business owns; without a declared scope the pack can only guess from the resources.",
  severity: "low",
  enforcementLevel: "advisory",
  remediationSteps: `Run \`pulumi stack tag set ${SCOPE_STACK_TAG} <1-5>\`, or set {"${SETTINGS_POLICY_NAME}": {"scope": <1-5>}} in the policy pack config.`,
  minScope: CONTROL_SCOPES.scopeGovernance,
  services: [],
  mappings: {
    nistCsf: ["GV.OC-01", "ID.AM-02"],
    owaspLlm: ["LLM03"],
    mitreAtlas: [],
    cisaNcsc: ["secure-design"],
    seedItems: ["matrix.determine-scope", "csf.gv-goals"],
  },
  check: checkScopeDeclared,
};
