import { SCOPE_NAMES } from "../../policypack/vocabulary";
import type { AnalysisResult } from "../engine/types";
import type { ReportContext } from "./context";
import { buildCoverage } from "./coverage";
import { displayType, sortDiagnostics } from "./display";
import { buildInventory } from "./inventory";
import { summarize } from "./summary";

/**
 * Makes text safe inside a Markdown table cell: pipes escaped, line breaks as `<br>`, and `<`, `>`,
 * `&` as entities so a message cannot inject HTML into a PR comment.
 */
export function cell(text: string): string {
  return text
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/\\/g, "\\\\")
    .replace(/\|/g, "\\|")
    .replace(/\r?\n/g, "<br>");
}

/** Inline code in a table cell; backticks in the text fall back to plain text. */
function code(text: string): string {
  return text.includes("`") ? cell(text) : `\`${text.replace(/\|/g, "\\|")}\``;
}

function table(
  header: readonly string[],
  align: readonly ("l" | "r")[],
  rows: readonly (readonly string[])[],
): string[] {
  return [
    `| ${header.join(" | ")} |`,
    `|${align.map((a) => (a === "r" ? "---:" : ":---")).join("|")}|`,
    ...rows.map((r) => `| ${r.join(" | ")} |`),
  ];
}

/**
 * `--format markdown`, for PR comments: a headline with the result, a summary table, the violations
 * table (Pulumi's order), remediations, unanswered invokes, and the AI asset inventory and catalog
 * coverage folded in `<details>`.
 */
export function renderMarkdown(result: AnalysisResult, context: ReportContext = {}): string {
  const { run, pack } = result;
  const summary = summarize(result);
  const pass = summary.result === "pass";
  const lines: string[] = [];
  lines.push(`## scopeguard preview: ${pass ? "✅ PASS" : "❌ FAIL"}`, "");
  const declared = context.declaredScope;
  const scope =
    declared === undefined
      ? "not declared"
      : `${declared.scope} (${SCOPE_NAMES[declared.scope]}), from the ${declared.source === "pack-config" ? "pack config" : "ai-scope stack tag"}`;
  lines.push(
    `**Program** ${code(run.project)} · **Stack** ${code(run.stack)} · **Mode** ${run.mode} · ` +
      `**Pack** ${code(`${pack.name}@${pack.version}`)} · **Scope** ${scope}`,
    "",
  );
  lines.push(
    ...table(
      ["Resources", "Mandatory", "Advisory", "Remediated", "Result"],
      ["r", "r", "r", "r", "l"],
      [
        [
          String(summary.resources),
          String(summary.mandatory),
          String(summary.advisory),
          String(summary.remediated),
          pass ? "✅ PASS" : "❌ FAIL",
        ],
      ],
    ),
    "",
  );

  const diagnostics = sortDiagnostics(result.diagnostics);
  lines.push("### Violations", "");
  if (diagnostics.length === 0) {
    lines.push("No policy violations.", "");
  } else {
    lines.push(
      ...table(
        ["Level", "Severity", "Policy", "Resource", "Message"],
        ["l", "l", "l", "l", "l"],
        diagnostics.map((d) => [
          d.enforcementLevel === "advisory" ? "⚠️ advisory" : `❌ ${d.enforcementLevel}`,
          d.severity ?? "",
          code(d.policyName),
          `${code(displayType(d.resourceType))} ${cell(d.resourceName)}`,
          cell(d.message),
        ]),
      ),
      "",
    );
  }

  if (result.remediations.length > 0) {
    lines.push("### Remediations applied", "");
    lines.push(
      ...table(
        ["Policy", "Resource", "Changed"],
        ["l", "l", "l"],
        result.remediations.map((r) => [
          code(r.policyName),
          `${code(displayType(r.resourceType))} ${cell(r.resourceName)}`,
          r.changedKeys.map(code).join(", "),
        ]),
      ),
      "",
    );
  }

  if (run.unansweredInvokes.length > 0) {
    lines.push("### Unanswered invokes", "");
    for (const i of run.unansweredInvokes) {
      lines.push(
        `- the offline engine could not answer ${code(i.token)} (${i.count} call${i.count === 1 ? "" : "s"}); ` +
          "results that depend on it may be incomplete",
      );
    }
    lines.push("");
  }

  const inventory = buildInventory(run.resources);
  const assets = inventory.reduce((n, g) => n + g.assets.length, 0);
  lines.push(`<details><summary>AI asset inventory (${assets})</summary>`, "");
  if (assets === 0) {
    lines.push("No AI-relevant resources found.", "");
  } else {
    lines.push(
      ...table(
        ["Kind", "Type", "Name", "ai-system", "data-class"],
        ["l", "l", "l", "l", "l"],
        inventory.flatMap((g) =>
          g.assets.map((a) => [
            cell(g.title),
            code(displayType(a.type)),
            cell(a.name),
            cell(a.aiSystem ?? ""),
            cell(a.dataClass ?? ""),
          ]),
        ),
      ),
      "",
    );
  }
  lines.push("</details>", "");

  const coverage = buildCoverage(pack, declared, context.packConfig);
  const p = coverage.policies;
  lines.push(
    `<details><summary>Catalog coverage: ${p.inForce} of ${p.total} policies in force` +
      `${coverage.scope === null ? "" : ` at scope ${coverage.scope}`}</summary>`,
    "",
    `${p.notApplicable} not applicable at this scope, ${p.disabled} disabled.`,
    "",
    ...table(
      ["Framework", "Ids", "Policies", "Ids in force", "Policies in force"],
      ["l", "r", "r", "r", "r"],
      coverage.frameworks.map((f) => [
        cell(f.title),
        String(f.ids.length),
        String(f.policies),
        String(f.idsInForce.length),
        String(f.policiesInForce),
      ]),
    ),
    "",
    "</details>",
  );
  return lines.join("\n") + "\n";
}
