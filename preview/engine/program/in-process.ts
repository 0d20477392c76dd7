/**
 * Runs a program in the engine's own process instead of a child: for callers that run many
 * programs (a test suite over the examples), where a child per run would load TypeScript,
 * @pulumi/aws and the program's libraries again each time. The recording is the same code the
 * child runs (record.ts); only the isolation differs, so a run here is allowed only when the
 * child would add nothing:
 * - the program resolves the same @pulumi/pulumi as this process (one SDK, one mocked runtime);
 * - it is a CommonJS entry with no Pulumi.yaml `nodeargs` (those need a fresh node);
 * - a TypeScript entry finds ts-node already registered here.
 * Any other program runs in a child, through {@link runProgram}.
 *
 * Runs in one process go one after the other (Pulumi's runtime state is global). Around each run
 * the working folder is the program's, as in a child; afterwards the working folder, stack
 * config and stack-trace formatting are restored, and the program's own modules are dropped from
 * the module cache so its next run executes it again. Libraries it loaded (components, the SDK)
 * stay loaded: that is the saving. What the program prints goes to this process's output and is
 * not captured in `ProgramRun.output`.
 */
/* eslint-disable @typescript-eslint/no-require-imports -- the SDK is resolved from the program's folder */
import * as fs from "fs";
import * as path from "path";
import type { ProgramRun } from "../types";
import { programEntry } from "./entry";
import { describeFailure, fastAnonymousStacks, recordProgram, type ProgramJob } from "./record";
import { prepareJob, programError, runProgram, type RunProgramOptions } from "./run-program";

/** Why `job` needs a process of its own, or undefined when it can run here. */
export function needsOwnProcess(job: ProgramJob): string | undefined {
  let sdk: string;
  try {
    sdk = fs.realpathSync(require.resolve("@pulumi/pulumi", { paths: [job.programDir] }));
  } catch {
    return "it does not resolve @pulumi/pulumi";
  }
  if (sdk !== fs.realpathSync(require.resolve("@pulumi/pulumi"))) return "it has its own @pulumi/pulumi";
  if (job.nodeargs.length > 0) return "Pulumi.yaml sets nodeargs";
  const entry = programEntry(job.main, job.mainSet);
  if (entry.esm) return "it is an ES module";
  if (/\.[cm]?tsx?$/.test(entry.path) || fs.statSync(entry.path).isDirectory()) {
    if (require.extensions[".ts"] === undefined) return "ts-node is not registered in this process";
  }
  return undefined;
}

let queue: Promise<unknown> = Promise.resolve();

/**
 * Runs the program in this process when it can (see the file comment), else in a child; resolves
 * with the recorded run, rejects with ConfigError or ProgramError as {@link runProgram} does.
 */
export async function runProgramInProcess(opts: RunProgramOptions): Promise<ProgramRun> {
  const prepared = prepareJob(opts);
  if (needsOwnProcess(prepared.job) !== undefined) return runProgram(opts);
  const run = queue.then(() => runHere(prepared.job, prepared.project));
  queue = run.catch(() => undefined);
  return run;
}

async function runHere(
  job: ProgramJob,
  project: ReturnType<typeof prepareJob>["project"],
): Promise<ProgramRun> {
  const started = Date.now();
  const pulumiDir = path.dirname(require.resolve("@pulumi/pulumi/package.json", { paths: [job.programDir] }));
  const store = require(path.join(pulumiDir, "runtime/state")).getStore() as {
    config: Record<string, string>;
  };
  const savedConfig = { ...store.config };
  const cwd = process.cwd();
  // The entry runs afresh even if something in this process loaded it before.
  const entry = programEntry(job.main, job.mainSet).path;
  if (fs.existsSync(entry) && fs.statSync(entry).isFile()) delete require.cache[fs.realpathSync(entry)];
  const cached = new Set(Object.keys(require.cache));
  const restoreStacks = fastAnonymousStacks();
  let asyncError: unknown;
  const onAsyncError = (e: unknown): void => {
    asyncError ??= e;
  };
  process.on("unhandledRejection", onAsyncError);
  try {
    process.chdir(job.programDir);
    const recorded = await recordProgram(job);
    if (asyncError !== undefined) throw asyncError;
    return {
      ...recorded,
      config: project.config,
      secretConfigKeys: project.secretKeys,
      organization: job.organization,
      output: "",
      durationMs: Date.now() - started,
    };
  } catch (e) {
    throw programError(project, describeFailure(job, e));
  } finally {
    process.removeListener("unhandledRejection", onAsyncError);
    restoreStacks();
    process.chdir(cwd);
    Object.assign(store.config, savedConfig);
    forgetProgramModules(job.programDir, cached);
  }
}

/** Drops the modules the run loaded from the program's own files (not its node_modules). */
function forgetProgramModules(programDir: string, before: ReadonlySet<string>): void {
  const own = fs.realpathSync(programDir) + path.sep;
  for (const file of Object.keys(require.cache)) {
    if (before.has(file) || !file.startsWith(own)) continue;
    if (file.slice(own.length).split(path.sep).includes("node_modules")) continue;
    delete require.cache[file];
  }
}
