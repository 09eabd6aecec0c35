// Builds the task pane and ribbon commands for real Excel, and the preview page (the pane beside an in-browser
// workbook) for machines without Excel. CommonJS (the package is not "type": "module"), so the tests and
// scripts/start.mjs can require it, and ESLint lints it as plain JavaScript.
const path = require("node:path");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const CopyWebpackPlugin = require("copy-webpack-plugin");

const devServerPort = Number(process.env.npm_package_config_dev_server_port || 3000);

/**
 * Where the pages load office.js from. By default Microsoft's CDN, as Office add-ins are meant to ("Referencing the
 * Office JavaScript API library", Microsoft Learn). `NIANBAO_OFFICE_JS=bundled` (for networks that cannot reach the
 * CDN, such as 政务内网) serves it from the add-in's own origin instead: the files of @microsoft/office-js's dist,
 * copied as they are into office-js/ (never imported: office.js finds its other files next to its own script tag,
 * and checks that it is called office.js). The copy is as new as the installed package.
 */
function officeJsSource(setting) {
  if (setting === undefined || setting === "" || setting === "cdn") {
    return {
      src: "https://appsforoffice.microsoft.com/lib/1/hosted/office.js",
      origin: "https://appsforoffice.microsoft.com",
    };
  }
  if (setting === "bundled") return { src: "office-js/office.js", origin: undefined };
  throw new Error(
    `NIANBAO_OFFICE_JS is "${setting}": it is "bundled" (office.js served with the add-in) or unset (the CDN)`,
  );
}

/** What a bundled office.js needs of the package: Excel's scripts and everything shared, no other Office app's. */
const officeJsCopy = {
  from: "node_modules/@microsoft/office-js/dist",
  to: "office-js",
  globOptions: {
    ignore: [
      "**/*.debug.js",
      "**/*vsdoc*",
      "**/*.d.ts",
      "**/outlook_strings.js",
      "**/{access,onenote,outlook,powerpoint,project,word}*",
    ],
  },
};

/**
 * The Content-Security-Policy every page carries (a meta tag, first in <head>, so it covers every script), each
 * source with its reason:
 * - default-src 'self': anything not named below only from the add-in's own origin (fonts, frames, the PDF worker).
 *   Outside Office (and in Office 2013), office.js frames Microsoft's telemetry proxy
 *   (telemetryservice.firstpartyapps.oaspapps.com): refused on purpose, the one violation the console shows there.
 * - script-src 'self' and the office.js origin: the bundle and webview-check.js are ours; office.js loads its
 *   other scripts (excel-win32-16.01.js, zh-cn/office_strings.js, telemetry/…) from where it was loaded, so a
 *   bundled office.js needs no outside origin at all. No 'unsafe-inline' and no 'unsafe-eval': office.js needs
 *   neither (its only `new Function` is a guarded fallback that never runs in a page).
 * - style-src 'unsafe-inline': Fluent UI's styling engine (Griffel) inserts <style> elements at run time and the
 *   pages have a small <style>; styles cannot run code.
 * - img-src data: blob:: Fluent's icons and the preview's drawings.
 * - connect-src 'self': the add-in sends nothing anywhere. office.js's own telemetry to *.pipe.aria.microsoft.com is
 *   deliberately not allowed (no telemetry; Office works without it). The dev server's live reload talks over a
 *   websocket on localhost.
 * - object-src 'none', base-uri 'self', form-action 'self': no plugins, no <base> or form sent elsewhere.
 */
function contentSecurityPolicy(serving, officeOrigin) {
  return [
    "default-src 'self'",
    officeOrigin ? `script-src 'self' ${officeOrigin}` : "script-src 'self'",
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    serving ? "connect-src 'self' ws://localhost:* ws://127.0.0.1:*" : "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
  ].join("; ");
}

/** A script minified as ES5, for the webviews that run nothing newer (Internet Explorer 11). */
async function minifiedEs5(content) {
  const { minify } = require("terser");
  const { code } = await minify(content.toString(), { ecma: 5, format: { comments: false } });
  if (code === undefined) throw new Error("terser returned no code");
  return code;
}

/** HTTPS options for sideloading into Excel; only then are the Office dev certificates needed. */
async function sideloadHttpsOptions() {
  const devCerts = require("office-addin-dev-certs");
  const { ca, key, cert } = await devCerts.getHttpsServerOptions();
  return { ca, key, cert };
}

/**
 * env.preview: serve the preview over plain http on localhost (no certificates);
 * env.outputPath: where to write the bundle (the browser tests build into a temporary directory);
 * env.officeJs (or NIANBAO_OFFICE_JS): "bundled" to serve office.js with the add-in (see officeJsSource).
 */
module.exports = async (env = {}, argv = {}) => {
  const dev = argv.mode !== "production";
  const serving = Boolean(env.WEBPACK_SERVE);
  const preview = Boolean(env.preview);
  const officeJs = officeJsSource(env.officeJs ?? process.env.NIANBAO_OFFICE_JS);
  // Each page template puts it first in <head>, before any script tag, so it covers every script.
  const csp = contentSecurityPolicy(serving, officeJs.origin);
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
        officeJs: officeJs.src,
      }),
      new HtmlWebpackPlugin({
        filename: "commands.html",
        template: "./src/commands/commands.html",
        chunks: ["commands"],
        csp,
        officeJs: officeJs.src,
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
          // ES5, for every webview: copied as written, never through the TypeScript build; minified (still ES5) in
          // production, since it counts in the pane's initial JavaScript.
          {
            from: "src/taskpane/webview-check.js",
            to: "webview-check.js",
            ...(dev ? {} : { transform: minifiedEs5 }),
          },
          ...(officeJs.origin ? [] : [officeJsCopy]),
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
