import type { ResourcePolicyDefinition, ResourceUnderCheck } from "../../framework/types";
import { isCustomerKeySet } from "../../framework/references";
import { field, first } from "../../framework/values";
import { S3_VECTORS_BUCKET_TYPE, S3_VECTORS_INDEX_TYPE } from "./lib/vectorstore-types";
import { CONTROL_SCOPES } from "../../vocabulary";

/** The findings for one encryption block; `what` names the resource in messages. */
function encryptionFindings(block: unknown, what: string): string[] {
  const sseType = field(block, "sseType");
  if (sseType !== "aws:kms") {
    const now =
      typeof sseType === "string" ? `sseType "${sseType}"` : "no encryptionConfigurations, so AES256";
    return [
      `The ${what} is encrypted with an S3-managed key (${now}): set encryptionConfigurations to [{ sseType: "aws:kms", kmsKeyArn: key.arn }] with a customer-managed KMS key.`,
    ];
  }
  if (!isCustomerKeySet(() => field(block, "kmsKeyArn"))) {
    return [
      `The ${what} uses "aws:kms" without a customer-managed key: set kmsKeyArn to your KMS key's ARN.`,
    ];
  }
  return [];
}

/**
 * Pure check: a vector bucket, and an index that sets its own encryption, use a customer-managed
 * key. An index without encryptionConfigurations takes its bucket's, which is judged on the bucket.
 */
export function checkS3VectorsEncryption(resource: ResourceUnderCheck): string[] {
  const block = first(resource.props.encryptionConfigurations);
  if (resource.type === S3_VECTORS_INDEX_TYPE) {
    return block === undefined || block === null ? [] : encryptionFindings(block, "vector index");
  }
  return encryptionFindings(block, "vector bucket");
}

export const s3VectorsEncryptedWithCmk: ResourcePolicyDefinition = {
  kind: "resource",
  name: "s3-vectors-encrypted-with-cmk",
  description:
    "S3 Vectors buckets (and indexes that set their own encryption) encrypt embeddings with a customer-managed KMS key.",
  rationale:
    "Embeddings can be inverted back to much of the text they were computed from, so a vector bucket holds the knowledge base itself; with your key every read is an auditable KMS call and access can be cut by disabling the key, which an S3-managed key does not allow. The encryption of a vector bucket cannot be changed after it is created. Applies from scope 3, where the scope model adds an encrypted vector store.",
  severity: "high",
  enforcementLevel: "mandatory",
  remediationSteps:
    'Set `encryptionConfigurations: [{ sseType: "aws:kms", kmsKeyArn: key.arn }]` on the aws.s3.VectorsVectorBucket (a new bucket: encryption is fixed at creation), and on any aws.s3.VectorsIndex that overrides its bucket\'s encryption.',
  minScope: CONTROL_SCOPES.vectorStores,
  services: ["s3vectors", "kms"],
  resourceTypes: [S3_VECTORS_BUCKET_TYPE, S3_VECTORS_INDEX_TYPE],
  mappings: {
    nistCsf: ["PR.DS-01"],
    owaspLlm: ["LLM08", "LLM02"],
    mitreAtlas: ["AML.M0012"],
    cisaNcsc: ["secure-deployment"],
    seedItems: ["csf.pr-encryption", "cisa.dev-asset-protection", "matrix.scope-3"],
  },
  check: (resource) => checkS3VectorsEncryption(resource),
};
