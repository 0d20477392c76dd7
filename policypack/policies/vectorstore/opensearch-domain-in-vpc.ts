import type { ResourcePolicyDefinition, ResourceUnderCheck } from "../../framework/types";
import { isReferenceSet } from "../../framework/references";
import { nested } from "../../framework/values";
import { SEARCH_DOMAIN_TYPES } from "./lib/vectorstore-types";
import { CONTROL_SCOPES } from "../../vocabulary";

/** Pure check: the domain has VPC endpoints in your subnets instead of a public endpoint. */
export function checkDomainInVpc(resource: ResourceUnderCheck): string[] {
  return isReferenceSet(() => nested(resource.props, "vpcOptions", "subnetIds"))
    ? []
    : ["The domain has a public endpoint: set vpcOptions with private subnetIds and securityGroupIds."];
}

export const opensearchDomainInVpc: ResourcePolicyDefinition = {
  kind: "resource",
  name: "opensearch-domain-in-vpc",
  description: "OpenSearch (and Elasticsearch) domains are deployed in a VPC, without a public endpoint.",
  rationale:
    "A public domain endpoint is protected by its access policy alone; inside a VPC, security groups and the absence of an internet route add two more layers around the knowledge base. The scope model's vector store is private. Applies from scope 3.",
  severity: "high",
  enforcementLevel: "mandatory",
  remediationSteps:
    "Set `vpcOptions: { subnetIds, securityGroupIds }` (private subnets) on the aws.opensearch.Domain. A domain cannot move between public and VPC access: create a new domain and reindex.",
  minScope: CONTROL_SCOPES.vectorStores,
  services: ["opensearch"],
  resourceTypes: SEARCH_DOMAIN_TYPES,
  mappings: {
    nistCsf: ["PR.IR-01"],
    owaspLlm: ["LLM08"],
    mitreAtlas: ["AML.M0019", "AML.T0049"],
    cisaNcsc: ["secure-deployment"],
    seedItems: [
      "cisa.deploy-secure-infrastructure",
      "checklist.auth-endpoints-authenticated",
      "matrix.scope-3",
    ],
  },
  check: (resource) => checkDomainInVpc(resource),
};
