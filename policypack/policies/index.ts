import type { PolicyDefinition } from "../framework/types";
import { BEDROCK_POLICIES } from "./bedrock";
import { COMPUTE_POLICIES } from "./compute";
import { COST_POLICIES } from "./cost";
import { EKS_POLICIES } from "./eks";
import { ENDPOINTS_POLICIES } from "./endpoints";
import { GOVERNANCE_POLICIES } from "./governance";
import { IAM_POLICIES } from "./iam";
import { KMS_POLICIES } from "./kms";
import { KUBERNETES_POLICIES } from "./kubernetes";
import { LOGGING_POLICIES } from "./logging";
import { NETWORK_POLICIES } from "./network";
import { S3_POLICIES } from "./s3";
import { SAGEMAKER_POLICIES } from "./sagemaker";
import { SECRETS_POLICIES } from "./secrets";
import { VECTORSTORE_POLICIES } from "./vectorstore";

/** Every scopeguard policy, by domain. The pack, the docs and the CLI read this one list. */
export const POLICIES: readonly PolicyDefinition[] = [
  ...GOVERNANCE_POLICIES,
  ...KMS_POLICIES,
  ...S3_POLICIES,
  ...LOGGING_POLICIES,
  ...NETWORK_POLICIES,
  ...IAM_POLICIES,
  ...SECRETS_POLICIES,
  ...ENDPOINTS_POLICIES,
  ...COST_POLICIES,
  ...BEDROCK_POLICIES,
  ...SAGEMAKER_POLICIES,
  ...VECTORSTORE_POLICIES,
  ...COMPUTE_POLICIES,
  ...EKS_POLICIES,
  ...KUBERNETES_POLICIES,
];
