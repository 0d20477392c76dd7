import assert from "node:assert/strict";
import { UsageError } from "../../../preview/cli/errors";
import {
  parseChoice,
  parsePreviewOptions,
  parseScopeOption,
  parseStackTags,
} from "../../../preview/cli/options";

/** The messages of the UsageError `run` throws. */
function messagesOf(run: () => unknown): readonly string[] {
  try {
    run();
  } catch (e) {
    assert.ok(e instanceof UsageError, `expected a UsageError, got ${String(e)}`);
    return e.messages;
  }
  assert.fail("expected a UsageError");
}

describe("cli/options", () => {
  describe("--scope", () => {
    it("accepts 1 to 5", () => {
      assert.deepEqual(["1", "2", "3", "4", "5"].map(parseScopeOption), [1, 2, 3, 4, 5]);
    });

    it("rejects 7", () => {
      assert.deepEqual(
        messagesOf(() => parseScopeOption("7")),
        ['--scope must be an integer from 1 to 5 (got "7")'],
      );
    });

    it("rejects 0", () => {
      assert.deepEqual(
        messagesOf(() => parseScopeOption("0")),
        ['--scope must be an integer from 1 to 5 (got "0")'],
      );
    });

    it("rejects a decimal", () => {
      assert.deepEqual(
        messagesOf(() => parseScopeOption("3.0")),
        ['--scope must be an integer from 1 to 5 (got "3.0")'],
      );
    });

    it("rejects a word", () => {
      assert.deepEqual(
        messagesOf(() => parseScopeOption("three")),
        ['--scope must be an integer from 1 to 5 (got "three")'],
      );
    });
  });

  describe("choices", () => {
    it("accepts a listed value", () => {
      assert.equal(parseChoice("--mode", "update", ["preview", "update"]), "update");
    });

    it("rejects an unknown --mode", () => {
      assert.deepEqual(
        messagesOf(() => parsePreviewOptions({ mode: "apply" })),
        ['--mode must be one of preview, update (got "apply")'],
      );
    });

    it("rejects an unknown --format", () => {
      assert.deepEqual(
        messagesOf(() => parsePreviewOptions({ format: "xml" })),
        ['--format must be one of text, json, sarif, junit, markdown, html (got "xml")'],
      );
    });

    it("is case-sensitive", () => {
      assert.deepEqual(
        messagesOf(() => parsePreviewOptions({ format: "JSON" })),
        ['--format must be one of text, json, sarif, junit, markdown, html (got "JSON")'],
      );
    });
  });

  describe("--stack-tag", () => {
    it("splits key=value at the first =", () => {
      assert.deepEqual(parseStackTags(["team=ml", "url=a=b"]), { team: "ml", url: "a=b" });
    });

    it("lets a later tag with the same key win", () => {
      assert.deepEqual(parseStackTags(["ai-scope=2", "ai-scope=3"]), { "ai-scope": "3" });
    });

    it("rejects a tag without =", () => {
      assert.deepEqual(
        messagesOf(() => parseStackTags(["team"])),
        ['--stack-tag must be key=value (got "team")'],
      );
    });

    it("rejects a tag with an empty key", () => {
      assert.deepEqual(
        messagesOf(() => parseStackTags(["=ml"])),
        ['--stack-tag must be key=value (got "=ml")'],
      );
    });

    it("rejects an ai-scope tag outside 1 to 5", () => {
      assert.deepEqual(
        messagesOf(() => parseStackTags(["ai-scope=6"])),
        ['--stack-tag ai-scope must be an integer from 1 to 5 (got "6")'],
      );
    });
  });

  describe("parsePreviewOptions", () => {
    it("defaults to preview mode and the text format", () => {
      assert.deepEqual(parsePreviewOptions({}), { mode: "preview", stackTags: {}, format: "text" });
    });

    it("passes valid values through", () => {
      assert.deepEqual(
        parsePreviewOptions({
          stack: "prod",
          mode: "update",
          scope: "4",
          config: "policy.json",
          stackTag: ["ai-scope=4"],
          pack: "../pack",
          format: "sarif",
          output: "out.sarif",
        }),
        {
          stack: "prod",
          mode: "update",
          scope: 4,
          config: "policy.json",
          stackTags: { "ai-scope": "4" },
          pack: "../pack",
          format: "sarif",
          outputs: [{ format: "sarif", path: "out.sarif" }],
        },
      );
    });

    it("reports every bad option at once, in option order", () => {
      assert.deepEqual(
        messagesOf(() => parsePreviewOptions({ mode: "x", scope: "9", format: "y", stackTag: ["z"] })),
        [
          '--mode must be one of preview, update (got "x")',
          '--scope must be an integer from 1 to 5 (got "9")',
          '--stack-tag must be key=value (got "z")',
          '--format must be one of text, json, sarif, junit, markdown, html (got "y")',
        ],
      );
    });

    it("rejects an empty --output", () => {
      assert.deepEqual(
        messagesOf(() => parsePreviewOptions({ output: "" })),
        ["--output must not be empty; give the path of the report file to write"],
      );
    });

    it("takes several --output FORMAT=FILE targets, a plain FILE getting the --format report", () => {
      assert.deepEqual(
        parsePreviewOptions({
          format: "junit",
          output: ["sarif=out.sarif", "markdown=reports/summary.md", "out.xml", "html=a=b.html"],
        }).outputs,
        [
          { format: "sarif", path: "out.sarif" },
          { format: "markdown", path: "reports/summary.md" },
          { format: "junit", path: "out.xml" },
          { format: "html", path: "a=b.html" },
        ],
      );
    });

    it("rejects an --output with an unknown format, no file, or a file given twice, all at once", () => {
      assert.deepEqual(
        messagesOf(() =>
          parsePreviewOptions({ output: ["sarf=out.sarif", "junit=", "out.md", "markdown=out.md"] }),
        ),
        [
          '--output sarf=out.sarif names an unknown format "sarf"; write FORMAT=FILE with FORMAT one of text, json, sarif, junit, markdown, html',
          "--output junit= has no file; write junit=FILE",
          "--output out.md is given twice; give each report its own file",
        ],
      );
    });

    it("rejects a --docs-url that is not an http(s) address", () => {
      assert.deepEqual(
        messagesOf(() => parsePreviewOptions({ docsUrl: "docs/policies.md" })),
        ['--docs-url must be an http(s) address of docs/policies.md (got "docs/policies.md")'],
      );
    });
  });
});
