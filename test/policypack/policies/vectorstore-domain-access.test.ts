import * as assert from "node:assert/strict";
import { opensearchDomainAccessPolicyRestricted as access } from "../../../policypack/policies/vectorstore/opensearch-domain-access-policy-restricted";
import { contextAt, resource, UNKNOWN } from "../support";

const DOMAIN = "aws:opensearch/domain:Domain";
const ES_POLICY = "aws:elasticsearch/domainPolicy:DomainPolicy";
const DOMAIN_POLICY = "aws:opensearch/domainPolicy:DomainPolicy";
const ctx = contextAt(3);
const ROLE = "arn:aws:iam::111122223333:role/rag-app";
const DOMAIN_ARN = "arn:aws:es:eu-west-1:111122223333:domain/vectors/*";

const policy = (...statements: object[]) => JSON.stringify({ Version: "2012-10-17", Statement: statements });
const allow = (principal: unknown, action: unknown, extra: object = {}) => ({
  Effect: "Allow",
  Principal: principal,
  Action: action,
  Resource: DOMAIN_ARN,
  ...extra,
});

describe("opensearch-domain-access-policy-restricted", () => {
  it("passes named roles with HTTP actions, a domain without an access policy, and a Deny on everyone", () => {
    const good = policy(allow({ AWS: [ROLE] }, ["es:ESHttpGet", "es:ESHttpPost"]), {
      Effect: "Deny",
      Principal: "*",
      Action: "es:*",
      Resource: DOMAIN_ARN,
    });
    assert.deepEqual(access.check(resource(DOMAIN, { accessPolicies: good }), ctx), []);
    assert.deepEqual(access.check(resource(DOMAIN, {}), ctx), []);
  });

  it("fails a policy that allows anyone es:* (the tutorial policy), once per problem", () => {
    const open = policy(allow({ AWS: "*" }, "es:*"));
    assert.deepEqual(
      access.check(resource(DOMAIN_POLICY, { domainName: "vectors", accessPolicies: open }), ctx),
      [
        'Statement #1 of the access policy allows anyone (Principal "*"): name the IAM roles that query or ingest (the application role, the knowledge-base role) instead.',
        "Statement #1 of the access policy grants es:*, which includes changing and deleting the domain: grant only the HTTP actions the callers use (es:ESHttpGet, es:ESHttpPost, es:ESHttpPut).",
      ],
    );
  });

  it("fails es:* to a named role, and anyone with HTTP actions, on the legacy Elasticsearch policy", () => {
    assert.equal(
      access.check(resource(ES_POLICY, { accessPolicies: policy(allow({ AWS: ROLE }, "es:*")) }), ctx).length,
      1,
    );
    assert.match(
      access.check(resource(DOMAIN, { accessPolicies: policy(allow("*", "es:ESHttpGet")) }), ctx)[0],
      /allows anyone/,
    );
  });

  it("accepts anyone restricted by a condition (a source-IP allow list)", () => {
    const ipOnly = policy(
      allow("*", "es:ESHttpGet", { Condition: { IpAddress: { "aws:SourceIp": ["203.0.113.0/24"] } } }),
    );
    assert.deepEqual(access.check(resource(DOMAIN, { accessPolicies: ipOnly }), ctx), []);
  });

  it("decides from literals when a role ARN is unknown in an object document", () => {
    const doc = { Statement: [allow({ AWS: UNKNOWN }, "es:*")] };
    assert.equal(access.check(resource(DOMAIN, { accessPolicies: doc }), ctx).length, 1);
  });

  it("lets the SDK say it cannot decide when the whole document is unknown", () => {
    assert.throws(
      () => access.check(resource(DOMAIN, { accessPolicies: UNKNOWN }), ctx),
      /can't be known during preview/,
    );
  });

  it("reports a document that is not valid JSON", () => {
    assert.deepEqual(access.check(resource(DOMAIN, { accessPolicies: "{oops" }), ctx), [
      "The access policy cannot be checked: the policy document is not valid JSON.",
    ]);
  });
});
