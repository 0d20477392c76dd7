import type { PolicyDefinition } from "../../framework/types";
import { budgetsAiStackHasBudget } from "./ai-stack-has-budget";
import { snsAlertTopicEncrypted } from "./alert-topic-encrypted";
import { budgetsBudgetHasNotifications } from "./budget-has-notifications";

/** Cost policies: a budget for every AI stack, alerts that reach someone, alert topics encrypted. */
export const COST_POLICIES: readonly PolicyDefinition[] = [
  budgetsAiStackHasBudget,
  budgetsBudgetHasNotifications,
  snsAlertTopicEncrypted,
];
