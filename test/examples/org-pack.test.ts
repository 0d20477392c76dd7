import { strict as assert } from "assert";
import { spawnSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { EXAMPLES_DIR, REPO_ROOT } from "./support";

/**
 * The organisation pack of examples/org-pack, built with `scopeguardPolicies`, run as a user runs
 * it: `scopeguard preview <program> --pack examples/org-pack`. The findings show the selection
 * (Bedrock and AgentCore policies only: no KMS, budget or CloudTrail finding), the enforcement
 * overrides (medium advisory, two by name), the organisation's own policy, and exemptions from the
 * pack config hiding one scopeguard and one organisation violation.
 */
describe("examples/org-pack: a composed organisation pack through --pack", function () {
  this.timeout(600000);
  let status: number | null;
  let diagnostics: { enforcementLevel: string; policyName: string; resourceName: string; message: string }[];

  before(() => {
    const out = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "org-pack-")), "report.json");
    const packDir = path.join(EXAMPLES_DIR, "org-pack");
    const run = spawnSync(
      process.execPath,
      [
        path.join(REPO_ROOT, "preview", "bin", "scopeguard.js"),
        "preview",
        path.join(EXAMPLES_DIR, "noncompliant-bedrock"),
        "--pack",
        packDir,
        "--config",
        path.join(packDir, "policy-config.json"),
        "--format",
        "json",
        "--output",
        out,
      ],
      { encoding: "utf8" },
    );
    status = run.status;
    assert.ok(fs.existsSync(out), run.stderr);
    diagnostics = JSON.parse(fs.readFileSync(out, "utf8")).diagnostics;
  });

  it("fails the preview on the mandatory findings (exit 1)", () => {
    assert.equal(status, 1);
  });

  it("reports exactly the selected policies, at the overridden levels, with the organisation's own", () => {
    const found = diagnostics.map((d) => `${d.enforcementLevel} ${d.policyName} ${d.resourceName}`).sort();
    const tagged = [
      "aws-key-agent",
      "unguarded-agent",
      "public-interpreter",
      "open-gateway",
      "aws-key-guardrail",
      "no-pii-guardrail",
      "support-guardrail",
      "weak-filters-guardrail",
    ];
    const expected = [
      "mandatory bedrock-agentcore-gateway-requires-authorization open-gateway",
      "mandatory bedrock-agent-has-guardrail unguarded-agent",
      "mandatory bedrock-guardrail-handles-pii no-pii-guardrail",
      // medium, made mandatory by name
      "mandatory bedrock-agent-encrypted-with-cmk aws-key-agent",
      "mandatory acme-bedrock-agent-name-prefix unguarded-agent",
      // high, made advisory by name
      "advisory bedrock-model-invocation-logging-enabled scopeguard-noncompliant-bedrock-dev",
      // medium, advisory by severity (one finding per harmful-content category)
      "advisory bedrock-guardrail-encrypted-with-cmk aws-key-guardrail",
      ...Array(5).fill("advisory bedrock-guardrail-filters-harmful-content weak-filters-guardrail"),
      ...tagged.map((name) => `advisory ai-resource-has-required-tags ${name}`),
      "advisory exemption-applied aws-key-agent",
      "advisory exemption-applied public-interpreter",
    ].sort();
    assert.deepEqual(found, expected);
  });

  it("shows the exemptions of the pack config, for a scopeguard policy and the organisation's own", () => {
    const shown = diagnostics
      .filter((d) => d.policyName === "exemption-applied")
      .map((d) => d.message)
      .sort();
    assert.deepEqual(shown, [
      "Exempted from acme-bedrock-agent-name-prefix until 2099-12-31 (Renaming the agent replaces it; planned with the billing team.): " +
        'Agent name "aws-key-agent" must start with "acme-" (rename it acme-<team>-<purpose>).',
      "Exempted from bedrock-agentcore-code-interpreter-not-public until 2099-12-31 (Sandbox account with no data; reviewed by security.): " +
        'The AgentCore code interpreter runs model-written code with open internet access (networkMode PUBLIC): set networkConfiguration.networkMode to "SANDBOX", or "VPC" with vpcConfig.',
    ]);
  });
});
