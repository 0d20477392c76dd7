import { SCOPE_NAMES } from "../../policypack/vocabulary";
import type { AnalysisResult, Diagnostic } from "../engine/types";
import type { ReportContext } from "./context";
import { displayType, isBlocking, sortDiagnostics } from "./display";
import { coverageMatrix, esc, SEVERITIES, severityChart } from "./html-charts";
import { HTML_STYLE } from "./html-style";
import { buildJsonReport, type JsonReport } from "./json";
import { policyHelpUri, resourceLocations, type RepoLocation } from "./locations";
import { buildResourceTree, type TreeNode } from "./tree";

type Locate = (urn: string) => RepoLocation | undefined;

function where(location: RepoLocation | undefined): string {
  return location === undefined ? "" : `<span class="loc mono">${esc(location.uri)}:${location.line}</span>`;
}

function card(key: string, value: number, label: string): string {
  return `<div class="card ${key}${value === 0 ? " zero" : ""}" data-summary="${key}"><div class="n">${value}</div><div class="l">${esc(label)}</div></div>`;
}

function header(report: JsonReport, context: ReportContext): string {
  const fail = report.summary.result === "fail";
  const declared = context.declaredScope;
  const scope =
    declared === undefined ? "not declared" : `${declared.scope} (${SCOPE_NAMES[declared.scope]})`;
  return (
    `<header><div><h1>scopeguard preview</h1><div class="meta">` +
    `Program <b>${esc(report.program)}</b> · Stack <b>${esc(report.stack)}</b> · Mode <b>${esc(report.mode)}</b> · ` +
    `Pack <b>${esc(`${report.pack.name}@${report.pack.version}`)}</b> · Scope <b>${esc(scope)}</b></div></div>` +
    `<div class="verdict ${fail ? "fail" : "pass"}" data-verdict="${report.summary.result}">${fail ? "FAIL" : "PASS"}</div></header>`
  );
}

function severityCounts(diagnostics: readonly Diagnostic[]) {
  const counts: Record<string, { mandatory: number; advisory: number }> = {};
  for (const s of SEVERITIES) counts[s.key] = { mandatory: 0, advisory: 0 };
  for (const d of diagnostics) {
    if (d.enforcementLevel === "disabled") continue;
    counts[d.severity ?? "none"][isBlocking(d) ? "mandatory" : "advisory"]++;
  }
  return counts;
}

function findingsSection(result: AnalysisResult, context: ReportContext, locate: Locate): string {
  const groups = new Map<string, Diagnostic[]>();
  for (const d of sortDiagnostics(result.diagnostics)) {
    const key = `${d.enforcementLevel}\u0000${d.policyName}`;
    groups.set(key, [...(groups.get(key) ?? []), d]);
  }
  const colour = (severity: string | undefined) =>
    SEVERITIES.find((s) => s.key === (severity ?? "none"))!.color;
  const policies = [...groups.values()].map((group) => {
    const d0 = group[0];
    const link = policyHelpUri(d0.policyName, context);
    const name = link === undefined ? esc(d0.policyName) : `<a href="${esc(link)}">${esc(d0.policyName)}</a>`;
    const rows = group
      .map(
        (d) =>
          `<tr><td><span class="mono">${esc(displayType(d.resourceType))}</span> ${esc(d.resourceName)}<br>${where(locate(d.urn))}</td>` +
          `<td>${esc(d.message).replace(/\n/g, "<br>")}</td></tr>`,
      )
      .join("");
    return (
      `<details class="policy"${isBlocking(d0) ? " open" : ""} data-policy="${esc(d0.policyName)}" data-findings="${group.length}">` +
      `<summary><span class="pill ${d0.enforcementLevel}">${d0.enforcementLevel}</span>` +
      `<span><span class="sev" style="background:${colour(d0.severity)}"></span>${esc(d0.severity ?? "unspecified")}</span>` +
      `<code>${name}</code><span class="count">${group.length} finding${group.length === 1 ? "" : "s"}</span></summary>` +
      (d0.description ? `<div class="desc">${esc(d0.description)}</div>` : "") +
      `<table><thead><tr><th>Resource</th><th>Message</th></tr></thead><tbody>${rows}</tbody></table></details>`
    );
  });
  const summaryRows = [...groups.values()]
    .map((group) => {
      const d0 = group[0];
      return (
        `<tr><td><span class="pill ${d0.enforcementLevel}">${d0.enforcementLevel}</span></td>` +
        `<td><span class="sev" style="background:${colour(d0.severity)}"></span>${esc(d0.severity ?? "unspecified")}</td>` +
        `<td><code>${esc(d0.policyName)}</code></td><td class="num">${group.length}</td></tr>`
      );
    })
    .join("");
  const overview =
    policies.length === 0
      ? `<p class="muted">No policy violations.</p>`
      : `<table class="by-policy"><thead><tr><th>Level</th><th>Severity</th><th>Policy</th><th class="num">Findings</th></tr></thead><tbody>${summaryRows}</tbody></table>`;
  return (
    `<section id="findings"><h2>Findings<small>by severity and by policy</small></h2>` +
    `<div class="row"><div>${severityChart(severityCounts(result.diagnostics))}` +
    `<div class="legend"><i style="background:#64748b"></i>mandatory<i style="background:#64748b;opacity:.35"></i>advisory</div></div>` +
    `<div>${overview}</div></div>${policies.length === 0 ? "" : `<div class="details">${policies.join("")}</div>`}</section>`
  );
}

function treeSection(result: AnalysisResult, locate: Locate): string {
  const counts = new Map<string, { m: number; a: number }>();
  for (const d of result.diagnostics) {
    const c = counts.get(d.urn) ?? { m: 0, a: 0 };
    if (isBlocking(d)) c.m++;
    else if (d.enforcementLevel === "advisory") c.a++;
    counts.set(d.urn, c);
  }
  const flags = (urn: string) => {
    const c = counts.get(urn);
    return c === undefined
      ? ""
      : (c.m > 0 ? `<span class="flag pill mandatory">${c.m} mandatory</span>` : "") +
          (c.a > 0 ? `<span class="flag pill advisory">${c.a} advisory</span>` : "");
  };
  const item = (node: TreeNode): string =>
    `<li data-urn="${esc(node.resource.urn)}"><span class="type">${esc(displayType(node.resource.type))}</span> ` +
    `${esc(node.resource.name)}${flags(node.resource.urn)} ${where(node.resource.source ? locate(node.resource.urn) : undefined)}` +
    (node.children.length > 0 ? `<ul>${node.children.map(item).join("")}</ul>` : "") +
    `</li>`;
  const tree = buildResourceTree(result.run.resources);
  const detached = tree.detached.map((r) => item({ resource: r, children: [] })).join("");
  return (
    `<section id="resources"><h2>Resources<small>${result.run.resources.length} registered</small></h2>` +
    `<ul class="tree">${tree.roots.map(item).join("")}${detached}</ul></section>`
  );
}

function inventorySection(report: JsonReport): string {
  const total = report.inventory.reduce((n, g) => n + g.assets.length, 0);
  const rows = report.inventory
    .flatMap((g) =>
      g.assets.map(
        (a, i) =>
          `<tr data-kind="${esc(g.kind)}">${i === 0 ? `<td rowspan="${g.assets.length}"><b>${esc(g.title)}</b> <span class="muted">${g.assets.length}</span></td>` : ""}` +
          `<td class="mono">${esc(displayType(a.type))}</td><td>${esc(a.name)}</td>` +
          `<td class="tag">${esc(a.aiSystem ?? "")}</td><td class="tag">${esc(a.dataClass ?? "")}</td></tr>`,
      ),
    )
    .join("");
  const body =
    total === 0
      ? `<p class="muted">No AI-relevant resources found.</p>`
      : `<table><thead><tr><th>Kind</th><th>Type</th><th>Name</th><th>ai-system</th><th>data-class</th></tr></thead><tbody>${rows}</tbody></table>`;
  return `<section id="inventory" data-assets="${total}"><h2>AI asset inventory<small>${total} assets</small></h2>${body}</section>`;
}

function coverageSection(result: AnalysisResult, report: JsonReport, context: ReportContext): string {
  const p = report.coverage.policies;
  const where =
    report.coverage.scope === null ? "with no scope declared" : `at scope ${report.coverage.scope}`;
  return (
    `<section id="coverage" data-in-force="${p.inForce}" data-total="${p.total}"><h2>Catalog coverage` +
    `<small>${p.inForce} of ${p.total} policies in force ${where}; ${p.notApplicable} not applicable, ${p.disabled} disabled</small></h2>` +
    coverageMatrix(result.pack, context) +
    `<div class="legend">Each cell: policies in force at that scope mapping to the framework, and the distinct framework ids they cover; darker = a larger share of the framework's policies.</div></section>`
  );
}

function invokesSection(report: JsonReport): string {
  if (report.unansweredInvokes.length === 0) return "";
  const items = report.unansweredInvokes
    .map((i) => `<li><code>${esc(i.token)}</code> (${i.count} call${i.count === 1 ? "" : "s"})</li>`)
    .join("");
  return `<section id="invokes"><h2>Unanswered invokes</h2><p class="muted">The offline engine could not answer these; results that depend on them may be incomplete.</p><ul>${items}</ul></section>`;
}

/**
 * `--format html`: one self-contained page (inline CSS and SVG, no script, nothing fetched) with
 * the verdict, the summary counts, findings by severity (a chart) and by policy, the resource
 * tree with each resource's findings and declaration site, the AI asset inventory, and the
 * scope x framework coverage matrix. Its numbers come from the JSON report's data.
 */
export function renderHtml(result: AnalysisResult, context: ReportContext = {}): string {
  const report = buildJsonReport(result, context);
  const locate = resourceLocations(result.run.resources, context);
  const s = report.summary;
  const assets = report.inventory.reduce((n, g) => n + g.assets.length, 0);
  const title = `scopeguard preview: ${report.program} (${report.stack}) ${s.result === "fail" ? "FAIL" : "PASS"}`;
  return [
    "<!DOCTYPE html>",
    `<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">`,
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">`,
    `<title>${esc(title)}</title><style>${HTML_STYLE}</style></head><body>`,
    header(report, context),
    "<main>",
    `<div class="cards">${card("resources", s.resources, "resources")}${card("mandatory", s.mandatory, "mandatory")}` +
      `${card("advisory", s.advisory, "advisory")}${card("remediated", s.remediated, "remediated")}` +
      `${card("assets", assets, "AI assets")}${card("in-force", report.coverage.policies.inForce, "policies in force")}</div>`,
    findingsSection(result, context, locate),
    coverageSection(result, report, context),
    inventorySection(report),
    treeSection(result, locate),
    invokesSection(report),
    `<footer>scopeguard offline preview · ${esc(report.pack.name)}@${esc(report.pack.version)}</footer>`,
    "</main></body></html>",
    "",
  ].join("\n");
}
