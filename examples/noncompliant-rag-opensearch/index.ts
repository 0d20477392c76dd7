import * as aws from "@pulumi/aws";

// A RAG stack whose vector store is an OpenSearch domain (not Serverless), written the way tutorials
// build it: a public domain with an open access policy, a legacy Elasticsearch index of older
// documents, ingestion workers and an application role. Each expected violation (README.md) maps
// onto one resource. The stack declares scope 3: it builds on a pre-trained model's embeddings.

// An existing VPC's private subnets and security group, by id.
const SUBNETS = ["subnet-0a1b2c3d4e5f60718", "subnet-0b1c2d3e4f5a60718"];
const SECURITY_GROUP = "sg-0a1b2c3d4e5f60718";
const AMI = "ami-0a1b2c3d4e5f60718";

const key = new aws.kms.Key("kb-key", { description: "knowledge base", enableKeyRotation: true });

// 1. opensearch-domain-https-only, 2. opensearch-domain-in-vpc, 3. opensearch-domain-fine-grained-access-control:
// the vector domain has a public endpoint that accepts plain HTTP and no per-index access control.
// (Node-to-node encryption is left off too; the pack's remediation turns it on, so it does not block.)
const vectors = new aws.opensearch.Domain("rag-vectors", {
  domainName: "rag-vectors",
  engineVersion: "OpenSearch_2.13",
  clusterConfig: { instanceType: "r6g.large.search", instanceCount: 2, zoneAwarenessEnabled: true },
  ebsOptions: { ebsEnabled: true, volumeSize: 100 },
  encryptAtRest: { enabled: true, kmsKeyId: key.arn },
  tags: { "data-class": "knowledge-base" },
});

// 4. opensearch-domain-access-policy-restricted: anyone may call every OpenSearch API on it.
new aws.opensearch.DomainPolicy("rag-vectors-access", {
  domainName: vectors.domainName,
  accessPolicies: JSON.stringify({
    Version: "2012-10-17",
    Statement: [
      {
        Effect: "Allow",
        Principal: { AWS: "*" },
        Action: "es:*",
        Resource: "arn:aws:es:us-east-1:123456789012:domain/rag-vectors/*",
      },
    ],
  }),
});

// 5. opensearch-domain-encrypted-at-rest: the legacy Elasticsearch index is otherwise hardened,
// but encrypted with the AWS managed key.
new aws.elasticsearch.Domain("legacy-kb", {
  elasticsearchVersion: "7.10",
  clusterConfig: { instanceType: "r6g.large.elasticsearch", instanceCount: 2, zoneAwarenessEnabled: true },
  ebsOptions: { ebsEnabled: true, volumeSize: 100 },
  encryptAtRest: { enabled: true, kmsKeyId: "alias/aws/es" },
  nodeToNodeEncryption: { enabled: true },
  domainEndpointOptions: { enforceHttps: true, tlsSecurityPolicy: "Policy-Min-TLS-1-2-2019-07" },
  vpcOptions: { subnetIds: SUBNETS, securityGroupIds: [SECURITY_GROUP] },
  advancedSecurityOptions: {
    enabled: true,
    internalUserDatabaseEnabled: false,
    masterUserOptions: { masterUserArn: "arn:aws:iam::123456789012:role/kb-admin" },
  },
  tags: { "data-class": "knowledge-base" },
});

// 6. ec2-ai-stack-imdsv2-required: the ingestion workers' template still answers IMDSv1.
new aws.ec2.LaunchTemplate("ingest-workers", {
  imageId: AMI,
  instanceType: "c7i.xlarge",
  vpcSecurityGroupIds: [SECURITY_GROUP],
  metadataOptions: { httpEndpoint: "enabled", httpTokens: "optional" },
  blockDeviceMappings: [{ deviceName: "/dev/xvda", ebs: { encrypted: "true", kmsKeyId: key.arn } }],
});

// 7. iam-no-full-access-managed-policies: the application role may reconfigure or delete any domain.
new aws.iam.Role("rag-app", {
  assumeRolePolicy: JSON.stringify({
    Version: "2012-10-17",
    Statement: [
      {
        Effect: "Allow",
        Principal: { Service: "ec2.amazonaws.com" },
        Action: "sts:AssumeRole",
        Condition: { StringEquals: { "aws:SourceAccount": "123456789012" } },
      },
    ],
  }),
  managedPolicyArns: ["arn:aws:iam::aws:policy/AmazonOpenSearchServiceFullAccess"],
});

export const vectorEndpoint = vectors.endpoint;
