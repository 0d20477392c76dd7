import { impliedScopeOf } from "../../framework/implied-scope";
import type {
  CheckContext,
  StackPolicyDefinition,
  StackResource,
  StackViolation,
} from "../../framework/types";
import { CONTROL_SCOPES, describeScope } from "../../vocabulary";

/** Pure check: no resource implies a higher scope than the stack declares. */
export function checkScopeDrift(
  resources: readonly StackResource[],
  context: CheckContext,
): StackViolation[] {
  if (context.scopeSource === "implied") {
    return [];
  }
  return resources
    .map((r) => ({ r, implied: impliedScopeOf(r.type, r.props) }))
    .filter(({ implied }) => implied > context.scope)
    .map(({ r, implied }) => ({
      urn: r.urn,
      message: `"${r.name}" (${r.type}) implies ${describeScope(implied)}, but the stack declares ${describeScope(context.scope)}: raise the declared scope so its controls apply, or remove the resource.`,
    }));
}

export const scopeDrift: StackPolicyDefinition = {
  kind: "stack",
  name: "scope-drift",
  description:
    "No resource implies a higher scope than the stack declares (for example a custom model in a scope-3 stack).",
  rationale:
    "Controls are chosen by scope; a stack that quietly fine-tunes or trains while declaring a lower scope misses the controls that work needs.",
  severity: "high",
  enforcementLevel: "mandatory",
  remediationSteps:
    "Raise the declared scope (stack tag ai-scope or pack config) to the scope the resource implies, or move the resource to a stack declared at that scope.",
  minScope: CONTROL_SCOPES.scopeGovernance,
  services: ["bedrock", "sagemaker", "ec2"],
  mappings: {
    nistCsf: ["ID.AM-02", "GV.RM-01"],
    owaspLlm: ["LLM03"],
    mitreAtlas: [],
    cisaNcsc: ["secure-design"],
    seedItems: ["matrix.determine-scope", "csf.id-inventory", "csf.id-tuning-granularity"],
  },
  check: checkScopeDrift,
};
