import { linkConfigurations } from "../../framework/correlate";
import { programOutputs, readOutput } from "../../framework/outputs";
import type { StackPolicyDefinition, StackResource, StackViolation } from "../../framework/types";
import { readOr, tryRead, type Known } from "../../framework/unknowns";
import { field, first, readTags } from "../../framework/values";
import { CONTROL_SCOPES, type DataClass, OBJECT_LOCKED_DATA_CLASSES, TAG_KEYS } from "../../vocabulary";
import { bucketLink, OBJECT_LOCK_TYPES } from "./lib/bucket-types";

/** The retention modes that make objects write-once; S3 accepts no others. */
const LOCK_MODES = new Set(["GOVERNANCE", "COMPLIANCE"]);

/** What an object-lock rule says: a default retention, none, or not known until the update. */
type Verdict = "retained" | "no-retention" | "unknown";

/**
 * A retention period is set when `days` or `years` is a positive number. One that is unknown during
 * preview counts as set: S3 rejects a zero or negative period, so it can only be a valid one.
 */
function hasPeriod(retention: unknown): boolean {
  return ["days", "years"].some((key) => {
    const value = tryRead(() => field(retention, key));
    return !value.known || (typeof value.value === "number" && value.value > 0);
  });
}

/**
 * Judges an object-lock `rule` block. The mode must be GOVERNANCE or COMPLIANCE when it is literal;
 * an unknown mode is still a mode, since S3 takes no other value. A whole rule computed from
 * another resource is left to the update run.
 */
function judgeRule(rule: Known<unknown>): Verdict {
  if (!rule.known) {
    return "unknown";
  }
  const retention = tryRead(() => first(field(first(rule.value), "defaultRetention")));
  if (!retention.known) {
    return "unknown";
  }
  const mode = tryRead(() => field(retention.value, "mode"));
  const modeOk = !mode.known || (typeof mode.value === "string" && LOCK_MODES.has(mode.value));
  return modeOk && hasPeriod(retention.value) ? "retained" : "no-retention";
}

/** A BucketObjectLockConfiguration; a `rule` the program left out reads as absent in preview. */
function judgeConfiguration(config: StackResource): Verdict {
  return judgeRule(tryRead(() => programOutputs(config).rule));
}

/**
 * The bucket's deprecated inline `objectLockConfiguration` block, when the program set one. A block
 * the provider fills in is unknown during preview with no property dependency, and reads as unset.
 */
function inlineBlock(bucket: StackResource): Known<unknown> {
  const block = readOutput(bucket, "objectLockConfiguration");
  return block.known ? tryRead(() => first(block.value)) : block;
}

/** The inline block's rule, judged; `undefined` when the bucket has no inline rule. */
function judgeInlineRule(bucket: StackResource): Verdict | undefined {
  const block = inlineBlock(bucket);
  if (!block.known) {
    return "unknown";
  }
  const rule = tryRead(() => field(block.value, "rule"));
  return rule.known && (rule.value === undefined || rule.value === null) ? undefined : judgeRule(rule);
}

/**
 * Whether the bucket is known to have object lock on without any retention rule being known: its
 * `objectLockEnabled: true`, an inline block that enables it, or a lock configuration resource.
 */
function lockKnownOn(bucket: StackResource, configs: readonly StackResource[]): boolean {
  if (configs.length > 0) {
    return true;
  }
  const enabled = readOutput(bucket, "objectLockEnabled");
  if (enabled.known && enabled.value === true) {
    return true;
  }
  const block = inlineBlock(bucket);
  return block.known && readOr(() => field(block.value, "objectLockEnabled"), undefined) === "Enabled";
}

/** The retention the bucket gets: the best verdict of its configurations and its inline rule. */
function retentionOf(bucket: StackResource, configs: readonly StackResource[]): Verdict {
  const inline = judgeInlineRule(bucket);
  const verdicts = [...configs.map(judgeConfiguration), ...(inline === undefined ? [] : [inline])];
  if (verdicts.includes("retained")) {
    return "retained";
  }
  return verdicts.includes("unknown") ? "unknown" : "no-retention";
}

/** Pure check over the stack: model-artifact buckets lock new objects for a default retention. */
export function checkModelArtifactObjectLock(resources: readonly StackResource[]): StackViolation[] {
  const violations: StackViolation[] = [];
  for (const { target, configs } of linkConfigurations(resources, bucketLink(...OBJECT_LOCK_TYPES))) {
    const dataClass = readTags(target.props)[TAG_KEYS.dataClass];
    if (!OBJECT_LOCKED_DATA_CLASSES.includes(dataClass as DataClass)) {
      continue;
    }
    if (retentionOf(target, configs) !== "no-retention") {
      continue;
    }
    if (!lockKnownOn(target, configs)) {
      violations.push({
        urn: target.urn,
        message: `Bucket "${target.name}" holds ${dataClass} but has no object lock: set objectLockEnabled: true on the bucket and add an aws.s3.BucketObjectLockConfiguration with a default retention.`,
      });
    } else {
      violations.push({
        urn: target.urn,
        message: `Bucket "${target.name}" holds ${dataClass} but its object lock has no default retention: set rule.defaultRetention with mode "GOVERNANCE" or "COMPLIANCE" and a positive days or years.`,
      });
    }
  }
  return violations;
}

export const s3BucketObjectLockForModelArtifacts: StackPolicyDefinition = {
  kind: "stack",
  name: "s3-bucket-object-lock-for-model-artifacts",
  description: `S3 buckets tagged ${TAG_KEYS.dataClass}=model-artifacts lock new objects (object lock in governance or compliance mode with a default retention).`,
  rationale:
    "Versioning keeps earlier models, but whoever may delete object versions can still remove the one that was signed and evaluated and leave a tampered one as the latest. A default retention makes every stored artifact version undeletable and unchangeable for that period, so a backdoored model cannot quietly replace a reviewed one and a known-good copy is there to roll back to.",
  severity: "high",
  enforcementLevel: "mandatory",
  remediationSteps:
    'Create the bucket with `objectLockEnabled: true`, enable versioning, and add an aws.s3.BucketObjectLockConfiguration with `rule: { defaultRetention: { mode: "GOVERNANCE", days: 30 } }` (or COMPLIANCE, or `years`). scopeguard\'s AiDataBucket does this for dataClass "model-artifacts".',
  minScope: CONTROL_SCOPES.artifactObjectLock,
  services: ["s3"],
  mappings: {
    nistCsf: ["PR.DS-01", "PR.DS-11", "RC.RP-03"],
    owaspLlm: ["LLM04", "LLM03"],
    mitreAtlas: ["AML.T0018", "AML.T0010.003", "AML.M0014"],
    cisaNcsc: ["secure-deployment"],
    seedItems: [
      "cisa.deploy-protect-model",
      "blueprint.model-signing",
      "checklist.ops-rollback",
      "csf.rc-integrity",
      "matrix.scope-4",
    ],
  },
  check: (resources) => checkModelArtifactObjectLock(resources),
};
