import assert from "node:assert/strict";
import * as path from "node:path";
import type { EngineApi, PreviewOptions } from "../../../preview/cli/engine-api";
import { main } from "../../../preview/cli/main";
import type { CliIo } from "../../../preview/cli/preview-command";
import type { AnalysisResult } from "../../../preview/engine/types";
import { failing, passing } from "../report/fixtures";

class FakeConfigError extends Error {}

/** An in-memory CLI environment around a fake engine. */
function fakeIo(
  options: {
    result?: AnalysisResult;
    error?: Error;
    files?: Record<string, string>;
    isTTY?: boolean;
    env?: Record<string, string>;
    engineMissing?: boolean;
    warning?: string;
    writeError?: string;
    outputProblem?: string;
  } = {},
) {
  const cwd = "/home/dev/app";
  const files = new Map(Object.entries(options.files ?? {}).map(([f, text]) => [path.resolve(cwd, f), text]));
  files.set("/repo/policypack/PulumiPolicy.yaml", "runtime: nodejs\n");
  const dirs = new Set([cwd, "/repo/policypack", "/home/dev/other"]);
  const written = new Map<string, string>();
  const calls: PreviewOptions[] = [];
  let stdout = "";
  let stderr = "";
  const engine: EngineApi = {
    ConfigError: FakeConfigError,
    runPreview: async ({ onWarning, ...opts }) => {
      calls.push(opts);
      if (options.warning) {
        onWarning?.(options.warning);
      }
      if (options.error) {
        throw options.error;
      }
      return options.result ?? passing;
    },
  };
  const io: CliIo = {
    stdout: { write: (t) => void (stdout += t), isTTY: options.isTTY ?? false },
    stderr: { write: (t) => void (stderr += t) },
    env: options.env ?? {},
    cwd,
    now: () => new Date("2026-03-15T12:00:00Z"),
    readFile: (f) => {
      const text = files.get(f);
      if (text === undefined) {
        throw Object.assign(new Error(`ENOENT: ${f}`), { code: "ENOENT" });
      }
      return text;
    },
    writeFile: (f, t) => {
      if (options.writeError) {
        throw new Error(options.writeError);
      }
      written.set(f, t);
    },
    statKind: (f) => (dirs.has(f) ? "dir" : files.has(f) ? "file" : undefined),
    loadEngine: () => {
      if (options.engineMissing) {
        throw new Error("Cannot find module '../engine'");
      }
      return engine;
    },
    defaultPackDir: "/repo/policypack",
    ...(options.outputProblem === undefined ? {} : { checkOutputPath: () => options.outputProblem }),
  };
  return {
    io,
    calls,
    written,
    out: () => stdout,
    err: () => stderr,
  };
}

describe("cli/main", () => {
  describe("usage errors (exit 2)", () => {
    it("rejects --scope 7 without starting the engine", async () => {
      const env = fakeIo();
      assert.equal(await main(["preview", "--scope", "7"], env.io), 2);
      assert.equal(env.err(), 'scopeguard: --scope must be an integer from 1 to 5 (got "7")\n');
      assert.equal(env.calls.length, 0);
    });

    it("rejects an unknown --format", async () => {
      const env = fakeIo();
      assert.equal(await main(["preview", "--format", "pdf"], env.io), 2);
      assert.equal(
        env.err(),
        'scopeguard: --format must be one of text, json, sarif, junit, markdown, html (got "pdf")\n',
      );
    });

    it("rejects an unknown --mode", async () => {
      const env = fakeIo();
      assert.equal(await main(["preview", "--mode", "destroy"], env.io), 2);
      assert.equal(env.err(), 'scopeguard: --mode must be one of preview, update (got "destroy")\n');
    });

    it("rejects an unknown option", async () => {
      const env = fakeIo();
      assert.equal(await main(["preview", "--scop", "3"], env.io), 2);
      assert.match(env.err(), /^scopeguard: unknown option '--scop'/);
    });

    it("rejects an option without its value", async () => {
      const env = fakeIo();
      assert.equal(await main(["preview", "--stack"], env.io), 2);
      assert.equal(env.err(), "scopeguard: option '--stack <name>' argument missing\n");
    });

    it("rejects an unknown command", async () => {
      const env = fakeIo();
      assert.equal(await main(["review"], env.io), 2);
      assert.match(env.err(), /^scopeguard: unknown command 'review'/);
    });

    it("rejects a second program directory", async () => {
      const env = fakeIo();
      assert.equal(await main(["preview", "a", "b"], env.io), 2);
      assert.match(env.err(), /^scopeguard: too many arguments for 'preview'/);
    });

    it("rejects a program directory that does not exist", async () => {
      const env = fakeIo();
      assert.equal(await main(["preview", "missing"], env.io), 2);
      assert.equal(
        env.err(),
        "scopeguard: program directory missing does not exist; pass the directory that holds Pulumi.yaml\n",
      );
    });

    it("rejects a --pack directory without PulumiPolicy.yaml", async () => {
      const env = fakeIo();
      assert.equal(await main(["preview", "--pack", "../other"], env.io), 2);
      assert.equal(
        env.err(),
        "scopeguard: --pack directory ../other has no PulumiPolicy.yaml; pass the directory of a policy pack\n",
      );
    });

    it("rejects a --config file that cannot be read, naming it", async () => {
      const env = fakeIo();
      assert.equal(await main(["preview", "--config", "policy.json"], env.io), 2);
      assert.equal(env.err(), "scopeguard: cannot read --config file policy.json: no such file\n");
    });

    it("rejects a --config file that is not JSON, naming it", async () => {
      const env = fakeIo({ files: { "policy.json": "all: advisory" } });
      assert.equal(await main(["preview", "--config", "policy.json"], env.io), 2);
      assert.match(
        env.err(),
        /^scopeguard: --config file policy\.json is not valid JSON \(.*\); fix the file or pass another one\n$/,
      );
    });

    it("rejects an expired exemption in the --config file", async () => {
      const config = {
        "scopeguard-settings": {
          exemptions: [
            { policy: "p", resource: "r", reason: "ok", expires: "2026-12-31" },
            { policy: "p", resource: "r", reason: "ok", expires: "2024-01-01" },
          ],
        },
      };
      const env = fakeIo({ files: { "policy.json": JSON.stringify(config) } });
      assert.equal(await main(["preview", "--config", "policy.json"], env.io), 2);
      assert.equal(
        env.err(),
        "scopeguard: pack config: scopeguard-settings.exemptions[1].expires is 2024-01-01, which is in the past; renew or remove the exemption\n",
      );
    });

    it("prints one line per problem", async () => {
      const env = fakeIo();
      assert.equal(await main(["preview", "--scope", "0", "--format", "pdf"], env.io), 2);
      assert.equal(
        env.err(),
        'scopeguard: --scope must be an integer from 1 to 5 (got "0")\n' +
          'scopeguard: --format must be one of text, json, sarif, junit, markdown, html (got "pdf")\n',
      );
    });

    it("passes the engine's ConfigError message through", async () => {
      const env = fakeIo({
        error: new FakeConfigError('pack config: unknown policy "kms-rotation"; the pack has no such policy'),
      });
      assert.equal(await main(["preview"], env.io), 2);
      assert.equal(
        env.err(),
        'scopeguard: pack config: unknown policy "kms-rotation"; the pack has no such policy\n',
      );
    });
  });

  describe("running the engine", () => {
    it("exits 0 and prints the text report when nothing is mandatory", async () => {
      const env = fakeIo({ result: passing });
      assert.equal(await main(["preview"], env.io), 0);
      assert.match(env.out(), /^scopeguard offline preview\n/);
      assert.match(env.out(), /: PASS\n$/);
      assert.equal(env.err(), "");
    });

    it("exits 1 when a violation is mandatory", async () => {
      const env = fakeIo({ result: failing });
      assert.equal(await main(["preview"], env.io), 1);
      assert.match(env.out(), /: FAIL\n$/);
    });

    it("hands the engine absolute paths, the mode, the stack and the default pack", async () => {
      const env = fakeIo();
      await main(["preview", "../other", "--stack", "prod", "--mode", "update"], env.io);
      assert.deepEqual(env.calls, [
        { programDir: "/home/dev/other", stack: "prod", mode: "update", packDir: "/repo/policypack" },
      ]);
    });

    it("prints the engine's warnings on stderr and keeps the verdict", async () => {
      const env = fakeIo({ warning: 'pack config: unknown policy "x" in pack scopeguard is ignored' });
      assert.equal(await main(["preview"], env.io), 0);
      assert.equal(
        env.err(),
        'scopeguard: warning: pack config: unknown policy "x" in pack scopeguard is ignored\n',
      );
    });

    it("puts --scope into the scopeguard settings of the pack config, over the file's scope", async () => {
      const env = fakeIo({ files: { "p.json": '{"scopeguard-settings": {"scope": 5}, "all": "advisory"}' } });
      await main(["preview", "--config", "p.json", "--scope", "3"], env.io);
      assert.deepEqual(env.calls[0].packConfig, { "scopeguard-settings": { scope: 3 }, all: "advisory" });
    });

    it("passes stack tags and shows the scope an ai-scope tag declares", async () => {
      const env = fakeIo();
      await main(["preview", "--stack-tag", "ai-scope=4", "--stack-tag", "team=ml"], env.io);
      assert.deepEqual(env.calls[0].stackTags, { "ai-scope": "4", team: "ml" });
      assert.match(env.out(), /Scope: {8}4 \(fine-tuned model\), declared by the ai-scope stack tag/);
    });

    it("shows the scope an ai-scope tag from the stack's pulumi:tags config declares", async () => {
      const env = fakeIo({ result: { ...passing, stackTags: { "pulumi:project": "p", "ai-scope": "4" } } });
      await main(["preview"], env.io);
      assert.match(env.out(), /Scope: {8}4 \(fine-tuned model\), declared by the ai-scope stack tag/);
    });

    it("prints only the JSON report for --format json", async () => {
      const env = fakeIo({ result: failing });
      assert.equal(await main(["preview", "--format", "json"], env.io), 1);
      assert.equal(JSON.parse(env.out()).summary.result, "fail");
    });

    it("writes the report to --output and still prints the text report", async () => {
      const env = fakeIo({ result: failing });
      assert.equal(await main(["preview", "--format", "sarif", "--output", "reports/out.sarif"], env.io), 1);
      const sarif = JSON.parse(env.written.get("/home/dev/app/reports/out.sarif")!);
      assert.equal(sarif.version, "2.1.0");
      assert.match(env.out(), /^scopeguard offline preview\n/);
      assert.match(env.out(), /: FAIL\n\nsarif report written to reports\/out\.sarif\n$/);
    });

    it("rejects an unusable --output before the run, exit 2, saying what to change", async () => {
      const env = fakeIo({
        outputProblem: "--output /proc/x/y.json is in /proc, where no report can be written",
      });
      assert.equal(await main(["preview", "--output", "/proc/x/y.json"], env.io), 2);
      assert.deepEqual(
        [env.calls.length, env.err()],
        [0, "scopeguard: --output /proc/x/y.json is in /proc, where no report can be written\n"],
      );
    });

    it("prints the report on stdout and keeps the verdict when the late write fails", async () => {
      const env = fakeIo({ result: failing, writeError: "ENOSPC: no space left on device" });
      assert.equal(await main(["preview", "--format", "json", "--output", "out.json"], env.io), 1);
      assert.equal(JSON.parse(env.out()).summary.result, "fail");
      assert.equal(
        env.err(),
        "scopeguard: cannot write --output file /home/dev/app/out.json (ENOSPC: no space left on device); the report follows on stdout\n",
      );
    });

    it("colours the text report on a terminal", async () => {
      const env = fakeIo({ result: failing, isTTY: true });
      await main(["preview"], env.io);
      assert.ok(env.out().includes("\u001b[31m"));
    });

    it("does not colour when NO_COLOR is set", async () => {
      const env = fakeIo({ result: failing, isTTY: true, env: { NO_COLOR: "1" } });
      await main(["preview"], env.io);
      assert.ok(!env.out().includes("\u001b["));
    });

    it("does not colour when stdout is not a terminal", async () => {
      const env = fakeIo({ result: failing, isTTY: false });
      await main(["preview"], env.io);
      assert.ok(!env.out().includes("\u001b["));
    });

    it("writes several reports in one run, one per --output FORMAT=FILE, and prints the text report", async () => {
      const env = fakeIo({ result: failing });
      const code = await main(
        [
          "preview",
          "--output",
          "sarif=out/scan.sarif",
          "--output",
          "junit=out/junit.xml",
          "--output",
          "markdown=out/summary.md",
          "--output",
          "html=out/report.html",
        ],
        env.io,
      );
      assert.equal(code, 1);
      assert.deepEqual(
        [...env.written.keys()],
        ["scan.sarif", "junit.xml", "summary.md", "report.html"].map((f) => `/home/dev/app/out/${f}`),
      );
      assert.equal(JSON.parse(env.written.get("/home/dev/app/out/scan.sarif")!).version, "2.1.0");
      assert.match(env.written.get("/home/dev/app/out/junit.xml")!, /^<\?xml [^>]+>\n<testsuites /);
      assert.match(env.written.get("/home/dev/app/out/summary.md")!, /^## scopeguard preview: ❌ FAIL\n/);
      assert.match(env.written.get("/home/dev/app/out/report.html")!, /^<!DOCTYPE html>/);
      assert.match(
        env.out(),
        /: FAIL\n\nsarif report written to out\/scan\.sarif\njunit report written to out\/junit\.xml\n/,
      );
    });

    it("prints only the findings and the verdict with --quiet", async () => {
      const env = fakeIo({ result: failing });
      await main(["preview", "--quiet", "--output", "sarif=out.sarif"], env.io);
      assert.match(env.out(), /^- \[remediate\]/);
      assert.match(env.out(), /\n11 resources, 2 mandatory, 3 advisory, 1 remediated: FAIL\n$/);
    });

    it("colours with FORCE_COLOR even when stdout is not a terminal, and not with FORCE_COLOR=0", async () => {
      const forced = fakeIo({ result: failing, isTTY: false, env: { FORCE_COLOR: "1", NO_COLOR: "1" } });
      await main(["preview"], forced.io);
      assert.ok(forced.out().includes("\u001b[31m"));
      const off = fakeIo({ result: failing, isTTY: true, env: { FORCE_COLOR: "0" } });
      await main(["preview"], off.io);
      assert.ok(!off.out().includes("\u001b["));
    });

    it("links SARIF rules to --docs-url and locates results relative to the repository root", async () => {
      const env = fakeIo({ result: failing });
      await main(
        ["preview", "--output", "sarif=out.sarif", "--docs-url", "https://example.com/docs/policies.md"],
        env.io,
      );
      const run = JSON.parse(env.written.get("/home/dev/app/out.sarif")!).runs[0];
      assert.equal(
        run.tool.driver.rules[1].helpUri,
        "https://example.com/docs/policies.md#kms-key-rotation-enabled",
      );
      assert.deepEqual(run.results[0].locations[0].physicalLocation.artifactLocation, {
        uri: "Pulumi.yaml",
        uriBaseId: "%SRCROOT%",
      });
    });

    it("never colours a report written to a file", async () => {
      const env = fakeIo({ result: failing, isTTY: true });
      await main(["preview", "--output", "out.txt"], env.io);
      assert.ok(!env.written.get("/home/dev/app/out.txt")!.includes("\u001b["));
    });
  });

  describe("failures (exit 3)", () => {
    it("reports a program that failed under mocks", async () => {
      const error = Object.assign(new Error("index.ts threw: boom"), { name: "ProgramError" });
      const env = fakeIo({ error });
      assert.equal(await main(["preview"], env.io), 3);
      assert.equal(env.err(), "scopeguard: the program failed under mocks: index.ts threw: boom\n");
    });

    it("reports a policy pack that failed", async () => {
      const error = Object.assign(new Error("pack exited with code 1"), { name: "PolicyPackError" });
      const env = fakeIo({ error });
      assert.equal(await main(["preview"], env.io), 3);
      assert.equal(env.err(), "scopeguard: the policy pack failed: pack exited with code 1\n");
    });

    it("reports an engine that cannot be loaded", async () => {
      const env = fakeIo({ engineMissing: true });
      assert.equal(await main(["preview"], env.io), 3);
      assert.equal(env.err(), "scopeguard: cannot load the offline engine: Cannot find module '../engine'\n");
    });
  });

  it("exits 0 for --help", async () => {
    const env = fakeIo();
    assert.equal(await main(["preview", "--help"], env.io), 0);
    assert.match(env.out(), /--scope <1-5>/);
  });

  describe("policies", () => {
    it("lists the policies that apply at a scope for a service, as JSON", async () => {
      const env = fakeIo();
      assert.equal(
        await main(["policies", "--scope", "1", "--service", "kms", "--format", "json"], env.io),
        0,
      );
      const listed = JSON.parse(env.out()) as { policies: { name: string; minScope: number }[] };
      assert.ok(listed.policies.some((p) => p.name === "kms-key-rotation-enabled"));
      assert.ok(listed.policies.every((p) => p.minScope <= 1));
    });

    it("filters by framework id", async () => {
      const env = fakeIo();
      assert.equal(await main(["policies", "--framework", "LLM01", "--format", "json"], env.io), 0);
      const listed = JSON.parse(env.out()) as { policies: { owaspLlm: string[] }[] };
      assert.ok(listed.policies.length > 0);
      assert.ok(listed.policies.every((p) => p.owaspLlm.includes("LLM01")));
    });

    it("rejects a scope outside 1..5 with exit 2, naming the flag", async () => {
      const env = fakeIo();
      assert.equal(await main(["policies", "--scope", "9"], env.io), 2);
      assert.equal(env.err(), 'scopeguard: --scope must be an integer from 1 to 5 (got "9")\n');
    });

    it("does not start the engine", async () => {
      const env = fakeIo({ engineMissing: true });
      assert.equal(await main(["policies"], env.io), 0);
    });
  });
});
