import * as assert from "node:assert/strict";
import {
  CISA_NCSC_STAGES,
  describeFrameworkId,
  frameworkOf,
  frameworkTitle,
  MITRE_ATLAS,
  MITRE_ATLAS_ID_PATTERN,
  NIST_CSF_CATEGORIES,
  NIST_CSF_FUNCTIONS,
  NIST_CSF_ID_PATTERN,
  NIST_CSF_SUBCATEGORIES,
  OWASP_LLM_2025,
  OWASP_LLM_ID_PATTERN,
} from "../../../policypack/catalog/frameworks";

describe("framework catalog", () => {
  it("lists only well-formed CSF 2.0 subcategories, each under a known category and function", () => {
    for (const id of Object.keys(NIST_CSF_SUBCATEGORIES)) {
      assert.match(id, NIST_CSF_ID_PATTERN);
      assert.ok(id.slice(0, 5) in NIST_CSF_CATEGORIES, id);
      assert.ok(id.slice(0, 2) in NIST_CSF_FUNCTIONS, id);
    }
  });

  it("has every CSF 2.0 category with at least one subcategory", () => {
    for (const category of Object.keys(NIST_CSF_CATEGORIES)) {
      assert.ok(
        Object.keys(NIST_CSF_SUBCATEGORIES).some((id) => id.startsWith(`${category}-`)),
        category,
      );
    }
  });

  it("has exactly the ten OWASP LLM 2025 ids", () => {
    const ids = Object.keys(OWASP_LLM_2025);
    assert.equal(ids.length, 10);
    ids.forEach((id) => assert.match(id, OWASP_LLM_ID_PATTERN));
  });

  it("lists only well-formed ATLAS ids, sub-techniques only under a listed technique", () => {
    for (const id of Object.keys(MITRE_ATLAS)) {
      assert.match(id, MITRE_ATLAS_ID_PATTERN);
      if (id.split(".").length === 3) {
        assert.ok(id.slice(0, 9) in MITRE_ATLAS, id);
      }
    }
  });

  it("has the four CISA/NCSC stages", () => {
    assert.deepEqual(Object.keys(CISA_NCSC_STAGES), [
      "secure-design",
      "secure-development",
      "secure-deployment",
      "secure-operation",
    ]);
  });

  it("classifies ids by shape", () => {
    assert.equal(frameworkOf("PR.DS-01"), "nist-csf");
    assert.equal(frameworkOf("LLM10"), "owasp-llm");
    assert.equal(frameworkOf("AML.T0051.001"), "mitre-atlas");
    assert.equal(frameworkOf("secure-operation"), "cisa-ncsc");
    assert.equal(frameworkOf("toString"), undefined);
    assert.equal(frameworkOf("LLM11"), undefined);
  });

  it("describes known ids with their titles and leaves unknown ones bare", () => {
    assert.equal(describeFrameworkId("LLM01"), "LLM01 (Prompt Injection)");
    assert.equal(frameworkTitle("PR.DS-01"), "Data at rest protected");
    assert.equal(describeFrameworkId("AML.T0999"), "AML.T0999");
    assert.equal(describeFrameworkId("constructor"), "constructor");
  });
});
