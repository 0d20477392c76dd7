import * as path from "node:path";
import type { OutputTarget } from "./output-targets";
import { writeWithFallback } from "./output-target";

/**
 * Writes one report file: renders `target.format` (never coloured) and writes it under `cwd`.
 * Every `--output` goes through here. The path was checked before the run; when the write still
 * fails, the report goes to stdout instead (see {@link writeWithFallback}), so neither it nor the
 * verdict is lost. Returns whether the file was written.
 */
export function writeReport(
  target: OutputTarget,
  render: (format: OutputTarget["format"]) => string,
  io: Parameters<typeof writeWithFallback>[2] & { readonly cwd: string },
): boolean {
  return writeWithFallback(path.resolve(io.cwd, target.path), render(target.format), io);
}
