import assert from "node:assert/strict";
import { buildCoverage, effectiveLevel, minScopeOf } from "../../../preview/report/coverage";
import { pack } from "./fixtures";

const policy = (name: string) => pack.policies.find((p) => p.name === name)!;

describe("report/coverage", () => {
  it("reads the minimum scope from the scope:N+ tag", () => {
    assert.equal(minScopeOf(policy("sagemaker-training-in-vpc")), 4);
    assert.equal(minScopeOf(policy("scopeguard-settings")), undefined);
  });

  it("takes a policy's level from its own config entry, then 'all', then the pack", () => {
    const kms = policy("kms-key-rotation-enabled");
    assert.equal(effectiveLevel(kms, undefined), "mandatory");
    assert.equal(effectiveLevel(kms, { all: "advisory" }), "advisory");
    assert.equal(
      effectiveLevel(kms, { all: "advisory", "kms-key-rotation-enabled": { enforcementLevel: "disabled" } }),
      "disabled",
    );
  });

  it("counts policies in force, not applicable at the scope, and disabled", () => {
    const coverage = buildCoverage(pack, { scope: 3, source: "pack-config" }, { "scope-drift": "disabled" });
    assert.deepEqual(coverage.policies, { total: 9, inForce: 7, notApplicable: 1, disabled: 1 });
  });

  it("counts every enabled policy as in force when no scope is declared", () => {
    assert.deepEqual(buildCoverage(pack, undefined).policies, {
      total: 9,
      inForce: 9,
      notApplicable: 0,
      disabled: 0,
    });
  });

  it("counts ids and policies per framework, and those in force", () => {
    const owasp = buildCoverage(pack, { scope: 3, source: "stack-tag" }).frameworks.find(
      (f) => f.framework === "owasp-llm",
    )!;
    assert.deepEqual(owasp, {
      framework: "owasp-llm",
      title: "OWASP Top 10 for LLM 2025",
      ids: ["LLM01", "LLM02", "LLM04"],
      policies: 3,
      idsInForce: ["LLM01", "LLM02", "LLM04"],
      policiesInForce: 3,
    });
  });

  it("drops ids only policies above the scope map to", () => {
    const atlas = buildCoverage(pack, { scope: 3, source: "stack-tag" }).frameworks.find(
      (f) => f.framework === "mitre-atlas",
    )!;
    assert.deepEqual(atlas.ids, ["AML.M0005", "AML.M0012", "AML.M0014", "AML.T0051"]);
    assert.deepEqual(atlas.idsInForce, ["AML.M0012", "AML.M0014", "AML.T0051"]);
  });

  it("lists the frameworks in a fixed order", () => {
    assert.deepEqual(
      buildCoverage(pack, undefined).frameworks.map((f) => f.framework),
      ["nist-csf", "owasp-llm", "mitre-atlas", "cisa-ncsc", "seed"],
    );
  });
});
