// Draws the add-in's icons (a white 年 on a red rounded square) at the sizes Office asks for, with Debian's chromium.
// Run once after changing the design: `node scripts/make-icons.mjs`; the PNGs are committed in assets/.
import { chromium } from "playwright-core";
import { mkdir } from "node:fs/promises";

const sizes = [16, 20, 24, 32, 40, 48, 64, 80, 128];
const browser = await chromium.launch({
  executablePath: "/usr/bin/chromium",
  args: ["--no-sandbox", "--disable-background-networking", "--disable-gpu"],
});
await mkdir("assets", { recursive: true });
const page = await browser.newPage();
for (const size of sizes) {
  await page.setViewportSize({ width: size, height: size });
  await page.setContent(`<html><body style="margin:0;background:transparent">
    <div style="width:${size}px;height:${size}px;border-radius:${Math.round(size * 0.18)}px;background:#b71c1c;
      display:flex;align-items:center;justify-content:center;color:#fff;font:700 ${Math.round(size * 0.72)}px 'Noto Sans CJK SC','Noto Serif CJK SC',sans-serif;
      line-height:1">年</div></body></html>`);
  await page.screenshot({ path: `assets/icon-${size}.png`, omitBackground: true });
}
await browser.close();
console.log(`assets/icon-{${sizes.join(",")}}.png`);
