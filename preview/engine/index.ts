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
import { engineStackTags, loadProject } from "./program/project";

export * from "./types";
export { ConfigError, ProgramError, PolicyPackError } from "./errors";
export { runProgram } from "./program/run-program";
export type { RunProgramOptions } from "./program/run-program";
export { runProgramInProcess } from "./program/in-process";
export { engineStackTags, loadProject, SECRET_PLACEHOLDER } from "./program/project";
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
export { runAudit, auditRun } from "./state/audit";
export type { AuditOptions } from "./state/audit";
export { parseStackExport } from "./state/stack-export";
export type { StackState } from "./state/stack-export";

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
  /**
   * Stack tags, e.g. {"ai-scope": "3"}, over those the CLI derives from the project
   * (`pulumi:project`, `pulumi:runtime`, `pulumi:description`, the `pulumi:tags` config).
   */
  stackTags?: Record<string, string>;
  /** @default "organization" */
  organization?: string;
  /** Told when each phase starts, e.g. to show progress on a terminal. */
  onProgress?: (phase: PreviewPhase) => void;
  /** A `pulumi stack export` file used as prior state: resources it holds keep their id and outputs. */
  stateFile?: string;
  /** Receives each warning (a pack-config key that names no policy), to show the user. */
  onWarning?: (message: string) => void;
}

/** The phases of {@link runPreview}, in order. */
export type PreviewPhase =
  | { readonly phase: "program" }
  | { readonly phase: "pack" }
  | { readonly phase: "analyze"; readonly resources: number };

/** The scopeguard policy pack: the installed `@scopeguard/policy-pack` (in the repository, `policypack/`). */
export const DEFAULT_PACK_DIR = path.dirname(require.resolve("@scopeguard/policy-pack/package.json"));

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
  const stackTags = { ...engineStackTags(project), ...opts.stackTags };
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
  opts.onProgress?.({ phase: "program" });
  const stopProgram = new AbortController();
  const programRun = runProgram({
    signal: stopProgram.signal,
    programDir: opts.programDir,
    stack: opts.stack,
    mode: opts.mode,
    organization,
    ...(opts.stateFile ? { stateFile: opts.stateFile } : {}),
  });
  programRun.catch(() => undefined);
  let run;
  try {
    [run] = await Promise.all([programRun, configChecked]);
  } catch (e) {
    // A pack config error ends the run at once: the program is no longer wanted.
    stopProgram.abort();
    await packStart.then(
      (p) => p.close(),
      () => undefined,
    );
    throw e;
  }
  opts.onProgress?.({ phase: "pack" });
  const pack = await packStart;
  opts.onProgress?.({ phase: "analyze", resources: run.resources.length });
  try {
    return await analyzeRun(run, pack, {
      packConfig: opts.packConfig,
      stackTags,
      organization,
      ...(opts.onWarning === undefined ? {} : { onWarning: opts.onWarning }),
    });
  } finally {
    await pack.close();
  }
}
