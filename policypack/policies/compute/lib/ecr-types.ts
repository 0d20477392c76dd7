import { AwsType } from "../../../vocabulary";
export const ECR_REPOSITORY_TYPE = AwsType.ecr.Repository;
