import { REPORT_FORMATS, type ReportFormat } from "../report/context";
import { UsageError } from "./errors";

/** One report to write: its format and the file, as the user typed it. */
export interface OutputTarget {
  readonly format: ReportFormat;
  readonly path: string;
}

/** `sarif=out.sarif`: a word before the first `=` names the format. */
const FORMAT_PREFIX = /^([A-Za-z]+)=(.*)$/s;

/**
 * The `--output` values, repeatable: `FORMAT=FILE` writes that format there, a plain `FILE`
 * writes the `--format` report (so `--format sarif --output out.sarif` keeps working). Every
 * problem is reported at once.
 */
export function parseOutputTargets(raw: readonly string[], format: ReportFormat | undefined): OutputTarget[] {
  const targets: OutputTarget[] = [];
  const problems: string[] = [];
  for (const entry of raw) {
    const prefixed = FORMAT_PREFIX.exec(entry);
    const named = prefixed?.[1];
    const file = prefixed ? prefixed[2] : entry;
    if (named !== undefined && !(REPORT_FORMATS as readonly string[]).includes(named)) {
      problems.push(
        `--output ${entry} names an unknown format "${named}"; write FORMAT=FILE with FORMAT one of ${REPORT_FORMATS.join(", ")}`,
      );
    } else if (file.trim() === "") {
      problems.push(
        named === undefined
          ? "--output must not be empty; give the path of the report file to write"
          : `--output ${entry} has no file; write ${named}=FILE`,
      );
    } else if (targets.some((t) => t.path === file)) {
      problems.push(`--output ${file} is given twice; give each report its own file`);
    } else if (format !== undefined) {
      targets.push({ format: (named as ReportFormat | undefined) ?? format, path: file });
    }
  }
  if (problems.length > 0) {
    throw new UsageError(problems);
  }
  return targets;
}
