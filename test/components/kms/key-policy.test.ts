import { runSimulation, type Simulation } from "@cloud-copilot/iam-simulate";
import { strict as assert } from "assert";
import {
  buildKeyPolicy,
  KEY_ADMIN_ACTIONS,
  KEY_USE_ACTIONS,
  ROOT_RECOVERY_ACTIONS,
  type KeyPolicyInput,
} from "../../../components/kms";

const ACCOUNT = "123456789012";
const ADMIN = `arn:aws:iam::${ACCOUNT}:role/key-admin`;
const APP = `arn:aws:iam::${ACCOUNT}:role/app`;
const OTHER = `arn:aws:iam::${ACCOUNT}:role/unnamed`;
const KEY = `arn:aws:kms:us-east-1:${ACCOUNT}:key/1234abcd-12ab-34cd-56ef-1234567890ab`;

const INPUT: KeyPolicyInput = {
  partition: "aws",
  accountId: ACCOUNT,
  admins: [ADMIN],
  users: [APP],
  services: [],
  accountViaServices: [],
};

/** An identity policy that allows every KMS action: only the key policy can then say no. */
const ALLOW_ALL_KMS = {
  name: "allow-all-kms",
  policy: { Version: "2012-10-17", Statement: [{ Effect: "Allow", Action: "kms:*", Resource: "*" }] },
};

async function decide(
  input: KeyPolicyInput,
  principal: string,
  action: string,
  options: { identity?: boolean; context?: Record<string, string | string[]> } = {},
): Promise<string> {
  const simulation: Simulation = {
    request: {
      principal,
      action,
      resource: { resource: KEY, accountId: ACCOUNT },
      contextVariables: options.context ?? {},
    },
    identityPolicies: options.identity === false ? [] : [ALLOW_ALL_KMS],
    serviceControlPolicies: [],
    resourceControlPolicies: [],
    resourcePolicy: buildKeyPolicy(input),
  };
  const result = await runSimulation(simulation, {});
  if (result.resultType === "error") {
    throw new Error(JSON.stringify(result.errors));
  }
  return result.overallResult;
}

describe("ScopedKey key policy", () => {
  it("gives the account root only the recovery actions", () => {
    const root = buildKeyPolicy(INPUT).Statement.find((s) => s.Sid === "AccountRootKeyRecoveryOnly");
    assert.deepEqual(root?.Principal, { AWS: `arn:aws:iam::${ACCOUNT}:root` });
    assert.deepEqual(root?.Action, [...ROOT_RECOVERY_ACTIONS]);
  });

  it("gives administrators no cryptographic action", () => {
    assert.deepEqual(
      KEY_ADMIN_ACTIONS.filter((a) => /Encrypt|Decrypt|GenerateDataKey|CreateGrant/.test(a)),
      [],
    );
  });

  it("never names a wildcard principal without a condition", () => {
    const all = buildKeyPolicy({
      ...INPUT,
      services: [{ service: "logs.us-east-1.amazonaws.com" }],
      accountViaServices: ["s3.us-east-1.amazonaws.com"],
    });
    const open = all.Statement.filter(
      (s) => JSON.stringify(s.Principal).includes("*") && s.Condition === undefined,
    );
    assert.deepEqual(open, []);
  });

  it("omits the admin and user statements when nobody is named", () => {
    const sids = buildKeyPolicy({ ...INPUT, admins: [], users: [] }).Statement.map((s) => s.Sid);
    assert.deepEqual(sids, ["AccountRootKeyRecoveryOnly"]);
  });

  it("limits a service grant to the account and, when given, the source ARN", () => {
    const doc = buildKeyPolicy({
      ...INPUT,
      services: [
        { service: "logs.us-east-1.amazonaws.com", sourceArn: "arn:aws:logs:us-east-1:123456789012:*" },
      ],
    });
    const grant = doc.Statement.find((s) => s.Sid === "ServiceUse0");
    assert.deepEqual(grant?.Condition, {
      StringEquals: { "aws:SourceAccount": ACCOUNT },
      ArnLike: { "aws:SourceArn": "arn:aws:logs:us-east-1:123456789012:*" },
    });
    assert.deepEqual(grant?.Action, [...KEY_USE_ACTIONS]);
  });

  it("lets the named user decrypt", async () => {
    assert.equal(await decide(INPUT, APP, "kms:Decrypt", { identity: false }), "Allowed");
  });

  it("denies decryption to an unnamed principal even when its IAM policy allows kms:*", async () => {
    assert.equal(await decide(INPUT, OTHER, "kms:Decrypt"), "ImplicitlyDenied");
  });

  it("denies decryption to a principal of another account", async () => {
    assert.equal(
      await decide(INPUT, "arn:aws:iam::999999999999:role/intruder", "kms:Decrypt"),
      "ImplicitlyDenied",
    );
  });

  it("denies kms:ScheduleKeyDeletion to the user role", async () => {
    assert.equal(await decide(INPUT, APP, "kms:ScheduleKeyDeletion"), "ImplicitlyDenied");
  });

  it("denies decryption to the administrator", async () => {
    assert.equal(await decide(INPUT, ADMIN, "kms:Decrypt"), "ImplicitlyDenied");
  });

  it("lets the administrator schedule deletion", async () => {
    assert.equal(await decide(INPUT, ADMIN, "kms:ScheduleKeyDeletion", { identity: false }), "Allowed");
  });

  it("keeps the key recoverable: an account principal whose IAM policy allows it can replace the key policy", async () => {
    assert.equal(await decide(INPUT, OTHER, "kms:PutKeyPolicy"), "Allowed");
  });

  it("lets account principals use the key through a named service only", async () => {
    const input = { ...INPUT, users: [], accountViaServices: ["s3.us-east-1.amazonaws.com"] };
    const via = { "kms:CallerAccount": ACCOUNT, "kms:ViaService": "s3.us-east-1.amazonaws.com" };
    assert.equal(await decide(input, OTHER, "kms:Decrypt", { identity: false, context: via }), "Allowed");
    const direct = { "kms:CallerAccount": ACCOUNT };
    assert.equal(
      await decide(input, OTHER, "kms:Decrypt", { identity: false, context: direct }),
      "ImplicitlyDenied",
    );
  });
});
