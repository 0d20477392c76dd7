import { strict as assert } from "assert";
import {
  bucketOfS3Uri,
  buildImagePullPolicy,
  ecrRepositoryArnOf,
  hasLocalStorage,
  isMlInstanceType,
} from "../../../components/sagemaker";

describe("SageMaker instance storage", () => {
  it("names as NVMe the instance types that take no volume key", () => {
    assert.deepEqual(["ml.g5.xlarge", "ml.m5d.large", "ml.m5.large"].map(hasLocalStorage), [
      true,
      true,
      false,
    ]);
  });

  it("recognises ML instance types and refuses EC2 ones", () => {
    assert.deepEqual(["ml.g5.xlarge", "g5.xlarge", "ml.g5", 5].map(isMlInstanceType), [
      true,
      false,
      false,
      false,
    ]);
  });
});

describe("execution policies", () => {
  it("read the repository an ECR image names, in any account, and nothing outside ECR", () => {
    assert.deepEqual(
      [
        "123456789012.dkr.ecr.us-east-1.amazonaws.com/team/serving:v1",
        "763104351884.dkr.ecr.eu-west-1.amazonaws.com/huggingface-pytorch-tgi-inference@sha256:abc",
        "ghcr.io/acme/serving:v1",
      ].map((image) => ecrRepositoryArnOf(image, "aws")),
      [
        "arn:aws:ecr:us-east-1:123456789012:repository/team/serving",
        "arn:aws:ecr:eu-west-1:763104351884:repository/huggingface-pytorch-tgi-inference",
        undefined,
      ],
    );
  });

  it("grant only the ECR login for an image outside ECR", () => {
    assert.deepEqual(buildImagePullPolicy(["ghcr.io/acme/serving:v1"], "aws").Statement, [
      { Sid: "LogInToEcr", Effect: "Allow", Action: ["ecr:GetAuthorizationToken"], Resource: ["*"] },
    ]);
  });

  it("take the bucket of an S3 URI, and nothing else", () => {
    assert.deepEqual(
      ["s3://model-artifacts/llm/model.tar.gz", "s3://prompt-logs", "https://example.com/x"].map(
        bucketOfS3Uri,
      ),
      ["model-artifacts", "prompt-logs", undefined],
    );
  });
});
