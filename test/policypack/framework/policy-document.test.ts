import * as assert from "node:assert/strict";
import {
  actionMatches,
  conditionValues,
  hasPublicPrincipal,
  parsePolicyDocument,
} from "../../../policypack/framework/policy-document";

describe("policy documents", () => {
  it("normalise single values to lists", () => {
    const parsed = parsePolicyDocument({
      Statement: { Effect: "Allow", Action: "s3:GetObject", Resource: "arn:x", Principal: { AWS: "arn:r" } },
    });
    assert.ok(parsed.ok);
    assert.deepEqual(parsed.statements[0].actions, ["s3:GetObject"]);
    assert.deepEqual(parsed.statements[0].principals, { AWS: ["arn:r"] });
  });

  it('treat Principal "*" and NotPrincipal as public', () => {
    const parsed = parsePolicyDocument(
      JSON.stringify({
        Statement: [
          { Effect: "Allow", Principal: "*" },
          { Effect: "Allow", NotPrincipal: { AWS: "a" } },
        ],
      }),
    );
    assert.ok(parsed.ok);
    assert.deepEqual(parsed.statements.map(hasPublicPrincipal), [true, true]);
  });

  it("report invalid JSON instead of throwing", () => {
    assert.deepEqual(parsePolicyDocument("{"), { ok: false, error: "the policy document is not valid JSON" });
  });

  it("report a statement that is not an object", () => {
    assert.deepEqual(parsePolicyDocument({ Statement: ["x"] }), {
      ok: false,
      error: "a statement of the policy document is not an object",
    });
  });

  it("read condition values whatever the key's case, stringifying booleans", () => {
    const parsed = parsePolicyDocument({
      Statement: [{ Effect: "Deny", Condition: { Bool: { "AWS:SecureTransport": false } } }],
    });
    assert.ok(parsed.ok);
    assert.deepEqual(conditionValues(parsed.statements[0], ["Bool"], "aws:SecureTransport"), ["false"]);
  });

  it("parse a document text once and share the frozen result with every policy that reads it", () => {
    const text = JSON.stringify({ Statement: [{ Effect: "Allow", Action: ["kms:Decrypt"], Resource: "*" }] });
    const first = parsePolicyDocument(text);
    assert.equal(parsePolicyDocument(` ${text}`.slice(1)), first);
    assert.ok(first.ok);
    assert.ok(Object.isFrozen(first.statements[0].actions));
  });

  it("parse a document given as an object anew each time, leaving it as it is", () => {
    const document = { Statement: [{ Effect: "Allow", Action: "s3:GetObject" }] };
    assert.notEqual(parsePolicyDocument(document), parsePolicyDocument(document));
    assert.equal(Object.isFrozen(document), false);
  });

  it("match actions with wildcards, case-insensitively", () => {
    assert.equal(actionMatches("s3:Get*", "s3:getobject"), true);
    assert.equal(actionMatches("s3:Get*", "s3:PutObject"), false);
    assert.equal(actionMatches("*", "iam:PassRole"), true);
  });
});
