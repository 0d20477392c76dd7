import * as fs from "node:fs";
import * as path from "node:path";
import { Command, CommanderError } from "commander";
import { loadEngine } from "./engine-api";
import { EXIT_CODES } from "./exit-codes";
import { RUN_MODES, type RawPreviewOptions } from "./options";
import { checkOutputPath } from "./output-target";
import { runPreviewCommand, type CliIo } from "./preview-command";
import { addAuditCommand } from "./audit-command";
import { withPackAndReportOptions } from "./command-options";
import { endChildrenOnSignals } from "./signals";
import type { RawPolicyFilters } from "../catalog/filters";

/** The CLI package's own package.json (found by its name, from source or compiled output alike). */
const PACKAGE_JSON = require.resolve("scopeguard/package.json");

/**
 * The real process: console streams, the file system, the clock, the engine. A signal ends it
 * through its exit handlers, which stop the program and pack processes.
 */
export function nodeIo(): CliIo {
  endChildrenOnSignals();
  return {
    stdout: process.stdout,
    stderr: process.stderr,
    env: process.env,
    cwd: process.cwd(),
    now: () => new Date(),
    readFile: (file) => fs.readFileSync(file, "utf8"),
    writeFile: (file, text) => {
      fs.mkdirSync(path.dirname(file), { recursive: true });
      fs.writeFileSync(file, text);
    },
    statKind: (file) => {
      try {
        return fs.statSync(file).isDirectory() ? "dir" : "file";
      } catch {
        return undefined;
      }
    },
    loadEngine,
    defaultPackDir: path.dirname(require.resolve("@scopeguard/policy-pack/package.json")),
    checkOutputPath,
    timers: {
      setInterval: (callback, ms) => setInterval(callback, ms).unref(),
      clearInterval: (handle) => clearInterval(handle as NodeJS.Timeout),
    },
  };
}

function version(): string {
  try {
    return (JSON.parse(fs.readFileSync(PACKAGE_JSON, "utf8")) as { version: string }).version;
  } catch {
    return "unknown";
  }
}

/**
 * Builds the commander program. Options are taken as plain strings and validated by
 * `options.ts`, so every bad value gets the same `scopeguard: <what>; <what to change>` message.
 */
export function buildProgram(io: CliIo, onExitCode: (code: number) => void): Command {
  const program = new Command("scopeguard")
    .description("Offline compliance preview of Pulumi programs against the scopeguard policy pack.")
    .version(version(), "-V, --version")
    .exitOverride()
    .configureOutput({
      writeOut: (text) => io.stdout.write(text),
      writeErr: (text) => io.stderr.write(text),
      outputError: (text, write) => write(`scopeguard: ${text.replace(/^error: /, "")}`),
    });
  const previewCommand = program
    .command("preview")
    .description(
      "Run a Pulumi program under mocks (no cloud, no Pulumi CLI) and check it with the policy pack. " +
        "Exit codes: 0 no mandatory violation, 1 mandatory violation, 2 usage or config error, 3 the preview failed.",
    )
    .argument("[program-dir]", "directory of the Pulumi program (holding Pulumi.yaml)", ".")
    .option("--stack <name>", "stack name (selects Pulumi.<stack>.yaml)")
    .option("--mode <mode>", `${RUN_MODES.join(" or ")}: whether computed outputs are unknown`, "preview");
  withPackAndReportOptions(previewCommand)
    .option(
      "--state <file>",
      "a `pulumi stack export` of the deployed stack: resources in it keep their outputs",
    )
    .action(async (programDir: string | undefined, options: RawPreviewOptions) => {
      onExitCode(await runPreviewCommand(programDir, options, io));
    });
  addAuditCommand(program, io, onExitCode);
  program
    .command("policies")
    .description(
      "List the policy catalog: what each policy checks, its severity, scopes and framework mappings.",
    )
    .option("--scope <1-5>", "only policies that apply at this scope")
    .option(
      "--framework <id>",
      "only policies mapped to this id (PR.DS-01, LLM01, AML.M0012, secure-design, a seed item)",
    )
    .option("--service <name>", "only policies about this AWS service (s3, kms, bedrock, ...)")
    .option("--severity <level>", "only policies of this severity (low, medium, high, critical)")
    .option("--format <format>", "text or json", "text")
    .action(async (options: RawPolicyFilters) => {
      onExitCode(await runPoliciesCommand(options, io));
    });
  return program;
}

/** `scopeguard policies`: the catalog is read in-process; no program or pack process is started. */
async function runPoliciesCommand(options: RawPolicyFilters, io: CliIo): Promise<number> {
  // Loaded here so `scopeguard preview` does not pay for reading the catalog.
  const { runPoliciesQuery } = await import("../catalog");
  const result = runPoliciesQuery(options);
  if (!result.ok) {
    for (const error of result.errors) {
      io.stderr.write(`scopeguard: ${error}\n`);
    }
    return EXIT_CODES.usage;
  }
  io.stdout.write(result.output.endsWith("\n") ? result.output : `${result.output}\n`);
  return EXIT_CODES.pass;
}

/**
 * Runs the CLI with `argv` (without `node` and the script) and returns the exit code. Commander's
 * own errors (unknown option, missing value, unknown command) exit 2 like other usage errors.
 */
export async function main(argv: readonly string[], io: CliIo = nodeIo()): Promise<number> {
  let exitCode: number = EXIT_CODES.pass;
  const program = buildProgram(io, (code) => {
    exitCode = code;
  });
  try {
    await program.parseAsync([...argv], { from: "user" });
  } catch (e) {
    if (e instanceof CommanderError) {
      return e.exitCode === 0 ? EXIT_CODES.pass : EXIT_CODES.usage;
    }
    io.stderr.write(`scopeguard: internal error: ${e instanceof Error ? e.message : String(e)}\n`);
    return EXIT_CODES.failure;
  }
  return exitCode;
}
