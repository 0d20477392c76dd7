/**
 * The samples the contract test runs every policy on: for each policy, one input that violates it
 * and one that complies, and the message the violation must carry. One file per domain, keyed by
 * policy name.
 */

import type { Scope } from "../../../policypack/vocabulary";

/** Resource inputs as the engine sends them (before the SDK wraps them in its unknown proxy). */
export type Props = Record<string, unknown>;

/** One resource of a sample stack; the graph is written with names and built as the SDK builds it. */
export interface SampleResource {
  readonly type: string;
  readonly name: string;
  readonly props: Props;
  /** The name of the parent resource. */
  readonly parent?: string;
  /** Property name -> the names of the resources that property was computed from. */
  readonly dependsOn?: Readonly<Record<string, readonly string[]>>;
  /** Names of resources depended on through `dependsOn` options rather than a property. */
  readonly dependencies?: readonly string[];
}

/** Samples of a policy that judges one resource. */
export interface ResourceSample extends ScopedSample {
  readonly kind: "resource";
  /** One of the policy's resource types. */
  readonly type: string;
  readonly failing: Props;
  readonly passing: Props;
  /** The first message the failing sample produces, word for word. */
  readonly message: string;
  /** Odd props the policy must survive, besides the random ones (inputs that once broke a check). */
  readonly oddProps?: readonly Props[];
}

/** What both kinds of sample may say about the scopes the failing sample is reported at. */
interface ScopedSample {
  /**
   * The scopes at which the failing sample is reported, when it is not every scope from the
   * policy's minimum up (a drift check, for one, can only fire below the scope a resource implies).
   */
  readonly reportedAt?: readonly Scope[];
}

/** Samples of a policy that judges a stack. */
export interface StackSample extends ScopedSample {
  readonly kind: "stack";
  readonly failing: readonly SampleResource[];
  readonly passing: readonly SampleResource[];
  /** The first message the failing stack produces, word for word. */
  readonly message: string;
  /**
   * The name of the resource the violation is reported on, which an exemption selects; none when
   * the finding is about the pack config rather than a resource.
   */
  readonly subject?: string;
  /** Pack config for the failing and passing runs, besides the scope the contract sets. */
  readonly failingSettings?: Readonly<Record<string, unknown>>;
  readonly passingSettings?: Readonly<Record<string, unknown>>;
  /**
   * Why the policy's findings cannot be exempted, when they cannot (the contract then checks that
   * an exemption does not hide them).
   */
  readonly notExemptible?: string;
  /**
   * Why the policy must run with no declared scope, when its subject is the declaration itself
   * (the contract then runs it at the scope the sample's resources imply).
   */
  readonly undeclaredScope?: string;
  /** Odd props every resource of the sample stacks must survive, in turn, besides the random ones. */
  readonly oddProps?: readonly Props[];
  /**
   * Resources added to the sample stacks when they are given odd props: the other types the check
   * reads, placed in the graph the way a program links them.
   */
  readonly oddResources?: readonly SampleResource[];
}

/** Either kind of sample. */
export type PolicySample = ResourceSample | StackSample;

/** The samples of one domain, keyed by policy name. */
export type DomainSamples = Readonly<Record<string, PolicySample>>;

/** A resource policy's samples. */
export function resourceSample(
  type: string,
  failing: Props,
  passing: Props,
  message: string,
): ResourceSample {
  return { kind: "resource", type, failing, passing, message };
}

/** A stack policy's samples. */
export function stackSample(sample: Omit<StackSample, "kind">): StackSample {
  return { kind: "stack", ...sample };
}

/** The domain's samples, each also run on `oddProps` (the odd inputs the domain's checks must survive). */
export function withOddProps(samples: DomainSamples, oddProps: readonly Props[]): DomainSamples {
  return Object.fromEntries(
    Object.entries(samples).map(([name, sample]) => [
      name,
      { ...sample, oddProps: [...oddProps, ...(sample.oddProps ?? [])] },
    ]),
  );
}

/** A sample stack resource. */
export function r(
  type: string,
  name: string,
  props: Props,
  graph: Omit<SampleResource, "type" | "name" | "props"> = {},
): SampleResource {
  return { type, name, props, ...graph };
}
