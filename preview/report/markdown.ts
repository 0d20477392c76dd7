import { SCOPE_NAMES } from "../../policypack/vocabulary";
import type { AnalysisResult, Diagnostic } from "../engine/types";
import type { ReportContext } from "./context";
import { buildCoverage } from "./coverage";
import { displayType, isBlocking, sortDiagnostics } from "./display";
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

/** GitHub holds at most 65,536 characters in a comment; the report stays under this, with room to spare. */
export const MARKDOWN_LIMIT = 60_000;

/** Characters kept back for the closing note and the coverage block whatever the findings. */
const RESERVE = 4_000;

/** Lines added while they fit a character budget; counts what did not fit. */
class Budget {
  constructor(private remaining: number) {}

  /** Adds the lines if they fit (each costs its length plus a newline); says whether they did. */
  fits(lines: readonly string[], into: string[]): boolean {
    const cost = lines.reduce((n, l) => n + l.length + 1, 0);
    if (cost > this.remaining) {
      return false;
    }
    this.remaining -= cost;
    into.push(...lines);
    return true;
  }
}

function levelLabel(level: string): string {
  return level === "advisory" ? "⚠️ advisory" : level === "disabled" ? "disabled" : `❌ ${level}`;
}

/** Diagnostics grouped by policy, groups in Pulumi's order of their first diagnostic. */
function byPolicy(diagnostics: readonly Diagnostic[]): Diagnostic[][] {
  const groups = new Map<string, Diagnostic[]>();
  for (const d of sortDiagnostics(diagnostics)) {
    const key = `${d.enforcementLevel}\u0000${d.policyName}`;
    groups.set(key, [...(groups.get(key) ?? []), d]);
  }
  return [...groups.values()];
}

function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? "" : "s"}`;
}

/**
 * `--format markdown`, for pull-request comments: the verdict, a summary table, the violations
 * grouped by policy (a table of counts, then each policy's resources and messages, mandatory ones
 * unfolded), remediations, unanswered invokes, and the AI asset inventory and catalog coverage
 * folded in `<details>`. Whatever the stack's size it stays within {@link MARKDOWN_LIMIT}
 * characters: what does not fit is left out, and a closing note says what and how many.
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

  const groups = byPolicy(result.diagnostics);
  lines.push("### Violations by policy", "");
  if (groups.length === 0) {
    lines.push("No policy violations.", "");
  } else {
    lines.push(
      ...table(
        ["Level", "Severity", "Policy", "Findings"],
        ["l", "l", "l", "r"],
        groups.map((g) => [
          levelLabel(g[0].enforcementLevel),
          g[0].severity ?? "",
          code(g[0].policyName),
          String(g.length),
        ]),
      ),
      "",
    );
  }

  const budget = new Budget(MARKDOWN_LIMIT - RESERVE - lines.reduce((n, l) => n + l.length + 1, 0));
  const left: string[] = [];
  let omittedFindings = 0;
  for (const group of groups) {
    const first = group[0];
    const head = [
      `<details${isBlocking(first) ? " open" : ""}><summary>${levelLabel(first.enforcementLevel)} ` +
        `<code>${cell(first.policyName)}</code>: ${plural(group.length, "finding")}</summary>`,
      "",
      ...(first.description ? [cell(first.description), ""] : []),
      "| Resource | Message |",
      "|:---|:---|",
    ];
    if (!budget.fits(head, lines)) {
      omittedFindings += group.length;
      continue;
    }
    let shown = 0;
    for (const d of group) {
      if (
        !budget.fits(
          [`| ${code(displayType(d.resourceType))} ${cell(d.resourceName)} | ${cell(d.message)} |`],
          lines,
        )
      ) {
        break;
      }
      shown++;
    }
    const more = group.length - shown;
    omittedFindings += more;
    const tail =
      more > 0 ? ["", `_…and ${plural(more, "more finding")} of this policy, left out for length._`] : [];
    lines.push(...tail, "", "</details>", "");
  }
  if (omittedFindings > 0) {
    left.push(plural(omittedFindings, "finding"));
  }

  if (result.remediations.length > 0) {
    const rows = result.remediations.map((r) => [
      code(r.policyName),
      `${code(displayType(r.resourceType))} ${cell(r.resourceName)}`,
      r.changedKeys.map(code).join(", "),
    ]);
    const head = [
      "### Remediations applied",
      "",
      ...table(["Policy", "Resource", "Changed"], ["l", "l", "l"], []),
    ];
    if (budget.fits(head, lines)) {
      const shown = rows.findIndex((r) => !budget.fits([`| ${r.join(" | ")} |`], lines));
      if (shown !== -1) {
        left.push(plural(rows.length - shown, "remediation"));
      }
      lines.push("");
    } else {
      left.push(plural(rows.length, "remediation"));
    }
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
  const inventoryHead = [`<details><summary>AI asset inventory (${assets})</summary>`, ""];
  if (assets === 0) {
    lines.push(...inventoryHead, "No AI-relevant resources found.", "", "</details>", "");
  } else if (
    budget.fits(
      [
        ...inventoryHead,
        ...table(["Kind", "Type", "Name", "ai-system", "data-class"], ["l", "l", "l", "l", "l"], []),
      ],
      lines,
    )
  ) {
    const rows = inventory.flatMap((g) =>
      g.assets.map((a) => [
        cell(g.title),
        code(displayType(a.type)),
        cell(a.name),
        cell(a.aiSystem ?? ""),
        cell(a.dataClass ?? ""),
      ]),
    );
    const shown = rows.findIndex((r) => !budget.fits([`| ${r.join(" | ")} |`], lines));
    if (shown !== -1) {
      left.push(`${plural(rows.length - shown, "asset")} of the inventory`);
      lines.push("", `_…and ${plural(rows.length - shown, "more asset")}, left out for length._`);
    }
    lines.push("", "</details>", "");
  } else {
    left.push(`the AI asset inventory (${plural(assets, "asset")})`);
  }

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
  if (left.length > 0) {
    lines.push(
      "",
      `> [!NOTE]\n> To stay within ${MARKDOWN_LIMIT.toLocaleString("en-US")} characters, this comment leaves out ` +
        `${left.join(", ")}. The JSON, SARIF and HTML reports hold everything.`,
    );
  }
  return lines.join("\n") + "\n";
}
