import { linkConfigurations } from "../../framework/correlate";
import { readOutput } from "../../framework/outputs";
import type { StackPolicyDefinition, StackResource, StackViolation } from "../../framework/types";
import { tryRead } from "../../framework/unknowns";
import { field, first, readTags } from "../../framework/values";
import { CONTROL_SCOPES, type DataClass, TAG_KEYS, VERSIONED_DATA_CLASSES } from "../../vocabulary";
import { bucketLink, VERSIONING_TYPES } from "./lib/bucket-types";

type Verdict = "enabled" | "off" | "unknown";

function judgeVersioning(resource: StackResource): Verdict {
  const props = resource.props;
  const status = tryRead(() => field(first(props.versioningConfiguration), "status"));
  if (!status.known) {
    return "unknown";
  }
  if (status.value !== undefined) {
    return status.value === "Enabled" ? "enabled" : "off";
  }
  const block = readOutput(resource, "versioning");
  const inline = block.known ? tryRead(() => field(first(block.value), "enabled")) : block;
  if (!inline.known) {
    return "unknown";
  }
  return inline.value === true ? "enabled" : "off";
}

function verdictFor(bucket: StackResource, configs: readonly StackResource[]): Verdict {
  const verdicts = [bucket, ...configs].map(judgeVersioning);
  if (verdicts.includes("enabled")) {
    return "enabled";
  }
  return verdicts.includes("unknown") ? "unknown" : "off";
}

/** Pure check over the stack: buckets tagged as training data or model artifacts keep versions. */
export function checkModelDataVersioning(resources: readonly StackResource[]): StackViolation[] {
  const violations: StackViolation[] = [];
  for (const { target, configs } of linkConfigurations(resources, bucketLink(...VERSIONING_TYPES))) {
    const dataClass = readTags(target.props)[TAG_KEYS.dataClass];
    if (!VERSIONED_DATA_CLASSES.includes(dataClass as DataClass)) {
      continue;
    }
    if (verdictFor(target, configs) === "off") {
      violations.push({
        urn: target.urn,
        message: `Bucket "${target.name}" holds ${dataClass} but does not keep object versions: add an aws.s3.BucketVersioning with status "Enabled".`,
      });
    }
  }
  return violations;
}

export const s3BucketVersioningForModelData: StackPolicyDefinition = {
  kind: "stack",
  name: "s3-bucket-versioning-for-model-data",
  description: `S3 buckets tagged ${TAG_KEYS.dataClass}=training-data or model-artifacts have versioning enabled.`,
  rationale:
    "Poisoned training data and swapped model weights are only detectable and reversible when earlier versions still exist.",
  severity: "high",
  enforcementLevel: "mandatory",
  remediationSteps:
    'Add an aws.s3.BucketVersioning for the bucket with `versioningConfiguration: { status: "Enabled" }`.',
  minScope: CONTROL_SCOPES.bucketBaseline,
  services: ["s3"],
  mappings: {
    nistCsf: ["PR.DS-01", "PR.DS-11", "RC.RP-03"],
    owaspLlm: ["LLM04"],
    mitreAtlas: ["AML.T0020", "AML.M0014"],
    cisaNcsc: ["secure-development"],
    seedItems: ["csf.rc-integrity", "csf.id-provenance", "cisa.deploy-incident-management"],
  },
  check: (resources) => checkModelDataVersioning(resources),
};
