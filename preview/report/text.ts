import { PulumiType, SCOPE_NAMES } from "../../policypack/vocabulary";
import type { AnalysisResult, Diagnostic, ReportedLevel } from "../engine/types";
import type { ReportContext } from "./context";
import { buildCoverage } from "./coverage";
import { displayType, isBlocking, plural, sortDiagnostics } from "./display";
import { buildInventory } from "./inventory";
import { summarize, summaryLine } from "./summary";
import { buildResourceTree, pruneTree, treeRows } from "./tree";
import { notExpandedLines } from "./not-expanded";

/** ANSI styling, or none. */
interface Style {
  readonly red: (s: string) => string;
  readonly yellow: (s: string) => string;
  readonly green: (s: string) => string;
  readonly cyan: (s: string) => string;
  readonly bold: (s: string) => string;
  readonly dim: (s: string) => string;
}

const sgr = (open: number, close: number) => (s: string) => `\u001b[${open}m${s}\u001b[${close}m`;
const COLOR: Style = {
  red: sgr(31, 39),
  yellow: sgr(33, 39),
  green: sgr(32, 39),
  cyan: sgr(36, 39),
  bold: sgr(1, 22),
  dim: sgr(2, 22),
};
const identity = (s: string) => s;
const PLAIN: Style = {
  red: identity,
  yellow: identity,
  green: identity,
  cyan: identity,
  bold: identity,
  dim: identity,
};

/** Pulumi indents each line of a violation's description and message by 10 spaces. */
const MESSAGE_INDENT = " ".repeat(10);

function levelTag(level: ReportedLevel, style: Style): string {
  const tag = `[${level}]`;
  switch (level) {
    case "mandatory":
    case "remediate":
      return level === "mandatory" ? style.red(tag) : style.cyan(tag);
    case "advisory":
      return style.yellow(tag);
    default:
      return style.dim(tag);
  }
}

/** `[mandatory] [severity: high]  policy  (aws:kms:Key: key)`, as `pulumi preview` prints it. */
export function violationLine(d: Diagnostic, style: Style = PLAIN): string {
  const severity = d.severity === undefined ? "" : ` [severity: ${d.severity}]`;
  return `${levelTag(d.enforcementLevel, style)}${severity}  ${d.policyName}  (${displayType(d.resourceType)}: ${d.resourceName})`;
}

function indentLines(text: string, indent: string): string[] {
  return text === "" ? [] : text.split("\n").map((line) => (line === "" ? "" : indent + line));
}

function padEnd(text: string, width: number): string {
  return text + " ".repeat(Math.max(0, width - [...text].length));
}

function headerLines(result: AnalysisResult, context: ReportContext): string[] {
  const { run, pack } = result;
  const program = context.programDir === undefined ? run.project : `${run.project} (${context.programDir})`;
  const local = context.packDir === undefined ? "" : ` (local: ${context.packDir})`;
  const mode =
    run.mode === "preview"
      ? "preview (computed outputs of new resources are unknown)"
      : "update (computed outputs are known)";
  const declared = context.declaredScope;
  const scope =
    declared === undefined
      ? "not declared; each policy uses the scope the resources imply"
      : `${declared.scope} (${SCOPE_NAMES[declared.scope]}), declared by the ${declared.source === "pack-config" ? "pack config" : "ai-scope stack tag"}`;
  return [
    "scopeguard offline preview",
    `    Program:      ${program}`,
    `    Stack:        ${run.stack}`,
    `    Mode:         ${mode}`,
    `    Policy pack:  ${pack.name}@v${pack.version}${local}`,
    `    Scope:        ${scope}`,
  ];
}

/**
 * The resource tree: whole with `--tree`; otherwise only the branches that lead to a resource with
 * a finding (the Stack's own findings need no tree), each such resource marked with its counts.
 */
function resourceLines(result: AnalysisResult, context: ReportContext, style: Style): string[] {
  const counts = new Map<string, { mandatory: number; advisory: number }>();
  for (const d of result.diagnostics) {
    if (d.enforcementLevel === "disabled") continue;
    const c = counts.get(d.urn) ?? { mandatory: 0, advisory: 0 };
    c[isBlocking(d) ? "mandatory" : "advisory"]++;
    counts.set(d.urn, c);
  }
  const full = buildResourceTree(result.run.resources);
  const flagged = new Set(
    [...counts.keys()].filter((urn) => !full.roots.some((r) => r.resource.urn === urn)),
  );
  if (!context.tree && flagged.size === 0) {
    return [];
  }
  const rows = treeRows(context.tree ? full : pruneTree(full, flagged));
  const width = Math.max(4, ...rows.map((r) => [...(r.prefix + r.type)].length)) + 2;
  const mark = (urn: string) => {
    const c = counts.get(urn);
    if (c === undefined) return "";
    const parts = [
      c.mandatory > 0 ? style.red(`${c.mandatory} mandatory`) : "",
      c.advisory > 0 ? style.yellow(`${c.advisory} advisory`) : "",
    ].filter((p) => p !== "");
    return `  (${parts.join(", ")})`;
  };
  return [
    context.tree ? "Resources:" : "Resources with findings (--tree shows all):",
    `    ${style.bold(padEnd("Type", width))}${style.bold("Name")}`,
    ...rows.map(
      (r) =>
        `    ${style.dim(r.prefix)}${padEnd(r.type, width - [...r.prefix].length)}${r.name}${mark(r.resource.urn)}`,
    ),
  ];
}

/** Remediations summarized per policy: `[remediate]  <policy>  (N resources)`. */
function remediationLines(result: AnalysisResult, style: Style): string[] {
  const byPolicy = new Map<string, Set<string>>();
  for (const r of result.remediations) {
    const urns = byPolicy.get(r.policyName) ?? new Set<string>();
    urns.add(r.urn);
    byPolicy.set(r.policyName, urns);
  }
  return [...byPolicy.keys()]
    .sort()
    .map(
      (policy) =>
        `        - ${levelTag("remediate", style)}  ${policy}  (${plural(byPolicy.get(policy)!.size, "resource")})`,
    );
}

function policyLines(result: AnalysisResult, context: ReportContext, style: Style): string[] {
  const summary = summarize(result);
  const icon = summary.mandatory > 0 || result.hasMandatory ? "❌" : summary.advisory > 0 ? "⚠️" : "✅";
  const local = context.packDir === undefined ? "" : ` (local: ${context.packDir})`;
  const lines = ["Policies:", `    ${icon} ${result.pack.name}@v${result.pack.version}${local}`];
  lines.push(...remediationLines(result, style));
  for (const d of sortDiagnostics(result.diagnostics)) {
    lines.push(`        - ${violationLine(d, style)}`);
    lines.push(...indentLines(d.description, MESSAGE_INDENT), ...indentLines(d.message, MESSAGE_INDENT));
  }
  return lines;
}

/** What the program printed, as `pulumi preview` shows it under `Diagnostics:` for the Stack. */
function programOutputLines(result: AnalysisResult): string[] {
  const output = result.run.output?.replace(/\s+$/, "") ?? "";
  if (output === "") {
    return [];
  }
  const stackName =
    result.run.resources.find((r) => r.type === PulumiType.Stack)?.name ??
    `${result.run.project}-${result.run.stack}`;
  return ["Diagnostics:", `  ${PulumiType.Stack} (${stackName}):`, ...indentLines(output, "    ")];
}

/**
 * The AI asset inventory by kind: every asset with its tags when asked for the whole picture
 * (`--tree`), else one line per kind with its count, keeping a clean run short; the JSON,
 * Markdown and HTML reports list every asset.
 */
function inventoryLines(result: AnalysisResult, context: ReportContext): string[] {
  const groups = buildInventory(result.run.resources);
  if (groups.length === 0) {
    return ["AI asset inventory: no AI-relevant resources found"];
  }
  if (!context.tree) {
    const total = groups.reduce((n, g) => n + g.assets.length, 0);
    return [
      `AI asset inventory: ${plural(total, "asset")} (--tree lists them)`,
      ...groups.map((g) => `    ${g.title} (${g.assets.length})`),
    ];
  }
  const all = groups.flatMap((g) => g.assets);
  const typeWidth = Math.max(...all.map((a) => displayType(a.type).length)) + 2;
  const nameWidth = Math.max(...all.map((a) => a.name.length)) + 2;
  const lines = ["AI asset inventory:"];
  for (const group of groups) {
    lines.push(`    ${group.title} (${group.assets.length})`);
    for (const a of group.assets) {
      const tags = [
        a.aiSystem === undefined ? "" : `ai-system=${a.aiSystem}`,
        a.dataClass === undefined ? "" : `data-class=${a.dataClass}`,
      ]
        .filter((t) => t !== "")
        .join("  ");
      lines.push(
        `        ${padEnd(displayType(a.type), typeWidth)}${padEnd(a.name, nameWidth)}${tags}`.trimEnd(),
      );
    }
  }
  return lines;
}

function coverageLines(result: AnalysisResult, context: ReportContext): string[] {
  const coverage = buildCoverage(result.pack, context.declaredScope, context.packConfig);
  const p = coverage.policies;
  const where = coverage.scope === null ? "(no scope declared)" : `at scope ${coverage.scope}`;
  const head =
    `Catalog coverage: ${plural(p.total, "policy", "policies")}; ${p.inForce} in force ${where}, ` +
    `${p.notApplicable} not applicable, ${p.disabled} disabled`;
  const rows = [
    ["Framework", "ids", "policies", "ids in force", "policies in force"],
    ...coverage.frameworks.map((f) => [
      f.title,
      String(f.ids.length),
      String(f.policies),
      String(f.idsInForce.length),
      String(f.policiesInForce),
    ]),
  ];
  const widths = rows[0].map((_, col) => Math.max(...rows.map((r) => r[col].length)));
  const format = (r: string[]) =>
    "    " +
    r.map((cell, col) => (col === 0 ? cell.padEnd(widths[col]) : cell.padStart(widths[col]))).join("  ");
  return [head, ...rows.map(format)];
}

function invokeLines(result: AnalysisResult): string[] {
  const invokes = result.run.unansweredInvokes;
  if (invokes.length === 0) {
    return [];
  }
  return [
    "Unanswered invokes:",
    ...invokes.map(
      (i) =>
        `    the offline engine could not answer ${i.token} (${plural(i.count, "call")}); ` +
        "results that depend on it may be incomplete",
    ),
  ];
}

/**
 * The default report, modelled on `pulumi preview`: header, resource tree, `Policies:` (remediation
 * summaries, then violations in Pulumi's order), `Diagnostics:` (what the program printed, if
 * anything), AI asset inventory, catalog coverage, unanswered invokes, and a one-line summary
 * ending in PASS or FAIL.
 */
export function renderText(result: AnalysisResult, context: ReportContext = {}): string {
  const style = context.color ? COLOR : PLAIN;
  const summary = summarize(result);
  const status = summary.result === "fail" ? style.red(style.bold("FAIL")) : style.green(style.bold("PASS"));
  const line = summaryLine(summary).replace(/(PASS|FAIL)$/, status);
  if (context.quiet) {
    // The findings and the verdict: what a CI log or a pre-commit hook needs.
    const findings = policyLines(result, context, style).slice(2);
    return (
      [...findings.map((l) => l.replace(/^ {8}/, "")), ...(findings.length > 0 ? [""] : []), line].join(
        "\n",
      ) + "\n"
    );
  }
  const sections = [
    headerLines(result, context),
    resourceLines(result, context, style),
    policyLines(result, context, style),
    programOutputLines(result),
    inventoryLines(result, context),
    coverageLines(result, context),
    invokeLines(result),
    notExpandedLines(result.run),
    [line],
  ].filter((s) => s.length > 0);
  return sections.map((s) => s.join("\n")).join("\n\n") + "\n";
}
