import { strict as assert } from "assert";
import { AiPlatform } from "../../../components/platform";
import { arn, decide, itDeniesTheDangerousActions, roleOf, type SimulatedRole } from "../iam-simulation";
import { run, type Registered } from "../support";

/**
 * Every role a scope-5 AiPlatform creates, simulated together with the grants the platform adds
 * to them: each may do what its part of the platform needs, and is denied the dangerous actions.
 */
const MODEL = "anthropic.claude-3-5-sonnet-20240620-v1:0";
const EMBEDDING = "amazon.titan-embed-text-v2:0";
const ROTATION = "arn:aws:lambda:us-east-1:123456789012:function:rotate-openai-key";

describe("AiPlatform roles (simulated with iam-simulate)", () => {
  let resources: Registered[];
  let bucketOf: (dataClass: string) => string;
  before(async () => {
    const result = await run(
      "update",
      () =>
        new AiPlatform("support-bot", {
          scope: 5,
          models: [MODEL],
          providerSecrets: [{ provider: "openai", rotationLambdaArn: ROTATION }],
        }),
    );
    assert.equal(result.error, undefined);
    resources = result.resources;
    bucketOf = (dataClass) =>
      resources.find((r) => r.type === "aws:s3/bucket:Bucket" && r.inputs.tags?.["data-class"] === dataClass)
        ?.state.bucket;
  });

  describe("the workload role", () => {
    let role: SimulatedRole;
    before(() => {
      role = roleOf(resources, "support-bot-workload");
    });

    it("invokes the named model", async () => {
      assert.equal(await decide(role, "bedrock:InvokeModel", arn.model(MODEL)), "Allowed");
    });

    it("reads its provider key, and changes no secret", async () => {
      const secret = resources.find((r) => r.type === "aws:secretsmanager/secret:Secret")?.state.name;
      assert.equal(
        await decide(role, "secretsmanager:GetSecretValue", arn.secret(`${secret}-AbC123`)),
        "Allowed",
      );
      assert.equal(
        await decide(role, "secretsmanager:PutSecretValue", arn.secret(`${secret}-AbC123`)),
        "ImplicitlyDenied",
      );
    });

    it("reads neither the training data nor the model artifacts", async () => {
      for (const dataClass of ["training-data", "model-artifacts"]) {
        assert.equal(await decide(role, "s3:GetObject", arn.object(bucketOf(dataClass))), "ImplicitlyDenied");
      }
    });

    itDeniesTheDangerousActions(() => role, { model: EMBEDDING });
  });

  describe("the knowledge-base role", () => {
    let role: SimulatedRole;
    before(() => {
      role = roleOf(resources, "support-bot-kb");
    });

    it("embeds with the embedding model and reaches its collection", async () => {
      const collection = resources.find(
        (r) => r.type === "aws:opensearch/serverlessCollection:ServerlessCollection",
      )?.state.arn;
      assert.equal(await decide(role, "bedrock:InvokeModel", arn.model(EMBEDDING)), "Allowed");
      assert.equal(await decide(role, "aoss:APIAccessAll", collection), "Allowed");
    });

    it("reaches no other collection", async () => {
      const other = "arn:aws:aoss:us-east-1:123456789012:collection/someoneelses";
      assert.equal(await decide(role, "aoss:APIAccessAll", other), "ImplicitlyDenied");
    });

    itDeniesTheDangerousActions(() => role, { model: MODEL });
  });

  describe("the SageMaker Studio execution role", () => {
    let role: SimulatedRole;
    before(() => {
      role = roleOf(resources, "support-bot-studio-execution");
    });

    it("reads the training data and writes the model artifacts", async () => {
      assert.equal(await decide(role, "s3:GetObject", arn.object(bucketOf("training-data"))), "Allowed");
      assert.equal(await decide(role, "s3:PutObject", arn.object(bucketOf("model-artifacts"))), "Allowed");
    });

    it("reads no prompt logs or audit logs", async () => {
      assert.equal(
        await decide(role, "s3:GetObject", arn.object(bucketOf("audit-logs"))),
        "ImplicitlyDenied",
      );
    });

    it("is denied s3:DeleteBucket on the stores it uses", async () => {
      for (const dataClass of ["training-data", "model-artifacts"]) {
        assert.equal(
          await decide(role, "s3:DeleteBucket", arn.bucket(bucketOf(dataClass))),
          "ImplicitlyDenied",
        );
      }
    });

    itDeniesTheDangerousActions(() => role);
  });

  describe("the GPU hosts' role", () => {
    let role: SimulatedRole;
    before(() => {
      role = roleOf(resources, "support-bot-gpu-host");
    });

    it("uses Session Manager through the AWS-managed policy alone", () => {
      assert.deepEqual(role.managedPolicyArns, ["arn:aws:iam::aws:policy/AmazonSSMManagedInstanceCore"]);
    });

    itDeniesTheDangerousActions(() => role);
  });

  describe("the backup role", () => {
    let role: SimulatedRole;
    before(() => {
      role = roleOf(resources, "support-bot-backups-role");
    });

    it("has no inline grant: AWS Backup's managed S3 backup and restore policies do the work", () => {
      assert.deepEqual(
        [role.inlinePolicies, role.managedPolicyArns.map((p) => p.split("/").pop())],
        [[], ["AWSBackupServiceRolePolicyForS3Backup", "AWSBackupServiceRolePolicyForS3Restore"]],
      );
    });

    itDeniesTheDangerousActions(() => role);
  });

  it("creates no role that is not proven here or in its component's suite", () => {
    // The delivery, flow-log and trail roles are proven in invocation-logging.test.ts,
    // flow-log-role.test.ts and trail-role.test.ts.
    assert.deepEqual(
      resources
        .filter((r) => r.type === "aws:iam/role:Role")
        .map((r) => r.name)
        .sort(),
      [
        "support-bot-backups-role",
        "support-bot-gpu-host",
        "support-bot-invocations-delivery",
        "support-bot-kb",
        "support-bot-net-flow-logs",
        "support-bot-studio-execution",
        "support-bot-trail-events",
        "support-bot-workload",
      ],
    );
  });
});
