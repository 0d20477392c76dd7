import * as assert from "node:assert/strict";
import { SEED_ITEMS } from "../../../policypack/catalog/seed-items";
import { policyProblems, type CatalogProblem } from "../../../policypack/catalog/validate";
import { POLICIES } from "../../../policypack/policies";
import { fakePolicy, fakeStackPolicy } from "./fixtures";

const problems = policyProblems(POLICIES, SEED_ITEMS);

/** Problems of the given rules, as `policy: message` lines, so a failure names what to fix. */
function lines(rules: readonly string[], list: readonly CatalogProblem[] = problems): string[] {
  return list.filter((p) => rules.includes(p.rule)).map((p) => `${p.subject}: ${p.message}`);
}

describe("policy catalog: every policy of POLICIES", () => {
  it("exists (the pack is not empty)", () => {
    assert.ok(POLICIES.length > 0);
  });

  it("has a unique kebab-case name", () => {
    assert.deepEqual(lines(["name-kebab-case", "name-unique"]), []);
  });

  it("has a non-empty description, rationale and remediationSteps", () => {
    assert.deepEqual(lines(["text-required"]), []);
  });

  it("has a valid severity, enforcement level, minimum scope, services and resource types", () => {
    assert.deepEqual(lines(["severity", "enforcement-level", "min-scope", "services", "resource-types"]), []);
  });

  it("maps to at least one NIST CSF 2.0 subcategory, each a real CSF 2.0 id", () => {
    assert.deepEqual(lines(["nist-required", "nist-id"]), []);
  });

  it("maps to at least one CISA/NCSC stage, each one of the four", () => {
    assert.deepEqual(lines(["cisa-required", "cisa-stage"]), []);
  });

  it("names only OWASP LLM 2025 ids (LLM01-LLM10) and known MITRE ATLAS ids", () => {
    assert.deepEqual(lines(["owasp-id", "atlas-id"]), []);
  });

  it("enforces at least one seed item, each of which exists in the seed catalog", () => {
    assert.deepEqual(lines(["seed-required", "seed-known"]), []);
  });

  it("lists no mapping id twice", () => {
    assert.deepEqual(lines(["mapping-duplicate"]), []);
  });

  it("has no problem of any other kind", () => {
    assert.deepEqual(
      problems.map((p) => `${p.subject} [${p.rule}]: ${p.message}`),
      [],
    );
  });
});

describe("policyProblems (the validator itself)", () => {
  const rulesOf = (...policies: Parameters<typeof policyProblems>[0]) =>
    policyProblems(policies, SEED_ITEMS).map((p) => p.rule);

  it("accepts a well-formed resource policy and a well-formed stack policy", () => {
    assert.deepEqual(rulesOf(fakePolicy(), fakeStackPolicy({ name: "fake-stack" })), []);
  });

  it("accepts a stack-wide policy with no services", () => {
    assert.deepEqual(rulesOf(fakeStackPolicy({ services: [] })), []);
  });

  for (const name of ["FakePolicy", "fake_policy", "fake--policy", "-fake", "fake-", ""]) {
    it(`rejects the name "${name}"`, () => {
      assert.ok(rulesOf(fakePolicy({ name })).includes("name-kebab-case"));
    });
  }

  it("rejects two policies with one name", () => {
    assert.deepEqual(rulesOf(fakePolicy(), fakePolicy()), ["name-unique"]);
  });

  for (const field of ["description", "rationale", "remediationSteps"] as const) {
    it(`rejects an empty or blank ${field}`, () => {
      assert.deepEqual(rulesOf(fakePolicy({ [field]: "  " })), ["text-required"]);
    });
  }

  it("rejects a policy with no NIST CSF id, no CISA stage or no seed item", () => {
    assert.deepEqual(rulesOf(fakePolicy({ mappings: { nistCsf: [] } })), ["nist-required"]);
    assert.deepEqual(rulesOf(fakePolicy({ mappings: { cisaNcsc: [] } })), ["cisa-required"]);
    assert.deepEqual(rulesOf(fakePolicy({ mappings: { seedItems: [] } })), ["seed-required"]);
  });

  for (const id of ["PR.DS-1", "pr.ds-01", "PR.DS01", "XX.DS-01", "PR.DS-001"]) {
    it(`rejects the malformed NIST CSF id "${id}"`, () => {
      assert.deepEqual(rulesOf(fakePolicy({ mappings: { nistCsf: [id] } })), ["nist-id"]);
    });
  }

  for (const id of ["PR.AC-01", "PR.DS-05", "DE.CM-07"]) {
    it(`rejects "${id}", well-formed but not a CSF 2.0 subcategory`, () => {
      assert.deepEqual(rulesOf(fakePolicy({ mappings: { nistCsf: [id] } })), ["nist-id"]);
    });
  }

  for (const id of ["LLM00", "LLM11", "LLM1", "llm01", "LLM010"]) {
    it(`rejects the OWASP id "${id}"`, () => {
      assert.deepEqual(rulesOf(fakePolicy({ mappings: { owaspLlm: [id] } })), ["owasp-id"]);
    });
  }

  for (const id of ["AML.T51", "AML.X0051", "aml.t0051", "AML.T0051.1", "T0051"]) {
    it(`rejects the malformed ATLAS id "${id}"`, () => {
      assert.deepEqual(rulesOf(fakePolicy({ mappings: { mitreAtlas: [id] } })), ["atlas-id"]);
    });
  }

  it("accepts ATLAS techniques, sub-techniques and mitigations it knows", () => {
    assert.deepEqual(
      rulesOf(fakePolicy({ mappings: { mitreAtlas: ["AML.T0051", "AML.T0051.001", "AML.M0012"] } })),
      [],
    );
  });

  it("rejects a CISA/NCSC stage that is not one of the four", () => {
    assert.deepEqual(rulesOf(fakePolicy({ mappings: { cisaNcsc: ["secure-testing" as never] } })), [
      "cisa-stage",
    ]);
  });

  it("rejects a seed item id the catalog does not have", () => {
    assert.deepEqual(rulesOf(fakePolicy({ mappings: { seedItems: ["csf.no-such-item"] } })), ["seed-known"]);
  });

  it("rejects a mapping that lists an id twice", () => {
    assert.deepEqual(rulesOf(fakePolicy({ mappings: { nistCsf: ["PR.DS-01", "PR.DS-01"] } })), [
      "mapping-duplicate",
    ]);
  });

  it("rejects a bad severity, level, scope, upper-case service or a resource policy with no types", () => {
    assert.deepEqual(rulesOf(fakePolicy({ severity: "urgent" as never })), ["severity"]);
    assert.deepEqual(rulesOf(fakePolicy({ enforcementLevel: "disabled" as never })), ["enforcement-level"]);
    assert.deepEqual(rulesOf(fakePolicy({ minScope: 6 as never })), ["min-scope"]);
    assert.deepEqual(rulesOf(fakePolicy({ services: ["S3"] })), ["services"]);
    assert.deepEqual(rulesOf(fakePolicy({ resourceTypes: [] })), ["resource-types"]);
  });
});
