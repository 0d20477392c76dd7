import type { ResourcePolicyDefinition, ResourceUnderCheck } from "../../framework/types";
import { field, first, isTrue } from "../../framework/values";
import { isReferenceSet } from "../../framework/references";
import { readOr } from "../../framework/unknowns";
import { CONTROL_SCOPES, isAwsManagedKey } from "../../vocabulary";
import { SEARCH_DOMAIN_TYPES } from "./lib/vectorstore-types";

/** Pure check: the domain encrypts its data at rest with a customer-managed key. Reads the flag directly. */
export function checkDomainEncryptedAtRest(resource: ResourceUnderCheck): string[] {
  const block = first(resource.props.encryptAtRest);
  if (!isTrue(field(block, "enabled"))) {
    return [
      "Data at rest is not encrypted (left out, encryptAtRest is off): set encryptAtRest: { enabled: true, kmsKeyId: key.arn }.",
    ];
  }
  const keyId = readOr(() => field(block, "kmsKeyId"), undefined);
  if (typeof keyId === "string" && isAwsManagedKey(keyId)) {
    return [
      `Data at rest is encrypted with the AWS managed key ${keyId}: set encryptAtRest.kmsKeyId to a customer-managed KMS key.`,
    ];
  }
  return isReferenceSet(() => field(block, "kmsKeyId"))
    ? []
    : [
        "Data at rest is encrypted with the AWS-managed key: set encryptAtRest.kmsKeyId to a customer-managed KMS key.",
      ];
}

export const opensearchDomainEncryptedAtRest: ResourcePolicyDefinition = {
  kind: "resource",
  name: "opensearch-domain-encrypted-at-rest",
  description:
    "OpenSearch (and Elasticsearch) domains encrypt indices, logs and snapshots at rest with a customer-managed KMS key.",
  rationale:
    "A domain used as a vector store keeps embeddings next to the text chunks they came from, which is the knowledge base itself; encryption with your key protects its volumes and automated snapshots and makes every decryption an auditable KMS call. Applies from scope 3, where the scope model adds an encrypted private vector store.",
  severity: "high",
  enforcementLevel: "mandatory",
  remediationSteps:
    "Set `encryptAtRest: { enabled: true, kmsKeyId: key.arn }` on the aws.opensearch.Domain. The key can only be chosen when encryption is first enabled.",
  minScope: CONTROL_SCOPES.vectorStores,
  services: ["opensearch", "kms"],
  resourceTypes: SEARCH_DOMAIN_TYPES,
  mappings: {
    nistCsf: ["PR.DS-01"],
    owaspLlm: ["LLM08", "LLM02"],
    mitreAtlas: ["AML.M0012"],
    cisaNcsc: ["secure-deployment"],
    seedItems: ["csf.pr-encryption", "cisa.dev-asset-protection", "matrix.scope-3"],
  },
  check: (resource) => checkDomainEncryptedAtRest(resource),
};
