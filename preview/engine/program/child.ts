/**
 * Child-process entry of the program runner: one process per run, so Pulumi's global runtime
 * state and module caches never leak between runs. Started by run-program.ts with ts-node
 * (transpile-only) registered; receives a {@link ChildJob} as JSON in argv[2] and answers with
 * one IPC message, {@link ChildResult}.
 *
 * Written to compile under the program's own tsconfig: namespace imports only, type-only imports
 * marked `import type`.
 */
import {
  describeFailure,
  fastAnonymousStacks,
  recordProgram,
  type ProgramJob,
  type RecordedRun,
} from "./record";

/** What the parent asks the child to run. */
export type ChildJob = ProgramJob;

/** The child's one message back. */
export type ChildResult = { ok: true; run: RecordedRun } | { ok: false; error: string };

function send(msg: ChildResult): void {
  if (process.send) process.send(msg, () => process.exit(msg.ok ? 0 : 1));
  else process.exit(msg.ok ? 0 : 1);
}

fastAnonymousStacks();
const job: ChildJob = JSON.parse(process.argv[2]);
let failed = false;
const fail = (err: unknown): void => {
  if (failed) return;
  failed = true;
  send({ ok: false, error: describeFailure(job, err) });
};
process.on("disconnect", () => process.exit(1)); // the parent is gone: nobody wants the result
process.on("uncaughtException", fail);
process.on("unhandledRejection", fail);
recordProgram(job).then((run) => {
  if (!failed) send({ ok: true, run });
}, fail);
