import * as path from "node:path";
import type { AnalysisResult } from "../engine/types";
import { renderReport, type ReportContext, type ReportFormat } from "../report";
import type { EngineApi } from "./engine-api";
import { UsageError } from "./errors";
import { EXIT_CODES, exitCodeForResult } from "./exit-codes";
import { parsePreviewOptions, type RawPreviewOptions } from "./options";
import type { OutputTarget } from "./output-targets";
import { startProgress, type ProgressIo } from "./progress";
import { sourceRootOf } from "./source-root";
import { writeReport } from "./write-report";
import { policyDocsUrlFromRepository } from "../report/locations";
import {
  declaredScopeOf,
  packConfigProblems,
  readPackConfigFile,
  withScope,
  type PackConfig,
} from "./pack-config";

/** Everything `scopeguard preview` touches outside itself, injected so tests need no real I/O. */
export interface CliIo {
  readonly stdout: { write(text: string): void; readonly isTTY?: boolean };
  readonly stderr: { write(text: string): void; readonly isTTY?: boolean };
  readonly env: Readonly<Record<string, string | undefined>>;
  readonly cwd: string;
  readonly now: () => Date;
  readonly readFile: (file: string) => string;
  /** Writes a file, creating its directory. */
  readonly writeFile: (file: string, text: string) => void;
  /** `dir`, `file`, or `undefined` when nothing is there. */
  readonly statKind: (file: string) => "dir" | "file" | undefined;
  readonly loadEngine: () => EngineApi;
  /** The pack used without `--pack`: the repository's `policypack/`. */
  readonly defaultPackDir: string;
  /** Timers for the progress line on a terminal; without them no progress is shown. */
  readonly timers?: Pick<ProgressIo, "setInterval" | "clearInterval">;
  /** What to change about a report path before the run (see output-target.ts); unchecked when absent. */
  readonly checkOutputPath?: (file: string) => string | undefined;
}

/** How engine failures (exit 3) are introduced, by error name. */
const FAILURE_PREFIX: Readonly<Record<string, string>> = {
  ProgramError: "the program failed under mocks",
  PolicyPackError: "the policy pack failed",
};

/**
 * Whether the text report may use colours: `FORCE_COLOR` set (not empty, `0` or `false`) forces
 * them, else `NO_COLOR` set (not empty) turns them off, else stdout must be a terminal.
 */
export function useColor(io: Pick<CliIo, "stdout" | "env">): boolean {
  const force = io.env.FORCE_COLOR;
  if (force !== undefined && force !== "") {
    return force !== "0" && force !== "false";
  }
  return io.stdout.isTTY === true && (io.env.NO_COLOR === undefined || io.env.NO_COLOR === "");
}

/** A validated `scopeguard preview` invocation, paths absolute. */
export interface PreviewRequest {
  readonly programDir: string;
  /** The program directory as typed, for display. */
  readonly programDirArg: string;
  readonly stack?: string;
  readonly mode: "preview" | "update";
  readonly packDir: string;
  readonly packConfig?: PackConfig;
  readonly stackTags: Readonly<Record<string, string>>;
  readonly format: ReportFormat;
  /** Reports to write to files; the text report then goes to stdout. */
  readonly outputs: readonly OutputTarget[];
  readonly context: ReportContext;
}

/**
 * Turns the command line into a {@link PreviewRequest}: validates options, reads the `--config`
 * file, applies `--scope`, checks the scopeguard settings and that the directories exist. Throws a
 * {@link UsageError} listing every problem found.
 */
export function buildPreviewRequest(
  programDirArg: string | undefined,
  raw: RawPreviewOptions,
  io: Pick<CliIo, "cwd" | "now" | "readFile" | "statKind" | "defaultPackDir" | "checkOutputPath">,
): PreviewRequest {
  const options = parsePreviewOptions(raw);
  const problems: string[] = [];
  const dirArg = programDirArg ?? ".";
  const programDir = path.resolve(io.cwd, dirArg);
  const programKind = io.statKind(programDir);
  if (programKind === undefined) {
    problems.push(`program directory ${dirArg} does not exist; pass the directory that holds Pulumi.yaml`);
  } else if (programKind !== "dir") {
    problems.push(
      `program directory ${dirArg} is not a directory; pass the directory that holds Pulumi.yaml`,
    );
  }
  const packDir = options.pack === undefined ? io.defaultPackDir : path.resolve(io.cwd, options.pack);
  if (io.statKind(path.join(packDir, "PulumiPolicy.yaml")) !== "file") {
    problems.push(
      `--pack directory ${options.pack ?? packDir} has no PulumiPolicy.yaml; pass the directory of a policy pack`,
    );
  }
  let packConfig: PackConfig | undefined;
  if (options.config !== undefined) {
    try {
      packConfig = readPackConfigFile(options.config, (file) => io.readFile(path.resolve(io.cwd, file)));
    } catch (e) {
      if (!(e instanceof UsageError)) {
        throw e;
      }
      problems.push(...e.messages);
    }
  }
  if (options.scope !== undefined) {
    packConfig = withScope(packConfig ?? {}, options.scope);
  }
  if (packConfig !== undefined) {
    problems.push(...packConfigProblems(packConfig, io.now()));
  }
  for (const target of options.outputs ?? []) {
    const problem = io.checkOutputPath?.(path.resolve(io.cwd, target.path));
    if (problem !== undefined) {
      problems.push(problem.replace(path.resolve(io.cwd, target.path), target.path));
    }
  }
  if (problems.length > 0) {
    throw new UsageError(problems);
  }
  const declaredScope = declaredScopeOf(packConfig ?? {}, options.stackTags);
  const policyDocsUrl =
    options.docsUrl ??
    docsUrlOf([path.join(packDir, "package.json"), path.join(io.defaultPackDir, "..", "package.json")], io);
  return {
    programDir,
    programDirArg: dirArg,
    ...(options.stack === undefined ? {} : { stack: options.stack }),
    mode: options.mode,
    packDir,
    ...(packConfig === undefined ? {} : { packConfig }),
    stackTags: options.stackTags,
    format: options.format,
    outputs: options.outputs ?? [],
    context: {
      programDir: dirArg,
      programPath: programDir,
      sourceRoot: sourceRootOf(programDir, io.statKind),
      ...(policyDocsUrl === undefined ? {} : { policyDocsUrl }),
      ...(options.quiet ? { quiet: true } : {}),
      ...(options.tree ? { tree: true } : {}),
      packDir,
      ...(declaredScope === undefined ? {} : { declaredScope }),
      ...(packConfig === undefined ? {} : { packConfig }),
    },
  };
}

/** The policy reference's address from the first package.json with a `repository`. */
function docsUrlOf(files: readonly string[], io: Pick<CliIo, "readFile">): string | undefined {
  for (const file of files) {
    try {
      const url = policyDocsUrlFromRepository(
        (JSON.parse(io.readFile(file)) as { repository?: unknown }).repository,
      );
      if (url !== undefined) {
        return url;
      }
    } catch {
      // no readable package.json there: try the next
    }
  }
  return undefined;
}

export function printErrors(io: Pick<CliIo, "stderr">, messages: readonly string[]): void {
  for (const message of messages) {
    io.stderr.write(`scopeguard: ${message}\n`);
  }
}

/**
 * `scopeguard preview [program-dir]`: validate, run the engine, render, and return the exit code
 * (see {@link EXIT_CODES}). Never throws.
 */
export async function runPreviewCommand(
  programDirArg: string | undefined,
  raw: RawPreviewOptions,
  io: CliIo,
): Promise<number> {
  let request: PreviewRequest;
  try {
    request = buildPreviewRequest(programDirArg, raw, io);
  } catch (e) {
    if (e instanceof UsageError) {
      printErrors(io, e.messages);
      return EXIT_CODES.usage;
    }
    printErrors(io, [`internal error: ${e instanceof Error ? e.message : String(e)}`]);
    return EXIT_CODES.failure;
  }

  let engine: EngineApi;
  try {
    engine = io.loadEngine();
  } catch (e) {
    printErrors(io, [`cannot load the offline engine: ${e instanceof Error ? e.message : String(e)}`]);
    return EXIT_CODES.failure;
  }

  const progress = io.timers
    ? startProgress({ stream: io.stderr, ...io.timers, now: () => io.now().getTime() })
    : undefined;
  let result;
  try {
    result = await engine.runPreview({
      programDir: request.programDir,
      ...(request.stack === undefined ? {} : { stack: request.stack }),
      mode: request.mode,
      packDir: request.packDir,
      ...(request.packConfig === undefined ? {} : { packConfig: request.packConfig }),
      ...(Object.keys(request.stackTags).length === 0 ? {} : { stackTags: { ...request.stackTags } }),
      ...(progress ? { onProgress: progress.update } : {}),
      ...(raw.state === undefined ? {} : { stateFile: path.resolve(io.cwd, raw.state) }),
      onWarning: (message) => io.stderr.write(`scopeguard: warning: ${message}\n`),
    });
  } catch (e) {
    progress?.stop();
    const message = e instanceof Error ? e.message : String(e);
    if (typeof engine.ConfigError === "function" && e instanceof engine.ConfigError) {
      printErrors(io, [message]);
      return EXIT_CODES.usage;
    }
    printErrors(io, [`${FAILURE_PREFIX[(e as Error)?.name] ?? "preview failed"}: ${message}`]);
    return EXIT_CODES.failure;
  }
  progress?.stop();

  // A scope declared through the `pulumi:tags` config is known only once the engine has read the stack.
  const engineScope =
    request.context.declaredScope === undefined
      ? declaredScopeOf(request.packConfig ?? {}, result.stackTags ?? {})
      : undefined;
  if (engineScope !== undefined)
    request = { ...request, context: { ...request.context, declaredScope: engineScope } };
  return emitReports(request, result, io);
}

/**
 * Prints the report and writes every `--output` file: the `--format` report to stdout when there
 * is no output file, else each target to its file and then the text report to stdout. A file that
 * cannot be written has its report printed on stdout instead. Returns the exit code the verdict
 * calls for, whatever happened to the files.
 */
export function emitReports(
  request: Pick<PreviewRequest, "format" | "outputs" | "context">,
  result: AnalysisResult,
  io: CliIo,
): number {
  const color = useColor(io);
  if (request.outputs.length === 0) {
    io.stdout.write(
      renderReport(request.format, result, { ...request.context, color: request.format === "text" && color }),
    );
    return exitCodeForResult(result);
  }
  const render = (format: ReportFormat) => renderReport(format, result, { ...request.context, color: false });
  const written = request.outputs.filter((target) => writeReport(target, render, io));
  // A report that could not be written went to stdout instead; the text report would only make
  // that output harder to recover, so it follows only when every file was written.
  if (written.length < request.outputs.length) return exitCodeForResult(result);
  io.stdout.write(renderReport("text", result, { ...request.context, color }));
  if (!request.context.quiet) {
    io.stdout.write(`\n${written.map((t) => `${t.format} report written to ${t.path}`).join("\n")}\n`);
  }
  return exitCodeForResult(result);
}
