import assert from "node:assert/strict";
import type * as sarif from "sarif";
import { buildSarifLog, renderSarif, sarifLevel } from "../../../preview/report/sarif";
import { diagnostic, failing, key, pack, passing, withInvokes } from "./fixtures";

function onlyRun(log: sarif.Log): sarif.Run {
  assert.equal(log.runs.length, 1);
  return log.runs[0];
}

describe("report/sarif", () => {
  it("declares SARIF 2.1.0 and its schema", () => {
    const log = JSON.parse(renderSarif(failing)) as sarif.Log;
    assert.equal(log.version, "2.1.0");
    assert.equal(log.$schema, "https://json.schemastore.org/sarif-2.1.0.json");
  });

  it("describes the pack as the tool driver with one rule per policy, in pack order", () => {
    const driver = onlyRun(buildSarifLog(failing)).tool.driver;
    assert.equal(driver.name, "scopeguard-policypack");
    assert.equal(driver.version, "0.1.0");
    assert.deepEqual(
      driver.rules!.map((r) => r.id),
      pack.policies.map((p) => p.name),
    );
  });

  it("fills a rule from the policy's description, remediation steps, tags and level", () => {
    const rule = onlyRun(buildSarifLog(failing)).tool.driver.rules!.find(
      (r) => r.id === "kms-key-rotation-enabled",
    )!;
    assert.deepEqual(rule, {
      id: "kms-key-rotation-enabled",
      shortDescription: { text: "Checks kms key rotation enabled." },
      help: { text: "Fix kms-key-rotation-enabled." },
      defaultConfiguration: { level: "error", enabled: true },
      properties: {
        tags: [
          "nist-csf:PR.DS-01",
          "mitre-atlas:AML.M0012",
          "cisa-ncsc:secure-deployment",
          "scope:1+",
          "service:kms",
          "seed:protect-kms-rotation",
        ],
        severity: "high",
        "security-severity": "8.0",
      },
    });
  });

  it("maps mandatory to error, advisory to warning, disabled to none", () => {
    assert.equal(sarifLevel("mandatory"), "error");
    assert.equal(sarifLevel("remediate"), "error");
    assert.equal(sarifLevel("advisory"), "warning");
    assert.equal(sarifLevel("disabled"), "none");
  });

  it("has one result per diagnostic whose ruleIndex points at its rule", () => {
    const run = onlyRun(buildSarifLog(failing));
    assert.equal(run.results!.length, failing.diagnostics.length);
    for (const result of run.results!) {
      assert.equal(run.tool.driver.rules![result.ruleIndex!].id, result.ruleId);
    }
  });

  it("locates a result by a logical location: the resource's URN, name and type", () => {
    const result = onlyRun(buildSarifLog(failing)).results!.find(
      (r) => r.ruleId === "kms-key-rotation-enabled",
    )!;
    assert.equal(result.level, "error");
    assert.equal(result.message.text, "enableKeyRotation is false; set enableKeyRotation: true.");
    assert.deepEqual(result.locations![0].logicalLocations, [
      {
        name: "data-key",
        fullyQualifiedName: key.urn,
        kind: "resource",
        properties: { resourceType: "aws:kms/key:Key", displayType: "aws:kms:Key" },
      },
    ]);
  });

  it("gives advisory results the warning level", () => {
    const levels = onlyRun(buildSarifLog(failing))
      .results!.filter((r) => r.ruleId === "required-ai-tags")
      .map((r) => r.level);
    assert.deepEqual(levels, ["warning", "warning"]);
  });

  it("adds a rule for a diagnostic whose policy the pack did not describe", () => {
    const odd = {
      ...failing,
      diagnostics: [diagnostic("not-in-pack", key, { enforcementLevel: "mandatory" })],
    };
    const run = onlyRun(buildSarifLog(odd));
    const result = run.results![0];
    assert.equal(run.tool.driver.rules![result.ruleIndex!].id, "not-in-pack");
  });

  it("gives each result a stable fingerprint", () => {
    const a = onlyRun(buildSarifLog(failing)).results!.map((r) => r.partialFingerprints);
    const b = onlyRun(buildSarifLog(failing)).results!.map((r) => r.partialFingerprints);
    assert.deepEqual(a, b);
    assert.equal(new Set(a.map((f) => f!["scopeguardFinding/v1"])).size, a.length);
  });

  it("reports unanswered invokes as warning notifications of the invocation", () => {
    const invocation = onlyRun(buildSarifLog(withInvokes)).invocations![0];
    assert.equal(invocation.executionSuccessful, true);
    assert.deepEqual(
      invocation.toolExecutionNotifications!.map((n) => [n.level, n.message.text]),
      [
        [
          "warning",
          "the offline engine could not answer aws:ec2/getAmi:getAmi (2 calls); results that depend on it may be incomplete",
        ],
        [
          "warning",
          "the offline engine could not answer aws:index/getCallerIdentity:getCallerIdentity (1 call); results that depend on it may be incomplete",
        ],
      ],
    );
  });

  it("has an empty results list for a clean run", () => {
    assert.deepEqual(onlyRun(buildSarifLog(passing)).results, []);
  });
});
