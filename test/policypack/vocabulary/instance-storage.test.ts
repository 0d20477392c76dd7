import { strict as assert } from "assert";
import { hasLocalStorage } from "../../../policypack/vocabulary";

describe("hasLocalStorage", () => {
  it("names the families with local NVMe storage, with or without the ml. prefix", () => {
    const local = [
      "ml.m5d.xlarge",
      "ml.g4dn.xlarge",
      "ml.g5.xlarge",
      "ml.g6.2xlarge",
      "ml.g6e.12xlarge",
      "ml.p4d.24xlarge",
      "ml.p5.48xlarge",
      "ml.p5e.48xlarge",
      "ml.trn1.32xlarge",
      "ml.r5d.large",
      "gr6.4xlarge",
      "dl1.24xlarge",
      " G5.2XLARGE ",
    ];
    assert.deepEqual(
      local.filter((t) => !hasLocalStorage(t)),
      [],
    );
  });

  it("leaves EBS-backed families to take a volume key", () => {
    const ebs = [
      "ml.m5.large",
      "ml.c6i.2xlarge",
      "ml.p3.2xlarge",
      "ml.inf2.xlarge",
      "ml.t3.medium",
      "m7i.large",
    ];
    assert.deepEqual(
      ebs.filter((t) => hasLocalStorage(t)),
      [],
    );
  });

  it("needs a family and a size", () => {
    assert.deepEqual(["ml.g5", "g5", ""].map(hasLocalStorage), [false, false, false]);
  });
});
