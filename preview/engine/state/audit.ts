/**
 * `runAudit`: the pack over a deployed stack, from its `pulumi stack export` file, with no program
 * run. Every resource is analyzed with its recorded inputs (Analyze) and outputs (AnalyzeStack),
 * parents, dependencies and providers, all known, as in an update (`dryRun: false`).
 */
import * as fs from "fs";
import * as path from "path";
import type { AnalysisResult, ProgramRun } from "../types";
import { ConfigError } from "../errors";
import { PolicyPackProcess } from "../pack/process";
import { analyzeRun } from "../pack/analyze";
import { parseStackExport } from "./stack-export";

/** Options of {@link runAudit}. */
export interface AuditOptions {
  /** The `pulumi stack export` file. */
  readonly exportFile: string;
  /** Policy pack folder. */
  readonly packDir: string;
  /** Pack config in Pulumi's --policy-pack-config file format. */
  readonly packConfig?: Record<string, unknown>;
  /** Stack tags, e.g. {"ai-scope": "3"}. */
  readonly stackTags?: Record<string, string>;
  /** @default "organization" */
  readonly organization?: string;
}

/** The export as a program run in update mode (no config: the export does not carry it). */
export function auditRun(exportFile: string, organization = "organization"): ProgramRun {
  let text: string;
  try {
    text = fs.readFileSync(exportFile, "utf8");
  } catch (e) {
    throw new ConfigError(
      `cannot read ${exportFile} (${(e as NodeJS.ErrnoException).code ?? (e as Error).message}); pass a \`pulumi stack export\` file`,
    );
  }
  const state = parseStackExport(text, exportFile);
  return {
    project: state.project,
    stack: state.stack,
    mode: "update",
    resources: state.resources,
    unansweredInvokes: [],
    config: {},
    secretConfigKeys: [],
    organization,
  };
}

/** Reads the export, starts the pack, analyzes, stops the pack. Rejects with ConfigError or PolicyPackError. */
export async function runAudit(opts: AuditOptions): Promise<AnalysisResult> {
  const started = Date.now();
  const organization = opts.organization ?? "organization";
  const run = auditRun(path.resolve(opts.exportFile), organization);
  const pack = await PolicyPackProcess.start(opts.packDir, {
    organization,
    project: run.project,
    stack: run.stack,
    dryRun: false,
    config: {},
  });
  try {
    return await analyzeRun({ ...run, durationMs: Date.now() - started }, pack, {
      packConfig: opts.packConfig,
      stackTags: opts.stackTags,
      organization,
    });
  } finally {
    await pack.close();
  }
}
