import { AwsType } from "../../../vocabulary";
/** Bedrock type tokens as @pulumi/aws 7 registers them. */
export const GUARDRAIL_TYPE = AwsType.bedrock.Guardrail;
export const AGENT_TYPE = AwsType.bedrock.AgentAgent;
export const KNOWLEDGE_BASE_TYPE = AwsType.bedrock.AgentKnowledgeBase;
export const DATA_SOURCE_TYPE = AwsType.bedrock.AgentDataSource;
export const CUSTOM_MODEL_TYPE = AwsType.bedrock.CustomModel;
export const INVOCATION_LOGGING_TYPE = AwsType.bedrockmodel.InvocationLoggingConfiguration;
export const AGENTCORE_GATEWAY_TYPE = AwsType.bedrock.AgentcoreGateway;
export const AGENTCORE_RUNTIME_TYPE = AwsType.bedrock.AgentcoreAgentRuntime;
export const AGENTCORE_CODE_INTERPRETER_TYPE = AwsType.bedrock.AgentcoreCodeInterpreter;
export const AGENTCORE_MEMORY_TYPE = AwsType.bedrock.AgentcoreMemory;
export const AGENTCORE_TOKEN_VAULT_CMK_TYPE = AwsType.bedrock.AgentcoreTokenVaultCmk;
