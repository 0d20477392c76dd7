import type { ResourcePolicyDefinition, ResourceProps, ResourceUnderCheck } from "../../framework/types";
import { tryRead } from "../../framework/unknowns";
import { asList, field, first } from "../../framework/values";
import { ENDPOINT_CONFIGURATION_TYPE } from "./lib/sagemaker-types";
import { CONTROL_SCOPES } from "../../vocabulary";

/** Asynchronous and serverless endpoints do not support data capture the same way; only real-time ones are judged. */
function isRealTime(props: ResourceProps): boolean {
  const asyncConfig = first(props.asyncInferenceConfig);
  if (asyncConfig !== undefined && asyncConfig !== null) {
    return false;
  }
  const variants = asList(props.productionVariants);
  return !variants.some((v) => {
    const serverless = first(field(v, "serverlessConfig"));
    return serverless !== undefined && serverless !== null;
  });
}

function captureFindings(props: ResourceProps): string[] {
  const capture = first(props.dataCaptureConfig);
  if (capture === undefined || capture === null) {
    return [
      "The real-time endpoint records no requests or responses: add dataCaptureConfig with enableCapture true, a destinationS3Uri in the prompt-logs bucket, a kmsKeyId and captureOptions for Input and Output.",
    ];
  }
  return field(capture, "enableCapture") === false
    ? ["Data capture is switched off (dataCaptureConfig.enableCapture is false): set it to true."]
    : [];
}

/** Pure check: a real-time endpoint configuration captures requests and responses. */
export function checkEndpointDataCapture(resource: ResourceUnderCheck): string[] {
  const realTime = tryRead(() => isRealTime(resource.props));
  if (realTime.known && !realTime.value) {
    return [];
  }
  const found = captureFindings(resource.props);
  if (found.length > 0 && !realTime.known) {
    isRealTime(resource.props); // the verdict depends on the endpoint's kind: the SDK says it cannot decide
  }
  return found;
}

export const sagemakerEndpointDataCaptureEnabled: ResourcePolicyDefinition = {
  kind: "resource",
  name: "sagemaker-endpoint-data-capture-enabled",
  description:
    "SageMaker real-time endpoint configurations capture requests and responses (dataCaptureConfig) at scope 4 and 5.",
  rationale:
    "A fine-tuned or self-trained model is the business's own: when it leaks data, drifts or is abused through crafted prompts, the captured requests and responses are the only record of what it was asked and what it answered, and the input to model monitoring. It advises rather than blocks: the capture destination is a prompt-log store that must be chosen (and retained for a bounded time) with privacy in mind.",
  severity: "medium",
  enforcementLevel: "advisory",
  remediationSteps:
    'Add `dataCaptureConfig: { enableCapture: true, initialSamplingPercentage: 100, destinationS3Uri: "s3://<prompt-logs-bucket>/capture/", kmsKeyId: key.arn, captureOptions: [{ captureMode: "Input" }, { captureMode: "Output" }] }` to the aws.sagemaker.EndpointConfiguration (a new configuration: SageMaker configurations are immutable), with a lifecycle rule bounding the retention of the captured data.',
  minScope: CONTROL_SCOPES.fineTuningWorkloads,
  services: ["sagemaker"],
  resourceTypes: [ENDPOINT_CONFIGURATION_TYPE],
  mappings: {
    nistCsf: ["DE.CM-09", "PR.PS-04"],
    owaspLlm: ["LLM02", "LLM10"],
    mitreAtlas: ["AML.M0024", "AML.T0040"],
    cisaNcsc: ["secure-operation"],
    seedItems: ["checklist.mon-logging", "cisa.ops-monitor-inputs", "matrix.scope-4"],
  },
  check: (resource) => checkEndpointDataCapture(resource),
};
