import { linkConfigurations } from "../../framework/correlate";
import type {
  ResourceProps,
  StackPolicyDefinition,
  StackResource,
  StackViolation,
} from "../../framework/types";
import { tryRead } from "../../framework/unknowns";
import { ACCOUNT_PUBLIC_ACCESS_BLOCK_TYPE, bucketLink, PUBLIC_ACCESS_BLOCK_TYPE } from "./lib/bucket-types";
import { CONTROL_SCOPES } from "../../vocabulary";

const FLAGS = ["blockPublicAcls", "blockPublicPolicy", "ignorePublicAcls", "restrictPublicBuckets"] as const;

/** The flags not set to true; unknown flags are left to the update run, where they are known. */
function missingFlags(props: ResourceProps): string[] {
  return FLAGS.filter((flag) => {
    const value = tryRead(() => props[flag]);
    return value.known && value.value !== true;
  });
}

/** Pure check over the stack: each bucket has all four public-access blocks, or the account does. */
export function checkBucketsPublicAccessBlocked(resources: readonly StackResource[]): StackViolation[] {
  const accountBlocks = resources.filter((r) => r.type === ACCOUNT_PUBLIC_ACCESS_BLOCK_TYPE);
  if (accountBlocks.some((r) => missingFlags(r.props).length === 0)) {
    return [];
  }
  const violations: StackViolation[] = [];
  for (const { target, configs } of linkConfigurations(resources, bucketLink(PUBLIC_ACCESS_BLOCK_TYPE))) {
    if (configs.length === 0) {
      violations.push({
        urn: target.urn,
        message: `Bucket "${target.name}" has no public access block: add an aws.s3.BucketPublicAccessBlock with all four settings true.`,
      });
      continue;
    }
    const missing = FLAGS.filter((flag) => configs.every((c) => missingFlags(c.props).includes(flag)));
    if (missing.length > 0) {
      violations.push({
        urn: target.urn,
        message: `Bucket "${target.name}" does not block all public access: set ${missing.join(", ")} to true.`,
      });
    }
  }
  return violations;
}

export const s3BucketPublicAccessBlocked: StackPolicyDefinition = {
  kind: "stack",
  name: "s3-bucket-public-access-blocked",
  description:
    "Every S3 bucket blocks public ACLs and public bucket policies, through all four public-access-block settings.",
  rationale:
    "A public bucket of training data or model weights is the cheapest model theft and data-poisoning path there is; blocking public access makes one mistaken policy harmless.",
  severity: "critical",
  enforcementLevel: "mandatory",
  remediationSteps:
    "Add an aws.s3.BucketPublicAccessBlock for the bucket with blockPublicAcls, blockPublicPolicy, ignorePublicAcls and restrictPublicBuckets all true (or an account-level block).",
  minScope: CONTROL_SCOPES.bucketBaseline,
  services: ["s3"],
  mappings: {
    nistCsf: ["PR.AA-05", "PR.DS-01"],
    owaspLlm: ["LLM02", "LLM04"],
    mitreAtlas: ["AML.M0005"],
    cisaNcsc: ["secure-deployment"],
    seedItems: ["csf.pr-access-chain", "cisa.deploy-secure-infrastructure", "cisa.deploy-secure-defaults"],
  },
  check: (resources) => checkBucketsPublicAccessBlocked(resources),
};
