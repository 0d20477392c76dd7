import type { StackPolicyDefinition, StackResource, StackViolation } from "../../framework/types";
import { firstAiResource } from "../../framework/ai-stack";
import { stackFindingUrn } from "../../framework/stack-findings";
import { BUDGET_TYPE } from "./lib/types";
import { CONTROL_SCOPES } from "../../vocabulary";

/** Pure check over the stack: a stack with AI resources has an AWS Budget. */
export function checkAiStackHasBudget(resources: readonly StackResource[]): StackViolation[] {
  const ai = firstAiResource(resources);
  if (ai === undefined || resources.some((r) => r.type === BUDGET_TYPE)) {
    return [];
  }
  return [
    {
      urn: stackFindingUrn(resources, ai),
      message: `The stack holds AI resources ("${ai.name}", ${ai.type}) but no aws.budgets.Budget: add a COST budget with a limit and notifications, or exempt the stack if an account budget already covers it.`,
    },
  ];
}

export const budgetsAiStackHasBudget: StackPolicyDefinition = {
  kind: "stack",
  name: "budgets-ai-stack-has-budget",
  description:
    "Every stack with AI resources (implying scope 3 or more, or tagged ai-system) defines an AWS Budget.",
  rationale:
    "Model inference and training are billed per use, so stolen credentials or an unthrottled endpoint turn into spend within hours; a budget is often the first and only signal of that abuse. Account-wide budgets often live in another stack, so this advises rather than blocks.",
  severity: "medium",
  // Budgets are usually account-wide and owned by a platform stack: advise, do not block.
  enforcementLevel: "advisory",
  remediationSteps:
    'Add an aws.budgets.Budget with `budgetType: "COST"`, `timeUnit: "MONTHLY"`, a `limitAmount`, a `costFilters` entry for the stack\'s tag or services, and `notifications` for ACTUAL and FORECASTED spend.',
  minScope: CONTROL_SCOPES.costGuardrails,
  services: ["budgets"],
  mappings: {
    nistCsf: ["DE.CM-09", "PR.IR-04"],
    owaspLlm: ["LLM10"],
    mitreAtlas: ["AML.T0034", "AML.M0004"],
    cisaNcsc: ["secure-operation"],
    seedItems: [
      "checklist.ops-budget-alerts",
      "checklist.mon-anomaly-alerts",
      "blueprint.alerting",
      "matrix.scope-1",
    ],
  },
  check: (resources) => checkAiStackHasBudget(resources),
};
