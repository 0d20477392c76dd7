import type { PolicyDefinition } from "../../framework/types";
import { bedrockAgentEncryptedWithCmk } from "./bedrock-agent-encrypted-with-cmk";
import { bedrockAgentHasGuardrail } from "./bedrock-agent-has-guardrail";
import { bedrockAgentcoreCodeInterpreterNotPublic } from "./bedrock-agentcore-code-interpreter-not-public";
import { bedrockAgentcoreGatewayRequiresAuthorization } from "./bedrock-agentcore-gateway-requires-authorization";
import { bedrockAgentcoreMemoryEncryptedWithCmk } from "./bedrock-agentcore-memory-encrypted-with-cmk";
import { bedrockAgentcoreRuntimeInVpc } from "./bedrock-agentcore-runtime-in-vpc";
import { bedrockAgentcoreTokenVaultUsesCmk } from "./bedrock-agentcore-token-vault-uses-cmk";
import { bedrockCustomModelEncryptedWithCmk } from "./bedrock-custom-model-encrypted-with-cmk";
import { bedrockCustomModelJobInVpc } from "./bedrock-custom-model-job-in-vpc";
import { bedrockDataSourceDeletesVectors } from "./bedrock-data-source-deletes-vectors";
import { bedrockDataSourceEncryptedWithCmk } from "./bedrock-data-source-encrypted-with-cmk";
import { bedrockGuardrailBlocksPromptAttacks } from "./bedrock-guardrail-blocks-prompt-attacks";
import { bedrockGuardrailEncryptedWithCmk } from "./bedrock-guardrail-encrypted-with-cmk";
import { bedrockGuardrailFiltersHarmfulContent } from "./bedrock-guardrail-filters-harmful-content";
import { bedrockGuardrailHandlesPii } from "./bedrock-guardrail-handles-pii";
import { bedrockInvocationLoggingRecordsText } from "./bedrock-invocation-logging-records-text";
import { bedrockKnowledgeBaseVectorStoreInAws } from "./bedrock-knowledge-base-vector-store-in-aws";
import { bedrockModelInvocationLoggingEnabled } from "./bedrock-model-invocation-logging-enabled";

/** Bedrock policies: guardrails, agents, knowledge bases, custom models, invocation logging, AgentCore. */
export const BEDROCK_POLICIES: readonly PolicyDefinition[] = [
  bedrockGuardrailBlocksPromptAttacks,
  bedrockGuardrailFiltersHarmfulContent,
  bedrockGuardrailHandlesPii,
  bedrockGuardrailEncryptedWithCmk,
  bedrockAgentHasGuardrail,
  bedrockAgentEncryptedWithCmk,
  bedrockKnowledgeBaseVectorStoreInAws,
  bedrockDataSourceEncryptedWithCmk,
  bedrockDataSourceDeletesVectors,
  bedrockCustomModelEncryptedWithCmk,
  bedrockCustomModelJobInVpc,
  bedrockModelInvocationLoggingEnabled,
  bedrockInvocationLoggingRecordsText,
  bedrockAgentcoreGatewayRequiresAuthorization,
  bedrockAgentcoreCodeInterpreterNotPublic,
  bedrockAgentcoreRuntimeInVpc,
  bedrockAgentcoreMemoryEncryptedWithCmk,
  bedrockAgentcoreTokenVaultUsesCmk,
];
