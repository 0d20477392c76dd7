/**
 * Records what a program registers, by taking over the mock monitor's `registerResource` and
 * `registerResourceOutputs` (MockResourceArgs lacks parents and dependencies; the monitor's
 * RegisterResourceRequest has them). Runs inside the program's child process, against the
 * program's own copy of @pulumi/pulumi.
 *
 * It also does what the engine does and mocks do not:
 * - URNs as the engine builds them (children of the Stack are not qualified by the Stack type);
 * - default providers (`pulumi:providers:aws::default_7_48_0`) registered before their first user,
 *   with the namespace's config (namespace stripped) plus `version` as inputs;
 * - the provider's Check additions (autonames) merged into the recorded inputs.
 */
import type * as resproto from "@pulumi/pulumi/proto/resource_pb";
import type { Struct } from "google-protobuf/google/protobuf/struct_pb";
import type { RecordedOptions, RecordedResource } from "../types";
import type { PreviewMocks } from "../mocks";
import { UNKNOWN, isSecret, secret } from "../sentinels";
import { durationSeconds, toWireMap } from "./wire";
import { uuidFrom } from "../mocks/ids";
import { declarationSite } from "./source-location";
import { EXPANDERS, type ChildRegistration } from "./expand";
import { withPrior, type PriorResource } from "../state/prior";
import { isProviderType, providerType, PulumiType } from "../../../policypack/vocabulary";

/**
 * The parts of the program's @pulumi/pulumi the recorder needs. They are loaded from the program's
 * own copy with `require`, so their types are declared here, from this package's copy of the SDK.
 */
export interface SdkModules {
  readonly rpc: {
    deserializeProperties(s: Struct | undefined): Record<string, unknown>;
    serializeProperties(label: string, p: Record<string, unknown>): Promise<Record<string, unknown>>;
  };
  readonly resproto: { RegisterResourceResponse: new () => resproto.RegisterResourceResponse };
  readonly Struct: { fromJavaScript(o: Record<string, unknown>): Struct };
}

/** A gRPC-style callback, as the SDK's monitor methods take it. */
type Done<T> = (err: unknown, resp?: T) => void;

/** The parts of the SDK's mock monitor the recorder takes over or updates. */
export interface RecordingMonitor {
  registerResource(req: resproto.RegisterResourceRequest, cb: Done<resproto.RegisterResourceResponse>): void;
  registerResourceOutputs(req: resproto.RegisterResourceOutputsRequest, cb: Done<object>): void;
  readonly resources: Map<string, { urn: string; id: string | null; state: unknown }>;
}

/** Run facts the recorder needs. */
export interface RecorderContext {
  readonly project: string;
  readonly stack: string;
  readonly preview: boolean;
  readonly config: Record<string, string>;
  readonly secretKeys: readonly string[];
  /** The program's folder: its declaration sites are recorded. */
  readonly programDir?: string;
  /** Version of `@pulumi/<pkg>` as the program loads it, for default provider names. */
  packageVersion(pkg: string): string | undefined;
  /** A deployed stack's resources by URN: those that exist keep their id and outputs. */
  readonly prior?: ReadonlyMap<string, PriorResource>;
}

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

/** Default options, as the engine reports them for resources that set none. */
function defaultOptions(): RecordedOptions {
  return {
    protect: false,
    ignoreChanges: [],
    aliases: [],
    customTimeouts: { create: 0, update: 0, delete: 0 },
    additionalSecretOutputs: [],
  };
}

function options(req: resproto.RegisterResourceRequest): RecordedOptions {
  const ct = req.getCustomtimeouts();
  const secs = (s: string | undefined): number => durationSeconds(s ?? "") ?? 0;
  const o: Mutable<RecordedOptions> = {
    protect: req.getProtect() === true,
    ignoreChanges: req.getIgnorechangesList(),
    // Only aliases that matched an old resource are sent; a preview from nothing matches none.
    aliases: [],
    customTimeouts: {
      create: secs(ct?.getCreate()),
      update: secs(ct?.getUpdate()),
      delete: secs(ct?.getDelete()),
    },
    additionalSecretOutputs: req.getAdditionalsecretoutputsList(),
  };
  if (req.getDeletebeforereplacedefined()) o.deleteBeforeReplace = req.getDeletebeforereplace();
  return o;
}

/** Wraps the named outputs as secrets, as the engine does for `additionalSecretOutputs`. */
function markSecret(outputs: Record<string, unknown>, keys: readonly string[]): Record<string, unknown> {
  for (const k of keys) if (k in outputs && !isSecret(outputs[k])) outputs[k] = secret(outputs[k]);
  return outputs;
}

/** Records registrations; see the file comment. */
export class Recorder {
  /** In registration order. */
  readonly resources: Mutable<RecordedResource>[] = [];
  private readonly byUrn = new Map<string, Mutable<RecordedResource>>();
  private readonly providerRefs = new Map<string, string>();
  /** Runs on each registration before it is recorded (the engine's resource transforms). */
  beforeRegister?: (req: resproto.RegisterResourceRequest, urn: string) => Promise<void>;

  constructor(
    private readonly ctx: RecorderContext,
    private readonly mocks: PreviewMocks,
    private readonly sdk: SdkModules,
  ) {}

  /** The URN the engine gives a resource (sdk/go/common/resource/urn.go). */
  urn(parent: string, type: string, name: string): string {
    let qualified = type;
    if (parent) {
      const parentType = parent.split("::")[2];
      if (parentType !== PulumiType.Stack) qualified = `${parentType}$${type}`;
    }
    return `urn:pulumi:${this.ctx.stack}::${this.ctx.project}::${qualified}::${name}`;
  }

  /** Replaces the monitor's registration methods with recording ones. */
  attach(monitor: RecordingMonitor): void {
    monitor.registerResource = (req, cb) => {
      this.register(monitor, req).then(
        (resp) => cb(null, resp),
        (err) => cb(err),
      );
    };
    monitor.registerResourceOutputs = (req, cb) => {
      try {
        const rec = this.byUrn.get(req.getUrn());
        if (!rec) throw new Error(`unknown resource ${req.getUrn()}`);
        const outputs = req.getOutputs();
        rec.outputs = toWireMap(outputs ? outputs.toJavaScript() : {});
        const entry = monitor.resources.get(rec.urn);
        if (entry) entry.state = outputs;
        cb(null, {});
      } catch (err) {
        cb(err);
      }
    };
  }

  private async register(
    monitor: RecordingMonitor,
    req: resproto.RegisterResourceRequest,
  ): Promise<resproto.RegisterResourceResponse> {
    const type: string = req.getType();
    const name: string = req.getName();
    const parent: string = req.getParent();
    const custom: boolean = req.getCustom();
    const remote: boolean = req.getRemote();
    const urn = this.urn(parent, type, name);
    if (this.beforeRegister) await this.beforeRegister(req, urn);
    let provider: string | undefined = req.getProvider() || undefined;
    const isProvider = isProviderType(type);
    if (!provider && !isProvider && (custom || remote)) {
      const ref = this.defaultProvider(type.split(":")[0], req.getVersion());
      if (custom) provider = ref; // components, remote ones included, report no provider
    }
    const propertyDependencies: Record<string, string[]> = {};
    for (const [k, deps] of req.getPropertydependenciesMap().entries()) {
      const urns: string[] = deps.getUrnsList();
      if (urns.length > 0) propertyDependencies[k] = urns;
    }
    const rawInputs = req.getObject()?.toJavaScript() ?? {};
    const inputs = toWireMap(rawInputs);
    if (isProvider && req.getVersion() && inputs.version === undefined) inputs.version = req.getVersion();
    const rec: Mutable<RecordedResource> = {
      urn,
      type,
      name,
      custom,
      remote,
      ...(parent ? { parent } : {}),
      ...(provider ? { provider } : {}),
      inputs,
      outputs: {},
      dependencies: req.getDependenciesList(),
      propertyDependencies,
      options: options(req),
    };
    const source = this.ctx.programDir ? declarationSite(req, this.ctx.programDir) : undefined;
    if (source) rec.source = source;
    this.push(rec);
    const expand = remote ? EXPANDERS[type] : undefined;
    const result = expand
      ? { id: undefined, state: await expand({ urn, name, inputs }, this.expansionHost(req)) }
      : await this.mocks.newResource({
          type,
          name,
          urn,
          custom,
          provider,
          inputs: this.sdk.rpc.deserializeProperties(req.getObject()),
          id: req.getImportid() || undefined,
        });
    const additions = this.mocks.checkAdditions(urn);
    if (additions) rec.inputs = { ...rec.inputs, ...additions };
    const prior = this.ctx.prior?.get(urn);
    if (prior && prior.type === type && !isProvider) Object.assign(result, withPrior(result, prior));
    const state = await this.sdk.rpc.serializeProperties(`resource:${name}[${type}]`, result.state ?? {});
    monitor.resources.set(urn, { urn, id: result.id ?? null, state });
    // A provider's outputs are its (checked) inputs.
    if (isProvider) rec.outputs = { ...rec.inputs };
    else if (custom || remote)
      rec.outputs = markSecret(toWireMap(state), rec.options.additionalSecretOutputs);
    const resp = new this.sdk.resproto.RegisterResourceResponse();
    resp.setUrn(urn);
    resp.setId(result.id || "");
    resp.setObject(this.sdk.Struct.fromJavaScript(state));
    return resp;
  }

  /**
   * How a remote component's synthesized children are registered: like a program's custom
   * resource, with the component's `aws` provider (its `providers` option) or the default one.
   */
  private expansionHost(req: resproto.RegisterResourceRequest) {
    const explicit: string | undefined = req.getProvidersMap?.()?.get("aws") || undefined;
    const providerUrn = explicit?.slice(0, explicit.lastIndexOf("::"));
    const providerRegion = providerUrn ? this.byUrn.get(providerUrn)?.inputs.region : undefined;
    return {
      preview: this.ctx.preview,
      region:
        typeof providerRegion === "string" ? providerRegion : (this.ctx.config["aws:region"] ?? "us-east-1"),
      register: async (c: ChildRegistration) => {
        const urn = this.urn(c.parent, c.type, c.name);
        const provider = explicit ?? this.defaultProvider(c.type.split(":")[0], "");
        const rec: Mutable<RecordedResource> = {
          urn,
          type: c.type,
          name: c.name,
          custom: true,
          remote: false,
          parent: c.parent,
          provider,
          inputs: c.inputs,
          outputs: {},
          dependencies: [...c.dependencies],
          propertyDependencies: { ...c.propertyDependencies },
          options: defaultOptions(),
        };
        this.push(rec);
        let result = await this.mocks.newResource({
          type: c.type,
          name: c.name,
          urn,
          custom: true,
          provider,
          inputs: c.inputs,
          id: undefined,
        });
        const prior = this.ctx.prior?.get(urn);
        if (prior && prior.type === c.type) result = withPrior(result, prior);
        const additions = this.mocks.checkAdditions(urn);
        if (additions) rec.inputs = { ...rec.inputs, ...additions };
        rec.outputs = toWireMap(result.state ?? {});
        return { urn, id: result.id, state: rec.outputs };
      },
    };
  }

  private push(rec: Mutable<RecordedResource>): void {
    this.resources.push(rec);
    this.byUrn.set(rec.urn, rec);
  }

  /** The reference to `pkg`'s default provider, registering it on first use. */
  private defaultProvider(pkg: string, requested: string): string {
    const version = requested || this.ctx.packageVersion(pkg) || "";
    const key = `${pkg}@${version}`;
    const existing = this.providerRefs.get(key);
    if (existing) return existing;
    const name = version ? `default_${version.replace(/[.+-]/g, "_")}` : "default";
    const urn = `urn:pulumi:${this.ctx.stack}::${this.ctx.project}::pulumi:providers:${pkg}::${name}`;
    const inputs: Record<string, unknown> = {};
    // Dynamic providers get the whole stack config, keys namespaced (pkg/resource/deploy/target.go).
    const dynamic = pkg === "pulumi-nodejs" || pkg === "pulumi-python";
    for (const [k, v] of Object.entries(this.ctx.config)) {
      if (!dynamic && !k.startsWith(`${pkg}:`)) continue;
      inputs[dynamic ? k : k.slice(pkg.length + 1)] = this.ctx.secretKeys.includes(k) ? secret(v) : v;
    }
    if (version) inputs.version = version;
    this.push({
      urn,
      type: providerType(pkg),
      name,
      custom: true,
      remote: false,
      inputs,
      outputs: { ...inputs },
      dependencies: [],
      propertyDependencies: {},
      options: defaultOptions(),
    });
    // A provider created by this deployment has no id until it exists.
    const ref = `${urn}::${this.ctx.prior?.get(urn)?.id ?? (this.ctx.preview ? UNKNOWN : uuidFrom(urn))}`;
    this.providerRefs.set(key, ref);
    return ref;
  }
}
