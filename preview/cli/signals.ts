/**
 * The program and the policy pack run as child processes, which the engine kills when this process
 * exits (`process.on("exit")`). A signal's default action ends Node without that event, leaving
 * both running; so SIGINT and SIGTERM end the process through `process.exit`, with the shell's
 * conventional code (128 + the signal number).
 */
const SIGNAL_EXIT_CODES: Readonly<Record<"SIGINT" | "SIGTERM", number>> = { SIGINT: 130, SIGTERM: 143 };

let installed = false;

/** Makes SIGINT and SIGTERM end this process through its exit handlers. Safe to call twice. */
export function endChildrenOnSignals(proc: NodeJS.Process = process): void {
  if (installed) {
    return;
  }
  installed = true;
  for (const [signal, code] of Object.entries(SIGNAL_EXIT_CODES)) {
    proc.once(signal as NodeJS.Signals, () => {
      proc.stderr.write(`scopeguard: ${signal}: stopping the program and the policy pack\n`);
      proc.exit(code);
    });
  }
}
