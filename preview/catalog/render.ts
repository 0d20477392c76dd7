import type { PolicyFilters } from "./filters";
import type { PolicyRow } from "./rows";

/** Options of the text table. */
export interface PolicyTableOptions {
  /** How many policies the pack has, for the `3 of 27 policies` footer. */
  readonly total?: number;
}

const HEADERS = ["POLICY", "SEVERITY", "LEVEL", "SCOPES", "SERVICES", "FRAMEWORKS"] as const;

/** The framework ids of a row, NIST first, then OWASP, then ATLAS. */
export function frameworkCell(row: PolicyRow): string {
  return [...row.nistCsf, ...row.owaspLlm, ...row.mitreAtlas].join(" ") || "-";
}

function cells(row: PolicyRow): string[] {
  return [
    row.name,
    row.severity,
    row.enforcementLevel,
    row.scopes,
    row.services.join(",") || "-",
    frameworkCell(row),
  ];
}

/**
 * The rows as an aligned plain-text table (no colour, so it pipes cleanly), with a count line.
 * An empty list prints a line saying no policy matched.
 */
export function renderPolicyTable(rows: readonly PolicyRow[], options: PolicyTableOptions = {}): string {
  const noun = (n: number) => (n === 1 ? "policy" : "policies");
  if (rows.length === 0) {
    const of = options.total === undefined ? "" : ` (the pack has ${options.total} ${noun(options.total)})`;
    return `No policy matches the filters${of}.\n`;
  }
  const table = [[...HEADERS], ...rows.map(cells)];
  const widths = HEADERS.map((_, i) => Math.max(...table.map((r) => r[i].length)));
  const lines = table.map((r) =>
    r
      .map((c, i) => (i === r.length - 1 ? c : c.padEnd(widths[i])))
      .join("  ")
      .trimEnd(),
  );
  const count =
    options.total === undefined || options.total === rows.length
      ? `${rows.length} ${noun(rows.length)}`
      : `${rows.length} of ${options.total} ${noun(options.total)}`;
  return [...lines, "", count].join("\n") + "\n";
}

/** The rows as JSON: `{ filters, count, policies }`, two-space indented, newline-terminated. */
export function renderPolicyJson(rows: readonly PolicyRow[], filters: PolicyFilters = {}): string {
  return JSON.stringify({ filters, count: rows.length, policies: rows }, null, 2) + "\n";
}
