// Lint: type-checked TypeScript everywhere, React hooks rules for the pane, the Office add-in rules
// where Office.js is called, and a hard wall around src/domain (pure: no Office, React or DOM).
import js from "@eslint/js";
import tseslint from "typescript-eslint";
import reactHooks from "eslint-plugin-react-hooks";
import officeAddins from "eslint-plugin-office-addins";
import prettier from "eslint-config-prettier";
import globals from "globals";
import * as espree from "espree";
import { createNodeResolver, importX } from "eslint-plugin-import-x";

const domainBannedImports = {
  patterns: [
    { group: ["react", "react-*", "react/*"], message: "src/domain is pure: no React." },
    { group: ["@fluentui/*"], message: "src/domain is pure: no Fluent UI." },
    { group: ["@microsoft/office-js", "office-*"], message: "src/domain is pure: no Office." },
    {
      group: ["**/excel/**", "**/taskpane/**", "**/preview/**", "**/files/**", "**/cli/**"],
      message: "src/domain imports only itself and zod.",
    },
    { group: ["node:*", "fs", "path", "os", "child_process"], message: "src/domain is pure: no Node I/O." },
  ],
};

/** Office.js types (Excel.Range, Office.Context) outside src/excel: the globals rule sees values, this sees types. */
const officeTypes = {
  selector: "TSQualifiedName[left.name=/^(Office|Excel|OfficeExtension)$/]",
  message: "Office.js types belong in src/excel (and the entry files): pass host-neutral data instead.",
};

export default tseslint.config(
  { ignores: ["node_modules/", "dist/", "build/", "test-output/", "stubs/", "coverage/"] },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: {
        projectService: { allowDefaultProject: ["*.mjs", "*.cjs", "*.js", "bin/*.cjs"] },
        tsconfigRootDir: import.meta.dirname,
      },
      globals: { ...globals.node },
    },
    plugins: { "react-hooks": reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      "@typescript-eslint/no-explicit-any": "error",
      "@typescript-eslint/consistent-type-definitions": ["error", "type"],
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_" }],
    },
  },
  {
    // No import cycles in src: a loop makes module start-up order matter and hides which module owns what.
    files: ["src/**/*.ts", "src/**/*.tsx"],
    plugins: { "import-x": importX },
    settings: {
      "import-x/extensions": [".ts", ".tsx", ".js"],
      "import-x/parsers": { "@typescript-eslint/parser": [".ts", ".tsx"] },
      "import-x/resolver-next": [createNodeResolver({ extensions: [".ts", ".tsx", ".js", ".json"] })],
    },
    rules: { "import-x/no-cycle": ["error", { ignoreExternal: true }] },
  },
  {
    // Plain JavaScript glue (the bin script, configs) is not type-checked.
    files: ["**/*.cjs", "**/*.mjs", "webpack.config.js"],
    ...tseslint.configs.disableTypeChecked,
    rules: { ...tseslint.configs.disableTypeChecked.rules, "@typescript-eslint/no-require-imports": "off" },
  },
  {
    // webpack.config.js is CommonJS: the package is not "type": "module".
    files: ["webpack.config.js"],
    languageOptions: { sourceType: "commonjs" },
  },
  {
    // Office.js is called from src/excel and the two entry files only (the preview implements it): everything else
    // gets host-neutral data, so a second host can plug in beside src/excel.
    files: ["src/**"],
    ignores: [
      "src/excel/**",
      "src/preview/**",
      "src/taskpane/index.tsx",
      "src/commands/commands.ts",
      "src/commands/index.ts",
    ],
    rules: {
      "no-restricted-globals": [
        "error",
        ...["Office", "Excel", "OfficeExtension"].map((name) => ({
          name,
          message: "Office.js is called from src/excel (and the entry files) only: pass data in and out.",
        })),
      ],
      "no-restricted-syntax": ["error", officeTypes],
    },
  },
  {
    // The pane's first script must run in Internet Explorer 11: parsed as ES5, so ES2015+ syntax fails lint.
    files: ["src/taskpane/webview-check.js"],
    ...tseslint.configs.disableTypeChecked,
    languageOptions: {
      parser: espree,
      ecmaVersion: 5,
      sourceType: "script",
      globals: { ...globals.browser, Office: "readonly" },
    },
    // It only asks whether office.js has loaded (typeof Office); it calls nothing of Office.
    rules: { ...tseslint.configs.disableTypeChecked.rules, "no-restricted-globals": "off" },
  },
  {
    files: ["src/domain/**"],
    rules: {
      "no-restricted-imports": ["error", domainBannedImports],
      "no-restricted-globals": [
        "error",
        ...[
          "Office",
          "Excel",
          "OfficeExtension",
          "window",
          "document",
          "navigator",
          "localStorage",
          "fetch",
          "process",
        ].map((name) => ({ name, message: "src/domain is pure: no host, DOM or process globals." })),
      ],
      "no-restricted-syntax": [
        "error",
        officeTypes,
        {
          selector: "NewExpression[callee.name='Date'][arguments.length=0]",
          message: "src/domain has no clock: pass the date in.",
        },
        {
          selector: "CallExpression[callee.object.name='Date'][callee.property.name='now']",
          message: "src/domain has no clock.",
        },
      ],
    },
  },
  {
    // Domain tests may read fixtures from disk; the code under test may not.
    files: ["src/domain/**/*.test.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        { patterns: domainBannedImports.patterns.filter((p) => !p.group.includes("node:*")) },
      ],
      "no-restricted-globals": "off",
    },
  },
  {
    files: ["src/excel/**"],
    plugins: { "office-addins": officeAddins },
    rules: {
      "office-addins/call-sync-after-load": "error",
      "office-addins/call-sync-before-read": "error",
      "office-addins/load-object-before-read": "error",
      "office-addins/test-for-null-using-isNullObject": "error",
      "office-addins/no-context-sync-in-loop": "error",
      "office-addins/no-empty-load": "error",
      "office-addins/no-navigational-load": "warn",
      "office-addins/no-office-initialize": "error",
    },
  },
  prettier,
);
