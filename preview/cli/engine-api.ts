import type { AnalysisResult } from "../engine/types";
import type { AuditOptions, PreviewOptions } from "../engine";

export type { PreviewOptions };

/** The part of `preview/engine` the CLI uses. */
export interface EngineApi {
  runPreview(options: PreviewOptions): Promise<AnalysisResult>;
  /** The pack over a `pulumi stack export` file (`scopeguard audit`). */
  runAudit?(options: AuditOptions): Promise<AnalysisResult>;
  /** Thrown for bad input (Pulumi.yaml, stack, pack config); its message is user-ready. Exit 2. */
  readonly ConfigError: abstract new (message: string) => Error;
}

/**
 * Loads the engine on demand, so option errors are reported without loading `@pulumi/*` and the
 * gRPC stack.
 */
export function loadEngine(): EngineApi {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return require("../engine") as typeof import("../engine");
}
