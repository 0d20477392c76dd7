import { strict as assert } from "assert";
import { durationSeconds, toWire } from "../../../preview/engine/program/wire";
import { OUTPUT_SIG, RESOURCE_SIG, SECRET_SIG, SIG_KEY, UNKNOWN } from "../../../preview/engine/sentinels";

describe("engine program: wire encoding", () => {
  it("turns a reference to a custom resource into its id", () => {
    assert.equal(toWire({ [SIG_KEY]: RESOURCE_SIG, urn: "urn:x", id: "vpc-1", packageVersion: "" }), "vpc-1");
  });

  it("turns a reference to a resource whose id is not known yet into the unknown sentinel", () => {
    assert.equal(toWire({ [SIG_KEY]: RESOURCE_SIG, urn: "urn:x", id: "", packageVersion: "" }), UNKNOWN);
  });

  it("turns a reference to a component into its URN", () => {
    assert.equal(toWire({ [SIG_KEY]: RESOURCE_SIG, urn: "urn:x", packageVersion: "" }), "urn:x");
  });

  it("flattens a known secret output value into a secret", () => {
    assert.deepEqual(toWire({ [SIG_KEY]: OUTPUT_SIG, value: "v", secret: true }), {
      [SIG_KEY]: SECRET_SIG,
      value: "v",
    });
  });

  it("flattens an unknown output value into the unknown sentinel", () => {
    assert.equal(toWire({ [SIG_KEY]: OUTPUT_SIG, dependencies: ["urn:x"] }), UNKNOWN);
  });

  it("parses Go durations into seconds", () => {
    assert.deepEqual(["1m", "1h30m", "2.5s", "500ms", ""].map(durationSeconds), [60, 5400, 2.5, 0.5, 0]);
  });

  it("rejects an invalid duration", () => {
    assert.equal(durationSeconds("5 minutes"), undefined);
  });
});
