import assert from "node:assert/strict";
import { sourceRootOf } from "../../../preview/cli/source-root";

describe("cli/source-root", () => {
  it("finds the nearest directory holding .git, a directory or a worktree's file", () => {
    assert.equal(
      sourceRootOf("/work/repo/examples/app", (f) => (f === "/work/repo/.git" ? "dir" : undefined)),
      "/work/repo",
    );
    assert.equal(
      sourceRootOf("/work/wt/app", (f) => (f === "/work/wt/app/.git" ? "file" : undefined)),
      "/work/wt/app",
    );
  });

  it("falls back to the program directory outside any repository", () => {
    assert.equal(
      sourceRootOf("/tmp/app", () => undefined),
      "/tmp/app",
    );
  });
});
