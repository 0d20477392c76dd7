import { AwsType } from "../../../vocabulary";
/**
 * The AI resources that accept tags, as @pulumi/aws 7 spells their type tokens. Bedrock data
 * sources and AgentCore token-vault keys take no tags, so they are not listed.
 */
export const TAGGED_AI_RESOURCE_TYPES: readonly string[] = [
  AwsType.bedrock.Guardrail,
  AwsType.bedrock.AgentAgent,
  AwsType.bedrock.AgentAgentAlias,
  AwsType.bedrock.AgentKnowledgeBase,
  AwsType.bedrock.CustomModel,
  AwsType.bedrock.ProvisionedModelThroughput,
  AwsType.bedrock.InferenceProfile,
  AwsType.bedrock.AgentcoreGateway,
  AwsType.bedrock.AgentcoreAgentRuntime,
  AwsType.bedrock.AgentcoreMemory,
  AwsType.bedrock.AgentcoreCodeInterpreter,
  AwsType.bedrock.AgentcoreBrowser,
  AwsType.sagemaker.NotebookInstance,
  AwsType.sagemaker.Domain,
  AwsType.sagemaker.UserProfile,
  AwsType.sagemaker.Space,
  AwsType.sagemaker.Model,
  AwsType.sagemaker.ModelPackageGroup,
  AwsType.sagemaker.Endpoint,
  AwsType.sagemaker.EndpointConfiguration,
  AwsType.sagemaker.TrainingJob,
  AwsType.sagemaker.FeatureGroup,
  AwsType.sagemaker.MlflowTrackingServer,
  AwsType.sagemaker.MlflowApp,
  AwsType.opensearch.ServerlessCollection,
];

/**
 * The AI resources among them that hold data (a model, embeddings, features, training output,
 * experiment artifacts), so that they also carry a `data-class` tag.
 */
export const DATA_HOLDING_AI_RESOURCE_TYPES: ReadonlySet<string> = new Set([
  AwsType.bedrock.AgentKnowledgeBase,
  AwsType.bedrock.CustomModel,
  AwsType.bedrock.AgentcoreMemory,
  AwsType.sagemaker.Model,
  AwsType.sagemaker.TrainingJob,
  AwsType.sagemaker.FeatureGroup,
  AwsType.sagemaker.MlflowTrackingServer,
  AwsType.sagemaker.MlflowApp,
  AwsType.opensearch.ServerlessCollection,
]);
