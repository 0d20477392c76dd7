import type { PackInfo } from "../engine/types";
import type { ReportContext } from "./context";
import { buildCoverage, FRAMEWORKS } from "./coverage";

/** Escapes text for HTML and SVG content and attribute values. */
export function esc(text: string): string {
  return text
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&#39;");
}

/** Severity order and colours shared by the chart and the page's badges. */
export const SEVERITIES = [
  { key: "critical", label: "Critical", color: "#7f1d1d" },
  { key: "high", label: "High", color: "#dc2626" },
  { key: "medium", label: "Medium", color: "#d97706" },
  { key: "low", label: "Low", color: "#2563eb" },
  { key: "none", label: "Unspecified", color: "#6b7280" },
] as const;

/**
 * Horizontal bars, one per severity, each split into mandatory (solid) and advisory (light)
 * findings, drawn as inline SVG so the page needs nothing from the network.
 */
export function severityChart(
  counts: Readonly<Record<string, { mandatory: number; advisory: number }>>,
): string {
  const rowHeight = 30;
  const labelWidth = 96;
  const barWidth = 360;
  const max = Math.max(1, ...SEVERITIES.map((s) => counts[s.key].mandatory + counts[s.key].advisory));
  const rows = SEVERITIES.map((s, i) => {
    const { mandatory, advisory } = counts[s.key];
    const y = i * rowHeight;
    const wm = (mandatory / max) * barWidth;
    const wa = (advisory / max) * barWidth;
    return [
      `<g data-severity="${s.key}" data-mandatory="${mandatory}" data-advisory="${advisory}">`,
      `<text x="0" y="${y + 19}" class="axis">${s.label}</text>`,
      `<rect x="${labelWidth}" y="${y + 6}" width="${barWidth}" height="18" rx="3" fill="#f3f4f6"/>`,
      wm > 0
        ? `<rect x="${labelWidth}" y="${y + 6}" width="${wm.toFixed(1)}" height="18" rx="3" fill="${s.color}"/>`
        : "",
      wa > 0
        ? `<rect x="${(labelWidth + wm).toFixed(1)}" y="${y + 6}" width="${wa.toFixed(1)}" height="18" rx="3" fill="${s.color}" fill-opacity="0.35"/>`
        : "",
      `<text x="${labelWidth + barWidth + 10}" y="${y + 19}" class="value">${mandatory + advisory}</text>`,
      `</g>`,
    ].join("");
  });
  const height = SEVERITIES.length * rowHeight + 4;
  return (
    `<svg class="chart" role="img" aria-label="Findings by severity" viewBox="0 0 ${labelWidth + barWidth + 50} ${height}" ` +
    `width="${labelWidth + barWidth + 50}" height="${height}" xmlns="http://www.w3.org/2000/svg">${rows.join("")}</svg>`
  );
}

/**
 * The scope x framework matrix: for each framework (row) and scope 1 to 5 (column), the policies
 * in force at that scope that map to the framework, shaded by the share of the framework's
 * policies they are, and the distinct ids they cover. The declared scope's column is outlined.
 */
export function coverageMatrix(pack: PackInfo, context: ReportContext): string {
  const scopes = [1, 2, 3, 4, 5] as const;
  const byScope = scopes.map((scope) =>
    buildCoverage(pack, { scope, source: "pack-config" }, context.packConfig),
  );
  const labelWidth = 250;
  const cell = { w: 112, h: 46 };
  const top = 34;
  const declared = context.declaredScope?.scope;
  const parts: string[] = [];
  scopes.forEach((scope, c) => {
    const x = labelWidth + c * cell.w;
    parts.push(
      `<text x="${x + cell.w / 2}" y="20" text-anchor="middle" class="axis${scope === declared ? " declared" : ""}">` +
        `Scope ${scope}${scope === declared ? " (declared)" : ""}</text>`,
    );
  });
  FRAMEWORKS.forEach((framework, r) => {
    const y = top + r * cell.h;
    parts.push(`<text x="0" y="${y + cell.h / 2 + 5}" class="axis">${esc(framework.title)}</text>`);
    scopes.forEach((scope, c) => {
      const f = byScope[c].frameworks[r];
      const share = f.policies === 0 ? 0 : f.policiesInForce / f.policies;
      const x = labelWidth + c * cell.w;
      const fill = `rgba(13, 148, 136, ${(0.08 + share * 0.82).toFixed(2)})`;
      const ink = share > 0.55 ? "#ffffff" : "#134e4a";
      parts.push(
        `<g data-framework="${esc(framework.prefix)}" data-scope="${scope}" data-policies="${f.policiesInForce}" data-ids="${f.idsInForce.length}">` +
          `<title>${esc(framework.title)} at scope ${scope}: ${f.policiesInForce} of ${f.policies} policies, ${f.idsInForce.length} of ${f.ids.length} ids</title>` +
          `<rect x="${x + 2}" y="${y + 2}" width="${cell.w - 4}" height="${cell.h - 4}" rx="4" fill="${fill}"/>` +
          `<text x="${x + cell.w / 2}" y="${y + 22}" text-anchor="middle" class="cell" fill="${ink}">${f.policiesInForce}</text>` +
          `<text x="${x + cell.w / 2}" y="${y + 36}" text-anchor="middle" class="cell-sub" fill="${ink}">${f.idsInForce.length} ids</text>` +
          `</g>`,
      );
    });
  });
  if (declared !== undefined) {
    const x = labelWidth + (declared - 1) * cell.w;
    parts.push(
      `<rect x="${x}" y="${top}" width="${cell.w}" height="${FRAMEWORKS.length * cell.h}" rx="6" fill="none" stroke="#0f172a" stroke-width="2"/>`,
    );
  }
  const width = labelWidth + scopes.length * cell.w + 4;
  const height = top + FRAMEWORKS.length * cell.h + 4;
  return (
    `<svg class="matrix" role="img" aria-label="Policies in force by scope and framework" viewBox="0 0 ${width} ${height}" ` +
    `width="${width}" height="${height}" xmlns="http://www.w3.org/2000/svg">${parts.join("")}</svg>`
  );
}
