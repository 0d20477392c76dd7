import * as aws from "@pulumi/aws";

// Each numbered resource breaks one scopeguard vector-store control and is otherwise compliant, so
// the expected violations (README.md) map one to one onto resources. The stack declares scope 3,
// where retrieval over a pre-trained model needs an encrypted, private vector store.

const key = new aws.kms.Key("vectors-key", {
  description: "vector store encryption",
  enableKeyRotation: true,
});
// An existing private network and the roles that ingest and query, by id.
const SUBNETS = ["subnet-0a1b2c3d4e5f60718", "subnet-0b1c2d3e4f5a60718"];
const SECURITY_GROUP = "sg-0a1b2c3d4e5f60718";
const AOSS_ENDPOINT = "vpce-0a1b2c3d4e5f60718";
const KB_ROLE = "arn:aws:iam::123456789012:role/knowledge-base";

// OpenSearch Serverless: the knowledge-base collection with its three policies in order.
const policy = (name: string, type: "encryption" | "network", document: unknown) =>
  new aws.opensearch.ServerlessSecurityPolicy(name, { name, type, policy: JSON.stringify(document) });
const kb = [{ ResourceType: "collection", Resource: ["collection/kb-main"] }];
const kbEncryption = policy("kb-main-encryption", "encryption", {
  Rules: kb,
  AWSOwnedKey: false,
  KmsARN: "arn:aws:kms:us-east-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab",
});
const kbNetwork = policy("kb-main-network", "network", [
  {
    Rules: kb,
    AllowFromPublic: false,
    SourceVPCEs: [AOSS_ENDPOINT],
    SourceServices: ["bedrock.amazonaws.com"],
  },
]);
new aws.opensearch.ServerlessCollection(
  "kb-main",
  { name: "kb-main", type: "VECTORSEARCH" },
  { dependsOn: [kbEncryption, kbNetwork] },
);

// 1. opensearch-serverless-access-policy-no-wildcard-principal: every role of the account may read and write.
new aws.opensearch.ServerlessAccessPolicy("wildcard-access-policy", {
  name: "kb-main-access",
  type: "data",
  policy: JSON.stringify([
    {
      Rules: [
        {
          ResourceType: "index",
          Resource: ["index/kb-main/*"],
          Permission: ["aoss:ReadDocument", "aoss:WriteDocument"],
        },
      ],
      Principal: [KB_ROLE, "arn:aws:iam::123456789012:role/*"],
    },
  ]),
});

// 2. opensearch-serverless-network-policy-not-public: a shared search collection open to the internet.
policy("public-network-policy", "network", [
  { Rules: [{ ResourceType: "collection", Resource: ["collection/shared-search"] }], AllowFromPublic: true },
]);

// 3. opensearch-serverless-encryption-policy-uses-cmk: an archive collection under an AWS-owned key.
policy("aws-key-encryption-policy", "encryption", {
  Rules: [{ ResourceType: "collection", Resource: ["collection/archive-search"] }],
  AWSOwnedKey: true,
});

// 4. opensearch-serverless-collection-protected: a collection no encryption policy of the stack names.
new aws.opensearch.ServerlessCollection("uncovered-collection", {
  name: "scratch-vectors",
  type: "VECTORSEARCH",
});

// OpenSearch domains: every control in place, then one taken away per domain.
const domain = (name: string, args: Partial<aws.opensearch.DomainArgs>) =>
  new aws.opensearch.Domain(name, {
    engineVersion: "OpenSearch_2.13",
    clusterConfig: { instanceType: "r6g.large.search", instanceCount: 2, zoneAwarenessEnabled: true },
    ebsOptions: { ebsEnabled: true, volumeSize: 100 },
    encryptAtRest: { enabled: true, kmsKeyId: key.arn },
    nodeToNodeEncryption: { enabled: true },
    domainEndpointOptions: { enforceHttps: true, tlsSecurityPolicy: "Policy-Min-TLS-1-2-2019-07" },
    vpcOptions: { subnetIds: SUBNETS, securityGroupIds: [SECURITY_GROUP] },
    advancedSecurityOptions: {
      enabled: true,
      anonymousAuthEnabled: false,
      internalUserDatabaseEnabled: false,
      masterUserOptions: { masterUserArn: KB_ROLE },
    },
    ...args,
  });

// 5. opensearch-domain-encrypted-at-rest: the index files are not encrypted.
domain("unencrypted-domain", { encryptAtRest: { enabled: false } });

// 6. opensearch-domain-https-only: plain HTTP accepted.
domain("http-domain", {
  domainEndpointOptions: { enforceHttps: false, tlsSecurityPolicy: "Policy-Min-TLS-1-2-2019-07" },
});

// 7. opensearch-domain-in-vpc: a public endpoint.
domain("public-domain", { vpcOptions: undefined });

// 8. opensearch-domain-fine-grained-access-control: no per-index access control.
domain("no-fgac-domain", { advancedSecurityOptions: { enabled: false } });

// RDS for PostgreSQL with pgvector, holding a knowledge base.
const database = (name: string, args: Partial<aws.rds.InstanceArgs>) =>
  new aws.rds.Instance(name, {
    engine: "postgres",
    engineVersion: "16.4",
    instanceClass: "db.r6g.large",
    allocatedStorage: 100,
    username: "kbadmin",
    manageMasterUserPassword: true,
    dbSubnetGroupName: "private-databases",
    vpcSecurityGroupIds: [SECURITY_GROUP],
    storageEncrypted: true,
    kmsKeyId: key.arn,
    iamDatabaseAuthenticationEnabled: true,
    publiclyAccessible: false,
    tags: { "data-class": "knowledge-base" },
    ...args,
  });

// 9. rds-storage-encrypted: the embeddings and source chunks sit unencrypted.
database("unencrypted-kb-db", { storageEncrypted: false, kmsKeyId: undefined });

// 10. rds-not-publicly-accessible: the database has a public endpoint.
database("public-kb-db", { publiclyAccessible: true });
