import { strict as assert } from "assert";
import { closeNames, closestName, didYouMean, editDistance } from "../../../policypack/framework/suggest";

describe("did-you-mean suggestions", () => {
  it("counts a swap of two neighbouring characters as one edit", () => {
    assert.deepEqual(
      [editDistance("scpoe", "scope"), editDistance("scope", "scope"), editDistance("", "ab")],
      [1, 0, 2],
    );
  });

  it("finds the settings key a user meant, without regard to case", () => {
    const keys = ["scope", "exemptions"];
    assert.deepEqual(
      [closestName("Scope", keys), closestName("exemption", keys), closestName("exemptons", keys)],
      ["scope", "exemptions", "exemptions"],
    );
  });

  it("suggests nothing when no candidate is close", () => {
    assert.deepEqual(
      [closestName("region", ["scope", "exemptions"]), didYouMean("zzz", ["scope"])],
      [undefined, ""],
    );
  });

  it("ranks near policy names, best first, and finds a name that contains the input", () => {
    assert.deepEqual(
      closeNames("kms-key-rotation", ["kms-key-rotation-enabled", "log-retention", "kms-key-policy"]),
      ["kms-key-rotation-enabled"],
    );
    assert.equal(didYouMean("kms-rotation", ["kms-key-rotation"]), '; did you mean "kms-key-rotation"?');
  });
});
