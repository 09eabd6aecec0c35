/**
 * Unit tests sit beside the code; cross-cutting and end-to-end tests live in test/.
 * Browser tests (test/browser) are their own project: only when one of them runs is the preview built and served
 * (globalSetup). Their longer timeouts are set in the test files (a project-level testTimeout is not honoured).
 */
const transform = {
  "^.+\\.tsx?$": [
    "ts-jest",
    { tsconfig: { module: "commonjs", moduleResolution: "node10", jsx: "react-jsx" }, isolatedModules: true },
  ],
  // parse5 8, its entities and opencc-js's dictionaries ship only ES modules; jest's CommonJS runtime needs them compiled.
  "/node_modules/(parse5|entities|opencc-js)/.+\\.js$": [
    "ts-jest",
    { tsconfig: { module: "commonjs", allowJs: true }, isolatedModules: true },
  ],
};
const transformIgnorePatterns = ["/node_modules/(?!(parse5|entities|opencc-js)/)"];

module.exports = {
  projects: [
    {
      displayName: "unit",
      testEnvironment: "node",
      roots: ["<rootDir>/src", "<rootDir>/test"],
      testMatch: ["**/*.test.ts", "**/*.test.tsx"],
      testPathIgnorePatterns: ["/node_modules/", "<rootDir>/test/browser/"],
      transform,
      transformIgnorePatterns,
    },
    {
      displayName: "browser",
      testEnvironment: "node",
      roots: ["<rootDir>/test/browser"],
      testMatch: ["**/*.test.ts"],
      globalSetup: "<rootDir>/test/browser/global-setup.cjs",
      globalTeardown: "<rootDir>/test/browser/global-teardown.cjs",
      transform,
      transformIgnorePatterns,
    },
  ],
};
