/**
 * The offline compliance preview: run a Pulumi program under mocks and drive the real policy pack
 * over the Pulumi analyzer protocol, with no Pulumi CLI and no cloud account.
 *
 * ```ts
 * const result = await runPreview({ programDir: "examples/scope-3", mode: "preview" });
 * if (result.hasMandatory) process.exitCode = 1;
 * ```
 */
import * as path from "path";
import type { AnalysisResult, RunMode } from "./types";
import { runProgram } from "./program/run-program";
import { PolicyPackProcess } from "./pack/process";
import { analyzeRun } from "./pack/analyze";
import { reconcilePackConfig as checkPackConfig } from "./pack/pack-config";
import { initialConfig, packInfo } from "./pack/proto";
import { ConfigError } from "./errors";
import { loadProject } from "./program/project";

export * from "./types";
export { ConfigError, ProgramError, PolicyPackError } from "./errors";
export { runProgram } from "./program/run-program";
export type { RunProgramOptions } from "./program/run-program";
export { loadProject, SECRET_PLACEHOLDER } from "./program/project";
export type { ProjectInfo } from "./program/project";
export { PolicyPackProcess } from "./pack/process";
export type { PackEnv } from "./pack/process";
export { analyzeRun } from "./pack/analyze";
export type { AnalyzeOptions } from "./pack/analyze";
export { reconcilePackConfig } from "./pack/pack-config";
export type { ReconciledConfig, PolicyConfigEntry } from "./pack/pack-config";
export { createMocks } from "./mocks";
export type { MockOptions, PreviewMocks } from "./mocks";
export { UNKNOWN, SIG_KEY, SECRET_SIG } from "./sentinels";

/** Options of {@link runPreview}. */
export interface PreviewOptions {
  /** Folder holding Pulumi.yaml. */
  programDir: string;
  /**
   * Stack name; default: the only Pulumi.<name>.yaml in the folder, else "dev".
   * A given name with no Pulumi.<name>.yaml is a ConfigError.
   */
  stack?: string;
  /** "preview": computed outputs unknown, as in `pulumi preview`; "update": known, as in `pulumi up`. */
  mode: RunMode;
  /** Policy pack folder. @default <repo>/policypack */
  packDir?: string;
  /** Pack config in Pulumi's --policy-pack-config file format (policy name -> level string or {enforcementLevel?, ...props}). */
  packConfig?: Record<string, unknown>;
  /** Stack tags, e.g. {"ai-scope": "3"}. */
  stackTags?: Record<string, string>;
  /** @default "organization" */
  organization?: string;
  /** Receives each warning (a pack-config key that names no policy), to show the user. */
  onWarning?: (message: string) => void;
}

/** The repository's own policy pack. */
export const DEFAULT_PACK_DIR = path.resolve(__dirname, "..", "..", "policypack");

/**
 * Runs the program, starts the pack, analyzes, and stops the pack. Rejects with ConfigError (bad
 * Pulumi.yaml, stack or pack config), ProgramError (the program failed) or PolicyPackError.
 */
export async function runPreview(opts: PreviewOptions): Promise<AnalysisResult> {
  if (
    opts.packConfig !== undefined &&
    (typeof opts.packConfig !== "object" || opts.packConfig === null || Array.isArray(opts.packConfig))
  ) {
    throw new ConfigError("pack config: expected an object mapping policy names to a level or an object");
  }
  const organization = opts.organization ?? "organization";
  const project = loadProject(opts.programDir, opts.stack);
  // The pack type-checks itself at start-up: start it while the program runs.
  const packStart = PolicyPackProcess.start(opts.packDir ?? DEFAULT_PACK_DIR, {
    organization,
    project: project.name,
    stack: project.stack,
    dryRun: opts.mode === "preview",
    config: project.config,
  });
  packStart.catch(() => undefined); // observed below; keeps a start failure from going unhandled meanwhile
  // The pack config is checked as soon as the pack describes its policies, while the program still
  // runs, so a config error does not wait for the program.
  const configChecked = packStart.then(async (p) => {
    const infoMsg = await p.getAnalyzerInfo();
    checkPackConfig(packInfo(infoMsg), initialConfig(infoMsg), opts.packConfig);
  });
  configChecked.catch(() => undefined);
  const programRun = runProgram({
    programDir: opts.programDir,
    stack: opts.stack,
    mode: opts.mode,
    organization,
  });
  programRun.catch(() => undefined);
  let run;
  try {
    [run] = await Promise.all([programRun, configChecked]);
  } catch (e) {
    await packStart.then(
      (p) => p.close(),
      () => undefined,
    );
    throw e;
  }
  const pack = await packStart;
  try {
    return await analyzeRun(run, pack, {
      packConfig: opts.packConfig,
      stackTags: opts.stackTags,
      organization,
      ...(opts.onWarning === undefined ? {} : { onWarning: opts.onWarning }),
    });
  } finally {
    await pack.close();
  }
}
