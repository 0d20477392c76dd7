export const ECR_REPOSITORY_TYPE = "aws:ecr/repository:Repository";
