import type { ResourcePolicyDefinition, ResourceUnderCheck } from "../../framework/types";
import { readOr } from "../../framework/unknowns";
import { CONTROL_SCOPES, TAG_KEYS } from "../../vocabulary";
import { isCustomerKeySet, isReferenceSet } from "../../framework/references";
import { isKnowledgeBase, KNOWLEDGE_BASE } from "./lib/knowledge-base";
import { RDS_CLUSTER_TYPE, RDS_INSTANCE_TYPE } from "./lib/vectorstore-types";

/** Storage whose encryption is decided elsewhere: a read replica follows its source; Aurora Serverless v1 is always encrypted. */
function encryptionInherited(resource: ResourceUnderCheck): boolean {
  if (resource.type === RDS_INSTANCE_TYPE) {
    return isReferenceSet(() => resource.props.replicateSourceDb);
  }
  return readOr(() => resource.props.engineMode, undefined) === "serverless";
}

/**
 * Pure check: database storage is encrypted, with a customer-managed key for knowledge-base
 * databases. Reads `storageEncrypted` directly: the verdict depends on it.
 */
export function checkRdsStorageEncrypted(resource: ResourceUnderCheck): string[] {
  if (encryptionInherited(resource)) {
    return [];
  }
  if (resource.props.storageEncrypted !== true) {
    return [
      "The database storage is not encrypted (AWS's default for RDS and Aurora provisioned clusters): set storageEncrypted to true and kmsKeyId to a customer-managed key.",
    ];
  }
  if (isKnowledgeBase(resource.props) && !isCustomerKeySet(() => resource.props.kmsKeyId)) {
    return [
      `The database holds a knowledge base (${TAG_KEYS.dataClass}=${KNOWLEDGE_BASE}) but is encrypted with the AWS-managed aws/rds key: set kmsKeyId to a customer-managed key.`,
    ];
  }
  return [];
}

export const rdsStorageEncrypted: ResourcePolicyDefinition = {
  kind: "resource",
  name: "rds-storage-encrypted",
  description:
    "RDS instances and Aurora clusters in AI stacks encrypt their storage; those tagged data-class=knowledge-base use a customer-managed key.",
  rationale:
    "pgvector on RDS or Aurora is a common vector store, and nothing in the infrastructure says which database enables the extension (that happens in SQL), so at scope 3 and above every database is treated as a possible one: an untagged knowledge base must not escape. Encryption is free and right for any business database; the customer-managed key, whose use you audit and can revoke, is required where the knowledge-base tag says the embeddings and their source text live.",
  severity: "high",
  enforcementLevel: "mandatory",
  remediationSteps:
    "Set `storageEncrypted: true` and `kmsKeyId: key.arn` on the aws.rds.Instance or aws.rds.Cluster. Encryption cannot be added to an existing database: restore an encrypted copy of a snapshot and switch over.",
  minScope: CONTROL_SCOPES.vectorStores,
  services: ["rds", "kms"],
  resourceTypes: [RDS_INSTANCE_TYPE, RDS_CLUSTER_TYPE],
  mappings: {
    nistCsf: ["PR.DS-01"],
    owaspLlm: ["LLM08", "LLM02"],
    mitreAtlas: ["AML.M0012"],
    cisaNcsc: ["secure-deployment"],
    seedItems: ["csf.pr-encryption", "cisa.dev-asset-protection", "matrix.scope-3"],
  },
  check: (resource) => checkRdsStorageEncrypted(resource),
};
