import type { ResourcePolicyDefinition, ResourceProps, ResourceUnderCheck } from "../../framework/types";
import { field, first } from "../../framework/values";
import { collectFindings } from "../../framework/decidable";
import { isCustomerKeySet } from "../../framework/references";
import { FEATURE_GROUP_TYPE } from "./lib/sagemaker-types";
import { CONTROL_SCOPES } from "../../vocabulary";

function onlineFindings(props: ResourceProps): string[] {
  const online = first(props.onlineStoreConfig);
  // A key decides the check whether or not the store is enabled; only without one does the flag matter.
  if (isCustomerKeySet(() => field(first(field(online, "securityConfig")), "kmsKeyId"))) {
    return [];
  }
  return field(online, "enableOnlineStore") !== true
    ? []
    : [
        "The online store is encrypted with an AWS-owned key: set onlineStoreConfig.securityConfig.kmsKeyId to a customer-managed KMS key.",
      ];
}

function offlineFindings(props: ResourceProps): string[] {
  const offline = first(props.offlineStoreConfig);
  if (offline === undefined || offline === null) {
    return [];
  }
  return isCustomerKeySet(() => field(first(field(offline, "s3StorageConfig")), "kmsKeyId"))
    ? []
    : [
        "The offline store writes to S3 without a customer-managed key: set offlineStoreConfig.s3StorageConfig.kmsKeyId.",
      ];
}

/** Pure check: the feature group's online and offline stores are encrypted with customer-managed keys. */
export function checkFeatureGroupCmk(resource: ResourceUnderCheck): string[] {
  return collectFindings(
    () => onlineFindings(resource.props),
    () => offlineFindings(resource.props),
  );
}

export const sagemakerFeatureGroupEncryptedWithCmk: ResourcePolicyDefinition = {
  kind: "resource",
  name: "sagemaker-feature-group-encrypted-with-cmk",
  description:
    "SageMaker Feature Store feature groups encrypt their online and offline stores with customer-managed KMS keys.",
  rationale:
    "Feature groups are curated training and inference data, often per-customer records; the online store serves them to models at low latency and the offline store keeps their full history in S3. A key you own keeps both under your access control and audit. Applies from scope 4.",
  severity: "medium",
  enforcementLevel: "mandatory",
  remediationSteps:
    "On the aws.sagemaker.FeatureGroup set `onlineStoreConfig.securityConfig.kmsKeyId` (when the online store is enabled) and `offlineStoreConfig.s3StorageConfig.kmsKeyId` to customer-managed keys. Both can only be chosen when the group is created.",
  minScope: CONTROL_SCOPES.fineTuningWorkloads,
  services: ["sagemaker", "kms"],
  resourceTypes: [FEATURE_GROUP_TYPE],
  mappings: {
    nistCsf: ["PR.DS-01"],
    owaspLlm: ["LLM02", "LLM04"],
    mitreAtlas: ["AML.M0012"],
    cisaNcsc: ["secure-development"],
    seedItems: ["csf.pr-encryption", "csf.pr-data-protection", "blueprint.data-governance"],
  },
  check: (resource) => checkFeatureGroupCmk(resource),
};
