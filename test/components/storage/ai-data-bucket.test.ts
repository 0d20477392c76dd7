import { strict as assert } from "assert";
import { AiDataBucket, type AiDataBucketArgs } from "../../../components/storage";
import { isUnknown, only, resourceErrorMessage, run, valueOf, type Registered } from "../support";
import { statementsOf, withSid } from "../policy-json";
import { illTyped } from "../../readers";

const T = {
  bucket: "aws:s3/bucket:Bucket",
  sse: "aws:s3/bucketServerSideEncryptionConfiguration:BucketServerSideEncryptionConfiguration",
  pab: "aws:s3/bucketPublicAccessBlock:BucketPublicAccessBlock",
  ownership: "aws:s3/bucketOwnershipControls:BucketOwnershipControls",
  versioning: "aws:s3/bucketVersioning:BucketVersioning",
  policy: "aws:s3/bucketPolicy:BucketPolicy",
  lifecycle: "aws:s3/bucketLifecycleConfiguration:BucketLifecycleConfiguration",
  logging: "aws:s3/bucketLogging:BucketLogging",
  lock: "aws:s3/bucketObjectLockConfiguration:BucketObjectLockConfiguration",
  key: "aws:kms/key:Key",
};
const APP = "arn:aws:iam::123456789012:role/trainer";
const OWN_KEY = "arn:aws:kms:us-east-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab";

async function bucketOf(
  args: AiDataBucketArgs,
  mode: "preview" | "update" = "update",
  name = "train",
): Promise<Registered[]> {
  const { resources, error } = await run(mode, () => new AiDataBucket(name, args));
  assert.equal(error, undefined);
  return resources;
}

/** Runs with invalid args: asserts nothing but the component was registered, returns the message. */
async function rejection(args: AiDataBucketArgs, name = "train"): Promise<string> {
  const { resources, error } = await run("preview", () => new AiDataBucket(name, args));
  assert.deepEqual(
    resources.map((r) => r.type),
    ["scopeguard:storage:AiDataBucket"],
  );
  return resourceErrorMessage(error);
}

/** The statements of the policy of the only resource of `type`. */
const statementsIn = (resources: Registered[], type = T.policy) =>
  statementsOf(only(resources, type).inputs.policy);

describe("AiDataBucket", () => {
  it("creates the bucket, its key and every configuration resource under the component", async () => {
    const resources = await bucketOf({ dataClass: "training-data" });
    const component = only(resources, "scopeguard:storage:AiDataBucket");
    const children = resources
      .filter((r) => r.parent === component.urn)
      .map((r) => r.type)
      .sort();
    assert.deepEqual(
      children,
      ["scopeguard:kms:Key", T.bucket, T.lifecycle, T.ownership, T.policy, T.pab, T.sse, T.versioning].sort(),
    );
  });

  it("encrypts with SSE-KMS under the key it creates, with a bucket key", async () => {
    const resources = await bucketOf({ dataClass: "training-data" });
    const rule = only(resources, T.sse).inputs.rules[0];
    assert.equal(rule.applyServerSideEncryptionByDefault.sseAlgorithm, "aws:kms");
    assert.equal(rule.applyServerSideEncryptionByDefault.kmsMasterKeyId, only(resources, T.key).state.arn);
    assert.equal(rule.bucketKeyEnabled, true);
  });

  it("turns on all four public access blocks", async () => {
    const pab = only(await bucketOf({ dataClass: "prompt-logs" }), T.pab).inputs;
    assert.deepEqual(
      [pab.blockPublicAcls, pab.blockPublicPolicy, pab.ignorePublicAcls, pab.restrictPublicBuckets],
      [true, true, true, true],
    );
  });

  it("disables ACLs with BucketOwnerEnforced", async () => {
    assert.deepEqual(only(await bucketOf({ dataClass: "prompt-logs" }), T.ownership).inputs.rule, {
      objectOwnership: "BucketOwnerEnforced",
    });
  });

  it("enables versioning by default, for every class", async () => {
    assert.equal(
      only(await bucketOf({ dataClass: "audit-logs" }), T.versioning).inputs.versioningConfiguration.status,
      "Enabled",
    );
  });

  it("leaves versioning out only when a non-model class asks for it", async () => {
    assert.equal(
      (await bucketOf({ dataClass: "prompt-logs", versioning: false })).some((r) => r.type === T.versioning),
      false,
    );
  });

  it("denies non-TLS requests and PutObject without SSE-KMS in the bucket policy", async () => {
    const [tls, kms] = statementsIn(await bucketOf({ dataClass: "training-data" }));
    assert.deepEqual(tls.Condition, { Bool: { "aws:SecureTransport": "false" } });
    assert.deepEqual(tls.Resource, ["arn:aws:s3:::train-9e91ba7", "arn:aws:s3:::train-9e91ba7/*"]);
    assert.deepEqual(
      [kms.Effect, kms.Action, kms.Condition],
      ["Deny", "s3:PutObject", { StringNotEquals: { "s3:x-amz-server-side-encryption": "aws:kms" } }],
    );
  });

  it("is preview-safe: the policy document and every bucket reference are known during preview", async () => {
    const resources = await bucketOf({ dataClass: "training-data" }, "preview");
    const name = only(resources, T.bucket).state.bucket;
    assert.match(name, /^train-[0-9a-f]{7}$/);
    assert.equal(
      isUnknown(only(resources, T.bucket).state.arn),
      true,
      "the mocks must keep the ARN unknown in preview",
    );
    for (const type of [T.sse, T.pab, T.ownership, T.versioning, T.policy, T.lifecycle]) {
      assert.equal(only(resources, type).inputs.bucket, name, type);
    }
    assert.equal(statementsIn(resources).length, 2);
  });

  it("denies other KMS keys when asked, with the key's ARN", async () => {
    const statements = statementsIn(
      await bucketOf({ dataClass: "training-data", kmsKeyArn: OWN_KEY, denyOtherKmsKeys: true }),
    );
    assert.deepEqual(statements[2].Condition.StringNotEquals, {
      "s3:x-amz-server-side-encryption-aws-kms-key-id": OWN_KEY,
    });
  });

  it("uses a given key and creates none", async () => {
    const resources = await bucketOf({ dataClass: "training-data", kmsKeyArn: OWN_KEY });
    assert.equal(
      resources.some((r) => r.type === T.key),
      false,
    );
    assert.equal(
      only(resources, T.sse).inputs.rules[0].applyServerSideEncryptionByDefault.kmsMasterKeyId,
      OWN_KEY,
    );
  });

  it("lets account principals use the created key through S3 only, when no key users are named", async () => {
    const key = statementsIn(await bucketOf({ dataClass: "training-data" }), T.key);
    const via = withSid(key, "AccountUseThroughServices");
    assert.deepEqual(via.Condition, {
      StringEquals: { "kms:CallerAccount": "123456789012", "kms:ViaService": ["s3.us-east-1.amazonaws.com"] },
    });
  });

  it("grants the created key to the named key users only, when given", async () => {
    const key = statementsIn(await bucketOf({ dataClass: "training-data", keyUsers: [APP] }), T.key);
    assert.deepEqual(
      key.map((s) => s.Sid),
      ["AccountRootKeyRecoveryOnly", "KeyUse"],
    );
  });

  it("keeps prompt logs for the given retention", async () => {
    const [rule] = only(await bucketOf({ dataClass: "prompt-logs", retentionDays: 30 }), T.lifecycle).inputs
      .rules;
    assert.deepEqual([rule.expiration.days, rule.noncurrentVersionExpiration.noncurrentDays], [30, 1]);
  });

  it("archives and keeps audit logs at least the minimum", async () => {
    const [rule] = only(await bucketOf({ dataClass: "audit-logs", retentionDays: 365 }), T.lifecycle).inputs
      .rules;
    assert.deepEqual([rule.transitions[0].storageClass, rule.expiration.days], ["GLACIER_IR", 365]);
  });

  it("bounds old versions of training data", async () => {
    const [rule] = only(
      await bucketOf({ dataClass: "training-data", noncurrentVersionRetentionDays: 180 }),
      T.lifecycle,
    ).inputs.rules;
    assert.deepEqual(
      [
        rule.noncurrentVersionExpiration.noncurrentDays,
        rule.abortIncompleteMultipartUpload.daysAfterInitiation,
      ],
      [180, 7],
    );
  });

  it("locks model artifacts for 30 days in governance mode", async () => {
    const resources = await bucketOf({ dataClass: "model-artifacts" });
    assert.equal(only(resources, T.bucket).inputs.objectLockEnabled, true);
    assert.deepEqual(only(resources, T.lock).inputs.rule, {
      defaultRetention: { mode: "GOVERNANCE", days: 30 },
    });
  });

  it("sends access logs to the given bucket under the component's prefix", async () => {
    const logging = only(
      await bucketOf({ dataClass: "training-data", accessLogs: { targetBucket: "logs-1234567" } }),
      T.logging,
    ).inputs;
    assert.deepEqual([logging.targetBucket, logging.targetPrefix], ["logs-1234567", "train/"]);
  });

  it("as an access-log target, admits log delivery and lets it use the key", async () => {
    const resources = await bucketOf(
      { dataClass: "audit-logs", accessLogTarget: true },
      "update",
      "access-logs",
    );
    const sids = statementsIn(resources).map((s) => s.Sid);
    assert.deepEqual(sids, [
      "DenyInsecureTransport",
      "DenyObjectsNotEncryptedWithKms",
      "AllowAccessLogDelivery",
    ]);
    assert.deepEqual(statementsIn(resources)[1].Condition.Null, {
      "s3:x-amz-server-side-encryption": "false",
    });
    const grant = withSid(statementsIn(resources, T.key), "ServiceUse0");
    assert.deepEqual(grant.Principal, { Service: "logging.s3.amazonaws.com" });
  });

  it("tags the bucket and its key with the shared AI tags", async () => {
    const resources = await bucketOf({
      dataClass: "training-data",
      system: "fraud-llm",
      owner: "ml-platform",
    });
    const expected = {
      "ai-scope": "4",
      "ai-system": "fraud-llm",
      owner: "ml-platform",
      "data-class": "training-data",
    };
    assert.deepEqual(only(resources, T.bucket).inputs.tags, expected);
    assert.deepEqual(only(resources, T.key).inputs.tags, expected);
  });

  it("exports the bucket name, ARN and key ARN", async () => {
    let bucket: AiDataBucket | undefined;
    await run(
      "update",
      () => (bucket = new AiDataBucket("train", { dataClass: "training-data", kmsKeyArn: OWN_KEY })),
    );
    assert.equal(await valueOf(bucket!.bucketName), "train-9e91ba7");
    assert.equal(await valueOf(bucket!.bucketArn), "arn:aws:s3:::train-9e91ba7");
    assert.equal(await valueOf(bucket!.keyArn), OWN_KEY);
  });

  it("rejects an unknown data class before creating anything", async () => {
    assert.equal(
      await rejection({ dataClass: illTyped("embeddings") }),
      'AiDataBucket "train": dataClass "embeddings" is not a known data class; set it to one of training-data, model-artifacts, prompt-logs, audit-logs, knowledge-base.',
    );
  });

  it("rejects prompt-log retention above the maximum", async () => {
    assert.equal(
      await rejection({ dataClass: "prompt-logs", retentionDays: 1000 }),
      'AiDataBucket "train": retentionDays must be a whole number of days from 1 to 400 for prompt-logs (got 1000); leave it unset for 90.',
    );
  });

  it("rejects versioning: false for training data", async () => {
    assert.equal(
      await rejection({ dataClass: "training-data", versioning: false }),
      'AiDataBucket "train": versioning: false is not allowed for dataClass "training-data", whose stores keep every version so a poisoned or swapped object can be found and rolled back; remove versioning.',
    );
  });

  it("rejects a name that cannot prefix a bucket name", async () => {
    assert.equal(
      await rejection({ dataClass: "training-data" }, "Training_Data"),
      'AiDataBucket "Training_Data": the name "Training_Data" prefixes the S3 bucket name, so it must be 1 to 55 lowercase letters, digits or hyphens, starting with a letter or digit; rename the component.',
    );
  });

  it("rejects an AWS-managed key such as alias/aws/s3", async () => {
    assert.equal(
      await rejection({ dataClass: "training-data", kmsKeyArn: "alias/aws/s3" }),
      'AiDataBucket "train": kmsKeyArn "alias/aws/s3" is an AWS-managed key, whose key policy cannot be restricted or revoked; pass the ARN of a customer-managed key (a ScopedKey) or leave kmsKeyArn out to have one created.',
    );
  });

  it("rejects key users together with a given key", async () => {
    assert.equal(
      await rejection({ dataClass: "training-data", kmsKeyArn: OWN_KEY, keyUsers: [APP] }),
      'AiDataBucket "train": keyAdmins and keyUsers configure the key the bucket creates, but kmsKeyArn brings your own; remove one or the other.',
    );
  });

  it("rejects an access-log target that does not hold audit logs", async () => {
    assert.equal(
      await rejection({ dataClass: "training-data", accessLogTarget: true }),
      'AiDataBucket "train": accessLogTarget: true needs dataClass "audit-logs" (access logs are audit records); got dataClass "training-data".',
    );
  });

  it("rejects unlocked model artifacts from scope 4", async () => {
    assert.equal(
      await rejection({ dataClass: "model-artifacts", objectLockDays: 0 }),
      'AiDataBucket "train": objectLockDays: 0 is not allowed for dataClass "model-artifacts" at scope 4 (fine-tuned model): from scope 4 model artifacts are locked in governance mode, so a swapped artifact cannot replace a signed one; remove objectLockDays, or set it to the days an artifact must stay unchanged.',
    );
  });

  it("appends additionalBucketPolicyStatements after the bucket's own, on the bucket or the objects they name", async () => {
    const resources = await bucketOf({
      dataClass: "audit-logs",
      additionalBucketPolicyStatements: [
        {
          sid: "DeliveryAclCheck",
          effect: "Allow",
          servicePrincipals: ["delivery.logs.amazonaws.com"],
          actions: ["s3:GetBucketAcl"],
        },
        {
          sid: "DeliveryWrite",
          effect: "Allow",
          servicePrincipals: ["delivery.logs.amazonaws.com"],
          actions: ["s3:PutObject"],
          objectKeys: ["flows/*", "dns/*"],
          conditions: [
            { operator: "StringEquals", key: "aws:SourceAccount", values: ["123456789012"] },
            { operator: "StringEquals", key: "s3:x-amz-acl", values: ["bucket-owner-full-control"] },
          ],
        },
      ],
    });
    const bucket = `arn:aws:s3:::${only(resources, T.bucket).state.bucket}`;
    const all = statementsIn(resources);
    assert.deepEqual(
      all.map((s) => s.Sid),
      ["DenyInsecureTransport", "DenyObjectsNotEncryptedWithKms", "DeliveryAclCheck", "DeliveryWrite"],
    );
    assert.deepEqual(all.slice(2), [
      {
        Sid: "DeliveryAclCheck",
        Effect: "Allow",
        Principal: { Service: "delivery.logs.amazonaws.com" },
        Action: "s3:GetBucketAcl",
        Resource: bucket,
      },
      {
        Sid: "DeliveryWrite",
        Effect: "Allow",
        Principal: { Service: "delivery.logs.amazonaws.com" },
        Action: "s3:PutObject",
        Resource: [`${bucket}/flows/*`, `${bucket}/dns/*`],
        Condition: {
          StringEquals: { "aws:SourceAccount": "123456789012", "s3:x-amz-acl": "bucket-owner-full-control" },
        },
      },
    ]);
  });

  it("rejects an added statement that takes the id of one of the bucket's own statements, before creating anything", async () => {
    assert.equal(
      await rejection({
        dataClass: "training-data",
        additionalBucketPolicyStatements: [
          { sid: "DenyInsecureTransport", effect: "Allow", awsPrincipals: [APP], actions: ["s3:GetObject"] },
        ],
      }),
      'AiDataBucket "train": additionalBucketPolicyStatements[0].sid "DenyInsecureTransport" is the id of one of the bucket\'s own statements, which an added statement cannot replace; choose another sid.',
    );
  });

  it("rejects an added statement that names an object by its ARN rather than its key", async () => {
    assert.equal(
      await rejection({
        dataClass: "training-data",
        additionalBucketPolicyStatements: [
          {
            sid: "Read",
            effect: "Allow",
            awsPrincipals: [APP],
            actions: ["s3:GetObject"],
            objectKeys: ["arn:aws:s3:::other-bucket/*"],
          },
        ],
      }),
      'AiDataBucket "train": additionalBucketPolicyStatements[0].objectKeys contains "arn:aws:s3:::other-bucket/*"; name object keys relative to the bucket, such as "AWSLogs/*" (the bucket writes its own ARN in front).',
    );
  });

  it("rejects an added statement without a principal", async () => {
    assert.equal(
      await rejection({
        dataClass: "training-data",
        additionalBucketPolicyStatements: [{ sid: "Read", effect: "Allow", actions: ["s3:GetObject"] }],
      }),
      'AiDataBucket "train": additionalBucketPolicyStatements[0] names no principal; set awsPrincipals or servicePrincipals.',
    );
  });
});
