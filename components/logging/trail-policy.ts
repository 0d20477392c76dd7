import * as pulumi from "@pulumi/pulumi";
import { unique } from "../common";
import type { BucketPolicyStatementArgs } from "../storage";

/**
 * What a CloudTrail trail needs from its bucket and which events it records, from plain values.
 * Everything here is built from names (the trail's and the buckets'), which are known during
 * preview, so the policy pack can check it before deployment.
 */

/** The service principal of CloudTrail. */
export const CLOUDTRAIL_SERVICE = "cloudtrail.amazonaws.com";

/** CloudTrail trail names: 3 to 128 letters, digits, `.`, `_`, `-`, starting and ending with a letter or digit. */
const TRAIL_NAME = /^[A-Za-z0-9](?:[A-Za-z0-9]|[._-](?![._-])){1,126}[A-Za-z0-9]$/;

/** True when CloudTrail accepts `name` as a trail name. */
export function isTrailName(name: unknown): name is string {
  return typeof name === "string" && TRAIL_NAME.test(name);
}

/** The ARN of a trail, from its name: `arn:<partition>:cloudtrail:<region>:<account>:trail/<name>`. */
export function trailArnFor(c: {
  partition: string;
  region: string;
  accountId: string;
  trailName: string;
}): string {
  return `arn:${c.partition}:cloudtrail:${c.region}:${c.accountId}:trail/${c.trailName}`;
}

/** What the bucket statements need: the account and the trail, as Inputs. */
export interface TrailBucketInput {
  readonly accountId: pulumi.Input<string>;
  readonly trailArn: pulumi.Input<string>;
}

/**
 * The bucket-policy statements CloudTrail needs to deliver logs, both limited to this trail
 * (`aws:SourceArn`), so no other trail, of this account or another, can write into the bucket.
 * They go into the audit bucket's own policy (AiDataBucket's `additionalBucketPolicyStatements`).
 */
export function trailBucketStatements(input: TrailBucketInput): BucketPolicyStatementArgs[] {
  const sourceArn = { operator: "StringEquals", key: "aws:SourceArn", values: [input.trailArn] };
  return [
    {
      sid: "CloudTrailAclCheck",
      effect: "Allow",
      servicePrincipals: [CLOUDTRAIL_SERVICE],
      actions: ["s3:GetBucketAcl"],
      conditions: [sourceArn],
    },
    {
      sid: "CloudTrailWrite",
      effect: "Allow",
      servicePrincipals: [CLOUDTRAIL_SERVICE],
      actions: ["s3:PutObject"],
      objectKeys: [pulumi.interpolate`AWSLogs/${input.accountId}/*`],
      conditions: [
        sourceArn,
        { operator: "StringEquals", key: "s3:x-amz-acl", values: ["bucket-owner-full-control"] },
      ],
    },
  ];
}

/** One advanced event selector, shaped like `aws.cloudtrail.Trail`'s input. */
export interface EventSelectorPlan {
  readonly name: string;
  readonly fieldSelectors: {
    readonly field: string;
    readonly equals?: string[];
    readonly startsWiths?: string[];
    readonly notStartsWiths?: string[];
  }[];
}

/** What the event selectors depend on. */
export interface EventSelectorInput {
  readonly partition: string;
  /** S3 object-level events are recorded for these buckets. */
  readonly dataEventBuckets: readonly string[];
  /**
   * Record S3 object-level events for every bucket but the trail's own (`dataEventBuckets` empty
   * at scope 4 and above), so the trail does not log its own deliveries.
   */
  readonly allBucketsExcept?: string;
}

/**
 * The advanced event selectors: every management event (read and write), plus S3 object-level
 * data events for the AI data buckets, which at scope 4+ hold training data and model artifacts.
 */
export function buildEventSelectors(input: EventSelectorInput): EventSelectorPlan[] {
  const selectors: EventSelectorPlan[] = [
    { name: "Management events", fieldSelectors: [{ field: "eventCategory", equals: ["Management"] }] },
  ];
  const objects = (bucket: string): string => `arn:${input.partition}:s3:::${bucket}/`;
  const dataEvents = [
    { field: "eventCategory", equals: ["Data"] },
    { field: "resources.type", equals: ["AWS::S3::Object"] },
  ];
  if (input.dataEventBuckets.length > 0) {
    selectors.push({
      name: "S3 object events of AI data buckets",
      fieldSelectors: [
        ...dataEvents,
        { field: "resources.ARN", startsWiths: unique(input.dataEventBuckets).map(objects) },
      ],
    });
  } else if (input.allBucketsExcept !== undefined) {
    selectors.push({
      name: "S3 object events of every bucket but the trail's",
      fieldSelectors: [
        ...dataEvents,
        { field: "resources.ARN", notStartsWiths: [objects(input.allBucketsExcept)] },
      ],
    });
  }
  return selectors;
}
