import type { ResourcePolicyDefinition, ResourceProps, ResourceUnderCheck } from "../../framework/types";
import { field, first } from "../../framework/values";
import { collectFindings } from "../../framework/decidable";
import { SEARCH_DOMAIN_TYPES } from "./lib/vectorstore-types";
import { CONTROL_SCOPES } from "../../vocabulary";

/** TLS security policies that refuse TLS 1.0 and 1.1 (`Policy-Min-TLS-1-2-2019-07`, `...-1-2-PFS-2023-10`). */
const MODERN_TLS = /^Policy-Min-TLS-1-[23]-/;

function httpsFindings(props: ResourceProps): string[] {
  const options = first(props.domainEndpointOptions);
  if (options === undefined || options === null) {
    return [
      "HTTPS is not enforced (domainEndpointOptions is left out, so AWS accepts plain HTTP): set domainEndpointOptions.enforceHttps to true.",
    ];
  }
  // Within the block the provider defaults enforceHttps to true.
  return field(options, "enforceHttps") === false
    ? ["HTTPS is not enforced: set domainEndpointOptions.enforceHttps to true."]
    : [];
}

function tlsFindings(props: ResourceProps): string[] {
  const policy = field(first(props.domainEndpointOptions), "tlsSecurityPolicy");
  if (typeof policy === "string" && MODERN_TLS.test(policy)) {
    return [];
  }
  const now = typeof policy === "string" ? `"${policy}"` : "not set, so the domain may still accept TLS 1.0";
  return [
    `The TLS security policy is ${now}: set domainEndpointOptions.tlsSecurityPolicy to "Policy-Min-TLS-1-2-PFS-2023-10" (or "Policy-Min-TLS-1-2-2019-07").`,
  ];
}

/** Pure check: the domain accepts only HTTPS, with TLS 1.2 or later. */
export function checkDomainHttpsOnly(resource: ResourceUnderCheck): string[] {
  return collectFindings(
    () => httpsFindings(resource.props),
    () => tlsFindings(resource.props),
  );
}

export const opensearchDomainHttpsOnly: ResourcePolicyDefinition = {
  kind: "resource",
  name: "opensearch-domain-https-only",
  description: "OpenSearch (and Elasticsearch) domains refuse plain HTTP and accept TLS 1.2 or later only.",
  rationale:
    "Retrieval requests carry the user's question and responses carry the matching knowledge-base chunks; over plain HTTP or TLS 1.0 both can be read or altered in transit, which is also a way to inject content into the model's context. Applies from scope 3.",
  severity: "high",
  enforcementLevel: "mandatory",
  remediationSteps:
    'Set `domainEndpointOptions: { enforceHttps: true, tlsSecurityPolicy: "Policy-Min-TLS-1-2-PFS-2023-10" }` on the aws.opensearch.Domain; AWS applies it in place.',
  minScope: CONTROL_SCOPES.vectorStores,
  services: ["opensearch"],
  resourceTypes: SEARCH_DOMAIN_TYPES,
  mappings: {
    nistCsf: ["PR.DS-02"],
    owaspLlm: ["LLM08", "LLM01"],
    mitreAtlas: ["AML.M0012"],
    cisaNcsc: ["secure-deployment"],
    seedItems: ["csf.pr-encryption", "cisa.deploy-secure-infrastructure"],
  },
  check: (resource) => checkDomainHttpsOnly(resource),
};
