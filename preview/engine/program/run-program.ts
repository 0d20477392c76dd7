/**
 * Runs a Pulumi program under mocks in a child process and returns what it registered.
 * TypeScript programs run through ts-node in transpile-only mode (type-checking a program that
 * imports @pulumi/aws costs ~5 s), with the compiler options the Pulumi CLI would use.
 */
import { ChildProcess, fork } from "child_process";
import { explainSecretConfig } from "./secret-config";
import * as fs from "fs";
import * as path from "path";
import type { ProgramRun, RunMode } from "../types";
import { ConfigError, ProgramError } from "../errors";
import { loadProject, SECRET_PLACEHOLDER, type ProjectInfo } from "./project";
import { typeScriptRunner } from "./typescript-runner";
import { childEntry } from "./child-entry";
import type { ChildJob, ChildResult } from "./child";
import { ownCompilerOptions } from "./typescript";
import { loadPriorState } from "../state/prior";

/** Options of {@link runProgram}. */
export interface RunProgramOptions {
  /** Folder holding Pulumi.yaml. */
  readonly programDir: string;
  /** Stack name; default: the only Pulumi.<name>.yaml in the folder, else "dev". */
  readonly stack?: string;
  readonly mode: RunMode;
  /** @default "organization" */
  readonly organization?: string;
  /** A `pulumi stack export` file: resources it holds keep their id and outputs. @default none */
  readonly stateFile?: string;
  /** Kill the program after this long. @default 120000 */
  readonly timeoutMs?: number;
  /** Kills the program when aborted (the run is no longer wanted, e.g. its pack config is wrong). @default none */
  readonly signal?: AbortSignal;
}

/** Program processes still running, killed if this process exits first. */
const live = new Set<ChildProcess>();
process.on("exit", () => {
  for (const c of live) c.kill("SIGKILL");
});

/** Module kinds that let our child code (CommonJS) load; anything else is replaced by commonjs. */
const CJS_MODULES = ["commonjs", "node16", "node18", "node20", "nodenext"];

/**
 * ts-node options as the Pulumi CLI's nodejs runtime builds them (cmd/run/run.ts): Pulumi's
 * defaults overlaid with the program's tsconfig.json compilerOptions; transpile-only always.
 */
function tsNodeEnv(programDir: string): Record<string, string> {
  const own = ownCompilerOptions(programDir);
  const options: Record<string, unknown> = {
    target: "ES2020",
    module: "nodenext",
    moduleResolution: "nodenext",
    sourceMap: true,
    ...own,
  };
  // A tsconfig that sets `module` alone means TypeScript's matching resolution, not our nodenext.
  if (own.module !== undefined && own.moduleResolution === undefined) delete options.moduleResolution;
  if (!CJS_MODULES.includes(String(options.module).toLowerCase())) {
    options.module = "commonjs";
    options.moduleResolution = "node";
  }
  return {
    TS_NODE_TRANSPILE_ONLY: "true",
    TS_NODE_SKIP_PROJECT: "true",
    TS_NODE_COMPILER_OPTIONS: JSON.stringify(options),
  };
}

/** The program's package.json; invalid JSON is a ConfigError naming the file. */
function readPackageJson(file: string): { type?: unknown } {
  let value: unknown;
  try {
    value = JSON.parse(fs.readFileSync(file, "utf8"));
  } catch (e) {
    throw new ConfigError(
      `${file}: not valid JSON (${(e as Error).message}); fix the program's package.json`,
    );
  }
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    throw new ConfigError(`${file}: expected a JSON object; fix the program's package.json`);
  }
  return value as { type?: unknown };
}

/** A program's job, read from its folder, with the run's inputs checked first. */
export interface PreparedJob {
  readonly job: ChildJob;
  readonly project: ProjectInfo;
}

/**
 * Reads the program's project and stack files and checks the run's inputs (state file, package.json)
 * before the program starts; throws ConfigError on bad input.
 */
export function prepareJob(opts: RunProgramOptions): PreparedJob {
  const project = loadProject(opts.programDir, opts.stack);
  // A bad state file is the user's input error (exit 2), found before the program starts.
  if (opts.stateFile) loadPriorState(path.resolve(opts.stateFile));
  // An unreadable package.json is named here, before the program's entry is looked up in it.
  const pkg = path.join(project.dir, "package.json");
  if (fs.existsSync(pkg)) readPackageJson(pkg);
  const job: ChildJob = {
    programDir: project.dir,
    main: project.main,
    mainSet: project.mainSet,
    nodeargs: project.runtimeOptions.nodeargs,
    typescript: project.runtimeOptions.typescript,
    project: project.name,
    stack: project.stack,
    mode: opts.mode,
    organization: opts.organization ?? "organization",
    config: project.config,
    secretKeys: project.secretKeys,
    ...(opts.stateFile ? { stateFile: path.resolve(opts.stateFile) } : {}),
  };
  return { job, project };
}

/** The error of a failed run, with what to change when a secret config value was the cause. */
export function programError(project: ProjectInfo, error: string): ProgramError {
  const placeholders = project.secretKeys.filter((k) => project.config[k]?.includes(SECRET_PLACEHOLDER));
  return new ProgramError(explainSecretConfig(error, placeholders, `Pulumi.${project.stack}.yaml`));
}

/** Runs the program; resolves with the recorded run, rejects with ConfigError or ProgramError. */
export async function runProgram(opts: RunProgramOptions): Promise<ProgramRun> {
  const started = Date.now();
  const { job, project } = prepareJob(opts);
  const childPath = childEntry();
  // ts-node runs the program's TypeScript source (and this child, when it runs from source: child-entry.ts).
  const runner = typeScriptRunner(project.dir);
  const execArgv = ["-r", runner.register];
  // Pulumi.yaml's `nodeargs` go to node before the program, as the language host passes them.
  execArgv.push(...project.runtimeOptions.nodeargs);
  const env: Record<string, string | undefined> = { ...process.env };
  for (const k of Object.keys(env)) {
    if (k.startsWith("PULUMI_NODEJS_") || k.startsWith("TS_NODE_") || k === "PULUMI_CONFIG") delete env[k];
  }
  Object.assign(env, tsNodeEnv(project.dir), { TS_NODE_COMPILER: runner.compiler });

  const child = fork(childPath, [JSON.stringify(job)], {
    cwd: project.dir,
    env,
    execArgv,
    stdio: ["ignore", "pipe", "pipe", "ipc"],
  });
  live.add(child);
  opts.signal?.addEventListener("abort", () => child.kill("SIGKILL"), { once: true });
  let output = "";
  child.stdout?.on("data", (d) => (output += d));
  child.stderr?.on("data", (d) => (output += d));
  const result = await new Promise<ChildResult>((resolve) => {
    let answered: ChildResult | undefined;
    const timer = setTimeout(() => {
      answered = {
        ok: false,
        error: `program ${project.dir} did not finish within ${(opts.timeoutMs ?? 120000) / 1000} s`,
      };
      child.kill("SIGKILL");
    }, opts.timeoutMs ?? 120000);
    child.on("message", (m: ChildResult) => (answered ??= m));
    child.on("exit", (code, signal) => {
      clearTimeout(timer);
      live.delete(child);
      const tail = output.trim().split("\n").slice(-20).join("\n");
      resolve(
        answered ?? {
          ok: false,
          error: `program ${project.dir} exited (${signal ?? `code ${code}`}) without a result${tail ? `:\n${tail}` : ""}`,
        },
      );
    });
  });
  if (!result.ok) throw programError(project, result.error);
  return {
    ...result.run,
    config: project.config,
    secretConfigKeys: project.secretKeys,
    organization: job.organization,
    output,
    durationMs: Date.now() - started,
  };
}
