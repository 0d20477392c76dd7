/**
 * One analyzer session over a program run, in the engine's RPC order
 * (pulumi-engine-and-policy-protocol.md 2.1): ConfigureStack -> GetAnalyzerInfo -> Configure
 * (every policy) -> per resource, in registration order, Remediate then Analyze -> AnalyzeStack
 * once with every resource. The Stack, components and providers are analyzed too.
 */
import { isDeepStrictEqual } from "util";
import * as analyzerproto from "@pulumi/pulumi/proto/analyzer_pb";
import type { AnalysisResult, AppliedRemediation, Diagnostic, ProgramRun, RecordedResource } from "../types";
import type { PolicyPackProcess } from "./process";
import { reconcilePackConfig } from "./pack-config";
import { initialConfig, levelEnum, levelName, packInfo, severityName } from "./proto";
import { analyzeRequest, providerCache, stackResource, toStruct } from "./requests";
import { PulumiType } from "../../../policypack/vocabulary";

/** Options of {@link analyzeRun}. */
export interface AnalyzeOptions {
  /** Pack config in --policy-pack-config file format. */
  readonly packConfig?: Record<string, unknown>;
  /** Stack tags, e.g. `{"ai-scope": "3"}`. */
  readonly stackTags?: Record<string, string>;
  /** @default the run's organization, else "organization" */
  readonly organization?: string;
  /** Receives each pack-config warning (a policy name the pack does not have). */
  readonly onWarning?: (message: string) => void;
}

function configurePack(
  run: ProgramRun,
  options: AnalyzeOptions,
): analyzerproto.AnalyzerStackConfigureRequest {
  const req = new analyzerproto.AnalyzerStackConfigureRequest();
  req.setStack(run.stack);
  req.setProject(run.project);
  req.setOrganization(options.organization ?? run.organization ?? "organization");
  req.setDryRun(run.mode === "preview");
  const config = req.getConfigMap();
  for (const [k, v] of Object.entries(run.config ?? {})) config.set(k, v);
  req.setConfigSecretKeysList([...(run.secretConfigKeys ?? [])]);
  const tags = req.getTagsMap();
  for (const [k, v] of Object.entries(options.stackTags ?? {})) tags.set(k, v);
  return req;
}

/** Keys whose value differs between two property maps. */
function changedKeys(before: Record<string, unknown>, after: Record<string, unknown>): string[] {
  const keys = new Set([...Object.keys(before), ...Object.keys(after)]);
  // Structural: the pack's answer comes back through a protobuf Struct, whose key order differs.
  return [...keys].filter((k) => !isDeepStrictEqual(before[k], after[k])).sort();
}

/** Drives `pack` over `run`; see the file comment. Rejects with ConfigError on bad pack config. */
export async function analyzeRun(
  run: ProgramRun,
  pack: PolicyPackProcess,
  options: AnalyzeOptions = {},
): Promise<AnalysisResult> {
  await pack.configureStack(configurePack(run, options));
  const infoMsg = await pack.getAnalyzerInfo();
  const info = packInfo(infoMsg);
  const config = reconcilePackConfig(info, initialConfig(infoMsg), options.packConfig, options.onWarning);
  const configure = new analyzerproto.ConfigureAnalyzerRequest();
  const map = configure.getPolicyconfigMap();
  for (const [name, c] of Object.entries(config)) {
    const pc = new analyzerproto.PolicyConfig();
    pc.setEnforcementlevel(levelEnum(c.enforcementLevel));
    pc.setProperties(toStruct(c.properties));
    map.set(name, pc);
  }
  await pack.configure(configure);

  const byUrn = new Map<string, RecordedResource>(run.resources.map((r) => [r.urn, r]));
  const providerOf = providerCache((urn) => byUrn.get(urn));
  const stack = run.resources.find((r) => r.type === PulumiType.Stack);
  const stackUrn =
    stack?.urn ?? `urn:pulumi:${run.stack}::${run.project}::${PulumiType.Stack}::${run.project}-${run.stack}`;
  const diagnostics: Diagnostic[] = [];
  const remediations: AppliedRemediation[] = [];
  // Remediate only runs policies at level "remediate": without one, every answer is empty.
  const anyRemediate = Object.values(config).some((c) => c.enforcementLevel === "remediate");

  const toDiagnostic = (
    d: analyzerproto.AnalyzeDiagnostic,
    r: RecordedResource,
    phase: Diagnostic["phase"],
  ): Diagnostic => {
    const level = levelName(d.getEnforcementlevel());
    return {
      policyName: d.getPolicyname(),
      policyPackName: d.getPolicypackname() || info.name,
      policyPackVersion: d.getPolicypackversion() || info.version,
      enforcementLevel: level === "remediate" ? "mandatory" : level,
      severity: severityName(d.getSeverity()),
      description: d.getDescription(),
      message: withoutDescription(d.getMessage(), d.getDescription()),
      urn: r.urn,
      resourceType: r.type,
      resourceName: r.name,
      phase,
    };
  };

  const inputsByUrn = new Map<string, Record<string, unknown>>();
  const outputsByUrn = new Map<string, Record<string, unknown>>();
  for (const r of run.resources) {
    let inputs = r.inputs;
    let outputs = r.outputs;
    if (anyRemediate) {
      const rem = await pack.remediate(analyzeRequest(r, inputs, providerOf(r), true));
      for (const x of rem.getRemediationsList()) {
        const props = x.getProperties();
        if (props) {
          const after = props.toJavaScript() as Record<string, unknown>;
          const changed = changedKeys(inputs, after);
          remediations.push({
            policyName: x.getPolicyname(),
            urn: r.urn,
            resourceType: r.type,
            resourceName: r.name,
            changedKeys: changed,
          });
          // Under mocks, outputs echo inputs: carry the change over, as the provider would.
          if (r.custom) {
            outputs = { ...outputs };
            for (const k of changed) {
              if (k in after) outputs[k] = after[k];
              else delete outputs[k];
            }
          }
          inputs = after;
        }
        const why = x.getDiagnostic();
        if (why) {
          diagnostics.push({
            policyName: x.getPolicyname(),
            policyPackName: x.getPolicypackname() || info.name,
            policyPackVersion: x.getPolicypackversion() || info.version,
            enforcementLevel: "advisory",
            description: x.getDescription(),
            message: why,
            urn: r.urn,
            resourceType: r.type,
            resourceName: r.name,
            phase: "analyze",
          });
        }
      }
    }
    inputsByUrn.set(r.urn, inputs);
    outputsByUrn.set(r.urn, outputs);
    const resp = await pack.analyze(analyzeRequest(r, inputs, providerOf(r), false));
    // For Analyze the engine ignores the diagnostic's URN: it is always the resource's.
    for (const d of resp.getDiagnosticsList()) diagnostics.push(toDiagnostic(d, r, "analyze"));
  }

  const stackReq = new analyzerproto.AnalyzeStackRequest();
  stackReq.setResourcesList(
    run.resources.map((r) => stackResource(r, outputsByUrn.get(r.urn) ?? r.outputs, providerOf(r))),
  );
  const stackResp = await pack.analyzeStack(stackReq);
  for (const d of stackResp.getDiagnosticsList()) {
    // A URN that names no resource of this run is attributed to the Stack (resolveStackPolicyViolationURN).
    const target = byUrn.get(d.getUrn()) ??
      stack ?? { urn: stackUrn, type: PulumiType.Stack, name: `${run.project}-${run.stack}` };
    diagnostics.push(toDiagnostic(d, target as RecordedResource, "analyze-stack"));
  }

  const analyzedRun: ProgramRun =
    remediations.length === 0
      ? run
      : {
          ...run,
          resources: run.resources.map((r) => ({
            ...r,
            inputs: inputsByUrn.get(r.urn) ?? r.inputs,
            outputs: outputsByUrn.get(r.urn) ?? r.outputs,
          })),
        };
  return {
    run: analyzedRun,
    pack: info,
    diagnostics,
    remediations,
    hasMandatory: diagnostics.some((d) => d.enforcementLevel === "mandatory"),
    ...(options.stackTags === undefined ? {} : { stackTags: options.stackTags }),
  };
}

/**
 * @pulumi/policy sends "<description>\n<message>" for a violation; reports show the description
 * once, so the diagnostic keeps only what is specific to this resource.
 */
export function withoutDescription(message: string, description: string): string {
  const prefix = `${description}\n`;
  return description !== "" && message.startsWith(prefix) ? message.slice(prefix.length) : message;
}
