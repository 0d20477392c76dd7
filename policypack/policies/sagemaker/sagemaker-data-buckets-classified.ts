import type {
  ResourceProps,
  StackPolicyDefinition,
  StackResource,
  StackViolation,
} from "../../framework/types";
import { tryRead } from "../../framework/unknowns";
import { asList, field, first, readTags } from "../../framework/values";
import { CONTROL_SCOPES, type DataClass, TAG_KEYS, VERSIONED_DATA_CLASSES } from "../../vocabulary";
import { knownStrings, TargetIndex } from "../../framework/target-index";
import { BUCKET_TYPES } from "../s3/lib/bucket-types";
import {
  ENDPOINT_CONFIGURATION_TYPE,
  FEATURE_GROUP_TYPE,
  MLFLOW_APP_TYPE,
  MLFLOW_TRACKING_SERVER_TYPE,
  MODEL_TYPE,
  TRAINING_JOB_TYPE,
} from "./lib/sagemaker-types";

/** A place where a SageMaker resource reads or writes S3, and the data classes that data belongs to. */
interface DataUse {
  /** What the data is, for messages: "training input", "captured inference data". */
  readonly what: string;
  /** The top-level property whose dependencies name the bucket. */
  readonly property: string;
  /** The S3 URIs the property holds. */
  readonly uris: (props: ResourceProps) => unknown[];
  /** The data classes a bucket holding this data may carry. */
  readonly classes: readonly DataClass[];
}

const TRAINING = VERSIONED_DATA_CLASSES;
const PROMPTS: readonly DataClass[] = ["prompt-logs"];

const modelDataUris = (container: unknown) => [
  field(container, "modelDataUrl"),
  field(first(field(first(field(container, "modelDataSource")), "s3DataSource")), "s3Uri"),
];

const USES: Readonly<Record<string, readonly DataUse[]>> = {
  [TRAINING_JOB_TYPE]: [
    {
      what: "training input",
      property: "inputDataConfigs",
      uris: (p) =>
        asList(p.inputDataConfigs).map((c) =>
          field(first(field(first(field(c, "dataSource")), "s3DataSource")), "s3Uri"),
        ),
      classes: TRAINING,
    },
    {
      what: "model artifacts",
      property: "outputDataConfig",
      uris: (p) => [field(first(p.outputDataConfig), "s3OutputPath")],
      classes: TRAINING,
    },
    {
      what: "training checkpoints",
      property: "checkpointConfig",
      uris: (p) => [field(first(p.checkpointConfig), "s3Uri")],
      classes: TRAINING,
    },
  ],
  [MODEL_TYPE]: [
    {
      what: "model artifacts",
      property: "primaryContainer",
      uris: (p) => modelDataUris(first(p.primaryContainer)),
      classes: TRAINING,
    },
    {
      what: "model artifacts",
      property: "containers",
      uris: (p) => asList(p.containers).flatMap(modelDataUris),
      classes: TRAINING,
    },
  ],
  [MLFLOW_TRACKING_SERVER_TYPE]: [
    {
      what: "MLflow artifacts",
      property: "artifactStoreUri",
      uris: (p) => [p.artifactStoreUri],
      classes: TRAINING,
    },
  ],
  [MLFLOW_APP_TYPE]: [
    {
      what: "MLflow artifacts",
      property: "artifactStoreUri",
      uris: (p) => [p.artifactStoreUri],
      classes: TRAINING,
    },
  ],
  [FEATURE_GROUP_TYPE]: [
    {
      what: "offline feature store",
      property: "offlineStoreConfig",
      uris: (p) => [field(first(field(first(p.offlineStoreConfig), "s3StorageConfig")), "s3Uri")],
      classes: TRAINING,
    },
  ],
  [ENDPOINT_CONFIGURATION_TYPE]: [
    {
      what: "captured inference data",
      property: "dataCaptureConfig",
      uris: (p) => [field(first(p.dataCaptureConfig), "destinationS3Uri")],
      classes: PROMPTS,
    },
    {
      what: "asynchronous inference results",
      property: "asyncInferenceConfig",
      uris: (p) => {
        const output = first(field(first(p.asyncInferenceConfig), "outputConfig"));
        return [field(output, "s3OutputPath"), field(output, "s3FailurePath")];
      },
      classes: PROMPTS,
    },
  ],
};

/** `s3://bucket/key` → `bucket`. */
function bucketName(uri: unknown): string | undefined {
  return typeof uri === "string" ? /^s3:\/\/([^/]+)/i.exec(uri.trim())?.[1] : undefined;
}

/** The buckets of the stack one use names: property dependencies, and bucket names in literal URIs. */
function bucketsOf(consumer: StackResource, use: DataUse, buckets: TargetIndex): StackResource[] {
  const literal = tryRead(() => use.uris(consumer.props).map(bucketName));
  const named = (literal.known ? literal.value : []).map((name) => buckets.byValue(name));
  const found = [...buckets.byDependency(consumer, use.property), ...named];
  return [...new Set(found.filter((b): b is StackResource => b !== undefined))];
}

interface Holding {
  readonly bucket: StackResource;
  readonly uses: { readonly label: string; readonly classes: readonly DataClass[] }[];
}

/** Pure check over the stack: S3 buckets that SageMaker reads or writes carry the matching data-class tag. */
export function checkDataBucketsClassified(resources: readonly StackResource[]): StackViolation[] {
  const buckets = new TargetIndex(resources, BUCKET_TYPES, (r) => knownStrings(r, ["bucket", "id"]));
  const holdings = new Map<string, Holding>();
  for (const consumer of resources) {
    for (const use of USES[consumer.type] ?? []) {
      for (const bucket of bucketsOf(consumer, use, buckets)) {
        const holding = holdings.get(bucket.urn) ?? { bucket, uses: [] };
        holding.uses.push({ label: `${use.what} of "${consumer.name}"`, classes: use.classes });
        holdings.set(bucket.urn, holding);
      }
    }
  }
  const violations: StackViolation[] = [];
  for (const { bucket, uses } of holdings.values()) {
    const tag = readTags(bucket.props)[TAG_KEYS.dataClass];
    const unmet = uses.filter((u) => !u.classes.includes(tag as DataClass));
    if (unmet.length === 0) {
      continue;
    }
    const wanted = [...new Set(unmet.flatMap((u) => u.classes))].join(" or ");
    const now = tag === undefined ? "has no data-class tag" : `is tagged ${TAG_KEYS.dataClass}=${tag}`;
    violations.push({
      urn: bucket.urn,
      message: `Bucket "${bucket.name}" holds ${unmet.map((u) => u.label).join(", ")} but ${now}: tag it ${TAG_KEYS.dataClass}=${wanted} so the versioning, access-logging, data-event and retention controls for that data apply to it.`,
    });
  }
  return violations;
}

export const sagemakerDataBucketsClassified: StackPolicyDefinition = {
  kind: "stack",
  name: "sagemaker-data-buckets-classified",
  description:
    "S3 buckets that SageMaker training jobs, models, MLflow, Feature Store or endpoints read or write carry the data-class tag of that data (training-data or model-artifacts; prompt-logs for captured inference data).",
  rationale:
    "The pack protects training data, model artifacts and prompt logs through the data-class tag (versioning, object lock, access logs, trail data events, bounded retention); a bucket that receives a model or captured prompts without the tag silently escapes every one of those controls. Following the data from the SageMaker resources to the buckets closes that gap. Applies from scope 4.",
  severity: "high",
  enforcementLevel: "mandatory",
  remediationSteps:
    "Tag the bucket `data-class: training-data` or `model-artifacts` (training inputs, outputs, checkpoints, model data, MLflow artifact stores, offline feature stores) or `data-class: prompt-logs` (endpoint data capture and asynchronous inference output), or create it with scopeguard's AiDataBucket and the matching dataClass. Keep prompt logs and model data in separate buckets.",
  minScope: CONTROL_SCOPES.modelDataStores,
  services: ["sagemaker", "s3"],
  mappings: {
    nistCsf: ["ID.AM-07", "PR.DS-01"],
    owaspLlm: ["LLM02", "LLM04"],
    mitreAtlas: ["AML.M0005", "AML.T0020"],
    cisaNcsc: ["secure-development"],
    seedItems: [
      "csf.id-inventory",
      "blueprint.data-governance",
      "blueprint.asset-inventory",
      "checklist.data-retention",
    ],
  },
  check: (resources) => checkDataBucketsClassified(resources),
};
