import assert from "node:assert/strict";
import Ajv from "ajv";
import schema from "../../../preview/report/report.schema.json";
import { buildJsonReport, renderJson } from "../../../preview/report/json";
import { failing, passing, role, STACK_URN, withInvokes } from "./fixtures";

const context = { declaredScope: { scope: 3, source: "stack-tag" } as const };
const validate = new Ajv({ allErrors: true }).compile(schema);

describe("report/json", () => {
  it("matches the documented JSON schema", () => {
    const report = JSON.parse(renderJson(withInvokes, context));
    assert.ok(validate(report), JSON.stringify(validate.errors, null, 2));
  });

  it("matches the schema for a clean run without a declared scope", () => {
    assert.ok(validate(JSON.parse(renderJson(passing))), JSON.stringify(validate.errors, null, 2));
  });

  it("keeps its top-level keys in the documented order", () => {
    assert.deepEqual(Object.keys(JSON.parse(renderJson(failing))), [
      "reportVersion",
      "program",
      "stack",
      "mode",
      "scope",
      "pack",
      "summary",
      "diagnostics",
      "remediations",
      "resources",
      "unansweredInvokes",
      "inventory",
      "coverage",
    ]);
  });

  it("keeps diagnostic keys in the documented order", () => {
    assert.deepEqual(Object.keys(buildJsonReport(failing).diagnostics[0]), [
      "policyName",
      "policyPackName",
      "policyPackVersion",
      "enforcementLevel",
      "severity",
      "urn",
      "resourceType",
      "resourceName",
      "message",
      "description",
      "phase",
    ]);
  });

  it("summarizes the counts and the verdict", () => {
    assert.deepEqual(buildJsonReport(failing).summary, {
      resources: 11,
      mandatory: 2,
      advisory: 3,
      remediated: 1,
      unansweredInvokes: 0,
      result: "fail",
    });
  });

  it("sorts diagnostics in Pulumi's order", () => {
    assert.deepEqual(
      buildJsonReport(failing).diagnostics.map((d) => `${d.enforcementLevel} ${d.severity} ${d.policyName}`),
      [
        "mandatory critical s3-block-public-access",
        "mandatory high kms-key-rotation-enabled",
        "advisory medium scope-drift",
        "advisory low required-ai-tags",
        "advisory null required-ai-tags",
      ],
    );
  });

  it("writes a missing severity as null rather than leaving the key out", () => {
    const d = buildJsonReport(failing).diagnostics.find((x) => x.urn === role.urn)!;
    assert.equal(d.severity, null);
  });

  it("lists resources in registration order with their parent, null for none", () => {
    const resources = buildJsonReport(failing).resources;
    assert.deepEqual(resources[0], {
      urn: STACK_URN,
      type: "pulumi:pulumi:Stack",
      name: "chatbot-dev",
      parent: null,
    });
    assert.equal(resources[2].parent, STACK_URN);
  });

  it("records the declared scope and its source", () => {
    assert.deepEqual(buildJsonReport(failing, context).scope, { declared: 3, source: "stack-tag" });
    assert.deepEqual(buildJsonReport(failing).scope, { declared: null, source: null });
  });

  it("includes unanswered invokes", () => {
    assert.deepEqual(buildJsonReport(withInvokes).unansweredInvokes, [
      { token: "aws:ec2/getAmi:getAmi", count: 2 },
      { token: "aws:index/getCallerIdentity:getCallerIdentity", count: 1 },
    ]);
  });

  it("renders the same text for the same result", () => {
    assert.equal(renderJson(failing, context), renderJson(failing, context));
  });
});
