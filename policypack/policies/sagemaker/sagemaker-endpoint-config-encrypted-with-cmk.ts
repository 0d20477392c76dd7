import type { ResourcePolicyDefinition, ResourceProps, ResourceUnderCheck } from "../../framework/types";
import { asList, field, first } from "../../framework/values";
import { collectFindings } from "../../framework/decidable";
import { isCustomerKeySet } from "../../framework/references";
import { needsVolumeKey } from "./lib/instance-storage";
import { ENDPOINT_CONFIGURATION_TYPE } from "./lib/sagemaker-types";
import { CONTROL_SCOPES } from "../../vocabulary";

function variantTypes(props: ResourceProps): unknown[] {
  return [...asList(props.productionVariants), ...asList(props.shadowProductionVariants)].map((v) =>
    field(v, "instanceType"),
  );
}

function volumeFindings(props: ResourceProps): string[] {
  if (isCustomerKeySet(() => props.kmsKeyArn) || !needsVolumeKey(() => variantTypes(props))) {
    return [];
  }
  return [
    "The endpoint's storage volumes are encrypted with an AWS-managed key: set kmsKeyArn to a customer-managed KMS key (instance types with local NVMe storage, such as ml.g5, are encrypted by their hardware and need none).",
  ];
}

function captureFindings(props: ResourceProps): string[] {
  const capture = first(props.dataCaptureConfig);
  if (capture === undefined || capture === null || isCustomerKeySet(() => field(capture, "kmsKeyId"))) {
    return [];
  }
  return field(capture, "enableCapture") === false
    ? []
    : [
        "Captured requests and responses are written without a customer-managed key: set dataCaptureConfig.kmsKeyId.",
      ];
}

function asyncFindings(props: ResourceProps): string[] {
  const asyncConfig = first(props.asyncInferenceConfig);
  if (asyncConfig === undefined || asyncConfig === null) {
    return [];
  }
  return isCustomerKeySet(() => field(first(field(asyncConfig, "outputConfig")), "kmsKeyId"))
    ? []
    : [
        "Asynchronous inference results are written without a customer-managed key: set asyncInferenceConfig.outputConfig.kmsKeyId.",
      ];
}

/** Pure check: what an endpoint stores (volumes, captured traffic, async results) is encrypted with a CMK. */
export function checkEndpointConfigCmk(resource: ResourceUnderCheck): string[] {
  return collectFindings(
    () => volumeFindings(resource.props),
    () => captureFindings(resource.props),
    () => asyncFindings(resource.props),
  );
}

export const sagemakerEndpointConfigEncryptedWithCmk: ResourcePolicyDefinition = {
  kind: "resource",
  name: "sagemaker-endpoint-config-encrypted-with-cmk",
  description:
    "SageMaker endpoint configurations encrypt instance volumes, captured inference data and asynchronous results with customer-managed KMS keys.",
  rationale:
    "Data capture and asynchronous inference store real prompts and completions, personal data included, and the instance volumes hold the model; a key you own keeps that data readable only by the roles you allow and logs every read. Applies from scope 4, where you host your own model on SageMaker.",
  severity: "high",
  enforcementLevel: "mandatory",
  remediationSteps:
    "On the aws.sagemaker.EndpointConfiguration set `kmsKeyArn` (unless every variant uses an instance type with local NVMe storage, which AWS encrypts in hardware and for which it rejects a key), `dataCaptureConfig.kmsKeyId` when capture is on, and `asyncInferenceConfig.outputConfig.kmsKeyId` for asynchronous endpoints.",
  minScope: CONTROL_SCOPES.fineTuningWorkloads,
  services: ["sagemaker", "kms"],
  resourceTypes: [ENDPOINT_CONFIGURATION_TYPE],
  mappings: {
    nistCsf: ["PR.DS-01"],
    owaspLlm: ["LLM02"],
    mitreAtlas: ["AML.M0012", "AML.T0057"],
    cisaNcsc: ["secure-deployment"],
    seedItems: ["csf.pr-encryption", "checklist.data-audit-trail", "cisa.deploy-protect-model"],
  },
  check: (resource) => checkEndpointConfigCmk(resource),
};
