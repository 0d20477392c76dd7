export * from "./scope";
export * from "./tags";
export * from "./data-classes";
