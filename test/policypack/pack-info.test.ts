import * as assert from "node:assert/strict";
import type * as analyzerproto from "@pulumi/pulumi/proto/analyzer_pb";
import { sharedPack, stopSharedPackAfterRun } from "../shared-pack";
import packPackage from "../../policypack/package.json";

/**
 * The pack as the Pulumi CLI sees it: started through `run-policy-pack` (the language host's entry
 * point) and described over the analyzer protocol, not read from our own modules.
 */
stopSharedPackAfterRun();

describe("policy pack as the Pulumi CLI starts it", function () {
  this.timeout(120_000);
  let info: analyzerproto.AnalyzerInfo;

  before(async () => {
    info = await (await sharedPack()).getAnalyzerInfo();
  });

  const checks = () => info.getPoliciesList().filter((p) => !p.getTagsList().includes("settings"));

  it("is named scopeguard and carries the version of its package.json", () => {
    assert.equal(info.getName(), "scopeguard");
    assert.equal(info.getVersion(), packPackage.version);
  });

  it("reports at least 70 policies", () => {
    assert.ok(checks().length >= 70, `only ${checks().length} policies`);
  });

  it("gives every policy a description, severity, remediation steps and framework mappings", () => {
    const incomplete = checks()
      .filter(
        (p) =>
          p.getDescription() === "" ||
          p.getSeverity() === 0 ||
          p.getRemediationSteps() === "" ||
          !p.getTagsList().some((t) => t.startsWith("nist-csf:")) ||
          !p.getTagsList().some((t) => t.startsWith("cisa-ncsc:")),
      )
      .map((p) => p.getName());
    assert.deepEqual(incomplete, []);
  });

  it("runs the settings policy first and the exemption report last", () => {
    const names = info.getPoliciesList().map((p) => p.getName());
    assert.equal(names[0], "scopeguard-settings");
    assert.equal(names[names.length - 1], "exemption-applied");
  });
});
