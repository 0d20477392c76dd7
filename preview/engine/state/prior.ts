/**
 * A deployed stack as the prior state of a preview: a resource the program registers with a URN
 * (and type) the state already has exists, so, as in a real preview of that stack, its id and
 * the outputs the provider reported stay known instead of becoming unknown.
 */
import * as fs from "fs";
import { ConfigError } from "../errors";
import { UNKNOWN } from "../sentinels";
import { parseStackExport } from "./stack-export";

/** What a preview keeps of a deployed resource. */
export interface PriorResource {
  readonly type: string;
  readonly id?: string;
  /** Wire-encoded outputs. */
  readonly outputs: Record<string, unknown>;
}

/** Prior resources by URN, from a stack export file (ConfigError when the file is not one). */
export function loadPriorState(file: string): Map<string, PriorResource> {
  let text: string;
  try {
    text = fs.readFileSync(file, "utf8");
  } catch (e) {
    throw new ConfigError(
      `cannot read the state file ${file} (${(e as NodeJS.ErrnoException).code ?? (e as Error).message}); pass a \`pulumi stack export\` file`,
    );
  }
  const state = parseStackExport(text, file);
  return new Map(
    state.resources.map((r) => [r.urn, { type: r.type, id: state.ids.get(r.urn), outputs: r.outputs }]),
  );
}

/**
 * A mock result for a resource that already exists: its old id, and its old outputs wherever the
 * mocks left a value unknown or absent (values the program sets now win).
 */
export function withPrior<T extends { id?: string; state?: Record<string, unknown> }>(
  result: T,
  prior: PriorResource,
): T {
  const state: Record<string, unknown> = { ...(result.state ?? {}) };
  for (const [k, v] of Object.entries(prior.outputs)) {
    if (state[k] === undefined || state[k] === UNKNOWN) state[k] = v;
  }
  return { ...result, id: prior.id ?? result.id, state };
}
