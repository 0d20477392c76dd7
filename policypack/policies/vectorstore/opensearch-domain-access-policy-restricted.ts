import type { ResourcePolicyDefinition, ResourceUnderCheck } from "../../framework/types";
import {
  capitalize,
  checkDocuments,
  COMPUTED,
  type StatementVerdict,
} from "../../framework/document-reading";
import { hasCondition, hasPublicPrincipal, type NormalizedStatement } from "../../framework/policy-document";
import { SEARCH_DOMAIN_POLICY_TYPES, SEARCH_DOMAIN_TYPES } from "./lib/vectorstore-types";
import { CONTROL_SCOPES } from "../../vocabulary";

/** Actions that grant the whole OpenSearch (es) API: data, configuration and deletion of the domain. */
const WHOLE_API = /^(\*|es:\*)$/i;

/** Judges one statement of a domain's access policy. */
function judge(s: NormalizedStatement, where: string): StatementVerdict {
  if (s.effect !== "Allow") {
    return { messages: [] };
  }
  const messages: string[] = [];
  if (hasPublicPrincipal(s) && !hasCondition(s)) {
    messages.push(
      `${capitalize(where)} allows anyone (Principal "*"): name the IAM roles that query or ingest (the application role, the knowledge-base role) instead.`,
    );
  }
  const whole = s.actions.filter((a) => WHOLE_API.test(a));
  if (whole.length > 0 || s.notActions.length > 0) {
    const what = whole.length > 0 ? whole.join(", ") : `every action but ${s.notActions.join(", ")}`;
    messages.push(
      `${capitalize(where)} grants ${what}, which includes changing and deleting the domain: grant only the HTTP actions the callers use (es:ESHttpGet, es:ESHttpPost, es:ESHttpPut).`,
    );
  }
  // A principal computed in preview could be anything, but a role ARN is what programs compute.
  return { messages, undecided: messages.length === 0 && s.actions.includes(COMPUTED) };
}

/** Pure check: the domain's access policy names its principals and grants only data-plane HTTP actions. */
export function checkDomainAccessPolicy(resource: ResourceUnderCheck): string[] {
  return checkDocuments([{ label: "the access policy", read: () => resource.props.accessPolicies }], judge, {
    reportInvalid: true,
  });
}

export const opensearchDomainAccessPolicyRestricted: ResourcePolicyDefinition = {
  kind: "resource",
  name: "opensearch-domain-access-policy-restricted",
  description:
    "OpenSearch (and Elasticsearch) domain access policies, on the domain or in a DomainPolicy, do not allow anyone (`*`) without a condition and do not grant `es:*`.",
  rationale:
    "A domain used as a vector store answers similarity queries with the knowledge base's text; an access policy that allows `*` lets anyone who reaches the endpoint read or overwrite it (poisoning what the model retrieves), and `es:*` lets a caller reconfigure the domain, open it up or delete it. Tutorials often start from exactly that policy. Applies from scope 3, with the other domain controls.",
  severity: "critical",
  enforcementLevel: "mandatory",
  remediationSteps:
    'In `accessPolicies` of the aws.opensearch.Domain (or aws.opensearch.DomainPolicy), set `"Principal": { "AWS": [appRole.arn, kbRole.arn] }` and `"Action": ["es:ESHttpGet", "es:ESHttpPost", "es:ESHttpPut"]` on `${domain.arn}/*`; keep fine-grained access control on for per-index permissions.',
  minScope: CONTROL_SCOPES.vectorStores,
  services: ["opensearch"],
  resourceTypes: [...SEARCH_DOMAIN_TYPES, ...SEARCH_DOMAIN_POLICY_TYPES],
  mappings: {
    nistCsf: ["PR.AA-05"],
    owaspLlm: ["LLM08", "LLM04"],
    mitreAtlas: ["AML.M0019", "AML.T0020"],
    cisaNcsc: ["secure-design", "secure-deployment"],
    seedItems: ["csf.pr-least-privilege", "checklist.auth-rbac", "checklist.auth-endpoints-authenticated"],
  },
  check: (resource) => checkDomainAccessPolicy(resource),
};
