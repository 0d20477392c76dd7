import { parseScope, SCOPE_STACK_TAG, type Scope } from "../../policypack/vocabulary";
import type { RunMode } from "../engine/types";
import { REPORT_FORMATS, type ReportFormat } from "../report/context";
import { UsageError } from "./errors";
import { parseOutputTargets, type OutputTarget } from "./output-targets";

/** The run modes `--mode` accepts. */
export const RUN_MODES: readonly RunMode[] = ["preview", "update"];

/** The `scopeguard preview` options as commander hands them over: strings, unvalidated. */
export interface RawPreviewOptions {
  readonly stack?: string;
  readonly mode?: string;
  readonly scope?: string;
  readonly config?: string;
  readonly stackTag?: readonly string[];
  readonly pack?: string;
  readonly format?: string;
  /** Repeatable: `FILE` (the `--format` report) or `FORMAT=FILE`. */
  readonly output?: string | readonly string[];
  readonly quiet?: boolean;
  readonly tree?: boolean;
  readonly docsUrl?: string;
  /** `--state`: a `pulumi stack export` file used as prior state. */
  readonly state?: string;
}

/** The options after validation (paths not yet resolved, config file not yet read). */
export interface ParsedPreviewOptions {
  readonly stack?: string;
  readonly mode: RunMode;
  readonly scope?: Scope;
  readonly config?: string;
  readonly stackTags: Readonly<Record<string, string>>;
  readonly pack?: string;
  readonly format: ReportFormat;
  /** The reports to write to files, in the order given; absent when none. */
  readonly outputs?: readonly OutputTarget[];
  readonly quiet?: boolean;
  readonly tree?: boolean;
  readonly docsUrl?: string;
}

/** `--scope`: an integer from 1 to 5, nothing else (no `3.0`, no ` 3`). */
export function parseScopeOption(raw: string): Scope {
  if (!/^[1-5]$/.test(raw)) {
    throw new UsageError(`--scope must be an integer from 1 to 5 (got "${raw}")`);
  }
  return Number(raw) as Scope;
}

/** An option whose value must be one of `choices`. */
export function parseChoice<T extends string>(option: string, raw: string, choices: readonly T[]): T {
  if (!(choices as readonly string[]).includes(raw)) {
    throw new UsageError(`${option} must be one of ${choices.join(", ")} (got "${raw}")`);
  }
  return raw as T;
}

/**
 * `--stack-tag key=value`, repeatable; the value is everything after the first `=`, a later tag
 * with the same key wins. The `ai-scope` tag declares the scope, so its value must be 1 to 5.
 */
export function parseStackTags(raw: readonly string[]): Record<string, string> {
  const tags: Record<string, string> = {};
  const problems: string[] = [];
  for (const entry of raw) {
    const eq = entry.indexOf("=");
    const key = eq === -1 ? "" : entry.slice(0, eq).trim();
    const value = entry.slice(eq + 1);
    if (key === "") {
      problems.push(`--stack-tag must be key=value (got "${entry}")`);
    } else if (key === SCOPE_STACK_TAG && parseScope(value) === undefined) {
      problems.push(`--stack-tag ${SCOPE_STACK_TAG} must be an integer from 1 to 5 (got "${value}")`);
    } else {
      tags[key] = value;
    }
  }
  if (problems.length > 0) {
    throw new UsageError(problems);
  }
  return tags;
}

/** `--stack`, `--config`, `--pack`, `--output` must not be empty strings. */
function nonEmpty(option: string, raw: string | undefined, what: string): string | undefined {
  if (raw !== undefined && raw.trim() === "") {
    throw new UsageError(`${option} must not be empty; give ${what}`);
  }
  return raw;
}

/** `--docs-url`: an http(s) address of the policy reference (`docs/policies.md`). */
export function parseDocsUrl(raw: string | undefined): string | undefined {
  if (raw !== undefined && !/^https?:\/\/\S+$/.test(raw)) {
    throw new UsageError(`--docs-url must be an http(s) address of docs/policies.md (got "${raw}")`);
  }
  return raw;
}

/**
 * Validates every option and reports every problem at once (one message each), so a user fixes
 * a command line in one go.
 */
export function parsePreviewOptions(raw: RawPreviewOptions): ParsedPreviewOptions {
  const problems: string[] = [];
  const attempt = <T>(parse: () => T): T | undefined => {
    try {
      return parse();
    } catch (e) {
      if (e instanceof UsageError) {
        problems.push(...e.messages);
        return undefined;
      }
      throw e;
    }
  };
  const stack = attempt(() => nonEmpty("--stack", raw.stack, "a stack name such as dev"));
  const mode = attempt(() => parseChoice("--mode", raw.mode ?? "preview", RUN_MODES));
  const scope = attempt(() => (raw.scope === undefined ? undefined : parseScopeOption(raw.scope)));
  const config = attempt(() => nonEmpty("--config", raw.config, "the path of a JSON pack config file"));
  const stackTags = attempt(() => parseStackTags(raw.stackTag ?? []));
  const pack = attempt(() => nonEmpty("--pack", raw.pack, "the directory of a policy pack"));
  const format = attempt(() => parseChoice("--format", raw.format ?? "text", REPORT_FORMATS));
  const outputs = attempt(() =>
    parseOutputTargets(typeof raw.output === "string" ? [raw.output] : (raw.output ?? []), format),
  );
  const docsUrl = attempt(() => parseDocsUrl(raw.docsUrl));
  if (problems.length > 0) {
    throw new UsageError(problems);
  }
  return {
    ...(stack === undefined ? {} : { stack }),
    mode: mode!,
    ...(scope === undefined ? {} : { scope }),
    ...(config === undefined ? {} : { config }),
    stackTags: stackTags!,
    ...(pack === undefined ? {} : { pack }),
    format: format!,
    ...(outputs === undefined || outputs.length === 0 ? {} : { outputs }),
    ...(raw.quiet ? { quiet: true } : {}),
    ...(raw.tree ? { tree: true } : {}),
    ...(docsUrl === undefined ? {} : { docsUrl }),
  };
}
