/**
 * The engine's side of resource transforms (`pulumi.runtime.registerResourceTransform`, the
 * `transforms` resource option), which the SDK's mock monitor lacks: the SDK runs each transform
 * in its callback server and registers it with the monitor (`RegisterStackTransform`, or the
 * `transforms` list of a RegisterResourceRequest); the engine calls them back before it does
 * anything else with a registration (pkg/resource/deploy/source_eval.go RegisterResource):
 * the resource's own transforms, then each ancestor's, nearest first, then the stack's, in
 * registration order. The result replaces the request's properties and options, so the pack sees
 * the transformed inputs. Invoke transforms (`registerInvokeTransform`) are applied to invokes
 * in the same way.
 *
 * Legacy `transformations` (and `registerStackTransformation`) run inside the SDK before the
 * request is sent, so they come first without any help here.
 *
 * Runs inside the program's child process, against the program's own @pulumi/pulumi.
 */
/* eslint-disable @typescript-eslint/no-require-imports -- modules are resolved from the program's @pulumi/pulumi */
import * as path from "path";
import type * as grpcModule from "@grpc/grpc-js";
import type * as callbackGrpcModule from "@pulumi/pulumi/proto/callback_grpc_pb";
import type * as callbackPbModule from "@pulumi/pulumi/proto/callback_pb";
import type * as resproto from "@pulumi/pulumi/proto/resource_pb";
import type { Struct as StructClass } from "google-protobuf/google/protobuf/struct_pb";

type Callback = { getTarget(): string; getToken(): string };

/** A gRPC-style callback, as the SDK's monitor methods take it. */
type Done<T> = (err: unknown, resp?: T) => void;

/** The parts of the SDK's mock monitor given transform support. */
export interface TransformMonitor {
  registerStackTransform(cb: Callback, done: Done<object>): void;
  registerStackInvokeTransform(cb: Callback, done: Done<object>): void;
  invoke(req: resproto.ResourceInvokeRequest, done: Done<unknown>): void;
}

/** Calls transforms back and rewrites requests with their answers; see the file comment. */
export class EngineTransforms {
  private readonly stack: Callback[] = [];
  private readonly invoke: Callback[] = [];
  private readonly own = new Map<string, Callback[]>();
  private readonly parents = new Map<string, string>();
  private readonly clients = new Map<string, callbackGrpcModule.CallbacksClient>();
  // The program's own copies, loaded with `require`; typed from this package's copies.
  private readonly grpc: typeof grpcModule;
  private readonly rpc: typeof resproto;
  private readonly callbackPb: typeof callbackPbModule;
  private readonly callbackGrpc: typeof callbackGrpcModule;
  private readonly Struct: typeof StructClass;

  constructor(pulumiDir: string) {
    this.grpc = require(require.resolve("@grpc/grpc-js", { paths: [pulumiDir] }));
    this.rpc = require(path.join(pulumiDir, "proto/resource_pb"));
    this.callbackPb = require(path.join(pulumiDir, "proto/callback_pb"));
    this.callbackGrpc = require(path.join(pulumiDir, "proto/callback_grpc_pb"));
    this.Struct = require(
      require.resolve("google-protobuf/google/protobuf/struct_pb", { paths: [pulumiDir] }),
    ).Struct;
  }

  /** Gives the monitor the registration methods the SDK calls. */
  attach(monitor: TransformMonitor): void {
    const accept = (list: Callback[]) => (cb: Callback, done: Done<object>) => {
      list.push(cb);
      done(null, {});
    };
    monitor.registerStackTransform = accept(this.stack);
    monitor.registerStackInvokeTransform = accept(this.invoke);
    const invoke = monitor.invoke.bind(monitor);
    monitor.invoke = (req, done) => {
      this.transformInvoke(req).then(
        () => invoke(req, done),
        (err) => done(err),
      );
    };
  }

  /** Applies every transform that concerns `req` (a RegisterResourceRequest), in the engine's order. */
  async apply(req: resproto.RegisterResourceRequest, urn: string): Promise<void> {
    const parent: string = req.getParent();
    if (parent) this.parents.set(urn, parent);
    const own: Callback[] = req.getTransformsList();
    if (own.length > 0) this.own.set(urn, own);
    const chain = [...own];
    for (let p = parent; p; p = this.parents.get(p) ?? "") chain.push(...(this.own.get(p) ?? []));
    chain.push(...this.stack);
    if (chain.length === 0) return;
    let props = req.getObject() ?? new this.Struct();
    let opts = this.options(req);
    for (const cb of chain) {
      const request = new this.rpc.TransformRequest();
      request.setType(req.getType());
      request.setName(req.getName());
      request.setCustom(req.getCustom());
      request.setParent(parent);
      request.setProperties(props);
      request.setOptions(opts);
      const answer = this.rpc.TransformResponse.deserializeBinary(
        await this.call(cb, request.serializeBinary()),
      );
      props = answer.getProperties() ?? new this.Struct();
      opts = answer.getOptions() ?? new this.rpc.TransformResourceOptions();
    }
    req.setObject(props);
    this.setOptions(req, opts);
  }

  /** The options of a registration, as the engine hands them to a transform. */
  private options(req: resproto.RegisterResourceRequest): resproto.TransformResourceOptions {
    const o = new this.rpc.TransformResourceOptions();
    o.setDependsOnList(req.getDependenciesList());
    if (req.hasProtect()) o.setProtect(req.getProtect() === true);
    o.setIgnoreChangesList(req.getIgnorechangesList());
    o.setReplaceOnChangesList(req.getReplaceonchangesList());
    o.setVersion(req.getVersion());
    o.setAliasesList(req.getAliasesList());
    o.setProvider(req.getProvider());
    for (const [k, v] of req.getProvidersMap().entries()) o.getProvidersMap().set(k, v);
    if (req.hasCustomtimeouts()) o.setCustomTimeouts(req.getCustomtimeouts());
    o.setPluginDownloadUrl(req.getPlugindownloadurl());
    if (req.hasRetainondelete()) o.setRetainOnDelete(req.getRetainondelete() === true);
    o.setDeletedWith(req.getDeletedwith());
    if (req.getDeletebeforereplacedefined()) o.setDeleteBeforeReplace(req.getDeletebeforereplace());
    o.setAdditionalSecretOutputsList(req.getAdditionalsecretoutputsList());
    o.setImport(req.getImportid());
    return o;
  }

  /** Writes a transform's options back into the registration. */
  private setOptions(req: resproto.RegisterResourceRequest, o: resproto.TransformResourceOptions): void {
    req.setDependenciesList(o.getDependsOnList());
    req.setProtect(o.hasProtect() && o.getProtect() === true);
    req.setIgnorechangesList(o.getIgnoreChangesList());
    req.setReplaceonchangesList(o.getReplaceOnChangesList());
    req.setVersion(o.getVersion());
    req.setAliasesList(o.getAliasesList());
    req.setProvider(o.getProvider());
    req.getProvidersMap().clear();
    for (const [k, v] of o.getProvidersMap().entries()) req.getProvidersMap().set(k, v);
    req.setCustomtimeouts(o.getCustomTimeouts());
    req.setPlugindownloadurl(o.getPluginDownloadUrl());
    if (o.hasRetainOnDelete()) req.setRetainondelete(o.getRetainOnDelete() === true);
    req.setDeletedwith(o.getDeletedWith());
    req.setDeletebeforereplacedefined(o.hasDeleteBeforeReplace());
    req.setDeletebeforereplace(o.hasDeleteBeforeReplace() && o.getDeleteBeforeReplace() === true);
    req.setAdditionalsecretoutputsList(o.getAdditionalSecretOutputsList());
    req.setImportid(o.getImport());
  }

  /** Applies the stack's invoke transforms to a ResourceInvokeRequest. */
  private async transformInvoke(req: resproto.ResourceInvokeRequest): Promise<void> {
    if (this.invoke.length === 0) return;
    let args = req.getArgs() ?? new this.Struct();
    let opts = new this.rpc.TransformInvokeOptions();
    opts.setProvider(req.getProvider());
    opts.setVersion(req.getVersion());
    opts.setPluginDownloadUrl(req.getPlugindownloadurl());
    for (const cb of this.invoke) {
      const request = new this.rpc.TransformInvokeRequest();
      request.setToken(req.getTok());
      request.setArgs(args);
      request.setOptions(opts);
      const answer = this.rpc.TransformInvokeResponse.deserializeBinary(
        await this.call(cb, request.serializeBinary()),
      );
      args = answer.getArgs() ?? new this.Struct();
      opts = answer.getOptions() ?? new this.rpc.TransformInvokeOptions();
    }
    req.setArgs(args);
    req.setProvider(opts.getProvider());
    req.setVersion(opts.getVersion());
  }

  /** One call to the SDK's callback server; resolves with the answer's bytes. */
  private call(cb: Callback, request: Uint8Array): Promise<Uint8Array> {
    let client = this.clients.get(cb.getTarget());
    if (!client) {
      client = new this.callbackGrpc.CallbacksClient(cb.getTarget(), this.grpc.credentials.createInsecure());
      this.clients.set(cb.getTarget(), client);
    }
    const msg = new this.callbackPb.CallbackInvokeRequest();
    msg.setToken(cb.getToken());
    msg.setRequest(request);
    return new Promise((resolve, reject) =>
      client.invoke(msg, (err, resp) =>
        err ? reject(new Error(err.details || err.message)) : resolve(resp.getResponse_asU8()),
      ),
    );
  }

  /** Closes the connections to the callback server. */
  close(): void {
    for (const c of this.clients.values()) c.close();
  }
}
