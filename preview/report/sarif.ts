import { createHash } from "node:crypto";
import type * as sarif from "sarif";
import type { AnalysisResult, Diagnostic, PackPolicyInfo, ReportedLevel } from "../engine/types";
import type { ReportContext } from "./context";
import { displayType, sortDiagnostics } from "./display";

/** The SARIF schema the log declares. */
export const SARIF_SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";

/**
 * SARIF level for an enforcement level: mandatory (and remediate, whose reported violations the
 * engine treats as mandatory) is `error`, advisory `warning`, disabled `none`.
 */
export function sarifLevel(level: ReportedLevel): sarif.ReportingConfiguration.level {
  switch (level) {
    case "mandatory":
    case "remediate":
      return "error";
    case "advisory":
      return "warning";
    default:
      return "none";
  }
}

/**
 * GitHub code scanning ranks findings by a `security-severity` score (0-10): these are the midpoints
 * of its low/medium/high/critical bands.
 */
const SECURITY_SEVERITY: Readonly<Record<string, string>> = {
  low: "3.0",
  medium: "5.5",
  high: "8.0",
  critical: "9.5",
};

function rule(policy: PackPolicyInfo): sarif.ReportingDescriptor {
  const severity = policy.severity;
  return {
    id: policy.name,
    shortDescription: { text: policy.description || policy.name },
    ...(policy.remediationSteps ? { help: { text: policy.remediationSteps } } : {}),
    defaultConfiguration: {
      level: sarifLevel(policy.enforcementLevel),
      enabled: policy.enforcementLevel !== "disabled",
    },
    properties: {
      tags: [...policy.tags],
      ...(severity
        ? {
            severity,
            ...(SECURITY_SEVERITY[severity] ? { "security-severity": SECURITY_SEVERITY[severity] } : {}),
          }
        : {}),
    },
  };
}

/** A rule for a diagnostic whose policy the pack did not describe (should not happen; stay valid). */
function ruleFromDiagnostic(d: Diagnostic): PackPolicyInfo {
  return {
    name: d.policyName,
    description: d.description,
    enforcementLevel: d.enforcementLevel,
    tags: [],
    severity: d.severity,
  };
}

/** A stable fingerprint so tools can track a finding across runs. */
function fingerprint(d: Diagnostic): string {
  return createHash("sha256")
    .update(`${d.policyName}\u0000${d.urn}\u0000${d.message}`)
    .digest("hex")
    .slice(0, 32);
}

/**
 * Builds a SARIF 2.1.0 log: one run whose driver is the pack (a rule per policy, in pack order),
 * one result per diagnostic in Pulumi's order, located by a location holding only a logical location
 * (the resource's URN, name and type: a cloud resource has no file). Unanswered invokes become
 * warning notifications of the invocation.
 */
export function buildSarifLog(result: AnalysisResult, _context: ReportContext = {}): sarif.Log {
  const policies = [...result.pack.policies];
  const index = new Map<string, number>(policies.map((p, i) => [p.name, i]));
  for (const d of result.diagnostics) {
    if (!index.has(d.policyName)) {
      index.set(d.policyName, policies.length);
      policies.push(ruleFromDiagnostic(d));
    }
  }
  const results = sortDiagnostics(result.diagnostics).map((d): sarif.Result => ({
    ruleId: d.policyName,
    ruleIndex: index.get(d.policyName)!,
    level: sarifLevel(d.enforcementLevel),
    kind: "fail",
    message: { text: d.message || d.description },
    locations: [
      {
        logicalLocations: [
          {
            name: d.resourceName,
            fullyQualifiedName: d.urn,
            kind: "resource",
            properties: { resourceType: d.resourceType, displayType: displayType(d.resourceType) },
          },
        ],
      },
    ],
    partialFingerprints: { "scopeguardFinding/v1": fingerprint(d) },
    properties: {
      enforcementLevel: d.enforcementLevel,
      ...(d.severity ? { severity: d.severity } : {}),
      description: d.description,
      phase: d.phase,
    },
  }));
  const notifications: sarif.Notification[] = result.run.unansweredInvokes.map((i) => ({
    level: "warning",
    message: {
      text: `the offline engine could not answer ${i.token} (${i.count} call${i.count === 1 ? "" : "s"}); results that depend on it may be incomplete`,
    },
  }));
  return {
    $schema: SARIF_SCHEMA,
    version: "2.1.0",
    runs: [
      {
        tool: {
          driver: {
            name: result.pack.name,
            version: result.pack.version,
            ...(/^\d+\.\d+\.\d+/.test(result.pack.version) ? { semanticVersion: result.pack.version } : {}),
            rules: policies.map(rule),
          },
        },
        invocations: [
          {
            executionSuccessful: true,
            ...(notifications.length > 0 ? { toolExecutionNotifications: notifications } : {}),
          },
        ],
        results,
        properties: {
          project: result.run.project,
          stack: result.run.stack,
          mode: result.run.mode,
        },
      },
    ],
  };
}

/** `--format sarif`: {@link buildSarifLog}, two-space indented. */
export function renderSarif(result: AnalysisResult, context: ReportContext = {}): string {
  return JSON.stringify(buildSarifLog(result, context), null, 2) + "\n";
}
