/**
 * `npm test`: the test suite (mocha, two files at a time) and, beside it, the static
 * checks one after the other (type-check, eslint, prettier --check). The suite spends much of its
 * time waiting for the programs and policy packs it starts, so the checks fill the other core
 * instead of adding their own minutes. The suite's report streams as it runs; each check's output
 * is printed when it ends. Exits 1 when any step failed, after every step has ended.
 */
import { spawn } from "child_process";

interface Step {
  readonly name: string;
  readonly command: string;
}

const SUITE: Step = { name: "mocha", command: "npx mocha --parallel --jobs 2" };
const CHECKS: readonly Step[] = [
  { name: "typecheck", command: "npm run --silent typecheck" },
  { name: "lint", command: "npm run --silent lint" },
];

interface Outcome {
  readonly step: Step;
  readonly code: number;
  readonly seconds: number;
}

/** Runs `step` through the shell; its output is streamed, or kept and printed when it ends. */
function run(step: Step, stream: boolean): Promise<Outcome> {
  const started = Date.now();
  return new Promise((resolve) => {
    const child = spawn(step.command, {
      shell: true,
      stdio: stream ? "inherit" : ["ignore", "pipe", "pipe"],
    });
    let output = "";
    child.stdout?.on("data", (d) => (output += d));
    child.stderr?.on("data", (d) => (output += d));
    child.on("close", (code, signal) => {
      const outcome = { step, code: code ?? (signal ? 1 : 0), seconds: (Date.now() - started) / 1000 };
      if (!stream) {
        const verdict = outcome.code === 0 ? "passed" : `FAILED (exit ${outcome.code})`;
        process.stdout.write(`\n> ${step.command}: ${verdict}\n${output}`);
      }
      resolve(outcome);
    });
  });
}

async function checks(): Promise<Outcome[]> {
  const outcomes: Outcome[] = [];
  for (const step of CHECKS) outcomes.push(await run(step, false));
  return outcomes;
}

async function main(): Promise<number> {
  const [suite, checked] = await Promise.all([run(SUITE, true), checks()]);
  const outcomes = [suite, ...checked];
  process.stdout.write(
    `\n${outcomes
      .map(
        (o) =>
          `${o.step.name}: ${o.code === 0 ? "ok" : `FAILED (exit ${o.code})`}, ${o.seconds.toFixed(0)} s`,
      )
      .join("\n")}\n`,
  );
  return outcomes.every((o) => o.code === 0) ? 0 : 1;
}

main().then((code) => process.exit(code));
