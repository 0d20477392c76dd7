import type * as pulumi from "@pulumi/pulumi";
import type { InferenceApiArgs } from "../api";
import { BEDROCK_SERVICE, type GuardrailArgs, type ModelInvocationLoggingArgs } from "../bedrock";
import type { AiWorkloadRoleArgs } from "../iam";
import type { VectorCollectionArgs } from "../vectorstore";
import type { ChildPlan, PlanInput } from "./child-plan";
import type { AiPlatformArgs } from "./platform-args";
import { DEFAULT_EMBEDDING_MODEL } from "./platform-defaults";
import type { VectorStoreOptions } from "./platform-options";
import type { GrantContext } from "./role-grants";

/** The Bedrock children of scope 3; the optional ones are absent when switched off or not asked for. */
export interface BedrockPlan {
  /** Absent with `invocationLogging: false`. */
  readonly invocationLogging?: ChildPlan<ModelInvocationLoggingArgs>;
  readonly guardrail: ChildPlan<GuardrailArgs>;
  /** Absent without `inferenceHandlerArn`. */
  readonly inferenceApi?: ChildPlan<InferenceApiArgs>;
}

/**
 * Scope 3: model-invocation logging, the guardrail and, with a handler, the inference API. The
 * model endpoints are the network's, and the named models the workload role's.
 */
export function planBedrock(p: PlanInput): BedrockPlan {
  const { args, n, labels, keyAdmins } = p;
  const handler = args.inferenceHandlerArn;
  return {
    invocationLogging:
      args.invocationLogging === false ? undefined : { name: n.invocations, args: { ...labels, keyAdmins } },
    guardrail: { name: n.guardrail, args: { ...labels, keyAdmins, ...args.guardrail } },
    inferenceApi:
      handler === undefined
        ? undefined
        : {
            name: n.api,
            args: { ...labels, keyAdmins, ...args.inferenceApi, handlerFunctionArn: handler },
          },
  };
}

/** The vector store's options; `undefined` with `vectorStore: false`, which skips the store. */
export function vectorStoreOptions(args: AiPlatformArgs): VectorStoreOptions | undefined {
  if (args.vectorStore === false) return undefined;
  return typeof args.vectorStore === "object" ? args.vectorStore : {};
}

/** What the vector store's children take from the stack and from each other. */
export interface VectorStoreWiring {
  /** The knowledge bases of this account and region: only they may assume the knowledge-base role. */
  readonly knowledgeBaseSourceArn: pulumi.Input<string>;
  /** The knowledge-base role's ARN, the collection's one principal. */
  readonly knowledgeBaseRoleArn: pulumi.Input<string>;
}

/** The vector store of scope 3 and the role Bedrock knowledge bases use with it. */
export interface VectorStorePlan {
  readonly knowledgeBaseRole: ChildPlan<AiWorkloadRoleArgs>;
  readonly vectorStore: ChildPlan<VectorCollectionArgs>;
}

/** The ARN pattern of Bedrock knowledge bases in the stack's account and region. */
export function knowledgeBaseSourceArn(c: GrantContext): string {
  return `arn:${c.partition}:bedrock:${c.region}:${c.accountId}:knowledge-base/*`;
}

/**
 * The role Bedrock knowledge bases assume to embed documents (with the embedding model only) and to
 * reach the vector store.
 */
export function planKnowledgeBaseRole(
  p: PlanInput,
  w: Pick<VectorStoreWiring, "knowledgeBaseSourceArn">,
): ChildPlan<AiWorkloadRoleArgs> {
  const { name, args, n, labels } = p;
  return {
    name: n.knowledgeBase,
    args: {
      ...labels,
      trustedService: BEDROCK_SERVICE,
      sourceArn: w.knowledgeBaseSourceArn,
      invokeModels: [args.embeddingModel ?? DEFAULT_EMBEDDING_MODEL],
      description: `scopeguard: Bedrock knowledge bases of ${name} embed documents and use the vector store`,
    },
  };
}

/**
 * The encrypted private vector store, reachable by Bedrock knowledge bases through their role
 * (and by the VPC endpoints given), never from the public internet.
 */
export function planVectorCollection(
  p: PlanInput,
  store: VectorStoreOptions,
  w: Pick<VectorStoreWiring, "knowledgeBaseRoleArn">,
): ChildPlan<VectorCollectionArgs> {
  const { n, labels, keyAdmins } = p;
  return {
    name: n.vectors,
    args: {
      ...labels,
      principals: [w.knowledgeBaseRoleArn],
      allowBedrock: true,
      vpcEndpointIds: store.vpcEndpointIds,
      kmsKeyArn: store.kmsKeyArn,
      keyAdmins: store.kmsKeyArn === undefined ? keyAdmins : undefined,
      standbyReplicas: store.standbyReplicas,
    },
  };
}
