/**
 * `npm run bench`: how long the offline preview takes to analyze large stacks through the real
 * analyzer protocol (PolicyPackProcess + analyzeRun), with the scopeguard pack and with an empty
 * pack (the protocol's own cost). Runs are synthetic (bench/synthetic-run.ts, fixed seed) so the
 * program's own run time is left out. Prints a table; asserts nothing.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { analyzeRun, PolicyPackProcess } from "../preview/engine";
import type { ProgramRun } from "../preview/engine/types";
import { syntheticRun } from "./synthetic-run";

const SIZES = (process.env.BENCH_SIZES ?? "1000,10000").split(",").map(Number);
const SEED = 20240917;
const PACKS = [
  { label: "policypack", dir: path.resolve(__dirname, "..", "policypack") },
  { label: "empty", dir: path.resolve(__dirname, "empty-pack") },
];

interface Row {
  resources: number;
  pack: string;
  startupMs: number;
  analyzeMs: number;
  perResourceMs: number;
  analyzeStackMs: number;
  diagnostics: number;
  peakRssMiB: number | undefined;
}

/** Peak resident set size of a process in MiB, from /proc (Linux only). */
function peakRssMiB(pid: number | undefined): number | undefined {
  if (pid === undefined) {
    return undefined;
  }
  try {
    const match = /^VmHWM:\s+(\d+)\s+kB$/m.exec(fs.readFileSync(`/proc/${pid}/status`, "utf8"));
    return match ? Number(match[1]) / 1024 : undefined;
  } catch {
    return undefined;
  }
}

async function measure(run: ProgramRun, pack: { label: string; dir: string }): Promise<Row> {
  const packProcess = await PolicyPackProcess.start(pack.dir, {
    organization: "organization",
    project: run.project,
    stack: run.stack,
    dryRun: run.mode === "preview",
    config: run.config ?? {},
  });
  // Time AnalyzeStack on its own by wrapping the instance's method; analyzeRun calls it once.
  let analyzeStackMs = 0;
  const analyzeStack = packProcess.analyzeStack.bind(packProcess);
  packProcess.analyzeStack = async (req) => {
    const t0 = performance.now();
    try {
      return await analyzeStack(req);
    } finally {
      analyzeStackMs = performance.now() - t0;
    }
  };
  try {
    const t0 = performance.now();
    const result = await analyzeRun(run, packProcess, { stackTags: { "ai-scope": "3" } });
    const analyzeMs = performance.now() - t0;
    // The child is private to the engine; its pid is all the benchmark needs from it.
    const pid = (packProcess as unknown as { child?: { pid?: number } }).child?.pid;
    return {
      resources: run.resources.length,
      pack: pack.label,
      startupMs: packProcess.startupMs,
      analyzeMs,
      perResourceMs: analyzeMs / run.resources.length,
      analyzeStackMs,
      diagnostics: result.diagnostics.length,
      peakRssMiB: peakRssMiB(pid),
    };
  } finally {
    await packProcess.close();
  }
}

function printTable(rows: readonly Row[]): void {
  const header = [
    "resources",
    "pack",
    "start-up ms",
    "analyze ms",
    "ms/resource",
    "AnalyzeStack ms",
    "diagnostics",
    "peak RSS MiB",
  ];
  const cells = rows.map((r) => [
    String(r.resources),
    r.pack,
    r.startupMs.toFixed(0),
    r.analyzeMs.toFixed(0),
    r.perResourceMs.toFixed(3),
    r.analyzeStackMs.toFixed(0),
    String(r.diagnostics),
    r.peakRssMiB === undefined ? "n/a" : r.peakRssMiB.toFixed(0),
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...cells.map((c) => c[i].length)));
  const line = (c: string[]) =>
    c.map((x, i) => (i === 1 ? x.padEnd(widths[i]) : x.padStart(widths[i]))).join("  ");
  console.log(line(header));
  console.log(widths.map((w) => "-".repeat(w)).join("  "));
  cells.forEach((c) => console.log(line(c)));
}

async function main(): Promise<void> {
  console.log(
    `node ${process.version}, seed ${SEED}, sizes ${SIZES.join(", ")}; the pack runs compiled, as it ships`,
  );
  const rows: Row[] = [];
  for (const size of SIZES) {
    const run = syntheticRun(size, SEED);
    for (const pack of PACKS) {
      process.stderr.write(`analyzing ${size} resources with ${pack.label}...\n`);
      rows.push(await measure(run, pack));
    }
  }
  printTable(rows);
}

main().catch((e) => {
  console.error(e instanceof Error ? e.stack : e);
  process.exit(1);
});
