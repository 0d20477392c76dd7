import type { ProgramRun, RecordedResource } from "../preview/engine/types";
import { UNKNOWN } from "../preview/engine/sentinels";

/**
 * A synthetic {@link ProgramRun} shaped like what the offline engine records for a large scope-3
 * stack in preview mode: the Stack, a default aws provider, and repeated "units" of a storage
 * component (bucket, versioning, encryption, public access block, TLS-only policy), a key
 * component (key, alias), a role with an inline policy, and an encrypted log group; every tenth unit
 * adds a Bedrock guardrail. References between resources are unknown (as `bucket.id` is during a
 * preview) and recorded as dependencies and property dependencies. About one resource in ten is
 * non-compliant (rotation off, public access allowed, no versioning) so policies report something.
 */

/** mulberry32: a small seeded PRNG, so every run of the benchmark analyzes the same stack. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const PROJECT = "bench";
const STACK = "perf";
const OPTIONS = {
  protect: false,
  ignoreChanges: [],
  aliases: [],
  customTimeouts: { create: 0, update: 0, delete: 0 },
  additionalSecretOutputs: [],
} as const;

const STACK_URN = `urn:pulumi:${STACK}::${PROJECT}::pulumi:pulumi:Stack::${PROJECT}-${STACK}`;
const PROVIDER_URN = `urn:pulumi:${STACK}::${PROJECT}::pulumi:providers:aws::default_7_48_0`;
const PROVIDER_REF = `${PROVIDER_URN}::${UNKNOWN}`;

/** Builds resources with URNs, parents and dependencies filled in consistently. */
class Recorder {
  readonly resources: RecordedResource[] = [];

  add(
    type: string,
    name: string,
    options: {
      parent?: RecordedResource;
      custom?: boolean;
      inputs?: Record<string, unknown>;
      computed?: readonly string[];
      refs?: Record<string, RecordedResource>;
    } = {},
  ): RecordedResource {
    const parent = options.parent;
    const parentType = parent === undefined ? undefined : parent.urn.split("::")[2];
    const qualified =
      parentType === undefined || parentType === "pulumi:pulumi:Stack" ? type : `${parentType}$${type}`;
    const custom = options.custom ?? true;
    const refs = options.refs ?? {};
    const inputs: Record<string, unknown> = { ...(options.inputs ?? {}) };
    for (const key of Object.keys(refs)) {
      inputs[key] = UNKNOWN;
    }
    const outputs: Record<string, unknown> = { ...inputs };
    for (const key of options.computed ?? []) {
      outputs[key] = UNKNOWN;
    }
    const propertyDependencies = Object.fromEntries(Object.entries(refs).map(([k, r]) => [k, [r.urn]]));
    const resource: RecordedResource = {
      urn: `urn:pulumi:${STACK}::${PROJECT}::${qualified}::${name}`,
      type,
      name,
      custom,
      remote: false,
      parent: parent?.urn ?? STACK_URN,
      ...(custom ? { provider: PROVIDER_REF } : {}),
      inputs,
      outputs,
      dependencies: [...new Set(Object.values(refs).map((r) => r.urn))],
      propertyDependencies,
      options: OPTIONS,
    };
    this.resources.push(resource);
    return resource;
  }
}

/** Resources one unit adds; units stop before the total would pass the size asked for. */
function unitSize(index: number): number {
  return 12 + (index % 10 === 9 ? 1 : 0);
}

function addUnit(rec: Recorder, i: number, random: () => number): void {
  const bad = () => random() < 0.1;
  const system = `app-${i % 17}`;
  const dataClass = ["training-data", "model-artifacts", "prompt-logs", "knowledge-base"][i % 4];
  const tags = { "ai-system": system, "data-class": dataClass, owner: "platform" };

  const keyComponent = rec.add("scopeguard:kms:ScopedKey", `key-${i}`, {
    custom: false,
    inputs: { dataClass },
  });
  const key = rec.add("aws:kms/key:Key", `key-${i}`, {
    parent: keyComponent,
    inputs: { description: `data key ${i}`, enableKeyRotation: !bad(), deletionWindowInDays: 30, tags },
    computed: ["arn", "keyId", "id"],
  });
  rec.add("aws:kms/alias:Alias", `key-${i}`, {
    parent: keyComponent,
    inputs: { name: `alias/bench-${i}` },
    refs: { targetKeyId: key },
    computed: ["arn", "id"],
  });

  const store = rec.add("scopeguard:storage:SecureBucket", `data-${i}`, {
    custom: false,
    inputs: { dataClass },
  });
  const bucket = rec.add("aws:s3/bucket:Bucket", `data-${i}`, {
    parent: store,
    inputs: {
      bucket: `data-${i}-${Math.floor(random() * 0xffffff).toString(16)}`,
      forceDestroy: false,
      tags,
    },
    computed: ["arn", "id", "bucketDomainName"],
  });
  if (!bad()) {
    rec.add("aws:s3/bucketVersioning:BucketVersioning", `data-${i}`, {
      parent: store,
      inputs: { versioningConfiguration: { status: "Enabled" } },
      refs: { bucket },
      computed: ["id"],
    });
  } else {
    rec.add("aws:s3/bucketLogging:BucketLogging", `data-${i}`, {
      parent: store,
      inputs: { targetPrefix: `logs/data-${i}/`, targetBucket: "access-logs" },
      refs: { bucket },
      computed: ["id"],
    });
  }
  rec.add(
    "aws:s3/bucketServerSideEncryptionConfiguration:BucketServerSideEncryptionConfiguration",
    `data-${i}`,
    {
      parent: store,
      inputs: {
        rules: [
          {
            applyServerSideEncryptionByDefault: { sseAlgorithm: "aws:kms", kmsMasterKeyId: UNKNOWN },
            bucketKeyEnabled: true,
          },
        ],
      },
      refs: { bucket },
      computed: ["id"],
    },
  );
  const open = bad();
  rec.add("aws:s3/bucketPublicAccessBlock:BucketPublicAccessBlock", `data-${i}`, {
    parent: store,
    inputs: {
      blockPublicAcls: !open,
      blockPublicPolicy: true,
      ignorePublicAcls: !open,
      restrictPublicBuckets: true,
    },
    refs: { bucket },
    computed: ["id"],
  });
  rec.add("aws:s3/bucketPolicy:BucketPolicy", `data-${i}`, {
    parent: store,
    inputs: {
      policy: JSON.stringify({
        Version: "2012-10-17",
        Statement: [
          {
            Sid: "DenyInsecureTransport",
            Effect: "Deny",
            Principal: "*",
            Action: "s3:*",
            Resource: [`arn:aws:s3:::data-${i}`, `arn:aws:s3:::data-${i}/*`],
            Condition: { Bool: { "aws:SecureTransport": "false" } },
          },
        ],
      }),
    },
    refs: { bucket },
    computed: ["id"],
  });

  const role = rec.add("aws:iam/role:Role", `worker-${i}`, {
    inputs: {
      assumeRolePolicy: JSON.stringify({
        Version: "2012-10-17",
        Statement: [
          { Effect: "Allow", Principal: { Service: "lambda.amazonaws.com" }, Action: "sts:AssumeRole" },
        ],
      }),
      tags: { "ai-system": system, owner: "platform" },
    },
    computed: ["arn", "id", "uniqueId"],
  });
  rec.add("aws:iam/rolePolicy:RolePolicy", `worker-${i}`, {
    inputs: {
      policy: JSON.stringify({
        Version: "2012-10-17",
        Statement: [
          { Effect: "Allow", Action: ["s3:GetObject", "s3:PutObject"], Resource: `arn:aws:s3:::data-${i}/*` },
          { Effect: "Allow", Action: ["kms:Decrypt", "kms:GenerateDataKey"], Resource: "*" },
        ],
      }),
    },
    refs: { role },
    computed: ["id"],
  });
  rec.add("aws:cloudwatch/logGroup:LogGroup", `worker-${i}`, {
    inputs: { retentionInDays: bad() ? 0 : 365, tags: { "ai-system": system, "data-class": "audit-logs" } },
    refs: { kmsKeyId: key },
    computed: ["arn", "id"],
  });
  if (i % 10 === 9) {
    rec.add("aws:bedrock/guardrail:Guardrail", `guardrail-${i}`, {
      inputs: {
        name: `guardrail-${i}`,
        blockedInputMessaging: "Sorry.",
        blockedOutputsMessaging: "Sorry.",
        contentPolicyConfig: {
          filtersConfigs: [{ type: "PROMPT_ATTACK", inputStrength: "HIGH", outputStrength: "NONE" }],
        },
        tags: { "ai-system": system },
      },
      computed: ["arn", "guardrailId", "version"],
    });
  }
}

/**
 * A run of exactly `size` resources (at least 2: the Stack and the provider). Whole units are added
 * while they fit; log groups fill the rest.
 */
export function syntheticRun(size: number, seed = 20240917): ProgramRun {
  const random = prng(seed);
  const rec = new Recorder();
  rec.resources.push({
    urn: STACK_URN,
    type: "pulumi:pulumi:Stack",
    name: `${PROJECT}-${STACK}`,
    custom: false,
    remote: false,
    inputs: {},
    outputs: {},
    dependencies: [],
    propertyDependencies: {},
    options: OPTIONS,
  });
  rec.resources.push({
    urn: PROVIDER_URN,
    type: "pulumi:providers:aws",
    name: "default_7_48_0",
    custom: true,
    remote: false,
    inputs: { region: "eu-west-1", version: "7.48.0" },
    outputs: { region: "eu-west-1", version: "7.48.0" },
    dependencies: [],
    propertyDependencies: {},
    options: OPTIONS,
  });
  let unit = 0;
  while (rec.resources.length + unitSize(unit) <= size) {
    addUnit(rec, unit++, random);
  }
  while (rec.resources.length < size) {
    rec.add("aws:cloudwatch/logGroup:LogGroup", `filler-${rec.resources.length}`, {
      inputs: { retentionInDays: 90 },
      computed: ["arn", "id"],
    });
  }
  return {
    project: PROJECT,
    stack: STACK,
    mode: "preview",
    resources: rec.resources,
    unansweredInvokes: [],
    config: { "aws:region": "eu-west-1" },
    secretConfigKeys: [],
    organization: "organization",
  };
}
