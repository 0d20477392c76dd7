import { linkConfigurations } from "../../framework/correlate";
import { programOutputs } from "../../framework/outputs";
import type { StackPolicyDefinition, StackResource, StackViolation } from "../../framework/types";
import { tryRead } from "../../framework/unknowns";
import { asList, field } from "../../framework/values";
import { isReferenceSet } from "../../framework/references";
import { bucketLink } from "../s3/lib/bucket-types";
import { modelDataClass } from "./lib/model-data";
import { BUCKET_LOGGING_TYPES } from "./lib/types";
import { CONTROL_SCOPES } from "../../vocabulary";

/** A BucketLogging resource, or the bucket's legacy inline `logging`/`loggings` block, names a target bucket. */
function logsAccess(bucket: StackResource, configs: readonly StackResource[]): boolean {
  if (configs.some((c) => isReferenceSet(() => c.props.targetBucket, "string"))) {
    return true;
  }
  // The legacy inline block is unknown during preview whenever the provider fills it in, and then
  // it names no target; one the program computed from another bucket may: the update run decides.
  const outputs = programOutputs(bucket);
  const inline = tryRead(() => [...asList(outputs.logging), ...asList(outputs.loggings)]);
  return (
    !inline.known ||
    inline.value.some((block) => isReferenceSet(() => field(block, "targetBucket"), "string"))
  );
}

/** Pure check over the stack: training-data and model-artifact buckets write server access logs. */
export function checkAccessLoggingForModelData(resources: readonly StackResource[]): StackViolation[] {
  return linkConfigurations(resources, bucketLink(...BUCKET_LOGGING_TYPES))
    .map(({ target, configs }) => ({ target, configs, dataClass: modelDataClass(target) }))
    .filter(({ target, configs, dataClass }) => dataClass !== undefined && !logsAccess(target, configs))
    .map(({ target, dataClass }) => ({
      urn: target.urn,
      message: `Bucket "${target.name}" holds ${dataClass} but writes no server access logs: add an aws.s3.BucketLogging with targetBucket set to the access-log bucket and a targetPrefix.`,
    }));
}

export const s3BucketAccessLoggingForModelData: StackPolicyDefinition = {
  kind: "stack",
  name: "s3-bucket-access-logging-for-model-data",
  description:
    "S3 buckets tagged as training data or model artifacts write server access logs to a separate bucket.",
  rationale:
    "Access logs record every request to the bucket, denied ones and anonymous ones included, which CloudTrail data events do not cover; they show probing and bulk downloads of model data.",
  severity: "medium",
  enforcementLevel: "mandatory",
  remediationSteps:
    'Add an aws.s3.BucketLogging with `bucket: bucket.id`, `targetBucket: accessLogBucket.id` and `targetPrefix: "<bucket>/"`; the target bucket must not be the bucket itself.',
  minScope: CONTROL_SCOPES.modelDataStores,
  services: ["s3"],
  mappings: {
    nistCsf: ["PR.PS-04", "DE.CM-09"],
    owaspLlm: ["LLM04", "LLM03"],
    mitreAtlas: ["AML.T0035", "AML.M0024"],
    cisaNcsc: ["secure-operation"],
    seedItems: [
      "csf.pr-logging",
      "checklist.data-audit-trail",
      "blueprint.access-monitoring",
      "matrix.scope-4",
    ],
  },
  check: (resources) => checkAccessLoggingForModelData(resources),
};
