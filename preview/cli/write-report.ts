import * as path from "node:path";
import type { OutputTarget } from "./output-targets";

/**
 * Writes one report file: renders `target.format` (never coloured) and writes it under `cwd`.
 * Every `--output` goes through here. Returns the problem, worded for the user, or undefined
 * when the file was written.
 */
export function writeReport(
  target: OutputTarget,
  render: (format: OutputTarget["format"]) => string,
  io: { readonly cwd: string; readonly writeFile: (file: string, text: string) => void },
): string | undefined {
  try {
    io.writeFile(path.resolve(io.cwd, target.path), render(target.format));
    return undefined;
  } catch (e) {
    return `cannot write --output file ${target.path}: ${e instanceof Error ? e.message : String(e)}; pass a writable path`;
  }
}
