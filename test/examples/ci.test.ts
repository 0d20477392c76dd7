import assert from "node:assert/strict";
import * as fs from "node:fs";
import * as path from "node:path";
import * as yaml from "js-yaml";

const REPO = path.resolve(__dirname, "..", "..");
const CI = path.join(REPO, "examples", "ci");

interface Step {
  readonly name?: string;
  readonly uses?: string;
  readonly run?: string;
  readonly if?: string;
  readonly id?: string;
  readonly with?: Record<string, unknown>;
}
interface Workflow {
  readonly on: Record<string, unknown>;
  readonly permissions: Record<string, string>;
  readonly jobs: Record<string, { readonly steps: readonly Step[] }>;
}

function workflow(file: string): { steps: readonly Step[]; doc: Workflow } {
  const doc = yaml.load(fs.readFileSync(path.join(CI, file), "utf8")) as Workflow;
  const jobs = Object.values(doc.jobs);
  assert.equal(jobs.length, 1, `${file} has one job`);
  return { doc, steps: jobs[0].steps };
}

/** The index of the first step matching, asserting there is one. */
function stepIndex(steps: readonly Step[], what: string, match: (s: Step) => boolean): number {
  const i = steps.findIndex(match);
  assert.notEqual(i, -1, `no step that ${what}`);
  return i;
}

/** The fenced `sh` blocks of the README's Continuous integration section, one command each. */
function readmeCommands(): string[] {
  const readme = fs.readFileSync(path.join(REPO, "README.md"), "utf8");
  const section = readme.slice(
    readme.indexOf("## Continuous integration"),
    readme.indexOf("## Using the pack"),
  );
  return [...section.matchAll(/```sh\n([\s\S]*?)```/g)].map((m) => m[1].trim());
}

describe("examples/ci: the GitHub Actions workflows", () => {
  describe("scopeguard-offline.yml", () => {
    const { doc, steps } = workflow("scopeguard-offline.yml");
    const preview = steps.find((s) => s.run?.includes("npx scopeguard preview"));
    const command =
      preview?.run
        ?.split("\n")
        .find((l) => l.includes("npx scopeguard preview"))
        ?.trim() ?? "";
    const outputs = Object.fromEntries(
      [...command.matchAll(/--output (\w+)=(\S+)/g)].map((m) => [m[1], m[2]]),
    );

    it("runs on pull requests and may write code-scanning results", () => {
      assert.ok("pull_request" in doc.on);
      assert.equal(doc.permissions["security-events"], "write");
      assert.equal(doc.permissions.contents, "read");
    });

    it("checks out, installs, previews, uploads SARIF, writes the summary, then gates, in that order", () => {
      const order = [
        stepIndex(steps, "checks out", (s) => s.uses?.startsWith("actions/checkout@") === true),
        stepIndex(steps, "sets up node", (s) => s.uses?.startsWith("actions/setup-node@") === true),
        stepIndex(steps, "installs", (s) => s.run?.trim() === "npm ci"),
        stepIndex(steps, "previews", (s) => s === preview),
        stepIndex(
          steps,
          "uploads SARIF",
          (s) => s.uses?.startsWith("github/codeql-action/upload-sarif@") === true,
        ),
        stepIndex(steps, "writes the job summary", (s) => s.run?.includes("$GITHUB_STEP_SUMMARY") === true),
        stepIndex(
          steps,
          "gates on the exit code",
          (s) => s.run?.includes("steps.preview.outputs.exit-code") === true,
        ),
      ];
      assert.deepEqual(
        order,
        [...order].sort((a, b) => a - b),
      );
      assert.equal(order[order.length - 1], steps.length - 1, "the gate is the last step");
    });

    it("publishes the files the preview writes, even when it found violations", () => {
      assert.equal(preview?.id, "preview");
      assert.match(preview!.run!, /^set \+e$/m);
      assert.match(preview!.run!, /echo "exit-code=\$\?" >> "\$GITHUB_OUTPUT"/);
      const upload = steps.find((s) => s.uses?.startsWith("github/codeql-action/upload-sarif@"))!;
      assert.equal(upload.with?.sarif_file, outputs.sarif);
      const summary = steps.find((s) => s.run?.includes("$GITHUB_STEP_SUMMARY"))!;
      assert.equal(summary.run!.trim(), `cat ${outputs.markdown} >> "$GITHUB_STEP_SUMMARY"`);
      for (const step of [upload, summary]) {
        assert.match(step.if ?? "", /^always\(\)/);
      }
    });

    it("runs the command the README documents", () => {
      assert.ok(readmeCommands().includes(command), `README lacks: ${command}`);
    });
  });

  describe("pulumi-policy-pack.yml", () => {
    const { doc, steps } = workflow("pulumi-policy-pack.yml");
    const pulumi = steps.find((s) => s.uses?.startsWith("pulumi/actions@"));

    it("runs on pull requests", () => {
      assert.ok("pull_request" in doc.on);
    });

    it("previews with the policy pack and the pack config the README's command names", () => {
      assert.ok(pulumi, "a pulumi/actions step");
      assert.equal(pulumi.with?.command, "preview");
      const cli = readmeCommands().find((c) => c.startsWith("pulumi preview"))!;
      assert.match(cli, new RegExp(`--policy-pack ${pulumi.with?.policyPacks}( |$)`));
      assert.match(cli, new RegExp(`--policy-pack-config ${pulumi.with?.policyPackConfigs}( |$)`));
    });

    it("installs the pack's dependencies before the preview", () => {
      const install = stepIndex(
        steps,
        "installs the pack",
        (s) => s.run?.includes("--prefix policypack") === true,
      );
      assert.ok(install < steps.indexOf(pulumi!));
    });
  });
});
