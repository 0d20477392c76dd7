import type { Policy } from "@pulumi/policy";
import type * as analyzerproto from "@pulumi/pulumi/proto/analyzer_pb";
import { sdkAnalyzerProto, sdkProtoutil, type SdkDiagnostic, type SdkEnforcementLevel } from "./sdk-server";
import { sdkProxy } from "./sdk-proxy";

/**
 * The pieces of the SDK's analyzer handlers (@pulumi/policy server.js) that the pack's own
 * Analyze and AnalyzeStack handlers answer with, so that their answers are the SDK's: enforcement
 * levels, `reportViolation`, not-applicable entries, and what a policy that throws turns into.
 */

/** The pack as `serve` names it. */
export interface ServedPack {
  readonly name: string;
  readonly version: string;
  readonly enforcementLevel: SdkEnforcementLevel;
}

/** A policy's config as Configure sends it: its properties plus its enforcement level. */
export type PolicyConfig = Record<string, unknown> & { enforcementLevel: SdkEnforcementLevel };

/** What Configure and ConfigureStack last told the pack. */
export interface PackState {
  config: Readonly<Record<string, PolicyConfig>>;
  stackTags: ReadonlyMap<string, string>;
}

/** Thrown by a policy's `args.notApplicable`, as the SDK's own (private) class is. */
class NotApplicableError extends Error {
  constructor(readonly reason?: string) {
    super(reason ?? "Policy does not apply");
  }
}

/** `args.notApplicable`. */
export const throwNotApplicable = (reason?: string): never => {
  throw new NotApplicableError(reason);
};

/** The level a policy runs at: its config's, else its own, else the pack's. */
export function levelOf(policy: Policy, pack: ServedPack, state: PackState): SdkEnforcementLevel {
  return state.config[policy.name]?.enforcementLevel || policy.enforcementLevel || pack.enforcementLevel;
}

/** `args.getConfig`: the policy's config without its enforcement level. */
export function configGetter(policyName: string, state: PackState): <T extends object>() => T {
  return <T extends object>(): T => {
    const { enforcementLevel: _level, ...properties } = state.config[policyName] ?? {};
    return properties as T;
  };
}

/** Not-applicable entries of one response. */
export class NotApplicableList {
  private entries: analyzerproto.PolicyNotApplicable[] | undefined;

  add(policyName: string, reason?: string): void {
    const entry = new sdkAnalyzerProto.PolicyNotApplicable();
    entry.setPolicyName(policyName);
    if (reason) {
      entry.setReason(reason);
    }
    (this.entries ??= []).push(entry);
  }

  /** The response for `diagnostics` and these entries, encoded by the SDK. */
  response(diagnostics: readonly SdkDiagnostic[]): analyzerproto.AnalyzeResponse {
    return sdkProtoutil.makeAnalyzeResponse(diagnostics, this.entries);
  }
}

/** The SDK's `reportViolation` for one policy (both forms: a message, or an object of fields). */
export function reporter(
  policy: Policy,
  pack: ServedPack,
  enforcementLevel: SdkEnforcementLevel,
  diagnostics: SdkDiagnostic[],
): (message?: string | Partial<SdkDiagnostic & { name: string }>, urn?: string) => void {
  return (message, urn) => {
    const base = { policyName: policy.name, policyPackName: pack.name, policyPackVersion: pack.version };
    if (typeof message === "object") {
      diagnostics.push({
        ...base,
        policyName: message.name || policy.name,
        message: message.message || message.description || policy.description,
        urn: message.urn,
        description: message.description || policy.description,
        enforcementLevel: message.enforcementLevel || enforcementLevel,
        severity: message.severity || policy.severity,
      });
      return;
    }
    diagnostics.push({
      ...base,
      message: message ? `${policy.description}\n${message}` : policy.description,
      urn,
      description: policy.description,
      enforcementLevel,
      severity: policy.severity,
    });
  };
}

/**
 * What a policy that threw becomes, as in the SDK: an unknown value read during preview is an
 * advisory "can't run" diagnostic, `notApplicable` an entry; anything else fails the call.
 */
export function answerThrown(
  e: unknown,
  policy: Policy,
  pack: ServedPack,
  diagnostics: SdkDiagnostic[],
  notApplicable: NotApplicableList,
): void {
  const policyFrom = `policy '${policy.name}' from policy pack '${pack.name}@v${pack.version}'`;
  if (e instanceof sdkProxy.UnknownValueError) {
    // The SDK copies every field of the policy but its name and validation function.
    const fields: Record<string, unknown> = { ...policy };
    delete fields.name;
    delete fields.validateResource;
    delete fields.validateStack;
    diagnostics.push({
      policyName: policy.name,
      policyPackName: pack.name,
      policyPackVersion: pack.version,
      message: `can't run ${policyFrom} during preview: ${e.message}`,
      ...fields,
      enforcementLevel: "advisory",
    } as SdkDiagnostic);
  } else if (e instanceof NotApplicableError) {
    notApplicable.add(policy.name, e.reason);
  } else {
    throw sdkProtoutil.asGrpcError(e, `Error validating resource with ${policyFrom}`);
  }
}
