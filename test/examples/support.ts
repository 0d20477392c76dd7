import * as fs from "fs";
import * as path from "path";
import {
  analyzeRun,
  runProgramInProcess,
  type AnalysisResult,
  type Diagnostic,
  type RunMode,
} from "../../preview/engine";
import { sharedPack, stopSharedPackAfterRun } from "../shared-pack";

/**
 * Runs example programs through the real analyzer protocol, as `scopeguard preview` does: each
 * program under mocks, then the policy pack over gRPC. The programs run in this process, one after
 * the other (runProgramInProcess: the recording a child process would make, without loading
 * TypeScript, @pulumi/aws and the components again for every run; test/preview/engine/in-process
 * checks the two record the same). The test files share one pack process (test/shared-pack.ts);
 * it is reconfigured for each program (ConfigureStack and Configure are part of every analyzeRun).
 */

export const REPO_ROOT = path.resolve(__dirname, "..", "..");
export const EXAMPLES_DIR = path.join(REPO_ROOT, "examples");

/** A program to analyze: its folder, and a short label for test titles. */
export interface Program {
  readonly label: string;
  readonly dir: string;
}

/** The example `name` (a folder of examples/). */
export function example(name: string): Program {
  return { label: name, dir: path.join(EXAMPLES_DIR, name) };
}

stopSharedPackAfterRun();

/** The program's pack config, as `scopeguard preview --config <dir>/policy-config.json` reads it. */
export function packConfigOf(dir: string): Record<string, unknown> {
  return JSON.parse(fs.readFileSync(path.join(dir, "policy-config.json"), "utf8"));
}

/** Runs `program` in `mode` and analyzes it with the shared pack. */
export async function analyze(program: Program, mode: RunMode): Promise<AnalysisResult> {
  const run = await runProgramInProcess({ programDir: program.dir, mode });
  return analyzeRun(run, await sharedPack(), { packConfig: packConfigOf(program.dir) });
}

/**
 * Analyzes every program in both modes. Programs run one after the other in this process while
 * the pack analyzes the previous run; analyses go one after the other through the one pack process.
 */
export async function analyzeAll(
  programs: readonly Program[],
  modes: readonly RunMode[] = ["preview", "update"],
): Promise<Map<string, AnalysisResult>> {
  const jobs = programs.flatMap((program) => modes.map((mode) => ({ program, mode })));
  const results = new Map<string, AnalysisResult>();
  const started = sharedPack();
  let next = 0;
  let analysis = Promise.resolve();
  const worker = async (): Promise<void> => {
    while (next < jobs.length) {
      const { program, mode } = jobs[next++];
      const run = await runProgramInProcess({ programDir: program.dir, mode });
      const pack = await started;
      // Chain the analyses: the pack serves one session at a time.
      const done = analysis.then(async () => {
        results.set(
          key(program, mode),
          await analyzeRun(run, pack, { packConfig: packConfigOf(program.dir) }),
        );
      });
      analysis = done.catch(() => undefined);
      await done;
    }
  };
  await Promise.all(Array.from({ length: Math.min(2, jobs.length) }, worker));
  return results;
}

/** The key of a result in {@link analyzeAll}'s map. */
export function key(program: Program, mode: RunMode): string {
  return `${program.label} (${mode})`;
}

/** Diagnostics as `level policy: resource` lines, for readable assertion failures. */
export function lines(diagnostics: readonly Diagnostic[]): string[] {
  return diagnostics.map((d) => `${d.enforcementLevel} ${d.policyName}: ${d.resourceName}`);
}

/** One expected finding: a policy and the name of the resource it is reported on. */
export interface Expectation {
  readonly policy: string;
  readonly resource: string;
}

/** The expectations a README promises, by level. */
export interface ReadmeExpectations {
  readonly mandatory: Expectation[];
  readonly advisory: Expectation[];
}

const cells = (row: string): string[] =>
  row
    .trim()
    .replace(/^\||\|$/g, "")
    .split("|")
    .map((c) => c.trim());
const ticked = (cell: string): string[] => [...cell.matchAll(/`([^`]+)`/g)].map((m) => m[1]);

/**
 * Reads the expectation tables of an example's README: Markdown tables whose last header cell says
 * "(mandatory)" or "(advisory)". In each row the resource is the last `code` span of the first
 * cell (`aws.s3.Bucket` `name` -> name) and the policy the `code` span of the last cell. The
 * README is the contract; the tests read it, so the two cannot drift.
 */
export function readmeExpectations(readme: string): ReadmeExpectations {
  const found: ReadmeExpectations = { mandatory: [], advisory: [] };
  let level: keyof ReadmeExpectations | undefined;
  for (const line of readme.split("\n")) {
    if (!line.trim().startsWith("|")) {
      level = undefined;
      continue;
    }
    const row = cells(line);
    const last = row[row.length - 1] ?? "";
    if (/\((mandatory|advisory)\)\s*$/.test(last)) {
      level = last.includes("(mandatory)") ? "mandatory" : "advisory";
      continue;
    }
    if (level === undefined || row.every((c) => /^:?-+:?$/.test(c))) continue;
    const resource = ticked(row[0]).pop();
    const policy = ticked(last)[0];
    if (resource === undefined || policy === undefined) {
      throw new Error(`README row without a resource or policy in code spans: ${line}`);
    }
    found[level].push({ policy, resource });
  }
  return found;
}

/** `policy: resource`, sorted and deduplicated, for comparing sets of findings. */
export function pairs(items: readonly { policy: string; resource: string }[]): string[] {
  return [...new Set(items.map((e) => `${e.policy}: ${e.resource}`))].sort();
}

/** The findings of `result` at `level`, as {@link pairs}. */
export function findings(result: AnalysisResult, level: "mandatory" | "advisory"): string[] {
  return pairs(
    result.diagnostics
      .filter((d) => d.enforcementLevel === level)
      .map((d) => ({ policy: d.policyName, resource: d.resourceName })),
  );
}
