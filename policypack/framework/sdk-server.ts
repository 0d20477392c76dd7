import { createRequire } from "node:module";
import type { Policy, PolicyPackArgs } from "@pulumi/policy";
import * as policyModule from "@pulumi/policy/policy";
import * as protoutilModule from "@pulumi/policy/protoutil";
import * as serverModule from "@pulumi/policy/server";
import type * as analyzerproto from "@pulumi/pulumi/proto/analyzer_pb";

/**
 * The parts of the SDK's analyzer server the pack builds on. The SDK marks them internal, so its
 * published typings hide most of them; this is their one typed view. The modules the server
 * itself loads (gRPC, the analyzer protocol) are resolved from the server's own folder, so the
 * pack sees the very objects the server registers, even when a project installs two copies.
 * test/policypack/framework/shared-stack-analysis.test.ts fails when any of them changes.
 */

/** An enforcement level as the SDK spells it. */
export type SdkEnforcementLevel = "advisory" | "mandatory" | "remediate" | "disabled";

/** A diagnostic as the SDK's handlers collect it before `makeAnalyzeResponse` encodes it. */
export interface SdkDiagnostic {
  readonly policyName: string;
  readonly policyPackName: string;
  readonly policyPackVersion: string;
  readonly description?: string;
  readonly message: string;
  readonly urn?: string;
  readonly enforcementLevel: SdkEnforcementLevel;
  readonly severity?: string;
}

/** A unary gRPC handler, as `@grpc/grpc-js` calls it. */
export type UnaryHandler<Req, Resp> = (
  call: { readonly request: Req },
  callback: (error: unknown, response?: Resp) => void,
) => void;

/** The handlers `serve` registers for the analyzer service (the ones the pack wraps are typed). */
export interface AnalyzerHandlers {
  readonly analyze: UnaryHandler<analyzerproto.AnalyzeRequest, analyzerproto.AnalyzeResponse>;
  readonly analyzeStack: UnaryHandler<analyzerproto.AnalyzeStackRequest, analyzerproto.AnalyzeResponse>;
  readonly configure: UnaryHandler<analyzerproto.ConfigureAnalyzerRequest, unknown>;
  readonly configureStack: UnaryHandler<analyzerproto.AnalyzerStackConfigureRequest, unknown>;
  readonly [rpc: string]: unknown;
}

/** The SDK's `serve`: starts the analyzer's gRPC server for a pack. */
export type Serve = (
  policyPackName: string,
  policyPackVersion: string,
  policyPackEnforcementLevel: SdkEnforcementLevel,
  policyPackArgs: PolicyPackArgs,
  initialConfig?: unknown,
) => void;

/** `@pulumi/policy/server` as the SDK builds it; `serve` is read off it by `PolicyPack` at every call. */
export interface SdkServerModule {
  serve: Serve;
}

/** `@pulumi/policy/protoutil`: the encoders the SDK's handlers answer with. */
export interface SdkProtoutil {
  readonly makeAnalyzeResponse: (
    diagnostics: readonly SdkDiagnostic[],
    notApplicable: readonly analyzerproto.PolicyNotApplicable[] | undefined,
  ) => analyzerproto.AnalyzeResponse;
  readonly asGrpcError: (error: unknown, message?: string) => Error;
  readonly convertEnforcementLevel: (level: number) => SdkEnforcementLevel;
}

/** `@pulumi/policy/policy`: how the SDK reads a policy's kind and type marker. */
export interface SdkPolicyHelpers {
  readonly isResourcePolicy: (policy: Policy) => boolean;
  readonly isStackPolicy: (policy: Policy) => boolean;
  readonly getPulumiType: (value: unknown) => string | undefined;
}

/** The gRPC server class of the copy of `@grpc/grpc-js` the SDK's server loads. */
export interface GrpcServerClass {
  readonly prototype: { addService(service: unknown, implementation: object): void };
}

const serverPath = require.resolve("@pulumi/policy/server");
const fromServer = createRequire(serverPath);

export const sdkServer = serverModule as unknown as SdkServerModule;
export const sdkProtoutil = protoutilModule as unknown as SdkProtoutil;
export const sdkPolicyHelpers = policyModule as unknown as SdkPolicyHelpers;

/** The gRPC server class the SDK's `serve` instantiates. */
export const grpcServer = (fromServer("@grpc/grpc-js") as { Server: GrpcServerClass }).Server;

/** The analyzer service definition the SDK's `serve` registers its handlers for. */
export const analyzerService = (
  fromServer("@pulumi/pulumi/proto/analyzer_grpc_pb") as { AnalyzerService: object }
).AnalyzerService;

/** The protocol's message classes, from the copy the SDK's encoders use. */
export const sdkAnalyzerProto = fromServer("@pulumi/pulumi/proto/analyzer_pb") as typeof analyzerproto;
