import type { PolicyProviderResource, PolicyResource, PolicyResourceOptions } from "@pulumi/policy";
import type * as analyzerproto from "@pulumi/pulumi/proto/analyzer_pb";
import { sdkPolicyHelpers } from "./sdk-server";
import { deserializeAsServer } from "./shared-deserialization";
import { sdkProxy } from "./sdk-proxy";

/**
 * Resources as the SDK's handlers (@pulumi/policy server.js) hand them to policies, read the way
 * the SDK reads them: props deserialized and behind the unknown-checking proxy, options, provider.
 * For AnalyzeStack, every resource of the request with parent and dependency links to the others. The SDK builds this list again for every stack policy;
 * built once, it is shared by all of them (shared-stack-analysis.ts), so the list and each
 * resource are frozen: a policy that tried to change what another one reads would fail loudly.
 */

/** A Struct's props as a policy sees them: deserialized, behind the SDK's unknown-checking proxy. */
export function policyProps(struct: unknown): PolicyResource["props"] {
  return sdkProxy.unknownCheckingProxy(deserializeAsServer(struct));
}

/** A resource whose links are filled in once every resource of the request exists. */
interface Unlinked {
  readonly resource: PolicyResource;
  readonly parent: string;
  readonly dependencies: readonly string[];
  readonly propertyDependencies: ReadonlyMap<string, readonly string[]>;
}

/** Whether a resource of `type` is an instance of `resourceClass`, as the SDK's `isType` answers. */
export function isTypeOf(type: string, resourceClass: unknown): boolean {
  const pulumiType = sdkPolicyHelpers.getPulumiType(resourceClass);
  if (pulumiType) {
    return type === pulumiType;
  }
  const isInstance = (resourceClass as { isInstance?: unknown } | undefined)?.isInstance;
  return typeof isInstance === "function" && isInstance({ __pulumiType: type }) === true;
}

/** A request that carries a resource's options and provider (AnalyzeRequest, AnalyzerResource). */
interface WithOptionsAndProvider {
  getOptions(): analyzerproto.AnalyzerResourceOptions | undefined;
  getProvider(): analyzerproto.AnalyzerProviderResource | undefined;
}

/** The resource's options, as the SDK reads them off the request. */
export function resourceOptions(r: WithOptionsAndProvider): PolicyResourceOptions {
  const opts = r.getOptions();
  if (!opts) {
    throw new Error(
      "A more recent version of the Pulumi CLI is required. " +
        "To upgrade, see https://www.pulumi.com/docs/get-started/install/",
    );
  }
  const timeouts = opts.getCustomtimeouts();
  const result: PolicyResourceOptions = {
    protect: opts.getProtect(),
    ignoreChanges: opts.getIgnorechangesList(),
    aliases: opts.getAliasesList(),
    customTimeouts: {
      createSeconds: timeouts?.getCreate() ?? 0.0,
      updateSeconds: timeouts?.getUpdate() ?? 0.0,
      deleteSeconds: timeouts?.getDelete() ?? 0.0,
    },
    additionalSecretOutputs: opts.getAdditionalsecretoutputsList(),
  };
  if (opts.getDeletebeforereplacedefined()) {
    result.deleteBeforeReplace = opts.getDeletebeforereplace();
  }
  if (opts.getParent()) {
    result.parent = opts.getParent();
  }
  return result;
}

/** The resource's provider, as the SDK reads it off the request. */
export function providerResource(r: WithOptionsAndProvider): PolicyProviderResource | undefined {
  const provider = r.getProvider();
  if (!provider) {
    return undefined;
  }
  return {
    type: provider.getType(),
    props: policyProps(provider.getProperties()),
    urn: provider.getUrn(),
    name: provider.getName(),
  };
}

function unlinked(r: analyzerproto.AnalyzerResource): Unlinked {
  const type = r.getType();
  const props = policyProps(r.getProperties());
  const resource: PolicyResource = {
    type,
    props,
    urn: r.getUrn(),
    name: r.getName(),
    opts: resourceOptions(r),
    dependencies: [],
    propertyDependencies: {},
    isType: (resourceClass) => isTypeOf(type, resourceClass),
    asType: ((resourceClass: unknown) =>
      isTypeOf(type, resourceClass) ? props : undefined) as PolicyResource["asType"],
  };
  const provider = providerResource(r);
  if (provider) {
    resource.provider = provider;
  }
  const propertyDependencies = new Map<string, readonly string[]>();
  for (const [key, deps] of r.getPropertydependenciesMap().entries()) {
    propertyDependencies.set(key, deps.getUrnsList());
  }
  return { resource, parent: r.getParent(), dependencies: r.getDependenciesList(), propertyDependencies };
}

/** Every resource of the request, linked to its parent and dependencies, frozen. */
export function stackResources(request: analyzerproto.AnalyzeStackRequest): readonly PolicyResource[] {
  const built = request.getResourcesList().map(unlinked);
  const byUrn = new Map<string, PolicyResource>();
  for (const { resource } of built) {
    byUrn.set(resource.urn, resource);
  }
  const resolve = (urns: readonly string[]): PolicyResource[] =>
    urns.map((urn) => byUrn.get(urn)).filter((r): r is PolicyResource => r !== undefined);
  for (const { resource, parent, dependencies, propertyDependencies } of built) {
    const parentResource = parent ? byUrn.get(parent) : undefined;
    if (parentResource) {
      resource.parent = parentResource;
    }
    resource.dependencies = resolve(dependencies);
    for (const [key, urns] of propertyDependencies) {
      resource.propertyDependencies[key] = resolve(urns);
    }
  }
  for (const { resource } of built) {
    Object.freeze(resource.dependencies);
    Object.freeze(resource.propertyDependencies);
    Object.freeze(resource.opts);
    Object.freeze(resource);
  }
  return Object.freeze(built.map((b) => b.resource));
}
