import assert from "node:assert/strict";
import { renderText, violationLine } from "../../../preview/report/text";
import { advisoryOnly, diagnostic, failing, key, passing, stack, withInvokes } from "./fixtures";

const context = {
  programDir: "./examples/chatbot",
  packDir: "/repo/policypack",
  declaredScope: { scope: 3, source: "pack-config" } as const,
};

/** The lines of the `Policies:` section. */
function policiesSection(text: string): string[] {
  const lines = text.split("\n");
  const start = lines.indexOf("Policies:");
  const end = lines.indexOf("", start);
  return lines.slice(start, end);
}

describe("report/text", () => {
  it("formats a violation line like pulumi preview", () => {
    const d = diagnostic("kms-key-rotation-enabled", key, {
      enforcementLevel: "mandatory",
      severity: "high",
    });
    assert.equal(
      violationLine(d),
      "[mandatory] [severity: high]  kms-key-rotation-enabled  (aws:kms:Key: data-key)",
    );
  });

  it("leaves out the severity tag when the policy has none", () => {
    const d = diagnostic("scope-drift", stack, { enforcementLevel: "advisory", severity: undefined });
    assert.equal(violationLine(d), "[advisory]  scope-drift  (pulumi:pulumi:Stack: chatbot-dev)");
  });

  it("prints the header with program, stack, mode, pack and declared scope", () => {
    const lines = renderText(failing, context).split("\n").slice(0, 6);
    assert.deepEqual(lines, [
      "scopeguard offline preview",
      "    Program:      chatbot (./examples/chatbot)",
      "    Stack:        dev",
      "    Mode:         preview (computed outputs of new resources are unknown)",
      "    Policy pack:  scopeguard-policypack@v0.1.0 (local: /repo/policypack)",
      "    Scope:        3 (pre-trained model), declared by the pack config",
    ]);
  });

  it("says when no scope is declared", () => {
    const text = renderText(failing, {});
    assert.match(text, /^ {4}Scope: {8}not declared; each policy uses the scope the resources imply$/m);
  });

  it("prints the Policies section in Pulumi's layout and order", () => {
    assert.deepEqual(policiesSection(renderText(failing, context)), [
      "Policies:",
      "    ❌ scopeguard-policypack@v0.1.0 (local: /repo/policypack)",
      "        - [remediate]  s3-versioning-for-training-data  (1 resource)",
      "        - [mandatory] [severity: critical]  s3-block-public-access  (aws:s3:BucketPublicAccessBlock: prompt-logs)",
      "          Checks s3 block public access.",
      "          blockPublicAcls is false; set all four settings to true.",
      "        - [mandatory] [severity: high]  kms-key-rotation-enabled  (aws:kms:Key: data-key)",
      "          Checks kms key rotation enabled.",
      "          enableKeyRotation is false; set enableKeyRotation: true.",
      "        - [advisory] [severity: medium]  scope-drift  (pulumi:pulumi:Stack: chatbot-dev)",
      "          Checks scope drift.",
      "          The resources imply scope 4 but the stack declares scope 3.",
      "          Raise the declared scope or remove the scope-4 resources.",
      "        - [advisory] [severity: low]  required-ai-tags  (aws:bedrockmodel:InvocationLoggingConfiguration: invocation-logging)",
      "          Checks required ai tags.",
      "          invocation-logging has no ai-system tag; add tags ai-system and owner.",
      "        - [advisory]  required-ai-tags  (aws:iam:Role: invoke-role)",
      "          Checks required ai tags.",
      "          can't run policy 'required-ai-tags' from policy pack 'scopeguard-policypack@v0.1.0' during preview: string value at .tags can't be known during preview",
    ]);
  });

  it("counts remediated resources per policy in the remediation line", () => {
    const twice = {
      ...failing,
      remediations: [
        ...failing.remediations,
        { ...failing.remediations[0], urn: "urn:other", resourceName: "other" },
        { ...failing.remediations[0], changedKeys: ["tags"] },
      ],
    };
    assert.ok(
      policiesSection(renderText(twice)).includes(
        "        - [remediate]  s3-versioning-for-training-data  (2 resources)",
      ),
    );
  });

  it("marks the pack with a warning sign when only advisories were reported", () => {
    assert.equal(policiesSection(renderText(advisoryOnly))[1], "    ⚠️ scopeguard-policypack@v0.1.0");
  });

  it("marks the pack with a check mark when nothing was reported", () => {
    assert.deepEqual(policiesSection(renderText(passing)), [
      "Policies:",
      "    ✅ scopeguard-policypack@v0.1.0",
    ]);
  });

  it("ends with a FAIL summary line when a violation is mandatory", () => {
    const lines = renderText(failing).trimEnd().split("\n");
    assert.equal(lines[lines.length - 1], "11 resources, 2 mandatory, 3 advisory, 1 remediated: FAIL");
  });

  it("ends with a PASS summary line when no violation is mandatory", () => {
    const lines = renderText(advisoryOnly).trimEnd().split("\n");
    assert.equal(lines[lines.length - 1], "11 resources, 0 mandatory, 3 advisory, 0 remediated: PASS");
  });

  it("lists unanswered invokes before the summary", () => {
    const lines = renderText(withInvokes).trimEnd().split("\n");
    assert.deepEqual(lines.slice(-5), [
      "Unanswered invokes:",
      "    the offline engine could not answer aws:ec2/getAmi:getAmi (2 calls); results that depend on it may be incomplete",
      "    the offline engine could not answer aws:index/getCallerIdentity:getCallerIdentity (1 call); results that depend on it may be incomplete",
      "",
      "11 resources, 2 mandatory, 3 advisory, 1 remediated: FAIL",
    ]);
  });

  it("shows what the program printed under Diagnostics, as pulumi preview does", () => {
    const printed = {
      ...failing,
      run: { ...failing.run, output: "using region eu-west-1\nwarning: no budget\n" },
    };
    const lines = renderText(printed).split("\n");
    const start = lines.indexOf("Diagnostics:");
    assert.deepEqual(lines.slice(start, start + 4), [
      "Diagnostics:",
      "  pulumi:pulumi:Stack (chatbot-dev):",
      "    using region eu-west-1",
      "    warning: no budget",
    ]);
  });

  it("has no Diagnostics section when the program printed nothing", () => {
    assert.ok(!renderText(failing).includes("Diagnostics:"));
  });

  it("has no Unanswered invokes section when every invoke was answered", () => {
    assert.doesNotMatch(renderText(failing), /Unanswered invokes/);
  });

  it("shows only the branches that lead to resources with findings, marked with their counts", () => {
    const lines = renderText(failing).split("\n");
    const start = lines.indexOf("Resources with findings (--tree shows all):");
    assert.deepEqual(lines.slice(start + 1, start + 8), [
      "    Type                                                Name",
      "    pulumi:pulumi:Stack                                 chatbot-dev  (1 advisory)",
      "    ├─ scopeguard:storage:SecureBucket                  prompt-logs",
      "    │  └─ aws:s3:BucketPublicAccessBlock                prompt-logs  (1 mandatory)",
      "    ├─ aws:kms:Key                                      data-key  (1 mandatory)",
      "    ├─ aws:bedrockmodel:InvocationLoggingConfiguration  invocation-logging  (1 advisory)",
      "    └─ aws:iam:Role                                     invoke-role  (1 advisory)",
    ]);
    assert.equal(lines[start + 8], "");
  });

  it("shows no resource tree when no resource has a finding, unless asked", () => {
    assert.doesNotMatch(renderText(passing), /^Resources/m);
    assert.match(renderText(passing, { tree: true }), /^Resources:$/m);
  });

  it("prints only the findings and the verdict line when quiet", () => {
    const text = renderText(failing, { ...context, quiet: true });
    assert.match(
      text,
      /^- \[mandatory\] \[severity: high\] {2}kms-key-rotation-enabled {2}\(aws:kms:Key: data-key\)\n {2}Checks kms key rotation enabled\.\n/m,
    );
    assert.doesNotMatch(text, /Resources|Policies:|Catalog coverage|AI asset inventory|Program:/);
    assert.match(text, /\n\n11 resources, 2 mandatory, 3 advisory, 1 remediated: FAIL\n$/);
    assert.equal(
      renderText(passing, { quiet: true }),
      "11 resources, 0 mandatory, 0 advisory, 0 remediated: PASS\n",
    );
  });

  it("aligns the whole resource tree in a Type and Name table with --tree", () => {
    const lines = renderText(failing, { tree: true }).split("\n");
    const start = lines.indexOf("Resources:");
    assert.equal(lines[start + 1], "    Type                                                Name");
    assert.equal(
      lines[start + 2],
      "    pulumi:pulumi:Stack                                 chatbot-dev  (1 advisory)",
    );
    assert.equal(lines[start + 4], "    │  ├─ aws:s3:Bucket                                 prompt-logs");
  });

  it("counts the AI asset inventory by kind, one line each", () => {
    const lines = renderText(failing).split("\n");
    const at = lines.indexOf("AI asset inventory: 5 assets (--tree lists them)");
    assert.deepEqual(lines.slice(at + 1, at + 3), [
      "    guardrails (1)",
      "    vector stores (OpenSearch, Elasticsearch, S3 Vectors) (1)",
    ]);
  });

  it("lists the AI asset inventory by kind with tags with --tree", () => {
    const text = renderText(failing, { tree: true });
    assert.match(
      text,
      /^ {4}guardrails \(1\)\n {8}aws:bedrock:Guardrail +chat-guardrail +ai-system=support-bot$/m,
    );
    assert.match(
      text,
      /^ {8}aws:opensearch:ServerlessCollection +kb +ai-system=support-bot {2}data-class=knowledge-base$/m,
    );
  });

  it("summarizes catalog coverage at the declared scope", () => {
    const text = renderText(failing, context);
    assert.match(
      text,
      /^Catalog coverage: 9 policies; 8 in force at scope 3, 1 not applicable, 0 disabled$/m,
    );
    assert.match(text, /^ {4}NIST CSF 2\.0 +7 +7 +6 +6$/m);
  });

  it("writes no ANSI escape codes unless colour is asked for", () => {
    assert.ok(!renderText(failing, context).includes("\u001b["));
  });

  it("colours levels and the verdict when colour is asked for", () => {
    const text = renderText(failing, { ...context, color: true });
    assert.ok(text.includes("\u001b[31m[mandatory]\u001b[39m"));
    assert.ok(text.includes("\u001b[33m[advisory]\u001b[39m"));
    assert.ok(text.endsWith(": \u001b[31m\u001b[1mFAIL\u001b[22m\u001b[39m\n"));
  });
});
