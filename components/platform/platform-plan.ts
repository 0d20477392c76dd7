import type { Scope } from "../../policypack/vocabulary";
import { planInput, type PlanInput } from "./child-plan";
import { planBaseline, type BaselinePlan } from "./plan-baseline";
import {
  planBedrock,
  planKnowledgeBaseRole,
  planVectorCollection,
  vectorStoreOptions,
  type BedrockPlan,
  type VectorStorePlan,
  type VectorStoreWiring,
} from "./plan-bedrock";
import {
  planAccessLogBucket,
  planModelDataBuckets,
  planSigningKey,
  planStudio,
  type ModelDataPlan,
  type ModelDataWiring,
} from "./plan-model-data";
import { planTraining, type TrainingPlan } from "./plan-training";
import { planWorkload, type WorkloadPlan, type WorkloadWiring } from "./plan-workload";
import type { AiPlatformArgs } from "./platform-args";
import { componentsForScope, scopeBuilds, type BuildingBlock } from "./scope-plan";

/**
 * The whole plan of an AiPlatform: every child, its name and exact arguments, by scope. The
 * platform validates every child on it before creating any, and creates each child from the same
 * planning step (plan-*.ts) with the values of the children created before it.
 */

/**
 * Values children take from children created before them (names, ARNs, the network). The
 * platform's validation plans with stand-ins; creation, step by step, with the real outputs.
 * Wiring fills in values only: which children exist depends on the arguments alone.
 */
export interface PlatformWiring extends WorkloadWiring, VectorStoreWiring, ModelDataWiring {}

/** The children of a platform; a step is absent below the scope that builds it. */
export interface PlatformPlan {
  readonly scope: Scope;
  /** The building blocks the platform builds. */
  readonly components: readonly BuildingBlock[];
  /** Building blocks of the scope that are not built, with the reason and how to build them. */
  readonly skipped: Readonly<Partial<Record<BuildingBlock, string>>>;
  /** Scope 1 and above. */
  readonly baseline: BaselinePlan;
  /** Scope 2 and above. */
  readonly workload?: WorkloadPlan;
  /** Scope 3 and above. */
  readonly bedrock?: BedrockPlan;
  /** Scope 3 and above, unless `vectorStore: false`. */
  readonly vectorStore?: VectorStorePlan;
  /** Scope 4 and above. */
  readonly modelData?: ModelDataPlan;
  /** Scope 5. */
  readonly training?: TrainingPlan;
}

type PlannedChildren = Omit<PlatformPlan, "scope" | "components" | "skipped">;

/** Why a building block of the scope is not built, read from the children planned. */
function skippedBlocks(p: PlanInput, c: PlannedChildren): Partial<Record<BuildingBlock, string>> {
  const skipped: Partial<Record<BuildingBlock, string>> = {};
  if (c.baseline.providerSecrets.length === 0) {
    skipped["provider-secrets"] = "no providerSecrets given: the system uses no third-party AI provider key";
  }
  if (c.bedrock !== undefined && c.bedrock.invocationLogging === undefined) {
    skipped["invocation-logging"] =
      "invocationLogging: false: another stack owns this region's model-invocation logging; exempt this stack from bedrock-model-invocation-logging-enabled";
  }
  if (c.bedrock !== undefined && c.bedrock.inferenceApi === undefined) {
    skipped["inference-api"] =
      "no inferenceHandlerArn: give the ARN of the Lambda function that calls the model (with workloadRoleArn as its role) to build the authenticated, rate-limited inference API";
  }
  if (scopeBuilds(p.scope, "vector-store") && c.vectorStore === undefined) {
    skipped["vector-store"] = "vectorStore: false";
  }
  if (c.training !== undefined && c.training.backups === undefined) {
    skipped["backups"] = "backups: false";
  }
  return skipped;
}

/** The children of each scope, each with its wiring; pure: creates nothing. */
function planChildren(p: PlanInput, w: PlatformWiring): PlannedChildren {
  const builds = (block: BuildingBlock) => scopeBuilds(p.scope, block);
  const store = vectorStoreOptions(p.args);
  return {
    baseline: planBaseline(p),
    workload: builds("workload-role") ? planWorkload(p, w) : undefined,
    bedrock: builds("guardrail") ? planBedrock(p) : undefined,
    vectorStore:
      builds("vector-store") && store !== undefined
        ? {
            knowledgeBaseRole: planKnowledgeBaseRole(p, w),
            vectorStore: planVectorCollection(p, store, w),
          }
        : undefined,
    modelData: builds("training-data-store")
      ? {
          accessLogBucket: planAccessLogBucket(p),
          ...planModelDataBuckets(p, w),
          sagemakerDomain: planStudio(p, w),
          signingKey: planSigningKey(p, w),
        }
      : undefined,
    training: builds("gpu-fleet") ? planTraining(p, w) : undefined,
  };
}

/**
 * The plan of the platform `name` with `wiring`; call it only once the platform's own rules
 * accept `args` (aiPlatformArgsError does both).
 */
export function planPlatform(name: string, args: AiPlatformArgs, wiring: PlatformWiring): PlatformPlan {
  const p = planInput(name, args);
  const children = planChildren(p, wiring);
  const skipped = skippedBlocks(p, children);
  const components = componentsForScope(p.scope).filter((b) => !(b in skipped));
  return { scope: p.scope, components, skipped, ...children };
}
