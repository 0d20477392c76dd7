import assert from "node:assert/strict";
import { EXIT_CODES, exitCodeForResult } from "../../../preview/cli/exit-codes";
import { advisoryOnly, failing, passing } from "../report/fixtures";

describe("cli/exit-codes", () => {
  it("is 0 when nothing was reported", () => {
    assert.equal(exitCodeForResult(passing), 0);
  });

  it("is 0 when only advisories were reported", () => {
    assert.equal(exitCodeForResult(advisoryOnly), 0);
  });

  it("is 1 when a violation is mandatory", () => {
    assert.equal(exitCodeForResult(failing), 1);
  });

  it("is 1 when the engine flags a mandatory violation", () => {
    assert.equal(exitCodeForResult({ diagnostics: [], hasMandatory: true }), 1);
  });

  it("is 1 for a remediate-level diagnostic, which Pulumi treats as mandatory", () => {
    const d = { ...advisoryOnly.diagnostics[0], enforcementLevel: "remediate" as const };
    assert.equal(exitCodeForResult({ diagnostics: [d], hasMandatory: false }), 1);
  });

  it("keeps usage errors at 2 and failures at 3", () => {
    assert.deepEqual(EXIT_CODES, { pass: 0, mandatoryViolation: 1, usage: 2, failure: 3 });
  });
});
