import type { ResourcePolicyDefinition, ResourceUnderCheck } from "../../framework/types";
import { NO_SAFE_FIX, setInBlock } from "../../framework/remediation";
import { isTrue, nested } from "../../framework/values";
import { ELASTICSEARCH_DOMAIN_TYPE, SEARCH_DOMAIN_TYPES } from "./lib/vectorstore-types";
import { CONTROL_SCOPES } from "../../vocabulary";

/** Pure check: nodes of the domain encrypt the traffic between them. Reads the flag directly. */
export function checkNodeToNodeEncryption(resource: ResourceUnderCheck): string[] {
  return isTrue(nested(resource.props, "nodeToNodeEncryption", "enabled"))
    ? []
    : [
        "Traffic between the domain's nodes is not encrypted (left out, it is off): set nodeToNodeEncryption.enabled to true.",
      ];
}

/**
 * AWS turns node-to-node encryption on in place (a blue/green update, no downtime) for OpenSearch
 * and for Elasticsearch 6.7 or later; older Elasticsearch domains would be replaced, so they are
 * not remediated. The version is read directly: the answer depends on it.
 */
export function enablesInPlace(resource: ResourceUnderCheck): boolean {
  const legacy = resource.type === ELASTICSEARCH_DOMAIN_TYPE;
  const version = legacy ? resource.props.elasticsearchVersion : resource.props.engineVersion;
  if (typeof version !== "string") {
    return !legacy && version === undefined; // an OpenSearch domain without a version gets the latest OpenSearch
  }
  if (version.startsWith("OpenSearch_")) {
    return true;
  }
  const match = /^(?:Elasticsearch_)?(\d+)\.(\d+)/.exec(version);
  return match !== null && (Number(match[1]) > 6 || (Number(match[1]) === 6 && Number(match[2]) >= 7));
}

export const opensearchDomainNodeToNodeEncryption: ResourcePolicyDefinition = {
  kind: "resource",
  name: "opensearch-domain-node-to-node-encryption",
  description: "OpenSearch (and Elasticsearch) domains encrypt the traffic between their nodes with TLS.",
  rationale:
    "Every similarity query and every indexed chunk is copied between data nodes; without node-to-node encryption the knowledge base travels in clear text inside the VPC. It is also a prerequisite of fine-grained access control. Applies from scope 3.",
  severity: "medium",
  enforcementLevel: "remediate",
  remediationSteps:
    "Set `nodeToNodeEncryption: { enabled: true }` on the aws.opensearch.Domain. The remediation sets it, changes nothing else, and only runs for OpenSearch or Elasticsearch 6.7+ domains, which AWS updates in place with a blue/green deployment.",
  minScope: CONTROL_SCOPES.vectorStores,
  services: ["opensearch"],
  resourceTypes: SEARCH_DOMAIN_TYPES,
  mappings: {
    nistCsf: ["PR.DS-02"],
    owaspLlm: ["LLM08"],
    mitreAtlas: ["AML.M0012"],
    cisaNcsc: ["secure-deployment"],
    seedItems: ["csf.pr-encryption", "cisa.deploy-secure-defaults"],
  },
  check: (resource) => checkNodeToNodeEncryption(resource),
  remediate: (resource) =>
    enablesInPlace(resource)
      ? setInBlock(resource.props, "nodeToNodeEncryption", { enabled: true })
      : NO_SAFE_FIX,
};
