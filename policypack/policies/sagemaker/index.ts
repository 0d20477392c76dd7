import type { PolicyDefinition } from "../../framework/types";
import { sagemakerDataBucketsClassified } from "./sagemaker-data-buckets-classified";
import { sagemakerDomainEncryptedWithCmk } from "./sagemaker-domain-encrypted-with-cmk";
import { sagemakerDomainVpcOnly } from "./sagemaker-domain-vpc-only";
import { sagemakerEndpointConfigEncryptedWithCmk } from "./sagemaker-endpoint-config-encrypted-with-cmk";
import { sagemakerFeatureGroupEncryptedWithCmk } from "./sagemaker-feature-group-encrypted-with-cmk";
import { sagemakerModelNetworkIsolated } from "./sagemaker-model-network-isolated";
import { sagemakerNotebookEncryptedWithCmk } from "./sagemaker-notebook-encrypted-with-cmk";
import { sagemakerNotebookImdsv2Required } from "./sagemaker-notebook-imdsv2-required";
import { sagemakerEndpointDataCaptureEnabled } from "./sagemaker-endpoint-data-capture-enabled";
import { sagemakerNotebookNoDirectInternet } from "./sagemaker-notebook-no-direct-internet";
import { sagemakerNotebookRootAccessDisabled } from "./sagemaker-notebook-root-access-disabled";
import { sagemakerTrainingJobEncryptedWithCmk } from "./sagemaker-training-job-encrypted-with-cmk";
import { sagemakerTrainingJobInterContainerEncryption } from "./sagemaker-training-job-inter-container-encryption";
import { sagemakerTrainingJobNetworkIsolated } from "./sagemaker-training-job-network-isolated";

/** SageMaker policies: notebooks, Studio domains, models and endpoints, training jobs, feature store, data flows. */
export const SAGEMAKER_POLICIES: readonly PolicyDefinition[] = [
  sagemakerNotebookNoDirectInternet,
  sagemakerNotebookRootAccessDisabled,
  sagemakerNotebookImdsv2Required,
  sagemakerNotebookEncryptedWithCmk,
  sagemakerDomainVpcOnly,
  sagemakerDomainEncryptedWithCmk,
  sagemakerModelNetworkIsolated,
  sagemakerEndpointConfigEncryptedWithCmk,
  sagemakerEndpointDataCaptureEnabled,
  sagemakerTrainingJobNetworkIsolated,
  sagemakerTrainingJobEncryptedWithCmk,
  sagemakerTrainingJobInterContainerEncryption,
  sagemakerFeatureGroupEncryptedWithCmk,
  sagemakerDataBucketsClassified,
];
