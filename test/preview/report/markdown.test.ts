import assert from "node:assert/strict";
import type { AnalysisResult } from "../../../preview/engine/types";
import { cell, MARKDOWN_LIMIT, renderMarkdown } from "../../../preview/report/markdown";
import { diagnostic, failing, key, passing, resource, stack, withInvokes } from "./fixtures";

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

  it("counts the violations by policy, in Pulumi's order", () => {
    const lines = renderMarkdown(failing).split("\n");
    const at = lines.indexOf("| Level | Severity | Policy | Findings |");
    assert.deepEqual(lines.slice(at + 2, at + 6), [
      "| ❌ mandatory | critical | `s3-block-public-access` | 1 |",
      "| ❌ mandatory | high | `kms-key-rotation-enabled` | 1 |",
      "| ⚠️ advisory | medium | `scope-drift` | 1 |",
      "| ⚠️ advisory | low | `required-ai-tags` | 2 |",
    ]);
  });

  it("lists each policy's resources and messages under it, mandatory policies unfolded", () => {
    const text = renderMarkdown(failing);
    assert.match(
      text,
      /<details open><summary>❌ mandatory <code>kms-key-rotation-enabled<\/code>: 1 finding<\/summary>\n\nChecks kms key rotation enabled\.\n\n\| Resource \| Message \|\n\|:---\|:---\|\n\| `aws:kms:Key` data-key \| enableKeyRotation is false; set enableKeyRotation: true\. \|\n\n<\/details>/,
    );
    assert.match(text, /<details><summary>⚠️ advisory <code>required-ai-tags<\/code>: 2 findings<\/summary>/);
  });

  it("says so when there is no violation", () => {
    assert.match(renderMarkdown(passing), /### Violations by policy\n\nNo policy violations\.\n/);
    assert.doesNotMatch(renderMarkdown(passing), /leaves out/);
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

  describe("a stack of 300 unencrypted buckets", () => {
    const buckets = Array.from({ length: 300 }, (_, i) =>
      resource("aws:s3/bucket:Bucket", `training-data-bucket-${String(i).padStart(3, "0")}`, {
        parent: stack,
        inputs: { tags: { "ai-system": "support-bot", "data-class": "training-data" } },
      }),
    );
    const findings = buckets.flatMap((b) => [
      diagnostic("s3-block-public-access", b, {
        message: `${b.name} has no public access block; add an aws.s3.BucketPublicAccessBlock with all four settings true.`,
      }),
      diagnostic("s3-versioning-for-training-data", b, {
        message: `${b.name} holds training data without versioning; add an aws.s3.BucketVersioning with status Enabled.`,
      }),
      diagnostic("required-ai-tags", b, {
        message: `${b.name} has no owner tag; add tags ai-system and owner.`,
      }),
    ]);
    const big: AnalysisResult = {
      ...failing,
      run: { ...failing.run, resources: [stack, ...buckets] },
      diagnostics: findings,
      remediations: [],
    };
    const text = renderMarkdown(big, context);

    it("stays within 60,000 characters", () => {
      assert.ok(text.length <= MARKDOWN_LIMIT, `${text.length} characters`);
      assert.ok(text.length > MARKDOWN_LIMIT - 10_000, "uses the room it has");
    });

    it("still counts every finding by policy", () => {
      assert.match(text, /\| ❌ mandatory \| critical \| `s3-block-public-access` \| 300 \|/);
      assert.match(text, /\| ⚠️ advisory \| low \| `required-ai-tags` \| 300 \|/);
    });

    it("says how many findings and assets it left out", () => {
      const shown = text.match(/^\| `aws:s3:Bucket` training-data-bucket-\d{3} \| /gm)!.length;
      const note =
        /> To stay within 60,000 characters, this comment leaves out (\d+) findings, the AI asset inventory \(300 assets\)\. The JSON, SARIF and HTML reports hold everything\./.exec(
          text,
        );
      assert.ok(note, text.slice(-600));
      assert.equal(Number(note[1]), 900 - shown);
      assert.match(text, /_…and \d+ more findings of this policy, left out for length\._/);
    });

    it("keeps the coverage block and balanced details tags", () => {
      assert.match(text, /<details><summary>Catalog coverage:/);
      assert.equal(text.match(/<details/g)!.length, text.match(/<\/details>/g)!.length);
    });
  });
});
