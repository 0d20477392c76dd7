import { asList, field, first } from "../../../framework/values";
import { tryRead } from "../../../framework/unknowns";
import { isCustomerManagedKey } from "../../../vocabulary";
import type { ResourceProps } from "../../../framework/types";

/** What a bucket's default encryption says, as far as it is known. */
export type EncryptionVerdict = "cmk" | "not-cmk" | "unknown";

const KMS_ALGORITHMS = new Set(["aws:kms", "aws:kms:dsse"]);

/**
 * Judges one "apply server-side encryption by default" block. A KMS algorithm with no key id means
 * the AWS-managed `aws/s3` key, whose policy the account cannot restrict: not a CMK, and neither is
 * that key named explicitly (`alias/aws/s3`, its ARN, the key behind it). A key id that
 * is unknown during preview is still a key id: its presence is what matters here.
 */
export function judgeDefaultEncryption(block: unknown): EncryptionVerdict {
  const algorithm = tryRead(() => field(block, "sseAlgorithm"));
  if (!algorithm.known) {
    return "unknown";
  }
  if (typeof algorithm.value !== "string" || !KMS_ALGORITHMS.has(algorithm.value)) {
    return "not-cmk";
  }
  const key = tryRead(() => field(block, "kmsMasterKeyId"));
  if (!key.known) {
    return "cmk";
  }
  return typeof key.value === "string" && isCustomerManagedKey(key.value) ? "cmk" : "not-cmk";
}

/** Judges an encryption configuration (the separate resource's `rules`, or a bucket's inline block). */
export function judgeEncryptionConfiguration(props: ResourceProps): EncryptionVerdict {
  const rules = tryRead(() => asList(props.rules ?? field(props.serverSideEncryptionConfiguration, "rule")));
  if (!rules.known) {
    return "unknown";
  }
  const verdicts = rules.value.map((rule) =>
    judgeDefaultEncryption(first(field(rule, "applyServerSideEncryptionByDefault"))),
  );
  if (verdicts.includes("cmk")) {
    return "cmk";
  }
  return verdicts.includes("unknown") ? "unknown" : "not-cmk";
}
