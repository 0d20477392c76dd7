import type { PolicyDefinition } from "../../framework/types";
import { iamAiServiceTrustSourceCondition } from "./ai-service-trust-source-condition";
import { iamDataActionsNotOnAllResources } from "./data-actions-not-on-all-resources";
import { iamNoFullAccessManagedPolicies } from "./no-full-access-managed-policies";
import { iamNoUserAccessKeys } from "./no-user-access-keys";
import { iamNoWildcardActions } from "./no-wildcard-actions";
import { iamPassRoleNamedRoles } from "./passrole-named-roles";
import { iamPassRolePassedToService } from "./passrole-passed-to-service";
import { iamServiceTrustSourceCondition } from "./service-trust-source-condition";

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
