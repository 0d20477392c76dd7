import * as analyzerproto from "@pulumi/pulumi/proto/analyzer_pb";
import { DEFAULT_PACK_DIR, PolicyPackProcess, reconcilePackConfig } from "../../../preview/engine";
import { initialConfig, levelEnum, packInfo } from "../../../preview/engine/pack/proto";
import { resourceOptions, toStruct } from "../../../preview/engine/pack/requests";
import type { PackInfo, RecordedResource } from "../../../preview/engine";

/**
 * The scopeguard pack started as the Pulumi CLI starts it (run-policy-pack, the SDK's own gRPC
 * server), configured once, then asked to Analyze or Remediate single resources. Props are given
 * in the wire encoding: unknown sentinels and `{[SIG_KEY]: SECRET_SIG, value}` secrets as is.
 */
export class PackServer {
  private constructor(
    private readonly pack: PolicyPackProcess,
    readonly info: PackInfo,
  ) {}

  /** Starts the pack and configures it with `packConfig` (the --policy-pack-config format). */
  static async start(packConfig: Record<string, unknown>, dryRun = true): Promise<PackServer> {
    const pack = await PolicyPackProcess.start(DEFAULT_PACK_DIR, {
      organization: "organization",
      project: "proj",
      stack: "dev",
      dryRun,
      config: {},
    });
    try {
      const stack = new analyzerproto.AnalyzerStackConfigureRequest();
      stack.setStack("dev");
      stack.setProject("proj");
      stack.setOrganization("organization");
      stack.setDryRun(dryRun);
      await pack.configureStack(stack);
      const infoMsg = await pack.getAnalyzerInfo();
      const info = packInfo(infoMsg);
      const config = reconcilePackConfig(info, initialConfig(infoMsg), packConfig);
      const configure = new analyzerproto.ConfigureAnalyzerRequest();
      for (const [name, c] of Object.entries(config)) {
        const pc = new analyzerproto.PolicyConfig();
        pc.setEnforcementlevel(levelEnum(c.enforcementLevel));
        pc.setProperties(toStruct(c.properties));
        configure.getPolicyconfigMap().set(name, pc);
      }
      await pack.configure(configure);
      return new PackServer(pack, info);
    } catch (e) {
      await pack.close();
      throw e;
    }
  }

  private request(type: string, props: Record<string, unknown>, name: string): analyzerproto.AnalyzeRequest {
    const r: RecordedResource = {
      urn: `urn:pulumi:dev::proj::${type}::${name}`,
      type,
      name,
      custom: true,
      remote: false,
      inputs: props,
      outputs: props,
      dependencies: [],
      propertyDependencies: {},
      options: {
        protect: false,
        ignoreChanges: [],
        aliases: [],
        customTimeouts: { create: 0, update: 0, delete: 0 },
        additionalSecretOutputs: [],
      },
    };
    const req = new analyzerproto.AnalyzeRequest();
    req.setUrn(r.urn);
    req.setType(type);
    req.setName(name);
    req.setProperties(toStruct(props));
    req.setOptions(resourceOptions(r));
    return req;
  }

  /** Analyze: `[policy, level, message]` of every diagnostic, in the order the pack sent them. */
  async analyze(type: string, props: Record<string, unknown>, name = "subject"): Promise<Diag[]> {
    const resp = await this.pack.analyze(this.request(type, props, name));
    return resp.getDiagnosticsList().map((d) => ({
      policy: d.getPolicyname(),
      level: d.getEnforcementlevel(),
      message: d.getMessage(),
    }));
  }

  /** AnalyzeStack over resources given as `[type, name, props]` (props as outputs). */
  async analyzeStack(resources: readonly [string, string, Record<string, unknown>][]): Promise<Diag[]> {
    const req = new analyzerproto.AnalyzeStackRequest();
    req.setResourcesList(
      resources.map(([type, name, props]) => {
        const one = this.request(type, props, name);
        const r = new analyzerproto.AnalyzerResource();
        r.setUrn(one.getUrn());
        r.setType(type);
        r.setName(name);
        r.setProperties(one.getProperties());
        r.setOptions(one.getOptions());
        return r;
      }),
    );
    const resp = await this.pack.analyzeStack(req);
    return resp.getDiagnosticsList().map((d) => ({
      policy: d.getPolicyname(),
      level: d.getEnforcementlevel(),
      message: d.getMessage(),
    }));
  }

  /** Remediate: what each remediation returned (wire encoding), and each diagnostic. */
  async remediate(type: string, props: Record<string, unknown>, name = "subject"): Promise<Remedy[]> {
    const resp = await this.pack.remediate(this.request(type, props, name));
    return resp.getRemediationsList().map((x) => ({
      policy: x.getPolicyname(),
      properties: x.getProperties()?.toJavaScript() as Record<string, unknown> | undefined,
      diagnostic: x.getDiagnostic(),
    }));
  }

  close(): Promise<void> {
    return this.pack.close();
  }
}

/** One Analyze diagnostic. `level` is the proto enum (0 advisory, 1 mandatory, 3 remediate). */
export interface Diag {
  readonly policy: string;
  readonly level: number;
  readonly message: string;
}

/** One Remediate answer. */
export interface Remedy {
  readonly policy: string;
  readonly properties?: Record<string, unknown>;
  readonly diagnostic: string;
}
