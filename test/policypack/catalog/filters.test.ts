import * as assert from "node:assert/strict";
import {
  knownServices,
  mappingMatches,
  matchesFilters,
  normalizeFrameworkId,
} from "../../../policypack/catalog/filters";
import { fakePolicy } from "./fixtures";

const policies = [
  fakePolicy({ services: ["s3", "kms"] }),
  fakePolicy({ name: "other", services: ["bedrock"] }),
];

describe("catalog filters: ids and services", () => {
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

describe("catalog filters: matching", () => {
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
