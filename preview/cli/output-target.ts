import * as fs from "node:fs";
import * as path from "node:path";

/**
 * Where a report may be written, checked before the program runs so a bad `--output` costs
 * nothing, and a write that still fails at the end loses neither the report nor the verdict.
 */

/** What to change about `file` so a report can be written there, or undefined when it can. */
export function checkOutputPath(file: string, option = "--output"): string | undefined {
  const target = path.resolve(file);
  let existing: fs.Stats | undefined;
  try {
    existing = fs.statSync(target);
  } catch {
    existing = undefined;
  }
  if (existing?.isDirectory()) {
    return `${option} ${file} is a directory; give the path of a file`;
  }
  // The nearest existing ancestor must be a writable directory (missing ones are created).
  let dir = path.dirname(target);
  for (;;) {
    let stat: fs.Stats | undefined;
    try {
      stat = fs.statSync(dir);
    } catch {
      stat = undefined;
    }
    if (stat !== undefined) {
      if (!stat.isDirectory()) {
        return `${option} ${file} cannot be created: ${dir} is not a directory; give a path under a writable directory`;
      }
      break;
    }
    const parent = path.dirname(dir);
    if (parent === dir) {
      break;
    }
    dir = parent;
  }
  if (target.startsWith("/proc/") || target.startsWith("/sys/")) {
    return `${option} ${file} is in ${target.startsWith("/proc/") ? "/proc" : "/sys"}, where no report can be written; give a path under a writable directory`;
  }
  try {
    fs.accessSync(existing ? target : dir, fs.constants.W_OK);
  } catch {
    return `${option} ${file} is not writable (${existing ? "the file" : dir} is read-only for you); give a path under a writable directory`;
  }
  return undefined;
}

/**
 * Writes a report with `write`; when that fails, prints the report on `stdout` instead, with a
 * message on `stderr`, so nothing is lost. Returns whether the file was written.
 */
export function writeWithFallback(
  file: string,
  text: string,
  io: {
    writeFile: (file: string, text: string) => void;
    stdout: { write(text: string): void };
    stderr: { write(text: string): void };
  },
  option = "--output",
): boolean {
  try {
    io.writeFile(file, text);
    return true;
  } catch (e) {
    const reason = e instanceof Error ? e.message : String(e);
    io.stderr.write(
      `scopeguard: cannot write ${option} file ${file} (${reason}); the report follows on stdout\n`,
    );
    io.stdout.write(text.endsWith("\n") ? text : `${text}\n`);
    return false;
  }
}
