import type { PolicyDefinition } from "../../framework/types";
import { budgetsAiStackHasBudget } from "./budgets-ai-stack-has-budget";
import { snsAlertTopicEncrypted } from "./sns-alert-topic-encrypted";
import { budgetsBudgetHasNotifications } from "./budgets-budget-has-notifications";

/** Cost policies: a budget for every AI stack, alerts that reach someone, alert topics encrypted. */
export const COST_POLICIES: readonly PolicyDefinition[] = [
  budgetsAiStackHasBudget,
  budgetsBudgetHasNotifications,
  snsAlertTopicEncrypted,
];
