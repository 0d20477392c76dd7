import * as assert from "node:assert/strict";
import { s3BucketEncryptedWithCmk as cmk } from "../../../policypack/policies/s3/s3-bucket-encrypted-with-cmk";
import { s3BucketObjectLockForModelArtifacts as objectLock } from "../../../policypack/policies/s3/s3-bucket-object-lock-for-model-artifacts";
import { s3BucketPublicAccessBlocked as pab } from "../../../policypack/policies/s3/s3-bucket-public-access-blocked";
import { s3BucketTlsOnly as tls } from "../../../policypack/policies/s3/s3-bucket-tls-only";
import { s3BucketVersioningForModelData as versioning } from "../../../policypack/policies/s3/s3-bucket-versioning-for-model-data";
import type { StackResource } from "../../../policypack/framework/types";
import { contextAt, runThroughSdk, stackResource, UNKNOWN } from "../support";

const BUCKET = "aws:s3/bucket:Bucket";
const SSE = "aws:s3/bucketServerSideEncryptionConfiguration:BucketServerSideEncryptionConfiguration";
const PAB = "aws:s3/bucketPublicAccessBlock:BucketPublicAccessBlock";
const POLICY = "aws:s3/bucketPolicy:BucketPolicy";
const VERSIONING = "aws:s3/bucketVersioning:BucketVersioning";
const OBJECT_LOCK = "aws:s3/bucketObjectLockConfiguration:BucketObjectLockConfiguration";
const ctx = contextAt(1);

/** A bucket as a preview sees it: name known (autonamed at Check), id unknown. */
const bucket = (name = "data", tags: Record<string, string> = {}) =>
  stackResource(BUCKET, name, { bucket: `${name}-1a2b3c4`, id: UNKNOWN, arn: UNKNOWN, tags });
/** A configuration resource linked to `target` through a property dependency, the way Pulumi records it. */
const configOf = (
  type: string,
  target: StackResource,
  props: Record<string, unknown>,
  name = `${target.name}-cfg`,
  dependsOn: Record<string, StackResource[]> = {},
) => stackResource(type, name, { bucket: UNKNOWN, ...props }, { bucket: [target], ...dependsOn });
/** A KMS key of the stack, whose ARN is unknown during preview. */
const key = stackResource("aws:kms/key:Key", "bucket-key", { arn: UNKNOWN });

const kmsRule = (keyId: unknown) => ({
  rules: [
    {
      applyServerSideEncryptionByDefault: { sseAlgorithm: "aws:kms", kmsMasterKeyId: keyId },
      bucketKeyEnabled: true,
    },
  ],
});
const ALL_BLOCKED = {
  blockPublicAcls: true,
  blockPublicPolicy: true,
  ignorePublicAcls: true,
  restrictPublicBuckets: true,
};
const TLS_DENY = {
  Effect: "Deny",
  Principal: "*",
  Action: "s3:*",
  Resource: ["arn:aws:s3:::b", "arn:aws:s3:::b/*"],
  Condition: { Bool: { "aws:SecureTransport": "false" } },
};
const policyDoc = (...statements: object[]) =>
  JSON.stringify({ Version: "2012-10-17", Statement: statements });

describe("s3-bucket-encrypted-with-cmk", () => {
  it("passes a bucket whose encryption configuration uses a CMK whose ARN is still unknown", () => {
    const b = bucket();
    const sse = configOf(SSE, b, kmsRule(UNKNOWN), "sse", { rules: [key] });
    assert.deepEqual(cmk.check([b, key, sse], ctx), []);
  });

  it("fails a bucket with no encryption configuration (S3's default is SSE-S3)", () => {
    assert.deepEqual(cmk.check([bucket("logs")], ctx), [
      {
        urn: "urn:pulumi:dev::proj::aws:s3/bucket:Bucket::logs",
        message:
          'Bucket "logs" is not encrypted by default with a customer-managed KMS key: add a BucketServerSideEncryptionConfiguration with sseAlgorithm "aws:kms" and kmsMasterKeyId set to your key.',
      },
    ]);
  });

  it("fails SSE-S3 (AES256)", () => {
    const b = bucket();
    const sse = configOf(SSE, b, {
      rules: [{ applyServerSideEncryptionByDefault: { sseAlgorithm: "AES256" } }],
    });
    assert.equal(cmk.check([b, sse], ctx).length, 1);
  });

  it("fails aws:kms without a key id (the AWS-managed aws/s3 key)", () => {
    const b = bucket();
    assert.equal(cmk.check([b, configOf(SSE, b, kmsRule(undefined))], ctx).length, 1);
  });

  it("links a configuration by literal bucket name when there is no property dependency", () => {
    const b = bucket("named");
    const sse = stackResource(SSE, "sse", {
      bucket: "named-1a2b3c4",
      ...kmsRule("arn:aws:kms:us-east-1:1:key/k"),
    });
    assert.deepEqual(cmk.check([b, sse], ctx), []);
  });

  it("does not let one bucket's configuration vouch for another bucket", () => {
    const a = bucket("a");
    const b = bucket("b");
    const violations = cmk.check([a, b, configOf(SSE, a, kmsRule("k"))], ctx);
    assert.deepEqual(
      violations.map((v) => v.urn),
      [b.urn],
    );
  });

  it("accepts the legacy inline configuration on the bucket", () => {
    const b = stackResource(BUCKET, "inline", {
      serverSideEncryptionConfiguration: {
        rule: { applyServerSideEncryptionByDefault: { sseAlgorithm: "aws:kms", kmsMasterKeyId: "k" } },
      },
    });
    assert.deepEqual(cmk.check([b], ctx), []);
  });

  it("treats a bare bucket's provider-computed inline encryption as unset during preview", () => {
    const b = stackResource(BUCKET, "bare", { bucket: "bare-1", serverSideEncryptionConfiguration: UNKNOWN });
    assert.equal(cmk.check([b], ctx).length, 1);
  });

  it("leaves a bucket whose algorithm is unknown to the update run", () => {
    const b = bucket();
    const sse = configOf(SSE, b, { rules: UNKNOWN }, "sse", { rules: [key] });
    assert.deepEqual(cmk.check([b, key, sse], ctx), []);
  });
});

describe("s3-bucket-public-access-blocked", () => {
  it("passes a bucket with all four blocks", () => {
    const b = bucket();
    assert.deepEqual(pab.check([b, configOf(PAB, b, ALL_BLOCKED)], ctx), []);
  });

  it("fails a bucket with no public access block", () => {
    assert.deepEqual(
      pab.check([bucket("open")], ctx).map((v) => v.message),
      [
        'Bucket "open" has no public access block: add an aws.s3.BucketPublicAccessBlock with all four settings true.',
      ],
    );
  });

  it("fails a block that leaves settings off and names them", () => {
    const b = bucket("half");
    const block = configOf(PAB, b, {
      blockPublicAcls: true,
      blockPublicPolicy: false,
      ignorePublicAcls: true,
    });
    assert.deepEqual(
      pab.check([b, block], ctx).map((v) => v.message),
      [
        'Bucket "half" does not block all public access: set blockPublicPolicy, restrictPublicBuckets to true.',
      ],
    );
  });

  it("passes every bucket when the account blocks public access", () => {
    const account = stackResource(
      "aws:s3/accountPublicAccessBlock:AccountPublicAccessBlock",
      "acct",
      ALL_BLOCKED,
    );
    assert.deepEqual(pab.check([bucket(), account], ctx), []);
  });

  it("leaves unknown flags to the update run", () => {
    const b = bucket();
    assert.deepEqual(
      pab.check([b, configOf(PAB, b, { ...ALL_BLOCKED, blockPublicPolicy: UNKNOWN })], ctx),
      [],
    );
  });
});

describe("s3-bucket-tls-only", () => {
  it("passes a bucket policy that denies requests without TLS", () => {
    const b = bucket();
    assert.deepEqual(tls.check([b, configOf(POLICY, b, { policy: policyDoc(TLS_DENY) })], ctx), []);
  });

  it("accepts a minimum-TLS-version deny instead", () => {
    const b = bucket();
    const s = { ...TLS_DENY, Condition: { NumericLessThan: { "s3:TlsVersion": "1.2" } } };
    assert.deepEqual(tls.check([b, configOf(POLICY, b, { policy: policyDoc(s) })], ctx), []);
  });

  it("fails a bucket with no policy", () => {
    assert.deepEqual(
      tls.check([bucket("plain")], ctx).map((v) => v.message),
      [
        'Bucket "plain" accepts requests without TLS: add a bucket policy statement that denies s3:* to "*" when aws:SecureTransport is "false".',
      ],
    );
  });

  it("fails a policy whose deny only covers some actions", () => {
    const b = bucket();
    const s = { ...TLS_DENY, Action: "s3:GetObject" };
    assert.equal(tls.check([b, configOf(POLICY, b, { policy: policyDoc(s) })], ctx).length, 1);
  });

  it("fails an Allow with the same condition (it grants, it does not refuse)", () => {
    const b = bucket();
    const s = { ...TLS_DENY, Effect: "Allow" };
    assert.equal(tls.check([b, configOf(POLICY, b, { policy: policyDoc(s) })], ctx).length, 1);
  });

  it("reports a policy that is not valid JSON", () => {
    const b = bucket("broken");
    assert.deepEqual(
      tls.check([b, configOf(POLICY, b, { policy: "{" })], ctx).map((v) => v.message),
      [
        'Bucket "broken" has a bucket policy that is not a valid JSON policy document, so TLS-only access cannot be verified.',
      ],
    );
  });

  it("leaves a policy document computed from another resource to the update run", () => {
    const b = bucket();
    const policy = stackResource(
      POLICY,
      "p",
      { bucket: UNKNOWN, policy: UNKNOWN },
      { bucket: [b], policy: [b] },
    );
    assert.deepEqual(tls.check([b, policy], ctx), []);
  });

  it("treats a bucket's inline policy that only the provider computes as unset", () => {
    const b = stackResource(BUCKET, "bare", { bucket: "bare-1", policy: UNKNOWN });
    assert.equal(tls.check([b], ctx).length, 1);
  });
});

describe("s3-bucket-versioning-for-model-data", () => {
  const training = () => bucket("train", { "data-class": "training-data" });

  it("passes a training-data bucket with versioning enabled", () => {
    const b = training();
    assert.deepEqual(
      versioning.check([b, configOf(VERSIONING, b, { versioningConfiguration: { status: "Enabled" } })], ctx),
      [],
    );
  });

  it("fails a training-data bucket with no versioning", () => {
    assert.deepEqual(
      versioning.check([training()], ctx).map((v) => v.message),
      [
        'Bucket "train" holds training-data but does not keep object versions: add an aws.s3.BucketVersioning with status "Enabled".',
      ],
    );
  });

  it("fails a model-artifacts bucket whose versioning is suspended", () => {
    const b = bucket("models", { "data-class": "model-artifacts" });
    assert.equal(
      versioning.check(
        [b, configOf(VERSIONING, b, { versioningConfiguration: { status: "Suspended" } })],
        ctx,
      ).length,
      1,
    );
  });

  it("does not require versioning for prompt logs", () => {
    assert.deepEqual(versioning.check([bucket("logs", { "data-class": "prompt-logs" })], ctx), []);
  });

  it("accepts the legacy inline versioning block", () => {
    const b = stackResource(BUCKET, "t", {
      tags: { "data-class": "training-data" },
      versioning: { enabled: true },
    });
    assert.deepEqual(versioning.check([b], ctx), []);
  });

  it("treats a training bucket's provider-computed inline versioning as unset during preview", () => {
    const b = stackResource(BUCKET, "t", { tags: { "data-class": "training-data" }, versioning: UNKNOWN });
    assert.equal(versioning.check([b], ctx).length, 1);
  });

  it("leaves an unknown status to the update run", () => {
    const b = training();
    assert.deepEqual(
      versioning.check([b, configOf(VERSIONING, b, { versioningConfiguration: { status: UNKNOWN } })], ctx),
      [],
    );
  });
});

describe("s3-bucket-object-lock-for-model-artifacts", () => {
  const scope4 = { scope: 4 };
  /** A model-artifacts bucket as AiDataBucket creates it, lock flag set at creation. */
  const artifacts = (name = "models", extra: Record<string, unknown> = {}) =>
    stackResource(BUCKET, name, {
      bucket: `${name}-1a2b3c4`,
      id: UNKNOWN,
      objectLockEnabled: true,
      tags: { "data-class": "model-artifacts" },
      ...extra,
    });
  const lockRule = (defaultRetention: unknown) => ({ rule: { defaultRetention } });
  const NO_LOCK =
    'Bucket "models" holds model-artifacts but has no object lock: set objectLockEnabled: true on the bucket and add an aws.s3.BucketObjectLockConfiguration with a default retention.';
  const NO_RETENTION =
    'Bucket "models" holds model-artifacts but its object lock has no default retention: set rule.defaultRetention with mode "GOVERNANCE" or "COMPLIANCE" and a positive days or years.';
  const messages = (resources: StackResource[]) =>
    objectLock.check(resources, contextAt(4)).map((v) => v.message);

  it("passes a model-artifacts bucket locked in governance mode for 30 days, as AiDataBucket makes it", () => {
    const b = artifacts();
    assert.deepEqual(messages([b, configOf(OBJECT_LOCK, b, lockRule({ mode: "GOVERNANCE", days: 30 }))]), []);
  });

  it("passes compliance mode with a retention in years, and the V2 resource type", () => {
    const b = artifacts();
    const v2 = "aws:s3/bucketObjectLockConfigurationV2:BucketObjectLockConfigurationV2";
    assert.deepEqual(messages([b, configOf(v2, b, lockRule({ mode: "COMPLIANCE", years: 1 }))]), []);
  });

  it("fails a model-artifacts bucket with no object lock at all", () => {
    const b = artifacts("models", { objectLockEnabled: false });
    assert.deepEqual(objectLock.check([b], contextAt(4)), [{ urn: b.urn, message: NO_LOCK }]);
  });

  it("fails a bucket whose lock flag is on but that has no lock configuration", () => {
    assert.deepEqual(messages([artifacts()]), [NO_RETENTION]);
  });

  it("fails a lock configuration without a default retention", () => {
    const b = artifacts();
    assert.deepEqual(messages([b, configOf(OBJECT_LOCK, b, { objectLockEnabled: "Enabled" })]), [
      NO_RETENTION,
    ]);
  });

  it("fails a default retention with no period, a zero period or a mode S3 does not lock with", () => {
    for (const retention of [
      { mode: "GOVERNANCE" },
      { mode: "COMPLIANCE", days: 0 },
      { mode: "NONE", days: 30 },
      { days: 30 },
    ]) {
      const b = artifacts();
      assert.deepEqual(
        messages([b, configOf(OBJECT_LOCK, b, lockRule(retention))]),
        [NO_RETENTION],
        JSON.stringify(retention),
      );
    }
  });

  it("accepts the deprecated inline objectLockConfiguration block on the bucket", () => {
    const inline = {
      objectLockEnabled: "Enabled",
      rule: { defaultRetention: { mode: "GOVERNANCE", days: 7 } },
    };
    assert.deepEqual(messages([artifacts("models", { objectLockConfiguration: inline })]), []);
  });

  it("does not require object lock for training data or prompt logs", () => {
    const train = bucket("train", { "data-class": "training-data" });
    const logs = bucket("logs", { "data-class": "prompt-logs" });
    assert.deepEqual(messages([train, logs]), []);
  });

  it("does not let another bucket's lock configuration vouch for this one", () => {
    const a = artifacts("a");
    const b = artifacts("models");
    assert.deepEqual(messages([a, b, configOf(OBJECT_LOCK, a, lockRule({ mode: "GOVERNANCE", days: 30 }))]), [
      NO_RETENTION,
    ]);
  });

  it("reads provider-computed lock settings of a bare bucket as unset during preview", () => {
    const b = artifacts("models", { objectLockEnabled: UNKNOWN, objectLockConfiguration: UNKNOWN });
    assert.deepEqual(messages([b]), [NO_LOCK]);
  });

  it("counts an unknown mode or period computed from another resource as set", () => {
    const b = artifacts();
    const unknownMode = configOf(OBJECT_LOCK, b, lockRule({ mode: UNKNOWN, days: 30 }), "lock", {
      rule: [key],
    });
    const unknownDays = configOf(OBJECT_LOCK, b, lockRule({ mode: "GOVERNANCE", days: UNKNOWN }), "lock", {
      rule: [key],
    });
    assert.deepEqual(messages([b, key, unknownMode]), []);
    assert.deepEqual(messages([b, key, unknownDays]), []);
  });

  it("still fails a literal wrong mode when the period is unknown", () => {
    const b = artifacts();
    const lock = configOf(OBJECT_LOCK, b, lockRule({ mode: "NONE", days: UNKNOWN }), "lock", { rule: [key] });
    assert.deepEqual(messages([b, key, lock]), [NO_RETENTION]);
  });

  it("leaves a rule computed as a whole from another resource to the update run", () => {
    const b = artifacts();
    assert.deepEqual(
      messages([b, key, configOf(OBJECT_LOCK, b, { rule: UNKNOWN }, "lock", { rule: [key] })]),
      [],
    );
  });

  it("decides through the SDK wrapper during preview instead of reporting it cannot run", () => {
    const b = artifacts("models", { objectLockEnabled: UNKNOWN });
    assert.deepEqual(runThroughSdk(objectLock, { resources: [b], settings: scope4 }), [
      { message: NO_LOCK, urn: b.urn },
    ]);
  });
});
