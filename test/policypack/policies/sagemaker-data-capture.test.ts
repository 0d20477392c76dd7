import * as assert from "node:assert/strict";
import { sagemakerEndpointDataCaptureEnabled as capture } from "../../../policypack/policies/sagemaker/sagemaker-endpoint-data-capture-enabled";
import { contextAt, resource, runThroughSdk, UNKNOWN } from "../support";
import { assertExemptable } from "../fixtures/assertions";

const CONFIG = "aws:sagemaker/endpointConfiguration:EndpointConfiguration";
const ctx = contextAt(4);
const VARIANT = {
  variantName: "primary",
  modelName: "support-bot",
  instanceType: "ml.g5.2xlarge",
  initialInstanceCount: 1,
};
const CAPTURE = {
  enableCapture: true,
  initialSamplingPercentage: 100,
  destinationS3Uri: "s3://prompt-logs/capture/",
  kmsKeyId: UNKNOWN,
  captureOptions: [{ captureMode: "Input" }, { captureMode: "Output" }],
};
const config = (props: Record<string, unknown>, name = "realtime") =>
  resource(CONFIG, { productionVariants: [VARIANT], ...props }, name);

describe("sagemaker-endpoint-data-capture-enabled", () => {
  it("passes a real-time endpoint that captures, and asynchronous and serverless endpoints", () => {
    assert.deepEqual(capture.check(config({ dataCaptureConfig: CAPTURE }), ctx), []);
    assert.deepEqual(
      capture.check(config({ asyncInferenceConfig: { outputConfig: { s3OutputPath: "s3://o/" } } }), ctx),
      [],
    );
    const serverless = {
      variantName: "s",
      modelName: "m",
      serverlessConfig: { maxConcurrency: 2, memorySizeInMb: 2048 },
    };
    assert.deepEqual(capture.check(resource(CONFIG, { productionVariants: [serverless] }), ctx), []);
  });

  it("fails a real-time endpoint without capture, with the exact message", () => {
    assert.deepEqual(capture.check(config({}), ctx), [
      "The real-time endpoint records no requests or responses: add dataCaptureConfig with enableCapture true, a destinationS3Uri in the prompt-logs bucket, a kmsKeyId and captureOptions for Input and Output.",
    ]);
  });

  it("fails capture switched off", () => {
    assert.deepEqual(
      capture.check(config({ dataCaptureConfig: { ...CAPTURE, enableCapture: false } }), ctx),
      ["Data capture is switched off (dataCaptureConfig.enableCapture is false): set it to true."],
    );
  });

  it("lets the SDK say it cannot decide when the capture block or the endpoint's kind is unknown", () => {
    assert.throws(
      () => capture.check(config({ dataCaptureConfig: UNKNOWN }), ctx),
      /can't be known during preview/,
    );
    assert.throws(
      () => capture.check(resource(CONFIG, { productionVariants: UNKNOWN }), ctx),
      /can't be known during preview/,
    );
    assert.deepEqual(
      capture.check(resource(CONFIG, { productionVariants: UNKNOWN, dataCaptureConfig: CAPTURE }), ctx),
      [],
    );
  });

  it("advises from scope 4 only, and honours an exemption", () => {
    assert.equal(capture.enforcementLevel, "advisory");
    const subject = config({}, "no-capture");
    assert.deepEqual(runThroughSdk(capture, { resource: subject, settings: { scope: 3 } }), []);
    assertExemptable(capture, { resource: subject }, "no-capture", { scope: 4 });
  });
});
