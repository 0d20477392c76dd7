import type { AnalysisResult, AppliedRemediation, Diagnostic, PackPolicyInfo } from "../engine/types";
import type { ReportContext } from "./context";
import { appliesAtScope, effectiveLevel } from "./coverage";
import { displayType, isBlocking, sortDiagnostics } from "./display";
import { xmlDocument, type XmlElement } from "./xml";

/** The test case a policy without any result gets, so every suite shows that the policy ran. */
export const NO_VIOLATIONS_CASE = "no violations";

/**
 * Policies are not timed one by one; every duration is 0 (Surefire requires the attribute, and
 * its pattern accepts `0`).
 */
const NO_TIME = "0";

interface Case {
  readonly element: XmlElement;
  readonly failed: boolean;
  readonly skipped: boolean;
}

function testCase(
  classname: string,
  name: string,
  outcome: { failure?: XmlElement; skipped?: string; output?: string },
): Case {
  // Surefire's order: failure, skipped, then system-out.
  const children: XmlElement[] = [];
  if (outcome.failure) children.push(outcome.failure);
  if (outcome.skipped !== undefined)
    children.push({ name: "skipped", attributes: { message: outcome.skipped } });
  if (outcome.output !== undefined) children.push({ name: "system-out", text: outcome.output });
  return {
    element: { name: "testcase", attributes: { name, classname, time: NO_TIME }, children },
    failed: outcome.failure !== undefined,
    skipped: outcome.skipped !== undefined,
  };
}

/**
 * `--format junit`, valid against Jenkins' JUnit schema (xUnit plugin `junit-10.xsd`) and, suite
 * by suite, Maven Surefire's: one `<testsuite>` per policy (pack order, then any policy only the
 * results name) with the policy's level and severity as suite properties, one `<testcase>` per
 * (policy, resource) result, named `<type>: <name>` with the policy as classname:
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
  const diagnosticsByPolicy = groupBy(sortDiagnostics(result.diagnostics), (d) => d.policyName);
  const remediationsByPolicy = groupBy(result.remediations, (r) => r.policyName);
  const policies: PackPolicyInfo[] = [...result.pack.policies];
  for (const name of diagnosticsByPolicy.keys()) {
    if (!policies.some((p) => p.name === name)) {
      const d = diagnosticsByPolicy.get(name)![0];
      policies.push({ name, description: d.description, enforcementLevel: d.enforcementLevel, tags: [] });
    }
  }
  const suites = policies.map((policy) =>
    suite(policy, policyCases(policy, context, diagnosticsByPolicy, remediationsByPolicy), context),
  );
  const count = (key: "tests" | "failures") => suites.reduce((n, s) => n + Number(s.attributes![key]), 0);
  return xmlDocument({
    name: "testsuites",
    attributes: {
      name: `scopeguard ${result.pack.name}@${result.pack.version}`,
      tests: count("tests"),
      failures: count("failures"),
      errors: 0,
      time: NO_TIME,
    },
    children: suites,
  });
}

function suite(policy: PackPolicyInfo, cases: readonly Case[], context: ReportContext): XmlElement {
  const properties: XmlElement[] = [
    {
      name: "property",
      attributes: { name: "enforcementLevel", value: effectiveLevel(policy, context.packConfig) },
    },
    ...(policy.severity
      ? [{ name: "property", attributes: { name: "severity", value: policy.severity } }]
      : []),
  ];
  return {
    name: "testsuite",
    attributes: {
      name: policy.name,
      tests: cases.length,
      failures: cases.filter((c) => c.failed).length,
      errors: 0,
      skipped: cases.filter((c) => c.skipped).length,
      time: NO_TIME,
    },
    children: [{ name: "properties", children: properties }, ...cases.map((c) => c.element)],
  };
}

function policyCases(
  policy: PackPolicyInfo,
  context: ReportContext,
  diagnosticsByPolicy: Map<string, Diagnostic[]>,
  remediationsByPolicy: Map<string, AppliedRemediation[]>,
): Case[] {
  const diagnostics = diagnosticsByPolicy.get(policy.name) ?? [];
  const remediations = remediationsByPolicy.get(policy.name) ?? [];
  const cases = [
    ...[...groupBy(diagnostics, (d) => d.urn).values()].map((group) => diagnosticCase(policy.name, group)),
    ...remediations.map(remediationCase),
  ];
  if (cases.length > 0) {
    return cases;
  }
  if (effectiveLevel(policy, context.packConfig) === "disabled") {
    return [
      testCase(policy.name, "disabled", {
        skipped: "disabled by the pack config",
        output: `${policy.name} is disabled by the pack config.`,
      }),
    ];
  }
  if (!appliesAtScope(policy, context.declaredScope)) {
    const from = policy.tags.find((t) => t.startsWith("scope:"));
    return [
      testCase(policy.name, `not applicable at scope ${context.declaredScope!.scope}`, {
        skipped: `applies from ${from} only`,
        output: `${policy.name} applies from ${from} only.`,
      }),
    ];
  }
  return [testCase(policy.name, NO_VIOLATIONS_CASE, {})];
}

function caseName(d: { resourceType: string; resourceName: string }): string {
  return `${displayType(d.resourceType)}: ${d.resourceName}`;
}

function diagnosticText(d: Diagnostic): string {
  const severity = d.severity === undefined ? "" : ` [severity: ${d.severity}]`;
  return `[${d.enforcementLevel}]${severity}  ${d.policyName}\n${d.description}\n${d.message}\nurn: ${d.urn}`;
}

function diagnosticCase(policy: string, group: readonly Diagnostic[]): Case {
  const blocking = group.filter(isBlocking);
  const text = group.map(diagnosticText).join("\n\n");
  if (blocking.length > 0) {
    return testCase(policy, caseName(group[0]), {
      failure: {
        name: "failure",
        attributes: {
          message: blocking.map((d) => d.message).join("\n"),
          type: blocking[0].enforcementLevel,
        },
        text,
      },
    });
  }
  if (group.every((d) => d.enforcementLevel === "disabled")) {
    return testCase(policy, caseName(group[0]), { skipped: "disabled", output: text });
  }
  return testCase(policy, caseName(group[0]), { output: text });
}

function remediationCase(r: AppliedRemediation): Case {
  return testCase(r.policyName, `${caseName(r)} (remediated)`, {
    output: `[remediate]  ${r.policyName}\nchanged: ${r.changedKeys.join(", ") || "(no key)"}\nurn: ${r.urn}`,
  });
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
