import type { NormalizedStatement } from "../../../framework/policy-document";
import type { ResourceUnderCheck } from "../../../framework/types";
import {
  capitalize,
  checkDocuments,
  COMPUTED,
  type StatementVerdict,
} from "../../../framework/document-reading";
import { NO_SOURCE_CONTEXT_PRINCIPALS } from "../../../vocabulary";
import { trustDocument } from "./documents";
import { grants, hasComputedAction, hasConditionKey } from "./statements";

/**
 * Confused-deputy protection in role trust policies. A service principal acts for every AWS
 * customer; without a condition on the source account or resource, a role trusted by
 * `bedrock.amazonaws.com` can be used by Bedrock on behalf of a resource in another account.
 */

/** Service principals of the AI services whose roles reach models and training data. */
export const AI_SERVICE_PRINCIPALS: readonly string[] = [
  "bedrock.amazonaws.com",
  "bedrock-agentcore.amazonaws.com",
  "sagemaker.amazonaws.com",
];

/** Re-exported for test/components, which still import it from here; policies use the vocabulary. */
export { NO_SOURCE_CONTEXT_PRINCIPALS };

/** The global condition keys that tie a service's request to a source account or resource. */
export const SOURCE_CONDITION_KEYS: readonly string[] = [
  "aws:SourceAccount",
  "aws:SourceArn",
  "aws:SourceOrgID",
  "aws:SourceOrgPaths",
];

const SOURCE_KEYS = new Set(SOURCE_CONDITION_KEYS.map((k) => k.toLowerCase()));

const ASSUME_ACTIONS = ["sts:AssumeRole"];

function judgeWith(applies: (service: string) => boolean) {
  return (s: NormalizedStatement, where: string): StatementVerdict => {
    const services = (s.principals.Service ?? []).filter((p) => p !== COMPUTED && applies(p.toLowerCase()));
    if (s.effect !== "Allow" || services.length === 0 || hasConditionKey(s, (key) => SOURCE_KEYS.has(key))) {
      return { messages: [] };
    }
    if (!ASSUME_ACTIONS.some((a) => grants(s, a))) {
      return { messages: [], undecided: hasComputedAction(s) };
    }
    return {
      messages: [
        `${capitalize(where)} lets ${services.join(", ")} assume the role with no aws:SourceAccount or aws:SourceArn condition: add one so the service can assume it only for this account's resources.`,
      ],
    };
  };
}

/** Checks the role's trust policy for the service principals `applies` selects (lower case). */
export function checkServiceTrust(
  resource: ResourceUnderCheck,
  applies: (service: string) => boolean,
): string[] {
  return checkDocuments(trustDocument(resource), judgeWith(applies));
}

/** Remediation text shared by both trust policies. */
export const TRUST_REMEDIATION =
  'In the role\'s `assumeRolePolicy`, add to each statement that trusts a service principal `"Condition": {"StringEquals": {"aws:SourceAccount": "<account id>"}, "ArnLike": {"aws:SourceArn": "arn:aws:<service>:<region>:<account id>:*"}}` (the account id from aws.getCallerIdentity).';
