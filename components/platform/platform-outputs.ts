import type * as pulumi from "@pulumi/pulumi";
import type { Scope } from "../../policypack/vocabulary";
import type { Baseline } from "./build-baseline";
import type { BedrockPieces } from "./build-bedrock";
import type { ModelData } from "./build-model-data";
import type { WorkloadNetwork } from "./build-network";
import type { TrainingPieces } from "./build-training";
import type { VectorStorePieces } from "./build-vector-store";
import type { BuildingBlock } from "./scope-plan";

/** The children an AiPlatform built: scope 1's always, the others when the scope builds them. */
export type PlatformParts = Baseline &
  Partial<WorkloadNetwork> &
  Partial<BedrockPieces> &
  Partial<VectorStorePieces> &
  Partial<ModelData> &
  Partial<TrainingPieces>;

/** The output values of an AiPlatform, read from its children (see the class for each one's meaning). */
export function platformOutputs(p: PlatformParts) {
  return {
    providerSecretArns: Object.fromEntries(
      Object.entries(p.providerSecrets).map(([provider, s]) => [provider, s.secretArn]),
    ),
    trailArn: p.trail.trailArn,
    auditBucketName: p.trail.bucketName,
    promptLogGroupName: p.promptLogs.logGroupName,
    alertTopicArn: p.costGuard.topicArn,
    workloadRoleArn: p.workloadRole?.roleArn,
    workloadRoleName: p.workloadRole?.roleName,
    vpcId: p.network?.vpcId,
    privateSubnetIds: p.network?.privateSubnetIds,
    guardrailId: p.guardrail?.guardrailId,
    guardrailVersion: p.guardrail?.version,
    apiUrl: p.inferenceApi?.url,
    vectorCollectionEndpoint: p.vectorStore?.collectionEndpoint,
    knowledgeBaseRoleArn: p.knowledgeBaseRole?.roleArn,
    trainingDataBucketName: p.trainingDataBucket?.bucketName,
    modelArtifactBucketName: p.modelArtifactBucket?.bucketName,
    signingKeyArn: p.signingKey?.keyArn,
    promptLogKeyArn: p.promptLogs.keyArn,
    trainingDataKeyArn: p.trainingDataBucket?.keyArn,
    modelArtifactKeyArn: p.modelArtifactBucket?.keyArn,
    sagemakerDomainId: p.sagemakerDomain?.domainId,
    sagemakerExecutionRoleArn: p.sagemakerDomain?.executionRoleArn,
    gpuFleetName: p.gpuFleet?.groupName,
    gpuHostRoleArn: p.gpuFleet?.template.role.roleArn,
    imageRepositoryUrl: p.imageRegistry?.repositoryUrl,
    backupVaultName: p.backups?.vaultName,
  };
}

/** The output values of an AiPlatform. */
export type PlatformOutputs = ReturnType<typeof platformOutputs>;

/** What an AiPlatform passes to registerOutputs: its plan, and the outputs a stack usually exports. */
export function registeredOutputs(
  platform: Partial<PlatformOutputs> & {
    readonly scope: Scope;
    readonly components: readonly BuildingBlock[];
    readonly skipped: Readonly<Partial<Record<BuildingBlock, string>>>;
  },
): pulumi.Inputs {
  return {
    scope: platform.scope,
    components: platform.components,
    skipped: platform.skipped,
    providerSecretArns: platform.providerSecretArns,
    trailArn: platform.trailArn,
    auditBucketName: platform.auditBucketName,
    promptLogGroupName: platform.promptLogGroupName,
    alertTopicArn: platform.alertTopicArn,
    workloadRoleArn: platform.workloadRoleArn,
    vpcId: platform.vpcId,
    guardrailId: platform.guardrailId,
    guardrailVersion: platform.guardrailVersion,
    apiUrl: platform.apiUrl,
    vectorCollectionEndpoint: platform.vectorCollectionEndpoint,
    trainingDataBucketName: platform.trainingDataBucketName,
    modelArtifactBucketName: platform.modelArtifactBucketName,
    signingKeyArn: platform.signingKeyArn,
    promptLogKeyArn: platform.promptLogKeyArn,
    trainingDataKeyArn: platform.trainingDataKeyArn,
    modelArtifactKeyArn: platform.modelArtifactKeyArn,
    sagemakerDomainId: platform.sagemakerDomainId,
    gpuFleetName: platform.gpuFleetName,
    imageRepositoryUrl: platform.imageRepositoryUrl,
    backupVaultName: platform.backupVaultName,
  };
}
