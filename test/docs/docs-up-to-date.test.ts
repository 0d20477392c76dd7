import * as assert from "node:assert/strict";
import * as fs from "fs";
import * as path from "path";
import { DOCS_COMMAND, renderCurrentDocs } from "../../scripts/docs";

const ROOT = path.resolve(__dirname, "../..");

describe("generated docs are up to date", () => {
  for (const doc of renderCurrentDocs()) {
    it(`${doc.file} matches a fresh render of the catalog`, () => {
      const target = path.join(ROOT, doc.file);
      const committed = fs.existsSync(target) ? fs.readFileSync(target, "utf8") : undefined;
      if (committed !== doc.content) {
        assert.fail(
          `${doc.file} is ${committed === undefined ? "missing" : "out of date"} (the policies or the seed catalog changed): ` +
            `run \`${DOCS_COMMAND}\` (node -r ts-node/register/transpile-only scripts/generate-docs.ts) and commit the result.`,
        );
      }
    });
  }
});
