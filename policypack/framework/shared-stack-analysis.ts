import type { Policy, PolicyResource, StackValidationArgs, StackValidationPolicy } from "@pulumi/policy";
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
import { stackResources } from "./stack-resources";

/**
 * The SDK's AnalyzeStack handler rebuilds the whole resource list (options, provider, proxies,
 * parent and dependency links) for every stack policy it runs: with thirty stack policies and ten
 * thousand resources that is most of the call's CPU and garbage. This handler answers exactly as
 * the SDK's does, policy by policy, but builds the list once and shares it (stack-resources.ts).
 */

/** Runs every stack policy over one shared resource list; the answer is the SDK handler's. */
export async function analyzeStack(
  request: analyzerproto.AnalyzeStackRequest,
  pack: ServedPack,
  policies: readonly Policy[],
  state: PackState,
): Promise<analyzerproto.AnalyzeResponse> {
  const requestResources = request.getResourcesList();
  const diagnostics: SdkDiagnostic[] = [];
  const notApplicable = new NotApplicableList();
  let resources: readonly PolicyResource[] | undefined;
  /** The types in the request, for policies gated on one (`validateStackResourcesOfType`). */
  let presentTypes: ReadonlySet<string> | undefined;
  for (const policy of policies) {
    let enforcementLevel = levelOf(policy, pack, state);
    if (enforcementLevel === "disabled" || !sdkPolicyHelpers.isStackPolicy(policy)) {
      continue;
    }
    if (enforcementLevel === "remediate") {
      enforcementLevel = "mandatory"; // stack policies cannot remediate
    }
    const { validateStack } = policy as StackValidationPolicy;
    const pulumiType = sdkPolicyHelpers.getPulumiType(validateStack);
    if (pulumiType) {
      presentTypes ??= new Set(requestResources.map((r) => r.getType()));
      if (!presentTypes.has(pulumiType)) {
        notApplicable.add(policy.name, `Policy only applies to resources of type '${pulumiType}'`);
        continue;
      }
    }
    const report = reporter(policy, pack, enforcementLevel, diagnostics);
    try {
      resources ??= stackResources(request);
      const args: StackValidationArgs = {
        // The SDK types the list as mutable; it is frozen because every policy shares it.
        resources: resources as PolicyResource[],
        getConfig: configGetter(policy.name, state),
        stackTags: state.stackTags,
        notApplicable: throwNotApplicable,
      };
      await Promise.resolve(validateStack(args, report));
    } catch (e) {
      answerThrown(e, policy, pack, diagnostics, notApplicable);
    }
  }
  return notApplicable.response(diagnostics);
}
