import { addTo } from "../../framework/multimap";
import type { StackPolicyDefinition, StackResource, StackViolation } from "../../framework/types";
import { knownString } from "../../framework/values";
import { BUCKET_TYPES } from "../s3/lib/bucket-types";
import {
  selectorDependencies,
  trailCoverage,
  type Access,
  type S3DataSelector,
} from "./lib/data-event-coverage";
import { modelDataClass } from "./lib/model-data";
import { TRAIL_TYPE } from "./lib/types";
import { CONTROL_SCOPES } from "../../vocabulary";

interface Trail {
  readonly coverage: readonly S3DataSelector[] | "unknown";
  readonly dependencies: ReadonlySet<string>;
}

type Reach = "yes" | "no" | "unknown";

function reaches(
  selector: S3DataSelector,
  bucket: StackResource,
  names: readonly string[],
  trail: Trail,
): Reach {
  if (names.some((n) => selector.excludedNames.has(n))) {
    return "no";
  }
  if (selector.allBuckets || names.some((n) => selector.bucketNames.has(n))) {
    return "yes";
  }
  if (!selector.unknownTargets) {
    return "no";
  }
  // Unknown ARNs: the trail's recorded dependencies say which buckets they came from.
  if (trail.dependencies.size > 0) {
    return trail.dependencies.has(bucket.urn) ? "yes" : "no";
  }
  return "unknown";
}

/** One trail's selector, kept with the trail whose dependencies resolve its unknown ARNs. */
interface Coverage {
  readonly selector: S3DataSelector;
  readonly trail: Trail;
}

/**
 * The stack's trail selectors, indexed by the buckets they can reach, so that judging a bucket looks
 * at its own selectors and not at every trail of the stack: selectors of all buckets, selectors
 * whose unknown ARNs no dependency resolves (both usually few), selectors naming a bucket, and
 * selectors whose unknown ARNs were computed from a bucket. Any other selector cannot reach it.
 */
class TrailIndex {
  private unknownCoverage = false;
  private readonly anyBucket: Coverage[] = [];
  private readonly byName = new Map<string, Coverage[]>();
  private readonly byDependency = new Map<string, Coverage[]>();

  constructor(trails: readonly Trail[]) {
    for (const trail of trails) {
      if (trail.coverage === "unknown") {
        this.unknownCoverage = true;
        continue;
      }
      for (const selector of trail.coverage) {
        const coverage = { selector, trail };
        if (selector.allBuckets || (selector.unknownTargets && trail.dependencies.size === 0)) {
          this.anyBucket.push(coverage);
          continue;
        }
        selector.bucketNames.forEach((name) => addTo(this.byName, name, coverage));
        if (selector.unknownTargets) {
          trail.dependencies.forEach((urn) => addTo(this.byDependency, urn, coverage));
        }
      }
    }
  }

  /** The access kinds the trails record for the bucket, or `"unknown"` when that cannot be told yet. */
  recordedAccess(bucket: StackResource): Set<Access> | "unknown" {
    const names = ["bucket", "id"]
      .map((key) => knownString(() => bucket.props[key]))
      .filter((v): v is string => v !== undefined);
    const candidates = new Set([
      ...this.anyBucket,
      ...names.flatMap((n) => this.byName.get(n) ?? []),
      ...(this.byDependency.get(bucket.urn) ?? []),
    ]);
    const access = new Set<Access>();
    let unknown = this.unknownCoverage;
    for (const { selector, trail } of candidates) {
      const reach = reaches(selector, bucket, names, trail);
      unknown ||= reach === "unknown";
      if (reach === "yes") {
        selector.access.forEach((a) => access.add(a));
      }
    }
    return access.size < 2 && unknown ? "unknown" : access;
  }
}

/** Pure check over the stack: trails record reads and writes of training-data and model-artifact objects. */
export function checkDataEventsForModelData(resources: readonly StackResource[]): StackViolation[] {
  const bucketTypes = new Set<string>(BUCKET_TYPES);
  const trails = new TrailIndex(
    resources
      .filter((r) => r.type === TRAIL_TYPE)
      .map((r) => ({ coverage: trailCoverage(r), dependencies: selectorDependencies(r) })),
  );
  const violations: StackViolation[] = [];
  for (const bucket of resources) {
    const dataClass = bucketTypes.has(bucket.type) ? modelDataClass(bucket) : undefined;
    const access = dataClass === undefined ? "unknown" : trails.recordedAccess(bucket);
    if (access === "unknown" || access.size === 2) {
      continue;
    }
    const what =
      access.size === 0
        ? "no CloudTrail trail records its object-level (data) events"
        : `CloudTrail records only its ${[...access][0]} data events`;
    violations.push({
      urn: bucket.urn,
      message: `Bucket "${bucket.name}" holds ${dataClass} but ${what}: add to a trail an event selector with readWriteType "All" and a dataResources entry of type AWS::S3::Object for the bucket's ARN followed by "/".`,
    });
  }
  return violations;
}

export const cloudtrailDataEventsForModelData: StackPolicyDefinition = {
  kind: "stack",
  name: "cloudtrail-data-events-for-model-data",
  description:
    "CloudTrail records S3 data events (object reads and writes) for every bucket tagged as training data or model artifacts.",
  rationale:
    "Management events do not show who read or overwrote an object; only data events can prove who poisoned a training set, swapped model weights or copied them out.",
  severity: "high",
  enforcementLevel: "mandatory",
  remediationSteps:
    'On an aws.cloudtrail.Trail, add `eventSelectors: [{ readWriteType: "All", includeManagementEvents: true, dataResources: [{ type: "AWS::S3::Object", values: [pulumi.interpolate`${bucket.arn}/`] }] }]`, or an advanced selector with eventCategory Data and resources.type AWS::S3::Object.',
  minScope: CONTROL_SCOPES.dataEvents,
  services: ["cloudtrail", "s3"],
  mappings: {
    nistCsf: ["PR.PS-04", "DE.CM-09", "DE.CM-03"],
    owaspLlm: ["LLM04", "LLM03"],
    mitreAtlas: ["AML.T0020", "AML.T0035", "AML.M0024"],
    cisaNcsc: ["secure-development", "secure-operation"],
    seedItems: [
      "csf.pr-logging",
      "csf.id-provenance",
      "checklist.data-audit-trail",
      "blueprint.access-monitoring",
      "matrix.scope-4",
    ],
  },
  check: (resources) => checkDataEventsForModelData(resources),
};
