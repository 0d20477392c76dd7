import { AwsType } from "../../../vocabulary";
/** OpenSearch Serverless lives in the `opensearch` module of @pulumi/aws 7 (not `opensearchserverless`). */
export const SERVERLESS_SECURITY_POLICY_TYPE = AwsType.opensearch.ServerlessSecurityPolicy;
export const SERVERLESS_ACCESS_POLICY_TYPE = AwsType.opensearch.ServerlessAccessPolicy;
export const SERVERLESS_COLLECTION_TYPE = AwsType.opensearch.ServerlessCollection;

/** Managed OpenSearch domains, and the legacy Elasticsearch domains with the same settings. */
export const OPENSEARCH_DOMAIN_TYPE = AwsType.opensearch.Domain;
export const ELASTICSEARCH_DOMAIN_TYPE = AwsType.elasticsearch.Domain;
export const SEARCH_DOMAIN_TYPES = [OPENSEARCH_DOMAIN_TYPE, ELASTICSEARCH_DOMAIN_TYPE] as const;
/** The access policy of a domain, managed as its own resource. */
export const SEARCH_DOMAIN_POLICY_TYPES = [
  AwsType.opensearch.DomainPolicy,
  AwsType.elasticsearch.DomainPolicy,
] as const;

/** S3 Vectors lives in the `s3` module of @pulumi/aws 7 (not `s3vectors`). */
export const S3_VECTORS_BUCKET_TYPE = AwsType.s3.VectorsVectorBucket;
export const S3_VECTORS_INDEX_TYPE = AwsType.s3.VectorsIndex;

export const RDS_INSTANCE_TYPE = AwsType.rds.Instance;
export const RDS_CLUSTER_TYPE = AwsType.rds.Cluster;
export const RDS_CLUSTER_INSTANCE_TYPE = AwsType.rds.ClusterInstance;
