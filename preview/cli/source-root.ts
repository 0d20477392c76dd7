import * as path from "node:path";

/**
 * The repository root of a program: the nearest directory at or above it holding `.git` (a
 * directory, or a file in a worktree or submodule), else the program directory itself. Report
 * locations are relative to it, as code scanning resolves them against the repository.
 */
export function sourceRootOf(
  programDir: string,
  statKind: (file: string) => "dir" | "file" | undefined,
): string {
  for (let dir = programDir; ; dir = path.dirname(dir)) {
    if (statKind(path.join(dir, ".git")) !== undefined) {
      return dir;
    }
    if (path.dirname(dir) === dir) {
      return programDir;
    }
  }
}
