import * as assert from "node:assert/strict";
import {
  knownServices,
  mappingMatches,
  matchesFilters,
  normalizeFrameworkId,
  parsePolicyFilters,
  validatePolicyFilters,
} from "../../../preview/catalog/filters";
import { fakePolicy } from "../../policypack/catalog/fixtures";

const policies = [
  fakePolicy({ services: ["s3", "kms"] }),
  fakePolicy({ name: "other", services: ["bedrock"] }),
];

describe("scopeguard policies: filter validation", () => {
  it("accepts no options, and every valid option", () => {
    assert.deepEqual(validatePolicyFilters({}, policies), []);
    assert.deepEqual(
      validatePolicyFilters(
        { scope: "3", framework: "LLM01", service: "bedrock", severity: "high", format: "json" },
        policies,
      ),
      [],
    );
  });

  for (const scope of ["0", "6", "3.0", " 3", "three", ""]) {
    it(`rejects --scope "${scope}", naming the flag and the allowed values`, () => {
      assert.deepEqual(validatePolicyFilters({ scope }, policies), [
        `--scope must be an integer from 1 to 5 (got "${scope}")`,
      ]);
    });
  }

  for (const severity of ["severe", "HIGH", ""]) {
    it(`rejects --severity "${severity}", listing the severities`, () => {
      assert.deepEqual(validatePolicyFilters({ severity }, policies), [
        `--severity must be one of low, medium, high, critical (got "${severity}")`,
      ]);
    });
  }

  it("rejects an unknown service, listing the services the catalog knows", () => {
    assert.deepEqual(validatePolicyFilters({ service: "lambda" }, policies), [
      '--service must be one of bedrock, kms, s3 (got "lambda")',
    ]);
  });

  it("rejects a framework id of no known shape, explaining the accepted shapes", () => {
    const [message] = validatePolicyFilters({ framework: "OWASP-1" }, policies);
    assert.match(message, /^--framework must be a NIST CSF 2\.0 id .* \(got "OWASP-1"\)$/);
    assert.match(message, /LLM01 to LLM10/);
  });

  it("rejects an unknown format", () => {
    assert.deepEqual(validatePolicyFilters({ format: "yaml" }, policies), [
      '--format must be one of text, json (got "yaml")',
    ]);
  });

  it("reports every bad option at once", () => {
    assert.equal(validatePolicyFilters({ scope: "9", severity: "x", format: "x" }, policies).length, 3);
  });

  it("parses valid options into typed filters, normalizing ids and services", () => {
    assert.deepEqual(
      parsePolicyFilters({ scope: "4", framework: "llm01", service: "S3", severity: "low" }, policies),
      {
        ok: true,
        query: { filters: { scope: 4, framework: "LLM01", service: "s3", severity: "low" }, format: "text" },
      },
    );
    assert.deepEqual(parsePolicyFilters({ scope: "x" }, policies), {
      ok: false,
      errors: ['--scope must be an integer from 1 to 5 (got "x")'],
    });
  });

  it("normalizes every kind of framework id", () => {
    assert.equal(normalizeFrameworkId("pr.ds-01"), "PR.DS-01");
    assert.equal(normalizeFrameworkId("PR.DS"), "PR.DS");
    assert.equal(normalizeFrameworkId("pr"), "PR");
    assert.equal(normalizeFrameworkId("aml.t0051.001"), "AML.T0051.001");
    assert.equal(normalizeFrameworkId("Secure-Design"), "secure-design");
    assert.equal(normalizeFrameworkId("csf.pr-encryption"), "csf.pr-encryption");
    assert.equal(normalizeFrameworkId("LLM11"), undefined);
    assert.equal(normalizeFrameworkId("csf.not-an-item"), undefined);
  });

  it("lists the known services sorted, once each", () => {
    assert.deepEqual(knownServices([...policies, fakePolicy()]), ["bedrock", "kms", "s3"]);
  });
});

describe("scopeguard policies: matching", () => {
  it("matches an id exactly or as its parent", () => {
    assert.ok(mappingMatches("PR.DS-01", "PR.DS-01"));
    assert.ok(mappingMatches("PR.DS-01", "PR.DS"));
    assert.ok(mappingMatches("PR.DS-01", "PR"));
    assert.ok(mappingMatches("AML.T0051.001", "AML.T0051"));
    assert.ok(!mappingMatches("PR.DS-10", "PR.DS-1"));
    assert.ok(!mappingMatches("AML.T0051", "AML.T0051.001"));
    assert.ok(!mappingMatches("LLM10", "LLM01"));
  });

  it("applies a policy at its minimum scope and above", () => {
    const p = fakePolicy({ minScope: 3 });
    assert.ok(!matchesFilters(p, { scope: 2 }));
    assert.ok(matchesFilters(p, { scope: 3 }));
    assert.ok(matchesFilters(p, { scope: 5 }));
  });

  it("filters by severity, service and any mapping, all filters together", () => {
    const p = fakePolicy({
      severity: "high",
      services: ["bedrock"],
      mappings: {
        nistCsf: ["PR.DS-01"],
        owaspLlm: ["LLM01"],
        mitreAtlas: ["AML.M0012"],
        cisaNcsc: ["secure-design"],
      },
    });
    assert.ok(matchesFilters(p, { severity: "high", service: "bedrock", framework: "LLM01", scope: 1 }));
    assert.ok(matchesFilters(p, { framework: "AML.M0012" }));
    assert.ok(matchesFilters(p, { framework: "secure-design" }));
    assert.ok(matchesFilters(p, { framework: "csf.pr-encryption" }));
    assert.ok(!matchesFilters(p, { framework: "LLM02" }));
    assert.ok(!matchesFilters(p, { severity: "low" }));
    assert.ok(!matchesFilters(p, { service: "s3" }));
  });
});
