import type { PolicyDefinition } from "../../framework/types";
import { opensearchDomainAccessPolicyRestricted } from "./opensearch-domain-access-policy-restricted";
import { opensearchDomainEncryptedAtRest } from "./opensearch-domain-encrypted-at-rest";
import { opensearchDomainFineGrainedAccessControl } from "./opensearch-domain-fine-grained-access-control";
import { opensearchDomainHttpsOnly } from "./opensearch-domain-https-only";
import { opensearchDomainInVpc } from "./opensearch-domain-in-vpc";
import { opensearchDomainNodeToNodeEncryption } from "./opensearch-domain-node-to-node-encryption";
import { opensearchServerlessAccessPolicyNoWildcardPrincipal } from "./opensearch-serverless-access-policy-no-wildcard-principal";
import { opensearchServerlessCollectionProtected } from "./opensearch-serverless-collection-protected";
import { opensearchServerlessEncryptionPolicyUsesCmk } from "./opensearch-serverless-encryption-policy-uses-cmk";
import { opensearchServerlessNetworkPolicyNotPublic } from "./opensearch-serverless-network-policy-not-public";
import { s3VectorsEncryptedWithCmk } from "./s3-vectors-encrypted-with-cmk";
import { rdsKnowledgeBaseIamAuth } from "./rds-knowledge-base-iam-auth";
import { rdsNotPubliclyAccessible } from "./rds-not-publicly-accessible";
import { rdsStorageEncrypted } from "./rds-storage-encrypted";

/** Vector stores: OpenSearch Serverless collections and their policies, OpenSearch domains, S3 Vectors, RDS/Aurora (pgvector). */
export const VECTORSTORE_POLICIES: readonly PolicyDefinition[] = [
  opensearchServerlessEncryptionPolicyUsesCmk,
  opensearchServerlessNetworkPolicyNotPublic,
  opensearchServerlessAccessPolicyNoWildcardPrincipal,
  opensearchServerlessCollectionProtected,
  opensearchDomainEncryptedAtRest,
  opensearchDomainNodeToNodeEncryption,
  opensearchDomainHttpsOnly,
  opensearchDomainInVpc,
  opensearchDomainFineGrainedAccessControl,
  opensearchDomainAccessPolicyRestricted,
  s3VectorsEncryptedWithCmk,
  rdsStorageEncrypted,
  rdsNotPubliclyAccessible,
  rdsKnowledgeBaseIamAuth,
];
