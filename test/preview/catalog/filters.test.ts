import * as assert from "node:assert/strict";
import { parsePolicyFilters, validatePolicyFilters } from "../../../preview/catalog/filters";
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
});
