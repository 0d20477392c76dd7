import * as assert from "node:assert/strict";
import type * as analyzerproto from "@pulumi/pulumi/proto/analyzer_pb";
import { DEFAULT_PACK_DIR, PolicyPackProcess } from "../../preview/engine";
import packPackage from "../../policypack/package.json";

/**
 * The pack as the Pulumi CLI sees it: started through `run-policy-pack` (the language host's entry
 * point) and described over the analyzer protocol, not read from our own modules.
 */
describe("policy pack as the Pulumi CLI starts it", function () {
  this.timeout(120_000);
  let pack: PolicyPackProcess;
  let info: analyzerproto.AnalyzerInfo;

  before(async () => {
    pack = await PolicyPackProcess.start(DEFAULT_PACK_DIR, {
      organization: "organization",
      project: "proj",
      stack: "dev",
      dryRun: true,
      config: {},
    });
    info = await pack.getAnalyzerInfo();
  });

  after(async () => {
    await pack?.close();
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
