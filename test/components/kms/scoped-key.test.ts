import { strict as assert } from "assert";
import { ScopedKey, type ScopedKeyArgs } from "../../../components/kms";
import { isUnknown, only, resourceErrorMessage, run, valueOf, type Registered } from "../support";
import { statementsOf, withSid, type Statement } from "../policy-json";
import { illTyped } from "../../readers";

const KEY = "aws:kms/key:Key";
const ALIAS = "aws:kms/alias:Alias";
const APP = "arn:aws:iam::123456789012:role/app";
const ADMIN = "arn:aws:iam::123456789012:role/key-admin";

async function keyOf(args: ScopedKeyArgs = {}, mode: "preview" | "update" = "update"): Promise<Registered[]> {
  const { resources, error } = await run(mode, () => new ScopedKey("data", args));
  assert.equal(error, undefined);
  return resources;
}

/** Runs with invalid args; returns the error message and asserts no child was registered. */
async function rejection(args: ScopedKeyArgs, name = "data"): Promise<string> {
  const { resources, error } = await run("preview", () => new ScopedKey(name, args));
  assert.deepEqual(
    resources.map((r) => r.type),
    ["scopeguard:kms:Key"],
  );
  return resourceErrorMessage(error);
}

function statements(resources: Registered[]): Statement[] {
  return statementsOf(only(resources, KEY).inputs.policy);
}

describe("ScopedKey", () => {
  it("creates a symmetric key with rotation on", async () => {
    const key = only(await keyOf(), KEY).inputs;
    assert.equal(key.enableKeyRotation, true);
    assert.equal(key.customerMasterKeySpec, "SYMMETRIC_DEFAULT");
    assert.equal(key.keyUsage, "ENCRYPT_DECRYPT");
    assert.equal(key.bypassPolicyLockoutSafetyCheck, false);
  });

  it("defaults the deletion window to 30 days", async () => {
    assert.equal(only(await keyOf(), KEY).inputs.deletionWindowInDays, 30);
  });

  it("passes an explicit rotation period through", async () => {
    assert.equal(only(await keyOf({ rotationPeriodInDays: 180 }), KEY).inputs.rotationPeriodInDays, 180);
  });

  it("names the alias alias/<name> and points it at the key", async () => {
    const resources = await keyOf();
    const alias = only(resources, ALIAS).inputs;
    assert.equal(alias.name, "alias/data");
    assert.equal(typeof alias.targetKeyId, "string");
  });

  it("accepts an aliasName with or without the alias/ prefix", async () => {
    assert.equal(
      only(await keyOf({ aliasName: "alias/team/prompts" }), ALIAS).inputs.name,
      "alias/team/prompts",
    );
  });

  it("parents every child to the component", async () => {
    const resources = await keyOf();
    const component = only(resources, "scopeguard:kms:Key");
    assert.deepEqual(
      resources.filter((r) => r !== component).map((r) => r.parent),
      [component.urn, component.urn],
    );
  });

  it("tags the key with the shared AI tags", async () => {
    const tags = only(
      await keyOf({ dataClass: "prompt-logs", owner: "ml-platform", tags: { "ai-scope": "5", cost: "x" } }),
      KEY,
    ).inputs.tags;
    assert.deepEqual(tags, {
      cost: "x",
      "ai-scope": "1",
      "ai-system": "project",
      owner: "ml-platform",
      "data-class": "prompt-logs",
    });
  });

  it("omits data-class for a key shared by several classes", async () => {
    assert.equal("data-class" in only(await keyOf({ scope: 4 }), KEY).inputs.tags, false);
  });

  it("grants administration and use to the named principals only", async () => {
    const byId = Object.fromEntries(
      statements(await keyOf({ admins: [ADMIN], users: [APP] })).map((s) => [s.Sid, s]),
    );
    assert.deepEqual(Object.keys(byId), ["AccountRootKeyRecoveryOnly", "KeyAdministration", "KeyUse"]);
    assert.deepEqual(byId.KeyAdministration.Principal, { AWS: [ADMIN] });
    assert.deepEqual(byId.KeyUse.Principal, { AWS: [APP] });
    assert.deepEqual(byId.KeyUse.Action, [
      "kms:Encrypt",
      "kms:Decrypt",
      "kms:ReEncrypt*",
      "kms:GenerateDataKey*",
      "kms:DescribeKey",
    ]);
    assert.equal(byId.AccountRootKeyRecoveryOnly.Principal.AWS, "arn:aws:iam::123456789012:root");
  });

  it("conditions a service grant on the source account", async () => {
    const grant = withSid(
      statements(await keyOf({ services: [{ service: "logs.us-east-1.amazonaws.com" }] })),
      "ServiceUse0",
    );
    assert.deepEqual(grant.Principal, { Service: "logs.us-east-1.amazonaws.com" });
    assert.deepEqual(grant.Condition, { StringEquals: { "aws:SourceAccount": "123456789012" } });
  });

  it("has a known key policy during preview when the principals are literals", async () => {
    const key = only(await keyOf({ users: [APP] }, "preview"), KEY).inputs;
    assert.equal(isUnknown(key.policy), false);
    assert.equal(statementsOf(key.policy).length, 2);
  });

  it("exports the key ARN, id and alias name", async () => {
    let key: ScopedKey | undefined;
    await run("update", () => (key = new ScopedKey("data", {})));
    assert.match(await valueOf(key!.keyArn), /^arn:aws:kms:us-east-1:123456789012:key\//);
    assert.equal(await valueOf(key!.keyId), (await valueOf(key!.keyArn)).split("/")[1]);
    assert.equal(await valueOf(key!.aliasName), "alias/data");
  });

  it("rejects a deletion window below 7 days before creating anything", async () => {
    assert.equal(
      await rejection({ deletionWindowInDays: 5, allowShortDeletionWindow: true }),
      'ScopedKey "data": deletionWindowInDays must be a whole number of days from 7 to 30, the range KMS accepts (got 5); leave it unset for 30.',
    );
  });

  it("rejects a deletion window above 30 days", async () => {
    assert.equal(
      await rejection({ deletionWindowInDays: 31 }),
      'ScopedKey "data": deletionWindowInDays must be a whole number of days from 7 to 30, the range KMS accepts (got 31); leave it unset for 30.',
    );
  });

  it("rejects a window shorter than 30 days without the named relaxation", async () => {
    assert.equal(
      await rejection({ deletionWindowInDays: 7 }),
      'ScopedKey "data": deletionWindowInDays 7 is shorter than the secure default of 30 days; set allowShortDeletionWindow: true to accept it, or leave deletionWindowInDays unset.',
    );
  });

  it("accepts a short window with allowShortDeletionWindow", async () => {
    assert.equal(
      only(await keyOf({ deletionWindowInDays: 7, allowShortDeletionWindow: true }), KEY).inputs
        .deletionWindowInDays,
      7,
    );
  });

  it("rejects a rotation period KMS does not accept", async () => {
    assert.equal(
      await rejection({ rotationPeriodInDays: 30 }),
      'ScopedKey "data": rotationPeriodInDays must be a whole number of days from 90 to 2560 (got 30); leave it unset for KMS\'s yearly rotation.',
    );
  });

  it("rejects an alias in the aws/ namespace", async () => {
    assert.equal(
      await rejection({ aliasName: "aws/s3" }),
      'ScopedKey "data": aliasName "aws/s3" is in the aws/ namespace, which AWS reserves for its own keys; choose another aliasName.',
    );
  });

  it("rejects a name that cannot be an alias unless aliasName is set", async () => {
    assert.equal(
      await rejection({}, "my.key"),
      'ScopedKey "my.key": aliasName "my.key" must be 1 to 250 letters, digits, "/", "_" or "-" (it becomes alias/<aliasName>); set aliasName explicitly.',
    );
  });

  it("rejects a wildcard user", async () => {
    assert.equal(
      await rejection({ users: ["*"] }),
      'ScopedKey "data": users contains "*"; name each principal by its ARN, a wildcard would grant the key to anyone.',
    );
  });

  it("rejects a scope outside 1..5", async () => {
    assert.equal(
      await rejection({ scope: illTyped(6) }),
      'ScopedKey "data": scope 6 is not a scope; set it to one of 1, 2, 3, 4, 5.',
    );
  });

  it("appends additionalKeyPolicyStatements after the key's own statements, on the key itself", async () => {
    const all = statements(
      await keyOf({
        users: [APP],
        additionalKeyPolicyStatements: [
          {
            sid: "LogsDecryptForThisAccount",
            effect: "Allow",
            servicePrincipals: ["logs.us-east-1.amazonaws.com"],
            actions: ["kms:Decrypt"],
            conditions: [{ operator: "StringEquals", key: "aws:SourceAccount", values: ["123456789012"] }],
          },
        ],
      }),
    );
    assert.deepEqual(
      all.map((s) => s.Sid),
      ["AccountRootKeyRecoveryOnly", "KeyUse", "LogsDecryptForThisAccount"],
    );
    assert.deepEqual(all[2], {
      Sid: "LogsDecryptForThisAccount",
      Effect: "Allow",
      Principal: { Service: "logs.us-east-1.amazonaws.com" },
      Action: ["kms:Decrypt"],
      Resource: "*",
      Condition: { StringEquals: { "aws:SourceAccount": "123456789012" } },
    });
  });

  it("rejects an added statement that takes the id of one of the key's own statements, before creating anything", async () => {
    assert.equal(
      await rejection({
        additionalKeyPolicyStatements: [
          { sid: "ServiceUse0", effect: "Allow", awsPrincipals: [APP], actions: ["kms:Decrypt"] },
        ],
      }),
      'ScopedKey "data": additionalKeyPolicyStatements[0].sid "ServiceUse0" is the id of one of the key\'s own statements, which an added statement cannot replace; choose another sid.',
    );
  });

  it("rejects an added statement that allows any principal with no condition", async () => {
    assert.equal(
      await rejection({
        additionalKeyPolicyStatements: [
          { sid: "Open", effect: "Allow", awsPrincipals: ["*"], actions: ["kms:Decrypt"] },
        ],
      }),
      'ScopedKey "data": additionalKeyPolicyStatements[0] allows kms:Decrypt to any principal ("*") with no condition; name the principals, or add a condition such as aws:SourceAccount or kms:CallerAccount.',
    );
  });

  it("rejects an added statement with actions of another service", async () => {
    assert.equal(
      await rejection({
        additionalKeyPolicyStatements: [
          { sid: "Read", effect: "Allow", awsPrincipals: [APP], actions: ["s3:GetObject"] },
        ],
      }),
      'ScopedKey "data": additionalKeyPolicyStatements[0].actions contains "s3:GetObject"; the policy of the key takes only kms: actions.',
    );
  });
});
