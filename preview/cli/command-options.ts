import type { Command } from "commander";
import { REPORT_FORMATS } from "../report/context";

/** Commander's collector for a repeatable option. */
export const collect = (value: string, previous: string[]): string[] => [...previous, value];

/**
 * The options `preview` and `audit` share: the stack's scope, the pack and its config, stack tags,
 * and the reports. Defined once so both commands read them the same way.
 */
export function withPackAndReportOptions(command: Command): Command {
  return command
    .option("--scope <1-5>", "declare the stack's scope (sets scopeguard-settings.scope in the pack config)")
    .option("--config <file>", "pack config JSON file, as for pulumi --policy-pack-config")
    .option(
      "--stack-tag <key=value>",
      "a stack tag, repeatable; ai-scope=<1-5> declares the scope",
      collect,
      [],
    )
    .option("--pack <dir>", "policy pack directory (default: the repository's policypack/)")
    .option("--format <format>", `report format: ${REPORT_FORMATS.join(", ")}`, "text")
    .option(
      "--output <[format=]file>",
      "write a report to a file, repeatable (sarif=out.sarif, junit=out.xml, markdown=out.md, html=out.html); " +
        "a plain file gets the --format report; the text report still goes to stdout",
      collect,
      [],
    )
    .option("--quiet", "print only the findings and the verdict line")
    .option("--tree", "print the whole resource tree (by default only the branches with findings)")
    .option("--docs-url <url>", "address of docs/policies.md for the reports' policy links");
}
