/**
 * `npm run bench`, analysis part: what a policy pack costs the engine on a large AI platform
 * (bench/synthetic-run.ts: 32 AWS resource types an AI platform deploys, realistic properties,
 * preview unknowns, fixed seed), driven through the real analyzer protocol by the offline engine
 * (PolicyPackProcess + analyzeRun) in the engine's order: Analyze per resource, AnalyzeStack once.
 *
 * Compared in the same run, rounds interleaved in a rotating order: scopeguard's pack (compiled, as
 * it ships), AWSGuard 0.3.1 (bench/peer/awsguard.ts, installed on first use) and an empty pack (the
 * protocol's own cost). Measured in the pack process, from /proc/<pid>/stat (user + system CPU)
 * and /proc/<pid>/status (VmHWM, peak resident memory): Analyze CPU (every Analyze call), AnalyzeStack
 * CPU, peak RSS, and Remediate CPU: the offline engine sends Remediate before each Analyze only to a
 * pack with a policy at level `remediate` (scopeguard's settings policy is one; AWSGuard and the
 * empty pack have none), so that cost is shown on its own line. Prints min and median per pack, the ratios of the medians to AWSGuard and to the
 * empty pack, and the growth from the smallest to the largest size. Asserts nothing.
 *
 * BENCH_SIZES (default 1000,10000), BENCH_ROUNDS (default 2; 3 below 5,000 resources),
 * BENCH_SKIP_AWSGUARD=1 to leave AWSGuard out, BENCH_BASELINE_PACK=<pack folder> to add another
 * build of the pack (labelled "baseline").
 */
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { analyzeRun, PolicyPackProcess } from "../preview/engine";
import type { ProgramRun } from "../preview/engine/types";
import { AWSGUARD_VERSION, awsGuardPackDir } from "./peer/awsguard";
import { awsTypesOf, syntheticRun } from "./synthetic-run";

const SIZES = (process.env.BENCH_SIZES ?? "1000,10000").split(",").map(Number);
const SEED = 20240917;
/** Clock ticks per second of /proc/<pid>/stat times (USER_HZ, 100 on Linux). */
const TICKS_PER_SECOND = 100;
const SCOPEGUARD = "scopeguard";
const AWSGUARD = `AWSGuard ${AWSGUARD_VERSION}`;
const EMPTY = "empty pack";

interface Pack {
  readonly label: string;
  readonly dir: string;
}

/** One analyzer session of one pack: pack-process CPU per phase and peak memory. */
interface Sample {
  /** Remediate calls: the engine sends them only when a policy is at level `remediate`. */
  readonly remediateMs: number;
  readonly analyzeMs: number;
  readonly analyzeStackMs: number;
  readonly peakRssMiB: number;
  readonly diagnostics: number;
}

function rounds(size: number): number {
  const fromEnv = Number(process.env.BENCH_ROUNDS);
  return Number.isInteger(fromEnv) && fromEnv > 0 ? fromEnv : size < 5000 ? 3 : 2;
}

/** CPU milliseconds (user + system) a live process has used, from /proc/<pid>/stat. */
function cpuMs(pid: number): number {
  const stat = fs.readFileSync(`/proc/${pid}/stat`, "utf8");
  // After "(comm) " the fields start at stat(5)'s field 3: utime (14) and stime (15) are 11 and 12.
  const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
  return ((Number(fields[11]) + Number(fields[12])) * 1000) / TICKS_PER_SECOND;
}

/** Peak resident set size of a live process in MiB, from /proc/<pid>/status. */
function peakRssMiB(pid: number): number {
  const match = /^VmHWM:\s+(\d+)\s+kB$/m.exec(fs.readFileSync(`/proc/${pid}/status`, "utf8"));
  if (!match) throw new Error(`no VmHWM in /proc/${pid}/status`);
  return Number(match[1]) / 1024;
}

async function session(run: ProgramRun, pack: Pack): Promise<Sample> {
  const packProcess = await PolicyPackProcess.start(pack.dir, {
    organization: "organization",
    project: run.project,
    stack: run.stack,
    dryRun: run.mode === "preview",
    config: run.config ?? {},
  });
  // The child is private to the engine; its pid is all the benchmark needs from it.
  const pid = (packProcess as unknown as { child: { pid: number } }).child.pid;
  // The pack's CPU is read after each call and the growth charged to that call: the pack works only
  // while it answers (the engine waits for each answer before it sends the next request).
  let last = 0;
  const charge = (): number => {
    const now = cpuMs(pid);
    const spent = now - last;
    last = now;
    return spent;
  };
  let remediateMs = 0;
  let analyzeMs = 0;
  let analyzeStackMs = 0;
  const configure = packProcess.configure.bind(packProcess);
  packProcess.configure = async (req) => {
    const answer = await configure(req);
    charge();
    return answer;
  };
  const remediate = packProcess.remediate.bind(packProcess);
  packProcess.remediate = async (req) => {
    const answer = await remediate(req);
    remediateMs += charge();
    return answer;
  };
  const analyze = packProcess.analyze.bind(packProcess);
  packProcess.analyze = async (req) => {
    const answer = await analyze(req);
    analyzeMs += charge();
    return answer;
  };
  const analyzeStack = packProcess.analyzeStack.bind(packProcess);
  packProcess.analyzeStack = async (req) => {
    const answer = await analyzeStack(req);
    analyzeStackMs += charge();
    return answer;
  };
  try {
    const result = await analyzeRun(run, packProcess, { stackTags: { "ai-scope": "5" } });
    return {
      remediateMs,
      analyzeMs,
      analyzeStackMs,
      peakRssMiB: peakRssMiB(pid),
      diagnostics: result.diagnostics.length,
    };
  } finally {
    await packProcess.close();
  }
}

const median = (xs: readonly number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

const METRICS = [
  { key: "remediateMs", title: "Remediate CPU ms" },
  { key: "analyzeMs", title: "Analyze CPU ms" },
  { key: "analyzeStackMs", title: "AnalyzeStack CPU ms" },
  { key: "peakRssMiB", title: "peak RSS MiB" },
] as const;

function ratio(a: number, b: number | undefined): string {
  return b === undefined || b === 0 ? "-" : `${(a / b).toFixed(2)}x`;
}

function printSize(size: number, samples: Map<string, Sample[]>, n: number): void {
  console.log(`\n${size} resources, ${n} interleaved rounds (pack process; min / median)`);
  const cols = ["pack".padEnd(14), "metric".padEnd(20), "min".padStart(8), "median".padStart(8)];
  cols.push("/ AWSGuard".padStart(11), "/ empty".padStart(8));
  console.log(cols.join("  "));
  const med = (label: string, key: (typeof METRICS)[number]["key"]) => {
    const s = samples.get(label);
    return s && s.length ? median(s.map((x) => x[key])) : undefined;
  };
  for (const [label, list] of samples) {
    for (const { key, title } of METRICS) {
      const values = list.map((x) => x[key]);
      const m = median(values);
      console.log(
        [
          label.padEnd(14),
          title.padEnd(20),
          Math.min(...values)
            .toFixed(0)
            .padStart(8),
          m.toFixed(0).padStart(8),
          (label === AWSGUARD ? "" : ratio(m, med(AWSGUARD, key))).padStart(11),
          (label === EMPTY ? "" : ratio(m, med(EMPTY, key))).padStart(8),
        ].join("  "),
      );
    }
    console.log(`${label.padEnd(14)}  diagnostics         ${String(list[0].diagnostics).padStart(8)}`);
  }
}

function printGrowth(bySize: Map<number, Map<string, Sample[]>>): void {
  const sizes = [...bySize.keys()].sort((a, b) => a - b);
  if (sizes.length < 2) return;
  const [small, large] = [sizes[0], sizes[sizes.length - 1]];
  console.log(
    `\nGrowth from ${small} to ${large} resources (${large / small}x the resources; linear = ${large / small}x), medians`,
  );
  for (const label of bySize.get(large)!.keys()) {
    const parts = METRICS.map(({ key, title }) => {
      const a = median(
        bySize
          .get(small)!
          .get(label)!
          .map((x) => x[key]),
      );
      const b = median(
        bySize
          .get(large)!
          .get(label)!
          .map((x) => x[key]),
      );
      return `${title} ${ratio(b, a)}`;
    });
    console.log(`${label.padEnd(14)}  ${parts.join("   ")}`);
  }
}

async function main(): Promise<void> {
  const packs: Pack[] = [{ label: SCOPEGUARD, dir: path.resolve(__dirname, "..", "policypack") }];
  if (process.env.BENCH_SKIP_AWSGUARD) {
    process.stderr.write("bench: BENCH_SKIP_AWSGUARD is set: no AWSGuard comparison\n");
  } else {
    packs.push({ label: AWSGUARD, dir: awsGuardPackDir() });
  }
  packs.push({ label: EMPTY, dir: path.resolve(__dirname, "empty-pack") });
  // Another build of scopeguard's pack to compare with, e.g. the last release's, built in a folder.
  if (process.env.BENCH_BASELINE_PACK) {
    packs.push({ label: "baseline", dir: path.resolve(process.env.BENCH_BASELINE_PACK) });
  }
  const first = syntheticRun(SIZES[0], SEED);
  console.log(
    `Pack cost on a synthetic AI platform (seed ${SEED}, ${awsTypesOf(first).length} AWS resource types, ` +
      `preview mode; ${os.cpus().length} CPUs, node ${process.version}); packs run compiled, as they ship`,
  );
  const bySize = new Map<number, Map<string, Sample[]>>();
  for (const size of SIZES) {
    const run = size === SIZES[0] ? first : syntheticRun(size, SEED);
    const samples = new Map<string, Sample[]>(packs.map((p) => [p.label, []]));
    bySize.set(size, samples);
    const n = rounds(size);
    for (let round = 0; round < n; round++) {
      for (let i = 0; i < packs.length; i++) {
        const pack = packs[(round + i) % packs.length];
        process.stderr.write(`bench: ${size} resources, round ${round + 1}/${n}, ${pack.label}\n`);
        samples.get(pack.label)!.push(await session(run, pack));
      }
    }
    printSize(size, samples, n);
  }
  printGrowth(bySize);
}

main().catch((e) => {
  console.error(e instanceof Error ? e.stack : e);
  process.exit(1);
});
