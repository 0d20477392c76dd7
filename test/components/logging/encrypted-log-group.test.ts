import { strict as assert } from "assert";
import { EncryptedLogGroup, type EncryptedLogGroupArgs } from "../../../components/logging";
import { only, resourceErrorMessage, run, valueOf, type Registered } from "../support";
import { statementsOf, withSid } from "../policy-json";
import { illTyped } from "../../readers";

const GROUP = "aws:cloudwatch/logGroup:LogGroup";
const KEY = "aws:kms/key:Key";
const OWN_KEY = "arn:aws:kms:us-east-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab";

async function group(
  args: EncryptedLogGroupArgs = {},
  mode: "preview" | "update" = "update",
): Promise<Registered[]> {
  const { resources, error } = await run(mode, () => new EncryptedLogGroup("app", args));
  assert.equal(error, undefined);
  return resources;
}

async function rejection(args: EncryptedLogGroupArgs, name = "app"): Promise<string> {
  const { resources, error } = await run("preview", () => new EncryptedLogGroup(name, args));
  assert.deepEqual(
    resources.map((r) => r.type),
    ["scopeguard:logging:EncryptedLogGroup"],
  );
  return resourceErrorMessage(error);
}

describe("EncryptedLogGroup", () => {
  it("encrypts the group with the customer-managed key it creates", async () => {
    const resources = await group();
    assert.match(only(resources, GROUP).inputs.kmsKeyId, /^arn:aws:kms:us-east-1:123456789012:key\//);
    assert.equal(only(resources, KEY).inputs.enableKeyRotation, true);
  });

  it("lets only CloudWatch Logs of this region and account use the key", async () => {
    const statements = statementsOf(only(await group(), KEY).inputs.policy);
    const service = withSid(statements, "ServiceUse0");
    assert.deepEqual(service.Principal, { Service: "logs.us-east-1.amazonaws.com" });
    assert.deepEqual(service.Condition, { StringEquals: { "aws:SourceAccount": "123456789012" } });
  });

  it("keeps audit logs 365 days with deletion protection by default", async () => {
    const g = only(await group(), GROUP).inputs;
    assert.deepEqual(
      [g.retentionInDays, g.deletionProtectionEnabled, g.tags["data-class"]],
      [365, true, "audit-logs"],
    );
  });

  it("keeps prompt logs 90 days by default, without deletion protection", async () => {
    const g = only(await group({ dataClass: "prompt-logs" }), GROUP).inputs;
    assert.deepEqual(
      [g.retentionInDays, g.deletionProtectionEnabled, g.tags["data-class"]],
      [90, false, "prompt-logs"],
    );
  });

  it("uses a given key and creates none", async () => {
    const resources = await group({ kmsKeyArn: OWN_KEY });
    assert.equal(only(resources, GROUP).inputs.kmsKeyId, OWN_KEY);
    assert.equal(resources.filter((r) => r.type === KEY).length, 0);
  });

  it("uses a given name", async () => {
    assert.equal(
      only(await group({ logGroupName: "/aws/bedrock/invocations" }), GROUP).inputs.name,
      "/aws/bedrock/invocations",
    );
  });

  it("exports an ARN built from the name, known during preview", async () => {
    let g: EncryptedLogGroup | undefined;
    await run("preview", () => (g = new EncryptedLogGroup("app", { logGroupName: "/ai/app" })));
    assert.equal(await valueOf(g!.logGroupArn), "arn:aws:logs:us-east-1:123456789012:log-group:/ai/app");
  });

  it("rejects prompt logs kept beyond the maximum", async () => {
    assert.equal(
      await rejection({ dataClass: "prompt-logs", retentionInDays: 545 }),
      'EncryptedLogGroup "app": retentionInDays 545 is not allowed for prompt-logs: prompt logs are kept at most 400 days, and CloudWatch Logs accepts only 1, 3, 5, 7, 14, 30, 60, 90, 120, 150, 180, 365, 400 in that range; leave it unset for 90.',
    );
  });

  it("rejects audit logs kept less than a year", async () => {
    assert.equal(
      await rejection({ retentionInDays: 30 }),
      'EncryptedLogGroup "app": retentionInDays 30 is not allowed for audit-logs: audit logs are kept at least 365 days, and CloudWatch Logs accepts only 365, 400, 545, 731, 1096, 1827, 2192, 2557, 2922, 3288, 3653 in that range; leave it unset for 365.',
    );
  });

  it("rejects a data class that does not belong in a log group", async () => {
    assert.equal(
      await rejection({ dataClass: illTyped("training-data") }),
      'EncryptedLogGroup "app": dataClass "training-data" cannot be stored in a log group; set it to one of audit-logs, prompt-logs.',
    );
  });

  it("rejects keyAdmins together with kmsKeyArn", async () => {
    assert.equal(
      await rejection({ kmsKeyArn: OWN_KEY, keyAdmins: ["arn:aws:iam::123456789012:role/admin"] }),
      'EncryptedLogGroup "app": keyAdmins configures the key the log group creates, but kmsKeyArn brings your own; remove one or the other.',
    );
  });

  it("rejects a name its key alias cannot take, before creating the key", async () => {
    assert.equal(
      await rejection({}, "app.logs"),
      'EncryptedLogGroup "app.logs": the name "app.logs" prefixes the alias of the key it creates (alias/app.logs-key), which allows only letters, digits, "/", "_" and "-"; rename the component.',
    );
  });
});
