/**
 * The AI resources that accept tags, as @pulumi/aws 7 spells their type tokens. Bedrock data
 * sources and AgentCore token-vault keys take no tags, so they are not listed.
 */
export const TAGGED_AI_RESOURCE_TYPES: readonly string[] = [
  "aws:bedrock/guardrail:Guardrail",
  "aws:bedrock/agentAgent:AgentAgent",
  "aws:bedrock/agentAgentAlias:AgentAgentAlias",
  "aws:bedrock/agentKnowledgeBase:AgentKnowledgeBase",
  "aws:bedrock/customModel:CustomModel",
  "aws:bedrock/provisionedModelThroughput:ProvisionedModelThroughput",
  "aws:bedrock/inferenceProfile:InferenceProfile",
  "aws:bedrock/agentcoreGateway:AgentcoreGateway",
  "aws:bedrock/agentcoreAgentRuntime:AgentcoreAgentRuntime",
  "aws:bedrock/agentcoreMemory:AgentcoreMemory",
  "aws:bedrock/agentcoreCodeInterpreter:AgentcoreCodeInterpreter",
  "aws:bedrock/agentcoreBrowser:AgentcoreBrowser",
  "aws:sagemaker/notebookInstance:NotebookInstance",
  "aws:sagemaker/domain:Domain",
  "aws:sagemaker/userProfile:UserProfile",
  "aws:sagemaker/space:Space",
  "aws:sagemaker/model:Model",
  "aws:sagemaker/modelPackageGroup:ModelPackageGroup",
  "aws:sagemaker/endpoint:Endpoint",
  "aws:sagemaker/endpointConfiguration:EndpointConfiguration",
  "aws:sagemaker/trainingJob:TrainingJob",
  "aws:sagemaker/featureGroup:FeatureGroup",
  "aws:sagemaker/mlflowTrackingServer:MlflowTrackingServer",
  "aws:sagemaker/mlflowApp:MlflowApp",
  "aws:opensearch/serverlessCollection:ServerlessCollection",
];

/**
 * The AI resources among them that hold data (a model, embeddings, features, training output,
 * experiment artifacts), so that they also carry a `data-class` tag.
 */
export const DATA_HOLDING_AI_RESOURCE_TYPES: ReadonlySet<string> = new Set([
  "aws:bedrock/agentKnowledgeBase:AgentKnowledgeBase",
  "aws:bedrock/customModel:CustomModel",
  "aws:bedrock/agentcoreMemory:AgentcoreMemory",
  "aws:sagemaker/model:Model",
  "aws:sagemaker/trainingJob:TrainingJob",
  "aws:sagemaker/featureGroup:FeatureGroup",
  "aws:sagemaker/mlflowTrackingServer:MlflowTrackingServer",
  "aws:sagemaker/mlflowApp:MlflowApp",
  "aws:opensearch/serverlessCollection:ServerlessCollection",
]);
