import { strict as assert } from "assert";
import { AuditTrail, buildEventSelectors, type AuditTrailArgs } from "../../../components/logging";
import { isUnknown, only, resourceErrorMessage, run, type Registered } from "../support";
import { at } from "../../readers";
import { statementsOf, withSid } from "../policy-json";

const TRAIL = "aws:cloudtrail/trail:Trail";
const BUCKET_POLICY = "aws:s3/bucketPolicy:BucketPolicy";
const KEY = "aws:kms/key:Key";
const TRAIL_ARN = "arn:aws:cloudtrail:us-east-1:123456789012:trail/audit";

async function trail(
  args: AuditTrailArgs = {},
  mode: "preview" | "update" = "preview",
): Promise<Registered[]> {
  const { resources, error } = await run(mode, () => new AuditTrail("audit", args));
  assert.equal(error, undefined);
  return resources;
}

async function rejection(args: AuditTrailArgs, name = "audit"): Promise<string> {
  const { resources, error } = await run("preview", () => new AuditTrail(name, args));
  assert.deepEqual(
    resources.map((r) => r.type),
    ["scopeguard:logging:AuditTrail"],
  );
  return resourceErrorMessage(error);
}

const dataSelectors = (resources: Registered[]) =>
  only(resources, TRAIL).inputs.advancedEventSelectors.filter(
    (s: unknown) => at(s, "fieldSelectors", 0, "equals", 0) === "Data",
  );

describe("AuditTrail", () => {
  it("records every region with log-file validation and global events", async () => {
    const t = only(await trail(), TRAIL).inputs;
    assert.deepEqual(
      [
        t.name,
        t.isMultiRegionTrail,
        t.enableLogFileValidation,
        t.includeGlobalServiceEvents,
        t.enableLogging,
      ],
      ["audit", true, true, true, true],
    );
  });

  it("encrypts log files with the trail's customer-managed key", async () => {
    const resources = await trail({}, "update");
    const trailKey = resources.find((r) => r.type === KEY && r.name === "audit-key")!;
    assert.ok(trailKey);
    assert.match(only(resources, TRAIL).inputs.kmsKeyId, /^arn:aws:kms:us-east-1:123456789012:key\//);
  });

  it("lets CloudTrail use the key only for this trail", async () => {
    const key = (await trail()).find((r) => r.type === KEY && r.name === "audit-key")!;
    const grant = withSid(statementsOf(key.inputs.policy), "ServiceUse0");
    assert.deepEqual(grant?.Principal, { Service: "cloudtrail.amazonaws.com" });
    assert.deepEqual(grant.Condition, {
      StringEquals: { "aws:SourceAccount": "123456789012" },
      ArnLike: { "aws:SourceArn": TRAIL_ARN },
    });
  });

  it("delivers to an audit-logs bucket", async () => {
    const resources = await trail();
    const bucket = resources.find((r) => r.type === "aws:s3/bucket:Bucket")!;
    assert.equal(bucket.inputs.tags["data-class"], "audit-logs");
    assert.equal(only(resources, TRAIL).inputs.s3BucketName, only(resources, BUCKET_POLICY).inputs.bucket);
  });

  it("adds CloudTrail's two bucket-policy grants, limited to this trail, to the bucket's only policy", async () => {
    const statements = statementsOf(only(await trail(), BUCKET_POLICY).inputs.policy);
    const cloudTrail = statements.filter((s) => s.Principal?.Service === "cloudtrail.amazonaws.com");
    assert.deepEqual(
      cloudTrail.map((s) => [s.Sid, s.Action, s.Condition.StringEquals["aws:SourceArn"]]),
      [
        ["CloudTrailAclCheck", "s3:GetBucketAcl", TRAIL_ARN],
        ["CloudTrailWrite", "s3:PutObject", TRAIL_ARN],
      ],
    );
    assert.ok(statements.some((s) => s.Sid === "DenyInsecureTransport"));
  });

  it("has a bucket policy known during preview", async () => {
    assert.equal(isUnknown(only(await trail(), BUCKET_POLICY).inputs.policy), false);
  });

  it("delivers to an encrypted CloudWatch Logs group kept 365 days", async () => {
    const resources = await trail();
    const group = only(resources, "aws:cloudwatch/logGroup:LogGroup").inputs;
    assert.deepEqual([group.retentionInDays, group.tags["data-class"]], [365, "audit-logs"]);
    assert.match(
      only(resources, TRAIL).inputs.cloudWatchLogsGroupArn,
      /^arn:aws:logs:us-east-1:123456789012:log-group:audit-events-[0-9a-f]{7}:\*$/,
    );
  });

  it("lets only this trail assume the CloudWatch Logs role", async () => {
    const trust = statementsOf(only(await trail(), "aws:iam/role:Role").inputs.assumeRolePolicy)[0];
    assert.deepEqual(trust.Condition.ArnLike, { "aws:SourceArn": TRAIL_ARN });
  });

  it("has no CloudWatch Logs delivery when turned off", async () => {
    const resources = await trail({ cloudWatchLogs: false });
    assert.equal(only(resources, TRAIL).inputs.cloudWatchLogsGroupArn, undefined);
    assert.equal(
      resources.some((r) => r.type === "aws:cloudwatch/logGroup:LogGroup"),
      false,
    );
  });

  it("records management events only below scope 4 by default", async () => {
    assert.deepEqual(dataSelectors(await trail({ scope: 3 })), []);
  });

  it("records S3 object events of every bucket but its own at scope 4", async () => {
    const resources = await trail({ scope: 4 });
    const own = only(resources, BUCKET_POLICY).inputs.bucket;
    assert.deepEqual(dataSelectors(resources)[0].fieldSelectors[2], {
      field: "resources.ARN",
      notStartsWiths: [`arn:aws:s3:::${own}/`],
    });
  });

  it("records S3 object events of the named AI data buckets", async () => {
    const selectors = dataSelectors(
      await trail({ scope: 5, dataEventBuckets: ["training-1", "artifacts-1"] }),
    );
    assert.deepEqual(selectors[0].fieldSelectors, [
      { field: "eventCategory", equals: ["Data"] },
      { field: "resources.type", equals: ["AWS::S3::Object"] },
      { field: "resources.ARN", startsWiths: ["arn:aws:s3:::training-1/", "arn:aws:s3:::artifacts-1/"] },
    ]);
  });

  it("builds selectors from names alone", () => {
    assert.deepEqual(buildEventSelectors({ partition: "aws", dataEventBuckets: [] }), [
      { name: "Management events", fieldSelectors: [{ field: "eventCategory", equals: ["Management"] }] },
    ]);
  });

  it("rejects a trail name CloudTrail does not accept", async () => {
    assert.equal(
      await rejection({ trailName: "a" }),
      'AuditTrail "audit": trailName "a" is not a CloudTrail trail name (3 to 128 letters, digits, ".", "_" or "-", starting and ending with a letter or digit); set trailName.',
    );
  });

  it("rejects a CloudWatch Logs retention below the audit minimum", async () => {
    assert.equal(
      await rejection({ cloudWatchLogsRetentionInDays: 90 }),
      'AuditTrail "audit": cloudWatchLogsRetentionInDays 90 is not allowed for audit-logs: audit logs are kept at least 365 days, and CloudWatch Logs accepts only 365, 400, 545, 731, 1096, 1827, 2192, 2557, 2922, 3288, 3653 in that range; leave it unset for 365.',
    );
  });

  it("rejects a bucket retention below the audit minimum", async () => {
    assert.equal(
      await rejection({ retentionDays: 30 }),
      'AuditTrail "audit": retentionDays must be a whole number of days from 365 to 3650 for audit-logs (got 30); leave it unset for 2555.',
    );
  });

  it("rejects a wildcard data-event bucket", async () => {
    assert.equal(
      await rejection({ dataEventBuckets: ["*"] }),
      'AuditTrail "audit": dataEventBuckets contains "*"; name each bucket (3 to 63 lowercase letters, digits, dots and hyphens), without wildcards.',
    );
  });

  it("rejects a name that cannot prefix the bucket", async () => {
    assert.equal(
      await rejection({ trailName: "audit" }, "Audit"),
      'AuditTrail "Audit": the name "Audit-logs" prefixes the S3 bucket name, so it must be 1 to 55 lowercase letters, digits or hyphens, starting with a letter or digit; rename the component.',
    );
  });
});
