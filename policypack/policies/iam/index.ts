import type { PolicyDefinition } from "../../framework/types";
import { iamAiServiceTrustSourceCondition } from "./iam-ai-service-trust-source-condition";
import { iamDataActionsNotOnAllResources } from "./iam-data-actions-not-on-all-resources";
import { iamNoFullAccessManagedPolicies } from "./iam-no-full-access-managed-policies";
import { iamNoUserAccessKeys } from "./iam-no-user-access-keys";
import { iamNoWildcardActions } from "./iam-no-wildcard-actions";
import { iamPassRoleNamedRoles } from "./iam-passrole-named-roles";
import { iamPassRolePassedToService } from "./iam-passrole-passed-to-service";
import { iamServiceTrustSourceCondition } from "./iam-service-trust-source-condition";

/** IAM policies: identity policies, managed-policy attachments, access keys and service trust. */
export const IAM_POLICIES: readonly PolicyDefinition[] = [
  iamNoWildcardActions,
  iamDataActionsNotOnAllResources,
  iamNoFullAccessManagedPolicies,
  iamPassRoleNamedRoles,
  iamPassRolePassedToService,
  iamNoUserAccessKeys,
  iamAiServiceTrustSourceCondition,
  iamServiceTrustSourceCondition,
];
