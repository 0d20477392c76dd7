/**
 * The data that flows through the offline preview: a program run under mocks produces
 * {@link ProgramRun}; the analyzer session turns it into {@link AnalysisResult}; reports render that.
 */

/** Whether computed outputs of new resources are unknown (`preview`) or known (`update`). */
export type RunMode = "preview" | "update";

/** Resource options as the engine sends them to a policy pack. */
export interface RecordedOptions {
  readonly protect: boolean;
  readonly ignoreChanges: readonly string[];
  readonly deleteBeforeReplace?: boolean;
  readonly aliases: readonly string[];
  readonly customTimeouts: { readonly create: number; readonly update: number; readonly delete: number };
  readonly additionalSecretOutputs: readonly string[];
}

/** A place in the program's source: absolute file path, 1-based line and column. */
export interface SourceLocation {
  readonly file: string;
  readonly line: number;
  readonly column: number;
}

/** One resource the program registered, as the engine would know it. */
export interface RecordedResource {
  readonly urn: string;
  /** Type token, for example `aws:s3/bucket:Bucket`. */
  readonly type: string;
  /** Logical name. */
  readonly name: string;
  /** False for component resources and the Stack. */
  readonly custom: boolean;
  /** True for remote (multi-language) components such as `awsx:ec2:Vpc`. */
  readonly remote: boolean;
  readonly parent?: string;
  /** Provider reference `urn::id`, for custom resources. */
  readonly provider?: string;
  /**
   * Inputs, JSON-safe: unknown values are the engine's unknown sentinel strings, secrets are
   * `{ "4dabf18193072939515e22adb298388d": "1b47061264138c4ac30d75fd1eb44270", value }`.
   */
  readonly inputs: Record<string, unknown>;
  /** Outputs in the same encoding (for components: the registered outputs; for the Stack: exports). */
  readonly outputs: Record<string, unknown>;
  readonly dependencies: readonly string[];
  /** Property name to the URNs it depends on; empty lists are dropped. */
  readonly propertyDependencies: Readonly<Record<string, readonly string[]>>;
  readonly options: RecordedOptions;
  /** Where the program declared it (the first stack frame in the program's own files), if known. */
  readonly source?: SourceLocation;
}

/** An invoke (data source call) the mocks could not answer with a realistic value. */
export interface UnansweredInvoke {
  readonly token: string;
  readonly count: number;
}

/** Everything a program run under mocks produced. */
export interface ProgramRun {
  readonly project: string;
  readonly stack: string;
  readonly mode: RunMode;
  /** In registration order; the Stack first, default providers before their first user. */
  readonly resources: readonly RecordedResource[];
  readonly unansweredInvokes: readonly UnansweredInvoke[];
  /**
   * URNs of remote components whose children were not synthesized (eks, awsx ecs/lb, ...): the
   * verdict covers their inputs only, not the resources their provider would create.
   */
  readonly notExpanded?: readonly string[];
  /** The stack config handed to the program (namespaced keys, strings; secrets as a placeholder). */
  readonly config?: Readonly<Record<string, string>>;
  /** Config keys whose values are secret. */
  readonly secretConfigKeys?: readonly string[];
  /** Organization the program ran under. */
  readonly organization?: string;
  /** What the program printed (stdout and stderr, interleaved). */
  readonly output?: string;
  /** Wall time of the run, child process start-up included. */
  readonly durationMs?: number;
}

/** Enforcement levels as a pack reports them. */
export type ReportedLevel = "advisory" | "mandatory" | "remediate" | "disabled";

/** One policy result. */
export interface Diagnostic {
  readonly policyName: string;
  readonly policyPackName: string;
  readonly policyPackVersion: string;
  readonly enforcementLevel: ReportedLevel;
  readonly severity?: "low" | "medium" | "high" | "critical";
  readonly description: string;
  /**
   * What the pack says about this resource. @pulumi/policy prefixes a violation's message with the
   * policy's description; the engine removes that prefix (the description has its own field), so
   * `pulumi preview`'s text is `description + "\n" + message`.
   */
  readonly message: string;
  /** The resource the result is about; the Stack's URN for stack results about no resource. */
  readonly urn: string;
  readonly resourceType: string;
  readonly resourceName: string;
  /** Whether the result came from a per-resource Analyze or from AnalyzeStack. */
  readonly phase: "analyze" | "analyze-stack";
}

/** A remediation the pack applied to a resource's inputs before analysis. */
export interface AppliedRemediation {
  readonly policyName: string;
  readonly urn: string;
  readonly resourceType: string;
  readonly resourceName: string;
  /** Top-level input keys whose value changed. */
  readonly changedKeys: readonly string[];
}

/** The pack's self-description from GetAnalyzerInfo. */
export interface PackPolicyInfo {
  readonly name: string;
  readonly description: string;
  readonly enforcementLevel: ReportedLevel;
  readonly severity?: string;
  readonly tags: readonly string[];
  readonly remediationSteps?: string;
  readonly configSchema?: { properties: Record<string, unknown>; required?: string[] };
}

/** The pack as GetAnalyzerInfo describes it. */
export interface PackInfo {
  readonly name: string;
  readonly version: string;
  readonly policies: readonly PackPolicyInfo[];
}

/** The outcome of analyzing one program run with one pack. */
export interface AnalysisResult {
  readonly run: ProgramRun;
  readonly pack: PackInfo;
  readonly diagnostics: readonly Diagnostic[];
  readonly remediations: readonly AppliedRemediation[];
  /** True when any diagnostic is mandatory (the CLI then exits 1). */
  readonly hasMandatory: boolean;
  /** The stack tags the pack was given (ConfigureStack). */
  readonly stackTags?: Readonly<Record<string, string>>;
}
