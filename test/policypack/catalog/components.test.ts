import * as assert from "node:assert/strict";
import * as fs from "node:fs";
import * as path from "node:path";
import { COMPONENT_FOLDERS } from "../../../policypack/catalog/components";

/**
 * The component catalog against the components on disk: every folder with an index.ts is listed
 * (shared helpers in `components/common` and the multi-language provider in `components/provider`
 * excepted), every listed folder exists, and each folder's
 * entry names the component classes it defines, so the coverage document never credits a folder
 * with another folder's components.
 */
const ROOT = path.resolve(__dirname, "../../../components");
const SHARED_HELPERS = new Set(["components/common", "components/provider"]);

const componentFolders = fs
  .readdirSync(ROOT, { withFileTypes: true })
  .filter((e) => e.isDirectory() && fs.existsSync(path.join(ROOT, e.name, "index.ts")))
  .map((e) => `components/${e.name}`)
  .filter((f) => !SHARED_HELPERS.has(f));

/** The ComponentResource classes a folder's files export. */
function componentClasses(folder: string): string[] {
  const dir = path.join(ROOT, path.basename(folder));
  return fs
    .readdirSync(dir)
    .filter((f) => f.endsWith(".ts"))
    .flatMap((f) => [
      ...fs
        .readFileSync(path.join(dir, f), "utf8")
        .matchAll(/^export class (\w+) extends pulumi\.ComponentResource/gm),
    ])
    .map((m) => m[1]);
}

describe("component catalog", () => {
  it("lists exactly the component folders there are", () => {
    assert.deepEqual(Object.keys(COMPONENT_FOLDERS).sort(), [...componentFolders].sort());
  });

  for (const folder of componentFolders) {
    it(`${folder}: its entry names every component it defines`, () => {
      const entry = COMPONENT_FOLDERS[folder] ?? "";
      const classes = componentClasses(folder);
      assert.ok(classes.length > 0, `${folder} defines no component`);
      assert.deepEqual(
        classes.filter((c) => !new RegExp(`\\b${c}\\b`).test(entry)),
        [],
        `${folder}: name these in policypack/catalog/components.ts`,
      );
    });
  }

  it("credits the Bedrock fine-tuning job to components/sagemaker, where it lives", () => {
    assert.match(COMPONENT_FOLDERS["components/sagemaker"], /FineTuningJob/);
    assert.doesNotMatch(COMPONENT_FOLDERS["components/bedrock"], /customi[sz]ation|fine-tun/i);
    assert.doesNotMatch(COMPONENT_FOLDERS["components/compute"], /registry|ECR/i);
  });
});
