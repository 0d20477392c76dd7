import { strict as assert } from "assert";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { checkOutputPath, writeWithFallback } from "../../../preview/cli/output-target";

describe("cli/output-target", () => {
  let dir: string;
  before(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), "scopeguard-output-"));
    fs.writeFileSync(path.join(dir, "file.txt"), "x");
  });
  after(() => fs.rmSync(dir, { recursive: true, force: true }));

  it("accepts a new file in a writable directory, missing folders included", () => {
    assert.deepEqual(
      [checkOutputPath(path.join(dir, "r.json")), checkOutputPath(path.join(dir, "a", "b", "r.json"))],
      [undefined, undefined],
    );
  });

  it("rejects a path under /proc at once", () => {
    assert.equal(
      checkOutputPath("/proc/x/y.json"),
      "--output /proc/x/y.json is in /proc, where no report can be written; give a path under a writable directory",
    );
  });

  it("rejects a directory and a path under a file", () => {
    assert.deepEqual(
      [checkOutputPath(dir), checkOutputPath(path.join(dir, "file.txt", "r.json"))],
      [
        `--output ${dir} is a directory; give the path of a file`,
        `--output ${path.join(dir, "file.txt", "r.json")} cannot be created: ${path.join(dir, "file.txt")} is not a directory; give a path under a writable directory`,
      ],
    );
  });

  it("falls back to stdout when the write fails", () => {
    let out = "";
    let err = "";
    const ok = writeWithFallback("/r.json", "{}", {
      writeFile: () => {
        throw new Error("EACCES: permission denied");
      },
      stdout: { write: (t) => void (out += t) },
      stderr: { write: (t) => void (err += t) },
    });
    assert.deepEqual(
      [ok, out, err],
      [
        false,
        "{}\n",
        "scopeguard: cannot write --output file /r.json (EACCES: permission denied); the report follows on stdout\n",
      ],
    );
  });
});
