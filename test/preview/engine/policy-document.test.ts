import { strict as assert } from "assert";
import * as zlib from "zlib";
import { renderPolicyDocument } from "../../../preview/engine/mocks/policy-document";

const json = (args: Parameters<typeof renderPolicyDocument>[0]): unknown =>
  JSON.parse(renderPolicyDocument(args).json as string);

describe("engine mocks: getPolicyDocument", () => {
  it("renders one statement with Allow by default, single values unwrapped, two-space indent", () => {
    const out = renderPolicyDocument({
      statements: [{ actions: ["s3:GetObject"], resources: ["arn:aws:s3:::b/*"] }],
    });
    assert.equal(
      out.json,
      '{\n  "Version": "2012-10-17",\n  "Statement": [\n    {\n      "Effect": "Allow",\n      "Action": "s3:GetObject",\n      "Resource": "arn:aws:s3:::b/*"\n    }\n  ]\n}',
    );
  });

  it("sorts multi-value lists in reverse order, as the provider does", () => {
    assert.deepEqual(
      json({ statements: [{ actions: ["s3:GetObject", "s3:PutObject", "s3:DeleteObject"] }] }),
      {
        Version: "2012-10-17",
        Statement: [{ Effect: "Allow", Action: ["s3:PutObject", "s3:GetObject", "s3:DeleteObject"] }],
      },
    );
  });

  it('renders a lone principal of type "*" with identifier "*" as "*"', () => {
    assert.deepEqual(
      json({
        statements: [{ effect: "Deny", actions: ["s3:*"], principals: [{ type: "*", identifiers: ["*"] }] }],
      }),
      {
        Version: "2012-10-17",
        Statement: [{ Effect: "Deny", Action: "s3:*", Principal: "*" }],
      },
    );
  });

  it("groups principals by type with sorted keys", () => {
    const doc = json({
      statements: [
        {
          actions: ["sts:AssumeRole"],
          principals: [
            { type: "Service", identifiers: ["lambda.amazonaws.com"] },
            {
              type: "AWS",
              identifiers: ["arn:aws:iam::111111111111:root", "arn:aws:iam::222222222222:root"],
            },
          ],
        },
      ],
    }) as { Statement: { Principal: unknown }[] };
    assert.equal(
      JSON.stringify(doc.Statement[0].Principal),
      '{"AWS":["arn:aws:iam::222222222222:root","arn:aws:iam::111111111111:root"],"Service":"lambda.amazonaws.com"}',
    );
  });

  it("renders conditions as test -> variable -> values, one value unwrapped, order kept", () => {
    const doc = json({
      statements: [
        {
          actions: ["s3:*"],
          conditions: [
            { test: "Bool", variable: "aws:SecureTransport", values: ["false"] },
            { test: "StringEquals", variable: "aws:SourceVpce", values: ["vpce-2", "vpce-1"] },
          ],
        },
      ],
    }) as { Statement: { Condition: unknown }[] };
    assert.deepEqual(doc.Statement[0].Condition, {
      Bool: { "aws:SecureTransport": "false" },
      StringEquals: { "aws:SourceVpce": ["vpce-2", "vpce-1"] },
    });
  });

  it("orders statement keys Sid, Effect, Action, NotAction, Resource, NotResource, Principal, NotPrincipal, Condition", () => {
    const doc = json({
      statements: [
        {
          conditions: [{ test: "Bool", variable: "aws:MultiFactorAuthPresent", values: ["true"] }],
          notPrincipals: [{ type: "AWS", identifiers: ["arn:aws:iam::1:root"] }],
          notResources: ["arn:aws:s3:::x"],
          notActions: ["iam:*"],
          sid: "S1",
        },
      ],
    }) as { Statement: Record<string, unknown>[] };
    assert.deepEqual(Object.keys(doc.Statement[0]), [
      "Sid",
      "Effect",
      "NotAction",
      "NotResource",
      "NotPrincipal",
      "Condition",
    ]);
  });

  it("merges source documents first and override documents last, replacing statements by Sid", () => {
    const doc = json({
      sourcePolicyDocuments: [
        JSON.stringify({
          Version: "2012-10-17",
          Statement: [{ Sid: "A", Effect: "Allow", Action: "s3:GetObject", Resource: "*" }],
        }),
      ],
      statements: [{ sid: "B", actions: ["s3:ListBucket"], resources: ["*"] }],
      overridePolicyDocuments: [
        JSON.stringify({ Statement: [{ Sid: "A", Effect: "Deny", Action: "s3:*", Resource: "*" }] }),
      ],
    }) as { Statement: { Sid: string; Effect: string }[] };
    assert.deepEqual(
      doc.Statement.map((s) => `${s.Sid}:${s.Effect}`),
      ["A:Deny", "B:Allow"],
    );
  });

  it("replaces &{ with ${ in resources (IAM policy variables)", () => {
    const doc = json({
      statements: [{ actions: ["s3:GetObject"], resources: ["arn:aws:s3:::b/&{aws:username}/*"] }],
    }) as { Statement: { Resource: string }[] };
    assert.equal(doc.Statement[0].Resource, "arn:aws:s3:::b/${aws:username}/*");
  });

  it("escapes <, > and & as Go's encoding/json does", () => {
    const out = renderPolicyDocument({
      statements: [{ actions: ["s3:GetObject"], resources: ["arn:aws:s3:::a&b"] }],
    });
    assert.equal((out.minifiedJson as string).includes("a\\u0026b"), true);
  });

  it("gives minifiedJson without whitespace and an id that is the CRC-32 of json", () => {
    const out = renderPolicyDocument({ statements: [{ actions: ["s3:GetObject"] }] });
    const crc32 = (zlib as unknown as { crc32(s: string): number }).crc32;
    assert.deepEqual(
      [out.minifiedJson, out.id],
      [
        '{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"s3:GetObject"}]}',
        String(crc32(out.json as string)),
      ],
    );
  });
});
