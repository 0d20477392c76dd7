import type { ProgramRun } from "../engine/types";

/**
 * Remote components the offline engine did not expand: their provider would create resources
 * the pack never saw, so the verdict covers only the inputs given to them.
 */
export function notExpandedLines(run: Pick<ProgramRun, "notExpanded">): string[] {
  const urns = run.notExpanded ?? [];
  if (urns.length === 0) {
    return [];
  }
  return [
    "Remote components:",
    ...urns.map((urn) => {
      const parts = urn.split("::");
      const type = parts[2].split("$").pop();
      return `    ${type} ${parts[3]}: not expanded: verdict covers their inputs only`;
    }),
  ];
}
