/** The output formats of `scopeguard preview --format`. */
export const REPORT_FORMATS = ["text", "json", "sarif", "junit", "markdown", "html"] as const;

/** One of {@link REPORT_FORMATS}. */
export type ReportFormat = (typeof REPORT_FORMATS)[number];

import type { DeclaredScope } from "../../policypack/framework/scope-context";

export type { DeclaredScope, ScopeSource } from "../../policypack/framework/scope-context";

/**
 * What a report needs beyond the {@link AnalysisResult}: facts the CLI knows from its options.
 * Every field is optional, so a report can be rendered from an analysis result alone.
 */
export interface ReportContext {
  /** The program directory as the user gave it; shown in headers. */
  readonly programDir?: string;
  /** The policy pack's directory; Pulumi shows local packs as `(local: <dir>)`. */
  readonly packDir?: string;
  /** The scope the stack declares; policies tagged `scope:N+` above it are not applicable. */
  readonly declaredScope?: DeclaredScope;
  /**
   * The pack config sent to the pack (Pulumi's `--policy-pack-config` format), used to tell which
   * policies the config disabled.
   */
  readonly packConfig?: Readonly<Record<string, unknown>>;
  /** Whether the text report may use ANSI colours. */
  readonly color?: boolean;
  /** The program directory, absolute: stack-level findings point at its Pulumi.yaml. */
  readonly programPath?: string;
  /**
   * The repository root, absolute (the git work tree holding the program, else the program
   * directory): source locations in reports are relative to it, as code scanning expects.
   */
  readonly sourceRoot?: string;
  /** The address of `docs/policies.md`; each policy's help link is `<it>#<policy name>`. */
  readonly policyDocsUrl?: string;
  /** The text report: show the whole resource tree (by default only branches with findings). */
  readonly tree?: boolean;
  /** The text report: only the findings and the verdict line. */
  readonly quiet?: boolean;
}
