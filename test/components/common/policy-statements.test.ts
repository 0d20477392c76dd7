import { strict as assert } from "assert";
import {
  addedStatementsError,
  renderStatement,
  type ResolvedPolicyStatement,
  type StatementTarget,
} from "../../../components/common";

const TARGET: StatementTarget = {
  argName: "extra",
  service: "kms",
  owner: "the key",
  isOwnSid: (sid) => sid === "Own",
};
const ROLE = "arn:aws:iam::123456789012:role/app";
const GRANT = { sid: "Grant", effect: "Allow", awsPrincipals: [ROLE], actions: ["kms:Decrypt"] };

const errorOf = (statements: unknown) => addedStatementsError(statements, TARGET);

describe("components/common/policy-statements: added statements", () => {
  it("accepts no statements, and a statement with a sid, an effect, actions and a principal", () => {
    assert.equal(errorOf(undefined), undefined);
    assert.equal(errorOf([GRANT]), undefined);
  });

  it("rejects a value that is not a list", () => {
    assert.equal(errorOf({ sid: "Grant" }), 'extra must be a list of statements; got {"sid":"Grant"}.');
  });

  it("rejects an entry that is not a statement", () => {
    assert.equal(
      errorOf(["Grant"]),
      'extra[0] must be a statement { sid, effect, actions, awsPrincipals or servicePrincipals }; got "Grant".',
    );
  });

  it("rejects a statement without a sid", () => {
    assert.equal(errorOf([{ ...GRANT, sid: "" }]), 'extra[0].sid must be a non-empty string; got "".');
  });

  it("rejects a sid of the owner's own statements", () => {
    assert.equal(
      errorOf([{ ...GRANT, sid: "Own" }]),
      'extra[0].sid "Own" is the id of one of the key\'s own statements, which an added statement cannot replace; choose another sid.',
    );
  });

  it("rejects a sid used twice", () => {
    assert.equal(
      errorOf([GRANT, GRANT]),
      'extra[1].sid "Grant" is used by an earlier statement; give each statement its own sid.',
    );
  });

  it("rejects an effect other than Allow or Deny", () => {
    assert.equal(
      errorOf([{ ...GRANT, effect: "allow" }]),
      'extra[0].effect must be "Allow" or "Deny"; got "allow".',
    );
  });

  it("rejects a statement without actions", () => {
    assert.equal(
      errorOf([{ ...GRANT, actions: [] }]),
      "extra[0].actions must list at least one kms: action; got [].",
    );
  });

  it("rejects an action of another service, and the bare wildcard", () => {
    assert.equal(
      errorOf([{ ...GRANT, actions: ["kms:Decrypt", "*"] }]),
      'extra[0].actions contains "*"; the policy of the key takes only kms: actions.',
    );
  });

  it("rejects a statement that names no principal", () => {
    assert.equal(
      errorOf([{ ...GRANT, awsPrincipals: [] }]),
      "extra[0] names no principal; set awsPrincipals or servicePrincipals.",
    );
  });

  it("rejects an Allow to any principal without a condition, and accepts it with one", () => {
    const open = { ...GRANT, awsPrincipals: ["*"] };
    assert.equal(
      errorOf([open]),
      'extra[0] allows kms:Decrypt to any principal ("*") with no condition; name the principals, or add a condition such as aws:SourceAccount or kms:CallerAccount.',
    );
    const limited = {
      ...open,
      conditions: [{ operator: "StringEquals", key: "kms:CallerAccount", values: ["123456789012"] }],
    };
    assert.equal(errorOf([limited]), undefined);
  });

  it("accepts a Deny to any principal without a condition, which only takes rights away", () => {
    assert.equal(errorOf([{ ...GRANT, effect: "Deny", awsPrincipals: ["*"] }]), undefined);
  });

  it("rejects a condition without an operator, and one without values", () => {
    assert.equal(
      errorOf([{ ...GRANT, conditions: [{ key: "aws:SourceAccount", values: ["1"] }] }]),
      "extra[0].conditions[0].operator must name a condition operator, such as StringEquals; got undefined.",
    );
    assert.equal(
      errorOf([
        { ...GRANT, conditions: [{ operator: "StringEquals", key: "aws:SourceAccount", values: [] }] },
      ]),
      "extra[0].conditions[0].values is empty, a condition that no request matches; give at least one value.",
    );
  });
});

describe("components/common/policy-statements: rendering", () => {
  const statement: ResolvedPolicyStatement = {
    sid: "Grant",
    effect: "Allow",
    awsPrincipals: [ROLE],
    servicePrincipals: ["logs.amazonaws.com", "events.amazonaws.com"],
    actions: ["kms:Decrypt"],
    conditions: [
      { operator: "StringEquals", key: "aws:SourceAccount", values: ["123456789012"] },
      {
        operator: "StringEquals",
        key: "kms:ViaService",
        values: ["s3.us-east-1.amazonaws.com", "logs.us-east-1.amazonaws.com"],
      },
      { operator: "Bool", key: "aws:SecureTransport", values: ["true"] },
    ],
  };

  it("writes one value as a string and several as a list, and collects the keys of an operator", () => {
    assert.deepEqual(renderStatement(statement, "*", false), {
      Sid: "Grant",
      Effect: "Allow",
      Principal: { AWS: ROLE, Service: ["logs.amazonaws.com", "events.amazonaws.com"] },
      Action: "kms:Decrypt",
      Resource: "*",
      Condition: {
        StringEquals: {
          "aws:SourceAccount": "123456789012",
          "kms:ViaService": ["s3.us-east-1.amazonaws.com", "logs.us-east-1.amazonaws.com"],
        },
        Bool: { "aws:SecureTransport": "true" },
      },
    });
  });

  it("lists even one action when asked to, and writes no Condition when there is none", () => {
    const rendered = renderStatement({ ...statement, conditions: undefined }, "*", true);
    assert.deepEqual(rendered.Action, ["kms:Decrypt"]);
    assert.equal("Condition" in rendered, false);
  });
});
