import * as fs from "fs";
import * as path from "path";

/** The folder holding one sub-folder of policies per domain. */
export const POLICIES_DIR = path.resolve(__dirname, "../../policypack/policies");

function isPolicyLike(value: unknown): value is { name: string } {
  return (
    typeof value === "object" && value !== null && typeof (value as { name?: unknown }).name === "string"
  );
}

/**
 * Which domain each policy belongs to, derived from the layout `policies/<domain>/index.ts`: every
 * policy exported (alone or in an array) by a domain's index belongs to that domain. Nothing is
 * listed by hand, so a new domain folder is picked up as it appears.
 */
export function loadPolicyDomains(policiesDir: string = POLICIES_DIR): Map<string, string> {
  const domains = new Map<string, string>();
  const folders = fs
    .readdirSync(policiesDir, { withFileTypes: true })
    .filter((e) => e.isDirectory() && fs.existsSync(path.join(policiesDir, e.name, "index.ts")))
    .map((e) => e.name)
    .sort();
  for (const folder of folders) {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const exports = require(path.join(policiesDir, folder, "index.ts")) as Record<string, unknown>;
    for (const value of Object.values(exports)) {
      for (const candidate of Array.isArray(value) ? value : [value]) {
        if (isPolicyLike(candidate) && !domains.has(candidate.name)) {
          domains.set(candidate.name, folder);
        }
      }
    }
  }
  return domains;
}
