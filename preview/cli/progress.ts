import type { PreviewPhase } from "../engine";

/** The stream progress goes to (stderr) and the timers it runs on, injected for tests. */
export interface ProgressIo {
  readonly stream: { write(text: string): void; readonly isTTY?: boolean };
  readonly setInterval: (callback: () => void, ms: number) => unknown;
  readonly clearInterval: (handle: unknown) => void;
  readonly now: () => number;
}

/** Shown only once a run has taken this long: a quick run prints nothing extra. */
export const PROGRESS_DELAY_MS = 2000;
const FRAME_MS = 100;
const FRAMES = ["⠋", "⠙", "⠹", "⠸", "⠼", "⠴", "⠦", "⠧", "⠇", "⠏"];

/** What each phase is called on the progress line. */
export function phaseLabel(phase: PreviewPhase): string {
  switch (phase.phase) {
    case "program":
      return "running the program under mocks";
    case "pack":
      return "starting the policy pack";
    case "analyze":
      return `analyzing ${phase.resources} resource${phase.resources === 1 ? "" : "s"}`;
  }
}

/** A progress line; {@link Progress.stop} erases it. */
export interface Progress {
  readonly update: (phase: PreviewPhase) => void;
  readonly stop: () => void;
}

const NONE: Progress = { update: () => undefined, stop: () => undefined };

/**
 * A one-line spinner on a terminal (`⠹ analyzing 127 resources (3 s)`), redrawn in place, shown
 * only after {@link PROGRESS_DELAY_MS} and erased when the run ends, so the report that follows
 * starts on a clean line. Nothing at all when the stream is not a terminal (CI logs, pipes).
 */
export function startProgress(io: ProgressIo): Progress {
  if (io.stream.isTTY !== true) {
    return NONE;
  }
  const started = io.now();
  let label = "starting";
  let frame = 0;
  let shown = false;
  const draw = () => {
    const elapsed = io.now() - started;
    if (elapsed < PROGRESS_DELAY_MS) {
      return;
    }
    shown = true;
    frame = (frame + 1) % FRAMES.length;
    io.stream.write(`\r\u001b[2K${FRAMES[frame]} ${label} (${Math.floor(elapsed / 1000)} s)`);
  };
  const handle = io.setInterval(draw, FRAME_MS);
  return {
    update: (phase) => {
      label = phaseLabel(phase);
      draw();
    },
    stop: () => {
      io.clearInterval(handle);
      if (shown) {
        io.stream.write("\r\u001b[2K");
      }
    },
  };
}
