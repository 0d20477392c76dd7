import type { DomainSamples } from "./sample";
import { BEDROCK_SAMPLES } from "./bedrock";
import { COMPUTE_SAMPLES } from "./compute";
import { COST_SAMPLES } from "./cost";
import { EKS_SAMPLES } from "./eks";
import { ENDPOINTS_SAMPLES } from "./endpoints";
import { GOVERNANCE_SAMPLES } from "./governance";
import { IAM_SAMPLES } from "./iam";
import { KMS_SAMPLES } from "./kms";
import { KUBERNETES_SAMPLES } from "./kubernetes";
import { LOGGING_SAMPLES } from "./logging";
import { NETWORK_SAMPLES } from "./network";
import { S3_SAMPLES } from "./s3";
import { SAGEMAKER_SAMPLES } from "./sagemaker";
import { SECRETS_SAMPLES } from "./secrets";
import { VECTORSTORE_SAMPLES } from "./vectorstore";

/** Every policy's samples, keyed by policy name; the contract test fails for a policy missing here. */
export const SAMPLES: DomainSamples = {
  ...GOVERNANCE_SAMPLES,
  ...KMS_SAMPLES,
  ...S3_SAMPLES,
  ...LOGGING_SAMPLES,
  ...NETWORK_SAMPLES,
  ...IAM_SAMPLES,
  ...SECRETS_SAMPLES,
  ...ENDPOINTS_SAMPLES,
  ...COST_SAMPLES,
  ...BEDROCK_SAMPLES,
  ...SAGEMAKER_SAMPLES,
  ...VECTORSTORE_SAMPLES,
  ...COMPUTE_SAMPLES,
  ...EKS_SAMPLES,
  ...KUBERNETES_SAMPLES,
};
