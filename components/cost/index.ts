export * from "./ai-cost-guard";
export * from "./alert-topic";
export * from "./cost-plan";
export * from "./topic-policy";
