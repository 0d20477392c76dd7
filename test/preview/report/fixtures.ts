import type {
  AnalysisResult,
  AppliedRemediation,
  Diagnostic,
  PackInfo,
  PackPolicyInfo,
  ProgramRun,
  RecordedResource,
} from "../../../preview/engine/types";

/**
 * Hand-made analysis results shaped like what the engine produces for a scope-3 chatbot stack:
 * the Stack, a default aws provider, a storage component with its bucket and config resources, a
 * key, a guardrail, invocation logging, a vector store, a role, and results of several levels.
 */

export const PROJECT = "chatbot";
export const STACK = "dev";
export const STACK_URN = `urn:pulumi:${STACK}::${PROJECT}::pulumi:pulumi:Stack::${PROJECT}-${STACK}`;
export const UNKNOWN = "04da6b54-80e4-46f7-96ec-b56ff0331ba9";

const OPTIONS = {
  protect: false,
  ignoreChanges: [],
  aliases: [],
  customTimeouts: { create: 0, update: 0, delete: 0 },
  additionalSecretOutputs: [],
};

/** A resource; `parent` is the parent resource (its type chain goes into the URN, as Pulumi does). */
export function resource(
  type: string,
  name: string,
  options: {
    parent?: RecordedResource;
    custom?: boolean;
    inputs?: Record<string, unknown>;
    provider?: string;
  } = {},
): RecordedResource {
  const parent = options.parent;
  const chain =
    parent === undefined || parent.type === "pulumi:pulumi:Stack"
      ? type
      : `${parent.urn.split("::")[2]}$${type}`;
  return {
    urn: `urn:pulumi:${STACK}::${PROJECT}::${chain}::${name}`,
    type,
    name,
    custom: options.custom ?? true,
    remote: false,
    ...(parent === undefined ? {} : { parent: parent.urn }),
    ...(options.provider === undefined ? {} : { provider: options.provider }),
    inputs: options.inputs ?? {},
    outputs: {},
    dependencies: [],
    propertyDependencies: {},
    options: OPTIONS,
  };
}

export const stack: RecordedResource = {
  ...resource("pulumi:pulumi:Stack", `${PROJECT}-${STACK}`, { custom: false }),
  urn: STACK_URN,
};
export const awsProvider = resource("pulumi:providers:aws", "default_7_48_0", {
  inputs: { region: "eu-west-1" },
});
const provider = `${awsProvider.urn}::${UNKNOWN}`;
const tags = (extra: Record<string, string>) => ({
  tags: { "ai-system": "support-bot", owner: "ml-platform", ...extra },
});

export const store = resource("scopeguard:storage:SecureBucket", "prompt-logs", {
  parent: stack,
  custom: false,
});
export const bucket = resource("aws:s3/bucket:Bucket", "prompt-logs", {
  parent: store,
  provider,
  inputs: { bucket: UNKNOWN, ...tags({ "data-class": "prompt-logs" }) },
});
export const versioning = resource("aws:s3/bucketVersioning:BucketVersioning", "prompt-logs", {
  parent: store,
  provider,
  inputs: { bucket: UNKNOWN, versioningConfiguration: { status: "Enabled" } },
});
export const publicAccess = resource(
  "aws:s3/bucketPublicAccessBlock:BucketPublicAccessBlock",
  "prompt-logs",
  {
    parent: store,
    provider,
    inputs: { bucket: UNKNOWN, blockPublicAcls: false },
  },
);
export const key = resource("aws:kms/key:Key", "data-key", {
  parent: stack,
  provider,
  inputs: { enableKeyRotation: false, ...tags({ "data-class": "prompt-logs" }) },
});
export const guardrail = resource("aws:bedrock/guardrail:Guardrail", "chat-guardrail", {
  parent: stack,
  provider,
  inputs: { name: "chat", ...tags({}) },
});
export const invocationLogging = resource(
  "aws:bedrockmodel/invocationLoggingConfiguration:InvocationLoggingConfiguration",
  "invocation-logging",
  { parent: stack, provider, inputs: {} },
);
export const collection = resource("aws:opensearch/serverlessCollection:ServerlessCollection", "kb", {
  parent: stack,
  provider,
  inputs: {
    type: "VECTORSEARCH",
    tags: {
      "4dabf18193072939515e22adb298388d": "1b47061264138c4ac30d75fd1eb44270",
      value: { "ai-system": "support-bot", "data-class": "knowledge-base" },
    },
  },
});
export const role = resource("aws:iam/role:Role", "invoke-role", {
  parent: stack,
  provider,
  inputs: { tags: UNKNOWN },
});

export const resources: readonly RecordedResource[] = [
  stack,
  awsProvider,
  store,
  bucket,
  versioning,
  publicAccess,
  key,
  guardrail,
  invocationLogging,
  collection,
  role,
];

export const run: ProgramRun = {
  project: PROJECT,
  stack: STACK,
  mode: "preview",
  resources,
  unansweredInvokes: [],
};

function policy(
  name: string,
  enforcementLevel: PackPolicyInfo["enforcementLevel"],
  severity: string,
  tags: readonly string[],
): PackPolicyInfo {
  return {
    name,
    description: `Checks ${name.replace(/-/g, " ")}.`,
    enforcementLevel,
    severity,
    tags,
    remediationSteps: `Fix ${name}.`,
  };
}

export const pack: PackInfo = {
  name: "scopeguard-policypack",
  version: "0.1.0",
  policies: [
    {
      name: "scopeguard-settings",
      description: "Holds the pack settings.",
      enforcementLevel: "remediate",
      severity: "low",
      tags: ["settings"],
    },
    policy("kms-key-rotation-enabled", "mandatory", "high", [
      "nist-csf:PR.DS-01",
      "mitre-atlas:AML.M0012",
      "cisa-ncsc:secure-deployment",
      "scope:1+",
      "service:kms",
      "seed:protect-kms-rotation",
    ]),
    policy("s3-block-public-access", "mandatory", "critical", [
      "nist-csf:PR.DS-01",
      "nist-csf:PR.AA-05",
      "owasp-llm:LLM02",
      "cisa-ncsc:secure-deployment",
      "scope:1+",
      "service:s3",
      "seed:protect-s3-public",
    ]),
    policy("s3-versioning-for-training-data", "remediate", "medium", [
      "nist-csf:PR.DS-11",
      "owasp-llm:LLM04",
      "mitre-atlas:AML.M0014",
      "cisa-ncsc:secure-development",
      "scope:3+",
      "service:s3",
      "seed:protect-training-versioning",
    ]),
    policy("sagemaker-training-in-vpc", "mandatory", "high", [
      "nist-csf:PR.IR-01",
      "mitre-atlas:AML.M0005",
      "cisa-ncsc:secure-development",
      "scope:4+",
      "service:sagemaker",
      "seed:protect-training-network",
    ]),
    policy("bedrock-guardrail-blocks-prompt-attacks", "mandatory", "high", [
      "nist-csf:PR.PS-01",
      "owasp-llm:LLM01",
      "mitre-atlas:AML.T0051",
      "cisa-ncsc:secure-deployment",
      "scope:3+",
      "service:bedrock",
      "seed:detect-prompt-injection",
    ]),
    policy("required-ai-tags", "advisory", "low", [
      "nist-csf:ID.AM-02",
      "cisa-ncsc:secure-operation",
      "scope:1+",
      "service:tagging",
      "seed:identify-ai-assets",
    ]),
    policy("scope-drift", "advisory", "medium", [
      "nist-csf:GV.OC-03",
      "cisa-ncsc:secure-design",
      "scope:1+",
      "seed:govern-scope",
    ]),
    {
      name: "exemption-applied",
      description: "Shows each exemption applied.",
      enforcementLevel: "advisory",
      severity: "low",
      tags: ["settings"],
    },
  ],
};

/** A diagnostic of `pack` about `target`. */
export function diagnostic(
  policyName: string,
  target: RecordedResource,
  overrides: Partial<Diagnostic> = {},
): Diagnostic {
  const info = pack.policies.find((p) => p.name === policyName);
  const level = info?.enforcementLevel === "remediate" ? "mandatory" : (info?.enforcementLevel ?? "advisory");
  return {
    policyName,
    policyPackName: pack.name,
    policyPackVersion: pack.version,
    enforcementLevel: level,
    severity: info?.severity as Diagnostic["severity"],
    description: info?.description ?? "",
    message: `${target.name} violates ${policyName}.`,
    urn: target.urn,
    resourceType: target.type,
    resourceName: target.name,
    phase: "analyze",
    ...overrides,
  };
}

export const diagnostics: readonly Diagnostic[] = [
  diagnostic("required-ai-tags", invocationLogging, {
    message: "invocation-logging has no ai-system tag; add tags ai-system and owner.",
  }),
  diagnostic("kms-key-rotation-enabled", key, {
    message: "enableKeyRotation is false; set enableKeyRotation: true.",
  }),
  diagnostic("scope-drift", stack, {
    phase: "analyze-stack",
    message:
      "The resources imply scope 4 but the stack declares scope 3.\nRaise the declared scope or remove the scope-4 resources.",
  }),
  diagnostic("s3-block-public-access", publicAccess, {
    message: "blockPublicAcls is false; set all four settings to true.",
  }),
  diagnostic("required-ai-tags", role, {
    severity: undefined,
    message:
      "can't run policy 'required-ai-tags' from policy pack 'scopeguard-policypack@v0.1.0' during preview: string value at .tags can't be known during preview",
  }),
];

export const remediations: readonly AppliedRemediation[] = [
  {
    policyName: "s3-versioning-for-training-data",
    urn: versioning.urn,
    resourceType: versioning.type,
    resourceName: versioning.name,
    changedKeys: ["versioningConfiguration"],
  },
];

/** The failing result: two mandatory, three advisory, one remediation. */
export const failing: AnalysisResult = { run, pack, diagnostics, remediations, hasMandatory: true };

/** The same stack with no violation. */
export const passing: AnalysisResult = { run, pack, diagnostics: [], remediations: [], hasMandatory: false };

/** Only advisories. */
export const advisoryOnly: AnalysisResult = {
  run,
  pack,
  diagnostics: diagnostics.filter((d) => d.enforcementLevel === "advisory"),
  remediations: [],
  hasMandatory: false,
};

/** The failing result with invokes the engine could not answer. */
export const withInvokes: AnalysisResult = {
  ...failing,
  run: {
    ...run,
    unansweredInvokes: [
      { token: "aws:ec2/getAmi:getAmi", count: 2 },
      { token: "aws:index/getCallerIdentity:getCallerIdentity", count: 1 },
    ],
  },
};
