import type { ResourcePolicyDefinition, ResourceUnderCheck } from "../../framework/types";
import { asList } from "../../framework/values";
import { describeRules, ruleSets } from "./lib/serverless-documents";
import { SERVERLESS_ACCESS_POLICY_TYPE } from "./lib/vectorstore-types";
import { CONTROL_SCOPES } from "../../vocabulary";

/** Pure check: every rule set of a data access policy names its principals, without wildcards. */
export function checkAccessPolicyPrincipals(resource: ResourceUnderCheck): string[] {
  if (resource.props.type !== "data") {
    return [];
  }
  const sets = ruleSets(resource.props.policy);
  if (sets === undefined) {
    return ["The data access policy cannot be checked: its policy is not a valid JSON policy document."];
  }
  return sets.flatMap((set, i) => {
    const principals = asList(set.raw.Principal).filter((p): p is string => typeof p === "string");
    const wildcards = principals.filter((p) => p.includes("*"));
    if (principals.length > 0 && wildcards.length === 0) {
      return [];
    }
    const who = wildcards.length > 0 ? `grants to ${wildcards.join(", ")}` : "names no principal";
    return [
      `Rule set ${i + 1} (${describeRules(set)}) ${who}: list the IAM role ARNs (or SAML users and groups) that need this access.`,
    ];
  });
}

export const opensearchServerlessAccessPolicyNoWildcardPrincipal: ResourcePolicyDefinition = {
  kind: "resource",
  name: "opensearch-serverless-access-policy-no-wildcard-principal",
  description:
    "OpenSearch Serverless data access policies name their principals and never grant to a wildcard (`*`).",
  rationale:
    "The data access policy is what decides who can read embeddings and who can write documents into the knowledge base; a wildcard principal lets any authenticated identity that reaches the collection query it or poison it. Applies from scope 3.",
  severity: "critical",
  enforcementLevel: "mandatory",
  remediationSteps:
    'In the aws.opensearch.ServerlessAccessPolicy of type "data", set each rule set\'s `"Principal"` to the roles that need it (the Bedrock knowledge-base role for ingestion, the application role for queries), with only the aoss:* index permissions each needs.',
  minScope: CONTROL_SCOPES.vectorStores,
  services: ["opensearch"],
  resourceTypes: [SERVERLESS_ACCESS_POLICY_TYPE],
  mappings: {
    nistCsf: ["PR.AA-05"],
    owaspLlm: ["LLM08", "LLM06"],
    mitreAtlas: ["AML.M0019", "AML.T0020"],
    cisaNcsc: ["secure-design", "secure-deployment"],
    seedItems: ["csf.pr-least-privilege", "checklist.auth-rbac", "blueprint.access-mfa-rbac"],
  },
  check: (resource) => checkAccessPolicyPrincipals(resource),
};
