// Jest runs the TypeScript tests as native ES modules (node --experimental-vm-modules,
// see scripts/test.ts), transformed by SWC. The database they use is prepared
// once per run by scripts/test.ts; each test file gets its own copy of it.
/** @type {import('jest').Config} */
export default {
  testEnvironment: "node",
  roots: ["<rootDir>/test"],
  testMatch: ["**/*.test.ts"],
  extensionsToTreatAsEsm: [".ts", ".tsx"],
  transform: {
    "^.+\\.tsx?$": [
      "@swc/jest",
      {
        jsc: {
          parser: { syntax: "typescript", tsx: true },
          target: "es2023",
          transform: { react: { runtime: "automatic" } },
        },
        module: { type: "es6" },
      },
    ],
  },
  testTimeout: 60_000,
  // Two cores: two test files at a time, each with its own database.
  maxWorkers: 2,
};
