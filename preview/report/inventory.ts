import { acceleratedCapacityOf } from "../../policypack/framework/accelerated-capacity";
import { awsModulePrefix, AwsType, TAG_KEYS } from "../../policypack/vocabulary";
import { isSecret, UNKNOWN } from "../engine/sentinels";
import type { RecordedResource } from "../engine/types";

/** The kinds of AI asset the inventory groups by, in the order reports list them. */
export const ASSET_KINDS = [
  "model",
  "guardrail",
  "agent",
  "ml-platform",
  "accelerated-compute",
  "vector-store",
  "data-store",
  "key",
  "logging",
] as const;

/** One of {@link ASSET_KINDS}. */
export type AssetKind = (typeof ASSET_KINDS)[number];

/** How reports title each kind. */
export const ASSET_KIND_TITLES: Readonly<Record<AssetKind, string>> = {
  model: "models",
  guardrail: "guardrails",
  agent: "agents",
  "ml-platform": "ML platform (SageMaker)",
  "accelerated-compute": "GPU and accelerator capacity",
  "vector-store": "vector stores (OpenSearch, Elasticsearch, S3 Vectors)",
  "data-store": "data stores (tagged data-class)",
  key: "keys",
  logging: "logging and audit",
};

/** One AI-relevant resource. */
export interface AiAsset {
  readonly urn: string;
  readonly type: string;
  readonly name: string;
  /** The `ai-system` tag, when the inputs carry a known string for it. */
  readonly aiSystem?: string;
  /** The `data-class` tag, when the inputs carry a known string for it. */
  readonly dataClass?: string;
}

/** The assets of one kind, in registration order. */
export interface InventoryGroup {
  readonly kind: AssetKind;
  readonly title: string;
  readonly assets: readonly AiAsset[];
}

/** SageMaker types that hold or serve a model, as opposed to the platform around it. */
const SAGEMAKER_MODEL_TYPES =
  /^aws:sagemaker\/(model|modelPackage|modelPackageGroup|endpoint|endpointConfiguration):/;

/** Types that record what an AI system did: invocation logs, audit trails, log groups. */
const LOGGING_TYPES =
  /^aws:(bedrockmodel\/invocationLoggingConfiguration|cloudtrail\/trail|cloudwatch\/logGroup):/;

/** Turns a secret into its value and an unknown into `undefined`. */
function plain(value: unknown): unknown {
  if (isSecret(value)) {
    return value.value;
  }
  return value === UNKNOWN ? undefined : value;
}

/** A tag's value from the resource's `tags` input, when it is a known string. */
export function tagValue(resource: RecordedResource, key: string): string | undefined {
  const tags = plain(resource.inputs?.tags);
  if (typeof tags !== "object" || tags === null || Array.isArray(tags)) {
    return undefined;
  }
  const value = plain((tags as Record<string, unknown>)[key]);
  return typeof value === "string" && value.length > 0 ? value : undefined;
}

/** Remote components whose inputs are the asset: their children are built by a plugin, out of sight. */
const REMOTE_CAPACITY_TYPES = /^eks:index:/;

/** The inputs with secrets opened; unknowns stay sentinels, which no instance-type test accepts. */
function plainInputs(resource: RecordedResource): Record<string, unknown> {
  return Object.fromEntries(Object.entries(resource.inputs ?? {}).map(([k, v]) => [k, plain(v)]));
}

/**
 * The kind of AI asset a resource is, or `undefined` for resources that are not AI-relevant.
 * Only custom resources count: components are containers, their children are the assets. The
 * exception is the `eks` package's node groups and clusters, whose GPU nodes are only visible in
 * the component's inputs.
 */
export function assetKind(resource: RecordedResource): AssetKind | undefined {
  const type = resource.type;
  if (
    (resource.custom || REMOTE_CAPACITY_TYPES.test(type)) &&
    acceleratedCapacityOf(type, plainInputs(resource)) !== undefined
  ) {
    return "accelerated-compute";
  }
  if (!resource.custom) {
    return undefined;
  }
  if (LOGGING_TYPES.test(type)) {
    return "logging";
  }
  if (/^aws:bedrock[a-z]*\//.test(type)) {
    const member = type.slice(type.lastIndexOf(":") + 1);
    if (/guardrail/i.test(member)) {
      return "guardrail";
    }
    if (/^agent/i.test(member)) {
      return "agent";
    }
    return "model";
  }
  if (type.startsWith(awsModulePrefix("sagemaker"))) {
    return SAGEMAKER_MODEL_TYPES.test(type) ? "model" : "ml-platform";
  }
  if (/^aws:(opensearch[a-z]*\/|elasticsearch\/|s3\/vectors)/.test(type)) {
    return "vector-store";
  }
  if (type === AwsType.kms.Key || type === AwsType.kms.ReplicaKey || type === AwsType.kms.ExternalKey) {
    return "key";
  }
  if (tagValue(resource, TAG_KEYS.dataClass) !== undefined) {
    return "data-store";
  }
  return undefined;
}

/** Groups the AI-relevant resources by kind; kinds with no asset are left out. */
export function buildInventory(resources: readonly RecordedResource[]): InventoryGroup[] {
  const byKind = new Map<AssetKind, AiAsset[]>();
  for (const resource of resources) {
    const kind = assetKind(resource);
    if (kind === undefined) {
      continue;
    }
    const aiSystem = tagValue(resource, TAG_KEYS.system);
    const dataClass = tagValue(resource, TAG_KEYS.dataClass);
    const asset: AiAsset = {
      urn: resource.urn,
      type: resource.type,
      name: resource.name,
      ...(aiSystem === undefined ? {} : { aiSystem }),
      ...(dataClass === undefined ? {} : { dataClass }),
    };
    const list = byKind.get(kind) ?? [];
    list.push(asset);
    byKind.set(kind, list);
  }
  return ASSET_KINDS.filter((kind) => byKind.has(kind)).map((kind) => ({
    kind,
    title: ASSET_KIND_TITLES[kind],
    assets: byKind.get(kind)!,
  }));
}
