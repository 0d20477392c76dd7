import * as path from "node:path";
import { renderReport, type ReportContext, type ReportFormat } from "../report";
import type { EngineApi } from "./engine-api";
import { UsageError } from "./errors";
import { EXIT_CODES, exitCodeForResult } from "./exit-codes";
import { parsePreviewOptions, type RawPreviewOptions } from "./options";
import { writeWithFallback } from "./output-target";
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
  readonly stderr: { write(text: string): void };
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
  /** What to change about a report path before the run (see output-target.ts); unchecked when absent. */
  readonly checkOutputPath?: (file: string) => string | undefined;
}

/** How engine failures (exit 3) are introduced, by error name. */
const FAILURE_PREFIX: Readonly<Record<string, string>> = {
  ProgramError: "the program failed under mocks",
  PolicyPackError: "the policy pack failed",
};

/** Whether the text report may use colours: stdout is a terminal and `NO_COLOR` is unset or empty. */
export function useColor(io: Pick<CliIo, "stdout" | "env">): boolean {
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
  readonly output?: string;
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
  if (options.output !== undefined && io.checkOutputPath !== undefined) {
    const problem = io.checkOutputPath(path.resolve(io.cwd, options.output));
    if (problem !== undefined) {
      problems.push(problem.replace(path.resolve(io.cwd, options.output), options.output));
    }
  }
  if (problems.length > 0) {
    throw new UsageError(problems);
  }
  const declaredScope = declaredScopeOf(packConfig ?? {}, options.stackTags);
  return {
    programDir,
    programDirArg: dirArg,
    ...(options.stack === undefined ? {} : { stack: options.stack }),
    mode: options.mode,
    packDir,
    ...(packConfig === undefined ? {} : { packConfig }),
    stackTags: options.stackTags,
    format: options.format,
    ...(options.output === undefined ? {} : { output: path.resolve(io.cwd, options.output) }),
    context: {
      programDir: dirArg,
      packDir,
      ...(declaredScope === undefined ? {} : { declaredScope }),
      ...(packConfig === undefined ? {} : { packConfig }),
    },
  };
}

function printErrors(io: Pick<CliIo, "stderr">, messages: readonly string[]): void {
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

  let result;
  try {
    result = await engine.runPreview({
      programDir: request.programDir,
      ...(request.stack === undefined ? {} : { stack: request.stack }),
      mode: request.mode,
      packDir: request.packDir,
      ...(request.packConfig === undefined ? {} : { packConfig: request.packConfig }),
      ...(Object.keys(request.stackTags).length === 0 ? {} : { stackTags: { ...request.stackTags } }),
      onWarning: (message) => io.stderr.write(`scopeguard: warning: ${message}\n`),
    });
  } catch (e) {
    const message = e instanceof Error ? e.message : String(e);
    if (typeof engine.ConfigError === "function" && e instanceof engine.ConfigError) {
      printErrors(io, [message]);
      return EXIT_CODES.usage;
    }
    printErrors(io, [`${FAILURE_PREFIX[(e as Error)?.name] ?? "preview failed"}: ${message}`]);
    return EXIT_CODES.failure;
  }

  const color = useColor(io);
  if (request.output === undefined) {
    io.stdout.write(
      renderReport(request.format, result, { ...request.context, color: request.format === "text" && color }),
    );
  } else {
    // The path was checked before the run; if writing still fails, the report goes to stdout
    // and the verdict's exit code stands.
    const written = writeWithFallback(
      request.output,
      renderReport(request.format, result, { ...request.context, color: false }),
      io,
    );
    if (written) {
      io.stdout.write(renderReport("text", result, { ...request.context, color }));
      io.stdout.write(`\n${request.format} report written to ${raw.output}\n`);
    }
  }
  return exitCodeForResult(result);
}
