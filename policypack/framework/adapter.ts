import type {
  PolicyResource,
  ReportViolation,
  ResourceValidationArgs,
  ResourceValidationPolicy,
  StackValidationArgs,
  StackValidationPolicy,
} from "@pulumi/policy";
import { findExemption, recordAppliedExemption, nameFromUrn } from "./exemptions";
import { impliedScopeOf, impliedStackScope } from "./implied-scope";
import { checkContext } from "./scope-context";
import { currentSettings, type PackSettings } from "./settings";
import { sdkMetadata } from "./sdk-metadata";
import type {
  CheckContext,
  PolicyDefinition,
  ResourcePolicyDefinition,
  StackPolicyDefinition,
  StackResource,
} from "./types";
import { isUnknownValueError } from "./unknowns";
import { answerSdk, remediationOutcome } from "./remediation";
import { appliesOnlyTo } from "./validation-types";

/**
 * Turns a scopeguard policy definition into an SDK policy: the check stays a pure function, and
 * this wrapper adds what every policy shares (type filter, scope gate, exemptions, fail-closed
 * handling of a check that breaks).
 */
export function toSdkPolicy(def: PolicyDefinition): ResourceValidationPolicy | StackValidationPolicy {
  return def.kind === "resource" ? resourcePolicy(def) : stackPolicy(def);
}

function resourcePolicy(def: ResourcePolicyDefinition): ResourceValidationPolicy {
  const types = new Set(def.resourceTypes);
  const contextFor = (args: ResourceValidationArgs): CheckContext =>
    checkContext(currentSettings(), args.stackTags, () => impliedScopeOf(args.type, args.props));
  const validateResource = (args: ResourceValidationArgs, report: ReportViolation) => {
    if (!types.has(args.type)) {
      return;
    }
    const context = contextFor(args);
    if (context.scope < def.minScope) {
      return;
    }
    const messages = runGuarded(
      def.name,
      () => def.check(args, context),
      (reason) => reason,
    );
    reportUnlessExempt(def.name, currentSettings(), args.urn, args.name, messages, (m) => report(m));
  };
  // No `__pulumiType` marker, though the SDK would then skip other types before calling: every
  // policy shares one deserialization of the props (shared-deserialization.ts), so the type test
  // here costs less than the "not applicable" entry per skipped policy that the SDK would add to
  // every response (measured: about 30% of the Analyze handler's CPU at 10,000 resources).
  const policy: ResourceValidationPolicy = {
    ...sdkMetadata(def),
    enforcementLevel: def.enforcementLevel,
    // The pack's own Analyze handler does not call it for other types (resource-analysis.ts).
    validateResource: appliesOnlyTo(validateResource, types),
  };
  const remediate = def.remediate;
  if (remediate !== undefined) {
    policy.remediateResource = (args) => {
      if (!types.has(args.type)) {
        return undefined;
      }
      const context = contextFor(args);
      const exempt = findExemption(currentSettings().exemptions, def.name, args.urn, args.name);
      if (context.scope < def.minScope || exempt) {
        return undefined;
      }
      // Unknown values and broken remediations are answered here, the same way for every policy.
      return answerSdk(def.name, remediationOutcome(def.check, remediate, args, context), args.notApplicable);
    };
  }
  return policy;
}

function stackPolicy(def: StackPolicyDefinition): StackValidationPolicy {
  const validateStack = (args: StackValidationArgs, report: ReportViolation) => {
    const resources = args.resources as unknown as readonly StackResource[];
    const context = checkContext(currentSettings(), args.stackTags, () => impliedStackScope(resources).scope);
    if (context.scope < def.minScope) {
      return;
    }
    const violations = runGuarded(
      def.name,
      () => def.check(resources, context),
      (message): { message: string; urn?: string } => ({ message }),
    );
    for (const { message, urn = "" } of violations) {
      reportUnlessExempt(def.name, currentSettings(), urn, nameFromUrn(urn), [message], (m) =>
        report(m, urn || undefined),
      );
    }
  };
  // As `validateStackResourcesOfType` does: the SDK skips the policy when no resource has the type.
  if (def.requiresResourceType !== undefined) {
    (validateStack as { __pulumiType?: string }).__pulumiType = def.requiresResourceType;
  }
  return { ...sdkMetadata(def), enforcementLevel: def.enforcementLevel, validateStack };
}

function reportUnlessExempt(
  policy: string,
  settings: PackSettings,
  urn: string,
  name: string,
  messages: readonly string[],
  report: (message: string) => void,
): void {
  for (const message of messages) {
    const exemption = urn ? findExemption(settings.exemptions, policy, urn, name) : undefined;
    if (exemption) {
      recordAppliedExemption(urn, policy, exemption, message);
    } else {
      report(message);
    }
  }
}

/**
 * Runs a check. An unknown value escapes on purpose (the SDK reports that the policy cannot run
 * during preview); any other error becomes a violation, so a broken check fails closed instead
 * of aborting the whole preview.
 */
function runGuarded<T>(
  policy: string,
  check: () => readonly T[],
  toViolation: (message: string) => T,
): readonly T[] {
  // Checks read unknown values often during a preview, and each read builds the SDK's error;
  // only its message is ever shown (here and by the SDK), so its stack trace is not captured.
  const stackTraceLimit = Error.stackTraceLimit;
  Error.stackTraceLimit = 0;
  try {
    return check();
  } catch (e) {
    if (isUnknownValueError(e)) {
      throw e;
    }
    const reason = e instanceof Error ? e.message : String(e);
    return [
      toViolation(
        `${policy} could not evaluate this resource (${reason}); treat it as non-compliant until fixed.`,
      ),
    ];
  } finally {
    Error.stackTraceLimit = stackTraceLimit;
  }
}

/** Re-exported for policies that need the SDK's resource shape. */
export type { PolicyResource };
