import type {
  ReportViolation,
  ResourceValidation,
  ResourceValidationPolicy,
  StackValidation,
  StackValidationPolicy,
} from "@pulumi/policy";
import { findExemption, nameFromUrn, recordAppliedExemption } from "./exemptions";
import { currentSettings } from "./settings";

type AnyPolicy = ResourceValidationPolicy | StackValidationPolicy;

/**
 * A report callback that holds back each violation an unexpired exemption covers and records it
 * for the exemption report, exactly as scopeguard's own policies do.
 */
function exemptingReport(policy: string, report: ReportViolation, resource?: { urn: string; name: string }) {
  return (message: string, urn?: string): void => {
    const target = resource ?? (urn ? { urn, name: nameFromUrn(urn) } : undefined);
    const exemption = target && findExemption(currentSettings().exemptions, policy, target.urn, target.name);
    if (target && exemption) {
      recordAppliedExemption(target.urn, policy, exemption, message);
    } else {
      report(message, urn);
    }
  };
}

/** Keeps the SDK's type hint (`__pulumiType`), which lets it skip resources of other types. */
function sameHint<F extends object>(from: object, to: F): F {
  const hint = (from as { __pulumiType?: unknown }).__pulumiType;
  if (hint !== undefined) {
    (to as { __pulumiType?: unknown }).__pulumiType = hint;
  }
  return to;
}

/**
 * A policy of the pack's user, made to honour the exemptions of the `scopeguard-settings` config
 * as scopeguard's policies do: a covered violation is not reported but shown by the exemption
 * report, and a covered resource is not remediated. Everything else about the policy is unchanged.
 */
export function withExemptions<P extends AnyPolicy>(policy: P): P {
  const wrapped: AnyPolicy = { ...policy };
  const name = policy.name;
  if ("validateResource" in policy && policy.validateResource !== undefined) {
    const validations = Array.isArray(policy.validateResource)
      ? policy.validateResource
      : [policy.validateResource];
    (wrapped as ResourceValidationPolicy).validateResource = validations.map((validate) =>
      sameHint<ResourceValidation>(validate, (args, report) =>
        validate(args, exemptingReport(name, report, { urn: args.urn, name: args.name })),
      ),
    );
  }
  if ("remediateResource" in policy && policy.remediateResource !== undefined) {
    const remediate = policy.remediateResource;
    (wrapped as ResourceValidationPolicy).remediateResource = sameHint(remediate, (args) =>
      findExemption(currentSettings().exemptions, name, args.urn, args.name) ? undefined : remediate(args),
    );
  }
  if ("validateStack" in policy && policy.validateStack !== undefined) {
    const validate = policy.validateStack;
    (wrapped as StackValidationPolicy).validateStack = sameHint<StackValidation>(validate, (args, report) =>
      validate(args, exemptingReport(name, report)),
    );
  }
  return wrapped as P;
}
