/**
 * Pulumi autonaming for @pulumi/aws resources. The real engine computes autonames in the
 * provider's Check, before preview, so an autoname is KNOWN in both modes: `<logicalName>-<7 hex>`.
 * With a `namePrefix`, the AWS provider picks the name at create time, so it is unknown in
 * preview and `<prefix><26 digits>` after.
 */
import { UNKNOWN } from "../sentinels";
import { autoname } from "./ids";
import { prefixedName } from "./aws-resources";
import type { TypeShape } from "./aws-schema";
import { AwsType } from "../../../policypack/vocabulary";

interface AutonameRule {
  /** The autonamed property. */
  readonly property: string;
  /** The property that asks for a prefix instead. */
  readonly prefixProperty?: string;
  readonly maxLength: number;
  readonly lowercase?: boolean;
  /** Prepended to the generated name (KMS aliases must start with `alias/`). */
  readonly fixedPrefix?: string;
}

/** Types whose autoname differs from the default `name` (pulumi-aws resources.go). */
const SPECIAL: Record<string, AutonameRule> = {
  [AwsType.s3.Bucket]: {
    property: "bucket",
    prefixProperty: "bucketPrefix",
    maxLength: 63,
    lowercase: true,
  },
  [AwsType.s3.BucketV2]: {
    property: "bucket",
    prefixProperty: "bucketPrefix",
    maxLength: 63,
    lowercase: true,
  },
  [AwsType.kms.Alias]: {
    property: "name",
    prefixProperty: "namePrefix",
    maxLength: 256,
    fixedPrefix: "alias/",
  },
  [AwsType.iam.Role]: { property: "name", prefixProperty: "namePrefix", maxLength: 64 },
  [AwsType.iam.Policy]: { property: "name", prefixProperty: "namePrefix", maxLength: 128 },
  [AwsType.lambda.Function]: { property: "name", maxLength: 64 },
  [AwsType.sqs.Queue]: { property: "name", prefixProperty: "namePrefix", maxLength: 80 },
  [AwsType.sagemaker.NotebookInstance]: { property: "name", maxLength: 63 },
};

/** The autoname rule for a type: the table, else `name` when the type declares an optional `name` input. */
export function autonameRule(type: string, shape: TypeShape | undefined): AutonameRule | undefined {
  if (SPECIAL[type]) return SPECIAL[type];
  if (shape?.inputs.get("name")?.optional && shape.outputs.has("name")) {
    return {
      property: "name",
      prefixProperty: shape.inputs.has("namePrefix") ? "namePrefix" : undefined,
      maxLength: 255,
    };
  }
  return undefined;
}

/**
 * Adds the autonamed property to `state` when the program did not set it. Returns the properties
 * that the provider's Check would add to the inputs: a plain autoname does; a name built from a
 * `namePrefix` does not (the provider picks it at create time).
 */
export function applyAutoname(
  state: Record<string, unknown>,
  rule: AutonameRule | undefined,
  logicalName: string,
  seed: string,
  preview: boolean,
): string[] {
  if (!rule || state[rule.property] !== undefined) return [];
  const prefix = rule.prefixProperty ? state[rule.prefixProperty] : undefined;
  if (typeof prefix === "string") {
    state[rule.property] = preview ? UNKNOWN : prefixedName(prefix, seed);
    return [];
  } else if (prefix !== undefined) {
    state[rule.property] = UNKNOWN; // the prefix itself is unknown
    return [];
  } else {
    const fixed = rule.fixedPrefix ?? "";
    state[rule.property] = fixed + autoname(logicalName, seed, rule.maxLength - fixed.length, rule.lowercase);
  }
  return [rule.property];
}
