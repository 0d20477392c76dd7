import assert from "node:assert/strict";
import { PROGRESS_DELAY_MS, startProgress } from "../../../preview/cli/progress";

/** A stream and hand-driven timers: `tick(ms)` advances the clock and fires the interval. */
function fakeTerminal(isTTY: boolean) {
  let written = "";
  let clock = 0;
  let callback: (() => void) | undefined;
  let cleared = false;
  const io = {
    stream: { write: (t: string) => void (written += t), isTTY },
    setInterval: (cb: () => void) => ((callback = cb), "handle"),
    clearInterval: (handle: unknown) => void (cleared = handle === "handle"),
    now: () => clock,
  };
  return {
    io,
    tick: (ms: number) => {
      clock += ms;
      callback?.();
    },
    written: () => written,
    cleared: () => cleared,
  };
}

describe("cli/progress", () => {
  it("prints nothing while a run is shorter than the delay", () => {
    const t = fakeTerminal(true);
    const progress = startProgress(t.io);
    progress.update({ phase: "program" });
    t.tick(PROGRESS_DELAY_MS - 1);
    progress.stop();
    assert.equal(t.written(), "");
    assert.ok(t.cleared());
  });

  it("redraws one line with the phase and the elapsed seconds, then erases it", () => {
    const t = fakeTerminal(true);
    const progress = startProgress(t.io);
    progress.update({ phase: "program" });
    t.tick(2100);
    progress.update({ phase: "pack" });
    t.tick(1000);
    progress.update({ phase: "analyze", resources: 127 });
    progress.stop();
    assert.deepEqual(t.written().split("\r\u001b[2K").slice(1), [
      "⠙ running the program under mocks (2 s)",
      "⠹ starting the policy pack (2 s)",
      "⠸ starting the policy pack (3 s)",
      "⠼ analyzing 127 resources (3 s)",
      "",
    ]);
  });

  it("never writes to a stream that is not a terminal", () => {
    const t = fakeTerminal(false);
    const progress = startProgress(t.io);
    progress.update({ phase: "analyze", resources: 1 });
    t.tick(10_000);
    progress.stop();
    assert.equal(t.written(), "");
  });
});
