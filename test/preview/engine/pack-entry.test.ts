import { strict as assert } from "assert";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { PolicyPackError } from "../../../preview/engine/errors";
import { PolicyPackProcess } from "../../../preview/engine/pack/process";

describe("engine policy pack process: the pack's compiled entry", () => {
  let dir: string;
  before(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), "scopeguard-unbuilt-pack-"));
    fs.writeFileSync(path.join(dir, "PulumiPolicy.yaml"), "runtime: nodejs\n");
    fs.writeFileSync(
      path.join(dir, "package.json"),
      JSON.stringify({ name: "p", version: "1.0.0", main: "dist/index.js" }),
    );
  });
  after(() => fs.rmSync(dir, { recursive: true, force: true }));

  it("rejects an unbuilt pack, naming the missing entry and how to build it, before launching anything", async () => {
    await assert.rejects(
      PolicyPackProcess.start(dir, { organization: "o", project: "p", stack: "s", dryRun: true, config: {} }),
      (e: Error) =>
        e instanceof PolicyPackError &&
        e.message ===
          `${dir}: the pack's entry dist/index.js does not exist; build the pack first (npm run build)`,
    );
  });
});
