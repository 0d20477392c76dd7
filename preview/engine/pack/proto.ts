/** Conversions between the analyzer protobuf messages and the engine's own types. */
import * as analyzerproto from "@pulumi/pulumi/proto/analyzer_pb";
import type { PackInfo, PackPolicyInfo, ReportedLevel } from "../types";

const { EnforcementLevel, PolicySeverity } = analyzerproto;

/** Enforcement levels, in the order the engine lists them. */
export const LEVELS: readonly ReportedLevel[] = ["advisory", "mandatory", "remediate", "disabled"];

/** Proto enum -> level name. */
export function levelName(l: number): ReportedLevel {
  switch (l) {
    case EnforcementLevel.MANDATORY:
      return "mandatory";
    case EnforcementLevel.DISABLED:
      return "disabled";
    case EnforcementLevel.REMEDIATE:
      return "remediate";
    default:
      return "advisory";
  }
}

/** Level name -> proto enum. */
export function levelEnum(l: ReportedLevel): number {
  return {
    advisory: EnforcementLevel.ADVISORY,
    mandatory: EnforcementLevel.MANDATORY,
    remediate: EnforcementLevel.REMEDIATE,
    disabled: EnforcementLevel.DISABLED,
  }[l];
}

/** Proto severity -> name, undefined when unspecified. */
export function severityName(s: number): "low" | "medium" | "high" | "critical" | undefined {
  switch (s) {
    case PolicySeverity.POLICY_SEVERITY_LOW:
      return "low";
    case PolicySeverity.POLICY_SEVERITY_MEDIUM:
      return "medium";
    case PolicySeverity.POLICY_SEVERITY_HIGH:
      return "high";
    case PolicySeverity.POLICY_SEVERITY_CRITICAL:
      return "critical";
    default:
      return undefined;
  }
}

/** GetAnalyzerInfo's answer as {@link PackInfo}. */
export function packInfo(info: analyzerproto.AnalyzerInfo): PackInfo {
  const policies: PackPolicyInfo[] = info.getPoliciesList().map((p) => {
    const schema = p.getConfigschema();
    const out: PackPolicyInfo = {
      name: p.getName(),
      description: p.getDescription(),
      enforcementLevel: levelName(p.getEnforcementlevel()),
      severity: severityName(p.getSeverity()),
      tags: p.getTagsList(),
      remediationSteps: p.getRemediationSteps() || undefined,
      configSchema: schema
        ? {
            properties: (schema.getProperties()?.toJavaScript() ?? {}) as Record<string, unknown>,
            required: schema.getRequiredList(),
          }
        : undefined,
    };
    return out;
  });
  return { name: info.getName(), version: info.getVersion(), policies };
}

/** initialConfig from GetAnalyzerInfo, as `{policy: {enforcementLevel, properties}}`. */
export function initialConfig(
  info: analyzerproto.AnalyzerInfo,
): Record<string, { enforcementLevel: ReportedLevel; properties: Record<string, unknown> }> {
  const out: Record<string, { enforcementLevel: ReportedLevel; properties: Record<string, unknown> }> = {};
  info.getInitialconfigMap().forEach((v, k) => {
    // The engine converts the proto level as is: an entry with properties only carries 0 =
    // ADVISORY and so overrides the policy's own level (pkg/resource/plugin/analyzer_plugin.go).
    out[k] = {
      enforcementLevel: levelName(v.getEnforcementlevel()),
      properties: (v.getProperties()?.toJavaScript() ?? {}) as Record<string, unknown>,
    };
  });
  return out;
}
