import assert from "node:assert/strict";
import { cell, renderMarkdown } from "../../../preview/report/markdown";
import { diagnostic, failing, key, passing, withInvokes } from "./fixtures";

const context = { declaredScope: { scope: 3, source: "pack-config" } as const };

describe("report/markdown", () => {
  it("starts with the verdict", () => {
    assert.equal(renderMarkdown(failing).split("\n")[0], "## scopeguard preview: ❌ FAIL");
    assert.equal(renderMarkdown(passing).split("\n")[0], "## scopeguard preview: ✅ PASS");
  });

  it("names the program, stack, mode, pack and scope", () => {
    assert.equal(
      renderMarkdown(failing, context).split("\n")[2],
      "**Program** `chatbot` · **Stack** `dev` · **Mode** preview · **Pack** `scopeguard-policypack@0.1.0` · " +
        "**Scope** 3 (pre-trained model), from the pack config",
    );
  });

  it("has a summary table", () => {
    const lines = renderMarkdown(failing).split("\n");
    const at = lines.indexOf("| Resources | Mandatory | Advisory | Remediated | Result |");
    assert.deepEqual(lines.slice(at, at + 3), [
      "| Resources | Mandatory | Advisory | Remediated | Result |",
      "|---:|---:|---:|---:|:---|",
      "| 11 | 2 | 3 | 1 | ❌ FAIL |",
    ]);
  });

  it("has a violations table in Pulumi's order", () => {
    const lines = renderMarkdown(failing).split("\n");
    const at = lines.indexOf("| Level | Severity | Policy | Resource | Message |");
    assert.deepEqual(lines.slice(at + 2, at + 4), [
      "| ❌ mandatory | critical | `s3-block-public-access` | `aws:s3:BucketPublicAccessBlock` prompt-logs | blockPublicAcls is false; set all four settings to true. |",
      "| ❌ mandatory | high | `kms-key-rotation-enabled` | `aws:kms:Key` data-key | enableKeyRotation is false; set enableKeyRotation: true. |",
    ]);
  });

  it("says so when there is no violation", () => {
    assert.match(renderMarkdown(passing), /### Violations\n\nNo policy violations\.\n/);
  });

  it("keeps a message with pipes, newlines and HTML inside its cell", () => {
    const odd = {
      ...failing,
      diagnostics: [diagnostic("kms-key-rotation-enabled", key, { message: "a | b\n<script>" })],
    };
    assert.match(renderMarkdown(odd), /\| a \\\| b<br>&lt;script&gt; \|$/m);
  });

  it("escapes table cells", () => {
    assert.equal(cell("x|y\r\nz & <w>"), "x\\|y<br>z &amp; &lt;w&gt;");
  });

  it("lists unanswered invokes", () => {
    assert.match(
      renderMarkdown(withInvokes),
      /^- the offline engine could not answer `aws:ec2\/getAmi:getAmi` \(2 calls\); results that depend on it may be incomplete$/m,
    );
  });

  it("folds the inventory and the coverage into details blocks", () => {
    const text = renderMarkdown(failing, context);
    assert.match(text, /<details><summary>AI asset inventory \(5\)<\/summary>/);
    assert.match(text, /\| guardrails \| `aws:bedrock:Guardrail` \| chat-guardrail \| support-bot \| {2}\|/);
    assert.match(text, /<details><summary>Catalog coverage: 8 of 9 policies in force at scope 3<\/summary>/);
  });
});
