import * as assert from "node:assert/strict";
import { kmsKeyPolicyNoUnconditionedPublicPrincipal as keyPolicy } from "../../../policypack/policies/kms/kms-key-policy-no-unconditioned-public-principal";
import { kmsKeyRotationEnabled as rotation } from "../../../policypack/policies/kms/kms-key-rotation-enabled";
import { contextAt, resource, UNKNOWN } from "../support";
import { remediated } from "../fixtures/remediation";

const KEY = "aws:kms/key:Key";
const ctx = contextAt(1);

const doc = (...statements: object[]) => JSON.stringify({ Version: "2012-10-17", Statement: statements });
const ROOT_ADMIN = {
  Sid: "Admin",
  Effect: "Allow",
  Principal: { AWS: "arn:aws:iam::123456789012:root" },
  Action: "kms:*",
  Resource: "*",
};

describe("kms-key-rotation-enabled", () => {
  it("passes a key with rotation enabled", () => {
    assert.deepEqual(rotation.check(resource(KEY, { enableKeyRotation: true }), ctx), []);
  });

  it("fails a key that leaves rotation at AWS's default (off)", () => {
    assert.deepEqual(rotation.check(resource(KEY, {}), ctx), [
      "Key rotation is not enabled: set enableKeyRotation to true (AWS's default is off).",
    ]);
  });

  it("fails a key with rotation explicitly disabled", () => {
    assert.equal(rotation.check(resource(KEY, { enableKeyRotation: false }), ctx).length, 1);
  });

  it("ignores asymmetric signing keys, which cannot rotate", () => {
    const props = { customerMasterKeySpec: "ECC_NIST_P256", keyUsage: "SIGN_VERIFY" };
    assert.deepEqual(rotation.check(resource(KEY, props), ctx), []);
  });

  it("lets an unknown rotation flag reach the SDK, since the decision depends on it", () => {
    assert.throws(
      () => rotation.check(resource(KEY, { enableKeyRotation: UNKNOWN }), ctx),
      /can't be known during preview/,
    );
  });

  it("decides the key spec from what is known when the spec is unknown", () => {
    assert.deepEqual(rotation.check(resource(KEY, { keySpec: UNKNOWN, enableKeyRotation: true }), ctx), []);
  });

  it("remediates by turning rotation on and keeping every other input", () => {
    const fixed = remediated(rotation, resource(KEY, { description: "d", enableKeyRotation: false }), ctx);
    assert.deepEqual({ ...fixed }, { description: "d", enableKeyRotation: true });
  });

  it("does not remediate a compliant key", () => {
    assert.equal(remediated(rotation, resource(KEY, { enableKeyRotation: true }), ctx), undefined);
  });
});

describe("kms-key-policy-no-unconditioned-public-principal", () => {
  it("passes a key with no policy (AWS's default trusts only the account)", () => {
    assert.deepEqual(keyPolicy.check(resource(KEY, {}), ctx), []);
  });

  it("passes a policy that names its principals", () => {
    assert.deepEqual(keyPolicy.check(resource(KEY, { policy: doc(ROOT_ADMIN) }), ctx), []);
  });

  it("passes a public principal limited by a condition", () => {
    const s = {
      Effect: "Allow",
      Principal: "*",
      Action: "kms:Decrypt",
      Resource: "*",
      Condition: { StringEquals: { "kms:CallerAccount": "123456789012" } },
    };
    assert.deepEqual(keyPolicy.check(resource(KEY, { policy: doc(s) }), ctx), []);
  });

  it('fails Principal "*" with no condition and names the statement and actions', () => {
    const s = {
      Sid: "Open",
      Effect: "Allow",
      Principal: "*",
      Action: ["kms:Decrypt", "kms:Encrypt"],
      Resource: "*",
    };
    assert.deepEqual(keyPolicy.check(resource(KEY, { policy: doc(ROOT_ADMIN, s) }), ctx), [
      'Statement "Open" allows kms:Decrypt, kms:Encrypt to any principal with no condition: name the principals, or add a condition such as aws:PrincipalAccount or kms:ViaService.',
    ]);
  });

  it('fails {"AWS": "*"} with no condition', () => {
    const s = { Effect: "Allow", Principal: { AWS: ["*"] }, Action: "kms:*", Resource: "*" };
    assert.match(keyPolicy.check(resource(KEY, { policy: doc(s) }), ctx)[0], /^Statement #1 allows kms:\*/);
  });

  it("does not count a Deny to everyone as a grant", () => {
    const s = { Effect: "Deny", Principal: "*", Action: "kms:*", Resource: "*" };
    assert.deepEqual(keyPolicy.check(resource(KEY, { policy: doc(ROOT_ADMIN, s) }), ctx), []);
  });

  it("checks the separate aws.kms.KeyPolicy resource too", () => {
    const s = { Effect: "Allow", Principal: "*", Action: "kms:Decrypt", Resource: "*" };
    assert.equal(keyPolicy.check(resource("aws:kms/keyPolicy:KeyPolicy", { policy: doc(s) }), ctx).length, 1);
  });

  it("reports a policy that is not valid JSON instead of throwing", () => {
    assert.deepEqual(keyPolicy.check(resource(KEY, { policy: "{oops" }), ctx), [
      "The key policy cannot be checked: the policy document is not valid JSON.",
    ]);
  });

  it("lets an unknown policy document reach the SDK", () => {
    assert.throws(
      () => keyPolicy.check(resource(KEY, { policy: UNKNOWN }), ctx),
      /can't be known during preview/,
    );
  });
});
