import * as assert from "node:assert/strict";
import type { StackResource } from "../../../policypack/framework/types";
import { LOGGING_POLICIES } from "../../../policypack/policies/logging";
import { cloudwatchAuditLogRetentionMinimum as auditRetention } from "../../../policypack/policies/logging/cloudwatch-audit-log-retention-minimum";
import { s3BucketAccessLoggingForModelData as accessLogging } from "../../../policypack/policies/logging/s3-bucket-access-logging-for-model-data";
import { cloudwatchLogGroupEncryptedWithCmk as logGroupCmk } from "../../../policypack/policies/logging/cloudwatch-log-group-encrypted-with-cmk";
import { cloudwatchLogGroupRetentionSet as retentionSet } from "../../../policypack/policies/logging/cloudwatch-log-group-retention-set";
import { cloudwatchPromptLogRetentionBounded as promptRetention } from "../../../policypack/policies/logging/cloudwatch-prompt-log-retention-bounded";
import { cloudtrailDataEventsForModelData as dataEvents } from "../../../policypack/policies/logging/cloudtrail-data-events-for-model-data";
import { cloudtrailTrailEncryptedWithCmk as trailCmk } from "../../../policypack/policies/logging/cloudtrail-trail-encrypted-with-cmk";
import { cloudtrailTrailExistsForAiStack as trailExists } from "../../../policypack/policies/logging/cloudtrail-trail-exists-for-ai-stack";
import { cloudtrailTrailLogFileValidation as validation } from "../../../policypack/policies/logging/cloudtrail-trail-log-file-validation";
import { cloudtrailTrailMultiRegion as multiRegion } from "../../../policypack/policies/logging/cloudtrail-trail-multi-region";
import { contextAt, resource, stackResource, UNKNOWN } from "../support";
import { KEY_ARN, UNKNOWN_BOOL, UNKNOWN_NUMBER } from "../fixtures/values";
import { aiGuardrail, stackRoot } from "../fixtures/ai-stack";
import { remediated, remediation } from "../fixtures/remediation";

const TRAIL = "aws:cloudtrail/trail:Trail";
const LOG_GROUP = "aws:cloudwatch/logGroup:LogGroup";
const BUCKET = "aws:s3/bucket:Bucket";
const BUCKET_LOGGING = "aws:s3/bucketLogging:BucketLogging";
const ctx = contextAt(1);
const ctx4 = contextAt(4);

const trail = (props: Record<string, unknown>) => resource(TRAIL, { s3BucketName: UNKNOWN, ...props });

describe("cloudtrail-trail-multi-region", () => {
  it("passes a multi-region trail", () => {
    assert.deepEqual(multiRegion.check(trail({ isMultiRegionTrail: true }), ctx), []);
  });

  it("fails AWS's default single-region trail and an explicit false", () => {
    assert.deepEqual(multiRegion.check(trail({}), ctx), [
      "The trail records only its own region (AWS's default): set isMultiRegionTrail to true.",
    ]);
    assert.equal(multiRegion.check(trail({ isMultiRegionTrail: false }), ctx).length, 1);
  });

  it("decides although the bucket is unknown, and lets an unknown flag reach the SDK", () => {
    assert.throws(
      () => multiRegion.check(trail({ isMultiRegionTrail: UNKNOWN_BOOL }), ctx),
      /can't be known during preview/,
    );
  });

  it("remediates by turning the flag on and keeping every input, unknowns included", () => {
    assert.deepEqual(
      { ...remediated(multiRegion, trail({ name: "t" }), ctx) },
      { s3BucketName: UNKNOWN, name: "t", isMultiRegionTrail: true },
    );
    assert.equal(remediated(multiRegion, trail({ isMultiRegionTrail: true }), ctx), undefined);
    assert.equal(remediation(multiRegion, trail({ isMultiRegionTrail: UNKNOWN_BOOL }), ctx).kind, "unknown");
  });
});

describe("cloudtrail-trail-log-file-validation", () => {
  it("passes a trail with log file validation", () => {
    assert.deepEqual(validation.check(trail({ enableLogFileValidation: true }), ctx), []);
  });

  it("fails the default", () => {
    assert.deepEqual(validation.check(trail({}), ctx), [
      "The trail's log files cannot be validated (AWS's default): set enableLogFileValidation to true.",
    ]);
  });

  it("lets an unknown flag reach the SDK, in the check and in the remediation", () => {
    assert.throws(
      () => validation.check(trail({ enableLogFileValidation: UNKNOWN_BOOL }), ctx),
      /can't be known during preview/,
    );
    assert.equal(
      remediation(validation, trail({ enableLogFileValidation: UNKNOWN_BOOL }), ctx).kind,
      "unknown",
    );
  });

  it("remediates by turning validation on", () => {
    assert.equal(
      remediated(validation, trail({ enableLogFileValidation: false }), ctx)?.enableLogFileValidation,
      true,
    );
  });
});

describe("cloudtrail-trail-encrypted-with-cmk", () => {
  it("passes a trail with a KMS key, known or unknown", () => {
    assert.deepEqual(trailCmk.check(trail({ kmsKeyId: KEY_ARN }), ctx), []);
    assert.deepEqual(trailCmk.check(trail({ kmsKeyId: UNKNOWN }), ctx), []);
  });

  it("fails a trail without one", () => {
    assert.deepEqual(trailCmk.check(trail({}), ctx), [
      "The trail's log files are encrypted only with SSE-S3: set kmsKeyId to a customer-managed KMS key.",
    ]);
    assert.equal(trailCmk.check(trail({ kmsKeyId: "" }), ctx).length, 1);
  });
});

describe("cloudtrail-trail-exists-for-ai-stack", () => {
  it("passes an AI stack with a trail whose every output is unknown", () => {
    assert.deepEqual(
      trailExists.check(
        [
          stackRoot(),
          aiGuardrail(),
          stackResource(TRAIL, "t", { arn: UNKNOWN, enableLogging: UNKNOWN_BOOL }),
        ],
        ctx,
      ),
      [],
    );
  });

  it("accepts a CloudTrail Lake event data store", () => {
    assert.deepEqual(
      trailExists.check(
        [aiGuardrail(), stackResource("aws:cloudtrail/eventDataStore:EventDataStore", "lake", {})],
        ctx,
      ),
      [],
    );
  });

  it("fails an AI stack without a trail, on the stack resource", () => {
    const s = stackRoot();
    assert.deepEqual(trailExists.check([s, aiGuardrail()], ctx), [
      {
        urn: s.urn,
        message:
          'The stack holds AI resources ("gr", aws:bedrock/guardrail:Guardrail) but no CloudTrail trail or event data store: add an aws.cloudtrail.Trail (multi-region, log file validation, CMK), or exempt the stack if an organization trail covers the account.',
      },
    ]);
  });

  it("counts resources tagged ai-system as AI, and a trail switched off as no trail", () => {
    const tagged = stackResource("aws:sqs/queue:Queue", "q", { tags: { "ai-system": "chatbot" } });
    assert.equal(
      trailExists.check([tagged, stackResource(TRAIL, "t", { enableLogging: false })], ctx).length,
      1,
    );
  });

  it("is silent for a stack without AI resources", () => {
    assert.deepEqual(
      trailExists.check([stackRoot(), stackResource(BUCKET, "b", { tags: { team: "web" } })], ctx),
      [],
    );
  });
});

describe("cloudtrail-data-events-for-model-data", () => {
  /** A bucket as a preview sees it: name known (autonamed at Check), id and ARN unknown. */
  const bucket = (name: string, dataClass = "training-data") =>
    stackResource(BUCKET, name, {
      bucket: `${name}-1a2b3c4`,
      id: UNKNOWN,
      arn: UNKNOWN,
      tags: { "data-class": dataClass },
    });
  const basicTrail = (
    values: unknown[],
    readWriteType?: string,
    dependsOn: Record<string, StackResource[]> = {},
  ) =>
    stackResource(
      TRAIL,
      "trail",
      { eventSelectors: [{ readWriteType, dataResources: [{ type: "AWS::S3::Object", values }] }] },
      dependsOn,
    );
  const advancedTrail = (fieldSelectors: object[]) =>
    stackResource(TRAIL, "trail", { advancedEventSelectors: [{ name: "s3", fieldSelectors }] });
  const DATA_S3 = [
    { field: "eventCategory", equals: ["Data"] },
    { field: "resources.type", equals: ["AWS::S3::Object"] },
  ];

  it("passes a bucket named by a literal ARN in a basic selector", () => {
    const b = bucket("train");
    assert.deepEqual(dataEvents.check([b, basicTrail(["arn:aws:s3:::train-1a2b3c4/"])], ctx4), []);
  });

  it("passes a bucket whose ARN is unknown, linked through the trail's property dependency", () => {
    const b = bucket("train");
    assert.deepEqual(dataEvents.check([b, basicTrail([UNKNOWN], "All", { eventSelectors: [b] })], ctx4), []);
  });

  it("passes all-bucket selectors, basic and advanced", () => {
    assert.deepEqual(dataEvents.check([bucket("train"), basicTrail(["arn:aws:s3"])], ctx4), []);
    assert.deepEqual(dataEvents.check([bucket("train"), advancedTrail(DATA_S3)], ctx4), []);
  });

  it("fails a model-artifact bucket with no trail recording it", () => {
    const b = bucket("models", "model-artifacts");
    assert.deepEqual(dataEvents.check([b, basicTrail(["arn:aws:s3:::other-bucket/"])], ctx4), [
      {
        urn: b.urn,
        message:
          'Bucket "models" holds model-artifacts but no CloudTrail trail records its object-level (data) events: add to a trail an event selector with readWriteType "All" and a dataResources entry of type AWS::S3::Object for the bucket\'s ARN followed by "/".',
      },
    ]);
    assert.equal(dataEvents.check([bucket("lonely")], ctx4).length, 1);
  });

  it("fails a trail that records only writes, and says so", () => {
    const [v] = dataEvents.check(
      [bucket("train"), basicTrail(["arn:aws:s3:::train-1a2b3c4/"], "WriteOnly")],
      ctx4,
    );
    assert.match(v.message, /CloudTrail records only its write data events/);
    const readOnly = advancedTrail([...DATA_S3, { field: "readOnly", equals: ["true"] }]);
    assert.match(dataEvents.check([bucket("train"), readOnly], ctx4)[0].message, /only its read data events/);
  });

  it("fails a bucket excluded by an advanced selector, and a trail that is switched off", () => {
    const excluded = advancedTrail([
      ...DATA_S3,
      { field: "resources.ARN", notStartsWiths: ["arn:aws:s3:::train-1a2b3c4/"] },
    ]);
    assert.equal(dataEvents.check([bucket("train"), excluded], ctx4).length, 1);
    const off = stackResource(TRAIL, "off", {
      enableLogging: false,
      eventSelectors: [{ dataResources: [{ type: "AWS::S3::Object", values: ["arn:aws:s3"] }] }],
    });
    assert.equal(dataEvents.check([bucket("train"), off], ctx4).length, 1);
  });

  it("passes an advanced selector that names the bucket, and ignores selectors for other resource types", () => {
    const named = advancedTrail([
      ...DATA_S3,
      { field: "resources.ARN", startsWiths: ["arn:aws:s3:::train-1a2b3c4/"] },
    ]);
    assert.deepEqual(dataEvents.check([bucket("train"), named], ctx4), []);
    const lambda = stackResource(TRAIL, "t", {
      eventSelectors: [{ dataResources: [{ type: "AWS::Lambda::Function", values: ["arn:aws:lambda"] }] }],
    });
    assert.equal(dataEvents.check([bucket("train"), lambda], ctx4).length, 1);
  });

  it("ignores buckets that hold other data", () => {
    assert.deepEqual(dataEvents.check([bucket("logs", "prompt-logs")], ctx4), []);
  });

  it("leaves unknown selectors it cannot link to the update run", () => {
    assert.deepEqual(dataEvents.check([bucket("train"), basicTrail([UNKNOWN])], ctx4), []);
    assert.deepEqual(
      dataEvents.check([bucket("train"), stackResource(TRAIL, "t", { eventSelectors: UNKNOWN })], ctx4),
      [],
    );
  });

  it("does not let an unknown ARN linked to one bucket vouch for another", () => {
    const a = bucket("a");
    const b = bucket("b");
    assert.deepEqual(
      dataEvents.check([a, b, basicTrail([UNKNOWN], "All", { eventSelectors: [a] })], ctx4).map((v) => v.urn),
      [b.urn],
    );
  });
});

describe("cloudwatch-log-group-encrypted-with-cmk", () => {
  it("passes a log group with a KMS key, known or unknown", () => {
    assert.deepEqual(logGroupCmk.check(resource(LOG_GROUP, { kmsKeyId: KEY_ARN }), ctx), []);
    assert.deepEqual(logGroupCmk.check(resource(LOG_GROUP, { kmsKeyId: UNKNOWN }), ctx), []);
  });

  it("fails a log group without one", () => {
    assert.deepEqual(logGroupCmk.check(resource(LOG_GROUP, { retentionInDays: 30 }), ctx), [
      "The log group is encrypted only with the CloudWatch Logs service key: set kmsKeyId to a customer-managed KMS key ARN.",
    ]);
  });
});

describe("cloudwatch-log-group-retention-set", () => {
  it("passes a log group with a retention, or one unknown during preview", () => {
    assert.deepEqual(retentionSet.check(resource(LOG_GROUP, { retentionInDays: 90 }), ctx), []);
    assert.deepEqual(retentionSet.check(resource(LOG_GROUP, { retentionInDays: UNKNOWN_NUMBER }), ctx), []);
  });

  it("fails an omitted retention and 0, both meaning forever", () => {
    assert.deepEqual(retentionSet.check(resource(LOG_GROUP, {}), ctx), [
      "The log group keeps its events forever (retentionInDays omitted or 0, AWS's default): set retentionInDays to the period you need, for example 90 or 365.",
    ]);
    assert.equal(retentionSet.check(resource(LOG_GROUP, { retentionInDays: 0 }), ctx).length, 1);
  });

  it("leaves prompt and audit logs to their own policies", () => {
    assert.deepEqual(
      retentionSet.check(resource(LOG_GROUP, { tags: { "data-class": "audit-logs" } }), ctx),
      [],
    );
    assert.deepEqual(
      retentionSet.check(resource(LOG_GROUP, { tags: { "data-class": "prompt-logs" } }), ctx),
      [],
    );
  });
});

describe("cloudwatch-prompt-log-retention-bounded", () => {
  const prompts = (props: Record<string, unknown>) =>
    resource(LOG_GROUP, { tags: { "data-class": "prompt-logs" }, kmsKeyId: UNKNOWN, ...props });

  it("passes a prompt-log group kept 400 days or less", () => {
    assert.deepEqual(promptRetention.check(prompts({ retentionInDays: 400 }), ctx), []);
    assert.deepEqual(promptRetention.check(prompts({ retentionInDays: 30 }), ctx), []);
  });

  it("fails a prompt-log group kept forever", () => {
    assert.deepEqual(promptRetention.check(prompts({}), ctx), [
      "The prompt-log group's events never expire: set retentionInDays between 1 and 400.",
    ]);
  });

  it("fails a prompt-log group kept too long", () => {
    assert.deepEqual(promptRetention.check(prompts({ retentionInDays: 731 }), ctx), [
      "The prompt-log group's events are kept 731 days: set retentionInDays between 1 and 400.",
    ]);
  });

  it("ignores other log groups, and reads the tag from tagsAll too", () => {
    assert.deepEqual(promptRetention.check(resource(LOG_GROUP, {}), ctx), []);
    assert.equal(
      promptRetention.check(resource(LOG_GROUP, { tagsAll: { "data-class": "prompt-logs" } }), ctx).length,
      1,
    );
  });

  it("lets an unknown retention reach the SDK: the decision depends on it", () => {
    assert.throws(
      () => promptRetention.check(prompts({ retentionInDays: UNKNOWN_NUMBER }), ctx),
      /can't be known during preview/,
    );
  });
});

describe("cloudwatch-audit-log-retention-minimum", () => {
  const audit = (props: Record<string, unknown>) =>
    resource(LOG_GROUP, { tags: { "data-class": "audit-logs" }, ...props });

  it("passes an audit-log group kept a year or more, or forever", () => {
    assert.deepEqual(auditRetention.check(audit({ retentionInDays: 365 }), ctx), []);
    assert.deepEqual(auditRetention.check(audit({ retentionInDays: 2557 }), ctx), []);
    assert.deepEqual(auditRetention.check(audit({}), ctx), []);
  });

  it("fails an audit-log group kept less than a year", () => {
    assert.deepEqual(auditRetention.check(audit({ retentionInDays: 90 }), ctx), [
      "The audit-log group's events are kept 90 days: keep them at least 365 days (retentionInDays 365 or more, STANDARD or INFREQUENT_ACCESS class).",
    ]);
  });

  it("fails the DELIVERY class, which keeps events two days whatever retentionInDays says", () => {
    assert.match(
      auditRetention.check(audit({ retentionInDays: 731, logGroupClass: "DELIVERY" }), ctx)[0],
      /are kept 2 days \(the DELIVERY class/,
    );
  });

  it("lets an unknown retention reach the SDK", () => {
    assert.throws(
      () => auditRetention.check(audit({ retentionInDays: UNKNOWN_NUMBER }), ctx),
      /can't be known during preview/,
    );
  });
});

describe("s3-bucket-access-logging-for-model-data", () => {
  const bucket = (name: string, props: Record<string, unknown> = {}) =>
    stackResource(BUCKET, name, {
      bucket: `${name}-1a2b3c4`,
      id: UNKNOWN,
      tags: { "data-class": "training-data" },
      ...props,
    });
  const loggingOf = (target: StackResource, props: Record<string, unknown>) =>
    stackResource(
      BUCKET_LOGGING,
      `${target.name}-logging`,
      { bucket: UNKNOWN, targetPrefix: "p/", ...props },
      { bucket: [target] },
    );

  it("passes a training-data bucket with a BucketLogging whose target is unknown during preview", () => {
    const b = bucket("train");
    assert.deepEqual(accessLogging.check([b, loggingOf(b, { targetBucket: UNKNOWN })], ctx4), []);
  });

  it("accepts the legacy inline logging block", () => {
    assert.deepEqual(
      accessLogging.check([bucket("train", { logging: { targetBucket: "access-logs" } })], ctx4),
      [],
    );
    assert.deepEqual(
      accessLogging.check([bucket("train", { loggings: [{ targetBucket: "access-logs" }] })], ctx4),
      [],
    );
  });

  it("fails a training-data bucket without access logging", () => {
    const b = bucket("train");
    assert.deepEqual(accessLogging.check([b], ctx4), [
      {
        urn: b.urn,
        message:
          'Bucket "train" holds training-data but writes no server access logs: add an aws.s3.BucketLogging with targetBucket set to the access-log bucket and a targetPrefix.',
      },
    ]);
  });

  it("fails a BucketLogging with an empty target, and does not let one bucket's logging vouch for another", () => {
    const b = bucket("train");
    assert.equal(accessLogging.check([b, loggingOf(b, { targetBucket: "" })], ctx4).length, 1);
    const other = bucket("other");
    assert.deepEqual(
      accessLogging.check([b, other, loggingOf(other, { targetBucket: "logs" })], ctx4).map((v) => v.urn),
      [b.urn],
    );
  });

  it("ignores buckets of other data classes, and leaves an inline block computed from another bucket to the update run", () => {
    assert.deepEqual(
      accessLogging.check([bucket("logs", { tags: { "data-class": "audit-logs" } })], ctx4),
      [],
    );
    const logs = bucket("logs", { tags: { "data-class": "audit-logs" } });
    const train = stackResource(
      BUCKET,
      "train",
      { bucket: "train-1", tags: { "data-class": "training-data" }, logging: UNKNOWN },
      { logging: [logs] },
    );
    assert.deepEqual(accessLogging.check([logs, train], ctx4), []);
  });

  it("treats a bucket's provider-computed inline logging as unset during preview", () => {
    assert.equal(accessLogging.check([bucket("train", { logging: UNKNOWN })], ctx4).length, 1);
    assert.equal(accessLogging.check([bucket("train", { loggings: UNKNOWN })], ctx4).length, 1);
  });
});

describe("logging policy metadata", () => {
  it("every policy is in the domain index once, with complete mappings", () => {
    const names = LOGGING_POLICIES.map((p) => p.name);
    assert.equal(new Set(names).size, names.length);
    for (const p of LOGGING_POLICIES) {
      assert.ok(
        p.mappings.nistCsf.length > 0 && p.mappings.cisaNcsc.length > 0 && p.mappings.seedItems.length > 0,
        p.name,
      );
      assert.equal(
        p.enforcementLevel === "remediate",
        p.kind === "resource" && p.remediate !== undefined,
        p.name,
      );
    }
  });
});
