import { AwsType } from "../../../vocabulary";
/** Cost and alerting type tokens as @pulumi/aws 7 registers them. */
export const BUDGET_TYPE = AwsType.budgets.Budget;
export const SNS_TOPIC_TYPE = AwsType.sns.Topic;
export const METRIC_ALARM_TYPE = AwsType.cloudwatch.MetricAlarm;
