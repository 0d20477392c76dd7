import { strict as assert } from "assert";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { compiledEngineIsCurrent } from "../../../preview/engine/program/child-entry";

/** A repository layout with engine and policy-pack sources and the preview build's outputs. */
function layout(files: Record<string, number>): string {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), "child-entry-"));
  for (const [file, seconds] of Object.entries(files)) {
    const p = path.join(root, file);
    fs.mkdirSync(path.dirname(p), { recursive: true });
    fs.writeFileSync(p, "");
    fs.utimesSync(p, seconds, seconds);
  }
  return root;
}

const BUILT = {
  "preview/engine/program/child.ts": 100,
  "preview/engine/program/esm-hooks.js": 100,
  "policypack/vocabulary/kms-keys.ts": 100,
  "preview/dist/preview/engine/program/child.js": 200,
  "preview/dist/preview/engine/program/esm-hooks.js": 200,
  "preview/dist/policypack/vocabulary/kms-keys.js": 200,
};

describe("engine program runner: which child it starts when run from source", () => {
  const roots: string[] = [];
  const at = (files: Record<string, number>): string => {
    const root = layout(files);
    roots.push(root);
    return root;
  };
  after(() => roots.forEach((r) => fs.rmSync(r, { recursive: true, force: true })));

  it("uses the build when every source is older than its output", () => {
    assert.equal(compiledEngineIsCurrent(at(BUILT)), true);
  });

  it("runs from source when an engine source was edited after the build", () => {
    assert.equal(compiledEngineIsCurrent(at({ ...BUILT, "preview/engine/program/child.ts": 300 })), false);
  });

  it("runs from source when an engine source was never built", () => {
    assert.equal(compiledEngineIsCurrent(at({ ...BUILT, "preview/engine/program/new.ts": 50 })), false);
  });

  it("runs from source when a policy-pack module the engine imports was edited after the build", () => {
    assert.equal(compiledEngineIsCurrent(at({ ...BUILT, "policypack/vocabulary/kms-keys.ts": 300 })), false);
  });

  it("ignores an output whose source was removed (a renamed file's leftover)", () => {
    assert.equal(compiledEngineIsCurrent(at({ ...BUILT, "preview/dist/policypack/old-name.js": 10 })), true);
  });

  it("runs from source when there is no build", () => {
    assert.equal(compiledEngineIsCurrent(at({ "preview/engine/program/child.ts": 100 })), false);
  });
});
