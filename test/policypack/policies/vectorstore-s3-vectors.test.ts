import * as assert from "node:assert/strict";
import { s3VectorsEncryptedWithCmk as vectors } from "../../../policypack/policies/vectorstore/s3-vectors-encrypted-with-cmk";
import { contextAt, resource, UNKNOWN } from "../support";

const BUCKET = "aws:s3/vectorsVectorBucket:VectorsVectorBucket";
const INDEX = "aws:s3/vectorsIndex:VectorsIndex";
const ctx = contextAt(3);
const KEY_ARN = "arn:aws:kms:us-east-1:111122223333:key/k";
const INDEX_PROPS = {
  vectorBucketName: "kb",
  indexName: "chunks",
  dataType: "float32",
  dimension: 1024,
  distanceMetric: "cosine",
};

describe("s3-vectors-encrypted-with-cmk", () => {
  it("passes a bucket with a customer-managed key (known or unknown), and an index that inherits it", () => {
    assert.deepEqual(
      vectors.check(
        resource(BUCKET, {
          vectorBucketName: "kb",
          encryptionConfigurations: [{ sseType: "aws:kms", kmsKeyArn: KEY_ARN }],
        }),
        ctx,
      ),
      [],
    );
    assert.deepEqual(
      vectors.check(
        resource(BUCKET, { encryptionConfigurations: [{ sseType: "aws:kms", kmsKeyArn: UNKNOWN }] }),
        ctx,
      ),
      [],
    );
    assert.deepEqual(vectors.check(resource(INDEX, INDEX_PROPS), ctx), []);
  });

  it("fails a bucket left at its default, with the exact message", () => {
    assert.deepEqual(vectors.check(resource(BUCKET, { vectorBucketName: "kb" }), ctx), [
      'The vector bucket is encrypted with an S3-managed key (no encryptionConfigurations, so AES256): set encryptionConfigurations to [{ sseType: "aws:kms", kmsKeyArn: key.arn }] with a customer-managed KMS key.',
    ]);
  });

  it("fails AES256, aws:kms without a key or with the AWS managed key, on a bucket or an index", () => {
    assert.match(
      vectors.check(
        resource(INDEX, { ...INDEX_PROPS, encryptionConfigurations: [{ sseType: "AES256" }] }),
        ctx,
      )[0],
      /^The vector index .*sseType "AES256"/,
    );
    assert.deepEqual(
      vectors.check(resource(BUCKET, { encryptionConfigurations: [{ sseType: "aws:kms" }] }), ctx),
      [
        'The vector bucket uses "aws:kms" without a customer-managed key: set kmsKeyArn to your KMS key\'s ARN.',
      ],
    );
    assert.equal(
      vectors.check(
        resource(BUCKET, { encryptionConfigurations: [{ sseType: "aws:kms", kmsKeyArn: "alias/aws/s3" }] }),
        ctx,
      ).length,
      1,
    );
  });

  it("lets the SDK say it cannot decide when the encryption type is unknown", () => {
    assert.throws(
      () => vectors.check(resource(BUCKET, { encryptionConfigurations: [{ sseType: UNKNOWN }] }), ctx),
      /can't be known during preview/,
    );
  });
});
