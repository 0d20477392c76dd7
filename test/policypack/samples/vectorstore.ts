import { AwsType } from "../../../policypack/vocabulary";
import { r, resourceSample, stackSample, withOddProps, type DomainSamples } from "./sample";
import { KEY_ARN, policyDocument, UNKNOWN } from "./values";

const SECURITY_POLICY = AwsType.opensearch.ServerlessSecurityPolicy;
const collectionRule = (...names: string[]) => ({
  ResourceType: "collection",
  Resource: names.map((n) => `collection/${n}`),
});
const CMK_ENCRYPTION = { Rules: [collectionRule("docs*")], AWSOwnedKey: false, KmsARN: KEY_ARN };
const PRIVATE_NETWORK = [
  { Rules: [collectionRule("docs")], AllowFromPublic: false, SourceVPCEs: ["vpce-0123"] },
];
const securityPolicy = (type: string, name: string, document: unknown) =>
  r(SECURITY_POLICY, name, { type, name, policy: JSON.stringify(document) });
const collection = r(AwsType.opensearch.ServerlessCollection, "docs", {
  name: "docs",
  type: "VECTORSEARCH",
  arn: UNKNOWN,
});
const INDEX_RULES = [
  { ResourceType: "index", Resource: ["index/docs/*"], Permission: ["aoss:ReadDocument"] },
];
const ROLE = "arn:aws:iam::111122223333:role/rag-app";
const DOMAIN_ARN = "arn:aws:es:eu-west-1:111122223333:domain/vectors/*";
const KB_TAGS = { "data-class": "knowledge-base" };
const DOMAIN = AwsType.opensearch.Domain;

/** Props no vector-store policy may choke on, on top of the shared ones. */
const VECTORSTORE_ODD_PROPS = [
  { type: "encryption", policy: "[]" },
  { type: "encryption", policy: JSON.stringify({ Rules: "x", AWSOwnedKey: "maybe" }) },
  { type: "network", policy: JSON.stringify([null, { Rules: [null, { Resource: 5 }] }]) },
  { type: "data", policy: JSON.stringify([{ Rules: [], Principal: [7, null] }]) },
  { type: "network", policy: { not: "a string" } },
  {
    encryptAtRest: "x",
    nodeToNodeEncryption: [null],
    domainEndpointOptions: 3,
    vpcOptions: { subnetIds: "x" },
  },
  { advancedSecurityOptions: [], engineVersion: 7, elasticsearchVersion: {}, encryptionConfigs: [null] },
  {
    storageEncrypted: "true",
    publiclyAccessible: "yes",
    tags: { "data-class": "knowledge-base" },
    engine: 5,
  },
  { accessPolicies: 5 },
  { accessPolicies: [null] },
  { encryptionConfigurations: "x" },
  { encryptionConfigurations: [null, 5] },
  { encryptionConfigurations: [{ sseType: 7, kmsKeyArn: [] }] },
];

/** Samples of the vector-store policies: OpenSearch Serverless and managed domains, RDS and S3 Vectors. */
export const VECTORSTORE_SAMPLES: DomainSamples = withOddProps(
  {
    "opensearch-serverless-encryption-policy-uses-cmk": stackSample({
      failing: [securityPolicy("encryption", "enc", { Rules: [collectionRule("kb")], AWSOwnedKey: true })],
      passing: [securityPolicy("encryption", "enc", CMK_ENCRYPTION)],
      subject: "enc",
      // A policy computed from a key of the stack, and an encryption policy of every odd shape.
      oddResources: [
        r(AwsType.kms.Key, "odd-key", {}),
        r(SECURITY_POLICY, "odd-policy", { type: "encryption" }, { dependsOn: { policy: ["odd-key"] } }),
      ],
      message:
        'The encryption policy encrypts collection/kb with an AWS-owned key: set "AWSOwnedKey": false and "KmsARN" to a customer-managed key.',
    }),
    "opensearch-serverless-network-policy-not-public": resourceSample(
      SECURITY_POLICY,
      {
        type: "network",
        policy: JSON.stringify([
          ...PRIVATE_NETWORK,
          { Rules: [{ ResourceType: "dashboard", Resource: ["collection/docs"] }], AllowFromPublic: true },
        ]),
      },
      { type: "network", policy: JSON.stringify(PRIVATE_NETWORK) },
      'Rule set 2 (collection/docs) allows access from the public internet: set "AllowFromPublic": false and list "SourceVPCEs" (or "SourceServices" such as bedrock.amazonaws.com).',
    ),
    "opensearch-serverless-access-policy-no-wildcard-principal": resourceSample(
      AwsType.opensearch.ServerlessAccessPolicy,
      { type: "data", policy: JSON.stringify([{ Rules: INDEX_RULES, Principal: ["*"] }]) },
      { type: "data", policy: JSON.stringify([{ Rules: INDEX_RULES, Principal: [ROLE] }]) },
      "Rule set 1 (index/docs/*) grants to *: list the IAM role ARNs (or SAML users and groups) that need this access.",
    ),
    "opensearch-serverless-collection-protected": stackSample({
      failing: [
        securityPolicy("encryption", "enc-all", { Rules: [collectionRule("*")], AWSOwnedKey: true }),
        collection,
      ],
      passing: [
        securityPolicy("encryption", "enc", CMK_ENCRYPTION),
        securityPolicy("network", "net", PRIVATE_NETWORK),
        collection,
      ],
      subject: "docs",
      oddResources: [
        r(AwsType.kms.Key, "odd-key", {}),
        r(SECURITY_POLICY, "odd-policy", {}, { dependsOn: { policy: ["odd-key"] } }),
        r(AwsType.opensearch.ServerlessCollection, "odd-collection", {}, { dependencies: ["odd-policy"] }),
      ],
      message:
        'Collection "docs" is encrypted with an AWS-owned key by encryption policy "enc-all": set "AWSOwnedKey": false and "KmsARN" to a customer-managed key in that policy.',
    }),
    "opensearch-domain-encrypted-at-rest": resourceSample(
      DOMAIN,
      {},
      { encryptAtRest: { enabled: true, kmsKeyId: UNKNOWN } },
      "Data at rest is not encrypted (left out, encryptAtRest is off): set encryptAtRest: { enabled: true, kmsKeyId: key.arn }.",
    ),
    "opensearch-domain-node-to-node-encryption": resourceSample(
      DOMAIN,
      { engineVersion: "OpenSearch_2.13" },
      { engineVersion: "OpenSearch_2.13", nodeToNodeEncryption: { enabled: true } },
      "Traffic between the domain's nodes is not encrypted (left out, it is off): set nodeToNodeEncryption.enabled to true.",
    ),
    "opensearch-domain-https-only": resourceSample(
      DOMAIN,
      {},
      { domainEndpointOptions: { enforceHttps: true, tlsSecurityPolicy: "Policy-Min-TLS-1-2-PFS-2023-10" } },
      "HTTPS is not enforced (domainEndpointOptions is left out, so AWS accepts plain HTTP): set domainEndpointOptions.enforceHttps to true.",
    ),
    "opensearch-domain-in-vpc": resourceSample(
      DOMAIN,
      {},
      { vpcOptions: { subnetIds: [UNKNOWN, UNKNOWN], securityGroupIds: [UNKNOWN] } },
      "The domain has a public endpoint: set vpcOptions with private subnetIds and securityGroupIds.",
    ),
    "opensearch-domain-fine-grained-access-control": resourceSample(
      DOMAIN,
      {},
      { advancedSecurityOptions: { enabled: true, masterUserOptions: { masterUserArn: UNKNOWN } } },
      "Fine-grained access control is off: set advancedSecurityOptions.enabled to true with an IAM master user (masterUserOptions.masterUserArn).",
    ),
    "opensearch-domain-access-policy-restricted": resourceSample(
      DOMAIN,
      {
        accessPolicies: policyDocument({
          Effect: "Allow",
          Principal: { AWS: "*" },
          Action: "es:*",
          Resource: DOMAIN_ARN,
        }),
      },
      {
        accessPolicies: policyDocument({
          Effect: "Allow",
          Principal: { AWS: [ROLE] },
          Action: ["es:ESHttpGet", "es:ESHttpPost"],
          Resource: DOMAIN_ARN,
        }),
      },
      'Statement #1 of the access policy allows anyone (Principal "*"): name the IAM roles that query or ingest (the application role, the knowledge-base role) instead.',
    ),
    "s3-vectors-encrypted-with-cmk": resourceSample(
      AwsType.s3.VectorsVectorBucket,
      { vectorBucketName: "kb" },
      { vectorBucketName: "kb", encryptionConfigurations: [{ sseType: "aws:kms", kmsKeyArn: KEY_ARN }] },
      'The vector bucket is encrypted with an S3-managed key (no encryptionConfigurations, so AES256): set encryptionConfigurations to [{ sseType: "aws:kms", kmsKeyArn: key.arn }] with a customer-managed KMS key.',
    ),
    "rds-storage-encrypted": resourceSample(
      AwsType.rds.Instance,
      { engine: "postgres" },
      { engine: "postgres", storageEncrypted: true, kmsKeyId: UNKNOWN },
      "The database storage is not encrypted (AWS's default for RDS and Aurora provisioned clusters): set storageEncrypted to true and kmsKeyId to a customer-managed key.",
    ),
    "rds-not-publicly-accessible": resourceSample(
      AwsType.rds.Instance,
      { publiclyAccessible: true },
      { publiclyAccessible: false },
      "The database has a public endpoint: set publiclyAccessible to false and reach it from private subnets.",
    ),
    "rds-knowledge-base-iam-auth": resourceSample(
      AwsType.rds.Cluster,
      { engine: "aurora-postgresql", tags: KB_TAGS },
      { engine: "aurora-postgresql", tags: KB_TAGS, iamDatabaseAuthenticationEnabled: true },
      "IAM database authentication is off: set iamDatabaseAuthenticationEnabled to true so each retriever and ingestion role signs in with its own short-lived token.",
    ),
  },
  VECTORSTORE_ODD_PROPS,
);
