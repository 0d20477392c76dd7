import type { ResourcePolicyDefinition, ResourceUnderCheck } from "../../framework/types";
import { isTrue } from "../../framework/values";
import { describeRules, ruleSets, type RuleSet } from "./lib/serverless-documents";
import { SERVERLESS_SECURITY_POLICY_TYPE } from "./lib/vectorstore-types";
import { CONTROL_SCOPES } from "../../vocabulary";

/** True when a network rule set opens its collections or dashboards to the internet. */
export function isPublicRuleSet(set: RuleSet): boolean {
  return isTrue(set.raw.AllowFromPublic);
}

/** Pure check: no rule set of a network security policy allows access from the public internet. */
export function checkNetworkPolicyNotPublic(resource: ResourceUnderCheck): string[] {
  if (resource.props.type !== "network") {
    return [];
  }
  const sets = ruleSets(resource.props.policy);
  if (sets === undefined) {
    return ["The network policy cannot be checked: its policy is not a valid JSON policy document."];
  }
  return sets
    .map((set, i) => ({ set, i }))
    .filter(({ set }) => isPublicRuleSet(set))
    .map(
      ({ set, i }) =>
        `Rule set ${i + 1} (${describeRules(set)}) allows access from the public internet: set "AllowFromPublic": false and list "SourceVPCEs" (or "SourceServices" such as bedrock.amazonaws.com).`,
    );
}

export const opensearchServerlessNetworkPolicyNotPublic: ResourcePolicyDefinition = {
  kind: "resource",
  name: "opensearch-serverless-network-policy-not-public",
  description:
    "OpenSearch Serverless network policies do not allow access to collections or dashboards from the public internet.",
  rationale:
    "A public vector collection is one leaked credential away from having its embeddings read or, worse, new documents written into the knowledge base that every answer draws on (retrieval poisoning). Private access through VPC endpoints, or from Bedrock as a source service, is all a RAG application needs. Applies from scope 3.",
  severity: "critical",
  enforcementLevel: "mandatory",
  remediationSteps:
    'In the aws.opensearch.ServerlessSecurityPolicy of type "network", set `"AllowFromPublic": false` in every rule set and list `"SourceVPCEs"` (an aws.opensearch.ServerlessVpcEndpoint) and/or `"SourceServices": ["bedrock.amazonaws.com"]`.',
  minScope: CONTROL_SCOPES.vectorStores,
  services: ["opensearch"],
  resourceTypes: [SERVERLESS_SECURITY_POLICY_TYPE],
  mappings: {
    nistCsf: ["PR.IR-01", "PR.AA-05"],
    owaspLlm: ["LLM08", "LLM04"],
    mitreAtlas: ["AML.M0019", "AML.T0020", "AML.T0049"],
    cisaNcsc: ["secure-deployment"],
    seedItems: [
      "cisa.deploy-secure-infrastructure",
      "checklist.auth-endpoints-authenticated",
      "matrix.scope-3",
    ],
  },
  check: (resource) => checkNetworkPolicyNotPublic(resource),
};
