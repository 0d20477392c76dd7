import * as assert from "node:assert/strict";
import { findExemption, isExpired, selectsResource } from "../../../policypack/framework/exemptions";

const URN = "urn:pulumi:dev::proj::aws:s3/bucket:Bucket::train-data";
const exemption = (resource: string, expires = "2999-01-01", policy = "p") => ({
  policy,
  resource,
  reason: "r",
  expires,
});

describe("exemptions", () => {
  it("select a resource by exact URN", () => {
    assert.equal(selectsResource(URN, URN, "train-data"), true);
    assert.equal(selectsResource(URN + "x", URN, "train-data"), false);
  });

  it("select a resource by exact name", () => {
    assert.equal(selectsResource("train-data", URN, "train-data"), true);
    assert.equal(selectsResource("train", URN, "train-data"), false);
  });

  it("select by name pattern where * matches any run of characters", () => {
    assert.equal(selectsResource("train-*", URN, "train-data"), true);
    assert.equal(selectsResource("*-data", URN, "train-data"), true);
    assert.equal(selectsResource("logs-*", URN, "train-data"), false);
  });

  it("treat regular-expression characters in a pattern literally", () => {
    assert.equal(selectsResource("train.data*", URN, "train-data"), false);
  });

  it("hold through their expiry day and lapse the day after", () => {
    assert.equal(isExpired(exemption("x", "2026-11-22"), "2026-11-22"), false);
    assert.equal(isExpired(exemption("x", "2026-11-22"), "2026-11-23"), true);
  });

  it("apply only to the policy they name", () => {
    assert.equal(findExemption([exemption("*", "2999-01-01", "other")], "p", URN, "train-data"), undefined);
    assert.ok(findExemption([exemption("*")], "p", URN, "train-data"));
  });

  it("do not apply once expired", () => {
    assert.equal(
      findExemption([exemption("*", "2000-01-01")], "p", URN, "train-data", "2026-11-22"),
      undefined,
    );
  });
});
