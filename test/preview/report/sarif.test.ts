import assert from "node:assert/strict";
import type * as sarif from "sarif";
import type { ReportContext } from "../../../preview/report/context";
import { buildSarifLog, renderSarif, sarifLevel } from "../../../preview/report/sarif";
import type { AnalysisResult, RecordedResource } from "../../../preview/engine/types";
import { diagnostic, failing, key, pack, passing, publicAccess, stack, withInvokes } from "./fixtures";
import { sarifSchemaErrors } from "./sarif-schema";

const ROOT = "/home/dev/repo";
const located: ReportContext = {
  programPath: `${ROOT}/infra`,
  sourceRoot: ROOT,
  policyDocsUrl: "https://github.com/acme/scopeguard/blob/HEAD/docs/policies.md",
};

/** `failing` with declaration sites: the key in the program, the public-access block not (its parent neither). */
const withSources: AnalysisResult = {
  ...failing,
  run: {
    ...failing.run,
    resources: failing.run.resources.map((r): RecordedResource =>
      r.urn === key.urn ? { ...r, source: { file: `${ROOT}/infra/index.ts`, line: 12, column: 5 } } : r,
    ),
  },
};

/** A violation of kms-key-rotation-enabled that the pack config exempted. */
const exemptedConfig = {
  "scopeguard-settings": {
    exemptions: [
      {
        policy: "kms-key-rotation-enabled",
        resource: "data-key",
        reason: "legacy key (rotated by hand), see PLAT-7",
        expires: "2099-12-31",
      },
    ],
  },
};
const exempted: AnalysisResult = {
  ...failing,
  diagnostics: [
    diagnostic("exemption-applied", key, {
      message:
        "Exempted from kms-key-rotation-enabled until 2099-12-31 (legacy key (rotated by hand), see PLAT-7): " +
        "enableKeyRotation is false (set by hand): set enableKeyRotation: true.",
    }),
  ],
  hasMandatory: false,
};

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

  it("fills a rule from the policy's description, remediation steps, tags, level and reference link", () => {
    const rule = onlyRun(buildSarifLog(failing, located)).tool.driver.rules!.find(
      (r) => r.id === "kms-key-rotation-enabled",
    )!;
    assert.deepEqual(rule, {
      id: "kms-key-rotation-enabled",
      shortDescription: { text: "Checks kms key rotation enabled." },
      helpUri: "https://github.com/acme/scopeguard/blob/HEAD/docs/policies.md#kms-key-rotation-enabled",
      help: {
        text: "Checks kms key rotation enabled.\n\nFix kms-key-rotation-enabled.",
        markdown: [
          "Checks kms key rotation enabled.",
          "",
          "**How to fix:** Fix kms-key-rotation-enabled.",
          "",
          "**Mappings:**",
          "- NIST CSF 2.0: `PR.DS-01`",
          "- MITRE ATLAS: `AML.M0012`",
          "- CISA/NCSC guidelines: `secure-deployment`",
          "- Checklist items: `protect-kms-rotation`",
          "",
          "[Policy reference](https://github.com/acme/scopeguard/blob/HEAD/docs/policies.md#kms-key-rotation-enabled)",
        ].join("\n"),
      },
      defaultConfiguration: { level: "error", enabled: true },
      properties: {
        tags: [
          "security",
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

  it("leaves helpUri out when no policy reference address is known", () => {
    const rule = onlyRun(buildSarifLog(failing)).tool.driver.rules![1];
    assert.equal(rule.helpUri, undefined);
    assert.equal(onlyRun(buildSarifLog(failing)).tool.driver.informationUri, undefined);
  });

  it("validates against the official SARIF 2.1.0 schema: failing, passing, with invokes, exempted", () => {
    for (const [result, context] of [
      [withSources, located],
      [passing, {}],
      [withInvokes, located],
      [exempted, { ...located, packConfig: exemptedConfig }],
    ] as const) {
      assert.deepEqual(sarifSchemaErrors(buildSarifLog(result, context)), []);
    }
    const broken = buildSarifLog(withSources, located);
    delete (broken.runs[0].results![0] as Partial<sarif.Result>).message;
    assert.notDeepEqual(sarifSchemaErrors(broken), [], "the schema check rejects a result without a message");
  });

  it("locates a result at the file and line that declared the resource, relative to the repository root", () => {
    const result = onlyRun(buildSarifLog(withSources, located)).results!.find(
      (r) => r.ruleId === "kms-key-rotation-enabled",
    )!;
    assert.deepEqual(result.locations![0].physicalLocation, {
      artifactLocation: { uri: "infra/index.ts", uriBaseId: "%SRCROOT%" },
      region: { startLine: 12, startColumn: 5 },
    });
  });

  it("locates a stack finding, and a resource declared nowhere in the program, at the program's Pulumi.yaml", () => {
    const results = onlyRun(buildSarifLog(withSources, located)).results!;
    for (const urn of [stack.urn, publicAccess.urn]) {
      const result = results.find((r) => r.locations![0].logicalLocations![0].fullyQualifiedName === urn)!;
      assert.deepEqual(result.locations![0].physicalLocation, {
        artifactLocation: { uri: "infra/Pulumi.yaml", uriBaseId: "%SRCROOT%" },
        region: { startLine: 1 },
      });
    }
  });

  it("reports an exempted violation under its own rule, suppressed externally with the exemption's reason", () => {
    const run = onlyRun(buildSarifLog(exempted, { ...located, packConfig: exemptedConfig }));
    const result = run.results![0];
    assert.equal(result.ruleId, "kms-key-rotation-enabled");
    assert.equal(run.tool.driver.rules![result.ruleIndex!].id, "kms-key-rotation-enabled");
    assert.equal(result.level, "error");
    assert.equal(
      result.message.text,
      "enableKeyRotation is false (set by hand): set enableKeyRotation: true.",
    );
    assert.deepEqual(result.suppressions, [
      {
        kind: "external",
        status: "accepted",
        justification: "legacy key (rotated by hand), see PLAT-7",
        properties: { expires: "2099-12-31" },
      },
    ]);
  });

  it("names the run's category after the project and stack, so each stack keeps its own alerts", () => {
    assert.deepEqual(onlyRun(buildSarifLog(failing)).automationDetails, { id: "scopeguard/chatbot/dev/" });
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
