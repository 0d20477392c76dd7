import * as assert from "node:assert/strict";
import { withoutDescription } from "../../../preview/engine/pack/analyze";

describe("engine diagnostics: message", () => {
  it("drops the description the SDK puts before a violation's message", () => {
    assert.equal(withoutDescription("Keys rotate.\nRotation is off.", "Keys rotate."), "Rotation is off.");
  });

  it("keeps a message that does not start with the description, such as can't-run notices", () => {
    const message =
      "can't run policy 'p' from policy pack 'x@v1' during preview: string value at .a can't be known during preview";
    assert.equal(withoutDescription(message, "Keys rotate."), message);
  });

  it("keeps a message whole when the policy has no description", () => {
    assert.equal(withoutDescription("\nmessage", ""), "\nmessage");
  });
});
