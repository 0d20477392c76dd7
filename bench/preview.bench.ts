/**
 * `npm run bench`, preview part: what the policy pack adds to `npm start`, the offline compliance
 * preview of the reference program (index.ts at the repository root). Compared in the same run,
 * rounds interleaved in a rotating order after one warm-up each:
 * - `scopeguard preview . --config policy-config.json`, the command `npm start` runs (its build step
 *   left out): the program under mocks, the pack started alongside it, the analysis, the report;
 * - the same program under the same mocks without the pack: the engine's `runProgram` alone.
 * CPU is the user + system time of the whole process tree (the children's times that a shell reads
 * from /proc/<its pid>/stat once they are reaped); wall is from spawn to exit. Prints min and median
 * and the ratio of the medians; asserts nothing. BENCH_PREVIEW_ROUNDS (default 5);
 * BENCH_BASELINE_PACK=<pack folder> adds the preview with another build of the pack.
 */
import { spawn } from "node:child_process";
import * as os from "node:os";
import * as path from "node:path";

const ROUNDS = Number(process.env.BENCH_PREVIEW_ROUNDS ?? 5);
const REPO = path.resolve(__dirname, "..");
/** Clock ticks per second of /proc/<pid>/stat times (USER_HZ, 100 on Linux). */
const TICKS_PER_SECOND = 100;

interface Variant {
  readonly label: string;
  readonly argv: readonly string[];
}

const BASE_VARIANTS: readonly Variant[] = [
  {
    label: "npm start (program + pack)",
    argv: [
      process.execPath,
      path.join(REPO, "preview", "bin", "scopeguard.js"),
      "preview",
      ".",
      "--config",
      "policy-config.json",
    ],
  },
  {
    label: "program under mocks, no pack",
    argv: [
      process.execPath,
      "-e",
      `require(${JSON.stringify(path.join(REPO, "preview"))}).runProgram({ programDir: ".", mode: "preview" })` +
        `.then((run) => { if (run.resources.length === 0) process.exit(1); }, (e) => { console.error(e); process.exit(1); })`,
    ],
  },
];

/** With BENCH_BASELINE_PACK=<pack folder>, the same preview with another build of the pack too. */
const VARIANTS: readonly Variant[] = process.env.BENCH_BASELINE_PACK
  ? [
      ...BASE_VARIANTS,
      {
        label: "npm start, baseline pack",
        argv: [...BASE_VARIANTS[0].argv, "--pack", path.resolve(process.env.BENCH_BASELINE_PACK)],
      },
    ]
  : BASE_VARIANTS;

/**
 * Runs the command under a shell that, once it has reaped it, prints its own children's CPU times
 * (cutime and cstime: the command and every descendant the command waited for).
 */
function runOnce(v: Variant): Promise<{ cpuMs: number; wallMs: number }> {
  const script = `"$@" >/dev/null 2>&1; code=$?; read -r -a f < /proc/$$/stat; echo "$code \${f[15]} \${f[16]}"`;
  const started = process.hrtime.bigint();
  const child = spawn("bash", ["-c", script, "bench", ...v.argv], {
    cwd: REPO,
    stdio: ["ignore", "pipe", "inherit"],
  });
  let out = "";
  child.stdout.on("data", (d) => (out += d));
  return new Promise((resolve, reject) => {
    child.on("error", reject);
    child.on("exit", () => {
      const wallMs = Number(process.hrtime.bigint() - started) / 1e6;
      const [code, utime, stime] = out.trim().split(" ").map(Number);
      // The preview exits 1 when the reference program has a mandatory violation; anything else is a failure.
      if (!(code === 0 || code === 1) || Number.isNaN(utime)) {
        reject(new Error(`${v.label} failed (exit ${code}): ${v.argv.join(" ")}`));
        return;
      }
      resolve({ cpuMs: ((utime + stime) * 1000) / TICKS_PER_SECOND, wallMs });
    });
  });
}

const median = (xs: readonly number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

async function main(): Promise<void> {
  const cpu = new Map<string, number[]>(VARIANTS.map((v) => [v.label, []]));
  const wall = new Map<string, number[]>(VARIANTS.map((v) => [v.label, []]));
  for (const v of VARIANTS) await runOnce(v);
  for (let round = 0; round < ROUNDS; round++) {
    for (let i = 0; i < VARIANTS.length; i++) {
      const v = VARIANTS[(round + i) % VARIANTS.length];
      process.stderr.write(`bench: preview round ${round + 1}/${ROUNDS}, ${v.label}\n`);
      const r = await runOnce(v);
      cpu.get(v.label)!.push(r.cpuMs);
      wall.get(v.label)!.push(r.wallMs);
    }
  }
  const base = VARIANTS[1].label;
  console.log(
    `\nOffline preview of the reference program (${ROUNDS} interleaved rounds, ${os.cpus().length} CPUs, node ${process.version}; process tree)`,
  );
  console.log(
    [
      "variant".padEnd(30),
      "CPU min ms",
      "CPU median ms",
      "wall min ms",
      "wall median ms",
      "CPU / no pack",
      "wall / no pack",
    ].join("  "),
  );
  for (const v of VARIANTS) {
    const c = cpu.get(v.label)!;
    const w = wall.get(v.label)!;
    console.log(
      [
        v.label.padEnd(30),
        Math.min(...c)
          .toFixed(0)
          .padStart(10),
        median(c).toFixed(0).padStart(13),
        Math.min(...w)
          .toFixed(0)
          .padStart(11),
        median(w).toFixed(0).padStart(14),
        `${(median(c) / median(cpu.get(base)!)).toFixed(2)}x`.padStart(13),
        `${(median(w) / median(wall.get(base)!)).toFixed(2)}x`.padStart(14),
      ].join("  "),
    );
  }
}

main().catch((error) => {
  process.stderr.write(`bench: ${error instanceof Error ? error.message : error}\n`);
  process.exit(1);
});
