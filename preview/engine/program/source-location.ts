/**
 * Where a resource was declared: the first frame of its registration's stack trace that lies in
 * the program's own code. The SDK sends the whole trace with every RegisterResourceRequest; its
 * own `sourcePosition` is the frame just below the resource class, which for a component's
 * children is the component's code, possibly inside node_modules.
 */
import * as path from "path";
import { fileURLToPath } from "url";
import type { SourceLocation } from "../types";

/** The scopeguard engine's own files: frames there (the program's entry call) are not the program's. */
const ENGINE_ROOT = path.resolve(__dirname, "..", "..");

function isProgramFile(file: string, programDir: string): boolean {
  const relative = path.relative(programDir, file);
  return (
    relative !== "" &&
    !relative.startsWith("..") &&
    !path.isAbsolute(relative) &&
    !relative.split(path.sep).includes("node_modules") &&
    path.relative(ENGINE_ROOT, file).startsWith("..")
  );
}

function toFile(uri: string): string | undefined {
  try {
    return uri.startsWith("file:") ? fileURLToPath(uri) : path.isAbsolute(uri) ? uri : undefined;
  } catch {
    return undefined;
  }
}

/** A position in a source file, as the SDK sends it. */
interface SourcePosition {
  getUri(): string;
  getLine(): number;
  getColumn(): number;
}

/** What a RegisterResourceRequest says about where it came from; older SDKs send none of it. */
interface TracedRequest {
  getStacktrace?(): { getFramesList?(): { getPc?(): SourcePosition | undefined }[] } | undefined;
  getSourceposition?(): SourcePosition | undefined;
}

/**
 * The declaration site of a registration (`req` is a RegisterResourceRequest), or undefined when
 * no frame of its trace is in the program (a resource created in an `apply` callback, say).
 */
export function declarationSite(req: TracedRequest, programDir: string): SourceLocation | undefined {
  const frames = req.getStacktrace?.()?.getFramesList?.() ?? [];
  const positions = [...frames.map((f) => f.getPc?.()), req.getSourceposition?.()];
  for (const pos of positions) {
    if (pos === undefined) continue;
    const file = toFile(pos.getUri());
    if (file !== undefined && pos.getLine() > 0 && isProgramFile(file, programDir)) {
      return { file, line: pos.getLine(), column: pos.getColumn() };
    }
  }
  return undefined;
}
