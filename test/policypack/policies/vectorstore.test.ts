import * as assert from "node:assert/strict";
import type { StackResource } from "../../../policypack/framework/types";
import { VECTORSTORE_POLICIES } from "../../../policypack/policies/vectorstore";
import { opensearchDomainEncryptedAtRest as atRest } from "../../../policypack/policies/vectorstore/opensearch-domain-encrypted-at-rest";
import { opensearchDomainFineGrainedAccessControl as fgac } from "../../../policypack/policies/vectorstore/opensearch-domain-fine-grained-access-control";
import { opensearchDomainHttpsOnly as https } from "../../../policypack/policies/vectorstore/opensearch-domain-https-only";
import { opensearchDomainInVpc as inVpc } from "../../../policypack/policies/vectorstore/opensearch-domain-in-vpc";
import { opensearchDomainNodeToNodeEncryption as nodeToNode } from "../../../policypack/policies/vectorstore/opensearch-domain-node-to-node-encryption";
import { opensearchServerlessAccessPolicyNoWildcardPrincipal as accessPolicy } from "../../../policypack/policies/vectorstore/opensearch-serverless-access-policy-no-wildcard-principal";
import { opensearchServerlessCollectionProtected as collectionProtected } from "../../../policypack/policies/vectorstore/opensearch-serverless-collection-protected";
import { opensearchServerlessEncryptionPolicyUsesCmk as encryptionPolicy } from "../../../policypack/policies/vectorstore/opensearch-serverless-encryption-policy-uses-cmk";
import { opensearchServerlessNetworkPolicyNotPublic as networkPolicy } from "../../../policypack/policies/vectorstore/opensearch-serverless-network-policy-not-public";
import { rdsKnowledgeBaseIamAuth as iamAuth } from "../../../policypack/policies/vectorstore/rds-knowledge-base-iam-auth";
import { rdsNotPubliclyAccessible as notPublic } from "../../../policypack/policies/vectorstore/rds-not-publicly-accessible";
import { rdsStorageEncrypted as rdsEncrypted } from "../../../policypack/policies/vectorstore/rds-storage-encrypted";
import { contextAt, resource, runThroughSdk, stackResource, UNKNOWN } from "../support";
import { remediated, remediation } from "../fixtures/remediation";

const SECURITY_POLICY = "aws:opensearch/serverlessSecurityPolicy:ServerlessSecurityPolicy";
const ACCESS_POLICY = "aws:opensearch/serverlessAccessPolicy:ServerlessAccessPolicy";
const COLLECTION = "aws:opensearch/serverlessCollection:ServerlessCollection";
const DOMAIN = "aws:opensearch/domain:Domain";
const ES_DOMAIN = "aws:elasticsearch/domain:Domain";
const RDS_INSTANCE = "aws:rds/instance:Instance";
const RDS_CLUSTER = "aws:rds/cluster:Cluster";
const RDS_CLUSTER_INSTANCE = "aws:rds/clusterInstance:ClusterInstance";
const KMS_KEY = "aws:kms/key:Key";
const ctx = contextAt(3);
const KEY_ARN = "arn:aws:kms:us-east-1:111122223333:key/k";
const KB_TAGS = { "data-class": "knowledge-base" };

const doc = (value: unknown) => JSON.stringify(value);
const collectionRule = (...names: string[]) => ({
  ResourceType: "collection",
  Resource: names.map((n) => `collection/${n}`),
});
const CMK_ENCRYPTION = { Rules: [collectionRule("docs*")], AWSOwnedKey: false, KmsARN: KEY_ARN };
const PRIVATE_NETWORK = [
  { Rules: [collectionRule("docs")], AllowFromPublic: false, SourceVPCEs: ["vpce-0123"] },
];
describe("vector-store policies", () => {
  it("are all listed in the domain index and apply from scope 3", () => {
    assert.equal(VECTORSTORE_POLICIES.length, 14);
    assert.ok(
      VECTORSTORE_POLICIES.every((p) => p.minScope === 3 && /^(opensearch|rds|s3-vectors)-/.test(p.name)),
    );
  });
});

describe("opensearch-serverless-encryption-policy-uses-cmk", () => {
  const policy = (document: unknown, name = "enc", dependsOn: Record<string, StackResource[]> = {}) =>
    stackResource(SECURITY_POLICY, name, { type: "encryption", name, policy: document }, dependsOn);
  const check = (...resources: StackResource[]) => encryptionPolicy.check(resources, ctx);

  it("passes a policy with a customer-managed key", () => {
    assert.deepEqual(check(policy(doc(CMK_ENCRYPTION))), []);
  });

  it("fails an AWS-owned key with the exact message, on the policy", () => {
    const p = policy(doc({ Rules: [collectionRule("kb")], AWSOwnedKey: true }));
    assert.deepEqual(check(p), [
      {
        urn: p.urn,
        message:
          'The encryption policy encrypts collection/kb with an AWS-owned key: set "AWSOwnedKey": false and "KmsARN" to a customer-managed key.',
      },
    ]);
  });

  it("fails a policy that names no key with the exact message", () => {
    assert.deepEqual(check(policy(doc({ Rules: [collectionRule("kb")], AWSOwnedKey: false }))), [
      {
        urn: policy("").urn,
        message:
          'The encryption policy for collection/kb names no key: set "AWSOwnedKey": false and "KmsARN" to a customer-managed key.',
      },
    ]);
  });

  it("fails a policy whose document is not valid JSON", () => {
    assert.deepEqual(
      check(policy("{")).map((v) => v.message),
      ["The encryption policy cannot be checked: its policy is not a valid JSON policy document."],
    );
  });

  it("reports every weak policy of the stack, each on its own resource", () => {
    const owned = policy(doc({ Rules: [collectionRule("a")], AWSOwnedKey: true }), "enc-a");
    const none = policy(doc({ Rules: [collectionRule("b")] }), "enc-b");
    assert.deepEqual(
      check(owned, policy(doc(CMK_ENCRYPTION)), none).map((v) => v.urn),
      [owned.urn, none.urn],
    );
  });

  it("ignores network policies and other resources", () => {
    const network = stackResource(SECURITY_POLICY, "net", { type: "network", policy: doc(CMK_ENCRYPTION) });
    assert.deepEqual(check(network, stackResource(COLLECTION, "docs", { name: "docs" })), []);
  });

  it("passes, during preview, a document computed from a KMS key of the stack", () => {
    const key = stackResource(KMS_KEY, "vector-key", { arn: UNKNOWN });
    assert.deepEqual(check(key, policy(UNKNOWN, "enc", { policy: [key] })), []);
  });

  it("passes, during preview, a document computed from an alias or a replica key of the stack", () => {
    const alias = stackResource("aws:kms/alias:Alias", "vector-alias", { arn: UNKNOWN });
    const replica = stackResource("aws:kms/replicaKey:ReplicaKey", "vector-replica", { arn: UNKNOWN });
    assert.deepEqual(
      check(policy(UNKNOWN, "enc-1", { policy: [alias] }), policy(UNKNOWN, "enc-2", { policy: [replica] })),
      [],
    );
  });

  it("lets an unknown document computed from no key of the stack reach the SDK when nothing else fails", () => {
    const random = stackResource("random:index/randomId:RandomId", "suffix", { hex: UNKNOWN });
    assert.throws(() => check(policy(UNKNOWN, "enc", { policy: [random] })), /can't be known/);
    assert.throws(() => check(policy(UNKNOWN)), /can't be known/);
  });

  it("still reports a known weak policy beside an undecidable one", () => {
    const weak = policy(doc({ Rules: [collectionRule("kb")], AWSOwnedKey: true }), "weak");
    assert.deepEqual(
      check(policy(UNKNOWN, "undecided"), weak).map((v) => v.urn),
      [weak.urn],
    );
  });

  it("says through the SDK wrapper that it cannot decide an undecidable document", () => {
    assert.throws(
      () => runThroughSdk(encryptionPolicy, { resources: [policy(UNKNOWN)], settings: { scope: 3 } }),
      /can't be known/,
    );
  });

  it("treats a policy whose type is unknown as not an encryption policy", () => {
    const p = stackResource(SECURITY_POLICY, "p", { type: UNKNOWN, policy: doc({ AWSOwnedKey: true }) });
    assert.deepEqual(check(p), []);
  });
});

describe("opensearch-serverless-network-policy-not-public", () => {
  const policy = (document: unknown, name = "net") =>
    resource(SECURITY_POLICY, { type: "network", policy: document }, name);

  it("passes private rule sets", () => {
    assert.deepEqual(networkPolicy.check(policy(doc(PRIVATE_NETWORK)), ctx), []);
  });

  it("fails each public rule set, dashboards included", () => {
    const document = doc([
      ...PRIVATE_NETWORK,
      { Rules: [{ ResourceType: "dashboard", Resource: ["collection/docs"] }], AllowFromPublic: true },
    ]);
    assert.deepEqual(networkPolicy.check(policy(document), ctx), [
      'Rule set 2 (collection/docs) allows access from the public internet: set "AllowFromPublic": false and list "SourceVPCEs" (or "SourceServices" such as bedrock.amazonaws.com).',
    ]);
  });

  it("accepts a single rule set given as an object, and reports invalid JSON", () => {
    assert.equal(
      networkPolicy.check(policy(doc({ Rules: [collectionRule("x")], AllowFromPublic: true })), ctx).length,
      1,
    );
    assert.match(networkPolicy.check(policy("not json"), ctx)[0], /cannot be checked/);
  });

  it("lets an unknown document reach the SDK", () => {
    assert.throws(() => networkPolicy.check(policy(UNKNOWN), ctx), /can't be known/);
  });
});

describe("opensearch-serverless-access-policy-no-wildcard-principal", () => {
  const policy = (document: unknown, name = "data") =>
    resource(ACCESS_POLICY, { type: "data", policy: document }, name);
  const RULES = [{ ResourceType: "index", Resource: ["index/docs/*"], Permission: ["aoss:ReadDocument"] }];

  it("passes named principals", () => {
    assert.deepEqual(
      accessPolicy.check(
        policy(doc([{ Rules: RULES, Principal: ["arn:aws:iam::111122223333:role/rag"] }])),
        ctx,
      ),
      [],
    );
  });

  it("fails a wildcard principal with the exact message", () => {
    assert.deepEqual(accessPolicy.check(policy(doc([{ Rules: RULES, Principal: ["*"] }])), ctx), [
      "Rule set 1 (index/docs/*) grants to *: list the IAM role ARNs (or SAML users and groups) that need this access.",
    ]);
  });

  it("fails wildcards inside an ARN and rule sets with no principal", () => {
    assert.match(
      accessPolicy.check(policy(doc([{ Rules: RULES, Principal: ["arn:aws:iam::*:role/x"] }])), ctx)[0],
      /grants to arn:aws:iam::\*:role\/x/,
    );
    assert.match(accessPolicy.check(policy(doc([{ Rules: RULES }])), ctx)[0], /names no principal/);
  });

  it("lets an unknown document reach the SDK", () => {
    assert.throws(() => accessPolicy.check(policy(UNKNOWN), ctx), /can't be known/);
  });
});

describe("opensearch-serverless-collection-protected", () => {
  const securityPolicy = (
    type: string,
    document: unknown,
    name: string,
    dependsOn: Record<string, StackResource[]> = {},
  ) => stackResource(SECURITY_POLICY, name, { type, name, policy: document }, dependsOn);
  const collection = (
    name: string,
    props: Record<string, unknown> = {},
    dependencies: StackResource[] = [],
  ) => {
    const c = stackResource(COLLECTION, name, { name, type: "VECTORSEARCH", arn: UNKNOWN, ...props });
    return { ...c, dependencies };
  };

  it("passes a collection covered by a CMK encryption policy (wildcard) and a private network policy", () => {
    const resources = [
      securityPolicy("encryption", doc(CMK_ENCRYPTION), "enc"),
      securityPolicy("network", doc(PRIVATE_NETWORK), "net"),
      collection("docs"),
    ];
    assert.deepEqual(collectionProtected.check(resources, ctx), []);
  });

  it("passes a collection with its own CMK encryption settings", () => {
    const key = stackResource(KMS_KEY, "vector-key", { arn: UNKNOWN });
    const kb = stackResource(
      COLLECTION,
      "kb",
      { name: "kb", type: "VECTORSEARCH", encryptionConfigs: [{ kmsKeyArn: UNKNOWN }] },
      { encryptionConfigs: [key] },
    );
    assert.deepEqual(collectionProtected.check([key, kb], ctx), []);
  });

  it("fails a collection under an AWS-owned catch-all policy, with the exact message", () => {
    const enc = securityPolicy(
      "encryption",
      doc({ Rules: [collectionRule("*")], AWSOwnedKey: true }),
      "enc-all",
    );
    const c = collection("docs");
    assert.deepEqual(collectionProtected.check([enc, c], ctx), [
      {
        urn: c.urn,
        message:
          'Collection "docs" is encrypted with an AWS-owned key by encryption policy "enc-all": set "AWSOwnedKey": false and "KmsARN" to a customer-managed key in that policy.',
      },
    ]);
  });

  it("names the first policy of the stack that covers the collection, whatever the patterns' prefixes", () => {
    const first = securityPolicy(
      "encryption",
      doc({ Rules: [collectionRule("docs-*")], AWSOwnedKey: true }),
      "enc-docs",
    );
    const second = securityPolicy(
      "encryption",
      doc({ Rules: [collectionRule("d*")], AWSOwnedKey: true }),
      "enc-d",
    );
    assert.match(
      collectionProtected.check([first, second, collection("docs-prod")], ctx)[0].message,
      /encryption policy "enc-docs"/,
    );
  });

  it("fails a collection that no encryption policy of the stack covers", () => {
    const enc = securityPolicy("encryption", doc(CMK_ENCRYPTION), "enc");
    assert.match(
      collectionProtected.check([enc, collection("finance")], ctx)[0].message,
      /covered by no encryption policy in this stack/,
    );
  });

  it("fails a collection that a public network rule reaches, and not one with no network policy", () => {
    const enc = securityPolicy("encryption", doc(CMK_ENCRYPTION), "enc");
    const open = securityPolicy(
      "network",
      doc([{ Rules: [collectionRule("docs-*")], AllowFromPublic: true }]),
      "net-open",
    );
    const messages = collectionProtected
      .check([enc, open, collection("docs-prod"), collection("docs")], ctx)
      .map((v) => v.message);
    assert.deepEqual(messages, [
      'Collection "docs-prod" is reachable from the public internet through network policy "net-open": set "AllowFromPublic": false and list "SourceVPCEs" or "SourceServices".',
    ]);
  });

  it("fails a collection whose own encryption settings use an AWS-owned key", () => {
    assert.match(
      collectionProtected.check([collection("kb", { encryptionConfigs: [{ awsOwnedKey: true }] })], ctx)[0]
        .message,
      /AWS-owned key \(encryptionConfigs\)/,
    );
  });

  it("treats a collection's provider-computed encryptionConfigs as unset during preview", () => {
    const enc = securityPolicy(
      "encryption",
      doc({ Rules: [collectionRule("*")], AWSOwnedKey: true }),
      "enc-all",
    );
    const [violation] = collectionProtected.check(
      [enc, collection("docs", { encryptionConfigs: UNKNOWN })],
      ctx,
    );
    assert.match(violation.message, /AWS-owned key by encryption policy "enc-all"/);
  });

  it("leaves encryptionConfigs computed from a key of the stack to the update run", () => {
    const enc = securityPolicy(
      "encryption",
      doc({ Rules: [collectionRule("*")], AWSOwnedKey: true }),
      "enc-all",
    );
    const key = stackResource(KMS_KEY, "vector-key", { arn: UNKNOWN });
    const c = stackResource(
      COLLECTION,
      "docs",
      { name: "docs", type: "VECTORSEARCH", encryptionConfigs: UNKNOWN },
      { encryptionConfigs: [key] },
    );
    assert.deepEqual(collectionProtected.check([enc, key, c], ctx), []);
  });

  it("decides from what is known during preview: an unknown policy computed from a stack key and depended on is a CMK", () => {
    const key = stackResource(KMS_KEY, "vector-key", { arn: UNKNOWN });
    const enc = securityPolicy("encryption", UNKNOWN, "enc", { policy: [key] });
    assert.deepEqual(collectionProtected.check([key, enc, collection("docs", {}, [enc])], ctx), []);
  });

  it("leaves a collection to the update run when an unknown policy may cover it, or its name is unknown", () => {
    const enc = securityPolicy("encryption", UNKNOWN, "enc");
    assert.deepEqual(collectionProtected.check([enc, collection("docs")], ctx), []);
    assert.deepEqual(collectionProtected.check([collection("x", { name: UNKNOWN })], ctx), []);
  });
});

describe("opensearch-domain-encrypted-at-rest", () => {
  const domain = (props: Record<string, unknown>, name = "vectors") => resource(DOMAIN, props, name);

  it("passes encryption with a key reference (known or unknown), and the legacy Elasticsearch type", () => {
    assert.deepEqual(atRest.check(domain({ encryptAtRest: { enabled: true, kmsKeyId: UNKNOWN } }), ctx), []);
    assert.deepEqual(
      atRest.check(resource(ES_DOMAIN, { encryptAtRest: { enabled: true, kmsKeyId: KEY_ARN } }), ctx),
      [],
    );
  });

  it("fails encryption left out, with the exact message, and the AWS-managed key", () => {
    assert.deepEqual(atRest.check(domain({}), ctx), [
      "Data at rest is not encrypted (left out, encryptAtRest is off): set encryptAtRest: { enabled: true, kmsKeyId: key.arn }.",
    ]);
    assert.match(atRest.check(domain({ encryptAtRest: { enabled: true } }), ctx)[0], /AWS-managed key/);
  });

  it("fails a kmsKeyId that names the AWS managed key, by alias or alias ARN", () => {
    assert.deepEqual(
      atRest.check(domain({ encryptAtRest: { enabled: true, kmsKeyId: "alias/aws/es" } }), ctx),
      [
        "Data at rest is encrypted with the AWS managed key alias/aws/es: set encryptAtRest.kmsKeyId to a customer-managed KMS key.",
      ],
    );
    const arn = "arn:aws:kms:eu-west-1:111122223333:alias/aws/es";
    assert.equal(atRest.check(domain({ encryptAtRest: { enabled: true, kmsKeyId: arn } }), ctx).length, 1);
  });

  it("lets an unknown flag reach the SDK", () => {
    assert.throws(() => atRest.check(domain({ encryptAtRest: { enabled: UNKNOWN } }), ctx), /can't be known/);
  });
});

describe("opensearch-domain-node-to-node-encryption", () => {
  const domain = (props: Record<string, unknown>, name = "vectors") => resource(DOMAIN, props, name);

  it("passes node-to-node encryption", () => {
    assert.deepEqual(nodeToNode.check(domain({ nodeToNodeEncryption: { enabled: true } }), ctx), []);
  });

  it("fails it left out or off", () => {
    assert.deepEqual(nodeToNode.check(domain({}), ctx), [
      "Traffic between the domain's nodes is not encrypted (left out, it is off): set nodeToNodeEncryption.enabled to true.",
    ]);
    assert.equal(nodeToNode.check(domain({ nodeToNodeEncryption: { enabled: false } }), ctx).length, 1);
  });

  it("lets an unknown flag reach the SDK", () => {
    assert.throws(
      () => nodeToNode.check(domain({ nodeToNodeEncryption: { enabled: UNKNOWN } }), ctx),
      /can't be known/,
    );
  });

  it("remediates in place on OpenSearch and Elasticsearch 6.7+, never on older Elasticsearch", () => {
    const fixed = remediated(
      nodeToNode,
      domain({ engineVersion: "OpenSearch_2.13", vpcOptions: { subnetIds: [UNKNOWN] } }),
      ctx,
    );
    assert.deepEqual(
      { ...fixed },
      {
        engineVersion: "OpenSearch_2.13",
        vpcOptions: { subnetIds: [UNKNOWN] },
        nodeToNodeEncryption: { enabled: true },
      },
    );
    assert.notEqual(remediated(nodeToNode, domain({}), ctx), undefined);
    assert.notEqual(
      remediated(nodeToNode, resource(ES_DOMAIN, { elasticsearchVersion: "7.10" }), ctx),
      undefined,
    );
    assert.equal(
      remediated(nodeToNode, resource(ES_DOMAIN, { elasticsearchVersion: "6.3" }), ctx),
      undefined,
    );
    assert.equal(remediated(nodeToNode, resource(ES_DOMAIN, {}), ctx), undefined);
    assert.equal(remediated(nodeToNode, domain({ nodeToNodeEncryption: { enabled: true } }), ctx), undefined);
  });
});

describe("opensearch-domain-https-only", () => {
  const domain = (props: Record<string, unknown>, name = "vectors") => resource(DOMAIN, props, name);

  it("passes HTTPS with TLS 1.2 (enforceHttps defaults to true inside the block)", () => {
    assert.deepEqual(
      https.check(
        domain({
          domainEndpointOptions: { enforceHttps: true, tlsSecurityPolicy: "Policy-Min-TLS-1-2-PFS-2023-10" },
        }),
        ctx,
      ),
      [],
    );
    assert.deepEqual(
      https.check(
        domain({ domainEndpointOptions: { tlsSecurityPolicy: "Policy-Min-TLS-1-2-2019-07" } }),
        ctx,
      ),
      [],
    );
  });

  it("fails a domain that leaves the endpoint options out", () => {
    assert.deepEqual(https.check(domain({}), ctx), [
      "HTTPS is not enforced (domainEndpointOptions is left out, so AWS accepts plain HTTP): set domainEndpointOptions.enforceHttps to true.",
      'The TLS security policy is not set, so the domain may still accept TLS 1.0: set domainEndpointOptions.tlsSecurityPolicy to "Policy-Min-TLS-1-2-PFS-2023-10" (or "Policy-Min-TLS-1-2-2019-07").',
    ]);
  });

  it("fails plain HTTP allowed and TLS 1.0", () => {
    assert.match(
      https.check(
        domain({
          domainEndpointOptions: { enforceHttps: false, tlsSecurityPolicy: "Policy-Min-TLS-1-2-2019-07" },
        }),
        ctx,
      )[0],
      /HTTPS is not enforced/,
    );
    assert.match(
      https.check(
        domain({ domainEndpointOptions: { tlsSecurityPolicy: "Policy-Min-TLS-1-0-2019-07" } }),
        ctx,
      )[0],
      /"Policy-Min-TLS-1-0-2019-07"/,
    );
  });

  it("decides from what is known", () => {
    assert.equal(
      https.check(
        domain({
          domainEndpointOptions: { enforceHttps: UNKNOWN, tlsSecurityPolicy: "Policy-Min-TLS-1-0-2019-07" },
        }),
        ctx,
      ).length,
      1,
    );
    assert.throws(
      () =>
        https.check(
          domain({
            domainEndpointOptions: { enforceHttps: UNKNOWN, tlsSecurityPolicy: "Policy-Min-TLS-1-2-2019-07" },
          }),
          ctx,
        ),
      /can't be known/,
    );
  });
});

describe("opensearch-domain-in-vpc", () => {
  const domain = (props: Record<string, unknown>, name = "vectors") => resource(DOMAIN, props, name);

  it("passes a domain in private subnets, whose ids are unknown during preview", () => {
    assert.deepEqual(
      inVpc.check(
        domain({ vpcOptions: { subnetIds: [UNKNOWN, UNKNOWN], securityGroupIds: [UNKNOWN] } }),
        ctx,
      ),
      [],
    );
  });

  it("fails a public domain", () => {
    assert.deepEqual(inVpc.check(domain({}), ctx), [
      "The domain has a public endpoint: set vpcOptions with private subnetIds and securityGroupIds.",
    ]);
    assert.equal(inVpc.check(domain({ vpcOptions: { subnetIds: [] } }), ctx).length, 1);
  });

  it("treats vpcOptions that are wholly unknown as set", () => {
    assert.deepEqual(inVpc.check(domain({ vpcOptions: UNKNOWN }), ctx), []);
  });
});

describe("opensearch-domain-fine-grained-access-control", () => {
  const domain = (props: Record<string, unknown>, name = "vectors") => resource(DOMAIN, props, name);

  it("passes fine-grained access control without anonymous access", () => {
    assert.deepEqual(
      fgac.check(
        domain({ advancedSecurityOptions: { enabled: true, masterUserOptions: { masterUserArn: UNKNOWN } } }),
        ctx,
      ),
      [],
    );
  });

  it("fails it left out, with the exact message, and anonymous access", () => {
    assert.deepEqual(fgac.check(domain({}), ctx), [
      "Fine-grained access control is off: set advancedSecurityOptions.enabled to true with an IAM master user (masterUserOptions.masterUserArn).",
    ]);
    assert.match(
      fgac.check(domain({ advancedSecurityOptions: { enabled: true, anonymousAuthEnabled: true } }), ctx)[0],
      /Anonymous requests/,
    );
  });

  it("lets an unknown flag reach the SDK", () => {
    assert.throws(
      () => fgac.check(domain({ advancedSecurityOptions: { enabled: UNKNOWN } }), ctx),
      /can't be known/,
    );
  });
});

describe("rds-storage-encrypted", () => {
  it("passes encrypted storage, with a CMK for knowledge bases", () => {
    assert.deepEqual(rdsEncrypted.check(resource(RDS_INSTANCE, { storageEncrypted: true }), ctx), []);
    assert.deepEqual(
      rdsEncrypted.check(
        resource(RDS_CLUSTER, { storageEncrypted: true, kmsKeyId: UNKNOWN, tags: KB_TAGS }),
        ctx,
      ),
      [],
    );
  });

  it("fails every database that leaves storage unencrypted (tagged or not), with the exact message", () => {
    assert.deepEqual(rdsEncrypted.check(resource(RDS_INSTANCE, { engine: "postgres" }), ctx), [
      "The database storage is not encrypted (AWS's default for RDS and Aurora provisioned clusters): set storageEncrypted to true and kmsKeyId to a customer-managed key.",
    ]);
    assert.equal(
      rdsEncrypted.check(resource(RDS_CLUSTER, { engine: "aurora-postgresql", storageEncrypted: false }), ctx)
        .length,
      1,
    );
  });

  it("fails a knowledge-base database on the AWS-managed key only", () => {
    assert.match(
      rdsEncrypted.check(resource(RDS_INSTANCE, { storageEncrypted: true, tags: KB_TAGS }), ctx)[0],
      /knowledge base .* aws\/rds key/,
    );
  });

  it("leaves read replicas and Aurora Serverless v1 to their source and AWS", () => {
    assert.deepEqual(rdsEncrypted.check(resource(RDS_INSTANCE, { replicateSourceDb: UNKNOWN }), ctx), []);
    assert.deepEqual(rdsEncrypted.check(resource(RDS_CLUSTER, { engineMode: "serverless" }), ctx), []);
  });

  it("lets an unknown flag reach the SDK", () => {
    assert.throws(
      () => rdsEncrypted.check(resource(RDS_INSTANCE, { storageEncrypted: UNKNOWN }), ctx),
      /can't be known/,
    );
  });
});

describe("rds-not-publicly-accessible", () => {
  it("passes private instances (left out, the provider sends false)", () => {
    assert.deepEqual(notPublic.check(resource(RDS_INSTANCE, {}), ctx), []);
    assert.deepEqual(notPublic.check(resource(RDS_CLUSTER_INSTANCE, { publiclyAccessible: false }), ctx), []);
  });

  it("fails a public instance and a public Aurora cluster instance", () => {
    assert.deepEqual(notPublic.check(resource(RDS_INSTANCE, { publiclyAccessible: true }), ctx), [
      "The database has a public endpoint: set publiclyAccessible to false and reach it from private subnets.",
    ]);
    assert.equal(
      notPublic.check(resource(RDS_CLUSTER_INSTANCE, { publiclyAccessible: true }), ctx).length,
      1,
    );
  });

  it("lets an unknown flag reach the SDK", () => {
    assert.throws(
      () => notPublic.check(resource(RDS_INSTANCE, { publiclyAccessible: UNKNOWN }), ctx),
      /can't be known/,
    );
  });
});

describe("rds-knowledge-base-iam-auth", () => {
  const kb = (props: Record<string, unknown>, name = "kb-db") =>
    resource(RDS_CLUSTER, { engine: "aurora-postgresql", tags: KB_TAGS, ...props }, name);

  it("passes a knowledge-base database with IAM authentication", () => {
    assert.deepEqual(iamAuth.check(kb({ iamDatabaseAuthenticationEnabled: true }), ctx), []);
  });

  it("fails a knowledge-base database without it", () => {
    assert.deepEqual(iamAuth.check(kb({}), ctx), [
      "IAM database authentication is off: set iamDatabaseAuthenticationEnabled to true so each retriever and ingestion role signs in with its own short-lived token.",
    ]);
  });

  it("ignores untagged databases and engines without IAM authentication", () => {
    assert.deepEqual(iamAuth.check(resource(RDS_INSTANCE, { engine: "postgres" }), ctx), []);
    assert.deepEqual(iamAuth.check(kb({ engine: "sqlserver-se" }), ctx), []);
  });

  it("decides from what is known: an unknown tag value is not a knowledge-base tag; an unknown flag reaches the SDK", () => {
    assert.deepEqual(iamAuth.check(kb({ tags: { "data-class": UNKNOWN } }), ctx), []);
    assert.throws(
      () => iamAuth.check(kb({ iamDatabaseAuthenticationEnabled: UNKNOWN }), ctx),
      /can't be known/,
    );
  });

  it("remediates by turning IAM authentication on and keeping the rest", () => {
    const fixed = remediated(iamAuth, kb({ masterPassword: UNKNOWN }), ctx);
    assert.deepEqual(
      { ...fixed },
      {
        engine: "aurora-postgresql",
        tags: KB_TAGS,
        masterPassword: UNKNOWN,
        iamDatabaseAuthenticationEnabled: true,
      },
    );
    assert.equal(remediated(iamAuth, kb({ iamDatabaseAuthenticationEnabled: true }), ctx), undefined);
    assert.equal(
      remediation(iamAuth, kb({ iamDatabaseAuthenticationEnabled: UNKNOWN }), ctx).kind,
      "unknown",
    );
  });
});
