import * as assert from "node:assert/strict";
import { POLICIES } from "../../../policypack/policies";

/** The catalog's size, as the issue that defines it asks: counted from the registry itself. */

/** Services whose resources are AI services or hold AI data (vector stores). */
const AI_SERVICES = new Set(["bedrock", "sagemaker", "opensearch"]);

describe("the policy catalog's size", () => {
  it("has at least 70 policies", () => {
    assert.ok(POLICIES.length >= 70, `${POLICIES.length} policies`);
  });

  it("has at least 40 policies about AI services or AI data", () => {
    const ai = POLICIES.filter((p) => p.services.some((s) => AI_SERVICES.has(s)));
    assert.ok(ai.length >= 40, `${ai.length} AI policies`);
  });

  it("has at least 12 stack policies", () => {
    const stack = POLICIES.filter((p) => p.kind === "stack");
    assert.ok(stack.length >= 12, `${stack.length} stack policies`);
  });

  it("has at least 8 policies that remediate, each with a remediation", () => {
    const remediating = POLICIES.filter((p) => p.enforcementLevel === "remediate");
    assert.ok(remediating.length >= 8, `${remediating.length} remediating policies`);
    assert.deepEqual(
      remediating
        .filter((p) => p.kind !== "resource" || typeof p.remediate !== "function")
        .map((p) => p.name),
      [],
    );
  });
});
