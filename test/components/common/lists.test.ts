import { strict as assert } from "assert";
import { unique } from "../../../components/common";

describe("components/common/lists", () => {
  it("unique drops repeats and keeps first-seen order", () => {
    assert.deepEqual(unique(["b", "a", "b", "c", "a"]), ["b", "a", "c"]);
  });
});
