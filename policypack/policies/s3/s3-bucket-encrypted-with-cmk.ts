import { linkConfigurations } from "../../framework/correlate";
import { readOutput } from "../../framework/outputs";
import type { StackPolicyDefinition, StackResource, StackViolation } from "../../framework/types";
import { bucketLink, ENCRYPTION_CONFIG_TYPES } from "./lib/bucket-types";
import { judgeEncryptionConfiguration, type EncryptionVerdict } from "./lib/encryption-rule";
import { CONTROL_SCOPES } from "../../vocabulary";

function verdictFor(bucket: StackResource, configs: readonly StackResource[]): EncryptionVerdict {
  // A separate configuration resource is what AWS applies; the bucket's inline block is legacy,
  // and during preview it is unknown whenever the provider fills it in.
  if (configs.length === 0) {
    const inline = readOutput(bucket, "serverSideEncryptionConfiguration");
    return inline.known
      ? judgeEncryptionConfiguration({ serverSideEncryptionConfiguration: inline.value })
      : "unknown";
  }
  const verdicts = configs.map((c) => judgeEncryptionConfiguration(c.props));
  if (verdicts.includes("cmk")) {
    return "cmk";
  }
  return verdicts.includes("unknown") ? "unknown" : "not-cmk";
}

/** Pure check over the stack: every bucket's default encryption uses a customer-managed KMS key. */
export function checkBucketsEncryptedWithCmk(resources: readonly StackResource[]): StackViolation[] {
  return linkConfigurations(resources, bucketLink(...ENCRYPTION_CONFIG_TYPES))
    .filter(({ target, configs }) => verdictFor(target, configs) === "not-cmk")
    .map(({ target }) => ({
      urn: target.urn,
      message: `Bucket "${target.name}" is not encrypted by default with a customer-managed KMS key: add a BucketServerSideEncryptionConfiguration with sseAlgorithm "aws:kms" and kmsMasterKeyId set to your key.`,
    }));
}

export const s3BucketEncryptedWithCmk: StackPolicyDefinition = {
  kind: "stack",
  name: "s3-bucket-encrypted-with-cmk",
  description: "Every S3 bucket encrypts new objects by default with a customer-managed KMS key.",
  rationale:
    "With a key you own, access to training data, artifacts and logs needs both S3 and KMS permission, key use is logged, and disabling the key cuts off the data.",
  severity: "high",
  enforcementLevel: "mandatory",
  remediationSteps:
    'Add an aws.s3.BucketServerSideEncryptionConfiguration for the bucket with `sseAlgorithm: "aws:kms"`, `kmsMasterKeyId: key.arn` and `bucketKeyEnabled: true` (scopeguard\'s AiDataBucket does this).',
  minScope: CONTROL_SCOPES.customerManagedKeys,
  services: ["s3", "kms"],
  mappings: {
    nistCsf: ["PR.DS-01"],
    owaspLlm: ["LLM02", "LLM04"],
    mitreAtlas: ["AML.M0012"],
    cisaNcsc: ["secure-development"],
    seedItems: ["csf.pr-data-protection", "csf.pr-encryption", "cisa.dev-asset-protection"],
  },
  check: (resources) => checkBucketsEncryptedWithCmk(resources),
};
