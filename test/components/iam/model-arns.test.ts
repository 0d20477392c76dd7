import { strict as assert } from "assert";
import { modelReferenceError, resolveModel } from "../../../components/iam";

const C = { partition: "aws", region: "us-east-1", accountId: "123456789012" };

describe("AiWorkloadRole model references", () => {
  it("turns a model id into its foundation-model ARN in the stack's region", () => {
    assert.deepEqual(resolveModel("amazon.titan-embed-text-v2:0", C), {
      directArns: ["arn:aws:bedrock:us-east-1::foundation-model/amazon.titan-embed-text-v2:0"],
    });
  });

  it("turns an inference profile id into the profile ARN and its model through the profile", () => {
    assert.deepEqual(resolveModel("eu.anthropic.claude-3-haiku-20240307-v1:0", C), {
      directArns: [
        "arn:aws:bedrock:us-east-1:123456789012:inference-profile/eu.anthropic.claude-3-haiku-20240307-v1:0",
      ],
      throughProfile: {
        profileArn:
          "arn:aws:bedrock:us-east-1:123456789012:inference-profile/eu.anthropic.claude-3-haiku-20240307-v1:0",
        modelArn: "arn:aws:bedrock:*::foundation-model/anthropic.claude-3-haiku-20240307-v1:0",
      },
    });
  });

  it("keeps a foundation-model ARN as given", () => {
    const arn = "arn:aws:bedrock:eu-west-1::foundation-model/mistral.mistral-large-2402-v1:0";
    assert.deepEqual(resolveModel(arn, C), { directArns: [arn] });
  });

  it("accepts model ids, profile ids and model ARNs", () => {
    const ok = [
      "anthropic.claude-v2",
      "us.amazon.nova-pro-v1:0",
      "arn:aws:bedrock:us-east-1:123456789012:application-inference-profile/abc123",
    ];
    assert.deepEqual(ok.map(modelReferenceError), [undefined, undefined, undefined]);
  });

  it("rejects a wildcard", () => {
    assert.equal(
      modelReferenceError("anthropic.*"),
      'invokeModels contains "anthropic.*"; name each model by its id or ARN, a wildcard would grant every model it matches.',
    );
  });

  it("rejects an ARN of another kind of resource", () => {
    assert.equal(
      modelReferenceError("arn:aws:s3:::bucket"),
      'invokeModels contains "arn:aws:s3:::bucket", which is not a Bedrock foundation-model, inference-profile or application-inference-profile ARN.',
    );
  });
});
