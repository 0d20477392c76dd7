/**
 * Runs a Pulumi program under mocks in the current process and records what it registers: the
 * body of a program run, shared by the child process of each run (child.ts) and by runs in the
 * engine's own process (in-process.ts).
 *
 * Written to compile under the program's own tsconfig: namespace imports only, type-only imports
 * marked `import type`.
 */
/* eslint-disable @typescript-eslint/no-require-imports -- modules are resolved from the program's folder at run time */
import * as path from "path";
import type { ProgramRun, RunMode } from "../types";
import { createMocks } from "../mocks";
import { findAwsPackageDir } from "../mocks/aws-schema";
import { Recorder } from "./recorder";
import { loadEntry, programEntry } from "./entry";
import { hasOwnLoader, registerEsmTypeScript } from "./typescript";
import { EngineTransforms } from "./transforms";
import { nameFailedDownloads } from "./downloads";
import { notExpanded } from "./expand";
import { loadPriorState } from "../state/prior";

/** The program to run and record. */
export interface ProgramJob {
  readonly programDir: string;
  readonly main: string;
  /** Whether Pulumi.yaml sets `main`. */
  readonly mainSet: boolean;
  /** Pulumi.yaml runtime options `nodeargs` (already on this process's command line) and `typescript`. */
  readonly nodeargs: readonly string[];
  readonly typescript: boolean;
  readonly project: string;
  readonly stack: string;
  readonly mode: RunMode;
  readonly organization: string;
  readonly config: Record<string, string>;
  readonly secretKeys: string[];
  /** A `pulumi stack export` file used as the prior state. */
  readonly stateFile?: string;
}

/** What a run records; the caller adds what it knows of the run (config, output, duration). */
export type RecordedRun = Pick<
  ProgramRun,
  "project" | "stack" | "mode" | "resources" | "unansweredInvokes" | "notExpanded"
>;

function packageVersion(programDir: string, pkg: string): string | undefined {
  try {
    return require(require.resolve(`@pulumi/${pkg}/package.json`, { paths: [programDir] })).version.replace(
      /^v/,
      "",
    );
  } catch {
    return undefined;
  }
}

/** "program <dir> failed: <message>", plus the first stack frame in the program's own code. */
export function describeFailure(job: ProgramJob, err: unknown): string {
  const e = err instanceof Error ? err : new Error(String(err));
  const frame = (e.stack ?? "")
    .split("\n")
    .map((l) => l.trim())
    .find((l) => l.startsWith("at ") && l.includes(job.programDir) && !l.includes("node_modules"));
  return `program ${job.programDir} failed: ${e.message}${frame ? `\n    ${frame}` : ""}`;
}

/**
 * Runs the program under the project's mocks in this process and returns what it registered. The
 * program's own @pulumi/pulumi (resolved from its folder) is the one that is mocked and recorded.
 */
export async function recordProgram(job: ProgramJob): Promise<RecordedRun> {
  let pulumiDir: string;
  try {
    pulumiDir = path.dirname(require.resolve("@pulumi/pulumi/package.json", { paths: [job.programDir] }));
  } catch {
    throw new Error(
      `cannot find @pulumi/pulumi from ${job.programDir}; run npm install in the program folder`,
    );
  }
  const pulumi = require(pulumiDir);
  const preview = job.mode === "preview";
  const awsConfig = (key: string): string | undefined => job.config[`aws:${key}`];
  let defaultTags: Record<string, string> | undefined;
  try {
    defaultTags = awsConfig("defaultTags") ? JSON.parse(awsConfig("defaultTags")!).tags : undefined;
  } catch {
    defaultTags = undefined;
  }
  const mocks = createMocks({
    mode: job.mode,
    region: awsConfig("region"),
    defaultTags,
    awsPackageDir: findAwsPackageDir([job.programDir]),
    packageDirs: [job.programDir],
  });
  await pulumi.runtime.setMocks(mocks, job.project, job.stack, preview, job.organization);
  pulumi.runtime.setAllConfig(job.config, job.secretKeys);
  const recorder = new Recorder(
    {
      ...job,
      preview,
      packageVersion: (pkg) => packageVersion(job.programDir, pkg),
      prior: job.stateFile ? loadPriorState(job.stateFile) : undefined,
    },
    mocks,
    {
      rpc: pulumi.runtime,
      resproto: require(path.join(pulumiDir, "proto/resource_pb")),
      Struct: require(require.resolve("google-protobuf/google/protobuf/struct_pb", { paths: [pulumiDir] }))
        .Struct,
    },
  );
  const monitor = pulumi.runtime.getMonitor();
  recorder.attach(monitor);
  const transforms = new EngineTransforms(pulumiDir);
  transforms.attach(monitor);
  recorder.beforeRegister = (req, urn) => transforms.apply(req, urn);
  nameFailedDownloads(pulumiDir);
  const entry = programEntry(job.main, job.mainSet);
  if (entry.esm && job.typescript && !hasOwnLoader(job.nodeargs))
    registerEsmTypeScript(job.programDir, pulumiDir, entry.path);
  await pulumi.runtime.runInPulumiStack(async () => {
    const exported = await loadEntry(entry);
    return await (exported instanceof Function ? exported() : exported);
  });
  // Registrations made in apply callbacks arrive after the stack outputs: drain until quiet.
  let seen = -1;
  while (seen !== recorder.resources.length) {
    seen = recorder.resources.length;
    await pulumi.runtime.waitForRPCs();
    await new Promise((r) => setImmediate(r));
  }
  transforms.close();
  return {
    project: job.project,
    stack: job.stack,
    mode: job.mode,
    resources: recorder.resources,
    unansweredInvokes: mocks.unansweredInvokes(),
    notExpanded: notExpanded(recorder.resources),
  };
}

/**
 * The SDK reads `new Error().stack` for every promise and resource (leak-detection traces, source
 * positions for the CLI's display); with ts-node's source-map support, formatting those traces
 * dominated run time (about 12 ms per resource). Errors without a message are those captures:
 * give them no trace. Real errors (which have a message by the time their stack is read) keep
 * source-mapped traces.
 */
export function fastAnonymousStacks(): () => void {
  const mapped = Error.prepareStackTrace;
  if (!mapped) return () => undefined;
  Error.prepareStackTrace = (err: Error, frames: NodeJS.CallSite[]) =>
    err && err.message === "" && !isResourceCallsites(frames) ? String(err.name) : mapped(err, frames);
  return () => {
    Error.prepareStackTrace = mapped;
  };
}

/**
 * `Resource.callsites` (once per resource) keeps its source-mapped trace: the SDK sends it with the
 * registration, and the recorder takes the resource's declaration site from it.
 */
function isResourceCallsites(frames: NodeJS.CallSite[]): boolean {
  return frames.length > 0 && frames[0].getFunctionName() === "callsites";
}
