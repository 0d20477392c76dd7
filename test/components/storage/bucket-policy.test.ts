import { runSimulation, type Simulation } from "@cloud-copilot/iam-simulate";
import { strict as assert } from "assert";
import { buildBucketPolicy, type BucketPolicyInput } from "../../../components/storage";

const ACCOUNT = "123456789012";
const WRITER = `arn:aws:iam::${ACCOUNT}:role/trainer`;
const KEY = `arn:aws:kms:us-east-1:${ACCOUNT}:key/1234abcd-12ab-34cd-56ef-1234567890ab`;
const INPUT: BucketPolicyInput = {
  partition: "aws",
  bucketName: "train-abc1234",
  requireEncryptionHeader: true,
};

/** The decision for a request by a principal whose IAM policy allows all of S3. */
async function decide(
  input: BucketPolicyInput,
  action: string,
  context: Record<string, string>,
  principal = WRITER,
): Promise<string> {
  const simulation: Simulation = {
    request: {
      principal,
      action,
      resource: { resource: `arn:aws:s3:::${input.bucketName}/data/part-0.jsonl`, accountId: ACCOUNT },
      contextVariables: { "aws:SecureTransport": "true", ...context },
    },
    identityPolicies: principal.startsWith("arn:aws:iam::")
      ? [
          {
            name: "s3",
            policy: {
              Version: "2012-10-17",
              Statement: [{ Effect: "Allow", Action: "s3:*", Resource: "*" }],
            },
          },
        ]
      : [],
    serviceControlPolicies: [],
    resourceControlPolicies: [],
    resourcePolicy: buildBucketPolicy(input),
  };
  const result = await runSimulation(simulation, {});
  if (result.resultType === "error") {
    throw new Error(JSON.stringify(result.errors));
  }
  return result.overallResult;
}

const KMS = { "s3:x-amz-server-side-encryption": "aws:kms" };

describe("AiDataBucket bucket policy", () => {
  it("builds ARNs from the bucket name and partition", () => {
    const tls = buildBucketPolicy({ ...INPUT, partition: "aws-cn" }).Statement[0];
    assert.deepEqual(tls.Resource, ["arn:aws-cn:s3:::train-abc1234", "arn:aws-cn:s3:::train-abc1234/*"]);
  });

  it("denies every S3 action to everyone when aws:SecureTransport is false", () => {
    const tls = buildBucketPolicy(INPUT).Statement.find((s) => s.Sid === "DenyInsecureTransport");
    assert.deepEqual(
      { effect: tls?.Effect, principal: tls?.Principal, action: tls?.Action, condition: tls?.Condition },
      {
        effect: "Deny",
        principal: "*",
        action: "s3:*",
        condition: { Bool: { "aws:SecureTransport": "false" } },
      },
    );
  });

  it("denies a read over plain HTTP", async () => {
    assert.equal(await decide(INPUT, "s3:GetObject", { "aws:SecureTransport": "false" }), "ExplicitlyDenied");
  });

  it("allows a PutObject over TLS that asks for SSE-KMS", async () => {
    assert.equal(await decide(INPUT, "s3:PutObject", KMS), "Allowed");
  });

  it("denies a PutObject that asks for SSE-S3", async () => {
    assert.equal(
      await decide(INPUT, "s3:PutObject", { "s3:x-amz-server-side-encryption": "AES256" }),
      "ExplicitlyDenied",
    );
  });

  it("denies a PutObject without an encryption header by default", async () => {
    assert.equal(await decide(INPUT, "s3:PutObject", {}), "ExplicitlyDenied");
  });

  it("with requireEncryptionHeader false, allows a PutObject without a header but still denies SSE-S3", async () => {
    const relaxed = { ...INPUT, requireEncryptionHeader: false };
    assert.equal(await decide(relaxed, "s3:PutObject", {}), "Allowed");
    assert.equal(
      await decide(relaxed, "s3:PutObject", { "s3:x-amz-server-side-encryption": "AES256" }),
      "ExplicitlyDenied",
    );
  });

  it("with a pinned key, denies a PutObject naming another key and allows one naming none", async () => {
    const pinned = { ...INPUT, kmsKeyArn: KEY };
    const other = {
      ...KMS,
      "s3:x-amz-server-side-encryption-aws-kms-key-id": KEY.replace("1234abcd", "9999abcd"),
    };
    assert.equal(await decide(pinned, "s3:PutObject", other), "ExplicitlyDenied");
    assert.equal(
      await decide(pinned, "s3:PutObject", { ...KMS, "s3:x-amz-server-side-encryption-aws-kms-key-id": KEY }),
      "Allowed",
    );
    assert.equal(await decide(pinned, "s3:PutObject", KMS), "Allowed");
  });

  it("grants nothing: every other statement is a Deny", () => {
    assert.deepEqual(
      buildBucketPolicy({ ...INPUT, kmsKeyArn: KEY }).Statement.map((s) => s.Effect),
      ["Deny", "Deny", "Deny"],
    );
  });

  it("as an access-log target, lets S3 log delivery of this account write", () => {
    const grant = buildBucketPolicy({ ...INPUT, acceptAccessLogsFromAccount: ACCOUNT }).Statement.find(
      (s) => s.Sid === "AllowAccessLogDelivery",
    );
    assert.deepEqual(grant?.Principal, { Service: "logging.s3.amazonaws.com" });
    assert.deepEqual(grant?.Condition, { StringEquals: { "aws:SourceAccount": ACCOUNT } });
  });
});
