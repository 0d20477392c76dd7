import { strict as assert } from "assert";
import { POLICIES } from "../../../policypack/policies";
import type { ResourcePolicyDefinition, StackPolicyDefinition } from "../../../policypack/framework/types";
import { AWS_MANAGED_KEY_ID_PREFIX } from "../../../policypack/vocabulary";
import { contextAt, resource, stackResource, UNKNOWN } from "../support";

/**
 * Every customer-managed-key policy, given each form of an AWS-managed key where it expects a key:
 * it must fail, while a customer-managed key (known or still unknown) passes.
 */
const AWS_MANAGED_FORMS = (service: string) => [
  `alias/aws/${service}`,
  `arn:aws:kms:us-east-1:111122223333:alias/aws/${service}`,
  `arn:aws-us-gov:kms:us-gov-west-1:111122223333:alias/aws/${service}`,
  `arn:aws:kms:us-east-1:111122223333:key/${AWS_MANAGED_KEY_ID_PREFIX}00000000abcd`,
];
const CMK = "arn:aws:kms:us-east-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab";
const KB_TAGS = { "data-class": "knowledge-base" };

/** A resource of the policy's type whose key is `key`. */
const RESOURCE_CASES: Record<string, { type: string; service: string; props: (key: unknown) => object }> = {
  "ecr-repository-encrypted-with-cmk": {
    type: "aws:ecr/repository:Repository",
    service: "ecr",
    props: (key) => ({ encryptionConfigurations: [{ encryptionType: "KMS", kmsKey: key }] }),
  },
  "sagemaker-notebook-encrypted-with-cmk": {
    type: "aws:sagemaker/notebookInstance:NotebookInstance",
    service: "sagemaker",
    props: (key) => ({ instanceType: "ml.t3.medium", kmsKeyId: key }),
  },
  "sagemaker-domain-encrypted-with-cmk": {
    type: "aws:sagemaker/domain:Domain",
    service: "sagemaker",
    props: (key) => ({ domainName: "d", kmsKeyId: key }),
  },
  "opensearch-domain-encrypted-at-rest": {
    type: "aws:opensearch/domain:Domain",
    service: "es",
    props: (key) => ({ encryptAtRest: { enabled: true, kmsKeyId: key } }),
  },
  "rds-storage-encrypted": {
    type: "aws:rds/instance:Instance",
    service: "rds",
    props: (key) => ({ engine: "postgres", storageEncrypted: true, kmsKeyId: key, tags: KB_TAGS }),
  },
  "secretsmanager-secret-uses-cmk": {
    type: "aws:secretsmanager/secret:Secret",
    service: "secretsmanager",
    props: (key) => ({ name: "s", kmsKeyId: key }),
  },
  "cloudwatch-log-group-encrypted-with-cmk": {
    type: "aws:cloudwatch/logGroup:LogGroup",
    service: "logs",
    props: (key) => ({ name: "g", kmsKeyId: key, tags: { "data-class": "prompt-logs" } }),
  },
  "bedrock-guardrail-encrypted-with-cmk": {
    type: "aws:bedrock/guardrail:Guardrail",
    service: "bedrock",
    props: (key) => ({ name: "g", kmsKeyArn: key }),
  },
  "bedrock-agent-encrypted-with-cmk": {
    type: "aws:bedrock/agentAgent:AgentAgent",
    service: "bedrock",
    props: (key) => ({ agentName: "a", customerEncryptionKeyArn: key }),
  },
};

const byName = (name: string) => {
  const def = POLICIES.find((p) => p.name === name);
  assert.ok(def, `no policy ${name}`);
  return def;
};

describe("customer-managed-key policies reject AWS-managed keys", () => {
  for (const [name, c] of Object.entries(RESOURCE_CASES)) {
    describe(name, () => {
      const def = () => byName(name) as ResourcePolicyDefinition;
      const check = (key: unknown) =>
        def().check(resource(c.type, c.props(key) as Record<string, unknown>), contextAt(5));

      it("passes a customer-managed key, known or unknown", () => {
        assert.deepEqual([check(CMK), check(UNKNOWN)], [[], []]);
      });

      for (const form of AWS_MANAGED_FORMS(c.service)) {
        it(`fails ${form}`, () => {
          assert.equal(check(form).length, 1);
        });
      }
    });
  }

  describe("s3-bucket-encrypted-with-cmk", () => {
    const SSE = "aws:s3/bucketServerSideEncryptionConfiguration:BucketServerSideEncryptionConfiguration";
    const run = (key: unknown) => {
      const bucket = stackResource("aws:s3/bucket:Bucket", "data", { bucket: "data", tags: {} });
      const rule = { applyServerSideEncryptionByDefault: { sseAlgorithm: "aws:kms", kmsMasterKeyId: key } };
      const sse = stackResource(SSE, "sse", { bucket: "data", rules: [rule] }, { bucket: [bucket] });
      return (byName("s3-bucket-encrypted-with-cmk") as StackPolicyDefinition).check(
        [bucket, sse],
        contextAt(5),
      );
    };

    it("passes a customer-managed key", () => {
      assert.deepEqual(run(CMK), []);
    });

    for (const form of AWS_MANAGED_FORMS("s3")) {
      it(`fails ${form}`, () => {
        assert.equal(run(form).length, 1);
      });
    }
  });

  describe("cost-alert-topic-encrypted", () => {
    it("names the AWS-managed key in any form", () => {
      const def = POLICIES.find((p) => p.kind === "stack" && p.name.includes("alert-topic"));
      assert.ok(def);
      const topic = stackResource("aws:sns/topic:Topic", "alerts", {
        kmsMasterKeyId: "arn:aws:kms:us-east-1:111122223333:alias/aws/sns",
      });
      const budget = stackResource(
        "aws:budgets/budget:Budget",
        "b",
        { notifications: [{ subscriberSnsTopicArns: [UNKNOWN] }] },
        { notifications: [topic] },
      );
      const found = (def as StackPolicyDefinition).check([topic, budget], contextAt(5));
      assert.deepEqual(
        found.map((v) =>
          v.message.includes("uses the AWS-managed key arn:aws:kms:us-east-1:111122223333:alias/aws/sns"),
        ),
        [true],
      );
    });
  });
});
