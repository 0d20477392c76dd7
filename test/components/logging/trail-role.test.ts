import { strict as assert } from "assert";
import { AuditTrail } from "../../../components/logging";
import { arn, decide, itDeniesTheDangerousActions, roleOf, type SimulatedRole } from "../iam-simulation";
import { run } from "../support";

/** CloudTrail's CloudWatch Logs role, simulated: it writes to the trail's log group only. */
describe("AuditTrail CloudWatch Logs role (simulated with iam-simulate)", () => {
  let role: SimulatedRole;
  let group: string;
  let bucket: string;
  before(async () => {
    const { resources, error } = await run("update", () => new AuditTrail("trail", {}));
    assert.equal(error, undefined);
    role = roleOf(resources, "trail-events");
    group = resources.find((r) => r.type === "aws:cloudwatch/logGroup:LogGroup")?.state.name;
    bucket = resources.find((r) => r.type === "aws:s3/bucket:Bucket")?.state.bucket;
  });

  it("writes trail events to its log group", async () => {
    assert.equal(await decide(role, "logs:PutLogEvents", arn.logStream(group)), "Allowed");
  });

  it("cannot read or rewrite the trail's log files", async () => {
    assert.equal(
      await decide(role, "s3:GetObject", arn.object(bucket, "AWSLogs/x.json.gz")),
      "ImplicitlyDenied",
    );
    assert.equal(
      await decide(role, "s3:PutObject", arn.object(bucket, "AWSLogs/x.json.gz")),
      "ImplicitlyDenied",
    );
  });

  itDeniesTheDangerousActions(
    () => role,
    () => ({ ownBucket: bucket }),
  );
});
