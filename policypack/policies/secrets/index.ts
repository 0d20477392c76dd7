import type { PolicyDefinition } from "../../framework/types";
import { ec2UserDataNoPlaintextKeys } from "./ec2-user-data-no-plaintext-keys";
import { ecsTaskDefinitionNoPlaintextKeys } from "./ecs-task-definition-no-plaintext-keys";
import { lambdaEnvironmentNoPlaintextKeys } from "./lambda-environment-no-plaintext-keys";
import { sagemakerModelEnvironmentNoPlaintextKeys } from "./sagemaker-model-environment-no-plaintext-keys";
import { secretsmanagerAiKeyRotation } from "./secretsmanager-ai-key-rotation";
import { secretsmanagerSecretUsesCmk } from "./secretsmanager-secret-uses-cmk";
import { ssmParameterKeysAreSecureStrings } from "./ssm-parameter-keys-are-secure-strings";
import { stackOutputsNoPlaintextSecrets } from "./stack-outputs-no-plaintext-secrets";

/** Secrets policies: provider keys and AWS credentials live in Secrets Manager, encrypted and rotated. */
export const SECRETS_POLICIES: readonly PolicyDefinition[] = [
  lambdaEnvironmentNoPlaintextKeys,
  ecsTaskDefinitionNoPlaintextKeys,
  ec2UserDataNoPlaintextKeys,
  sagemakerModelEnvironmentNoPlaintextKeys,
  stackOutputsNoPlaintextSecrets,
  ssmParameterKeysAreSecureStrings,
  secretsmanagerSecretUsesCmk,
  secretsmanagerAiKeyRotation,
];
