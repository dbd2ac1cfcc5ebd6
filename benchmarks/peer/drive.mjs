// Drives vis-timeline in headless Chromium over CDP (playwright-core) and prints JSON:
// open_ms (items handed over until the page is laid out) and the zoom steps, each a wheel
// notch's worth (x1.2) from fit-all towards about a week: the redraw and the browser's
// layout it forces (zoom_step_ms), and until the next frame (zoom_step_to_frame_ms, which
// includes waiting for the display's frame clock). Each of the two is printed, one JSON
// object a line, as soon as it is measured.
//
//   node drive.mjs ITEMS.json PAGE.html CHROMIUM
import { chromium } from "playwright-core";
import { readFileSync } from "node:fs";

const [itemsPath, pagePath, executablePath] = process.argv.slice(2);
const items = JSON.parse(readFileSync(itemsPath, "utf8"));
const browser = await chromium.launch({
  executablePath,
  args: ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage"],
});
try {
  const page = await browser.newPage({ viewport: { width: 1600, height: 600 } });
  await page.goto("file://" + pagePath);
  // Two evaluations, each printed as it ends, so a run cut short still reports the opening.
  const opened = await page.evaluate((items) => {
    const container = document.getElementById("timeline");
    const started = performance.now();
    window.timeline = new vis.Timeline(container, new vis.DataSet(items), {
      rtl: true,
      stack: true,
      width: "1600px",
      height: "600px",
      orientation: "top",
    });
    window.timeline.fit({ animation: false });
    window.timeline.redraw();
    document.body.getBoundingClientRect(); // forces style + layout
    return { open_ms: performance.now() - started };
  }, items);
  console.log(JSON.stringify(opened));
  const zoomed = await page.evaluate(async () => {
    const frame = () => new Promise((done) => requestAnimationFrame(() => setTimeout(done, 0)));
    const laidOut = () => document.body.getBoundingClientRect().height; // forces style + layout
    const timeline = window.timeline;
    await frame();
    const steps = [];
    const toFrame = [];
    for (let notch = 0; notch < 40; notch++) {
      const window = timeline.getWindow();
      const start = window.start.valueOf();
      const end = window.end.valueOf();
      const centre = (start + end) / 2;
      const half = (end - start) / 2 / 1.2;
      const began = performance.now();
      timeline.setWindow(centre - half, centre + half, { animation: false });
      timeline.redraw();
      laidOut();
      steps.push(performance.now() - began);
      await frame();
      toFrame.push(performance.now() - began);
    }
    const median = (values) => {
      const sorted = [...values].sort((a, b) => a - b);
      const middle = sorted.length / 2;
      return (sorted[Math.floor(middle - 0.5)] + sorted[Math.ceil(middle - 0.5)]) / 2;
    };
    return {
      zoom_step_ms: median(steps),
      zoom_step_max_ms: Math.max(...steps),
      zoom_step_to_frame_ms: median(toFrame),
      items_drawn: document.querySelectorAll("#timeline .vis-item").length,
    };
  });
  console.log(JSON.stringify(zoomed));
} finally {
  await browser.close();
}
