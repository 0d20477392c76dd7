/**
 * Writes docs/policies.md and docs/coverage.md from the policy definitions (POLICIES) and the
 * seed catalog. Deterministic: same catalog, same bytes.
 *
 *   node -r ts-node/register/transpile-only scripts/generate-docs.ts          # write the docs
 *   node -r ts-node/register/transpile-only scripts/generate-docs.ts --check  # exit 1 if stale
 */
import * as fs from "fs";
import * as path from "path";
import { DOCS_COMMAND, renderCurrentDocs } from "./docs";

const ROOT = path.resolve(__dirname, "..");

function main(argv: readonly string[]): number {
  const check = argv.includes("--check");
  const stale: string[] = [];
  for (const doc of renderCurrentDocs()) {
    const target = path.join(ROOT, doc.file);
    const current = fs.existsSync(target) ? fs.readFileSync(target, "utf8") : undefined;
    if (current === doc.content) {
      continue;
    }
    if (check) {
      stale.push(doc.file);
    } else {
      fs.mkdirSync(path.dirname(target), { recursive: true });
      fs.writeFileSync(target, doc.content);
      console.log(`wrote ${doc.file}`);
    }
  }
  if (stale.length > 0) {
    console.error(
      `${stale.join(" and ")} ${stale.length === 1 ? "is" : "are"} out of date: run \`${DOCS_COMMAND}\`.`,
    );
    return 1;
  }
  return 0;
}

process.exitCode = main(process.argv.slice(2));
