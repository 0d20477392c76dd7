import type { PolicyDefinition } from "../../framework/types";
import { bedrockAgentEncryptedWithCmk } from "./agent-encrypted-with-cmk";
import { bedrockAgentHasGuardrail } from "./agent-has-guardrail";
import { bedrockAgentcoreCodeInterpreterNotPublic } from "./agentcore-code-interpreter-not-public";
import { bedrockAgentcoreGatewayRequiresAuthorization } from "./agentcore-gateway-requires-authorization";
import { bedrockAgentcoreMemoryEncryptedWithCmk } from "./agentcore-memory-encrypted-with-cmk";
import { bedrockAgentcoreRuntimeInVpc } from "./agentcore-runtime-in-vpc";
import { bedrockAgentcoreTokenVaultUsesCmk } from "./agentcore-token-vault-uses-cmk";
import { bedrockCustomModelEncryptedWithCmk } from "./custom-model-encrypted-with-cmk";
import { bedrockCustomModelJobInVpc } from "./custom-model-job-in-vpc";
import { bedrockDataSourceDeletesVectors } from "./data-source-deletes-vectors";
import { bedrockDataSourceEncryptedWithCmk } from "./data-source-encrypted-with-cmk";
import { bedrockGuardrailBlocksPromptAttacks } from "./guardrail-blocks-prompt-attacks";
import { bedrockGuardrailEncryptedWithCmk } from "./guardrail-encrypted-with-cmk";
import { bedrockGuardrailFiltersHarmfulContent } from "./guardrail-filters-harmful-content";
import { bedrockGuardrailHandlesPii } from "./guardrail-handles-pii";
import { bedrockInvocationLoggingRecordsText } from "./invocation-logging-records-text";
import { bedrockKnowledgeBaseVectorStoreInAws } from "./knowledge-base-vector-store-in-aws";
import { bedrockModelInvocationLoggingEnabled } from "./model-invocation-logging-enabled";

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
