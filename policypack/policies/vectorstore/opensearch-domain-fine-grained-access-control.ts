import type { ResourcePolicyDefinition, ResourceUnderCheck } from "../../framework/types";
import { field, first, isTrue } from "../../framework/values";
import { SEARCH_DOMAIN_TYPES } from "./lib/vectorstore-types";
import { CONTROL_SCOPES } from "../../vocabulary";

/** Pure check: the domain authorises requests per index and document, and refuses anonymous ones. Reads the flags directly. */
export function checkFineGrainedAccessControl(resource: ResourceUnderCheck): string[] {
  const options = first(resource.props.advancedSecurityOptions);
  if (!isTrue(field(options, "enabled"))) {
    return [
      "Fine-grained access control is off: set advancedSecurityOptions.enabled to true with an IAM master user (masterUserOptions.masterUserArn).",
    ];
  }
  return isTrue(field(options, "anonymousAuthEnabled"))
    ? ["Anonymous requests are allowed: set advancedSecurityOptions.anonymousAuthEnabled to false."]
    : [];
}

export const opensearchDomainFineGrainedAccessControl: ResourcePolicyDefinition = {
  kind: "resource",
  name: "opensearch-domain-fine-grained-access-control",
  description:
    "OpenSearch (and Elasticsearch) domains enable fine-grained access control and do not allow anonymous access.",
  rationale:
    "RAG applications share one vector store between tenants, agents and ingestion pipelines; fine-grained access control maps each role to the indices (and documents and fields) it may read or write, so a prompt-injected agent cannot query another tenant's embeddings or overwrite the corpus. Applies from scope 3.",
  severity: "high",
  enforcementLevel: "mandatory",
  remediationSteps:
    "Set `advancedSecurityOptions: { enabled: true, anonymousAuthEnabled: false, masterUserOptions: { masterUserArn: adminRole.arn } }` on the aws.opensearch.Domain (it needs encryption at rest, node-to-node encryption and HTTPS), then map roles to indices.",
  minScope: CONTROL_SCOPES.vectorStores,
  services: ["opensearch"],
  resourceTypes: SEARCH_DOMAIN_TYPES,
  mappings: {
    nistCsf: ["PR.AA-05", "PR.AA-03"],
    owaspLlm: ["LLM08", "LLM06"],
    mitreAtlas: ["AML.M0019", "AML.T0020"],
    cisaNcsc: ["secure-design", "secure-deployment"],
    seedItems: ["csf.pr-least-privilege", "checklist.auth-rbac", "checklist.auth-endpoints-authenticated"],
  },
  check: (resource) => checkFineGrainedAccessControl(resource),
};
