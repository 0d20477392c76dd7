import type { NormalizedStatement } from "../../framework/policy-document";
import type { ResourcePolicyDefinition, ResourceUnderCheck } from "../../framework/types";
import { capitalize, checkDocuments, type StatementVerdict } from "../../framework/document-reading";
import { identityDocuments } from "./lib/documents";
import { MODEL_AND_DATA_ACTIONS } from "./lib/sensitive-actions";
import {
  coversAllResources,
  grantedActions,
  hasComputedAction,
  hasConditionKey,
  summarize,
} from "./lib/statements";
import { IDENTITY_POLICY_TYPES } from "./lib/types";
import { CONTROL_SCOPES } from "../../vocabulary";

/** Attribute-based access: a resource-tag condition limits a `*` resource to tagged resources. */
const isResourceTagKey = (key: string) => key.startsWith("aws:resourcetag/");

function judge(s: NormalizedStatement, where: string): StatementVerdict {
  if (s.effect !== "Allow" || !coversAllResources(s) || hasConditionKey(s, isResourceTagKey)) {
    return { messages: [] };
  }
  const granted = grantedActions(s, MODEL_AND_DATA_ACTIONS);
  if (granted.length === 0) {
    return { messages: [], undecided: hasComputedAction(s) };
  }
  const scope =
    s.notResources.length > 0
      ? "every resource but a few (NotResource)"
      : `every resource (${s.resources.join(", ")})`;
  return {
    messages: [
      `${capitalize(where)} allows ${summarize(granted)} on ${scope}: name the models, endpoints, buckets, keys, collections or secrets by ARN, or limit it with an aws:ResourceTag condition.`,
    ],
  };
}

/** Pure check: model and data actions are granted on named resources, never on `*`. */
export function checkDataActionsScoped(resource: ResourceUnderCheck): string[] {
  return checkDocuments(identityDocuments(resource), judge);
}

export const iamDataActionsNotOnAllResources: ResourcePolicyDefinition = {
  kind: "resource",
  name: "iam-data-actions-not-on-all-resources",
  description:
    'Model-invocation and data actions (bedrock:InvokeModel, sagemaker:InvokeEndpoint, s3:GetObject/PutObject/DeleteObject, kms:Decrypt/GenerateDataKey*, aoss:APIAccessAll, secretsmanager:GetSecretValue) are never allowed on every resource ("*").',
  rationale:
    'An integration that needs one model and one bucket but holds Invoke and GetObject on "*" can call every model in the account (cost, unapproved models) and read every dataset, prompt log and secret it can reach.',
  severity: "high",
  enforcementLevel: "mandatory",
  remediationSteps:
    'Set the statement\'s Resource to the ARNs it needs: `arn:aws:bedrock:<region>::foundation-model/<model-id>`, the endpoint ARN, `${bucket.arn}/*`, the key ARN, the collection ARN, the secret ARN; or keep "*" with a `StringEquals` condition on `aws:ResourceTag/<key>`.',
  minScope: CONTROL_SCOPES.workloadRoles,
  services: ["iam", "bedrock", "sagemaker", "s3", "kms", "aoss", "secretsmanager"],
  resourceTypes: IDENTITY_POLICY_TYPES,
  mappings: {
    nistCsf: ["PR.AA-05", "PR.DS-01"],
    owaspLlm: ["LLM02", "LLM06", "LLM10"],
    mitreAtlas: ["AML.M0005", "AML.M0019"],
    cisaNcsc: ["secure-design", "secure-deployment"],
    seedItems: [
      "csf.pr-least-privilege",
      "csf.pr-access-chain",
      "checklist.auth-rbac",
      "matrix.scope-2",
      "matrix.scope-3",
    ],
  },
  check: (resource) => checkDataActionsScoped(resource),
};
