import type { AnalysisResult } from "../engine/types";
import type { ReportContext, ReportFormat } from "./context";
import { renderJson } from "./json";
import { renderHtml } from "./html";
import { renderJunit } from "./junit";
import { renderMarkdown } from "./markdown";
import { renderSarif } from "./sarif";
import { renderText } from "./text";

export * from "./context";
export { buildCoverage, type CatalogCoverage } from "./coverage";
export { compareDiagnostics, displayType, sortDiagnostics } from "./display";
export { buildInventory, type InventoryGroup } from "./inventory";
export { buildJsonReport, JSON_REPORT_VERSION, type JsonReport } from "./json";
export { buildSarifLog } from "./sarif";
export { summarize, summaryLine, type ReportSummary } from "./summary";
export { buildResourceTree, treeRows } from "./tree";
export { renderHtml, renderJson, renderJunit, renderMarkdown, renderSarif, renderText };

const RENDERERS: Readonly<Record<ReportFormat, (result: AnalysisResult, context: ReportContext) => string>> =
  {
    text: renderText,
    json: renderJson,
    sarif: renderSarif,
    junit: renderJunit,
    markdown: renderMarkdown,
    html: renderHtml,
  };

/** Renders an analysis result in one of the report formats. Pure: no I/O. */
export function renderReport(
  format: ReportFormat,
  result: AnalysisResult,
  context: ReportContext = {},
): string {
  return RENDERERS[format](result, context);
}
