import junitBuilder, { type TestCase } from "junit-report-builder";
import type { AnalysisResult, AppliedRemediation, Diagnostic, PackPolicyInfo } from "../engine/types";
import type { ReportContext } from "./context";
import { appliesAtScope, effectiveLevel } from "./coverage";
import { displayType, isBlocking, sortDiagnostics } from "./display";

/** The test case a policy without any result gets, so every suite shows that the policy ran. */
export const NO_VIOLATIONS_CASE = "no violations";

/**
 * `--format junit`: one `<testsuite>` per policy (pack order, then any policy only the results
 * name), one `<testcase>` per (policy, resource) result, named `<type>: <name>` with the policy as
 * classname:
 *
 * - mandatory (or remediate) violation: `<failure>` (message = the violation, type = the level,
 *   body = description, message and URN); several violations of one policy on one resource share
 *   one test case;
 * - advisory violation: a **passing** test case whose `<system-out>` carries the violation. Advisory
 *   results must not fail a CI job, and `<skipped>` would claim the check did not run;
 * - remediation the pack applied: a passing test case whose `<system-out>` lists the changed keys;
 * - a policy with no result: one passing test case, {@link NO_VIOLATIONS_CASE};
 * - a policy not applicable at the declared scope, or disabled: one `<skipped>` test case saying so,
 *   the only use of skipped.
 */
export function renderJunit(result: AnalysisResult, context: ReportContext = {}): string {
  const builder = junitBuilder.newBuilder().name(`scopeguard ${result.pack.name}@${result.pack.version}`);
  const diagnosticsByPolicy = groupBy(sortDiagnostics(result.diagnostics), (d) => d.policyName);
  const remediationsByPolicy = groupBy(result.remediations, (r) => r.policyName);
  const policies: PackPolicyInfo[] = [...result.pack.policies];
  for (const name of diagnosticsByPolicy.keys()) {
    if (!policies.some((p) => p.name === name)) {
      const d = diagnosticsByPolicy.get(name)![0];
      policies.push({ name, description: d.description, enforcementLevel: d.enforcementLevel, tags: [] });
    }
  }
  for (const policy of policies) {
    const suite = builder.testSuite().name(policy.name);
    const diagnostics = diagnosticsByPolicy.get(policy.name) ?? [];
    const remediations = remediationsByPolicy.get(policy.name) ?? [];
    for (const group of groupBy(diagnostics, (d) => d.urn).values()) {
      addDiagnosticCase(suite.testCase(), policy.name, group);
    }
    for (const r of remediations) {
      addRemediationCase(suite.testCase(), r);
    }
    if (diagnostics.length > 0 || remediations.length > 0) {
      continue;
    }
    const level = effectiveLevel(policy, context.packConfig);
    const testCase = suite.testCase().className(policy.name);
    if (level === "disabled") {
      testCase.name("disabled").skipped().standardOutput(`${policy.name} is disabled by the pack config.`);
    } else if (!appliesAtScope(policy, context.declaredScope)) {
      testCase
        .name(`not applicable at scope ${context.declaredScope!.scope}`)
        .skipped()
        .standardOutput(
          `${policy.name} applies from ${policy.tags.find((t) => t.startsWith("scope:"))} only.`,
        );
    } else {
      testCase.name(NO_VIOLATIONS_CASE);
    }
  }
  return builder.build() + "\n";
}

function caseName(d: { resourceType: string; resourceName: string }): string {
  return `${displayType(d.resourceType)}: ${d.resourceName}`;
}

function diagnosticText(d: Diagnostic): string {
  const severity = d.severity === undefined ? "" : ` [severity: ${d.severity}]`;
  return `[${d.enforcementLevel}]${severity}  ${d.policyName}\n${d.description}\n${d.message}\nurn: ${d.urn}`;
}

function addDiagnosticCase(testCase: TestCase, policy: string, group: readonly Diagnostic[]): void {
  const first = group[0];
  testCase.className(policy).name(caseName(first)).property("urn", first.urn);
  const blocking = group.filter(isBlocking);
  const text = group.map(diagnosticText).join("\n\n");
  if (blocking.length > 0) {
    testCase
      .failure(blocking.map((d) => d.message).join("\n"), blocking[0].enforcementLevel)
      .stacktrace(text);
  } else if (group.every((d) => d.enforcementLevel === "disabled")) {
    testCase.skipped().standardOutput(text);
  } else {
    testCase.property("enforcementLevel", "advisory").standardOutput(text);
  }
}

function addRemediationCase(testCase: TestCase, r: AppliedRemediation): void {
  testCase
    .className(r.policyName)
    .name(`${caseName(r)} (remediated)`)
    .property("urn", r.urn)
    .property("enforcementLevel", "remediate")
    .standardOutput(
      `[remediate]  ${r.policyName}\nchanged: ${r.changedKeys.join(", ") || "(no key)"}\nurn: ${r.urn}`,
    );
}

function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const list = groups.get(k) ?? [];
    list.push(item);
    groups.set(k, list);
  }
  return groups;
}
