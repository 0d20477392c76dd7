import * as path from "node:path";
import type { Command } from "commander";
import { UsageError } from "./errors";
import { withPackAndReportOptions } from "./command-options";
import { EXIT_CODES } from "./exit-codes";
import type { RawPreviewOptions } from "./options";
import { buildPreviewRequest, emitReports, printErrors, type CliIo } from "./preview-command";

/** `scopeguard audit` options: those of `preview` that do not concern running a program. */
export type RawAuditOptions = Omit<RawPreviewOptions, "stack" | "mode">;

/**
 * `scopeguard audit <export-file>`: the pack over a deployed stack's `pulumi stack export`, with
 * the same reports and exit codes as `preview` (0 pass, 1 mandatory violation, 2 bad input, 3 the
 * pack failed). Never throws.
 */
export async function runAuditCommand(
  exportArg: string | undefined,
  raw: RawAuditOptions,
  io: CliIo,
): Promise<number> {
  if (exportArg === undefined || exportArg.trim() === "") {
    printErrors(io, [
      "audit needs a stack export file; run `pulumi stack export --file stack.json` and pass it",
    ]);
    return EXIT_CODES.usage;
  }
  const exportFile = path.resolve(io.cwd, exportArg);
  const problems: string[] = [];
  if (io.statKind(exportFile) !== "file") {
    problems.push(
      `stack export ${exportArg} is not a file; run \`pulumi stack export --file ${exportArg}\` first`,
    );
  }
  let request;
  try {
    // The pack, config, scope, tag and report options are validated exactly as for `preview`;
    // the export's folder stands in for the program directory, which an audit does not use.
    request = buildPreviewRequest(path.dirname(exportFile), raw, io);
  } catch (e) {
    if (!(e instanceof UsageError)) {
      printErrors(io, [`internal error: ${e instanceof Error ? e.message : String(e)}`]);
      return EXIT_CODES.failure;
    }
    problems.push(...e.messages);
  }
  if (problems.length > 0 || request === undefined) {
    printErrors(io, problems);
    return EXIT_CODES.usage;
  }

  let result;
  try {
    const engine = io.loadEngine();
    if (engine.runAudit === undefined) throw new Error("this engine cannot audit stack exports");
    try {
      result = await engine.runAudit({
        exportFile,
        packDir: request.packDir,
        ...(request.packConfig === undefined ? {} : { packConfig: request.packConfig }),
        ...(Object.keys(request.stackTags).length === 0 ? {} : { stackTags: { ...request.stackTags } }),
      });
    } catch (e) {
      if (typeof engine.ConfigError === "function" && e instanceof engine.ConfigError) {
        printErrors(io, [e.message]);
        return EXIT_CODES.usage;
      }
      throw e;
    }
  } catch (e) {
    printErrors(io, [`audit failed: ${e instanceof Error ? e.message : String(e)}`]);
    return EXIT_CODES.failure;
  }

  return emitReports({ ...request, context: { ...request.context, programDir: exportArg } }, result, io);
}

/** Adds `scopeguard audit` to the commander program. */
export function addAuditCommand(program: Command, io: CliIo, onExitCode: (code: number) => void): void {
  const auditCommand = program
    .command("audit")
    .description(
      "Check a deployed stack with the policy pack, from its `pulumi stack export` file (no program run, " +
        "every value known). Exit codes as for preview.",
    )
    .argument("<export-file>", "the output of `pulumi stack export`");
  withPackAndReportOptions(auditCommand).action(async (exportFile: string, options: RawAuditOptions) => {
    onExitCode(await runAuditCommand(exportFile, options, io));
  });
}
