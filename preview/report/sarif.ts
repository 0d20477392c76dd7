import { createHash } from "node:crypto";
import type * as sarif from "sarif";
import type { AnalysisResult, Diagnostic, PackPolicyInfo, ReportedLevel } from "../engine/types";
import type { ReportContext } from "./context";
import { displayType, sortDiagnostics } from "./display";
import { exemptedFinding } from "./exemptions";
import { policyHelpUri, resourceLocations, type RepoLocation } from "./locations";

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

/** Tag prefixes of framework mappings, and how a rule's help names them. */
const FRAMEWORK_TAGS: readonly (readonly [prefix: string, title: string])[] = [
  ["nist-csf:", "NIST CSF 2.0"],
  ["owasp-llm:", "OWASP Top 10 for LLM Applications 2025"],
  ["mitre-atlas:", "MITRE ATLAS"],
  ["cisa-ncsc:", "CISA/NCSC guidelines"],
  ["seed:", "Checklist items"],
];

/** The rule's help in Markdown: what it checks, how to fix, the framework mappings, the reference. */
function helpMarkdown(policy: PackPolicyInfo, helpUri: string | undefined): string {
  const lines = [policy.description || policy.name];
  if (policy.remediationSteps) {
    lines.push("", `**How to fix:** ${policy.remediationSteps}`);
  }
  const mappings = FRAMEWORK_TAGS.map(([prefix, title]) => {
    const ids = policy.tags.filter((t) => t.startsWith(prefix)).map((t) => `\`${t.slice(prefix.length)}\``);
    return ids.length === 0 ? "" : `- ${title}: ${ids.join(", ")}`;
  }).filter((line) => line !== "");
  if (mappings.length > 0) {
    lines.push("", "**Mappings:**", ...mappings);
  }
  if (helpUri !== undefined) {
    lines.push("", `[Policy reference](${helpUri})`);
  }
  return lines.join("\n");
}

function rule(policy: PackPolicyInfo, context: ReportContext): sarif.ReportingDescriptor {
  const severity = policy.severity;
  const helpUri = policyHelpUri(policy.name, context);
  const text = [policy.description || policy.name, policy.remediationSteps ?? ""].filter((t) => t !== "");
  return {
    id: policy.name,
    shortDescription: { text: policy.description || policy.name },
    ...(helpUri === undefined ? {} : { helpUri }),
    help: { text: text.join("\n\n"), markdown: helpMarkdown(policy, helpUri) },
    defaultConfiguration: {
      level: sarifLevel(policy.enforcementLevel),
      enabled: policy.enforcementLevel !== "disabled",
    },
    properties: {
      // GitHub code scanning reads security-severity only from rules tagged `security`.
      tags: ["security", ...policy.tags],
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

function physicalLocation(location: RepoLocation): sarif.PhysicalLocation {
  return {
    artifactLocation: { uri: location.uri, uriBaseId: SOURCE_ROOT },
    region: {
      startLine: location.line,
      ...(location.column === undefined ? {} : { startColumn: location.column }),
    },
  };
}

/** The base the artifact URIs are relative to: the repository root, as code scanning expects. */
export const SOURCE_ROOT = "%SRCROOT%";

/**
 * Builds a SARIF 2.1.0 log: one run whose driver is the pack (a rule per policy, in pack order,
 * with help and a link to its reference), one result per diagnostic in Pulumi's order. A result is
 * located in the program (the file and line that declared the resource, relative to the
 * repository root; stack findings at Pulumi.yaml) and logically (the resource's URN, name, type).
 * A violation an exemption hid is a result suppressed externally, its justification the
 * exemption's reason. Unanswered invokes become warning notifications of the invocation.
 */
export function buildSarifLog(result: AnalysisResult, context: ReportContext = {}): sarif.Log {
  const policies = [...result.pack.policies];
  const index = new Map<string, number>(policies.map((p, i) => [p.name, i]));
  const ruleIndex = (name: string, d: Diagnostic): number => {
    if (!index.has(name)) {
      index.set(name, policies.length);
      policies.push(ruleFromDiagnostic({ ...d, policyName: name }));
    }
    return index.get(name)!;
  };
  const locate = resourceLocations(result.run.resources, context);
  const results = sortDiagnostics(result.diagnostics).map((d): sarif.Result => {
    const exempted = exemptedFinding(d, context.packConfig);
    const ruleId = exempted?.policy ?? d.policyName;
    const exemptedPolicy = exempted && policies[ruleIndex(ruleId, d)];
    const level = exemptedPolicy ? exemptedPolicy.enforcementLevel : d.enforcementLevel;
    const message = exempted?.message ?? d.message;
    const location = locate(d.urn);
    return {
      ruleId,
      ruleIndex: ruleIndex(ruleId, d),
      level: sarifLevel(level),
      kind: "fail",
      message: { text: message || d.description },
      locations: [
        {
          ...(location === undefined ? {} : { physicalLocation: physicalLocation(location) }),
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
      partialFingerprints: {
        "scopeguardFinding/v1": fingerprint({ ...d, policyName: ruleId, message }),
      },
      ...(exempted === undefined
        ? {}
        : {
            suppressions: [
              {
                kind: "external",
                status: "accepted",
                justification: exempted.reason,
                properties: { expires: exempted.expires },
              },
            ],
          }),
      properties: {
        enforcementLevel: level,
        ...((exemptedPolicy?.severity ?? d.severity)
          ? { severity: exemptedPolicy?.severity ?? d.severity }
          : {}),
        description: exemptedPolicy?.description ?? d.description,
        phase: d.phase,
      },
    };
  });
  const notifications: sarif.Notification[] = result.run.unansweredInvokes.map((i) => ({
    level: "warning",
    message: {
      text: `the offline engine could not answer ${i.token} (${i.count} call${i.count === 1 ? "" : "s"}); results that depend on it may be incomplete`,
    },
  }));
  const rules = policies.map((p) => rule(p, context));
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
            ...(context.policyDocsUrl === undefined ? {} : { informationUri: context.policyDocsUrl }),
            rules,
          },
        },
        // Code scanning keeps one set of alerts per category: one per project and stack.
        automationDetails: { id: `scopeguard/${result.run.project}/${result.run.stack}/` },
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
