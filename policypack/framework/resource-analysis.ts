import type {
  Policy,
  ResourceValidation,
  ResourceValidationArgs,
  ResourceValidationPolicy,
} from "@pulumi/policy";
import type * as analyzerproto from "@pulumi/pulumi/proto/analyzer_pb";
import {
  answerThrown,
  configGetter,
  levelOf,
  NotApplicableList,
  reporter,
  throwNotApplicable,
  type PackState,
  type ServedPack,
} from "./sdk-answers";
import { sdkPolicyHelpers, type SdkDiagnostic } from "./sdk-server";
import { isTypeOf, policyProps, providerResource, resourceOptions } from "./stack-resources";
import { skipsType } from "./validation-types";

/**
 * The SDK's Analyze handler builds a policy's arguments (a proxy over the props, options,
 * provider, closures) and awaits the policy, for every policy of the pack and every resource,
 * although most of a pack's policies look at one or two types. This handler answers exactly as
 * the SDK's does, but does not call a validation that declared other types (validation-types.ts):
 * on this resource it would return without a word.
 */

/** Runs every resource policy on the request's resource; the answer is the SDK handler's. */
export async function analyzeResource(
  request: analyzerproto.AnalyzeRequest,
  pack: ServedPack,
  policies: readonly Policy[],
  state: PackState,
): Promise<analyzerproto.AnalyzeResponse> {
  const type = request.getType();
  const diagnostics: SdkDiagnostic[] = [];
  const notApplicable = new NotApplicableList();
  for (const policy of policies) {
    let enforcementLevel = levelOf(policy, pack, state);
    if (enforcementLevel === "disabled" || !sdkPolicyHelpers.isResourcePolicy(policy)) {
      continue;
    }
    const { validateResource } = policy as ResourceValidationPolicy;
    if (!validateResource) {
      notApplicable.add(policy.name, "Policy does not implement validateResource");
      continue;
    }
    if (enforcementLevel === "remediate") {
      enforcementLevel = "mandatory"; // a violation left after remediation is reported as mandatory
    }
    if (!Array.isArray(validateResource)) {
      const pulumiType = sdkPolicyHelpers.getPulumiType(validateResource);
      if (pulumiType && type !== pulumiType) {
        notApplicable.add(policy.name, `Policy only applies to resources of type '${pulumiType}'`);
        continue;
      }
    }
    const report = reporter(policy, pack, enforcementLevel, diagnostics);
    const validations: readonly ResourceValidation[] = Array.isArray(validateResource)
      ? validateResource
      : [validateResource];
    for (const validation of validations) {
      if (skipsType(validation, type)) {
        continue;
      }
      try {
        const props = policyProps(request.getProperties());
        const args: ResourceValidationArgs = {
          type,
          props,
          urn: request.getUrn(),
          name: request.getName(),
          opts: resourceOptions(request),
          stackTags: state.stackTags,
          isType: (resourceClass) => isTypeOf(type, resourceClass),
          asType: ((resourceClass: unknown) =>
            isTypeOf(type, resourceClass) ? props : undefined) as ResourceValidationArgs["asType"],
          getConfig: configGetter(policy.name, state),
          notApplicable: throwNotApplicable,
        };
        const provider = providerResource(request);
        if (provider) {
          args.provider = provider;
        }
        await Promise.resolve(validation(args, report));
      } catch (e) {
        answerThrown(e, policy, pack, diagnostics, notApplicable);
      }
    }
  }
  return notApplicable.response(diagnostics);
}
