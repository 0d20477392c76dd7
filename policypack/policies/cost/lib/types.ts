/** Cost and alerting type tokens as @pulumi/aws 7 registers them. */
export const BUDGET_TYPE = "aws:budgets/budget:Budget";
export const SNS_TOPIC_TYPE = "aws:sns/topic:Topic";
export const METRIC_ALARM_TYPE = "aws:cloudwatch/metricAlarm:MetricAlarm";
