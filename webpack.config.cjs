// Builds the task pane and ribbon commands for real Excel, and the preview page (the pane beside an in-browser
// workbook) for machines without Excel. CommonJS (.cjs) so the tests can load it and ESLint lints it as plain JS.
const path = require("node:path");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const CopyWebpackPlugin = require("copy-webpack-plugin");

const devServerPort = Number(process.env.npm_package_config_dev_server_port || 3000);

/** HTTPS options for sideloading into Excel; only then are the Office dev certificates needed. */
async function sideloadHttpsOptions() {
  const devCerts = require("office-addin-dev-certs");
  const { ca, key, cert } = await devCerts.getHttpsServerOptions();
  return { ca, key, cert };
}

/**
 * env.preview: serve the preview over plain http on localhost (no certificates);
 * env.outputPath: where to write the bundle (the browser tests build into a temporary directory).
 */
module.exports = async (env = {}, argv = {}) => {
  const dev = argv.mode !== "production";
  const serving = Boolean(env.WEBPACK_SERVE);
  const preview = Boolean(env.preview);
  return {
    mode: dev ? "development" : "production",
    devtool: dev ? "eval-cheap-module-source-map" : "source-map",
    entry: {
      taskpane: "./src/taskpane/index.tsx",
      commands: "./src/commands/index.ts",
      preview: "./src/preview/page/index.tsx",
    },
    output: {
      path: env.outputPath ? path.resolve(env.outputPath) : path.resolve(__dirname, "dist"),
      filename: "[name].js",
      clean: true,
    },
    resolve: { extensions: [".ts", ".tsx", ".js"] },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: {
            loader: "ts-loader",
            // Type checking is `tsc --noEmit` in npm test; here we only strip types.
            options: {
              transpileOnly: true,
              configFile: path.resolve(__dirname, "tsconfig.json"),
              compilerOptions: { noEmit: false },
            },
          },
        },
      ],
    },
    plugins: [
      new HtmlWebpackPlugin({
        filename: "taskpane.html",
        template: "./src/taskpane/taskpane.html",
        chunks: ["taskpane"],
      }),
      new HtmlWebpackPlugin({
        filename: "commands.html",
        template: "./src/commands/commands.html",
        chunks: ["commands"],
      }),
      new HtmlWebpackPlugin({
        filename: "preview.html",
        template: "./src/preview/page/preview.html",
        chunks: ["preview"],
      }),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets/*", to: "assets/[name][ext]", noErrorOnMissing: true },
          { from: "src/taskpane/help.html", to: "help.html" },
          {
            from: "manifest*.xml",
            to: "[name][ext]",
            noErrorOnMissing: true,
            // The manifest points at the dev server; a production build points it at where the add-in is hosted.
            transform: (content) => {
              const publicUrl = process.env.NIANBAO_PUBLIC_URL;
              if (dev || !publicUrl) return content;
              const base = publicUrl.endsWith("/") ? publicUrl : `${publicUrl}/`;
              return content
                .toString()
                .replaceAll("https://localhost:3000/", base)
                .replaceAll("https://localhost:3000", new URL(base).origin);
            },
          },
        ],
      }),
    ],
    // Fluent UI makes bundles larger than webpack's default budget; size is not a concern for a local add-in.
    performance: { hints: false },
    devServer: {
      port: devServerPort,
      host: "localhost",
      hot: true,
      static: false,
      headers: { "Access-Control-Allow-Origin": "*" },
      client: { overlay: { warnings: false } },
      server: preview || !serving ? "http" : { type: "https", options: await sideloadHttpsOptions() },
    },
  };
};
