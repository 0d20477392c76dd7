/** OpenSearch Serverless lives in the `opensearch` module of @pulumi/aws 7 (not `opensearchserverless`). */
export const SERVERLESS_SECURITY_POLICY_TYPE =
  "aws:opensearch/serverlessSecurityPolicy:ServerlessSecurityPolicy";
export const SERVERLESS_ACCESS_POLICY_TYPE = "aws:opensearch/serverlessAccessPolicy:ServerlessAccessPolicy";
export const SERVERLESS_COLLECTION_TYPE = "aws:opensearch/serverlessCollection:ServerlessCollection";

/** Managed OpenSearch domains, and the legacy Elasticsearch domains with the same settings. */
export const OPENSEARCH_DOMAIN_TYPE = "aws:opensearch/domain:Domain";
export const ELASTICSEARCH_DOMAIN_TYPE = "aws:elasticsearch/domain:Domain";
export const SEARCH_DOMAIN_TYPES = [OPENSEARCH_DOMAIN_TYPE, ELASTICSEARCH_DOMAIN_TYPE] as const;
/** The access policy of a domain, managed as its own resource. */
export const SEARCH_DOMAIN_POLICY_TYPES = [
  "aws:opensearch/domainPolicy:DomainPolicy",
  "aws:elasticsearch/domainPolicy:DomainPolicy",
] as const;

/** S3 Vectors lives in the `s3` module of @pulumi/aws 7 (not `s3vectors`). */
export const S3_VECTORS_BUCKET_TYPE = "aws:s3/vectorsVectorBucket:VectorsVectorBucket";
export const S3_VECTORS_INDEX_TYPE = "aws:s3/vectorsIndex:VectorsIndex";

export const RDS_INSTANCE_TYPE = "aws:rds/instance:Instance";
export const RDS_CLUSTER_TYPE = "aws:rds/cluster:Cluster";
export const RDS_CLUSTER_INSTANCE_TYPE = "aws:rds/clusterInstance:ClusterInstance";
