import { DEFAULT_PACK_DIR, PolicyPackProcess } from "../preview/engine";

/**
 * The scopeguard pack, started once and shared by the test files that need it as it starts (the
 * example runs, which reconfigure it for every program, and the pack's self-description). It is
 * stopped by the root hook below: `.mocharc.json` loads this file, so in a serial run that is once,
 * after the last file, and under `--parallel` after each file (a worker runs one file at a time).
 * Run without the config (`mocha --no-config`), a file that uses the pack stops it itself: see
 * {@link stopSharedPackAfterRun}.
 */
let pack: Promise<PolicyPackProcess> | undefined;

/** The shared pack, started on first use. */
export function sharedPack(): Promise<PolicyPackProcess> {
  pack ??= PolicyPackProcess.start(DEFAULT_PACK_DIR, {
    organization: "organization",
    project: "scopeguard-tests",
    stack: "dev",
    dryRun: true,
    config: {},
  });
  return pack;
}

/** Stops the shared pack, if started; the next {@link sharedPack} starts a new one. */
export async function stopSharedPack(): Promise<void> {
  const started = pack;
  pack = undefined;
  if (started !== undefined) await (await started).close();
}

let registered = false;

/**
 * Registers a root-level `after` hook that stops the pack, once per process: for runs that do not
 * load this file as a root-hook plugin. Call at the top level of a module the test files import.
 */
export function stopSharedPackAfterRun(): void {
  if (registered) return;
  registered = true;
  after(stopSharedPack);
}

/** Root hooks (mocha loads them through `.mocharc.json`'s `require`). */
export const mochaHooks = { afterAll: stopSharedPack };
