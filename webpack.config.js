// Builds the task pane and ribbon commands for real Excel, and the preview page (the pane beside an in-browser
// workbook) for machines without Excel. CommonJS (the package is not "type": "module"), so the tests and
// scripts/start.mjs can require it, and ESLint lints it as plain JavaScript.
const path = require("node:path");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const CopyWebpackPlugin = require("copy-webpack-plugin");

const devServerPort = Number(process.env.npm_package_config_dev_server_port || 3000);

/** Where Office add-ins must load office.js from (and office.js its own parts); the only outside origin allowed. */
const officeScriptOrigin = "https://appsforoffice.microsoft.com";

/**
 * The Content-Security-Policy every page carries (a meta tag): scripts only from this origin and the Office script
 * origin, no inline script and no eval; nothing fetched from anywhere else. Styles allow 'unsafe-inline' because
 * Fluent UI's styling engine (Griffel) inserts <style> elements at run time, and the preview page has a small
 * inline <style>; styles cannot run code. The dev server's live reload talks over a websocket on localhost.
 */
function contentSecurityPolicy(serving) {
  return [
    "default-src 'self'",
    `script-src 'self' ${officeScriptOrigin}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    serving ? "connect-src 'self' ws://localhost:* ws://127.0.0.1:*" : "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
  ].join("; ");
}

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
  // Each page template puts it first in <head>, before any script tag, so it covers every script.
  const csp = contentSecurityPolicy(serving);
  return {
    mode: dev ? "development" : "production",
    // No eval-based source maps: the pages' Content-Security-Policy forbids eval, in development too.
    devtool: dev ? "cheap-module-source-map" : "source-map",
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
          // The domain and the file readers only define things (src/domain is pure by lint): a module of theirs that
          // nothing uses is left out, so the pane's first load does not carry readers only a picked file needs.
          test: /[\\/]src[\\/](domain|files)[\\/]/,
          sideEffects: false,
        },
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
        csp,
      }),
      new HtmlWebpackPlugin({
        filename: "commands.html",
        template: "./src/commands/commands.html",
        chunks: ["commands"],
        csp,
      }),
      new HtmlWebpackPlugin({
        filename: "preview.html",
        template: "./src/preview/page/preview.html",
        chunks: ["preview"],
        csp,
      }),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets/*", to: "assets/[name][ext]", noErrorOnMissing: true },
          { from: "src/taskpane/help.html", to: "help.html" },
          // pdfjs's CMaps and standard fonts, fetched by the PDF reader only when a PDF needs one.
          { from: "node_modules/pdfjs-dist/cmaps", to: "pdfjs/cmaps" },
          { from: "node_modules/pdfjs-dist/standard_fonts", to: "pdfjs/standard_fonts" },
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
      // No Access-Control-Allow-Origin: Office loads the pane as a page, never fetches it cross-origin, and a
      // permissive header would let any web page the user opens read the bundle off localhost.
      client: { overlay: { warnings: false } },
      server: preview || !serving ? "http" : { type: "https", options: await sideloadHttpsOptions() },
    },
  };
};
