import { dependenciesOf } from "../../../framework/target-index";
import type { ResourceProps, StackResource } from "../../../framework/types";
import { readOr, tryRead } from "../../../framework/unknowns";
import { asList, field } from "../../../framework/values";

/**
 * Which S3 buckets a trail records object-level (data) events for, read from its basic
 * `eventSelectors` or its `advancedEventSelectors`.
 */
export type Access = "read" | "write";

/** One selector's reach. `unknownTargets`: some ARN values are unknown during preview. */
export interface S3DataSelector {
  readonly access: ReadonlySet<Access>;
  readonly allBuckets: boolean;
  readonly bucketNames: ReadonlySet<string>;
  readonly excludedNames: ReadonlySet<string>;
  readonly unknownTargets: boolean;
}

/** A trail's S3 data selectors, or `"unknown"` when their structure is not known yet. */
export type TrailCoverage = readonly S3DataSelector[] | "unknown";

const S3_OBJECT = "AWS::S3::Object";
const ALL_BUCKETS = /^arn:aws[a-z-]*:s3(:::)?\/?$/;
const BUCKET_ARN = /^arn:aws[a-z-]*:s3:::([^/]+)/;
const BOTH: ReadonlySet<Access> = new Set(["read", "write"]);

interface Targets {
  all: boolean;
  names: Set<string>;
  unknown: boolean;
}

function addTarget(targets: Targets, value: () => unknown): void {
  const v = tryRead(value);
  if (!v.known) {
    targets.unknown = true;
  } else if (typeof v.value === "string") {
    const name = BUCKET_ARN.exec(v.value)?.[1];
    if (ALL_BUCKETS.test(v.value)) {
      targets.all = true;
    } else if (name !== undefined) {
      targets.names.add(name);
    }
  }
}

/**
 * Adds the ARN values of `container[key]` one element at a time, so that an ARN unknown during
 * preview marks the targets unknown instead of hiding the known ones. Returns how many there are.
 */
function addTargets(targets: Targets, container: unknown, key: string): number {
  const list = tryRead(() => field(container, key));
  if (!list.known) {
    targets.unknown = true;
    return 1;
  }
  const values = list.value;
  if (!Array.isArray(values)) {
    addTarget(targets, () => values);
    return values === undefined ? 0 : 1;
  }
  for (let i = 0; i < values.length; i++) {
    addTarget(targets, () => values[i]);
  }
  return values.length;
}

function basicSelectors(props: ResourceProps): S3DataSelector[] {
  return asList(props.eventSelectors).flatMap((selector) => {
    const rw = readOr(() => field(selector, "readWriteType"), "All");
    const access: ReadonlySet<Access> =
      rw === "ReadOnly" ? new Set(["read"]) : rw === "WriteOnly" ? new Set(["write"]) : BOTH;
    return asList(field(selector, "dataResources"))
      .filter((resource) => field(resource, "type") === S3_OBJECT)
      .map((resource) => {
        const targets: Targets = { all: false, names: new Set(), unknown: false };
        addTargets(targets, resource, "values");
        return {
          access,
          allBuckets: targets.all,
          bucketNames: targets.names,
          excludedNames: new Set<string>(),
          unknownTargets: targets.unknown,
        };
      });
  });
}

function advancedSelector(selector: unknown): S3DataSelector | undefined {
  const fields = asList(field(selector, "fieldSelectors"));
  const named = (name: string) => fields.filter((f) => field(f, "field") === name);
  const equalsValues = (name: string) => named(name).flatMap((f) => asList(field(f, "equals")));
  if (
    !equalsValues("eventCategory").includes("Data") ||
    !equalsValues("resources.type").includes(S3_OBJECT)
  ) {
    return undefined;
  }
  const readOnly = equalsValues("readOnly");
  const access: ReadonlySet<Access> =
    readOnly.length === 1 && readOnly[0] === "true"
      ? new Set(["read"])
      : readOnly.length === 1 && readOnly[0] === "false"
        ? new Set(["write"])
        : BOTH;
  const include: Targets = { all: false, names: new Set(), unknown: false };
  const exclude: Targets = { all: false, names: new Set(), unknown: false };
  let includes = false;
  for (const f of named("resources.ARN")) {
    for (const [operator, targets] of [
      ["equals", include],
      ["startsWiths", include],
      ["notEquals", exclude],
      ["notStartsWiths", exclude],
    ] as const) {
      const count = addTargets(targets, f, operator);
      includes ||= targets === include && count > 0;
    }
  }
  return {
    access,
    allBuckets: !includes || include.all,
    bucketNames: include.names,
    excludedNames: exclude.names,
    unknownTargets: include.unknown || exclude.unknown,
  };
}

/** The S3 data-event selectors of a trail; a trail known to be off covers nothing. */
export function trailCoverage(trail: StackResource): TrailCoverage {
  const result = tryRead(() => {
    if (trail.props.enableLogging === false) {
      return [];
    }
    const advanced = asList(trail.props.advancedEventSelectors)
      .map(advancedSelector)
      .filter((s): s is S3DataSelector => s !== undefined);
    return [...basicSelectors(trail.props), ...advanced];
  });
  return result.known ? result.value : "unknown";
}

/** The buckets a trail's selectors were computed from, as Pulumi recorded the dependencies. */
export function selectorDependencies(trail: StackResource): ReadonlySet<string> {
  const deps = ["eventSelectors", "advancedEventSelectors"].flatMap((key) => dependenciesOf(trail, key));
  return new Set(deps.map((d) => d.urn));
}
